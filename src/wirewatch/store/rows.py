"""An analysis record flattened into the store's table rows.

Pure functions, no database: what goes into each column is decided here, in
one place, so the SQLite and PostgreSQL stores and the exports share it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..ingest.urls import canonical_url
from ..model import Analysis, Event, EventActor, Modality
from .filters import date_span

PLANNED = frozenset({Modality.PLANNED, Modality.THREATENED, Modality.HYPOTHETICAL})


def article_row(analysis: Analysis, source: str, ingested_at: str) -> dict[str, Any]:
    article = analysis.article
    return {
        "id": article.id,
        "url": article.url,
        "canonical_url": canonical_url(article.url) if article.url else None,
        "source": source,
        "outlet": outlet_of(article.url),
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "record": analysis.to_json(),
        "ingested_at": ingested_at,
    }


def outlet_of(url: str | None) -> str | None:
    """The site an article comes from: 'www.bbc.co.uk' -> 'bbc.co.uk'."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def entity_rows(analysis: Analysis) -> list[dict[str, Any]]:
    return [
        {
            "article_id": analysis.article.id,
            "entity_id": entity.id,
            "name": entity.name,
            "type": entity.type,
            "country": entity.country,
            "mentions": len(entity.mentions),
        }
        for entity in analysis.entities
    ]


def place_rows(analysis: Analysis) -> list[dict[str, Any]]:
    return [
        {
            "article_id": analysis.article.id,
            "place_id": place.id,
            "text": place.text,
            "start_char": place.start,
            "end_char": place.end,
            "entity_id": place.entity,
            "geonameid": place.geonameid,
            "name": place.name,
            "country": place.country,
            "admin1": place.admin1,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "feature": place.feature,
            "geo_precision": place.precision,
            "confidence": place.confidence,
            "resolved_by": place.resolved_by,
            "used_as": place.used_as,
        }
        for place in analysis.places
    ]


def count_rows(analysis: Analysis) -> list[dict[str, Any]]:
    return [
        {
            "article_id": analysis.article.id,
            "count_id": count.id,
            "event_id": count.event,
            "unit": count.unit,
            "value": count.value,
            "low": count.low,
            "high": count.high,
            "text": count.text,
            "start_char": count.start,
            "end_char": count.end,
            "toll": int(count.toll),
        }
        for count in analysis.counts
    ]


def quote_rows(analysis: Analysis) -> list[dict[str, Any]]:
    rows = []
    for quote in analysis.quotes:
        rows.append(
            {
                "article_id": analysis.article.id,
                "quote_id": quote.id,
                "source_text": quote.source.text if quote.source else None,
                "source_name": quote.source.name if quote.source else None,
                "via_name": (quote.via.name or quote.via.text) if quote.via else None,
                "kind": quote.kind.value,
                "direct": int(quote.direct),
                "content": quote.content.text,
            }
        )
    return rows


def event_rows(analysis: Analysis) -> list[dict[str, Any]]:
    sources = claimants(analysis)
    return [event_row(analysis.article.id, event, sources) for event in analysis.events]


def claimants(analysis: Analysis) -> dict[str, str]:
    """Each quote's source by name (else its words): who says so, for the events it reports."""
    return {
        quote.id: quote.source.name or quote.source.text
        for quote in analysis.quotes
        if quote.source is not None
    }


def event_row(
    article_id: str, event: Event, sources: dict[str, str] | None = None
) -> dict[str, Any]:
    place = event.location
    claimant = (sources or {}).get(event.reported_by[0]) if event.reported_by else None
    return {
        "article_id": article_id,
        "event_id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        **_participant("actor", event.actor),
        **_participant("target", event.target),
        "date": event.date,
        **day_span(event.date),
        "date_source": event.date_source,
        "planned_for": event.planned_for,
        "place": place.text if place else None,
        "place_country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "place_geonameid": place.geonameid if place else None,
        "place_admin1": place.admin1 if place else None,
        "place_feature": place.feature if place else None,
        "place_precision": place.precision if place else None,
        "place_source": place.source if place else None,
        **_tolls(event),
        "modality": event.modality.value,
        "claimant": claimant,
        "confidence": event.confidence,
        "sentence": event.evidence.sentence,
        "trigger": event.evidence.trigger,
        "trigger_start": event.evidence.trigger_start,
        "trigger_end": event.evidence.trigger_end,
    }


def day_span(value: str | None) -> dict[str, str | None]:
    """``first_day`` and ``last_day`` of a TIMEX3 date (ISO days), for filters and timelines."""
    span = date_span(value)
    return {
        "first_day": span[0].isoformat() if span else None,
        "last_day": span[1].isoformat() if span else None,
    }


def _tolls(event: Event) -> dict[str, Any]:
    """``fatalities_best/low/high`` and ``injured_best`` from the event's tolls."""
    dead = next((t for t in event.tolls if t.unit == "dead"), None)
    injured = next((t for t in event.tolls if t.unit == "injured"), None)
    return {
        "fatalities_best": dead.best if dead else None,
        "fatalities_low": (dead.low if dead.low is not None else dead.best) if dead else None,
        "fatalities_high": (dead.high if dead.high is not None else dead.best) if dead else None,
        "injured_best": injured.best if injured else None,
    }


def _participant(role: str, actor: EventActor | None) -> dict[str, Any]:
    """``actor_text``, ``actor_name``, ``actor_country``, ``actor_sector`` (or ``target_...``)."""
    fields = ("text", "name", "country", "sector")
    return {f"{role}_{name}": getattr(actor, name) if actor else None for name in fields}


def status_of(event: Event) -> str:
    """Whether the event happened ('actual'), is only meant or feared ('planned'), or is
    denied ('negated'): only events of the same status can be the same real-world event."""
    if event.modality is Modality.NEGATED:
        return "negated"
    return "planned" if event.modality in PLANNED else "actual"
