import shutil
from pathlib import Path

import dagster as dg
import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS_RAW = ROOT / "raw"
MESSY_RAW = FIXTURES / "messy"
GOLD = FIXTURES / "gold"


@pytest.fixture
def run_pipeline(monkeypatch):
    """Run the real publish_dataset job on a raw directory into an output directory, configured
    the way users configure it: through BEEHIVE_RAW_DIR and BEEHIVE_OUTPUT_DIR."""

    def run(raw_dir: Path, output_dir: Path) -> dg.ExecuteInProcessResult:
        from pipeline.definitions import defs

        monkeypatch.setenv("BEEHIVE_RAW_DIR", str(raw_dir))
        monkeypatch.setenv("BEEHIVE_OUTPUT_DIR", str(output_dir))
        job = defs.resolve_job_def("publish_dataset")
        return job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)

    return run


@pytest.fixture
def seeds_and_messy(tmp_path) -> Path:
    """A raw directory mixing the two real seeds with every kind of broken file."""
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    shutil.copytree(MESSY_RAW, raw / "messy")
    return raw
