"""Title, standfirst, authors, dates, language and canonical URL of an HTML page.

Sources in order of trust, as publishers fill them: JSON-LD (schema.org
NewsArticle, what search engines read), OpenGraph and other meta tags, the
visible ``<h1>``, ``<time>`` elements, the URL's date, visible bylines.
The title and standfirst are :mod:`.html_title`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from .dates import date_in_url, parse_date_line, plausible_date
from .front_page import claims_article, front_page_reason
from .header import parse_byline
from .html_title import choose_title, clean_field, standfirst
from .json_ld import json_ld_objects, text_of, types_of

ARTICLE_TYPES = re.compile(
    r"(News|Report|Blog|Analysis|Opinion|Review|Scholarly|Tech)?Article|BlogPosting|ReportageNewsArticle|LiveBlogPosting|WebPage",
    re.IGNORECASE,
)
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "article.published",
    "published_time",
    "originalpublicationdate",
    "og:article:published_time",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)
AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "og:article:author",
    "twitter:misc:written by",
)
# Year, month, day with their CJK counters: 年月日 (Chinese, Japanese), 년월일 (Korean).
EAST_ASIAN_DATE = re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# Where a visible byline is looked for, most telling first: what each kind of element says
# about itself.  The elements of any kind are gathered in one walk of the page (six XPath
# searches, one a kind, were two thirds of reading the metadata; one XPath union with
# contains() is slower than walking in Python, issue 20), then sorted by kind.
AUTHOR_PATHS = ("/author", "/autor", "/journalist", "/reporter")
# A Chinese, Japanese or Korean name: two to six letters (family and given name together).
MIN_CASELESS_NAME, MAX_CASELESS_NAME = 2, 6
BYLINE_TESTS: tuple[Callable[[lxml.html.HtmlElement], bool], ...] = (
    lambda element: element.get("rel") == "author",
    lambda element: element.get("itemprop") == "author",
    lambda element: "byline" in element.get("class", ""),
    lambda element: "author-name" in element.get("class", ""),
    lambda element: "author" in element.get("class", "") and element.tag != "body",
    lambda element: element.tag == "a" and _is_author_page(element.get("href", "")),
)
MAX_BYLINE_CHARS = 200
OWN_TIMES = lxml.etree.XPath(
    "//time[@datetime][not(ancestor::aside or ancestor::nav"
    " or (ancestor::footer and not(ancestor::article)))]"
)
WEB_ADDRESS = re.compile(
    r"@|www\.|https?:|\.(?:com|de|org|net|co\.uk|fr|es|it|nl|at|ch)\b", re.IGNORECASE
)


@dataclass
class PageMetadata:
    """What the page says about itself."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    front_page: str | None = None  # why the page is an index of stories, not one story
    # the authors are the publisher's name or an organisation's: the markup names no person
    authors_are_publisher: bool = False
    claims_article: bool = False  # an article object in its JSON-LD, or og:type "article"


def read_metadata(tree: lxml.html.HtmlElement, url: str | None) -> PageMetadata:
    """Everything the page's markup says about the article (call before scripts are removed)."""
    objects = list(json_ld_objects(tree))  # read once: the article's fields and the page's kind
    ld = _article_json_ld(objects)
    meta = _meta_tags(tree)
    found = PageMetadata()
    found.site_name = meta.get("og:site_name") or text_of(
        ld.get("publisher", {}).get("name") if isinstance(ld.get("publisher"), dict) else None
    )
    found.title = choose_title(tree, ld, meta, found.site_name)
    found.subtitle = standfirst(
        clean_field(
            text_of(ld.get("description")) or meta.get("og:description") or meta.get("description")
        ),
        found.title,
    )
    found.authors, found.authors_are_publisher = _authors(tree, ld, meta, url)
    found.canonical_url = _canonical(tree, meta, url)
    found.front_page = front_page_reason(tree, url, found.canonical_url, objects, bool(ld))
    found.claims_article = claims_article(tree, bool(ld))
    found.published = (
        _first_date(
            [ld.get("datePublished"), ld.get("dateCreated")] + [meta.get(n) for n in DATE_META]
        )
        or plausible_date(_time_element(tree))
        # a saved page has no fetch URL, but its canonical link still carries the date: before
        # the text search, which took an image caption's "March 28, 2017" for a 2019 story
        or plausible_date(date_in_url(url) or date_in_url(found.canonical_url))
        or plausible_date(_date_in_page_text(tree, url or found.canonical_url))
    )
    found.modified = _first_date([ld.get("dateModified")] + [meta.get(n) for n in MODIFIED_META])
    found.language = _language(tree, ld, meta)
    return found


def _article_json_ld(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The first schema.org article object of the page's JSON-LD."""
    for item in objects:
        if any(ARTICLE_TYPES.fullmatch(k) for k in types_of(item)) and (
            item.get("headline") or item.get("datePublished")
        ):
            return item
    return {}


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Meta tags by lower-case name/property/itemprop; the first one of each name wins.
    A tag's value is its ``content``; a Twitter card's may be its ``value``, as the first
    Twitter Cards documents wrote it (``<meta name="twitter:title" value="...">``), but
    no other tag's (Blogger's templates name their designer in ``<meta name='author'
    value=...>``)."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        value = element.get("content")
        if value is None and key and key.lower().startswith("twitter:"):
            value = element.get("value")
        if key and value and value.strip():
            tags.setdefault(key.strip().lower(), " ".join(value.split()))
    return tags


def _authors(
    tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, str], url: str | None
) -> tuple[list[str], bool]:
    """People from JSON-LD, then meta tags, then visible bylines; and whether they are
    only the publisher's or an organisation's name.

    A name that is the publisher's ("Stuttgarter Zeitung" on
    stuttgarter-zeitung.de) or a web address counts only when no person is
    found anywhere: it is what the page says, but not who wrote it (and a
    byline in the story's text may say more: :mod:`.html`).
    """
    publisher = _publisher_keys(ld, meta, url)
    people, organisations = _json_ld_authors(ld.get("author"))
    fallback: list[str] = []
    for found in _author_candidates(tree, people, meta):
        names = [name for name in found if _is_name_like(name)]
        real = [name for name in names if not _is_publisher(name, publisher)]
        if real:
            return _unique(real), False
        fallback = fallback or [name for name in names if not WEB_ADDRESS.search(name)]
    return _unique(fallback or [name for name in organisations if _is_name_like(name)]), True


def _author_candidates(
    tree: lxml.html.HtmlElement, people: list[str], meta: dict[str, str]
) -> Iterator[list[str]]:
    """Names from each source in turn; the visible byline's XPaths (1.4 ms a page) run last,
    and only when no earlier source named a person."""
    yield people
    for name in AUTHOR_META:
        value = meta.get(name)
        if value and not value.startswith(("http://", "https://")):
            yield _byline_names(value) or _leading_name(value)
    yield _visible_byline(tree)


def _is_name_like(name: str) -> bool:
    """A name has letters: a CMS user id in the author field ("105092") is no author.

    Letters of any script count (a Chinese name is two or three of them), so
    only values made mostly of digits are dropped.
    """
    letters = sum(char.isalpha() for char in name)
    digits = sum(char.isdigit() for char in name)
    return letters >= 2 and letters > digits and "_" not in name  # "Autor_innen": a label


def _publisher_keys(ld: dict[str, Any], meta: dict[str, str], url: str | None) -> set[str]:
    """Squashed forms of the site's name and domain ("ntv", "stuttgarterzeitung")."""
    keys = {_squash(name) for name in (_site_name(ld, meta),) if name}
    host = urlsplit(url or "").hostname or ""
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp")]
    if labels:
        keys.add(_squash(labels[0]))
    return {key for key in keys if key}


def _is_publisher(name: str, publisher: set[str]) -> bool:
    key = _squash(name)
    return bool(WEB_ADDRESS.search(name)) or any(
        key == p or (len(p) >= 3 and key.startswith(p)) for p in publisher
    )


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _json_ld_authors(value: Any) -> tuple[list[str], list[str]]:
    """Person and organisation names; a name field holding several people is split."""
    people: list[str] = []
    organisations: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        name = (
            item
            if isinstance(item, str)
            else text_of(item.get("name"))
            if isinstance(item, dict)
            else None
        )
        # unescaped: a CMS that escapes its markup writes the JSON-LD's names escaped
        # too ("Lindsey O&#039;Donnell" on Threatpost)
        name = clean_field(name)
        if not name or name.startswith("http"):
            continue
        kind = str(item.get("@type", "Person")) if isinstance(item, dict) else "Person"
        if "Organization" in kind:
            organisations.append(name)
        else:
            people.extend(_byline_names(name) or _leading_name(name))
    return people, organisations


def _byline_names(text: str) -> list[str] | None:
    """Names in a markup author field, which rarely carries the "By" a visible byline has."""
    return parse_byline(text, "en") or parse_byline("By " + text, "en")


def _leading_name(value: str) -> list[str]:
    """'Jane Doe, professor at the Faculty of ...' -> ['Jane Doe']: the part before a long role.

    A name begins with a capital where its script has them: a template's placeholder
    ("name, email@gmail.com" in Guancha's author tag) does not."""
    first = value.split(",")[0].strip()
    if not first or len(first.split()) > 5 or first[:1].islower():
        return []
    return [first]


def _site_name(ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    publisher = ld.get("publisher")
    return meta.get("og:site_name") or (
        text_of(publisher.get("name")) if isinstance(publisher, dict) else None
    )


def _visible_byline(tree: lxml.html.HtmlElement) -> list[str]:
    """Names in the first byline element that has some: of each kind in
    :data:`BYLINE_TESTS` order, the first five in the page."""
    candidates = _byline_candidates(tree)
    for test in BYLINE_TESTS:
        for element in [element for element in candidates if test(element)][:5]:
            names = _names_in(element)
            if names:
                return _unique(names)
    return []


def _byline_candidates(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements that any of :data:`BYLINE_TESTS` may accept, in page order."""
    found = []
    for element in tree.iter(lxml.etree.Element):
        get = element.get
        names = get("class")
        if (
            (names and ("author" in names or "byline" in names))
            or get("rel") == "author"
            or get("itemprop") == "author"
            or (element.tag == "a" and _is_author_page(get("href", "")))
        ):
            found.append(element)
    return found


def _is_author_page(href: str) -> bool:
    return any(path in href for path in AUTHOR_PATHS)


def _names_in(element: lxml.html.HtmlElement) -> list[str]:
    """Names in a byline element: its text, or one name per child when the page
    lays several authors out side by side without separators."""
    text = " ".join(element.text_content().split())
    if not 2 < len(text) <= MAX_BYLINE_CHARS:
        return []
    names = _byline_names(text) or _caseless_name(element, text)
    if names:
        return names
    parts = [
        " ".join(child.text_content().split()) for child in element if isinstance(child.tag, str)
    ]
    per_child = [parse_byline("By " + part, "en") for part in parts if part]
    if len(per_child) >= 2 and all(per_child):
        return [name for names in per_child if names for name in names]
    return []


def _caseless_name(element: lxml.html.HtmlElement, text: str) -> list[str]:
    """A Chinese, Japanese or Korean name as the link to its writer's page ("松岡大地" on
    Mainichi, linking to /reporter/matsuokadaichi/): a name there has no capitals for the
    byline parser to see.  Only such a link counts, and only a short run of letters of a
    script without case: a login button or a checkbox label in a box of class "author"
    ("使用QQ登录", "我已授权") is no writer's page."""
    if element.tag != "a" or not _is_author_page(element.get("href", "")):
        return []
    letters = text.replace(" ", "").replace("\u3000", "")
    caseless = all(char.isalpha() and not char.isupper() and not char.islower() for char in letters)
    return [text] if caseless and MIN_CASELESS_NAME <= len(letters) <= MAX_CASELESS_NAME else []


def _first_date(values: list[Any]) -> str | None:
    for value in values:
        parsed = plausible_date(parse_date_value(text_of(value)))
        if parsed:
            return parsed
    return None


def parse_date_value(value: str | None) -> str | None:
    """An ISO 8601 value from a machine-readable date (ISO, RFC 2822-ish, '2019-11-20 08:00')."""
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.isoformat() if ("T" in value or ":" in value) else moment.date().isoformat()
    except ValueError:
        pass
    found = parse_date_line(value)
    return found.value if found else None


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    """The first of the page's ``<time>`` elements with a value, outside its asides, menus and
    the page's footer: there they date other stories (Mediapart's sidebar lists other posts,
    each with its date, above the story).  An article's own footer (a blog post's
    ``<footer class="entry-meta">``) dates the article."""
    for element in OWN_TIMES(tree)[:3]:
        parsed = parse_date_value(element.get("datetime"))
        if parsed:
            return parsed
    return None


def _date_in_page_text(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """Last resort: htmldate's search of the visible text ("23.10.2024", "13. Mai 2026"),
    then a date written the Chinese, Japanese or Korean way ("2025年3月4日", "2025년 3월 4일").

    htmldate's extensive search is left off: it hands odd strings to dateparser,
    whose first call compiles every locale's patterns (3.5 s, measured on
    article-extraction, issue 20), and on news-metadata-fundus the day found
    was the same without it (0.992).  Its one gain there, East Asian dates,
    is the pattern below.
    """
    from htmldate import find_date

    try:
        found = find_date(
            tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError, AttributeError):
        found = None
    return str(found) if found else _east_asian_date(tree)


def _east_asian_date(tree: lxml.html.HtmlElement) -> str | None:
    body = tree.find("body")
    match = EAST_ASIAN_DATE.search((body if body is not None else tree).text_content())
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day).strftime("%Y-%m-%d")
    except ValueError:
        return None


def _language(tree: lxml.html.HtmlElement, ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    for value in (
        tree.get("lang"),
        text_of(ld.get("inLanguage")),
        meta.get("og:locale"),
        meta.get("content-language"),
    ):
        if value:
            code = re.split(r"[-_]", value.strip())[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    return None


def _canonical(tree: lxml.html.HtmlElement, meta: dict[str, str], url: str | None) -> str | None:
    """The page's canonical web address, else its og:url, else where it was fetched; a
    ``javascript:`` or ``data:`` one is hostile and skipped."""
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            found = str(urljoin(url or "", str(link.get("href")).strip()))
            if _is_web_address(found):
                return found
    og_url = meta.get("og:url")
    return og_url if og_url and _is_web_address(og_url) else url


def _is_web_address(address: str) -> bool:
    return address.strip().lower().startswith(("http://", "https://"))


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(name for name in names if name))
