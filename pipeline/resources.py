"""Run-time configuration, handed to assets, sensors and schedules as a Dagster resource."""

import os
from pathlib import Path

import dagster as dg


class DatasetConfig(dg.ConfigurableResource):
    """Where raw releases are read and versions are published.

    Each location is, in order of precedence: the resource's own config, the environment
    variable (BEEHIVE_RAW_DIR, BEEHIVE_OUTPUT_DIR), then raw/ and outputs/ in the working
    directory. The environment is read when a run asks, never at import time.
    """

    raw_dir: str | None = None
    output_dir: str | None = None

    def raw_path(self) -> Path:
        return Path(self.raw_dir or os.environ.get("BEEHIVE_RAW_DIR") or "raw")

    def output_path(self) -> Path:
        return Path(self.output_dir or os.environ.get("BEEHIVE_OUTPUT_DIR") or "outputs")
