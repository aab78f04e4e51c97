"""Print a random sample of the actors and mentions (or of the quotations) of a published
version, each with the text it was found in, to judge precision by reading.

    .venv/bin/python tools/audit.py outputs/releases/latest [--seed 12] [--size 100]
    .venv/bin/python tools/audit.py outputs/releases/latest --table quotes
    .venv/bin/python tools/audit.py --build ../archive/releases   # build it first

`--build RAW` runs the pipeline on RAW into a temporary output and samples that. The sample is
fixed by the seed (DuckDB's reservoir sampling with REPEATABLE), so two people can judge the
same rows; write a verdict after each line, as docs/actor-audit-brief.md says.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ACTORS = """
select a.actor_id, a.kind, a.name, a.release_count, m.release_id, s.surface,
       substr(r.body, greatest(1, s.char_start + 1 - 100), s.char_end - s.char_start + 200)
from (select * from (select * from actors
                     where actor_id in (select actor_id from mentions where role = 'mentioned'))
      using sample reservoir({size} rows) repeatable ({seed})) a
join mentions m on m.actor_id = a.actor_id and m.role = 'mentioned'
     and m.first_char_start = (select min(first_char_start) from mentions x
                               where x.actor_id = a.actor_id and x.role = 'mentioned')
join releases r using (release_id), unnest(m.spans) as t(s)
where s.char_start = m.first_char_start
qualify row_number() over (partition by a.actor_id order by m.release_id) = 1
order by a.actor_id
"""
MENTIONS = """
with spans as (
    select m.release_id, m.actor_id, s.char_start, s.char_end, s.surface
    from mentions m, unnest(m.spans) as t(s) where m.role = 'mentioned'
)
select s.actor_id, a.kind, a.name, s.surface,
       substr(r.body, greatest(1, s.char_start + 1 - 100), s.char_end - s.char_start + 200)
from (select * from spans using sample reservoir({size} rows) repeatable ({seed})) s
join actors a using (actor_id) join releases r using (release_id)
order by s.release_id, s.char_start
"""

QUOTES = """
select q.text, q.speaker_name, q.attribution, q.speaker_mention, q.is_partial, q.release_id,
       substr(r.body, greatest(1, q.char_start + 1 - 300), least(q.char_end - q.char_start, 400)
              + 300 + 150)
from (select * from quotes using sample reservoir({size} rows) repeatable ({seed})) q
join releases r using (release_id)
order by q.release_id, q.char_start
"""


def context(text: str) -> str:
    return " ".join(text.split())


def sample(version: Path, seed: int, size: int) -> None:
    con = _open(version)
    print(f"# Audit of {version.resolve().name}: seed {seed}, {size} actors, {size} mentions\n")
    print("## Distinct actors named in a body (the first place each is named)\n")
    for n, row in enumerate(con.execute(ACTORS.format(seed=seed, size=size)).fetchall(), 1):
        _actor_id, kind, name, releases, release_id, surface, text = row
        print(f"A{n:03d} [{kind}] {name} ({releases} releases) as '{surface}' in {release_id}")
        print(f"     … {context(text)} …")
    print("\n## Mentions\n")
    for n, row in enumerate(con.execute(MENTIONS.format(seed=seed, size=size)).fetchall(), 1):
        _actor_id, kind, name, surface, text = row
        print(f"M{n:03d} [{kind}] {name} as '{surface}'")
        print(f"     … {context(text)} …")


def sample_quotes(version: Path, seed: int, size: int) -> None:
    con = _open(version)
    print(f"# Audit of {version.resolve().name}: seed {seed}, {size} quotations\n")
    for n, row in enumerate(con.execute(QUOTES.format(seed=seed, size=size)).fetchall(), 1):
        quoted, speaker, how, mention, partial, release_id, text = row
        said = f"{speaker} ({how}, as '{mention}')" if speaker else "no speaker"
        print(f"Q{n:03d} {'partial ' if partial else ''}quotation, {said}, in {release_id}")
        print(f"     quoted: {context(quoted)[:160]}")
        print(f"     … {context(text)} …")


def _open(version: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for table in ("actors", "mentions", "releases", "quotes"):
        con.execute(f"create view {table} as select * from '{version / table}.parquet'")
    return con


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("version", nargs="?", type=Path, help="a published version folder")
    parser.add_argument("--build", type=Path, help="build this raw directory first")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--table", choices=("actors", "quotes"), default="actors")
    args = parser.parse_args()
    if args.build:
        out = Path(tempfile.mkdtemp(prefix="beehive-audit-"))
        env = {**os.environ, "BEEHIVE_RAW_DIR": str(args.build), "BEEHIVE_OUTPUT_DIR": str(out)}
        env.pop("DAGSTER_HOME", None)
        subprocess.run([sys.executable, "-m", "pipeline", "run"], env=env, check=True)
        args.version = out / "releases" / "latest"
    if args.version is None:
        parser.error("give a version folder or --build RAW")
    (sample_quotes if args.table == "quotes" else sample)(args.version, args.seed, args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
