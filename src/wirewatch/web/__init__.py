"""What ``wirewatch serve`` runs: the workspace pages and the JSON API over the store
(``app.py`` builds it; ``pages.py``, ``api.py``, ``auth.py``, ``highlight.py``, ``charts.py``)."""
