"""Shared fixtures: real inputs under tests/data, and one analysis of the example per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wirewatch

from .postgres_server import postgres_server, postgres_url  # noqa: F401  (fixtures)

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "kim-military-goals-2022.txt"
PAGES = DATA / "pages"
FOREIGN = DATA / "foreign"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "issue(number): regression test for the numbered issue")


@pytest.fixture(scope="session")
def example_bytes() -> bytes:
    return EXAMPLE.read_bytes()


@pytest.fixture(scope="session")
def example_analysis(example_bytes: bytes) -> wirewatch.Analysis:
    return wirewatch.analyze(example_bytes)


def page_names() -> list[str]:
    return sorted(path.stem for path in PAGES.glob("*.txt") if not path.name.endswith(".gold.txt"))


def expected_pages() -> dict[str, dict[str, object]]:
    return json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    return str(request.getfixturevalue("postgres_url"))
