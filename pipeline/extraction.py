"""One raw file through every extractor: the unit of work of a worker process.

`extract_file` parses a file and extracts its quotes, figures and actor mentions as rows;
`extract_batch` does so for a batch of files and returns Arrow tables (far cheaper to pass
between processes than lists of dicts) or writes them straight into the cache. This module
imports only the extractors and pyarrow (no pandas, pandera, DuckDB or Dagster), so a worker
process starts in a fraction of a second. `pipeline/archive.py` runs it over a whole raw directory.
"""

from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather

from pipeline.actors import extract_actors, mention_rows, portfolio_rows
from pipeline.figures import extract_figures
from pipeline.parsing import RejectedFile, parse_release, read_raw_file
from pipeline.people import PeopleIndex
from pipeline.quotes import extract_quotes


class ExtractionError(Exception):
    """An extractor failed on a file it should have handled: nothing is published, and the
    message names the file so that the case can be reproduced and fixed."""


def extract_file(raw_dir: str, source_path: str) -> dict[str, list[dict]]:
    """One raw file's rows per table (releases, quotes, figures, mentions, portfolios; rejects
    when it cannot be accepted), each carrying the SHA-256 of the file's bytes; no rows when
    the file can no longer be read."""
    raw = read_raw_file(raw_dir, source_path)
    if raw.data is None:
        return {}  # gone or unreadable since the inventory, which reports it
    data, sha = raw.data, raw.sha256
    try:
        release = parse_release(source_path, data)
    except RejectedFile as rejected:
        reject = {"reason": rejected.reason, "detail": rejected.detail, "line": rejected.line}
        return {"rejects": [{"source_sha256": sha, **reject}]}
    people = PeopleIndex.of(release)
    quotes = extract_quotes(release, people)
    figures = extract_figures(release, quotes)
    actors = extract_actors(release, quotes, people)
    rid = release["release_id"]
    rows = {
        "releases": [release],
        "quotes": quotes,
        "figures": figures,
        "mentions": mention_rows(rid, actors.sightings),
        "portfolios": portfolio_rows(rid, actors.portfolios),
    }
    for name in ("quotes", "figures", "mentions", "portfolios"):
        for row in rows[name]:
            row["source_sha256"] = sha
    return rows


def extract_batch(
    raw_dir: str, paths: list[str], schemas: dict[str, pa.Schema], out: str | None = None
) -> dict[str, pa.Table]:
    """The rows of some files as one Arrow table per name in `schemas`; with `out`, written
    there as Arrow files (<name>.arrow) instead of returned, so that a worker's rows go
    straight to disk rather than through the parent process."""
    results = []
    for path in paths:
        try:
            results.append(extract_file(raw_dir, path))
        except Exception as exc:  # an extractor's bug: stop the run, and say which file
            raise ExtractionError(f"extracting {path} failed: {type(exc).__name__}: {exc}") from exc
    batch = {
        name: pa.Table.from_pylist([r for result in results for r in result.get(name, ())], schema)
        for name, schema in schemas.items()
    }
    if out is None:
        return batch
    Path(out).mkdir(parents=True)
    for name, table in batch.items():
        feather.write_feather(table, Path(out) / f"{name}.arrow", compression="uncompressed")
    return {}
