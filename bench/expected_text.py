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
of warm-up for each system, in the same run.
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


def load(directory: Path) -> list[tuple[str, bytes, str, str | None]]:
    """(name, page bytes, expected text, url) for every page with an expected text."""
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


def trafilatura_body(data: bytes, url: str | None) -> str:
    import trafilatura

    html = data.decode("utf-8", errors="replace")
    return trafilatura.extract(html, url=url, include_comments=False) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path, help="holds html/, txt/ and maybe metadata/")
    parser.add_argument("--per-page", action="store_true", help="print each page's scores")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    pages = load(args.directory)
    if not pages:
        print(f"no html/NAME.html with txt/NAME.txt under {args.directory}", file=sys.stderr)
        return 2
    systems = {"wirewatch": wirewatch_body, "trafilatura": trafilatura_body}
    scores: dict[str, list[ct.Score]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for name, extract in systems.items():
        extract(pages[0][1], pages[0][3])  # warm-up: imports, models, caches
        for _, data, expected, url in pages:
            start = time.perf_counter()
            body = extract(data, url)
            seconds[name] += time.perf_counter() - start
            scores[name].append(ct.score(body, expected))
    if args.per_page:
        for position, (page, *_) in enumerate(pages):
            cells = "  ".join(f"{name} {scores[name][position].f1:.3f}" for name in systems)
            print(f"{page:28s} {cells}")
    print(f"{len(pages)} pages")
    print(f"{'system':12s}     P      R     F1  pages/s")
    for name in systems:
        n = len(scores[name])
        precision = sum(s.precision for s in scores[name]) / n
        recall = sum(s.recall for s in scores[name]) / n
        f1 = sum(s.f1 for s in scores[name]) / n
        print(f"{name:12s} {precision:.3f}  {recall:.3f}  {f1:.3f}  {n / seconds[name]:7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
