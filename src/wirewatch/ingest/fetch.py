"""Fetching pages and feeds over HTTP, safely: a URL in a feed can point anywhere.

Every request, and every redirect hop, is checked before it is sent: only
http and https, and never to a private, loopback, link-local or otherwise
reserved address unless the user allowed it (``--allow-private``), so a
hostile feed cannot make wirewatch probe the local network or a cloud
metadata service.  Bodies are read as a stream and cut at the size limit;
a whole request has a deadline, so a server that drips one byte at a time
cannot hold a run; redirects are followed by hand, at most a few; each host
is asked at most once per ``fetch_delay`` seconds; robots.txt is obeyed.

Known limit: the address is checked when the name is resolved and httpx
resolves it again to connect, so a DNS server answering differently within
milliseconds (DNS rebinding) could slip through; run untrusted feed lists
behind an egress firewall as well.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError, InputTooLargeError
from ..model import RawDocument

if TYPE_CHECKING:
    import httpx

    from ..settings import Settings

REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_BYTES = 500_000


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    not_modified: bool = False  # a conditional GET answered 304: nothing new since last time


@dataclass
class _Response:
    status: int
    location: str | None
    body: bytes
    content_type: str
    validators: dict[str, str]  # If-None-Match / If-Modified-Since for the next poll


@dataclass
class Fetcher:
    """One HTTP client for a run, with its per-host clocks and robots.txt cache."""

    settings: Settings
    allow_private: bool = False
    _client: httpx.Client | None = None
    _last_request: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _validators: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            import httpx

            timeout = httpx.Timeout(self.settings.fetch_timeout)
            self._client = httpx.Client(
                timeout=timeout,
                follow_redirects=False,
                headers={"User-Agent": self.settings.user_agent},
                trust_env=False,  # no proxy from the environment decides where requests go
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def document(self, url: str) -> RawDocument:
        """The page at ``url`` as a raw document for the pipeline."""
        fetched = self.get(url)
        return RawDocument(content=fetched.content, source=url, url=fetched.url)

    def get(
        self,
        url: str,
        *,
        max_bytes: int | None = None,
        robots: bool = True,
        conditional: bool = False,
    ) -> Fetched:
        """GET with every safety check; raises :class:`FetchError` with the reason. With
        ``conditional``, the ETag and Last-Modified of this fetcher's last visit are sent, and
        a server that has nothing new answers 304 (``not_modified``) without a body: a feed
        polled every 15 minutes costs its server almost nothing."""
        limit = max_bytes or self.settings.max_input_bytes
        current = url
        for _ in range(self.settings.max_redirects + 1):
            self._check_address(current)
            if robots and self.settings.respect_robots and not self._allowed(current):
                raise FetchError("robots.txt asks robots not to fetch this page", source=url)
            headers = self._validators.get(url, {}) if conditional else {}
            response = self._request(current, limit, url, headers)
            if response.status in REDIRECTS and response.location:
                current = urljoin(current, response.location)
                continue
            if response.status == 304 and headers:
                return Fetched(current, b"", response.content_type, not_modified=True)
            if response.status >= 400:
                raise FetchError(f"HTTP {response.status}", source=url)
            if conditional and response.validators:
                self._validators[url] = response.validators
            return Fetched(current, response.body, response.content_type)
        raise FetchError(f"more than {self.settings.max_redirects} redirects", source=url)

    def _request(self, url: str, limit: int, original: str, headers: dict[str, str]) -> _Response:
        import httpx

        self._wait_for_turn(url)
        deadline = time.monotonic() + self.settings.fetch_timeout * 3
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise InputTooLargeError(
                        f"declares {int(declared):,} bytes, over the input limit", source=original
                    )
                chunks, size = [], 0
                if response.status_code not in REDIRECTS and response.status_code < 300:
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > limit:
                            raise InputTooLargeError(
                                "is over the input limit; stopped reading", source=original
                            )
                        if time.monotonic() > deadline:
                            raise FetchError("took too long to send its page", source=original)
                        chunks.append(chunk)
                validators = {
                    request_header: response.headers[response_header]
                    for response_header, request_header in (
                        ("ETag", "If-None-Match"),
                        ("Last-Modified", "If-Modified-Since"),
                    )
                    if response.headers.get(response_header)
                }
                return _Response(
                    response.status_code,
                    response.headers.get("Location"),
                    b"".join(chunks),
                    response.headers.get("Content-Type", ""),
                    validators,
                )
        except httpx.TimeoutException as error:
            raise FetchError(f"timed out ({type(error).__name__})", source=original) from error
        except httpx.HTTPError as error:
            raise FetchError(f"cannot fetch: {error}", source=original) from error

    def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("only http and https URLs are fetched", source=url)
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as error:
            raise FetchError(f"cannot resolve {parts.hostname}", source=url) from error
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if not is_public_address(address):
                raise FetchError(
                    f"{parts.hostname} is a private, loopback or reserved address ({address}); "
                    "pass --allow-private to fetch from the local network",
                    source=url,
                )

    def _wait_for_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = self.settings.fetch_delay - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            self._robots[base] = self._read_robots(base)
        rules = self._robots[base]
        return True if rules is None else rules.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt; none (everything allowed) when it has none or it cannot be
        read."""
        try:
            fetched = self.get(base + "/robots.txt", max_bytes=ROBOTS_BYTES, robots=False)
        except (FetchError, InputTooLargeError):
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(fetched.content.decode("utf-8", "replace").splitlines())
        return parser


NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: IPv4 in the last 32 bits
LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: local-use translation


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether a fetch may go to ``address``: a global unicast address, and for IPv6 one whose
    embedded IPv4 (mapped, IPv4-compatible, 6to4, Teredo, NAT64) is global too. Python's
    ``is_global`` alone passes 64:ff9b::10.0.0.1, 2002:0a00:0001::, ::10.0.0.1 and fec0::1,
    which reach private IPv4 space or a site's own network."""
    if not address.is_global or address.is_multicast:
        return False
    if isinstance(address, ipaddress.IPv4Address):
        return True
    if address.is_site_local or address in LOCAL_NAT64:
        return False
    return all(is_public_address(inner) for inner in _embedded_ipv4(address))


def _embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    found = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    packed = int(address)
    if address in NAT64_PREFIX or packed >> 32 == 0:  # NAT64, or IPv4-compatible ::a.b.c.d
        found.append(ipaddress.IPv4Address(packed & 0xFFFFFFFF))
    return found
