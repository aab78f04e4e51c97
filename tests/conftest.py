import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import dagster as dg
import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS_RAW = ROOT / "raw"
MESSY_RAW = FIXTURES / "messy"
GOLD = ROOT / "pipeline" / "gold"


@pytest.fixture(autouse=True)
def no_lease_wait(monkeypatch):
    """Publishing to object storage waits for its lease to settle (lease.py): not in tests."""
    monkeypatch.setattr("pipeline.publish.lease.SETTLE_SECONDS", 0.0)


def pipeline_cli(
    *args: str, timeout: float = 300, **settings: str
) -> subprocess.CompletedProcess[str]:
    """`python -m pipeline <args>` in a fresh process, as `make run` calls it, with only the
    BEEHIVE_* settings given (none inherited) and no DAGSTER_HOME (a throwaway instance)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BEEHIVE_", "DAGSTER_HOME"))}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=ROOT,
        env={**env, **settings},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def chromium() -> str | None:
    """Debian's Chromium (what .ci/run installs), for the tests that open pages in a browser."""
    if found := shutil.which("chromium"):
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None


def write_release(
    raw_dir: Path,
    slug: str,
    body: str,
    ministers: Sequence[str] = (),
    portfolios: Sequence[str] = (),
    date: str = "2020-01-01",
) -> Path:
    """A raw release file as beehive.govt.nz exports them, under raw_dir/YYYY/MM/."""
    front = {
        "title": slug.replace("-", " ").capitalize(),
        "date": date,
        "url": f"https://www.beehive.govt.nz/release/{slug}",
        "ministers": list(ministers),
        "portfolios": list(portfolios),
    }
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    path = raw_dir / date[:4] / date[5:7] / f"{date}-{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(["---", *lines, "---", "", body, ""]), encoding="utf-8")
    return path


def gold_items(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text().splitlines() if line.strip()]


@pytest.fixture
def run_pipeline(monkeypatch) -> Callable[[Path, Path | str], dg.ExecuteInProcessResult]:
    """Run the real publish_dataset job on a raw directory into an output directory, configured
    the way users configure it: through BEEHIVE_RAW_DIR and BEEHIVE_OUTPUT_DIR."""

    def run(raw_dir: Path, output_dir: Path | str) -> dg.ExecuteInProcessResult:
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
