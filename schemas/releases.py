import pandera.pandas as pa
from pandera.typing import Series

from pipeline.ingest.records import RELEASE_ID
from schemas.types import LONG_TEXT, Date, Int, String, StringList

SHA256 = r"^[0-9a-f]{64}$"


class Releases(pa.DataFrameModel):
    release_id: Series[String] = pa.Field(
        unique=True,
        description="The last path segment of url; joins every other table to this one.",
    )
    url: Series[String] = pa.Field(
        str_matches=r"^https?://", description="The release's page on beehive.govt.nz."
    )
    title: Series[String] = pa.Field(str_length={"min_value": 1}, description="Release title.")
    published_date: Series[Date] = pa.Field(
        description="Date of the release (front matter); from 1990 to a week after the build."
    )
    government: Series[String] = pa.Field(
        description="The New Zealand government in office on published_date ('Sixth Labour "
        "Government'), from the dates governments took office."
    )
    ministers: Series[StringList] = pa.Field(
        description="Ministers named in the front matter, canonical names without honorifics "
        "('Jacinda Ardern'), in the order given; an entry that is no name (a link text or web "
        "address the front matter holds by mistake) is left out."
    )
    portfolios: Series[StringList] = pa.Field(
        description="Portfolios named in the front matter, as written."
    )
    attachments: Series[StringList] = pa.Field(
        description="Attachment URLs listed in the front matter (empty when none)."
    )
    body: Series[String] = pa.Field(
        str_length={"min_value": 1},
        description="The release text, paragraphs separated by a blank line, HTML remnants "
        "removed. Every char_start/char_end in other tables is an offset into this string.",
        metadata=LONG_TEXT,
    )
    word_count: Series[Int] = pa.Field(ge=0, description="Number of words in body.")
    source_path: Series[String] = pa.Field(
        unique=True, description="Path of the raw file, relative to the raw directory."
    )
    source_sha256: Series[String] = pa.Field(
        str_matches=SHA256, description="SHA-256 of the raw file's bytes, as read."
    )

    @pa.check("release_id", name="is_a_url_slug", element_wise=True)
    @classmethod
    def release_id_is_a_url_slug(cls, value: str) -> bool:
        """The parser's own rule (Python's re, Unicode letters: 'whānau-ora'), not a second
        dialect that could disagree with it."""
        return RELEASE_ID.fullmatch(value) is not None and value not in (".", "..")

    class Config:
        description = "One row per accepted raw release."
        strict = True
        ordered = True
        unique = ["release_id"]  # a key; rows are published sorted by it
