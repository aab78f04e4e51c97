"""Configuration mistakes end in one line that names the variable and what to do."""

import os

import pytest

from pipeline.defs.resources import ConfigError, DatasetConfig
from tests.conftest import ROOT, SEEDS_RAW, pipeline_cli


@pytest.fixture
def settings(tmp_path, monkeypatch):
    for name in list(os.environ):
        if name.startswith("BEEHIVE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("BEEHIVE_RAW_DIR", str(SEEDS_RAW))
    monkeypatch.setenv("BEEHIVE_OUTPUT_DIR", str(tmp_path / "out"))
    return monkeypatch


@pytest.mark.parametrize(
    ("variable", "value", "words"),
    [
        ("BEEHIVE_RAW_DIR", "/nonexistent/raw", "does not exist"),
        ("BEEHIVE_RAW_DIR", str(ROOT / "README.md"), "is a file, not a folder"),
        ("BEEHIVE_WORKERS", "abc", "from 1 to 256"),
        ("BEEHIVE_WORKERS", "0", "from 1 to 256"),
        ("BEEHIVE_WORKERS", "-3", "from 1 to 256"),
        ("BEEHIVE_WORKERS", "100000", "from 1 to 256"),
        ("BEEHIVE_MAX_FILE_BYTES", "lots", "positive number"),
        ("BEEHIVE_FILE_SECONDS", "-1", "positive number"),
        ("BEEHIVE_MAX_RELEASE_DROP", "2", "from 0 to 1"),
        ("BEEHIVE_OUTPUT_DIR", str(ROOT / "README.md" / "out"), "cannot be written"),
        ("BEEHIVE_CACHE_DIR", str(ROOT / "README.md" / "cache"), "cannot be written"),
    ],
)
def test_each_misconfiguration_names_its_variable(settings, variable, value, words):
    settings.setenv(variable, value)
    with pytest.raises(ConfigError) as error:
        DatasetConfig().check()
    assert variable in str(error.value) and words in str(error.value)


def test_a_good_configuration_passes_and_workers_default_to_the_cores(settings):
    DatasetConfig().check()
    assert DatasetConfig().worker_count() == (os.cpu_count() or 1)
    settings.setenv("BEEHIVE_WORKERS", "3")
    assert DatasetConfig().worker_count() == 3


def test_the_cli_prints_one_line_and_exits_non_zero(tmp_path):
    done = pipeline_cli(
        "run",
        timeout=120,
        BEEHIVE_RAW_DIR=str(SEEDS_RAW),
        BEEHIVE_OUTPUT_DIR=str(tmp_path),
        BEEHIVE_WORKERS="abc",
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "configuration error: BEEHIVE_WORKERS='abc' is not a number of worker processes: "
        "set a whole number from 1 to 256 (default: one per core)"
    ]
    assert not list(tmp_path.iterdir())  # no work was done


def test_runs_are_tagged_with_the_folders_they_read_and_wrote(settings, tmp_path):
    tags = DatasetConfig().run_tags()
    assert tags == {
        "beehive/raw_dir": str(SEEDS_RAW.resolve()),
        "beehive/output_dir": str(tmp_path / "out"),
    }
