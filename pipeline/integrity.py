"""Checks that span tables, run on what is about to be published: every offset into
releases.body points at the text it claims (pipeline/assets.py turns them into asset checks)."""

import pyarrow as pa

from pipeline import tables

MISPLACED_QUOTES_SQL = """
select q.quote_id from quotes q left join releases r using (release_id)
where r.body is null or not list_bool_and(list_transform(
    string_split(q.text, chr(10) || chr(10)),
    lambda piece: contains(substr(r.body, q.char_start + 1, q.char_end - q.char_start), piece)
))
order by q.quote_id
"""


def misplaced_quotes(releases: pa.Table, quotes: pa.Table) -> list[str]:
    """quote_ids whose char_start/char_end span in releases.body does not hold their text."""
    return tables.sql(MISPLACED_QUOTES_SQL, releases=releases, quotes=quotes)[0].to_pylist()


MISPLACED_FIGURES_SQL = """
select f.figure_id from figures f left join releases r using (release_id)
where r.body is null or substr(r.body, f.char_start + 1, f.char_end - f.char_start) <> f.surface
order by f.figure_id
"""


def misplaced_figures(releases: pa.Table, figures: pa.Table) -> list[str]:
    """figure_ids whose char_start/char_end do not slice their surface out of releases.body."""
    return tables.sql(MISPLACED_FIGURES_SQL, releases=releases, figures=figures)[0].to_pylist()
