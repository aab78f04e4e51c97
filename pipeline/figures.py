"""Quantitative figures in a release body: money, percentages, counts and measures.

Pure functions on plain data: `extract_figures(release, quotes)` returns `figures` rows with
offsets into the release body. Money, percentages and measures are found first by their
currency or unit; the remaining numbers are counts when a plural noun follows ("48
countries", "eight tech companies"). Numbers that are not figures are skipped: years and
dates, times, ordinals, numbers inside names (G7, COVID-19, Budget 2017, State Highway 1),
phone numbers, list numbering, and durations ("over three years", "an 18-month transition"),
which become the `period` of the figure they follow.
"""

import csv
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from pipeline.lexicons import lexicon, trie_pattern
from pipeline.names import stable_id


def _load_number_words() -> dict[str, int]:
    text = files("pipeline").joinpath("data", "number_words.csv").read_text(encoding="utf-8")
    return {row["word"]: int(row["value"]) for row in csv.DictReader(text.splitlines())}


WORD_VALUES = _load_number_words()  # the words of numbers are grammar, fixed at import
_UNIT_WORDS = [w for w, v in WORD_VALUES.items() if 0 < v < 20]
_TEN_WORDS = [w for w, v in WORD_VALUES.items() if v >= 20]
_DIGIT_WORDS = [w for w, v in WORD_VALUES.items() if 0 < v < 10]
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _both_cases(words: list[str]) -> list[str]:
    return [*words, *(w.capitalize() for w in words)]


_WORDS = (
    rf"{trie_pattern(_both_cases(_TEN_WORDS))}(?:[-\s]{trie_pattern(_DIGIT_WORDS)})?"
    rf"|{trie_pattern(_both_cases(_UNIT_WORDS))}|[Aa]\s+dozen|[Dd]ozen"
)
_SCALE_WORD = r"\s(?:thousand|million|billion|trillion)\b"
_SCALE_SHORT = r"(?:k|m|mn|bn|b)(?![A-Za-z])"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_QUALIFIERS = frozenset(
    [
        *("more than", "less than", "fewer than", "up to", "at least", "at most", "close to"),
        *("nearly", "almost", "around", "about", "approximately", "roughly", "some", "over"),
        *("under", "an extra", "an additional", "a further", "a total of", "a record"),
        *("just over", "just under", "well over", "in excess of"),
    ]
)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: float
    kind: str
    unit: str
    range_max: float | None = None
    percentage_points: bool = False


def extract_figures(release: Mapping, quotes: Iterable[Mapping] = ()) -> list[dict]:
    """`figures` rows for one release (release_id, body) and the quotations found in it."""
    body = release["body"]
    found = find_figures(body)
    spans = sorted((q["char_start"], q["char_end"], q["quote_id"]) for q in quotes)
    rows, occurrences = [], {}
    for figure in found:
        surface = body[figure.start : figure.end]
        n = occurrences[surface] = occurrences.get(surface, -1) + 1
        rows.append(
            {
                "figure_id": stable_id("f", release["release_id"], surface, n),
                "release_id": release["release_id"],
                "ordinal": len(rows),
                "surface": surface,
                "value": figure.value,
                "kind": figure.kind,
                "unit": figure.unit,
                "range_max": figure.range_max,
                "percentage_points": figure.percentage_points,
                "qualifier": _qualifier(body, figure.start),
                "period": _period(body, figure.end),
                "sentence": _sentence(body, figure.start, figure.end),
                "char_start": figure.start,
                "char_end": figure.end,
                "quote_id": _enclosing_quote(spans, figure.start),
            }
        )
    return rows


def find_figures(body: str) -> list[Figure]:
    """Every figure in the body, in order, none overlapping."""
    taken = bytearray(len(body) + 1)  # 1 where a figure, or a number that is none, stands
    for match in _not_figure_pattern().finditer(body):
        taken[match.start() : match.end()] = b"\1" * (match.end() - match.start())
    found: list[Figure] = []
    for finder in (_money, _percentages, _measures, _counts):
        for figure in finder(body, taken):
            if not any(taken[figure.start : figure.end]):
                found.append(figure)
                taken[figure.start : figure.end] = b"\1" * (figure.end - figure.start)
    return sorted(found, key=lambda f: f.start)


def parse_number(text: str) -> float:
    """'1,200' -> 1200, 'forty-two' -> 42, 'a dozen' -> 12."""
    text = text.strip().lower()
    if text[0].isdigit():
        return float(text.replace(",", ""))
    if text.endswith("dozen"):
        return 12.0
    parts = re.split(r"[-\s]+", text)
    return float(sum(WORD_VALUES[p] for p in parts))


# --- money, percentages, measures -------------------------------------------------------


@cache
def _currencies() -> dict[str, str]:
    text = files("pipeline").joinpath("data", "currencies.csv").read_text(encoding="utf-8")
    return {row["symbol"]: row["currency"] for row in csv.DictReader(text.splitlines())}


@cache
def _money_pattern() -> re.Pattern:
    symbols = "|".join(
        re.escape(s) + (r"\s?" if s.isalpha() else "")
        for s in sorted(_currencies(), key=len, reverse=True)
    )
    first = "".join(sorted({re.escape(s[0]) for s in _currencies()}))
    return re.compile(
        rf"(?=[{first}])(?<![\w$])(?P<cur>{symbols})(?P<n1>{_DIGITS})(?P<s1>{_SCALE_WORD}|{_SCALE_SHORT})?"
        rf"(?:\s?(?:-|–|—|to)\s?(?:{symbols})?(?P<n2>{_DIGITS})(?P<s2>{_SCALE_WORD}|{_SCALE_SHORT})?)?"
        rf"(?![\w%])"
    )


def _money(body: str, taken: bytearray) -> Iterable[Figure]:
    for m in _money_pattern().finditer(body):
        scale = _scale(m["s1"] or m["s2"])
        low = parse_number(m["n1"]) * (_scale(m["s1"]) if m["s1"] else scale)
        high = parse_number(m["n2"]) * scale if m["n2"] else None
        currency = _currencies()[m["cur"].strip()]
        yield Figure(m.start(), m.end(), low, "money", currency, high)


_PERCENT_MARK = re.compile(  # '%', ' %', ' per cent', ' percentage points'; a mark or
    # a space comes first, so the engine skips ahead to those characters
    r"[%\s](?:(?<=%)|(?<=\s)(?:%|(?:per\s?cent|percent)\b|(?P<pp>percentage\s+points?)\b))",
    re.I,
)
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,-])(?:{_DIGITS}|{_WORDS})$")


def _percentages(body: str, taken: bytearray) -> Iterable[Figure]:
    """Found from the mark back to its number, since marks are rarer than numbers."""
    for mark in _PERCENT_MARK.finditer(body):
        window_start = max(0, mark.start() - 40)
        number = _NUMBER_BEFORE.search(body, window_start, mark.start())
        if number:
            value = parse_number(number.group())
            yield Figure(
                number.start(), mark.end(), value, "percent", "percent", None, bool(mark["pp"])
            )


@cache
def _measure_units() -> dict[str, str]:
    text = files("pipeline").joinpath("data", "measure_units.csv").read_text(encoding="utf-8")
    return {row["surface"]: row["unit"] for row in csv.DictReader(text.splitlines())}


@cache
def _measure_pattern() -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted(_measure_units(), key=len, reverse=True))
    return re.compile(
        rf"(?=\d)(?<![\w.,$-])(?P<n>{_DIGITS})(?P<s>{_SCALE_WORD})?\s?(?P<u>{units})(?![\w²/])"
    )


def _measures(body: str, taken: bytearray) -> Iterable[Figure]:
    for m in _measure_pattern().finditer(body):
        value = parse_number(m["n"]) * (_scale(m["s"]) if m["s"] else 1)
        yield Figure(m.start(), m.end(), value, "measure", _measure_units()[m["u"]])


def _scale(text: str | None) -> float:
    return SCALES[text.strip().lower()] if text else 1.0


# --- counts -----------------------------------------------------------------------------

_NUMBER_START = "".join(
    sorted({c for w in [*WORD_VALUES, "a dozen"] for c in (w[0], w[0].upper())})
)
_COUNT = re.compile(
    rf"(?=[\d{_NUMBER_START}])\b(?<![.,$£€/-])(?P<n>{_DIGITS}|{_WORDS})(?P<s>{_SCALE_WORD})?(?![\w%/]|[.,]\d|-)"
)
_TOKEN = re.compile(r"\s+([A-Za-zÀ-ž][\w’'\-]*)")
_OF_THE = re.compile(rf"\s+of\s+the\s+(?P<n>{_DIGITS}|{_WORDS})\b", re.I)


def _counts(body: str, taken: bytearray) -> Iterable[Figure]:
    for m in _COUNT.finditer(body):
        if taken[m.start()]:
            continue
        word = m["n"].lower()
        if word in ("one", "zero") and not m["s"]:
            continue
        if _names_a_thing(body, m.start()):
            continue
        value = parse_number(m["n"]) * (_scale(m["s"]) if m["s"] else 1)
        phrase = _counted_phrase(body, m.end())
        if phrase is None:
            of_the = _OF_THE.match(body, m.end())  # "five of the eight iwi"
            phrase = of_the and _counted_phrase(body, of_the.end())
            if phrase:
                yield Figure(m.start(), m.end(), value, "count", _unit(phrase[1]))
            continue
        end, tokens = phrase
        if tokens[-1].lower() in _time_units():
            continue
        yield Figure(m.start(), end, value, "count", _unit(tokens))


def _counted_phrase(body: str, position: int) -> tuple[int, list[str]] | None:
    """The noun phrase a number counts: up to its plural head ('tech companies')."""
    tokens, ends = [], []
    while len(tokens) < 7:
        token = _TOKEN.match(body, position)
        if not token or (token[1].lower() in _stop_words() and token[1].lower() != "and"):
            break
        if "-" in token[1] and token[1].split("-")[-1].lower() in _time_units():
            return None  # an 18-month transition, a 10-year plan
        tokens.append(token[1])
        ends.append(token.end())
        position = token.end()
    heads = [i for i, t in enumerate(tokens) if _is_plural(t)]
    if not heads or tokens[0].lower() == "and":
        return None
    common = [i for i in heads if tokens[i][0].islower()]  # 'Pacific Islands Forum countries'
    head = common[0] if common else heads[0]
    if tokens[head].lower() in _time_units() and head > 0:
        return None
    return ends[head], tokens[: head + 1]


def _is_plural(token: str) -> bool:
    word = token.lower().rstrip("’'")
    if word in _irregular_plurals():
        return True
    return (
        len(word) > 2
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "’s", "'s"))
        and word not in _not_plural()
    )


def _unit(tokens: list[str]) -> str:
    """The counted noun in the singular, without proper-name and quality modifiers."""
    *modifiers, head = tokens
    modifiers_kept = [
        t.lower() for t in modifiers if not t[0].isupper() and t.lower() not in _count_modifiers()
    ]
    while modifiers_kept and modifiers_kept[0] == "and":
        modifiers_kept.pop(0)
    return " ".join([*modifiers_kept, _singular(head.lower())])


def _singular(word: str) -> str:
    if word in _irregular_plurals():
        return _irregular_plurals()[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _names_a_thing(body: str, start: int) -> bool:
    """A number that belongs to a name: 'Budget 2017', 'State Highway 1', 'Level 4'."""
    before = body[max(0, start - 30) : start]
    name = re.search(r"([A-Z][\w’'-]*)\s$", before)
    if not name or name[1].endswith(("’s", "'s", "’")):
        return False
    preceding = before[: name.start()].rstrip()
    sentence_initial = not preceding or preceding[-1] in '.!?:“"\n'
    return not sentence_initial


@cache
def _not_figure_pattern() -> re.Pattern:
    """Spans that hold digits but no figure: dates, years, times, phone numbers, ordinals,
    list numbering, numbers glued to letters."""
    return re.compile(
        r"(?=[\d+(#NA-Z])(?:"
        + "|".join(
            [
                rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b(?:\s+\d{{4}})?",
                rf"\b(?=[A-Z][a-z]+\s+\d)(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",
                r"(?<![$\d,.])\b(?:1[89]|20)\d{2}(?:[/–-]\d{2,4})?(?:s\b)?(?![\d,.])",
                r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)",
                r"\b\d{1,2}:\d{2}\b",
                r"(?:\+64|\(0\d\)|\b0\d{1,3})[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
                r"\b\d+(?:st|nd|rd|th)\b",
                r"^\d+[.)]\s",
                r"(?:(?<=[A-Za-z])|(?<=[A-Za-z]-))\d+[A-Za-z]*",
                r"(?:No\.|#)\s?\d+",
            ]
        )
        + ")",
        re.MULTILINE,
    )


# --- context ----------------------------------------------------------------------------


@cache
def _period_pattern() -> re.Pattern:
    units = "|".join(sorted(_time_units(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:over|across|within|during|for|in)\s+(?:the\s+)?(?:next|last|past|coming|following|"
        rf"first)?\s*(?:{_DIGITS}|{_WORDS}|a|one)\s+(?:{units})\b"
        rf"|\b(?:a|per|each|every)\s+(?:year|month|week|day|annum|fortnight)\b"
        rf"|\bannually\b|\bper\s+annum\b|\b(?:this|next|last)\s+(?:financial\s+)?year\b",
        re.I,
    )


_LOWER_WORD = re.compile(r"[a-z]+")


def _qualifier(body: str, start: int) -> str | None:
    """'more than' in 'more than $2 billion': the longest qualifier of whole words that ends
    just before the figure."""
    window = body[max(0, start - 25) : start]
    if not window[-1:].isspace() or not window.rstrip()[-1:].isalpha():
        return None
    words = _LOWER_WORD.findall(window.lower())  # '“Over 29 million': the mark is not a word
    for count in (4, 3, 2, 1):
        phrase = " ".join(words[-count:])
        if len(words) >= count and phrase in _QUALIFIERS:
            return phrase
    return None


_CLAUSE_END = re.compile(r"[.;!?\n]|,\s|\$|\d+(?:\.\d+)?\s?(?:per\s?cent|%)")


def _period(body: str, end: int) -> str | None:
    """'over four years', 'a week': a stated period within the figure's clause."""
    clause_end = _CLAUSE_END.search(body, end, end + 90)
    clause = body[end : clause_end.start() if clause_end else end + 90]
    if not _period_words().search(clause):  # cheap to rule out, and most clauses have none
        return None
    match = _period_pattern().search(clause)
    return match.group() if match else None


@cache
def _period_words() -> re.Pattern:
    """Words that every period has one of: a unit of time, 'annum' or 'annually'."""
    return re.compile(trie_pattern([*_time_units(), "annum", "annually"]), re.I)


_SENTENCE_BREAK = re.compile(r"[.!?][”’\"]?\s+(?=[“‘\"A-Z0-9$])|\n")


def _sentence(body: str, start: int, end: int) -> str:
    """The sentence the figure stands in, for context."""
    left = body.rfind("\n", 0, start) + 1
    for match in _SENTENCE_BREAK.finditer(body, left):
        if match.end() > start:
            break
        left = match.end()
    right = _SENTENCE_BREAK.search(body, end)
    return body[left : right.start() + 1 if right else len(body)].strip()


def _enclosing_quote(spans: list[tuple[int, int, str]], position: int) -> str | None:
    index = bisect_right(spans, (position, float("inf"), "")) - 1
    for start, end, quote_id in reversed(spans[: index + 1]):
        if start <= position < end:
            return quote_id
    return None


@cache
def _time_units() -> frozenset[str]:
    return frozenset(lexicon("time_units"))


@cache
def _count_modifiers() -> frozenset[str]:
    return frozenset(lexicon("count_modifiers"))


@cache
def _irregular_plurals() -> dict[str, str]:
    text = files("pipeline").joinpath("data", "plural_nouns.csv").read_text(encoding="utf-8")
    return {row["plural"]: row["singular"] for row in csv.DictReader(text.splitlines())}


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(lexicon("count_stop_words"))


@cache
def _not_plural() -> frozenset[str]:
    return frozenset(lexicon("not_plural_words"))
