"""The store queries behind the workspace pages, on SQLite and PostgreSQL: timelines per
week with type and modality filters, events between two parties either way round, the
articles telling each event, counterparts, quotes by speaker or country, search filters."""

from __future__ import annotations

from wirewatch.store import EventFilter, Store


def test_a_timeline_per_week_filtered_by_type_and_modality(store: Store) -> None:
    weeks = store.timeline("PRK", "KOR", by="week")
    assert [w["period"] for w in weeks] == ["2022-W52"]
    assert weeks[0]["quad4"] >= 1
    days = store.timeline("PRK", "KOR")
    assert weeks[0]["events"] == sum(day["events"] for day in days)
    assert store.timeline("PRK", "KOR", type_="ASSAULT") == []
    mobilize = store.timeline("PRK", "KOR", type_="mobilize")
    assert mobilize and all(day["quad4"] == day["events"] for day in mobilize)
    assert sum(day["events"] for day in mobilize) < sum(day["events"] for day in days)
    # the 26 December events are told through the military's statements: none asserted; the
    # one asserted is Seoul condemning the launch of 31 December, aimed at the North (issue 15)
    asserted_pair = store.timeline("PRK", "KOR", asserted_only=True)
    assert [(day["period"], day["quad3"]) for day in asserted_pair] == [("2023-01-01", 1)]
    asserted = store.timeline("KOR", asserted_only=True)
    assert 0 < sum(p["events"] for p in asserted) < sum(p["events"] for p in store.timeline("KOR"))


def test_events_between_two_parties_either_way_round(store: Store) -> None:
    one_way = store.events(EventFilter(actor="PRK", target="KOR", limit=50))
    other_way = store.events(EventFilter(actor="KOR", target="PRK", limit=50))
    both = store.events(EventFilter(actor="PRK", target="KOR", either_way=True, limit=50))
    assert other_way and {r["story_event_id"] for r in both} == {
        r["story_event_id"] for r in one_way + other_way
    }


def test_each_event_lists_the_articles_that_tell_it(store: Store) -> None:
    [shots] = store.events(EventFilter(actor="KOR", target="PRK", type="MOBILIZE"))
    told = store.mentions_of([shots["story_event_id"]])[shots["story_event_id"]]
    assert sorted(row["outlet"] for row in told) == [
        "outlet-a.example",
        "outlet-b.example",
        "outlet-c.example",
    ]
    assert all("warning shots" in row["sentence"] for row in told)


def test_counterparts_quotes_and_entities_of_an_actor(store: Store) -> None:
    counterparts = {row["country"]: row for row in store.counterparts("KOR")}
    assert counterparts["PRK"]["events"] >= 1 and counterparts["PRK"]["quad_class"] in (3, 4)
    assert "KOR" not in counterparts
    by_name = store.quotes_of("Joint Chiefs of Staff")
    assert len(by_name) == 2 and {q["kind"] for q in by_name} == {"statement"}
    by_country = store.quotes_of("KOR")
    assert by_country and all(q["source_name"] == "South Korea" for q in by_country)
    entity = store.entity("south korea")
    assert entity is not None and (entity["country"], entity["articles"]) == ("KOR", 4)
    assert store.entity("Atlantis") is None


def test_search_filters_by_outlet_date_and_country(store: Store) -> None:
    everything = store.search("drones")
    assert len({row["outlet"] for row in everything}) >= 3
    only_b = store.search("drones", outlet="OUTLET-B.example")
    assert only_b and {row["outlet"] for row in only_b} == {"outlet-b.example"}
    assert store.search("drones", since="2030-01-01") == []
    assert store.search("drones", until="2022-12-27") and all(
        row["published"] <= "2022-12-27\uffff" for row in store.search("drones", until="2022-12-27")
    )
    korea = store.search("korea")
    naming_japan = store.search("korea", country="jpn")
    assert naming_japan and len(naming_japan) < len(korea)
