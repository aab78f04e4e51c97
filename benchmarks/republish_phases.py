"""Where a run's time goes, phase by phase: `python -m pipeline run` in this process, with
wall-clock timers around the functions that do the work.

    .venv/bin/python -m benchmarks.republish_phases RAW OUTPUT CACHE

Run it on copies of a published output and its cache (it publishes a version there), for
example after a full build of the real archive and `change_and_add` (archive_scale.py) on
its raw directory. Phases nest (the assembly's steps are inside 'build_tables'); each line
is the phase's total seconds and how many times it ran. Numbers, not assertions.
"""

import functools
import importlib
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

TOTALS: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)
ORDER: list[str] = []

# (module where the function is looked up by its callers, attribute, label)
PHASES = [
    ("pipeline.defs.assets", "take_inventory", "inventory (hash changed files)"),
    ("pipeline.defs.assets", "latest_manifest", "latest manifest"),
    ("pipeline.defs.assets", "build_tables", "build_tables"),
    ("pipeline.build.tables", "RowCache.read", "  cache read"),
    ("pipeline.build.tables", "extract_in_batches", "  extraction"),
    ("pipeline.build.tables", "assemble", "  assemble"),
    ("pipeline.build.assemble", "merge_actors", "    merge_actors"),
    ("pipeline.build.assemble", "actor_catalogue", "    actor_catalogue"),
    ("pipeline.build.assemble", "actor_redirects", "    actor_redirects"),
    ("pipeline.build.assemble", "portfolio_holders", "    portfolio_holders"),
    ("pipeline.build.assemble", "_kept", "    _kept"),
    ("pipeline.build.tables", "write_parquet", "    conform + write parquet"),
    ("pipeline.defs.assets", "_table_metadata", "table metadata"),
    ("pipeline.defs.checks", "contracts.validate", "contracts (pandera)"),
    ("pipeline.defs.checks", "run_checks", "cross-table checks"),
    ("pipeline.defs.assets", "publish_version", "publish_version"),
    ("pipeline.publish.versions", "_place", "  copy + hash files"),
    ("pipeline.defs.scores", "score_gold", "  gold scores"),
    ("pipeline.publish.versions", "changes.table_changes", "  change files"),
    ("pipeline.publish.versions", "write_duckdb", "  dataset.duckdb"),
    ("pipeline.publish.versions", "fsync_tree", "  fsync"),
]


def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            if label not in ORDER:
                ORDER.append(label)
            TOTALS[label] += time.perf_counter() - started
            CALLS[label] += 1

    return wrapper


def patch(module_name: str, attribute: str, label: str) -> None:
    owner: Any = importlib.import_module(module_name)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    if hasattr(owner, name):
        setattr(owner, name, timed(label, getattr(owner, name)))


def main() -> int:
    raw, output, cache = sys.argv[1:4]
    os.environ.update(
        {"BEEHIVE_RAW_DIR": raw, "BEEHIVE_OUTPUT_DIR": output, "BEEHIVE_CACHE_DIR": cache}
    )
    started = time.perf_counter()
    from pipeline import __main__ as cli

    imported = time.perf_counter() - started
    for module_name, attribute, label in PHASES:
        patch(module_name, attribute, label)
    sys.argv = ["pipeline", "run"]
    run_started = time.perf_counter()
    code = cli.main()
    total = time.perf_counter() - run_started
    print(f"{'imports':40s} {imported:7.2f} s")
    for label in ORDER:
        print(f"{label:40s} {TOTALS[label]:7.2f} s  x{CALLS[label]}")
    print(f"{'run (after imports)':40s} {total:7.2f} s")
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
    print(
        f"{'CPU seconds, all threads and workers':40s} {cpu:7.2f} s (load {os.getloadavg()[0]:.2f})"
    )
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
