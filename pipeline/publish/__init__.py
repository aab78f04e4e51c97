"""Stage 4, publish: tables -> an immutable version under <output>/releases/ (versions.py),
with its self-contained DuckDB file (database.py)."""
