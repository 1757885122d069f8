"""Who is who: a dated knowledge base of persons and organisations, and its lookups.

:mod:`.build` makes ``data/actors.sqlite`` from the Phoenix and Wikidata
dictionaries and the team's files; :mod:`.base` answers "who is this name on
this day"; :mod:`.table` reads the TSV files users extend it with.
"""

from .base import ActorBase, ActorMatch, actor_base
from .table import ActorEntry

__all__ = ["ActorBase", "ActorEntry", "ActorMatch", "actor_base"]
