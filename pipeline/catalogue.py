"""The tables that span releases, aggregated in DuckDB from every release's rows: the
`actors` catalogue (one row per actor id, with its canonical name and aliases) and
`portfolio_holders`. The per-release rows come from pipeline/actors.py."""

from collections.abc import Iterable, Mapping

import pyarrow as pa

from pipeline import tables
from pipeline.actors import (
    MENTION_ROW_SCHEMA,
    PORTFOLIO_ROW_SCHEMA,
    extract_actors,
    mention_rows,
    portfolio_rows,
)

ACTORS_SQL = """
with m as (
    select m.*, r.published_date from mentions m join releases r using (release_id)
),
weights as (
    select actor_id, name, sum(greatest(mention_count, 1)) as weight from m group by all
),
best as (
    select actor_id, first(name order by weight desc, name desc) as name
    from weights group by actor_id
)
select
    m.actor_id,
    first(m.kind order by m.kind) as kind,
    best.name,
    list_sort(list_filter(
        list_distinct(flatten(list(m.surfaces)) || list(m.name)), lambda x: x <> best.name
    )) as aliases,
    count(distinct m.release_id) as release_count,
    coalesce(sum(m.mention_count) filter (where m.role = 'mentioned'), 0) as mention_count,
    min(m.published_date) as first_seen,
    max(m.published_date) as last_seen
from m join best using (actor_id)
group by m.actor_id, best.name
"""

PORTFOLIO_HOLDERS_SQL = """
with p as (
    select p.*, r.published_date from portfolios p join releases r using (release_id)
),
weights as (select actor_id, portfolio, name, count(*) as weight from p group by all)
select
    p.actor_id,
    (select first(w.name order by w.weight desc, w.name desc) from weights w
     where w.actor_id = p.actor_id and w.portfolio = p.portfolio) as name,
    p.portfolio,
    min(p.published_date) as first_seen,
    max(p.published_date) as last_seen,
    count(distinct p.release_id) as release_count
from p group by p.actor_id, p.portfolio
"""


def actor_catalogue(mentions, releases):
    """The `actors` table from every release's mention rows (Arrow tables with the columns of
    `mention_rows`, and releases with release_id and published_date): the most used name is
    canonical, every other form seen is an alias."""
    return tables.sql(ACTORS_SQL, mentions=mentions, releases=releases)


def portfolio_holders(portfolios, releases):
    """The `portfolio_holders` table from every release's `portfolio_rows`."""
    return tables.sql(PORTFOLIO_HOLDERS_SQL, portfolios=portfolios, releases=releases)


def build_actor_tables(
    releases: Iterable[Mapping], quotes: Iterable[Mapping]
) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows of actors, mentions and portfolio_holders for a few releases given as dicts
    (release_id, published_date, body, ministers, portfolios) and their quotes: the same
    functions the pipeline runs, for notebooks and tests."""
    releases = list(releases)
    quotes_by_release: dict[str, list[Mapping]] = {}
    for quote in quotes:
        quotes_by_release.setdefault(quote["release_id"], []).append(quote)
    mentions, pairs = [], []
    for release in releases:
        found = extract_actors(release, quotes_by_release.get(release["release_id"], []))
        mentions += mention_rows(release["release_id"], found.sightings)
        pairs += portfolio_rows(release["release_id"], found.portfolios)
    dates = pa.Table.from_pylist(
        [{"release_id": r["release_id"], "published_date": r["published_date"]} for r in releases]
    )
    mention_table = pa.Table.from_pylist(mentions, schema=MENTION_ROW_SCHEMA)
    pair_table = pa.Table.from_pylist(pairs, schema=PORTFOLIO_ROW_SCHEMA)
    actors = actor_catalogue(mention_table, dates).sort_by("actor_id").to_pylist()
    holders = portfolio_holders(pair_table, dates).sort_by(
        [("actor_id", "ascending"), ("portfolio", "ascending")]
    )
    public = [{k: v for k, v in m.items() if k not in ("name", "kind")} for m in mentions]
    return actors, public, holders.to_pylist()
