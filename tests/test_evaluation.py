import shutil

import dagster as dg
import pytest

from pipeline.__main__ import main
from pipeline.evaluation import (
    actor_match,
    figure_match,
    normalise_name,
    normalise_quote,
    quote_similarity,
    score_gold,
)
from tests.conftest import GOLD


def test_quote_texts_are_normalised_before_matching():
    assert normalise_quote("  “We are READY,”\n\n ‘now’.  ") == "we are ready, now"


@pytest.mark.parametrize(
    ("gold", "predicted", "matches"),
    [
        ("We are dealing with a global problem,", "We are dealing with a global problem", True),
        ("We are dealing with a global problem,", "we are dealing with a global problem.”", True),
        ("We are dealing with a global problem,", "We are dealing with a problem", False),
    ],
)
def test_quotes_match_at_a_similarity_of_0_9(gold, predicted, matches):
    assert (quote_similarity({"text": gold}, {"text": predicted}) > 0) is matches


@pytest.mark.parametrize(
    ("gold", "predicted", "matches"),
    [
        (("$101.1 million", 101_100_000), ("$101.1 million", 101_100_000), True),
        (("$101.1 million", 101_100_000), ("more than $101.1 million", 101_300_000), True),
        (("$101.1 million", 101_100_000), ("$101.1 million", 102_000_000), False),
        (("48 countries", 48), ("48", 48), True),
        (("48 countries", 48), ("48 nations", 48), False),
    ],
)
def test_figures_match_on_value_and_contained_surface(gold, predicted, matches):
    g = {"surface": gold[0], "value": gold[1]}
    p = {"surface": predicted[0], "value": predicted[1]}
    assert (figure_match(g, p) > 0) is matches


def test_actors_match_on_name_or_alias_ignoring_case():
    actor = {"name": "Global Internet Forum to Counter Terrorism", "aliases": ["GIFCT"]}
    assert actor_match({"name": "gifct"}, actor)
    assert not actor_match({"name": "Global Internet Forum"}, actor)


def test_speaker_names_compare_across_apostrophe_styles():
    assert normalise_name("Damien O’Connor") == normalise_name("damien o'connor")


def test_eval_command_scores_the_seeds(capsys, tmp_path, monkeypatch):
    """...in a throwaway instance: the UI's instance never records a run whose output is a
    deleted temporary folder."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    assert main(["eval", str(GOLD / "seeds.jsonl")]) == 0
    with dg.DagsterInstance.get() as ui_instance:
        assert ui_instance.get_runs() == []
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:] if line.strip()}
    assert rows["quotes"][1:4] == ["1.000", "1.000", "1.000"]
    assert rows["speakers"][1:4] == ["1.000", "1.000", "1.000"]
    assert rows["actors"][1:4] == ["1.000", "1.000", "1.000"]
    assert rows["figures"][1:4] == ["1.000", "1.000", "1.000"]


def test_gold_files_are_scored_by_set_with_the_code_that_runs(tmp_path):
    """`<set>_<part>.jsonl` files are one set; each set is built alone, in-process."""
    for name in ("seeds_a.jsonl", "seeds_b.jsonl"):
        shutil.copy(GOLD / "seeds.jsonl", tmp_path / name)
    scores = score_gold(tmp_path)
    assert list(scores) == ["seeds"]
    assert scores["seeds"]["files"] == ["seeds_a.jsonl", "seeds_b.jsonl"]
    assert scores["seeds"]["releases"] == 4
    assert scores["seeds"]["quotes"]["gold"] == 12
    assert set(scores["seeds"]) >= {"quotes", "speakers", "figures", "actors"}


def test_the_committed_gold_sets_score_what_the_readme_reports():
    scores = score_gold()
    assert set(scores) == {"seeds", "dev", "dev2"}
    assert scores["dev2"]["releases"] == 72
    assert scores["dev2"]["quotes"]["f1"] >= 0.98
    assert scores["dev2"]["figures"]["f1"] >= 0.95
