"""Run-time configuration, handed to assets, sensors and schedules as a Dagster resource."""

import os
import tempfile
from pathlib import Path

import dagster as dg
import fsspec
from fsspec.implementations.local import LocalFileSystem

from pipeline.build.worker import Limits
from pipeline.publish.versions import DEFAULT_MAX_RELEASE_DROP, Guard

DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024
DEFAULT_FILE_SECONDS = 10.0
MAX_WORKERS = 256


class ConfigError(ValueError):
    """A setting that cannot work: the message names the variable and what to do."""


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
        configured = self.workers if self.workers is not None else os.environ.get("BEEHIVE_WORKERS")
        if configured is None or configured == "":
            return os.cpu_count() or 1
        try:
            count = int(configured)
        except ValueError:
            count = 0
        if not 1 <= count <= MAX_WORKERS:
            raise ConfigError(
                f"BEEHIVE_WORKERS={configured!r} is not a number of worker processes: "
                f"set a whole number from 1 to {MAX_WORKERS} (default: one per core)"
            )
        return count

    raw_git: bool | None = None

    def pulls_raw_checkout(self) -> bool:
        """BEEHIVE_RAW_GIT=1: the raw directory is inside a git checkout of the upstream
        archive, pulled (fast-forward only) before each run reads it."""
        if self.raw_git is not None:
            return self.raw_git
        return os.environ.get("BEEHIVE_RAW_GIT", "").strip().lower() in ("1", "true", "yes")

    def run_tags(self) -> dict[str, str]:
        """Tags that say which folders a run read and wrote, shown on every run in the UI."""
        return {
            "beehive/raw_dir": str(self.raw_path().resolve()),
            "beehive/output_dir": self.output_location(),
        }

    def check(self) -> None:
        """Every setting, before any work: one ConfigError naming the variable and what to
        do, instead of a stack trace after the whole extraction."""
        raw = self.raw_path()
        if not raw.exists():
            raise ConfigError(
                f"BEEHIVE_RAW_DIR: the raw directory {raw.resolve()} does not exist; point "
                "BEEHIVE_RAW_DIR at the folder of Markdown releases"
            )
        if not raw.is_dir():
            raise ConfigError(
                f"BEEHIVE_RAW_DIR: {raw.resolve()} is a file, not a folder; point it at the "
                "folder of Markdown releases"
            )
        self.worker_count()
        self.limits()
        self.guard()
        fs, root = fsspec.core.url_to_fs(self.output_location())
        if isinstance(fs, LocalFileSystem):
            _check_writable(Path(root), "BEEHIVE_OUTPUT_DIR", "the output directory")
        _check_writable(self.cache_path(), "BEEHIVE_CACHE_DIR", "the cache directory")

    def limits(self) -> Limits:
        """What one raw file may cost before it is rejected: its size (BEEHIVE_MAX_FILE_BYTES,
        2 MiB by default: the largest real release is under 100 KB) and the seconds to
        extract it (BEEHIVE_FILE_SECONDS, 10 by default: a release takes milliseconds)."""
        size = self.max_file_bytes or os.environ.get("BEEHIVE_MAX_FILE_BYTES")
        seconds = self.file_seconds or os.environ.get("BEEHIVE_FILE_SECONDS")
        return Limits(
            max_bytes=int(_positive(size, "BEEHIVE_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)),
            seconds=_positive(seconds, "BEEHIVE_FILE_SECONDS", DEFAULT_FILE_SECONDS),
        )

    def guard(self) -> Guard:
        """What a version may not do (see pipeline/publish/versions.py): have no releases, or
        lose more than BEEHIVE_MAX_RELEASE_DROP (a share, 0.10 by default) of the releases
        of the version before it."""
        drop = self.max_release_drop or os.environ.get("BEEHIVE_MAX_RELEASE_DROP")
        share = _positive(drop, "BEEHIVE_MAX_RELEASE_DROP", DEFAULT_MAX_RELEASE_DROP, True)
        if share > 1:
            raise ConfigError(
                f"BEEHIVE_MAX_RELEASE_DROP={drop!r} is a share of releases: set it from 0 to 1"
            )
        return Guard(source=f"raw directory {self.raw_path()}", max_drop=share)


def _positive(value: object, name: str, default: float, zero_allowed: bool = False) -> float:
    """A setting that is a positive number (or zero where allowed); the default when unset."""
    if value is None or value == "":
        return default
    try:
        number = float(str(value))
    except ValueError:
        number = -1.0
    if number < 0 or (number == 0 and not zero_allowed):
        raise ConfigError(f"{name}={value!r} must be a positive number")
    return number


def _check_writable(folder: Path, variable: str, what: str) -> None:
    """Create the folder if needed and write a probe file in it: permissions alone do not
    tell (root passes every permission check, read-only mounts pass some)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-probe-"):
            pass
    except OSError as error:
        raise ConfigError(
            f"{variable}: {what} {folder} cannot be written ({error.strerror}); set "
            f"{variable} to a folder you can write to"
        ) from None
