"""Who acts and who is acted on in an event: actor and target phrases, their entity, country, sector.

The subject (or passive agent) acts; the target is the object, the object
of at/on/against/with..., the recipient of what is given, the author of what
is rejected, or the one a demand is made of.  Phrases are resolved to
entities like quote sources (:mod:`.speakers`), then given a country (the
entity's, an IGO code, a demonym in the phrase, the place the event happens,
and as a last resort the sentence's first other country) and a sector.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from ...actors import actor_base
from ...model import CountrySource, Entity, EventActor, EventPlace
from ..cues import cue_lexicon
from ..gazetteer import gazetteer
from ..placenames import find_place
from ..plover import Pattern, plover_lexicon
from ..speakers import SpeakerResolver
from ..syntax import (
    DATELINE_DASHES,
    RELATIVE_PRONOUNS,
    after_dateline_dash,
    is_passive,
    lemma_of,
    misparsed_coordinated_verb,
    phrase,
    subject_of,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TARGET_PREPOSITIONS = frozenset(
    {"at", "on", "against", "with", "into", "toward", "towards", "to", "from", "over"}
)
GIVING_TYPES = frozenset({"AID", "AGREE", "SUPPORT", "CONCEDE", "COOPERATE"})
ASKING_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})
AUTHOR_PREPOSITIONS = frozenset({"from", "by"})  # "rejected an appeal from the president"
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
# "HANOI, Vietnam (AP) —", "WASHINGTON —", "LONDON, Nov 20 (Reuters) -"
DATELINE = re.compile(r"\s*[A-Z][A-Z.' -]{2,40}(?:,[^\n—–]{0,40})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]")
CIVILIAN_SECTORS = frozenset({"CVL", "EDU", "LAB", "REF"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
DOMESTIC_SECTORS = frozenset({"OPP", "PTY", "JUD", "COP", "REB", "LEG"}) | CIVILIAN_SECTORS
REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "announce", "add", "state", "note", "claim", "confirm", "reveal",
     "write", "declare", "reiterate", "conclude", "insist", "argue", "stress"}
)  # fmt: skip


def locate(
    actor: EventActor | None,
    target: EventActor | None,
    place: EventPlace | None,
    by_id: Mapping[str, Entity],
) -> tuple[EventActor | None, EventActor | None]:
    """Participants named only by role ("students throughout Indonesia", "refugees") are taken
    to be of the country the event happens in, and an act with no one named as its target is on
    that place ("lifted a curfew in Montenegro"), as event coders do. A named person or
    organisation is not: "Haniyeh was assassinated in Tehran" does not make him Iranian. The
    place's country must be one the article names, the place its capital, or a large city no
    namesake abroad rivals: "Westminster" (two US towns, and London's) is no evidence."""
    if place is None or not place.country:
        return actor, target
    if place.country not in named_countries(by_id) and not _unambiguous(place):
        return actor, target
    placed = {"country": place.country, "country_source": "place"}
    if actor is not None and actor.country is None and not _is_named(actor, by_id):
        actor = actor.model_copy(update=placed)
    if target is not None and target.country is None and not _is_named(target, by_id):
        target = target.model_copy(update=placed)
    if target is None and actor is not None:
        target = EventActor(
            text=place.text,
            start=place.start,
            end=place.end,
            country=place.country,
            country_source="place",
        )
    return actor, target


KNOWN_CITY_POPULATION = 250_000  # a city news names without its country (Tel Aviv, Abidjan)


def _unambiguous(place: EventPlace) -> bool:
    if gazetteer().country_of_capital(place.text) == place.country:
        return True
    found = find_place(place.text)
    return (
        found is not None
        and found.country == place.country
        and found.dominant
        and found.population >= KNOWN_CITY_POPULATION
    )


def named_countries(by_id: Mapping[str, Entity]) -> set[str]:
    """The countries the article itself names, as countries or demonyms."""
    return {
        e.country
        for e in by_id.values()
        if e.country and e.type in ("GPE", "NORP") and e.country_source == "article"
    }


def _is_named(side: EventActor, by_id: Mapping[str, Entity]) -> bool:
    return kind_of(side, by_id) in {"PERSON", "ORG"}


def asked_to_act(wanting: Token, clause: Token) -> Token | None:
    """Whom 'wants ... to act' asks: the wanted clause's subject, else the object of 'want'."""
    asked = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return asked or next((c for c in wanting.children if c.dep_ == "dobj"), None)


def participants(token: Token, pattern: Pattern) -> tuple[set[int] | None, set[int] | None]:
    """Actor and target token sets: subject and object, swapped round in the passive."""
    children = list(token.children)
    if token.pos_ == "NOUN":  # "demonstrations against new taxes": the protesters protest
        own = {token.i} | {c.i for c in children if c.dep_ in ("amod", "compound", "nummod")}
        return own, (phrase(t) if (t := _target_of(token, pattern)) is not None else None)
    if pattern.mode == "want":  # "the US wants the UK to extradite him": the US asks the UK
        wanter = next((c for c in children if c.dep_ == "nsubj"), None)
        clause = next(c for c in children if c.dep_ in ("xcomp", "ccomp"))
        asked = asked_to_act(token, clause)
        return (phrase(wanter) if wanter is not None else None), (
            phrase(asked) if asked is not None else None
        )
    if pattern.type == "REQUEST" and pattern.mode == "must":  # the reporter asks it of the subject
        reporter = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        asked = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (phrase(reporter) if reporter is not None else None), (
            phrase(asked) if asked is not None else None
        )
    if is_passive(token):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        passive_subject = next(
            (c for c in children if c.dep_ == "nsubjpass" and names_someone(c)), None
        )
        return (phrase(objects[0]) if objects else None), (
            phrase(passive_subject) if passive_subject is not None else None
        )
    subject = doer(token)
    if subject is not None and subject.pos_ == "PRON":
        subject = _reporter(token) or subject  # "Afghan rebel leaders said they would meet ..."
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        subject = token.head  # "drones that violated the airspace": the drones did
    if subject is not None and not names_someone(subject):
        subject = None  # "difficulties threatening the state" is a figure of speech, not an actor
    target = _target_of(token, pattern)
    actor_tokens = _antecedent_phrase(subject) if subject is not None else None
    if actor_tokens is not None:
        actor_tokens = after_dateline(token.doc, actor_tokens, token.i) or actor_tokens
    return actor_tokens, (phrase(target) if target is not None else None)


def doer(token: Token) -> Token | None:
    """The subject, shared along coordinated and complement verbs ('is ready to contribute',
    'vowed to fight', purpose clauses, 'a rally to protest') but never taken from a verb of saying: in '"... destroyed
    the helicopter," the spokesman said' the spokesman destroyed nothing."""
    current = misparsed_coordinated_verb(token) or token
    for _ in range(5):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None:
            return subject
        head = current.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if current.dep_ == "relcl" and infinitive:  # "converged for a rally to protest ..."
            head = head.head.head if head.head.dep_ == "prep" else head.head
        purpose = current.dep_ == "advcl" and infinitive
        shares = current.dep_ in ("conj", "xcomp", "acomp") or purpose or head is not current.head
        if not shares or head.i == current.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
            participle = current.dep_ in ("acl", "advcl", "pcomp") and current.tag_ == "VBG"
            return subject_of(current) if participle else None
        if lemma_of(head) in REPORTING_VERBS:
            return None
        current = head
    return None


def _reporter(token: Token) -> Token | None:
    """For a pronoun subject in reported speech, the reporting verb's subject: in 'X said they
    would meet' or 'Syria says it is willing to withdraw', the pronoun is almost always X."""
    clause = token
    while clause.dep_ in ("conj", "xcomp", "acomp") and clause.head.i != clause.i:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or cue_lexicon().verb_kind(lemma_of(head)) is None:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _antecedent_phrase(head: Token) -> set[int]:
    """A noun phrase without the relative clause that hangs on it."""
    tokens = phrase(head)
    for clause in head.children:
        if clause.dep_ == "relcl":
            tokens -= {t.i for t in clause.subtree}
    return tokens


def _target_of(token: Token, pattern: Pattern | None, depth: int = 0) -> Token | None:
    """The one acted on: a direct object that names someone ("the South's airspace": the South;
    "an appeal from President X": X), else the object of at/on/against... on the verb, its
    object or the noun it calls for ("sanctions on Iran", "called for sanctions against
    Nigeria"), else the target of the verb it governs ("threatened to cut ties with Australia",
    "staged a hunger strike to protest against Sweden's decision")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if pattern is not None and pattern.type in GIVING_TYPES:  # "provide aid to refugees"
        recipient = _object_of_preposition(token, frozenset({"to"}))
        if recipient is not None:
            return recipient
    others = [c for c in objects if not _owned_by_actor(c)]
    for child in objects:
        is_pattern_object = pattern is not None and lemma_of(child) == pattern.object
        if child not in others:  # "withdrew its troops from Lebanon": Lebanon is the target
            owned = _object_of_preposition(child, TARGET_PREPOSITIONS)
            if owned is not None:
                return owned
            continue
        if is_someone_itself(child) and not is_pattern_object:
            return child
        owner = next((c for c in child.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None and names_someone(owner):
            return owner
        author = _object_of_preposition(child, AUTHOR_PREPOSITIONS)
        if author is not None:
            return author
        if names_someone(child) and not is_pattern_object:
            return child
    prepositions = TARGET_PREPOSITIONS | {"of"} if token.pos_ == "NOUN" else TARGET_PREPOSITIONS
    for holder in [token, *others, *_called_for(token)]:  # "in protest of": a noun
        found = _object_of_preposition(holder, prepositions)
        if found is not None:
            return found
    if pattern is not None and pattern.type in ASKING_TYPES:  # "demanded that the US cancel ..."
        for clause in token.children:
            if clause.dep_ == "ccomp":
                asked = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if asked is not None and names_someone(asked):
                    return asked
    if depth < 2:
        for clause in _purpose_clauses(token):
            found = _target_of(clause, None, depth + 1)
            if found is not None:
                return found
    return None


def _owned_by_actor(noun: Token) -> bool:
    """'its troops', 'their ambassador': the actor's own, not the one acted on."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our")
        for c in noun.children
    )


def is_someone_itself(token: Token) -> bool:
    """The noun itself names someone, not just a word inside its phrase ("Israel", "the
    government", but not "reforms by the government")."""
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return False
    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        or sector_of([token]) is not None
    )


def _says_what_for(clause: Token) -> bool:
    """A governed verb ("to cut ties"), a purpose clause ("to protest") or a participle."""
    if clause.dep_ == "xcomp":
        return clause.pos_ == "VERB"
    return clause.dep_ == "advcl" and (
        clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _called_for(token: Token) -> list[Token]:
    """Nouns a verb calls or asks for: "called for sanctions (against Nigeria)"."""
    return [
        noun
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in ("for", "of")
        for noun in child.children
        if noun.dep_ == "pobj"
    ]


def _purpose_clauses(token: Token) -> list[Token]:
    """Verbs that say what the act was for: the verb it governs ("threatened to cut ties"), a
    purpose clause ("to protest against ..."), a participle ("calling for independence from
    Iraq"), and "in protest against/of ..." (whose noun holds the target)."""
    found = [child for child in token.children if _says_what_for(child)]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            found.extend(c for c in child.children if c.dep_ == "pobj" and c.lemma_ == "protest")
    return found


def _object_of_preposition(holder: Token, prepositions: frozenset[str]) -> Token | None:
    for child in holder.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            nouns = [c for c in child.children if c.dep_ == "pobj"]
            if nouns and names_someone(nouns[0]):
                return nouns[0]
    return None


def names_someone(token: Token) -> bool:
    """Whether a noun phrase can be an actor: a name, a pronoun, or a noun the sector lexicon knows."""
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return False  # "on Monday" is when, not whom
    if is_someone_itself(token):
        return True
    words = [t for t in token.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    return any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in words)


def kind_of(side: EventActor, by_id: Mapping[str, Entity]) -> str | None:
    """The NER type of the entity a participant resolved to ('GPE', 'PERSON'...), if any."""
    entity = by_id.get(side.entity or "")
    return entity.type if entity is not None else None


def actor_record(
    tokens: set[int], resolver: SpeakerResolver, by_id: dict[str, Entity], event_type: str
) -> EventActor:
    tokens = without_dateline(tokens, resolver.doc)
    source = resolver.resolve(tokens)
    entity = by_id.get(source.entity) if source.entity else None
    doc = resolver.doc
    words = [doc[i] for i in sorted(tokens)]
    while words and words[-1].dep_ == "case":  # "the South's" -> "the South"
        tokens = tokens - {words.pop().i}
    source = resolver.resolve(tokens) if words else source
    country, country_source = _entity_country(source.text, entity)
    if country is None:
        country = _country_in_phrase(words, resolver)
    if country is None:
        country = _owner_country(words, resolver, by_id)  # "their forces": the Bosnian Serbs'
    if country is not None and country_source is None:
        country_source = "article"

    sector = sector_of(words)
    group = gazetteer().group(entity.name) if entity is not None else None
    if sector is None and group is not None:
        sector = group[1]  # "Hamas threatened ...": REB
    if sector is None and entity is not None and entity.type == "NORP" and _is_people(words):
        sector = "CVL"  # "Young Algerians", "thousands of Nigerians": people, not a state
    if sector is None and entity is not None and entity.type in ("GPE", "NORP"):
        sector = "MIL" if event_type in FORCE_TYPES else "GOV"
    if sector is None and entity is not None:
        sector = _described_sector(entity, resolver)  # "North Korean leader Kim Jong-un": GOV
    if sector is None and entity is not None:
        sector = entity.sector  # the actor base's office on the day: "Putin" is GOV
    return EventActor(
        text=source.text,
        start=source.start,
        end=source.end,
        entity=source.entity,
        name=source.name,
        country=country,
        sector=sector,
        country_source=country_source,
    )


def _entity_country(text: str, entity: Entity | None) -> tuple[str | None, CountrySource | None]:
    """An organisation named in the phrase or acted for (UN, AU), else the entity's country."""
    code = _igo_code(text, entity)
    if code is not None:
        return code, "article"
    if entity is None:
        return None, None
    if entity.organisation and entity.organisation != "NGO":
        return entity.organisation, entity.country_source or "base"
    return entity.country, entity.country_source if entity.country else None


def after_dateline(doc: Doc, tokens: set[int], until: int) -> set[int] | None:
    """When the parse took the dateline for the subject ('KHARKIV, Ukraine (AP)' shelled), the
    one who acts is the phrase between its dash and the verb: 'Russian forces'."""
    first = doc[min(tokens)]
    sentence = first.sent
    dateline = DATELINE.match(sentence.text)
    if dateline is None or doc[max(tokens)].idx >= sentence.start_char + dateline.end():
        return None
    dash = next((t for t in sentence if t.text in DATELINE_DASHES), None)
    if dash is None or dash.i >= until:
        return None
    found: set[int] = set()
    for token in doc[dash.i + 1 : until]:
        if token.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "SCONJ") and found:
            break
        found.add(token.i)
    return trim(doc, found) or None


def without_dateline(tokens: set[int], doc: Doc) -> set[int]:
    """'KHARKIV, Ukraine (AP) — Russian forces': the dateline is where the story was filed, not
    who acts; the phrase starts after its dash."""
    return after_dateline_dash(doc, tokens) or tokens


def _owner_country(
    words: list[Token], resolver: SpeakerResolver, by_id: dict[str, Entity]
) -> str | None:
    """The country of whoever a possessive pronoun in the phrase stands for."""
    for word in words:
        if word.dep_ == "poss" and word.pos_ == "PRON":
            owner = resolver.resolve({word.i})
            entity = by_id.get(owner.entity) if owner.entity else None
            return entity.country if entity else None
    return None


def conjuncts(tokens: set[int], doc: Doc) -> list[set[int]]:
    """The parts of a coordinated phrase, each a phrase of its own: 'France and Germany' ->
    'France', 'Germany'. One part (the phrase itself) when there is no coordination."""
    if not tokens:
        return [tokens]
    head = _phrase_root(tokens, doc)
    parts = [head, *[c for c in head.conjuncts if c.i in tokens and c.i > head.i]]
    if len(parts) == 1:
        return [tokens]
    found = []
    for index, part in enumerate(parts):
        own = {t.i for t in part.subtree}
        for later in parts[index + 1 :]:
            own -= {t.i for t in later.subtree}
        own -= {c.i for c in part.children if c.dep_ in ("cc", "punct", "preconj")}
        found.append(trim(doc, own & tokens))
    return [part for part in found if part]


def modifier_countries(actor: EventActor, tokens: set[int], doc: Doc) -> list[str]:
    """Countries of coordinated demonyms on one noun: 'Hungarian and Romanian officials' ->
    HUN, ROU (empty when the phrase has fewer than two)."""
    places = gazetteer()
    head = _phrase_root(tokens, doc)
    adjectives = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    adjectives += [conj for a in adjectives for conj in a.conjuncts if conj.i in tokens]
    countries: list[str] = []
    for word in sorted(adjectives, key=lambda t: t.i):
        country = places.country_of_demonym(word.text) or places.country_of_name(word.text)
        if country and country not in countries:
            countries.append(country)
    return countries if len(countries) > 1 else []


def _phrase_root(tokens: set[int], doc: Doc) -> Token:
    """The token of the set whose head lies outside it."""
    return next(
        (doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i),
        doc[min(tokens)],
    )


def _is_people(words: list[Token]) -> bool:
    """A plural demonym heads the phrase ('Algerians', 'thousands of Nigerians')."""
    return any(
        t.tag_ in ("NNPS", "NNS") and t.dep_ in ("nsubj", "pobj", "dobj", "nsubjpass")
        for t in words
    )


def _described_sector(entity: Entity, resolver: SpeakerResolver) -> str | None:
    """The sector of a noun the article set beside the entity's name ('leader', 'state media')."""
    sectors = plover_lexicon().sectors
    for word, _, described in resolver.descriptions:
        if described is entity and word in sectors:
            return sectors[word]
    return _title_sector(entity, resolver)


def _title_sector(entity: Entity, resolver: SpeakerResolver) -> str | None:
    """The sector of a title the article gives the person anywhere ('President Donald Trump'
    ... 'Trump': GOV; 'Sen. Ben Sasse': LEG), so every later mention keeps it."""
    sectors = plover_lexicon().sectors
    doc = resolver.doc
    for start, end, described in resolver.mentions:
        if described is not entity:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        before = [doc[i] for i in range(max(span.start - 3, span.sent.start), span.start)]
        for token in [*reversed(before), *span]:
            word = token.lower_.rstrip(".")
            if word in sectors and (token.is_title or token.is_upper or token in span):
                return sectors[word]
    return None


def _igo_code(text: str, entity: Entity | None) -> str | None:
    """'the UN Security Council' -> UN; acronyms match in capitals only (not the 'un' of 'Jong-un')."""
    names = [text] + ([entity.name] if entity else [])
    for name in names:
        for pattern, code in _igo_patterns():
            if pattern.search(name):
                return code
    return None


@cache
def _igo_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One compiled pattern per IGO name, in the lexicon's order (the first match wins)."""
    return tuple(
        (
            re.compile(
                rf"(?<![\w-]){re.escape(igo)}(?![\w-])",
                0 if igo.isupper() or "." in igo else re.IGNORECASE,
            ),
            code,
        )
        for igo, code in plover_lexicon().igos.items()
    )


def _country_in_phrase(words: list[Token], resolver: SpeakerResolver) -> str | None:
    """'North Korean drones', 'Hungarian officials': the country of a modifier in the phrase."""
    if not words:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    for s, e, entity in resolver.mentions:
        if s >= start and e <= end and entity.country:
            return entity.country
    places = gazetteer()  # a demonym the NER missed: "Ugandan opposition candidates"
    for word in words:
        if word.pos_ in ("ADJ", "PROPN") and word.dep_ in ("amod", "compound"):
            country = places.country_of_demonym(word.text)
            if country:
                return country
    return None


def sector_of(words: list[Token]) -> str | None:
    """The sector named by the phrase's nouns, the head noun first ('state media' is MED)."""
    sectors = plover_lexicon().sectors
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    heads = [t for t in nouns if t.head not in nouns] + nouns
    for noun in heads:
        for key in (lemma_of(noun), noun.lower_, noun.lower_.removesuffix("s")):
            if key in sectors:
                return sectors[key]
    return _agent_sector(words, heads)


def _agent_sector(words: list[Token], heads: list[Token]) -> str | None:
    """Phoenix's agent nouns, for heads the event lexicon does not know: the head with the
    words before it first ('riot police', 'opposition lawmakers'), then the head alone."""
    if not heads:
        return None
    agents = actor_base()
    head = heads[0]
    before = [t.lower_ for t in words if t.i < head.i and t.pos_ in ("NOUN", "ADJ", "PROPN")]
    for size in range(min(len(before), 2), -1, -1):
        sector = agents.agent_sector(" ".join([*before[len(before) - size :], head.lower_]))
        if sector is not None:
            return sector
    return None
