"""The web side: the JSON API (``api.py``) served by ``wirewatch serve``."""
