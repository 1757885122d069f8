"""The committed JSON Schema is current, and records validate against it."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema

import wirewatch
from wirewatch.model import json_schema

SCHEMA_FILE = files("wirewatch") / "schema" / "analysis.schema.json"


def test_committed_schema_is_generated_from_the_model() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "regenerate it: wirewatch schema > src/wirewatch/schema/analysis.schema.json"
    )


def test_example_record_validates(example_analysis: wirewatch.Analysis) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(example_analysis.to_dict(), schema)


def test_schema_rejects_a_broken_record(example_analysis: wirewatch.Analysis) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    record = example_analysis.to_dict()
    record["entities"][0]["mentions"][0]["start"] = "zero"
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(record))


def test_record_field_names_outside_tools_rely_on(example_analysis: wirewatch.Analysis) -> None:
    record = example_analysis.to_dict()
    assert record["schema"] == "wirewatch.analysis/1"
    assert set(record["article"]) >= {
        "id",
        "source",
        "url",
        "title",
        "subtitle",
        "authors",
        "published",
        "language",
        "text",
        "paragraphs",
        "captions",
        "related",
        "removed",
    }
    assert set(record["entities"][0]) == {
        "id",
        "name",
        "type",
        "country",
        "country_source",
        "organisation",
        "sector",
        "role",
        "place",
        "aliases",
        "mentions",
    }
    assert set(record["entities"][0]["mentions"][0]) == {"start", "end", "text"}
    assert set(record["places"][0]) == {
        "id",
        "text",
        "start",
        "end",
        "entity",
        "geonameid",
        "name",
        "country",
        "admin1",
        "latitude",
        "longitude",
        "feature",
        "precision",
        "confidence",
        "resolved_by",
        "used_as",
    }
    assert set(record["article"]["captions"][0]) == {"text", "credit"}
    assert set(record["article"]["removed"][0]) == {"text", "kind"}
