"""Settings: defaults < file < environment < explicit values."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch import Settings
from wirewatch.errors import ModelMissingError, SettingsError
from wirewatch.nlp import resolve_model_name


def test_precedence(tmp_path: Path) -> None:
    config = tmp_path / "wirewatch.toml"
    config.write_text("[wirewatch]\nbatch_size = 8\nmax_input_bytes = 1000\n")
    environ = {"WIREWATCH_BATCH_SIZE": "16"}
    settings = Settings.load(config_file=config, environ=environ)
    assert settings.batch_size == 16 and settings.max_input_bytes == 1000
    assert Settings.load(config_file=config, environ=environ, batch_size=4).batch_size == 4


def test_bad_values_name_the_setting() -> None:
    with pytest.raises(SettingsError, match="batch_size"):
        Settings.load(environ={"WIREWATCH_BATCH_SIZE": "many"})


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not found"):
        Settings.load(config_file=tmp_path / "nope.toml", environ={})


def test_auto_prefers_official_models_and_falls_back_to_the_reupload() -> None:
    assert resolve_model_name("auto").startswith("en_core_web_")


def test_missing_model_names_the_package() -> None:
    with pytest.raises(ModelMissingError, match="pip install en-core-web-xl"):
        resolve_model_name("en_core_web_xl")


def test_a_blank_line_always_starts_a_sentence() -> None:
    from wirewatch.nlp import load_model

    doc = load_model("auto")("Updated 9:30 p.m.\n\nDonald Trump says he may move to the South.")
    starts = [sentence.text.strip() for sentence in doc.sents if sentence.text.strip()]
    assert "Donald Trump says he may move to the South." in starts
    said = next(token for token in doc if token.lower_ == "says")
    assert [child.text for child in said.children if child.dep_ == "nsubj"] == ["Trump"]
