"""Extraction on a pool of worker processes, in batches of files."""

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa

from pipeline.build.cache import RowCache, cache_schemas
from pipeline.build.worker import extract_batch

BATCH = 250  # files per unit of work sent to a worker


def extract_in_batches(
    raw_dir: Path, paths: list[str], workers: int, cache: RowCache | None
) -> dict[str, list[pa.Table]]:
    """Rows of the given files, extracted BATCH files at a time on `workers` processes. With
    a cache, each worker writes its batches there itself (a staging folder, moved in as
    segments once every batch is done) and they are read back memory-mapped, so the rows
    never pass through this process's memory."""
    batches = [paths[i : i + BATCH] for i in range(0, len(paths), BATCH)]
    staging = cache.staging() if cache is not None and batches else None
    outs = [str(staging / f"{k:06d}") if staging else None for k in range(len(batches))]
    schemas = cache_schemas()
    arguments = ([str(raw_dir)] * len(batches), batches, [schemas] * len(batches), outs)
    if workers > 1 and len(batches) > 1:
        context = get_context("spawn")  # never fork a process that runs Dagster's threads
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = list(pool.map(extract_batch, *arguments))
    else:
        results = list(map(extract_batch, *arguments))
    if cache is not None and staging is not None:
        results = cache.add(staging)
    return {name: [r[name] for r in results] for name in schemas}
