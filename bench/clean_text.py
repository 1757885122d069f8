"""Benchmark wirewatch's plain-text cleaner against gold article bodies.

Data
    ``article-extraction-text`` (see its README.md): 181 news pages rendered
    to plain text with inscriptis, so menus, share prompts, "Related" lists,
    captions and footers are still in the text. ``text/<page_id>.txt`` is the
    input, ``ground-truth.json`` maps ``page_id`` to ``{"articleBody", "url"}``.
    Also by default, ``news-metadata-fundus`` (132 pages of other publishers,
    two thirds not in English, silver bodies): it has only HTML, so each page
    is rendered to plain text first (``render_html_page``: one line per block
    element, scripts and styles dropped, nothing else), which keeps its menus,
    share prompts and footers as the text set does. And ``article-extraction``
    (the same 181 pages as the text set, from their HTML) rendered the same
    way: a second rendering of the text set's pages, whose lines break and
    join where lxml's do, not where inscriptis's do (a rule that holds on one
    rendering and not the other is fitted to the renderer). If inscriptis is
    installed, news-metadata-fundus is also rendered the way the text set was
    made (``render_with_inscriptis``), and by resiliparse (``render_with_resiliparse``, a
    third renderer whose lines break elsewhere again). And three sets of clean articles, each its own
    gold (``clean_articles.py``: ``geoparsing``'s GeoWebNews texts, ``article-events``'
    articles and ``timex``'s TimeBank and AQUAINT stories): a cleaner should hand a
    story without junk back whole, and what it cuts there it cuts from stories on pages
    too; and the same articles hard-wrapped at 72 columns, as plain-text mail, wire copy
    and text taken from a PDF come. All are looked for
    in ``../shared/bench/``; ``--data DIR`` (repeatable) points elsewhere. Each
    set is reported as its tuned part, its kept part (``heldout.is_kept``,
    never read page by page) and all pages.

Metric
    Bag-of-tokens precision, recall and F1 per page, then the mean over pages.
    Tokens are ``re.findall(r"\\w+", s.lower())``; overlap is the multiset
    (``Counter``) intersection, so a repeated menu word is penalised each time
    it appears. Both empty: P = R = F1 = 1. Empty prediction with a non-empty
    gold: P = R = F1 = 0. A system that raises counts as an empty prediction
    and as one error. Pages/s times only the extraction call, not scoring,
    after one untimed warm-up call per system.

Systems
    ``no cleaning`` (the raw text: the floor, recall 1), ``wirewatch``
    (``wirewatch.clean.clean_text``) and, if installed, ``jusText`` given the
    text lines as ``<p>`` paragraphs with the English stoplist.

Run
    .venv/bin/python bench/clean_text.py
    .venv/bin/python bench/clean_text.py --worst 15 --per-page /tmp/pages.tsv
    .venv/bin/python bench/clean_text.py --lang en --limit 50
    .venv/bin/python bench/clean_text.py --data ../shared/bench/news-metadata-fundus
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clean_articles import WRAP_COLUMNS, has_clean_articles, load_clean_articles, wrapped

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_BENCH = REPO_ROOT.parent / "shared" / "bench"
# The text set, and the fundus pages rendered to text (their publishers were not
# among those the cleaner was built on).
# A set with only HTML is rendered by lxml (always) or inscriptis (the renderer
# article-extraction-text was made with, when installed: ``pip install -e .[bench]``).
DEFAULT_SETS: tuple[tuple[Path, str], ...] = (
    (SHARED_BENCH / "article-extraction-text", "lxml"),
    (SHARED_BENCH / "news-metadata-fundus", "lxml"),
    (SHARED_BENCH / "news-metadata-fundus", "inscriptis"),
    (SHARED_BENCH / "news-metadata-fundus", "resiliparse"),
    (SHARED_BENCH / "article-extraction", "lxml"),
    # Clean articles, their own gold: how much of a story without junk the cleaner keeps.
    (SHARED_BENCH / "geoparsing", "clean"),
    (SHARED_BENCH / "article-events", "clean"),
    (SHARED_BENCH / "timex", "clean"),
    # The same, hard-wrapped as plain-text mail and wire copy are.
    (SHARED_BENCH / "geoparsing", "wrapped"),
    (SHARED_BENCH / "article-events", "wrapped"),
    (SHARED_BENCH / "timex", "wrapped"),
)
RENDERERS = ("lxml", "inscriptis", "resiliparse", "clean", "wrapped")
CLEAN_RENDERINGS = ("clean", "wrapped")
TOKEN_RE = re.compile(r"\w+")

Extractor = Callable[[str, Path], str]


@dataclass
class Page:
    """One benchmark page: its id, input file, raw text, gold body and original URL."""

    page_id: str
    path: Path
    text: str
    gold: str
    url: str


@dataclass
class Score:
    """Precision, recall and F1 of one prediction against one gold body."""

    precision: float
    recall: float
    f1: float


@dataclass
class SystemResult:
    """Everything measured for one system over all pages."""

    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    set_name: str = ""
    seconds: float = 0.0
    errors: int = 0
    page_seconds: dict[str, float] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)

    def record(self, page_id: str, result: Score, seconds: float, *, error: bool = False) -> None:
        """One page's score, the time its extraction call took and whether it raised."""
        self.scores[page_id] = result
        self.page_seconds[page_id] = seconds
        self.seconds += seconds
        if error:
            self.failed.add(page_id)
            self.errors += 1

    def subset(self, page_ids: Iterable[str]) -> SystemResult:
        """The same system's figures over some pages only (a tuned or kept part)."""
        part = SystemResult(self.name)
        for page_id in page_ids:
            if page_id in self.scores:
                part.record(
                    page_id,
                    self.scores[page_id],
                    self.page_seconds[page_id],
                    error=page_id in self.failed,
                )
        return part

    def mean(self, attr: str) -> float:
        """Mean of one score attribute over pages (0 if no pages were scored)."""
        values = [getattr(s, attr) for s in self.scores.values()]
        return sum(values) / len(values) if values else 0.0

    def pages_per_second(self) -> float:
        """Throughput of the extraction calls alone; inf if they took no measurable time."""
        return len(self.scores) / self.seconds if self.seconds > 0 else float("inf")


# --------------------------------------------------------------------- data


def load_pages(data_dir: Path, limit: int | None, renderer: str = "lxml") -> list[Page]:
    """Read inputs and gold, sorted by id so ``--limit`` picks a stable subset.

    A set with ``text/`` is read as it is; a set with only ``html/`` (such as
    news-metadata-fundus) is rendered to text by :func:`render_html_page`, or by
    :func:`render_with_inscriptis` when ``renderer`` is ``"inscriptis"``. A set of
    clean articles (``renderer`` ``"clean"``, see ``clean_articles.py``) is its own gold.
    """
    if renderer in CLEAN_RENDERINGS:
        shown = wrapped if renderer == "wrapped" else str
        articles = [
            Page(i, path, shown(text), text, url)
            for i, path, text, url in load_clean_articles(data_dir)
        ]
        return articles[:limit] if limit is not None else articles
    gold = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    rendered = not (data_dir / "text").is_dir()
    pages: list[Page] = []
    for page_id in sorted(gold):
        path = data_dir / ("html" if rendered else "text") / f"{page_id}.{SUFFIX[rendered]}"
        if not path.is_file():
            print(f"warning: no input file for {page_id}, skipped", file=sys.stderr)
            continue
        entry = gold[page_id]
        if not rendered:
            text = path.read_text(encoding="utf-8")
        elif renderer == "inscriptis":
            text = render_with_inscriptis(path)
        elif renderer == "resiliparse":
            text = render_with_resiliparse(path)
        else:
            text = render_html_page(path)
        pages.append(Page(page_id, path, text, entry["articleBody"], entry.get("url", "")))
    return pages[:limit] if limit is not None else pages


SUFFIX = {False: "txt", True: "html.gz"}
# What a reader never sees; everything else, menus and footers included, is rendered.
UNSEEN_TAGS = ("head", "script", "style", "noscript", "template", "svg", "iframe")
LINE_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tr", "ul",
    }
)  # fmt: skip


def render_html_page(path: Path) -> str:
    """The whole page as plain text, the way article-extraction-text was made with inscriptis:
    one line per block element, runs of spaces collapsed, at most one blank line in a row.

    lxml, not inscriptis (not a dependency): no CSS is applied, so this text keeps
    what inscriptis keeps (menus, share prompts, related lists, footers) and also
    elements that a style sheet hides.
    """
    return render_html(read_markup(path))


def read_markup(path: Path) -> str:
    """A stored page's markup: the gzipped file decoded as UTF-8, bad bytes replaced."""
    import gzip

    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def render_html(raw: str) -> str:
    """The page's markup as plain text, as :func:`render_html_page` renders a file."""
    import lxml.html

    root = lxml.html.document_fromstring(raw)
    for element in list(root.iter(*UNSEEN_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in LINE_TAGS:
            element.tail = "\n\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    return tidy_lines(root.text_content())


def tidy_lines(text: str) -> str:
    """Each line stripped with its runs of spaces collapsed, runs of blank lines collapsed
    to one: what both renderings do to their renderer's text."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def render_with_inscriptis(path: Path) -> str:
    """The whole page as article-extraction-text's README says it was made:
    ``inscriptis.get_text`` with its default configuration, each line stripped with
    its runs of spaces collapsed, runs of blank lines collapsed to one.

    inscriptis applies the default HTML style sheet (lists get bullets, tables
    padded cells, ``display: none`` in a ``style`` attribute is honoured), so its
    lines break and join elsewhere than :func:`render_html`'s.
    """
    import inscriptis

    return tidy_lines(inscriptis.get_text(read_markup(path)))


def render_with_resiliparse(path: Path) -> str:
    """The whole page as resiliparse renders it (``extract_plain_text`` without its
    main-content filter): a third renderer, in C++, whose lines break where neither
    lxml's nor inscriptis's do (list items bulleted with "•", a table's cells on one line,
    no alternative texts or link targets), tidied as the others are.
    """
    from resiliparse.extract.html2text import extract_plain_text

    text = extract_plain_text(
        read_markup(path), main_content=False, alt_texts=False, links=False, list_bullets=True
    )
    return tidy_lines(str(text))


def filter_language(pages: list[Any], lang: str, text_of: Callable[[Any], str]) -> list[Any]:
    """Keep pages whose gold body ``py3langid`` classifies as ``lang`` (the gold is clean text)."""
    try:
        import py3langid
    except ImportError:
        sys.exit("--lang needs py3langid: .venv/bin/pip install py3langid")
    return [p for p in pages if py3langid.classify(text_of(p))[0] == lang]


# ------------------------------------------------------------------ scoring


def tokens(text: str) -> Counter[str]:
    """Lowercase word tokens as a multiset, so repeated boilerplate words count each time."""
    return Counter(TOKEN_RE.findall(text.lower()))


def score(prediction: str, gold: str) -> Score:
    """Bag-of-tokens P/R/F1 with the agreed edge cases for empty texts."""
    pred_tokens, gold_tokens = tokens(prediction), tokens(gold)
    n_pred, n_gold = sum(pred_tokens.values()), sum(gold_tokens.values())
    if n_pred == 0 and n_gold == 0:
        return Score(1.0, 1.0, 1.0)
    if n_pred == 0 or n_gold == 0:
        return Score(0.0, 0.0, 0.0)
    overlap = sum((pred_tokens & gold_tokens).values())
    precision, recall = overlap / n_pred, overlap / n_gold
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return Score(precision, recall, f1)


# ------------------------------------------------------------------ systems


def no_cleaning(text: str, path: Path) -> str:
    """The raw text: the floor every cleaner must beat (recall 1, low precision)."""
    return text


def wirewatch_extract(text: str, path: Path) -> str:
    """The system under test; ``source`` makes its error messages name the page."""
    from wirewatch.clean import clean_text

    return clean_text(text, source=str(path)).text


def make_justext() -> Extractor | None:
    """Build the jusText baseline, or None if it cannot be imported (it is optional)."""
    try:
        import justext
    except ImportError as exc:
        print(
            f"jusText skipped ({exc}); to include it: "
            ".venv/bin/pip install justext lxml_html_clean",
            file=sys.stderr,
        )
        return None
    stoplist = justext.get_stoplist("English")

    def extract(text: str, path: Path) -> str:
        """Each non-blank line becomes a <p>, since jusText classifies HTML paragraphs."""
        paragraphs = "".join(
            f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip()
        )
        if not paragraphs:
            return ""
        document = f"<html><body>\n{paragraphs}</body></html>"
        kept = justext.justext(document, stoplist)
        return "\n\n".join(p.text for p in kept if not p.is_boilerplate)

    return extract


def systems() -> list[tuple[str, Extractor]]:
    """Systems in table order; optional baselines are left out when unavailable."""
    found: list[tuple[str, Extractor]] = [
        ("no cleaning", no_cleaning),
        ("wirewatch", wirewatch_extract),
    ]
    justext_extract = make_justext()
    if justext_extract is not None:
        found.append(("jusText", justext_extract))
    return found


def run_system(name: str, extract: Extractor, pages: Iterable[Page]) -> SystemResult:
    """Run one system on every page, timing only the call; failures become empty predictions."""
    from wirewatch.errors import WirewatchError

    result = SystemResult(name)
    pages = list(pages)
    if pages:  # warm-up, untimed: the first stop-word list imports spaCy (about 4 s, once)
        with contextlib.suppress(Exception):
            extract(pages[0].text, pages[0].path)
    for page in pages:
        start = time.perf_counter()
        failed = True
        try:
            prediction, failed = extract(page.text, page.path), False
        except WirewatchError:
            prediction = ""
        except Exception as exc:  # noqa: BLE001 - a benchmark must finish; the bug is reported
            prediction = ""
            print(
                f"{name}: unexpected {type(exc).__name__} on {page.page_id}: {exc}", file=sys.stderr
            )
        seconds = time.perf_counter() - start
        result.record(page.page_id, score(prediction, page.gold), seconds, error=failed)
    return result


# ------------------------------------------------------------------- output


def print_table(results: list[SystemResult], n_pages: int) -> None:
    """One aligned table so systems compare at a glance."""
    width = max([len("system")] + [len(r.name) for r in results])
    print(f"{n_pages} pages")
    header = f"{'system':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>9} {'errors':>6}"
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.name:<{width}} {r.mean('precision'):>6.3f} {r.mean('recall'):>6.3f} "
            f"{r.mean('f1'):>6.3f} {r.pages_per_second():>9.1f} {r.errors:>6}"
        )


def print_parts(results: list[SystemResult], page_ids: list[str], title: str) -> None:
    """One table per part of the set (tuned, kept, all), systems side by side in each.

    The kept third (``heldout.is_kept``) is never looked at page by page, so its
    row is the honest figure for pages the rules were not chosen on.
    """
    from heldout import parts

    for part, chosen in parts(page_ids, lambda page_id: page_id):
        print(f"\n{title}, {part} part:")
        print_table([result.subset(chosen) for result in results], len(chosen))


def tuned_only(result: SystemResult, page_ids: Iterable[str]) -> SystemResult:
    """The result over the tuned part alone: the only pages whose errors are read one by one."""
    from heldout import is_kept

    return result.subset(page_id for page_id in page_ids if not is_kept(page_id))


def print_worst(result: SystemResult, pages: list[Page], n: int) -> None:
    """The lowest-F1 pages point at what the cleaner gets wrong; URL helps recognise the site."""
    url_of = {p.page_id: p.url for p in pages}
    worst = sorted(result.scores.items(), key=lambda item: (item[1].f1, item[0]))[:n]
    print(f"\nworst {len(worst)} pages for {result.name} (by F1):")
    print(f"{'page_id':<64} {'P':>6} {'R':>6} {'F1':>6}  url")
    for page_id, s in worst:
        print(f"{page_id:<64} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}  {url_of[page_id]}")


def write_per_page(results: list[SystemResult], path: Path) -> None:
    """A TSV of every page and system, for sorting and diffing outside this script."""
    with path.open("w", encoding="utf-8") as out:
        out.write("set\tpage_id\tsystem\tP\tR\tF1\n")
        for r in results:
            for page_id, s in r.scores.items():
                out.write(
                    f"{r.set_name}\t{page_id}\t{r.name}\t"
                    f"{s.precision:.4f}\t{s.recall:.4f}\t{s.f1:.4f}\n"
                )


# --------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options; see the module docstring for examples."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        help="dataset directory with text/ or html/, repeatable (default: "
        + ", ".join(f"{path} ({renderer})" for path, renderer in DEFAULT_SETS)
        + ")",
    )
    parser.add_argument(
        "--renderer",
        choices=RENDERERS,
        default="lxml",
        help="how a --data set with only html/ is rendered to text, or 'clean' for a set of "
        "clean articles that are their own gold ('wrapped': the same, hard-wrapped at "
        f"{WRAP_COLUMNS} columns) (default: lxml)",
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


def run_set(data_dir: Path, renderer: str, args: argparse.Namespace) -> list[SystemResult]:
    """Every system on one set; the table of each part and the optional worst pages."""
    if renderer in CLEAN_RENDERINGS and not has_clean_articles(data_dir):
        sys.exit(f"no clean articles at {data_dir} (need gwn.jsonl, gold/*.json or TBAQ-cleaned/)")
    if renderer not in CLEAN_RENDERINGS and not _has_pages(data_dir):
        sys.exit(
            f"dataset not found at {data_dir} (need ground-truth.json and text/ or html/); "
            "pass --data DIR"
        )
    if renderer == "inscriptis" and not has_inscriptis():
        print(
            f"{data_dir.name}: inscriptis is not installed, not rendered with it", file=sys.stderr
        )
        return []
    pages = load_pages(data_dir, args.limit, renderer)
    if args.lang:
        pages = filter_language(pages, args.lang, lambda p: p.gold)
    if not pages:
        print(f"{data_dir.name}: no pages to score (check --limit / --lang)", file=sys.stderr)
        return []
    results = [run_system(name, extract, pages) for name, extract in systems()]
    title = set_title(data_dir, renderer)
    for result in results:
        result.set_name = title
    ids = [page.page_id for page in pages]
    print_parts(results, ids, title)
    if args.worst:
        wirewatch = next(r for r in results if r.name == "wirewatch")
        print_worst(tuned_only(wirewatch, ids), pages, args.worst)
    return results


def _has_pages(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds pages with gold bodies: ground-truth.json and text/ or html/."""
    return (data_dir / "ground-truth.json").is_file() and (
        (data_dir / "text").is_dir() or (data_dir / "html").is_dir()
    )


def set_title(data_dir: Path, renderer: str) -> str:
    """The set's name in the tables and the per-page file, with its renderer if it has one."""
    if renderer == "clean":
        return f"{data_dir.name} (clean articles, their own gold)"
    if renderer == "wrapped":
        return f"{data_dir.name} (clean articles hard-wrapped at {WRAP_COLUMNS} columns)"
    if (data_dir / "text").is_dir():
        return data_dir.name
    if renderer in ("inscriptis", "resiliparse"):
        return f"{data_dir.name} rendered by {renderer}"
    return f"{data_dir.name} rendered to text"


def has_inscriptis() -> bool:
    """Whether the optional renderer is installed (``pip install -e .[bench]``)."""
    import importlib.util

    return importlib.util.find_spec("inscriptis") is not None


def main(argv: list[str] | None = None) -> int:
    """Load each set, run every system on it, print the tables and the optional extras."""
    args = parse_args(argv)
    every: list[SystemResult] = []
    sets = [(path, args.renderer) for path in args.data] if args.data else DEFAULT_SETS
    for data_dir, renderer in sets:
        every += run_set(data_dir.resolve(), renderer, args)
    if args.per_page:
        write_per_page(every, args.per_page)
        print(f"\nper-page scores written to {args.per_page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
