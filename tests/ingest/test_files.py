"""Files and folders: order, hidden files, broken links, size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wirewatch.errors import InputError, InputTooLargeError
from wirewatch.ingest import iter_paths, read_document


def test_folders_are_walked_in_order_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ["b/2.txt", "a.txt", ".hidden.txt", "b/1.txt"]:
        (tmp_path / name).write_text("text")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)])] == [
        "a.txt",
        "b/1.txt",
        "b/2.txt",
    ]


def test_broken_symlink_is_an_input_error(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    os.symlink(tmp_path / "missing.txt", link)
    with pytest.raises(InputError, match="broken symbolic link"):
        read_document(link, max_bytes=1000)


def test_file_over_the_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(50_000_000)  # a 50 MB file
    with pytest.raises(InputTooLargeError, match="input limit"):
        read_document(big, max_bytes=10_000_000)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt", max_bytes=1000)
