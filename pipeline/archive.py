"""The whole raw directory into the dataset's tables, in parallel, remembering results by
content hash.

`take_inventory` lists the raw files with the hash of each. `build_tables` runs the unit of
work of pipeline/extraction.py (one file through every extractor) over the inventory on a
pool of worker processes and keeps each file's rows in a cache keyed by the
SHA-256 of its bytes, under a fingerprint of the extraction code and reference lists; so a
rebuild extracts only files that are new or changed. Everything that spans files —
duplicates, the actors catalogue, portfolio holders — is recomputed over all rows each time,
so an incremental build gives exactly the tables of a full rebuild.

Why content hashes and not Dagster partitions: one partition per release would mean 50,000
partitions (Dagster advises well under 100,000 and the UI slows from ~25,000), and monthly
partitions would still re-extract a whole month for one changed file and cannot see a
duplicate filed under another month. A hash says exactly which files changed, wherever they
sit in the raw directory.
"""

import hashlib
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.feather as feather

from pipeline import tables
from pipeline.actors import MENTION_ROW_SCHEMA, PORTFOLIO_ROW_SCHEMA
from pipeline.catalogue import actor_catalogue, portfolio_holders
from pipeline.extraction import extract_batch
from pipeline.locks import exclusive
from pipeline.parsing import find_raw_files, read_raw_file

BATCH = 250  # files per unit of work sent to a worker; its rows come back as Arrow tables
SHA = pa.field("source_sha256", pa.string())
REJECT_ROW_SCHEMA = pa.schema(
    [SHA, ("reason", pa.string()), ("detail", pa.string()), ("line", pa.int64())]
)


@cache
def cache_schemas() -> dict[str, pa.Schema]:
    """Per-file rows as cached: each table's contract columns plus the file's hash."""

    def with_sha(schema: pa.Schema) -> pa.Schema:
        return schema if "source_sha256" in schema.names else schema.append(SHA)

    return {
        "releases": tables.arrow_schema("releases"),
        "quotes": with_sha(tables.arrow_schema("quotes")),
        "figures": with_sha(tables.arrow_schema("figures")),
        "mentions": with_sha(MENTION_ROW_SCHEMA),
        "portfolios": with_sha(PORTFOLIO_ROW_SCHEMA),
        "rejects": REJECT_ROW_SCHEMA,
    }


@dataclass(frozen=True)
class RawInventory:
    """The raw files of a run, in path order: relative path and SHA-256 (None if unreadable)."""

    raw_dir: Path
    paths: list[str]
    hashes: list[str | None]
    errors: dict[str, str]
    files_read: int = 0  # files read to hash them; the others matched the previous inventory

    def fingerprint(self) -> str:
        """One hash over every file's path and content: changes when any file does."""
        digest = hashlib.sha256()
        for path, sha in zip(self.paths, self.hashes, strict=True):
            digest.update(f"{path}\0{sha or self.errors.get(path)}\n".encode())
        return digest.hexdigest()


@dataclass
class BuildReport:
    tables: dict[str, pa.Table]
    extracted: int
    reused: int


def build_tables(inventory: RawInventory, cache_dir: Path | None, workers: int) -> BuildReport:
    """All published tables for the inventory, extracting only files the cache lacks. Runs
    that share a cache take turns, so a file is never cached twice."""
    if cache_dir is None:
        return _build_tables(inventory, None, workers)
    with exclusive(cache_dir / "rows"):
        return _build_tables(inventory, cache_dir / "rows" / extractor_fingerprint(), workers)


def _build_tables(inventory: RawInventory, cache: Path | None, workers: int) -> BuildReport:
    for leftover in cache.glob(".staging-*") if cache is not None else []:
        shutil.rmtree(leftover, ignore_errors=True)  # from a run that died mid-way
    cached = _read_cache(cache)
    known = set(cached["releases"]["source_sha256"].to_pylist()) | set(
        cached["rejects"]["source_sha256"].to_pylist()
    )
    wanted = {sha for sha in inventory.hashes if sha}
    todo: dict[str, str] = {}  # path -> sha of the files to extract, one per content
    seen = set(known)
    for path, sha in zip(inventory.paths, inventory.hashes, strict=True):
        if sha and sha not in seen:
            seen.add(sha)
            todo[path] = sha
    fresh = _extract_in_batches(inventory.raw_dir, list(todo), workers, cache)
    fresh = {n: pa.concat_tables([cache_schemas()[n].empty_table(), *b]) for n, b in fresh.items()}
    stale = known - wanted
    if cache is not None and len(stale) > len(wanted):  # mostly rows of gone files: compact
        compacted = {n: pa.concat_tables([_drop(cached[n], stale), fresh[n]]) for n in fresh}
        _replace_segments(cache, compacted)
    rows = {n: pa.concat_tables([cached[n], fresh[n]]) for n in cache_schemas()}
    del cached, fresh
    return BuildReport(
        assemble(inventory, rows), extracted=len(todo), reused=len(wanted) - len(todo)
    )


def assemble(inventory: RawInventory, rows: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """The published tables from every file's cached rows: each file lands in releases or
    rejects, the first file (in path order) of a release_id wins, actors are aggregated.
    Takes the tables out of `rows` as it goes, so their memory is freed early."""
    releases = rows["releases"]
    by_sha = {sha: i for i, sha in enumerate(releases["source_sha256"].to_pylist())}
    release_ids = releases["release_id"].to_pylist()
    rejected = {r["source_sha256"]: r for r in rows["rejects"].to_pylist()}
    kept: dict[str, tuple[str, str]] = {}  # release_id -> (path, sha)
    accepted: dict[str, str] = {}  # sha -> path
    rejects = []
    for path, sha in zip(inventory.paths, inventory.hashes, strict=True):
        reject = None
        if sha is None:
            reject = {
                "reason": "unreadable",
                "line": None,
                "detail": f"the file could not be read: {inventory.errors.get(path)}",
            }
        elif sha in rejected:
            reject = {k: rejected[sha][k] for k in ("reason", "detail", "line")}
        elif sha not in by_sha:
            reject = {
                "reason": "unreadable",
                "line": None,
                "detail": "the file changed while the pipeline read it; run again",
            }
        else:
            rid = release_ids[by_sha[sha]]
            if rid in kept:
                reject = _duplicate(rid, kept[rid], sha, releases, by_sha)
            else:
                kept[rid] = (path, sha)
                accepted[sha] = path
        if reject:
            rejects.append({"source_path": path, "source_sha256": sha, **reject})
    # Rows of other files (duplicates, files no longer in the inventory) are left out by the
    # same DuckDB pass that sorts each table, rather than by copying every table beforehand.
    keep = pa.table(
        {"source_sha256": list(accepted), "source_path": list(accepted.values())},
        schema=pa.schema([SHA, ("source_path", pa.string())]),
    )
    del releases
    built = {
        "releases": tables.conform("releases", rows.pop("releases"), keep),
        "rejects": tables.conform(
            "rejects", pa.Table.from_pylist(rejects, schema=tables.arrow_schema("rejects"))
        ),
    }
    dates = built["releases"].select(["release_id", "published_date"])
    mentions = _kept(rows.pop("mentions"), keep)
    built["actors"] = tables.conform("actors", actor_catalogue(mentions, dates))
    built["mentions"] = tables.conform("mentions", mentions)
    del mentions
    portfolios = portfolio_holders(_kept(rows.pop("portfolios"), keep), dates)
    built["portfolio_holders"] = tables.conform("portfolio_holders", portfolios)
    for name in ("quotes", "figures"):  # one table at a time, so its unsorted rows go at once
        built[name] = tables.conform(name, rows.pop(name), keep)
    return built


def _kept(table: pa.Table, keep: pa.Table) -> pa.Table:
    """The rows of the files in `keep`: for tables that are aggregated before they are sorted."""
    return tables.sql(
        "select * from data semi join keep using (source_sha256)", data=table, keep=keep
    )


def _duplicate(rid: str, first: tuple[str, str], sha: str, releases: pa.Table, by_sha) -> dict:
    path, first_sha = first
    same = ("title", "published_date", "ministers", "portfolios", "body")
    if sha == first_sha:
        detail = f"byte-identical copy of {path}, which was kept; delete this file"
    elif all(releases[c][by_sha[sha]] == releases[c][by_sha[first_sha]] for c in same):
        detail = (
            f"same release as {path} (same content, other bytes), which was kept; delete this file"
        )
    else:
        detail = (
            f"release_id '{rid}' is also used by {path}, which was kept, but the content "
            "differs; check which file is right and remove the other"
        )
    return {"reason": "duplicate", "detail": detail, "line": None}


def _extract_in_batches(
    raw_dir: Path, paths: list[str], workers: int, cache: Path | None
) -> dict[str, list[pa.Table]]:
    """Rows of the given files, extracted BATCH files at a time on `workers` processes. With
    a cache folder, each worker writes its batches there itself (a staging folder, moved in
    as segments once every batch is done) and they are read back memory-mapped, so the rows
    never pass through this process's memory."""
    batches = [paths[i : i + BATCH] for i in range(0, len(paths), BATCH)]
    staging = cache / f".staging-{os.getpid()}" if cache is not None and batches else None
    outs = [str(staging / f"{k:06d}") if staging else None for k in range(len(batches))]
    arguments = ([str(raw_dir)] * len(batches), batches, [cache_schemas()] * len(batches), outs)
    if workers > 1 and len(batches) > 1:
        context = get_context("spawn")  # never fork a process that runs Dagster's threads
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = list(pool.map(extract_batch, *arguments))
    else:
        results = list(map(extract_batch, *arguments))
    if staging is not None:
        segments = _move_in(staging, cache)
        results = [_read_segment(segment) for segment in segments]
    return {name: [r[name] for r in results] for name in cache_schemas()}


def _drop(table: pa.Table, shas: set[str]) -> pa.Table:
    """The table without the rows of the given files."""
    mask = pc.is_in(table["source_sha256"], pa.array(sorted(shas), pa.string()))
    return table.filter(pc.invert(mask))


@cache
def extractor_fingerprint() -> str:
    """A hash of the pipeline's code and reference lists: a cache written by other code is
    never read."""
    digest = hashlib.sha256()
    package = files("pipeline")
    for entry in sorted(
        [*package.iterdir(), *package.joinpath("data").iterdir()], key=lambda e: e.name
    ):
        if entry.is_file() and entry.name.endswith((".py", ".txt", ".csv")):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()[:16]


def _read_cache(cache: Path | None) -> dict[str, pa.Table]:
    """Every segment of the current code's cache, concatenated per table."""
    segments = sorted(cache.iterdir()) if cache is not None and cache.is_dir() else []
    tables_read = [_read_segment(s) for s in segments if not s.name.startswith(".")]
    return {
        name: pa.concat_tables([schema.empty_table()] + [t[name] for t in tables_read])
        for name, schema in cache_schemas().items()
    }


def _read_segment(segment: Path) -> dict[str, pa.Table]:
    return {
        name: feather.read_table(segment / f"{name}.arrow", memory_map=True)
        for name in cache_schemas()
    }


def _move_in(staging: Path, cache: Path) -> list[Path]:
    """The staged batches renamed into place as the cache's next segments, in order; caches
    written by other code are dropped."""
    existing = [p for p in cache.iterdir() if not p.name.startswith(".")]
    number = max((int(p.name) for p in existing), default=-1) + 1
    moved = []
    for offset, batch in enumerate(sorted(staging.iterdir())):
        moved.append(batch.rename(cache / f"{number + offset:06d}"))
    staging.rmdir()
    for entry in cache.parent.iterdir():
        if entry.is_dir() and entry.name != cache.name:
            shutil.rmtree(entry, ignore_errors=True)
    return moved


def _replace_segments(cache: Path, rows: dict[str, pa.Table]) -> None:
    """The rows as the cache's only segment, moved into place before the old ones go."""
    staging = cache / f".staging-{os.getpid()}"
    segment = staging / "000000"
    segment.mkdir(parents=True)
    for name, table in rows.items():
        feather.write_feather(table, segment / f"{name}.arrow", compression="uncompressed")
    existing = [p for p in cache.iterdir() if not p.name.startswith(".")]
    _move_in(staging, cache)
    for old in existing:
        shutil.rmtree(old, ignore_errors=True)


def take_inventory(raw_dir: Path, cache_dir: Path | None = None) -> RawInventory:
    """Every *.md file below the raw directory, in path order, with the hash of its bytes.

    With a cache folder, a file whose size, modification time and inode match the previous
    inventory keeps the hash recorded then (as git's index does), so a republish reads only
    new and changed files. Files modified in the last seconds are always read again, so an
    edit that keeps the size within the clock's resolution is not missed."""
    recorded = _read_file_hashes(cache_dir, raw_dir)
    paths, hashes, errors, remember = find_raw_files(raw_dir), [], {}, []
    settled, files_read = time.time_ns() - 2_000_000_000, 0
    for path in paths:
        try:
            stat = os.stat(raw_dir / path)
        except OSError:
            stat = None
        known = recorded.get(path)
        if stat and known and known[:3] == (stat.st_size, stat.st_mtime_ns, stat.st_ino):
            sha = known[3]
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


def _read_file_hashes(cache_dir: Path | None, raw_dir: Path) -> dict[str, tuple]:
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
    return {row[0]: row[1:] for row in zip(*columns, strict=True)}


def _write_file_hashes(cache_dir: Path, raw_dir: Path, rows: list[tuple]) -> None:
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
