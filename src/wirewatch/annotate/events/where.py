"""Where each event happened: the place record of its sentence, else its dateline or context.

The coder finds the place named after "in/at/near..." in the event's sentence
(:mod:`.mentions`); here that name is tied to its resolved place (GeoNames id, region, point,
precision).  An event whose sentence names no place takes, as event coders do:

- the dateline's place, when it is told in the opening paragraph ("SIOUX FALLS, S.D. (AP) —
  Police arrested two men"), where the dateline says where it is reported from;
- else the place of the event told in the sentence just before, in the same paragraph.

Each location says which (``source``), so an analyst can weigh a dateline's guess.
"""

from __future__ import annotations

from typing import Literal

from ...model import Event, EventPlace, Place
from ..places import dateline_place


def place_events(text: str, events: list[Event], places: list[Place]) -> None:
    """Fill every event's location from the article's places (in place, in text order)."""
    by_span = {(place.start, place.end): place for place in places}
    dateline = dateline_place(text, places)
    lede_end = _first_paragraph_end(text)
    previous: Event | None = None
    for event in sorted(events, key=lambda e: e.evidence.trigger_start):
        location = event.location
        if location is not None:
            place = by_span.get((location.start, location.end))
            if place is not None:
                event.location = located_at(place, "sentence")
        elif dateline is not None and event.evidence.start < lede_end:
            event.location = located_at(dateline, "dateline")
        elif previous is not None and previous.location and _just_after(text, previous, event):
            event.location = previous.location.model_copy(update={"source": "context"})
        previous = event


def located_at(place: Place, source: Literal["sentence", "dateline", "context"]) -> EventPlace:
    """An event's location from a place record."""
    return EventPlace(
        text=place.text,
        start=place.start,
        end=place.end,
        place=place.id,
        country=place.country,
        admin1=place.admin1,
        geonameid=place.geonameid,
        latitude=place.latitude,
        longitude=place.longitude,
        feature=place.feature,
        precision=place.precision,
        source=source,
    )


def _first_paragraph_end(text: str) -> int:
    end = text.find("\n\n", 1)
    return end if end > 0 else len(text)


def _just_after(text: str, previous: Event, event: Event) -> bool:
    """The event's sentence follows the previous event's sentence in the same paragraph (or
    is the same sentence)."""
    if event.evidence.start <= previous.evidence.end:
        return True
    between = text[previous.evidence.end : event.evidence.start]
    return "\n" not in between and len(between.strip()) == 0
