"""Text rules shared by every extractor: paragraphs, sentences, capitalised runs, possessives.

A release body (`releases.body`) has paragraphs separated by exactly one blank line; lines
within a paragraph (old releases) by a single newline: a list's items, an address's lines, or
the lines of a hard-wrapped text (`unwrapped`).
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cached_property
from itertools import pairwise

from pipeline.extract.lexicons import word_set

UPPER = "A-ZĀĒĪŌŪÀ-ÖØ-Þ"  # capital letters, macronised vowels and Latin-1 accents included
CAPITALISED = rf"[{UPPER}][\w’'\-]*"  # a capitalised word: 'Ngāti', 'O’Connor', 'Smith-Jones'
SPACE_RUN = re.compile(r"\s+")

# Lower-case words that may join the capitalised words of one name.
NAME_CONNECTORS = (
    *("of", "for", "the", "de", "van", "von", "der", "da", "di", "le", "la", "ki", "o"),
    *("bin", "binti", "bint", "ibn"),  # "son of", "daughter of": 'Mustapa bin Mohamed'
)
ORGANISATION_CONNECTORS = ("of", "for", "the", "and", "&", "to", "on", "o", "ki", "a", "ā")


SPACE = r"[^\S\n]"  # white space within a line

# A word written with te reo Māori's letters and syllables only (every one ends in a vowel)
_TE_REO_SYLLABLE = r"(?:[hkmnprtw]|ng|wh)?[aeiouāēīōū]"
TE_REO_WORD = (
    rf"(?:(?:[HKMNPRTW]|Ng|Wh)[aeiouāēīōū]|[AEIOUĀĒĪŌŪ]|{_TE_REO_SYLLABLE})(?:{_TE_REO_SYLLABLE})*"
)
_TE_REO_WORD = re.compile(TE_REO_WORD)


def is_te_reo_word(word: str) -> bool:
    """'Waikari', 'Aranui', 'Whangārei': a word of te reo's letters and syllables only."""
    return _TE_REO_WORD.fullmatch(word) is not None


_OLD_LONG_VOWELS = "âäêëîïôöûüÂÄÊËÎÏÔÖÛÜ"
_AS_MACRONS = str.maketrans(_OLD_LONG_VOWELS, "āāēēīīōōūūĀĀĒĒĪĪŌŌŪŪ")
_OLD_LONG_VOWEL = re.compile(rf"[{_OLD_LONG_VOWELS}]")
_WORD_WITH_AN_OLD_LONG_VOWEL = re.compile(rf"\w*[{_OLD_LONG_VOWELS}]\w*")


def with_macrons(text: str) -> str:
    """'Mâori Language Commission' -> 'Māori Language Commission': releases of the 1990s and
    2000s wrote te reo's long vowels with a circumflex or a diaeresis ('Mâori' in 492 releases,
    'Ngä', 'Kaihautü'), today's with a macron. Only te reo words change ('Göteborg' and
    'Malmström' stay)."""
    if not _OLD_LONG_VOWEL.search(text):
        return text  # every organisation's name comes here: the common case costs one search
    return _WORD_WITH_AN_OLD_LONG_VOWEL.sub(
        lambda m: w if is_te_reo_word(w := m.group().translate(_AS_MACRONS)) else m.group(), text
    )


# Syllables of the Polynesian languages New Zealand releases write names in (te reo Māori,
# Samoan, Tongan, Cook Islands Māori): a consonant or none, then a vowel
_POLYNESIAN_WORD = re.compile(r"(?:(?:[fghklmnprstvw]|ng|wh)?[aeiouāēīōū])+", re.IGNORECASE)


def is_polynesian_word(word: str) -> bool:
    """'Vainetutai', 'Luamanuvao', 'Peseta', 'Waikari': a word of Polynesian syllables only."""
    return _POLYNESIAN_WORD.fullmatch(word) is not None


def capitalised_run(connectors: Iterable[str]) -> re.Pattern[str]:
    """Capitalised words, joined by spaces and the given lower-case connectors
    ('Minister for Courts', 'Ngāti Kahungunu ki Wairarapa'), within one line: a name never
    runs on into the next line or paragraph."""
    joined = "|".join(connectors)
    return re.compile(rf"{CAPITALISED}(?:{SPACE}+(?:(?:{joined}){SPACE}+)*{CAPITALISED})*")


# A capital inside a word: 'KiwiSaver' (a name's spelling) or 'AucklandHowick' (a lost space).
_INNER_CAPITAL = re.compile(rf"[a-zāēīōū]{{2}}[{UPPER}][a-zāēīōū]")
_NAME_PREFIXES = ("Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von")


def has_lost_space(text: str) -> bool:
    """Whether any word of a phrase is two words run together (see `lost_space`)."""
    return (_INNER_CAPITAL.search(text) is not None and any(map(lost_space, text.split()))) or (
        _SHOUTED_PLACE_FIRST.search(text) is not None and any(map(_after_a_place, text.split()))
    )


# A place in capitals run into the next word, as programmes and schedules print a venue's town
# before it ('HAMILTONCelebrating Age Centre', 'DUNEDINOctagon')
_SHOUTED_PLACE_FIRST = re.compile(rf"[{UPPER}]{{4}}[{UPPER}][a-zāēīōū]")


def _after_a_place(word: str) -> bool:
    caps = re.match(rf"[{UPPER}]+(?=[{UPPER}][a-zāēīōū])", word)
    return caps is not None and caps.group().title() in word_set("nz_places")


def lost_space(word: str) -> bool:
    """Two words run together where a page conversion lost the space or the table cell
    between them ('AucklandHowick', 'MinisterTrevor'), as opposed to a name spelled with a
    capital inside ('WorkSafe', 'McKenzie', 'MacDonald'): the names the releases use are
    listed (data/camel_case_names.txt)."""
    if not _INNER_CAPITAL.search(word):
        return False
    bare = strip_possessive(word).strip(".,;:")
    prefix = next((p for p in _NAME_PREFIXES if bare.startswith(p)), None)
    if prefix and not _INNER_CAPITAL.search(bare, len(prefix) + 1):
        return False
    return bare not in word_set("camel_case_names")


POSSESSIVE = r"(?:’s|'s|’)"
# What a possessive before names a trophy ('the America’s Cup', 'America’s Cup Village Ltd'):
# the possessor is then part of the trophy's name, neither a country nor a body
TROPHY_WORDS = ("Cup", "Trophy", "Shield")
# A company's country of registration, in brackets before its legal form: 'Segard Masurel (NZ)
# Ltd', 'Plant Research (NZ) Limited' (139 times in the archive): part of the company's name
COUNTRY_OF_A_COMPANY = (
    r"\((?:NZ|New Zealand|Aotearoa|Aust|Australia)\)"
    r"(?=[^\S\n]+(?:Ltd|Limited|Inc|Incorporated|Pty)\b)"
)
# A name made an adjective ('Clark-led', 'Young-designed', 'Muldoon-era', 'Thames-based'),
# unlike the lower-case syllables of Korean names ('Ban Ki-moon', 'Moon Jae-in')
MADE_AN_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|run|born|era|style|like|type)$")
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


_PARAGRAPH_GAP = re.compile(r"\n\s*\n")
_LIST_LINE = re.compile(r"\s*(?:[-*+#|>•·]|\d+[.)]\s)")  # an item, heading, table row, quote


def unwrapped(body: str) -> str:
    """The body with each line break of a hard-wrapped text made a space, so that a name the
    wrap cut ('Ministry of Economic  \\nDevelopment') reads whole; same length, so offsets
    hold. Some 700 releases of 1996-2010 were wrapped at a fixed width. A break is a wrap when
    the next line's first word would not have fitted on the line, the width being that of the
    longest line whose next line goes on with a lower-case word (at least two such lines: a
    sentence broken mid-way). A list's or an address's shorter lines stay lines."""
    breaks = []  # (position of the newline, length of the line before, next line's first word)
    position = 0
    lines = body.split("\n")
    for line, following in pairwise(lines):
        end = position + len(line)
        position = end + 1
        if (
            line.strip()
            and following.strip()
            and not (_LIST_LINE.match(line) or _LIST_LINE.match(following))
        ):
            breaks.append((end, len(line.rstrip()), following.split()[0]))
    wrapped = [length for _, length, first in breaks if first[:1].islower()]
    if len(wrapped) < 2:
        return body
    width = max(wrapped)
    text = list(body)
    for end, length, first in breaks:
        if length <= width < length + 1 + len(first):
            text[end] = " "
    return "".join(text)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph."""
    spans, start = [], 0
    for gap in _PARAGRAPH_GAP.finditer(body):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(body)))
    return [(a, b) for a, b in spans if b > a]


class TextIndex:
    """Where the paragraphs, lines and sentences of one body start. Each is found once, when
    first needed (the sentence breaks of a paragraph or line when a position in it is first
    asked about), so finding the sentence of any position costs a binary search, however
    many positions are asked, and a body with no quotation or figure costs nothing."""

    MAX_CONTEXT = 1000  # characters of a sentence given as context; a longer one is cut

    def __init__(self, body: str):
        self.body = body
        self._breaks: dict[int, tuple[list[int], list[int]]] = {}  # block start -> breaks

    @cached_property
    def _paragraphs(self) -> list[int]:
        return [gap.end() for gap in re.finditer("\n\n", self.body)]

    @cached_property
    def _lines(self) -> list[int]:
        return [newline.end() for newline in re.finditer("\n", self.body)]

    def paragraph_start(self, position: int) -> int:
        """Where the paragraph holding `position` starts."""
        return _last_at_or_before(self._paragraphs, position)

    def line_start(self, position: int) -> int:
        return _last_at_or_before(self._lines, position)

    def sentence_start(self, position: int, floor: int = 0) -> int:
        """Where the sentence holding `position` starts, not before `floor` (nor before its
        line: a line break ends a sentence)."""
        floor = max(floor, self.line_start(position))
        ends = self._sentence_breaks(floor)[1]
        i = bisect_right(ends, position) - 1
        return max(floor, ends[i]) if i >= 0 else floor

    def sentence_around(self, start: int, end: int) -> str:
        """The sentence the span [start, end) stands in; of a run-on 'sentence' (a table, a
        list without stops) at most MAX_CONTEXT characters around the span, cut at spaces,
        with '…' where it was cut."""
        floor = self.line_start(start)
        left = self.sentence_start(start)
        starts = self._sentence_breaks(floor)[0]
        k = bisect_left(starts, end)
        right = starts[k] + 1 if k < len(starts) else len(self.body)
        if right - left <= self.MAX_CONTEXT:
            return self.body[left:right].strip()
        margin = max(0, (self.MAX_CONTEXT - (end - start)) // 2)
        cut_left = max(left, start - margin)
        cut_right = min(right, end + margin)
        if cut_left > left:  # at a space, so no word is cut in two
            space = self.body.find(" ", cut_left, start)
            cut_left = space + 1 if space >= 0 else cut_left
        if cut_right < right:
            space = self.body.rfind(" ", end, cut_right)
            cut_right = space if space >= 0 else cut_right
        text = self.body[cut_left:cut_right].strip()
        return ("…" if cut_left > left else "") + text + ("…" if cut_right < right else "")

    def _sentence_breaks(self, floor: int) -> tuple[list[int], list[int]]:
        """(starts, ends) of the sentence breaks from `floor` to the first line break after
        it, which is a break itself: no sentence goes on past it. (The search sees the next
        line's first character too, which a break's look-ahead needs.)"""
        if floor not in self._breaks:
            stop = self.body.find("\n", floor)
            if stop < 0:
                stop = len(self.body)
            while stop < len(self.body) and self.body[stop].isspace():
                stop += 1
            stop = min(len(self.body), stop + 1)
            found = list(SENTENCE_BREAK.finditer(self.body, floor, stop))
            self._breaks[floor] = ([m.start() for m in found], [m.end() for m in found])
        return self._breaks[floor]


def _last_at_or_before(positions: list[int], position: int) -> int:
    index = bisect_right(positions, position) - 1
    return positions[index] if index >= 0 else 0


def is_sentence_start(body: str, position: int) -> bool:
    """True when the word at `position` starts a sentence or a quotation, so that its capital
    says nothing ('Budget 2017 …', '“Budget …', '. (Budget …')."""
    i = position
    while i > 0 and body[i - 1] in _SKIPPED:
        i -= 1
    return i == 0 or body[i - 1] in _SENTENCE_OPENERS


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one typing slip apart: a letter changed, added, dropped,
    or two letters next to each other swapped ('Afairs', 'Cater', 'Hipklns', 'Hogdson')."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(differ) == 1 or (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and (a[differ[0]], a[differ[1]]) == (b[differ[1]], b[differ[0]])
        )
    shorter, longer = sorted((a, b), key=len)
    return shorter in without_one_letter(longer)


def without_one_letter(word: str) -> set[str]:
    """The word and every word one letter shorter: two words one slip apart share one."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
