"""The corpus store: SQLite by default, PostgreSQL for teams; see :mod:`.store`."""

from .filters import EventFilter
from .store import Added, Store

__all__ = ["Added", "EventFilter", "Store"]
