"""The pipeline: a registry of stages that say what they need and what they add.

Like spaCy's ``Language.factory(requires=..., assigns=...)``, every stage is
registered with the names of the :class:`Work` fields it reads and writes,
so the pipeline can check its order when it is built, ``wirewatch stages``
can describe it, and a new annotator is one module plus one registration in
``stages.py``.

Work moves through the stages in batches, so the parse stage can hand a
whole batch to ``nlp.pipe``; a failure in one item marks that item and the
rest of the batch goes on.  Batches are pulled from the input lazily and
parse trees are dropped as soon as a batch is done: memory stays flat over
any number of articles.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import InternalError, WirewatchError
from .model import (
    Analysis,
    Article,
    Count,
    Entity,
    Event,
    ModelInfo,
    Place,
    Quote,
    RawDocument,
    TimeExpression,
)
from .settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .actors import ActorBase


@dataclass
class Work:
    """One article on its way through the pipeline (internal; never returned)."""

    raw: RawDocument
    text: str | None = None
    kind: str = "text"  # "html" or "text", decided from the content by the decode stage
    article: Article | None = None
    language_ok: bool = True
    doc: Doc | None = None
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    model: ModelInfo | None = None
    error: WirewatchError | None = None
    skipped: set[str] = field(default_factory=set)  # stages that had nothing to do here

    @property
    def source(self) -> str | None:
        return self.raw.source

    def to_analysis(self) -> Analysis:
        """The public record; the parse tree stays behind."""
        if self.article is None:
            raise RuntimeError("to_analysis called before the article was built")
        return Analysis(
            article=self.article,
            entities=self.entities,
            times=self.times,
            places=self.places,
            counts=self.counts,
            quotes=self.quotes,
            events=self.events,
            stages=self.stages,
            model=self.model,
            warnings=self.warnings,
        )


class Context:
    """What stages share: the settings and the lazily loaded language model."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp: Language | None = None

    @property
    def actors(self) -> ActorBase | None:
        """The actor base with the user's files, or None when switched off."""
        if not self.settings.actor_base:
            return None
        from .actors import actor_base

        return actor_base(tuple(self.settings.actors))

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .nlp import load_model

            self._nlp = load_model(self.settings.model)
        return self._nlp


BatchFunction = Callable[[list[Work], Context], None]
ItemFunction = Callable[[Work, Context], None]


@dataclass(frozen=True)
class Stage:
    """A registered step: its function and the fields it requires and assigns."""

    name: str
    function: BatchFunction
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    description: str


STAGES: dict[str, Stage] = {}


def register_stage(
    name: str, *, requires: Sequence[str], assigns: Sequence[str], batched: bool = False
) -> Callable[[Any], Any]:
    """Register a stage function: per item ``f(work, ctx)`` or, if ``batched``, ``f(works, ctx)``."""

    def decorator(function: Any) -> Any:
        batch_function = function if batched else _per_item(function)
        description = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
        STAGES[name] = Stage(name, batch_function, tuple(requires), tuple(assigns), description)
        return function

    return decorator


def _per_item(function: ItemFunction) -> BatchFunction:
    def run_each(works: list[Work], context: Context) -> None:
        for work in works:
            try:
                function(work, context)
            except WirewatchError as error:
                work.error = _with_source(error, work.source)
            except Exception as error:  # a bug must cost one article, not the batch
                work.error = _internal_error(function, error, work.source)

    return run_each


def _internal_error(function: object, error: Exception, source: str | None) -> WirewatchError:
    name = getattr(function, "__name__", "stage")
    return InternalError(
        f"internal error in stage '{name}' ({type(error).__name__}: {error}); "
        "the input was skipped, please report it with the file",
        source=source,
    )


def _with_source(error: WirewatchError, source: str | None) -> WirewatchError:
    if error.source is None and source is not None:
        error.source = source
    return error


# What the caller provides before the first stage runs.
INITIAL_FIELDS = ("raw",)
DEFAULT_STAGES = (
    "decode",
    "clean",
    "language",
    "parse",
    "entities",
    "times",
    "places",
    "counts",
    "quotes",
    "events",
)
EXTRACT_STAGES = ("decode", "clean")


class Pipeline:
    """An ordered list of registered stages, checked when it is built."""

    def __init__(
        self, stage_names: Sequence[str] = DEFAULT_STAGES, settings: Settings | None = None
    ):
        from . import stages as _registrations  # noqa: F401  (registers the built-in stages)

        self.settings = settings or Settings.load()
        self.context = Context(self.settings)
        self.stages = [self._lookup(name) for name in stage_names]
        check_order(self.stages)

    @staticmethod
    def _lookup(name: str) -> Stage:
        if name not in STAGES:
            raise WirewatchError(
                f"unknown stage '{name}'; known stages: {', '.join(sorted(STAGES))}"
            )
        return STAGES[name]

    def run(self, documents: Iterable[RawDocument]) -> Iterator[Work]:
        """Process documents in batches; yield each finished (or failed) work item in input order."""
        iterator = iter(documents)
        while batch := [
            Work(raw=document) for document in itertools.islice(iterator, self.settings.batch_size)
        ]:
            self.run_batch(batch)
            yield from batch

    def run_batch(self, batch: list[Work]) -> None:
        for stage in self.stages:
            live = [work for work in batch if work.error is None]
            if not live:
                break
            stage.function(live, self.context)
            for work in live:
                if work.error is None and stage.name not in work.skipped:
                    work.stages.append(stage.name)
        for work in batch:
            work.doc = None  # parse trees are big: drop them with the batch


def check_order(stages: Sequence[Stage]) -> None:
    """Every stage's requirements are assigned by an earlier stage."""
    available = set(INITIAL_FIELDS)
    for stage in stages:
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise WirewatchError(
                f"stage '{stage.name}' needs {', '.join(missing)}, which no earlier stage assigns"
            )
        available.update(stage.assigns)
