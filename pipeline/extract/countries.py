"""Countries by name or common short form, as ISO 3166 alpha-2 codes (pycountry plus the
aliases in data/country_aliases.csv)."""

from dataclasses import dataclass
from functools import cache

import pycountry

from pipeline.extract.lexicons import WordFinder, table


@cache
def _alias_spellings() -> dict[str, str]:
    """Alias as written -> alpha-2 code, or '-' for a name that is not a country."""
    return {row["alias"]: row["alpha_2"] for row in table("country_aliases")}


@cache
def _aliases() -> dict[str, str]:
    return {alias.casefold(): code for alias, code in _alias_spellings().items()}


@cache
def country_code(name: str) -> str | None:
    """'France' -> 'FR', 'the United States' -> 'US', 'UK' -> 'GB'; None for anything else."""
    key = name.strip()
    if key.lower().startswith("the "):
        key = key[4:]
    if key.casefold() in _aliases():
        code = _aliases()[key.casefold()]
        return None if code == "-" else code
    if len(key) < 4:  # bare two- and three-letter codes are acronyms in prose, not countries
        return None
    return _pycountry_index().get(key.lower())


@cache
def _pycountry_index() -> dict[str, str]:
    """What pycountry.countries.lookup matches (any field, case-insensitively, fields in its
    order) -> alpha-2, as one dict: lookup scans every country on a miss, and most capitalised
    names in a release are misses."""
    countries = pycountry.countries
    countries.lookup("NZ")  # pycountry loads its database and indices on first use
    index: dict[str, str] = {}
    for field in countries.indices:
        for value, country in countries.indices[field].items():
            index.setdefault(value, country.alpha_2)
    return index


@cache
def country_name(code: str) -> str:
    """The common English name of a country: 'KR' -> 'South Korea', 'NZ' -> 'New Zealand'."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise KeyError(f"no country has the code {code!r}")
    return str(getattr(country, "common_name", None) or country.name)


@cache
def _country_finder() -> WordFinder:
    names = set(_alias_spellings())
    for country in pycountry.countries:
        names.update(n for n in (country.name, getattr(country, "common_name", None)) if n)
    names -= {alias for alias, code in _alias_spellings().items() if code == "-"}
    return WordFinder.of(names, before=r"(?<![\w\-])(?=[A-Z])", after=r"(?![\w\-$])")


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str  # ISO 3166 alpha-2
    surface: str


def find_countries(body: str) -> list[CountryMention]:
    """Every country named in the body, case-sensitively."""
    found = []
    for match in _country_finder().finditer(body):
        code = country_code(match[1])
        if code:
            found.append(CountryMention(match.start(1), match.end(1), code, match[1]))
    return found
