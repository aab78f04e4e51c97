import pytest

from pipeline.names import canonical_person_name, person_actor_id, slugify


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
