"""The published tables from every file's cached rows: each file lands in releases or
rejects, the first file (in path order) of a release_id wins, actors are aggregated, and
every table gets exactly its contract's columns, types and row order.

Tables are finished one at a time and handed on as a stream of sorted batches (`Emit`), each
as soon as it is done, and the cached rows of a table are let go once it is: what is held at
once is one table's input and DuckDB's capped working memory, not the whole dataset."""

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import contracts
from pipeline.build.catalogue import (
    SUPERSEDED,
    actor_candidates,
    actor_catalogue,
    actor_redirects,
    merge_actors,
    portfolio_holders,
    withheld_organisations,
)
from pipeline.build.sql import BATCH_ROWS, sql
from pipeline.ingest.inventory import RawInventory
from pipeline.ingest.records import RejectReason

SHA = pa.field("source_sha256", pa.string())
# Takes a finished table: its name and its rows, in published order and with its contract's
# schema, as batches to be consumed once
Emit = Callable[[str, Iterable[pa.RecordBatch]], None]


def assemble(inventory: RawInventory, rows: dict[str, pa.Table], emit: Emit) -> None:
    """Takes the tables out of `rows` as it goes, so their memory is freed early."""
    releases = rows["releases"]
    by_sha = {sha: i for i, sha in enumerate(releases["source_sha256"].to_pylist())}
    release_ids = releases["release_id"].to_pylist()
    rejected = {r["source_sha256"]: r for r in rows["rejects"].to_pylist()}
    kept: dict[str, tuple[str, str]] = {}  # release_id -> (path, sha)
    accepted: dict[str, str] = {}  # sha -> path
    rejects = []
    for path, sha in zip(inventory.paths, inventory.hashes, strict=True):
        reject: dict[str, Any] | None = None
        if sha is None:
            problem = inventory.problems[path]
            reject = {"reason": problem.reason, "detail": problem.detail, "line": problem.line}
        elif sha in rejected:
            reject = {k: rejected[sha][k] for k in ("reason", "detail", "line")}
        elif sha not in by_sha:  # no rows for the hash: the file changed under the reader
            reject = {
                "reason": RejectReason.CHANGED_WHILE_READ,
                "line": None,
                "detail": "the file changed while the pipeline read it; run again",
            }
        else:
            rid = release_ids[by_sha[sha]]
            if rid in kept:
                reject = _duplicate(rid, kept[rid], sha, releases, by_sha)
            else:
                kept[rid] = (path, sha)
                accepted[sha] = path
        if reject:
            rejects.append({"source_path": path, "source_sha256": sha, **reject})
    del by_sha, release_ids, rejected, kept
    # Rows of other files (duplicates, files no longer in the inventory) are left out by the
    # same DuckDB pass that sorts each table, rather than by copying every table beforehand.
    keep = pa.table(
        {"source_sha256": list(accepted), "source_path": list(accepted.values())},
        schema=pa.schema([SHA, ("source_path", pa.string())]),
    )
    del releases, accepted
    # A table is handed to conform by popping it from `rows`, so that conform holds the only
    # reference to its memory-mapped cache segments and lets each go once it is gathered.
    dates = sql(
        "select release_id, published_date from data semi join keep using (source_sha256) "
        "order by published_date, release_id",
        data=rows["releases"],
        keep=keep,
    )
    emit("releases", conform("releases", rows.pop("releases"), keep))
    reject_rows = pa.Table.from_pylist(rejects, schema=contracts.arrow_schema("rejects"))
    emit("rejects", conform("rejects", reject_rows))
    rows["mentions"], merges = merge_actors(_kept(rows.pop("mentions"), keep))
    catalogue = actor_catalogue(rows["mentions"], dates)
    withheld = withheld_organisations(catalogue, rows["mentions"])
    candidates = actor_candidates(rows["mentions"], catalogue, withheld)
    actors = pa.Table.from_batches(
        conform("actors", _without(catalogue, withheld)), contracts.arrow_schema("actors")
    )
    del catalogue
    emit("actors", actors.to_batches())
    mentions = _without(rows.pop("mentions"), withheld)
    emit("mentions", conform("mentions", mentions, dates=dates, drop=SUPERSEDED))
    del mentions
    emit("actor_candidates", conform("actor_candidates", candidates, dates=dates))
    redirects = actor_redirects(_kept(rows.pop("redirects"), keep), merges, actors, candidates)
    del candidates
    emit("actor_redirects", conform("actor_redirects", redirects))
    del actors, redirects
    portfolios = portfolio_holders(
        _with_merged_holders(_kept(rows.pop("portfolios"), keep), merges), dates
    )
    emit("portfolio_holders", conform("portfolio_holders", portfolios))
    del portfolios
    rows["quotes"] = _with_merged_speakers(rows.pop("quotes"), merges)
    emit("quotes", conform("quotes", rows.pop("quotes"), keep, dates))
    emit("figures", conform("figures", rows.pop("figures"), keep, dates))


def _without(table: pa.Table, ids: pa.Array) -> pa.Table:
    """The rows whose actor_id is none of `ids`."""
    if not len(ids):
        return table
    return table.filter(pc.invert(pc.is_in(table["actor_id"], value_set=ids)))


def _with_merged_holders(portfolios: pa.Table, merges: pa.Table) -> pa.Table:
    """A portfolio holder merged into another person is that person ('Nik Smith', as one
    release's front matter writes the minister, is Nick Smith); one the archive shows to be
    no person holds no portfolio, as a speaker who is none says nothing."""
    if not merges.num_rows:
        return portfolios
    return sql(
        """select p.* replace (coalesce(g.actor_id, p.actor_id) as actor_id,
                               coalesce(g.name, p.name) as name)
        from portfolios p left join merges g on p.actor_id = g.old_id
        where g.kind is null or g.kind = 'person'""",
        portfolios=portfolios,
        merges=merges,
    )


_SPEAKER_FIELDS = ("speaker_mention", "attribution", "speaker_char_start", "speaker_char_end")


def _with_merged_speakers(quotes: pa.Table, merges: pa.Table) -> pa.Table:
    """A speaker merged into another person takes that person's id and name; one the archive
    shows to be an organisation or a country ('Federated Farmers said') was no person: the
    quotation keeps its text and loses the speaker, as when the release does not say who spoke.
    Only the speaker's columns are made anew: the others, the quotations' text among them, stay
    the cache's memory-mapped columns rather than being copied."""
    if not merges.num_rows:
        return quotes
    at = pc.index_in(quotes["speaker_actor_id"], value_set=merges["old_id"])
    merged = pc.is_valid(at)
    person = pc.fill_null(pc.equal(pc.take(merges["kind"], at), "person"), False)
    new = {"speaker_actor_id": "actor_id", "speaker_name": "name"}
    for name in ("speaker_actor_id", "speaker_name", *_SPEAKER_FIELDS):
        field = quotes.schema.field(name)
        kept = pc.take(merges[new[name]], at) if name in new else quotes[name]
        values = pc.if_else(
            merged, pc.if_else(person, kept, pa.scalar(None, field.type)), quotes[name]
        )
        quotes = quotes.set_column(quotes.schema.get_field_index(name), field, values)
    return quotes


def conform(
    table: str,
    data: pa.Table,
    keep: pa.Table | None = None,
    dates: pa.Table | None = None,
    drop: str | None = None,
) -> Iterator[pa.RecordBatch]:
    """An Arrow table with exactly the contract's columns, types and metadata, in its
    published row order (contracts.row_order): extra columns (such as a cache's
    source_sha256) are dropped. With `keep` (a source_sha256 column and others), only rows
    whose source_sha256 is in it are kept, and keep's other columns replace data's. With
    `dates` (release_id, published_date), each row takes its release's published_date. With
    `drop` (a boolean column of data's), the rows where it is true are left out.

    The rows come as batches. DuckDB works out which rows are kept and their order from the
    keys alone, with each row's position in `data`; the rows are then gathered from `data`
    a batch at a time. So the wide columns (the releases' bodies) are never sorted, nor
    copied whole: a sort of whole rows held them all in DuckDB's memory."""
    schema = contracts.arrow_schema(table)
    replaced = []  # keep's columns, which replace data's
    if keep is not None:
        replaced = [n for n in keep.column_names if n != "source_sha256" and n in data.column_names]
    added = replaced + (["published_date"] if dates is not None else [])  # from the joins
    joined = {"source_sha256"} if keep is not None else set()
    if dates is not None:
        joined.add("release_id")
    if drop is not None:
        joined.add(drop)
    keys = contracts.row_order(table)
    used = [n for n in data.column_names if n in joined or (n in keys and n not in added)]
    numbered = data.select(used).append_column("_row", pa.array(np.arange(data.num_rows)))
    inputs, source = {"data": numbered}, "data"
    if drop is not None:
        source = f'(select * from data where not "{drop}") as data'
    if keep is not None:
        inputs["keep"] = keep
        how = "join" if replaced else "semi join"
        source = f"{source} {how} keep using (source_sha256)"
    if dates is not None:
        inputs["dates"] = dates
        source = f"(select * from {source}) join dates using (release_id)"
    picked = _names(["_row", *added])
    order = sql(f"select {picked} from {source} order by {_names(keys)}", **inputs)
    # From here on the rows are only gathered: `chunks` holds the table's only references to
    # its memory (when the caller gave up its own), and a chunk is let go after the last
    # batch that takes a row from it. The cache's segments come in the raw files' path order,
    # which is nearly the published order, so few are held at once: a memory-mapped segment
    # is unmapped when no chunk refers to it any more, and its pages leave the process.
    own = data.select([n for n in schema.names if n not in added])
    own_schema = own.schema
    chunks: list[pa.RecordBatch | None] = list(own.to_batches())
    starts = np.cumsum([0, *(len(c) for c in chunks if c is not None)])  # each chunk's first row
    del data, numbered, inputs, own
    last_use = _last_use(starts, order["_row"].to_numpy())
    for index in np.flatnonzero(last_use < 0):  # only rows that are not kept
        chunks[index] = None
    for batch, start in enumerate(range(0, order.num_rows, BATCH_ROWS)):
        part = order.slice(start, BATCH_ROWS)
        rows = _gather(own_schema, chunks, starts, part["_row"])
        for index in np.flatnonzero(last_use == batch):
            chunks[index] = None
        for name in added:
            rows = rows.append_column(name, part[name])
        yield from rows.select(schema.names).cast(schema).to_batches()


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in columns)


def _gather(
    schema: pa.Schema,
    chunks: list[pa.RecordBatch | None],
    starts: np.ndarray,
    rows: pa.ChunkedArray,
) -> pa.Table:
    """The rows at the given positions of a table cut in `chunks` (whose first rows are at
    `starts`), in the positions' order: each row is taken from its own chunk, since Arrow's
    take on a many-chunked table concatenates every chunk first (a copy of the whole table)."""
    positions = rows.to_numpy()
    chunk_of = _chunk_of(starts, positions)
    pieces, placed = [], []
    for index in np.unique(chunk_of):
        chunk = chunks[index]
        assert chunk is not None, "a chunk let go before its last use"
        here = np.flatnonzero(chunk_of == index)
        pieces.append(chunk.take(pa.array(positions[here] - starts[index])))
        placed.append(here)
    taken = pa.Table.from_batches(pieces, schema).combine_chunks()
    order = np.empty(len(positions), dtype=np.int64)
    order[np.concatenate(placed)] = np.arange(len(positions))
    return taken.take(pa.array(order))


def _last_use(starts: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """For each chunk (whose first rows are at `starts`), the number of the last batch (of
    BATCH_ROWS positions) that takes a row from it; -1 for a chunk no position takes from."""
    last = np.full(len(starts) - 1, -1)
    np.maximum.at(last, _chunk_of(starts, positions), np.arange(len(positions)) // BATCH_ROWS)
    return last


def _chunk_of(starts: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """The chunk (whose first rows are at `starts`) that holds each row position."""
    return np.searchsorted(starts, positions, side="right") - 1


def _kept(table: pa.Table, keep: pa.Table) -> pa.Table:
    """The rows of the files in `keep`, in their order: for tables that are aggregated before
    they are sorted. A chunk (a memory-mapped cache segment) that loses no row is kept as it
    is: only chunks with rows of other files are copied."""
    # one lookup over the whole column: is_in builds its set of `keep`'s hashes once per
    # call, and a call per chunk (hundreds of cache segments) took seconds
    mask = pc.is_in(table["source_sha256"], value_set=keep["source_sha256"].combine_chunks())
    mask = mask.combine_chunks()
    chunks, start = [], 0
    for chunk in table.to_batches():
        here = mask.slice(start, chunk.num_rows)
        start += chunk.num_rows
        chunks.append(chunk if pc.all(here).as_py() else chunk.filter(here))
    return pa.Table.from_batches(chunks, table.schema)


def _duplicate(
    rid: str, first: tuple[str, str], sha: str, releases: pa.Table, by_sha: dict[str, int]
) -> dict[str, Any]:
    path, first_sha = first
    same = ("title", "published_date", "ministers", "portfolios", "body")
    if sha == first_sha:
        detail = f"byte-identical copy of {path}, which was kept; delete this file"
    elif all(releases[c][by_sha[sha]] == releases[c][by_sha[first_sha]] for c in same):
        detail = (
            f"same release as {path} (same content, other bytes), which was kept; delete this file"
        )
    else:
        detail = (
            f"release_id '{rid}' is also used by {path}, which was kept, but the content "
            "differs; check which file is right and remove the other"
        )
    return {"reason": RejectReason.DUPLICATE, "detail": detail, "line": None}
