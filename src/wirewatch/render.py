"""The readable terminal view of an analysis (``--format text``)."""

from __future__ import annotations

import textwrap

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import Analysis, EventActor, Quote, Toll

MAX_REMOVED_CHARS = 100


def render_analysis(analysis: Analysis, console: Console) -> None:
    """Print header, body, captions, related links, removed blocks, entities, times, quotes, events."""
    article = analysis.article
    console.print(Panel(_header(analysis), title=article.source or "article", expand=True))
    console.rule("Body")
    for number, paragraph in enumerate(article.paragraphs, start=1):
        console.print(Text(f"[{number}] ", style="dim") + Text(paragraph))
        console.print()
    if article.captions:
        console.rule("Captions")
        for caption in article.captions:
            credit = f"  (credit: {caption.credit})" if caption.credit else ""
            console.print(Text("• " + caption.text) + Text(credit, style="dim"))
    if article.related:
        console.rule("Related")
        for link in article.related:
            console.print("• " + link.title + (f"  <{link.url}>" if link.url else ""))
    if article.removed:
        console.rule(f"Removed as boilerplate ({len(article.removed)} blocks)")
        for block in article.removed:
            console.print(
                Text(f"{block.kind.value:>18}  ", style="yellow") + Text(_shorten(block.text))
            )
    if analysis.entities:
        console.rule(f"Entities ({len(analysis.entities)})")
        console.print(_entity_table(analysis))
    if analysis.times:
        console.rule(f"Time expressions ({len(analysis.times)})")
        console.print(_time_table(analysis))
    if analysis.quotes:
        console.rule(f"Quotes and attributions ({len(analysis.quotes)})")
        _print_quotes(analysis, console)
    if analysis.events:
        console.rule(f"Events ({len(analysis.events)})")
        _print_events(analysis, console)
    for warning in analysis.warnings:
        console.print(Text("warning: " + warning, style="bold yellow"))


def _header(analysis: Analysis) -> Group:
    article = analysis.article
    lines = [Text(article.title or "(no title found)", style="bold")]
    if article.subtitle:
        lines.append(Text(article.subtitle, style="italic"))
    fields = [
        ("by", ", ".join(article.authors) or "(no byline found)"),
        ("published", article.published or "(no date found)"),
        ("language", article.language or "?"),
        ("paragraphs", str(len(article.paragraphs))),
        ("stages", " > ".join(analysis.stages)),
    ]
    if analysis.model:
        fields.append(("model", f"{analysis.model.name} {analysis.model.version}"))
    lines.extend(Text(f"{name:>10}: ", style="dim") + Text(value) for name, value in fields)
    return Group(*lines)


def _entity_table(analysis: Analysis) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    for column in ("id", "name", "type", "country", "from", "role", "aliases", "mentions"):
        table.add_column(column)
    for entity in analysis.entities:
        table.add_row(
            entity.id,
            entity.name,
            entity.type,
            "/".join(
                code for code in (entity.country or entity.organisation, entity.sector) if code
            )
            or "-",
            entity.country_source or "-",
            entity.role or "-",
            ", ".join(entity.aliases) or "-",
            str(len(entity.mentions)),
        )
    return table


def _time_table(analysis: Analysis) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    for column in ("id", "text", "type", "value", "anchored on"):
        table.add_column(column)
    for found in analysis.times:
        table.add_row(
            found.id, found.text, found.type, found.value or "(unresolved)", found.anchor or "-"
        )
    return table


def _print_events(analysis: Analysis, console: Console) -> None:
    """One line 'actor -> TYPE -> target', then when, where, how many, how sure, who says so."""
    quotes = {quote.id: quote for quote in analysis.quotes}
    for event in analysis.events:
        mode = f" ({event.mode})" if event.mode else ""
        line = Text(f"{event.id:<4}", style="dim") + Text(_participant(event.actor))
        line += Text(f"  → {event.type}{mode} [{event.cameo}] →  ", style="bold magenta")
        line += Text(_participant(event.target))
        console.print(line)
        date = (event.date or "no date") + (
            " (publication date)" if event.date_source == "publication" else ""
        )
        said = "what is said: " if event.evidence.clause == "statement" else ""
        details = [
            f"{said}“{event.evidence.trigger}”",
            date + (" (aggregate over the period)" if event.aggregate else ""),
        ]
        if event.location:
            details.append(f"in {event.location.text}")
        if event.tolls:
            details.append(", ".join(_toll_label(toll) for toll in event.tolls))
        elif event.quantities:
            details.append("count: " + ", ".join(q.text for q in event.quantities))
        details.append(event.modality.value)
        if event.planned_for:
            details[-1] += f" for {event.planned_for}"
        sources = [_reporting_label(quotes[q]) for q in event.reported_by if q in quotes]
        if sources:
            details.append("says " + " < ".join(sources))
        if event.responds_to:
            details.append("answers " + ", ".join(event.responds_to))
        if event.also_in:
            details.append(
                f"told in {len(event.also_in) + 1} sentences: "
                + ", ".join(f"“{e.trigger}”" for e in event.also_in)
            )
        details.append(f"confidence {event.confidence:.2f}")
        console.print(Text("    " + " · ".join(details), style="dim"))


def _reporting_label(quote: Quote) -> str:
    """Who says it, and the channel that relays them: 'Kim Jong-un [E2] via Korean Central News Agency'."""
    label = _speaker_label(quote)
    if quote.via is not None:
        label += f" via {quote.via.name or quote.via.text}"
    return label


def _participant(actor: EventActor | None) -> str:
    if actor is None:
        return "-"
    codes = "/".join(code for code in (actor.country, actor.sector) if code)
    return f"{actor.name or actor.text}" + (f" [{codes}]" if codes else "")


def _print_quotes(analysis: Analysis, console: Console) -> None:
    """Attributions grouped by who they resolve to, in order of first appearance."""
    for speaker, quotes in group_quotes_by_source(analysis.quotes):
        console.print(Text(speaker, style="bold cyan"))
        for quote in quotes:
            console.print(Text("  ") + _quote_line(quote))
        console.print()


def group_quotes_by_source(quotes: list[Quote]) -> list[tuple[str, list[Quote]]]:
    """(speaker label, quotes) pairs: one group per resolved entity, else per source wording."""
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(_speaker_label(quote), []).append(quote)
    return list(groups.items())


def _speaker_label(quote: Quote) -> str:
    source = quote.source
    if source is None:
        return "(no source)"
    if source.name:
        return f"{source.name} [{source.entity}]"
    return f"“{source.text}”"


def _quote_line(quote: Quote) -> Text:
    flags = [quote.kind.value, "direct" if quote.direct else "indirect"]
    if quote.negated:
        flags.append("negated")
    line = Text(f"{quote.id} ", style="dim") + Text(f"[{', '.join(flags)}] ", style="yellow")
    if quote.cue:
        line += Text(quote.cue.text, style="italic") + Text(": ")
    line += Text(_shorten(quote.content.text))
    if quote.via:
        line += Text(f"  (via {quote.via.name or quote.via.text})", style="dim")
    return line


def _shorten(text: str) -> str:
    return textwrap.shorten(text, width=MAX_REMOVED_CHARS, placeholder=" …")


def _toll_label(toll: Toll) -> str:
    """'12 dead', 'at least 24 injured', '24-99 injured'."""
    if toll.high is not None and toll.high > toll.best:
        return f"{toll.best}-{toll.high} {toll.unit}"
    prefix = "at least " if toll.low is not None and toll.low == toll.best else ""
    return f"{prefix}{toll.best} {toll.unit}"
