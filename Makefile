# Every target creates the virtual environment on first use, so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/.dagster

.PHONY: run test lint ui eval lock clean

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@

run: $(VENV)/.installed  ## ingest raw/, validate, extract, publish a version under outputs/
	@mkdir -p "$(DAGSTER_HOME)"
	$(BIN)/python -m pipeline run

test: lint  ## lint, then the whole test suite
	$(BIN)/pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check pipeline schemas tests
	$(BIN)/ruff format --check pipeline schemas tests

ui: $(VENV)/.installed  ## the Dagster UI on http://127.0.0.1:3000
	@mkdir -p "$(DAGSTER_HOME)"
	$(BIN)/dagster dev -m pipeline.definitions

eval: $(VENV)/.installed  ## make eval GOLD=tests/fixtures/gold/dev.jsonl
	$(BIN)/python -m pipeline eval $(GOLD)

lock: $(VENV)/.installed  ## refresh the pinned versions after changing pyproject.toml
	$(BIN)/pip freeze --exclude-editable > requirements.lock

clean:
	rm -rf $(VENV) .dagster .pytest_cache .ruff_cache .hypothesis
