"""The Dagster UI as an operator sees it: the real webserver on this project, over an instance
that recorded one publish of the seed releases, opened in headless Chromium (Debian's, driven
by Playwright: no browser download). Each test finds what an operator looks for by its visible
text and saves a screenshot (in the test's tmp folder, and in $BEEHIVE_UI_SCREENSHOTS when it
names a folder)."""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from pipeline import contracts
from pipeline.build.cache import cache_key
from pipeline.definitions import defs
from pipeline.defs.checks import CONTRACT, DRIFT, check_specs
from tests.conftest import ROOT, chromium, pipeline_cli

pytestmark = pytest.mark.skipif(
    chromium() is None,
    reason="no Chromium to open the Dagster UI: install it (`apt-get install chromium`, as "
    ".ci/run does) to run these tests",
)

WAIT_MS = 60_000  # the UI renders by script after its GraphQL answers; slow on a loaded 2-core box
SERVER_SECONDS = 90  # the webserver loads pipeline.definitions in a code server first
VIEWPORT = {"width": 1400, "height": 1400}  # the UI scrolls inside panes: a tall window shows more


@dataclass(frozen=True)
class Published:
    """One publish of the seed releases, recorded in its own Dagster instance."""

    settings: dict[str, str]  # DAGSTER_HOME and the BEEHIVE_* variables it ran with
    output_dir: Path


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Published:
    """`python -m pipeline run` as `make run` runs it, so the run, its tags, materialisations
    and check results are in DAGSTER_HOME's instance (dagster.yaml as the CLI writes it)."""
    work = tmp_path_factory.mktemp("ui")
    settings = {
        "DAGSTER_HOME": str(work / "dagster"),
        "BEEHIVE_RAW_DIR": "raw",  # the two seed releases, relative to the checkout
        "BEEHIVE_OUTPUT_DIR": str(work / "outputs"),
        "BEEHIVE_CACHE_DIR": str(work / "cache"),
    }
    (work / "dagster").mkdir()
    done = pipeline_cli("run", **settings)
    assert done.returncode == 0, done.stderr
    assert "published new version" in done.stdout
    return Published(settings, work / "outputs")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def webserver(published, tmp_path_factory) -> Iterator[str]:
    """`dagster-webserver -m pipeline.definitions` on a free port over the published instance
    (no daemon: nothing here needs schedules or sensors to tick); stopped with its code server."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BEEHIVE_", "DAGSTER_HOME"))}
    env |= published.settings | {"DAGSTER_DISABLE_TELEMETRY": "1"}
    command = [sys.executable, "-m", "dagster_webserver", "-m", "pipeline.definitions"]
    log_path = tmp_path_factory.mktemp("webserver") / "webserver.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [*command, "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: teardown ends the code server too
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_SECONDS
        while not answers(f"{base}/server_info"):
            # another server that took the port in between would answer for this one
            assert server.poll() is None, log_path.read_text()[-3000:]
            assert time.monotonic() < deadline, log_path.read_text()[-3000:]
            time.sleep(0.5)
        assert server.poll() is None, log_path.read_text()[-3000:]
        # what the "Join the Dagster community" dialog's Skip does, so it covers no page
        graphql(base, "mutation { setNuxSeen }")
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def graphql(base: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    assert "errors" not in answer, answer
    return dict(answer["data"])


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; as root (CI, containers) only without its sandbox."""
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=args)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> list[Path]:
    """Where screenshots go: the tmp folder, and $BEEHIVE_UI_SCREENSHOTS when set."""
    folders = [tmp_path_factory.mktemp("ui-screenshots")]
    if wanted := os.environ.get("BEEHIVE_UI_SCREENSHOTS"):
        folders.append(Path(wanted))
        folders[-1].mkdir(parents=True, exist_ok=True)
    return folders


@dataclass
class UI:
    base: str
    page: Page
    shots: list[Path]

    def open(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def snap(self, name: str) -> Path:
        """A full-page screenshot once the page shows what the test waited for."""
        first = self.shots[0] / f"{name}.png"
        # dialogs fade in: finish their transitions rather than capture them half drawn
        self.page.screenshot(path=first, full_page=True, animations="disabled")
        for folder in self.shots[1:]:
            shutil.copyfile(first, folder / first.name)
        return first


@pytest.fixture
def ui(webserver, browser, shots) -> Iterator[UI]:
    """A fresh browser context per test: no state (collapsed sections, tabs) carried over."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(WAIT_MS)
    try:
        yield UI(webserver, context.new_page(), shots)
    finally:
        context.close()


def shown(where: Locator) -> None:
    """Some element matching `where` becomes visible. The UI keeps hidden copies of some
    texts (to measure truncation), so only visible matches count."""
    expect(where.filter(visible=True).first).to_be_visible(timeout=WAIT_MS)


def click(where: Locator) -> None:
    where.filter(visible=True).first.click()


def test_quotes_shows_its_column_schema_and_code_version(ui):
    page = ui.open("/assets/quotes")
    for column in contracts.columns("quotes"):  # the contract in schemas/quotes.py
        shown(page.get_by_role("cell", name=column.name, exact=True))
        shown(page.get_by_role("cell", name=column.description, exact=True))
    click(page.get_by_text("Compute details", exact=True))
    shown(page.get_by_text("Code version", exact=True))
    shown(page.get_by_text(cache_key(), exact=True))  # the extraction cache key
    ui.snap("quotes-columns-and-code-version")


def test_the_checks_of_quotes_include_the_blocking_contract_and_the_drift_warning(ui):
    checks = {spec.name for spec in check_specs() if spec.asset_key == dg.AssetKey("quotes")}
    assert {CONTRACT, DRIFT} <= checks
    page = ui.open("/assets/quotes")
    click(page.get_by_role("tab", name="Checks"))
    shown(page.get_by_text(f"Checks ({len(checks)})", exact=True))
    for name in checks:
        shown(page.get_by_text(name, exact=True))
    click(page.get_by_text(CONTRACT, exact=True))
    shown(page.get_by_text("is a blocking asset check"))
    shown(page.get_by_text("quotes satisfies its contract"))
    click(page.get_by_text(DRIFT, exact=True))
    shown(page.get_by_text("is a non-blocking asset check"))
    shown(page.get_by_text("Warns when quotes has over 10% more or fewer rows"))
    shown(page.get_by_text("Passed", exact=True))
    ui.snap("quotes-checks-row-count-drift")


def test_published_version_shows_its_freshness_policy(ui):
    spec = defs.resolve_assets_def("published_version").specs_by_key[
        dg.AssetKey("published_version")
    ]
    policy = spec.freshness_policy
    assert isinstance(policy, dg.FreshnessPolicy)
    hours = {
        "Fails": policy.fail_window.to_timedelta().total_seconds() / 3600,
        "Warns": policy.warn_window.to_timedelta().total_seconds() / 3600,
    }
    page = ui.open("/assets/published_version")
    shown(page.get_by_text("Freshness policy", exact=True))
    for verb, limit in hours.items():
        shown(page.get_by_text(f"{verb} if more than {limit:g} hours since last materialization"))
    ui.snap("published-version-freshness")


def test_the_publish_run_is_listed_with_its_tags(ui, published):
    tags = {
        "beehive/raw_dir": str((ROOT / "raw").resolve()),
        "beehive/output_dir": str(published.output_dir),
        "beehive/publish": defs.resolve_job_def("publish_dataset").tags["beehive/publish"],
    }
    page = ui.open("/runs")
    shown(page.get_by_text("publish_dataset", exact=True))
    shown(page.get_by_text("Success", exact=True))
    click(page.get_by_text(re.compile(r"^View all tags")))  # the list cuts long values short
    dialog = page.get_by_role("dialog")
    for key, value in tags.items():
        shown(dialog.get_by_text(f"{key}: {value}", exact=True))
    ui.snap("runs-with-tags")


def test_the_publish_job_shows_its_schedule_and_sensor(ui):
    page = ui.open("/jobs")
    click(page.get_by_role("link", name="publish_dataset"))
    click(page.get_by_text(re.compile(r"^\d+ schedules/sensors$")))
    dialog = page.get_by_role("dialog")
    shown(dialog.get_by_text("daily_publish", exact=True))
    shown(dialog.get_by_text("raw_files_changed", exact=True))
    shown(dialog.get_by_text(re.compile(r"At 06:00 AM")))
    ui.snap("job-schedule-and-sensor")
