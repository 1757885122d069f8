"""Places: every place the body names, resolved to GeoNames, with the reason for each choice.

Place entities (GPE, LOC, FAC) are resolved once per entity, from the words around their
mentions and the article's other places (:func:`.placenames.place_in_text`): a ", State" or
", Country" apposition decides, then a US state or a country the article names, then the
best namesake.  The article's states are learnt in a first pass (from states named and from
appositions), so "Alexandria" in a story that says "Louisiana" is Louisiana's.

Each mention becomes one :class:`~wirewatch.model.Place`.  How the sentence uses the name is
kept apart from where it is: "Washington said" names a government (``used_as='actor'``),
"the Paris talks" names talks (``'modifier'``); only places used as places locate events.
The entity takes the country of its place and points to its first mention.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..model import Entity, Mention, Place, PlaceFeature
from .gazetteer import gazetteer
from .placenames import (
    Namesake,
    apposition_of,
    country_place,
    place_in_text,
    place_key,
    state_named,
)
from .placespots import spot_places
from .syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PRECISION = {"city": 1, "county": 2, "admin1": 2, "country": 3}
# Confidence of each way of choosing, from how often such choices are right in news
# (a stated apposition is almost never wrong; the biggest namesake of a small town often is).
CONFIDENCE = {
    "country name": 0.95,
    "apposition": 0.95,
    "state abbreviation": 0.9,
    "US state": 0.9,
    "US state in an American story": 0.8,
    "in a US state the article names": 0.85,
    "in a country the article names": 0.8,
    "namesakes in one country": 0.5,
    "short form of a country": 0.85,
    "demonym": 0.9,
}
# Nouns for a kind of place: "the Sacramento area" is Sacramento, a place.
PLACE_NOUNS = frozenset(
    [
        "area",
        "region",
        "city",
        "town",
        "village",
        "county",
        "province",
        "state",
        "district",
        "border",
        "borders",
        "suburb",
        "suburbs",
        "outskirts",
        "coast",
        "capital",
        "countryside",
        "valley",
        "mountains",
        "island",
        "islands",
        "port",
        "airport",
        "neighbourhood",
        "neighborhood",
        "metro",
        "downtown",
    ]
)
SPEAKING_HEADS = frozenset({"poss", "agent"})


def extract_places(doc: Doc, entities: list[Entity], url: str | None = None) -> list[Place]:
    """One place per mention of a place entity, in text order, ids P1, P2, ...; the entities
    get their place's country and a pointer to their first place.  Mentions that are a
    people's name ("North Korean") are places of the country; the outlet's country (from its
    web address) counts as named ("Birmingham" on a .co.uk site)."""
    text = text_of(doc)
    countries = named_countries(entities) | set(filter(None, [outlet_country(url)]))
    spot_places(doc, entities, countries)
    groups = _name_groups(entities)
    resolved = {key: _resolve(text, group, countries, set()) for key, group in groups.items()}
    states = _states_named(text, groups, resolved)
    if states:
        resolved = {key: _resolve(text, group, countries, states) for key, group in groups.items()}
    places: list[Place] = []
    for (entity_id, _), (entity, mentions) in groups.items():
        namesake = resolved[(entity_id, _)]
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            places.append(_record(entity, mention, namesake, span))
    places.sort(key=lambda place: place.start)
    for number, place in enumerate(places, start=1):
        place.id = f"P{number}"
    _point_entities([e for e in entities if e.type in PLACE_TYPES], places)
    return places


Group = tuple[Entity, list[Mention]]


def _name_groups(entities: Iterable[Entity]) -> dict[tuple[str, str], Group]:
    """A place entity's mentions by name: "Seoul" standing for South Korea is still Seoul, and
    "North Korean" (a people's name) is the country's."""
    places = gazetteer()
    groups: dict[tuple[str, str], Group] = {}
    for entity in entities:
        if entity.type not in PLACE_TYPES:
            continue
        for mention in entity.mentions:
            demonym = places.country_of_demonym(mention.text)
            if demonym and not places.country_of_name(mention.text):
                key = (entity.id, f"people of {demonym}")
            else:
                key = (entity.id, place_key(mention.text))
            groups.setdefault(key, (entity, []))[1].append(mention)
    return groups


# Country-code domains sold worldwide for their letters, which say nothing of the outlet.
VANITY_DOMAINS = frozenset({"tv", "io", "co", "me", "fm", "ai", "ly", "to", "cc", "ws", "gg", "am", "is", "it", "la", "nu", "st", "vc"})  # fmt: skip


def outlet_country(url: str | None) -> str | None:
    """The country of a country-code domain ("bbc.co.uk" GBR, "abc.net.au" AUS), or None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").rstrip(".")
    suffix = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(suffix) != 2 or suffix in VANITY_DOMAINS:
        return None
    return gazetteer().alpha2_to_alpha3.get("GB" if suffix == "uk" else suffix.upper())


def named_countries(entities: Iterable[Entity]) -> set[str]:
    """Countries the article names by name, people or capital ("Ukraine", "Ukrainians", "Kyiv");
    a name that is also a US state's ("Georgia") is no evidence of the country."""
    places = gazetteer()
    named = set()
    for entity in entities:
        if entity.type not in ("GPE", "NORP", "LOC"):
            continue
        for mention in entity.mentions:
            country = places.country_of_name(mention.text) or places.country_of_demonym(
                mention.text
            )
            if country is not None and state_named(mention.text) is not None:
                continue  # "Georgia"
            if country is None and entity.type == "GPE":
                country = places.country_of_capital(mention.text)
            if country:
                named.add(country)
    return named


def _resolve(text: str, group: Group, countries: set[str], states: set[str]) -> Namesake | None:
    entity, mentions = group
    demonym = gazetteer().country_of_demonym(mentions[0].text)
    if demonym and not gazetteer().country_of_name(mentions[0].text):
        return replace(country_place(demonym), resolved_by="demonym")
    spans = [(m.start, m.end, m.text) for m in mentions]
    found = place_in_text(text, spans, countries, states)
    short_form = entity.type == "GPE" and entity.country is not None  # "the South"
    if found is None and short_form and gazetteer().country_of_name(entity.name) == entity.country:
        assert entity.country is not None
        return replace(country_place(entity.country), resolved_by="short form of a country")
    return found


def _states_named(
    text: str,
    groups: dict[tuple[str, str], Group],
    resolved: dict[tuple[str, str], Namesake | None],
) -> set[str]:
    """US states the article names, as a state ("Louisiana") or an apposition (", La.")."""
    states = set()
    for key, (_, mentions) in groups.items():
        place = resolved[key]
        if place is not None and place.country == "USA" and place.feature == "admin1":
            states.add(place.admin1 or "")
        for mention in mentions:
            within = apposition_of(text[mention.end : mention.end + 40])
            if within is not None and len(within) == 2:
                states.add(within)
    return states


def _record(entity: Entity, mention: Mention, found: Namesake | None, span: Span | None) -> Place:
    feature: PlaceFeature = found.feature if found else "other"  # type: ignore[assignment]
    country = found.country if found else entity.country
    return Place(
        id="",
        text=mention.text,
        start=mention.start,
        end=mention.end,
        entity=entity.id,
        geonameid=found.geonameid if found else None,
        name=found.name if found else None,
        country=country,
        admin1=found.admin1 if found else None,
        latitude=found.latitude if found else None,
        longitude=found.longitude if found else None,
        feature=feature,
        precision=PRECISION.get(feature) if found else (3 if country else None),
        confidence=confidence_of(found),
        resolved_by=found.resolved_by if found else "not in the gazetteer",
        used_as=use_of(span, found) if span is not None else "place",
    )


def confidence_of(found: Namesake | None) -> float:
    """How far to trust the choice: by its reason, and for a bare namesake by its standing."""
    if found is None:
        return 0.2
    reason = found.resolved_by.split(" names ")[0]
    if reason in CONFIDENCE:
        return CONFIDENCE[reason]
    big = found.population >= 100_000 or found.feature != "city"
    if found.dominant:
        return 0.8 if big else 0.6
    return 0.5 if big else 0.35


def use_of(span: Span, found: Namesake | None = None) -> str:
    """'actor' when the name does or says something ("Washington said", "Russia's army",
    "by Moscow"); 'modifier' before a noun that is not a kind of place ("Paris talks", and a
    people's name unless it is before one: "the Syrian border" is a place); else 'place'."""
    root = span.root
    if found is not None and found.resolved_by == "demonym":
        return "place" if root.head.lemma_.lower() in PLACE_NOUNS else "modifier"
    if root.dep_ in SPEAKING_HEADS or (root.dep_ == "nsubj" and _acts(root.head)):
        return "actor"
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end:
        head = root.head
        if head.lemma_.lower() not in PLACE_NOUNS and head.ent_type_ not in PLACE_TYPES:
            return "modifier"
    return "place"


def _acts(verb: Token) -> bool:
    """A verb a country's name can be the subject of as a place: be, lie, border, host."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_ not in {
        "be",
        "lie",
        "border",
        "host",
        "sit",
        "remain",
        "stretch",
        "neighbour",
        "neighbor",
    }


def _point_entities(clusters: list[Entity], places: list[Place]) -> None:
    """Each place entity points to its first place; its country is its place's when found."""
    first: dict[str, Place] = {}
    for place in places:
        if place.entity and place.entity not in first:
            first[place.entity] = place
    for entity in clusters:
        found = first.get(entity.id)
        if found is None:
            continue
        entity.place = found.id
        resolved = found.geonameid is not None or found.feature != "other"
        if resolved and entity.country_source in (None, "place") and found.country:
            entity.country, entity.country_source = found.country, "place"


def dateline_place(text: str, places: list[Place]) -> Place | None:
    """The place of the dateline ("SIOUX FALLS, S.D. (AP) —", "KYIV, Ukraine —"): a place
    opening the body (or its first line after a title), followed by a state, country, agency
    or dash."""
    for place in places:
        if place.start > 200:
            return None
        opens_line = place.start == 0 or text[place.start - 1] == "\n"
        after = text[place.end : place.end + 40]
        if opens_line and (apposition_of(after) or after.lstrip()[:1] in ("(", "—", "–", "-")):
            return place
    return None
