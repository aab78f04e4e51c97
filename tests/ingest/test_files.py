"""The entries of a raw directory: every one is a release file or a rejection, and a second,
independent listing agrees."""

import os
import socket
import threading

import pytest

from pipeline.ingest.files import count_raw_entries, list_raw_entries, read_raw_file

GOOD = (
    b"---\ntitle: T\ndate: 2021-03-04\nurl: https://www.beehive.govt.nz/release/r\n---\n\nBody.\n"
)


def entries(raw):
    found = list_raw_entries(raw)
    return found.files, {path: r.reason for path, r in found.problems.items()}


def accounted(raw):
    found = list_raw_entries(raw)
    return sorted([*found.files, *found.problems])


@pytest.fixture
def raw(tmp_path):
    raw = tmp_path / "raw"
    for path in ["2021/03/b.md", "2021/03/a.md", "2020/z.md", "top.md", "2021/notes.txt"]:
        (raw / path).parent.mkdir(parents=True, exist_ok=True)
        (raw / path).write_bytes(GOOD)
    (raw / "folder.md").mkdir()  # a folder, walked like any other
    (raw / "folder.md" / "inner.md").write_bytes(GOOD)
    return raw


def test_release_files_are_every_md_file_below_the_folder_in_path_order(raw):
    files, problems = entries(raw)
    assert files == ["2020/z.md", "2021/03/a.md", "2021/03/b.md", "folder.md/inner.md", "top.md"]
    assert problems == {}
    assert count_raw_entries(raw) == accounted(raw)


def test_links_are_followed_only_to_files_inside_the_raw_directory(raw, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "outside.md").write_bytes(GOOD)
    (raw / "inside-link.md").symlink_to(raw / "top.md")
    (raw / "outside-link.md").symlink_to(outside / "outside.md")
    (raw / "linked-folder").symlink_to(outside, target_is_directory=True)
    (raw / "same-folder").symlink_to(raw / "2021", target_is_directory=True)
    (raw / "folder-link.md").symlink_to(raw / "2021", target_is_directory=True)
    files, problems = entries(raw)
    assert "inside-link.md" in files
    assert problems == {
        "outside-link.md": "outside_raw_dir",
        "linked-folder": "outside_raw_dir",
        "folder-link.md": "not_a_file",
    }
    assert not any(f.startswith("same-folder/") for f in files)  # listed where they are
    assert count_raw_entries(raw) == accounted(raw)


def test_broken_links_and_loops_are_rejected_and_the_walk_goes_on(raw):
    (raw / "2020" / "loop.md").symlink_to(raw / "2020" / "loop.md")
    (raw / "a-dangling.md").symlink_to(raw / "gone.md")
    (raw / "2020" / "cycle").symlink_to(raw / "2020", target_is_directory=True)
    files, problems = entries(raw)
    assert problems == {"2020/loop.md": "broken_link", "a-dangling.md": "broken_link"}
    assert len(files) == 5  # every folder after the loop was still listed
    assert count_raw_entries(raw) == accounted(raw)


def test_special_files_named_md_are_rejected(raw):
    os.mkfifo(raw / "fifo.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(raw / "socket.md"))
    try:
        _files, problems = entries(raw)
    finally:
        server.close()
    assert problems == {"fifo.md": "not_a_file", "socket.md": "not_a_file"}
    assert count_raw_entries(raw) == accounted(raw)


def test_names_that_are_not_utf8_are_rejected_with_a_printable_path(raw):
    os.mkdir(os.path.join(os.fsencode(raw), b"caf\xe9"))
    with open(os.path.join(os.fsencode(raw), b"bad\xff.md"), "wb") as handle:
        handle.write(GOOD)
    _files, problems = entries(raw)
    assert problems == {"bad\\xff.md": "bad_file_name", "caf\\xe9": "bad_file_name"}
    assert count_raw_entries(raw) == accounted(raw)


def test_a_folder_that_cannot_be_listed_is_rejected_and_the_rest_is_listed(raw, monkeypatch):
    real = os.scandir
    locked = os.fspath(raw / "2021")

    def scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = entries(raw)
    assert problems == {"2021": "unreadable"}
    assert files == ["2020/z.md", "folder.md/inner.md", "top.md"]
    assert count_raw_entries(raw) == accounted(raw)


def test_reading_a_fifo_never_blocks(raw):
    os.mkfifo(raw / "fifo.md")
    done = []
    reader = threading.Thread(target=lambda: done.append(read_raw_file(raw, "fifo.md")))
    reader.start()
    reader.join(timeout=5)
    assert done and done[0].data is None and done[0].rejection.reason == "not_a_file"


def test_a_file_larger_than_the_limit_is_not_read_whole(raw):
    (raw / "big.md").write_bytes(GOOD + b"x" * 10_000)
    found = read_raw_file(raw, "big.md", max_bytes=1000)
    assert found.data is None and found.rejection.reason == "too_large"
    assert "1,000" in found.rejection.detail
    assert read_raw_file(raw, "big.md", max_bytes=20_000).data is not None
