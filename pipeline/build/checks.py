"""The registry of cross-table checks: what must hold between the tables before a version is
published. Each check is a named SQL query over the tables (and `raw_files`, the inventory's
paths) that returns one `problem` row per violation; the Dagster assets turn every entry into
a blocking asset check. Foreign keys come from the contracts (`references` in schemas/).

To add a check, add a `Check` to `registry()`.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import contracts
from pipeline.build.sql import Source, connect
from schemas import TABLES

_EXAMPLES = 10


@dataclass(frozen=True)
class Check:
    name: str
    table: str  # the table (asset) the check belongs to
    description: str
    sql: str  # selects a `problem` column, one row per violation
    # Run over the releases in parts (the query's `$parts` and `$part`, see run_checks): a
    # query that joins the releases' bodies holds those of one part at a time
    in_parts: bool = False


@dataclass(frozen=True)
class Outcome:
    check: Check
    problem_count: int
    examples: list[str]

    @property
    def passed(self) -> bool:
        return self.problem_count == 0


EVERY_FILE_ACCOUNTED_FOR = """
with accounted as (
    select source_path, count(*) as n
    from (select source_path from releases union all select source_path from rejects)
    group by source_path
)
select coalesce(f.source_path, a.source_path) || ': ' || case
    when f.source_path is null then 'published but not in the raw directory'
    when a.n is null then 'in neither releases nor rejects'
    else 'in releases and rejects ' || a.n || ' times' end as problem
from raw_files f full join accounted a on f.source_path = a.source_path
where f.source_path is null or a.n is null or a.n <> 1
order by problem
"""

QUOTE_OFFSETS = """
select q.quote_id || ': body[' || q.char_start || ':' || q.char_end || '] does not hold the text'
    as problem
from (select * from quotes where hash(release_id) % $parts = $part) q
left join (select release_id, body from releases where hash(release_id) % $parts = $part) r
    using (release_id)
where r.body is null or not list_bool_and(list_transform(
    string_split(q.text, chr(10) || chr(10)),
    lambda piece: contains(substr(r.body, q.char_start + 1, q.char_end - q.char_start), piece)
))
order by q.quote_id
"""

SPEAKER_OFFSETS = """
select q.quote_id || ': body[' || q.speaker_char_start || ':' || q.speaker_char_end
    || '] is not ' || coalesce(q.speaker_mention, 'null') as problem
from (select * from quotes where hash(release_id) % $parts = $part) q
left join (select release_id, body from releases where hash(release_id) % $parts = $part) r
    using (release_id)
where q.speaker_char_start is not null and (r.body is null
    or substr(r.body, q.speaker_char_start + 1, q.speaker_char_end - q.speaker_char_start)
        is distinct from q.speaker_mention)
order by q.quote_id
"""

FIGURE_OFFSETS = """
select f.figure_id || ': body[' || f.char_start || ':' || f.char_end || '] is not '
    || f.surface as problem
from (select * from figures where hash(release_id) % $parts = $part) f
left join (select release_id, body from releases where hash(release_id) % $parts = $part) r
    using (release_id)
where r.body is null or substr(r.body, f.char_start + 1, f.char_end - f.char_start) <> f.surface
order by f.figure_id
"""


def _span_offsets_sql(table: str) -> str:
    """One problem per span of `table` (mentions, actor_candidates) that is not its text."""
    return f"""
select m.release_id || ' ' || m.actor_id || ': body[' || s.char_start || ':' || s.char_end
    || '] is not ' || s.surface as problem
from (select * from "{table}" where hash(release_id) % $parts = $part) m
left join (select release_id, body from releases where hash(release_id) % $parts = $part) r
    using (release_id), unnest(m.spans) as t(s)
where r.body is null
    or substr(r.body, s.char_start + 1, s.char_end - s.char_start) <> s.surface
order by m.release_id, m.actor_id, s.char_start
"""


CANDIDATES_ARE_NO_ACTORS = """
select 'candidate ' || actor_id || ' is in actors too' as problem
from actor_candidates semi join actors using (actor_id)
union all
select 'candidate ' || actor_id || ' is redirected' as problem
from actor_candidates c semi join actor_redirects r on c.actor_id = r.old_id
order by 1
"""

ONE_KIND_PER_NAME = """
select 'the name ' || lower(name) || ' is an actor of kinds '
    || string_agg(distinct kind, ', ' order by kind) as problem
from actors group by lower(name) having count(distinct kind) > 1
order by 1
"""


def _dates_sql(table: str) -> str:
    """One problem per release whose rows in `table` carry another date than the release."""
    return f"""select distinct t.release_id || ' is dated ' || t.published_date
        || ' in {table} and ' || coalesce(r.published_date::varchar, 'nothing')
        || ' in releases' as problem
    from "{table}" t left join releases r using (release_id)
    where r.published_date is distinct from t.published_date
    order by problem"""


def _references_sql(table: str) -> str:
    """One problem per value of a foreign key of `table` that its referenced table lacks."""
    parts = [
        f"""select '{column} ' || t."{column}" || ' is not in {target}.{key}' as problem
        from "{table}" t anti join "{target}" r on t."{column}" = r."{key}"
        where t."{column}" is not null"""
        for column, target, key in contracts.references(table)
    ]
    return " union all ".join(parts) + " order by problem"


def _described_references(table: str) -> str:
    keys = [f"every {c} is in {t}.{k}" for c, t, k in contracts.references(table)]
    return "; ".join(keys).capitalize() + "."


def registry() -> list[Check]:
    """Every cross-table check, in the order they run."""
    checks = [
        Check(
            "every_file_accounted_for",
            "rejects",
            "Each raw *.md file is in exactly one of releases or rejects, and nothing else is.",
            EVERY_FILE_ACCOUNTED_FOR,
        ),
        Check(
            "offsets_match_text",
            "quotes",
            "Each quotation's span (char_start, char_end) in releases.body holds its text.",
            QUOTE_OFFSETS,
            in_parts=True,
        ),
        Check(
            "speaker_offsets_match_text",
            "quotes",
            "Each speaker span (speaker_char_start, speaker_char_end) in releases.body is the "
            "speaker_mention.",
            SPEAKER_OFFSETS,
            in_parts=True,
        ),
        Check(
            "offsets_match_text",
            "figures",
            "releases.body[char_start:char_end] is the figure's surface.",
            FIGURE_OFFSETS,
            in_parts=True,
        ),
        *(
            Check(
                "offsets_match_text",
                table,
                "Each span's releases.body[char_start:char_end] is its surface.",
                _span_offsets_sql(table),
                in_parts=True,
            )
            for table in ("mentions", "actor_candidates")
        ),
        Check(
            "no_candidate_is_an_actor",
            "actor_candidates",
            "No id of actor_candidates is in actors, or an old_id of actor_redirects.",
            CANDIDATES_ARE_NO_ACTORS,
        ),
        Check(
            "one_kind_per_name",
            "actors",
            "No name is an actor of two kinds (a person and an organisation, say).",
            ONE_KIND_PER_NAME,
        ),
    ]
    checks += [
        Check("references_exist", table, _described_references(table), _references_sql(table))
        for table in TABLES
        if contracts.references(table)
    ]
    checks += [
        Check(
            "dates_match_release",
            table,
            "Every row's published_date is its release's published_date.",
            _dates_sql(table),
        )
        for table in TABLES
        if table != "releases" and "published_date" in {c.name for c in contracts.columns(table)}
    ]
    return checks


def run_checks(tables: Mapping[str, Source], raw_paths: list[str]) -> list[Outcome]:
    """Every check of the registry on the tables about to be published (in memory, or their
    Parquet files, read by DuckDB as each query needs them); `raw_paths` are the inventory's
    files. A check `in_parts` runs once per part of the releases (by the hash of release_id),
    a part holding about BODY_BYTES_PER_PART of their bodies; with more than one part its
    problems are listed in the order of their text."""
    raw_files = pa.table({"source_path": pa.array(raw_paths, pa.string())})
    parts = contracts.part_count(body_bytes(tables["releases"]), BODY_BYTES_PER_PART)
    outcomes = []
    # Uncapped: joins that hold the releases' bodies (the offset checks) are what DuckDB
    # cannot spill, and under a 256 MB cap they failed at 100,000 synthetic releases: their
    # memory is bounded by the parts instead
    with connect({**tables, "raw_files": raw_files}, memory_limit=None) as con:
        for check in registry():
            query = f"select problem from ({check.sql})"
            if not check.in_parts:
                problems = [str(p[0]) for p in con.sql(query).fetchall()]
            else:
                problems = [str(p[0]) for p in contracts.rows_in_parts(con, query, parts)]
                problems = sorted(problems) if parts > 1 else problems
            outcomes.append(Outcome(check, len(problems), problems[:_EXAMPLES]))
    return outcomes


# The releases' body text a check `in_parts` joins at once: the whole of the real archive's
# (130 MB at 55,000 releases) in one part, more releases in more parts, so that the checks'
# memory stops growing with the archive (at 100,000 synthetic releases, 326 MB of bodies,
# one part took the checks from 240 to 610 MiB).
BODY_BYTES_PER_PART = 192 * 2**20


def body_bytes(releases: Source) -> int:
    """The size of the releases' bodies: from the Parquet file's footer if it is one."""
    if isinstance(releases, Path):
        metadata = pq.ParquetFile(releases).metadata
        column = metadata.schema.names.index("body")
        return sum(
            metadata.row_group(g).column(column).total_uncompressed_size
            for g in range(metadata.num_row_groups)
        )
    return int(releases["body"].nbytes)
