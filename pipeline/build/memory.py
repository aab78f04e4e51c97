"""Giving freed memory back between the phases of a run.

Arrow's allocator (mimalloc) keeps the pages of freed buffers for its next allocations rather
than returning them to the system: after a table is written, or a check has read its file, the
process would keep the largest working set any phase had and add the next phase's on top.
Measured on a synthetic archive of 100,000 releases: 145 MiB held after the releases were
written, 160 MiB after publishing.

And collecting garbage less often while a run builds: see `fewer_collections`."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow as pa

# Container allocations between two collections of the youngest generation (Python's default
# is 700), and collections of each generation between two of the next (default 10)
YOUNG_ALLOCATIONS = 50_000
OLDER_COLLECTIONS = 20


def release_memory() -> None:
    """Return the pages Arrow holds for buffers that were freed to the system."""
    pa.default_memory_pool().release_unused()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector run less often, for the duration. A run allocates
    millions of short-lived lists, dicts and tuples (the rows of the catalogue, the checks'
    frames), and every few hundred allocations the collector walked the objects that had
    survived, the imported Dagster among them: a republish of the real archive took 15.3 s,
    14.1 s with fewer collections (benchmarks/republish_phases.py, three runs each). The
    garbage is the same and is collected later; reference counting, which frees almost all of
    it, is unchanged."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_ALLOCATIONS, OLDER_COLLECTIONS, OLDER_COLLECTIONS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
