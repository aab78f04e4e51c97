"""One release through every extractor."""

from datetime import date

from pipeline.extract.records import Extraction
from pipeline.extract.release import extract_release
from pipeline.ingest.records import Release

BODY = (
    "Prime Minister Jacinda Ardern announced $10 million for 12 schools.\n\n"
    "“This is a great day,” Ms Ardern said."
)


def release(ministers=("Rt Hon Jacinda Ardern", "Hon Jacinda Ardern"), body=BODY):
    return Release(
        release_id="r",
        url="https://www.beehive.govt.nz/release/r",
        title="T",
        published_date=date(2020, 1, 1),
        government="Sixth Labour Government",
        ministers=tuple(ministers),
        portfolios=("Prime Minister",),
        attachments=(),
        body=body,
        word_count=len(body.split()),
        source_path="r.md",
        source_sha256="0" * 64,
    )


def test_a_release_gives_typed_records_and_canonical_ministers():
    found = extract_release(release())
    assert isinstance(found, Extraction)
    assert found.release.ministers == ("Jacinda Ardern",)  # honorifics gone, then deduplicated
    assert [q.speaker_name for q in found.quotes] == ["Jacinda Ardern"]
    assert [(f.surface, f.quote_id) for f in found.figures] == [
        ("$10 million", None),
        ("12 schools", None),
    ]
    assert {(m.actor_id, m.role) for m in found.mentions} == {
        ("person:jacinda-ardern", "mentioned"),
        ("person:jacinda-ardern", "minister"),
        ("person:jacinda-ardern", "speaker"),
    }
    assert [(h.name, h.portfolio) for h in found.portfolios] == [
        ("Jacinda Ardern", "Prime Minister")
    ]


def test_front_matter_ministers_that_are_no_name_are_left_out():
    found = extract_release(
        release(
            ("Download as PDF file", "Rt Hon Jacinda Ardern", "www.beehive.govt.nz/x", "Mururoa")
        )
    )
    assert found.release.ministers == ("Jacinda Ardern",)
    assert {m.actor_id for m in found.mentions} == {"person:jacinda-ardern"}


def test_extraction_is_deterministic():
    assert extract_release(release()) == extract_release(release())


WRAPPED = (  # hard-wrapped at a fixed width, as some 700 releases of 1996-2010 are
    "Trade Negotiations Minister Jim Sutton is to lead a trade delegation to  \n"
    "Turkey at the end of this month, and will meet officials of the Ministry\n"
    "of Economic Development before he leaves. He said the trip would build\n"
    "on the groundwork laid by the Joint Economic Commission which met in New\n"
    "Zealand in 1999, and on the talks he held with business people in\n"
    "Istanbul last year.\n\n"
    "“It is a good time to go,” Mr\nSutton said."
)


def test_names_cut_by_a_wrapped_line_are_read_whole_with_the_bodys_surfaces():
    body = WRAPPED
    found = extract_release(release(("Hon Jim Sutton",), body))
    names = {m.name for m in found.mentions}
    assert {"Ministry of Economic Development", "Joint Economic Commission", "New Zealand"} <= names
    for mention in found.mentions:
        for span in mention.spans:
            assert body[span.char_start : span.char_end] == span.surface
        assert set(mention.surfaces) >= {s.surface for s in mention.spans}
    (quote,) = found.quotes
    assert quote.speaker_name == "Jim Sutton"
    assert body[quote.speaker_char_start : quote.speaker_char_end] == quote.speaker_mention
