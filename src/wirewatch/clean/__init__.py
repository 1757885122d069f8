"""Clean: page text (and, later, HTML) -> an :class:`Article` without boilerplate."""

from .text import article_id, clean_text

__all__ = ["article_id", "clean_text"]
