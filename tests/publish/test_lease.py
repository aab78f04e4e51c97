"""Publishing to object storage takes turns through a lease object, which expires."""

import json
from datetime import timedelta

import fsspec
import pytest

from pipeline.publish import lease
from pipeline.publish.lease import LEASE_FILE, PublishingBusy
from pipeline.publish.versions import Guard, PublicationRefused, publish_version
from tests.publish.test_versions import NOW, some_tables


@pytest.fixture
def storage(request):
    """A fresh place on the in-memory object store, removed afterwards."""
    fs = fsspec.filesystem("memory")
    root = f"/lease-{request.node.name}"
    yield fs, f"memory:/{root}/dataset", f"{root}/dataset/releases"
    fs.rm(root, recursive=True)


def held_by_another(fs, releases, expires):
    other = {
        "token": "someone-else",
        "owner": "build-host (pid 42)",
        "acquired": NOW.isoformat(timespec="seconds"),
        "expires": expires.isoformat(timespec="seconds"),
    }
    fs.pipe_file(f"{releases}/{LEASE_FILE}", json.dumps(other).encode())


def test_a_live_lease_of_another_run_publishes_nothing(storage):
    fs, out, releases = storage
    publish_version(some_tables(), out, now=NOW)
    held_by_another(fs, releases, expires=NOW + timedelta(days=365 * 100))
    with pytest.raises(PublishingBusy, match=r"build-host \(pid 42\) has been publishing"):
        publish_version(some_tables("Changed"), out, now=NOW)
    assert [v["version"] for v in json.loads(fs.cat_file(f"{releases}/index.json"))] == [
        "2026-11-22.0"
    ]
    assert not fs.exists(f"{releases}/2026-11-22.1")
    assert json.loads(fs.cat_file(f"{releases}/{LEASE_FILE}"))["token"] == "someone-else"


def test_an_expired_lease_of_a_dead_run_is_taken_over_and_released(storage):
    fs, out, releases = storage
    held_by_another(fs, releases, expires=NOW - timedelta(minutes=1))
    assert publish_version(some_tables(), out, now=NOW).created
    assert not fs.exists(f"{releases}/{LEASE_FILE}")


def test_the_lease_is_released_when_publishing_fails(storage):
    fs, out, releases = storage
    publish_version(some_tables(count=2), out, now=NOW)
    with pytest.raises(PublicationRefused):
        publish_version(some_tables(count=0), out, now=NOW, guard=Guard())
    assert not fs.exists(f"{releases}/{LEASE_FILE}")
    assert publish_version(some_tables(count=3), out, now=NOW).created


def test_a_run_that_took_the_lease_at_the_same_moment_wins_and_the_other_stops(
    storage, monkeypatch
):
    fs, out, releases = storage

    def rival_writes_while_we_wait(seconds):
        held_by_another(fs, releases, expires=NOW + timedelta(hours=1))

    monkeypatch.setattr(lease.time, "sleep", rival_writes_while_we_wait)
    with pytest.raises(PublishingBusy, match="at the same moment"):
        publish_version(some_tables(), out, now=NOW)
    assert not fs.exists(f"{releases}/index.json")
    assert json.loads(fs.cat_file(f"{releases}/{LEASE_FILE}"))["token"] == "someone-else"
