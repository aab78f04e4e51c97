"""Word-list patterns: a trie must match exactly what a longest-first alternation matches."""

import re
from pathlib import Path

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.lexicons import WordFinder, table, trie_pattern, words

WORDS = ["New Zealand", "New Zealand First", "Niue", "Nigeria", "Ngāti Awa", "Ministry", "Min"]
BEFORE, AFTER = r"(?<![\w\-])(?=[A-Z])", r"(?![\w\-])"
TEXT = st.text(alphabet=list("NewZealandFirstMinistryNgātiAwauigr -.,\n"), max_size=80)


def alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The New Zealand First party", ["New Zealand First"]),
        ("New Zealand and Niue", ["New Zealand", "Niue"]),
        ("Anti-Ministry and Ministry", ["Ministry"]),
        ("Minister Min", ["Min"]),
    ],
)
def test_word_finder_finds_whole_words_longest_first(text, expected):
    finder = WordFinder.of(WORDS, BEFORE, AFTER)
    assert [m[1] for m in finder.finditer(text)] == expected


@given(TEXT)
def test_a_trie_matches_what_the_alternation_matches(text):
    trie, plain = re.compile(trie_pattern(WORDS)), re.compile(alternation(WORDS))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(TEXT)
def test_word_finder_matches_what_the_full_pattern_matches(text):
    finder = WordFinder.of(WORDS, BEFORE, AFTER)
    assert [m.span() for m in finder.finditer(text)] == [
        m.span() for m in finder.pattern.finditer(text)
    ]


DATA = Path(__file__).resolve().parents[2] / "pipeline" / "extract" / "data"


@pytest.mark.parametrize("path", sorted(DATA.iterdir()), ids=lambda p: p.name)
def test_every_reference_list_says_what_it_holds_and_has_entries(path):
    assert path.read_text(encoding="utf-8").startswith("# ")
    entries = table(path.stem) if path.suffix == ".csv" else words(path.stem)
    assert entries


def test_the_withdrawn_country_codes_are_iso_3166_3s():
    """A state that no longer exists keeps the alpha-2 code ISO 3166-3 records as withdrawn,
    and no current country has it."""
    withdrawn = {c.alpha_2 for c in pycountry.historic_countries}
    for row in table("country_aliases"):
        code = row["alpha_2"]
        if code != "-" and pycountry.countries.get(alpha_2=code) is None:
            assert code in withdrawn, row
    for row in table("country_names"):
        assert pycountry.countries.get(alpha_2=row["alpha_2"]) or row["alpha_2"] in withdrawn


@pytest.mark.parametrize(
    "csv_text",
    [
        pytest.param(
            "name,aliases,kind\nPlumbers, Gasfitters and Drainlayers Board,,public_sector\n",
            id="a field too many",
        ),
        pytest.param("name,aliases,kind\nKauri Board,public_sector\n", id="a field too few"),
    ],
)
def test_a_reference_table_row_with_a_field_too_many_or_too_few_is_an_error(csv_text, monkeypatch):
    """An unquoted comma in a name ('Plumbers, Gasfitters …') shifts every field after it:
    loading fails and says which row, rather than reading the name as 'Plumbers'."""
    monkeypatch.setattr("pipeline.extract.lexicons._data", lambda filename: csv_text)
    table.cache_clear()
    try:
        with pytest.raises(ValueError, match="header's 3 fields"):
            table("any")
    finally:
        table.cache_clear()
