"""Verb senses from their arguments: a candidate is kept only when who acts and what is acted on
fit its PLOVER type.

The PLOVER manual defines ASSAULT as force against persons or property and every event as the
act of a political actor; a verb in the lexicon is only a candidate. "The MacBook hit 44 dBa",
"Australia beat Colombia", "storms will fire", "the pandemic killed millions", "kill time",
"declined to comment", "AP writers contributed to this report", "SoftBank agreed to inject
$6.5 billion into WeWork": each uses a lexicon verb in a sense that is not a political event.
Each rule returns the reason a candidate does not fit (kept for the bench and for tests), or
None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ...data import load_json
from ...model import Entity, EventActor
from ..plover import Pattern
from ..syntax import RELATIVE_PRONOUNS, is_passive, lemma_of
from .participants import is_someone_itself, kind_of, names_someone, sector_of

if TYPE_CHECKING:
    from spacy.tokens import Token

VERBAL_ATTACKS = frozenset({"attack", "blast", "slam", "hammer", "lash", "savage"})
SCORE = re.compile(r"(?<![\d-])\d{1,3} ?[-–] ?\d{1,3}(?![\d-])")
OBJECT_VERBS = frozenset({"burn", "torch", "loot", "vandalize", "vandalise", "ransack", "raze"})
QUANTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "who", "when", "where", "which"})
ARMED_SECTORS = frozenset({"MIL", "REB"})
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "IGO", "NGO", "MED", "LAB", "HLH"}
)
ANYONE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # violence, arrests, protest
# "Acme Corp", "China Airlines": a company by the ending of its name
COMPANY_NAME = re.compile(
    r"\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SA|NV|GmbH|Group|Holdings|Airlines|"
    r"Airways|Motors|Technologies|Systems|Partners|Capital|Bank|Company)\.?$"
)


@dataclass(frozen=True)
class SenseLexicon:
    weapons: frozenset[str]
    harmable: frozenset[str]
    polysemous: frozenset[str]
    contexts: frozenset[str]
    sports: frozenset[str]
    saying: frozenset[str]
    not_actors: frozenset[str]
    inanimate: frozenset[str]
    organisations: frozenset[str]
    abstract_suffixes: tuple[str, ...]
    business: frozenset[str]
    credit_lines: tuple[re.Pattern[str], ...]


@cache
def sense_lexicon() -> SenseLexicon:
    data = load_json("senses.json")
    return SenseLexicon(
        weapons=frozenset(data["weapons"]),
        harmable=frozenset(data["harmable"]),
        polysemous=frozenset(data["polysemous_force_verbs"]),
        contexts=frozenset(data["nonviolent_contexts"]),
        sports=frozenset(data["sports"]),
        saying=frozenset(data["saying_verbs"]),
        not_actors=frozenset(data["not_actors"]),
        inanimate=frozenset(data["inanimate"]),
        organisations=frozenset(data["organisation_nouns"]),
        abstract_suffixes=tuple(data["abstract_suffixes"]),
        business=frozenset(data["business_words"]),
        credit_lines=tuple(re.compile(p, re.IGNORECASE) for p in data["credit_lines"]),
    )


def sense_misfit(token: Token, pattern: Pattern) -> str | None:
    """Why this verb, with its arguments, is not an event of its pattern's type (None: it fits)."""
    rules = (
        _furniture,
        _sports_page,
        _inanimate_actor,
        _no_comment,
        _unharmable_patient,
        _game_sense,
        _demonstration_of_a_thing,
        _unarmed_show_of_force,
        _question_not_request,
        _money_charge,
        _visit_to_a_thing,
        _settling_down,
        _committing_a_crime,
        _struggle_not_fight,
        _defending_oneself,
        _done_to_nothing,
        _phrasal_non_sense,
        _warning_about_something_else,
        _business_role,
    )
    for rule in rules:
        reason = rule(token, pattern)
        if reason is not None:
            return reason
    return None


def verbal_reading(token: Token, pattern: Pattern) -> Pattern:
    """'attacked the government's plan', 'attacked the opposition for its silence': an attack on
    a policy, or on someone for what they did, is criticism (ACCUSE), not force."""
    if pattern.type != "ASSAULT" or lemma_of(token) not in VERBAL_ATTACKS:
        return pattern
    patient = _patient(token)
    if patient is not None and (patient.like_num or patient.ent_type_ in QUANTITIES):
        return pattern
    holders = [token] if patient is None else [token, patient]
    reason = any(
        c.dep_ == "prep" and c.lower_ in ("for", "over") for h in holders for c in h.children
    )
    if (patient is not None and _is_unharmable(patient)) or (patient is not None and reason):
        return Pattern(
            type="ACCUSE", verb=pattern.verb, particle=None, object=None, mode="criticize"
        )
    return pattern


def not_political(
    event_type: str,
    actor: EventActor | None,
    target: EventActor | None,
    by_id: Mapping[str, Entity],
    mode: str | None = None,
) -> str | None:
    """Why the act is not political (None: it is). The coding rules count violence, arrests and
    protest whoever does them, and every other act only when a political actor takes part (a
    state or its organs, a party or politician, an armed group, an organisation, the media,
    or someone the article names): 'I asked about the smell', 'we need someone to defend the
    land', a company dealing with a company are not events. ``by_id`` holds the article's entities."""
    sides = [side for side in (actor, target) if side is not None]
    if not sides:
        return "no one"
    if any(_is_business(side) for side in sides) and not any(
        _is_political(side, by_id) for side in sides
    ):
        return "business"
    if event_type == "CONSULT" and actor is not None and not _is_political(actor, by_id):
        return "private call"  # "she phoned police", "Metro visited Finland"
    if event_type in ANYONE_TYPES or mode == "plea":  # a plea is made to a court
        return None
    if any(_is_political(side, by_id) for side in sides):
        return None
    return "private"


def _furniture(token: Token, pattern: Pattern) -> str | None:
    """Credits and calls to the reader that survived into the body."""
    text = token.sent.text.strip()
    if any(p.search(text) for p in sense_lexicon().credit_lines):
        return "furniture"
    return None


def _inanimate_actor(token: Token, pattern: Pattern) -> str | None:
    """The subject is a thing, not someone: 'storms will fire', 'the bond hit 16%', 'that struck
    me', 'the policies are delivering'. A weapon may strike for the one who fired it ('a
    missile hit the school'); a relative pronoun stands for the noun it hangs on."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        subject = token.head if token.dep_ == "relcl" else None
    if subject is None or is_passive(token):
        return None
    lexicon = sense_lexicon()
    if subject.lower_ in lexicon.not_actors and subject.pos_ in ("PRON", "DET"):
        return "inanimate actor"
    if subject.pos_ != "NOUN" or subject.ent_type_ or names_someone(subject):
        return None
    if pattern.type in ("ASSAULT", "MOBILIZE", "COERCE") and _is_weapon(subject):
        return None
    if pattern.type == "ASSAULT":  # force is used by someone or with a weapon: "protests
        return "inanimate actor"  # exploding", "the crash killed two", "floods killed 20"
    return "inanimate actor" if _is_thing(subject) else None


def _is_thing(noun: Token) -> bool:
    """A noun of weather, markets, products, documents, or a noun of a state or act."""
    lexicon = sense_lexicon()
    lemma = lemma_of(noun)
    if lemma in lexicon.organisations:
        return False
    return lemma in lexicon.inanimate or lemma.endswith(lexicon.abstract_suffixes)


def _is_weapon(noun: Token) -> bool:
    words = sense_lexicon().weapons
    compound = " ".join(t.lower_ for t in noun.children if t.dep_ == "compound")
    return lemma_of(noun) in words or f"{compound} {lemma_of(noun)}".strip() in words


def _no_comment(token: Token, pattern: Pattern) -> str | None:
    """'declined to comment', 'refused to say': a refusal to speak rejects nothing."""
    if pattern.type != "REJECT":
        return None
    spoken = [
        c for c in token.children if c.dep_ == "xcomp" and lemma_of(c) in sense_lexicon().saying
    ]
    if spoken:
        return "no comment"
    objects = [
        c for c in token.children if c.dep_ == "dobj" and lemma_of(c) in ("comment", "interview")
    ]
    return "no comment" if objects else None


def _patient(token: Token) -> Token | None:
    """What the act is done to: the object, or the subject of a passive."""
    role = "nsubjpass" if is_passive(token) else "dobj"
    return next((c for c in token.children if c.dep_ == role), None)


def _unharmable_patient(token: Token, pattern: Pattern) -> str | None:
    """Force is used against persons or property: 'kill time', 'struck down the restrictions',
    'hit 16.057%' are not assaults."""
    if pattern.type != "ASSAULT":
        return None
    patient = _patient(token)
    if patient is None:
        return None
    if _is_unharmable(patient):
        return "unharmable patient"
    everyday = lemma_of(token) in sense_lexicon().polysemous and not is_passive(token)
    if everyday and not _is_harmable(patient):  # "hits the chorus", "beat the deadline"
        return "unharmable patient"
    return None


def _is_unharmable(noun: Token) -> bool:
    """A thing force is not used against in this sense: time, a record, a percentage, the
    charges; people and places named or counted are harmable."""
    if noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or noun.lower_ == "%":
        return True
    if noun.like_num:  # "hit 44 dBa" has its unit after it; "killed 20" counts people
        return any(c.dep_ in ("compound", "amod", "npadvmod") for c in noun.children)
    if noun.pos_ != "NOUN" or noun.ent_type_ or names_someone(noun):
        return False
    harmable = sense_lexicon().harmable
    return lemma_of(noun) not in harmable and _is_thing(noun)


def _is_harmable(noun: Token) -> bool:
    """Positively someone or something force is used against: a name, a person or place
    noun, a count of people."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "NORP", "GPE", "LOC", "FAC"):
        return True
    if noun.like_num:
        return True
    harmable = sense_lexicon().harmable
    return lemma_of(noun) in harmable or noun.lower_ in harmable or names_someone(noun)


def _sports_page(token: Token, pattern: Pattern) -> str | None:
    """A sentence about a match ('Portugal allowed only one shot on goal', 'Austria punched its
    ticket by beating North Macedonia', a score '112-107'): no political event, whatever the
    verb."""
    words = {t.lower_ for t in token.sent} | {lemma_of(t) for t in token.sent}
    if words & sense_lexicon().sports or SCORE.search(token.sent.text):
        return "sports"
    return None


def _demonstration_of_a_thing(token: Token, pattern: Pattern) -> str | None:
    """'demonstrated his playmaking', 'demonstrated that it works': showing, not protesting."""
    if pattern.type != "PROTEST" or lemma_of(token) not in ("demonstrate", "show"):
        return None
    shown = any(c.dep_ in ("dobj", "ccomp") for c in token.children)
    return "showing" if shown else None


def _game_sense(token: Token, pattern: Pattern) -> str | None:
    """'beat Colombia 2-0', 'hit a record high', 'targeting voters': a competition, election,
    market or product sense, read from the words around the verb."""
    if pattern.type != "ASSAULT" or lemma_of(token) not in sense_lexicon().polysemous:
        return None
    words = {t.lower_ for t in token.sent if t.i != token.i} | {
        lemma_of(t) for t in token.sent if t.i != token.i
    }
    score = SCORE.search(token.sent.text) is not None  # "beat Colombia 2-0"
    return "game sense" if score or words & sense_lexicon().contexts else None


def _unarmed_show_of_force(token: Token, pattern: Pattern) -> str | None:
    """MOBILIZE is military posturing (the manual: armed forces or organised armed groups show
    their strength): 'lawmakers scrambled to pass the bill' is haste, not a deployment. It fits
    when a state, an armed force or a weapon acts, or troops, jets or missiles are what is moved."""
    if pattern.type != "MOBILIZE":
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    moved = [
        n
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass", "prep", "xcomp")
        for n in [c, *c.subtree]
        if n.pos_ in ("NOUN", "PROPN")
    ]
    if token.dep_ in ("amod", "compound"):  # "and scrambled jets", the verb parsed as adjective
        moved.append(token.head)
    if any(_is_armed(n) for n in moved):
        return None
    if subject is not None and (subject.ent_type_ in ("GPE", "NORP") or _is_armed(subject)):
        return None
    if subject is not None and subject.pos_ == "PRON":
        return None  # "it fired": who "it" is is resolved later, and is usually the state
    return "unarmed actor"


def _is_armed(noun: Token) -> bool:
    return sector_of([noun]) in ARMED_SECTORS or _is_weapon(noun)


def _question_not_request(token: Token, pattern: Pattern) -> str | None:
    """'asked veterans whether they would join', 'asked Gary about the smell', '"What is
    dangerous ...?" he asked': asking a question requests nothing. A REQUEST asks someone to
    do something ('asked Britain to extradite him') or for something ('asked for help')."""
    if pattern.type != "REQUEST" or lemma_of(token) not in ("ask", "wonder", "query"):
        return None
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return None
    if any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and _mark_that(c)) for c in children):
        return None
    return "question"


def _mark_that(clause: Token) -> bool:
    """'asked that the court delay': a subjunctive demand, not a question."""
    words = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod", "nsubj")}
    return "that" in words and not words & QUESTION_WORDS


def _money_charge(token: Token, pattern: Pattern) -> str | None:
    """'planned to charge WeWork almost $6 million': a price, not a charge in court."""
    if pattern.type != "ACCUSE" or lemma_of(token) != "charge":
        return None
    priced = any(t.ent_type_ == "MONEY" for c in token.children for t in c.subtree)
    return "price" if priced else None


def _visit_to_a_thing(token: Token, pattern: Pattern) -> str | None:
    """CONSULT is a meeting between actors: visiting a shelter or a web page is not one."""
    if pattern.type != "CONSULT" or lemma_of(token) not in ("visit", "tour"):
        return None
    place = next((c for c in token.children if c.dep_ == "dobj"), None)
    if place is not None and (place.lower_ == "one" or place.like_num):  # "one of its shelters"
        place = next((n for p in place.children if p.lower_ == "of" for n in p.children), place)
    if place is None or place.ent_type_ in ("GPE", "LOC") or is_someone_itself(place):
        return None
    return "visit to a thing"


def _done_to_nothing(token: Token, pattern: Pattern) -> str | None:
    """'it burnt', 'he pressed the boundaries', 'helped to propel him': arson needs something
    burnt, pressing someone needs someone pressed, material aid more than help to do a thing."""
    lemma = lemma_of(token)
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if pattern.type == "ASSAULT" and lemma in OBJECT_VERBS and not objects:
        return "nothing attacked"
    pressing = pattern.type == "REQUEST" and lemma in ("press", "push") and objects
    if pressing and not any(is_someone_itself(o) for o in objects):
        return "pressing a thing"
    helping = pattern.type == "AID" and lemma in ("help", "assist")
    if helping and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return "help to do something"
    return None


def _settling_down(token: Token, pattern: Pattern) -> str | None:
    """'settle a dispute', 'settled with the regulator' agree; 'settle at Swakopmund' is to
    make a home."""
    if pattern.type != "AGREE" or lemma_of(token) != "settle":
        return None
    children = list(token.children)
    if any(c.dep_ == "dobj" for c in children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "on", "for") for c in children):
        return None
    return "settling down"


def _struggle_not_fight(token: Token, pattern: Pattern) -> str | None:
    """'fought to get the full script', 'battling for re-election': striving, not force."""
    if pattern.type != "ASSAULT" or lemma_of(token) not in ("fight", "battle", "struggle"):
        return None
    striving = any(
        (c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children))
        or (c.dep_ == "prep" and c.lower_ in ("for", "over"))
        for c in token.children
    )
    return "striving" if striving else None


def _defending_oneself(token: Token, pattern: Pattern) -> str | None:
    """SUPPORT defends another ('defended the envoy'); 'would defend itself' backs no one."""
    if pattern.type != "SUPPORT" or lemma_of(token) != "defend":
        return None
    reflexive = any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in token.children
    )
    return "defending oneself" if reflexive else None


def _phrasal_non_sense(token: Token, pattern: Pattern) -> str | None:
    """Particles that change the verb: 'wound up' (wind up), 'seized on an idea'."""
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
    if token.lower_ == "wound" and "up" in particles:
        return "wind up"
    if pattern.type == "COERCE" and lemma_of(token) == "seize" and particles & {"on", "upon"}:
        return "seize on"
    return None


def _committing_a_crime(token: Token, pattern: Pattern) -> str | None:
    """'commit to a target' pledges; 'committing the assassination' does the deed."""
    if pattern.type != "AGREE" or lemma_of(token) != "commit":
        return None
    done = any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
    return "committing a deed" if done else None


def _warning_about_something_else(token: Token, pattern: Pattern) -> str | None:
    """A THREATEN warns of what the speaker will do ('warned it would retaliate', 'warned
    Israel against an invasion'); warning that hail is possible or that migrants are at risk
    threatens no one."""
    if pattern.type != "THREATEN" or lemma_of(token) not in ("warn", "caution"):
        return None
    said = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if said is None:
        return None
    subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    auxiliaries = {c.lower_ for c in said.children if c.dep_ == "aux"}
    speaker_will_act = subject is not None and subject.pos_ == "PRON" and said.pos_ == "VERB"
    if speaker_will_act and auxiliaries & {"will", "would", "'ll"}:
        return None
    return "warning, not a threat"


def _business_role(token: Token, pattern: Pattern) -> str | None:
    """'resigned as CEO', 'stepped down as chairman of the board': a company's affair."""
    roles = [
        n
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for n in c.subtree
        if n.pos_ in ("NOUN", "PROPN")
    ]
    business = sense_lexicon().business
    return "business role" if any(n.lower_ in business for n in roles) else None


def _is_political(side: EventActor, by_id: Mapping[str, Entity]) -> bool:
    """A sector of the state or of organised society, an organisation's code, a state or a
    people; a person or an organisation only when the article gives it a political role
    (the sector of a title or description). Not an unresolved 'I' or 'we', not 'people',
    'residents', 'the woman', not a singer, a coach or an app the article names."""
    if side.sector in POLITICAL_SECTORS or (side.country and len(side.country) != 3):
        return True  # a sector of the state or society, or an organisation's code
    # a state or a people ("Israeli figures"); a person or organisation only when the article
    # says what it is ("Sen.", "the party"): the sector above
    kind = kind_of(side, by_id)
    if kind in ("GPE", "NORP"):
        return True
    # or a person or organisation the article ties to a state ("Iranian Foreign Minister
    # Zarif", "Russian state media"); a country read from the article's setting comes later
    return kind in ("PERSON", "ORG") and side.country is not None and not _is_business(side)


def _is_business(side: EventActor) -> bool:
    text = (side.name or side.text).strip()
    if side.sector == "BUS" or COMPANY_NAME.search(text):
        return True
    lowered = side.text.lower()
    return any(re.search(rf"\b{re.escape(word)}\b", lowered) for word in sense_lexicon().business)
