"""Benchmark attribution extraction (who said what) on PolNeAR, side by side with peers.

Data
    ``../shared/bench/polnear-train`` (``--data DIR`` to point elsewhere):
    840 US political news articles with every attribution marked as BRAT
    spans (Source, Cue, Content; discontinuous spans written ``s e;s e``);
    see its README. Where a document has several ``.ann`` files (one per
    annotator) the alphabetically first is used. Research use only: never
    copy its texts into the repository.

Split
    The team develops on the ``dev`` documents and reports ``test``, the
    documents whose SHA-1 of the file name is 0 modulo 5 (about 1 in 5),
    which rule writing must not look at. ``--split all|dev|test``.

Metrics (micro-averaged over the chosen documents)
    * who-said-what P/R/F1: predicted and gold attributions are paired one
      to one by content overlap (greedy, largest character overlap first); a
      pair is correct when the source is right: both sourceless, or the
      source spans share a character (PolNeAR marks the words, "he"; so does
      wirewatch);
    * source accuracy: share of paired attributions whose source is right;
    * span F1 for source, cue and content, exact (same extent after
      trimming spaces, punctuation and quotation marks at the edges) and
      overlap (a span is found when one of the other side shares a
      character); a discontinuous span is taken from its first to last
      character;
    * direct-quote recall: gold attributions whose content is mostly inside
      quotation marks, share paired with a prediction;
    * docs/s of the whole run (spaCy parsing included for every system).

Systems
    * ``wirewatch``: ``analyze_many(..., clean=False)``, the ``quotes`` list;
      attributions nested in another's content ("Cook told the Times that
      Carter believes ...") are left out, because PolNeAR marks every token
      in at most one attribution and so marks only the outer one;
    * ``textacy``: ``textacy.extract.triples.direct_quotations`` (speaker,
      cue, content) over the same spaCy model's parse;
    * ``spacy-speech-verbs``: the plain dependency baseline the issue names:
      for each verb among common speech verbs, source = its nominal subject's
      subtree, cue = the verb, content = its clausal complement's subtree
      (else the rest of the sentence).

Run: ``.venv/bin/python bench/quotes.py [--split test] [--limit N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

Interval = tuple[int, int]
DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "polnear-train"
TRIM = " \t\n.,;:!?\"'“”‘’«»()—–-"
SPEECH_VERBS = {
    "say", "tell", "add", "claim", "state", "announce", "report", "explain", "write", "note",
    "argue", "ask", "insist", "warn", "believe", "think", "suggest", "accuse", "deny", "reply",
}  # fmt: skip


@dataclass
class Attribution:
    source: Interval | None
    cue: Interval | None
    content: Interval | None
    content_spans: list[Interval]


@dataclass
class Document:
    name: str
    text: str
    gold: list[Attribution]


# -- data -----------------------------------------------------------------


def load_documents(data: Path, split: str, limit: int | None) -> list[Document]:
    texts = sorted((data / "train" / "text").glob("*.txt"))
    documents = []
    for path in texts:
        if split != "all" and (_is_test(path.stem) != (split == "test")):
            continue
        annotations = sorted((data / "train" / "attributions").glob(f"{path.stem}_*.ann"))
        if not annotations:
            continue
        text = path.read_text(encoding="utf-8")
        documents.append(Document(path.stem, text, read_brat(annotations[0])))
        if limit and len(documents) >= limit:
            break
    return documents


def _is_test(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == 0


def read_brat(path: Path) -> list[Attribution]:
    spans: dict[str, list[Interval]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not re.fullmatch(r"[TE]\d+", fields[0]):
            continue
        if fields[0][0] == "T":
            label_and_offsets = fields[1].split(" ", 1)
            if len(label_and_offsets) < 2:
                continue
            parts = [p.split() for p in label_and_offsets[1].split(";")]
            spans[fields[0]] = [(int(p[0]), int(p[1])) for p in parts if len(p) == 2]
        else:
            links.append(dict(x.split(":", 1) for x in fields[1].split() if ":" in x))
    result = []
    for link in links:
        content = spans.get(link.get("Content", ""))
        result.append(
            Attribution(
                source=_extent(spans.get(link.get("Source", ""))),
                cue=_extent(spans.get(link.get("Cue", ""))),
                content=_extent(content),
                content_spans=content or [],
            )
        )
    return result


def _extent(spans: list[Interval] | None) -> Interval | None:
    if not spans:
        return None
    return (min(s for s, _ in spans), max(e for _, e in spans))


# -- systems --------------------------------------------------------------


def run_wirewatch(documents: list[Document]) -> list[list[Attribution]]:
    from wirewatch import analyze_many
    from wirewatch.model import RawDocument

    raws = [RawDocument(content=d.text, source=d.name) for d in documents]
    results = []
    for analysis in analyze_many(raws, clean=False, errors="skip"):
        found = []
        for quote in _outermost(analysis.quotes):
            spans = [(s, e) for s, e in quote.content.spans]
            found.append(
                Attribution(
                    source=(quote.source.start, quote.source.end) if quote.source else None,
                    cue=(quote.cue.start, quote.cue.end) if quote.cue else None,
                    content=_extent(spans),
                    content_spans=spans,
                )
            )
        results.append(found)
    return results


def _outermost(quotes: list) -> list:  # type: ignore[type-arg]
    """PolNeAR marks a token in one attribution only: nested ones (cue inside another's content) are left out."""
    return [
        quote
        for quote in quotes
        if quote.cue is None
        or not any(
            other is not quote and any(s <= quote.cue.start < e for s, e in other.content.spans)
            for other in quotes
        )
    ]


def run_textacy(documents: list[Document]) -> list[list[Attribution]]:
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = _nlp(spacy)
    results = []
    for doc in nlp.pipe(d.text for d in documents):
        found = []
        try:
            quotes = list(direct_quotations(doc))
        except ValueError:  # textacy bails out on an odd number of quotation marks
            quotes = []
        for quote in quotes:
            speaker = _tokens_extent(quote.speaker)
            cue = _tokens_extent(quote.cue)
            content = _tokens_extent(quote.content)
            found.append(Attribution(speaker, cue, content, [content] if content else []))
        results.append(found)
    return results


def run_speech_verbs(documents: list[Document]) -> list[list[Attribution]]:
    import spacy

    nlp = _nlp(spacy)
    results = []
    for doc in nlp.pipe(d.text for d in documents):
        found = []
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            if clauses:
                content = _tokens_extent(list(clauses[0].subtree))
            else:
                rest = [t for t in token.sent if t.i not in {s.i for s in token.subtree}]
                content = _tokens_extent(rest)
            if content is None:
                continue
            source = _tokens_extent(list(subjects[0].subtree))
            found.append(
                Attribution(source, (token.idx, token.idx + len(token)), content, [content])
            )
        results.append(found)
    return results


def _nlp(spacy: object) -> object:
    from wirewatch.nlp import load_model

    return load_model("auto")


def _tokens_extent(tokens: Iterable[object]) -> Interval | None:
    tokens = list(tokens)
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    return (first.idx, last.idx + len(last))  # type: ignore[attr-defined]


# -- scoring --------------------------------------------------------------


def overlap(a: Interval | None, b: Interval | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def trimmed(text: str, span: Interval) -> Interval:
    start, end = span
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return (start, end)


def pair(gold: list[Attribution], predicted: list[Attribution]) -> list[tuple[int, int]]:
    candidates = sorted(
        (
            (overlap(g.content, p.content), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if overlap(g.content, p.content) > 0
        ),
        reverse=True,
    )
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def source_right(gold: Attribution, predicted: Attribution) -> bool:
    if gold.source is None or predicted.source is None:
        return gold.source is None and predicted.source is None
    return overlap(gold.source, predicted.source) > 0


def is_direct(text: str, attribution: Attribution) -> bool:
    regions = quote_regions(text)
    inside = sum(overlap(r, span) for span in attribution.content_spans for r in regions)
    total = sum(e - s for s, e in attribution.content_spans) or 1
    return inside / total >= 0.5


_REGIONS: dict[int, list[Interval]] = {}


def quote_regions(text: str) -> list[Interval]:
    key = id(text)
    if key not in _REGIONS:
        _REGIONS[key] = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"\n]*\"", text)]
    return _REGIONS[key]


class Score:
    def __init__(self) -> None:
        self.counts: dict[str, float] = {}

    def add(self, key: str, value: float) -> None:
        self.counts[key] = self.counts.get(key, 0) + value

    def f1(self, tp: str, pred: str, gold: str) -> tuple[float, float, float]:
        p = self.counts.get(tp + "_p", self.counts.get(tp, 0)) / max(1, self.counts.get(pred, 0))
        r = self.counts.get(tp + "_r", self.counts.get(tp, 0)) / max(1, self.counts.get(gold, 0))
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(documents: list[Document], predictions: list[list[Attribution]]) -> Score:
    total = Score()
    for document, predicted in zip(documents, predictions, strict=True):
        gold = document.gold
        pairs = pair(gold, predicted)
        total.add("pred", len(predicted))
        total.add("gold", len(gold))
        total.add("paired", len(pairs))
        total.add("who", sum(source_right(gold[g], predicted[p]) for g, p in pairs))
        paired_gold = {g for g, _ in pairs}
        direct = [i for i, g in enumerate(gold) if is_direct(document.text, g)]
        total.add("direct", len(direct))
        total.add("direct_found", sum(1 for i in direct if i in paired_gold))
        for role in ("source", "cue", "content"):
            _score_role(total, role, document.text, gold, predicted)
    return total


def _score_role(
    total: Score, role: str, text: str, gold: list[Attribution], predicted: list[Attribution]
) -> None:
    gold_spans = [getattr(g, role) for g in gold if getattr(g, role) is not None]
    pred_spans = [getattr(p, role) for p in predicted if getattr(p, role) is not None]
    gold_exact = {trimmed(text, s) for s in gold_spans}
    pred_exact = {trimmed(text, s) for s in pred_spans}
    total.add(f"{role}_gold", len(gold_exact))
    total.add(f"{role}_pred", len(pred_exact))
    total.add(f"{role}_exact", len(gold_exact & pred_exact))
    total.add(f"{role}_ogold", len(gold_spans))
    total.add(f"{role}_opred", len(pred_spans))
    total.add(
        f"{role}_overlap_p", sum(1 for p in pred_spans if any(overlap(p, g) for g in gold_spans))
    )
    total.add(
        f"{role}_overlap_r", sum(1 for g in gold_spans if any(overlap(p, g) for p in pred_spans))
    )


SYSTEMS: dict[str, Callable[[list[Document]], list[list[Attribution]]]] = {
    "wirewatch": run_wirewatch,
    "textacy": run_textacy,
    "spacy-speech-verbs": run_speech_verbs,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=["all", "dev", "test"], default="test")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    args = parser.parse_args(argv)
    documents = load_documents(args.data, args.split, args.limit)
    gold_count = sum(len(d.gold) for d in documents)
    print(f"PolNeAR {args.split}: {len(documents)} documents, {gold_count} attributions\n")
    header = (
        f"{'system':<20}{'who-said-what P/R/F1':>24}{'src acc':>9}{'direct R':>10}"
        f"{'source ex/ov F1':>17}{'cue ex/ov F1':>15}{'content ex/ov F1':>18}{'docs/s':>8}"
    )
    print(header)
    print("-" * len(header))
    for name in args.systems.split(","):
        try:
            started = time.perf_counter()
            predictions = SYSTEMS[name](documents)
            elapsed = time.perf_counter() - started
        except ImportError as error:
            print(f"{name:<20} not installed ({error}); pip install -e '.[bench]'")
            continue
        print(_row(name, score(documents, predictions), len(documents) / elapsed))
        sys.stdout.flush()
    return 0


def _row(name: str, total: Score, rate: float) -> str:
    c = total.counts
    p, r, f = total.f1("who", "pred", "gold")
    accuracy = c.get("who", 0) / max(1, c.get("paired", 0))
    direct = c.get("direct_found", 0) / max(1, c.get("direct", 0))
    roles = []
    for role in ("source", "cue", "content"):
        exact = total.f1(f"{role}_exact", f"{role}_pred", f"{role}_gold")[2]
        over = total.f1(f"{role}_overlap", f"{role}_opred", f"{role}_ogold")[2]
        roles.append(f"{exact:.2f}/{over:.2f}")
    return (
        f"{name:<20}{f'{p:.2f}/{r:.2f}/{f:.3f}':>24}{accuracy:>9.3f}{direct:>10.3f}"
        f"{roles[0]:>17}{roles[1]:>15}{roles[2]:>18}{rate:>8.1f}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
