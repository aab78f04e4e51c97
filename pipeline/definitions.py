"""The Dagster entry point (`dagster dev -m pipeline.definitions`): assets, checks, the
publishing job, its schedule and sensor, and the resources they use."""

import dagster as dg

from pipeline.defs.assets import published_version, raw_files, release_tables
from pipeline.defs.automation import daily_publish, publish_dataset, raw_files_changed
from pipeline.defs.io_manager import RunIOManagerFactory
from pipeline.defs.resources import DatasetConfig

defs = dg.Definitions(
    assets=[raw_files, release_tables, published_version],
    jobs=[publish_dataset],
    schedules=[daily_publish],
    sensors=[raw_files_changed],
    resources={"dataset": DatasetConfig(), "io_manager": RunIOManagerFactory()},
)
