"""Ids: actor ids (`person:<slug>`, `org:<slug>`, `country:<ISO 3166 alpha-2>`, withdrawn for
a former state) and the stable ids of quotes and figures."""

import hashlib
import re
import unicodedata
from functools import lru_cache

from pipeline.extract.names import canonical_person_name

_APOSTROPHES = re.compile(r"[’'`]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=262144)
def slugify(text: str) -> str:
    """ASCII, lower case, hyphen separated: 'Damien O’Connor' -> 'damien-oconnor'. A name
    with no Latin letter or digit ('习近平') gets 'u-' and a hash of it: never empty."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", _APOSTROPHES.sub("", folded).lower()).strip("-")
    return slug or f"u-{hashlib.sha256(text.encode()).hexdigest()[:12]}"


def person_actor_id(name: str) -> str:
    """The actor id of a person, from any form of their full name."""
    return f"person:{slugify(canonical_person_name(name))}"


# Spellings of one organisation's name that differ only in form, made one key so that each
# variant gets the same id wherever it stands, without knowing the rest of the archive.
_ORGANISATION_SPELLINGS = (
    (re.compile(r"^[Tt]he\s+"), ""),  # 'The Treasury'
    (re.compile(r"\bNZ\b"), "New Zealand"),
    (re.compile(r"\b(?:US|U\.S\.)(?=[\s-])"), "United States"),  # 'US Navy', 'US-NZ Council'
    (re.compile(r"\bUK\b"), "United Kingdom"),
    (re.compile(r"\bPNG\b"), "Papua New Guinea"),
    (re.compile(r"(?<=[a-z])iz(?=(?:ation|ations|e|ed|es|ing)\b)"), "is"),  # 'Organization'
    (re.compile(r"\bMinistry for\b"), "Ministry of"),
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"\bLtd\b\.?"), "Limited"),
    (re.compile(r"\bInc\b\.?"), "Incorporated"),
    (re.compile(r"(?<=[A-Za-z])-(?=[a-z])"), ""),  # 'Co-operation'
    (re.compile(r"\bMt\b\.?"), "Mount"),  # 'Mt Albert Grammar School'
)


@lru_cache(maxsize=65536)
def organisation_key(name: str) -> str:
    """'NZ Transport Agency' and 'New Zealand Transport Agency', 'US Navy' and 'United States
    Navy', 'World Trade Organization' and 'World Trade Organisation', 'Ministry for Primary
    Industries' and 'Ministry of …', 'Mt Albert Grammar School' and 'Mount Albert Grammar
    School' -> one key."""
    for pattern, replacement in _ORGANISATION_SPELLINGS:
        name = pattern.sub(replacement, name)
    return slugify(name)


def org_actor_id(name: str) -> str:
    return f"org:{organisation_key(name)}"


def country_actor_id(code: str) -> str:
    return f"country:{code}"


class StableIds:
    """Ids of the quotes (or figures) of one release that stay the same while the same words
    stand in the release, across runs and versions: a hash of the release, the words and
    which occurrence of those words it is (the n-th identical quotation gets its own)."""

    def __init__(self, prefix: str, release_id: str):
        self.prefix, self.release_id = prefix, release_id
        self._seen: dict[str, int] = {}

    def next(self, text: str) -> str:
        occurrence = self._seen[text] = self._seen.get(text, -1) + 1
        key = f"{self.release_id}\0{text}\0{occurrence}".encode()
        return f"{self.prefix}-{hashlib.sha256(key).hexdigest()[:16]}"
