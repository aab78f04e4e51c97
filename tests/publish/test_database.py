"""dataset.duckdb: the tables inside one file, documented, compressed where it pays."""

import json
import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from pipeline import contracts
from pipeline.publish import database
from pipeline.publish.database import DatabaseError, write_duckdb
from pipeline.publish.versions import publish_version
from schemas import TABLES
from tests.publish.test_versions import NOW, some_tables


def test_prose_columns_are_stored_with_zstd_in_dataset_duckdb(tmp_path):
    publication = publish_version(some_tables(), tmp_path, now=NOW)
    long_text = {(t, c.name) for t in TABLES for c in contracts.columns(t) if c.long_text}
    assert ("releases", "body") in long_text
    with duckdb.connect(str(Path(publication.location) / "dataset.duckdb"), read_only=True) as con:
        body = con.sql(
            "select distinct compression from pragma_storage_info('releases') "
            "where column_name = 'body' and segment_type = 'VARCHAR'"
        ).fetchall()
    assert body == [("ZSTD",)]


def test_every_table_and_column_has_its_contract_as_a_comment(tmp_path):
    publication = publish_version(some_tables(), tmp_path, now=NOW)
    with duckdb.connect(str(Path(publication.location) / "dataset.duckdb"), read_only=True) as con:
        comments = dict(
            ((t, c), comment)
            for t, c, comment in con.execute(
                "select table_name, column_name, comment from duckdb_columns()"
            ).fetchall()
        )
        table_comments = dict(
            con.execute("select table_name, comment from duckdb_tables()").fetchall()
        )
    for table in TABLES:
        assert table_comments[table] == contracts.table_description(table)
        for column in contracts.columns(table):
            assert comments[(table, column.name)] == column.description


def test_dataset_duckdb_is_written_in_a_format_duckdb_1_2_reads(tmp_path):
    """DuckDB 1.2 to 1.5 read storage versions 64 to 68 (the number after the 'DUCK' magic);
    DuckDB 2.0's own format is 69, which no 1.x CLI nor duckdb-wasm opens."""
    publication = publish_version(some_tables(), tmp_path, now=NOW)
    header = (Path(publication.location) / "dataset.duckdb").read_bytes()[:20]
    assert header[8:12] == b"DUCK"
    assert int.from_bytes(header[12:20], "little") == 65


@pytest.mark.skipif(
    not os.environ.get("BEEHIVE_OLD_DUCKDB_PYTHON"),
    reason="set BEEHIVE_OLD_DUCKDB_PYTHON to a Python with duckdb 1.x to open the file with it",
)
def test_an_older_duckdb_opens_dataset_duckdb(tmp_path):
    publication = publish_version(some_tables(), tmp_path, now=NOW)
    db = Path(publication.location) / "dataset.duckdb"
    script = (
        "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
        "print(duckdb.__version__, con.sql('select count(*) from releases').fetchall()[0][0])"
    )
    out = subprocess.run(
        [os.environ["BEEHIVE_OLD_DUCKDB_PYTHON"], "-c", script, str(db)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out[0].startswith("1.") and out[1] == "1"


def test_a_database_that_cannot_be_written_fails_with_duckdbs_reason(tmp_path):
    tables = {name: tmp_path / f"{name}.parquet" for name in TABLES}  # none of them exists
    with pytest.raises(DatabaseError, match=r"dataset\.duckdb failed: .*No files found"):
        write_duckdb(tables, tmp_path / "dataset.duckdb")


def test_a_failed_database_publishes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "DATABASE_MEMORY_LIMIT", "1KB")  # too little for any table
    with pytest.raises(DatabaseError, match="Out of Memory"):
        publish_version(some_tables(), tmp_path, now=NOW)
    assert not [p for p in (tmp_path / "releases").iterdir() if p.is_dir()]
    assert json.loads((tmp_path / "releases" / "index.json").read_text()) == []


def test_the_database_is_written_by_this_code_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no pipeline/ here, and none on the path but this one's
    monkeypatch.delenv("PYTHONPATH", raising=False)
    publication = publish_version(some_tables(), tmp_path / "out", now=NOW)
    with duckdb.connect(str(Path(publication.location) / "dataset.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from releases").fetchall() == [(1,)]
