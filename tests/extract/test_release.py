"""One release through every extractor."""

from datetime import date

from pipeline.extract.records import Extraction
from pipeline.extract.release import extract_release
from pipeline.ingest.records import Release

BODY = (
    "Prime Minister Jacinda Ardern announced $10 million for 12 schools.\n\n"
    "“This is a great day,” Ms Ardern said."
)


def release(ministers=("Rt Hon Jacinda Ardern", "Hon Jacinda Ardern")):
    return Release(
        release_id="r",
        url="https://www.beehive.govt.nz/release/r",
        title="T",
        published_date=date(2020, 1, 1),
        government="Sixth Labour Government",
        ministers=tuple(ministers),
        portfolios=("Prime Minister",),
        attachments=(),
        body=BODY,
        word_count=len(BODY.split()),
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
