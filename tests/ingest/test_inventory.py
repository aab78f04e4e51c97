"""The inventory of a raw directory: which files, their hashes, and reading only what changed."""

import os
import time

from benchmarks.generate_archive import write_archive
from pipeline.ingest.files import read_raw_file
from pipeline.ingest.inventory import take_inventory

GOOD = "title: T\ndate: 2021-03-04\nurl: https://www.beehive.govt.nz/release/some-release"


def release(front_matter: str, body: str = "Body text.") -> bytes:
    return f"---\n{front_matter}\n---\n\n{body}\n".encode()


def test_fingerprint_follows_content_not_the_clock(tmp_path):
    (tmp_path / "a.md").write_bytes(release(GOOD))
    before = take_inventory(tmp_path).fingerprint()
    (tmp_path / "a.md").write_bytes(release(GOOD))
    assert take_inventory(tmp_path).fingerprint() == before
    (tmp_path / "a.md").write_bytes(release(GOOD, "Changed."))
    assert take_inventory(tmp_path).fingerprint() != before


def test_an_inventory_reads_only_files_that_changed_since_the_last_one(tmp_path, monkeypatch):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    write_archive(20, raw, seed=5)
    files = sorted(raw.rglob("*.md"))
    settled = time.time() - 60
    for path in files:
        os.utime(path, (settled, settled))
    take_inventory(raw, cache)
    edited, replaced = files[0], files[1]
    edited.write_text(edited.read_text(encoding="utf-8", errors="replace") + "\nMore.\n")
    same_size = replaced.with_name("tmp")
    same_size.write_bytes(replaced.read_bytes().replace(b"---", b"+++", 1))
    os.utime(same_size, (settled, settled))
    same_size.replace(replaced)  # same size and time, but a new file (inode)
    read = []
    original = read_raw_file
    monkeypatch.setattr(
        "pipeline.ingest.inventory.read_raw_file",
        lambda d, p, limit=None: read.append(p) or original(d, p, limit),
    )
    second = take_inventory(raw, cache)
    changed = sorted(p.relative_to(raw).as_posix() for p in (edited, replaced))
    assert sorted(read) == changed and second.files_read == 2
    assert second.hashes == take_inventory(raw).hashes  # what reading every file gives
    read.clear()
    take_inventory(raw, cache)
    assert read == [edited.relative_to(raw).as_posix()]  # edited seconds ago: read again


def test_an_unchanged_directory_leaves_the_file_hash_record_alone(tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    write_archive(5, raw, seed=7)
    for path in raw.rglob("*.md"):
        os.utime(path, (time.time() - 60, time.time() - 60))
    assert take_inventory(raw, cache).files_read == 5
    (record,) = (cache / "file-hashes").glob("*.arrow")
    os.utime(record, (0, 0))
    assert take_inventory(raw, cache).files_read == 0
    assert record.stat().st_mtime == 0


def test_a_damaged_file_hash_record_only_costs_reading_again(tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    write_archive(5, raw, seed=6)
    for path in raw.rglob("*.md"):
        os.utime(path, (time.time() - 60, time.time() - 60))
    expected = take_inventory(raw).hashes
    take_inventory(raw, cache)
    for record in (cache / "file-hashes").iterdir():
        record.write_bytes(b"not arrow")
    assert take_inventory(raw, cache).hashes == expected


def settled_archive(raw, count, seed):
    write_archive(count, raw, seed=seed)
    for path in raw.rglob("*.md"):
        os.utime(path, (time.time() - 60, time.time() - 60))


def record_of(cache):
    (record,) = (cache / "file-hashes").glob("*.arrow")
    return record


def test_a_record_changed_on_disk_is_ignored_with_a_warning(tmp_path):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    settled_archive(raw, 5, seed=9)
    expected = take_inventory(raw).hashes
    take_inventory(raw, cache)
    record = record_of(cache)
    data = bytearray(record.read_bytes())
    digit = data.rindex(b"a")  # one character of a hash, as a flipped bit would change it
    data[digit : digit + 1] = b"b"
    record.write_bytes(bytes(data))
    again = take_inventory(raw, cache)
    assert again.hashes == expected and again.files_read == 5
    assert any("damaged" in w for w in again.warnings)


def test_an_entry_too_large_is_a_problem_not_a_hash(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "big.md").write_bytes(release(GOOD, "x" * 5000))
    (raw / "small.md").write_bytes(release(GOOD))
    inventory = take_inventory(raw, max_bytes=1000)
    assert inventory.paths == ["big.md", "small.md"]
    assert inventory.hashes[0] is None and inventory.hashes[1]
    assert inventory.problems["big.md"].reason == "too_large"
