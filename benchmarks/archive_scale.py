"""Archive-scale benchmark: full builds, incremental republishes and query latency.

    make bench-scale                       # N = 1,000 / 10,000 / 50,000 (takes ~10 minutes)
    .venv/bin/python benchmarks/archive_scale.py --sizes 1000 --work /tmp/beehive-bench

For each N it generates a synthetic archive (benchmarks/generate_archive.py, fixed seed, a
quarter of the people renamed to names never seen before), then runs the real
`python -m pipeline run` in a fresh process, as an operator would:
- startup: a run on an empty raw directory (process start, imports, Dagster, an empty
  publish), the faster of two;
- full build: N files, empty output and cache; releases/s is N / (full - startup);
- republish: 10 files changed and 10 added on top of N, in place, with the full build's cache
  (as a daily run finds the raw directory);
- peak RSS: the largest process of the run (the pipeline or one of its workers);
- three DuckDB queries on the published dataset.duckdb (median of 5 after a warm-up).
The largest N is then built again with fewer and with more new names (--compare-new-names),
since names the worker processes have not seen cost the extractors the most.
It prints a Markdown table and writes it, with the machine's description, to
benchmarks/RESULTS.md. Numbers, not assertions: nothing here fails on a slow machine.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import duckdb

from benchmarks.generate_archive import write_archive

ROOT = Path(__file__).resolve().parents[1]
QUERIES = {
    "top speakers": """
        select speaker_name, count(*) as quotes from quotes
        where speaker_name is not null group by all order by quotes desc limit 10""",
    "money per portfolio per year": """
        select year(r.published_date) as year, p.portfolio, sum(f.value) as nzd
        from figures f join releases r using (release_id), unnest(r.portfolios) as p(portfolio)
        where f.kind = 'money' and f.unit = 'NZD' group by all order by year, nzd desc""",
    "all quotes of one actor": """
        select r.published_date, q.text from quotes q join releases r using (release_id)
        where q.speaker_actor_id = 'person:jacinda-ardern' order by r.published_date, q.ordinal""",
}
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "print(done.returncode, time.perf_counter() - started,\n"
    "      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.stderr.write(done.stdout[-2000:] + done.stderr[-4000:] if done.returncode else '')\n"
)


def run_pipeline(raw: Path, out: Path, cache: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one `python -m pipeline run` in a fresh process."""
    env = {
        **os.environ,
        "BEEHIVE_RAW_DIR": str(raw),
        "BEEHIVE_OUTPUT_DIR": str(out),
        "BEEHIVE_CACHE_DIR": str(cache),
    }
    env.pop("DAGSTER_HOME", None)
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, sys.executable, "-m", "pipeline", "run"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    code, seconds, rss_kib = done.stdout.split()
    if code != "0":
        raise RuntimeError(f"pipeline run failed:\n{done.stderr}")
    return float(seconds), int(rss_kib) / 1024


def change_and_add(raw: Path, count: int) -> None:
    """Edit `count` existing releases and add `count` new ones."""
    for path in sorted(raw.rglob("*.md"))[:: max(1, len(list(raw.rglob("*.md"))) // count)][:count]:
        path.write_bytes(path.read_bytes() + b"\n\nThe Minister will report back next month.\n")
    extra = raw.parent / f"{raw.name}-extra"
    shutil.rmtree(extra, ignore_errors=True)
    write_archive(count, extra, seed=99)
    for index, path in enumerate(sorted(extra.rglob("*.md"))):
        target = raw / "added" / f"added-{index:03d}-{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8", errors="replace")
        target.write_text(text.replace("synthetic-release-", f"added-release-{index}-"))
    shutil.rmtree(extra)


def query_latency(db: Path) -> dict[str, float]:
    with duckdb.connect(str(db), read_only=True) as con:
        timings = {}
        for name, sql in QUERIES.items():
            con.execute(sql).fetchall()
            runs = []
            for _ in range(5):
                started = time.perf_counter()
                con.execute(sql).fetchall()
                runs.append((time.perf_counter() - started) * 1000)
            timings[name] = statistics.median(runs)
    return timings


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        "?",
    )
    packages = ", ".join(f"{p} {version(p)}" for p in ("dagster", "pandera", "pyarrow", "duckdb"))
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory} memory, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}; {packages}"
    )


def bench(size: int, work: Path, new_names: float) -> dict:
    archive = work / f"raw-{size}-new-names-{new_names}"
    if not archive.exists():
        write_archive(size, archive, new_names=new_names)
    empty = work / "raw-empty"
    empty.mkdir(parents=True, exist_ok=True)
    raw = work / "raw"  # a copy (with the archive's file times) that the republish edits in place
    for folder in ("raw", "out", "cache", "out-empty", "cache-empty"):
        shutil.rmtree(work / folder, ignore_errors=True)
    shutil.copytree(archive, raw)
    startup = min(run_pipeline(empty, work / "out-empty", work / "cache-empty")[0] for _ in "ab")
    full, full_rss = run_pipeline(raw, work / "out", work / "cache")
    change_and_add(raw, 10)
    republish, republish_rss = run_pipeline(raw, work / "out", work / "cache")
    index = json.loads((work / "out" / "releases" / "index.json").read_text())
    latency = query_latency(work / "out" / "releases" / "latest" / "dataset.duckdb")
    return {
        "N": size,
        "new_names": new_names,
        "startup_s": startup,
        "full_s": full,
        "releases_per_s": size / max(full - startup, 1e-9),
        "republish_s": republish,
        "republish_work_s": republish - startup,
        "peak_rss_mib": max(full_rss, republish_rss),
        "versions": len(index),
        "rows": index[-1]["rows"],
        **{f"q:{name}": ms for name, ms in latency.items()},
    }


def markdown(results: list[dict]) -> str:
    header = [
        "N",
        "new names",
        "full build (s)",
        "startup (s)",
        "releases/s net of startup",
        "peak RSS (MiB)",
        "republish 10+10 (s)",
        "of which beyond startup (s)",
        *(f"{q} (ms)" for q in QUERIES),
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in results:
        cells = [
            f"{r['N']:,}",
            f"{r['new_names']:.0%}",
            f"{r['full_s']:.1f}",
            f"{r['startup_s']:.1f}",
            f"{r['releases_per_s']:,.0f}",
            f"{r['peak_rss_mib']:,.0f}",
            f"{r['republish_s']:.1f}",
            f"{r['republish_work_s']:.1f}",
            *(f"{r[f'q:{q}']:.1f}" for q in QUERIES),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/beehive-bench"))
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--new-names", type=float, default=0.25)
    parser.add_argument("--compare-new-names", type=float, nargs="*", default=[0.0, 0.5])
    args = parser.parse_args()
    runs = [(size, args.new_names) for size in args.sizes]
    runs += [(max(args.sizes), rate) for rate in args.compare_new_names]
    results = []
    for size, rate in runs:
        results.append(bench(size, args.work, rate))
        print(json.dumps(results[-1]), flush=True)
    table = markdown(results)
    print(table)
    args.results.write_text(
        "# Archive-scale benchmark\n\n"
        f"Measured {datetime.now(UTC):%Y-%m-%d} with `benchmarks/archive_scale.py` on "
        f"{machine()}.\n\n{table}\n\n"
        "Synthetic archives from `benchmarks/generate_archive.py` (real gold paragraphs, mean "
        "~450 words, 0.5% messy files; 'new names' is the share of the people named in a "
        "release renamed to a name no other release uses). Each figure is one fresh "
        "`python -m pipeline run`; "
        "'startup' is the faster of two runs on an empty raw directory; 'republish' changes 10 "
        "files and "
        "adds 10 on top of N in the same raw directory, reusing the full build's cache; queries "
        "run on the published "
        "`dataset.duckdb` (median of 5 after a warm-up).\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
