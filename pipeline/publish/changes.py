"""What changed between two versions, per table, keyed on the stable ids: `changes/<table>.parquet`
with one row per added, removed or changed id.

A row is 'changed' when its content differs; positions (ordinals and character offsets) are
left out of the comparison, so that a paragraph inserted into a release does not mark every
later quotation of it as changed."""

from collections.abc import Mapping

import pyarrow as pa
import pyarrow.compute as pc

from pipeline import contracts
from pipeline.build.sql import Source, connect, read

# table -> the stable id its rows are compared by
CHANGE_KEYS = {
    "releases": "release_id",
    "quotes": "quote_id",
    "figures": "figure_id",
    "actors": "actor_id",
}
POSITIONAL = frozenset(
    {"ordinal", "char_start", "char_end", "speaker_char_start", "speaker_char_end"}
)
CHANGE_COLUMNS = {
    "id": "The row's stable id: release_id, quote_id, figure_id or actor_id.",
    "release_id": "The release the row belongs to (for actors: null).",
    "change": "added (new in this version), removed (gone from it) or changed (its content "
    "differs; positions such as ordinals and offsets are not compared).",
}
CHANGE_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("release_id", pa.string()),
        pa.field("change", pa.string(), nullable=False),
    ]
)


def table_changes(table: str, new: Source, old: Source | None) -> pa.Table:
    """Rows of `changes/<table>.parquet`, sorted by id; every row is 'added' when there is no
    previous version. Each side is an Arrow table or a Parquet file."""
    key = CHANGE_KEYS[table]
    if old is None:  # the first version: every row is new, nothing to compare
        names = contracts.arrow_schema(table).names
        new = read(new, list(dict.fromkeys(c for c in (key, "release_id") if c in names)))
        ids = new[key]
        releases = new["release_id"] if "release_id" in new.column_names else None
        rows = pa.table(
            {
                "id": ids,
                "release_id": releases if releases is not None else pa.nulls(len(new), pa.string()),
                "change": pa.array(["added"] * len(new), pa.string()),
            }
        )
        return rows.sort_by("id").cast(CHANGE_SCHEMA)
    compared = [c.name for c in contracts.columns(table) if c.name not in POSITIONAL]
    # Rows are joined on their id and compared column by column, in DuckDB's own types: a
    # text of every row (to hash) cost twice as long, the releases' bodies above all. Text
    # columns are compared by their MD5 digest, so that the join holds 16 bytes of a body,
    # not the body: both versions' bodies overran DuckDB's memory cap at 50,000 releases.
    schema = contracts.arrow_schema(table)
    text = {c for c in compared if pa.types.is_string(schema.field(c).type) and c != key}
    side = ", ".join(f'md5("{c}") as "{c}"' if c in text else f'"{c}"' for c in compared)
    differ = " or ".join(f'n."{c}" is distinct from o."{c}"' for c in compared)
    release = "release_id" if "release_id" in compared else None
    release_of = f"coalesce(n.{release}, o.{release})" if release else "NULL::VARCHAR"
    with connect({"new_rows": new, "old_rows": old}) as con:
        return (
            con.sql(
                f"""
            select coalesce(n."{key}", o."{key}") as id, {release_of} as release_id,
                   case when o."{key}" is null then 'added' when n."{key}" is null
                        then 'removed' else 'changed' end as change
            from (select {side} from new_rows) n
            full join (select {side} from old_rows) o on n."{key}" = o."{key}"
            where o."{key}" is null or n."{key}" is null or {differ}
            order by id
            """
            )
            .to_arrow_table()
            .cast(CHANGE_SCHEMA)
        )


def summary(changes: Mapping[str, pa.Table]) -> dict[str, dict[str, int]]:
    """table -> {'added': n, 'removed': n, 'changed': n}, counted in Arrow: a Python string
    per row of a first version (every row 'added') was the publish step's largest memory."""
    counts = {}
    for table, rows in changes.items():
        found = {
            count["values"]: count["counts"]
            for count in pc.value_counts(rows["change"]).to_pylist()
        }
        counts[table] = {kind: found.get(kind, 0) for kind in ("added", "removed", "changed")}
    return counts


def summary_text(counts: Mapping[str, Mapping[str, int]], previous: str | None) -> str:
    if previous is None:
        return "This is the first version: every row is new."
    lines = [
        f"- `{table}`: {c['added']:,} added, {c['removed']:,} removed, {c['changed']:,} changed"
        for table, c in counts.items()
    ]
    return f"Against version {previous} (ids in `changes/<table>.parquet`):\n\n" + "\n".join(lines)
