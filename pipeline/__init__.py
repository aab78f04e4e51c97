"""beehive-dataset: New Zealand Government press releases as an open, versioned dataset.

The stages, in the order data flows through them (a lower stage never imports a higher one;
tests/test_architecture.py and the import-linter contract in pyproject.toml enforce it):

- ingest/   raw Markdown files -> an inventory with hashes, `Release` records or rejections
- extract/  one release -> typed records of its quotes, figures and actors (pure functions)
- build/    every release's records -> the dataset's tables (worker pool, cache, cross-table checks)
- publish/  tables -> an immutable version on disk or object storage
- defs/     the Dagster assets, checks, automation and resources that run the stages

`definitions.py` is the Dagster entry point; `python -m pipeline` the command line.
"""
