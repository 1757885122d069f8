"""Benchmark article metadata from HTML: title, authors, publication date and body.

Data
    ``news-metadata-fundus`` (see its README.md): 132 news pages from about 150
    publishers in 41 country folders (about two thirds not in English), taken
    from the test fixtures of fundus (flairNLP, MIT licensed; the pages
    themselves are third-party web content). ``html/<page_id>.html.gz`` is the
    input; ``ground-truth.json`` maps ``page_id`` to ``{url, publisher,
    country, title, authors, publishing_date, articleBody, ...}``. By default
    the directory is ``../shared/bench/news-metadata-fundus`` relative to the
    repository root; pass ``--data DIR`` to point elsewhere.

    Caveat: this is SILVER ground truth, the output of fundus's hand-written
    per-publisher parsers reviewed as test fixtures, not an independent
    annotation. Known slips include an AP author ``"ociated Press"``, one
    day/month-swapped date and publisher names given as authors; the body
    follows fundus's idea of the body (captions usually left out). Read small
    differences between systems with that in mind.

Metrics (each over the pages whose gold field is non-empty)
    * title exact: equal after Unicode NFC, whitespace collapse and strip
      (case-sensitive); title lenient: also casefolded, with punctuation
      stripped at both ends;
    * author F1: per page, P/R/F1 of the set of author names (NFC, casefold,
      whitespace collapse), mean over pages; no prediction scores 0;
    * date (day): the predicted value's YYYY-MM-DD equals the gold's, as
      written (no time-zone conversion); a missing prediction is wrong;
    * body F1: the token F1 of ``clean_text.py`` / ``extract_html.py``
      against ``articleBody``;
    * pages/s of the extraction call alone (untimed warm-up calls on the first
      five pages first, as in ``extract_html.py``).
    An exception counts as one error and a page with every field empty.

Systems
    ``wirewatch`` (``wirewatch.extract(html_bytes, url=url)``: ``.title``,
    ``.authors``, ``.published``, ``.text``), ``wirewatch-text`` (the page
    rendered to text as ``clean_text.py`` renders it, then
    ``wirewatch.clean.clean_text``: the header as the text path reads it; its
    pages/s include the rendering), ``wirewatch-inscriptis`` (the same with the
    page rendered by inscriptis, as the text sets were made), ``trafilatura``
    (``bare_extraction(html, url=url, with_metadata=True,
    include_comments=False)``, a ``Document`` whose ``.author`` is one string
    with names separated by ``"; "``) and ``newspaper4k`` (``title``,
    ``authors``, ``publish_date``, ``text``; HTML passed in memory, image
    fetching off). The network is switched off for the whole run.

Run
    .venv/bin/python bench/metadata.py
    .venv/bin/python bench/metadata.py --english --misses 10
    .venv/bin/python bench/metadata.py --only wirewatch --per-page /tmp/meta.tsv
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from clean_text import filter_language, render_html, score, tidy_lines
from extract_html import (
    WARM_UP_PAGES,
    ErrorLog,
    build_systems,
    check_data_dir,
    forbid_network,
    newspaper_config,
    parse_newspaper,
    parse_only,
    quiet_peer_logs,
    read_html,
)
from heldout import is_kept, parts

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench" / "news-metadata-fundus"
DAY_RE = re.compile(r"(\d{4}-\d{2}-\d{2})")
METRICS = ("title_exact", "title_lenient", "author_f1", "date_ok", "body_f1")


@dataclass
class MetaPage:
    """One page: id, raw and decoded HTML, URL and the silver gold fields."""

    page_id: str
    html_bytes: bytes
    html: str
    url: str
    title: str
    authors: list[str]
    published: str
    body: str


@dataclass
class Prediction:
    """What a system read from one page; empty fields mean 'not found'."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Any = None  # ISO string, datetime or date, as the system gives it
    text: str = ""


@dataclass
class Outcome:
    """Scores of one prediction; None where the gold field is empty (page not counted)."""

    prediction: Prediction
    title_exact: bool | None
    title_lenient: bool | None
    author_f1: float | None
    date_ok: bool | None
    body_f1: float | None


@dataclass
class MetaResult:
    """Everything measured for one system over all pages."""

    name: str
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    seconds: float = 0.0
    errors: int = 0
    page_seconds: dict[str, float] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)

    def subset(self, page_ids: Iterable[str]) -> MetaResult:
        """The same system's figures over some pages only (a tuned or kept part)."""
        part = MetaResult(self.name)
        for page_id in page_ids:
            part.outcomes[page_id] = self.outcomes[page_id]
            part.page_seconds[page_id] = self.page_seconds[page_id]
            part.seconds += self.page_seconds[page_id]
            if page_id in self.failed:
                part.failed.add(page_id)
                part.errors += 1
        return part

    def mean(self, metric: str) -> float:
        """Mean of one metric over the pages where it applies (0 if none)."""
        values = [getattr(o, metric) for o in self.outcomes.values()]
        values = [float(v) for v in values if v is not None]
        return sum(values) / len(values) if values else 0.0

    def pages_per_second(self) -> float:
        """Throughput of the extraction calls alone; inf if they took no measurable time."""
        return len(self.outcomes) / self.seconds if self.seconds > 0 else float("inf")


MetaExtractor = Callable[[MetaPage], Prediction]


# --------------------------------------------------------------------- data


def load_pages(data_dir: Path, limit: int | None) -> list[MetaPage]:
    """Read pages and gold, sorted by id so ``--limit`` picks a stable subset."""
    gold = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages: list[MetaPage] = []
    for page_id in sorted(gold):
        path = data_dir / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            print(f"warning: no HTML file for {page_id}, skipped", file=sys.stderr)
            continue
        raw = read_html(path)
        entry = gold[page_id]
        pages.append(
            MetaPage(
                page_id=page_id,
                html_bytes=raw,
                html=raw.decode("utf-8", errors="replace"),
                url=entry.get("url") or "",
                title=entry.get("title") or "",
                authors=list(entry.get("authors") or []),
                published=entry.get("publishing_date") or "",
                body=entry.get("articleBody") or "",
            )
        )
    return pages[:limit] if limit is not None else pages


# -------------------------------------------------------------- normalising


def collapse(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def strip_end_punctuation(text: str) -> str:
    """Drop punctuation and spaces at both ends (quotes, dashes, full stops...)."""

    def is_edge(char: str) -> bool:
        return char.isspace() or unicodedata.category(char).startswith("P")

    start, end = 0, len(text)
    while start < end and is_edge(text[start]):
        start += 1
    while end > start and is_edge(text[end - 1]):
        end -= 1
    return text[start:end]


def lenient_title(text: str) -> str:
    """Title compared leniently: collapsed, casefolded, punctuation at the ends removed."""
    return strip_end_punctuation(collapse(text).casefold())


def author_key(name: str) -> str:
    """One author name as compared: collapsed and casefolded."""
    return collapse(name).casefold()


def day_of(value: Any) -> str | None:
    """The YYYY-MM-DD of a date given as ISO text, datetime or date, as written (no tz shift)."""
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    match = DAY_RE.match(str(value).strip())
    return match.group(1) if match else None


# ------------------------------------------------------------------ scoring


def author_f1(predicted: Iterable[str], gold: Iterable[str]) -> float | None:
    """F1 of the two sets of normalised names; None when the gold has no authors."""
    gold_set = {author_key(name) for name in gold} - {""}
    if not gold_set:
        return None
    pred_set = {author_key(name) for name in predicted} - {""}
    overlap = len(pred_set & gold_set)
    if not overlap:
        return 0.0
    precision, recall = overlap / len(pred_set), overlap / len(gold_set)
    return 2 * precision * recall / (precision + recall)


def evaluate(prediction: Prediction, page: MetaPage) -> Outcome:
    """Score every field of one prediction against the page's gold."""
    title_exact = title_lenient = None
    if collapse(page.title):
        predicted = prediction.title or ""
        title_exact = bool(predicted) and collapse(predicted) == collapse(page.title)
        title_lenient = bool(predicted) and lenient_title(predicted) == lenient_title(page.title)
    gold_day = day_of(page.published)
    date_ok = None if gold_day is None else day_of(prediction.published) == gold_day
    body_f1 = score(prediction.text, page.body).f1 if page.body.strip() else None
    return Outcome(
        prediction,
        title_exact,
        title_lenient,
        author_f1(prediction.authors, page.authors),
        date_ok,
        body_f1,
    )


# ------------------------------------------------------------------ systems


def make_wirewatch() -> MetaExtractor:
    """The system under test, given the page as bytes."""
    import wirewatch

    def extract(page: MetaPage) -> Prediction:
        """Fields of wirewatch's Article."""
        article = wirewatch.extract(page.html_bytes, url=page.url or None)
        return Prediction(article.title, list(article.authors), article.published, article.text)

    return extract


def make_wirewatch_text() -> MetaExtractor:
    """wirewatch's text cleaner on the page rendered to text as ``clean_text.py`` renders
    it (menus and footers kept): the header as the text path reads it."""
    from wirewatch.clean import clean_text as clean

    def extract(page: MetaPage) -> Prediction:
        """Fields of the text cleaner's Article."""
        article = clean(render_html(page.html), url=page.url or None)
        return Prediction(article.title, list(article.authors), article.published, article.text)

    return extract


def make_wirewatch_inscriptis() -> MetaExtractor:
    """wirewatch's text cleaner on the page as inscriptis renders it, as the text sets
    (article-extraction-text, and the unseen text pages) were made: its lists' bullets and
    line breaks differ from lxml's, and the header is read from them."""
    import inscriptis

    from wirewatch.clean import clean_text as clean

    def extract(page: MetaPage) -> Prediction:
        """Fields of the text cleaner's Article."""
        article = clean(tidy_lines(inscriptis.get_text(page.html)), url=page.url or None)
        return Prediction(article.title, list(article.authors), article.published, article.text)

    return extract


def make_trafilatura() -> MetaExtractor:
    """trafilatura 2.x ``bare_extraction`` with metadata, comments left out."""
    import trafilatura
    from trafilatura.settings import Document

    def extract(page: MetaPage) -> Prediction:
        """Fields of the returned Document; None (nothing found) is an empty prediction."""
        document = trafilatura.bare_extraction(
            page.html, url=page.url or None, with_metadata=True, include_comments=False
        )
        if not isinstance(document, Document):  # None: nothing found (a dict only with as_dict)
            return Prediction()
        authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
        return Prediction(document.title, authors, document.date, document.text or "")

    return extract


def make_newspaper() -> MetaExtractor:
    """newspaper4k fed the HTML in memory (no download, no image fetching)."""
    config = newspaper_config()

    def extract(page: MetaPage) -> Prediction:
        """Fields of the parsed article; ``publish_date`` is a datetime or None."""
        article = parse_newspaper(page.html, page.url, config)
        return Prediction(
            article.title, list(article.authors), article.publish_date, article.text or ""
        )

    return extract


SYSTEMS: dict[str, Callable[[], MetaExtractor]] = {
    "wirewatch": make_wirewatch,
    "wirewatch-text": make_wirewatch_text,  # the same page rendered to text first
    "wirewatch-inscriptis": make_wirewatch_inscriptis,  # rendered by inscriptis instead
    "trafilatura": make_trafilatura,
    "newspaper4k": make_newspaper,
}


def run_system(
    name: str, extract: MetaExtractor, pages: list[MetaPage], errors: ErrorLog
) -> MetaResult:
    """Run one system on every page, timing only the call; a failure is an empty prediction."""
    result = MetaResult(name)
    for page in pages[:WARM_UP_PAGES]:  # untimed, so lazy loads stay out of the timing
        with contextlib.suppress(Exception):  # the timed run reports failures
            extract(page)
    for page in pages:
        start = time.perf_counter()
        try:
            prediction = extract(page)
        except Exception as exc:  # noqa: BLE001 - a benchmark must finish; the failure is reported
            prediction = Prediction()
            result.errors += 1
            result.failed.add(page.page_id)
            errors.report(name, page.page_id, exc)
        seconds = time.perf_counter() - start
        result.seconds += seconds
        result.page_seconds[page.page_id] = seconds
        result.outcomes[page.page_id] = evaluate(prediction, page)
    return result


# ------------------------------------------------------------------- output


def print_table(results: list[MetaResult], pages: list[MetaPage]) -> None:
    """One aligned table, then how many pages each metric was computed on."""
    width = max([len("system")] + [len(r.name) for r in results])
    header = (
        f"{'system':<{width}} {'title exact':>11} {'title lenient':>13} {'author F1':>9} "
        f"{'date (day)':>10} {'body F1':>7} {'pages/s':>8} {'errors':>6}"
    )
    print(f"{len(pages)} pages")
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.name:<{width}} {r.mean('title_exact'):>11.3f} {r.mean('title_lenient'):>13.3f} "
            f"{r.mean('author_f1'):>9.3f} {r.mean('date_ok'):>10.3f} {r.mean('body_f1'):>7.3f} "
            f"{r.pages_per_second():>8.1f} {r.errors:>6}"
        )
    if results:
        counts = {
            metric: sum(getattr(o, metric) is not None for o in results[0].outcomes.values())
            for metric in ("title_exact", "author_f1", "date_ok", "body_f1")
        }
        print(
            f"pages per metric: title {counts['title_exact']}, authors {counts['author_f1']}, "
            f"date {counts['date_ok']}, body {counts['body_f1']}"
        )


def print_parts(results: list[MetaResult], pages: list[MetaPage]) -> None:
    """The table for the tuned part, the kept part (``heldout.is_kept``) and all pages."""
    for part, chosen in parts(pages, lambda page: page.page_id):
        print(f"\n{part} part:")
        ids = [page.page_id for page in chosen]
        print_table([result.subset(ids) for result in results], chosen)


def print_misses(result: MetaResult, pages: list[MetaPage], n: int) -> None:
    """The first N tuned-part pages (by id) with a title not exactly matched or a wrong day;
    pages of the kept part are never shown, so no rule is chosen to suit them."""
    shown = 0
    print(f"\nfirst misses for {result.name} in the tuned part (title not exact, or wrong day):")
    for page in (page for page in pages if not is_kept(page.page_id)):
        outcome = result.outcomes[page.page_id]
        title_miss, date_miss = outcome.title_exact is False, outcome.date_ok is False
        if not (title_miss or date_miss):
            continue
        print(f"{page.page_id}  {page.url}")
        if title_miss:
            print(f"  title gold: {collapse(page.title)!r}")
            print(f"        pred: {outcome.prediction.title!r}")
        if date_miss:
            predicted = outcome.prediction.published
            print(f"  date  gold: {page.published!r}  pred: {predicted!r}")
        shown += 1
        if shown >= n:
            break
    if not shown:
        print("  none")


def write_per_page(results: list[MetaResult], path: Path) -> None:
    """A TSV of every page and system (empty cell: gold field empty, metric not computed)."""

    def cell(value: bool | float | None) -> str:
        return "" if value is None else f"{float(value):.4f}"

    with path.open("w", encoding="utf-8") as out:
        out.write("page_id\tsystem\t" + "\t".join(METRICS) + "\n")
        for r in results:
            for page_id, o in r.outcomes.items():
                values = "\t".join(cell(getattr(o, metric)) for metric in METRICS)
                out.write(f"{page_id}\t{r.name}\t{values}\n")


# --------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options; see the module docstring for examples."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help=f"dataset directory (default: {DEFAULT_DATA})",
    )
    parser.add_argument(
        "--only", metavar="NAME[,NAME]", help=f"run only these systems: {', '.join(SYSTEMS)}"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages, sorted by id")
    parser.add_argument(
        "--lang",
        help="only pages whose gold body py3langid classifies as this language (e.g. en); "
        "the country folder says nothing reliable about the language",
    )
    parser.add_argument("--english", action="store_true", help="shortcut for --lang en")
    parser.add_argument(
        "--per-page", type=Path, metavar="FILE", help="write every page's scores per system as TSV"
    )
    parser.add_argument(
        "--misses",
        type=int,
        metavar="N",
        help="print wirewatch's first N pages with a wrong title or date, gold vs predicted",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Load data, run every chosen system, print the table and the optional extras."""
    args = parse_args(argv)
    if args.english:
        if args.lang and args.lang != "en":
            sys.exit("--english contradicts --lang " + args.lang)
        args.lang = "en"
    names = parse_only(args.only, SYSTEMS)
    data_dir: Path = args.data.resolve()
    check_data_dir(data_dir)
    pages = load_pages(data_dir, args.limit)
    if args.lang:
        pages = filter_language(pages, args.lang, lambda p: p.body)
    if not pages:
        sys.exit("no pages to score (check --limit / --lang)")

    forbid_network()
    quiet_peer_logs()
    errors = ErrorLog()
    results = [
        run_system(name, extract, pages, errors) for name, extract in build_systems(names, SYSTEMS)
    ]
    errors.summarise()
    print_parts(results, pages)
    if args.misses:
        ours = [r for r in results if r.name.startswith("wirewatch")]
        wirewatch = ours[0] if ours else None  # the HTML path's, if both were run
        if wirewatch is None:
            print(
                "\n--misses needs wirewatch or wirewatch-text among the systems run",
                file=sys.stderr,
            )
        else:
            print_misses(wirewatch, pages, args.misses)
    if args.per_page:
        write_per_page(results, args.per_page)
        print(f"\nper-page scores written to {args.per_page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
