import json
from datetime import date

import pytest

from pipeline.actors import extract_actors
from pipeline.catalogue import build_actor_tables
from pipeline.parsing import clean_body
from pipeline.quotes import extract_quotes
from tests.conftest import GOLD


def actors_of(body, ministers=()):
    release = {"release_id": "r", "body": body, "ministers": list(ministers), "portfolios": []}
    return {(s.name, s.kind) for s in extract_actors(release).sightings}


def gold_items(name):
    return [json.loads(line) for line in (GOLD / name).read_text().splitlines()]


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


def release(rid, body, ministers, portfolios=(), day=date(2020, 1, 1)):
    return {
        "release_id": rid,
        "published_date": day,
        "body": body,
        "ministers": list(ministers),
        "portfolios": list(portfolios),
    }


def test_the_same_person_has_one_id_across_releases_with_every_alias():
    releases = [
        release(
            "a",
            "Prime Minister Jacinda Ardern spoke. Ardern left.",
            ["Jacinda Ardern"],
            ["Prime Minister"],
            date(2019, 1, 1),
        ),
        release(
            "b",
            "Ms Ardern met French President Emmanuel Macron.",
            ["Jacinda Ardern"],
            ["Prime Minister"],
            date(2020, 1, 1),
        ),
    ]
    actors, mentions, holders = build_actor_tables(releases, [])
    ardern = next(a for a in actors if a["actor_id"] == "person:jacinda-ardern")
    assert ardern["release_count"] == 2
    assert "Ardern" in ardern["aliases"]
    assert (ardern["first_seen"], ardern["last_seen"]) == (date(2019, 1, 1), date(2020, 1, 1))
    roles = {(m["release_id"], m["role"]) for m in mentions if m["actor_id"] == ardern["actor_id"]}
    assert roles == {("a", "minister"), ("a", "mentioned"), ("b", "minister"), ("b", "mentioned")}
    assert holders == [
        {
            "actor_id": "person:jacinda-ardern",
            "name": "Jacinda Ardern",
            "portfolio": "Prime Minister",
            "first_seen": date(2019, 1, 1),
            "last_seen": date(2020, 1, 1),
            "release_count": 2,
        }
    ]


def test_every_speaker_is_an_actor_with_the_same_id():
    r = release("a", "“We welcome it,” Auckland Mayor Phil Goff said.", ["Jacinda Ardern"])
    quotes = extract_quotes(r)
    actors, mentions, _ = build_actor_tables([r], quotes)
    ids = {a["actor_id"] for a in actors}
    assert quotes[0]["speaker_actor_id"] == "person:phil-goff" and "person:phil-goff" in ids
    assert {m["role"] for m in mentions if m["actor_id"] == "person:phil-goff"} == {
        "speaker",
        "mentioned",
    }


def test_portfolios_of_several_ministers_are_paired_only_when_the_text_says_so():
    r = release(
        "a",
        "Economic Development Minister Simon Bridges and Te Ururoa Flavell met.",
        ["Simon Bridges", "Te Ururoa Flavell"],
        ["Economic Development", "Māori Development"],
    )
    _, _, holders = build_actor_tables([r], [])
    assert [(h["name"], h["portfolio"]) for h in holders] == [
        ("Simon Bridges", "Economic Development")
    ]
