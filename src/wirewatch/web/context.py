"""What every request handler of the web application shares: settings, a store connection
per worker thread (SQLite connections stay in their thread), users and reviews."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from ..settings import Settings
from ..store import Store
from ..store.accounts import Accounts
from ..store.reviews import Reviews

WEB = Path(str(resources.files("wirewatch.web")))
SUMMARY_SECONDS = 30.0
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
        whole tables (a second on 10,000 articles), and a few seconds late is fine there."""
        now = time.monotonic()
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and now - hit[0] < seconds:
                return hit[1]  # type: ignore[no-any-return]
        value = compute()
        with self._cache_lock:
            self._cache[key] = (now, value)
        return value

    def templates(self) -> Any:
        from starlette.templating import Jinja2Templates

        if not hasattr(self, "_templates"):
            self._templates = Jinja2Templates(directory=str(WEB / "templates"))
        return self._templates
