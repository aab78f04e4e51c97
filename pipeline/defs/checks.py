"""The dataset's checks as blocking Dagster asset checks: each table's pandera contract
(`matches_contract`) and every entry of the cross-table registry (build/checks.py)."""

import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import dagster as dg
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import contracts
from pipeline.build.checks import registry, run_checks
from pipeline.build.memory import release_memory
from pipeline.build.sql import Source, read
from schemas import TABLES

CONTRACT = "matches_contract"
DRIFT = "row_count_drift"
DRIFT_SHARE = 0.10  # a table whose rows move more than this against the last version warns


def check_specs() -> list[dg.AssetCheckSpec]:
    return [
        *(
            dg.AssetCheckSpec(
                CONTRACT,
                asset=name,
                blocking=True,
                description=f"{name} satisfies its contract in schemas/",
            )
            for name in TABLES
        ),
        *(
            dg.AssetCheckSpec(c.name, asset=c.table, blocking=True, description=c.description)
            for c in registry()
        ),
        *(
            dg.AssetCheckSpec(
                DRIFT,
                asset=name,
                blocking=False,
                description=f"Warns when {name} has over {DRIFT_SHARE:.0%} more or fewer rows "
                "than in the latest published version (a sign of changed input or extractors).",
            )
            for name in TABLES
        ),
    ]


def drift_results(
    rows: Mapping[str, int], previous: tuple[str, Mapping[str, int]] | None
) -> Iterator[dg.AssetCheckResult]:
    """Row counts (per table) against the latest published version: a WARN, never a block."""
    for name, count in rows.items():
        before = previous[1].get(name) if previous else None
        change = None if not before else (count - before) / before
        yield dg.AssetCheckResult(
            asset_key=name,
            check_name=DRIFT,
            passed=change is None or abs(change) <= DRIFT_SHARE,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={
                "rows": count,
                "previous_version": previous[0] if previous else "none",
                "previous_rows": before if before is not None else -1,
                "change_share": round(change, 4) if change is not None else 0.0,
            },
        )


def check_results(
    tables: Mapping[str, Source], raw_paths: list[str]
) -> Iterator[dg.AssetCheckResult]:
    """Every check of `check_specs` on the tables about to be published (Arrow tables, or
    their Parquet files: then each contract is checked on one table at a time, and the
    cross-table checks run in DuckDB over the files). A failed contract names the rows it
    failed on, with the release and raw file they come from."""
    releases = read(tables["releases"], ["release_id", "source_path"])
    sources = dict(
        zip(
            releases["release_id"].to_pylist(),
            releases["source_path"].to_pylist(),
            strict=True,
        )
    )
    del releases
    for name, source in tables.items():
        failures = contracts.validate(name, source)
        release_memory()
        rows = [] if failures is None else failures.head(10).to_dict("records")
        yield dg.AssetCheckResult(
            asset_key=name,
            check_name=CONTRACT,
            passed=failures is None,
            metadata={
                "failure_count": 0 if failures is None else len(failures),
                "failure_cases": dg.MetadataValue.md(markdown_table(rows)),
                "examples": [_where(source, row, sources) for row in rows],
            },
        )
    for outcome in run_checks(tables, raw_paths):
        yield dg.AssetCheckResult(
            asset_key=outcome.check.table,
            check_name=outcome.check.name,
            passed=outcome.passed,
            metadata={"problems": outcome.problem_count, "examples": outcome.examples},
        )


def _where(table: Source, failure: Mapping[str, Any], sources: Mapping[str, str]) -> str:
    """A contract failure as a sentence naming its row, release and raw file."""
    what = f"{failure.get('column') or 'the table'} fails {failure.get('check')}"
    if failure.get("failure_case") is not None:
        what += f" with {str(failure['failure_case'])[:80]!r}"
    index = failure.get("index")
    row = _row(table, index) if isinstance(index, int) and index >= 0 else None
    if row is None:
        return what
    release = row.get("release_id")
    source = row.get("source_path") or sources.get(str(release), "")
    return f"row {index} (release {release or '-'}, file {source or '-'}): {what}"


def _row(table: Source, index: int) -> dict[str, Any] | None:
    """Row `index` of a table, from its file's row group that holds it if it is a file."""
    if isinstance(table, pa.Table):
        return table.slice(index, 1).to_pylist()[0] if index < table.num_rows else None
    file = pq.ParquetFile(table)
    for group in range(file.num_row_groups):
        rows = file.metadata.row_group(group).num_rows
        if index < rows:
            found: dict[str, Any] = file.read_row_group(group).slice(index, 1).to_pylist()[0]
            return found
        index -= rows
    return None


def markdown_table(rows: Sequence[Mapping[str, Any]]) -> str:
    """Rows as a Markdown table for the Dagster UI, each cell cut to 80 characters."""
    if not rows:
        return "_none_"
    names = list(rows[0])
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(_cell(row[n]) for n in names) + " |" for row in rows]
    return "\n".join(lines)


def _cell(value: object) -> str:
    missing = value is None or (isinstance(value, float) and math.isnan(value))
    return ("" if missing else str(value))[:80].replace("|", "\\|").replace("\n", " ")
