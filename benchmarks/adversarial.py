"""Work per file on adversarial texts: how extraction time grows with the size of a release
built to stress one pattern (capitalised runs, unbalanced marks, unclosed HTML comments, long
sentences full of quotations or figures). Linear scanning means doubling the size about
doubles the time; the ratio column says how far each family is from that.

    .venv/bin/python -m benchmarks.adversarial [--sizes 8000 16000 32000]

Prints a table; asserts nothing (tests/build/test_bounded_work.py checks the ratios)."""

import argparse
import time
from collections.abc import Callable
from datetime import date

from pipeline.extract.release import extract_release
from pipeline.ingest.parse import clean_body
from pipeline.ingest.records import Release


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


# name -> a text of about `size` characters that stresses one pattern
FAMILIES: dict[str, Callable[[int], str]] = {
    "capitalised words and marks": _repeat("Word Other “Name ‘Thing Ministry and Board "),
    "unclosed single marks": _repeat("the ‘plan and ‘other "),
    "unclosed double marks": _repeat("the “plan and “other "),
    "paragraphs opening with single marks": _repeat("'We plan it,' and Mr Key's 'it' and\n\n"),
    "partial quotes, one sentence": _repeat("he said “a show” and called it “red tape” but "),
    "quotes, one paragraph": _repeat("“We will do it,” Mr Key said. "),
    "figures, one sentence": _repeat("$5 million, 20 schools, 3% and 40 km, "),
    "organisations joined by and": _repeat("Alpha Council and Beta Trust and "),
    "reported speech": _repeat("Mr Key says the plan works and Ms Lee says it does not, "),
    "unclosed HTML comments": _repeat("text <!-- note "),
    "numbers": _repeat("1 2 3 45 6,700 8.9 "),
    "numbers without a noun": _repeat("12 beds at A, 40 at B and 20 at C, "),
    "partial quotes, many paragraphs": _repeat("He called it “red tape” and left.\n\n"),
    "short forms of many people": _repeat(
        "Minister Ana Roe met Mr Roe, the Prime Minister and she. "
    ),
    "capitalised words": _repeat("Alpha Beta Gamma Delta of the Epsilon "),
}


def release_of(body: str) -> Release:
    return Release(
        release_id="r",
        url="https://www.beehive.govt.nz/release/r",
        title="T",
        published_date=date(2020, 1, 1),
        ministers=("John Key",),
        portfolios=("Prime Minister",),
        attachments=(),
        body=body,
        word_count=len(body.split()),
        source_path="r.md",
        source_sha256="0" * 64,
    )


def seconds(text: str, repeats: int = 3) -> float:
    """The fastest of a few runs of cleaning and extracting one body."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        extract_release(release_of(clean_body(text) or "x"))
        best = min(best, time.perf_counter() - started)
    return best


def growth(family: str, sizes: list[int]) -> list[float]:
    return [seconds(FAMILIES[family](size)) for size in sizes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[8000, 16000, 32000])
    args = parser.parse_args()
    header = " | ".join(f"{s:,} chars (ms)" for s in args.sizes)
    print(f"| family | {header} | time ratio per doubling |")
    print("|---|" + "---|" * len(args.sizes) + "---|")
    for family in FAMILIES:
        times = growth(family, args.sizes)
        ratio = (times[-1] / times[0]) ** (1 / max(1, len(times) - 1))
        cells = " | ".join(f"{t * 1000:.1f}" for t in times)
        print(f"| {family} | {cells} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
