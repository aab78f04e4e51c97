"""The workers' code: raw files through the ingest and extract stages, as Arrow tables.

This module imports only those two stages, the segment format and pyarrow (no pandas,
pandera, DuckDB or Dagster), so a worker process starts in a fraction of a second. What it
imports, transitively, is the extraction code: the cache key (build/cache.py) is a hash of
exactly those files. One file never stops a batch: what goes wrong with it becomes a
rejection, and work per file is bounded by `Limits`.
"""

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path

import pyarrow as pa

from pipeline.build.segments import write_segment
from pipeline.extract.records import (
    Extraction,
    Figure,
    Mention,
    PortfolioHolding,
    Quote,
    Redirect,
)
from pipeline.extract.release import extract_release
from pipeline.ingest.files import read_raw_file
from pipeline.ingest.parse import parse_release
from pipeline.ingest.records import RejectedFile, Rejection, RejectReason, Release

# The cached tables: the record type of their rows, and the contracts (schemas/) whose
# columns the record's fields are. Each cached row also carries its file's source_sha256.
CACHED_RECORDS: dict[str, tuple[type, tuple[str, ...]]] = {
    "releases": (Release, ("releases",)),
    "quotes": (Quote, ("quotes",)),
    "figures": (Figure, ("figures",)),
    "mentions": (Mention, ("mentions", "actors")),
    "portfolios": (PortfolioHolding, ("portfolio_holders", "releases")),
    "redirects": (Redirect, ("actor_redirects", "releases")),
    "rejects": (Rejection, ("rejects",)),
}


@dataclass(frozen=True)
class Limits:
    """What one file may cost: its size, and the time to read and extract it."""

    max_bytes: int | None = None
    seconds: float | None = None


NO_LIMITS = Limits()


@dataclass(frozen=True)
class FileRecords:
    """What one raw file gives: its extraction, or why it was rejected."""

    sha256: str
    extraction: Extraction | None = None
    rejection: Rejection | None = None

    def records(self) -> dict[str, Sequence[object]]:
        """The file's records per cached table."""
        if self.extraction is None:
            return {"rejects": [self.rejection]} if self.rejection else {}
        found = self.extraction
        return {
            "releases": [found.release],
            "quotes": found.quotes,
            "figures": found.figures,
            "mentions": found.mentions,
            "portfolios": found.portfolios,
            "redirects": found.redirects,
        }


@dataclass
class BatchOutcome:
    """A batch's cached rows (empty when a worker wrote them to the cache itself), files
    rejected for a reason of the moment (never cached), and files whose bytes, when read,
    had another hash than the inventory's."""

    tables: dict[str, pa.Table] = field(default_factory=dict)
    transient: dict[str, Rejection] = field(default_factory=dict)
    read_as: dict[str, str] = field(default_factory=dict)


class _TimeUp(BaseException):  # not an Exception: no `except Exception` may swallow it
    pass


def extract_file(
    raw_dir: str, source_path: str, limits: Limits = NO_LIMITS
) -> FileRecords | Rejection:
    """One raw file's records, or a rejection of the moment (unreadable now, too slow)."""
    raw = read_raw_file(raw_dir, source_path, limits.max_bytes)
    if raw.data is None or raw.sha256 is None:
        return raw.rejection or Rejection(RejectReason.UNREADABLE, "the file could not be read")
    try:
        with _time_limit(limits.seconds):
            release = parse_release(source_path, raw.data, raw.sha256)
            return FileRecords(raw.sha256, extraction=extract_release(release))
    except RejectedFile as rejected:
        return FileRecords(raw.sha256, rejection=rejected.rejection)
    except _TimeUp:
        return Rejection(
            RejectReason.EXTRACTION_TIMEOUT,
            f"extracting the file took more than {limits.seconds:g} s "
            "(BEEHIVE_FILE_SECONDS) and was stopped; report the file, or raise the limit",
        )
    except MemoryError:
        return Rejection(RejectReason.EXTRACTION_FAILED, "extracting the file ran out of memory")
    except Exception as error:  # an extractor's bug: the file is rejected, the run goes on
        return FileRecords(
            raw.sha256,
            rejection=Rejection(
                RejectReason.EXTRACTION_FAILED,
                f"an extractor failed on this file ({type(error).__name__}: "
                f"{str(error)[:300]}); this is a bug: please report it with the file",
            ),
        )


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Stop the block with _TimeUp after `seconds` (an alarm signal, so only in a process's
    main thread: elsewhere the block runs unbounded)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_batch(
    raw_dir: str,
    paths: list[str],
    hashes: list[str],
    schemas: dict[str, pa.Schema],
    limits: Limits = NO_LIMITS,
    out: str | None = None,
) -> BatchOutcome:
    """The records of some files (with the hashes the inventory read) as one Arrow table
    per cached table (`schemas`, derived from the contracts by the parent process); with
    `out`, written there as a cache segment instead of returned, so that a worker's rows go
    straight to disk rather than through the parent process. A file whose bytes now have
    another hash gives no rows: its hash is reported, and the parent decides."""
    outcome = BatchOutcome()
    files = []
    for path, expected in zip(paths, hashes, strict=True):
        found = extract_file(raw_dir, path, limits)
        if isinstance(found, Rejection):
            outcome.transient[path] = found
        elif found.sha256 != expected:
            outcome.read_as[path] = found.sha256
        else:
            files.append(found)
    tables = {name: records_table(name, files, schema) for name, schema in schemas.items()}
    if out is None:
        outcome.tables = tables
    else:
        write_segment(Path(out), tables)
    return outcome


def records_table(name: str, files: list[FileRecords], schema: pa.Schema) -> pa.Table:
    """The records of one cached table as Arrow: the one place records become rows."""
    records: list[object] = []
    shas: list[str] = []
    for file in files:
        found = file.records().get(name, ())
        records += found
        shas += [file.sha256] * len(found)
    own = [f.name for f in fields(CACHED_RECORDS[name][0])]
    # one attrgetter call per record rather than one getattr per field and record
    values = zip(*map(attrgetter(*own), records), strict=True) if records else [()] * len(own)
    columns = dict(zip(own, values, strict=True))
    return pa.table(
        {field.name: columns.get(field.name, shas) for field in schema},  # shas: source_sha256
        schema=schema,
    )
