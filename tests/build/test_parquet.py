"""Published Parquet written in row groups as the rows come has the bytes of writing the
table whole: a build may stream its tables and stay deterministic."""

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import contracts
from pipeline.build.parquet import ROW_GROUP_ROWS, write_parquet


def _rejects(count: int) -> pa.Table:
    return pa.table(
        {
            "source_path": [f"2020/{i:06d}.md" for i in range(count)],
            "source_sha256": [f"{i:064x}" for i in range(count)],
            "reason": ["empty_body"] * count,
            "detail": [f"detail {i % 7}" for i in range(count)],
            "line": [i % 3 or None for i in range(count)],
        },
        schema=contracts.arrow_schema("rejects"),
    )


@pytest.mark.parametrize("count", [0, 5, ROW_GROUP_ROWS, 2 * ROW_GROUP_ROWS + 3])
@pytest.mark.parametrize("part_rows", [1000, ROW_GROUP_ROWS, 3 * ROW_GROUP_ROWS])
def test_rows_written_in_parts_give_the_bytes_of_the_whole_table(tmp_path, count, part_rows):
    table = _rejects(count)
    pq.write_table(
        table,
        tmp_path / "whole.parquet",
        compression="zstd",
        write_statistics=True,
        row_group_size=ROW_GROUP_ROWS,
    )
    parts = table.to_batches(max_chunksize=part_rows)
    assert write_parquet(tmp_path / "parts.parquet", table.schema, parts) == count
    assert (tmp_path / "parts.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()

