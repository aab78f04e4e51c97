"""One publisher at a time on object storage, where no file lock reaches: a lease object.

A run that publishes to s3://…/releases writes `releases/.publishing.json` (a random token, who
holds it, and when it expires), waits `SETTLE_SECONDS`, and reads it back: it publishes only if
its own token is still there. Two runs that both found no lease both write, and the one written
last wins; the other sees that token and stops. This relies on the storage's read-after-write
consistency (S3, GCS and Azure give it) and on one request taking less time than the settle
wait. A run that dies holding the lease blocks others only until the lease expires, so no one
has to clean up by hand; an expired lease is taken over.
"""

import json
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import fsspec

LEASE_FILE = ".publishing.json"
LEASE_TIME = timedelta(hours=1)  # publishing a 55k-release version takes about a minute
SETTLE_SECONDS = 2.0


class PublishingBusy(RuntimeError):
    """Another run holds the publishing lease: nothing was published."""


@contextmanager
def publishing_lease(
    fs: fsspec.AbstractFileSystem,
    releases: str,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Iterator[None]:
    """Hold the lease on `releases` (a path on `fs`) while the body runs; raise PublishingBusy
    when another run holds an unexpired one or takes it at the same moment."""
    path = f"{releases}/{LEASE_FILE}"
    now = clock()
    holder = _read(fs, path)
    if holder is not None and datetime.fromisoformat(holder["expires"]) > now:
        raise PublishingBusy(
            f"{holder['owner']} has been publishing to {fs.unstrip_protocol(releases)} since "
            f"{holder['acquired']}: nothing was published. Run again after it ends; if that run "
            f"died, its lease expires at {holder['expires']}, or delete {path} now."
        )
    token = uuid.uuid4().hex
    lease = {
        "token": token,
        "owner": f"{socket.gethostname()} (pid {os.getpid()})",
        "acquired": now.isoformat(timespec="seconds"),
        "expires": (now + LEASE_TIME).isoformat(timespec="seconds"),
    }
    fs.pipe_file(path, json.dumps(lease).encode())
    time.sleep(SETTLE_SECONDS)
    taken = _read(fs, path)
    if taken is None or taken["token"] != token:
        raise PublishingBusy(
            f"another run took the publishing lease of {fs.unstrip_protocol(releases)} at the "
            "same moment: nothing was published. Run again after it ends."
        )
    try:
        yield
    finally:
        if (_read(fs, path) or {}).get("token") == token:
            fs.rm_file(path)


def _read(fs: fsspec.AbstractFileSystem, path: str) -> dict[str, Any] | None:
    try:
        found: dict[str, Any] = json.loads(fs.cat_file(path))
    except FileNotFoundError:
        return None
    return found
