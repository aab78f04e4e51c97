import copy
import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import duckdb
import fsspec
import pytest

from pipeline.publish import card
from pipeline.publish.page import PAGE_FILE, human_size, index_page
from pipeline.publish.versions import publish_version
from tests.conftest import chromium
from tests.publish.test_versions import NOW, some_tables

EXTERNAL_HOSTS = {"www.beehive.govt.nz", "creativecommons.org"}


@dataclass
class Version:
    id: str
    latest: bool = False
    links: list[str] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)


class PageParts(HTMLParser):
    """What a reader of the page uses: the version sections in order, with their links and
    DuckDB queries, every tag and URL-valued attribute, and the visible text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.versions: list[Version] = []
        self.tags: set[str] = set()
        self.urls: list[tuple[str, str]] = []  # (tag, url)
        self.text: list[str] = []
        self._query: list[str] | None = None
        self._in_style = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {name: value or "" for name, value in attrs}
        classes = named.get("class", "").split()
        self.tags.add(tag)
        self.urls += [(tag, named[a]) for a in ("href", "src", "action") if a in named]
        self._in_style = tag == "style"
        if tag == "section" and "version" in classes:
            self.versions.append(Version(named.get("id", "")))
        elif self.versions and tag == "span" and "latest" in classes:
            self.versions[-1].latest = True
        elif self.versions and tag == "a":
            self.versions[-1].links.append(named.get("href", ""))
        elif self.versions and tag == "pre" and "query" in classes:
            self._query = []

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if tag == "pre" and self._query is not None:
            self.versions[-1].queries.append("".join(self._query))
            self._query = None

    def words(self) -> str:
        """The visible text, one space between words and between cells."""
        return " ".join(" ".join(self.text).split())

    def handle_data(self, data: str) -> None:
        if self._query is not None:
            self._query.append(data)
        if not self._in_style:
            self.text.append(data)


def entry(version: str, previous: str | None = None, **extra: Any) -> dict[str, Any]:
    """An index.json entry shaped like those publish_version writes."""
    return {
        "version": version,
        "created_at": f"{version[:10]}T09:30:00+00:00",
        "schema_version": "1.5.0",
        "previous_version": previous,
        "content_sha256": "0" * 64,
        "rejected_count": 2,
        "rows": {"releases": 1200, "quotes": 3400},
        "coverage": {"first_date": "2017-10-26", "last_date": "2026-11-20", "ministers": 61},
        "changes": {
            "releases": {"added": 12, "removed": 0, "changed": 3},
            "quotes": {"added": 40, "removed": 1, "changed": 0},
        },
        "files": {
            "releases.parquet": 2_345_678,
            "quotes.parquet": 812_000,
            "changes/releases.parquet": 950,
            "dataset.duckdb": 12_500_000,
        },
        **extra,
    }


THREE = [entry("2026-11-20.0"), entry("2026-11-22.0", "2026-11-20.0")]
THREE.append(entry("2026-11-22.1", "2026-11-22.0"))


def test_versions_are_listed_newest_first_and_only_the_newest_is_latest():
    versions = PageParts(index_page(THREE)).versions
    assert [v.id for v in versions] == ["v-2026-11-22.1", "v-2026-11-22.0", "v-2026-11-20.0"]
    assert [v.latest for v in versions] == [True, False, False]


def test_every_file_has_a_relative_link_with_its_size():
    page = index_page(THREE[:1])
    (version,) = PageParts(page).versions
    files = THREE[0]["files"]
    assert [link for link in version.links if not link.startswith("#")] == [
        f"2026-11-20.0/{path}" for path in files
    ]
    text = PageParts(page).words()
    assert all(size in text for size in ("2.3 MB", "812.0 kB", "950 B", "12.5 MB"))


def test_a_version_shows_its_date_coverage_counts_and_changes():
    text = PageParts(index_page(THREE)).words()
    for shown in (
        "2026-11-22",
        "schema 1.5.0",
        "releases from 2017-10-26 to 2026-11-20 by 61 ministers",
        "2 raw files rejected",
        "releases 1,200 12 0 3",
        "quotes 3,400 40 1 0",
        "Changes against 2026-11-22.0",
        "The first version: every row is new.",
    ):
        assert shown in text


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.mark.parametrize(
    ("plant", "shown"),
    [
        pytest.param(lambda e: e["files"].update({HOSTILE: 1}), HOSTILE, id="file"),
        pytest.param(lambda e: e["rows"].update({HOSTILE: 1}), HOSTILE, id="table"),
        pytest.param(lambda e: e.update(schema_version=HOSTILE), HOSTILE, id="schema"),
        pytest.param(lambda e: e.update(created_at=HOSTILE), HOSTILE[:10], id="created"),
        pytest.param(lambda e: e["coverage"].update(first_date=HOSTILE), HOSTILE, id="coverage"),
        pytest.param(lambda e: e.update(previous_version=HOSTILE), HOSTILE, id="previous"),
        pytest.param(lambda e: e.update(quality={HOSTILE: 0.5}), HOSTILE, id="quality-key"),
        pytest.param(lambda e: e.update(quality={"share": HOSTILE}), HOSTILE, id="quality-value"),
        pytest.param(
            lambda e: e.update(quality={"evaluation": {HOSTILE: {"quotes": 1.0}}}),
            HOSTILE,
            id="nested-key",
        ),
        pytest.param(
            lambda e: e.update(quality={"gold_f1": {HOSTILE: {HOSTILE: 1.0}}}),
            HOSTILE,
            id="gold-set",
        ),
        pytest.param(
            lambda e: e.update(version="javascript:alert(1)//"),
            "javascript:alert(1)//",
            id="script-url",
        ),
        pytest.param(
            lambda e: e.update(version="https://example.com/x"),
            "https://example.com/x",
            id="absolute-url",
        ),
    ],
)
def test_a_hostile_value_is_shown_as_text_never_as_markup_or_a_url(
    plant: Callable[[dict], None], shown: str
):
    hostile = entry("2026-11-22.0", "2026-11-20.0")
    plant(hostile)
    parts = PageParts(index_page([hostile]))
    assert not parts.tags & {"script", "img"}
    assert {url for _, url in parts.urls if urlparse(url).scheme} == {
        card.SOURCE,
        card.LICENCE_URL,
    }
    assert shown in parts.words()


@pytest.mark.parametrize(
    ("quality", "shown", "absent"),
    [
        (None, [], ["Quality"]),
        ({}, [], ["Quality"]),
        ("not a mapping", [], ["Quality", "not a mapping"]),
        (
            {"quotes_with_speaker": 0.9312, "figures_with_period": None, "checks": 41},
            ["Quality", "quotes with speaker 93.1%", "figures with period n/a", "checks 41"],
            [],
        ),
        (
            {"evaluation": {"dev2": {"quotes": 1.0, "speakers": 0.986}}},
            ["evaluation / dev2 / quotes 100.0%", "evaluation / dev2 / speakers 98.6%"],
            [],
        ),
        (
            {"gold_f1": {"dev2": {"quotes": 1.0, "speakers": 0.986}, "seeds": {"quotes": 1.0}}},
            ["gold set quotes speakers", "dev2 1.000 0.986", "seeds 1.000 n/a"],
            ["gold_f1"],
        ),
        ({"gold_f1": None}, ["Quality"], ["gold set"]),
    ],
    ids=["absent", "empty", "unexpected", "flat", "nested", "gold", "unscored"],
)
def test_quality_figures_are_shown_when_present(quality, shown, absent):
    extra = {} if quality is None else {"quality": quality}
    text = PageParts(index_page([entry("2026-11-22.0", **extra)])).words()
    assert all(s in text for s in shown)
    assert not any(a in text for a in absent)


def test_no_version_yet_is_a_page_that_says_so():
    parts = PageParts(index_page([]))
    assert parts.versions == []
    assert "No version has been published yet." in parts.words()


def test_the_page_needs_no_network_and_is_the_same_for_the_same_entries():
    page = index_page(THREE)
    assert page == index_page(copy.deepcopy(THREE))
    parts = PageParts(page)
    assert not parts.tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "url(" not in page and "@import" not in page
    for tag, url in parts.urls:
        target = urlparse(url)
        if target.scheme or target.netloc:
            assert (tag, target.scheme, target.netloc in EXTERNAL_HOSTS) == ("a", "https", True)


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (1_234_567, "1.2 MB"), (5 * 10**9, "5.0 GB")],
)
def test_sizes_read_as_people_write_them(size, shown):
    assert human_size(size) == shown


@pytest.fixture
def two_versions(tmp_path) -> Path:
    """A releases folder with two versions, published by the real publish code."""
    publish_version(some_tables(count=2), tmp_path / "out", now=NOW)
    publish_version(some_tables(count=3), tmp_path / "out", now=NOW)
    return tmp_path / "out" / "releases"


def browser_dom(page: Path, profile: Path) -> str:
    """The page as headless Chromium parsed it: the DOM it builds, serialised."""
    browser = chromium()
    if browser is None:
        pytest.skip(
            "no Chromium to open index.html: install it (`apt-get install chromium`, as .ci/run "
            "does) to run this test"
        )
    command = [
        browser,
        "--headless",
        "--no-sandbox",  # needed as root; the page is our own local file
        "--disable-gpu",
        f"--user-data-dir={profile}",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def test_a_browser_lists_both_versions_newest_first_and_every_link_leads_to_a_file(
    two_versions, tmp_path
):
    page = two_versions / PAGE_FILE
    parts = PageParts(browser_dom(page, tmp_path / "chromium-profile"))
    assert [v.id for v in parts.versions] == ["v-2026-11-22.1", "v-2026-11-22.0"]
    assert [v.latest for v in parts.versions] == [True, False]
    index = {e["version"]: e for e in json.loads((two_versions / "index.json").read_text())}
    for version in parts.versions:
        name = version.id.removeprefix("v-")
        assert {f"{name}/{path}" for path in index[name]["files"]} <= set(version.links)
        assert len(version.queries) == 2
    local = [url for tag, url in parts.urls if tag == "a" and not urlparse(url).scheme]
    targets = [unquote(url) for url in local if not url.startswith("#")]
    assert len(targets) > 2 * 19  # every file of both versions, index.json and catalog.sql
    missing = [t for t in targets if not (page.parent / t).is_file()]
    assert missing == []


def test_the_duckdb_queries_of_the_page_run_from_the_releases_folder(two_versions, monkeypatch):
    monkeypatch.chdir(two_versions)
    versions = PageParts((two_versions / PAGE_FILE).read_text(encoding="utf-8")).versions
    queries = [query for version in versions for query in version.queries]
    assert len(queries) == 4
    for query in queries:
        with duckdb.connect() as con:
            assert con.execute(query).fetchall(), query


def test_the_page_is_rewritten_only_when_the_versions_change(tmp_path):
    publish_version(some_tables(), tmp_path, now=NOW)
    page = tmp_path / "releases" / PAGE_FILE
    before = page.stat().st_ino
    publish_version(some_tables(), tmp_path, now=NOW)
    assert page.stat().st_ino == before
    publish_version(some_tables("Changed"), tmp_path, now=NOW)
    assert page.stat().st_ino != before and 'id="v-2026-11-22.1"' in page.read_text()


def test_object_storage_gets_the_page_and_a_missing_one_is_written_again():
    fs = fsspec.filesystem("memory")
    out, page = "memory://beehive-page/dataset", "/beehive-page/dataset/releases/index.html"
    publish_version(some_tables(), out, now=NOW)
    publish_version(some_tables("Changed"), out, now=NOW)
    ids = [v.id for v in PageParts(fs.cat_file(page).decode()).versions]
    assert ids == ["v-2026-11-22.1", "v-2026-11-22.0"]
    fs.rm(page)  # as on storage published before the page existed
    assert not publish_version(some_tables("Changed"), out, now=NOW).created
    assert [v.id for v in PageParts(fs.cat_file(page).decode()).versions] == ids
    fs.rm("/beehive-page", recursive=True)
