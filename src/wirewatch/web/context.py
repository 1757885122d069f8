"""What every request handler of the web application shares: settings, a store connection
per worker thread (SQLite connections stay in their thread), users and reviews."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..settings import Settings
from ..store import Store
from ..store.accounts import Accounts
from ..store.reviews import Reviews

WEB = Path(str(resources.files("wirewatch.web")))


@dataclass
class Workspace:
    settings: Settings
    secure_cookies: bool = False  # shared beyond this machine: HTTPS only, analysis needs a login
    _local: threading.local = field(default_factory=threading.local)

    def store(self) -> Store:
        if getattr(self._local, "store", None) is None:
            self._local.store = Store.open(self.settings.db)
        return self._local.store  # type: ignore[no-any-return]

    def accounts(self) -> Accounts:
        if getattr(self._local, "accounts", None) is None:
            self._local.accounts = Accounts(self.store().backend)
        return self._local.accounts  # type: ignore[no-any-return]

    def reviews(self) -> Reviews:
        return Reviews(self.store().backend)

    def templates(self) -> Any:
        from starlette.templating import Jinja2Templates

        if not hasattr(self, "_templates"):
            self._templates = Jinja2Templates(directory=str(WEB / "templates"))
        return self._templates
