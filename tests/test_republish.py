"""A republish after some raw files changed (with the previous version, its cache and the
remembered gold scores) publishes exactly what a full rebuild from nothing publishes."""

import json
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa

from benchmarks.generate_archive import write_archive
from pipeline.defs import scores
from pipeline.defs.scores import SCORES_FOLDER
from schemas import TABLES
from tests.conftest import SEEDS_RAW

NEW_RELEASE = """---
title: New schools
date: 2024-06-02
url: https://www.beehive.govt.nz/release/new-schools
ministers: ["Chris Hipkins"]
portfolios: ["Education"]
---

“We will build 40 new schools,” Education Minister Chris Hipkins said.
"""


def database_contents(path: Path) -> dict[str, object]:
    """What dataset.duckdb holds: each table's columns (name, type, nullable, comment), its
    comment and its rows in stored order."""
    with duckdb.connect(str(path), read_only=True) as con:
        tables = con.execute(
            "select table_name, comment from duckdb_tables() order by 1"
        ).fetchall()
        found: dict[str, object] = {"tables": tables}
        for name, _ in tables:
            found[f"{name} columns"] = con.execute(
                "select column_name, data_type, is_nullable, comment from duckdb_columns() "
                "where table_name = ? order by column_index",
                [name],
            ).fetchall()
            found[f"{name} rows"] = con.sql(f'select * from "{name}"').to_arrow_table()
    return found


def latest(out: Path) -> Path:
    return (out / "releases" / "latest").resolve()


def test_a_republish_equals_a_full_rebuild_byte_for_byte(run_pipeline, tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_archive(40, raw, seed=16, mess_rate=0.05)
    shutil.copytree(SEEDS_RAW, raw / "seeds")
    monkeypatch.setenv("BEEHIVE_CACHE_DIR", str(tmp_path / "cache"))
    assert run_pipeline(raw, out).success
    first = latest(out)
    assert list((tmp_path / "cache" / SCORES_FOLDER).glob("*.json"))  # scored once, kept

    files = sorted(p for p in raw.rglob("*.md") if "seeds" not in p.parts)
    for path in files[:3]:  # changed
        path.write_text(path.read_text(encoding="utf-8", errors="replace") + "\n\nA new line.\n")
    files[3].unlink()  # deleted
    (raw / "2030").mkdir()
    shutil.copy(files[10], raw / "2030" / "copy-under-another-name.md")  # a duplicate
    (raw / "2030" / "new.md").write_text(NEW_RELEASE, encoding="utf-8")  # added

    scored = []
    score_gold = scores.score_gold
    monkeypatch.setattr(scores, "score_gold", lambda **kw: scored.append(1) or score_gold(**kw))
    assert run_pipeline(raw, out).success
    republished = latest(out)
    assert republished != first
    assert not scored  # the same code: its scores were remembered

    # a full rebuild from nothing: its own cache, scored afresh
    monkeypatch.setenv("BEEHIVE_CACHE_DIR", str(tmp_path / "cache-full"))
    assert run_pipeline(raw, tmp_path / "full").success
    full = latest(tmp_path / "full")
    assert scored

    for name in TABLES:
        file = f"{name}.parquet"
        assert (republished / file).read_bytes() == (full / file).read_bytes(), name
    assert database_contents(republished / "dataset.duckdb") == database_contents(
        full / "dataset.duckdb"
    )
    quality = [json.loads((v / "quality.json").read_text()) for v in (republished, full)]
    assert quality[0]["evaluation"] == quality[1]["evaluation"]
    manifests = [json.loads((v / "manifest.json").read_text()) for v in (republished, full)]
    assert manifests[0]["content_sha256"] == manifests[1]["content_sha256"]
    assert manifests[0]["quality"] == manifests[1]["quality"]
    changes = manifests[0]["changes"]["counts"]["releases"]
    assert changes["added"] >= 1 and changes["removed"] >= 1 and changes["changed"] >= 1


def test_database_contents_tell_rows_apart(tmp_path):
    """The comparison above would see a changed row (it is no weaker than the files')."""
    paths = [tmp_path / "a.duckdb", tmp_path / "b.duckdb"]
    for path, value in zip(paths, ["x", "y"], strict=True):
        with duckdb.connect(str(path)) as con:
            con.execute("create table t (v varchar)")
            con.execute("insert into t values (?)", [value])
    contents = [database_contents(p) for p in paths]
    assert isinstance(contents[0]["t rows"], pa.Table)
    assert contents[0] != contents[1]
