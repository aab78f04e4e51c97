import pandera.pandas as pa
from pandera.typing import Series

from schemas.types import Date, Int, String, references


class PortfolioHolders(pa.DataFrameModel):
    actor_id: Series[String] = pa.Field(
        str_matches=r"^person:[a-z0-9-]+$",
        description="The minister -> actors.actor_id.",
        metadata=references("actors.actor_id"),
    )
    name: Series[String] = pa.Field(description="The minister's canonical name.")
    portfolio: Series[String] = pa.Field(description="Portfolio as the front matter writes it.")
    first_seen: Series[Date] = pa.Field(description="First release under this portfolio.")
    last_seen: Series[Date] = pa.Field(description="Latest release under this portfolio.")
    release_count: Series[Int] = pa.Field(ge=1, description="Releases under this portfolio.")

    class Config:
        description = (
            "Who announced under which portfolio, and when, from the front matter. A release "
            "with one minister assigns all its portfolios to them; with several, a portfolio "
            "goes to a minister only when the text names them with it ('Education Minister "
            "Nikki Kaye'), and is otherwise left out rather than guessed."
        )
        strict = True
        ordered = True
        unique = ["actor_id", "portfolio"]
