"""Named entities, merged into one record per real-world thing.

spaCy finds the mentions; this module fixes its known slips on news and
merges mentions across aliases:

- countries: names, codes, demonyms, nicknames and seats of government
  ("North Korea", "North Korean", "the Kremlin"), a capital when it acts
  ("Seoul accused Pyongyang") but not when it is a place ("in Pyongyang"),
  and "the South" when the article names exactly one "South ..." country;
- people: a surname or given name alone ("Mr Kim") joins the latest full
  name that has it ("Kim Jong-un"), in either name order;
- organisations: spellings that differ in case or apostrophes, and acronyms
  that abbreviate a name in the article ("WPK" for "Workers' Party").

Fixed slips: a capitalised adjective opening a sentence is not an
organisation ("Independent observers"); a photo agency is not a person.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..clean.lexicon import credit_pattern
from ..data import load_lines
from ..model import CountrySource, Entity, Mention
from .entity_base import countries_from_names, describe_from_base
from .gazetteer import alias_pattern, gazetteer, name_key
from .names import acronym_matches, is_acronym, person_tokens, strip_titles
from .placenames import place_in_text, relabel_datelines
from .syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..actors import ActorBase

KEPT_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
LOCATIVE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "from",
        "to",
        "into",
        "through",
        "within",
        "throughout",
        "toward",
        "towards",
        "over",
        "above",
        "below",
        "beyond",
        "via",
    ]
)
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
MAX_MODIFIER_DISTANCE = 4


@dataclass
class FoundMention:
    """A trimmed spaCy entity span and what it was resolved to."""

    start: int
    end: int
    text: str
    label: str
    token_start: int
    token_end: int
    sentence_start: int
    country: str | None = None  # set when the mention *is* a country (name, demonym, capital)


@dataclass
class Cluster:
    """Mentions of one thing, in order; becomes an :class:`Entity`."""

    label: str
    mentions: list[FoundMention] = field(default_factory=list)
    country: str | None = None
    canonical: str | None = None
    place_country: str | None = None
    country_source: CountrySource | None = None

    @property
    def first_start(self) -> int:
        return min(mention.start for mention in self.mentions)


def extract_entities(
    doc: Doc, published: str | None = None, actors: ActorBase | None = None
) -> list[Entity]:
    """One :class:`Entity` per real-world thing named in ``doc``; persons and organisations the
    article does not describe are looked up in ``actors`` on the ``published`` day."""
    spans = list(doc.ents) + _alias_spans_missed(doc)
    mentions = [mention for span in spans if (mention := _found_mention(span)) is not None]
    mentions = [mention for mention in mentions if not _is_capitalised_modifier(doc, mention)]
    for mention in mentions:
        _resolve_country(doc, mention)
    _resolve_compass_names(mentions)
    _relabel_surnames(mentions)
    relabel_datelines(text_of(doc), mentions)
    clusters = _cluster(mentions)
    _link_acronyms(clusters, mentions)
    _assign_countries(doc, clusters, mentions)
    entities = _to_entities(clusters)
    if actors is not None:
        describe_from_base(entities, published, actors, doc)
    countries_from_names(entities)
    return entities


def _alias_spans_missed(doc: Doc) -> list[Span]:
    """Country aliases spaCy's model does not know ("the Hermit Kingdom"), as GPE spans.

    Only capitalised, whole-token matches outside existing entities count.
    """
    from spacy.tokens import Span

    taken = {token.i for ent in doc.ents for token in ent}
    spans = []
    for match in alias_pattern().finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), label="GPE")
        if span is not None and not any(token.i in taken for token in span):
            spans.append(Span(doc, span.start, span.end, label="GPE"))
    return spans


def _found_mention(span: Span) -> FoundMention | None:
    """The span without a leading 'the' or trailing possessive; None if not a name."""
    if span.label_ not in KEPT_LABELS:
        return None
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ == "the":
        start += 1
    while end > start and (
        span.doc[end - 1].text in POSSESSIVE_TOKENS or span.doc[end - 1].is_punct
    ):
        end -= 1
    if start == end:
        return None
    trimmed = span.doc[start:end]
    text, end_char = trimmed.text, trimmed.end_char
    for suffix in ("'s", "’s"):
        if text.endswith(suffix) and len(text) > 2:
            text, end_char = text[: -len(suffix)], end_char - len(suffix)
    if not any(char.isalpha() for char in text):
        return None
    label = _corrected_label(span.label_, text)
    return FoundMention(trimmed.start_char, end_char, text, label, start, end, span.sent.start)


def _corrected_label(label: str, text: str) -> str:
    """Fix spaCy labels that a lexicon can overrule: agencies and country names."""
    if label == "PERSON" and credit_pattern().fullmatch(text):
        return "ORG"
    places = gazetteer()
    if label in {"PERSON", "ORG", "LOC"} and (
        places.country_of_name(text) or places.country_of_capital(text)
    ):
        return "GPE"
    return label


# Labels the small model gives a surname it has seen as a PERSON elsewhere in
# the same article ("Mourinho" tagged ORG or FAC after "Jose Mourinho").
RELABELLED_AS_SURNAME = frozenset({"ORG", "FAC", "LOC", "GPE", "PRODUCT", "WORK_OF_ART", "NORP"})


def _relabel_surnames(mentions: list[FoundMention]) -> None:
    """A one-word mention equal to the surname of a full name in the article is that person."""
    surnames = {
        tokens[-1]
        for mention in mentions
        if mention.label == "PERSON" and len(tokens := person_tokens(mention.text)) > 1
    }
    for mention in mentions:
        if mention.label in RELABELLED_AS_SURNAME and mention.country is None:
            tokens = person_tokens(mention.text)
            if len(tokens) == 1 and tokens[0] in surnames:
                mention.label = "PERSON"


def _is_capitalised_modifier(doc: Doc, mention: FoundMention) -> bool:
    """'Independent observers': a sentence-initial adjective, not the newspaper."""
    if (
        mention.token_end - mention.token_start != 1
        or mention.token_start != mention.sentence_start
    ):
        return False
    token = doc[mention.token_start]
    head = token.head
    return (
        token.dep_ in {"amod", "compound"}
        and head.i > token.i
        and head.pos_ == "NOUN"
        and head.text.islower()
        and mention.label not in {"GPE", "NORP"}
    )


def _resolve_country(doc: Doc, mention: FoundMention) -> None:
    """Set ``mention.country`` when the mention stands for a country."""
    places = gazetteer()
    if mention.label == "NORP":  # "North Korean"; the small model also tags "Mozambique" NORP
        mention.country = places.country_of_demonym(mention.text) or places.country_of_name(
            mention.text
        )
    elif mention.label in {"GPE", "ORG", "FAC", "LOC"}:
        mention.country = places.country_of_name(mention.text)
        if mention.country is None and mention.label == "GPE":
            capital = places.country_of_capital(mention.text)
            if capital and not _is_locative(doc, mention):
                mention.country = capital


def _is_locative(doc: Doc, mention: FoundMention) -> bool:
    """Whether the mention is a place in a sentence ("in Pyongyang"), not an actor."""
    root = doc[mention.token_start : mention.token_end].root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS


def _resolve_compass_names(mentions: list[FoundMention]) -> None:
    """'The South' is South Korea when that is the only 'South ...' country named."""
    places = gazetteer()
    named = {mention.country for mention in mentions if mention.country}
    for mention in mentions:
        word = name_key(mention.text)
        if mention.country or word not in COMPASS_WORDS:
            continue
        matches = {
            code for code in named if name_key(places.common_name(code)).startswith(word + " ")
        }
        if len(matches) == 1:
            mention.country = matches.pop()
            mention.label = "GPE"


def _cluster(mentions: list[FoundMention]) -> list[Cluster]:
    """Group mentions: countries by code, people by name parts, the rest by name key."""
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, str], Cluster] = {}
    people: list[tuple[list[str], Cluster]] = []
    for mention in sorted(mentions, key=lambda found: found.start):
        if mention.country:
            key = ("country", mention.country)
        elif mention.label == "PERSON":
            _add_person(mention, people, clusters)
            continue
        else:
            key = (mention.label, name_key(mention.text))
        if key not in by_key:
            by_key[key] = Cluster(label="GPE" if key[0] == "country" else mention.label)
            by_key[key].country = mention.country
            clusters.append(by_key[key])
        by_key[key].mentions.append(mention)
    _merge_early_surnames(people, clusters)
    return clusters


def _add_person(
    mention: FoundMention, people: list[tuple[list[str], Cluster]], clusters: list[Cluster]
) -> None:
    tokens = person_tokens(mention.text)
    match = _find_person(tokens, people)
    if match is None:
        match = Cluster(label="PERSON")
        people.append((tokens, match))
        clusters.append(match)
    elif len(tokens) > 1 and len(_tokens_of(match, people)) == 1:
        _replace_tokens(match, tokens, people)  # a full name upgrades a surname-only cluster
    match.mentions.append(mention)


def _find_person(tokens: list[str], people: list[tuple[list[str], Cluster]]) -> Cluster | None:
    """The latest person with the same full name, else the same surname, else the same given name."""
    for known, cluster in reversed(people):
        if known == tokens:
            return cluster
    if len(tokens) != 1:
        return None
    for position in (-1, 0):
        for known, cluster in reversed(people):
            if len(known) > 1 and known[position] == tokens[0]:
                return cluster
    return None


def _tokens_of(cluster: Cluster, people: list[tuple[list[str], Cluster]]) -> list[str]:
    return next(tokens for tokens, known in people if known is cluster)


def _replace_tokens(
    cluster: Cluster, tokens: list[str], people: list[tuple[list[str], Cluster]]
) -> None:
    for position, (_, known) in enumerate(people):
        if known is cluster:
            people[position] = (tokens, cluster)


def _merge_early_surnames(people: list[tuple[list[str], Cluster]], clusters: list[Cluster]) -> None:
    """A surname seen before its full name joins the one full name that has it."""
    for tokens, cluster in list(people):
        if len(tokens) != 1:
            continue
        owners = [
            known
            for other, known in people
            if len(other) > 1 and tokens[0] in (other[0], other[-1])
        ]
        if len(owners) == 1 and owners[0] is not cluster:
            owners[0].mentions.extend(cluster.mentions)
            owners[0].mentions.sort(key=lambda found: found.start)
            clusters.remove(cluster)
            people.remove((tokens, cluster))


def _link_acronyms(clusters: list[Cluster], mentions: list[FoundMention]) -> None:
    """Merge an acronym's cluster into the one organisation whose name it abbreviates."""
    place_initials = {
        word[0]
        for mention in mentions
        if mention.country
        for word in mention.text.split()
        if word[:1].isupper()
    }
    for cluster in list(clusters):
        text = cluster.mentions[0].text
        if cluster.label != "ORG" or not is_acronym(text):
            continue
        owners = [
            other
            for other in clusters
            if other is not cluster
            and other.label == "ORG"
            and not is_acronym(other.mentions[0].text)
            and acronym_matches(text, _longest_text(other), place_initials)
        ]
        if len(owners) == 1:
            owners[0].mentions.extend(cluster.mentions)
            owners[0].mentions.sort(key=lambda found: found.start)
            clusters.remove(cluster)


def _assign_countries(doc: Doc, clusters: list[Cluster], mentions: list[FoundMention]) -> None:
    """People and organisations take the country that modifies them ("North Korean leader Kim")."""
    country_ends: dict[int, str | None] = {
        mention.token_end: mention.country for mention in mentions if mention.country
    }
    country_starts = {
        mention.token_start: mention.country for mention in mentions if mention.country
    }
    named = {mention.country for mention in mentions if mention.country}
    text = text_of(doc)  # spaCy joins every token's text on each ask of doc.text
    for cluster in clusters:
        if cluster.country:
            continue
        if cluster.label in {"PERSON", "ORG", "NORP", "FAC"}:
            group = next(
                (found for m in cluster.mentions if (found := gazetteer().group(m.text))), None
            )
            if group is not None:  # "Hamas", "the Taliban"
                cluster.country, cluster.country_source = group[0], "base"
                continue
            votes = Counter(
                country
                for mention in cluster.mentions
                if (country := _modifier_country(doc, mention, country_ends))
                or (country := _leading_demonym_country(mention.text))
                or (country := _of_country(doc, mention, country_starts))
            )
            cluster.country = votes.most_common(1)[0][0] if votes else None
            cluster.country_source = "article" if votes else None
        elif cluster.label in {"GPE", "LOC"}:
            spans = [(m.start, m.end, m.text) for m in cluster.mentions]
            place = place_in_text(text, spans, named)
            cluster.country = place.country if place else None
            cluster.country_source = "place" if cluster.country else None


def _of_country(doc: Doc, mention: FoundMention, country_starts: dict[int, str]) -> str | None:
    """'King Hassan of Morocco', 'Prince Charles of Britain': a person of a named country."""
    if mention.label != "PERSON" or mention.token_end + 1 >= len(doc):
        return None
    if doc[mention.token_end].lower_ != "of":
        return None
    return country_starts.get(mention.token_end + 1)


def _leading_demonym_country(text: str) -> str | None:
    """A people named by where they live and who they are ("Bosnian Serbs", "Iraqi Kurds",
    "Kosovar Albanians"): the first demonym is their country, as event coders have it."""
    first, _, rest = text.partition(" ")
    places = gazetteer()
    if rest and rest.endswith("s") and places.country_of_demonym(rest):
        return places.country_of_demonym(first)
    return None


def _modifier_country(
    doc: Doc, mention: FoundMention, country_ends: dict[int, str | None]
) -> str | None:
    """A country named just before the mention, with only titles or possessives between."""
    position = mention.token_start
    for _ in range(MAX_MODIFIER_DISTANCE):
        if position in country_ends:
            return country_ends[position]
        position -= 1
        if position < mention.sentence_start:
            return None
        token = doc[position]
        if position in country_ends:
            continue
        if not (
            token.text in POSSESSIVE_TOKENS
            or (token.is_lower and token.pos_ in {"NOUN", "ADJ"})
            or token.lower_.rstrip(".") in _title_words()  # "U.S. Defense Secretary Mark Esper"
        ):
            return None
    return None


@cache
def _title_words() -> frozenset[str]:
    """Words of the titles that stand between a country and a name ('Defense', 'Secretary',
    'Prime', 'Minister', 'Sen.'), capitalised as they are before a name."""
    words = {word for title in load_lines("titles.txt") for word in title.split()}
    return frozenset(
        words
        | {
            "defense",
            "defence",
            "foreign",
            "interior",
            "finance",
            "state",
            "deputy",
            "chief",
            "supreme",
            "army",
            "navy",
            "military",
            "national",
            "security",
            "general",
            "attorney",
            "justice",
        }
    )


def _longest_text(cluster: Cluster) -> str:
    return max((strip_titles(mention.text) for mention in cluster.mentions), key=len)


def _to_entities(clusters: list[Cluster]) -> list[Entity]:
    entities = []
    for number, cluster in enumerate(
        sorted(clusters, key=lambda found: found.first_start), start=1
    ):
        name = _canonical_name(cluster)
        forms = dict.fromkeys(mention.text for mention in cluster.mentions)
        entities.append(
            Entity(
                id=f"E{number}",
                name=name,
                type=cluster.label,
                country=cluster.country,
                country_source=cluster.country_source or ("article" if cluster.country else None),
                aliases=[form for form in forms if form != name],
                mentions=[Mention(start=m.start, end=m.end, text=m.text) for m in cluster.mentions],
            )
        )
    return entities


def _canonical_name(cluster: Cluster) -> str:
    """A country's common name; otherwise the fullest form, acronyms last, first seen on ties."""
    if cluster.label == "GPE" and cluster.country and any(m.country for m in cluster.mentions):
        return gazetteer().common_name(cluster.country)
    forms = [strip_titles(mention.text) for mention in cluster.mentions]
    return max(forms, key=lambda form: (not is_acronym(form), len(form.split()), len(form)))
