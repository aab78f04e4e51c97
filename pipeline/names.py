"""Canonical person names and actor ids, shared by parsing, quotes and actors.

One function decides what a person's canonical name and id are, so that a minister in the
front matter, a quote speaker and a person named in the text end up as the same actor.
"""

import hashlib
import re
import unicodedata
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import Constants

_NAME_CONSTANTS = Constants()
_NAME_CONSTANTS.titles.add("rt", "rt.", "right", "honourable", "hon", "hon.", "mp", "minister")
_NAME_CONSTANTS.suffix_acronyms.add("kc", "qc", "mp", "mnzm", "onzm", "cnzm", "knzm", "dnzm")

_APOSTROPHES = re.compile(r"[’'`]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def canonical_person_name(raw: str) -> str:
    """'Rt Hon Jacinda Ardern' -> 'Jacinda Ardern': honorifics and post-nominals removed.

    The name's own spelling (case, macrons, apostrophes) is kept as written.
    """
    text = _SPACES.sub(" ", raw).strip().strip(",")
    if not text:
        return ""
    parts = [p for p in name_parts(text) if p]
    return " ".join(parts) if parts else text


@lru_cache(maxsize=65536)
def first_and_last(name: str) -> tuple[str, str]:
    """('Te Ururoa', 'Flavell') style split of a canonical name into given and family name."""
    first, middle, last = name_parts(name)
    return " ".join(p for p in (first, middle) if p), last or first


_PLAIN_WORD = re.compile(r"[A-ZĀĒĪŌŪ][A-Za-zĀĒĪŌŪāēīōū’'\-]*")
_NAME_WORDS = frozenset(
    word.lower()
    for words in (
        _NAME_CONSTANTS.titles,
        _NAME_CONSTANTS.suffix_acronyms,
        _NAME_CONSTANTS.suffix_not_acronyms,
        _NAME_CONSTANTS.prefixes,
        _NAME_CONSTANTS.conjunctions,
    )
    for word in words
)


@lru_cache(maxsize=65536)
def name_parts(text: str) -> tuple[str, str, str]:
    """(first, middle, last) as nameparser reads the name. A plain name — one to four
    capitalised words, none of them a title, post-nominal, particle or conjunction, as most
    are — is split directly: nameparser would read it the same way (a property test checks)
    but costs ~0.1 ms a name, which on an archive with thousands of distinct names adds up."""
    words = text.split(" ")
    if len(words) <= 4 and all(
        _PLAIN_WORD.fullmatch(w) and w.lower() not in _NAME_WORDS for w in words
    ):
        return words[0], " ".join(words[1:-1]), words[-1] if len(words) > 1 else ""
    parsed = HumanName(text, constants=_NAME_CONSTANTS)
    return parsed.first, parsed.middle, parsed.last


@lru_cache(maxsize=262144)
def slugify(text: str) -> str:
    """ASCII, lower case, hyphen separated: 'Damien O’Connor' -> 'damien-oconnor'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", _APOSTROPHES.sub("", folded).lower()).strip("-")


def person_actor_id(name: str) -> str:
    """The actor id of a person, from any form of their full name."""
    return f"person:{slugify(canonical_person_name(name))}"


def stable_id(prefix: str, release_id: str, text: str, occurrence: int) -> str:
    """An id that stays the same while the same words stand in the same release (the n-th
    occurrence of identical words gets its own), across runs and versions."""
    digest = hashlib.sha256(f"{release_id}\0{text}\0{occurrence}".encode()).hexdigest()
    return f"{prefix}-{digest[:16]}"
