"""Reviews of coded events and user accounts, on SQLite and PostgreSQL: a correction is kept
beside the machine's coding with who and when, and exports can take the reviewed version."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wirewatch.errors import AccountError, NotAllowedError, ReviewError
from wirewatch.export import export
from wirewatch.store import EventFilter, Store
from wirewatch.store.accounts import Accounts
from wirewatch.store.reviews import Review, Reviews


def _warning_shots(store: Store) -> list[dict[str, object]]:
    """The mentions of Seoul's warning shots at the drones (two outlets tell it)."""
    return store.events(EventFilter(actor="KOR", target="PRK", type="MOBILIZE"), mentions=True)


def test_a_correction_is_stored_beside_the_coding_with_who_and_when(store: Store) -> None:
    first, second = _warning_shots(store)[:2]
    reviews = Reviews(store.backend)
    reviews.add(Review(first["article_id"], first["event_id"], "confirmed"), "ana")
    saved = reviews.add(
        Review(
            first["article_id"],
            first["event_id"],
            "wrong",
            type="assault",
            note="warning shots were fired: an assault, not a show of force",
        ),
        "ben",
    )
    assert (saved["verdict"], saved["type"], saved["reviewer"]) == ("wrong", "ASSAULT", "ben")
    assert saved["at"].startswith("20")
    history = reviews.history(first["article_id"], first["event_id"])
    assert [(r["verdict"], r["reviewer"]) for r in history] == [
        ("wrong", "ben"),
        ("confirmed", "ana"),
    ]
    latest = reviews.latest_of_article(first["article_id"])
    assert latest[first["event_id"]]["type"] == "ASSAULT"
    # the machine's coding is untouched
    again = _warning_shots(store)
    assert {(m["article_id"], m["event_id"]) for m in again} >= {
        (first["article_id"], first["event_id"]),
        (second["article_id"], second["event_id"]),
    }


def test_export_takes_the_reviewed_version_when_asked(store: Store, tmp_path: Path) -> None:
    first, second = _warning_shots(store)[:2]
    reviews = Reviews(store.backend)
    reviews.add(Review(first["article_id"], first["event_id"], "wrong", type="ASSAULT"), "ben")
    reviews.add(
        Review(
            second["article_id"],
            second["event_id"],
            "duplicate",
            duplicate_of=f"{first['article_id']}/{first['event_id']}",
        ),
        "ana",
    )
    export(store, tmp_path / "machine", "csv")
    export(store, tmp_path / "reviewed", "csv", reviewed=True)

    def mentions(folder: str) -> dict[tuple[str, str], dict[str, str]]:
        with open(tmp_path / folder / "mentions.csv", encoding="utf-8") as handle:
            return {(r["article_id"], r["event_id"]): r for r in csv.DictReader(handle)}

    machine, human = mentions("machine"), mentions("reviewed")
    one = (first["article_id"], first["event_id"])
    two = (second["article_id"], second["event_id"])
    assert machine[one]["type"] == "MOBILIZE" and "review" not in machine[one]
    assert (human[one]["type"], human[one]["review"], human[one]["reviewed_by"]) == (
        "ASSAULT",
        "wrong",
        "ben",
    )
    assert two in machine and two not in human  # a duplicate leaves the reviewed version
    assert len(human) == len(machine) - 1
    with open(tmp_path / "reviewed" / "reviews.csv", encoding="utf-8") as handle:
        assert [r["verdict"] for r in csv.DictReader(handle)] == ["wrong", "duplicate"]


@pytest.mark.parametrize(
    ("review", "message"),
    [
        (dict(verdict="maybe"), "choose one of"),
        (dict(verdict="wrong"), "needs the right type"),
        (dict(verdict="wrong", type="SHOUT"), "not a PLOVER event type"),
        (dict(verdict="wrong", actor_country="north korea"), "not a country"),
        (dict(verdict="confirmed", type="ASSAULT"), "only a 'wrong' verdict"),
        (dict(verdict="duplicate"), "needs the event it repeats"),
        (dict(verdict="duplicate", duplicate_of="abcdef0123456789/V99"), "no such event"),
    ],
)
def test_a_review_that_makes_no_sense_is_refused(
    store: Store, review: dict[str, str], message: str
) -> None:
    first = _warning_shots(store)[0]
    with pytest.raises(ReviewError, match=message):
        Reviews(store.backend).add(Review(first["article_id"], first["event_id"], **review), "x")
    with pytest.raises(ReviewError, match="no event V999"):
        Reviews(store.backend).add(Review(first["article_id"], "V999", "confirmed"), "x")
    assert store.backend.query("SELECT COUNT(*) AS n FROM reviews")[0]["n"] == 0


def test_users_have_hashed_passwords_and_a_role(store: Store) -> None:
    accounts = Accounts(store.backend)
    assert not accounts.has_admin()
    accounts.add("ana", "correct horse battery", "reviewer")
    accounts.add("root", "another long passphrase", "admin")
    assert accounts.has_admin()
    stored = store.backend.query("SELECT password_hash FROM users WHERE name = 'ana'")[0]
    assert stored["password_hash"].startswith("$argon2id$")
    assert "correct horse" not in stored["password_hash"]
    ana = accounts.check("ana", "correct horse battery")
    assert (ana.role, ana.may("reviewer"), ana.may("admin")) == ("reviewer", True, False)
    for name, password in (("ana", "wrong password!"), ("nobody", "correct horse battery")):
        with pytest.raises(NotAllowedError, match="wrong user name or password"):
            accounts.check(name, password)
    for name, password, role, message in (
        ("ana", "correct horse battery", "viewer", "exists"),
        ("bo", "short", "viewer", "at least 10"),
        ("bo", "long enough password", "owner", "unknown role"),
        ("<script>", "long enough password", "viewer", "bad user name"),
    ):
        with pytest.raises(AccountError, match=message):
            accounts.add(name, password, role)
    accounts.remove("ana")
    assert accounts.get("ana") is None
    assert accounts.session_secret() == accounts.session_secret()  # made once, kept


def test_the_export_command_takes_the_reviewed_version(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from wirewatch.cli import main

    first = _warning_shots(store)[0]
    Reviews(store.backend).add(
        Review(first["article_id"], first["event_id"], "wrong", not_an_event=True), "ana"
    )
    out = tmp_path / "reviewed"
    result = CliRunner().invoke(
        main, ["export", str(out), "--db", store_url, "--format", "jsonl", "--reviewed"]
    )
    assert result.exit_code == 0, result.output
    rows = (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == store.counts()["events"] - 1  # the non-event is left out
    assert '"review": null' in rows[0] and (out / "reviews.jsonl").exists()


def test_an_event_reviewed_as_no_event_leaves_every_reviewed_table(
    store: Store, tmp_path: Path
) -> None:
    reviews = Reviews(store.backend)
    mentions = store.events(EventFilter(), mentions=True)
    story = int(mentions[0]["story_event_id"])
    for mention in [m for m in mentions if int(m["story_event_id"]) == story]:
        reviews.add(
            Review(mention["article_id"], mention["event_id"], "wrong", not_an_event=True), "ana"
        )
    export(store, tmp_path / "machine", "csv")
    export(store, tmp_path / "reviewed", "csv", reviewed=True)

    def ids(folder: str, table: str, column: str) -> set[int]:
        with open(tmp_path / folder / f"{table}.csv", encoding="utf-8") as handle:
            return {int(row[column]) for row in csv.DictReader(handle)}

    assert story in ids("machine", "events", "id")
    assert story not in ids("reviewed", "events", "id")
    assert story not in ids("reviewed", "gdelt_events", "GLOBALEVENTID")
    assert story not in ids("reviewed", "mentions", "story_event_id")
    assert ids("reviewed", "events", "id") == ids("machine", "events", "id") - {story}
