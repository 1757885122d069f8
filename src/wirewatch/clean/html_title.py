"""The page's title and standfirst, from its metadata and visible headline.

og:title and ``<title>`` often carry the site's name ("... | The Independent",
"..._证券时报网"), so a title is checked against the visible headline and loses
the name it is joined to; a description that only repeats the title is no
standfirst.
"""

from __future__ import annotations

import html
import re
from typing import Any

import lxml.html

from .json_ld import text_of

TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•-]\s+")
# Chinese and Japanese page titles join the site's name without spaces ("法国全国大罢工再次
# 严重影响交通-新华网", "..._证券时报网", "...｜日本経済新聞"): an underscore, a full-width bar,
# or a dash beside one of their characters ("COVID-19" has none), before a short name.
UNSPACED_SITE_NAME = re.compile(
    r"^(?P<head>.{6,}?)\s*(?:(?P<plain>_+|｜)|(?P<dash>-{1,2}|－|—))\s*(?P<site>[^_｜|\-－—]{2,15})$"
)
# What a title may carry after it that is not the title: the site's name and section.
MAX_SITE_NAME_CHARS = 40
CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def choose_title(
    tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, str], site: str | None
) -> str | None:
    """The visible headline when the metadata agrees with it, else the best metadata title."""
    headline = clean_field(text_of(ld.get("headline")))
    og_title = _strip_site_name(
        clean_field(meta.get("og:title") or meta.get("twitter:title")), site
    )
    page_title = _strip_site_name(clean_field(tree.findtext(".//title")), site)
    h1s = [clean_field(h1.text_content()) for h1 in tree.iter("h1")]
    claimed = [title for title in (headline, og_title, page_title) if title]
    for h1 in h1s:
        if h1 and any(_same_title(h1, title) for title in claimed):
            return h1
    return headline or og_title or (h1s[0] if h1s and h1s[0] else None) or page_title


def standfirst(description: str | None, title: str | None) -> str | None:
    """The page's description, unless it is the title again, perhaps with the site's name
    after it ("交通运输部：着力打造京津冀区域综合立体交通网络-股票频道-和讯网" on Hexun): a CMS
    with no standfirst fills its description with the title."""
    if not description or not title:
        return description
    key, title_key = _title_key(description), _title_key(title)
    if key.startswith(title_key) and len(key) - len(title_key) <= MAX_SITE_NAME_CHARS:
        return None
    return description


def _same_title(visible: str, claimed: str) -> bool:
    """The same headline, or one inside the other as whole words: a visible headline
    whose site-name link runs into its last word ("...la InfantaUltima Hora") is not."""
    a, b = _title_key(visible), _title_key(claimed)
    return bool(a) and (a == b or (len(a) > 20 and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")))


def _title_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _strip_site_name(title: str | None, site: str | None) -> str | None:
    """'Kim unveils goals | The Independent' -> 'Kim unveils goals'."""
    if not title:
        return None
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return _without_unspaced_site_name(title)
    if site and _title_key(parts[-1]) == _title_key(site):
        return (
            TITLE_SEPARATORS.split(title)[0]
            if len(parts) == 2
            else title[: title.rfind(parts[-1])].rstrip(" |–—:·•-")
        )
    if len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 4:
        return title[: title.rfind(parts[-1])].rstrip(" |–—:·•-").strip()
    return title


def _without_unspaced_site_name(title: str) -> str:
    """A Chinese or Japanese title without the site's name it ends in (:data:`UNSPACED_SITE_NAME`)."""
    match = UNSPACED_SITE_NAME.match(title)
    if match is None or not CJK_CHARACTER.search(title):
        return title
    head, site = match.group("head").rstrip(), match.group("site")
    if match.group("dash") and not (
        CJK_CHARACTER.match(head[-1:]) or CJK_CHARACTER.match(site[:1])
    ):
        return title
    return head


def clean_field(value: str | None) -> str | None:
    """A markup field's text: entities unescaped (a CMS that escapes its markup escapes its
    JSON-LD and meta tags too), white space collapsed; None when nothing is left."""
    if not value:
        return None
    text = " ".join(html.unescape(value).split())
    return text or None
