import pandera.pandas as pa
from pandera.typing import Series

from schemas.actors import ACTOR_ID
from schemas.types import String, references


class ActorRedirects(pa.DataFrameModel):
    old_id: Series[String] = pa.Field(
        unique=True,
        str_matches=ACTOR_ID,
        description="An id that an earlier version published, or that a plainer reading of a "
        "name gives ('person:william-sio', 'org:corrections-department'); never an id in "
        "actors.",
    )
    actor_id: Series[String] = pa.Field(
        str_matches=ACTOR_ID,
        description="The actor the old id now is -> actors.actor_id.",
        metadata=references("actors.actor_id"),
    )

    class Config:
        description = (
            "Ids now under another id: when resolution merges two names of one entity, the id "
            "a saved query used keeps working (join through this table; OpenSanctions calls "
            "these referents)."
        )
        strict = True
        ordered = True
        unique = ["old_id"]
