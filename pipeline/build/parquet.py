"""The published Parquet format, written in row groups as the rows come: a table never has
to be whole in memory to be written, and the bytes are those of writing it whole."""

from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

# Row groups of a few thousand rows with statistics, so that a reader over HTTP fetches only
# the groups its filter needs.
ROW_GROUP_ROWS = 8192


def write_parquet(path: Path, schema: pa.Schema, parts: Iterable[pa.RecordBatch | pa.Table]) -> int:
    """Write the rows of `parts` (in order, cast to `schema`) to a Parquet file, ROW_GROUP_ROWS
    rows a row group, and return their count. Each row group is written as one contiguous
    slice, so the file is byte-identical to pq.write_table of the whole table, however the
    rows arrive; at most a row group and a part are held at once."""
    rows = 0
    pending: list[pa.RecordBatch] = []
    held = 0
    with pq.ParquetWriter(path, schema, compression="zstd", write_statistics=True) as writer:
        for part in parts:
            batches = part.to_batches() if isinstance(part, pa.Table) else [part]
            for batch in batches:
                pending.append(batch.cast(schema))
                held += batch.num_rows
            while held >= ROW_GROUP_ROWS:
                pending, held = _flush(writer, schema, pending, ROW_GROUP_ROWS)
                rows += ROW_GROUP_ROWS
        if held or not rows:  # an empty table is one empty row group, as pq.write_table has it
            rows += held
            _flush(writer, schema, pending, held)
    return rows


def write_table(table: pa.Table, path: Path) -> int:
    """A whole Arrow table as a published Parquet file."""
    return write_parquet(path, table.schema, [table])


def _flush(
    writer: pq.ParquetWriter, schema: pa.Schema, pending: list[pa.RecordBatch], count: int
) -> tuple[list[pa.RecordBatch], int]:
    """Write the first `count` pending rows as one row group; the rest stay pending."""
    table = pa.Table.from_batches(pending, schema)
    writer.write_table(table.slice(0, count).combine_chunks(), row_group_size=ROW_GROUP_ROWS)
    rest = table.slice(count)
    return rest.to_batches(), rest.num_rows
