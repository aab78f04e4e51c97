"""The inventory of a raw directory: every release file with the SHA-256 of its bytes.

Like git's index, the inventory remembers each file's size, modification time and inode with
its hash (under the cache folder), so a republish reads only new and changed files.
"""

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather

from pipeline.ingest.files import find_raw_files, read_raw_file


@dataclass(frozen=True)
class RawInventory:
    """The raw files of a run, in path order: relative path and SHA-256 (None if unreadable)."""

    raw_dir: Path
    paths: list[str]
    hashes: list[str | None]
    errors: dict[str, str] = field(default_factory=dict)
    files_read: int = 0  # files read to hash them; the others matched the previous inventory

    def fingerprint(self) -> str:
        """One hash over every file's path and content: changes when any file does."""
        digest = hashlib.sha256()
        for path, sha in zip(self.paths, self.hashes, strict=True):
            digest.update(f"{path}\0{sha or self.errors.get(path)}\n".encode())
        return digest.hexdigest()


def take_inventory(raw_dir: Path, cache_dir: Path | None = None) -> RawInventory:
    """Every *.md file below the raw directory, in path order, with the hash of its bytes.

    With a cache folder, a file whose size, modification time and inode match the previous
    inventory keeps the hash recorded then (as git's index does), so a republish reads only
    new and changed files. Files modified in the last seconds are always read again, so an
    edit that keeps the size within the clock's resolution is not missed."""
    recorded = _read_file_hashes(cache_dir, raw_dir)
    paths = find_raw_files(raw_dir)
    hashes: list[str | None] = []
    errors: dict[str, str] = {}
    remember: list[_Entry] = []
    settled, files_read = time.time_ns() - 2_000_000_000, 0
    for path in paths:
        try:
            stat: os.stat_result | None = os.stat(raw_dir / path)
        except OSError:
            stat = None
        known = recorded.get(path)
        if stat and known and known[:3] == (stat.st_size, stat.st_mtime_ns, stat.st_ino):
            sha: str | None = known[3]
        else:
            raw = read_raw_file(raw_dir, path)
            sha, files_read = raw.sha256, files_read + 1
            if raw.error:
                errors[path] = raw.error
        hashes.append(sha)
        if sha and stat and stat.st_mtime_ns < settled:
            remember.append((path, stat.st_size, stat.st_mtime_ns, stat.st_ino, sha))
    unchanged = len(remember) == len(recorded) and all(
        recorded.get(r[0]) == r[1:] for r in remember
    )
    if cache_dir is not None and not unchanged:
        _write_file_hashes(cache_dir, raw_dir, remember)
    return RawInventory(raw_dir, paths, hashes, errors, files_read)


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
) -> dict[str, tuple[int, int, int, str]]:
    """Path -> (size, mtime_ns, inode, sha256) as recorded by the previous inventory."""
    path = _file_hashes_path(cache_dir, raw_dir) if cache_dir else None
    if path is None or not path.is_file():
        return {}
    try:
        table = feather.read_table(path)
    except (OSError, pa.ArrowInvalid):
        return {}  # a damaged record only costs reading the files again
    if table.schema != _FILE_HASHES:
        return {}
    columns = [table[name].to_pylist() for name in _FILE_HASHES.names]
    return {row[0]: tuple(row[1:]) for row in zip(*columns, strict=True)}


def _write_file_hashes(cache_dir: Path, raw_dir: Path, rows: list[_Entry]) -> None:
    path = _file_hashes_path(cache_dir, raw_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = list(zip(*rows, strict=True)) or [()] * len(_FILE_HASHES)
    table = pa.Table.from_arrays(
        [pa.array(c, f.type) for c, f in zip(columns, _FILE_HASHES, strict=True)],
        schema=_FILE_HASHES,
    )
    staging = path.with_name(f".{path.name}.{os.getpid()}")
    feather.write_feather(table, staging, compression="uncompressed")
    staging.replace(path)
