"""index.html at the releases root: every published version for people, as index.json lists
them for programs.

One static page with inline CSS and no script, built from index.json's entries only, so that it
can be regenerated at every publish and opened from a folder, a static web server or object
storage alike: every link is relative to the releases root. The same entries give the same
bytes (no generation time), so an unchanged page is not rewritten."""

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any
from urllib.parse import quote

from pipeline.contracts import sql_string
from pipeline.publish import card
from pipeline.publish.database import DUCKDB_FILE

PAGE_FILE = "index.html"

_STYLE = """\
body { font: 15px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #fafafa;
       max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: #0b5394; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.3rem; margin: 0 0 .3rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.version { background: #fff; border: 1px solid #ddd; border-radius: 6px;
           padding: 1rem 1.25rem; margin: 1.25rem 0; }
.latest { font-size: .8rem; font-weight: 600; color: #fff; background: #2e7d32;
          border-radius: 3px; padding: .1rem .45rem; vertical-align: middle; }
.meta, .note, footer { color: #555; }
table { border-collapse: collapse; }
th, td { padding: .15rem .8rem .15rem 0; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { border-bottom: 1px solid #ccc; }
.files { columns: 2 18rem; padding-left: 1.1rem; margin: 0; }
.size { color: #666; font-size: .9em; }
pre { background: #f3f3f3; border: 1px solid #e0e0e0; border-radius: 4px;
      padding: .6rem .8rem; overflow-x: auto; }
"""


def index_page(entries: Sequence[Mapping[str, Any]]) -> str:
    """The page for index.json's entries (oldest first, as index.json keeps them); the page
    shows the newest first and marks it as `latest`, which is what `latest` names."""
    versions = [
        _version_section(entry, is_latest=position == 0)
        for position, entry in enumerate(reversed(entries))
    ]
    listed = (
        f"{_count(len(entries), 'version')}, newest first."
        if entries
        else "No version has been published yet."
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>beehive-dataset: published versions</title>
<style>
{_STYLE}</style>
</head>
<body>
<header>
<h1>beehive-dataset</h1>
<p>New Zealand Government press releases from {_external(card.SOURCE, "beehive.govt.nz")}, with
who said what (quotations and their speakers), who is involved (people, organisations and
countries) and which numbers were claimed. The release texts are Crown copyright, reproduced
with acknowledgement; the annotations are licensed {_external(card.LICENCE_URL, "CC BY 4.0")}.</p>
<p class="note">{listed} A version never changes once published. The same list for programs:
{_link("index.json", "index.json")}; every version's tables in one DuckDB query:
{_link(card.CATALOG_FILE, card.CATALOG_FILE)}.</p>
</header>
<main>
{"".join(versions)}</main>
<footer>
<p>Cite a version by its name; each version's CITATION.cff and LICENSE.md say how.</p>
</footer>
</body>
</html>
"""


def duckdb_query(version: str) -> str:
    """A query that runs as pasted into DuckDB (1.2 or later) started in the releases folder."""
    database = sql_string(f"{version}/{DUCKDB_FILE}")
    alias = "v_" + re.sub(r"\W", "_", version)
    return f"""\
ATTACH {database} AS {alias} (READ_ONLY);
SELECT published_date, title, ministers
FROM {alias}.releases ORDER BY published_date DESC LIMIT 10;
"""


def parquet_query(version: str) -> str:
    """The same question on a Parquet file alone, which DuckDB also reads over HTTP."""
    releases = sql_string(f"{version}/releases.parquet")
    return f"""\
SELECT minister, count(*) AS releases
FROM (SELECT unnest(ministers) AS minister FROM read_parquet({releases}))
GROUP BY ALL ORDER BY releases DESC LIMIT 10;
"""


def human_size(size: int) -> str:
    """Decimal units, as file managers and object storage consoles show sizes."""
    value, unit = float(size), "B"
    for bigger in ("kB", "MB", "GB", "TB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{size:,} B" if unit == "B" else f"{value:.1f} {unit}"


def _version_section(entry: Mapping[str, Any], is_latest: bool) -> str:
    version = str(entry["version"])
    marker = ' <span class="latest">latest</span>' if is_latest else ""
    files = "".join(
        f'<li>{_link(f"{version}/{path}", str(path))} <span class="size">'
        f"{escape(_size_text(size))}</span></li>\n"
        for path, size in entry.get("files", {}).items()
    )
    return f"""<section class="version" id="{escape(f"v-{version}")}">
<h2><span class="name">{escape(version)}</span>{marker}</h2>
<p class="meta">{_meta(entry)}</p>
<h3>Rows and changes</h3>
<p class="note">{_changes_note(entry)}</p>
{_rows_table(entry)}
{_quality(entry.get("quality"))}<h3>Downloads</h3>
<ul class="files">
{files}</ul>
<h3>Query it with DuckDB</h3>
<p class="note">Start <code>duckdb</code> in the folder of this page and paste either query:</p>
<pre class="query">{escape(duckdb_query(version))}</pre>
<pre class="query">{escape(parquet_query(version))}</pre>
</section>
"""


def _meta(entry: Mapping[str, Any]) -> str:
    created = str(entry.get("created_at", ""))
    facts = [f"schema {entry.get('schema_version', '?')}"]
    coverage = entry.get("coverage") or {}
    if coverage.get("first_date"):
        span = f"releases from {coverage['first_date']} to {coverage.get('last_date')}"
        if "ministers" in coverage:
            span += f" by {_count(coverage['ministers'], 'minister')}"
        facts.append(span)
    if "rejected_count" in entry:
        facts.append(f"{_count(entry['rejected_count'], 'raw file')} rejected")
    published = f'Published <time datetime="{escape(created)}">{escape(created[:10])}</time>'
    return " · ".join([published, *map(escape, facts)])


def _changes_note(entry: Mapping[str, Any]) -> str:
    previous = entry.get("previous_version")
    if previous is None:
        return "The first version: every row is new."
    against = f'<a href="#{escape(f"v-{previous}")}">{escape(str(previous))}</a>'
    where = "<code>changes/&lt;table&gt;.parquet</code>"
    return f"Changes against {against}; the ids of the rows are in {where}."


def _rows_table(entry: Mapping[str, Any]) -> str:
    changes = entry.get("changes") or {}
    kinds = ("added", "removed", "changed")
    head = "".join(f'<th class="n">{name}</th>' for name in ("rows", *kinds))
    body = []
    for table, rows in entry.get("rows", {}).items():
        counts = changes.get(table) or {}
        cells = [
            _number(rows),
            *(_number(counts[kind]) if kind in counts else "" for kind in kinds),
        ]
        numbers = "".join(f'<td class="n">{escape(cell)}</td>' for cell in cells)
        body.append(f"<tr><td>{escape(str(table))}</td>{numbers}</tr>\n")
    return (
        f'<table class="rows">\n<thead><tr><th>table</th>{head}</tr></thead>\n'
        f"<tbody>\n{''.join(body)}</tbody>\n</table>"
    )


def _quality(quality: object) -> str:
    """Shares (0 to 1) as percentages, `gold_f1` (card.quality_summary) as a table of F1 per
    gold set and task, and anything else as labelled numbers."""
    if not isinstance(quality, Mapping) or not quality:
        return ""
    figures = {k: v for k, v in quality.items() if k != "gold_f1"}
    body = "".join(
        f'<tr><td>{escape(name.replace("_", " "))}</td><td class="n">{escape(value)}</td></tr>\n'
        for name, value in _flatten(figures)
    )
    gold = quality.get("gold_f1")
    return f'<h3>Quality</h3>\n<table class="quality">\n<tbody>\n{body}</tbody>\n</table>\n' + (
        _gold_table(gold) if isinstance(gold, Mapping) and gold else ""
    )


def _gold_table(gold: Mapping[str, Any]) -> str:
    sets = {name: s for name, s in gold.items() if isinstance(s, Mapping)}
    tasks = list(dict.fromkeys(task for scores in sets.values() for task in scores))
    head = "".join(f'<th class="n">{escape(str(task))}</th>' for task in tasks)
    rows = "".join(
        f"<tr><td>{escape(str(name))}</td>"
        + "".join(f'<td class="n">{escape(_number(scores.get(task)))}</td>' for task in tasks)
        + "</tr>\n"
        for name, scores in sets.items()
    )
    return (
        '<p class="note">F1 of the code that built this version on the hand-annotated releases'
        " committed with it (dev2 measures; the rules were shaped on seeds and dev):</p>\n"
        f'<table class="gold">\n<thead><tr><th>gold set</th>{head}</tr></thead>\n'
        f"<tbody>\n{rows}</tbody>\n</table>\n"
    )


def _flatten(figures: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """Nested figures as (path / to / figure, value) rows, in the order they were given."""
    rows = []
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            rows.extend(_flatten(value, f"{name} / "))
        else:
            rows.append((name, _share(value)))
    return rows


def _number(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.3f}"
    return str(value)


def _share(value: object) -> str:
    """A share of rows as a percentage; other values as _number gives them."""
    if isinstance(value, float) and 0 <= value <= 1:
        return f"{value:.1%}"
    return _number(value)


def _count(number: object, noun: str) -> str:
    return f"{_number(number)} {noun}{'' if number == 1 else 's'}"


def _size_text(size: object) -> str:
    return human_size(size) if isinstance(size, int) else str(size)


def _link(path: str, text: str) -> str:
    """A link relative to the releases root: quoted, so no value of an entry becomes a URL
    of its own (`javascript:…`, `https://…`)."""
    return f'<a href="{escape(quote(path))}">{escape(text)}</a>'


def _external(url: str, text: str) -> str:
    return f'<a href="{escape(url)}">{escape(text)}</a>'
