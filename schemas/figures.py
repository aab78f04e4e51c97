import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.extract.records import FigureKind
from schemas.types import LONG_TEXT, RELEASE_DATE, Bool, Date, Double, Int, String, references

KINDS = [k.value for k in FigureKind]


class Figures(pa.DataFrameModel):
    figure_id: Series[String] = pa.Field(
        unique=True,
        str_matches=r"^f-[0-9a-f]{16}$",
        description="Stable id: a hash of release_id, the surface and which occurrence of that "
        "surface it is.",
    )
    release_id: Series[String] = pa.Field(
        description="The release -> releases.release_id.",
        metadata=references("releases.release_id"),
    )
    published_date: Series[Date] = pa.Field(description=RELEASE_DATE)
    ordinal: Series[Int] = pa.Field(ge=0, description="Order of the figure in the release, from 0.")
    surface: Series[String] = pa.Field(
        str_length={"min_value": 1},
        description="The figure as written ('$101.1 million', '48 countries', '54 per cent').",
    )
    value: Series[Double] = pa.Field(
        lt=float("inf"),
        gt=float("-inf"),
        description="The number after scaling (101100000, 48, 54); the lower end of a range.",
    )
    kind: Series[String] = pa.Field(isin=KINDS, description="money, percent, count or measure.")
    unit: Series[String] = pa.Field(
        str_length={"min_value": 1},
        description="ISO 4217 currency for money ('NZD' when $ stands alone), 'percent', the "
        "counted noun in the singular for counts ('country', 'tech company'), the unit symbol "
        "for measures ('MW', 'ha').",
    )
    range_max: Series[Double] = pa.Field(
        nullable=True, description="Upper end of a range ('$5–10 million' -> 10000000)."
    )
    percentage_points: Series[Bool] = pa.Field(
        description="True when a percent figure is in percentage points, not per cent."
    )
    qualifier: Series[String] = pa.Field(
        nullable=True,
        description="Words that hedge the figure: 'more than', 'up to', 'around', 'at least'.",
    )
    period: Series[String] = pa.Field(
        nullable=True,
        description="The period the figure covers where the release states one ('over four "
        "years', 'a week', 'annually').",
    )
    sentence: Series[String] = pa.Field(
        description="The sentence the figure stands in; of a run-on one (a table, a list "
        "without stops) at most 1,000 characters around the figure, '…' marking the cuts.",
        metadata=LONG_TEXT,
    )
    char_start: Series[Int] = pa.Field(ge=0, description="Offset of the surface in releases.body.")
    char_end: Series[Int] = pa.Field(ge=1, description="Offset just past the surface.")
    quote_id: Series[String] = pa.Field(
        nullable=True,
        description="The quotation the figure is in -> quotes.quote_id; null in narrative.",
        metadata=references("quotes.quote_id"),
    )

    @pa.dataframe_check
    @classmethod
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_end"] > df["char_start"]

    class Config:
        description = "One row per quantitative figure claimed in a release."
        strict = True
        ordered = True
        unique = ["release_id", "ordinal"]
