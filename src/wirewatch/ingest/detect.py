"""What an input is, by its content: HTML, plain text, or compressed; never by file name alone.

A page saved as ``.txt`` is still HTML and a ``.html`` file may hold text;
gzip is recognised by its magic number and unpacked within the size limit,
so a small archive cannot expand into gigabytes (a "zip bomb").
"""

from __future__ import annotations

import enum
import re
import zlib

from ..errors import InputTooLargeError

GZIP_MAGIC = b"\x1f\x8b"
HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
HTML_TAG = re.compile(
    rb"</?(?:p|div|span|a|br|body|head|title|meta|script|article|section|li|ul|h[1-6]|img|table)\b[^>]*>",
    re.IGNORECASE,
)
# A text article may quote a tag or two; a page has one every few lines.
MIN_TAGS_PER_KB = 2.0
SNIFF_BYTES = 64_000


class InputKind(enum.StrEnum):
    HTML = "html"
    TEXT = "text"


def sniff_kind(data: bytes) -> InputKind:
    """HTML if the document starts like a page or is dense with block tags; else text."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if HTML_START.match(head[:4096]) or _html_start_utf16(head):
        return InputKind.HTML
    tags = len(HTML_TAG.findall(head))
    return (
        InputKind.HTML
        if tags >= 5 and tags / max(len(head) / 1000, 1) >= MIN_TAGS_PER_KB
        else InputKind.TEXT
    )


def _html_start_utf16(head: bytes) -> bool:
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return bool(HTML_START.match(head[2:4096].replace(b"\x00", b"")))
    return False


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)


def gunzip_limited(data: bytes, *, max_bytes: int, source: str | None = None) -> bytes:
    """Decompress gzip data, refusing output over ``max_bytes`` without producing it all."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        output = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise InputTooLargeError(f"is corrupt gzip data ({error})", source=source) from error
    if len(output) > max_bytes or decompressor.unconsumed_tail:
        raise InputTooLargeError(
            f"unpacks to more than the {max_bytes:,}-byte input limit (max_input_bytes)",
            source=source,
        )
    return output


__all__ = ["InputKind", "gunzip_limited", "is_gzip", "sniff_kind"]
