"""Run-time configuration, handed to assets, sensors and schedules as a Dagster resource."""

import os
from pathlib import Path

import dagster as dg


class DatasetConfig(dg.ConfigurableResource):
    """Where raw releases are read and versions are published, and how much work runs at once.

    Each setting is, in order of precedence: the resource's own config, an environment
    variable (BEEHIVE_RAW_DIR, BEEHIVE_OUTPUT_DIR, BEEHIVE_CACHE_DIR, BEEHIVE_WORKERS), then the
    default: raw/ and outputs/ in the working directory, outputs/cache/, one worker process per
    core. The environment is read when a run asks, never at import time.
    """

    raw_dir: str | None = None
    output_dir: str | None = None
    cache_dir: str | None = None
    workers: int | None = None

    def raw_path(self) -> Path:
        return Path(self.raw_dir or os.environ.get("BEEHIVE_RAW_DIR") or "raw")

    def output_path(self) -> Path:
        return Path(self.output_dir or os.environ.get("BEEHIVE_OUTPUT_DIR") or "outputs")

    def cache_path(self) -> Path:
        """Per-file extraction results, reused by the next run (see pipeline/extraction.py)."""
        explicit = self.cache_dir or os.environ.get("BEEHIVE_CACHE_DIR")
        return Path(explicit) if explicit else self.output_path() / "cache"

    def worker_count(self) -> int:
        configured = self.workers or os.environ.get("BEEHIVE_WORKERS")
        return max(1, int(configured)) if configured else os.cpu_count() or 1
