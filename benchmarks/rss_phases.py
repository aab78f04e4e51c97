"""Where a build's memory peaks: one `python -m pipeline run` in this process, its resident
memory sampled every 20 ms with the pipeline function the main thread was in.

    BEEHIVE_RAW_DIR=... BEEHIVE_OUTPUT_DIR=<fresh> BEEHIVE_CACHE_DIR=<fresh> \\
        .venv/bin/python -m benchmarks.rss_phases [--json FILE]

Prints the peak RSS (anonymous and file-backed: memory-mapped cache pages count as resident)
per phase, a phase being the outermost function of pipeline/build/ or pipeline/publish/ (or
the Dagster asset) the main thread was in, and the stack at the overall peak. The worker
processes are not counted: they are measured by benchmarks/archive_scale.py.
"""

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

SAMPLE_SECONDS = 0.02
ROOT = Path(__file__).resolve().parents[1]
DEPTH = 5  # frames of a phase's name
DEEP = ("pipeline/build/", "pipeline/publish/", "pipeline/defs/")
# frames every phase of a step is below: left out of its name
WRAPPERS = {
    "pipeline/build/tables:build_tables",
    "pipeline/build/tables:_build",
    "pipeline/defs/assets:published_version",
    "pipeline/publish/versions:publish_version",
    "pipeline/publish/versions:_publish_local",
}


def resident() -> tuple[int, int]:
    """(anonymous, file-backed) resident KiB of this process."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("RssAnon", "RssFile", "RssShmem"):
            fields[name] = int(value.split()[0])
    return fields["RssAnon"], fields["RssFile"] + fields["RssShmem"]


def pipeline_frames(frame: FrameType | None) -> list[str]:
    """The pipeline's own frames of a stack, outermost first, as 'module:function'."""
    found = []
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        try:
            relative = path.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            relative = ""
        if relative.startswith("pipeline/"):
            found.append(f"{relative.removesuffix('.py')}:{frame.f_code.co_name}")
        frame = frame.f_back
    return found[::-1]


def phase_of(stack: list[str]) -> str:
    """The phase of a stack: its outermost frames of the build, the publisher and the assets."""
    deep = [
        f
        for f in stack
        if f.startswith(DEEP) and not f.startswith("pipeline/defs/io") and f not in WRAPPERS
    ]
    return " > ".join(deep[:DEPTH]) if deep else (stack[-1] if stack else "(outside the pipeline)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="also write the samples' summary here")
    parser.add_argument("--trace", type=Path, help="and every sample, a line each, here")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from pipeline.__main__ import run

    main_thread = threading.main_thread().ident
    assert main_thread is not None
    peaks: dict[str, dict[str, Any]] = {}
    overall: dict[str, Any] = {"kib": 0}
    trace: list[str] = []
    done = threading.Event()
    started = time.monotonic()

    def sample() -> None:
        while not done.is_set():
            frame = sys._current_frames().get(main_thread)
            stack = pipeline_frames(frame)
            anon, file = resident()
            phase = phase_of(stack)
            entry = peaks.setdefault(
                phase, {"kib": 0, "anon": 0, "file": 0, "first": time.monotonic() - started}
            )
            entry["last"] = time.monotonic() - started
            trace.append(
                f"{entry['last']:.2f}\t{anon // 1024}\t{file // 1024}\t{' > '.join(stack)}"
            )
            if anon + file > entry["kib"]:
                entry.update(kib=anon + file, anon=anon, file=file)
            if anon + file > overall["kib"]:
                overall.update(kib=anon + file, anon=anon, file=file, stack=stack)
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = run(verbose=False)
    done.set()
    sampler.join()
    print(f"\nexit code {code}; peak RSS by phase (MiB: total = anonymous + file-backed):")
    for phase, entry in sorted(peaks.items(), key=lambda item: item[1]["first"]):
        mib = {k: entry[k] / 1024 for k in ("kib", "anon", "file")}
        print(
            f"{mib['kib']:7.0f} = {mib['anon']:5.0f} + {mib['file']:4.0f}"
            f"  {entry['first']:6.1f}-{entry['last']:6.1f}s  {phase}"
        )
    print(f"\npeak {overall['kib'] / 1024:.0f} MiB at:")
    for frame in overall.get("stack", []):
        print(f"  {frame}")
    if args.json:
        args.json.write_text(json.dumps({"peaks": peaks, "overall": overall}, indent=1))
    if args.trace:
        args.trace.write_text("seconds\tanonymous MiB\tfile-backed MiB\tstack\n" + "\n".join(trace))
    return code


if __name__ == "__main__":
    sys.exit(main())
