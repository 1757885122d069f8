"""The ``wirewatch`` command: parses arguments, calls the library, prints.

One module per group of commands, all registered on :data:`main` from
:mod:`.base`; the options they share, and the checks on them, are in
:mod:`.options`.  Exit codes: 0 all inputs processed; 1 some input failed
(each reported on stderr in one line); 2 bad usage or settings.
"""

from __future__ import annotations

from . import actors, analyze, batch, export, ingest, queries, serve  # noqa: F401  (commands)
from .base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]
