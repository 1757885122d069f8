"""Clean news articles as the text cleaner's input: what comes back should be all of each.

A cleaner that cuts a story's paragraphs on a page of junk may cut them on a
clean article too, and the dev sets' gold says nothing about text without
junk.  These sets hold whole articles as plain text, written by their
outlets and gathered for other tasks, so no cleaner rule was chosen on them:

``geoparsing`` (``gwn.jsonl``: GeoWebNews, 200 news articles, one JSON object a
line with ``id``, ``text``, ``url``), ``article-events`` (``gold/*.json``: 35
articles with ``id``, ``text``, ``url``) and ``timex`` (``TBAQ-cleaned/*/*.tml``:
TimeBank and AQUAINT, 256 newswire stories of 1989-2000 in TimeML, whose ``<TEXT>``
is the story with its time and event tags, which are dropped here; for research
and development only, see the set's SOURCE.md). Each article's text is the input and
its own gold, so recall is the share of the article the cleaner kept; its
precision is near 1 by construction (the cleaner only removes). A few
GeoWebNews texts carry some of their page's junk (an events box), so recall
there is not quite 1 even for a perfect cleaner.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from pathlib import Path

# The column plain-text mail and wire copy are filled to (see wrapped).
WRAP_COLUMNS = 72
TIMEML_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def has_clean_articles(data_dir: Path) -> bool:
    """Whether ``data_dir`` is one of the sets of clean articles this module reads."""
    return (
        (data_dir / "gwn.jsonl").is_file()
        or (data_dir / "gold").is_dir()
        or any(data_dir.glob("TBAQ-cleaned/*/*.tml"))
    )


def load_clean_articles(data_dir: Path) -> list[tuple[str, Path, str, str]]:
    """Each article as (id, file it is read from, text, url), sorted by id."""
    articles: list[tuple[str, Path, str, str]] = []
    lines = data_dir / "gwn.jsonl"
    if lines.is_file():
        for line in lines.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                articles.append((str(record["id"]), lines, record["text"], record.get("url", "")))
    for path in sorted((data_dir / "gold").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        articles.append((str(record["id"]), path, record["text"], record.get("url") or ""))
    for path in sorted(data_dir.glob("TBAQ-cleaned/*/*.tml")):
        found = TIMEML_TEXT.search(path.read_text(encoding="utf-8"))
        if found:
            text = html.unescape(TAG.sub("", found.group(1))).strip()
            articles.append((path.name, path, text, ""))
    return sorted(articles)


def wrapped(text: str, columns: int = WRAP_COLUMNS) -> str:
    """The article as plain-text mail and wire copy give it: each paragraph (a block of
    lines between blank lines) filled to ``columns``."""
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "\n\n".join(textwrap.fill(" ".join(part.split()), columns) for part in paragraphs)
