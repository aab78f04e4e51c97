"""The dataset's tables from a raw inventory: extract what the cache lacks, then assemble.

Why content hashes and not Dagster partitions: one partition per release would mean 50,000
partitions (Dagster advises well under 100,000 and the UI slows from ~25,000), and monthly
partitions would still re-extract a whole month for one changed file and cannot see a
duplicate filed under another month. A hash says exactly which files changed, wherever they
sit in the raw directory.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyarrow as pa

from pipeline import contracts
from pipeline.build.assemble import Emit, assemble
from pipeline.build.cache import RowCache, cache_key, cache_schemas, without_files
from pipeline.build.memory import release_memory
from pipeline.build.parquet import write_parquet
from pipeline.build.pool import extract_in_batches
from pipeline.build.worker import NO_LIMITS, Limits
from pipeline.durable import exclusive
from pipeline.ingest.files import read_raw_file
from pipeline.ingest.inventory import RawInventory, forget_recorded
from pipeline.ingest.records import Rejection, RejectReason


@dataclass
class BuildReport:
    """What a build made: the tables in memory (`tables`), or, when it was given a folder,
    their published Parquet files (`files`) and row counts (`rows`)."""

    extracted: int
    reused: int
    warnings: list[str] = field(default_factory=list)
    tables: dict[str, pa.Table] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


def build_tables(
    inventory: RawInventory,
    cache_dir: Path | None,
    workers: int,
    limits: Limits = NO_LIMITS,
    out: Path | None = None,
) -> BuildReport:
    """All published tables for the inventory, extracting only files the cache lacks. Runs
    that share a cache take turns, so a file is never cached twice. With `out` (a folder),
    each table is written there as <table>.parquet, in its published bytes, as soon as it is
    assembled, and is never whole in memory: what the pipeline does with the whole archive.
    Without, the tables are returned in memory (small inputs: tests, the gold sets)."""
    report = BuildReport(extracted=0, reused=0)
    if out is None:
        emit = _into_memory(report)
    else:
        out.mkdir(parents=True, exist_ok=True)
        emit = _into_files(report, out)
    if cache_dir is None:
        return _build(inventory, None, workers, limits, None, emit, report)
    with exclusive(cache_dir / "rows"):
        cache = RowCache(cache_dir / "rows" / cache_key())
        cache.clear_staging()
        return _build(inventory, cache, workers, limits, cache_dir, emit, report)


def _into_memory(report: BuildReport) -> Emit:
    def emit(name: str, batches: Iterable[pa.RecordBatch]) -> None:
        table = pa.Table.from_batches(batches, contracts.arrow_schema(name))
        report.tables[name] = table
        report.rows[name] = table.num_rows

    return emit


def _into_files(report: BuildReport, out: Path) -> Emit:
    def emit(name: str, batches: Iterable[pa.RecordBatch]) -> None:
        path = out / f"{name}.parquet"
        report.rows[name] = write_parquet(path, contracts.arrow_schema(name), batches)
        report.files[name] = path
        release_memory()

    return emit


def _build(
    inventory: RawInventory,
    cache: RowCache | None,
    workers: int,
    limits: Limits,
    cache_dir: Path | None,
    emit: Emit,
    report: BuildReport,
) -> BuildReport:
    schemas = cache_schemas()
    cached = cache.read() if cache else {n: s.empty_table() for n, s in schemas.items()}
    known = _files_in(cached)
    wanted = {sha for sha in inventory.hashes if sha}
    todo = _one_path_per_content(inventory, known)
    batches, outcome = extract_in_batches(inventory.raw_dir, todo, workers, cache, limits)
    fresh = {n: pa.concat_tables([schemas[n].empty_table(), *b]) for n, b in batches.items()}
    del batches  # the tables below hold what is needed: a memory-mapped segment is let go
    # as soon as no table refers to it any more
    problems = dict(outcome.transient)
    corrected, again = _read_again(
        inventory.raw_dir, outcome.read_as, known | _files_in(fresh), limits
    )
    for path, rejection in corrected.items():
        if isinstance(rejection, Rejection):
            problems[path] = rejection
    if again:
        more, second = extract_in_batches(inventory.raw_dir, again, workers, cache, limits)
        problems.update(second.transient)
        for path in second.read_as:
            problems[path] = _changed()
        fresh = {n: pa.concat_tables([fresh[n], *more[n]]) for n in fresh}
        del more
    if outcome.read_as:  # the file-hash record named hashes the files no longer have
        forget_recorded(cache_dir, inventory.raw_dir, set(outcome.read_as))
    stale = known - wanted
    if cache is not None and len(stale) > len(wanted):  # mostly rows of gone files: compact
        cache.replace(
            {n: pa.concat_tables([without_files(cached[n], stale), fresh[n]]) for n in fresh}
        )
    rows = {n: pa.concat_tables([cached[n], fresh[n]]) for n in schemas}
    del cached, fresh
    hashes = {
        path: (None if isinstance(value, Rejection) else value) for path, value in corrected.items()
    }
    checked = _corrected(inventory, hashes, problems)
    assemble(checked, rows, emit)
    report.extracted = len(todo) + len(again)
    report.reused = len(wanted) - len(todo)
    report.warnings = [*(cache.warnings if cache else [])]
    return report


def _files_in(tables: dict[str, pa.Table]) -> set[str]:
    """The hashes of the files the tables have rows for (every file has a release or a
    reject row)."""
    return set(tables["releases"]["source_sha256"].to_pylist()) | set(
        tables["rejects"]["source_sha256"].to_pylist()
    )


def _one_path_per_content(inventory: RawInventory, known: set[str]) -> list[tuple[str, str]]:
    """(path, hash) of the files to extract: one path per content the cache lacks."""
    todo: dict[str, str] = {}
    for path, sha in zip(inventory.paths, inventory.hashes, strict=True):
        if sha and sha not in known and sha not in todo:
            todo[sha] = path
    return [(path, sha) for sha, path in todo.items()]


def _read_again(
    raw_dir: Path, read_as: dict[str, str], have_rows: set[str], limits: Limits
) -> tuple[dict[str, str | Rejection], list[tuple[str, str]]]:
    """Files a worker found with another hash than the inventory's: read once more. A file
    that reads the same twice is trusted with that hash (and extracted again if no rows have
    it yet); one that changes each time is rejected for now."""
    corrected: dict[str, str | Rejection] = {}
    again = []
    for path, seen in read_as.items():
        now = read_raw_file(raw_dir, path, limits.max_bytes).sha256
        if now != seen:
            corrected[path] = _changed()
            continue
        corrected[path] = now
        if now not in have_rows:
            again.append((path, now))
    return corrected, again


def _changed() -> Rejection:
    return Rejection(
        RejectReason.CHANGED_WHILE_READ,
        "the file changed while the pipeline read it; it is read again by the next run",
    )


def _corrected(
    inventory: RawInventory, hashes: dict[str, str | None], problems: dict[str, Rejection]
) -> RawInventory:
    """The inventory with the hashes the files were found to have, and the files that could
    not be extracted now as problems."""
    paths = inventory.paths
    return replace(
        inventory,
        hashes=[
            None if p in problems else hashes.get(p, h)
            for p, h in zip(paths, inventory.hashes, strict=True)
        ],
        problems={**inventory.problems, **problems},
    )
