"""The extraction cache key: exactly the code, data and schemas that produce cached rows."""

import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from benchmarks.generate_archive import write_archive
from pipeline import contracts
from pipeline.build import cache
from pipeline.build.cache import extraction_key, extraction_sources
from pipeline.build.segments import read_segment, write_segment
from pipeline.build.tables import build_tables
from pipeline.ingest.inventory import take_inventory
from tests.conftest import ROOT

SCHEMAS = {"rows": pa.schema([("text", pa.string())])}


@pytest.fixture
def package(tmp_path):
    """A small package: `work` imports `text` and `lists`, which has a data folder;
    `publish` is imported by nothing that `work` imports."""
    root = tmp_path / "src"
    files = {
        "pkg/__init__.py": "",
        "pkg/work.py": "import re\n\nfrom pkg import text\nfrom pkg.lists.load import words\n",
        "pkg/text.py": "SPACES = ' '\n",
        "pkg/lists/__init__.py": "",
        "pkg/lists/load.py": "def words():\n    return []\n",
        "pkg/lists/data/words.txt": "one\ntwo\n",
        "pkg/publish.py": "from pkg import work\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_the_sources_are_what_the_entry_imports_and_their_data(package):
    found = {p.relative_to(package).as_posix() for p in extraction_sources(package, "pkg.work")}
    assert found == {
        "pkg/__init__.py",
        "pkg/work.py",
        "pkg/text.py",
        "pkg/lists/__init__.py",
        "pkg/lists/load.py",
        "pkg/lists/data/words.txt",
    }


@pytest.mark.parametrize(
    ("path", "changes_the_key"),
    [
        ("pkg/publish.py", False),  # not extraction code: a comment there keeps the cache
        ("pkg/text.py", True),
        ("pkg/lists/load.py", True),
        ("pkg/lists/data/words.txt", True),
    ],
)
def test_only_a_change_to_extraction_code_or_data_changes_the_key(package, path, changes_the_key):
    before = extraction_key(package, "pkg.work", SCHEMAS)
    with (package / path).open("a") as handle:
        handle.write("# a comment\n")
    assert (extraction_key(package, "pkg.work", SCHEMAS) != before) is changes_the_key


def test_a_changed_cached_schema_changes_the_key(package):
    changed = {"rows": pa.schema([("text", pa.string()), ("n", pa.int64())])}
    assert extraction_key(package, "pkg.work", changed) != extraction_key(
        package, "pkg.work", SCHEMAS
    )


def test_the_real_key_covers_ingest_and_extract_but_not_publishing():
    found = {p.relative_to(ROOT).as_posix() for p in extraction_sources(ROOT, cache.WORKER_MODULE)}
    assert {
        "pipeline/build/worker.py",
        "pipeline/ingest/parse.py",
        "pipeline/extract/quotes.py",
        "pipeline/extract/data/organisations.csv",
    } <= found
    assert not any(p.startswith(("pipeline/publish/", "pipeline/defs/", "schemas/")) for p in found)
    assert "pipeline/evaluation.py" not in found


@pytest.fixture
def raw(tmp_path):
    raw = tmp_path / "raw"
    write_archive(12, raw, seed=4)
    return raw


def test_a_contract_change_re_extracts_instead_of_crashing(raw, tmp_path, monkeypatch):
    first = build_tables(take_inventory(raw), tmp_path / "cache", workers=1)
    assert first.extracted > 0
    real = contracts.arrow_schema

    def narrower_counts(table):
        schema = real(table)
        if table != "quotes":
            return schema
        index = schema.get_field_index("paragraph_count")
        return schema.set(index, schema.field(index).with_type(pa.int32()))

    monkeypatch.setattr(contracts, "arrow_schema", narrower_counts)
    cache.cache_schemas.cache_clear()
    cache.cache_key.cache_clear()
    try:
        again = build_tables(take_inventory(raw), tmp_path / "cache", workers=1)
    finally:
        cache.cache_schemas.cache_clear()
        cache.cache_key.cache_clear()
    assert (again.extracted, again.reused) == (first.extracted, 0)
    assert again.tables["quotes"].schema.field("paragraph_count").type == pa.int32()


def test_a_cache_of_another_key_is_not_read_and_is_removed(raw, tmp_path, monkeypatch):
    build_tables(take_inventory(raw), tmp_path / "cache", workers=1)
    monkeypatch.setattr(cache, "cache_key", lambda: "other-code")
    monkeypatch.setattr("pipeline.build.tables.cache_key", lambda: "other-code")
    again = build_tables(take_inventory(raw), tmp_path / "cache", workers=1)
    assert again.reused == 0
    assert [p.name for p in (tmp_path / "cache" / "rows").iterdir() if p.is_dir()] == ["other-code"]


def test_a_cache_shared_by_a_copy_of_the_archive_is_reused(raw, tmp_path):
    build_tables(take_inventory(raw), tmp_path / "cache", workers=1)
    copy = tmp_path / "copy"
    shutil.copytree(raw, copy)
    assert build_tables(take_inventory(copy), tmp_path / "cache", workers=1).extracted == 0


def test_a_segment_is_read_mapped_with_no_file_left_open(tmp_path):
    """Reading a segment keeps no file descriptor per file (the cache has thousands), and its
    rows are intact after the pages its reading touched were dropped."""
    body = pa.array(["x" * 50_000, "y" * 70_000] * 20)
    table = pa.table({"body": body})
    write_segment(tmp_path / "000000", {"releases": table})
    open_before = len(list(Path("/proc/self/fd").iterdir()))
    read = read_segment(tmp_path / "000000", {"releases": table.schema})
    assert len(list(Path("/proc/self/fd").iterdir())) == open_before
    assert read["releases"].equals(table)
