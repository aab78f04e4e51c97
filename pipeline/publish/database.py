"""dataset.duckdb: the version's tables in one self-contained DuckDB file, documented."""

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

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
# took 3.8 s under 256MB, 2.8 s under 384MB, 2.7 s under 512MB, for a process of 420, 480 and
# 530 MiB at its peak (2026-12-05; 575 MiB under either at 100,000 synthetic releases). The
# build's other queries keep contracts.DUCKDB_MEMORY_LIMIT.
DATABASE_MEMORY_LIMIT = "384MB"


def write_duckdb(tables: Mapping[str, Path], db_path: Path) -> None:
    """The version's tables stored inside one DuckDB file, with the contracts as comments.
    Tables are declared from the contracts (types, NOT NULL) and then filled, in one pass,
    from their Parquet files, which DuckDB reads as it writes.

    The file is written by a process of its own (database_process.py, run by its path, so
    that it is this code's whatever the process's working directory), which imports DuckDB
    alone: DuckDB's buffers, publishing's largest memory, then never add to this process, which
    holds Dagster and the version's other work; at 100,000 synthetic releases the main
    process peaked at 969 MiB with them, 602 MiB without (2026-12-05)."""
    run = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("database_process.py")),
            DATABASE_MEMORY_LIMIT,
        ],
        input=json.dumps(database_statements(tables, db_path)),
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        problem = run.stderr.strip() or f"the process ended with status {run.returncode}"
        raise DatabaseError(f"writing {db_path} failed: {problem}")


class DatabaseError(RuntimeError):
    """dataset.duckdb could not be written: nothing is published."""


def database_statements(tables: Mapping[str, Path], db_path: Path) -> list[str]:
    """The SQL that writes the tables' Parquet files into a new DuckDB file at `db_path`."""
    storage = sql_string(STORAGE_VERSION)
    statements = [
        f"ATTACH {sql_string(db_path)} AS dataset (STORAGE_VERSION {storage})",
        "USE dataset",
    ]
    for name in TABLES:
        types = duckdb_types(name)
        declared = ", ".join(
            f"{c.name} {types[c.name]}{'' if c.nullable else ' NOT NULL'}"
            + (" USING COMPRESSION zstd" if c.long_text else "")
            for c in columns(name)
        )
        statements += [
            f"CREATE TABLE {name} ({declared})",
            f"INSERT INTO {name} SELECT * FROM read_parquet({sql_string(tables[name])})",
            f"COMMENT ON TABLE {name} IS {sql_string(table_description(name))}",
            *(
                f"COMMENT ON COLUMN {name}.{c.name} IS {sql_string(c.description)}"
                for c in columns(name)
            ),
        ]
    return [*statements, "CHECKPOINT dataset", "USE memory", "DETACH dataset"]
