"""dataset.duckdb: the version's tables in one self-contained DuckDB file, documented."""

from collections.abc import Mapping
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.contracts import columns, duckdb_types, table_description
from schemas import TABLES

DUCKDB_FILE = "dataset.duckdb"


def write_duckdb(tables: Mapping[str, pa.Table], db_path: Path) -> None:
    """The version's tables stored inside one DuckDB file, with the contracts as comments.
    Tables are declared from the contracts (types, NOT NULL) and then filled, in one pass.
    Filled blocks go to the file as they are written, so a small buffer suffices: more only
    raises the run's peak memory (measured at 50,000 releases: same time with 256MB as 768MB)."""
    with duckdb.connect(str(db_path), config={"memory_limit": "256MB"}) as con:
        for name in TABLES:
            types = duckdb_types(name)
            declared = ", ".join(
                f"{c.name} {types[c.name]}{'' if c.nullable else ' NOT NULL'}"
                + (" USING COMPRESSION zstd" if c.long_text else "")
                for c in columns(name)
            )
            con.execute(f"CREATE TABLE {name} ({declared})")
            con.register("published", tables[name])
            con.execute(f"INSERT INTO {name} SELECT * FROM published")
            con.unregister("published")
            con.execute(f"COMMENT ON TABLE {name} IS {_sql(table_description(name))}")
            for column in columns(name):
                con.execute(f"COMMENT ON COLUMN {name}.{column.name} IS {_sql(column.description)}")
        con.execute("CHECKPOINT")


def _sql(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
