"""A segment of the extraction cache: one Arrow file per cached table and a SHA256SUMS file,
written by a worker and read back memory-mapped. Reading checks every file against its
checksum, so a segment damaged on disk is found, never trusted."""

import ctypes
import hashlib
import mmap
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.ipc as ipc

from pipeline.durable import fsync_tree

CHECKSUMS = "SHA256SUMS"
_LIBC = ctypes.CDLL(None)  # the C library, for madvise


class DamagedSegment(Exception):
    """A segment whose files are missing, changed or unreadable."""


def write_segment(folder: Path, tables: Mapping[str, pa.Table]) -> None:
    """The tables as <name>.arrow files with their checksums, flushed to disk."""
    folder.mkdir(parents=True)
    sums = []
    for name, table in tables.items():
        path = folder / f"{name}.arrow"
        feather.write_feather(table, path, compression="uncompressed")
        sums.append(f"{_sha256(path)}  {path.name}\n")
    (folder / CHECKSUMS).write_text("".join(sums), encoding="utf-8")
    fsync_tree(folder)


def read_segment(folder: Path, schemas: Mapping[str, pa.Schema]) -> dict[str, pa.Table]:
    """The segment's tables, memory-mapped, after checking every file; raises
    DamagedSegment naming what is wrong."""
    try:
        listed = (folder / CHECKSUMS).read_text(encoding="utf-8").splitlines()
        sums = {name: digest for digest, name in (line.split("  ", 1) for line in listed)}
    except (OSError, ValueError) as error:
        raise DamagedSegment(f"its checksums cannot be read ({error})") from None
    tables = {}
    for name, schema in schemas.items():
        path = folder / f"{name}.arrow"
        try:
            if sums.get(path.name) != _sha256(path):
                raise DamagedSegment(f"{path.name} does not match its checksum")
            table = _read_mapped(path)
        except (OSError, pa.ArrowInvalid) as error:
            raise DamagedSegment(f"{path.name} cannot be read ({error})") from None
        if table.schema != schema:
            raise DamagedSegment(f"{path.name} has other columns than the cache expects")
        tables[name] = table
    return tables


def _read_mapped(path: Path) -> pa.Table:
    """An Arrow file's table, its buffers in a read-only memory map of the file. Reading the
    file's footer and its batches' headers touches a few pages, and the kernel maps up to
    64 KB around each page touched: over the cache's thousands of files, pages no one reads
    made a fifth of the build's peak memory at 100,000 releases (~100 KB a file). They leave
    the process as soon as the table is read (MADV_DONTNEED, harmless on a read-only mapping
    of a file: a page read later is mapped again from the page cache). Arrow's own map, not
    Python's mmap, which would keep a file descriptor open for each of the thousands."""
    with pa.memory_map(str(path)) as source:
        mapped = source.read_buffer()
    table = ipc.open_file(mapped).read_all()
    if mapped.size:
        _LIBC.madvise(
            ctypes.c_void_p(mapped.address), ctypes.c_size_t(mapped.size), mmap.MADV_DONTNEED
        )
    return table


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
