"""The table contracts: the one description of every published table.

Validation (pandera), Parquet/Arrow types, DuckDB comments and the data dictionary are all
derived from the models registered in TABLES, in publication order.
"""

from schemas.actor_candidates import ActorCandidates
from schemas.actor_redirects import ActorRedirects
from schemas.actors import Actors
from schemas.figures import Figures
from schemas.mentions import Mentions
from schemas.portfolio_holders import PortfolioHolders
from schemas.quotes import Quotes
from schemas.rejects import Rejects
from schemas.releases import Releases

SCHEMA_VERSION = "1.7.0"

TABLES = {
    "releases": Releases,
    "quotes": Quotes,
    "actors": Actors,
    "actor_redirects": ActorRedirects,
    "mentions": Mentions,
    "actor_candidates": ActorCandidates,
    "portfolio_holders": PortfolioHolders,
    "figures": Figures,
    "rejects": Rejects,
}
