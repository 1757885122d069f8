"""Ingest: items through the pipeline into the store, resumably.

Inputs are taken in chunks; the keys a previous run finished are skipped
before anything is read or fetched, so rerunning an interrupted ingest of
10,000 files picks up where it stopped.  An input that cannot be read or
analysed is logged with its error (``wirewatch errors``) and the batch goes
on; only a store that cannot be written (full disk, lock held too long)
stops the run, since every later article would fail the same way.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import InternalError, NoArticleError, StoreError, WirewatchError
from ..model import RawDocument
from ..pipeline import DEFAULT_STAGES, Pipeline
from ..settings import Settings
from ..store import Store
from .sources import Item

CHUNK = 64


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0  # done by an earlier run

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.failed + self.skipped


Progress = Callable[[str, str], None]  # (key, outcome)


def ingest(
    items: Iterable[Item],
    store: Store,
    settings: Settings,
    *,
    retry_failed: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Analyse and store every item not done before; returns what happened to them."""
    report = IngestReport()
    notify = progress or (lambda key, outcome: None)

    def failed(key: str, error: WirewatchError) -> None:
        store.record_failure(key, error)
        report.failed += 1
        notify(key, f"failed: {error}")

    def documents(pending: Iterable[Item]) -> Iterator[RawDocument]:
        iterator = iter(pending)
        while chunk := list(itertools.islice(iterator, CHUNK)):
            done = store.done_keys([item.key for item in chunk], retry_failed)
            for item in chunk:
                if item.key in done:
                    report.skipped += 1
                    notify(item.key, "skipped")
                    continue
                try:
                    loaded = item.load()
                except WirewatchError as error:
                    failed(item.key, error)
                    continue
                if isinstance(loaded, list):  # a feed: its entries
                    yield from documents(loaded)
                else:
                    yield dataclasses.replace(loaded, source=item.key)

    pipeline = Pipeline(DEFAULT_STAGES, settings)
    for work in pipeline.run(documents(items)):
        key = work.raw.source or ""
        if work.error is not None:
            failed(key, work.error)
            continue
        if work.article is None or not work.article.text.strip():
            reason = "; ".join(work.warnings) or "no article body found"
            failed(key, NoArticleError(f"nothing stored: {reason}", source=key))
            continue
        try:
            added = store.add(work.to_analysis(), key)
        except StoreError:
            raise  # the store itself cannot be written: every later article would fail too
        except Exception as error:  # a bug met on this article: log it, keep the batch going
            failed(key, InternalError(f"could not be stored: {error!r}", source=key))
            continue
        if added.status == "stored":
            report.stored += 1
        else:
            report.duplicates += 1
        notify(key, added.status)
    return report
