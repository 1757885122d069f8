"""The corpus store: SQLite by default, PostgreSQL for teams; see :mod:`.store`."""

from .store import Added, EventFilter, Store

__all__ = ["Added", "EventFilter", "Store"]
