"""Who a source phrase is: the entity it names, a pronoun points back to, or a description stands for.

News names a speaker once and then says "he", "it" or "the state media".
Full coreference models are heavy and trained on licensed data; these
three rules cover how attributions are written:

- the phrase contains a mention of an entity: the one at its head
  ("Former Florida Gov. Jeb Bush" is Bush, not Florida);
- a pronoun: the nearest earlier entity of a fitting type, subjects
  first, in the same sentence and then up to three sentences back ("it
  added" after "the agency reported" is the agency);
- a description: a common noun used before beside an entity ("state
  media Korean Central News Agency" then "the state media"), or a word of
  an organisation's name ("the agency", "the party").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..model import Entity, QuoteSource
from .syntax import RELATIVE_PRONOUNS, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PRONOUN_TYPES = {
    **dict.fromkeys(PERSON_PRONOUNS | {"his"}, frozenset({"PERSON"})),
    **dict.fromkeys(("it", "its"), frozenset({"ORG", "GPE", "NORP", "FAC"})),
    **dict.fromkeys(("they", "them", "their"), frozenset({"ORG", "GPE", "NORP"})),
}
SENTENCES_BACK = 3
Resolution = Literal["mention", "pronoun", "description"] | None


class SpeakerResolver:
    """Resolves source phrases of one document against its entities."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.entities = entities
        # (start, end, entity) of every mention, in text order
        self.mentions = sorted(
            ((m.start, m.end, entity) for entity in entities for m in entity.mentions),
            key=lambda item: item[0],
        )
        self.descriptions = self._description_words()

    def resolve(self, tokens: set[int]) -> QuoteSource:
        """The source record of a phrase given as token indices."""
        doc = self.doc
        first, last = min(tokens), max(tokens)
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        source = QuoteSource(text=text_of(doc)[start:end], start=start, end=end)
        head = _phrase_head(doc, tokens)
        entity, how = self._entity_for(head, start, end)
        if entity is not None:
            source.entity, source.name, source.resolved_by = entity.id, entity.name, how
        return source

    def _entity_for(self, head: Token, start: int, end: int) -> tuple[Entity | None, Resolution]:
        named = self._mention_at(head, start, end)
        if named is not None:
            return named, "mention"
        word = head.lower_
        if word in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            antecedent = head.head.head  # "officials who said": the clause's noun
            start, end = antecedent.idx, antecedent.idx + len(antecedent)
            return self._mention_at(antecedent, start, end), "pronoun"
        if word in PRONOUN_TYPES:
            return self._antecedent(head, PRONOUN_TYPES[word]), "pronoun"
        if head.pos_ == "NOUN":
            return self._described(head), "description"
        return None, None

    def _mention_at(self, head: Token, start: int, end: int) -> Entity | None:
        """The mention covering the head word; else the last mention inside the phrase."""
        inside = [(s, e, entity) for s, e, entity in self.mentions if s >= start and e <= end]
        for s, e, entity in inside:
            if s <= head.idx < e:
                return entity
        covering = [entity for s, e, entity in self.mentions if s <= head.idx < e]
        if covering:
            return covering[0]
        if inside and head.pos_ == "PROPN":
            return inside[-1][2]
        named = [entity for s, e, entity in inside if self._names_head(s, e, head)]
        return named[-1] if named else None

    def _names_head(self, start: int, end: int, head: Token) -> bool:
        """'China's ambassador Liu Xiaming', 'the group, Big Machine': a name set beside the head noun."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return (
            root.dep_ in ("appos", "compound", "npadvmod")
            and root.head.i == head.i
            or (head.dep_ == "compound" and head.head.i == root.i)
        )

    def _antecedent(self, pronoun: Token, types: frozenset[str]) -> Entity | None:
        """The best fitting entity before the pronoun, within a few sentences.

        Scored, not just the nearest: a subject (+3) beats an object, the
        article's most mentioned entity of the type (+2) beats a passer-by
        ("she" after "a company owned by Scooter Braun" is still Taylor
        Swift), and each sentence back costs 1.  Adjectives ("Democratic
        politicians") are not candidates for "they".
        """
        best: tuple[float, int, Entity] | None = None
        sentence = pronoun.sent
        for back in range(SENTENCES_BACK + 1):
            limit = min(pronoun.idx, sentence.end_char)
            for start, end, entity in self.mentions:
                if not (sentence.start_char <= start and end <= limit and entity.type in types):
                    continue
                if _is_modifier(self.doc, start, end):
                    continue
                score = (
                    3 * _is_subject(self.doc, start) + 2 * (entity is self._salient(types)) - back
                )
                if best is None or (score, start) > best[:2]:
                    best = (score, start, entity)
            if sentence.start == 0:
                break
            sentence = self.doc[sentence.start - 1].sent
        return best[2] if best else None

    def _salient(self, types: frozenset[str]) -> Entity | None:
        """The entity of these types with the most mentions in the article."""
        fitting = [entity for entity in self.entities if entity.type in types]
        return max(fitting, key=lambda entity: len(entity.mentions), default=None)

    def _described(self, head: Token) -> Entity | None:
        """'the state media', 'the agency': a word used before for one entity."""
        word = head.lemma_.lower()
        earlier = [item for item in self.descriptions if item[0] == word and item[1] < head.idx]
        if earlier:
            return earlier[-1][2]
        named = [
            entity
            for s, _, entity in self.mentions
            if s < head.idx
            and entity.type in ("ORG", "FAC")
            and word in entity.name.lower().split()
        ]
        return named[-1] if named else None

    def _description_words(self) -> list[tuple[str, int, Entity]]:
        """(noun, offset, entity) for common nouns set beside a mention: compounds and appositions."""
        words: list[tuple[str, int, Entity]] = []
        for start, end, entity in self.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            # only the head noun of the description: "state media KCNA" -> media,
            # "Chris Tang, the police commissioner" -> commissioner (not police)
            compounds = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
            related = compounds[-1:]
            related += [
                t
                for t in head.children
                if t.dep_ == "appos"
                and t.pos_ == "NOUN"
                and not any(c.dep_ == "conj" for c in t.children)
            ]
            if head.dep_ == "appos" and head.head.pos_ == "NOUN":
                related.append(head.head)
            words.extend((token.lemma_.lower(), start, entity) for token in related)
        return words


def _phrase_head(doc: Doc, tokens: set[int]) -> Token:
    """The token of the phrase whose head lies outside it."""
    for index in sorted(tokens):
        token = doc[index]
        if token.head.i not in tokens or token.head.i == token.i:
            return token
    return doc[min(tokens)]


def _is_modifier(doc: Doc, start: int, end: int) -> bool:
    """A mention used as an adjective or noun modifier ("North Korean drones")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("amod", "compound", "nmod")


def _is_subject(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
