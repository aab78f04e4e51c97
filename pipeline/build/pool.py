"""Extraction on a pool of worker processes, in batches of files. A worker that dies (a
segfault in a library, the kernel's OOM killer) takes its batch with it: the batch is run
again in halves, each in a fresh process, until the file that kills a worker is found; that
file is rejected and every other file is extracted."""

import shutil
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa

from pipeline.build.cache import RowCache, cache_schemas
from pipeline.build.worker import NO_LIMITS, BatchOutcome, Limits, extract_batch
from pipeline.ingest.records import Rejection, RejectReason

BATCH = 250  # files per unit of work sent to a worker


@dataclass(frozen=True)
class _Batch:
    paths: list[str]
    hashes: list[str]
    out: str | None  # where the worker writes the batch's segment, if anywhere


def extract_in_batches(
    raw_dir: Path,
    files: Sequence[tuple[str, str]],
    workers: int,
    cache: RowCache | None,
    limits: Limits = NO_LIMITS,
) -> tuple[dict[str, list[pa.Table]], BatchOutcome]:
    """Rows of the given (path, hash) files, extracted BATCH files at a time on `workers`
    processes, and what could not be extracted. With a cache, each worker writes its batches
    there itself (a staging folder, moved in as segments once every batch is done) and they
    are read back memory-mapped, so the rows never pass through this process's memory."""
    staging = cache.staging() if cache is not None and files else None
    batches = [
        _Batch(
            [p for p, _ in files[i : i + BATCH]],
            [h for _, h in files[i : i + BATCH]],
            str(staging / f"{k:06d}") if staging else None,
        )
        for k, i in enumerate(range(0, len(files), BATCH))
    ]
    if workers > 1 and len(batches) > 1:
        outcomes = _on_pool(raw_dir, batches, workers, limits)
    else:
        outcomes = [_run(raw_dir, batch, limits) for batch in batches]
    summary = BatchOutcome()
    for outcome in outcomes:
        summary.transient.update(outcome.transient)
        summary.read_as.update(outcome.read_as)
    schemas = cache_schemas()
    if cache is not None and staging is not None:
        tables = cache.add(staging)
    else:
        tables = [o.tables for o in outcomes if o.tables]
    return {name: [t[name] for t in tables] for name in schemas}, summary


def _run(raw_dir: Path, batch: _Batch, limits: Limits) -> BatchOutcome:
    return extract_batch(
        str(raw_dir), batch.paths, batch.hashes, cache_schemas(), limits, batch.out
    )


def _on_pool(
    raw_dir: Path, batches: list[_Batch], workers: int, limits: Limits
) -> list[BatchOutcome]:
    context = get_context("spawn")  # never fork a process that runs Dagster's threads
    outcomes: list[BatchOutcome] = []
    lost: list[_Batch] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures: list[tuple[_Batch, Future[BatchOutcome]]] = [
            (b, pool.submit(_run, raw_dir, b, limits)) for b in batches
        ]
        for batch, future in futures:
            try:
                outcomes.append(future.result())
            except BrokenProcessPool:
                lost.append(batch)
    for batch in lost:
        outcomes += _isolate(raw_dir, batch, limits)
    return outcomes


def _isolate(raw_dir: Path, batch: _Batch, limits: Limits) -> list[BatchOutcome]:
    """A batch whose worker died, run again in a fresh process; if it dies again, in halves,
    down to the one file that kills it."""
    if batch.out:
        _clear(Path(batch.out))
    try:
        context = get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            return [pool.submit(_run, raw_dir, batch, limits).result()]
    except BrokenProcessPool:
        if batch.out:
            _clear(Path(batch.out))
        if len(batch.paths) == 1:
            crashed = Rejection(
                RejectReason.WORKER_CRASHED,
                "the process extracting this file died (a crash in a library, or out of "
                "memory); report the file",
            )
            return [BatchOutcome(transient={batch.paths[0]: crashed})]
        half = len(batch.paths) // 2
        halves = [
            _Batch(batch.paths[:half], batch.hashes[:half], batch.out and batch.out + "a"),
            _Batch(batch.paths[half:], batch.hashes[half:], batch.out and batch.out + "b"),
        ]
        return [o for part in halves for o in _isolate(raw_dir, part, limits)]


def _clear(folder: Path) -> None:
    """What a dead worker may have left of a segment."""
    shutil.rmtree(folder, ignore_errors=True)
