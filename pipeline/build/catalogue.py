"""The tables that span releases, aggregated in DuckDB from every release's rows: the
`actors` catalogue (one row per actor id, with its canonical name and aliases) and
`portfolio_holders`. The per-release rows are the `Mention` and `PortfolioHolding` records
of extract/actors.py."""

import pyarrow as pa

from pipeline.build.sql import sql

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


def actor_catalogue(mentions: pa.Table, releases: pa.Table) -> pa.Table:
    """The `actors` table from every release's mention rows (Arrow tables with the columns of
    `Mention` records, and releases with release_id and published_date): the most used name is
    canonical, every other form seen is an alias."""
    return sql(ACTORS_SQL, mentions=mentions, releases=releases)


def portfolio_holders(portfolios: pa.Table, releases: pa.Table) -> pa.Table:
    """The `portfolio_holders` table from every release's `PortfolioHolding` records."""
    return sql(PORTFOLIO_HOLDERS_SQL, portfolios=portfolios, releases=releases)
