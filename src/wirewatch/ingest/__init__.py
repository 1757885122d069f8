"""Ingest: turn files, standard input and (later) URLs and feeds into :class:`RawDocument`."""

from .decode import decode_bytes, normalise_text
from .files import iter_paths, read_document, read_stdin

__all__ = ["decode_bytes", "iter_paths", "normalise_text", "read_document", "read_stdin"]
