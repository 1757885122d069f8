# Two commands from a fresh clone: `make demo` and `make test`.
# Both create .venv with the Python found as $(PYTHON) and install from PyPI only.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo workspace test setup lint bench clean actors

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m wirewatch.annotate.placeindex  # the gazetteer index, built once
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/wirewatch analyze examples/kim-military-goals-2022.txt --format text

# The web workspace on a demo store: the example article and the corpus fixture's reports
# (two of its lines are broken on purpose: `wirewatch errors` lists them).
workspace: $(STAMP)
	mkdir -p build
	$(BIN)/wirewatch ingest examples/ tests/data/corpus/reports.jsonl --db build/demo.db || true
	$(BIN)/wirewatch serve --db build/demo.db

test: $(STAMP) lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

# Rebuild the actor base (src/wirewatch/data/actors.sqlite.gz) from the shared dictionaries
# and the team's files; ACTORS_DATA points at the folder of phoenix-actors.tsv.
ACTORS_DATA ?= ../shared/data/actors
actors: $(STAMP)
	$(BIN)/python -m wirewatch.actors.build $(ACTORS_DATA)

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
