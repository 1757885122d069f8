"""The ``wirewatch`` command: parses arguments, calls the library, prints.

Exit codes: 0 all inputs processed; 1 some input failed (each reported on
stderr in one line); 2 bad usage or settings.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console

from .errors import WirewatchError
from .ingest import iter_paths, read_document, read_stdin
from .model import RawDocument, json_schema
from .pipeline import DEFAULT_STAGES, EXTRACT_STAGES, STAGES, Pipeline, Work
from .render import render_analysis
from .settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wirewatch")
def main() -> None:
    """wirewatch: who did what to whom, when, where, and who says so."""
    _log_warnings_to_stderr()


def _log_warnings_to_stderr() -> None:
    """The library logs warnings (an article in another language...); the CLI shows them."""
    log = logging.getLogger("wirewatch")
    if not any(getattr(h, "wirewatch_cli", False) for h in log.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("warning: %(message)s"))
        handler.wirewatch_cli = True  # type: ignore[attr-defined]
        log.addHandler(handler)
        log.setLevel(logging.WARNING)
        log.propagate = False


def _common_options(function: Callable[..., None]) -> Callable[..., None]:
    options = [
        click.option(
            "--format",
            "output_format",
            type=click.Choice(FORMATS),
            default=None,
            help="text on a terminal, json (one file) or jsonl (many) when piped.",
        ),
        click.option("--model", default=None, help="spaCy model package, or 'auto'."),
        click.option("--batch-size", type=int, default=None, help="Articles per nlp.pipe batch."),
        click.option("--max-bytes", type=int, default=None, help="Refuse inputs larger than this."),
        click.option(
            "--config", type=click.Path(dir_okay=False), default=None, help="Settings file (TOML)."
        ),
        click.option("--debug", is_flag=True, help="Show tracebacks."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


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
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)


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


# Registering the corpus and batch commands on main (they import main from here).
from . import cli_actors, cli_batch, cli_corpus  # noqa: E402, F401, I001
