"""The workers' code: raw files through the ingest and extract stages, as Arrow tables.

This module imports only those two stages and pyarrow (no pandas, pandera, DuckDB or Dagster),
so a worker process starts in a fraction of a second. What it imports, transitively, is the
extraction code: the cache key (build/cache.py) is a hash of exactly those files.
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather

from pipeline.extract.records import Extraction, Figure, Mention, PortfolioHolding, Quote
from pipeline.extract.release import extract_release
from pipeline.ingest.files import read_raw_file
from pipeline.ingest.parse import parse_release
from pipeline.ingest.records import RejectedFile, Rejection, Release

# The cached tables: the record type of their rows, and the contracts (schemas/) whose
# columns the record's fields are. Each cached row also carries its file's source_sha256.
CACHED_RECORDS: dict[str, tuple[type, tuple[str, ...]]] = {
    "releases": (Release, ("releases",)),
    "quotes": (Quote, ("quotes",)),
    "figures": (Figure, ("figures",)),
    "mentions": (Mention, ("mentions", "actors")),
    "portfolios": (PortfolioHolding, ("portfolio_holders", "releases")),
    "rejects": (Rejection, ("rejects",)),
}


class ExtractionError(Exception):
    """An extractor failed on a file it should have handled: nothing is published, and the
    message names the file so that the case can be reproduced and fixed."""


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
        }


def extract_file(raw_dir: str, source_path: str) -> FileRecords | None:
    """One raw file's records; None when it can no longer be read (the inventory says why)."""
    raw = read_raw_file(raw_dir, source_path)
    if raw.data is None or raw.sha256 is None:
        return None
    try:
        release = parse_release(source_path, raw.data)
    except RejectedFile as rejected:
        return FileRecords(raw.sha256, rejection=rejected.rejection)
    return FileRecords(raw.sha256, extraction=extract_release(release))


def extract_batch(
    raw_dir: str, paths: list[str], schemas: dict[str, pa.Schema], out: str | None = None
) -> dict[str, pa.Table]:
    """The records of some files as one Arrow table per cached table (`schemas`, derived from
    the contracts by the parent process); with `out`, written there as Arrow files
    (<name>.arrow) instead of returned, so that a worker's rows go straight to disk rather
    than through the parent process."""
    files = []
    for path in paths:
        try:
            found = extract_file(raw_dir, path)
        except Exception as exc:  # an extractor's bug: stop the run, and say which file
            raise ExtractionError(f"extracting {path} failed: {type(exc).__name__}: {exc}") from exc
        if found is not None:
            files.append(found)
    batch = {name: records_table(name, files, schema) for name, schema in schemas.items()}
    if out is None:
        return batch
    Path(out).mkdir(parents=True)
    for name, table in batch.items():
        feather.write_feather(table, Path(out) / f"{name}.arrow", compression="uncompressed")
    return {}


def records_table(name: str, files: list[FileRecords], schema: pa.Schema) -> pa.Table:
    """The records of one cached table as Arrow: the one place records become rows."""
    records: list[object] = []
    shas: list[str] = []
    for file in files:
        found = file.records().get(name, ())
        records += found
        shas += [file.sha256] * len(found)
    own = {f.name for f in fields(CACHED_RECORDS[name][0])}
    columns = {
        field.name: [getattr(record, field.name) for record in records]
        if field.name in own
        else shas  # source_sha256, for records that do not carry it
        for field in schema
    }
    return pa.table(columns, schema=schema)
