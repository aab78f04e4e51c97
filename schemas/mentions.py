import pandera.pandas as pa
from pandera.typing import Series

from pipeline.extract.records import Role
from schemas.actors import ACTOR_ID
from schemas.types import RELEASE_DATE, Date, Int, SpanList, String, StringList, references

ROLES = [r.value for r in Role]


class Mentions(pa.DataFrameModel):
    release_id: Series[String] = pa.Field(
        description="The release -> releases.release_id.",
        metadata=references("releases.release_id"),
    )
    published_date: Series[Date] = pa.Field(description=RELEASE_DATE)
    actor_id: Series[String] = pa.Field(
        str_matches=ACTOR_ID,
        description="The actor -> actors.actor_id.",
        metadata=references("actors.actor_id"),
    )
    role: Series[String] = pa.Field(
        isin=ROLES,
        description="minister: listed in the front matter; speaker: quoted; mentioned: named "
        "in the body. An actor can have several roles in one release.",
    )
    mention_count: Series[Int] = pa.Field(
        ge=0,
        description="For mentioned and minister: times the body names the actor (0 for a "
        "minister only in the front matter); for speaker: quotations attributed to them.",
    )
    first_char_start: Series[Int] = pa.Field(
        nullable=True,
        ge=0,
        description="Offset in releases.body of the first such mention or quotation; null for "
        "a minister the body does not name.",
    )
    surfaces: Series[StringList] = pa.Field(
        description="The forms used in this release ('Ardern', 'the Minister', 'GIFCT')."
    )
    spans: Series[SpanList] = pa.Field(
        description="For role mentioned: every place the body names the actor, as "
        "char_start, char_end (offsets in releases.body) and the surface there "
        "(body[char_start:char_end]), in order. Empty for the other roles: a minister's "
        "places are on their mentioned row, a speaker's quotations are the quotes rows "
        "with this speaker_actor_id."
    )

    class Config:
        description = (
            "One row per (release, actor, role): who is involved in each release, and how."
        )
        strict = True
        ordered = True
        unique = ["release_id", "actor_id", "role"]
