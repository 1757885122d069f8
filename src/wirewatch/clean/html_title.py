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
from urllib.parse import urlsplit

import lxml.etree
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
MIN_HEAD_CHARS = 6  # a title's own words before the site's name
CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A picture's credit in brackets, which some sites put in the headline they give the page
# ("...トランプ戦術の成否（写真＝ロイター）" on Nikkei): the picture's, not the story's words.
PICTURE_CREDIT = re.compile(
    r"\s*[（(]\s*(?:写真|画像|撮影|photo|foto|bild|image)\s*[＝=:：][^（）()]{1,40}[）)]",
    re.IGNORECASE,
)
# What joins the site's name to a title, with or without spaces around it.
SITE_NAME_JOINERS = "：:｜|_-–—»"


def choose_title(
    tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, str], site: str | None
) -> str | None:
    """The visible headline when the metadata agrees with it, else the best metadata title."""
    headline = _headline(text_of(ld.get("headline")))
    og_title = _strip_site_name(_headline(meta.get("og:title") or meta.get("twitter:title")), site)
    page_title = _strip_site_name(_headline(tree.findtext(".//title")), site)
    h1s = [_headline(h1.text_content()) for h1 in tree.iter("h1")]
    claimed = [title for title in (headline, og_title, page_title) if title]
    mastheads = [
        h1 is not None and _is_masthead(element, h1, page_title, site)
        for element, h1 in zip(tree.iter("h1"), h1s, strict=True)
    ]
    for element, h1, masthead in zip(tree.iter("h1"), h1s, mastheads, strict=True):
        if h1 and not masthead and any(_same_title(h1, title) for title in claimed):
            return _claimed_line(element, claimed) or h1
    if h1s and h1s[0] and mastheads[0]:
        return headline or og_title or _without_masthead(page_title, h1s[0])
    return headline or og_title or (h1s[0] if h1s and h1s[0] else None) or page_title


def _is_masthead(
    element: lxml.html.HtmlElement, h1: str, page_title: str | None, site: str | None
) -> bool:
    """Whether an ``<h1>`` is the site's name set as the page's masthead, as blog themes
    set it: the site's name, or a link to the site's home page whose text the page's title
    ends with after its headline ("“It turns out” « the jsomers.net blog" under ``<h1>the
    <a href="https://jsomers.net">jsomers.net</a> blog.</h1>``).  A headline that links to
    its own story ("Blog - Schattiges Plätzchen") is none."""
    key = _title_key(h1)
    if site and key == _title_key(site):
        return True
    title_key = _title_key(page_title or "")
    ends_title = bool(key) and title_key.endswith(f" {key}")
    return ends_title and any(_is_home(link.get("href")) for link in element.iter("a"))


def _is_home(href: str | None) -> bool:
    """Whether a link leads to a site's home page: its path is empty or "/"."""
    if href is None:
        return False
    path = urlsplit(href.strip()).path
    return path in ("", "/") and not href.strip().startswith("#")


def _without_masthead(page_title: str | None, masthead: str) -> str | None:
    """The page's title without the masthead's name it ends in, and the mark that joins
    them ("«", "»", a bar)."""
    if not page_title:
        return page_title
    words = _title_key(masthead).split()
    match = re.search(r"\W+".join(map(re.escape, words)) + r"\W*$", page_title, re.IGNORECASE)
    head = page_title[: match.start()].rstrip(" «»‹›|–—:·•-") if match else ""
    return head or page_title


def _claimed_line(h1: lxml.html.HtmlElement, claimed: list[str]) -> str | None:
    """The line of a headline broken by ``<br>`` that the metadata's title is, if any: the
    other lines are the kicker or the byline the page set in the ``<h1>`` ("...成否<br>編集
    委員 中沢克二" on Nikkei)."""
    if h1.find(".//br") is None:
        return None
    pieces: list[str] = []
    for event, element in lxml.etree.iterwalk(h1, events=("start", "end")):
        if event == "start":
            pieces.append("\n" if element.tag == "br" else element.text or "")
        elif element is not h1:
            pieces.append(element.tail or "")
    keys = {_title_key(title) for title in claimed}
    for line in "".join(pieces).split("\n"):
        text = _headline(line)
        if text and _title_key(text) in keys:
            return text
    return None


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


def _headline(value: str | None) -> str | None:
    """A title field's text without a picture's credit in it (:data:`PICTURE_CREDIT`)."""
    text = clean_field(value)
    if text is None or ("(" not in text and "（" not in text):
        return text
    return clean_field(PICTURE_CREDIT.sub("", text))


def _strip_site_name(title: str | None, site: str | None) -> str | None:
    """'Kim unveils goals | The Independent' -> 'Kim unveils goals'."""
    if not title:
        return None
    title = _without_site_suffix(title, site)
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


def _without_site_suffix(title: str, site: str | None) -> str:
    """The title without the site's name after its last joiner, spaced or not, where the
    name is the site's or the start of it ("...成否 ：日本経済新聞" for "日本経済新聞 電子版")."""
    if not site:
        return title
    site_key = _title_key(site)
    for position in range(len(title) - 1, MIN_HEAD_CHARS - 1, -1):
        if title[position] not in SITE_NAME_JOINERS:
            continue
        tail = _title_key(title[position + 1 :])
        if len(tail) >= 2 and (site_key.startswith(tail) or tail.startswith(site_key)):
            return title[:position].rstrip()
        return title  # the last joiner is the one that may stand before the site's name
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
