"""Dagster assets: each loads its inputs, calls the plain functions that do the work, checks
the result against its contract and returns it with metadata. No logic lives here."""

import time

import dagster as dg
import pandas as pd
import pyarrow as pa

from pipeline import tables
from pipeline.archive import RawInventory, build_tables, take_inventory
from pipeline.integrity import misplaced_figures, misplaced_quotes
from pipeline.publishing import publish_version
from pipeline.resources import DatasetConfig
from schemas import TABLES

CONTRACT = "matches_contract"
TABLE_CHECKS = {
    "rejects": ("every_file_accounted_for", "Each raw *.md file is in releases or rejects, once"),
    "quotes": ("offsets_point_at_text", "Each quotation's span in releases.body holds its text"),
    "figures": ("offsets_slice_the_surface", "releases.body[char_start:char_end] is the surface"),
    "actors": ("every_referenced_actor_exists", "Every speaker and mention is in actors"),
}


@dg.asset(group_name="ingest", kinds={"markdown"})
def raw_files(context: dg.AssetExecutionContext, dataset: DatasetConfig) -> RawInventory:
    """Inventory of the raw release files: every *.md below the raw directory and its hash."""
    raw_dir = dataset.raw_path()
    if not raw_dir.is_dir():
        raise dg.Failure(f"raw directory {raw_dir.resolve()} does not exist")
    inventory = take_inventory(raw_dir, dataset.cache_path())
    context.add_output_metadata(
        {
            "raw_dir": str(raw_dir.resolve()),
            "file_count": len(inventory.paths),
            "files_read": inventory.files_read,
            "unreadable": len(inventory.errors),
        }
    )
    return inventory


@dg.multi_asset(
    group_name="tables",
    outs={
        name: dg.AssetOut(
            kinds={"pandas"},
            description=tables.table_description(name),
            io_manager_key="table_io_manager",
        )
        for name in TABLES
    },
    check_specs=[
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
            dg.AssetCheckSpec(check, asset=name, blocking=True, description=text)
            for name, (check, text) in TABLE_CHECKS.items()
        ),
    ],
)
def release_tables(
    context: dg.AssetExecutionContext, dataset: DatasetConfig, raw_files: RawInventory
):
    """Every table of the dataset from one pass over the raw files (pipeline/archive.py):
    files already extracted by an earlier run are taken from the cache."""
    started = time.monotonic()
    report = build_tables(raw_files, dataset.cache_path(), dataset.worker_count())
    frames = {name: tables.as_frame(report.tables.pop(name)) for name in TABLES}
    context.log.info(
        f"{len(frames['releases'])} releases accepted, {len(frames['rejects'])} files rejected; "
        f"{report.extracted} files extracted, {report.reused} taken from the cache, "
        f"{dataset.worker_count()} workers, {time.monotonic() - started:.1f}s"
    )
    for reason, count in frames["rejects"]["reason"].value_counts().sort_index().items():
        context.log.warning(f"rejected {count} file(s) as {reason}")
    for name, df in frames.items():
        yield dg.Output(df, name, metadata=_table_metadata(name, df))
    for name, df in frames.items():
        yield contract_check(name, df)
    yield from _integrity_checks(raw_files, frames)


@dg.asset(
    group_name="publish",
    kinds={"parquet", "duckdb"},
    ins={name: dg.AssetIn(name) for name in TABLES},
)
def published_version(
    context: dg.AssetExecutionContext, dataset: DatasetConfig, **frames: pd.DataFrame
) -> dg.MaterializeResult:
    """An immutable version under <output>/releases/: Parquet, DuckDB, manifest, dictionary."""
    publication = publish_version(
        {name: tables.to_arrow(name, df) for name, df in frames.items()}, dataset.output_location()
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
        }
    )


def contract_check(table: str, df: pd.DataFrame) -> dg.AssetCheckResult:
    """The table's pandera contract as a blocking asset check: failures stop publication."""
    failures = tables.validate(table, df)
    return dg.AssetCheckResult(
        asset_key=table,
        check_name=CONTRACT,
        passed=failures is None,
        metadata={
            "failure_count": 0 if failures is None else len(failures),
            "failure_cases": dg.MetadataValue.md(markdown_table(failures)),
        },
    )


def _integrity_checks(inventory: RawInventory, frames: dict[str, pd.DataFrame]):
    """The cross-table checks of TABLE_CHECKS, each as a blocking asset check."""
    releases = tables.to_arrow("releases", frames["releases"])
    accounted = sorted(
        _values(frames["releases"], "source_path") + _values(frames["rejects"], "source_path")
    )
    referenced = {
        *_values(frames["quotes"], "speaker_actor_id"),
        *_values(frames["mentions"], "actor_id"),
    } - {None}
    problems = {
        "rejects": [] if accounted == inventory.paths else ["files missing from both tables"],
        "quotes": misplaced_quotes(releases, tables.to_arrow("quotes", frames["quotes"])),
        "figures": misplaced_figures(releases, tables.to_arrow("figures", frames["figures"])),
        "actors": sorted(referenced - set(_values(frames["actors"], "actor_id"))),
    }
    for table, (check, _) in TABLE_CHECKS.items():
        yield dg.AssetCheckResult(
            asset_key=table,
            check_name=check,
            passed=not problems[table],
            metadata={"problems": len(problems[table]), "examples": problems[table][:10]},
        )


def _values(df: pd.DataFrame, column: str) -> list:
    """A column as Python values, read from its Arrow array (far faster than iterating)."""
    return pa.chunked_array(df[column].array.__arrow_array__()).to_pylist()


def markdown_table(df: pd.DataFrame | None, limit: int = 10) -> str:
    if df is None or df.empty:
        return "_none_"
    head = df.head(limit).map(_markdown_cell)
    lines = ["| " + " | ".join(map(str, head.columns)) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in head.itertuples(index=False)]
    return "\n".join(lines)


def _markdown_cell(value: object) -> str:
    is_missing = pd.isna(value)
    text = "" if isinstance(is_missing, bool) and is_missing else str(value)
    return text[:80].replace("|", "\\|").replace("\n", " ")


def _table_metadata(name: str, df: pd.DataFrame) -> dict:
    extra = {}
    if "kind" in df.columns:
        extra["kinds"] = df["kind"].value_counts().to_dict()
    if name == "rejects":
        extra["reasons"] = df["reason"].value_counts().to_dict()
    if name == "quotes":
        extra["with_speaker"] = int(df["speaker_name"].notna().sum())
    return {
        "dagster/row_count": len(df),
        "preview": dg.MetadataValue.md(markdown_table(df)),
        **extra,
    }
