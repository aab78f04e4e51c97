"""Giving freed memory back between the phases of a run.

Arrow's allocator (mimalloc) keeps the pages of freed buffers for its next allocations rather
than returning them to the system: after a table is written, or a check has read its file, the
process would keep the largest working set any phase had and add the next phase's on top.
Measured on a synthetic archive of 100,000 releases: 145 MiB held after the releases were
written, 160 MiB after publishing."""

import pyarrow as pa


def release_memory() -> None:
    """Return the pages Arrow holds for buffers that were freed to the system."""
    pa.default_memory_pool().release_unused()
