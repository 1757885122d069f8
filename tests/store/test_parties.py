"""Timelines and event lists by code, lower-case code, country name or person's name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import wirewatch
from wirewatch.store import EventFilter, Store

LAUNCH = (
    "North Korean leader Kim Jong-un fired two ballistic missiles towards Japan on Monday, "
    "South Korea's military said.\n\nSeoul condemned the launch on Tuesday."
)


@pytest.fixture
def launched(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as store:
        store.add(wirewatch.analyze(LAUNCH, clean=False, published="2024-05-07"), "launch.txt")
        yield store


def test_a_country_is_found_by_code_lower_case_code_and_name(launched: Store) -> None:
    by_code = launched.timeline("PRK")
    assert by_code
    assert launched.timeline("prk") == by_code == launched.timeline("North Korea")
    events = launched.events(EventFilter(actor="PRK"))
    assert events and len(launched.events(EventFilter(actor="north korea"))) == len(events)


def test_a_person_s_timeline_goes_through_the_mentions_that_name_him(launched: Store) -> None:
    named = [r for r in launched.iter_table("events") if r["actor_name"] == "Kim Jong-un"]
    assert named
    periods = launched.timeline("Kim Jong-un")
    assert sum(p["events"] for p in periods) >= 1
    assert launched.timeline("Nobody Atall") == []
