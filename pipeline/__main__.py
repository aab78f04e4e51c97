"""Command line: `python -m pipeline run` (the publish job) and `python -m pipeline eval`."""

import argparse
import os
import sys
import time
from pathlib import Path

import dagster as dg


def run() -> int:
    from pipeline.definitions import defs

    started = time.monotonic()
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else None
    job = defs.resolve_job_def("publish_dataset")
    result = job.execute_in_process(
        instance=instance or dg.DagsterInstance.ephemeral(),
        run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
        raise_on_error=False,
    )
    if not result.success:
        print("run failed; see the log above", file=sys.stderr)
        return 1
    counts = {}
    for node in ("releases_and_rejects", "published_version"):
        for event in result.asset_materializations_for_node(node):
            counts[event.asset_key.to_user_string()] = event.metadata
    published = counts["published_version"]
    print(
        f"{counts['releases']['dagster/row_count'].value} releases accepted, "
        f"{counts['rejects']['dagster/row_count'].value} files rejected; "
        + ("published new version " if published["created"].value else "no change since version ")
        + f"{published['version'].value} at {published['path'].value} "
        f"({time.monotonic() - started:.1f}s)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the publish_dataset job once")
    commands.add_parser("dictionary", help="regenerate docs/data-dictionary.md from schemas/")
    args = parser.parse_args(argv)
    if args.command == "run":
        return run()
    if args.command == "dictionary":
        from pipeline.tables import data_dictionary

        Path("docs/data-dictionary.md").write_text(data_dictionary(), encoding="utf-8")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
