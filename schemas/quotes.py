import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.extract.records import Attribution
from schemas.types import LONG_TEXT, RELEASE_DATE, Bool, Date, Int, String, references

ATTRIBUTIONS = [a.value for a in Attribution]


class Quotes(pa.DataFrameModel):
    quote_id: Series[String] = pa.Field(
        unique=True,
        str_matches=r"^q-[0-9a-f]{16}$",
        description="Stable id: a hash of release_id, the quotation's text and which occurrence "
        "of that text it is, so it survives re-runs and edits elsewhere in the release.",
    )
    release_id: Series[String] = pa.Field(
        description="The release -> releases.release_id.",
        metadata=references("releases.release_id"),
    )
    published_date: Series[Date] = pa.Field(description=RELEASE_DATE)
    ordinal: Series[Int] = pa.Field(
        ge=0, description="Order of the quotation in the release, from 0."
    )
    text: Series[String] = pa.Field(
        str_length={"min_value": 1},
        description="The words inside the quotation marks; a quotation running over several "
        "paragraphs is one row, its paragraphs joined by a blank line.",
        metadata=LONG_TEXT,
    )
    speaker_name: Series[String] = pa.Field(
        nullable=True,
        description="Canonical full name of who said it ('Jacinda Ardern'); null when the "
        "release does not say.",
    )
    speaker_actor_id: Series[String] = pa.Field(
        nullable=True,
        str_matches=r"^person:[a-z0-9-]+$",
        description="The speaker -> actors.actor_id.",
        metadata=references("actors.actor_id"),
    )
    speaker_mention: Series[String] = pa.Field(
        nullable=True,
        description="How the release refers to the speaker where it attributes the quotation "
        "('Mr Key', 'the Minister', 'she').",
    )
    attribution: Series[String] = pa.Field(
        nullable=True,
        isin=ATTRIBUTIONS,
        description="How the speaker was found: " + "; ".join(ATTRIBUTIONS) + ". Null when "
        "there is no speaker.",
    )
    is_partial: Series[Bool] = pa.Field(
        description="True for a fragment quoted inside a narrative sentence "
        "(described it as “a show of leadership”)."
    )
    paragraph_count: Series[Int] = pa.Field(ge=1, description="Paragraphs the quotation spans.")
    char_start: Series[Int] = pa.Field(
        ge=0, description="Offset in releases.body of the opening quotation mark."
    )
    char_end: Series[Int] = pa.Field(
        ge=1,
        description="Offset in releases.body just past the closing mark (or past the last "
        "paragraph of a quotation that is never closed).",
    )

    speaker_char_start: Series[Int] = pa.Field(
        nullable=True,
        ge=0,
        description="Offset in releases.body of the words that name the speaker for this "
        "quotation (the cue's 'Mr Key' or 'she', the reported 'Mr Flavell says', the subject "
        "of the narrative before it); null without a speaker, or for the sole minister, "
        "whom the front matter names.",
    )
    speaker_char_end: Series[Int] = pa.Field(
        nullable=True,
        ge=1,
        description="Offset in releases.body just past the words that name the speaker.",
    )

    @pa.dataframe_check
    @classmethod
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_end"] > df["char_start"]

    @pa.dataframe_check
    @classmethod
    def speaker_span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["speaker_char_end"].isna() | (df["speaker_char_end"] > df["speaker_char_start"])

    class Config:
        description = "One row per direct quotation in a release, with its speaker."
        strict = True
        ordered = True
        unique = ["release_id", "ordinal"]
