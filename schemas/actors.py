import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.extract.records import ActorKind
from schemas.types import Date, Int, String, StringList

KINDS = [k.value for k in ActorKind]
ACTOR_ID = r"^(?:person:[a-z0-9-]+|org:[a-z0-9-]+|country:[A-Z]{2})$"


class Actors(pa.DataFrameModel):
    actor_id: Series[String] = pa.Field(
        unique=True,
        str_matches=ACTOR_ID,
        description="Stable id: person:<slug>, org:<slug> or country:<ISO 3166 alpha-2> "
        "('person:jacinda-ardern', 'org:european-commission', 'country:FR'; a state that no "
        "longer exists has the code ISO 3166-3 records as withdrawn: 'country:SU', the Soviet "
        "Union).",
    )
    kind: Series[String] = pa.Field(isin=KINDS, description="person, organisation or country.")
    name: Series[String] = pa.Field(
        str_length={"min_value": 1},
        description="Canonical name: the full name without honorifics, the organisation's full "
        "name, the country's common English name.",
    )
    aliases: Series[StringList] = pa.Field(
        description="Other names seen for the actor ('Ardern', 'Mr Key', 'GIFCT', 'US'); not "
        "the pronouns and descriptions a release refers to a speaker by ('he', 'the Minister', "
        "'Minister for Arts'), nor a phrase naming them with others ('Helen Clark and Phil "
        "Goff', 'Christchurch and Burwood hospitals'), which are in mentions.surfaces; spaces "
        "and line breaks are made one space."
    )
    release_count: Series[Int] = pa.Field(ge=1, description="Releases in which the actor appears.")
    mention_count: Series[Int] = pa.Field(
        ge=0, description="Times the actor is named in release bodies, over all releases."
    )
    first_seen: Series[Date] = pa.Field(description="Date of the first release naming the actor.")
    last_seen: Series[Date] = pa.Field(description="Date of the latest release naming the actor.")

    @pa.dataframe_check
    @classmethod
    def kind_matches_id(cls, df: pd.DataFrame) -> pd.Series:
        prefix = df["actor_id"].str.replace(r":.*$", "", regex=True)
        return prefix == df["kind"].map(
            {"person": "person", "organisation": "org", "country": "country"}
        )

    class Config:
        description = "One row per distinct actor (person, organisation or country) in the dataset."
        strict = True
        ordered = True
        unique = ["actor_id"]
