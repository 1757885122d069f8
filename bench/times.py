"""Benchmark time-expression extraction and normalisation on TempEval-3 TimeBank + AQUAINT.

Data
    ``../shared/bench/timex`` relative to the repository root (``--data DIR``
    to point elsewhere); see its SOURCE.md and runs/README.md.

    * ``TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml``: the TempEval-3 English
      training corpus in TimeML, 183 + 73 news documents with 1,243 + 579
      TIMEX3 expressions. Each file has a ``<DCT>`` creation time (the anchor
      for relative expressions) and a ``<TEXT>`` element with inline
      ``<TIMEX3>``, ``<EVENT>`` and ``<SIGNAL>`` tags. The document text is the
      content of ``<TEXT>`` with every tag removed, whitespace kept and
      entities decoded as an XML parser does; gold expressions are the
      ``TIMEX3`` elements inside it, with character offsets into that text.
      The document id is the file stem.
    * ``runs/{TimeBank,AQUAINT}/*.json``: other tools' outputs on the same
      documents (HeidelTime, dateparser, spaCy NER, spaCy + dateparser,
      timexy), JSON lists of ``{doc, start, end, type, value}`` with offsets
      into the same text. They are scored as "(stored run)".

    Licence caveat: TimeBank 1.2 is an LDC corpus and the AQUAINT texts are
    LDC newswire, released by the TempEval-3 organisers for the shared task
    without a licence file. Research and development use only; never copy
    the data into this repository or redistribute it.

Metrics (TempEval-3 task A style, micro-averaged over all expressions of the
chosen documents)
    * strict extent: a prediction is correct when its (start, end) equals a
      gold expression's; precision, recall, F1;
    * relaxed extent: a prediction matches a gold expression when they share
      at least one character; each gold and each prediction is matched at most
      once (greedy, largest overlap first); precision, recall, F1;
    * value accuracy: share of relaxed-matched pairs whose values are equal
      as strings after stripping (an empty or missing value is "no value",
      which equals only another missing value);
    * value F1 = value accuracy x relaxed F1 (as the issue defines it);
    * type accuracy: share of relaxed-matched pairs with the same TIMEX3 type;
    * docs/s for the systems run live (wall time of the whole run, after one
      untimed warm-up call).

Systems
    * ``wirewatch``: ``wirewatch.analyze_many`` over
      ``RawDocument(content=text, published=dct)`` with ``clean=False``; the
      predictions are ``Analysis.times`` (``start``, ``end``, ``text``,
      ``type``, ``value``). If the record has no ``times`` field yet it
      counts as no predictions (with a warning).
    * ``dateparser``: ``dateparser.search.search_dates`` with the DCT as
      ``RELATIVE_BASE``; it gives (substring, datetime) pairs, located in the
      text in order; value = the date as YYYY-MM-DD, type DATE.
    * every ``runs/*/*.json`` file, scored as stored.

Run
    .venv/bin/python bench/times.py
    .venv/bin/python bench/times.py --corpus timebank --limit 40 --errors 15
    .venv/bin/python bench/times.py --systems wirewatch,stored --errors 20
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "timex"
CORPORA = {"timebank": ("TimeBank",), "aquaint": ("AQUAINT",), "all": ("TimeBank", "AQUAINT")}
SYSTEMS = ("wirewatch", "dateparser", "stored")


@dataclass(frozen=True)
class Expr:
    """One time expression: character span into the document text, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass
class Document:
    """One TimeML document: id (file stem), plain text, creation time and gold expressions."""

    doc_id: str
    corpus: str
    text: str
    dct: str
    gold: list[Expr]


@dataclass
class Score:
    """Counts for one system, summed over documents."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0

    def add(self, other: Score) -> None:
        """Add another document's counts to these."""
        for name in ("gold", "predicted", "strict", "relaxed", "value_ok", "type_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class SystemResult:
    """What one system predicted per document, and how fast (None for stored runs)."""

    name: str
    predictions: dict[str, list[Expr]]
    docs_per_second: float | None = None
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- data


def parse_tml(path: Path, corpus: str) -> Document:
    """Read a .tml file: the tag-free ``<TEXT>`` content and its TIMEX3 spans."""
    root = ET.parse(path).getroot()
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    gold: list[Expr] = []
    _walk(text_element, parts, 0, gold)
    text = "".join(parts)
    gold = [Expr(g.start, g.end, g.type, g.value, text[g.start : g.end]) for g in gold]
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value", "") if dct_timex is not None else ""
    return Document(path.stem, corpus, text, dct, sorted(gold, key=lambda g: g.start))


def _walk(element: ET.Element, parts: list[str], position: int, gold: list[Expr]) -> int:
    """Append the element's text (without tags) to ``parts``; collect TIMEX3 spans.

    Returns the character position after the element's content.
    """
    if element.text:
        parts.append(element.text)
        position += len(element.text)
    for child in element:
        start = position
        position = _walk(child, parts, position, gold)
        if child.tag == "TIMEX3":
            gold.append(Expr(start, position, child.get("type", ""), child.get("value")))
        if child.tail:
            parts.append(child.tail)
            position += len(child.tail)
    return position


def load_documents(data: Path, corpus: str, limit: int | None) -> list[Document]:
    """The documents of the chosen corpus (or both), sorted by id, at most ``limit``."""
    documents: list[Document] = []
    for folder in CORPORA[corpus]:
        paths = sorted((data / "TBAQ-cleaned" / folder).glob("*.tml"))
        documents.extend(parse_tml(path, folder) for path in paths)
    return documents[:limit] if limit else documents


def load_stored_runs(data: Path, documents: list[Document]) -> list[SystemResult]:
    """Every ``runs/**/*.json`` file, merged per file stem, restricted to ``documents``."""
    texts = {doc.doc_id: doc.text for doc in documents}
    merged: dict[str, dict[str, list[Expr]]] = defaultdict(lambda: defaultdict(list))
    bad: Counter[str] = Counter()
    for path in sorted((data / "runs").rglob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            text = texts.get(item["doc"])
            if text is None:
                continue
            start, end = int(item["start"]), int(item["end"])
            if not 0 <= start < end <= len(text):
                bad[path.stem] += 1
                continue
            expr = Expr(start, end, item.get("type") or "", item.get("value"), text[start:end])
            merged[path.stem][item["doc"]].append(expr)
    results = []
    for name in sorted(merged):
        notes = [f"{bad[name]} spans outside the text dropped"] if bad[name] else []
        results.append(SystemResult(f"{name} (stored run)", dict(merged[name]), None, notes))
    return results


# --------------------------------------------------------------------------- systems


def run_wirewatch(documents: list[Document], batch_size: int) -> SystemResult:
    """``analyze_many`` over the texts with their DCT; predictions from ``Analysis.times``."""
    import wirewatch

    settings = wirewatch.Settings(batch_size=batch_size)
    wirewatch.analyze("Warm-up on Monday.", clean=False, published="2000-01-03", settings=settings)
    items = (wirewatch.RawDocument(content=doc.text, published=doc.dct) for doc in documents)
    predictions: dict[str, list[Expr]] = {}
    notes: list[str] = []
    index = 0
    started = time.perf_counter()
    for analysis in wirewatch.analyze_many(items, clean=False, settings=settings, errors="skip"):
        while index < len(documents) and documents[index].text != analysis.article.text:
            notes.append(f"{documents[index].doc_id}: failed, scored as no predictions")
            index += 1
        if index == len(documents):
            break
        predictions[documents[index].doc_id] = _wirewatch_times(analysis, documents[index].text)
        index += 1
    elapsed = time.perf_counter() - started
    notes.extend(f"{doc.doc_id}: failed, scored as no predictions" for doc in documents[index:])
    return SystemResult("wirewatch", predictions, len(documents) / elapsed, notes)


_warned: set[str] = set()


def _warn_once(key: str, message: str) -> None:
    """Print a warning to stderr the first time ``key`` is seen."""
    if key not in _warned:
        _warned.add(key)
        print(f"warning: {message}", file=sys.stderr)


def _wirewatch_times(analysis: object, text: str) -> list[Expr]:
    """The time expressions of one wirewatch record (none if it has no ``times`` field)."""
    times = getattr(analysis, "times", None)
    if times is None:
        _warn_once("times", "wirewatch.Analysis has no 'times' field yet: no predictions")
        return []
    exprs = []
    for item in times:
        if text[item.start : item.end] != item.text:
            _warn_once("offsets", f"wirewatch offsets disagree with text: {item!r}")
        exprs.append(Expr(item.start, item.end, str(item.type), item.value, item.text))
    return exprs


def run_dateparser(documents: list[Document]) -> SystemResult:
    """``search_dates`` with the DCT as relative base; substrings located in order."""
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    def search(doc: Document) -> list[tuple[str, datetime]]:
        settings = {
            "RELATIVE_BASE": datetime.fromisoformat(doc.dct).replace(tzinfo=None),
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return search_dates(doc.text, languages=["en"], settings=settings) or []

    if documents:
        search(Document("warm-up", "", "He left on Monday.", documents[0].dct, []))
    predictions: dict[str, list[Expr]] = {}
    notes: list[str] = []
    started = time.perf_counter()
    for doc in documents:
        try:
            found = search(doc)
        except Exception as error:  # noqa: BLE001 - one bad document must not end the run
            notes.append(f"{doc.doc_id}: {type(error).__name__}: {error}")
            continue
        predictions[doc.doc_id] = locate_in_order(doc.text, found)
    elapsed = time.perf_counter() - started
    return SystemResult("dateparser", predictions, len(documents) / elapsed, notes)


def locate_in_order(text: str, found: Iterable[tuple[str, datetime]]) -> list[Expr]:
    """Offsets of dateparser's substrings, each searched from the end of the previous one."""
    exprs = []
    position = 0
    for substring, moment in found:
        start = text.find(substring, position)
        if start < 0:
            continue
        end = start + len(substring)
        exprs.append(Expr(start, end, "DATE", moment.date().isoformat(), substring))
        position = end
    return exprs


# --------------------------------------------------------------------------- scoring


def normalise_value(value: str | None) -> str | None:
    """A value as compared: stripped, with empty meaning no value."""
    value = (value or "").strip()
    return value or None


def relaxed_pairs(gold: list[Expr], predicted: list[Expr]) -> list[tuple[Expr, Expr]]:
    """Overlapping (gold, prediction) pairs, one-to-one, greedy by largest overlap."""
    candidates = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                distance = abs(g.start - p.start) + abs(g.end - p.end)
                candidates.append((-overlap, distance, g_index, p_index))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, g_index, p_index in candidates:
        if g_index in used_gold or p_index in used_pred:
            continue
        used_gold.add(g_index)
        used_pred.add(p_index)
        pairs.append((gold[g_index], predicted[p_index]))
    return pairs


def score_document(gold: list[Expr], predicted: list[Expr]) -> Score:
    """Strict, relaxed, value and type counts for one document."""
    gold_spans = Counter((g.start, g.end) for g in gold)
    pred_spans = Counter((p.start, p.end) for p in predicted)
    pairs = relaxed_pairs(gold, predicted)
    return Score(
        gold=len(gold),
        predicted=len(predicted),
        strict=sum((gold_spans & pred_spans).values()),
        relaxed=len(pairs),
        value_ok=sum(normalise_value(g.value) == normalise_value(p.value) for g, p in pairs),
        type_ok=sum(g.type.strip().upper() == p.type.strip().upper() for g, p in pairs),
    )


def score_system(documents: list[Document], result: SystemResult) -> Score:
    """Counts summed over the documents (a document without predictions has none)."""
    total = Score()
    for doc in documents:
        total.add(score_document(doc.gold, result.predictions.get(doc.doc_id, [])))
    return total


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --------------------------------------------------------------------------- report


def format_table(rows: list[tuple[SystemResult, Score]]) -> str:
    """One line per system: strict and relaxed P/R/F1, value and type accuracy, value F1, docs/s."""
    header = (
        f"{'system':<34} {'pred':>5} | {'strict P':>8} {'R':>5} {'F1':>5} | "
        f"{'relax P':>7} {'R':>5} {'F1':>5} | {'val acc':>7} {'val F1':>6} | "
        f"{'type acc':>8} | {'docs/s':>7}"
    )
    lines = [header, "-" * len(header)]
    for result, score in rows:
        strict = prf(score.strict, score.predicted, score.gold)
        relaxed = prf(score.relaxed, score.predicted, score.gold)
        value_acc = score.value_ok / score.relaxed if score.relaxed else 0.0
        type_acc = score.type_ok / score.relaxed if score.relaxed else 0.0
        speed = f"{result.docs_per_second:7.1f}" if result.docs_per_second else f"{'-':>7}"
        lines.append(
            f"{result.name:<34} {score.predicted:>5} | {strict[0]:>8.3f} {strict[1]:>5.3f} "
            f"{strict[2]:>5.3f} | {relaxed[0]:>7.3f} {relaxed[1]:>5.3f} {relaxed[2]:>5.3f} | "
            f"{value_acc:>7.3f} {value_acc * relaxed[2]:>6.3f} | {type_acc:>8.3f} | {speed}"
        )
    return "\n".join(lines)


def value_shape(value: str | None) -> str:
    """The form of a value with digits hidden: 1998-01-07 -> 9999-99-99, None -> (none)."""
    value = normalise_value(value)
    return re.sub(r"\d", "9", value) if value else "(none)"


@dataclass
class ErrorReport:
    """Error classes of one system, counted, with one example per wrong-value class."""

    classes: dict[str, Counter[tuple[str, ...]]]
    examples: dict[tuple[str, ...], str]


def _quoted(text: str) -> str:
    """A span's text as an error-class key: lower-cased, whitespace collapsed, quoted."""
    return '"' + " ".join(text.lower().split()) + '"'


def error_classes(documents: list[Document], result: SystemResult) -> ErrorReport:
    """Missed gold, spurious predictions, wrong values and extent mismatches, counted by class."""
    missed: Counter[tuple[str, ...]] = Counter()
    spurious: Counter[tuple[str, ...]] = Counter()
    wrong: Counter[tuple[str, ...]] = Counter()
    extent: Counter[tuple[str, ...]] = Counter()
    examples: dict[tuple[str, ...], str] = {}
    for doc in documents:
        predicted = result.predictions.get(doc.doc_id, [])
        pairs = relaxed_pairs(doc.gold, predicted)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        missed.update((g.type, _quoted(g.text)) for g in doc.gold if id(g) not in matched_gold)
        spurious.update((_quoted(p.text),) for p in predicted if id(p) not in matched_pred)
        for g, p in pairs:
            if normalise_value(g.value) != normalise_value(p.value):
                key = (_quoted(g.text), f"{value_shape(g.value)} vs {value_shape(p.value)}")
                wrong[key] += 1
                examples.setdefault(key, f"e.g. {g.value} vs {p.value} in {doc.doc_id}")
            if (g.start, g.end) != (p.start, p.end):
                extent[(_quoted(g.text), _quoted(p.text))] += 1
    classes = {
        "missed gold (type, text)": missed,
        "spurious predictions (text)": spurious,
        "wrong values (gold text, gold vs predicted value form)": wrong,
        "extent mismatches (gold text, predicted text)": extent,
    }
    return ErrorReport(classes, examples)


def format_errors(report: ErrorReport, top: int) -> str:
    """The ``top`` most common classes of each error kind, with counts."""
    lines = []
    for title, counter in report.classes.items():
        lines.append(f"\n{title}: {sum(counter.values())} in all, most common:")
        for key, count in counter.most_common(top):
            shown = "  ".join(key)
            lines.append(f"  {count:>4}  {shown}  {report.examples.get(key, '')}".rstrip())
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the timex directory")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument(
        "--errors", type=int, default=0, help="print wirewatch's N most common errors per kind"
    )
    parser.add_argument(
        "--systems",
        default=",".join(SYSTEMS),
        help=f"comma-separated subset of {','.join(SYSTEMS)} (default: all)",
    )
    parser.add_argument("--batch-size", type=int, default=32, help="wirewatch nlp.pipe batch")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Load the documents, run and score every system, print the table (and errors)."""
    args = parse_args(argv)
    if not (args.data / "TBAQ-cleaned").is_dir():
        sys.exit(
            f"error: TempEval-3 data not found at {args.data} (expected TBAQ-cleaned/ "
            "and runs/ there); pass --data DIR. The data is never kept in this repository."
        )
    systems = {name.strip() for name in args.systems.split(",") if name.strip()}
    unknown = systems - set(SYSTEMS)
    if unknown:
        sys.exit(f"error: unknown systems {sorted(unknown)}; choose from {SYSTEMS}")
    documents = load_documents(args.data, args.corpus, args.limit)
    if not documents:
        sys.exit(f"error: no .tml documents under {args.data / 'TBAQ-cleaned'}")

    results: list[SystemResult] = []
    if "wirewatch" in systems:
        results.append(run_wirewatch(documents, args.batch_size))
    if "dateparser" in systems:
        try:
            results.append(run_dateparser(documents))
        except ImportError:
            print("warning: dateparser is not installed; skipped", file=sys.stderr)
    if "stored" in systems:
        results.extend(load_stored_runs(args.data, documents))

    gold_count = sum(len(doc.gold) for doc in documents)
    by_type = Counter(g.type for doc in documents for g in doc.gold)
    print(
        f"TempEval-3 {args.corpus}: {len(documents)} documents, {gold_count} gold TIMEX3 "
        f"({', '.join(f'{k} {v}' for k, v in by_type.most_common())})\n"
    )
    print(format_table([(result, score_system(documents, result)) for result in results]))
    for result in results:
        for note in result.notes[:5]:
            print(f"note: {result.name}: {note}")
        if len(result.notes) > 5:
            print(f"note: {result.name}: ... {len(result.notes) - 5} more")
    wirewatch_result = next((r for r in results if r.name == "wirewatch"), None)
    if args.errors and wirewatch_result is not None:
        print(f"\nwirewatch errors (top {args.errors} per kind)")
        print(format_errors(error_classes(documents, wirewatch_result), args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
