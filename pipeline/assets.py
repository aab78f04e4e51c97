"""Dagster assets: each loads its inputs, calls the plain functions that do the work, checks
the result against its contract and returns it with metadata. No logic lives here."""

import dagster as dg
import pandas as pd

from pipeline import tables
from pipeline.actors import build_actor_tables
from pipeline.figures import extract_figures, misplaced_figures
from pipeline.parsing import find_raw_files, load_releases, read_raw_file
from pipeline.publishing import publish_version
from pipeline.quotes import extract_quotes, misplaced_quotes
from pipeline.resources import DatasetConfig
from schemas import TABLES

CONTRACT = "matches_contract"


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


def contract_check_spec(table: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        CONTRACT, asset=table, blocking=True, description=f"{table} satisfies schemas/"
    )


def markdown_table(df: pd.DataFrame | None, limit: int = 10) -> str:
    if df is None or df.empty:
        return "_none_"
    head = df.head(limit).map(_markdown_cell)
    lines = ["| " + " | ".join(map(str, head.columns)) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in head.itertuples(index=False)]
    return "\n".join(lines)


@dg.asset(group_name="ingest", kinds={"markdown"})
def raw_files(context: dg.AssetExecutionContext, dataset: DatasetConfig) -> pd.DataFrame:
    """Inventory of the raw release files: every *.md below the raw directory and its hash."""
    raw_dir = dataset.raw_path()
    if not raw_dir.is_dir():
        raise dg.Failure(f"raw directory {raw_dir.resolve()} does not exist")
    files = [read_raw_file(raw_dir, p) for p in find_raw_files(raw_dir)]
    inventory = pd.DataFrame(
        {"source_path": [f.source_path for f in files], "source_sha256": [f.sha256 for f in files]}
    )
    context.add_output_metadata({"raw_dir": str(raw_dir.resolve()), "file_count": len(files)})
    return inventory


@dg.multi_asset(
    group_name="tables",
    outs={
        "releases": dg.AssetOut(kinds={"pandas"}, description="One row per accepted release."),
        "rejects": dg.AssetOut(kinds={"pandas"}, description="One row per rejected raw file."),
    },
    check_specs=[
        contract_check_spec("releases"),
        contract_check_spec("rejects"),
        dg.AssetCheckSpec(
            "every_file_accounted_for",
            asset="rejects",
            blocking=True,
            description="Each raw *.md file is in exactly one of releases or rejects.",
        ),
    ],
)
def releases_and_rejects(
    context: dg.AssetExecutionContext, dataset: DatasetConfig, raw_files: pd.DataFrame
):
    """Parse every raw file into a release, or a reject that says what to fix."""
    raw_dir = dataset.raw_path()
    release_rows, reject_rows = load_releases(
        read_raw_file(raw_dir, raw_dir / p) for p in raw_files["source_path"]
    )
    releases, rejects = tables.frame("releases", release_rows), tables.frame("rejects", reject_rows)
    context.log.info(f"{len(releases)} releases accepted, {len(rejects)} files rejected")
    for reason, count in rejects["reason"].value_counts().sort_index().items():
        context.log.warning(f"rejected {count} file(s) as {reason}")
    yield dg.Output(releases, "releases", metadata=_table_metadata(releases))
    yield dg.Output(
        rejects,
        "rejects",
        metadata={
            **_table_metadata(rejects),
            "reasons": rejects["reason"].value_counts().to_dict(),
        },
    )
    yield contract_check("releases", releases)
    yield contract_check("rejects", rejects)
    accounted = sorted([*releases["source_path"], *rejects["source_path"]])
    yield dg.AssetCheckResult(
        asset_key="rejects",
        check_name="every_file_accounted_for",
        passed=accounted == sorted(raw_files["source_path"]),
        metadata={"raw_files": len(raw_files), "accounted": len(accounted)},
    )


@dg.asset(
    group_name="tables",
    kinds={"pandas"},
    check_specs=[
        contract_check_spec("quotes"),
        dg.AssetCheckSpec(
            "offsets_point_at_text",
            asset="quotes",
            blocking=True,
            description="Each quotation's char_start/char_end span in releases.body holds its text",
        ),
    ],
)
def quotes(context: dg.AssetExecutionContext, releases: pd.DataFrame):
    """Direct quotations and their speakers (pipeline/quotes.py)."""
    bodies = tables.records(releases, ["release_id", "body", "ministers", "portfolios"])
    df = tables.frame("quotes", [row for release in bodies for row in extract_quotes(release)])
    attributed = int(df["speaker_name"].notna().sum())
    context.log.info(f"{len(df)} quotations, {attributed} with a speaker")
    yield dg.Output(
        df,
        metadata={
            **_table_metadata(df),
            "with_speaker": attributed,
            "partial": int(df["is_partial"].sum()),
        },
    )
    yield contract_check("quotes", df)
    misplaced = misplaced_quotes(
        {r["release_id"]: r["body"] for r in bodies},
        tables.records(df, ["quote_id", "release_id", "text", "char_start", "char_end"]),
    )
    yield dg.AssetCheckResult(
        asset_key="quotes",
        check_name="offsets_point_at_text",
        passed=not misplaced,
        metadata={"misplaced": len(misplaced), "examples": misplaced[:10]},
    )


@dg.asset(
    group_name="tables",
    kinds={"pandas"},
    check_specs=[
        contract_check_spec("figures"),
        dg.AssetCheckSpec(
            "offsets_slice_the_surface",
            asset="figures",
            blocking=True,
            description="releases.body[char_start:char_end] is each figure's surface",
        ),
    ],
)
def figures(context: dg.AssetExecutionContext, releases: pd.DataFrame, quotes: pd.DataFrame):
    """Money, percentages, counts and measures claimed in each release (pipeline/figures.py)."""
    bodies = tables.records(releases, ["release_id", "body"])
    quotes_by_release = _group(
        tables.records(quotes, ["release_id", "quote_id", "char_start", "char_end"])
    )
    rows = [
        f for r in bodies for f in extract_figures(r, quotes_by_release.get(r["release_id"], []))
    ]
    df = tables.frame("figures", rows)
    kinds = df["kind"].value_counts().to_dict()
    context.log.info(f"{len(df)} figures {kinds}")
    yield dg.Output(df, metadata={**_table_metadata(df), "kinds": kinds})
    yield contract_check("figures", df)
    misplaced = misplaced_figures({r["release_id"]: r["body"] for r in bodies}, rows)
    yield dg.AssetCheckResult(
        asset_key="figures",
        check_name="offsets_slice_the_surface",
        passed=not misplaced,
        metadata={"misplaced": len(misplaced), "examples": misplaced[:10]},
    )


@dg.multi_asset(
    group_name="tables",
    outs={
        "actors": dg.AssetOut(kinds={"pandas"}, description="People, organisations, countries."),
        "mentions": dg.AssetOut(kinds={"pandas"}, description="Actors per release and role."),
        "portfolio_holders": dg.AssetOut(kinds={"pandas"}, description="Ministers' portfolios."),
    },
    check_specs=[
        contract_check_spec("actors"),
        contract_check_spec("mentions"),
        contract_check_spec("portfolio_holders"),
        dg.AssetCheckSpec(
            "every_referenced_actor_exists",
            asset="actors",
            blocking=True,
            description="Every quotes.speaker_actor_id and mentions.actor_id is in actors",
        ),
    ],
)
def actor_tables(context: dg.AssetExecutionContext, releases: pd.DataFrame, quotes: pd.DataFrame):
    """Actors with one id each, where they appear, and who held which portfolio."""
    actor_rows, mention_rows, holder_rows = build_actor_tables(
        tables.records(
            releases, ["release_id", "published_date", "body", "ministers", "portfolios"]
        ),
        tables.records(
            quotes,
            ["release_id", "speaker_actor_id", "speaker_name", "speaker_mention", "char_start"],
        ),
    )
    frames = {
        "actors": tables.frame("actors", actor_rows),
        "mentions": tables.frame("mentions", mention_rows),
        "portfolio_holders": tables.frame("portfolio_holders", holder_rows),
    }
    kinds = frames["actors"]["kind"].value_counts().to_dict()
    context.log.info(
        f"{len(frames['actors'])} actors ({kinds}), {len(frames['mentions'])} mentions"
    )
    for name, df in frames.items():
        extra = {"kinds": kinds} if name == "actors" else {}
        yield dg.Output(df, name, metadata={**_table_metadata(df), **extra})
    for name, df in frames.items():
        yield contract_check(name, df)
    known = set(frames["actors"]["actor_id"])
    missing = sorted(
        {*quotes["speaker_actor_id"].dropna(), *frames["mentions"]["actor_id"]} - known
    )
    yield dg.AssetCheckResult(
        asset_key="actors",
        check_name="every_referenced_actor_exists",
        passed=not missing,
        metadata={"missing": len(missing), "examples": missing[:10]},
    )


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
        {name: tables.to_arrow(name, df) for name, df in frames.items()}, dataset.output_path()
    )
    verb = "published" if publication.created else "unchanged since"
    context.log.info(f"{verb} version {publication.version} at {publication.path.resolve()}")
    return dg.MaterializeResult(
        metadata={
            "version": publication.version,
            "created": publication.created,
            "path": dg.MetadataValue.path(str(publication.path.resolve())),
            "rows": {n: t["rows"] for n, t in publication.manifest["tables"].items()},
            "rejected_count": publication.manifest["rejected_count"],
        }
    )


def _markdown_cell(value: object) -> str:
    is_missing = pd.isna(value)
    text = "" if isinstance(is_missing, bool) and is_missing else str(value)
    return text[:80].replace("|", "\\|").replace("\n", " ")


def _group(rows: list[dict], key: str = "release_id") -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row[key], []).append(row)
    return grouped


def _table_metadata(df: pd.DataFrame) -> dict:
    return {"dagster/row_count": len(df), "preview": dg.MetadataValue.md(markdown_table(df))}
