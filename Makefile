# Every target creates the virtual environment on first use, so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/.dagster

.PHONY: help run test lint typecheck ui eval bench-figures bench-scale bench-real bench-adversarial lock clean

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@

$(DAGSTER_HOME)/dagster.yaml: $(VENV)/.installed  # the UI and `make run` share this instance
	@mkdir -p "$(DAGSTER_HOME)" && touch "$@"
	$(BIN)/python -m pipeline instance

help:  ## list the targets and what each does
	@awk 'BEGIN { FS = ":.*## " } /^[a-z-]+:.*## / { printf "  make %-19s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

run: $(VENV)/.installed $(DAGSTER_HOME)/dagster.yaml  ## ingest raw/, validate, extract, publish under outputs/
	$(BIN)/python -m pipeline run

test: lint typecheck  ## lint, layering, types, then the whole test suite
	env -u DAGSTER_HOME $(BIN)/pytest  # tests use throwaway Dagster instances

lint: $(VENV)/.installed  ## ruff, and the layering contracts of pyproject.toml (import-linter)
	$(BIN)/ruff check pipeline schemas tests benchmarks tools
	$(BIN)/ruff format --check pipeline schemas tests benchmarks tools
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed  ## mypy --strict over pipeline/ and schemas/
	$(BIN)/mypy

ui: $(VENV)/.installed $(DAGSTER_HOME)/dagster.yaml  ## the Dagster UI on http://127.0.0.1:3000
	$(BIN)/dagster dev -m pipeline.definitions

GOLD ?= pipeline/gold/dev2_a.jsonl pipeline/gold/dev2_b.jsonl
eval: $(VENV)/.installed  ## make eval GOLD="../shared/gold/*.jsonl" (default: dev2, committed in pipeline/gold/)
	$(BIN)/python -m pipeline eval $(GOLD)

bench-figures: $(VENV)/.installed  ## our figure extractor beside quantulum3 on the gold files
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev,bench]'
	$(BIN)/python benchmarks/figures_vs_quantulum.py

bench-scale: $(VENV)/.installed  ## archives of 1k/10k/50k releases: adds a section to benchmarks/RESULTS.md
	$(BIN)/python -m benchmarks.archive_scale

# The real archive, unpacked from the shared corpus (../shared/corpus/README.md):
#   mkdir -p ../archive && tar -xJf ../shared/corpus/beehive-markdown.tar.xz -C ../archive
ARCHIVE ?= ../archive/releases
bench-real: $(VENV)/.installed  ## releases in ARCHIVE (default ../archive/releases; SIZES=1000 adds synthetic ones); unpack: mkdir -p ../archive && tar -xJf ../shared/corpus/beehive-markdown.tar.xz -C ../archive
	@test -d "$(ARCHIVE)" || { echo "no releases at ARCHIVE=$(ARCHIVE): unpack them with" \
	  "mkdir -p ../archive && tar -xJf ../shared/corpus/beehive-markdown.tar.xz -C ../archive," \
	  "or set ARCHIVE=path/to/releases" >&2; exit 2; }
	$(BIN)/python -m benchmarks.archive_scale --archive "$(ARCHIVE)" $(if $(SIZES),--sizes $(SIZES))

bench-adversarial: $(VENV)/.installed  ## how extraction time grows with hostile inputs (linear: ~2x per doubling)
	$(BIN)/python -m benchmarks.adversarial

lock: $(VENV)/.installed  ## refresh the pinned versions after changing pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	$(BIN)/pip freeze --exclude-editable > requirements.lock

clean:
	rm -rf $(VENV) .dagster .pytest_cache .ruff_cache .hypothesis
