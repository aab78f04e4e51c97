"""The publishing job and what starts it: a daily schedule and a sensor on the raw files."""

import dagster as dg

from pipeline.defs.resources import DatasetConfig
from pipeline.ingest.inventory import take_inventory

publish_dataset = dg.define_asset_job(
    "publish_dataset",
    selection=dg.AssetSelection.all(),
    description="Ingest raw/, validate, extract and publish a new version if anything changed.",
    # one publishing run at a time (dagster.yaml limits the tag to 1); a run that hangs is
    # failed after two hours (a full build of the archive takes minutes)
    tags={"beehive/publish": "dataset", "dagster/max_runtime": "7200"},
)

daily_publish = dg.ScheduleDefinition(
    name="daily_publish",
    job=publish_dataset,
    cron_schedule="0 6 * * *",
    execution_timezone="Pacific/Auckland",
    description="Rebuild and publish every morning, New Zealand time.",
)


@dg.sensor(
    job=publish_dataset,
    minimum_interval_seconds=60,
    description="Every minute, hash the *.md files below BEEHIVE_RAW_DIR (raw/ by default) "
    "and request a publish when any was added, changed or removed.",
)
def raw_files_changed(
    context: dg.SensorEvaluationContext, dataset: DatasetConfig
) -> dg.RunRequest | dg.SkipReason:
    """Request a run when raw files are added, changed or removed (cursor: content hash)."""
    raw_dir = dataset.raw_path()
    if not raw_dir.is_dir():
        return dg.SkipReason(f"raw directory {raw_dir.resolve()} does not exist")
    inventory = take_inventory(raw_dir, dataset.cache_path(), dataset.limits().max_bytes)
    fingerprint = inventory.fingerprint()
    if fingerprint == context.cursor:
        return dg.SkipReason("raw files unchanged since the last requested run")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, tags=dataset.run_tags())
