"""How values travel between Dagster steps: under the run that made them, a table as the
Parquet file the step wrote (its path is the output; the file is kept here, hard-linked when
it can be, and the next step gets the kept file's path), anything else pickled.

Each run reads and writes only its own folder (<storage>/runs/<run id>/), so two runs on one
instance — `make run` beside the UI's schedule — never read each other's inputs; a re-execution
reads its parent run's folder, as Dagster's identifiers say. Folders of finished runs are
removed when the next run starts (a failed run's are kept a week, for re-execution).

Why paths and not tables: Dagster pickles each output by default, a copy of every table in
memory while pickling and another while unpickling; and a run in one process
(execute_in_process, as `python -m pipeline run`) keeps every step's output value until it
ends. A path costs nothing to keep, and the step that reads the file reads what it needs.
"""

import os
import pickle
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dagster as dg

KEEP_FAILED_SECONDS = 7 * 24 * 3600
KEEP_UNKNOWN_SECONDS = 24 * 3600  # runs the instance does not know (an ephemeral instance's)


class RunIOManager(dg.IOManager):
    def __init__(self, base_dir: Path):
        self.base_dir = base_dir

    def _path(self, identifier: Sequence[str]) -> Path:
        run_id, *rest = identifier
        return self.base_dir / run_id / "__".join(rest)

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        path = self._path(context.get_identifier())
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(f".{path.name}.tmp")
        staging.unlink(missing_ok=True)
        if isinstance(obj, Path) and obj.suffix == ".parquet":
            try:
                os.link(obj, staging)
            except OSError:  # another file system, or no hard links there
                shutil.copyfile(obj, staging)
            staging.replace(path.with_suffix(".parquet"))
        else:
            staging.write_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
            staging.replace(path.with_suffix(".pickle"))

    def load_input(self, context: dg.InputContext) -> Any:
        path = self._path(context.get_identifier())
        if path.with_suffix(".parquet").exists():
            return path.with_suffix(".parquet")
        return pickle.loads(path.with_suffix(".pickle").read_bytes())


class RunIOManagerFactory(dg.ConfigurableIOManagerFactory[RunIOManager]):
    """Stores step outputs under the Dagster instance's storage folder, one folder a run."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> RunIOManager:
        instance = context.instance
        assert instance is not None
        base = Path(self.base_dir or Path(instance.storage_directory()) / "runs")
        _remove_finished(base, instance, context.run.run_id if context.run else None)
        return RunIOManager(base)


def _remove_finished(base: Path, instance: dg.DagsterInstance, current: str | None) -> None:
    if not base.is_dir():
        return
    now = time.time()
    for folder in base.iterdir():
        if folder.name == current or not folder.is_dir():
            continue
        run = instance.get_run_by_id(folder.name)
        age = now - folder.stat().st_mtime
        if run is None:
            done = age > KEEP_UNKNOWN_SECONDS
        elif run.status == dg.DagsterRunStatus.SUCCESS:
            done = True
        else:
            done = run.is_finished and age > KEEP_FAILED_SECONDS
        if done:
            shutil.rmtree(folder, ignore_errors=True)
