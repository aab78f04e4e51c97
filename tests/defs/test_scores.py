"""The gold scores are computed once per code and remembered in the cache folder."""

import json

from pipeline.build.cache import PACKAGE_ROOT, extraction_sources
from pipeline.defs import scores
from pipeline.defs.scores import SCORES_FOLDER, gold_scores, scores_key

SCORES = {"dev": {"files": ["dev.jsonl"], "quotes": {"f1": 1.0}}, "ab": {"releases": 2}}


class Scorer:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return json.loads(json.dumps(SCORES))


def test_scores_are_computed_once_and_remembered_in_their_order(tmp_path):
    scorer = Scorer()
    assert gold_scores(tmp_path, 1, scorer) == SCORES
    again = gold_scores(tmp_path, 1, scorer)
    assert scorer.calls == 1
    assert again == SCORES and list(again) == list(SCORES)  # quality.json lists them so
    assert [p.name for p in (tmp_path / SCORES_FOLDER).iterdir()] == [f"{scores_key()}.json"]


def test_unreadable_remembered_scores_are_computed_again_and_said(tmp_path):
    scorer, warnings = Scorer(), []
    gold_scores(tmp_path, 1, scorer)
    path = tmp_path / SCORES_FOLDER / f"{scores_key()}.json"
    for damage in ['{"dev": {"quo', '["not", "scores"]']:
        path.write_text(damage)
        assert gold_scores(tmp_path, 1, scorer, warn=warnings.append) == SCORES
    assert scorer.calls == 3
    assert len(warnings) == 2 and all(str(path) in w for w in warnings)
    assert json.loads(path.read_text()) == SCORES  # repaired


def test_other_code_scores_again_and_forgets_the_old_scores(tmp_path, monkeypatch):
    scorer = Scorer()
    gold_scores(tmp_path, 1, scorer)
    monkeypatch.setattr(scores, "scores_key", lambda: "0123456789abcdef")
    gold_scores(tmp_path, 1, scorer)
    assert scorer.calls == 2
    assert [p.name for p in (tmp_path / SCORES_FOLDER).iterdir()] == ["0123456789abcdef.json"]


def test_the_key_covers_the_build_the_contracts_and_the_gold_files():
    sources = extraction_sources(PACKAGE_ROOT, scores.EVALUATION_MODULE)
    names = {p.relative_to(PACKAGE_ROOT).as_posix() for p in sources}
    assert {
        "pipeline/evaluation.py",
        "pipeline/build/assemble.py",
        "pipeline/build/catalogue.py",
        "pipeline/build/worker.py",
        "pipeline/extract/quotes.py",
        "pipeline/ingest/parse.py",
        "pipeline/contracts.py",
    } <= names
    assert len(scores_key()) == 16
