"""``wirewatch analyze`` and ``extract``: articles in, records out (no store); ``stages``
and ``schema`` describe the pipeline and its record."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console

from ..errors import WirewatchError
from ..ingest import iter_paths, read_document, read_stdin
from ..model import RawDocument, json_schema
from ..pipeline import DEFAULT_STAGES, EXTRACT_STAGES, STAGES, Pipeline, Work
from ..render import render_analysis
from ..settings import Settings
from .base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, fail, main
from .options import config_option, options, size_options

FORMATS = ("text", "json", "jsonl")


class Run:
    """Shared state of one command: settings, error count, where to print."""

    def __init__(self, settings: Settings, debug: bool) -> None:
        self.settings = settings
        self.debug = debug
        self.failures = 0

    def report(self, error: WirewatchError) -> None:
        self.failures += 1
        click.echo(f"error: {error}", err=True)


def _common_options(function: Callable[..., None]) -> Callable[..., None]:
    return options(
        click.option(
            "--format",
            "output_format",
            type=click.Choice(FORMATS),
            default=None,
            help="text on a terminal, json (one file) or jsonl (many) when piped.",
        ),
        size_options,
        config_option(),
        click.option("--debug", is_flag=True, help="Show tracebacks."),
    )(function)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published", default=None, help="Publication time (ISO 8601); overrides the page's."
)
@click.option("--no-clean", is_flag=True, help="Take the input as the body as it is.")
@_common_options
def analyze(
    paths: tuple[str, ...], published: str | None, no_clean: bool, **options: object
) -> None:
    """Clean and annotate articles: files, folders, or - for standard input."""
    stages = DEFAULT_STAGES if not no_clean else ("as_is",) + DEFAULT_STAGES[2:]
    _process(paths, stages, published, options)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_common_options
def extract(paths: tuple[str, ...], **options: object) -> None:
    """Only ingest and clean: title, byline, date, body, captions, related, removed."""
    _process(paths, EXTRACT_STAGES, None, options)


@main.command()
def stages() -> None:
    """List the registered pipeline stages with what they need and add."""
    Pipeline(("decode",), Settings())  # imports the registrations
    for stage in STAGES.values():
        click.echo(
            f"{stage.name:10} needs {', '.join(stage.requires):18} adds {', '.join(stage.assigns):18} {stage.description}"
        )


@main.command()
def schema() -> None:
    """Print the JSON Schema of the analysis record."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def _process(
    paths: tuple[str, ...],
    stages: tuple[str, ...],
    published: str | None,
    options: dict[str, object],
) -> None:
    debug = bool(options.pop("debug"))
    output_format = options.pop("output_format")
    run = Run(_settings(options), debug)
    try:
        pipeline = Pipeline(stages, run.settings)
        files = list(iter_paths([p for p in paths if p != "-"]))
        many = len(files) + (1 if "-" in paths else 0) > 1 or any(Path(p).is_dir() for p in paths)
        chosen = str(output_format or _default_format(many))
        documents = _documents(paths, files, published, run)
        works = pipeline.run(documents)
        _print_results(_with_progress(works, len(files), many), chosen, stages, run)
    except WirewatchError as error:
        if debug:
            raise
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE if error.code.startswith("W3") else EXIT_FAILED)
    sys.exit(EXIT_FAILED if run.failures else EXIT_OK)


def _settings(options: dict[str, object]) -> Settings:
    try:
        return Settings.load(
            config_file=options.pop("config"),  # type: ignore[arg-type]
            model=options.pop("model"),
            batch_size=options.pop("batch_size"),
            max_input_bytes=options.pop("max_bytes"),
        )
    except WirewatchError as error:
        fail(str(error), EXIT_USAGE)


def _default_format(many: bool) -> str:
    if sys.stdout.isatty():
        return "text"
    return "jsonl" if many else "json"


def _documents(
    paths: tuple[str, ...], files: list[Path], published: str | None, run: Run
) -> Iterator[RawDocument]:
    """Read inputs lazily; a file that cannot be read is reported and skipped."""
    max_bytes = run.settings.max_input_bytes
    if "-" in paths:
        try:
            yield read_stdin(max_bytes=max_bytes, published=published)
        except WirewatchError as error:
            run.report(error)
    for path in files:
        try:
            yield read_document(path, max_bytes=max_bytes, published=published)
        except WirewatchError as error:
            run.report(error)


def _with_progress(works: Iterator[Work], total: int, many: bool) -> Iterator[Work]:
    """A progress bar on stderr when it is a terminal and there are many inputs."""
    if not (many and sys.stderr.isatty()):
        yield from works
        return
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("analysing", total=total or None)
        for work in works:
            progress.advance(task)
            yield work


def _print_results(
    works: Iterator[Work], output_format: str, stages: tuple[str, ...], run: Run
) -> None:
    console = Console()
    out: TextIO = sys.stdout
    results = []
    for work in works:
        if work.error is not None:
            run.report(work.error)
            continue
        record = (
            work.to_analysis().to_dict()
            if "parse" in stages or "entities" in stages
            else _article_dict(work)
        )
        if output_format == "text":
            render_analysis(work.to_analysis(), console)
        elif output_format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
        else:
            results.append(record)
    if output_format == "json" and results:
        payload = results[0] if len(results) == 1 else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _article_dict(work: Work) -> dict[str, object]:
    assert work.article is not None
    return work.article.to_dict()
