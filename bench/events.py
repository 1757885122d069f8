"""Benchmark PLOVER event coding on the PLOVER gold-standard sentences, beside a baseline.

Data
    ``../shared/bench/plover-gsr/PLOVER_GSR_CAMEO.dev.json`` (``--data`` to
    point elsewhere): 180 wire sentences from the CAMEO manual, hand-coded
    with a PLOVER event type, source and target actors (ISO alpha-3 code or
    "IGO", sector). CC BY-SA 4.0, Open Event Data Alliance; see its README.
    Labels are PLOVER v0.5: DEMAND is scored as REQUEST, DISAPPROVE and
    INVESTIGATE as ACCUSE, FIGHT as ASSAULT (the README's mapping); the one
    DOCUMENT record is skipped.

What is scored, per sentence
    wirewatch codes every event it finds; the sentence's event is the one
    with the highest confidence (the first on a tie). Scored:

    * type accuracy, and macro-F1 over the 16 current types;
    * source country accuracy: the predicted actor's country is one of the
      gold source codes (legacy CAMEO codes such as JAP or VTN read as JPN and
      VNM; a gold "IGO" matches any organisation code:
      UN, NATO, EU... but not NGO), over sentences whose gold source has a code;
    * target country accuracy: likewise for the target, over sentences
      with a coded gold target;
    * sector accuracy: predicted actor sector equals a gold source sector
      (its first three letters: 'MILsrp' is MIL), over sentences whose gold
      source has a sector;
    * coverage: sentences where any event was coded;
    * source / target wrong: a country was given and it is not the gold one (the
      actor base must not add these: a missing country beats a wrong one).

    wirewatch runs twice, with the actor base and without (``actor_base=False``),
    and every figure is given for the tuned part, the kept third (SHA-256 of the
    sentence divisible by 3) and all sentences.

Baseline (same table)
    the most frequent gold type for every sentence; source = the country of
    the first entity with a country, target = the second (wirewatch's own
    entities, so the baseline shows what the coder adds over mention order).

Run: ``.venv/bin/python bench/events.py [--misses type|source|target]``
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from heldout import is_kept, parts

DATA = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "bench"
    / "plover-gsr"
    / "PLOVER_GSR_CAMEO.dev.json"
)
LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass
class Gold:
    text: str
    type: str
    sources: list[dict[str, str]]
    targets: list[dict[str, str]]


@dataclass
class Guess:
    type: str | None
    source: str | None
    target: str | None
    sector: str | None


def load(path: Path) -> list[Gold]:
    records = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        targets = record.get("target")
        found.append(
            Gold(
                text=record["text"],
                type=LABELS.get(record["event"], record["event"]),
                sources=record.get("source") or [],
                targets=targets if isinstance(targets, list) else [],
            )
        )
    return found


def run_wirewatch(golds: list[Gold], actor_base: bool = True) -> tuple[list[Guess], list[Guess]]:
    """wirewatch's guesses and the baseline's, from one analysis of each sentence."""
    from wirewatch import RawDocument, Settings, analyze_many

    raws = [RawDocument(content=g.text, source=str(i)) for i, g in enumerate(golds)]
    most_common = Counter(g.type for g in golds).most_common(1)[0][0]
    guesses, baseline = [], []
    settings = Settings.load(actor_base=actor_base)
    for analysis in analyze_many(raws, clean=False, errors="skip", settings=settings):
        events = sorted(analysis.events, key=lambda e: -e.confidence)
        if events:
            best = events[0]
            guesses.append(
                Guess(
                    best.type,
                    best.actor.country if best.actor else None,
                    best.target.country if best.target else None,
                    best.actor.sector if best.actor else None,
                )
            )
        else:
            guesses.append(Guess(None, None, None, None))
        countries = [e.country for e in sorted(analysis.entities, key=_first_mention) if e.country]
        baseline.append(
            Guess(
                most_common,
                countries[0] if countries else None,
                countries[1] if len(countries) > 1 else None,
                "GOV",
            )
        )
    return guesses, baseline


def _first_mention(entity: object) -> int:
    mentions = entity.mentions  # type: ignore[attr-defined]
    return min(m.start for m in mentions) if mentions else 0


# Legacy CAMEO country codes the gold still uses, and the ISO alpha-3 code of the same
# country (the mapping of ../shared/data/actors/README.md): a guess of JPN for 'JAP' is right.
LEGACY_CODES = {
    "JAP": "JPN",
    "VTN": "VNM",
    "ITL": "ITA",
    "UAR": "EGY",
    "INS": "IDN",
    "LEB": "LBN",
    "LTH": "LTU",
    "ZAM": "ZMB",
    "IVO": "CIV",
    "BUL": "BGR",
    "ZAR": "COD",
    "NZE": "NZL",
    "RHO": "ZWE",
    "ZBW": "ZWE",
    "GMW": "DEU",
    "KUW": "KWT",
    "UAE": "ARE",
    "TMP": "TLS",
    "FRN": "FRA",
    "ANG": "AGO",
    "KSV": "XKX",
    "ROM": "ROU",
    "PAL": "PSE",
}


def _country_right(guess: str | None, gold: list[dict[str, str]]) -> bool:
    """Same code (legacy CAMEO codes read as their ISO code), or any intergovernmental
    organisation's code where the gold says "IGO"."""
    from wirewatch.annotate.plover import plover_lexicon

    codes = {LEGACY_CODES.get(a["code"], a["code"]) for a in gold if a.get("code")}
    if guess is None:
        return False
    igo_codes = (set(plover_lexicon().igos.values()) | _organisation_codes()) - {"NGO"}
    return guess in codes or (guess in igo_codes and "IGO" in codes)


@cache
def _organisation_codes() -> set[str]:
    """Codes of the international organisations the actor base knows (ICJ, SCO, COE...)."""
    from importlib.resources import files

    from wirewatch.actors.table import read_entries

    path = Path(str(files("wirewatch"))) / "data" / "actors-organisations.tsv"
    return {e.organisation for e in read_entries(path, "team") if e.kind == "igo"}


def _sectors(actors: list[dict[str, str]]) -> set[str]:
    """Gold sector codes without CAMEO's ethnic or religious suffix ('MILsrp' is MIL); '***'
    (unknown) is no sector."""
    return {a["sector"][:3] for a in actors if a.get("sector") and a["sector"] != "***"}


def score(golds: list[Gold], guesses: list[Guess]) -> dict[str, float]:
    right = sum(g.type == p.type for g, p in zip(golds, guesses, strict=True))
    with_source = [
        (g, p) for g, p in zip(golds, guesses, strict=True) if any(a.get("code") for a in g.sources)
    ]
    with_target = [
        (g, p) for g, p in zip(golds, guesses, strict=True) if any(a.get("code") for a in g.targets)
    ]
    with_sector = [(g, p) for g, p in zip(golds, guesses, strict=True) if _sectors(g.sources)]
    return {
        "type accuracy": right / len(golds),
        "type macro-F1": macro_f1([g.type for g in golds], [p.type for p in guesses]),
        "source country": sum(_country_right(p.source, g.sources) for g, p in with_source)
        / len(with_source),
        "target country": sum(_country_right(p.target, g.targets) for g, p in with_target)
        / len(with_target),
        "source wrong": sum(
            p.source is not None and not _country_right(p.source, g.sources) for g, p in with_source
        )
        / len(with_source),
        "target wrong": sum(
            p.target is not None and not _country_right(p.target, g.targets) for g, p in with_target
        )
        / len(with_target),
        "source sector": sum(p.sector in _sectors(g.sources) for g, p in with_sector)
        / len(with_sector),
        "coverage": sum(p.type is not None for p in guesses) / len(golds),
    }


def macro_f1(gold: list[str], predicted: list[str | None]) -> float:
    """Mean F1 over the gold labels (a missing prediction counts against recall)."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--misses",
        choices=("type", "source", "target"),
        default=None,
        help="Also list the sentences wirewatch gets wrong on this score.",
    )
    args = parser.parse_args(argv)
    golds = load(args.data)
    started = time.perf_counter()
    guesses, baseline = run_wirewatch(golds)
    rate = len(golds) / (time.perf_counter() - started)
    without, _ = run_wirewatch(golds, actor_base=False)
    kept = sum(is_kept(g.text) for g in golds)
    print(
        f"PLOVER gold-standard sentences: {len(golds)} (types: {len(set(g.type for g in golds))});"
        f" {len(golds) - kept} tuned, {kept} kept out of tuning (hash of the text)\n"
    )
    systems = {"wirewatch": guesses, "no actor base": without, "baseline": baseline}
    metrics = list(score(golds, guesses))
    print(f"{'system':<22}" + "".join(f"{m:>15}" for m in metrics))
    for part, chosen in parts(range(len(golds)), lambda i: golds[i].text):
        for name, found in systems.items():
            values = score([golds[i] for i in chosen], [found[i] for i in chosen])
            label = f"{name} [{part}]"
            print(f"{label:<22}" + "".join(f"{values[m]:>15.3f}" for m in metrics))
    print(f"\nwirewatch: {rate:.1f} sentences/s (whole pipeline, one process)")
    targets = {
        "type accuracy": 0.80,
        "type macro-F1": 0.70,
        "source country": 0.90,
        "target country": 0.85,
    }
    print("targets: " + ", ".join(f"{k} >= {v}" for k, v in targets.items()))
    if args.misses:
        print_misses(golds, guesses, args.misses)
    return 0


def print_misses(golds: list[Gold], guesses: list[Guess], kind: str) -> None:
    """One line per sentence scored wrong: what wirewatch said, what the gold says."""
    print(f"\nmisses ({kind}):")
    for gold, guess in zip(golds, guesses, strict=True):
        if kind == "type" and gold.type != guess.type:
            print(f"  {guess.type} (gold {gold.type}): {gold.text[:160]}")
        for role, actors, said in (
            ("source", gold.sources, guess.source),
            ("target", gold.targets, guess.target),
        ):
            coded = [a for a in actors if a.get("code")]
            if kind == role and coded and not _country_right(said, actors):
                wanted = ", ".join(f"{a.get('actorText')}={a.get('code')}" for a in coded)
                print(f"  {said} (gold {wanted}): {gold.text[:160]}")


if __name__ == "__main__":
    raise SystemExit(main())
