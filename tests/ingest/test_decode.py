"""Encodings, binary refusal and normalisation on real text."""

from __future__ import annotations

import codecs
import gzip

import pytest

from tests.conftest import EXAMPLE
from wirewatch.errors import BinaryInputError, EmptyInputError
from wirewatch.ingest import decode_bytes

SMART = "Mr Kim “set forth new key goals” – it’s the state media’s report."


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (SMART.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SMART.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SMART.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SMART.encode("utf-16-be"), "utf-16-be"),
        (SMART.encode("utf-16-le"), "utf-16-le"),
        (SMART.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected(encoded: bytes, encoding: str) -> None:
    text, used = decode_bytes(encoded)
    assert text == SMART
    assert used == encoding


def test_latin1_accents() -> None:
    text, _ = decode_bytes("Le président a déclaré à Genève".encode("latin-1"))
    assert text == "Le président a déclaré à Genève"


def test_whole_example_in_cp1252_round_trips() -> None:
    original = EXAMPLE.read_text(encoding="utf-8")
    text, used = decode_bytes(original.encode("cp1252", errors="replace"))
    assert used == "cp1252"
    assert "Kim Jong-un unveils goals" in text and "’" in text


def test_normalisation_keeps_curly_quotes_and_makes_nfc() -> None:
    decomposed = "Cafe\u0301 “quoted”\r\nnext\u00a0line\u200b"
    text, _ = decode_bytes(decomposed.encode("utf-8"))
    assert text == "Café “quoted”\nnext line"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (gzip.compress(b"hello world " * 100), "gzip"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_binary_is_refused(data: bytes, what: str) -> None:
    with pytest.raises(BinaryInputError, match=what):
        decode_bytes(data, source="upload.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", codecs.BOM_UTF8])
def test_empty_and_whitespace_are_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(data, source="empty.txt")


def test_error_names_the_file() -> None:
    with pytest.raises(BinaryInputError) as caught:
        decode_bytes(gzip.compress(b"x" * 100), source="page.txt.gz")
    assert "page.txt.gz" in str(caught.value) and "W102" in str(caught.value)
