"""What every request handler of the web application shares: settings, a store connection
per worker thread (SQLite connections stay in their thread), users and reviews."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from ..settings import Settings
from ..store import EventFilter, Store
from ..store.accounts import Accounts
from ..store.reviews import Reviews

WEB = Path(str(resources.files("wirewatch.web")))
SUMMARY_SECONDS = 30.0
CACHE_ENTRIES = 512  # summaries kept at once (the home page's, and facets per filter)
T = TypeVar("T")


@dataclass
class Workspace:
    settings: Settings
    secure_cookies: bool = False  # shared beyond this machine: HTTPS only, analysis needs a login
    _local: threading.local = field(default_factory=threading.local)
    _cache: dict[str, tuple[float, Any]] = field(default_factory=dict)
    _cache_lock: threading.Lock = field(default_factory=threading.Lock)
    _opened: list[Store] = field(default_factory=list)

    def store(self) -> Store:
        """This thread's connection to the store (opened on first use, closed by close())."""
        if getattr(self._local, "store", None) is None:
            self._local.store = Store.open(self.settings.db)
            with self._cache_lock:
                self._opened.append(self._local.store)
        return self._local.store  # type: ignore[no-any-return]

    def close(self) -> None:
        """Close every thread's store connection (the server is stopping)."""
        with self._cache_lock:
            opened, self._opened = self._opened, []
        for store in opened:
            store.close()

    def accounts(self) -> Accounts:
        if getattr(self._local, "accounts", None) is None:
            self._local.accounts = Accounts(self.store().backend)
        return self._local.accounts  # type: ignore[no-any-return]

    def reviews(self) -> Reviews:
        return Reviews(self.store().backend)

    def cached(self, key: str, compute: Callable[[], T], seconds: float = SUMMARY_SECONDS) -> T:
        """``compute()``, kept for ``seconds``: the home page's counts and top entities scan
        whole tables (a second on 10,000 articles), and the facets of a filter count every
        telling of its events (45 ms for an actor in half the corpus); a few seconds late is
        fine for a summary, never for a list (lists are always read fresh)."""
        now = time.monotonic()
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and now - hit[0] < seconds:
                return hit[1]  # type: ignore[no-any-return]
        value = compute()
        with self._cache_lock:
            self._cache[key] = (now, value)
            if len(self._cache) > CACHE_ENTRIES:  # many filters: the oldest answers go first
                for stale in sorted(self._cache, key=lambda k: self._cache[k][0])[
                    : CACHE_ENTRIES // 4
                ]:
                    del self._cache[stale]
        return value

    def facets_of(self, where: EventFilter) -> dict[str, list[Any]]:
        """A filter's facets: a summary, kept 30 s (the list beside it is always fresh)."""
        unpaged = _unpaged(where)
        return self.cached(f"facets {unpaged!r}", lambda: self.store().event_facets(unpaged))

    def places_of(self, where: EventFilter) -> list[dict[str, Any]]:
        """The points of a map of ``where``'s events: a summary, kept as the facets are."""
        unpaged = _unpaged(where)
        return self.cached(f"places {unpaged!r}", lambda: self.store().event_places(unpaged))

    def templates(self) -> Any:
        from starlette.templating import Jinja2Templates

        if not hasattr(self, "_templates"):
            self._templates = Jinja2Templates(directory=str(WEB / "templates"))
        return self._templates


def _unpaged(where: EventFilter) -> EventFilter:
    """A filter without its page: one summary serves every page of the same filter."""
    return dataclasses.replace(where, limit=1, offset=0)
