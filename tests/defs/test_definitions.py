import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import contracts
from pipeline.build.checks import registry
from pipeline.definitions import defs
from pipeline.defs.automation import raw_files_changed
from pipeline.defs.resources import DatasetConfig
from schemas import TABLES
from tests.conftest import ROOT, SEEDS_RAW


def test_definitions_load_with_assets_checks_schedule_and_sensor():
    repo = defs.get_repository_def()
    assert {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()} >= {
        "raw_files",
        "releases",
        "rejects",
        "published_version",
    }
    checks = {(k.asset_key.to_user_string(), k.name) for k in repo.asset_graph.asset_check_keys}
    assert {(name, "matches_contract") for name in TABLES} <= checks
    assert {(c.table, c.name) for c in registry()} <= checks
    assert defs.resolve_schedule_def("daily_publish").cron_schedule == "0 6 * * *"
    assert defs.resolve_sensor_def("raw_files_changed").job_name == "publish_dataset"


def test_sensor_requests_a_run_only_when_raw_content_changes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text("---\ntitle: A\n---\nBody\n")
    resources = {"dataset": DatasetConfig(raw_dir=str(raw))}
    with dg.build_sensor_context(resources=resources) as context:
        first = raw_files_changed(context)
        assert isinstance(first, dg.RunRequest)
        assert isinstance(raw_files_changed(context), dg.SkipReason)
        (raw / "b.md").write_text("---\ntitle: B\n---\nBody\n")
        second = raw_files_changed(context)
        assert isinstance(second, dg.RunRequest) and second.run_key != first.run_key
        assert second.tags["beehive/raw_dir"] == str(raw.resolve())
    description = defs.resolve_sensor_def("raw_files_changed").description
    assert "BEEHIVE_RAW_DIR" in description


def test_config_resource_reads_the_environment_at_run_time(monkeypatch, tmp_path):
    config = DatasetConfig()
    monkeypatch.setenv("BEEHIVE_RAW_DIR", str(tmp_path / "r"))
    monkeypatch.setenv("BEEHIVE_OUTPUT_DIR", str(tmp_path / "o"))
    assert (config.raw_path(), config.output_location()) == (tmp_path / "r", str(tmp_path / "o"))
    monkeypatch.delenv("BEEHIVE_RAW_DIR")
    assert DatasetConfig().raw_path().as_posix() == "raw"
    assert DatasetConfig(raw_dir="/x").raw_path().as_posix() == "/x"


def test_a_failing_contract_check_stops_publication(run_pipeline, tmp_path, monkeypatch):
    from pipeline.build.tables import build_tables as real

    def negative_word_counts(*args, **kwargs):
        report = real(*args, **kwargs)
        releases = pq.read_table(report.files["releases"])
        index = releases.schema.get_field_index("word_count")
        releases = releases.set_column(
            index, releases.schema.field(index), pa.array([-1] * len(releases), pa.int64())
        )
        pq.write_table(releases, report.files["releases"])
        return report

    monkeypatch.setattr("pipeline.defs.assets.build_tables", negative_word_counts)
    result = run_pipeline(SEEDS_RAW, tmp_path / "out")
    assert not result.success
    checks = result.get_asset_check_evaluations()
    assert any(not c.passed and c.asset_key.to_user_string() == "releases" for c in checks)
    assert not (tmp_path / "out" / "releases" / "latest").exists()


def test_data_dictionary_in_docs_matches_the_contracts():
    committed = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == contracts.data_dictionary(), "run: python -m pipeline dictionary"


def test_published_parquet_types_and_descriptions_come_from_the_contracts(run_pipeline, tmp_path):
    assert run_pipeline(SEEDS_RAW, tmp_path / "out").success
    version_dir = (tmp_path / "out" / "releases" / "latest").resolve()
    for name in TABLES:
        written, contract = (
            pq.read_schema(version_dir / f"{name}.parquet"),
            contracts.arrow_schema(name),
        )
        assert written.metadata == contract.metadata
        assert [(f.name, f.type, f.nullable, f.metadata) for f in written] == [
            (f.name, f.type, f.nullable, f.metadata) for f in contract
        ]


def test_a_failing_cross_table_check_stops_publication(run_pipeline, tmp_path, monkeypatch):
    from pipeline.build.tables import build_tables as real

    def shifted_figures(*args, **kwargs):
        report = real(*args, **kwargs)
        figures = pq.read_table(report.files["figures"])
        index = figures.schema.get_field_index("char_end")
        shifted = pc.add(figures["char_end"], 1)
        figures = figures.set_column(index, figures.schema.field(index), shifted)
        pq.write_table(figures, report.files["figures"])
        return report

    monkeypatch.setattr("pipeline.defs.assets.build_tables", shifted_figures)
    result = run_pipeline(SEEDS_RAW, tmp_path / "out")
    assert not result.success
    failed = {
        (c.asset_key.to_user_string(), c.check_name)
        for c in result.get_asset_check_evaluations()
        if not c.passed
    }
    assert failed == {("figures", "offsets_match_text")}
    assert not (tmp_path / "out" / "releases" / "latest").exists()


def test_every_table_asset_shows_its_contract_and_the_extraction_code_version():
    """The UI's Columns tab is the contract; the code version changes exactly when the
    extraction cache key does, so the UI flags tables built by older extractors."""
    from pipeline.build.cache import cache_key

    graph = defs.resolve_asset_graph()
    for table in TABLES:
        node = graph.get(dg.AssetKey(table))
        schema = node.metadata["dagster/column_schema"]
        assert [c.name for c in schema.columns] == [c.name for c in contracts.columns(table)]
        assert [c.description for c in schema.columns] == [
            c.description for c in contracts.columns(table)
        ]
        assert node.code_version == cache_key()


def test_the_published_version_expects_a_daily_refresh():
    policy = defs.resolve_asset_graph().get(dg.AssetKey("published_version")).freshness_policy
    assert policy.fail_window.to_timedelta().total_seconds() == 36 * 3600


def test_the_instance_queues_publishing_runs_one_at_a_time(tmp_path, monkeypatch):
    """`make run`/`make ui` create dagster.yaml so that a scheduled, sensed or launched publish
    waits while another is in progress; an instance created with the old settings gets them."""
    from pipeline.__main__ import PREVIOUS_INSTANCE_SETTINGS, instance

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    (tmp_path / "dagster.yaml").write_text(PREVIOUS_INSTANCE_SETTINGS[0] + "\n")
    with instance() as created:
        limits = created.get_concurrency_config().run_queue_config.tag_concurrency_limits
    job = defs.resolve_job_def("publish_dataset")
    assert {"key": "beehive/publish", "limit": 1} in limits
    assert job.tags["beehive/publish"] == "dataset"
    assert int(job.tags["dagster/max_runtime"]) >= 3600


def test_an_instance_with_settings_of_its_own_keeps_them(tmp_path, monkeypatch):
    from pipeline.__main__ import instance

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    own = "telemetry:\n  enabled: false\n"
    (tmp_path / "dagster.yaml").write_text(own)
    with instance():
        pass
    assert (tmp_path / "dagster.yaml").read_text() == own
