"""The article body as HTML with its annotations marked, for the article page.

Entities, time expressions, quote cues and event triggers become focusable
``<mark>`` elements carrying what each resolved to (shown on hover or focus,
by CSS alone); quoted content gets a background.  Marks may not overlap in
HTML, so where two would, the more telling one wins (an event trigger over a
quote cue over a time over an entity); the others stay in the page's tables.
Quote backgrounds are cut at mark edges so the elements always nest.

Every piece of article text goes through :func:`markupsafe.escape`: the text
is hostile input, and this module is the one place it becomes HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..model import Analysis, EventActor, Quote

PRIORITY = {"event": 0, "cue": 1, "time": 2, "entity": 3}


@dataclass(frozen=True)
class Mark:
    """One highlighted span of the body and what it resolved to."""

    start: int
    end: int
    kind: str  # event, cue, time, entity
    tip: str  # what it resolved to, one line
    anchors: tuple[str, ...] = ()  # element ids, for links from the events list
    extra: dict[str, str] = field(default_factory=dict)  # more data-* attributes


# Where a country came from, as a reviewer reads it ("RUS (from the actor base)").
SOURCE_WORDS = {"base": "actor base", "user": "user's actor file", "place": "event's place"}


def marks_of(analysis: Analysis) -> list[Mark]:
    """Every annotation of the body as a mark, overlapping ones included."""
    marks: list[Mark] = []
    for entity in analysis.entities:
        country = f" · {entity.country}" if entity.country else ""
        if entity.country and entity.country_source not in (None, "article"):
            country += f" (from the {SOURCE_WORDS[entity.country_source]})"
        if entity.role:
            country += f" · {entity.role}"
        for mention in entity.mentions:
            marks.append(
                Mark(
                    mention.start,
                    mention.end,
                    "entity",
                    f"{entity.name} · {entity.type}{country}",
                    extra={"entity": entity.id},
                )
            )
    for time in analysis.times:
        anchored = f" (from {time.anchor})" if time.relative and time.anchor else ""
        marks.append(
            Mark(time.start, time.end, "time", f"{time.value or '?'} · {time.type}{anchored}")
        )
    for quote in analysis.quotes:
        if quote.cue is None:
            continue
        marks.append(
            Mark(
                quote.cue.start,
                quote.cue.end,
                "cue",
                f"{speaker(quote)} · {quote.kind}" + (" · negated" if quote.negated else ""),
                extra={"quote": quote.id},
            )
        )
    for event in analysis.events:
        marks.append(
            Mark(
                event.evidence.trigger_start,
                event.evidence.trigger_end,
                "event",
                event_summary(event.type, event.cameo, event.actor, event.target)
                + f" · {event.date or 'undated'} · {event.modality}",
                anchors=(f"ev-{event.id}",),
                extra={"event": event.id},
            )
        )
    return marks


def speaker(quote: Quote) -> str:
    """Who a quote is attributed to, and through whom: 'Kim Jong-un via KCNA'."""
    source = (quote.source.name or quote.source.text) if quote.source else "unattributed"
    via = f" via {quote.via.name or quote.via.text}" if quote.via else ""
    return source + via


def event_summary(
    type_: str, cameo: str, actor: EventActor | None, target: EventActor | None
) -> str:
    return f"{participant(actor)} → {type_} (CAMEO {cameo}) → {participant(target)}"


def participant(actor: EventActor | None) -> str:
    if actor is None:
        return "—"
    name = actor.name or actor.text
    if not actor.country:
        return name
    if actor.country_source in (None, "article"):
        return f"{name} ({actor.country})"
    return f"{name} ({actor.country}, from the {SOURCE_WORDS[actor.country_source]})"


def without_overlaps(marks: list[Mark]) -> list[Mark]:
    """The marks that can be shown together: the more telling kind wins an overlap, and
    events on one trigger ("attacked Ukraine and Georgia") share one mark."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (PRIORITY[m.kind], m.start, -m.end)):
        if mark.end <= mark.start:
            continue
        same = next(
            (k for k in kept if (k.start, k.end, k.kind) == (mark.start, mark.end, mark.kind)),
            None,
        )
        if same is not None and mark.kind == "event":
            merged = Mark(
                same.start,
                same.end,
                same.kind,
                f"{same.tip} | {mark.tip}",
                same.anchors + mark.anchors,
                same.extra,
            )
            kept[kept.index(same)] = merged
        elif all(mark.end <= other.start or mark.start >= other.end for other in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def quoted_ranges(analysis: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, quote id) of every piece of quoted content."""
    return [
        (start, end, quote.id)
        for quote in analysis.quotes
        for start, end in quote.content.spans
        if end > start
    ]


def highlighted_paragraphs(analysis: Analysis) -> list[Markup]:
    """Each paragraph of the body as safe HTML with its marks and quote backgrounds."""
    text = analysis.article.text
    marks = without_overlaps(marks_of(analysis))
    quotes = quoted_ranges(analysis)
    paragraphs: list[Markup] = []
    offset = 0
    for paragraph in analysis.article.paragraphs:
        start = text.find(paragraph, offset) if paragraph else offset
        if start < 0:  # the record's paragraphs do not match its text: show it plain
            paragraphs.append(Markup(escape(paragraph)))
            continue
        end = start + len(paragraph)
        paragraphs.append(_render_range(text, start, end, marks, quotes))
        offset = end
    return paragraphs


def _render_range(
    text: str, start: int, end: int, marks: list[Mark], quotes: list[tuple[int, int, str]]
) -> Markup:
    """HTML for text[start:end]: marks wholly inside it, quote backgrounds cut at mark edges."""
    inside = [m for m in marks if m.start >= start and m.end <= end]
    cuts = {start, end}
    for mark in inside:
        cuts.update((mark.start, mark.end))
    for q_start, q_end, _ in quotes:
        cuts.update(c for c in (q_start, q_end) if start < c < end)
    points = sorted(cuts)
    opening = {m.start: m for m in inside}
    closing = {m.end for m in inside}
    html: list[str] = []
    for left, right in zip(points, points[1:], strict=False):
        if left in closing:
            html.append("</span></mark>")
            closing.discard(left)
        if left in opening:
            html.append(_open_mark(opening[left]))
        piece = escape(text[left:right])
        quote = next((qid for qs, qe, qid in quotes if qs <= left and right <= qe), None)
        if quote is not None:
            html.append(f'<span class="quoted" data-quote="{escape(quote)}">{piece}</span>')
        else:
            html.append(str(piece))
    if end in closing:
        html.append("</span></mark>")
    return Markup("".join(html))


def _open_mark(mark: Mark) -> str:
    """The opening of a mark: focusable, its tip as a tooltip element (closed by the caller
    with ``</span></mark>``, the span holding the marked text)."""
    attributes = [f'class="hl hl-{mark.kind}"', 'tabindex="0"']
    if mark.anchors:
        attributes.append(f'id="{escape(mark.anchors[0])}"')
    for name, value in mark.extra.items():
        attributes.append(f'data-{escape(name)}="{escape(value)}"')
    more_anchors = "".join(f'<span id="{escape(anchor)}"></span>' for anchor in mark.anchors[1:])
    return (
        f"<mark {' '.join(attributes)}>{more_anchors}"
        f'<span class="tip" role="tooltip">{escape(mark.tip)}</span><span class="marked">'
    )
