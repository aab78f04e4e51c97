import re
import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.build.tables import build_tables
from pipeline.ingest.inventory import take_inventory
from pipeline.ingest.parse import (
    clean_body,
    collapse_spaces,
    parse_release,
    release_id_from_url,
)
from pipeline.ingest.records import RejectedFile
from tests.conftest import MESSY_RAW, SEEDS_RAW


def load(raw_dir: Path):
    """(release rows, reject rows) as the pipeline builds them, without Dagster or a cache."""
    built = build_tables(take_inventory(raw_dir), cache_dir=None, workers=1).tables
    return built["releases"].to_pylist(), built["rejects"].to_pylist()


def release(front_matter: str, body: str = "Body text.") -> bytes:
    return f"---\n{front_matter}\n---\n\n{body}\n".encode()


GOOD = "title: T\ndate: 2021-03-04\nurl: https://www.beehive.govt.nz/release/some-release"


def test_seeds_parse_with_canonical_ministers():
    releases, rejects = load(SEEDS_RAW)
    assert rejects == []
    assert [r["release_id"] for r in releases] == [  # in date order
        "nz-and-france-seek-end-use-social-media-acts-terrorism",
        "christchurch-call-makes-significant-progress",
    ]
    first = releases[0]
    assert first["ministers"] == ["Jacinda Ardern"]
    assert first["portfolios"] == ["Prime Minister"]
    assert first["published_date"] == date(2019, 4, 23)
    assert first["source_path"].startswith("2019/04/2019-04-23-")
    assert first["body"].startswith("New Zealand and France announced today")
    assert "tech companies.\n\n“In the wake" in first["body"]  # stray spaces trimmed
    assert first["word_count"] == len(first["body"].split())


EXPECTED_MESSY = {
    "crlf-and-bom.md": None,
    "html-remnants.md": None,
    "no-ministers.md": None,
    "twice-1-original.md": None,
    "binary.md": "binary",
    "latin1.md": "not_utf8",
    "no-front-matter.md": "no_front_matter",
    "unclosed-front-matter.md": "no_front_matter",
    "invalid-yaml.md": "invalid_yaml",
    "missing-url.md": "missing_field",
    "impossible-date.md": "bad_date",
    "escaping-url.md": "bad_url",
    "ministers-mapping.md": "bad_field",
    "empty-body.md": "empty_body",
    "twice-2-copy.md": "duplicate",
    "twice-3-conflicting.md": "duplicate",
}


def test_every_messy_file_lands_in_exactly_one_table_with_the_right_reason():
    releases, rejects = load(MESSY_RAW)
    outcome = {r["source_path"]: None for r in releases} | {
        r["source_path"]: r["reason"] for r in rejects
    }
    assert outcome == EXPECTED_MESSY
    assert len(releases) + len(rejects) == len(list(MESSY_RAW.glob("*.md")))


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("latin1.md", ["line 11", "0xe9", "UTF-8"]),
        ("invalid-yaml.md", ["line 10", "flow sequence", "line 9"]),
        ("missing-url.md", ["url"]),
        ("impossible-date.md", ["2021-02-30"]),
        ("escaping-url.md", ["'..'"]),
        ("ministers-mapping.md", ["ministers"]),
        ("twice-2-copy.md", ["byte-identical", "twice-1-original.md"]),
        ("twice-3-conflicting.md", ["twice-1-original.md", "differs"]),
    ],
)
def test_reject_details_name_what_to_fix(path, words):
    _, rejects = load(MESSY_RAW)
    detail = next(r["detail"] for r in rejects if r["source_path"] == path)
    for word in words:
        assert word in detail


def test_messy_but_valid_files_are_cleaned():
    releases = {r["source_path"]: r for r in load(MESSY_RAW)[0]}
    crlf = releases["crlf-and-bom.md"]
    assert "\r" not in crlf["body"] and not crlf["body"].startswith("\ufeff")
    html = releases["html-remnants.md"]
    assert html["title"] == "Rail & roads"
    assert html["release_id"] == "html-remnants"  # trailing slash in the url
    assert html["ministers"] == ["Jacinda Ardern", "Ayesha Verrall"]
    assert "<" not in html["body"] and "&nbsp;" not in html["body"]
    assert html["body"] == (
        'The Government is investing.\nSecond line.\n\n"It\'s good," the Minister said.'
    )
    assert releases["no-ministers.md"]["ministers"] == []


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("title: T\ndate: 2021-03-04", "missing_field"),
        ("title: ''\ndate: 2021-03-04\nurl: https://x.nz/release/a", "missing_field"),
        ("title: T\ndate: 04/03/2021\nurl: https://x.nz/release/a", "bad_date"),
        ("title: T\ndate: 2021-13-01\nurl: https://x.nz/release/a", "bad_date"),
        ("title: T\ndate: 2021-03-04\nurl: ftp://x.nz/release/a", "bad_url"),
        ("title: T\ndate: 2021-03-04\nurl: https://x.nz/", "bad_url"),
        ("title: T\ndate: 2021-03-04\nurl: https://x.nz/release/%2F..%2Fetc", "bad_url"),
        ("title: [a, b]\ndate: 2021-03-04\nurl: https://x.nz/release/a", "bad_field"),
        ("- just\n- a list", "invalid_yaml"),
        ("title: T\n  date: : 2021", "invalid_yaml"),
        ("title: T\ndate: !!timestamp 2020-02-30\nurl: https://x.nz/release/a", "invalid_yaml"),
        ("title: T\ndate: !!timestamp soon\nurl: https://x.nz/release/a", "invalid_yaml"),
        ("title: T\ndate: 2021-03-04\nurl: https://[beehive/release/a", "bad_url"),
        ("title: T\ndate: 2021-03-04\nurl: https://x.nz/release/a%0A", "bad_url"),
        ("title: T\ndate: 2021-03-04x\nurl: https://x.nz/release/a", "bad_date"),
        ("title: T\ndate: 0001-01-01\nurl: https://x.nz/release/a", "bad_date"),
        ("title: T\ndate: 1990-11-01\nurl: https://x.nz/release/a", "bad_date"),
        ("title: T\ndate: 2202-03-04\nurl: https://x.nz/release/a", "bad_date"),
        (GOOD + "\nministers:\n  - {name: Grant Robertson}", "bad_field"),
        (GOOD + "\nportfolios:\n  - Finance: Tax\n    Extra: key", "bad_field"),
        (GOOD + "\nministers:\n  - [[A B]]", "bad_field"),
    ],
)
def test_front_matter_problems(front_matter, reason):
    with pytest.raises(RejectedFile) as rejected:
        parse_release("x.md", release(front_matter))
    assert rejected.value.rejection.reason == reason


@pytest.mark.parametrize(
    ("front_matter", "field", "expected"),
    [
        (GOOD + "\nministers: Hon Grant Robertson", "ministers", ("Hon Grant Robertson",)),
        (GOOD + "\nministers:", "ministers", ()),
        (GOOD + "\nministers: [Hon A B, Hon A B]", "ministers", ("Hon A B",)),
        (GOOD + "\nportfolios: [Finance, '']", "portfolios", ("Finance",)),
        (
            GOOD.replace("2021-03-04", "'2021-03-04T09:00:00+13:00'"),
            "published_date",
            date(2021, 3, 4),
        ),
        (GOOD.replace("title: T", "title: 2020"), "title", "2020"),
        (
            GOOD + "\nportfolios:\n  - Māori Crown Relations: Te Arawhiti\n  - Finance",
            "portfolios",
            ("Māori Crown Relations: Te Arawhiti", "Finance"),
        ),
        (GOOD + "\nministers:\n  - [Ann Bee, Cy Dee]", "ministers", ("Ann Bee", "Cy Dee")),
        (GOOD, "government", "Sixth Labour Government"),
        (GOOD.replace("2021-03-04", "1990-11-02"), "government", "Fourth National Government"),
        (GOOD.replace("2021-03-04", "1999-12-09"), "government", "Fourth National Government"),
        (GOOD.replace("2021-03-04", "1999-12-10"), "government", "Fifth Labour Government"),
        (GOOD.replace("2021-03-04", "2023-11-27"), "government", "Sixth National Government"),
    ],
)
def test_front_matter_is_normalised(front_matter, field, expected):
    assert getattr(parse_release("x.md", release(front_matter)), field) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.beehive.govt.nz/release/abc-def", "abc-def"),
        ("https://www.beehive.govt.nz/release/abc-def/", "abc-def"),
        ("https://www.beehive.govt.nz/release/abc?page=2#top", "abc"),
        ("https://www.beehive.govt.nz/release/ng%C4%81ti-awa", "ngāti-awa"),
        ("https://www.beehive.govt.nz/release/caf%C3%A9", "café"),
    ],
)
def test_release_id_is_the_last_path_segment(url, expected):
    assert release_id_from_url(url) == expected


@given(st.text())
def test_parse_release_accepts_or_rejects_any_bytes(text):
    try:
        row = parse_release("x.md", text.encode("utf-8", "surrogatepass"))
    except RejectedFile as rejected:
        assert rejected.rejection.detail
    else:
        assert row.body and row.release_id


@given(st.text(alphabet=string.printable + "“”‘’\u00a0\u2011\u00ad<>/&;", max_size=300))
def test_release_with_any_body_parses_and_body_is_clean(body):
    try:
        row = parse_release("x.md", release(GOOD, body))
    except RejectedFile as rejected:
        assert rejected.rejection.reason == "empty_body"
        return
    assert row.body == clean_body(row.body)  # cleaning is idempotent
    assert "\n\n\n" not in row.body and row.body == row.body.strip()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Attorney\u2011General Judith Collins", "Attorney-General Judith Collins"),
        ("Judge Jan\u2010Marie Doogue", "Judge Jan-Marie Doogue"),
        ("the wh\u00adole world \u00ad today", "the whole world today"),
        ("&shy;Te Puni K&#333;kiri", "Te Puni Kōkiri"),
    ],
)
def test_hyphens_are_plain_and_soft_hyphens_gone(raw, expected):
    assert clean_body(raw) == expected


ONE_REGEX = re.compile(r"[\t\u00a0\u2007\u202f][ \t\u00a0\u2007\u202f]*| [ \t\u00a0\u2007\u202f]+")


@given(st.text(alphabet=" \t\u00a0\u2007\u202f\nab", max_size=60))
def test_spaces_collapse_as_the_one_regex_would(text):
    assert collapse_spaces(text) == ONE_REGEX.sub(" ", text)


@given(st.text(alphabet=string.ascii_letters + string.digits + "./%-_~?#", max_size=40))
def test_release_ids_never_escape_a_directory(tail):
    try:
        release_id = release_id_from_url("https://www.beehive.govt.nz/release/" + tail)
    except RejectedFile:
        return
    assert "/" not in release_id and not release_id.startswith(".")


def alias_bomb(levels: int) -> str:
    lines = ["a: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels):
        refs = ", ".join(f"*a{level - 1}" for _ in range(10))
        lines.append(f"b{level}: &a{level} [{refs}]")
    return "\n".join(lines) + f"\ndate: *a{levels - 1}"


@pytest.mark.parametrize(
    ("front_matter", "words"),
    [
        pytest.param(GOOD + "\n" + alias_bomb(9), "10,000 values", id="alias bomb"),
        pytest.param(GOOD + "\nx: " + "[" * 40_000 + "]" * 40_000, "characters", id="deep"),
        pytest.param(GOOD + "\nx: " + "[" * 1_000 + "]" * 1_000, "nests", id="nested"),
        pytest.param(GOOD + "\nx: '" + "y" * 70_000 + "'", "characters", id="long"),
    ],
)
def test_hostile_front_matter_is_rejected_cheaply(front_matter, words):
    with pytest.raises(RejectedFile) as rejected:
        parse_release("x.md", release(front_matter))
    assert rejected.value.rejection.reason == "invalid_yaml"
    assert words in rejected.value.rejection.detail
    assert len(rejected.value.rejection.detail) < 500
