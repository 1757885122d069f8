"""The ``wirewatch`` group every command registers on, and the exit codes scripts rely on.

Exit codes: 0 all inputs processed; 1 some input failed (each reported on
stderr in one line); 2 bad usage or settings.
"""

from __future__ import annotations

import logging
import sys
from typing import NoReturn

import click

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wirewatch")
def main() -> None:
    """wirewatch: who did what to whom, when, where, and who says so."""
    _log_warnings_to_stderr()


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """One line on stderr ("error: ..."), then the exit code."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def note(message: str) -> None:
    """A remark on stderr, so the rows on stdout stay clean data."""
    click.echo(f"note: {message}", err=True)


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
