"""The whole-archive pass: caching by content hash, workers, and equality with a full build."""

import shutil

import pytest

from benchmarks.generate_archive import write_archive
from pipeline import extraction
from pipeline.extraction import build_tables, take_inventory


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    raw = tmp_path_factory.mktemp("archive")
    write_archive(120, raw, seed=3, mess_rate=0.05)
    return raw


def full_build(raw):
    return build_tables(take_inventory(raw), cache_dir=None, workers=1).tables


def test_an_incremental_build_equals_a_full_rebuild(archive, tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(archive, raw)
    first = build_tables(take_inventory(raw), cache, workers=1)
    assert (first.extracted, first.reused) == (len(take_inventory(raw).paths), 0)

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


def test_an_unchanged_archive_extracts_nothing(archive, tmp_path):
    cache = tmp_path / "cache"
    build_tables(take_inventory(archive), cache, workers=1)
    again = build_tables(take_inventory(archive), cache, workers=1)
    assert again.extracted == 0


def test_workers_give_the_same_tables_as_one_process(archive, monkeypatch):
    monkeypatch.setattr(extraction, "BATCH", 16)
    parallel = build_tables(take_inventory(archive), cache_dir=None, workers=2).tables
    for name, table in full_build(archive).items():
        assert parallel[name].equals(table), name


def test_a_cache_from_other_code_is_not_read(archive, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build_tables(take_inventory(archive), cache, workers=1)
    extraction.extractor_fingerprint.cache_clear()
    monkeypatch.setattr(extraction, "extractor_fingerprint", lambda: "other-code")
    again = build_tables(take_inventory(archive), cache, workers=1)
    assert again.reused == 0
    assert [p.name for p in cache.iterdir()] == ["other-code"]


def test_incremental_runs_append_segments_and_compact_when_most_rows_are_gone(archive, tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(archive, raw)
    build_tables(take_inventory(raw), cache, workers=1)
    (raw / "2031").mkdir()
    (raw / "2031" / "one.md").write_text(
        "---\ntitle: One\ndate: 2031-01-02\nurl: https://www.beehive.govt.nz/release/one\n---\n\n"
        "Body.\n"
    )
    build_tables(take_inventory(raw), cache, workers=1)
    (segments,) = [p for p in cache.iterdir()]
    assert len(list(segments.iterdir())) == 2
    for path in sorted(raw.rglob("*.md"))[5:]:
        path.unlink()
    report = build_tables(take_inventory(raw), cache, workers=1)
    assert report.extracted == 0 and len(list(segments.iterdir())) == 1
    assert report.tables["releases"].equals(full_build(raw)["releases"])
