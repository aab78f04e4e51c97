"""Command line: `python -m pipeline run` (the publish job) and `python -m pipeline eval`."""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import dagster as dg

from pipeline.build.memory import fewer_collections
from pipeline.durable import exclusive

# $DAGSTER_HOME/dagster.yaml as `make run` and `make ui` create it: freshness policies (the
# published version's) are evaluated only when enabled; runs of the publish job (tagged
# beehive/publish) wait in the queue while another is in progress; and the daemon fails a run
# that outlives its dagster/max_runtime tag, so a hung run frees the queue.
INSTANCE_SETTINGS = """\
freshness:
  enabled: true
concurrency:
  runs:
    tag_concurrency_limits:
      - key: beehive/publish
        limit: 1
run_monitoring:
  enabled: true
"""
PREVIOUS_INSTANCE_SETTINGS = ("freshness:\n  enabled: true",)  # replaced when found as is


def instance() -> dg.DagsterInstance:
    """The instance in $DAGSTER_HOME (created on first use, one process at a time, so two
    first runs do not race to create its database), else an ephemeral one."""
    home = os.environ.get("DAGSTER_HOME")
    if not home:
        return dg.DagsterInstance.ephemeral()
    with exclusive(Path(home)):
        settings = Path(home) / "dagster.yaml"
        written = settings.read_text(encoding="utf-8") if settings.exists() else ""
        if written.strip() in ("", *PREVIOUS_INSTANCE_SETTINGS):
            settings.write_text(INSTANCE_SETTINGS, encoding="utf-8")
        found = dg.DagsterInstance.get()
        found.get_runs(limit=1)  # creates the run storage's tables now, under the lock
    return found


def run_job(
    raw_dir: str | None = None,
    output_dir: str | None = None,
    throwaway: bool = False,
    log_level: str = "INFO",
) -> dg.ExecuteInProcessResult:
    """The publish_dataset job, in this process, recorded in $DAGSTER_HOME when it is set,
    unless `throwaway` (evaluation runs, whose output is a temporary folder, must not become
    the UI's latest materialisation)."""
    from pipeline.definitions import defs
    from pipeline.defs.resources import DatasetConfig

    config = {k: v for k, v in {"raw_dir": raw_dir, "output_dir": output_dir}.items() if v}
    with fewer_collections():
        return defs.resolve_job_def("publish_dataset").execute_in_process(
            instance=dg.DagsterInstance.ephemeral() if throwaway else instance(),
            tags=DatasetConfig(raw_dir=raw_dir, output_dir=output_dir).run_tags(),
            run_config={
                "loggers": {"console": {"config": {"log_level": log_level}}},
                "resources": {"dataset": {"config": config}},
            },
            raise_on_error=False,
        )


def run(verbose: bool = False) -> int:
    from pipeline.defs.resources import ConfigError, DatasetConfig

    started = time.monotonic()
    try:
        DatasetConfig().check()
    except ConfigError as problem:
        print(f"configuration error: {problem}", file=sys.stderr)
        return 2
    result = run_job(log_level="INFO" if verbose else "WARNING")
    if not result.success:
        print("run failed: nothing was published; see the log above", file=sys.stderr)
        for failure in result.all_events:
            if failure.is_step_failure and failure.step_failure_data.error:
                error = failure.step_failure_data.error
                while error.cause is not None:
                    error = error.cause
                if error.cls_name != "DagsterAssetCheckFailedError":
                    print(f"  {failure.step_key}: {error.message.strip()}", file=sys.stderr)
        for check in result.get_asset_check_evaluations():
            if not check.passed:
                examples = check.metadata.get("examples")
                print(
                    f"  check {check.check_name} on {check.asset_key.to_user_string()} failed"
                    + (f": {examples.value}" if examples else ""),
                    file=sys.stderr,
                )
        return 1
    counts = {}
    for node in ("release_tables", "published_version"):
        for event in result.asset_materializations_for_node(node):
            counts[event.asset_key.to_user_string()] = event.metadata
    if "published_version" not in counts:
        from pipeline.publish.versions import latest_manifest

        latest = latest_manifest(DatasetConfig().output_location()) or {}
        print(
            f"nothing changed since version {latest.get('version')} (same raw files, "
            f"extraction code and schema): nothing built or published "
            f"({time.monotonic() - started:.1f}s)"
        )
        return 0
    published = counts["published_version"]
    print(
        f"{counts['releases']['dagster/row_count'].value} releases accepted, "
        f"{counts['rejects']['dagster/row_count'].value} files rejected{_by_reason(counts)}; "
        + ("published new version " if published["created"].value else "no change since version ")
        + f"{published['version'].value} at {published['path'].value} "
        f"({time.monotonic() - started:.1f}s)"
    )
    return 0


def _by_reason(counts: dict[str, Any]) -> str:
    """' (58 empty_body, 26 duplicate)': the rejects' reasons, most frequent first."""
    reasons = counts["rejects"].get("reasons")
    if reasons is None or not reasons.value:
        return ""
    ranked = sorted(reasons.value.items(), key=lambda item: (-item[1], item[0]))
    return " (" + ", ".join(f"{n} {reason}" for reason, n in ranked) + ")"


def evaluate(gold_paths: list[Path], details: bool) -> int:
    """Run the pipeline on gold releases in a temporary directory and print the scores."""
    from pipeline import evaluation

    items = [item for path in gold_paths for item in evaluation.read_gold(path)]
    with tempfile.TemporaryDirectory(prefix="beehive-eval-") as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        evaluation.write_raw_releases(items, raw)
        if not run_job(str(raw), str(out), throwaway=True).success:
            print("the pipeline failed on the gold releases", file=sys.stderr)
            return 1
        tables = evaluation.read_version((out / "releases" / "latest").resolve())
        print(f"{len(items)} gold releases from {', '.join(map(str, gold_paths))}")
        print(evaluation.format_scores(evaluation.score_tables(items, tables)))
        if details:
            print(evaluation.format_errors(items, tables))
    return 0


# The flags of `run`: each sets the environment variable every entry point reads.
_RUN_FLAGS = (
    ("--raw-dir", "BEEHIVE_RAW_DIR", "folder of raw Markdown releases"),
    ("--output-dir", "BEEHIVE_OUTPUT_DIR", "where versions are published (folder or URI)"),
    ("--cache-dir", "BEEHIVE_CACHE_DIR", "per-file extraction cache"),
    ("--workers", "BEEHIVE_WORKERS", "worker processes for extraction"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    running = commands.add_parser("run", help="run the publish_dataset job once")
    running.add_argument(
        "--verbose", action="store_true", help="print Dagster's whole log, not only warnings"
    )
    for flag, variable, meaning in _RUN_FLAGS:
        running.add_argument(
            flag, dest=variable, metavar=variable, help=f"{meaning} (sets {variable})"
        )
    commands.add_parser("dictionary", help="regenerate docs/data-dictionary.md from schemas/")
    commands.add_parser("instance", help="create the Dagster instance in $DAGSTER_HOME")
    scoring = commands.add_parser("eval", help="score the pipeline against gold .jsonl files")
    scoring.add_argument("gold", nargs="+", type=Path, help="gold .jsonl files")
    scoring.add_argument("--details", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    if args.command == "eval":
        return evaluate(args.gold, args.details)
    if args.command == "run":
        for _, variable, _ in _RUN_FLAGS:
            if getattr(args, variable) is not None:
                os.environ[variable] = getattr(args, variable)
        return run(verbose=args.verbose)
    if args.command == "instance":
        instance()
        return 0
    if args.command == "dictionary":
        from pipeline.contracts import data_dictionary

        Path("docs/data-dictionary.md").write_text(data_dictionary(), encoding="utf-8")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
