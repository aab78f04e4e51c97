"""The registry of cross-table checks: each finds what it is meant to, and nothing on good data."""

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import contracts
from pipeline.build.checks import body_bytes, registry, run_checks
from schemas import TABLES

BODY = "“We will spend $5 million,” she said."


def good_tables() -> dict[str, dict[str, list]]:
    """One release with one quote, one figure, its speaker and a rejected file."""
    return {
        "releases": [
            {
                "release_id": "r",
                "url": "https://www.beehive.govt.nz/release/r",
                "title": "T",
                "published_date": date(2020, 1, 1),
                "ministers": ["Jacinda Ardern"],
                "portfolios": [],
                "attachments": [],
                "body": BODY,
                "word_count": 6,
                "source_path": "r.md",
                "source_sha256": "0" * 64,
            }
        ],
        "quotes": [
            {
                "quote_id": "q-0000000000000000",
                "release_id": "r",
                "published_date": date(2020, 1, 1),
                "ordinal": 0,
                "text": "We will spend $5 million,",
                "speaker_name": "Jacinda Ardern",
                "speaker_actor_id": "person:jacinda-ardern",
                "speaker_mention": "she",
                "attribution": "cue after",
                "is_partial": False,
                "paragraph_count": 1,
                "char_start": 0,
                "char_end": 27,
            }
        ],
        "figures": [
            {
                "figure_id": "f-0000000000000000",
                "release_id": "r",
                "published_date": date(2020, 1, 1),
                "ordinal": 0,
                "surface": "$5 million",
                "value": 5e6,
                "kind": "money",
                "unit": "NZD",
                "range_max": None,
                "percentage_points": False,
                "qualifier": None,
                "period": None,
                "sentence": BODY,
                "char_start": 15,
                "char_end": 25,
                "quote_id": "q-0000000000000000",
            }
        ],
        "actors": [
            {
                "actor_id": "person:jacinda-ardern",
                "kind": "person",
                "name": "Jacinda Ardern",
                "aliases": [],
                "release_count": 1,
                "mention_count": 0,
                "first_seen": date(2020, 1, 1),
                "last_seen": date(2020, 1, 1),
            }
        ],
        "mentions": [
            {
                "release_id": "r",
                "published_date": date(2020, 1, 1),
                "actor_id": "person:jacinda-ardern",
                "role": "speaker",
                "mention_count": 1,
                "first_char_start": 0,
                "surfaces": ["she"],
            }
        ],
        "portfolio_holders": [],
        "actor_redirects": [],
        "actor_candidates": [],
        "rejects": [
            {
                "source_path": "bad.md",
                "reason": "invalid_yaml",
                "detail": "the front matter is not valid YAML",
                "line": 2,
                "source_sha256": "1" * 64,
            }
        ],
    }


def failures(rows: dict[str, list], raw_paths=("bad.md", "r.md")) -> dict[tuple[str, str], list]:
    tables = {n: pa.Table.from_pylist(rows[n], schema=contracts.arrow_schema(n)) for n in TABLES}
    return {
        (o.check.table, o.check.name): o.examples
        for o in run_checks(tables, list(raw_paths))
        if not o.passed
    }


def test_good_tables_pass_every_check():
    assert failures(good_tables()) == {}


def test_every_foreign_key_of_the_contracts_is_checked():
    checked = {c.table for c in registry() if c.name == "references_exist"}
    assert checked == {t for t in TABLES if contracts.references(t)}
    assert {"quotes", "figures", "mentions", "portfolio_holders"} <= checked


def two_kinds():
    rows = good_tables()
    rows["actors"].append(
        {**rows["actors"][0], "actor_id": "org:jacinda-ardern", "kind": "organisation"}
    )
    return rows


def with_candidate(actor_id, char_end):
    """Good tables with an actor candidate spanning body[0:char_end] as 'She'."""
    rows = good_tables()
    span = {"char_start": 0, "char_end": char_end, "surface": "She"}
    rows["actor_candidates"].append(
        {
            "actor_id": actor_id,
            "name": "She",
            "aliases": [],
            "release_id": "r",
            "published_date": date(2020, 1, 1),
            "mention_count": 1,
            "first_char_start": 0,
            "spans": [span],
        }
    )
    return rows


def redirected_candidate():
    rows = with_candidate("org:she", 3)
    rows["actor_redirects"].append({"old_id": "org:she", "actor_id": "person:jacinda-ardern"})
    return rows


def edit(table, column, value):
    rows = good_tables()
    rows[table][0][column] = value
    return rows


@pytest.mark.parametrize(
    ("rows", "raw_paths", "failed", "example"),
    [
        (
            good_tables(),
            ("bad.md", "r.md", "lost.md"),
            ("rejects", "every_file_accounted_for"),
            "lost.md: in neither releases nor rejects",
        ),
        (
            good_tables(),
            ("r.md",),
            ("rejects", "every_file_accounted_for"),
            "bad.md: published but not in the raw directory",
        ),
        (
            edit("rejects", "source_path", "r.md"),
            ("r.md",),
            ("rejects", "every_file_accounted_for"),
            "r.md: in releases and rejects 2 times",
        ),
        (
            with_candidate("person:jacinda-ardern", 3),
            ("bad.md", "r.md"),
            ("actor_candidates", "no_candidate_is_an_actor"),
            "candidate person:jacinda-ardern is in actors too",
        ),
        (
            redirected_candidate(),
            ("bad.md", "r.md"),
            ("actor_candidates", "no_candidate_is_an_actor"),
            "candidate org:she is redirected",
        ),
        (
            with_candidate("org:she", 4),
            ("bad.md", "r.md"),
            ("actor_candidates", "offsets_match_text"),
            "r org:she: body[0:4] is not She",
        ),
        (
            edit("quotes", "char_start", 3),
            ("bad.md", "r.md"),
            ("quotes", "offsets_match_text"),
            "q-0000000000000000: body[3:27] does not hold the text",
        ),
        (
            edit("figures", "char_end", 26),
            ("bad.md", "r.md"),
            ("figures", "offsets_match_text"),
            "f-0000000000000000: body[15:26] is not $5 million",
        ),
        (
            edit("figures", "quote_id", "q-1111111111111111"),
            ("bad.md", "r.md"),
            ("figures", "references_exist"),
            "quote_id q-1111111111111111 is not in quotes.quote_id",
        ),
        (
            edit("mentions", "actor_id", "person:someone-else"),
            ("bad.md", "r.md"),
            ("mentions", "references_exist"),
            "actor_id person:someone-else is not in actors.actor_id",
        ),
        (
            edit("quotes", "release_id", "other"),
            ("bad.md", "r.md"),
            ("quotes", "references_exist"),
            "release_id other is not in releases.release_id",
        ),
        (
            edit("mentions", "spans", [{"char_start": 0, "char_end": 3, "surface": "she"}]),
            ("bad.md", "r.md"),
            ("mentions", "offsets_match_text"),
            "r person:jacinda-ardern: body[0:3] is not she",
        ),
        (
            edit("figures", "published_date", date(2021, 1, 1)),
            ("bad.md", "r.md"),
            ("figures", "dates_match_release"),
            "r is dated 2021-01-01 in figures and 2020-01-01 in releases",
        ),
        (
            two_kinds(),
            ("bad.md", "r.md"),
            ("actors", "one_kind_per_name"),
            "the name jacinda ardern is an actor of kinds organisation, person",
        ),
    ],
)
def test_each_check_finds_its_problem(rows, raw_paths, failed, example):
    found = failures(rows, raw_paths)
    assert failed in found and example in found[failed]


OFFSET_CASES = [
    (edit("quotes", "char_start", 3), ("quotes", "offsets_match_text")),
    (edit("quotes", "speaker_char_start", 0), ("quotes", "speaker_offsets_match_text")),
    (edit("figures", "char_end", 26), ("figures", "offsets_match_text")),
    (
        edit("mentions", "spans", [{"char_start": 0, "char_end": 3, "surface": "she"}]),
        ("mentions", "offsets_match_text"),
    ),
]


@pytest.mark.parametrize(("rows", "failed"), OFFSET_CASES)
def test_offsets_checked_in_parts_find_what_one_part_finds(monkeypatch, rows, failed):
    """The bodies joined a part at a time: each release is in exactly one part, so a problem
    is found once and a release in another part is no problem."""
    whole = failures(rows)
    assert failed in whole
    monkeypatch.setattr("pipeline.build.checks.BODY_BYTES_PER_PART", 8)  # a part per 8 bytes
    assert failures(rows) == whole
    assert failures(good_tables()) == {}


def test_the_parts_follow_the_size_of_the_bodies(tmp_path):
    bodies = ["Ka pai. " * 50, "Kia ora. " * 20]
    releases = pa.table({"release_id": ["a", "b"], "body": bodies})
    pq.write_table(releases, tmp_path / "releases.parquet", compression="zstd")
    text = sum(len(body) for body in bodies)
    assert text <= body_bytes(releases) <= text + 16  # the text and its offsets
    # the footer's uncompressed size of the column: the text, and its encoding's overhead
    assert text <= body_bytes(tmp_path / "releases.parquet") <= 3 * text
