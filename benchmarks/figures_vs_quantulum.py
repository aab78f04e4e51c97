"""Our figure extractor beside quantulum3 on the gold releases: figure F1 under the product
spec's matching rules (values within 0.5%, one surface containing the other), kind accuracy,
and time per release. A benchmark, not a test: it prints numbers and asserts nothing.

    make bench-figures            # installs the optional 'bench' extra (quantulum3) first

quantulum3's quantities are mapped to our kinds (currency -> money, percentage -> percent,
dimensionless -> count, anything else -> measure); durations ('three years') are dropped for
it as for us, since the spec says they are not figures.
"""

import statistics
import sys
import time
import warnings
from dataclasses import asdict
from pathlib import Path

from pipeline.evaluation import Score, figure_match, match_pairs, read_gold
from pipeline.extract.figures import extract_figures
from pipeline.ingest.parse import clean_body

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((ROOT / "pipeline" / "gold").glob("*.jsonl"))
REPEATS = 5


def ours(text: str) -> list[dict]:
    return [asdict(f) for f in extract_figures("r", text)]


def quantulum(text: str) -> list[dict]:
    from quantulum3 import parser

    rows = []
    for q in parser.parse(text):
        entity, unit = q.unit.entity.name, q.unit.name
        if entity == "time":
            continue
        if entity == "currency":
            kind = "money"
        elif "percent" in unit or "per cent" in unit or unit == "percentage":
            kind = "percent"
        elif entity == "dimensionless":
            kind = "count"
        else:
            kind = "measure"
        rows.append({"surface": q.surface, "value": q.value, "kind": kind, "unit": unit})
    return rows


def measure(extract, texts: list[str], items: list[dict]) -> tuple[Score, float]:
    score = Score()
    for text, item in zip(texts, items, strict=True):
        predicted = extract(text)
        matched = match_pairs(item["figures"], predicted, figure_match)
        score.predicted += len(predicted)
        score.gold += len(item["figures"])
        score.matched += len(matched)
        score.correct_kind += sum(g["kind"] == p["kind"] for g, p in matched)
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        timings.append((time.perf_counter() - started) / len(texts))
    return score, statistics.median(timings) * 1000


def main() -> int:
    warnings.filterwarnings("ignore")
    items = [item for path in GOLD_FILES for item in read_gold(path)]
    texts = [clean_body(item["text"]) for item in items]
    print(
        f"{len(items)} gold releases, {sum(len(i['figures']) for i in items)} gold figures; "
        f"time is the median of {REPEATS} passes"
    )
    print("| extractor | precision | recall | F1 | kind accuracy | ms per release |")
    print("|---|---|---|---|---|---|")
    for name, extract in (("beehive-dataset", ours), ("quantulum3", quantulum)):
        score, ms = measure(extract, texts, items)
        kind = score.correct_kind / score.matched if score.matched else 0.0
        print(
            f"| {name} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} | "
            f"{kind:.3f} | {ms:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
