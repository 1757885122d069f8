"""Publication dates on pages nobody here tuned on: htmldate's test pages and asserted dates.

htmldate's source distribution (0.7.2, GPLv3+; read here, nothing of it copied) ships 67
real pages (news, blogs, institutions' pages, German, French and English) and its unit
tests assert the date ``find_date`` gives on each.  Where a test asks for the original
date (``original_date=True``) that is the gold, else the default call's answer.  Those
pages are htmldate's own test set, so htmldate is no fair peer on them; it is printed
beside wirewatch only to show where a date was there to be found.  A date counts as right
when its day is the gold's; "none" means wirewatch gave no date (a missing date is better
than a wrong one)::

    .venv/bin/pip download --no-deps --no-binary :all: htmldate==0.7.2 -d /tmp/htmldate
    tar xzf /tmp/htmldate/htmldate-0.7.2.tar.gz -C /tmp/htmldate
    .venv/bin/python bench/fresh_dates.py /tmp/htmldate/htmldate-0.7.2/tests
"""

from __future__ import annotations

import argparse
import ast
import logging
import re
from pathlib import Path

ASSERTION = re.compile(
    r"find_date\(load_mock_page\('([^']+)'\)(.*?)\)\s*==\s*'(\d{4}-\d{2}-\d{2})'"
)


def gold_dates(tests: Path) -> dict[str, tuple[str, str]]:
    """URL -> (page file, gold day) from htmldate's unit tests."""
    source = (tests / "unit_tests.py").read_text(encoding="utf-8")
    start = source.index("MOCK_PAGES = {")
    pages = ast.literal_eval(source[start + len("MOCK_PAGES = ") : source.index("}", start) + 1])
    asserted: dict[str, dict[str, str]] = {}
    for url, options, day in ASSERTION.findall(source):
        kind = "original" if "original_date=True" in options else "other" if options else "default"
        asserted.setdefault(url, {})[kind] = day
    gold = {}
    for url, days in asserted.items():
        day = days.get("original") or days.get("default")
        if day and url in pages:
            gold[url] = (pages[url], day)
    return gold


def wirewatch_day(data: bytes, url: str) -> str:
    import wirewatch
    from wirewatch.errors import InputError

    try:
        return (wirewatch.extract(data, url=url).published or "")[:10]
    except InputError:
        return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tests", type=Path, help="htmldate's tests/ folder (unit_tests.py, cache/)")
    parser.add_argument("--show", action="store_true", help="list every page not dated right")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    from htmldate import find_date

    right = wrong = none = peer = 0
    for url, (name, day) in sorted(gold_dates(args.tests).items()):
        data = (args.tests / "cache" / name).read_bytes()
        ours = wirewatch_day(data, url)
        theirs = find_date(data.decode("utf-8", "replace"), url=url, original_date=True) or ""
        right += ours == day
        none += not ours
        wrong += bool(ours) and ours != day
        peer += theirs == day
        if args.show and ours != day:
            print(
                f"{name:45} gold {day}  wirewatch {ours or 'none':10}  htmldate {theirs or 'none'}"
            )
    total = right + wrong + none
    print(f"{total} pages with an asserted date")
    print(f"wirewatch  right {right}  wrong {wrong}  none {none}")
    print(f"htmldate   right {peer} (its own test pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
