"""One URL per page: the same article linked with tracking parameters is the same article.

Feeds and social links decorate URLs (``?utm_source=rss``, ``fbclid=...``, ``#comments``);
the canonical form drops what only tracks or scrolls, so an article met through two links
is stored once and a feed item seen again with new tracking tags is not fetched again.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ocid|cmpid|"
    r"ito|at_medium|at_campaign|at_custom\d*|smid|sr_share|share|ref|ref_src|rss|s_cid)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters,
    the other parameters sorted; the path is kept as it is (servers may care about case)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port is not None and DEFAULT_PORTS.get(scheme) != port:
        host = f"{host}:{port}"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING.match(key)
    )
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))
