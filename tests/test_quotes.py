import json

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import tables
from pipeline.evaluation import release_id_for
from pipeline.integrity import misplaced_quotes
from pipeline.parsing import clean_body
from pipeline.quotes import extract_quotes
from tests.conftest import GOLD


def quotes_of(body, ministers=(), portfolios=()):
    release = {
        "release_id": "r",
        "body": body,
        "ministers": list(ministers),
        "portfolios": list(portfolios),
    }
    return [(q["text"], q["speaker_name"], q["is_partial"]) for q in extract_quotes(release)]


def gold_items(name):
    return [json.loads(line) for line in (GOLD / name).read_text().splitlines()]


@pytest.mark.parametrize("item", gold_items("seeds.jsonl"), ids=lambda i: i["id"])
def test_seed_quotes_exactly(item):
    release = {
        "release_id": release_id_for(item),
        "body": clean_body(item["text"]),
        "ministers": item["ministers"],
    }
    got = [(q["text"], q["speaker_name"], q["is_partial"]) for q in extract_quotes(release)]
    assert got == [(q["text"], q["speaker"], q["partial"]) for q in item["quotes"]]


TRICKY = [
    pytest.param(
        "World leaders will agree a pledge called the ‘Christchurch Call’ in Paris.",
        [],
        [],
        id="name in single marks",
    ),
    pytest.param(
        "It sits alongside France’s separate “Tech for Good” summit on 15 May.",
        [],
        [],
        id="title in double marks",
    ),
    pytest.param(
        "The plan is set out in ‘Funding Auckland’s Transport Future’, published today.",
        [],
        [],
        id="title with an apostrophe inside",
    ),
    pytest.param(
        "Jacinda Ardern said the summit was “a show of leadership” by both countries.",
        ["Jacinda Ardern"],
        [("a show of leadership", "Jacinda Ardern", True)],
        id="partial fragment in narrative",
    ),
    pytest.param(
        "“This paragraph opens and never closes.\n\nThe next paragraph is narrative.\n\n"
        "“This one is fine,” Jacinda Ardern said.",
        [],
        [
            ("This paragraph opens and never closes.", None, False),
            ("This one is fine,", "Jacinda Ardern", False),
        ],
        id="unclosed mark ends at its paragraph",
    ),
    pytest.param(
        "A stray ” mark in narrative.\n\n“Real words,” Simon Bridges said.",
        [],
        [("Real words,", "Simon Bridges", False)],
        id="stray closing mark",
    ),
    pytest.param(
        '"We will deliver," Mr Bridges said. "And on time."',
        ["Simon Bridges"],
        [("We will deliver,", "Simon Bridges", False), ("And on time.", "Simon Bridges", False)],
        id="straight marks and a second quote in the paragraph",
    ),
    pytest.param(
        "Mr Bridges said: “The road will open in May.”",
        ["Simon Bridges"],
        [("The road will open in May.", "Simon Bridges", False)],
        id="cue before with a colon",
    ),
    pytest.param(
        "“It is done,” said the Minister.",
        ["Simon Bridges"],
        [("It is done,", "Simon Bridges", False)],
        id="said the Minister",
    ),
    pytest.param(
        "Transport Minister Simon Bridges opened the road.\n\n“It is a great day,” he said.",
        [],
        [("It is a great day,", "Simon Bridges", False)],
        id="pronoun resolves to the person introduced",
    ),
    pytest.param(
        "Transport Minister Simon Bridges and Police Minister Judith Collins visited.\n\n"
        "“Roads matter,” says Mr Bridges.\n\n“So does safety,” Ms Collins added.",
        ["Simon Bridges", "Judith Collins"],
        [("Roads matter,", "Simon Bridges", False), ("So does safety,", "Judith Collins", False)],
        id="two speakers by Mr and Ms",
    ),
    pytest.param(
        "“We welcome the funding,” Auckland Mayor Phil Goff said.\n\n"
        "“So do we,” Jacinda Ardern said.",
        ["Jacinda Ardern"],
        [("We welcome the funding,", "Phil Goff", False), ("So do we,", "Jacinda Ardern", False)],
        id="a speaker who is not a minister",
    ),
    pytest.param(
        "“First,” Jacinda Ardern said.\n\n“Second paragraph continues.\n\n“Third.”\n\n"
        "French President Emmanuel Macron attended the meeting.\n\n“Who said this?”",
        ["Jacinda Ardern"],
        [
            ("First,", "Jacinda Ardern", False),
            ("Second paragraph continues.\n\nThird.", "Jacinda Ardern", False),
            ("Who said this?", None, False),
        ],
        id="continuation, then a narrative paragraph breaks the chain",
    ),
    pytest.param(
        "Minister for Whānau Ora Tariana Turia opened the centre.\n\n"
        "“Whānau are at the heart of this,” Minister Turia said.",
        [],
        [("Whānau are at the heart of this,", "Tariana Turia", False)],
        id="Minister Surname",
    ),
    pytest.param(
        "“Growth is strong,” according to Finance Minister Grant Robertson.",
        [],
        [("Growth is strong,", "Grant Robertson", False)],
        id="according to",
    ),
    pytest.param(
        "“It works,” Dr Ayesha Verrall explained.",
        [],
        [("It works,", "Ayesha Verrall", False)],
        id="explained with an honorific",
    ),
    pytest.param(
        "“The Call has delivered,” the Prime Minister said.",
        ["Jacinda Ardern"],
        [("The Call has delivered,", "Jacinda Ardern", False)],
        id="the Prime Minister from the front matter",
    ),
    pytest.param(
        "Officials met today.\n\n“It went well,” a spokesperson said.",
        ["Jacinda Ardern", "Grant Robertson"],
        [("It went well,", None, False)],
        id="honest null for an unnamed speaker",
    ),
    pytest.param(
        "Mr Flavell says the meetings will focus on growth.\n\n“This is what it is all about.",
        ["Simon Bridges", "Te Ururoa Flavell"],
        [("This is what it is all about.", "Te Ururoa Flavell", False)],
        id="reported speech in narrative hands over the chain",
    ),
]


@pytest.mark.parametrize(("body", "ministers", "expected"), TRICKY)
def test_tricky_quotations(body, ministers, expected):
    portfolios = ["Prime Minister"] if "Prime Minister" in body else []
    assert quotes_of(body, ministers, portfolios) == expected


def test_rows_have_stable_ids_and_offsets_into_the_body():
    body = "“One,” Jacinda Ardern said.\n\n“Two,” she said.\n\n“One,” she said again."
    release = {"release_id": "r", "body": body, "ministers": ["Jacinda Ardern"]}
    rows = extract_quotes(release)
    assert [r["ordinal"] for r in rows] == [0, 1, 2]
    assert len({r["quote_id"] for r in rows}) == 3
    assert [r["quote_id"] for r in extract_quotes(release)] == [r["quote_id"] for r in rows]
    for row in rows:
        assert body[row["char_start"]] == "“" and body[row["char_end"] - 1] == "”"
    assert rows[0]["speaker_actor_id"] == "person:jacinda-ardern"
    assert misplaced(body, rows) == []
    rows[1]["char_start"] += 3
    assert misplaced(body, rows) == [rows[1]["quote_id"]]


def misplaced(body, rows):
    releases = pa.table({"release_id": ["r"], "body": [body]})
    return misplaced_quotes(releases, pa.Table.from_pylist(rows, tables.arrow_schema("quotes")))


MARKED_TEXT = st.text(alphabet="ab .,\n“”‘’\"'Mr Key said", max_size=200)


@given(MARKED_TEXT)
def test_any_text_gives_well_formed_rows(body):
    release = {"release_id": "r", "body": body, "ministers": ["John Key"]}
    rows = extract_quotes(release)
    assert misplaced(body, rows) == []
    assert all(0 <= r["char_start"] < r["char_end"] <= len(body) for r in rows)
    assert [r["ordinal"] for r in rows] == list(range(len(rows)))
