"""DuckDB over Arrow tables and Parquet files: how the build does its cross-release work.

DuckDB's own memory is capped (contracts.DUCKDB_MEMORY_LIMIT): a sort or join larger than that
spills to a temporary folder instead of growing the process."""

import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TypeAlias

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contracts import DUCKDB_MEMORY_LIMIT, sql_string

BATCH_ROWS = 8192  # rows handled at once where a table is processed a batch at a time

Source: TypeAlias = pa.Table | Path  # rows in memory, or a Parquet file


@contextmanager
def connect(
    sources: Mapping[str, Source], memory_limit: str | None = DUCKDB_MEMORY_LIMIT
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB connection with capped memory (None: DuckDB's default, 80% of the machine's)
    where each source is a view of its name: an Arrow table read in place, or a Parquet file
    read as the query needs it."""
    config = {"memory_limit": memory_limit} if memory_limit else {}
    with (
        tempfile.TemporaryDirectory(prefix="beehive-duckdb-") as spill,
        duckdb.connect(config={**config, "temp_directory": spill}) as con,
    ):
        for name, source in sources.items():
            if isinstance(source, Path):
                parquet = f"read_parquet({sql_string(source)})"
                con.execute(f'create view "{name}" as select * from {parquet}')
            else:
                con.register(name, source)
        yield con


def read(source: Source, columns: list[str] | None = None) -> pa.Table:
    """A table, or some of its columns, in memory: from its Parquet file if it is one."""
    if isinstance(source, pa.Table):
        return source if columns is None else source.select(columns)
    return pq.read_table(source, columns=columns)


def row_count(source: Source) -> int:
    """A table's rows, from its Parquet file's footer if it is one."""
    if isinstance(source, Path):
        rows: int = pq.ParquetFile(source).metadata.num_rows
        return rows
    return int(source.num_rows)


def sql(query: str, **tables: Source) -> pa.Table:
    """Run DuckDB SQL over Arrow tables or Parquet files given by name."""
    with connect(tables) as con:
        return con.sql(query).to_arrow_table()
