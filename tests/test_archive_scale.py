"""The archive-scale benchmark's republish step and the way it splits a run into phases (the
timings themselves are not tested: nothing fails on a slow machine)."""

import hashlib
import os

from benchmarks.archive_scale import change_and_add, phases, tree_rss
from benchmarks.generate_archive import write_archive
from pipeline.build.tables import build_tables
from pipeline.ingest.inventory import take_inventory


def hashes(raw):
    return {
        p.relative_to(raw): hashlib.sha256(p.read_bytes()).hexdigest() for p in raw.rglob("*.md")
    }


def test_the_republish_changes_ten_releases_and_adds_ten_accepted_ones(tmp_path):
    raw = tmp_path / "raw"
    write_archive(40, raw, seed=5, mess_rate=0.1)  # messy files are not picked
    before, cache = hashes(raw), tmp_path / "cache"
    first = build_tables(take_inventory(raw), cache, workers=1).tables

    changed, added = change_and_add(raw, 10)

    after = hashes(raw)
    assert sorted(p for p in before if before[p] != after[p]) == sorted(
        p.relative_to(raw) for p in changed
    )
    assert len(changed) == 10 and set(after) - set(before) == {p.relative_to(raw) for p in added}
    assert len(added) == 10
    second = build_tables(take_inventory(raw), cache, workers=1)
    assert second.extracted == 20
    assert second.tables["releases"].num_rows == first["releases"].num_rows + 10
    assert second.tables["rejects"].num_rows == first["rejects"].num_rows
    old_ids = set(first["releases"]["release_id"].to_pylist())
    new_ids = set(second.tables["releases"]["release_id"].to_pylist()) - old_ids
    assert {i.rsplit("-added-", 1)[1] for i in new_ids} == {f"{n:03d}" for n in range(10)}
    assert {i.rsplit("-added-", 1)[0] for i in new_ids} <= old_ids  # copies of releases


def test_phases_come_from_the_verbose_log_lines():
    prefix = "2026-12-02 16:53:07 +0000 - dagster - INFO - publish_dataset - 8214e0cb - "
    run = {
        "seconds": 20.0,
        "lines": [
            (
                9.0,
                prefix + "release_tables - 299 releases accepted, 1 files rejected; "
                "299 files extracted, 0 taken from the cache, 2 workers, 5.7s",
            ),
            (9.1, prefix + "release_tables - rejected 1 file(s) as duplicate"),
            (15.5, prefix + "published_version - published version 2026-12-02.0 at /tmp/x"),
            (20.0, "299 releases accepted, 1 files rejected (1 duplicate); published ..."),
        ],
    }
    split = phases(run)
    assert split is not None
    assert {k: round(v, 1) for k, v in split.items()} == {
        "before extraction": 3.3,
        "extraction + build": 5.7,
        "checks + publish": 6.5,
        "exit": 4.5,
        "workers": 2,
    }
    assert phases({"seconds": 3.0, "lines": []}) is None


def test_the_process_tree_is_measured():
    sizes = tree_rss(os.getpid())
    assert sizes and all(size > 0 for size in sizes)
