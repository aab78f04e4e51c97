"""Run-time configuration, handed to assets, sensors and schedules as a Dagster resource."""

import os
from pathlib import Path

import dagster as dg
import fsspec
from fsspec.implementations.local import LocalFileSystem


class DatasetConfig(dg.ConfigurableResource["DatasetConfig"]):
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

    def output_location(self) -> str:
        """A local folder or an fsspec URI (s3://bucket/beehive, gs://…, file:///srv/…)."""
        return self.output_dir or os.environ.get("BEEHIVE_OUTPUT_DIR") or "outputs"

    def cache_path(self) -> Path:
        """Per-file extraction results, reused by the next run (see pipeline/archive.py):
        beside the outputs when they are local, else in the user's cache folder."""
        explicit = self.cache_dir or os.environ.get("BEEHIVE_CACHE_DIR")
        if explicit:
            return Path(explicit)
        fs, root = fsspec.core.url_to_fs(self.output_location())
        if isinstance(fs, LocalFileSystem):
            return Path(root) / "cache"
        return Path.home() / ".cache" / "beehive-dataset"

    def worker_count(self) -> int:
        configured = self.workers or os.environ.get("BEEHIVE_WORKERS")
        return max(1, int(configured)) if configured else os.cpu_count() or 1
