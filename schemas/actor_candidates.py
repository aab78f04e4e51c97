import pandera.pandas as pa
from pandera.typing import Series

from schemas.actors import ACTOR_ID
from schemas.types import RELEASE_DATE, Date, Int, SpanList, String, StringList, references


class ActorCandidates(pa.DataFrameModel):
    actor_id: Series[String] = pa.Field(
        unique=True,
        str_matches=ACTOR_ID,
        description="The id the organisation would have in actors ('org:<slug>'); never an id "
        "in actors.",
    )
    name: Series[String] = pa.Field(
        str_length={"min_value": 1}, description="The name as the release gives it."
    )
    aliases: Series[StringList] = pa.Field(description="Other forms the release uses.")
    release_id: Series[String] = pa.Field(
        description="The one release that names it -> releases.release_id.",
        metadata=references("releases.release_id"),
    )
    published_date: Series[Date] = pa.Field(description=RELEASE_DATE)
    mention_count: Series[Int] = pa.Field(ge=1, description="Times the body names it.")
    first_char_start: Series[Int] = pa.Field(
        ge=0, description="Offset in releases.body of the first mention."
    )
    spans: Series[SpanList] = pa.Field(
        description="Every place the body names it: char_start, char_end (offsets in "
        "releases.body) and the surface there, in order."
    )

    class Config:
        description = (
            "Organisations that one release names, with no legal form ('Ltd', 'Inc'), in no "
            "reference list and by a name that no two releases of the whole archive give: "
            "kept apart from actors because the audits find about a third of them wrong (a "
            "name cut or glued to other words, a venue, a programme, a proposed body), where "
            "actors are right nine times in ten. Each has the id it would have in actors; a "
            "later version moves it there when another release names it."
        )
        strict = True
        ordered = True
        unique = ["actor_id"]
