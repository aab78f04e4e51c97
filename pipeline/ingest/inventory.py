"""The inventory of a raw directory: every release file with the SHA-256 of its bytes, and
every entry that cannot be read as one, with why.

Like git's index, the inventory remembers each file's size, modification time and inode with
its hash (under the cache folder), so a republish reads only new and changed files. That
record is a hint: it carries a checksum and is ignored when damaged, and the build reads a
file again when its rows say another hash (`forget_recorded`).
"""

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather

from pipeline.durable import atomic_write
from pipeline.ingest.files import list_raw_entries, read_raw_file, too_large
from pipeline.ingest.records import Rejection, RejectReason


@dataclass(frozen=True)
class RawInventory:
    """The entries of a run, in path order: each release file with the SHA-256 of its bytes,
    each entry that cannot be read with its rejection (and no hash)."""

    raw_dir: Path
    paths: list[str]
    hashes: list[str | None]
    problems: dict[str, Rejection] = field(default_factory=dict)
    files_read: int = 0  # files read to hash them; the others matched the previous inventory
    warnings: list[str] = field(default_factory=list)

    def fingerprint(self) -> str:
        """One hash over every entry's path and content: changes when any entry does."""
        digest = hashlib.sha256()
        for path, sha in zip(self.paths, self.hashes, strict=True):
            problem = self.problems.get(path)
            digest.update(f"{path}\0{sha or (problem and problem.reason)}\n".encode())
        return digest.hexdigest()


def take_inventory(
    raw_dir: Path, cache_dir: Path | None = None, max_bytes: int | None = None
) -> RawInventory:
    """Every release file below the raw directory, in path order, with the hash of its bytes,
    and every entry that cannot be read as one.

    With a cache folder, a file whose size, modification time and inode match the previous
    inventory keeps the hash recorded then (as git's index does), so a republish reads only
    new and changed files. Files modified in the last seconds are always read again, so an
    edit that keeps the size within the clock's resolution is not missed."""
    entries = list_raw_entries(raw_dir)
    recorded, warnings = _read_file_hashes(cache_dir, raw_dir)
    problems = dict(entries.problems)
    hashes: dict[str, str] = {}
    remember: list[_Entry] = []
    settled, files_read = time.time_ns() - 2_000_000_000, 0
    folder = os.fspath(raw_dir)
    for path in entries.files:
        try:
            stat: os.stat_result | None = os.stat(os.path.join(folder, path))
        except OSError:
            stat = None
        known = recorded.get(path)
        if stat and max_bytes is not None and stat.st_size > max_bytes:
            problems[path] = too_large(stat.st_size, max_bytes)
            continue
        if stat and known and known[:3] == (stat.st_size, stat.st_mtime_ns, stat.st_ino):
            hashes[path] = known[3]
        else:
            raw = read_raw_file(folder, path, max_bytes)
            files_read += 1
            if raw.rejection or raw.sha256 is None:
                problems[path] = raw.rejection or Rejection(RejectReason.UNREADABLE, _GONE)
                continue
            hashes[path] = raw.sha256
        if stat and stat.st_mtime_ns < settled:
            remember.append((path, stat.st_size, stat.st_mtime_ns, stat.st_ino, hashes[path]))
    unchanged = len(remember) == len(recorded) and all(
        recorded.get(r[0]) == r[1:] for r in remember
    )
    if cache_dir is not None and not unchanged:
        _write_file_hashes(cache_dir, raw_dir, remember)
    paths = sorted([*hashes, *problems])
    return RawInventory(
        raw_dir, paths, [hashes.get(p) for p in paths], problems, files_read, warnings
    )


def forget_recorded(cache_dir: Path | None, raw_dir: Path, paths: set[str]) -> None:
    """Drop files from the file-hash record, so that the next inventory reads them again."""
    recorded, _ = _read_file_hashes(cache_dir, raw_dir)
    if cache_dir is not None and paths & set(recorded):
        kept = [(p, *entry) for p, entry in recorded.items() if p not in paths]
        _write_file_hashes(cache_dir, raw_dir, kept)


_GONE = "the file disappeared while the inventory was taken; run again"
_Entry = tuple[str, int, int, int, str]  # path, size, mtime_ns, inode, sha256
_FILE_HASHES = pa.schema(
    [
        ("source_path", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("inode", pa.int64()),
        ("source_sha256", pa.string()),
    ]
)


def _file_hashes_path(cache_dir: Path, raw_dir: Path) -> Path:
    key = hashlib.sha256(str(raw_dir.resolve()).encode()).hexdigest()[:16]
    return cache_dir / "file-hashes" / f"{key}.arrow"


def _read_file_hashes(
    cache_dir: Path | None, raw_dir: Path
) -> tuple[dict[str, tuple[int, int, int, str]], list[str]]:
    """Path -> (size, mtime_ns, inode, sha256) as recorded by the previous inventory, and a
    warning when the record was damaged (then every file is read again)."""
    path = _file_hashes_path(cache_dir, raw_dir) if cache_dir else None
    if path is None or not path.is_file():
        return {}, []
    try:
        data = path.read_bytes()
        checksum = path.with_suffix(".sha256").read_text().strip()
        if hashlib.sha256(data).hexdigest() != checksum:
            raise ValueError("its checksum does not match")
        table = feather.read_table(pa.BufferReader(data))
        if table.schema != _FILE_HASHES:
            raise ValueError("its columns are not the expected ones")
    except (OSError, ValueError, pa.ArrowInvalid) as error:
        warning = f"the file-hash record {path} is damaged ({error}); every file is read again"
        return {}, [warning]
    columns = [table[name].to_pylist() for name in _FILE_HASHES.names]
    return {row[0]: tuple(row[1:]) for row in zip(*columns, strict=True)}, []


def _write_file_hashes(cache_dir: Path, raw_dir: Path, rows: list[_Entry]) -> None:
    path = _file_hashes_path(cache_dir, raw_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = list(zip(*rows, strict=True)) or [()] * len(_FILE_HASHES)
    table = pa.Table.from_arrays(
        [pa.array(c, f.type) for c, f in zip(columns, _FILE_HASHES, strict=True)],
        schema=_FILE_HASHES,
    )
    sink = pa.BufferOutputStream()
    feather.write_feather(table, sink, compression="uncompressed")
    data = sink.getvalue().to_pybytes()
    atomic_write(path.with_suffix(".sha256"), hashlib.sha256(data).hexdigest().encode())
    atomic_write(path, data)
