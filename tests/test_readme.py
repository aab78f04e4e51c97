"""Every SQL and Python example in the README runs, on a version built from real releases
that hold money, percentages, counts and measures."""

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.evaluation import read_gold, write_raw_releases
from schemas import TABLES
from tests.conftest import GOLD, ROOT, SEEDS_RAW

BLOCK = re.compile(r"^```(sql|python)\n(.*?)^```", re.MULTILINE | re.DOTALL)
EXAMPLES = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A working directory with outputs/releases/latest built from the dev gold releases."""
    import dagster as dg

    from pipeline.definitions import defs

    work = tmp_path_factory.mktemp("readme")
    gold = [
        item
        for name in ("dev.jsonl", "dev2_a.jsonl", "dev2_b.jsonl")
        for item in read_gold(GOLD / name)
    ]
    write_raw_releases(gold, work / "raw")
    shutil.copytree(SEEDS_RAW, work / "raw" / "seeds")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BEEHIVE_RAW_DIR", str(work / "raw"))
        patch.setenv("BEEHIVE_OUTPUT_DIR", str(work / "outputs"))
        job = defs.resolve_job_def("publish_dataset")
        assert job.execute_in_process(instance=dg.DagsterInstance.ephemeral()).success
    return work


def test_the_readme_has_examples_to_run():
    assert {kind for kind, _ in EXAMPLES} == {"sql", "python"}


@pytest.mark.parametrize(("kind", "code"), EXAMPLES, ids=lambda v: v[:40] if len(v) > 10 else v)
def test_a_readme_example_runs(built, kind, code, monkeypatch, capsys):
    monkeypatch.chdir(built)
    if kind == "python":
        exec(compile(code, "README.md", "exec"), {})
        assert capsys.readouterr().out.strip()
        return
    with duckdb.connect() as con:
        for table in TABLES:
            con.execute(
                f"create view {table} as select * from 'outputs/releases/latest/{table}.parquet'"
            )
        rows = con.sql(code).fetchall()
    assert rows, "the example returns no rows on a version with every kind of figure"


def test_the_money_example_counts_a_repeated_figure_once(built, monkeypatch):
    monkeypatch.chdir(built)
    (money,) = [code for kind, code in EXAMPLES if "nzd_millions" in code]
    with duckdb.connect() as con:
        for table in ("figures", "releases"):
            con.execute(
                f"create view {table} as select * from 'outputs/releases/latest/{table}.parquet'"
            )
        total = con.sql(f"select sum(nzd_millions) from ({money.rstrip().rstrip(';')})").fetchall()
        distinct = con.sql(
            "select sum(value) / 1e6 from (select distinct f.release_id, f.value from figures f "
            "join releases r using (release_id) where f.kind = 'money' and f.unit = 'NZD' "
            "and len(r.portfolios) = 1)"
        ).fetchall()
    assert total[0][0] == pytest.approx(distinct[0][0])
