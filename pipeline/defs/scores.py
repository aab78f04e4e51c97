"""The gold scores a version records (quality.json), computed once per code: scoring runs
the whole extraction and build on every gold set (seconds), and gives the same scores for
as long as that code, the contracts and the gold files are the same. The scores are kept in
the cache folder under a key of all of that, so a republish with the same code reuses them.
"""

import hashlib
import json
import platform
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.build.cache import PACKAGE_ROOT, cache_schemas, extraction_key
from pipeline.durable import atomic_write
from pipeline.evaluation import GOLD_DIR, score_gold

SCORES_FOLDER = "gold-scores"  # in the cache folder: <key>.json per code that was scored
EVALUATION_MODULE = "pipeline.evaluation"

Scores = dict[str, dict[str, Any]]


@cache
def scores_key() -> str:
    """A hash of what the gold scores depend on: the evaluation module and every module of
    the pipeline it imports (ingest, extraction, build), their data files and libraries, the
    table contracts in schemas/ and the gold files."""
    digest = hashlib.sha256(
        extraction_key(PACKAGE_ROOT, EVALUATION_MODULE, cache_schemas()).encode()
    )
    digest.update(f"python {platform.python_version()}".encode())
    contracts = sorted((PACKAGE_ROOT / "schemas").rglob("*.py"))
    gold = sorted(p for p in GOLD_DIR.rglob("*") if p.is_file())
    for path in [*contracts, *gold]:
        digest.update(f"{path.relative_to(PACKAGE_ROOT).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def gold_scores(
    cache_dir: Path,
    workers: int,
    score: Callable[[], Scores] | None = None,
    warn: Callable[[str], None] = lambda _: None,
) -> Scores:
    """The current code's scores on the committed gold sets: remembered under `cache_dir`
    for this code (scores_key), computed by `score` (evaluation.score_gold) when they are
    not, or when the remembered file cannot be read (`warn` says so)."""
    path = cache_dir / SCORES_FOLDER / f"{scores_key()}.json"
    if path.is_file():
        try:
            remembered = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(remembered, dict) and all(
                isinstance(v, dict) for v in remembered.values()
            ):
                return remembered  # in the order they were scored, as quality.json lists them
            warn(f"remembered gold scores {path} are not scores: scored again")
        except (OSError, ValueError) as error:
            warn(f"remembered gold scores {path} cannot be read ({error}): scored again")
    scores = score() if score else score_gold(workers=workers)
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob("*.json"):  # scores of other code are no use any more
        old.unlink(missing_ok=True)
    atomic_write(path, json.dumps(scores, indent=2).encode())
    return scores
