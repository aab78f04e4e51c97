"""Score the gold sets' actors as published and with the low-evidence tier withheld: the
organisations named in one release of the set, with no legal form ('Ltd', 'Inc') and in no
reference list. The archive's audits put most wrong actors in that tier (README, 'Quality'),
so withholding it from `actors` is the one change that lifts the share of right actors past
90%; this prints what it would cost the gold sets. Each set is built alone, as the scores in
`quality.json` build it (`pipeline.evaluation.score_gold`), so "one release" counts within the
set: in a run over a gold set alone, which is how annotated releases are scored, that is how
many releases the pipeline would see naming a body, even one the archive names often.

    .venv/bin/python tools/withheld_tier_scores.py [GOLD.jsonl ...]   # default: pipeline/gold/
    .venv/bin/python tools/withheld_tier_scores.py --archive VERSION_DIR [GOLD.jsonl ...]

With `--archive` (a version built from the whole archive), a name that version gives an
organisation named in two releases or more is evidence too, as a list drawn from the archive
would be in any run (as camel_case_names.txt is): the tier is then what the archive says of a
name, not what the releases of one run say.

A measurement for the decision, not a stage of the pipeline: nothing here is published.
"""

import argparse
import re
import tempfile
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import evaluation
from pipeline.build.tables import build_tables
from pipeline.extract.organisations import LEGAL_FORM, is_known_organisation
from pipeline.ingest.inventory import take_inventory

_ENDS_WITH_A_LEGAL_FORM = re.compile(rf"\b(?:{LEGAL_FORM}|Company|Corporation|Co)\.?$")


def low_evidence_ids(actors: pa.Table, attested: frozenset[str] = frozenset()) -> list[str]:
    """Organisations named in one release, with no legal form, in no reference list and, by
    none of their names, in `attested` (lower-cased names)."""
    return sorted(
        row["actor_id"]
        for row in actors.to_pylist()
        if row["kind"] == "organisation"
        and row["release_count"] == 1
        and not _ENDS_WITH_A_LEGAL_FORM.search(row["name"])
        and not any(
            is_known_organisation(n) or n.lower() in attested
            for n in [row["name"], *row["aliases"]]
        )
    )


def attested_names(version: Path) -> frozenset[str]:
    """Every name and alias, lower-cased, of an organisation `version` names in two releases
    or more."""
    rows = duckdb.sql(
        "select name, aliases from read_parquet(?) "
        "where kind = 'organisation' and release_count >= 2",
        params=[str(version / "actors.parquet")],
    ).fetchall()
    return frozenset(n.lower() for name, aliases in rows for n in [name, *aliases])


def without(tables: dict[str, pa.Table], ids: list[str]) -> dict[str, pa.Table]:
    kept = dict(tables)
    for name in ("actors", "mentions"):
        table = tables[name]
        kept[name] = table.filter(
            pc.invert(pc.is_in(table["actor_id"], pa.array(ids, pa.string())))
        )
    return kept


def main(paths: list[Path], attested: frozenset[str]) -> None:
    sets: dict[str, list[Path]] = {}
    for path in sorted(paths or evaluation.GOLD_DIR.glob("*.jsonl")):
        sets.setdefault(path.stem.split("_")[0], []).append(path)
    print(
        f"{'set':8} {'actors':>7} {'withheld':>8}  {'P':>5} {'R':>5} {'F1':>5}  ->  "
        f"{'P':>5} {'R':>5} {'F1':>5}"
    )
    with tempfile.TemporaryDirectory(prefix="beehive-tier-") as tmp:
        for name, files in sets.items():
            items = [item for path in files for item in evaluation.read_gold(path)]
            raw = Path(tmp) / name
            evaluation.write_raw_releases(items, raw)
            tables = dict(build_tables(take_inventory(raw), None, 1).tables)
            ids = low_evidence_ids(tables["actors"], attested)
            now = evaluation.score_tables(items, tables)["actors"]
            then = evaluation.score_tables(items, without(tables, ids))["actors"]
            print(
                f"{name:8} {tables['actors'].num_rows:7} {len(ids):8}  "
                f"{now.precision:5.3f} {now.recall:5.3f} {now.f1:5.3f}  ->  "
                f"{then.precision:5.3f} {then.recall:5.3f} {then.f1:5.3f}"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--archive", type=Path, help="a version built from the whole archive")
    args = parser.parse_args()
    main(args.gold, attested_names(args.archive) if args.archive else frozenset())
