"""The inventory of a raw directory: which files, their hashes, and reading only what changed."""

import os
import time

from benchmarks.generate_archive import write_archive
from pipeline.ingest.files import find_raw_files, read_raw_file
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


def test_raw_files_are_every_md_file_below_the_folder_in_path_order(tmp_path):
    for path in ["2021/03/b.md", "2021/03/a.md", "2020/z.md", "top.md", "2021/notes.txt"]:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(release(GOOD))
    (tmp_path / "folder.md").mkdir()
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / "outside.md").write_bytes(release(GOOD))
    (tmp_path / "linked").symlink_to(elsewhere, target_is_directory=True)
    (tmp_path / "linked-file.md").symlink_to(tmp_path / "top.md")
    assert find_raw_files(tmp_path) == [
        "2020/z.md",
        "2021/03/a.md",
        "2021/03/b.md",
        "linked-file.md",
        "top.md",
    ]


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
        "pipeline.ingest.inventory.read_raw_file", lambda d, p: read.append(p) or original(d, p)
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
    (record,) = (cache / "file-hashes").iterdir()
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
