"""Text rules shared by every extractor: paragraphs, sentences, capitalised runs, possessives.

A release body (`releases.body`) has paragraphs separated by exactly one blank line; lines
within a paragraph (old releases) by a single newline.
"""

import re
from collections.abc import Iterable

UPPER = "A-ZĀĒĪŌŪÀ-ÖØ-Þ"  # capital letters, macronised vowels and Latin-1 accents included
CAPITALISED = rf"[{UPPER}][\w’'\-]*"  # a capitalised word: 'Ngāti', 'O’Connor', 'Smith-Jones'
SPACE_RUN = re.compile(r"\s+")

# Lower-case words that may join the capitalised words of one name.
NAME_CONNECTORS = ("of", "for", "the", "de", "van", "von", "der", "da", "di", "le", "la", "ki", "o")
ORGANISATION_CONNECTORS = ("of", "for", "the", "and", "&", "to", "on", "o", "ki", "a")


def capitalised_run(connectors: Iterable[str]) -> re.Pattern[str]:
    """Capitalised words, joined by spaces and the given lower-case connectors
    ('Minister for Courts', 'Ngāti Kahungunu ki Wairarapa')."""
    joined = "|".join(connectors)
    return re.compile(rf"{CAPITALISED}(?:\s+(?:(?:{joined})\s+)*{CAPITALISED})*")


POSSESSIVE = r"(?:’s|'s|’)"
_POSSESSIVE_END = re.compile(rf"{POSSESSIVE}$")


def strip_possessive(word: str) -> str:
    """'Ardern’s' -> 'Ardern', 'Countries’' -> 'Countries'."""
    return _POSSESSIVE_END.sub("", word)


def is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "’"))


# A sentence ends at . ! or ? (and a closing mark) before the capital, digit, opening mark or
# dollar sign that starts the next one, and at every line break.
SENTENCE_BREAK = re.compile(r"[.!?][”’\"]?\s+(?=[“‘\"$0-9A-Z])|\n")
_SENTENCE_OPENERS = '.!?:\n“"'  # what may stand just before a sentence's first word
_SKIPPED = " (‘"


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph."""
    spans, start = [], 0
    for gap in re.finditer(r"\n\s*\n", body):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(body)))
    return [(a, b) for a, b in spans if b > a]


def paragraph_start(body: str, position: int) -> int:
    """Where the paragraph holding `position` starts."""
    gap = body.rfind("\n\n", 0, position)
    return 0 if gap < 0 else gap + 2


def sentence_start(body: str, position: int, floor: int = 0) -> int:
    """Where the sentence holding `position` starts (not before `floor`, e.g. its
    paragraph's start)."""
    start = floor
    for end in SENTENCE_BREAK.finditer(body, floor):
        if end.end() > position:
            break
        start = end.end()
    return start


def sentence_around(body: str, start: int, end: int) -> str:
    """The sentence the span [start, end) stands in."""
    left = sentence_start(body, start, body.rfind("\n", 0, start) + 1)
    right = SENTENCE_BREAK.search(body, end)
    return body[left : right.start() + 1 if right else len(body)].strip()


def is_sentence_start(body: str, position: int) -> bool:
    """True when the word at `position` starts a sentence or a quotation, so that its capital
    says nothing ('Budget 2017 …', '“Budget …', '. (Budget …')."""
    i = position
    while i > 0 and body[i - 1] in _SKIPPED:
        i -= 1
    return i == 0 or body[i - 1] in _SENTENCE_OPENERS
