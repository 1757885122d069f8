"""wirewatch: who did what to whom, when, where, and who says so, from news articles.

The public API is what ``__all__`` lists; everything else may change.
"""

from .api import analyze, analyze_many, extract
from .errors import InputError, ModelMissingError, WirewatchError
from .model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    Caption,
    Entity,
    Mention,
    Quote,
    QuoteKind,
    RawDocument,
    RelatedLink,
    RemovedBlock,
    TimeExpression,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "Caption",
    "Entity",
    "InputError",
    "Mention",
    "ModelMissingError",
    "Quote",
    "QuoteKind",
    "RawDocument",
    "RelatedLink",
    "RemovedBlock",
    "Settings",
    "TimeExpression",
    "WirewatchError",
    "__version__",
    "analyze",
    "analyze_many",
    "extract",
]
