import pytest
from hypothesis import given
from hypothesis import strategies as st
from nameparser import HumanName

from pipeline.extract.ids import org_actor_id, person_actor_id, slugify
from pipeline.extract.names import canonical_person_name, name_constants, name_parts


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Rt Hon Jacinda Ardern", "Jacinda Ardern"),
        ("Right Honourable Winston Peters", "Winston Peters"),
        ("Hon Damien O’Connor", "Damien O’Connor"),
        ("Hon. Te Ururoa Flavell", "Te Ururoa Flavell"),
        ("Hon Dr Ayesha Verrall", "Ayesha Verrall"),
        ("Dr David Clark", "David Clark"),
        ("Sir John Key", "John Key"),
        ("Dame Jenny Shipley", "Jenny Shipley"),
        ("Hon Judith Collins KC", "Judith Collins"),
        ("Hon Paul Goldsmith MP", "Paul Goldsmith"),
        ("  Hon   Nanaia  Mahuta ", "Nanaia Mahuta"),
        ("Jacinda Ardern", "Jacinda Ardern"),
    ],
)
def test_canonical_person_name_drops_honorifics(raw, expected):
    assert canonical_person_name(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Damien O’Connor", "damien-oconnor"),
        ("Ngāruahine", "ngaruahine"),
        ("European Commission", "european-commission"),
        ("  G7 -- Digital  ", "g7-digital"),
    ],
)
def test_slugify(text, expected):
    assert slugify(text) == expected


def test_person_actor_id_is_the_same_for_every_form_of_a_name():
    assert person_actor_id("Rt Hon Jacinda Ardern") == person_actor_id("Jacinda Ardern")
    assert person_actor_id("Jacinda Ardern") == "person:jacinda-ardern"


NAME_WORDS = st.one_of(
    st.sampled_from(
        [
            "Jacinda",
            "Ardern",
            "Te",
            "Ururoa",
            "O’Connor",
            "D'Arcy",
            "Smith-Jones",
            "Mac",
            "Van",
            "De",
            "Hon",
            "Dr",
            "Sir",
            "KC",
            "MP",
            "Jr",
            "II",
            "III",
            "And",
            "Y",
            "ARDERN",
            "Ngāti",
            "Māori",
            "St",
            "Du",
            "Bin",
            "Al",
            "Mc",
            "La",
            "Le",
            "Von",
            "Der",
            "Ms",
            "Mrs",
            "Rt",
        ]
    ),
    st.text(alphabet="AEKMNOTaeiknortuāō’'-", min_size=1, max_size=8),
)


@given(st.lists(NAME_WORDS, min_size=1, max_size=5).map(" ".join))
def test_name_parts_are_what_nameparser_reads(name):
    parsed = HumanName(name, constants=name_constants())
    assert name_parts(name) == (parsed.first, parsed.middle, parsed.last)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("NZ Transport Agency", "New Zealand Transport Agency"),
        ("World Trade Organization", "World Trade Organisation"),
        ("Ministry for Primary Industries", "Ministry of Primary Industries"),
        ("The Treasury", "Treasury"),
        ("Asia-Pacific Economic Co-operation", "Asia Pacific Economic Cooperation"),
        ("Child, Youth & Family", "Child, Youth and Family"),
        ("Fonterra Co-operative Group Ltd", "Fonterra Cooperative Group Limited"),
        ("Women’s Refuge", "Women's Refuge"),
        ("Mt Albert Grammar School", "Mount Albert Grammar School"),
        ("Mt. Aspiring College", "Mount Aspiring College"),
        ("US International Trade Commission", "United States International Trade Commission"),
        ("US-NZ Council", "United States-New Zealand Council"),
        ("U.S. Navy", "United States Navy"),
        ("UK Home Office", "United Kingdom Home Office"),
        ("PNG Defence Force", "Papua New Guinea Defence Force"),
    ],
)
def test_spellings_of_one_organisation_have_one_id(one, other):
    assert org_actor_id(one) == org_actor_id(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ministry of Health", "Ministry of Education"),
        ("New Zealand Police", "New Zealand Police Association"),
        ("NZ First", "New Zealand Forest"),
        ("Mt Roskill Grammar School", "Mt Albert Grammar School"),
        ("USP", "United StatesP"),
        ("Business Council", "US Business Council"),
    ],
)
def test_different_organisations_keep_different_ids(one, other):
    assert org_actor_id(one) != org_actor_id(other)
