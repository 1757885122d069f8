"""Places in the store, on the map query and in the GeoJSON export (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import wirewatch
from wirewatch.store import EventFilter, Store


def test_every_place_mention_is_stored_with_its_reason(
    store: Store, reports: list[wirewatch.Analysis]
) -> None:
    assert store.counts()["places"] == sum(len(r.places) for r in reports)
    rows = list(store.iter_table("places"))
    gimpo = [row for row in rows if row["text"] == "Gimpo"]
    assert gimpo and gimpo[0]["country"] == "KOR" and gimpo[0]["geonameid"] is not None
    assert all(row["resolved_by"] for row in rows)


def test_the_map_query_counts_each_real_world_event_once(store: Store) -> None:
    places = store.event_places(EventFilter(target="KOR"))
    gimpo = [p for p in places if p["place"] == "Gimpo"]
    assert len(gimpo) == 1 and gimpo[0]["country"] == "KOR" and gimpo[0]["precision"] == 1
    stories = {
        row["story_event_id"]
        for row in store.iter_table("events")
        if row["place"] == "Gimpo" and row["target_country"] == "KOR"
    }
    assert int(gimpo[0]["events"]) == len(stories)
    assert store.event_places(EventFilter(actor="FRA")) == []


def test_export_writes_geojson_points_longitude_first(store: Store, tmp_path: Path) -> None:
    from wirewatch.export import export

    counts = export(store, tmp_path, "csv")
    collection = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert counts["events.geojson"] == len(collection["features"]) > 0
    feature = collection["features"][0]
    longitude, latitude = feature["geometry"]["coordinates"]
    assert 124 < longitude < 130 and 33 < latitude < 39  # Gimpo, Korea
    assert feature["properties"]["place_precision"] == 1
    assert feature["properties"]["place_geonameid"] is not None
    assert counts["places"] == store.counts()["places"]
