"""What every bench shares: the third of a dev set kept out of tuning, and a set's own scorer.

A record is *kept* when the SHA-256 of its key (an article id, a sentence) is divisible by 3:
fixed before anyone looked, so no rule can be chosen to suit it. A set's ``score.py`` is
imported from the set's folder, never copied, so the figures are the ones its README means.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TypeVar

T = TypeVar("T")


def is_kept(key: str) -> bool:
    """The held-out third, chosen by a hash of the key."""
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 3 == 0


def parts(items: Sequence[T], key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """The items of the tuned part, of the kept part and all of them, each with its name."""
    return [
        ("tuned", [item for item in items if not is_kept(key(item))]),
        ("kept", [item for item in items if is_kept(key(item))]),
        ("all", list(items)),
    ]


def load_scorer(path: Path, name: str) -> ModuleType:
    """The module at ``path`` (a benchmark set's scorer), imported under ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
