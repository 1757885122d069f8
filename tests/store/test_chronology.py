"""The timeline and the list behind each bar agree (issue 19): events dated only to a week,
a month or a year are bands across finer periods, counted by the periods that hold them;
bad filters are refused; facets and the country-pair matrix count real-world events once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import wirewatch
from wirewatch.errors import QueryError
from wirewatch.store import EventFilter, Store
from wirewatch.store.event_queries import timeline_filter
from wirewatch.store.filters import date_span

# Five acts of force by one side on the other, in five sentences; each is given its own date
# value below, as the times stage writes them (a day, a weekend, an ISO week, a month, a year).
CLASHES = (
    "Russian forces shelled the Ukrainian city of Kharkiv.\n\n"
    "Russian troops attacked Ukrainian positions near Bakhmut.\n\n"
    "Russian aircraft bombed the Ukrainian port of Odesa.\n\n"
    "Russian artillery struck Ukrainian villages near Kherson.\n\n"
    "Russian soldiers fired on Ukrainian troops near Donetsk."
)
DATES = ["2022-11-15", "2022-W46-WE", "2022-W46", "2022-11", "2022"]


@pytest.fixture
def clashes(store_url: str) -> Iterator[Store]:
    analysis = wirewatch.analyze(CLASHES, clean=False, published="2022-12-01")
    events = [e for e in analysis.events if e.actor and e.target]
    assert len(events) >= len(DATES), [e.evidence.sentence for e in analysis.events]
    dated = [
        event.model_copy(update={"date": DATES[i] if i < len(DATES) else "2022-11-15"})
        for i, event in enumerate(events)
    ]
    with Store.open(store_url) as store:
        store.add(analysis.model_copy(update={"events": dated}), "clashes.txt")
        yield store


def test_date_values_cover_their_whole_span() -> None:
    assert [str(d) for d in date_span("2022-W46-WE") or ()] == ["2022-11-19", "2022-11-20"]
    assert [str(d) for d in date_span("2022-W46") or ()] == ["2022-11-14", "2022-11-20"]
    assert [str(d) for d in date_span("2022-Q4") or ()] == ["2022-10-01", "2022-12-31"]
    assert [str(d) for d in date_span("2022-02") or ()] == ["2022-02-01", "2022-02-28"]
    assert date_span("PRESENT_REF") is None and date_span("2022-02-30") is None


def test_a_coarse_date_is_a_band_on_finer_timelines_and_a_bar_on_its_own(clashes: Store) -> None:
    where = timeline_filter("RUS", None, None, None, None, False)
    days = clashes.chronology(where, "day")
    assert [p["period"] for p in days.periods] == ["2022-11-15"]
    assert {b["date"] for b in days.bands} == {"2022-W46-WE", "2022-W46", "2022-11", "2022"}
    assert days.banded == 4
    weeks = clashes.chronology(where, "week")
    assert [(p["period"], p["events"]) for p in weeks.periods] == [("2022-W46", 3)]
    assert {b["date"] for b in weeks.bands} == {"2022-11", "2022"}
    months = clashes.chronology(where, "month")
    assert [(p["period"], p["events"]) for p in months.periods] == [("2022-11", 4)]
    years = clashes.chronology(where, "year")
    assert [(p["period"], p["events"]) for p in years.periods] == [("2022", 5)]
    assert years.bands == []


def test_each_bar_opens_a_list_of_exactly_its_events(clashes: Store) -> None:
    where = timeline_filter("RUS", None, None, None, None, False)
    for by in ("day", "week", "month", "year"):
        chronology = clashes.chronology(where, by)
        for period in chronology.periods:
            behind = EventFilter(
                actor="RUS",
                since=period["first"],
                until=period["last"],
                either_way=True,
                happened_only=True,
            )
            assert clashes.count_events(behind) == period["events"], (by, period)
            assert len(clashes.events(behind)) == period["events"]
        for band in chronology.bands:
            on_band = EventFilter(actor="RUS", on=band["date"], either_way=True, happened_only=True)
            assert clashes.count_events(on_band) == band["events"]


def test_a_week_dated_event_is_within_its_month_and_not_before_it(clashes: Store) -> None:
    november = clashes.events(EventFilter(actor="RUS", since="2022-11", until="2022-11"))
    assert {row["date"] for row in november} == {"2022-11-15", "2022-W46-WE", "2022-W46", "2022-11"}
    assert clashes.events(EventFilter(actor="RUS", since="2022-12-01")) == []


def test_facets_and_the_pair_matrix_count_each_event_once(clashes: Store) -> None:
    where = EventFilter(actor="RUS")
    total = clashes.count_events(where)
    facets = clashes.event_facets(where)
    assert sum(row["events"] for row in facets["target_country"]) == total
    assert facets["outlet"] == [] or sum(r["events"] for r in facets["outlet"]) == total
    assert sum(row["events"] for row in facets["type"]) == total
    matrix = clashes.pair_matrix(EventFilter())
    assert matrix["actors"][0]["code"] == "RUS" and matrix["targets"][0]["code"] == "UKR"
    assert matrix["actors"][0]["elsewhere"] == 0  # every event of RUS is in a cell shown
    one = clashes.pair_matrix(EventFilter(), top=1)
    assert sum(a["events"] for a in one["actors"]) == sum(
        c["events"] for c in one["cells"].values()
    ) + sum(a["elsewhere"] for a in one["actors"])
    assert matrix["cells"]["RUS|UKR"]["events"] == total
    assert matrix["cells"]["RUS|UKR"]["quad_class"] == 4


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "BOMB"},
        {"modality": "bogus"},
        {"since": "yesterday"},
        {"since": "2022-13-45"},
        {"until": "2022-02-30"},
        {"since": "2023", "until": "2022"},
        {"limit": 0},
        {"on": "soon"},
    ],
)
def test_a_bad_filter_is_refused_not_read_as_no_filter(bad: dict[str, object]) -> None:
    with pytest.raises(QueryError):
        EventFilter(**bad)  # type: ignore[arg-type]


def test_filters_are_normalised() -> None:
    where = EventFilter(type="assault", modality="Claimed", actor=" PRK ")
    assert (where.type, where.modality, where.actor) == ("ASSAULT", "claimed", "PRK")


def test_dates_and_claimants_stored_before_migration_9_are_filled_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wirewatch.store.store import _fill_claimants, _fill_date_spans

    with Store.open(str(tmp_path / "old.db")) as store:
        analysis = wirewatch.analyze(CLASHES, clean=False, published="2022-12-01")
        store.add(analysis, "clashes.txt")
        store.backend.execute("UPDATE story_events SET first_day = NULL, last_day = NULL")
        store.backend.execute("UPDATE events SET first_day = NULL, last_day = NULL")
        assert store.timeline("RUS") == []
        _fill_date_spans(store.backend)
        assert sum(p["events"] for p in store.timeline("RUS")) >= 1
        claimed = wirewatch.analyze(CLAIM, clean=False, published="2022-12-27")
        store.add(claimed, "claim.txt")
        store.backend.execute("UPDATE events SET claimant = NULL")
        _fill_claimants(store.backend)
        rows = store.events(EventFilter(actor="PRK"))
        assert [row["claimant"] for row in rows] == ["South Korea's military"]


# Who says so (issue 19): the claimant is the source of the event's attribution, by name.
CLAIM = (
    "Five North Korean drones violated South Korea's airspace on Monday, South Korea's "
    "military said."
)


def test_each_mention_keeps_who_says_so(store_url: str) -> None:
    analysis = wirewatch.analyze(CLAIM, clean=False, published="2022-12-27")
    with Store.open(store_url) as store:
        store.add(analysis, "claim.txt")
        [row] = store.events(EventFilter(actor="PRK"))
        assert row["modality"] in ("reported", "claimed")
        assert row["claimant"] == "South Korea's military"


def test_the_matrix_between_countries_leaves_out_the_diagonal(store_url: str) -> None:
    text = (
        "Russian forces shelled the Ukrainian city of Kharkiv on Monday.\n\n"
        "Russian police detained Russian protesters in Moscow on Tuesday."
    )
    with Store.open(store_url) as store:
        store.add(wirewatch.analyze(text, clean=False, published="2022-12-01"), "two.txt")
        everything = store.pair_matrix(EventFilter())["cells"]
        abroad = store.pair_matrix(EventFilter(abroad=True))["cells"]
        assert "RUS|RUS" in everything and "RUS|UKR" in everything
        assert set(abroad) == {"RUS|UKR"}
