"""One raw file through ingest and extract, as a worker process runs it."""

import dataclasses
import hashlib
import subprocess
import sys

import pytest

from pipeline import contracts
from pipeline.build.cache import cache_schemas
from pipeline.build.worker import CACHED_RECORDS, Limits, extract_batch, extract_file
from tests.conftest import MESSY_RAW, SEEDS_RAW

SEED = "2019/04/2019-04-23-nz-and-france-seek-end-use-social-media-acts-terrorism.md"


def test_a_release_gives_records_for_every_table_and_its_hash():
    found = extract_file(str(SEEDS_RAW), SEED)
    assert found is not None and found.rejection is None
    assert found.sha256 == hashlib.sha256((SEEDS_RAW / SEED).read_bytes()).hexdigest()
    records = found.records()
    assert set(records) == {"releases", "quotes", "figures", "mentions", "portfolios", "redirects"}
    (release,) = records["releases"]
    assert release.release_id == "nz-and-france-seek-end-use-social-media-acts-terrorism"
    assert release.ministers == ("Jacinda Ardern",)  # canonical: 'Rt Hon' is gone
    for name in ("quotes", "figures", "mentions", "portfolios"):
        assert {r.release_id for r in records[name]} <= {release.release_id}


def test_a_file_that_cannot_be_accepted_gives_one_rejection():
    found = extract_file(str(MESSY_RAW), "invalid-yaml.md")
    assert found is not None and found.extraction is None
    assert found.records() == {"rejects": [found.rejection]}
    assert found.rejection.reason == "invalid_yaml"


def test_a_file_gone_since_the_inventory_is_a_rejection_of_the_moment(tmp_path):
    gone = extract_file(str(tmp_path), "gone.md")
    assert gone.reason == "unreadable" and "No such file" in gone.detail


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_batch_comes_back_as_one_arrow_table_per_cached_table():
    paths = ["invalid-yaml.md", "crlf-and-bom.md"]
    batch = extract_batch(
        str(MESSY_RAW), paths, [sha(MESSY_RAW / p) for p in paths], cache_schemas()
    )
    tables = batch.tables
    assert {name: table.schema for name, table in tables.items()} == cache_schemas()
    assert (tables["releases"].num_rows, tables["rejects"].num_rows) == (1, 1)
    assert set(tables["rejects"]["source_sha256"].to_pylist()) == {sha(MESSY_RAW / paths[0])}
    assert (batch.transient, batch.read_as) == ({}, {})


def test_a_file_whose_bytes_changed_since_the_inventory_gives_no_rows_but_its_hash():
    batch = extract_batch(str(SEEDS_RAW), [SEED], ["0" * 64], cache_schemas())
    assert batch.tables["releases"].num_rows == 0
    assert batch.read_as == {SEED: sha(SEEDS_RAW / SEED)}


def test_an_extractor_failure_is_a_cached_rejection_naming_the_error(monkeypatch):
    def broken(release):
        raise ValueError("unbalanced marks")

    monkeypatch.setattr("pipeline.build.worker.extract_release", broken)
    found = extract_file(str(SEEDS_RAW), SEED)
    assert found.rejection.reason == "extraction_failed"
    assert "ValueError: unbalanced marks" in found.rejection.detail


def test_a_file_that_takes_too_long_is_stopped_and_rejected_for_now(monkeypatch):
    def endless(release):
        while True:
            pass

    monkeypatch.setattr("pipeline.build.worker.extract_release", endless)
    found = extract_file(str(SEEDS_RAW), SEED, Limits(seconds=0.2))
    assert found.reason == "extraction_timeout" and "0.2 s" in found.detail


@pytest.mark.parametrize("name", CACHED_RECORDS)
def test_record_fields_are_contract_columns(name):
    """A misspelt or new field fails here, not as a silently empty column."""
    record, tables = CACHED_RECORDS[name]
    fields = [f.name for f in dataclasses.fields(record)]
    known = {c.name for table in tables for c in contracts.columns(table)}
    assert set(fields) <= known
    published_as_is = {"releases", "quotes", "figures", "mentions"}
    from_the_release = {"published_date"}  # joined from releases when tables are assembled
    if name in published_as_is:
        assert {c.name for c in contracts.columns(tables[0])} - from_the_release <= set(fields)


def test_a_worker_process_imports_no_pandas_pandera_duckdb_or_dagster():
    """What keeps a worker's start-up short and its memory small."""
    code = (
        "import sys, pipeline.build.worker; "
        "print(sorted({'pandas', 'pandera', 'duckdb', 'dagster'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
