from dataclasses import asdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.figures import extract_figures, parse_number
from pipeline.extract.people import PeopleIndex
from pipeline.extract.quotes import extract_quotes
from pipeline.ingest.parse import clean_body
from tests.conftest import gold_items


def figures_of(body, quotes=()):
    return [asdict(f) for f in extract_figures("r", body, quotes)]


def one(body):
    rows = figures_of(body)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("item", gold_items("seeds.jsonl"), ids=lambda i: i["id"])
def test_seed_figures_exactly(item):
    got = [
        (f["surface"], f["value"], f["kind"], f["unit"])
        for f in figures_of(clean_body(item["text"]))
    ]
    assert got == [(f["surface"], f["value"], f["kind"], f["unit"]) for f in item["figures"]]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "extra"),
    [
        ("It costs $50 million in total.", "$50 million", 50e6, "NZD", {}),
        ("A $1.2 billion package.", "$1.2 billion", 1.2e9, "NZD", {}),
        ("Grants of NZ$3m were made.", "NZ$3m", 3e6, "NZD", {}),
        ("The US gave US$40 million.", "US$40 million", 40e6, "USD", {}),
        ("A grant of $199,500 was made.", "$199,500", 199_500, "NZD", {}),
        ("The EU gave €5 million.", "€5 million", 5e6, "EUR", {}),
        ("It is worth more than $2 billion.", "$2 billion", 2e9, "NZD", {"qualifier": "more than"}),
        ("Grants of up to $350,000 each.", "$350,000", 350_000, "NZD", {"qualifier": "up to"}),
        ("It got just over $3 million.", "$3 million", 3e6, "NZD", {"qualifier": "just over"}),
        ("Grants cover $40 million.", "$40 million", 40e6, "NZD", {"qualifier": None}),
        ("“Over $40 million,” he said.", "$40 million", 40e6, "NZD", {"qualifier": "over"}),
        ("It was over, $40 million.", "$40 million", 40e6, "NZD", {"qualifier": None}),
        ("A $5–10 million upgrade.", "$5–10 million", 5e6, "NZD", {"range_max": 10e6}),
        (
            "It gets $455 million over four years.",
            "$455 million",
            455e6,
            "NZD",
            {"period": "over four years"},
        ),
        ("A $50 a week boost.", "$50", 50, "NZD", {"period": "a week"}),
        ("It gave half a million dollars.", "half a million dollars", 5e5, "NZD", {}),
        ("It gave almost a billion dollars.", "a billion dollars", 1e9, "NZD", {}),
        ("It seized four million dollars.", "four million dollars", 4e6, "NZD", {}),
        ("It cost 10 million US dollars.", "10 million US dollars", 10e6, "USD", {}),
        ("A fine of 85 pounds sterling.", "85 pounds sterling", 85, "GBP", {}),
        ("Fuel rose 75 cents a litre.", "75 cents", 0.75, "NZD", {}),
    ],
)
def test_money(text, surface, value, unit, extra):
    row = one(text)
    assert (row["surface"], row["value"], row["kind"], row["unit"]) == (
        surface,
        value,
        "money",
        unit,
    )
    for key, expected in extra.items():
        assert row[key] == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "points"),
    [
        ("Up 5% on last year.", "5%", 5, False),
        ("Support is 54 per cent.", "54 per cent", 54, False),
        ("Growth was 3.5 percent.", "3.5 percent", 3.5, False),
        ("Rates fell two percentage points.", "two percentage points", 2, True),
    ],
)
def test_percentages(text, surface, value, points):
    row = one(text)
    assert (row["surface"], row["value"], row["kind"], row["unit"]) == (
        surface,
        value,
        "percent",
        "percent",
    )
    assert row["percentage_points"] is points


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It is supported by 48 countries.", "48 countries", 48, "country"),
        ("We met eight tech companies today.", "eight tech companies", 8, "tech company"),
        ("It will build 1,200 new homes.", "1,200 new homes", 1200, "home"),
        ("It reaches more than 150,000 students.", "150,000 students", 150_000, "student"),
        ("There are forty-two projects.", "forty-two projects", 42, "project"),
        ("Funding for a dozen schools.", "a dozen schools", 12, "school"),
        (
            "It backs 42 priority flood resilience projects.",
            "42 priority flood resilience projects",
            42,
            "flood resilience project",
        ),
        ("Help for 21 million people in need.", "21 million people", 21e6, "person"),
        ("Five of the eight iwi have signed.", "Five", 5, "iwi"),
        ("They will build 2000 houses.", "2000 houses", 2000, "house"),
        ("It trains 1800 new police officers.", "1800 new police officers", 1800, "police officer"),
        (
            "It employs 6384 sworn police staff.",
            "6384 sworn police staff",
            6384,
            "sworn police staff",
        ),
        (
            "It funds 20 District Health Boards.",
            "20 District Health Boards",
            20,
            "district health board",
        ),
        (
            "He gave five New Zealand Bravery Medals.",
            "five New Zealand Bravery Medals",
            5,
            "bravery medal",
        ),
        (
            "Ten Pacific Islands Forum countries.",
            "Ten Pacific Islands Forum countries",
            10,
            "country",
        ),
        ("It helps 17,000 young people.", "17,000 young people", 17000, "young person"),
        ("It saw 25 million native birds.", "25 million native birds", 25e6, "bird"),
        ("It funds 54 more new medicines.", "54 more new medicines", 54, "medicine"),
        ("There are 38,000 fewer people on it.", "38,000 fewer people", 38000, "person"),
        ("It fills the nine-person board.", "nine-person", 9, "person"),
        ("The 120-strong team left.", "120-strong", 120, "person"),
        ("A five-member panel met.", "five-member", 5, "member"),
        ("More than 2000 houses will be built.", "2000 houses", 2000, "house"),
        ("Since then 1825 new Police have graduated.", "1825 new Police", 1825, "police"),
    ],
)
def test_counts(text, surface, value, unit):
    row = figures_of(text)[0]
    assert (row["surface"], row["value"], row["kind"], row["unit"]) == (
        surface,
        value,
        "count",
        unit,
    )


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("A 190 MW wind farm.", "190 MW", 190, "MW"),
        ("It adds 2 GW of capacity.", "2 GW", 2, "GW"),
        ("It produces 1,200 GWh a year.", "1,200 GWh", 1200, "GWh"),
        ("A 15 km cycleway.", "15 km", 15, "km"),
        ("It protects 300 hectares of bush.", "300 hectares", 300, "ha"),
        ("Another 20 ha were planted.", "20 ha", 20, "ha"),
        ("It cuts 5,000 tonnes of waste.", "5,000 tonnes", 5000, "t"),
        ("It saves 2 million litres of water.", "2 million litres", 2e6, "L"),
        ("A 7.2 magnitude earthquake.", "7.2 magnitude", 7.2, "magnitude"),
    ],
)
def test_measures(text, surface, value, unit):
    row = one(text)
    assert (row["surface"], row["value"], row["kind"], row["unit"]) == (
        surface,
        value,
        "measure",
        unit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The law changed in 2016.",
        "They meet on 15 May and again on March 15.",
        "The 2019/20 financial year closed.",
        "The event starts at 10am, or 3.30pm at the latest.",
        "She came first; he was 3rd.",
        "The G7 and G20 met about COVID-19.",
        "Budget 2017 upgrades State Highway 1 under Section 7AA.",
        "Call 0800 123 456 for help.",
        "1. Apply online\n2. Wait for a reply",
        "The work will take place over three years, with an 18-month transition.",
        "The trial runs for two years.",
        "9" * 400 + " schools were counted.",
        "In 2004 schools received more, and the 2019 elections were close.",
        "It is a five year programme for 16 year-olds and 17 year olds.",
        "She brings 30 years’ experience and gave 50 days’ notice.",
        "Two thirds of them voted.",
        "They sailed to the Three Kings and walked the Seven Sisters.",
        "Meetings are held in-person.",
        "Pupils aged 11 to 15 years went.",
    ],
)
def test_not_figures(text):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There were 6384 staff when the deal was signed, 6492 when the Budget was "
            "delivered, and the aim is 6692 by June.",
            [("6384 staff", 6384, "staff"), ("6492", 6492, "staff"), ("6692", 6692, "staff")],
        ),
        (
            "Beds go to Wanganui (120 beds), Christchurch (60) and Rimutaka (20).",
            [("120 beds", 120, "bed"), ("60", 60, "bed"), ("20", 20, "bed")],
        ),
        (
            "Police seized 45 firearms and 40 were unlawful.",
            [("45 firearms", 45, "firearm"), ("40", 40, "firearm")],
        ),
        ("It has 20 DHBs and a workforce of about 80,000.", [("20 DHBs", 20, "dhb")]),
        ("It has 20 schools under section 5.", [("20 schools", 20, "school")]),
        ("It opened 20 schools by 2020.", [("20 schools", 20, "school")]),
        ("They have four children aged 11, 13 and 16.", [("four children", 4, "child")]),
        ("It gives 12 credits at levels 2 and 3.", [("12 credits", 12, "credit")]),
    ],
)
def test_a_number_without_a_noun_counts_the_noun_before_it(text, expected):
    assert [(f["surface"], f["value"], f["unit"]) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It grew from 33,574 to 51,102 hectares.",
            [("33,574", 33574, "measure", "ha"), ("51,102 hectares", 51102, "measure", "ha")],
        ),
        (
            "In all 72 Bravery and 7 Gallantry awards were made.",
            [
                ("72 Bravery", 72, "count", "bravery award"),
                ("7 Gallantry awards", 7, "count", "gallantry award"),
            ],
        ),
        (
            "It rose from 30 to 35 per cent.",
            [("30", 30, "percent", "percent"), ("35 per cent", 35, "percent", "percent")],
        ),
        ("Alert Levels 2 and 3 schools.", [("3 schools", 3, "count", "school")]),
        (
            "Flows of 200 or 230 cumecs.",
            [("200", 200, "count", "cumec"), ("230 cumecs", 230, "count", "cumec")],
        ),
        ("Some 917,000 or 55% of users.", [("55%", 55, "percent", "percent")]),
        (
            "Between 1.7 million and two million people.",
            [("two million people", 2e6, "count", "person")],
        ),
        ("Between 2019 and 2020 schools closed.", []),
    ],
)
def test_a_number_before_to_and_or_shares_the_next_figures_unit(text, expected):
    assert [(f["surface"], f["value"], f["kind"], f["unit"]) for f in figures_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "high", "unit"),
    [
        ("There were 90-100 beds.", "90-100 beds", 90, 100, "bed"),
        ("Between 15 and 20 people came.", "15 and 20 people", 15, 20, "person"),
        ("It is 60-70 per cent renewable.", "60-70 per cent", 60, 70, "percent"),
        ("It costs $29.131million.", "$29.131million", 29_131_000, None, "NZD"),
        ("It helps 2,000 to 3,000 firms.", "2,000 to 3,000 firms", 2000, 3000, "firm"),
        ("Between 40 and 50 per cent of it.", "40 and 50 per cent", 40, 50, "percent"),
        ("Tariffs of between 17 to 19 percent.", "17 to 19 percent", 17, 19, "percent"),
    ],
)
def test_ranges_keep_the_lower_value(text, surface, value, high, unit):
    row = one(text)
    assert (row["surface"], row["value"], row["range_max"], row["unit"]) == (
        surface,
        value,
        high,
        unit,
    )


def test_figures_in_a_quotation_carry_its_quote_id():
    body = "The fund grew. “We will invest $10 million in 12 schools,” Chris Hipkins said."
    quotes = extract_quotes("r", body, PeopleIndex(body))
    rows = figures_of(body, quotes)
    assert [r["surface"] for r in rows] == ["$10 million", "12 schools"]
    assert {r["quote_id"] for r in rows} == {quotes[0].quote_id}
    assert figures_of("Narrative $5 million.")[0]["quote_id"] is None


def test_rows_have_stable_ids_sentences_and_ordinals():
    body = "First $5 million. Then 20 schools got $5 million more."
    rows = figures_of(body)
    assert [r["ordinal"] for r in rows] == [0, 1, 2]
    assert len({r["figure_id"] for r in rows}) == 3
    assert [r["figure_id"] for r in figures_of(body)] == [r["figure_id"] for r in rows]
    assert rows[1]["sentence"] == "Then 20 schools got $5 million more."


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,200", 1200), ("forty-two", 42), ("a dozen", 12), ("Eight", 8), ("3.5", 3.5)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


NUMERIC_TEXT = st.text(alphabet="0123456789 ,.$%-–NZUS€mkbilonthreeightcoursdpa\n", max_size=120)


@given(st.one_of(NUMERIC_TEXT, st.text(max_size=200)))
def test_any_text_gives_figures_whose_offsets_slice_the_surface(body):
    rows = figures_of(body)
    assert all(body[r["char_start"] : r["char_end"]] == r["surface"] for r in rows)
    assert all(r["surface"].strip() == r["surface"] and r["surface"] for r in rows)
    assert not any("\n" in r["surface"] for r in rows)  # a figure never spans a line break
    assert [r["ordinal"] for r in rows] == list(range(len(rows)))


@pytest.mark.parametrize("body", ["It rose 40\n% of", "The 12\n-person team"])
def test_a_number_and_its_mark_on_two_lines_are_no_figure(body):
    assert figures_of(body) == []
