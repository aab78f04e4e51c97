import hashlib
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import fsspec
import pyarrow as pa
import pytest

from pipeline import contracts
from pipeline.build.parquet import write_table
from pipeline.publish.versions import (
    Guard,
    PublicationRefused,
    next_version_name,
    publish_version,
    read_manifest,
)
from schemas import SCHEMA_VERSION, TABLES

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def some_tables(title: str = "A release", count: int = 1) -> dict[str, pa.Table]:
    release = {
        "release_id": "a-release",
        "url": "https://www.beehive.govt.nz/release/a-release",
        "title": title,
        "published_date": date(2020, 1, 2),
        "government": "Sixth Labour Government",
        "ministers": ["Jacinda Ardern"],
        "portfolios": ["Prime Minister"],
        "attachments": [],
        "body": "Text.",
        "word_count": 1,
        "source_path": "2020/01/a.md",
        "source_sha256": "0" * 64,
    }
    rows = {"releases": [{**release, "release_id": f"r-{n}"} for n in range(count)]}
    if count == 1:
        rows = {"releases": [release]}
    return {
        name: pa.Table.from_pylist(rows.get(name, []), schema=contracts.arrow_schema(name))
        for name in TABLES
    }


def test_version_names_count_within_a_day():
    day = date(2026, 11, 22)
    assert next_version_name([], day) == "2026-11-22.0"
    assert next_version_name(["2026-11-21.4", "2026-11-22.0", "2026-11-22.1"], day) == (
        "2026-11-22.2"
    )
    assert next_version_name(["2026-11-22.9", "2026-11-22.10"], day) == "2026-11-22.11"


def test_publishing_the_same_content_twice_creates_one_version(tmp_path):
    first = publish_version(some_tables(), tmp_path, now=NOW)
    again = publish_version(some_tables(), tmp_path, now=NOW)
    assert first.created and not again.created
    assert again.version == first.version == "2026-11-22.0"
    visible = sorted(p.name for p in (tmp_path / "releases").iterdir() if p.name[0] != ".")
    assert visible == [
        "2026-11-22.0",
        "catalog.sql",
        "index.html",
        "index.json",
        "latest",
        "latest.json",
    ]


def test_tables_given_as_their_parquet_files_publish_the_same_version(tmp_path):
    files = {}
    for name, table in some_tables(count=3).items():
        files[name] = tmp_path / "built" / f"{name}.parquet"
        files[name].parent.mkdir(exist_ok=True)
        write_table(table, files[name])
    from_files = publish_version(files, tmp_path / "a", now=NOW)
    from_tables = publish_version(some_tables(count=3), tmp_path / "b", now=NOW)
    for key in ("content_sha256", "tables", "changes", "coverage", "quality", "build"):
        assert from_files.manifest[key] == from_tables.manifest[key], key
    with duckdb.connect(str(Path(from_files.location) / "dataset.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from releases").fetchall() == [(3,)]


def test_new_content_is_a_new_version_and_old_versions_stay_untouched(tmp_path):
    first = publish_version(some_tables(), tmp_path, now=NOW)
    before = {p: p.read_bytes() for p in Path(first.location).rglob("*") if p.is_file()}
    second = publish_version(some_tables("Changed title"), tmp_path, now=NOW)
    assert second.created and second.version == "2026-11-22.1"
    assert second.manifest["previous_version"] == "2026-11-22.0"
    assert {p: p.read_bytes() for p in Path(first.location).rglob("*") if p.is_file()} == before
    releases_dir = tmp_path / "releases"
    assert (releases_dir / "latest").resolve() == Path(second.location).resolve()
    index = json.loads((releases_dir / "index.json").read_text())
    assert [v["version"] for v in index] == ["2026-11-22.0", "2026-11-22.1"]
    assert index[-1]["rows"] == {name: int(name == "releases") for name in TABLES}


def test_manifest_describes_every_file(tmp_path):
    publication = publish_version(some_tables(), tmp_path, now=NOW)
    manifest = read_manifest(Path(publication.location))
    assert manifest["version"] == "2026-11-22.0"
    assert manifest["created_at"] == "2026-11-22T09:30:00+00:00"
    assert manifest["previous_version"] is None
    assert manifest["rejected_count"] == 0
    for name, entry in manifest["tables"].items():
        path = Path(publication.location) / entry["path"]
        assert path.name == f"{name}.parquet"
        assert entry["bytes"] == path.stat().st_size
        assert len(entry["sha256"]) == 64
    assert set(manifest["files"]) == {
        "dataset.duckdb",
        "DATA_DICTIONARY.md",
        "LICENSE.md",
        "CITATION.cff",
        "README.md",
        "datapackage.json",
        "quality.json",
    }


def test_a_failed_publish_leaves_no_version_behind(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("pipeline.publish.versions.write_duckdb", broken)
    with pytest.raises(RuntimeError):
        publish_version(some_tables(), tmp_path, now=NOW)
    releases = tmp_path / "releases"
    assert sorted(p.name for p in releases.iterdir()) == [
        ".lock",
        "catalog.sql",
        "index.html",
        "index.json",
    ]
    assert json.loads((releases / "index.json").read_text()) == []


def test_a_failure_while_dataset_duckdb_is_written_waits_for_it_and_leaves_nothing(tmp_path):
    """dataset.duckdb is written in a thread while the rest of the version is staged: an
    error in the rest still removes the staging folder, once the thread is done with it."""

    def broken() -> dict:
        raise RuntimeError("gold sets unreadable")

    with pytest.raises(RuntimeError, match="gold sets unreadable"):
        publish_version(some_tables(), tmp_path, now=NOW, evaluation=broken)
    releases = tmp_path / "releases"
    assert not [p for p in releases.iterdir() if p.name.startswith((".staging", "2"))]
    assert json.loads((releases / "index.json").read_text()) == []


def test_a_version_needs_every_table(tmp_path):
    with pytest.raises(ValueError, match="rejects"):
        publish_version({"releases": some_tables()["releases"]}, tmp_path, now=NOW)


def test_a_uri_on_object_storage_gets_the_same_version(tmp_path):
    fs = fsspec.filesystem("memory")
    out = "memory://beehive-test/dataset"
    first = publish_version(some_tables(), out, now=NOW)
    assert first.created and first.location.endswith("beehive-test/dataset/releases/2026-11-22.0")
    releases = "/beehive-test/dataset/releases"
    assert fs.cat_file(f"{releases}/latest").decode() == "2026-11-22.0"
    index = json.loads(fs.cat_file(f"{releases}/index.json"))
    assert [v["version"] for v in index] == ["2026-11-22.0"]
    manifest = json.loads(fs.cat_file(f"{releases}/2026-11-22.0/manifest.json"))
    for name, entry in manifest["tables"].items():
        data = fs.cat_file(f"{releases}/2026-11-22.0/{entry['path']}")
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], name
    db = tmp_path / "dataset.duckdb"
    db.write_bytes(fs.cat_file(f"{releases}/2026-11-22.0/dataset.duckdb"))
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from releases").fetchone() == (1,)
    assert not publish_version(some_tables(), out, now=NOW).created
    second = publish_version(some_tables("Changed"), out, now=NOW)
    assert second.version == "2026-11-22.1"
    assert fs.cat_file(f"{releases}/latest").decode() == "2026-11-22.1"
    assert json.loads(fs.cat_file(f"{releases}/latest.json"))["version"] == "2026-11-22.1"
    fs.rm("/beehive-test", recursive=True)


def test_a_file_uri_is_a_local_folder(tmp_path):
    publication = publish_version(some_tables(), f"file://{tmp_path}/out", now=NOW)
    assert (tmp_path / "out" / "releases" / "latest").resolve() == Path(publication.location)


def test_a_crash_after_the_rename_is_repaired_by_the_next_run_with_the_same_input(tmp_path):
    releases = tmp_path / "releases"
    publish_version(some_tables(), tmp_path, now=NOW)
    stale_index = (releases / "index.json").read_bytes()
    publish_version(some_tables("Changed"), tmp_path, now=NOW)
    (releases / "index.json").write_bytes(stale_index)  # what a kill after the rename leaves
    (releases / "latest").unlink()
    (releases / "latest").symlink_to("2026-11-22.0")
    again = publish_version(some_tables("Changed"), tmp_path, now=NOW)
    assert not again.created and again.version == "2026-11-22.1"
    assert os.readlink(releases / "latest") == "2026-11-22.1"
    latest = json.loads((releases / "latest.json").read_text())
    assert latest["version"] == "2026-11-22.1" and "releases.parquet" in latest["files"]
    index = json.loads((releases / "index.json").read_text())
    assert [v["version"] for v in index] == ["2026-11-22.0", "2026-11-22.1"]


def test_staging_folders_of_killed_runs_are_removed(tmp_path):
    leftover = tmp_path / "releases" / ".staging-dead"
    leftover.mkdir(parents=True)
    (leftover / "releases.parquet").write_bytes(b"partial")
    publish_version(some_tables(), tmp_path, now=NOW)
    assert not leftover.exists()


def test_a_version_uploaded_but_never_listed_is_listed_by_the_next_run(tmp_path):
    fs = fsspec.filesystem("memory")
    out = "memory://beehive-heal/dataset"
    publish_version(some_tables(), out, now=NOW)
    releases = "/beehive-heal/dataset/releases"
    second = publish_version(some_tables("Changed"), out, now=NOW)
    first_only = json.loads(fs.cat_file(f"{releases}/index.json"))[:1]
    fs.pipe_file(f"{releases}/index.json", json.dumps(first_only).encode())
    fs.pipe_file(f"{releases}/latest", b"2026-11-22.0")
    again = publish_version(some_tables("Changed"), out, now=NOW)
    assert not again.created and again.version == second.version
    index = json.loads(fs.cat_file(f"{releases}/index.json"))
    assert [v["version"] for v in index] == ["2026-11-22.0", "2026-11-22.1"]
    assert fs.cat_file(f"{releases}/latest").decode() == "2026-11-22.1"
    assert json.loads(fs.cat_file(f"{releases}/latest.json"))["version"] == "2026-11-22.1"
    fs.rm("/beehive-heal", recursive=True)


@pytest.mark.parametrize("output", ["local", "memory://guard"])
def test_no_releases_publish_nothing_and_latest_stays(tmp_path, output):
    target = tmp_path if output == "local" else f"{output}-{tmp_path.name}"
    first = publish_version(some_tables(), target, now=NOW)
    with pytest.raises(PublicationRefused, match="no releases were accepted from raw directory x"):
        publish_version(some_tables(count=0), target, now=NOW, guard=Guard("raw directory x"))
    if output == "local":
        assert os.readlink(tmp_path / "releases" / "latest") == first.version
        assert [p.name for p in (tmp_path / "releases").glob("2026-*")] == [first.version]


def test_losing_more_releases_than_allowed_publishes_nothing(tmp_path):
    publish_version(some_tables(count=10), tmp_path, now=NOW)
    with pytest.raises(PublicationRefused, match="BEEHIVE_MAX_RELEASE_DROP"):
        publish_version(some_tables(count=8), tmp_path, now=NOW)
    assert publish_version(some_tables(count=9), tmp_path, now=NOW).created
    allowed = publish_version(some_tables(count=5), tmp_path, now=NOW, guard=Guard(max_drop=0.5))
    assert allowed.created and allowed.manifest["tables"]["releases"]["rows"] == 5


def test_an_unchanged_input_is_known_by_the_manifest_or_by_a_remembered_rebuild(tmp_path):
    from pipeline.publish.versions import latest_manifest, remember_unchanged, unchanged_version

    cache, built_from = tmp_path / "cache", ("inventory", "code", SCHEMA_VERSION)
    assert (
        unchanged_version(latest_manifest(tmp_path), tmp_path, cache, built_from) is None
    )  # nothing published yet
    first = publish_version(some_tables(), tmp_path, now=NOW, raw_inventory="inventory")
    assert (
        unchanged_version(
            latest_manifest(tmp_path), tmp_path, cache, ("other", "code", SCHEMA_VERSION)
        )
        is None
    )
    if first.manifest["build"]["extraction_key"] == "code":
        raise AssertionError("the test's code key must differ from the real one")
    remember_unchanged(tmp_path, cache, first.version, built_from)
    assert (
        unchanged_version(latest_manifest(tmp_path), tmp_path, cache, built_from) == first.version
    )
    second = publish_version(some_tables("New title"), tmp_path, now=NOW)
    assert (
        unchanged_version(latest_manifest(tmp_path), tmp_path, cache, built_from) is None
    )  # remembered for the old one
    assert second.version != first.version
