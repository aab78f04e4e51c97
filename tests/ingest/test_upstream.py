"""A raw directory that is a git checkout of the upstream archive: pulled before each run."""

import json
import subprocess
from pathlib import Path

import pytest

from pipeline.ingest import upstream
from tests.conftest import write_release

GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@x", "-c", "init.defaultBranch=main"]


def git(folder: Path, *args: str) -> str:
    done = subprocess.run([*GIT, "-C", str(folder), *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def upstream_and_checkout(tmp_path) -> tuple[Path, Path]:
    """A bare 'remote' with one release, a working copy that publishes to it, and the
    checkout the pipeline reads (its releases under releases/, as upstream lays them out)."""
    remote, author, checkout = tmp_path / "remote.git", tmp_path / "author", tmp_path / "checkout"
    subprocess.run([*GIT, "init", "--bare", str(remote)], check=True, capture_output=True)
    subprocess.run([*GIT, "clone", str(remote), str(author)], check=True, capture_output=True)
    write_release(author / "releases", "first-release", "The Government is investing $1 million.")
    git(author, "add", ".")
    git(author, "commit", "-m", "first")
    git(author, "push", "origin", "HEAD")
    subprocess.run([*GIT, "clone", str(remote), str(checkout)], check=True, capture_output=True)
    return author, checkout


def test_pull_fast_forwards_to_the_new_commits(upstream_and_checkout):
    author, checkout = upstream_and_checkout
    write_release(author / "releases", "second-release", "It funds 20 schools.", date="2020-02-02")
    git(author, "add", ".")
    git(author, "commit", "-m", "second")
    git(author, "push", "origin", "HEAD")
    assert upstream.pull(checkout / "releases") == git(author, "rev-parse", "HEAD")
    assert len(list((checkout / "releases").rglob("*.md"))) == 2


def test_a_diverged_checkout_fails_clearly(upstream_and_checkout):
    author, checkout = upstream_and_checkout
    (checkout / "local.txt").write_text("local change\n")
    git(checkout, "add", ".")
    git(checkout, "commit", "-m", "local")
    (author / "other.txt").write_text("upstream change\n")
    git(author, "add", ".")
    git(author, "commit", "-m", "upstream")
    git(author, "push", "origin", "HEAD")
    with pytest.raises(upstream.UpstreamError, match=r"fast-forward only.*nothing was published"):
        upstream.pull(checkout / "releases")


def test_a_run_pulls_then_publishes_and_records_the_commit(
    upstream_and_checkout, run_pipeline, monkeypatch, tmp_path
):
    author, checkout = upstream_and_checkout
    monkeypatch.setenv("BEEHIVE_RAW_GIT", "1")
    assert run_pipeline(checkout / "releases", tmp_path / "out").success
    write_release(author / "releases", "second-release", "It funds 20 schools.", date="2020-02-02")
    git(author, "add", ".")
    git(author, "commit", "-m", "second")
    git(author, "push", "origin", "HEAD")
    assert run_pipeline(checkout / "releases", tmp_path / "out").success
    version = (tmp_path / "out" / "releases" / "latest").resolve()
    manifest = json.loads((version / "manifest.json").read_text())
    assert manifest["tables"]["releases"]["rows"] == 2
    assert manifest["build"]["raw_commit"] == git(author, "rev-parse", "HEAD")


def test_a_failing_pull_publishes_nothing(
    upstream_and_checkout, run_pipeline, monkeypatch, tmp_path
):
    _, checkout = upstream_and_checkout
    monkeypatch.setenv("BEEHIVE_RAW_GIT", "1")
    git(checkout, "remote", "set-url", "origin", str(tmp_path / "gone.git"))
    result = run_pipeline(checkout / "releases", tmp_path / "out")
    assert not result.success
    assert not (tmp_path / "out" / "releases" / "latest").exists()
