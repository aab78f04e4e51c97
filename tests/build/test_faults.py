"""The fault suite of the build: a damaged cache, a wrong file-hash record, a file changed
during the run, an extractor that fails or a worker that dies. Each ends in the tables a full
build gives (with the file concerned rejected where it could not be read), never in wrong
rows and never in a run that cannot go on."""

import hashlib
import os
import shutil
import time

import pytest

from benchmarks.generate_archive import write_archive
from pipeline.build import pool
from pipeline.build.cache import cache_schemas
from pipeline.build.tables import build_tables
from pipeline.build.worker import extract_batch
from pipeline.ingest.inventory import take_inventory


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    raw = tmp_path_factory.mktemp("archive")
    write_archive(60, raw, seed=11, mess_rate=0.05)
    settled = time.time() - 60
    for path in raw.rglob("*.md"):
        os.utime(path, (settled, settled))
    return raw


@pytest.fixture
def raw(archive, tmp_path):
    copy = tmp_path / "raw"
    shutil.copytree(archive, copy)
    return copy


def full(raw):
    return build_tables(take_inventory(raw), cache_dir=None, workers=1).tables


def build(raw, cache, workers=1):
    return build_tables(take_inventory(raw, cache), cache, workers=workers)


def assert_same_tables(built, expected):
    for name, table in expected.items():
        assert built[name].equals(table), name


def segments(cache):
    (rows,) = [p for p in (cache / "rows").iterdir() if p.is_dir()]
    return sorted(p for p in rows.iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda seg: _garble(seg / "releases.arrow"), id="garbled bytes"),
        pytest.param(lambda seg: _truncate(seg / "quotes.arrow"), id="truncated file"),
        pytest.param(lambda seg: (seg / "figures.arrow").unlink(), id="deleted file"),
        pytest.param(lambda seg: (seg / "SHA256SUMS").unlink(), id="no checksums"),
    ],
)
def test_a_damaged_cache_segment_is_dropped_and_its_files_extracted_again(raw, tmp_path, damage):
    cache = tmp_path / "cache"
    build(raw, cache)
    damage(segments(cache)[0])
    again = build(raw, cache)
    assert again.extracted > 0
    assert any("damaged" in w for w in again.warnings)
    assert_same_tables(again.tables, full(raw))
    assert build(raw, cache).extracted == 0  # the cache is whole again


def _garble(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))


def _truncate(path):
    path.write_bytes(path.read_bytes()[:100])


def test_rows_cached_twice_are_read_once(raw, tmp_path):
    """What a kill between a compaction and its clean-up leaves: the same rows twice."""
    cache = tmp_path / "cache"
    build(raw, cache)
    (first,) = segments(cache)
    shutil.copytree(first, first.with_name("000007"))
    again = build(raw, cache)
    assert again.extracted == 0
    assert_same_tables(again.tables, full(raw))


def test_a_forged_file_hash_record_cannot_swap_two_releases(raw, tmp_path):
    """Two hashes swapped in the record, with its checksum made to match: the workers find
    the files' real hashes, and each release keeps its own path."""
    cache = tmp_path / "cache"
    build(raw, cache)
    (record,) = (cache / "file-hashes").glob("*.arrow")
    a, b = (hashlib.sha256((raw / p).read_bytes()).hexdigest() for p in _two_releases(raw))
    data = record.read_bytes().replace(a.encode(), b"X" * 64).replace(b.encode(), a.encode())
    data = data.replace(b"X" * 64, b.encode())
    record.write_bytes(data)
    record.with_suffix(".sha256").write_text(hashlib.sha256(data).hexdigest())
    shutil.rmtree(cache / "rows")  # so that nothing but the record can say which is which
    again = build(raw, cache)
    assert_same_tables(again.tables, full(raw))
    assert_same_tables(build(raw, cache).tables, full(raw))


def _two_releases(raw):
    releases = full(raw)["releases"].to_pylist()
    return [releases[0]["source_path"], releases[1]["source_path"]]


def test_a_file_copied_over_another_during_the_run_is_read_again(raw, tmp_path):
    """`cp first second` between the inventory and the extraction: the worker reads other
    bytes than the inventory hashed; they are read again, found stable, and used."""
    cache = tmp_path / "cache"
    write_archive(1, tmp_path / "one", seed=99)
    (new,) = (tmp_path / "one").rglob("*.md")
    first, second = _two_releases(raw)
    shutil.copy(new, raw / second)  # content the cache does not have yet
    inventory = take_inventory(raw, cache)
    shutil.copy(raw / first, raw / second)
    built = build_tables(inventory, cache, workers=1).tables
    rejects = {r["source_path"]: r["reason"] for r in built["rejects"].to_pylist()}
    assert "duplicate" in {rejects.get(first), rejects.get(second)}
    assert_same_tables(built, full(raw))
    assert_same_tables(build(raw, cache).tables, full(raw))


def test_an_extractor_failure_rejects_its_file_and_publishes_the_rest(raw, monkeypatch):
    from pipeline.extract.release import extract_release as real

    victim = _two_releases(raw)[0]

    def failing(release):
        if release.source_path == victim:
            raise ValueError("unbalanced marks")
        return real(release)

    monkeypatch.setattr("pipeline.build.worker.extract_release", failing)
    built = full(raw)
    (reject,) = [r for r in built["rejects"].to_pylist() if r["source_path"] == victim]
    assert reject["reason"] == "extraction_failed" and "unbalanced marks" in reject["detail"]
    assert victim not in built["releases"]["source_path"].to_pylist()


CRASHING = "crash-me"


def dying_worker(raw_dir, batch, limits):
    """What a worker running into a segfault does: the process ends, mid-batch."""
    if any(CRASHING in path for path in batch.paths):
        os._exit(11)
    return extract_batch(
        str(raw_dir), batch.paths, batch.hashes, cache_schemas(), limits, batch.out
    )


def test_a_worker_that_dies_loses_only_the_file_that_killed_it(raw, tmp_path, monkeypatch):
    victim = sorted(raw.rglob("*.md"))[7]
    victim.rename(victim.with_name(f"{CRASHING}.md"))
    expected = full(raw)
    monkeypatch.setattr(pool, "BATCH", 8)
    monkeypatch.setattr(pool, "_run", dying_worker)
    cache = tmp_path / "cache"
    built = build(raw, cache, workers=2).tables
    rejects = {r["source_path"]: r["reason"] for r in built["rejects"].to_pylist()}
    crashed = [p for p, reason in rejects.items() if reason == "worker_crashed"]
    assert crashed == [victim.with_name(f"{CRASHING}.md").relative_to(raw).as_posix()]
    assert built["releases"].num_rows == expected["releases"].num_rows - 1
    monkeypatch.undo()
    assert_same_tables(build(raw, cache).tables, expected)  # not cached: tried again
