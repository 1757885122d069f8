"""Attributions: who says (thinks, wants, denies) what, through whom, and how sure.

Read from the dependency parse with a cue lexicon (:mod:`.cues`), the way
news attribution is written:

- a cue verb with its subject and clause: "Observers suggest that ...",
  '"...," the state media added', "He clarified ..., it added";
- objects of judging verbs: "Seoul accusing Pyongyang of flying drones",
  "what it called five drones" (a claim: the writer keeps a distance);
- "according to X", "X was quoted by Y as saying", "reportedly", passives
  without an agent ("is expected to": sourceless);
- quotation marks: a quote's content is the whole quoted passage, even
  when it runs over several sentences or is interrupted by "he said"; a
  quote no cue claims is the subject's ('Mr Kim "set forth new goals"') or
  continues the previous speaker's words.

Sources are then resolved to entities by :mod:`.speakers`, and channels
(``via``) come from nesting ("Kim said ..., KCNA reported") and from a
news agency whose report the following paragraphs carry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..model import Cue, Entity, Quote, QuoteContent, QuoteKind, QuoteSource
from .cues import cue_lexicon
from .quotation_marks import paragraph_starts, quotation_regions
from .quote_readers import (
    CARRY_PARAGRAPHS,
    EDGE_PUNCTUATION,
    MIN_QUOTE_TOKENS,
    QUOTED_OBJECT_DEPS,
    Found,
    read_sentence,
)
from .speakers import SpeakerResolver
from .syntax import lemma_of, phrase, subject_of, text_of, token_runs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Interval = tuple[int, int]


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Every attribution in the body, in text order, with ids Q1, Q2, ..."""
    lexicon = cue_lexicon()
    regions = quotation_regions(text_of(doc))
    found: list[Found] = []
    used: set[int] = set()
    for sentence in doc.sents:
        found.extend(read_sentence(sentence, lexicon, used))
    _attach_adjacent_quotes(doc, found, regions)
    found = [item for item in found if item.content or item.quoted]
    _join_quotation_regions(doc, found, regions)
    found.extend(_orphan_quotes(doc, found, regions))
    found = _drop_cues_inside_quotes(found)
    resolver = SpeakerResolver(doc, entities)
    paragraphs = paragraph_starts(text_of(doc))
    bisectable = (regions, [end for _, end in regions])
    quotes = [
        _to_quote(doc, item, resolver, bisectable, paragraphs)
        for item in sorted(found, key=lambda f: _first_offset(doc, f))
    ]
    quotes = [quote for quote in quotes if quote.content.spans]
    _nest_channels(quotes)
    _carry_channels(quotes, entities)
    for number, quote in enumerate(quotes, start=1):
        quote.id = f"Q{number}"
    return quotes


# -- quotation marks joined to attributions -------------------------------


def _attach_adjacent_quotes(doc: Doc, found: list[Found], regions: list[Interval]) -> None:
    """Give a clause-less cue the quotation right after (colon) or right before it."""
    for item in found:
        if item.pending is None:
            continue
        cue_start = item.cue[0].idx
        cue_end = item.cue[-1].idx + len(item.cue[-1])
        if item.pending == "after":
            later = [
                r
                for r in regions
                if r[0] >= cue_end and not text_of(doc)[cue_end : r[0]].strip(" :,\n")
            ]
            item.quoted.extend(later[:1])
        else:
            earlier = [r for r in regions if r[1] <= cue_start]
            if earlier and not _gap_has_words(text_of(doc)[earlier[-1][1] : cue_start], item, doc):
                item.quoted.append(earlier[-1])


def _gap_has_words(gap: str, item: Found, doc: Doc) -> bool:
    """Between a quote and its cue only the source may stand ('"...," the minister said')."""
    source_text = ""
    if item.source:
        source_text = doc[min(item.source) : max(item.source) + 1].text
    rest = gap.replace(source_text, " ", 1) if source_text else gap
    return bool(re.search(r"\w", rest))


def _join_quotation_regions(doc: Doc, found: list[Found], regions: list[Interval]) -> None:
    """A content that reaches into quotation marks takes the whole quoted passage."""
    ends = [end for _, end in regions]  # regions are disjoint and in order: ends ascend too
    for item in found:
        spans = token_runs(doc, item.content)
        if not spans:
            continue
        low, high = spans[0][0], spans[-1][1]
        for region in regions[bisect_right(ends, low) :]:
            if region[0] >= high:
                break
            if region in item.quoted or _cue_inside(item, region):
                continue  # "I think" inside a quotation does not take the whole quotation
            if any(_overlap(region, span) > 0 for span in spans) and _quote_words(doc, region) > 0:
                item.quoted.append(region)


def _cue_inside(item: Found, region: Interval) -> bool:
    return bool(item.cue) and region[0] <= item.cue[0].idx < region[1]


def _drop_cues_inside_quotes(found: list[Found]) -> list[Found]:
    """The speaker's own "I think" inside their quotation is part of it, not another attribution."""
    quoted = sorted({r for item in found for r in item.quoted if not _cue_inside(item, r)})
    starts = [start for start, _ in quoted]

    def inside_another(item: Found) -> bool:
        if not item.cue:
            return False
        at = item.cue[0].idx
        index = bisect_right(starts, at) - 1
        return any(start <= at < end for start, end in quoted[max(0, index - 2) : index + 1])

    return [item for item in found if not inside_another(item)]


def _orphan_quotes(doc: Doc, found: list[Found], regions: list[Interval]) -> list[Found]:
    """Quotations no cue claimed: the sentence subject's words, or the previous speaker's going on."""
    starts = paragraph_starts(text_of(doc))
    claims: dict[int, list[tuple[Interval, Found]]] = {}

    def claim(item: Found) -> None:
        for span in token_runs(doc, item.content) + item.quoted:
            for paragraph in range(
                _paragraph_of(starts, span[0]), _paragraph_of(starts, span[1]) + 1
            ):
                claims.setdefault(paragraph, []).append((span, item))

    for item in found:
        claim(item)
    extra: list[Found] = []
    for region in regions:
        nearby = claims.get(_paragraph_of(starts, region[0]), [])
        if any(
            _overlap(region, span) > 0 and not _cue_inside(item, region) for span, item in nearby
        ):
            continue
        if _quote_words(doc, region) < MIN_QUOTE_TOKENS:
            if extra and _same_sentence(doc, extra[-1].quoted[0], region):
                # 'Kim "set forth new goals" and "anti-enemy struggle"'
                extra[-1].quoted.append(region)
                claim(extra[-1])
            continue
        new = (
            _subject_quote(doc, region)
            or _colon_quote(doc, region)
            or _continue_quote(doc, region, found + extra)
        )
        if new is not None:
            extra.append(new)
            claim(new)
    return extra


def _paragraph_of(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _subject_quote(doc: Doc, region: Interval) -> Found | None:
    """'Mr Kim "set forth new goals"' / 'Kim pointed out "a series of shortcomings"'."""
    span = doc.char_span(region[0], region[1], alignment_mode="expand")
    inside = list(span) if span is not None else []
    if not inside:
        return None
    lexicon = cue_lexicon()
    outside_heads = [
        t.head
        for t in inside
        if not region[0] <= t.head.idx < region[1]
        and (lexicon.verb_kind(lemma_of(t.head)) or t.dep_ in QUOTED_OBJECT_DEPS)
    ]
    opening = _opening_verb(inside)
    inside_verbs = [opening] if opening is not None else []
    for verb in inside_verbs + outside_heads:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(verb)
        if verb in inside_verbs and (subject is None or _phrase_end(subject) != inside[0].i - 1):
            continue
        if (
            subject is not None
            and subject.idx < region[0]
            and subject.pos_ in ("PROPN", "PRON", "NOUN")
        ):
            particle = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
            return Found(
                cue=[verb, *particle],
                lemma=" ".join(t.lemma_.lower() for t in [verb, *particle]),
                kind=QuoteKind.STATEMENT,
                content=set(),
                source=phrase(subject),
                quoted=[region],
            )
    return None


def _colon_quote(doc: Doc, region: Interval) -> Found | None:
    """'The judge interrupted: "Explain to me ..."': whoever acts before the colon says it."""
    before = text_of(doc)[: region[0]].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    verbs = [t for t in colon.sent if t.i < colon.start and t.pos_ == "VERB"]
    for verb in reversed(verbs):
        subject = subject_of(verb)
        if subject is not None and subject.i < verb.i:
            return Found(
                cue=[verb],
                lemma=lemma_of(verb),
                kind=cue_lexicon().verb_kind(lemma_of(verb)) or QuoteKind.STATEMENT,
                content=set(),
                source=phrase(subject),
                quoted=[region],
            )
    return None


def _opening_verb(inside: list[Token]) -> Token | None:
    """The verb a quotation opens with ('"set forth new key goals ..."'), if it does."""
    words = [t for t in inside if not t.is_punct]
    if words and words[0].pos_ == "VERB" and words[0].dep_ in ("ROOT", "conj", "ccomp"):
        return words[0]
    return None


def _phrase_end(token: Token) -> int:
    """Last token index of a subject phrase, skipping a closing punctuation mark."""
    return max(t.i for t in token.subtree if not t.is_punct or t.i == token.i)


def _continue_quote(doc: Doc, region: Interval, found: list[Found]) -> Found | None:
    """A quotation opening a sentence with no cue goes on with the speaker quoted just before.

    '"CNN has done an awful job," Barkley said. "They have followed ratings..."':
    one attribution with two content spans, as readers (and PolNeAR) see it.
    A quotation opening the next paragraph is the same speaker's new
    attribution (with no cue).  Only when the nearest attribution before it
    is a quotation.
    """
    sentence = doc.char_span(region[0], region[1], alignment_mode="expand")
    if sentence is None or text_of(doc)[sentence.sent.start_char : region[0]].strip():
        return None
    earlier = [item for item in found if _last_offset(doc, item) <= region[0]]
    if not earlier:
        return None
    previous = max(earlier, key=lambda item: _last_offset(doc, item))
    between = text_of(doc)[_last_offset(doc, previous) : region[0]]
    if not previous.quoted or previous.source is None or between.count("\n\n") > 1:
        return None
    if "\n\n" not in between:
        previous.quoted.append(region)
        return None
    return Found(
        cue=[], lemma="", kind=previous.kind, content=set(), source=previous.source, quoted=[region]
    )


def _same_sentence(doc: Doc, a: Interval, b: Interval) -> bool:
    first = doc.char_span(a[0], a[1], alignment_mode="expand")
    second = doc.char_span(b[0], b[1], alignment_mode="expand")
    return first is not None and second is not None and first.sent.start == second.sent.start


def _quote_words(doc: Doc, region: Interval) -> int:
    return len(re.findall(r"\w+", text_of(doc)[region[0] : region[1]]))


# -- offsets and records --------------------------------------------------


def _merge(doc: Doc, spans: list[Interval]) -> list[Interval]:
    """Union of intervals; a gap of spaces or punctuation between two spans joins them."""
    merged: list[Interval] = []
    for start, end in sorted(spans):
        if merged and (
            start <= merged[-1][1] or _only_punctuation(text_of(doc)[merged[-1][1] : start])
        ):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        merged.append((start, end))
    return [
        _strip_edges(text_of(doc), span)
        for span in merged
        if text_of(doc)[span[0] : span[1]].strip()
    ]


def _only_punctuation(gap: str) -> bool:
    return len(gap) < 4 and not re.search(r"\w", gap)


def _strip_edges(text: str, span: Interval) -> Interval:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE_PUNCTUATION):
        end -= 1
    return (start, end)


def _near(regions: list[Interval], ends: list[int], span: Interval) -> list[Interval]:
    """The quotation regions that can overlap ``span`` (regions are disjoint and in order, so
    their ``ends`` ascend)."""
    found = []
    for region in regions[bisect_right(ends, span[0]) :]:
        if region[0] >= span[1]:
            break
        found.append(region)
    return found


def _overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _first_offset(doc: Doc, item: Found) -> int:
    offsets = [doc[i].idx for i in item.content] + [s for s, _ in item.quoted]
    offsets += [t.idx for t in item.cue]
    return min(offsets) if offsets else 0


def _last_offset(doc: Doc, item: Found) -> int:
    offsets = [doc[i].idx + len(doc[i]) for i in item.content] + [e for _, e in item.quoted]
    offsets += [t.idx + len(t) for t in item.cue]
    return max(offsets) if offsets else 0


def _to_quote(
    doc: Doc,
    item: Found,
    resolver: SpeakerResolver,
    regions: tuple[list[Interval], list[int]],
    paragraphs: list[int],
) -> Quote:
    """The record; ``regions`` are the quotation regions with their ends (for bisecting)."""
    region_list, ends = regions
    spans = _merge(doc, token_runs(doc, item.content) + item.quoted)
    spans = [span for span in spans if span[1] > span[0]]
    text = " … ".join(text_of(doc)[s:e] for s, e in spans)
    quoted_chars = sum(
        _overlap(span, region) for span in spans for region in _near(region_list, ends, span)
    )
    total = sum(e - s for s, e in spans) or 1
    cue = None
    if item.cue:
        start, end = item.cue[0].idx, item.cue[-1].idx + len(item.cue[-1])
        cue = Cue(text=text_of(doc)[start:end], start=start, end=end, lemma=item.lemma)
    anchor = spans[0][0] if spans else (cue.start if cue else 0)
    return Quote(
        id="",
        source=resolver.resolve(item.source) if item.source else None,
        cue=cue,
        content=QuoteContent(text=text, spans=spans),
        direct=quoted_chars / total >= 0.5,
        kind=item.kind,
        negated=item.negated,
        via=resolver.resolve(item.via) if item.via else None,
        paragraph=_paragraph_of(paragraphs, anchor),
    )


# -- channels -------------------------------------------------------------


def _nest_channels(quotes: list[Quote]) -> None:
    """'Kim said ..., KCNA reported': an attribution inside another's content is relayed by it."""
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    for inner in quotes:
        if inner.via is not None or inner.cue is None or inner.source is None:
            continue
        for outer in by_paragraph.get(inner.paragraph, []):
            if outer is inner or outer.source is None:
                continue
            inside = any(s <= inner.cue.start < e for s, e in outer.content.spans)
            if inside and (
                outer.source.entity is None or outer.source.entity != inner.source.entity
            ):
                inner.via = outer.source
                break


def _carry_channels(quotes: list[Quote], entities: list[Entity]) -> None:
    """An agency's report carries over: its subject's words in the next paragraphs came through it.

    Only the people the report was about ('Mr Kim ... reviewed ..., KCNA
    reported'; then 'Mr Kim "set forth ..."') inherit the channel; other
    sources in those paragraphs (Seoul, observers) are the writer's own.
    """
    by_id = {entity.id: entity for entity in entities}
    channels = [q for q in quotes if q.source is not None and _is_channel(q.source, by_id)]
    for quote in quotes:
        if quote.via is not None or quote.source is None or quote.source.entity is None:
            continue
        if _is_channel(quote.source, by_id):
            continue
        for channel in reversed(channels):
            distance = quote.paragraph - channel.paragraph
            if not 0 < distance <= CARRY_PARAGRAPHS:
                continue
            subject = by_id.get(quote.source.entity)
            if subject is not None and _mentions_in(subject, channel.content.spans):
                quote.via = channel.source
                break


def _is_channel(source: QuoteSource, by_id: dict[str, Entity]) -> bool:
    """A news agency or medium: named as one, or an organisation whose name says so."""
    words = set(re.findall(r"[a-z]+", source.text.lower()))
    if source.entity is not None and source.entity in by_id:
        words |= set(re.findall(r"[a-z]+", by_id[source.entity].name.lower()))
    return bool(words & cue_lexicon().channels)


def _mentions_in(entity: Entity, spans: list[Interval]) -> bool:
    return any(s <= mention.start < e for mention in entity.mentions for s, e in spans)
