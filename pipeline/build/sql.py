"""DuckDB over Arrow tables: how the build does its cross-release work."""

import duckdb
import pyarrow as pa


def sql(query: str, **tables: pa.Table) -> pa.Table:
    """Run DuckDB SQL over Arrow tables given by name (read in place, not copied)."""
    with duckdb.connect() as con:
        for name, table in tables.items():
            con.register(name, table)
        return con.sql(query).to_arrow_table()
