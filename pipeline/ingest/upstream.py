"""The raw directory as a git checkout of the upstream archive (marcus-crane/beehive-markdown
gains releases as commits every day): pull it, fast-forward only, before a run reads it."""

import subprocess
from pathlib import Path

PULL_SECONDS = 300.0


class UpstreamError(RuntimeError):
    """The raw checkout could not be brought up to date: nothing may be published from it."""


def checkout_root(raw_dir: Path) -> Path:
    """The root of the git checkout that holds the raw directory."""
    return Path(_git(raw_dir, "rev-parse", "--show-toplevel", what="find the git checkout"))


def pull(raw_dir: Path, timeout: float = PULL_SECONDS) -> str:
    """Fast-forward the checkout that holds `raw_dir` to its upstream and return the commit
    it is at. A diverged history, a network failure or a timeout raises UpstreamError."""
    root = checkout_root(raw_dir)
    _git(root, "pull", "--ff-only", "--quiet", what="pull (fast-forward only)", timeout=timeout)
    return commit(raw_dir)


def commit(raw_dir: Path) -> str:
    return _git(raw_dir, "rev-parse", "HEAD", what="read the checkout's commit")


def _git(folder: Path, *args: str, what: str, timeout: float = 30.0) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UpstreamError(
            f"git could not {what} in {folder} within {timeout:.0f} s; nothing was published"
        ) from None
    except OSError as error:
        raise UpstreamError(f"git could not run ({error.strerror}); install git") from None
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise UpstreamError(
            f"git could not {what} in {folder}: {reason}; nothing was published. Fix the "
            "checkout (or unset BEEHIVE_RAW_GIT to publish the files as they are)"
        )
    return done.stdout.strip()
