"""Countries by name or common short form, as ISO 3166 alpha-2 codes (pycountry plus the
aliases in data/country_aliases.csv, which give states that no longer exist their withdrawn
codes); only sovereign states, not the territories ISO 3166 also lists (data/territories.csv)."""

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from pipeline.extract.lexicons import WordFinder, lower_word_set, table, words
from pipeline.extract.text import COUNTRY_OF_A_COMPANY, TROPHY_WORDS, is_sentence_start


@cache
def _alias_spellings() -> dict[str, str]:
    """Alias as written -> alpha-2 code, or '-' for a name that is not a country."""
    return {row["alias"]: row["alpha_2"] for row in table("country_aliases")}


@cache
def _aliases() -> dict[str, str]:
    return {alias.casefold(): code for alias, code in _alias_spellings().items()}


@cache
def _territories() -> frozenset[str]:
    return frozenset(row["alpha_2"] for row in table("territories"))


@cache
def is_territory_name(name: str) -> bool:
    """'Hong Kong', 'Tokelau': a place ISO 3166 lists beside the states."""
    key = name.strip()
    code = _aliases().get(key.casefold()) or _pycountry_index().get(key.lower())
    return code in _territories()


@cache
def country_code(name: str) -> str | None:
    """'France' -> 'FR', 'the United States' -> 'US', 'UK' -> 'GB', 'People’s Republic of China'
    (a typographic apostrophe) -> 'CN'; None for anything else."""
    key = name.strip().replace("’", "'")
    if key.lower().startswith("the "):
        key = key[4:]
    if key.casefold() in _aliases():
        code = _aliases()[key.casefold()]
    elif len(key) < 4:  # bare two- and three-letter codes are acronyms in prose, not countries
        return None
    else:
        code = _pycountry_index().get(key.lower(), "-")
    return None if code == "-" or code in _territories() else code


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
    if code in _common_names():
        return _common_names()[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise KeyError(f"no country has the code {code!r}")
    return str(getattr(country, "common_name", None) or country.name)


@cache
def _common_names() -> dict[str, str]:
    return {row["alpha_2"]: row["name"] for row in table("country_names")}


def is_former_state(code: str) -> bool:
    """'SU', 'YU': a code ISO 3166 has withdrawn, of a state that no longer exists."""
    return pycountry.countries.get(alpha_2=code) is None


@cache
def _country_finder() -> WordFinder:
    names = {alias for alias, code in _alias_spellings().items() if code != "-"}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if name := getattr(country, attribute, None):  # 'People's Republic of China'
                names.update({name, name.replace("'", "’")})
    names = {name for name in names if country_code(name) is not None}
    return WordFinder.of(names, before=r"(?<![\w\-])(?=[A-Z])", after=r"(?![\w\-$])")


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str  # ISO 3166 alpha-2
    surface: str


def find_countries(body: str) -> list[CountryMention]:
    """Every country named in the body, case-sensitively; not a country's name inside a longer
    name ('New Zealand Police', 'Board of Health New Zealand', 'United States Air Force'), but
    'Aotearoa New Zealand' is New Zealand; nor a state that no longer exists after 'former'
    ('the former Soviet Union': the region of its successors); nor a currency ('the US dollar',
    '$NZ 200,000', 'NZ$3 million'), a company's ('Plant Research (NZ) Limited'), a trophy
    ('the America’s Cup') or the veterans of a war fought there ('Viet Nam veterans'; 'New
    Zealand veterans' are the country's)."""
    found = []
    for match in _country_finder().finditer(body):
        code = country_code(match[1])
        if (
            code
            and not _inside_a_longer_name(body, match.start(1), match.end(1))
            and not _CURRENCY_AFTER.match(body, match.end(1))
            and not body.endswith("$", 0, match.start(1))  # '$NZ 200,000': a currency
            and not _OF_A_COMPANY.match(body, match.start(1) - 1)  # 'Plant Research (NZ) Ltd'
            and not _TROPHY_AFTER.match(body, match.end(1))
            and not (code != "NZ" and _VETERANS_AFTER.match(body, match.end(1)))
            and not (
                is_former_state(code)
                and _FORMER.search(body, max(0, match.start(1) - 40), match.start(1))
            )
        ):
            found.append(CountryMention(match.start(1), match.end(1), code, match[1]))
    return found


_CURRENCY_AFTER = re.compile(r" (?:dollars?|cents?)\b|\$")  # 'the US dollar', 'NZ$3 million'
_FORMER = re.compile(r"\b[Ff]ormer (?:[Rr]epublic of )?$")
_VETERANS_AFTER = re.compile(r" (?:veterans?|vets)\b")
_OF_A_COMPANY = re.compile(COUNTRY_OF_A_COMPANY)
_TROPHY_AFTER = re.compile(rf"(?:’s|'s) (?:{'|'.join(TROPHY_WORDS)})\b")  # 188 releases
_WORD_AFTER = re.compile(r" ([A-ZĀĒĪŌŪ][\w’'\-]*)")
# te reo 'o' ('of') joins a name too: 'Reo Irirangi o Aotearoa'; 'of' and 'for' after the head
# of a name ('Victoria Cross for New Zealand', 'Institute of New Zealand'), but not after a
# person ('President Sarkozy of France')
_WORD_BEFORE = re.compile(r"([A-ZĀĒĪŌŪ][\w’'\-]*) (?:o |(?P<of>of |for ))?$")


def _inside_a_longer_name(body: str, start: int, end: int) -> bool:
    """A capitalised word right after the name (not a role: 'New Zealand Prime Minister'), or
    right before it or before 'of', 'for' or te reo 'o' (not a role: 'Prime Minister of New
    Zealand', not a sentence's first word, nor 'Aotearoa')."""
    after = _WORD_AFTER.match(body, end)
    if after and after[1] not in _still_the_country():
        return True
    before = _WORD_BEFORE.search(body, max(0, start - 40), start)
    return bool(
        before
        and before[1] not in _still_the_country()
        and not is_sentence_start(body, before.start())
        and (not before["of"] or _is_a_head(before[1]))
    )


def _is_a_head(word: str) -> bool:
    """An organisation's or a non-actor's head word, or its plural ('Trusts'), or a sea's
    ('the Gulf of Mexico', 'the Sea of Japan': named for the country, not the country)."""
    lower = word.lower()
    return lower in _head_words() or lower.removesuffix("s") in _head_words() or word in _WATERS


_WATERS = frozenset({"Gulf", "Sea", "Bay", "Strait", "Straits"})


@cache
def _head_words() -> frozenset[str]:
    return lower_word_set("organisation_words") | lower_word_set("non_actor_words")


@cache
def _still_the_country() -> frozenset[str]:
    """Capitalised words beside a country's name that leave it the country: roles ('New Zealand
    Prime Minister'), a sentence's own first words ('In New Zealand'), 'Government',
    'Aotearoa' ('Aotearoa New Zealand')."""
    return frozenset(
        {*words("roles"), *words("leading_words"), "The", "Government", "Aotearoa", *_STATE_FORMS}
    )


# 'People's Republic of China', 'Kingdom of Tonga', 'Realm of New Zealand': the country itself
_STATE_FORMS = frozenset(
    {"Republic", "Kingdom", "Commonwealth", "Federation", "Sultanate", "Realm", "Principality"}
    | {"Confederation", "Union", "State", "Islands", "People", "Queen"}
)
