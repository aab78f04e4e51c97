"""Run-time configuration, handed to assets, sensors and schedules as a Dagster resource."""

import os
from pathlib import Path

import dagster as dg
import fsspec
from fsspec.implementations.local import LocalFileSystem

from pipeline.build.worker import Limits
from pipeline.publish.versions import DEFAULT_MAX_RELEASE_DROP, Guard

DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024
DEFAULT_FILE_SECONDS = 10.0


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
    max_file_bytes: int | None = None
    file_seconds: float | None = None
    max_release_drop: float | None = None

    def raw_path(self) -> Path:
        return Path(self.raw_dir or os.environ.get("BEEHIVE_RAW_DIR") or "raw")

    def output_location(self) -> str:
        """A local folder or an fsspec URI (s3://bucket/beehive, gs://…, file:///srv/…)."""
        return self.output_dir or os.environ.get("BEEHIVE_OUTPUT_DIR") or "outputs"

    def cache_path(self) -> Path:
        """Per-file extraction results, reused by the next run (see pipeline/build/cache.py):
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

    def limits(self) -> Limits:
        """What one raw file may cost before it is rejected: its size (BEEHIVE_MAX_FILE_BYTES,
        2 MiB by default: the largest real release is under 100 KB) and the seconds to
        extract it (BEEHIVE_FILE_SECONDS, 10 by default: a release takes milliseconds)."""
        size = self.max_file_bytes or os.environ.get("BEEHIVE_MAX_FILE_BYTES")
        seconds = self.file_seconds or os.environ.get("BEEHIVE_FILE_SECONDS")
        return Limits(
            max_bytes=int(size) if size else DEFAULT_MAX_FILE_BYTES,
            seconds=float(seconds) if seconds else DEFAULT_FILE_SECONDS,
        )

    def guard(self) -> Guard:
        """What a version may not do (see pipeline/publish/versions.py): have no releases, or
        lose more than BEEHIVE_MAX_RELEASE_DROP (a share, 0.10 by default) of the releases
        of the version before it."""
        drop = self.max_release_drop or os.environ.get("BEEHIVE_MAX_RELEASE_DROP")
        return Guard(
            source=f"raw directory {self.raw_path()}",
            max_drop=float(drop) if drop else DEFAULT_MAX_RELEASE_DROP,
        )
