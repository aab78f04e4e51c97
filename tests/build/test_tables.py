"""The whole-archive build: caching by content hash, workers, and equality with a full build."""

import shutil

import pyarrow.parquet as pq
import pytest

from benchmarks.generate_archive import write_archive
from pipeline import contracts
from pipeline.build.tables import build_tables
from pipeline.ingest.inventory import take_inventory


@pytest.fixture(scope="module")
def synthetic_archive(tmp_path_factory):
    raw = tmp_path_factory.mktemp("archive")
    write_archive(120, raw, seed=3, mess_rate=0.05)
    return raw


def full_build(raw):
    return build_tables(take_inventory(raw), cache_dir=None, workers=1).tables


def test_an_incremental_build_equals_a_full_rebuild(synthetic_archive, tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(synthetic_archive, raw)
    first = build_tables(take_inventory(raw), cache, workers=1)
    contents = {sha for sha in take_inventory(raw).hashes if sha}  # a copy is extracted once
    assert (first.extracted, first.reused) == (len(contents), 0)

    files = sorted(raw.rglob("*.md"))
    for path in files[:5]:
        path.write_text(path.read_text(encoding="utf-8", errors="replace") + "\n\nA new line.\n")
    files[5].unlink()
    (raw / "2030").mkdir()
    shutil.copy(files[10], raw / "2030" / "copy-under-another-name.md")
    (raw / "2030" / "new.md").write_text(
        "---\ntitle: New\ndate: 2030-01-02\nurl: https://www.beehive.govt.nz/release/new\n---\n\n"
        "“We will build 40 new schools,” Education Minister Chris Hipkins said.\n"
    )
    second = build_tables(take_inventory(raw), cache, workers=1)
    assert second.extracted == 5 + 1  # the changed files and the new one; the copy is cached
    assert second.reused == len(take_inventory(raw).paths) - 6 - 1
    rebuilt = full_build(raw)
    for name, table in rebuilt.items():
        assert second.tables[name].equals(table), name
    assert len(second.tables["releases"]) + len(second.tables["rejects"]) == len(
        take_inventory(raw).paths
    )


def test_a_build_into_a_folder_writes_the_tables_it_would_return(synthetic_archive, tmp_path):
    inventory = take_inventory(synthetic_archive)
    report = build_tables(inventory, tmp_path / "cache", workers=1, out=tmp_path / "tables")
    assert report.tables == {}
    for name, table in full_build(synthetic_archive).items():
        written = pq.read_table(report.files[name]).cast(table.schema)
        assert written.equals(table) and report.rows[name] == table.num_rows, name


def test_rows_gathered_a_few_at_a_time_from_many_segments_give_the_same_sorted_tables(
    synthetic_archive, monkeypatch, tmp_path
):
    monkeypatch.setattr("pipeline.build.pool.BATCH", 16)  # many cache segments
    inventory = take_inventory(synthetic_archive)
    tables = build_tables(inventory, tmp_path / "cache", workers=1).tables
    monkeypatch.setattr("pipeline.build.assemble.BATCH_ROWS", 5)
    again = build_tables(inventory, tmp_path / "cache", workers=1).tables
    for name, table in tables.items():
        assert again[name].equals(table), name
        order = [(key, "ascending") for key in contracts.row_order(name)]
        assert table.sort_by(order).equals(table), name


def test_an_unchanged_archive_extracts_nothing(synthetic_archive, tmp_path):
    cache = tmp_path / "cache"
    build_tables(take_inventory(synthetic_archive), cache, workers=1)
    again = build_tables(take_inventory(synthetic_archive), cache, workers=1)
    assert again.extracted == 0


def test_workers_give_the_same_tables_as_one_process(synthetic_archive, monkeypatch, tmp_path):
    monkeypatch.setattr("pipeline.build.pool.BATCH", 16)
    inventory = take_inventory(synthetic_archive)
    parallel = build_tables(inventory, cache_dir=None, workers=2).tables
    written = build_tables(inventory, tmp_path / "cache", workers=2)  # workers write the cache
    again = build_tables(inventory, tmp_path / "cache", workers=2)
    assert again.extracted == 0
    for name, table in full_build(synthetic_archive).items():
        assert parallel[name].equals(table), name
        assert written.tables[name].equals(table) and again.tables[name].equals(table), name


def test_incremental_runs_append_segments_and_compact_when_most_rows_are_gone(
    synthetic_archive, tmp_path
):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(synthetic_archive, raw)
    build_tables(take_inventory(raw), cache, workers=1)
    (raw / "2031").mkdir()
    (raw / "2031" / "one.md").write_text(
        "---\ntitle: One\ndate: 2031-01-02\nurl: https://www.beehive.govt.nz/release/one\n---\n\n"
        "Body.\n"
    )
    build_tables(take_inventory(raw), cache, workers=1)
    (segments,) = [p for p in (cache / "rows").iterdir() if p.is_dir()]
    assert len(list(segments.iterdir())) == 2
    for path in sorted(raw.rglob("*.md"))[5:]:
        path.unlink()
    report = build_tables(take_inventory(raw), cache, workers=1)
    assert report.extracted == 0 and len(list(segments.iterdir())) == 1
    assert report.tables["releases"].equals(full_build(raw)["releases"])


def test_a_file_deleted_after_the_inventory_is_rejected_not_fatal(tmp_path):
    raw = tmp_path / "raw"
    write_archive(5, raw, seed=8)
    inventory = take_inventory(raw)
    gone = inventory.paths[0]
    (raw / gone).unlink()
    built = build_tables(inventory, cache_dir=None, workers=1).tables
    (reject,) = [r for r in built["rejects"].to_pylist() if r["source_path"] == gone]
    assert reject["reason"] == "unreadable" and "could not be read" in reject["detail"]
    assert built["releases"].num_rows == 4
