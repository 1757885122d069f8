"""Bytes to clean Unicode text: encoding detection, binary refusal, normalisation.

Article text is hostile input: any encoding, a BOM or none, stray control
characters, or not text at all.  The order of trust is BOM, then UTF-16
recognised by its NUL pattern, then strict UTF-8 (most of the web), then
charset-normalizer's guess, then cp1252 (what Windows tools save
"ANSI" text in), whose undefined bytes fall back to Latin-1.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import BinaryInputError, EmptyInputError

# Magic numbers of binary formats people feed to text tools by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"%PDF", "a PDF document"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"RIFF", "a RIFF media file"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Text has almost no C0 control characters besides tab, newline, carriage
# return and form feed; binary data has many.  5% is far above any real
# article and far below random bytes (about 12% of byte values are controls).
MAX_CONTROL_RATIO = 0.05
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Invisible characters that split words for the tokenizer but carry nothing.
INVISIBLE_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SPACE_LIKE = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000]")


def decode_bytes(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to normalised text; return it with the encoding used."""
    refuse_binary(data, source=source)
    text, encoding = _decode(data)
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise BinaryInputError(
            "looks like binary data, not text (many control characters)", source=source
        )
    text = normalise_text(text)
    if not text.strip():
        raise EmptyInputError("holds no text (empty or whitespace only)", source=source)
    return text, encoding


def refuse_binary(data: bytes, *, source: str | None = None) -> None:
    """Raise :class:`BinaryInputError` if ``data`` starts like a known binary format."""
    if not data.strip():
        raise EmptyInputError("holds no text (empty or whitespace only)", source=source)
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"is {what}, not text", source=source)


def _decode(data: bytes) -> tuple[str, str]:
    """Try the encodings in order of trust; the last one cannot fail."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _guess_utf16_without_bom(data)  # before UTF-8: ASCII with NULs is valid UTF-8
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = _guess_with_charset_normalizer(data)
    if guessed:
        return guessed
    return _decode_cp1252(data), "cp1252"


def _guess_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text in a Latin script has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _guess_with_charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, kept only for non-Western encodings.

    For Western text the detector often picks a rare code page over cp1252
    on a few smart quotes, so cp1252 stays the default there.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in {"cp1252", "latin_1", "iso8859_15", "ascii"}:
        return None
    if best.encoding.startswith(("cp125", "iso8859", "mac_", "cp4", "cp8")):
        return None
    return data.decode(best.encoding, errors="replace"), best.encoding


def _decode_cp1252(data: bytes) -> str:
    """cp1252, with its five undefined bytes read as Latin-1 instead of failing."""
    return (
        "".join(_cp1252_char(byte) if byte >= 0x80 else chr(byte) for byte in data)
        if _has_undefined_cp1252(data)
        else data.decode("cp1252")
    )


def _has_undefined_cp1252(data: bytes) -> bool:
    return any(byte in data for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


def _control_ratio(text: str) -> float:
    """Share of characters that are C0 controls other than whitespace."""
    sample = text[:20_000]
    if not sample:
        return 0.0
    return len(CONTROL_CHARS.findall(sample)) / len(sample)


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no invisible or control characters, plain spaces.

    Curly quotes and dashes are kept: they are what the page said, and quote
    detection relies on them.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = INVISIBLE_CHARS.sub("", text)
    text = SPACE_LIKE.sub(" ", text)
    return CONTROL_CHARS.sub("", text)
