"""The real publish_dataset job, configured through the environment, into temporary outputs."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLES
from tests.conftest import MESSY_RAW, ROOT, SEEDS_RAW, pipeline_cli, write_release
from tests.ingest.test_parse import EXPECTED_MESSY


def parquet_bytes(version_dir):
    return {name: (version_dir / f"{name}.parquet").read_bytes() for name in TABLES}


def test_seeds_publish_a_queryable_version_once(run_pipeline, tmp_path):
    out = tmp_path / "out"
    assert run_pipeline(SEEDS_RAW, out).success
    releases_dir = out / "releases"
    version_dir = (releases_dir / "latest").resolve()
    assert {p.name for p in version_dir.iterdir()} == {
        *(f"{name}.parquet" for name in TABLES),
        "dataset.duckdb",
        "manifest.json",
        "DATA_DICTIONARY.md",
        "LICENSE.md",
        "CITATION.cff",
        "README.md",
        "datapackage.json",
        "quality.json",
        "changes",
    }
    releases = pq.read_table(version_dir / "releases.parquet").to_pylist()
    assert [r["ministers"] for r in releases] == [["Jacinda Ardern"], ["Jacinda Ardern"]]
    quotes = pq.read_table(version_dir / "quotes.parquet").to_pylist()
    assert quotes and {q["speaker_actor_id"] for q in quotes} == {"person:jacinda-ardern"}
    actors = {a["actor_id"]: a for a in pq.read_table(version_dir / "actors.parquet").to_pylist()}
    assert {"person:jacinda-ardern", "person:emmanuel-macron", "country:FR"} <= set(actors)
    assert {q["speaker_actor_id"] for q in quotes} <= set(actors)
    mentions = pq.read_table(version_dir / "mentions.parquet").to_pylist()
    assert {m["actor_id"] for m in mentions} == set(actors)
    figures = pq.read_table(version_dir / "figures.parquet").to_pylist()
    bodies = {r["release_id"]: r["body"] for r in releases}
    assert figures
    for f in figures:
        assert bodies[f["release_id"]][f["char_start"] : f["char_end"]] == f["surface"]
    for q in quotes:
        span = bodies[q["release_id"]][q["char_start"] : q["char_end"]]
        assert all(piece in span for piece in q["text"].split("\n\n"))

    quality = json.loads((version_dir / "quality.json").read_text())
    assert quality["evaluation"]["sets"]["dev2"]["releases"] == 72

    assert run_pipeline(SEEDS_RAW, out).success
    index = json.loads((releases_dir / "index.json").read_text())
    assert [v["version"] for v in index] == [version_dir.name]


def test_same_input_gives_byte_identical_parquet(run_pipeline, tmp_path):
    assert run_pipeline(SEEDS_RAW, tmp_path / "one").success
    assert run_pipeline(SEEDS_RAW, tmp_path / "two").success
    one = parquet_bytes((tmp_path / "one" / "releases" / "latest").resolve())
    two = parquet_bytes((tmp_path / "two" / "releases" / "latest").resolve())
    assert one == two


def test_broken_files_are_rejected_and_the_good_ones_published(
    run_pipeline, seeds_and_messy, tmp_path
):
    out = tmp_path / "out"
    assert run_pipeline(seeds_and_messy, out).success
    version_dir = (out / "releases" / "latest").resolve()
    rejects = {
        r["source_path"]: r["reason"]
        for r in pq.read_table(version_dir / "rejects.parquet").to_pylist()
    }
    expected_rejects = {f"messy/{p}": r for p, r in EXPECTED_MESSY.items() if r is not None}
    assert rejects == expected_rejects
    releases = pq.read_table(version_dir / "releases.parquet").column("source_path").to_pylist()
    assert len(releases) == 2 + sum(r is None for r in EXPECTED_MESSY.values())
    manifest = json.loads((version_dir / "manifest.json").read_text())
    assert manifest["rejected_count"] == len(expected_rejects)


def test_a_changed_input_publishes_a_new_version_and_keeps_the_old(
    run_pipeline, seeds_and_messy, tmp_path
):
    out = tmp_path / "out"
    raw = tmp_path / "seeds"
    shutil.copytree(SEEDS_RAW, raw)
    assert run_pipeline(raw, out).success
    first = (out / "releases" / "latest").resolve()
    first_files = {p: p.read_bytes() for p in first.rglob("*") if p.is_file()}
    shutil.copytree(seeds_and_messy / "messy", raw / "messy")
    assert run_pipeline(raw, out).success
    second = (out / "releases" / "latest").resolve()
    assert second != first
    assert {p: p.read_bytes() for p in first.rglob("*") if p.is_file()} == first_files
    assert json.loads((second / "manifest.json").read_text())["previous_version"] == first.name


def test_dataset_duckdb_works_when_copied_alone(run_pipeline, tmp_path, monkeypatch):
    assert run_pipeline(SEEDS_RAW, tmp_path / "out").success
    version_dir = (tmp_path / "out" / "releases" / "latest").resolve()
    elsewhere = tmp_path / "downloaded"
    shutil.copytree(version_dir, elsewhere)
    shutil.rmtree(tmp_path / "out")
    monkeypatch.chdir(tmp_path)
    with duckdb.connect(str(elsewhere / "dataset.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from releases").fetchone() == (2,)
        comment = con.execute(
            "select comment from duckdb_columns() where table_name = 'releases' "
            "and column_name = 'release_id'"
        ).fetchone()[0]
    assert comment == TABLES["releases"].to_schema().columns["release_id"].description


def test_the_job_publishes_to_a_uri(run_pipeline, tmp_path, monkeypatch):
    monkeypatch.setenv("BEEHIVE_CACHE_DIR", str(tmp_path / "cache"))
    assert run_pipeline(SEEDS_RAW, "memory://e2e-bucket/beehive").success
    fs = fsspec.filesystem("memory")
    index = json.loads(fs.cat_file("/e2e-bucket/beehive/releases/index.json"))
    assert index[-1]["rows"]["releases"] == 2
    assert fs.cat_file("/e2e-bucket/beehive/releases/latest").decode() == index[-1]["version"]
    fs.rm("/e2e-bucket", recursive=True)


def test_an_empty_raw_directory_publishes_nothing_and_says_why(tmp_path):
    """`python -m pipeline run` on an emptied raw directory exits non-zero, names the folder
    and the setting, and leaves `latest` on the good version."""

    def run(raw: Path) -> subprocess.CompletedProcess[str]:
        return pipeline_cli(
            "run", BEEHIVE_RAW_DIR=str(raw), BEEHIVE_OUTPUT_DIR=str(tmp_path / "out")
        )

    assert run(SEEDS_RAW).returncode == 0
    good = os.readlink(tmp_path / "out" / "releases" / "latest")
    (tmp_path / "empty").mkdir()
    done = run(tmp_path / "empty")
    assert done.returncode != 0
    assert f"no releases were accepted from raw directory {tmp_path / 'empty'}" in done.stderr
    assert "BEEHIVE_RAW_DIR" in done.stderr
    assert os.readlink(tmp_path / "out" / "releases" / "latest") == good


def test_the_readme_command_publishes_and_says_so(tmp_path):
    """`python -m pipeline run`, as `make run` calls it, in a fresh process."""
    settings = {"BEEHIVE_RAW_DIR": str(SEEDS_RAW), "BEEHIVE_OUTPUT_DIR": str(tmp_path / "out")}
    done = pipeline_cli("run", **settings)
    assert done.returncode == 0, done.stderr[-2000:]
    summary = done.stdout.strip().splitlines()[-1]
    version_dir = (tmp_path / "out" / "releases" / "latest").resolve()
    assert summary.startswith("2 releases accepted, 0 files rejected; published new version ")
    assert str(version_dir) in summary
    again = pipeline_cli("run", **settings)
    assert again.returncode == 0
    expected = f"nothing changed since version {version_dir.name} (same raw files, extraction"
    assert again.stdout.strip().splitlines()[-1].startswith(expected)


def test_two_runs_at_once_on_one_instance_publish_their_own_data(tmp_path):
    """`make run` beside the UI's schedule: one DAGSTER_HOME, two raw directories."""
    other = tmp_path / "other-raw"
    write_release(other, "only-in-the-other", "Another release.", ["Chris Hipkins"])
    home = tmp_path / "dagster-home"
    runs = {}
    for name, raw in (("seeds", SEEDS_RAW), ("other", other)):
        env = {
            **os.environ,
            "DAGSTER_HOME": str(home),
            "BEEHIVE_RAW_DIR": str(raw),
            "BEEHIVE_OUTPUT_DIR": str(tmp_path / f"out-{name}"),
        }
        runs[name] = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "run"], cwd=ROOT, env=env, stderr=subprocess.PIPE
        )
    for process in runs.values():
        assert process.wait(timeout=300) == 0, process.stderr.read().decode()[-2000:]
    for name, expected in (("seeds", 2), ("other", 1)):
        version = (tmp_path / f"out-{name}" / "releases" / "latest").resolve()
        paths = pq.read_table(version / "releases.parquet")["source_path"].to_pylist()
        assert len(paths) == expected, name
    other_version = (tmp_path / "out-other" / "releases" / "latest").resolve()
    ids = pq.read_table(other_version / "releases.parquet")["release_id"].to_pylist()
    assert ids == ["only-in-the-other"]


def test_unicode_release_ids_and_names_in_any_script_are_published(run_pipeline, tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "whānau-ora-boost", "Whānau Ora is funded.", ["Hon 习近平"])
    assert run_pipeline(raw, tmp_path / "out").success
    version = (tmp_path / "out" / "releases" / "latest").resolve()
    assert pq.read_table(version / "releases.parquet")["release_id"].to_pylist() == [
        "whānau-ora-boost"
    ]
    ids = pq.read_table(version / "actors.parquet")["actor_id"].to_pylist()
    assert all(i.split(":", 1)[1] for i in ids) and any(i.startswith("person:u-") for i in ids)


def test_a_failed_check_is_printed_with_the_file_it_concerns(tmp_path, monkeypatch, capsys):
    from pipeline.__main__ import main
    from pipeline.build.tables import build_tables as real

    def negative_word_counts(*args, **kwargs):
        report = real(*args, **kwargs)
        releases = pq.read_table(report.files["releases"])
        index = releases.schema.get_field_index("word_count")
        counts = pa.array([-1] * releases.num_rows, pa.int64())
        releases = releases.set_column(index, releases.schema.field(index), counts)
        pq.write_table(releases, report.files["releases"])
        return report

    monkeypatch.setattr("pipeline.defs.assets.build_tables", negative_word_counts)
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setenv("BEEHIVE_RAW_DIR", str(SEEDS_RAW))
    monkeypatch.setenv("BEEHIVE_OUTPUT_DIR", str(tmp_path / "out"))
    assert main(["run"]) == 1
    printed = capsys.readouterr().err
    assert "nothing was published" in printed
    assert "matches_contract on releases failed" in printed
    assert "2019/04/2019-04-23-nz-and-france-seek-end-use-social-media-acts-terrorism.md" in printed


def test_run_flags_mirror_the_variables_and_the_summary_counts_rejects_by_reason(tmp_path):
    done = pipeline_cli(
        "run", "--raw-dir", str(MESSY_RAW), "--output-dir", str(tmp_path / "out"), "--workers", "1"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    summary = done.stdout.strip().splitlines()[-1]
    assert "files rejected (2 duplicate, 2 no_front_matter, 1 bad_date" in summary
    assert (tmp_path / "out" / "releases" / "latest").is_symlink()


def test_row_count_drift_warns_without_blocking(run_pipeline, seeds_and_messy, tmp_path):
    out = tmp_path / "out"
    raw = tmp_path / "seeds"
    shutil.copytree(SEEDS_RAW, raw)

    def drift(result):
        return {
            e.asset_key.to_user_string(): e
            for e in result.get_asset_check_evaluations()
            if e.check_name == "row_count_drift"
        }

    first = run_pipeline(raw, out)
    assert first.success and all(e.passed for e in drift(first).values())
    shutil.copytree(seeds_and_messy / "messy", raw / "messy")
    second = run_pipeline(raw, out)
    assert second.success  # a warning, not a block
    releases = drift(second)["releases"]
    assert not releases.passed and releases.severity == dg.AssetCheckSeverity.WARN
    assert releases.metadata["previous_rows"].value == 2


def test_a_run_where_nothing_changed_builds_nothing(run_pipeline, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS_RAW, raw)
    assert run_pipeline(raw, tmp_path / "out").success
    again = run_pipeline(raw, tmp_path / "out")
    assert again.success
    assert again.asset_materializations_for_node("release_tables") == []
    assert again.asset_materializations_for_node("published_version") == []
    write_release(raw, "a-new-release", "It funds 20 schools.", date="2021-05-06")
    third = run_pipeline(raw, tmp_path / "out")
    assert len(third.asset_materializations_for_node("published_version")) == 1
    index = json.loads((tmp_path / "out" / "releases" / "index.json").read_text())
    assert [v["rows"]["releases"] for v in index] == [2, 3]
