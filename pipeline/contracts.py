"""Everything derived from the table contracts in schemas/: Arrow (Parquet) schemas, DuckDB
types, references between tables, validation and the data dictionary. Nothing here describes
a column; it only reads the contracts."""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pandera.pandas as pandera
import pyarrow as pa
import pyarrow.parquet as pq
from pandera.errors import SchemaErrors

from schemas import SCHEMA_VERSION, TABLES


@dataclass(frozen=True)
class Column:
    name: str
    arrow_type: pa.DataType
    nullable: bool
    description: str
    long_text: bool = False
    references: str | None = None  # "<table>.<column>" this column's values must exist in


def columns(table: str) -> list[Column]:
    schema = TABLES[table].to_schema()
    return [
        Column(
            name=name,
            arrow_type=col.dtype.type.pyarrow_dtype,
            nullable=col.nullable,
            description=col.description or "",
            long_text=bool((col.metadata or {}).get("long_text")),
            references=(col.metadata or {}).get("references"),
        )
        for name, col in schema.columns.items()
    ]


def table_description(table: str) -> str:
    return TABLES[table].to_schema().description or ""


def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of a table, with each column's description as field metadata."""
    fields = [
        pa.field(c.name, c.arrow_type, nullable=c.nullable, metadata={"description": c.description})
        for c in columns(table)
    ]
    return pa.schema(
        fields,
        metadata={
            "beehive.table": table,
            "beehive.schema_version": SCHEMA_VERSION,
            "description": table_description(table),
        },
    )


def column_field(tables: Iterable[str], name: str) -> pa.Field:
    """The Arrow field of column `name` in the first of `tables` that has it."""
    for table in tables:
        schema = arrow_schema(table)
        if name in schema.names:
            return schema.field(name)
    raise KeyError(f"no contract among {list(tables)} has a column {name!r}")


def sort_key(table: str) -> list[str]:
    """The columns that identify a row (Config.unique)."""
    return list(TABLES[table].to_schema().unique or [])


def row_order(table: str) -> list[str]:
    """The published row order: by release date first where the table has one, so that row
    groups hold contiguous dates and their statistics let a date filter skip the rest; then
    by the key, which makes the order total."""
    dated = ["published_date"] if "published_date" in TABLES[table].to_schema().columns else []
    return [*dated, *sort_key(table)]


def references(table: str) -> list[tuple[str, str, str]]:
    """(column, referenced table, referenced column) of each foreign key of the table."""
    found = []
    for column in columns(table):
        if column.references:
            target, _, target_column = column.references.partition(".")
            found.append((column.name, target, target_column))
    return found


def duckdb_types(table: str) -> dict[str, str]:
    """Column -> DuckDB type, as DuckDB itself reads the contract's Arrow schema."""
    relation = duckdb.from_arrow(arrow_schema(table).empty_table())
    return dict(zip(relation.columns, map(str, relation.types), strict=True))


VALIDATE_ROWS = 16384  # rows of a Parquet file checked at once
# Rows whose keys are grouped at once to find duplicates, so that it takes bounded memory: the
# mentions of 100,000 synthetic releases (1.4 million rows) took 286 MiB in one part, 239 in
# three; the real archive's (422,000) are one part
UNIQUE_ROWS_PER_PART = 500_000
# DuckDB's memory cap wherever the pipeline uses DuckDB (the build, the contracts, the publish;
# but writing dataset.duckdb has its own, publish/database.py, and the cross-table checks are
# bounded by their parts instead, build/checks.py): a sort or join larger than that spills to a
# temporary folder instead of growing the process
DUCKDB_MEMORY_LIMIT = "256MB"


def sql_string(value: str | Path) -> str:
    """A SQL string literal: a path for read_parquet, a comment's text."""
    return "'" + str(value).replace("'", "''") + "'"


def validate(table: str, data: pa.Table | Path) -> pd.DataFrame | None:
    """Failure cases of the table's pandera contract (None when the table satisfies it). The
    table is viewed as an Arrow-backed DataFrame, which shares its buffers. A Parquet file is
    checked VALIDATE_ROWS rows at a time (failure indexes count from the file's first row),
    and its keys' uniqueness, which no batch alone can tell, over the whole file in DuckDB."""
    if isinstance(data, pa.Table):
        return _failures(TABLES[table].to_schema(), data.to_pandas(types_mapper=pd.ArrowDtype))
    schema = TABLES[table].to_schema()
    keys = [([n], "Column", "field_uniqueness") for n, c in schema.columns.items() if c.unique]
    if schema.unique:
        keys.append((list(schema.unique), "DataFrameSchema", "multiple_fields_uniqueness"))
    per_batch = schema.update_columns({n: {"unique": False} for n in schema.columns})
    per_batch.unique = None
    found = []
    start = 0
    for batch in pq.ParquetFile(data).iter_batches(batch_size=VALIDATE_ROWS):
        frame = batch.to_pandas(types_mapper=pd.ArrowDtype)
        frame.index = pd.RangeIndex(start, start + batch.num_rows)
        found.append(_failures(per_batch, frame))
        start += batch.num_rows
        del frame, batch
        # Arrow's allocator would keep every batch's pages for the next (build/memory.py):
        # checking the releases of 100,000 synthetic releases peaked at 613 MiB, 448 without
        pa.default_memory_pool().release_unused()
    found += [_duplicates(data, *key) for key in keys]
    failures = [f for f in found if f is not None]
    return pd.concat(failures, ignore_index=True) if failures else None


def _failures(schema: pandera.DataFrameSchema, frame: pd.DataFrame) -> pd.DataFrame | None:
    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as errors:
        failures: pd.DataFrame = errors.failure_cases
        return failures
    return None


def part_count(size: int, per_part: int) -> int:
    """How many parts hold `size` (rows, bytes) with about `per_part` in each: one at least."""
    return max(1, -(-size // per_part))


def rows_in_parts(con: duckdb.DuckDBPyConnection, query: str, parts: int) -> list[tuple[Any, ...]]:
    """The rows of a query that keeps one part of its rows (a hash modulo `$parts` equal to
    `$part`), run once per part so that it holds one part at a time; in the parts' order."""
    return [
        row
        for part in range(parts)
        for row in con.execute(query, {"parts": parts, "part": part}).fetchall()
    ]


def _duplicates(path: Path, key: list[str], context: str, check: str) -> pd.DataFrame | None:
    """The rows of a Parquet file whose `key` another row has, as pandera reports them: one
    failure case per row and key column. The keys are grouped a part at a time (by their
    hash), each part of about UNIQUE_ROWS_PER_PART rows (more if one key is on very many rows),
    so that the memory it takes stays flat as the table grows."""
    columns = ", ".join(f'"{c}"' for c in key)
    source = f"read_parquet({sql_string(path)}, file_row_number = true)"
    query = f"""with t as (select file_row_number as row_index, {columns} from {source}
                where hash({columns}) % $parts = $part),
        twice as (select {columns} from t group by all having count(*) > 1)
        select * from t semi join twice using ({columns})"""
    parts = part_count(pq.ParquetFile(path).metadata.num_rows, UNIQUE_ROWS_PER_PART)
    with duckdb.connect(config={"memory_limit": DUCKDB_MEMORY_LIMIT}) as con:
        rows = sorted(rows_in_parts(con, query, parts))
    if not rows:
        return None
    return pd.DataFrame(
        [
            {
                "schema_context": context,
                "column": column,
                "check": check,
                "check_number": None,
                "failure_case": row[1 + i],
                "index": row[0],
            }
            for row in rows
            for i, column in enumerate(key)
        ]
    )


def data_dictionary() -> str:
    """The Markdown data dictionary published with every version."""
    lines = [
        "# beehive-dataset data dictionary",
        "",
        f"Schema version {SCHEMA_VERSION}. Generated from the table contracts in `schemas/`; "
        "do not edit by hand.",
        "",
    ]
    for table in TABLES:
        key = ", ".join(f"`{k}`" for k in sort_key(table))
        lines += [
            f"## {table}",
            "",
            table_description(table),
            "",
            f"One row per {key}; rows are sorted by it.",
            "",
        ]
        lines += [
            "| column | DuckDB type | Parquet (Arrow) type | nullable | description |",
            "|---|---|---|---|---|",
        ]
        sql_types = duckdb_types(table)
        for c in columns(table):
            lines.append(
                f"| `{c.name}` | {sql_types[c.name]} | {c.arrow_type} | "
                f"{'yes' if c.nullable else 'no'} | {c.description} |"
            )
        lines.append("")
    return "\n".join(lines)
