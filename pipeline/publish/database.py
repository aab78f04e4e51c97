"""dataset.duckdb: the version's tables in one self-contained DuckDB file, documented."""

from collections.abc import Mapping
from pathlib import Path

import duckdb

from pipeline.build.sql import Source
from pipeline.contracts import (
    columns,
    duckdb_types,
    sql_string,
    table_description,
)
from schemas import TABLES

DUCKDB_FILE = "dataset.duckdb"
# The oldest storage format the file is written in: DuckDB 1.2 and later (the 1.x CLI most
# people have, duckdb-wasm in browsers) read it; DuckDB 2.0's own format only 2.0 reads.
STORAGE_VERSION = "v1.2.0"
# DuckDB's memory while it writes the file. Filled blocks go to the file as they are written,
# so a small buffer suffices, but the releases' bodies (compressed again with zstd) fill a
# small one at once and make DuckDB flush and reload it: writing the real archive's tables
# took 3.8 s under 256MB, 2.8 s under 384MB, 2.7 s under 512MB, for a process of 420, ~480
# and 530 MiB at its peak (2026-12-05, `benchmarks/republish_phases.py` and alone). This is
# where a run peaks: the build's other queries keep contracts.DUCKDB_MEMORY_LIMIT.
DATABASE_MEMORY_LIMIT = "384MB"


def write_duckdb(tables: Mapping[str, Source], db_path: Path) -> None:
    """The version's tables stored inside one DuckDB file, with the contracts as comments.
    Tables are declared from the contracts (types, NOT NULL) and then filled, in one pass,
    from their Parquet files (or Arrow tables), which DuckDB reads as it writes."""
    with duckdb.connect(config={"memory_limit": DATABASE_MEMORY_LIMIT}) as con:
        storage = sql_string(STORAGE_VERSION)
        con.execute(f"ATTACH {sql_string(db_path)} AS dataset (STORAGE_VERSION {storage})")
        con.execute("USE dataset")
        for name in TABLES:
            types = duckdb_types(name)
            declared = ", ".join(
                f"{c.name} {types[c.name]}{'' if c.nullable else ' NOT NULL'}"
                + (" USING COMPRESSION zstd" if c.long_text else "")
                for c in columns(name)
            )
            con.execute(f"CREATE TABLE {name} ({declared})")
            source = tables[name]
            if isinstance(source, Path):
                con.execute(f"INSERT INTO {name} SELECT * FROM read_parquet({sql_string(source)})")
            else:
                con.register("published", source)
                con.execute(f"INSERT INTO {name} SELECT * FROM published")
                con.unregister("published")
            con.execute(f"COMMENT ON TABLE {name} IS {sql_string(table_description(name))}")
            for column in columns(name):
                comment = sql_string(column.description)
                con.execute(f"COMMENT ON COLUMN {name}.{column.name} IS {comment}")
        con.execute("CHECKPOINT dataset")
        con.execute("USE memory")
        con.execute("DETACH dataset")
