"""Countries by name or common short form, as ISO 3166 alpha-2 codes (pycountry plus the
aliases in pipeline/data/country_aliases.csv)."""

import csv
from functools import cache
from importlib.resources import files

import pycountry


@cache
def _aliases() -> dict[str, str]:
    text = files("pipeline").joinpath("data", "country_aliases.csv").read_text(encoding="utf-8")
    return {row["alias"].casefold(): row["alpha_2"] for row in csv.DictReader(text.splitlines())}


@cache
def country_code(name: str) -> str | None:
    """'France' -> 'FR', 'the United States' -> 'US', 'UK' -> 'GB'; None for anything else."""
    key = name.strip()
    if key.lower().startswith("the "):
        key = key[4:]
    if key.casefold() in _aliases():
        return _aliases()[key.casefold()]
    if len(key) < 4:  # bare two- and three-letter codes are acronyms in prose, not countries
        return None
    try:
        return pycountry.countries.lookup(key).alpha_2
    except LookupError:
        return None


@cache
def country_name(code: str) -> str:
    """The common English name of a country: 'KR' -> 'South Korea', 'NZ' -> 'New Zealand'."""
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name
