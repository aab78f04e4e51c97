"""The extraction cache: every file's rows, kept by the SHA-256 of its bytes, so a rebuild
extracts only new and changed files.

Rows live as Arrow segments under <cache>/rows/<key>/, one folder per batch of files, read
back memory-mapped. The key is a hash of exactly the code and data that produce the rows —
every module the workers run (build/worker.py and what it imports, found by reading the
imports), the data files beside them, the versions of the libraries they use — and of the
cached tables' Arrow schemas, derived from the contracts. Any change there gives a new key
and a full re-extraction; a change anywhere else (a comment in the publisher, a column
description) keeps the cache.
"""

import ast
import hashlib
import os
import platform
import shutil
from collections.abc import Mapping
from dataclasses import fields
from functools import cache, lru_cache
from importlib.metadata import packages_distributions, version
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline import contracts
from pipeline.build.segments import DamagedSegment, read_segment, write_segment
from pipeline.build.worker import CACHED_RECORDS
from pipeline.durable import fsync_path

WORKER_MODULE = "pipeline.build.worker"
SHA = pa.field("source_sha256", pa.string())


@cache
def cache_schemas() -> dict[str, pa.Schema]:
    """The cached tables' Arrow schemas: each record's fields as typed by its contracts,
    plus the file's hash; no descriptions, which do not change what is cached."""
    schemas = {}
    for name, (record, tables) in CACHED_RECORDS.items():
        columns = [contracts.column_field(tables, f.name).remove_metadata() for f in fields(record)]
        if SHA.name not in {c.name for c in columns}:
            columns.append(SHA)
        schemas[name] = pa.schema(columns)
    return schemas


PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder that holds pipeline/


@cache
def cache_key() -> str:
    """The key of the current code's cache."""
    return extraction_key(PACKAGE_ROOT, WORKER_MODULE, cache_schemas())


def extraction_key(root: Path, entry: str, schemas: Mapping[str, pa.Schema]) -> str:
    """A hash of the module `entry` and everything of its package it imports (found below
    `root`), their data files, the libraries they import, and the cached schemas."""
    digest = hashlib.sha256()
    for path in extraction_sources(root, entry):
        digest.update(f"{path.relative_to(root).as_posix()}\0".encode() + path.read_bytes())
    for name, schema in sorted(schemas.items()):
        digest.update(name.encode() + schema.serialize().to_pybytes())
    digest.update(f"python {platform.python_version()}".encode())
    for library in sorted(_libraries(root, entry)):
        digest.update(f"{library} {version(library)}".encode())
    return digest.hexdigest()[:16]


def extraction_sources(root: Path, entry: str) -> list[Path]:
    """The source files of `entry` and every module of its own package it imports,
    transitively (the __init__.py of each package on the way included), and every file in
    the data/ folders of those packages."""
    found: set[Path] = set()
    for module in _imported_modules(root, entry):
        path = _module_path(root, module)
        found.add(path)
        for parent in _parents(root, module):
            found.add(root.joinpath(*parent.split("."), "__init__.py"))
            data = root.joinpath(*parent.split("."), "data")
            if data.is_dir():
                found.update(p for p in data.rglob("*") if p.is_file())
    return sorted(p for p in found if p.is_file())


def _imported_modules(root: Path, entry: str) -> set[str]:
    package = entry.split(".")[0]
    seen: set[str] = set()
    pending = [entry]
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen.add(module)
        for name in _imports(_module_path(root, module)):
            if name.split(".")[0] != package:
                continue
            # `from pipeline.extract import quotes` imports a module, `from
            # pipeline.extract.quotes import Quote` a name from one
            pending.append(name if _module_path(root, name).exists() else name.rpartition(".")[0])
    return seen


def _imports(path: Path) -> tuple[str, ...]:
    return _imports_in(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=256)
def _imports_in(source: str) -> tuple[str, ...]:
    """The modules a source imports; parsed once per process for each text (the code key
    walks the imports twice, and parsing is most of its cost)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return tuple(found)


def _module_path(root: Path, module: str) -> Path:
    base = root.joinpath(*module.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def _parents(root: Path, module: str) -> list[str]:
    parts = module.split(".")
    return [
        ".".join(parts[:i]) for i in range(1, len(parts) + 1) if root.joinpath(*parts[:i]).is_dir()
    ]


def _libraries(root: Path, entry: str) -> set[str]:
    """The installed distributions the extraction code imports (pyarrow, nameparser, …)."""
    package = entry.split(".")[0]
    distributions = _distributions()
    names: set[str] = set()
    for module in _imported_modules(root, entry):
        for name in _imports(_module_path(root, module)):
            top = name.split(".")[0]
            if top != package:
                names.update(distributions.get(top, ()))
    return names


@cache
def _distributions() -> Mapping[str, list[str]]:
    """Importable top-level names -> the distributions that provide them (slow to find:
    found once per process)."""
    return packages_distributions()


class RowCache:
    """The cached rows of one cache key, as numbered segments. The caller holds the cache's
    lock. Segments are written whole and moved in by a rename, old ones deleted only after
    their replacement is in place; a damaged segment is dropped (its files are extracted
    again) and rows cached twice (a crash between a compaction and its clean-up) are read
    once."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.warnings: list[str] = []

    def clear_staging(self) -> None:
        """Remove what a run that died mid-way left behind."""
        for leftover in self.folder.glob(".staging-*"):
            shutil.rmtree(leftover, ignore_errors=True)

    def staging(self) -> Path:
        return self.folder / f".staging-{os.getpid()}"

    def read(self) -> dict[str, pa.Table]:
        """Every sound segment, concatenated per table, each file's rows once."""
        segments = sorted(self.folder.iterdir()) if self.folder.is_dir() else []
        tables = [self._read(s) for s in segments if not s.name.startswith(".")]
        return _once_per_file([t for t in tables if t is not None])

    def add(self, staging: Path) -> list[dict[str, pa.Table]]:
        """The staged batches moved in as the next segments, in order, and read back; caches
        of other keys are dropped."""
        existing = [p for p in self.folder.iterdir() if not p.name.startswith(".")]
        number = max((int(p.name) for p in existing), default=-1) + 1
        moved = []
        for offset, batch in enumerate(sorted(staging.iterdir())):
            moved.append(batch.rename(self.folder / f"{number + offset:06d}"))
        staging.rmdir()
        fsync_path(self.folder)
        for entry in self.folder.parent.iterdir():
            if entry.is_dir() and entry.name != self.folder.name:
                shutil.rmtree(entry, ignore_errors=True)
        read = [self._read(segment) for segment in moved]
        return [tables for tables in read if tables is not None]

    def replace(self, rows: Mapping[str, pa.Table]) -> None:
        """The rows as the only segment: written and moved in before the old ones go."""
        staging = self.staging()
        write_segment(staging / "000000", rows)
        existing = [p for p in self.folder.iterdir() if not p.name.startswith(".")]
        self.add(staging)
        for old in existing:
            shutil.rmtree(old, ignore_errors=True)

    def _read(self, segment: Path) -> dict[str, pa.Table] | None:
        try:
            return read_segment(segment, cache_schemas())
        except DamagedSegment as damage:
            self.warnings.append(
                f"cache segment {segment} is damaged ({damage}): dropped, and its files "
                "are extracted again"
            )
            shutil.rmtree(segment, ignore_errors=True)
            return None


def _once_per_file(segments: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """The segments' rows per table, without the rows of a file an earlier segment has."""
    seen: set[str] = set()
    kept = []
    for tables in segments:
        shas = set(tables["releases"]["source_sha256"].to_pylist()) | set(
            tables["rejects"]["source_sha256"].to_pylist()
        )
        again = shas & seen
        if again:
            tables = {name: without_files(table, again) for name, table in tables.items()}
        seen |= shas
        kept.append(tables)
    return {
        name: pa.concat_tables([schema.empty_table()] + [t[name] for t in kept])
        for name, schema in cache_schemas().items()
    }


def without_files(table: pa.Table, shas: set[str]) -> pa.Table:
    """The table without the rows of the given files."""
    mask = pc.is_in(table["source_sha256"], pa.array(sorted(shas), pa.string()))
    return table.filter(pc.invert(mask))
