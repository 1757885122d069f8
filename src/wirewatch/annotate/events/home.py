"""Where the article is set (its dateline, or the country of most of its places), and the
actors it leaves without a country taken to be of it, as a coder reading the whole story
takes police, prosecutors or a gunman to be of the country the story is about."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ...model import EventActor
from ..speakers import SpeakerResolver
from ..syntax import text_of
from .participants import DATELINE, DOMESTIC_SECTORS, STATE_SECTORS

DOMESTIC_SHARE = 0.75  # of the article's place mentions in one country: a domestic story


@dataclass(frozen=True)
class Home:
    """Where the article is set, and whether it is a domestic story (one country is nearly
    all its places: then even a person it names without a country is taken to be of it)."""

    country: str | None
    domestic: bool = False


def home_country(resolver: SpeakerResolver) -> Home:
    """Where the article is set: the country of its dateline ('HANOI, Vietnam (AP) -') when
    the story names it again, else the country that at least half of its place and country
    mentions (two or more) belong to. None for an article about several countries alike: no
    guess beats a wrong one."""
    dateline = DATELINE.match(text_of(resolver.doc))
    places = [
        (start, entity.country)
        for start, _, entity in resolver.mentions
        if entity.country and entity.type in ("GPE", "LOC", "FAC", "NORP")
    ]
    counts = Counter(country for _, country in places)
    if not counts:
        return Home(None)
    country, count = counts.most_common(1)[0]
    domestic = count >= 2 and count >= DOMESTIC_SHARE * len(places)
    if dateline and places[0][0] < dateline.end() and counts[places[0][1]] >= 2:
        home = places[0][1]  # a dateline the story bears out ("LA CROSSE, Wis." is not Laos)
        return Home(home, domestic and home == country)
    return Home(country, domestic) if count >= 2 and count * 2 >= len(places) else Home(None)


def at_home(
    side: EventActor | None, home: Home, other: EventActor | None, force: bool, person: bool
) -> EventActor | None:
    """An actor the article does not place (police, prosecutors, a gunman, an agency) is of
    the country the article is set in, as a coder reading the whole story takes them; a
    person it names without a country only in a domestic story (Assange in a story about
    Sweden's prosecutors is not Swedish). Force is used across borders more than within: a
    named actor of an act of force is not given the country of the side it acts on ('Obama
    fired at Russia' does not make Obama Russian)."""
    if side is None or side.country or side.sector == "IGO":
        return side
    if home.country is None:
        return _own_side(side, other)
    if person and not home.domestic and side.sector not in STATE_SECTORS | DOMESTIC_SECTORS:
        return side
    across = force and side.entity and other is not None and other.country == home.country
    if across and side.sector not in DOMESTIC_SECTORS:
        return side
    return side.model_copy(update={"country": home.country, "country_source": "article"})


def _own_side(side: EventActor, other: EventActor | None) -> EventActor:
    """With no home country to go by, society acting on or against its own state ("farmers
    blocked roads in protest of the Polish government's policy") is of that state's country."""
    if other is None or not other.country or len(other.country) != 3:
        return side
    if side.sector in DOMESTIC_SECTORS and other.sector in STATE_SECTORS:
        return side.model_copy(update={"country": other.country, "country_source": "article"})
    return side
