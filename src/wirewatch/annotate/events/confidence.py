"""Confidence that means something: the chance that a coded event is a real event, from the
evidence the coder's steps leave on it, by a logistic model fitted on the tuned part of the
whole-article dev set (``bench/calibrate_events.py`` writes ``data/event_confidence.json``).

The features are properties of the record itself (who was resolved, where the trigger sits,
how often the article tells it), so a reviewer can see why an event scored as it did, and the
same figures can be refitted from saved records.
"""

from __future__ import annotations

import math
from functools import cache

from ...data import load_json
from ...model import Event, Modality

LEDE_CHARACTERS = 400  # about the first two sentences


def features(event: Event) -> dict[str, float]:
    """The evidence an event carries, each as 0 or 1 (or a small count)."""
    actor, target = event.actor, event.target
    rule = event.evidence.rule.partition(": ")[2]
    return {
        "actor_named": float(actor is not None and actor.entity is not None),
        "actor_country": float(actor is not None and actor.country is not None),
        "actor_sector": float(actor is not None and actor.sector is not None),
        "target": float(target is not None),
        "target_country": float(target is not None and target.country is not None),
        "main_clause": float(event.evidence.clause == "main"),
        "statement": float(event.evidence.clause == "statement"),
        "specific_pattern": float(" " in rule and not rule.startswith("statement")),
        "told_again": float(min(len(event.also_in), 2)),
        "dated_in_text": float(event.date_source == "text"),
        "reported": float(bool(event.reported_by)),
        "intended": float(event.modality in (Modality.PLANNED, Modality.THREATENED)),
        "lede": float(event.evidence.start < LEDE_CHARACTERS),
        "material": float(event.quad_class in (2, 4)),
    }


@cache
def _weights() -> dict[str, float]:
    data = load_json("event_confidence.json")
    return {str(k): float(v) for k, v in data["weights"].items()}


def calibrated_confidence(event: Event) -> float:
    """P(real event | evidence), rounded to two places."""
    weights = _weights()
    score = weights.get("bias", 0.0) + sum(
        weights.get(name, 0.0) * value for name, value in features(event).items()
    )
    return round(1.0 / (1.0 + math.exp(-score)), 2)
