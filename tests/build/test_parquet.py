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


def _cases(failures):
    return sorted(
        (f["schema_context"], f["column"], f["check"], str(f["failure_case"]), f["index"])
        for f in failures.to_dict("records")
    )


@pytest.mark.parametrize("unique_rows", [3, 1_000])  # keys grouped in parts, or in one
def test_a_file_is_checked_against_its_contract_as_the_whole_table_is(
    tmp_path, monkeypatch, unique_rows
):
    monkeypatch.setattr("pipeline.contracts.VALIDATE_ROWS", 4)  # duplicates in other batches
    monkeypatch.setattr("pipeline.contracts.UNIQUE_ROWS_PER_PART", unique_rows)
    table = _rejects(10)
    paths = table["source_path"].to_pylist()
    paths[8] = paths[1]  # a key twice, far apart
    reasons = table["reason"].to_pylist()
    reasons[6] = "Not a reason!"
    for name, values in (("source_path", paths), ("reason", reasons)):
        index = table.schema.get_field_index(name)
        table = table.set_column(index, table.schema.field(index), pa.array(values))
    write_parquet(tmp_path / "rejects.parquet", table.schema, [table])
    whole = contracts.validate("rejects", table)
    from_file = contracts.validate("rejects", tmp_path / "rejects.parquet")
    assert whole is not None and from_file is not None
    assert _cases(from_file) == _cases(whole)
    assert {case[-1] for case in _cases(from_file)} == {1, 6, 8}


def test_a_sound_file_satisfies_its_contract(tmp_path):
    write_parquet(tmp_path / "rejects.parquet", _rejects(0).schema, [_rejects(20)])
    assert contracts.validate("rejects", tmp_path / "rejects.parquet") is None
