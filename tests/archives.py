"""Web archives written by hand for the tests."""

from __future__ import annotations

import gzip
from pathlib import Path


def write_warc(path: Path, pages: list[tuple[str, bytes]], keep: float = 1.0) -> None:
    """A gzipped WARC file written by hand (one gzip member per record, as crawlers do):
    a response and a request record per page; ``keep`` cuts the file short."""
    members = []
    for number, (url, body) in enumerate(pages):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        for kind, block, media in (
            ("response", http, "application/http; msgtype=response"),
            ("request", b"GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
        ):
            head = (
                f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
                f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:06d}{len(kind):06d}>\r\n"
                f"WARC-Target-URI: {url}\r\nWARC-Date: 2019-11-20T10:00:00Z\r\n"
                f"Content-Type: {media}\r\nContent-Length: {len(block)}\r\n\r\n"
            )
            members.append(gzip.compress(head.encode() + block + b"\r\n\r\n"))
    data = b"".join(members)
    path.write_bytes(data[: int(len(data) * keep)])
