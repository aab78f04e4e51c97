"""Stage 3, build: every release's records -> the dataset's tables.

`build_tables` (tables.py) extracts the files the cache (cache.py) lacks on a pool of worker
processes (pool.py running worker.py), then assembles the published tables (assemble.py,
catalogue.py) one at a time, each streamed to its Parquet file (parquet.py). checks.py is
the registry of cross-table checks that gate publishing.
"""
