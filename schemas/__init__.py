"""The table contracts: the one description of every published table.

Validation (pandera), Parquet/Arrow types, DuckDB comments and the data dictionary are all
derived from the models registered in TABLES, in publication order.
"""

from schemas.quotes import Quotes
from schemas.rejects import Rejects
from schemas.releases import Releases

SCHEMA_VERSION = "1.1.0"

TABLES = {
    "releases": Releases,
    "quotes": Quotes,
    "rejects": Rejects,
}
