"""Benchmark article-body extraction from HTML: wirewatch against common peers.

Data
    Two sets, both by default (``--data DIR``, repeatable, picks others):
    ``article-extraction`` (see its README.md), 181 real article pages (news,
    blogs; mostly English) from the Scrapinghub/Zyte article-extraction
    benchmark, MIT licensed, with a human-written gold ``articleBody`` per
    page; and ``news-metadata-fundus``, 132 news pages of about 150
    publishers (two thirds not in English) whose silver ``articleBody`` is
    fundus's per-publisher parsers' output. ``html/<page_id>.html.gz`` is the
    input (gzip, UTF-8) and ``ground-truth.json`` maps ``page_id`` to
    ``{"articleBody", "url", ...}``. The pages themselves are third-party web
    content, redistributed upstream for research and benchmarking only. The
    directories are looked for in ``../shared/bench/`` relative to the
    repository root.

Parts
    Each set is reported as its tuned part, its kept part and all pages. The
    kept third (``heldout.is_kept(page_id)``: SHA-256 of the id divisible by
    3) is never read page by page (``--worst`` lists tuned pages only), so
    its row is the figure for pages no rule was chosen on.

Metric
    The same as ``clean_text.py`` (its ``score`` is imported): bag of
    lowercase ``\\w+`` tokens, multiset precision / recall / F1 per page, mean
    over pages. Both empty: 1, 1, 1; empty prediction: 0, 0, 0. An exception
    counts as an empty prediction and one error (type and page id go to
    stderr). Pages/s times only the extraction call (including turning a
    peer's HTML output into text), given the already decompressed page in
    memory; decompression, scoring and untimed warm-up calls on the first
    five pages per system (and on the first page that declares no language,
    where a system loads its language model) are left out. The systems take turns page by page, the first of each
    turn rotating, so the load of a shared machine weighs on all of them alike. wirewatch gets the page as bytes, the peers as the decoded
    ``str``.

Systems
    ``wirewatch`` (``wirewatch.extract(html_bytes, url=url).text``),
    ``trafilatura`` (``extract(html, url=url, include_comments=False)``),
    ``readability-lxml`` (``Document(html).summary()``, block elements joined
    with newlines), ``newspaper4k`` (``Article.download(input_html=html)``
    then ``parse()``, with image fetching switched off) and ``resiliparse``
    (``extract_plain_text(html, main_content=True)``). A peer that is not
    installed is skipped with a note. The whole run has the network switched
    off (sockets refuse to connect), so no system can quietly fetch anything.

Run
    .venv/bin/python bench/extract_html.py
    .venv/bin/python bench/extract_html.py --lang en --worst 15
    .venv/bin/python bench/extract_html.py --only wirewatch,wirewatch-fast,trafilatura
    .venv/bin/python bench/extract_html.py --data ../shared/bench/news-metadata-fundus \\
        --only wirewatch,trafilatura --per-page /tmp/pages.tsv
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import logging
import socket
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clean_text import (
    SystemResult,
    filter_language,
    print_parts,
    print_worst,
    score,
    tuned_only,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_BENCH = REPO_ROOT.parent / "shared" / "bench"
# Both sets by default: article-extraction is where the extractor was built,
# news-metadata-fundus (other publishers, two thirds not English) shows how it travels.
DEFAULT_SETS = (SHARED_BENCH / "article-extraction", SHARED_BENCH / "news-metadata-fundus")
PLACEHOLDER_URL = "https://example.invalid/article"
ERRORS_SHOWN_PER_KIND = 5
# Untimed calls per system before the timed run, so that each system's lazy loads
# happen there (see warm_up_pages).
WARM_UP_PAGES = 5
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Elements after which readability's HTML output gets a line break, so words of
# neighbouring paragraphs are not glued into one token by ``text_content()``.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "thead", "tfoot", "tr", "ul",
    }
)  # fmt: skip
CELL_TAGS = frozenset({"td", "th"})
# wirewatch logs each fallback body as a warning; the tables are what the bench reports
NOISY_LOGGERS = (
    "trafilatura",
    "htmldate",
    "courlan",
    "readability",
    "newspaper",
    "jieba",
    "wirewatch",
)


@dataclass
class Page:
    """One benchmark page: id, raw and decoded HTML, gold body and original URL."""

    page_id: str
    html_bytes: bytes
    html: str
    gold: str
    url: str


Extractor = Callable[[Page], str]


# --------------------------------------------------------------------- data


def read_html(path: Path) -> bytes:
    """Decompress one ``.html.gz`` file into bytes."""
    return gzip.decompress(path.read_bytes())


def load_pages(data_dir: Path, limit: int | None) -> list[Page]:
    """Read pages and gold, sorted by id so ``--limit`` picks a stable subset."""
    gold = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages: list[Page] = []
    for page_id in sorted(gold):
        path = data_dir / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            print(f"warning: no HTML file for {page_id}, skipped", file=sys.stderr)
            continue
        raw = read_html(path)
        entry = gold[page_id]
        pages.append(
            Page(
                page_id,
                raw,
                raw.decode("utf-8", errors="replace"),
                entry["articleBody"],
                entry.get("url") or "",
            )
        )
    return pages[:limit] if limit is not None else pages


def check_data_dir(data_dir: Path) -> None:
    """Exit with a clear message when the dataset is not where we look for it."""
    if not (data_dir / "ground-truth.json").is_file() or not (data_dir / "html").is_dir():
        sys.exit(
            f"dataset not found at {data_dir} (need ground-truth.json and html/); pass --data DIR"
        )


# ------------------------------------------------------------ environment


def forbid_network() -> None:
    """Make every socket connection and DNS lookup fail, so no system can fetch anything."""

    def refuse(*args: object, **kwargs: object) -> Any:
        raise ConnectionRefusedError("network access is disabled in this benchmark")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse
    socket.create_connection = refuse


def quiet_peer_logs() -> None:
    """Peers log a warning for every odd page; keep stderr for our own error lines."""
    # newspaper4k warns on import that its optional NLP extra is missing; we do not use it
    warnings.filterwarnings("ignore", message="nltk is not installed")
    # newspaper4k's date parsing warns about time-zone names such as "EST"
    warnings.filterwarnings("ignore", module="dateutil")
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


class ErrorLog:
    """Prints the first few errors of each (system, exception type) and counts the rest."""

    def __init__(self, shown_per_kind: int = ERRORS_SHOWN_PER_KIND) -> None:
        self.shown_per_kind = shown_per_kind
        self.counts: Counter[tuple[str, str]] = Counter()

    def report(self, system: str, page_id: str, exc: BaseException) -> None:
        """Record one failure; print it if this kind has not been shown often yet."""
        kind = (system, type(exc).__name__)
        self.counts[kind] += 1
        if self.counts[kind] <= self.shown_per_kind:
            message = str(exc).splitlines()[0][:200] if str(exc) else ""
            print(f"{system}: {kind[1]} on {page_id}: {message}", file=sys.stderr)

    def summarise(self) -> None:
        """One line per error kind that had more occurrences than were printed."""
        for (system, name), count in sorted(self.counts.items()):
            if count > self.shown_per_kind:
                hidden = count - self.shown_per_kind
                print(f"{system}: {hidden} more {name} not shown ({count} in all)", file=sys.stderr)


# ------------------------------------------------------------ conversions


def html_fragment_to_text(markup: str) -> str:
    """Text of an HTML fragment with a line break around each block element."""
    import lxml.html

    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    for element in root.iter():
        if not isinstance(element.tag, str):  # comments, processing instructions
            continue
        tag = element.tag.lower()
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
        elif tag in CELL_TAGS:
            element.tail = " " + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def newspaper_config() -> Any:
    """A newspaper4k configuration that never touches the network.

    ``download(input_html=...)`` alone does not fetch the page, but ``parse()``
    downloads images to find the top image unless ``fetch_images`` is off, and
    a meta refresh or ``read_more_link`` would be followed; both are off here.
    """
    from newspaper.configuration import Configuration

    config = Configuration()
    config.fetch_images = False
    config.follow_meta_refresh = False
    return config


def parse_newspaper(html: str, url: str, config: Any) -> Any:
    """A parsed ``newspaper.Article`` built from HTML in memory (``download`` fetches nothing)."""
    from newspaper import Article

    article = Article(url or PLACEHOLDER_URL, config=config)
    article.download(input_html=html, ignore_read_more=True)
    article.parse()
    return article


# ------------------------------------------------------------------ systems


def make_wirewatch_fast() -> Extractor:
    """wirewatch without the audit pass (no removed blocks, no related links)."""
    import wirewatch

    settings = wirewatch.Settings(audit_html=False)

    def extract(page: Page) -> str:
        """Body text of wirewatch's Article."""
        return wirewatch.extract(page.html_bytes, url=page.url or None, settings=settings).text

    return extract


def make_wirewatch() -> Extractor:
    """The system under test: bytes in, so its own encoding detection is part of the run."""
    import wirewatch

    def extract(page: Page) -> str:
        """Body text of wirewatch's Article."""
        return wirewatch.extract(page.html_bytes, url=page.url or None).text

    return extract


def make_trafilatura() -> Extractor:
    """trafilatura's default text output, comments left out."""
    import trafilatura

    def extract(page: Page) -> str:
        """Plain text; None (nothing found) becomes the empty string."""
        return trafilatura.extract(page.html, url=page.url or None, include_comments=False) or ""

    return extract


def make_readability() -> Extractor:
    """readability-lxml's main-content HTML, rendered to text block by block."""
    from readability import Document

    def extract(page: Page) -> str:
        """``summary()`` HTML turned into lines of text."""
        return html_fragment_to_text(Document(page.html).summary())

    return extract


def make_newspaper() -> Extractor:
    """newspaper4k fed the HTML in memory (no download, no image fetching)."""
    config = newspaper_config()

    def extract(page: Page) -> str:
        """Body text of the parsed article."""
        return parse_newspaper(page.html, page.url, config).text or ""

    return extract


def make_resiliparse() -> Extractor:
    """Resiliparse's main-content plain-text extraction."""
    from resiliparse.extract.html2text import extract_plain_text

    def extract(page: Page) -> str:
        """Plain text with ``main_content=True`` (other options at their defaults)."""
        return extract_plain_text(page.html, main_content=True)

    return extract


SYSTEMS: dict[str, Callable[[], Extractor]] = {
    "wirewatch": make_wirewatch,
    "wirewatch-fast": make_wirewatch_fast,  # Settings(audit_html=False)
    "trafilatura": make_trafilatura,
    "readability-lxml": make_readability,
    "newspaper4k": make_newspaper,
    "resiliparse": make_resiliparse,
}


def parse_only(value: str | None, known: Iterable[str]) -> list[str]:
    """System names from ``--only`` (comma separated), in table order; exit on unknown names."""
    known = list(known)
    if not value:
        return known
    wanted = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in known]
    if unknown:
        sys.exit(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    return [name for name in known if name in wanted]


def build_systems(
    names: list[str], factories: dict[str, Callable[[], Any]]
) -> list[tuple[str, Any]]:
    """Instantiate the chosen systems; a peer that cannot be imported is skipped with a note."""
    built = []
    for name in names:
        try:
            built.append((name, factories[name]()))
        except ImportError as exc:
            print(f"{name} skipped: {exc}", file=sys.stderr)
    return built


def warm_up_pages(pages: list[Page]) -> list[Page]:
    """The first pages, and the first page that declares no language if they all do.

    A page without a declared language makes a system load what it needs to
    guess one (wirewatch's language model: 0.95 s, once a process). Left to
    the timed run, that load weighed 6 ms a page on news-metadata-fundus,
    where the first such page is the 15th, and the system that met it first
    paid it all; pages/s is meant to be the rate of a long crawl.
    """
    chosen = pages[:WARM_UP_PAGES]
    if all(declares_language(page.html) for page in chosen):
        chosen += next(([page] for page in pages if not declares_language(page.html)), [])
    return chosen


def declares_language(html: str) -> bool:
    """Whether the page's root element or a Content-Language meta tag names its language."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return True  # nothing to warm up on
    if root.get("lang") or root.get(XML_LANG):
        return True
    return any(
        (meta.get("http-equiv") or "").lower() == "content-language" and meta.get("content")
        for meta in root.iter("meta")
    )


def run_systems(
    systems: list[tuple[str, Extractor]], pages: list[Page], errors: ErrorLog
) -> list[SystemResult]:
    """Every system on every page, timing only the calls; failures become empty predictions.

    The systems take turns page by page, so a load that comes and goes on a
    shared machine slows them alike and the pages/s of one run compare; who
    goes first rotates from page to page, as the first call on a page runs
    slower (measured: 10-15% for any system, with cold caches and the
    garbage the previous page left to collect).
    """
    results = [SystemResult(name) for name, _ in systems]
    for _, extract in systems:
        for page in warm_up_pages(pages):
            with contextlib.suppress(Exception):  # untimed; the timed run reports failures
                extract(page)
    turns = list(zip(results, systems, strict=True))
    for number, page in enumerate(pages):
        first = number % len(turns)
        for result, (name, extract) in turns[first:] + turns[:first]:
            start = time.perf_counter()
            failed = True
            try:
                prediction, failed = extract(page), False
            except Exception as exc:  # noqa: BLE001 - a benchmark must finish; it is reported
                prediction = ""
                errors.report(name, page.page_id, exc)
            seconds = time.perf_counter() - start
            result.record(page.page_id, score(prediction, page.gold), seconds, error=failed)
    return results


# ------------------------------------------------------------------- output


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options; see the module docstring for examples."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        help="dataset directory, repeatable (default: "
        + ", ".join(str(path) for path in DEFAULT_SETS)
        + ")",
    )
    parser.add_argument(
        "--only", metavar="NAME[,NAME]", help=f"run only these systems: {', '.join(SYSTEMS)}"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each set, by id")
    parser.add_argument(
        "--lang", help="only pages whose gold body py3langid classifies as this language (e.g. en)"
    )
    parser.add_argument(
        "--per-page", type=Path, metavar="FILE", help="write set, page_id, system, P, R, F1 as TSV"
    )
    parser.add_argument(
        "--worst",
        type=int,
        metavar="N",
        help="print the N tuned-part pages with the lowest wirewatch F1 (kept pages are never shown)",
    )
    return parser.parse_args(argv)


def run_set(
    data_dir: Path, args: argparse.Namespace, systems: list[tuple[str, Extractor]]
) -> list[SystemResult]:
    """Every system on one set's pages; the table of each part and the optional extras."""
    check_data_dir(data_dir)
    pages = load_pages(data_dir, args.limit)
    if args.lang:
        pages = filter_language(pages, args.lang, lambda p: p.gold)
    if not pages:
        print(f"{data_dir.name}: no pages to score (check --limit / --lang)", file=sys.stderr)
        return []
    errors = ErrorLog()
    results = run_systems(systems, pages, errors)
    errors.summarise()
    print_parts(results, [page.page_id for page in pages], data_dir.name)
    wirewatch = next((r for r in results if r.name == "wirewatch"), None)
    if args.worst and wirewatch is None:
        print("\n--worst needs wirewatch among the systems run", file=sys.stderr)
    elif args.worst and wirewatch is not None:
        ids = [page.page_id for page in pages]
        print_worst(tuned_only(wirewatch, ids), pages, args.worst)
    return results


def main(argv: list[str] | None = None) -> int:
    """Load each set, run every chosen system on it, print the tables and the optional extras."""
    args = parse_args(argv)
    names = parse_only(args.only, SYSTEMS)
    forbid_network()
    quiet_peer_logs()
    systems = build_systems(names, SYSTEMS)
    per_set: list[tuple[str, list[SystemResult]]] = []
    for data_dir in args.data or DEFAULT_SETS:
        per_set.append((data_dir.resolve().name, run_set(data_dir.resolve(), args, systems)))
    if args.per_page:
        write_sets_per_page(per_set, args.per_page)
        print(f"\nper-page scores written to {args.per_page}")
    return 0


def write_sets_per_page(per_set: list[tuple[str, list[SystemResult]]], path: Path) -> None:
    """A TSV of every set, page and system, for sorting and diffing outside this script."""
    with path.open("w", encoding="utf-8") as out:
        out.write("set\tpage_id\tsystem\tP\tR\tF1\n")
        for set_name, results in per_set:
            for r in results:
                for page_id, s in r.scores.items():
                    out.write(
                        f"{set_name}\t{page_id}\t{r.name}\t{s.precision:.4f}\t{s.recall:.4f}"
                        f"\t{s.f1:.4f}\n"
                    )


if __name__ == "__main__":
    sys.exit(main())
