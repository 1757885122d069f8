"""Exports of the corpus store as tables: CSV, JSON Lines or Parquet, one file per table.

Tables (columns documented in ``docs/corpus.md``):

- ``articles``: one row per stored article (without the full JSON record);
- ``entities``: one row per entity per article;
- ``events``: one row per real-world event, merged across articles;
- ``mentions``: one row per event as one article tells it (its sentence, trigger, source);
- ``gdelt_events``: the events again in GDELT 2.0 event-table column names and CAMEO
  codes, so GDELT tooling can read wirewatch output;
- ``reviews``: every human review of an event, with who and when;
- ``places``: every place mention of every article, resolved to GeoNames, with its reason;
- ``counts``: every count of every article (dead, injured, arrested, troops...) with its event;
- ``events.geojson``: the mentions that have a point, as a GeoJSON FeatureCollection
  (RFC 7946: longitude first), for a GIS or a web map.

With ``reviewed=True`` the ``mentions`` table is the reviewed version: each
mention as its latest review has it (corrected type, actor, target), mentions
reviewed as duplicates or as no event at all left out, and three more columns
saying which review it follows.

Rows are streamed from the store a batch at a time: memory stays flat on any corpus.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import SettingsError
from .store import Store
from .store.reviews import Reviews, reviewed

S, N, F = "string", "int64", "float64"  # text, whole number, decimal
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "id": S, "url": S, "source": S, "outlet": S, "title": S, "published": S,
        "language": S, "story_id": S, "ingested_at": S, "text": S,
    },
    "entities": {
        "article_id": S, "entity_id": S, "name": S, "type": S, "country": S, "mentions": N,
    },
    "events": {
        "id": N, "type": S, "mode": S, "actor_country": S, "target_country": S, "date": S,
        "first_day": S, "last_day": S, "status": S, "quad_class": N, "mentions": N, "sources": N, "fatalities_best": N,
        "fatalities_low": N, "fatalities_high": N, "injured_best": N,
    },
    "mentions": {
        "article_id": S, "event_id": S, "story_event_id": N, "type": S, "mode": S, "cameo": S,
        "quad_class": N, "actor_text": S, "actor_name": S, "actor_country": S,
        "actor_sector": S, "target_text": S, "target_name": S, "target_country": S,
        "target_sector": S, "date": S, "first_day": S, "last_day": S, "date_source": S, "planned_for": S, "place": S,
        "place_country": S, "latitude": F, "longitude": F, "place_geonameid": N,
        "place_admin1": S, "place_feature": S, "place_precision": N, "place_source": S,
        "fatalities_best": N, "fatalities_low": N, "fatalities_high": N, "injured_best": N,
        "modality": S, "claimant": S, "confidence": F, "sentence": S, "trigger": S,
        "trigger_start": N, "trigger_end": N,
    },
    "gdelt_events": {
        "GLOBALEVENTID": N, "SQLDATE": N, "Actor1Name": S, "Actor1CountryCode": S,
        "Actor1Type1Code": S, "Actor2Name": S, "Actor2CountryCode": S, "Actor2Type1Code": S,
        "IsRootEvent": N, "EventCode": S, "EventBaseCode": S, "EventRootCode": S,
        "QuadClass": N, "NumMentions": N, "NumSources": N, "NumArticles": N,
        "ActionGeo_FullName": S, "ActionGeo_CountryCode": S, "ActionGeo_Lat": F,
        "ActionGeo_Long": F, "SOURCEURL": S, "FatalitiesBest": N, "FatalitiesLow": N,
        "FatalitiesHigh": N,
    },
    "reviews": {
        "id": N, "article_id": S, "event_id": S, "verdict": S, "type": S, "actor_country": S,
        "target_country": S, "not_an_event": N, "duplicate_of": S, "note": S, "reviewer": S,
        "at": S,
    },
    "counts": {
        "article_id": S, "count_id": S, "event_id": S, "unit": S, "value": N, "low": N,
        "high": N, "text": S, "start_char": N, "end_char": N, "toll": N,
    },
    "places": {
        "article_id": S, "place_id": S, "text": S, "start_char": N, "end_char": N,
        "entity_id": S, "geonameid": N, "name": S, "country": S, "admin1": S, "latitude": F,
        "longitude": F, "feature": S, "geo_precision": N, "confidence": F, "resolved_by": S,
        "used_as": S,
    },
}  # fmt: skip
# The event mentions' properties in events.geojson (the point is the geometry).
GEOJSON_PROPERTIES = (
    "article_id", "event_id", "story_event_id", "type", "mode", "quad_class", "actor_name",
    "actor_country", "target_name", "target_country", "date", "modality", "confidence",
    "place", "place_country", "place_geonameid", "place_admin1", "place_feature",
    "place_precision", "place_source", "fatalities_best", "fatalities_low", "fatalities_high",
    "injured_best", "sentence",
)  # fmt: skip
REVIEW_COLUMNS = {"review": S, "reviewed_by": S, "reviewed_at": S}
FORMATS = ("csv", "jsonl", "parquet")
SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}


def export(
    store: Store, folder: Path, output_format: str, reviewed: bool = False
) -> dict[str, int]:
    """Write every table into ``folder``; returns the row count of each."""
    if output_format not in FORMATS:
        raise SettingsError(f"export format {output_format!r}: use one of {', '.join(FORMATS)}")
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    # Reviewed: a real-world event whose every mention was reviewed as no event, or as a
    # duplicate, leaves the events and GDELT tables too, not only the mentions.
    kept = {int(row["story_event_id"]) for row in _reviewed_mentions(store)} if reviewed else None
    for table, columns in TABLES.items():
        path = folder / (table + SUFFIX[output_format])
        if reviewed and table == "mentions":
            columns = columns | REVIEW_COLUMNS
            rows = _reviewed_mentions(store)
        else:
            rows = _rows(store, table)
            if kept is not None and table in ("events", "gdelt_events"):
                key = "id" if table == "events" else "GLOBALEVENTID"
                rows = (row for row in rows if int(row[key]) in kept)
        counts[table] = _WRITERS[output_format](path, columns, rows)
    mentions = _reviewed_mentions(store) if reviewed else _rows(store, "mentions")
    counts["events.geojson"] = write_geojson(folder / "events.geojson", mentions)
    return counts


def write_geojson(path: Path, mentions: Iterator[dict[str, Any]]) -> int:
    """The mentions with a point as GeoJSON Point features, streamed; returns their count."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        for row in mentions:
            if row.get("latitude") is None or row.get("longitude") is None:
                continue
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": {name: row.get(name) for name in GEOJSON_PROPERTIES},
            }
            handle.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
            count += 1
        handle.write("\n]}\n")
    return count


def _rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    if table == "events":
        yield from store.iter_table("story_events")
    elif table == "mentions":
        yield from store.iter_table("events")
    elif table == "gdelt_events":
        yield from _gdelt_rows(store)
    else:
        yield from store.iter_table(table)


def _reviewed_mentions(store: Store) -> Iterator[dict[str, Any]]:
    """Every mention as its latest review has it (see :func:`reviewed`)."""
    reviews = Reviews(store.backend)
    article_id = None
    latest: dict[str, dict[str, Any]] = {}
    for mention in store.iter_table("events"):
        if mention["article_id"] != article_id:  # rows come in article order
            article_id = mention["article_id"]
            latest = reviews.latest_of_article(article_id)
        row = reviewed(mention, latest.get(mention["event_id"]))
        if row is not None:
            yield row


def _gdelt_rows(store: Store) -> Iterator[dict[str, Any]]:
    """A real-world event in GDELT's event-table shape, from its best-told mention."""
    for event in store.iter_table("story_events"):
        mentions = store.backend.query(
            "SELECT e.*, a.url FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.story_event_id = ? ORDER BY e.confidence DESC, e.article_id LIMIT 1",
            (event["id"],),
        )
        if not mentions:
            continue
        best = mentions[0]
        date = (event["date"] or "").replace("-", "")
        yield {
            "GLOBALEVENTID": event["id"],
            "SQLDATE": int(date) if len(date) == 8 and date.isdigit() else None,
            "Actor1Name": (best["actor_name"] or best["actor_text"] or "").upper() or None,
            "Actor1CountryCode": event["actor_country"],
            "Actor1Type1Code": best["actor_sector"],
            "Actor2Name": (best["target_name"] or best["target_text"] or "").upper() or None,
            "Actor2CountryCode": event["target_country"],
            "Actor2Type1Code": best["target_sector"],
            "IsRootEvent": 1,
            "EventCode": best["cameo"],
            "EventBaseCode": best["cameo"],
            "EventRootCode": best["cameo"][:2],
            "QuadClass": event["quad_class"],
            "NumMentions": event["mentions"],
            "NumSources": event["sources"],
            "NumArticles": event["mentions"],
            "ActionGeo_FullName": best["place"],
            "ActionGeo_CountryCode": best["place_country"],
            "ActionGeo_Lat": best["latitude"],
            "ActionGeo_Long": best["longitude"],
            "SOURCEURL": best["url"],
            "FatalitiesBest": event.get("fatalities_best"),
            "FatalitiesLow": event.get("fatalities_low"),
            "FatalitiesHigh": event.get("fatalities_high"),
        }


def _write_csv(path: Path, columns: dict[str, str], rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_jsonl(path: Path, columns: dict[str, str], rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_parquet(path: Path, columns: dict[str, str], rows: Iterator[dict[str, Any]]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise SettingsError(
            "Parquet export needs pyarrow: pip install 'wirewatch[parquet]'"
        ) from error
    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in columns.items()])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append({c: row.get(c) for c in columns})
            if len(batch) == 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


_WRITERS = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}
