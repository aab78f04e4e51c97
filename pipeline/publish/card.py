"""What travels with every version so that people can use, credit and cite it: LICENSE.md,
CITATION.cff, a dataset card (README.md) and a Frictionless Data Package (datapackage.json),
all derived from the version's manifest, its tables and the contracts in `schemas/`."""

import hashlib
import json
from collections.abc import Mapping
from importlib.metadata import version as package_version
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import yaml

from pipeline import contracts
from pipeline.build.cache import cache_key
from pipeline.build.checks import registry
from schemas import SCHEMA_VERSION, TABLES

LICENCE_FILE, CITATION_FILE, CARD_FILE, PACKAGE_FILE, QUALITY_FILE = (
    "LICENSE.md",
    "CITATION.cff",
    "README.md",
    "datapackage.json",
    "quality.json",
)
CATALOG_FILE = "catalog.sql"
# At the releases root: every version's tables in one query, with plain DuckDB (1.2 or later).
CATALOG_SQL = """\
-- Every published version's tables in one query. From this folder (outputs/releases/):
--   duckdb -init catalog.sql
--   SELECT version, count(*) FROM versioned('quotes') GROUP BY ALL ORDER BY version;
--   SELECT * FROM history('quotes') WHERE last_changed = '2026-12-02.0';
CREATE OR REPLACE MACRO versioned(tbl) AS TABLE
    SELECT regexp_extract(filename, '(\\d{4}-\\d{2}-\\d{2}\\.\\d+)', 1) AS version,
           * EXCLUDE (filename)
    FROM read_parquet('2*/' || tbl || '.parquet', filename = true, union_by_name = true);
-- Per stable id of releases, quotes, figures or actors, from every version's change feed:
-- the version that first published it, the last version that added or changed it, and
-- whether the latest change removed it. Versions are ordered by day, then number (.10 > .9).
CREATE OR REPLACE MACRO history(tbl) AS TABLE
    WITH feed AS (
        SELECT regexp_extract(filename, '(\\d{4}-\\d{2}-\\d{2}\\.\\d+)', 1) AS version,
               regexp_extract(filename, '(\\d{4}-\\d{2}-\\d{2})\\.\\d+', 1)
               || lpad(regexp_extract(filename, '\\d{4}-\\d{2}-\\d{2}\\.(\\d+)', 1), 9, '0')
                   AS version_order,
               id, release_id, change
        FROM read_parquet('2*/changes/' || tbl || '.parquet', filename = true)
    )
    SELECT id,
           any_value(release_id) AS release_id,
           arg_min(version, version_order) FILTER (WHERE change = 'added') AS first_published,
           arg_max(version, version_order) FILTER (WHERE change <> 'removed') AS last_changed,
           arg_max(change, version_order) = 'removed' AS removed
    FROM feed GROUP BY id;
"""
SOURCE = "https://www.beehive.govt.nz"
SOURCE_ARCHIVE = "https://github.com/marcus-crane/beehive-markdown"
LICENCE = "CC-BY-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
TITLE = "beehive-dataset: New Zealand Government press releases, with quotes, actors and figures"

# Measured quality (see the repository's README, "Quality"); what a user should know before
# citing a row.
LIMITATIONS = """\
- Quotations: on 72 hand-annotated real releases (dev2), quotation F1 1.000 and speaker
  F1 0.986 (speaker right for 97% of matched quotations). On four random samples of 100
  quotations of the whole archive, 94-98 were real quotations (the others are mostly titles,
  names and slogans in marks), 0-2 speakers were wrong and 1-3 were missing although the
  release names them. A null speaker means the text did not say clearly enough.
- Actors: F1 0.956 on dev2 (kind right for every matched actor). By reading four random
  samples of 100 of the whole archive, 89-95% of distinct actors are right (93.3% on average)
  and 95-100% of mentions. Organisations named in one release only, with no legal form, in no
  reference list and under a name no two releases give, are right about 70% of the time:
  they are in `actor_candidates`, not in `actors`, each with its release and spans.
- Figures: F1 0.955 on dev2, precision 0.996, unit right for 97% of matched figures. A
  number whose noun is elided takes the noun of the count before it in the sentence, or of
  the figure after it ('from 30 to 35 schools'); 'N to M' and 'between N and M' are one
  range that keeps its lower value.
- The source text is reproduced as published, including its typing errors; old releases
  converted from tables may have words of neighbouring cells run together.
"""


def licence_text(manifest: Mapping[str, Any]) -> str:
    return f"""# Licence and attribution

Version {manifest["version"]} of beehive-dataset.

## The source texts

The release texts (`releases.body`, titles, quotations) are New Zealand Government press
releases from {SOURCE}, Crown copyright. They may be reproduced free of charge without
further permission, as long as they are reproduced accurately and the source is acknowledged
({SOURCE}/copyright). Only the original published content on beehive.govt.nz is the official
version; this dataset is not endorsed by the New Zealand Government. Logos, photographs and
third-party material are not part of this dataset. The texts were taken from the public
Markdown archive {SOURCE_ARCHIVE}.

## The derived data

The annotations derived from them (quotations and their speakers, actors and their ids,
figures and their values, every table other than the texts themselves) are licensed under the
Creative Commons Attribution 4.0 International licence ({LICENCE_URL}).

## How to credit it

> New Zealand Government press releases, Crown copyright, {SOURCE}; annotations by
> beehive-dataset, version {manifest["version"]}, CC BY 4.0.
"""


def citation_cff(manifest: Mapping[str, Any]) -> str:
    citation = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite it as below, and acknowledge "
        "beehive.govt.nz as the source of the release texts (Crown copyright).",
        "type": "dataset",
        "title": TITLE,
        "version": manifest["version"],
        "date-released": manifest["created_at"][:10],
        "authors": [{"name": "beehive-dataset contributors"}],
        "license": LICENCE,
        "url": SOURCE,
        "keywords": ["New Zealand", "government", "press releases", "quotations", "open data"],
        "references": [
            {
                "type": "website",
                "title": "Beehive.govt.nz: the official website of the New Zealand Government",
                "authors": [{"name": "New Zealand Government"}],
                "url": SOURCE,
            }
        ],
    }
    return yaml.safe_dump(citation, sort_keys=False, allow_unicode=True)


# The columns this module reads, per table: all a version's card and quality figures need
READS = {
    "releases": ["source_sha256", "published_date", "ministers"],
    "rejects": ["reason"],
    "quotes": ["speaker_name"],
    "figures": ["quote_id", "period"],
}


def raw_fingerprint(releases: pa.Table) -> str:
    """One hash of every accepted raw file's SHA-256, in release order: the same raw input
    gives the same fingerprint, whatever machine built it."""
    digest = hashlib.sha256()
    for sha in sorted(releases["source_sha256"].to_pylist()):
        digest.update(sha.encode())
    return digest.hexdigest()


def build_info(tables: Mapping[str, pa.Table], source: Mapping[str, str | None]) -> dict[str, Any]:
    """What built the version: code, schema, and the raw input (accepted files' fingerprint,
    the whole inventory's, and the upstream commit when the raw directory is a checkout)."""
    return {
        "code_version": package_version("beehive-dataset"),
        "extraction_key": cache_key(),
        "schema_version": SCHEMA_VERSION,
        "raw_fingerprint": raw_fingerprint(tables["releases"]),
        "raw_inventory": source.get("raw_inventory"),
        "raw_commit": source.get("raw_commit"),
    }


def coverage(releases: pa.Table) -> dict[str, Any]:
    if not releases.num_rows:
        return {"first_date": None, "last_date": None, "ministers": 0}
    dates = releases["published_date"]
    ministers = pc.unique(pc.list_flatten(releases["ministers"]))
    return {
        "first_date": pc.min(dates).as_py().isoformat(),
        "last_date": pc.max(dates).as_py().isoformat(),
        "ministers": len(ministers),
    }


def dataset_card(manifest: Mapping[str, Any], changes: str) -> str:
    """README.md of a version: what it is, what it holds, how to query and credit it."""
    version, cover = manifest["version"], manifest["coverage"]
    rows = "\n".join(
        f"| `{name}` | {table['rows']:,} | {contracts.table_description(name)} |"
        for name, table in manifest["tables"].items()
    )
    built = manifest["build"]
    return f"""# beehive-dataset {version}

New Zealand Government press releases from {SOURCE}, with who said what (quotations and
their speakers), who is involved (people, organisations and countries, each with one id) and
which numbers were claimed (money, percentages, counts and measures, with their values).

- Releases from {cover["first_date"]} to {cover["last_date"]}, by {cover["ministers"]:,} ministers.
- Published {manifest["created_at"]}; previous version: {manifest["previous_version"] or "none"}.
- Licence: release texts Crown copyright, reproduced with acknowledgement; annotations
  CC BY 4.0 (LICENSE.md). Cite it with CITATION.cff.

## Tables

| table | rows | what a row is |
|---|---|---|
{rows}

Every column is described in DATA_DICTIONARY.md, in `datapackage.json` (Frictionless Data
Package v2) and as comments inside `dataset.duckdb`.

## Changes since the previous version

{changes}

## How to query it

DuckDB (any version from 1.2, the CLI, Python or duckdb-wasm in a browser):

```sql
ATTACH 'dataset.duckdb' (READ_ONLY);
SELECT speaker_name, count(*) AS quotes FROM dataset.quotes
WHERE speaker_name IS NOT NULL GROUP BY ALL ORDER BY quotes DESC LIMIT 10;
```

Parquet files, from Python with pandas, or from R with arrow:

```python
import duckdb
duckdb.sql("SELECT * FROM 'figures.parquet' WHERE kind = 'money'").df()
```

```r
library(arrow)
quotes <- read_parquet("quotes.parquet")
```

Over HTTP, without downloading: every table with a `published_date` is stored in date order,
so DuckDB fetches only the row groups of the dates a filter asks for:

```sql
INSTALL httpfs; LOAD httpfs;
SELECT speaker_name, count(*) AS quotes
FROM read_parquet('https://<host>/releases/{version}/quotes.parquet')
WHERE published_date >= DATE '2025-01-01' GROUP BY ALL ORDER BY quotes DESC;
```

## How it was built

| | |
|---|---|
| code version | {built["code_version"]} |
| extraction code key | `{built["extraction_key"]}` |
| schema version | {built["schema_version"]} |
| raw input fingerprint | `{built["raw_fingerprint"]}` |
| raw archive commit | {built.get("raw_commit") or "not a git checkout"} |
| content hash | `{manifest["content_sha256"]}` |
| rejected raw files | {manifest["rejected_count"]:,} (see `rejects`) |

## Known limitations

{_gold_scores(manifest.get("quality", {}).get("gold_f1"))}{LIMITATIONS}"""


def _gold_scores(gold_f1: Mapping[str, Mapping[str, float]] | None) -> str:
    """The F1 scores of the code that built the version, as a table (quality.json has all)."""
    if not gold_f1:
        return ""
    tasks = sorted({task for scores in gold_f1.values() for task in scores})
    head = "| gold set | " + " | ".join(tasks) + " |\n|---|" + "---|" * len(tasks)
    rows = [
        f"| {name} | "
        + " | ".join(f"{scores.get(task, float('nan')):.3f}" for task in tasks)
        + " |"
        for name, scores in sorted(gold_f1.items())
    ]
    return (
        "F1 of the code that built this version on the hand-annotated releases committed with"
        " it (`quality.json` has precision, recall and counts; dev2 is the measuring set, the"
        " rules were shaped on seeds and dev):\n\n" + "\n".join([head, *rows]) + "\n\n"
    )


def data_package(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """datapackage.json (Frictionless Data Package v2) from the contracts and the manifest."""
    resources = []
    for name in TABLES:
        file = manifest["tables"][name]
        key = contracts.sort_key(name)
        schema: dict[str, Any] = {
            "fields": [_field(name, column) for column in contracts.columns(name)],
        }
        if key:
            schema["primaryKey"] = key
        foreign = [
            {
                "fields": [column],
                "reference": {"resource": target_table, "fields": [target_column]},
            }
            for column, target_table, target_column in contracts.references(name)
        ]
        if foreign:
            schema["foreignKeys"] = foreign
        resources.append(
            {
                "name": name,
                "type": "table",
                "path": file["path"],
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "bytes": file["bytes"],
                "hash": f"sha256:{file['sha256']}",
                "description": contracts.table_description(name),
                "schema": schema,
            }
        )
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "beehive-dataset",
        "title": TITLE,
        "version": manifest["version"],
        "created": manifest["created_at"],
        "licenses": [
            {"name": LICENCE, "path": LICENCE_URL, "title": "Creative Commons Attribution 4.0"}
        ],
        "sources": [
            {"title": "beehive.govt.nz (Crown copyright)", "path": SOURCE},
            {"title": "marcus-crane/beehive-markdown", "path": SOURCE_ARCHIVE},
        ],
        "resources": resources,
    }


_FRICTIONLESS_TYPES = {
    "string": "string",
    "large_string": "string",
    "int64": "integer",
    "int32": "integer",
    "double": "number",
    "float": "number",
    "bool": "boolean",
    "date32[day]": "date",
}


def _field(table: str, column: contracts.Column) -> dict[str, Any]:
    arrow_type = contracts.arrow_schema(table).field(column.name).type
    field: dict[str, Any] = {"name": column.name, "description": column.description}
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        field["type"] = "array"  # a Parquet list column, read as a JSON array
    elif pa.types.is_struct(arrow_type):
        field["type"] = "object"
    elif pa.types.is_timestamp(arrow_type):
        field["type"] = "datetime"
    else:
        field["type"] = _FRICTIONLESS_TYPES.get(str(arrow_type), "any")
    if not column.nullable:
        field["constraints"] = {"required": True}
    return field


def fill_rates(tables: Mapping[str, pa.Table]) -> dict[str, float | None]:
    """How full the columns people filter on are."""
    quotes, figures = tables["quotes"], tables["figures"]
    return {
        "quotes_with_speaker": _share(
            quotes.num_rows - quotes["speaker_name"].null_count, quotes.num_rows
        ),
        "figures_in_a_quotation": _share(
            figures.num_rows - figures["quote_id"].null_count, figures.num_rows
        ),
        "figures_with_period": _share(
            figures.num_rows - figures["period"].null_count, figures.num_rows
        ),
    }


def quality_summary(
    tables: Mapping[str, pa.Table], evaluation: Mapping[str, Mapping[str, Any]] | None
) -> dict[str, Any]:
    """The few quality figures the manifest and index.json carry: fill rates, and the F1 per
    task on each committed gold set (null when the version was published without scoring)."""
    return {
        **fill_rates(tables),
        "gold_f1": {
            name: {task: s["f1"] for task, s in scores.items() if isinstance(s, dict)}
            for name, scores in evaluation.items()
        }
        if evaluation is not None
        else None,
    }


def quality_report(
    tables: Mapping[str, pa.Table],
    manifest: Mapping[str, Any],
    before: Mapping[str, int] | None,
    evaluation: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """quality.json: what a user checks before trusting a version. Every blocking check of
    the registry passed (a version is published only then); rejects by reason; how full the
    columns people filter on are; row counts against the previous version; and the scores of
    the code that built it on the hand-annotated gold releases committed with that code."""
    reasons = pc.value_counts(tables["rejects"]["reason"]).to_pylist()
    return {
        "version": manifest["version"],
        "checks": sorted({f"{c.name} on {c.table}" for c in registry()}),
        "checks_passed": True,
        "rejects_by_reason": {str(r["values"]): int(r["counts"]) for r in reasons},
        "fill_rates": fill_rates(tables),
        "rows": {name: t["rows"] for name, t in manifest["tables"].items()},
        "rows_change": {
            name: t["rows"] - before[name]
            for name, t in manifest["tables"].items()
            if name in before
        }
        if before
        else None,
        "evaluation": {
            "code": manifest["build"]["extraction_key"],
            "matching_rules": "SPEC.md: quotes at similarity >= 0.9, speakers equal, figures "
            "within 0.5% with one surface inside the other, actors by name or alias",
            "sets": dict(evaluation),
        }
        if evaluation is not None
        else None,
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def json_text(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
