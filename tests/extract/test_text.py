"""The text rules every extractor shares."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.text import (
    NAME_CONNECTORS,
    ORGANISATION_CONNECTORS,
    TextIndex,
    capitalised_run,
    has_lost_space,
    is_polynesian_word,
    is_sentence_start,
    is_te_reo_word,
    lost_space,
    one_edit_apart,
    paragraphs,
    strip_possessive,
    unwrapped,
    with_macrons,
    without_one_letter,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ardern’s", "Ardern"),
        ("Ardern's", "Ardern"),
        ("Countries’", "Countries"),
        ("Ardern", "Ardern"),
        ("O’Connor", "O’Connor"),
    ],
)
def test_strip_possessive(text, expected):
    assert strip_possessive(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("AucklandHowick", True),  # two table cells
        ("MinisterTrevor", True),
        ("TaranakiTaranaki", True),
        ("McKenzieWellington", True),  # a name's prefix does not excuse a later capital
        ("WorkSafe", False),  # names the releases use again and again
        ("KiwiSaver’s", False),
        ("McKenzie", False),  # Mc, Mac, Fitz … spell names
        ("MacKenzie", False),
        ("FitzGerald", False),
        ("DeVries", False),
        ("NZ", False),
        ("Smith", False),
    ],
)
def test_lost_space(word, expected):
    assert lost_space(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HAMILTONCelebrating Age Centre", True),  # a schedule's town in capitals
        ("DUNEDINOctagon", True),
        ("ONECheck", False),  # names in capitals and a word
        ("NZAUConnect Ltd", False),
        ("ICEHouse", False),
        ("Auckland Howick", False),
    ],
)
def test_has_lost_space(text, expected):
    assert has_lost_space(text) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Budget 2017 is here.", "Budget", True),
        ("It is in Budget 2017.", "Budget", False),
        ("Done. Budget 2017 is here.", "Budget", True),
        ("He said “Budget 2017 is here.”", "Budget", True),
        ("Done. (Budget 2017 is here.)", "Budget", True),
        ("The plan.\n\nBudget 2017 is here.", "Budget", True),
        ("under the ‘Budget 2017’ label", "Budget", False),
    ],
)
def test_is_sentence_start(text, word, expected):
    assert is_sentence_start(text, text.index(word)) is expected


@pytest.mark.parametrize(
    ("text", "connectors", "runs"),
    [
        (
            "Minister for Courts Andrew Little spoke",
            NAME_CONNECTORS,
            ["Minister for Courts Andrew Little"],
        ),
        ("Ngāti Kahungunu ki Wairarapa signed", NAME_CONNECTORS, ["Ngāti Kahungunu ki Wairarapa"]),
        (
            "Ministry of Business, Innovation and Employment",
            ORGANISATION_CONNECTORS,
            ["Ministry of Business", "Innovation and Employment"],
        ),
        (
            "the Ministry for the Environment said",
            ORGANISATION_CONNECTORS,
            ["Ministry for the Environment"],
        ),
    ],
)
def test_capitalised_runs(text, connectors, runs):
    assert [m.group() for m in capitalised_run(connectors).finditer(text)] == runs


def test_paragraphs_and_where_they_start():
    body = "One.\n\nTwo words.\nSame paragraph.\n\nThree."
    spans = paragraphs(body)
    assert [body[a:b] for a, b in spans] == ["One.", "Two words.\nSame paragraph.", "Three."]
    index = TextIndex(body)
    assert [index.paragraph_start(body.index(w)) for w in ("One", "words", "Three")] == [
        a for a, _ in spans
    ]


@pytest.mark.parametrize(
    ("body", "surface", "sentence"),
    [
        ("It costs $5 million. Then more.", "$5 million", "It costs $5 million."),
        ("Done. $5 million was spent. Then more.", "$5 million", "$5 million was spent."),
        ("Line one\nIt costs 40 dollars", "40", "It costs 40 dollars"),
        ("“It costs 40 tonnes,” she said. Next.", "40", "“It costs 40 tonnes,” she said."),
    ],
)
def test_sentence_around(body, surface, sentence):
    start = body.index(surface)
    assert TextIndex(body).sentence_around(start, start + len(surface)) == sentence


@given(st.text(alphabet="ab .\n", max_size=60), st.data())
def test_a_sentence_holds_its_span(body, data):
    start = data.draw(st.integers(0, len(body)))
    end = data.draw(st.integers(start, len(body)))
    if body[start:end].strip():
        assert body[start:end].strip() in TextIndex(body).sentence_around(start, end)


def test_a_run_on_sentence_is_cut_around_its_span():
    body = " ".join(f"item{i}" for i in range(2000)) + " costs $5 million " + "more " * 500
    start = body.index("$5 million")
    context = TextIndex(body).sentence_around(start, start + 10)
    assert len(context) <= TextIndex.MAX_CONTEXT + 2
    assert context.startswith("…item") and context.endswith("more…") and "$5 million" in context


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("afairs", "affairs", True),  # a letter dropped
        ("cater", "carter", True),
        ("hipklns", "hipkins", True),  # a letter changed
        ("hogdson", "hodgson", True),  # two letters swapped
        ("hodgson", "hodgson", False),  # the same word
        ("geoff", "jeff", False),  # two slips
        ("kelvin", "kevin", True),
        ("ab", "ba", True),
        ("abc", "cab", False),
    ],
)
def test_one_edit_apart(a, b, expected):
    assert one_edit_apart(a, b) is expected
    assert one_edit_apart(b, a) is expected
    assert bool(without_one_letter(a) & without_one_letter(b)) or not expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Waikari", True), ("Whangārei", True), ("Aranui", True), ("Bailey", False), ("Wakar", False)],
)
def test_is_te_reo_word(word, expected):
    assert is_te_reo_word(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mâori Language Commission", "Māori Language Commission"),
        ("Te Rünanga o Ngäti Whatua", "Te Rūnanga o Ngāti Whatua"),
        ("Auckland Ötahuhu Union Health Centre", "Auckland Ōtahuhu Union Health Centre"),
        ("Göteborg University", "Göteborg University"),
        ("Margot Wallström and Chlöe Smith", "Margot Wallström and Chlöe Smith"),
        ("Ministry of Health", "Ministry of Health"),
    ],
)
def test_with_macrons(text, expected):
    assert with_macrons(text) == expected


@given(st.text(alphabet="aeiouâäêôûkmnrtwhgÄÖ -", max_size=30))
def test_with_macrons_keeps_the_length_and_changes_only_old_long_vowels(text):
    changed = with_macrons(text)
    assert len(changed) == len(text)
    assert all(a == b or a in "âäêôûÄÖ" for a, b in zip(text, changed, strict=True))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Vainetutai", True), ("Luamanuvao", True), ("Peseta", True), ("Bailey", False)],
)
def test_is_polynesian_word(word, expected):
    assert is_polynesian_word(word) is expected


# A paragraph as the releases of 1996-2010 hard-wrapped it (at 72 characters here), some
# lines with Markdown's two spaces before the break
_WRAPPED = (
    "Trade Negotiations Minister Jim Sutton is to lead a trade delegation to  \n"
    "Turkey at the end of this month, and will meet officials of the Ministry\n"
    "of Economic Development before he leaves. Mr Sutton said the trip would  \n"
    "build on the groundwork laid by the Joint Economic Commission, which met\n"
    "in New Zealand in 1999, and on the talks he held with business people in\n"
    "Istanbul last year."
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _WRAPPED,
            _WRAPPED.replace("\n", " "),
            id="a text wrapped at a fixed width reads as one line",
        ),
        pytest.param(
            "Members of the board are:\nAnn Lee, Wellington\nHemi Walker, Gisborne\n"
            "Sarah Lin, Dunedin",
            None,
            id="a list's lines stay lines",
        ),
        pytest.param(
            _WRAPPED + "\n\nContact: Ann Lee\nPress Secretary\nMinistry of Education",
            _WRAPPED.replace("\n", " ") + "\n\nContact: Ann Lee\nPress Secretary\n"
            "Ministry of Education",
            id="the short lines of an address in a wrapped text stay lines",
        ),
        pytest.param(
            "A sentence that runs on to a second line and is not cut by any\n"
            "wrap at all.\n- an item of a list that runs on for many, many words\n"
            "- and a second item",
            None,
            id="one sentence broken mid-way is no wrapped text",
        ),
    ],
)
def test_unwrapped(body, expected):
    assert unwrapped(body) == (body if expected is None else expected)


@given(st.text(alphabet="ab A.\n", max_size=200))
def test_unwrapped_only_turns_line_breaks_into_spaces(body):
    text = unwrapped(body)
    assert len(text) == len(body)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(body, text, strict=True))
