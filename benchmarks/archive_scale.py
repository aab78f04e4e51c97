"""Archive-scale benchmark: full builds, reruns, incremental republishes and query latency.

    make bench-scale                       # N = 1,000 / 10,000 / 50,000 (takes ~10 minutes)
    make bench-real ARCHIVE=../archive/releases          # the real archive (55,167 files)
    .venv/bin/python -m benchmarks.archive_scale --sizes 1000 --archive ../archive/releases

Each archive is either synthetic, of N releases (benchmarks/generate_archive.py, fixed seed, a
quarter of the people renamed to names never seen before), or a real directory of releases
(--archive, repeatable), which is copied first so that the republish does not touch it. On
each, the real `python -m pipeline run --verbose` runs in a fresh process, as an operator
would run it:
- startup: a full build of a raw directory of one release (process start, imports, Dagster,
  a one-release build and publish with its gold scoring; the pipeline refuses to publish no
  release), the faster of two, and reruns of it that find nothing changed ('idle startup', the
  faster of two);
- full build: all the files, empty output and cache; releases/s is files / (full - startup);
  split into phases by the arrival time of the pipeline's own log lines: before extraction
  (startup and the raw_files inventory), extraction and build (release_tables, as its
  "N releases accepted ... workers, S s" line reports), checks and publish (up to the
  published_version line, gold scoring included) and exit;
- no-change rerun: the same raw directory, output and cache right after the full build (the
  pipeline finds nothing changed and publishes nothing), the faster of two as the idle
  startup is, and net of it;
- republish: 10 files changed and 10 added (copies of other releases under a new url), in
  place, with the full build's cache, as a daily run finds the raw directory;
- peak RSS: of the largest process of a run (the pipeline or one of its workers: getrusage,
  exact) and of all its processes together (their RSS summed, sampled from /proc every
  0.2 s; shared pages count in each process, so it is an upper bound);
- three DuckDB queries on the published dataset.duckdb (median of 5 after a warm-up);
- the 1-minute load average before and after each run, since other work on the machine
  slows a run down.
Unless --archive is given alone, the largest N is then built again with fewer and with more
new names (--compare-new-names), since names the worker processes have not seen cost the
extractors the most. It prints Markdown tables and adds them, with the machine's description,
as a new section at the top of benchmarks/RESULTS.md (earlier sections are kept). Numbers, not
assertions: nothing here fails on a slow machine.
"""

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import duckdb

from benchmarks.generate_archive import write_archive
from pipeline.ingest.parse import parse_release
from pipeline.ingest.records import RejectedFile

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
SAMPLE_SECONDS = 0.2
MEASURED_BY = [sys.executable, "-m", "benchmarks.archive_scale", "--measure", "--"]
CHANGED = b"\n\nThe Minister will report back next month.\n"
URL_LINE = re.compile(rb"^url:[ \t]*(\S+?)/?[ \t]*$", re.M)
# the pipeline's log lines (`--verbose`) that end the build and the publish steps
BUILT = re.compile(r" - release_tables - .*releases accepted.*, (\d+) workers, ([\d.]+)s$")
PUBLISHED = re.compile(r" - published_version - (published|unchanged since) version ")


# --- one run, measured from outside -----------------------------------------------------------


def measure(command: list[str]) -> dict[str, Any]:
    """Run `command` (in the measuring process that run_pipeline starts): its exit code and
    seconds, each line it printed with the second it arrived, and its peak RSS in MiB, of the
    largest process and of the process tree summed."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[tuple[float, str]] = []
    peaks = {"largest": 0, "together": 0}
    done = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append((time.perf_counter() - started, line.rstrip("\n")))

    def sample() -> None:
        while not done.is_set():
            sizes = tree_rss(child.pid)
            peaks["largest"] = max(peaks["largest"], max(sizes, default=0))
            peaks["together"] = max(peaks["together"], sum(sizes))
            done.wait(SAMPLE_SECONDS)

    threads = [threading.Thread(target=read), threading.Thread(target=sample)]
    for thread in threads:
        thread.start()
    code = child.wait()
    seconds = time.perf_counter() - started
    done.set()
    for thread in threads:
        thread.join()
    exact = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    return {
        "code": code,
        "seconds": seconds,
        "largest_mib": max(exact, peaks["largest"]) / 2**20,
        "together_mib": peaks["together"] / 2**20,
        "lines": lines,
    }


def tree_rss(root: int) -> list[int]:
    """The resident bytes of `root` and of each of its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:  # gone since the listing
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    sizes = []
    for pid in tree:
        try:
            pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except (OSError, IndexError):
            continue
        sizes.append(pages * os.sysconf("SC_PAGE_SIZE"))
    return sizes


def run_pipeline(raw: Path, out: Path, cache: Path) -> dict[str, Any]:
    """One `python -m pipeline run --verbose` in a fresh process, measured by another fresh
    process (so getrusage sees only this run), with the load average before and after."""
    env = {
        **os.environ,
        "BEEHIVE_RAW_DIR": str(raw),
        "BEEHIVE_OUTPUT_DIR": str(out),
        "BEEHIVE_CACHE_DIR": str(cache),
    }
    env.pop("DAGSTER_HOME", None)
    load_before = os.getloadavg()[0]
    done = subprocess.run(
        [*MEASURED_BY, sys.executable, "-m", "pipeline", "run", "--verbose"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if done.returncode:
        raise RuntimeError(f"the measuring process failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    if result["code"]:
        output = "\n".join(line for _, line in result["lines"])
        raise RuntimeError(f"pipeline run failed:\n{output[-6000:]}")
    return {**result, "load": (load_before, os.getloadavg()[0])}


def phases(run: dict[str, Any]) -> dict[str, float] | None:
    """A full build's seconds by phase, from when its log lines arrived; None when a line is
    missing (a pipeline that logs otherwise)."""
    built = published = None
    for at, line in run["lines"]:
        if match := BUILT.search(line):
            built = (at, float(match[2]), int(match[1]))
        elif PUBLISHED.search(line):
            published = at
    if built is None or published is None:
        return None
    at, extraction, workers = built
    return {
        "before extraction": at - extraction,
        "extraction + build": extraction,
        "checks + publish": published - at,
        "exit": run["seconds"] - published,
        "workers": workers,
    }


def nothing_changed(run: dict[str, Any]) -> bool:
    return any("nothing changed since version" in line for _, line in run["lines"])


# --- archives ---------------------------------------------------------------------------------


def change_and_add(raw: Path, count: int) -> tuple[list[Path], list[Path]]:
    """Change `count` releases (a sentence appended to the body) and add `count` new ones,
    copies of other releases under a new url (so a new release id: under the same url a copy
    is a duplicate), spread over the archive, synthetic or real. Returns both lists."""
    picked = spread(sorted(raw.rglob("*.md")), 2 * count, copyable)
    changed, sources = picked[0::2], picked[1::2]
    for path in changed:
        path.write_bytes(path.read_bytes() + CHANGED)
    added = []
    for index, source in enumerate(sources):
        target = raw / "added" / f"added-{index:03d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        suffix = f"-added-{index:03d}".encode()
        text = source.read_bytes()
        url = URL_LINE.search(text)
        assert url is not None  # copyable() parsed it
        target.write_bytes(text[: url.start()] + b"url: " + url[1] + suffix + text[url.end() :])
        added.append(target)
    return changed, added


def copyable(path: Path) -> bool:
    """An accepted release whose front matter starts the file (no BOM) and ends its lines in
    LF, so that its url line can be rewritten."""
    data = path.read_bytes()
    if not data.startswith(b"---\n") or b"\r" in data:
        return False
    try:
        parse_release(str(path), data)
    except RejectedFile:
        return False
    return True


def spread(files: list[Path], count: int, usable: Callable[[Path], bool]) -> list[Path]:
    """`count` usable files, one from each of `count` stretches of `files` as far as
    possible."""
    step = max(1, len(files) // count)
    picked: list[Path] = []
    for start in range(0, len(files), step):
        picked += [next(p for p in files[start:] if usable(p) and p not in picked)]
        if len(picked) == count:
            return picked
    raise ValueError(f"fewer than {count} usable releases among {len(files)} files")


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


def bench(label: str, source: Path, work: Path) -> dict[str, Any]:
    """Every measurement on a copy (with the archive's file times) of the releases in
    `source`, which the republish edits in place."""
    raw, one = work / "raw", work / "raw-one"
    for folder in ("raw", "raw-one", "out", "cache", "out-one", "cache-one"):
        shutil.rmtree(work / folder, ignore_errors=True)
    write_archive(1, one, mess_rate=0)
    shutil.copytree(source, raw)
    files = sum(1 for _ in raw.rglob("*.md"))
    startups = []
    for _ in "ab":
        shutil.rmtree(work / "out-one", ignore_errors=True)
        shutil.rmtree(work / "cache-one", ignore_errors=True)
        startups.append(run_pipeline(one, work / "out-one", work / "cache-one"))
    idles = [run_pipeline(one, work / "out-one", work / "cache-one") for _ in "ab"]
    full = run_pipeline(raw, work / "out", work / "cache")
    # the faster of two, as for the idle startup it is measured against: right after a full
    # build the first may wait on the full build's writes still being flushed to disk
    rerun = min(
        (run_pipeline(raw, work / "out", work / "cache") for _ in "ab"),
        key=lambda run: run["seconds"],
    )
    change_and_add(raw, 10)
    republish = run_pipeline(raw, work / "out", work / "cache")
    index = json.loads((work / "out" / "releases" / "index.json").read_text())
    latency = query_latency(work / "out" / "releases" / "latest" / "dataset.duckdb")
    startup = min(run["seconds"] for run in startups)
    runs = {"full build": full, "no-change rerun": rerun, "republish 10+10": republish}
    return {
        "archive": label,
        "files": files,
        "accepted": index[0]["rows"]["releases"],
        "startup_s": startup,
        "idle_startup_s": min(run["seconds"] for run in idles),
        "full_s": full["seconds"],
        "releases_per_s": files / max(full["seconds"] - startup, 1e-9),
        "rerun_s": rerun["seconds"],
        "rerun_skipped": nothing_changed(rerun),
        "republish_s": republish["seconds"],
        "republish_accepted": index[-1]["rows"]["releases"],
        "rss_largest_mib": max(run["largest_mib"] for run in runs.values()),
        "rss_together_mib": max(run["together_mib"] for run in runs.values()),
        "phases": phases(full),
        "load": {
            "startup": (startups[0]["load"][0], idles[1]["load"][1]),
            **{name: run["load"] for name, run in runs.items()},
        },
        "versions": len(index),
        **{f"q:{name}": ms for name, ms in latency.items()},
    }


# --- the report -------------------------------------------------------------------------------


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


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(cells) + " |" for cells in rows])


def markdown(results: list[dict[str, Any]]) -> str:
    times = table(
        [
            "archive",
            "files",
            "accepted",
            "full build (s)",
            "startup (s)",
            "releases/s net of startup",
            "no-change rerun (s)",
            "idle startup (s)",
            "rerun beyond idle startup (s)",
            "republish 10+10 (s)",
            "of which beyond startup (s)",
        ],
        [
            [
                r["archive"],
                f"{r['files']:,}",
                f"{r['accepted']:,}",
                f"{r['full_s']:.1f}",
                f"{r['startup_s']:.1f}",
                f"{r['releases_per_s']:,.0f}",
                f"{r['rerun_s']:.1f}" + ("" if r["rerun_skipped"] else " (rebuilt!)"),
                f"{r['idle_startup_s']:.1f}",
                f"{r['rerun_s'] - r['idle_startup_s']:.1f}",
                f"{r['republish_s']:.1f}",
                f"{r['republish_s'] - r['startup_s']:.1f}",
            ]
            for r in results
        ],
    )
    names = ["before extraction", "extraction + build", "checks + publish", "exit"]
    split = table(
        ["archive", *(f"{name} (s)" for name in names), "workers"],
        [
            [r["archive"], *(f"{r['phases'][n]:.1f}" for n in names), str(r["phases"]["workers"])]
            if r["phases"]
            else [r["archive"], *("?" for _ in names), "?"]
            for r in results
        ],
    )
    memory = table(
        [
            "archive",
            "peak RSS, largest process (MiB)",
            "peak RSS, all processes (MiB)",
            *(f"{q} (ms)" for q in QUERIES),
        ],
        [
            [
                r["archive"],
                f"{r['rss_largest_mib']:,.0f}",
                f"{r['rss_together_mib']:,.0f}",
                *(f"{r[f'q:{q}']:.1f}" for q in QUERIES),
            ]
            for r in results
        ],
    )
    runs = ["startup", "full build", "no-change rerun", "republish 10+10"]
    load = table(
        ["archive", *runs],
        [
            [r["archive"], *(f"{r['load'][n][0]:.2f} → {r['load'][n][1]:.2f}" for n in runs)]
            for r in results
        ],
    )
    return (
        f"Times:\n\n{times}\n\nThe full build by phase:\n\n{split}\n\n"
        f"Memory (the largest of the full build, rerun and republish) and queries:\n\n{memory}"
        f"\n\n1-minute load average before → after each run:\n\n{load}"
    )


INTRO = """\
# Archive-scale benchmark

Written by `benchmarks/archive_scale.py` (`make bench-scale`, `make bench-real`): a section per
run, the latest first. Synthetic archives come from `benchmarks/generate_archive.py` (real gold
paragraphs, mean ~450 words, 0.5% messy files; 'new names' is the share of the people named in
a release renamed to a name no other release uses); a real archive is a copy of a directory of
releases (`--archive`). Each figure is one fresh `python -m pipeline run --verbose`. 'Startup'
is the faster of two full builds of a raw directory of one release (the pipeline refuses to
publish none), 'idle startup' the faster of two reruns of it that find nothing changed;
'no-change rerun' the faster of two runs right after the full build on the same files, output
and cache;
'republish' changes 10 files and adds 10 (copies of other releases under a new url) in the
same raw directory, reusing the full build's cache. Queries run on the published
`dataset.duckdb` (median of 5 after a warm-up). The peak RSS of all processes sums the RSS of
the pipeline and its workers, sampled every 0.2 s (shared pages count in each, so it
overstates). The phases come from the arrival times of the pipeline's log lines. The machine
is shared with other work: the load averages say how busy it was.
"""


def write_results(path: Path, section: str) -> None:
    """The introduction, the new section, then the earlier sections of `path`."""
    earlier = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = earlier[earlier.index("\n## ") + 1 :] if "\n## " in earlier else ""
    path.write_text(f"{INTRO}\n{section}\n" + (f"\n{kept}" if kept else ""), encoding="utf-8")


def main() -> int:
    if sys.argv[1:2] == ["--measure"]:  # the measuring process of run_pipeline
        print(json.dumps(measure(sys.argv[3:])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        help="synthetic archives (1000 10000 50000 without --archive)",
    )
    parser.add_argument(
        "--archive", type=Path, action="append", default=[], help="a real releases directory"
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/beehive-bench"))
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--new-names", type=float, default=0.25)
    parser.add_argument("--compare-new-names", type=float, nargs="*")
    args = parser.parse_args()
    sizes = args.sizes if args.sizes is not None else ([] if args.archive else [1000, 10000, 50000])
    compare = args.compare_new_names
    if compare is None:
        compare = [0.0, 0.5] if args.sizes is None and not args.archive else []
    synthetic = [(size, args.new_names) for size in sizes]
    synthetic += [(max(sizes), rate) for rate in compare if sizes]
    for archive in args.archive:
        if not archive.is_dir():
            parser.error(f"--archive {archive}: not a directory of releases")
    started, load_before = datetime.now(UTC), os.getloadavg()
    results = []
    for size, rate in synthetic:
        generated = args.work / f"raw-{size}-new-names-{rate}"
        if not generated.exists():
            write_archive(size, generated, new_names=rate)
        results.append(bench(f"synthetic {size:,}, {rate:.0%} new names", generated, args.work))
        print(json.dumps(results[-1]), flush=True)
    for archive in args.archive:
        results.append(bench(f"real: {archive}", archive, args.work))
        print(json.dumps(results[-1]), flush=True)
    tables = markdown(results)
    print(tables)
    load_after = os.getloadavg()
    section = (
        f"## {started:%Y-%m-%d %H:%M} UTC: {', '.join(r['archive'] for r in results)}\n\n"
        f"Measured with `benchmarks/archive_scale.py` on {machine()}. Load average (1, 5, 15 "
        f"minutes) {', '.join(f'{x:.2f}' for x in load_before)} at the start, "
        f"{', '.join(f'{x:.2f}' for x in load_after)} at the end "
        f"({(datetime.now(UTC) - started).total_seconds() / 60:.0f} minutes).\n\n{tables}\n"
    )
    write_results(args.results, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
