"""Reading articles from files, folders and standard input, within a size limit.

A folder is walked recursively in sorted order (so runs are repeatable);
hidden files are skipped; a broken symlink or unreadable file becomes an
error for that one path, reported by the caller, never a crash of the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, InputTooLargeError
from ..model import RawDocument

# Suffixes that are never articles; skipping them keeps a folder run quiet.
SKIPPED_SUFFIXES = frozenset({".json", ".pyc", ".DS_Store", ".lock"})


def iter_paths(paths: list[str]) -> Iterator[Path]:
    """Every file named or found under a folder, in sorted order, deduplicated."""
    seen: set[Path] = set()
    for name in paths:
        path = Path(name)
        candidates = _walk(path) if path.is_dir() else iter([path])
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, sorted, skipping hidden entries."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix in SKIPPED_SUFFIXES:
                continue
            yield Path(root) / name


def read_document(path: Path, *, max_bytes: int, published: str | None = None) -> RawDocument:
    """The raw bytes of one file, refusing anything over ``max_bytes``."""
    source = str(path)
    if path.is_symlink() and not path.exists():
        raise InputError("is a broken symbolic link", source=source)
    if path.is_dir():
        raise InputError(
            "is a folder; pass it as an argument to process every file in it", source=source
        )
    try:
        with open(path, "rb") as handle:
            data = read_limited(handle, max_bytes=max_bytes, source=source)
    except FileNotFoundError as error:
        raise InputError("no such file", source=source) from error
    except PermissionError as error:
        raise InputError("permission denied", source=source) from error
    except IsADirectoryError as error:
        raise InputError("is a folder", source=source) from error
    return RawDocument(content=data, source=source, published=published)


def read_stdin(*, max_bytes: int, published: str | None = None) -> RawDocument:
    """Standard input as one document."""
    data = read_limited(sys.stdin.buffer, max_bytes=max_bytes, source="stdin")
    return RawDocument(content=data, source="stdin", published=published)


def read_limited(handle: BinaryIO, *, max_bytes: int, source: str) -> bytes:
    """Read at most ``max_bytes``; one byte more means the input is too large.

    Reading only up to the limit keeps a 50 GB file from filling memory.
    """
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"is over the {_human_size(max_bytes)} input limit; raise max_input_bytes "
            "(--max-bytes or WIREWATCH_MAX_INPUT_BYTES) if this really is one article",
            source=source,
        )
    return data


def _human_size(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB" if size >= 1_000_000 else f"{size} bytes"
