"""Canonical person names: one function decides a person's canonical name, so that a minister
in the front matter, a quote speaker and a person named in the text end up as one actor."""

import re
from functools import cache, lru_cache

from nameparser import HumanName
from nameparser.config import Constants

from pipeline.extract.lexicons import entry_words, lower_word_set, words
from pipeline.extract.text import SPACE_RUN


@lru_cache(maxsize=4096)
def is_a_name_form(text: str) -> bool:
    """'Rt Hon Jacinda Ardern', 'Georgina te Heuheu', 'Hon 习近平': words that start with a
    capital (or a letter of a script without case) and particles, as a person's name is
    written; not the link texts and addresses the front matter's ministers hold now and then
    ('Download as PDF file', 'www.executive.govt.nz/minister/king/', 'Mururoa')."""
    tokens = text.split()
    particles = lower_word_set("name_particles")
    return 2 <= len(tokens) <= 6 and all(_is_a_name_word(t) or t in particles for t in tokens)


def _is_a_name_word(token: str) -> bool:
    return (
        token[0].isalpha()
        and not token[0].islower()
        and all(c.isalpha() or c in "’'.-" for c in token)
    )


@cache
def name_constants() -> Constants:
    """nameparser's vocabulary, with the honorifics and post-nominals of data/."""
    constants = Constants()
    honorifics = {w.lower() for w in entry_words("honorifics")}
    constants.titles.add(*honorifics, *(f"{w}." for w in honorifics))
    constants.suffix_acronyms.add(*(w.lower() for w in words("post_nominals")))
    return constants


@lru_cache(maxsize=65536)
def canonical_person_name(raw: str) -> str:
    """'Rt Hon Jacinda Ardern' -> 'Jacinda Ardern': honorifics and post-nominals removed.

    The name's own spelling (case, macrons, apostrophes) is kept as written.
    """
    text = SPACE_RUN.sub(" ", raw).strip().strip(",")
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


@cache
def _name_words() -> frozenset[str]:
    """Words nameparser treats specially (titles, post-nominals, particles, conjunctions)."""
    constants = name_constants()
    return frozenset(
        word.lower()
        for words_ in (
            constants.titles,
            constants.suffix_acronyms,
            constants.suffix_not_acronyms,
            constants.prefixes,
            constants.conjunctions,
        )
        for word in words_
    )


@lru_cache(maxsize=65536)
def name_parts(text: str) -> tuple[str, str, str]:
    """(first, middle, last) as nameparser reads the name. A plain name — one to four
    capitalised words, none of them a title, post-nominal, particle or conjunction, as most
    are — is split directly: nameparser would read it the same way (a property test checks)
    but costs ~0.1 ms a name, which on an archive with thousands of distinct names adds up."""
    words_ = text.split(" ")
    if len(words_) <= 4 and all(
        _PLAIN_WORD.fullmatch(w) and w.lower() not in _name_words() for w in words_
    ):
        return words_[0], " ".join(words_[1:-1]), words_[-1] if len(words_) > 1 else ""
    parsed = HumanName(text, constants=name_constants())
    return parsed.first, parsed.middle, parsed.last
