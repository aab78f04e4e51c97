"""One raw file through every extractor, as a worker process runs it."""

import hashlib
import subprocess
import sys

import pytest

from pipeline import extraction
from pipeline.archive import build_tables, cache_schemas, take_inventory
from pipeline.extraction import ExtractionError, extract_batch, extract_file
from tests.conftest import MESSY_RAW, SEEDS_RAW

SEED = "2019/04/2019-04-23-nz-and-france-seek-end-use-social-media-acts-terrorism.md"


def test_a_release_gives_rows_for_every_table_tagged_with_its_hash():
    rows = extract_file(str(SEEDS_RAW), SEED)
    sha = hashlib.sha256((SEEDS_RAW / SEED).read_bytes()).hexdigest()
    assert [r["release_id"] for r in rows["releases"]] == [
        "nz-and-france-seek-end-use-social-media-acts-terrorism"
    ]
    assert {n: len(r) for n, r in rows.items()} == {
        "releases": 1,
        "quotes": 2,
        "figures": 1,
        "mentions": 8,
        "portfolios": 1,
    }
    for name in ("releases", "quotes", "figures", "mentions", "portfolios"):
        assert {r["source_sha256"] for r in rows[name]} <= {sha}


def test_a_file_that_cannot_be_accepted_gives_one_reject_row():
    rows = extract_file(str(MESSY_RAW), "invalid-yaml.md")
    assert list(rows) == ["rejects"]
    assert rows["rejects"][0]["reason"] == "invalid_yaml"


def test_a_batch_comes_back_as_one_arrow_table_per_schema():
    batch = extract_batch(str(MESSY_RAW), ["invalid-yaml.md", "crlf-and-bom.md"], cache_schemas())
    assert {name: table.schema for name, table in batch.items()} == cache_schemas()
    assert (batch["releases"].num_rows, batch["rejects"].num_rows) == (1, 1)


def test_a_worker_process_imports_no_pandas_pandera_duckdb_or_dagster():
    """What keeps a worker's start-up short and its memory small."""
    code = (
        "import sys, pipeline.extraction; "
        "print(sorted({'pandas', 'pandera', 'duckdb', 'dagster'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_an_extractor_failure_names_the_file_and_stops_the_build(monkeypatch, tmp_path):
    def broken(release, people=None):
        raise ValueError("unbalanced marks")

    monkeypatch.setattr(extraction, "extract_quotes", broken)
    with pytest.raises(ExtractionError, match=f"extracting {SEED} failed: ValueError"):
        build_tables(take_inventory(SEEDS_RAW), cache_dir=tmp_path / "cache", workers=1)
    cached = [p for p in (tmp_path / "cache").rglob("*.arrow") if ".staging" not in str(p)]
    assert cached == []  # nothing from a failed build counts as cached
