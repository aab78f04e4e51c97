"""Stage 2, extract: one release -> typed records of its quotes, figures and actors.

Pure functions on plain data, with no Dagster, pandas, pandera or DuckDB: `extract_release`
(release.py) runs every extractor on one `Release`. Shared text rules are in text.py, word
lists and reference tables in data/ (loaded by lexicons.py), ids in ids.py.
"""
