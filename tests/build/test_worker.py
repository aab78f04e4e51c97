"""One raw file through ingest and extract, as a worker process runs it."""

import dataclasses
import hashlib
import subprocess
import sys

import pytest

from pipeline import contracts
from pipeline.build.cache import cache_schemas
from pipeline.build.tables import build_tables
from pipeline.build.worker import CACHED_RECORDS, ExtractionError, extract_batch, extract_file
from pipeline.ingest.inventory import take_inventory
from tests.conftest import MESSY_RAW, SEEDS_RAW

SEED = "2019/04/2019-04-23-nz-and-france-seek-end-use-social-media-acts-terrorism.md"


def test_a_release_gives_records_for_every_table_and_its_hash():
    found = extract_file(str(SEEDS_RAW), SEED)
    assert found is not None and found.rejection is None
    assert found.sha256 == hashlib.sha256((SEEDS_RAW / SEED).read_bytes()).hexdigest()
    records = found.records()
    assert set(records) == {"releases", "quotes", "figures", "mentions", "portfolios"}
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


def test_a_file_gone_since_the_inventory_gives_nothing(tmp_path):
    assert extract_file(str(tmp_path), "gone.md") is None


def test_a_batch_comes_back_as_one_arrow_table_per_cached_table():
    batch = extract_batch(str(MESSY_RAW), ["invalid-yaml.md", "crlf-and-bom.md"], cache_schemas())
    assert {name: table.schema for name, table in batch.items()} == cache_schemas()
    assert (batch["releases"].num_rows, batch["rejects"].num_rows) == (1, 1)
    shas = set(batch["rejects"]["source_sha256"].to_pylist())
    assert shas == {hashlib.sha256((MESSY_RAW / "invalid-yaml.md").read_bytes()).hexdigest()}


@pytest.mark.parametrize("name", CACHED_RECORDS)
def test_record_fields_are_contract_columns(name):
    """A misspelt or new field fails here, not as a silently empty column."""
    record, tables = CACHED_RECORDS[name]
    fields = [f.name for f in dataclasses.fields(record)]
    known = {c.name for table in tables for c in contracts.columns(table)}
    assert set(fields) <= known
    published_as_is = {"releases", "quotes", "figures", "mentions"}
    if name in published_as_is:
        assert {c.name for c in contracts.columns(tables[0])} <= set(fields)


def test_a_worker_process_imports_no_pandas_pandera_duckdb_or_dagster():
    """What keeps a worker's start-up short and its memory small."""
    code = (
        "import sys, pipeline.build.worker; "
        "print(sorted({'pandas', 'pandera', 'duckdb', 'dagster'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_an_extractor_failure_names_the_file_and_stops_the_build(monkeypatch, tmp_path):
    def broken(release):
        raise ValueError("unbalanced marks")

    monkeypatch.setattr("pipeline.build.worker.extract_release", broken)
    with pytest.raises(ExtractionError, match=f"extracting {SEED} failed: ValueError"):
        build_tables(take_inventory(SEEDS_RAW), cache_dir=tmp_path / "cache", workers=1)
    cached = [p for p in (tmp_path / "cache").rglob("*.arrow") if ".staging" not in str(p)]
    assert cached == []  # nothing from a failed build counts as cached
