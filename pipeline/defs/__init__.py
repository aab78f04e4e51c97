"""Everything Dagster: the assets that run the stages (assets.py), their checks (checks.py),
the job, schedule and sensor (automation.py), run-time configuration (resources.py) and how
tables travel between steps (io_manager.py). `pipeline/definitions.py` puts them together."""
