"""Writes dataset.duckdb in a process of its own (database.write_duckdb): runs the SQL
statements it reads, a JSON list, from standard input, under the memory cap its argument
gives. It imports DuckDB alone, so it starts in a fraction of a second.

    python pipeline/publish/database_process.py 384MB < statements.json
"""

import json
import sys

import duckdb


def execute(statements: list[str], memory_limit: str) -> None:
    with duckdb.connect(config={"memory_limit": memory_limit}) as con:
        for statement in statements:
            con.execute(statement)


if __name__ == "__main__":
    try:
        execute(json.load(sys.stdin), sys.argv[1])
    except duckdb.Error as error:  # the reason, as one line, for the error the parent raises
        sys.exit(f"{type(error).__name__}: {' '.join(str(error).split())}")
