"""What travels with a version: licence, citation, dataset card, data package, change feed."""

import hashlib
import json
from pathlib import Path

import duckdb
import frictionless
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from pipeline import contracts
from pipeline.publish import changes
from pipeline.publish.versions import Guard, publish_version
from schemas import TABLES
from tests.publish.test_versions import NOW, some_tables


def test_a_version_says_how_to_credit_and_cite_it(tmp_path):
    version = Path(publish_version(some_tables(count=3), tmp_path, now=NOW).location)
    licence = (version / "LICENSE.md").read_text()
    assert "Crown copyright" in licence and "CC BY 4.0" not in licence.split("## The derived")[0]
    assert "creativecommons.org/licenses/by/4.0" in licence
    citation = yaml.safe_load((version / "CITATION.cff").read_text())
    assert citation["type"] == "dataset"
    assert citation["version"] == "2026-11-22.0"
    assert citation["date-released"] == "2026-11-22"
    card = (version / "README.md").read_text()
    assert "Releases from 2020-01-02 to 2020-01-02, by 1 ministers." in card
    assert "| `releases` | 3 |" in card
    assert "This is the first version" in card


def test_datapackage_json_is_a_valid_frictionless_package_of_the_version(tmp_path):
    version = Path(publish_version(some_tables(count=3), tmp_path, now=NOW).location)
    descriptor = json.loads((version / "datapackage.json").read_text())
    assert frictionless.Package.validate_descriptor(descriptor).valid
    # Frictionless reads Parquet list columns as arrays it does not type, and counts bytes of
    # the rows it reads, not of the file: both are checked here instead.
    report = frictionless.validate(
        str(version / "datapackage.json"), skip_errors=["type-error", "byte-count", "hash-count"]
    )
    assert report.valid, report.flatten(["type", "message"])
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == set(TABLES)
    for name, resource in resources.items():
        data = (version / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        fields = [f["name"] for f in resource["schema"]["fields"]]
        assert fields == pq.read_schema(version / resource["path"]).names
        assert resource["schema"].get("primaryKey", []) == contracts.sort_key(name)
    assert {
        "fields": ["release_id"],
        "reference": {"resource": "releases", "fields": ["release_id"]},
    } in (resources["quotes"]["schema"]["foreignKeys"])


def _with_releases(bodies: dict[str, str]) -> dict[str, pa.Table]:
    tables = some_tables(count=0)
    row = some_tables()["releases"].to_pylist()[0]
    rows = [{**row, "release_id": rid, "body": body} for rid, body in sorted(bodies.items())]
    tables["releases"] = pa.Table.from_pylist(rows, schema=contracts.arrow_schema("releases"))
    quotes = [
        {
            "quote_id": f"q-{rid}",
            "release_id": rid,
            "published_date": row["published_date"],
            "ordinal": 0,
            "text": "We will.",
            "speaker_name": None,
            "speaker_actor_id": None,
            "speaker_mention": None,
            "attribution": None,
            "is_partial": False,
            "paragraph_count": 1,
            "char_start": body.index("“"),
            "char_end": body.index("”") + 1,
            "speaker_char_start": None,
            "speaker_char_end": None,
        }
        for rid, body in sorted(bodies.items())
    ]
    tables["quotes"] = pa.Table.from_pylist(quotes, schema=contracts.arrow_schema("quotes"))
    return tables


def test_the_change_feed_lists_exactly_what_changed_by_stable_id(tmp_path):
    before = {f"r-{n}": f"Text {n}. “We will.”" for n in range(12)}
    first = Path(publish_version(_with_releases(before), tmp_path, now=NOW).location)
    added = pq.read_table(first / "changes" / "quotes.parquet").to_pylist()
    assert [(q["id"], q["release_id"], q["change"]) for q in added] == [
        (f"q-{rid}", rid, "added") for rid in sorted(before)
    ]
    after = dict(before)
    after["r-3"] = "A new first paragraph.\n\nText 3. “We will.”"  # the quote only moved
    after["r-4"] = "Text 4, corrected. “We will.”"
    del after["r-5"]
    after["r-12"] = "Text 12. “We will.”"
    second = Path(publish_version(_with_releases(after), tmp_path, now=NOW).location)
    releases = pq.read_table(second / "changes" / "releases.parquet").to_pylist()
    assert [(r["id"], r["change"]) for r in releases] == [
        ("r-12", "added"),
        ("r-3", "changed"),
        ("r-4", "changed"),
        ("r-5", "removed"),
    ]
    quotes = pq.read_table(second / "changes" / "quotes.parquet").to_pylist()
    assert [(q["id"], q["change"]) for q in quotes] == [("q-r-12", "added"), ("q-r-5", "removed")]
    manifest = json.loads((second / "manifest.json").read_text())
    assert manifest["changes"]["counts"]["releases"] == {"added": 1, "removed": 1, "changed": 2}
    assert "- `releases`: 1 added, 1 removed, 2 changed" in (second / "README.md").read_text()


def test_a_change_inside_a_list_or_to_or_from_null_is_a_change():
    """Rows are compared column by column in their own types: one list item with a comma
    is not two items, and a null is no value."""
    old = _with_releases({f"r-{n}": f"Text {n}. “We will.”" for n in range(5)})["releases"]
    rows = old.to_pylist()
    rows[0]["ministers"], rows[1]["ministers"] = ["A, B"], ["A", "B"]
    before = pa.Table.from_pylist(rows, schema=old.schema)
    rows[0]["ministers"], rows[1]["ministers"] = ["A", "B"], ["A, B"]
    rows[2]["title"] = None
    rows[3]["word_count"] += 1
    rows[4]["body"] += " One more word"  # text is compared by its digest
    after = pa.Table.from_pylist(rows, schema=old.schema)
    found = changes.table_changes("releases", after, before).to_pylist()
    assert [(r["id"], r["change"]) for r in found] == [
        ("r-0", "changed"),
        ("r-1", "changed"),
        ("r-2", "changed"),
        ("r-3", "changed"),
        ("r-4", "changed"),
    ]
    assert changes.table_changes("releases", before, before).num_rows == 0


def catalog_queries(releases: Path, monkeypatch, *queries: str) -> list[list[tuple]]:
    """The rows of each query, run as a user runs them: from the releases folder, in plain
    DuckDB with catalog.sql loaded."""
    monkeypatch.chdir(releases)
    with duckdb.connect() as con:
        con.execute(Path("catalog.sql").read_text())
        return [con.sql(query).fetchall() for query in queries]


def test_catalog_sql_queries_every_version_at_once(tmp_path, monkeypatch):
    publish_version(some_tables(count=2), tmp_path, now=NOW)
    publish_version(some_tables(count=3), tmp_path, now=NOW)
    (counts,) = catalog_queries(
        tmp_path / "releases",
        monkeypatch,
        "select version, count(*) from versioned('releases') group by all order by version",
    )
    assert counts == [("2026-11-22.0", 2), ("2026-11-22.1", 3)]


def test_quality_json_reports_fill_rates_rejects_and_row_changes(tmp_path):
    publish_version(some_tables(count=2), tmp_path, now=NOW)
    second = Path(publish_version(some_tables(count=3), tmp_path, now=NOW).location)
    quality = json.loads((second / "quality.json").read_text())
    assert quality["checks_passed"] and "every_file_accounted_for on rejects" in quality["checks"]
    assert quality["rows"]["releases"] == 3 and quality["rows_change"]["releases"] == 1
    assert quality["rejects_by_reason"] == {}
    assert quality["fill_rates"]["quotes_with_speaker"] is None  # no quotes: no rate


def test_quality_json_carries_the_gold_scores_of_the_building_code(tmp_path):
    scores = {"dev2": {"files": ["dev2_a.jsonl"], "releases": 2, "quotes": {"f1": 0.5}}}
    version = Path(
        publish_version(some_tables(count=2), tmp_path, now=NOW, evaluation=lambda: scores).location
    )
    quality = json.loads((version / "quality.json").read_text())
    assert quality["evaluation"]["sets"] == scores
    assert (
        quality["evaluation"]["code"]
        == json.loads((version / "manifest.json").read_text())["build"]["extraction_key"]
    )
    index = json.loads((tmp_path / "releases" / "index.json").read_text())
    assert index[-1]["quality"]["gold_f1"] == {"dev2": {"quotes": 0.5}}
    assert "| dev2 | 0.500 |" in (version / "README.md").read_text()


def test_a_version_published_without_scoring_says_so(tmp_path):
    version = Path(publish_version(some_tables(count=2), tmp_path, now=NOW).location)
    assert json.loads((version / "quality.json").read_text())["evaluation"] is None
    assert "gold set" not in (version / "README.md").read_text()


def test_catalog_history_gives_first_published_and_last_changed_per_id(tmp_path, monkeypatch):
    bodies = {"r-a": "A. “We will.”", "r-b": "B. “We will.”"}
    publish_version(_with_releases(bodies), tmp_path, now=NOW)  # .0: a, b
    publish_version(
        _with_releases({**bodies, "r-a": "A, corrected. “We will.”", "r-c": "C. “We will.”"}),
        tmp_path,
        now=NOW,
    )  # .1: a changed, c added
    publish_version(
        _with_releases({"r-a": "A, corrected. “We will.”", "r-c": "C. “We will.”"}),
        tmp_path,
        now=NOW,
        guard=Guard(max_drop=0.5),
    )  # .2: b removed
    history, quotes = catalog_queries(
        tmp_path / "releases",
        monkeypatch,
        "select id, first_published, last_changed, removed from history('releases') order by id",
        "select id, removed from history('quotes') order by id",
    )
    assert history == [
        ("r-a", "2026-11-22.0", "2026-11-22.1", False),
        ("r-b", "2026-11-22.0", "2026-11-22.0", True),
        ("r-c", "2026-11-22.1", "2026-11-22.1", False),
    ]
    assert quotes == [("q-r-a", False), ("q-r-b", True), ("q-r-c", False)]


def test_gold_scores_are_computed_only_for_a_new_version(tmp_path):
    calls = []

    def scores():
        calls.append(1)
        return {}

    publish_version(some_tables(count=2), tmp_path, now=NOW, evaluation=scores)
    assert not publish_version(some_tables(count=2), tmp_path, now=NOW, evaluation=scores).created
    assert calls == [1]
