"""Arrow-backed column types shared by every table contract.

Each alias names both the pandas dtype pandera validates and the Arrow type written to
Parquet and DuckDB, so the three cannot disagree.
"""

from typing import Annotated

import pandas as pd
import pyarrow as pa

String = Annotated[pd.ArrowDtype, pa.string()]
Int = Annotated[pd.ArrowDtype, pa.int64()]
Double = Annotated[pd.ArrowDtype, pa.float64()]
Bool = Annotated[pd.ArrowDtype, pa.bool_()]
Date = Annotated[pd.ArrowDtype, pa.date32()]
StringList = Annotated[pd.ArrowDtype, pa.list_(pa.string())]
SpanList = Annotated[
    pd.ArrowDtype,
    pa.list_(
        pa.struct([("char_start", pa.int64()), ("char_end", pa.int64()), ("surface", pa.string())])
    ),
]


def references(key: str) -> dict[str, str]:
    """Field metadata for a foreign key: every value of the column is a value of `key`
    ("<table>.<column>", the primary key of another table)."""
    return {"references": key}


# The description of the published_date column that tables of a release's rows repeat.
RELEASE_DATE = (
    "The release's published_date, repeated so that a date filter needs no join: rows are "
    "published in date order, so a reader over HTTP fetches only the row groups of the dates "
    "it asks for."
)

# Field metadata for prose columns (a release body, a quotation, a sentence): stored with zstd
# in dataset.duckdb, which on long text is both smaller and faster to write than DuckDB's
# default string compression.
LONG_TEXT = {"long_text": True}
