"""The Dagster assets: each calls the stage that does the work and reports what it did.

raw_files (ingest) -> the tables of the dataset, from one build (build) -> published_version
(publish). Every table carries blocking checks (checks.py), so a failed one stops publishing.
"""

import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import contracts
from pipeline.build.cache import cache_key
from pipeline.build.memory import fewer_collections
from pipeline.build.tables import build_tables
from pipeline.defs.checks import check_results, check_specs, drift_results, markdown_table
from pipeline.defs.resources import ConfigError, DatasetConfig
from pipeline.defs.scores import gold_scores
from pipeline.ingest import upstream
from pipeline.ingest.files import count_raw_entries
from pipeline.ingest.inventory import RawInventory, take_inventory
from pipeline.publish.versions import (
    latest_manifest,
    publish_version,
    remember_unchanged,
    rows_of,
    unchanged_version,
)
from schemas import SCHEMA_VERSION, TABLES


@dg.asset(group_name="ingest", kinds={"markdown"})
def raw_files(context: dg.AssetExecutionContext, dataset: DatasetConfig) -> RawInventory:
    """Inventory of the raw release files: every *.md below the raw directory and its hash."""
    try:
        dataset.check()
    except ConfigError as error:
        raise dg.Failure(str(error), allow_retries=False) from None
    raw_dir = dataset.raw_path()
    pulled: dict[str, str] = {}
    if dataset.pulls_raw_checkout():
        try:
            pulled["raw_commit"] = upstream.pull(raw_dir)
        except upstream.UpstreamError as error:
            raise dg.Failure(str(error), allow_retries=False) from None
        context.log.info(f"raw checkout at commit {pulled['raw_commit']}")
    with fewer_collections():
        inventory = take_inventory(raw_dir, dataset.cache_path(), dataset.limits().max_bytes)
    for warning in inventory.warnings:
        context.log.warning(warning)
    context.add_output_metadata(
        {
            "raw_dir": str(raw_dir.resolve()),
            "entry_count": len(inventory.paths),
            "files_read": inventory.files_read,
            "unreadable_entries": len(inventory.problems),
            **pulled,
        }
    )
    return inventory


def column_schema(table: str) -> dg.TableSchema:
    """The contract of a table as Dagster's column schema (the UI's Columns tab)."""
    schema = contracts.arrow_schema(table)
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                column.name,
                str(schema.field(column.name).type),
                description=column.description,
                constraints=dg.TableColumnConstraints(nullable=column.nullable),
            )
            for column in contracts.columns(table)
        ]
    )


@dg.multi_asset(
    group_name="tables",
    outs={
        name: dg.AssetOut(
            kinds={"parquet"},
            description=contracts.table_description(name),
            code_version=cache_key(),
            metadata={"dagster/column_schema": column_schema(name)},
            is_required=False,  # not produced when nothing changed since the latest version
        )
        for name in TABLES
    },
    check_specs=check_specs(),
    can_subset=True,  # so that a run where nothing changed may produce no table and no check
)
def release_tables(
    context: dg.AssetExecutionContext, dataset: DatasetConfig, raw_files: RawInventory
) -> Any:
    """Every table of the dataset from one pass over the raw files: files already extracted
    by an earlier run are taken from the cache. When the raw files, the extraction code and
    the schema are those of the latest version, nothing is built and nothing published."""
    started = time.monotonic()
    built_from = (raw_files.fingerprint(), cache_key(), SCHEMA_VERSION)
    latest = latest_manifest(dataset.output_location())
    same = unchanged_version(latest, dataset.output_location(), dataset.cache_path(), built_from)
    if same:
        context.log.info(
            f"nothing changed since version {same}: same raw files, extraction code and "
            "schema; nothing to build or publish"
        )
        return
    # Each table is written as its Parquet file as soon as it is built, and only the files'
    # paths travel on (the IO manager keeps the files for the run): no table is ever whole in
    # this process, which holds every step's outputs until the run ends.
    with (
        tempfile.TemporaryDirectory(prefix=".tables-", dir=dataset.cache_path()) as folder,
        fewer_collections(),
    ):
        report = build_tables(
            raw_files,
            dataset.cache_path(),
            dataset.worker_count(),
            dataset.limits(),
            out=Path(folder),
        )
        files = report.files
        for warning in report.warnings:
            context.log.warning(warning)
        reasons = _value_counts(pq.read_table(files["rejects"], columns=["reason"]), "reason")
        context.log.info(
            f"{report.rows['releases']} releases accepted, "
            f"{report.rows['rejects']} files rejected; "
            f"{report.extracted} files extracted, {report.reused} taken from the cache, "
            f"{dataset.worker_count()} workers, {time.monotonic() - started:.1f}s"
        )
        for reason, count in sorted(reasons.items()):
            context.log.warning(f"rejected {count} file(s) as {reason}")
        selected = context.op_execution_context.selected_output_names  # the UI may pick some
        for name, path in files.items():
            if name in selected:
                metadata = _table_metadata(name, path, report.rows[name])
                yield dg.Output(path, name, metadata=metadata)
        checks = {(key.asset_key, key.name) for key in context.selected_asset_check_keys}
        for result in [
            *check_results(files, count_raw_entries(raw_files.raw_dir)),
            *drift_results(report.rows, (latest["version"], rows_of(latest)) if latest else None),
        ]:
            if (result.asset_key, result.check_name) in checks:
                yield result


@dg.asset(
    group_name="publish",
    kinds={"parquet", "duckdb"},
    # the schedule publishes every morning: a version older than a day and a half means a
    # missed or failed run (warn after 26 hours)
    freshness_policy=dg.FreshnessPolicy.time_window(
        fail_window=timedelta(hours=36), warn_window=timedelta(hours=26)
    ),
    ins={"raw_files": dg.AssetIn("raw_files"), **{name: dg.AssetIn(name) for name in TABLES}},
)
def published_version(
    context: dg.AssetExecutionContext,
    dataset: DatasetConfig,
    raw_files: RawInventory,
    **tables: Path,
) -> dg.MaterializeResult[None]:
    """An immutable version under <output>/releases/: Parquet, DuckDB, manifest, dictionary,
    and quality.json with this code's scores on the committed gold releases. The tables come
    as their Parquet files."""
    raw_commit = upstream.commit(dataset.raw_path()) if dataset.pulls_raw_checkout() else None
    with fewer_collections():
        publication = publish_version(
            tables,
            dataset.output_location(),
            guard=dataset.guard(),
            raw_commit=raw_commit,
            raw_inventory=raw_files.fingerprint(),
            evaluation=lambda: gold_scores(
                dataset.cache_path(), dataset.worker_count(), warn=context.log.warning
            ),
        )
    if not publication.created:
        built_from = (raw_files.fingerprint(), cache_key(), SCHEMA_VERSION)
        remember_unchanged(
            dataset.output_location(), dataset.cache_path(), publication.version, built_from
        )
    verb = "published" if publication.created else "unchanged since"
    context.log.info(f"{verb} version {publication.version} at {publication.location}")
    return dg.MaterializeResult(
        metadata={
            "version": publication.version,
            "created": publication.created,
            "path": dg.MetadataValue.path(publication.location),
            "rows": {n: t["rows"] for n, t in publication.manifest["tables"].items()},
            "rejected_count": publication.manifest["rejected_count"],
            "raw_commit": raw_commit or "not a git checkout",
            **{
                f"gold F1 {name}": dg.MetadataValue.json(f1)
                for name, f1 in (
                    publication.manifest.get("quality", {}).get("gold_f1") or {}
                ).items()
            },
        }
    )


def _value_counts(table: pa.Table, column: str) -> dict[str, int]:
    counts = pc.value_counts(table[column]).to_pylist()
    return {str(c["values"]): int(c["counts"]) for c in counts}


def _table_metadata(name: str, path: Path, rows: int) -> dict[str, Any]:
    """What the UI shows of a table: read from its file, a column at a time."""
    extra: dict[str, Any] = {}
    if "kind" in pq.read_schema(path).names:
        extra["kinds"] = _value_counts(pq.read_table(path, columns=["kind"]), "kind")
    if name == "rejects":
        extra["reasons"] = _value_counts(pq.read_table(path, columns=["reason"]), "reason")
    if name == "quotes":
        speakers = pq.read_table(path, columns=["speaker_name"])["speaker_name"]
        extra["with_speaker"] = rows - speakers.null_count
    head = next(pq.ParquetFile(path).iter_batches(batch_size=10), None)
    return {
        "dagster/row_count": rows,
        "preview": dg.MetadataValue.md(markdown_table(head.to_pylist() if head else [])),
        **extra,
    }
