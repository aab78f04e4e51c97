"""dataset.duckdb: the tables inside one file, documented, compressed where it pays."""

from pathlib import Path

import duckdb

from pipeline import contracts
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
