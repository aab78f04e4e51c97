import pytest

from pipeline.extract.actors import extract_actors
from pipeline.extract.people import PeopleIndex
from pipeline.extract.quotes import extract_quotes
from pipeline.ingest.parse import clean_body
from tests.conftest import gold_items


def actors_of(body, ministers=()):
    people = PeopleIndex(body, ministers)
    return {(m.name, m.kind) for m in extract_actors("r", people, (), ()).mentions}


@pytest.mark.parametrize("item", gold_items("seeds.jsonl"), ids=lambda i: i["id"])
def test_seed_actors_exactly(item):
    found = actors_of(clean_body(item["text"]), item["ministers"])
    assert found == {(a["name"], a["kind"]) for a in item["actors"]}


PERSON, ORG, COUNTRY = "person", "organisation", "country"

TRICKY = [
    pytest.param(
        "French President Emmanuel Macron met officials.",
        [],
        {("Emmanuel Macron", PERSON)},
        id="title before a name is a role",
    ),
    pytest.param(
        "Associate Education Minister Tim Macindoe visited the school.",
        [],
        {("Tim Macindoe", PERSON)},
        id="long ministerial title",
    ),
    pytest.param(
        "Director-General of Health Dr Ashley Bloomfield spoke. Later Dr Bloomfield "
        "and Mr Macindoe left.",
        ["Tim Macindoe"],
        {("Ashley Bloomfield", PERSON), ("Tim Macindoe", PERSON)},
        id="Dr and Mr short forms",
    ),
    pytest.param(
        "It joins the Global Internet Forum to Counter Terrorism (GIFCT). The GIFCT agreed.",
        [],
        {("Global Internet Forum to Counter Terrorism", ORG)},
        id="acronym in parentheses",
    ),
    pytest.param(
        "The Tertiary Advisory Monitoring Unit (TAMU) reported to TAMU members.",
        [],
        {("Tertiary Advisory Monitoring Unit", ORG)},
        id="acronym not in the reference list",
    ),
    pytest.param(
        "OECD figures and Facebook posts were cited.",
        [],
        {("OECD", ORG), ("Facebook", ORG)},
        id="reference acronym and company",
    ),
    pytest.param(
        "Funding goes to Auckland, Christchurch and Wairarapa through the Regional "
        "Infrastructure Fund and the Christchurch Schools Rebuild programme.",
        [],
        set(),
        id="places, funds and programmes are not actors",
    ),
    pytest.param(
        "Tech companies and civil society leaders met the Government.",
        [],
        set(),
        id="generic groups and the unnamed Government",
    ),
    pytest.param(
        "Significant progress was made. Together We Stand is the slogan.",
        [],
        set(),
        id="sentence-initial capitalised words",
    ),
    pytest.param(
        "Talks with the United States, the US trade office and the UK continue.",
        [],
        {("United States", COUNTRY), ("United Kingdom", COUNTRY)},
        id="country short forms",
    ),
    pytest.param(
        "The New Zealand Defence Force deployed.",
        [],
        {("New Zealand Defence Force", ORG)},
        id="a country inside an organisation name",
    ),
    pytest.param(
        "National’s line-up is strong, but Labour has doubts.",
        [],
        {("National Party", ORG), ("Labour Party", ORG)},
        id="parties by short name",
    ),
    pytest.param(
        "Ngāti Kahungunu and Waikato DHB signed with the Teaching Council.",
        [],
        {
            ("Ngāti Kahungunu", ORG),
            ("Waikato District Health Board", ORG),
            ("Teaching Council", ORG),
        },
        id="iwi, DHB expansion, organisation word",
    ),
    pytest.param(
        "Woolston and Phillipstown Schools merged.",
        [],
        {("Woolston School", ORG), ("Phillipstown School", ORG)},
        id="shared plural head",
    ),
    pytest.param("New Zealanders and Aucklanders agree.", [], set(), id="demonyms"),
]


@pytest.mark.parametrize(("body", "ministers", "expected"), TRICKY)
def test_tricky_actors(body, ministers, expected):
    assert actors_of(body, ministers) == expected


def test_a_speaker_is_an_actor_in_the_speaker_role():
    body = "“We welcome it,” Auckland Mayor Phil Goff said."
    people = PeopleIndex(body, ["Jacinda Ardern"])
    quotes = extract_quotes("r", body, people)
    found = extract_actors("r", people, (), quotes).mentions
    assert quotes[0].speaker_actor_id == "person:phil-goff"
    roles = {(m.actor_id, m.role): m.mention_count for m in found}
    assert roles == {
        ("person:phil-goff", "mentioned"): 1,
        ("person:phil-goff", "speaker"): 1,
        ("person:jacinda-ardern", "minister"): 0,
    }


@pytest.mark.parametrize(
    ("body", "ministers", "portfolios", "expected"),
    [
        pytest.param(
            "Economic Development Minister Simon Bridges and Te Ururoa Flavell met.",
            ["Simon Bridges", "Te Ururoa Flavell"],
            ["Economic Development", "Māori Development"],
            [("Simon Bridges", "Economic Development")],
            id="several ministers: only pairs the text confirms",
        ),
        pytest.param(
            "The Minister opened the school.",
            ["Chris Hipkins"],
            ["Education", "State Services"],
            [("Chris Hipkins", "Education"), ("Chris Hipkins", "State Services")],
            id="one minister: every portfolio",
        ),
    ],
)
def test_portfolios_go_to_the_minister_who_holds_them(body, ministers, portfolios, expected):
    found = extract_actors("r", PeopleIndex(body, ministers, portfolios), portfolios, ())
    assert [(h.name, h.portfolio) for h in found.portfolios] == expected
