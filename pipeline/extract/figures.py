"""Quantitative figures in a release body: money, percentages, counts and measures.

`extract_figures(release_id, body, quotes)` returns `Figure` records with offsets into the
body. Money, percentages and measures are found first by their currency or unit; the
remaining numbers are counts when a plural noun follows ("48 countries", "eight tech
companies"). Numbers that are not figures are skipped: years and dates, times, ordinals,
numbers inside names (G7, COVID-19, Budget 2017, State Highway 1), phone numbers, list
numbering, and durations ("over three years", "an 18-month transition"), which become the
`period` of the figure they follow.
"""

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.extract.ids import StableIds
from pipeline.extract.lexicons import (
    WordFinder,
    number_values,
    table,
    trie_pattern,
    word_set,
    words,
)
from pipeline.extract.records import Figure, FigureKind, Quote
from pipeline.extract.text import CAPITALISED, TextIndex, is_possessive, is_sentence_start

# The words of numbers and scales are grammar: the patterns below are built from them once,
# when the module is imported.
WORD_VALUES = number_values()
SCALES = {row["scale"]: float(row["value"]) for row in table("scales")}
_UNIT_WORDS = [w for w, v in WORD_VALUES.items() if 0 < v < 20]
_TEN_WORDS = [w for w, v in WORD_VALUES.items() if v >= 20]
_DIGIT_WORDS = [w for w, v in WORD_VALUES.items() if 0 < v < 10]

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SPACE = r"[^\S\n]"  # white space within a line: a figure never runs over a line break


def _both_cases(words_: list[str]) -> list[str]:
    return [*words_, *(w.capitalize() for w in words_)]


_WORDS = (
    rf"{trie_pattern(_both_cases(_TEN_WORDS))}(?:(?:-|{_SPACE}){trie_pattern(_DIGIT_WORDS)})?"
    rf"|{trie_pattern(_both_cases(_UNIT_WORDS))}|[Aa]{_SPACE}+dozen|[Dd]ozen"
)
_SCALE_WORD = (
    rf"{_SPACE}{trie_pattern(r['scale'] for r in table('scales') if r['form'] == 'word')}\b"
)
_SCALE_GLUED = trie_pattern(r["scale"] for r in table("scales") if r["form"] == "word") + r"\b"
_SCALE_SHORT = (
    trie_pattern(r["scale"] for r in table("scales") if r["form"] == "abbreviation")
    + r"(?![A-Za-z])"
)
_MONTHS = trie_pattern(words("months"))


@dataclass(frozen=True)
class _Found:
    """A figure where it stands, before its context is read."""

    start: int
    end: int
    value: float
    kind: FigureKind
    unit: str
    range_max: float | None = None
    percentage_points: bool = False


def extract_figures(
    release_id: str, body: str, quotes: Sequence[Quote] = (), index: TextIndex | None = None
) -> list[Figure]:
    """The figures of one release body; `quotes` (its quotations) give each its quote_id,
    `index` is its TextIndex when the caller has one."""
    spans = sorted((q.char_start, q.char_end, q.quote_id) for q in quotes)
    figures: list[Figure] = []
    ids = StableIds("f", release_id)
    text = index or TextIndex(body)
    for found in find_figures(body):
        surface = body[found.start : found.end]
        figures.append(
            Figure(
                figure_id=ids.next(surface),
                release_id=release_id,
                ordinal=len(figures),
                surface=surface,
                value=found.value,
                kind=found.kind,
                unit=found.unit,
                range_max=found.range_max,
                percentage_points=found.percentage_points,
                qualifier=_qualifier(body, found.start),
                period=_period(body, found.end),
                sentence=text.sentence_around(found.start, found.end),
                char_start=found.start,
                char_end=found.end,
                quote_id=_enclosing_quote(spans, found.start),
            )
        )
    return figures


def find_figures(body: str) -> list[_Found]:
    """Every figure in the body, in order, none overlapping."""
    taken = bytearray(len(body) + 1)  # 1 where a figure, or a number that is none, stands
    for match in _not_figure_finder().finditer(body):
        if match["year"] and match.end() == match.end("year") and _counts_a_noun(body, match):
            continue  # '1800 new police officers', 'build 2000 houses': no year
        taken[match.start() : match.end()] = b"\1" * (match.end() - match.start())
    found: list[_Found] = []
    for finder in (_money, _money_in_words, _percentages, _measures, _group_sizes, _counts):
        for figure in finder(body, taken):
            if not _is_finite(figure):  # a 309-digit number is no figure
                continue
            if not any(taken[figure.start : figure.end]):
                found.append(figure)
                taken[figure.start : figure.end] = b"\1" * (figure.end - figure.start)
    return sorted(_with_shared_numbers(body, taken, found), key=lambda f: f.start)


_SHARES_THE_NEXT = re.compile(  # found backwards from the figure after it, which is rarer
    rf"(?<![\w.,$£€/\-])(?P<n>{_DIGITS})(?:{_SPACE}+(?P<word>[A-Za-z][a-z]+))?"
    rf"{_SPACE}+(?P<conj>to|and|or){_SPACE}+$"
)
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")  # a number in digits that may be a year
_LEVEL_BEFORE = re.compile(rf"\b(?:levels?|stages?|phases?|steps?|tiers?){_SPACE}+$", re.I)
_FROM_BEFORE = re.compile(rf"\b[Ff]rom{_SPACE}+$")


def _with_shared_numbers(body: str, taken: bytearray, found: list[_Found]) -> list[_Found]:
    """A number written in digits before 'to', 'and' or 'or' and a figure shares that
    figure's kind and unit. 'from 30 to 35 schools', '72 Bravery and 7 Gallantry awards' and
    '200 or 230 cumecs' are two figures; '5900 to 9300 jobs' and 'between 40 and 50 per cent'
    are one, a range that keeps its lower value. Not a year, a date, a level, a scaled
    number ('1.7 million and two million') or a number of another kind ('917,000 or 55%')."""
    result = []
    for after in found:
        m = _SHARES_THE_NEXT.search(body, max(0, after.start - 40), after.start)
        word = m and m["word"]
        if (
            m is None
            or after.kind is FigureKind.MONEY
            or (word and (after.kind is not FigureKind.COUNT or _is_time_word(word)))
            or (word and word.lower() in SCALES)
            or (m["conj"] == "or" and after.kind is FigureKind.PERCENT)
            or any(taken[m.start() : m.end("n")])
            or _names_a_thing(body, m.start())
            or _LEVEL_BEFORE.search(body, max(0, m.start() - 8), m.start())
            or _YEAR_LIKE.fullmatch(m["n"])
        ):
            result.append(after)
            continue
        value = parse_number(m["n"])
        opener = body[max(0, m.start() - 10) : m.start()]
        is_range = not word and (
            (m["conj"] == "to" and not _FROM_BEFORE.search(opener))
            or (m["conj"] == "and" and _BETWEEN.search(opener))
        )
        if is_range:
            result.append(
                _Found(
                    m.start(),
                    after.end,
                    value,
                    after.kind,
                    after.unit,
                    after.value,
                    after.percentage_points,
                )
            )
            continue
        unit = after.unit
        if word:
            unit = f"{word.lower()} {unit.split()[-1]}"
        result += [
            _Found(m.start(), m.end("word") if word else m.end("n"), value, after.kind, unit),
            after,
        ]
    return result


# A number like a year counts the plural noun after it ('2000 houses') unless a word that
# introduces a year stands before it ('in 2004 schools received …', 'the 2019 elections').
_BEFORE_A_YEAR = re.compile(
    r"\b(?:in|by|since|of|from|until|to|the|during|before|after|and|or|for|early|late|mid|end|"
    r"year|years|budget|between|through|till|(?<!more )(?<!less )(?<!fewer )than|around|"
    r"about|circa)[^\S\n]+$",
    re.IGNORECASE,
)


_PLURAL_AFTER = re.compile(  # a plural noun soon after, in lower case: 'police' and 'people' too
    rf"{_SPACE}+(?:[a-z]+{_SPACE}+){{0,2}}(?:[A-Z][a-z]+{_SPACE}+)?(?:[a-z]{{3,}}s\b|"
    rf"{trie_pattern(_both_cases([r['plural'] for r in table('plural_nouns')]))}\b)"
)


def _counts_a_noun(body: str, year: re.Match[str]) -> bool:
    after = _PLURAL_AFTER.match(body, year.end())
    if not after or _BEFORE_A_YEAR.search(body, max(0, year.start() - 12), year.start()):
        return False
    phrase = _counted_phrase(body, year.end())
    return phrase is not None and phrase[1][-1].lower() not in word_set("time_units")


def _is_finite(figure: _Found) -> bool:
    return math.isfinite(figure.value) and (
        figure.range_max is None or math.isfinite(figure.range_max)
    )


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
    return {row["symbol"]: row["currency"] for row in table("currencies")}


@cache
def _money_finder() -> WordFinder:
    """Amounts after a currency's symbol; a finder, since the pattern, which starts with
    assertions, would otherwise be tried at every character of the body."""
    symbols = "|".join(
        re.escape(s) + (f"{_SPACE}?" if s.isalpha() else "")
        for s in sorted(_currencies(), key=len, reverse=True)
    )
    first = "".join(sorted({re.escape(s[0]) for s in _currencies()}))
    scale = f"{_SCALE_WORD}|{_SCALE_GLUED}|{_SCALE_SHORT}"  # '$5 million', '$29.1million', '$3m'
    pattern = re.compile(
        rf"""
        (?=[{first}]) (?<![\w$])                 # a currency's first character starts it
        (?P<cur>{symbols}) (?P<n1>{_DIGITS}) (?P<s1>{scale})?            # $5, NZ$3m
        (?: {_SPACE}?(?:-|–|—|to){_SPACE}? (?:{symbols})? (?P<n2>{_DIGITS}) (?P<s2>{scale})? )?
                                                  # a range: $5–10 million, $5m to $7m
        (?![\w%])
        """,
        re.VERBOSE,
    )
    return WordFinder(re.compile(trie_pattern(_currencies())), pattern)


def _money(body: str, taken: bytearray) -> Iterable[_Found]:
    for m in _money_finder().finditer(body):
        scale = _scale(m["s1"] or m["s2"])
        low = parse_number(m["n1"]) * (_scale(m["s1"]) if m["s1"] else scale)
        high = parse_number(m["n2"]) * scale if m["n2"] else None
        currency = _currencies()[m["cur"].strip()]
        yield _Found(m.start(), m.end(), low, FigureKind.MONEY, currency, high)


@cache
def _currency_words() -> dict[str, tuple[str, float]]:
    return {r["words"]: (r["currency"], float(r["factor"])) for r in table("currency_words")}


@cache
def _currency_last_words() -> frozenset[str]:
    return frozenset(words.split()[-1] for words in _currency_words())


@cache
def _currency_word_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_SPACE}+(?:{trie_pattern(_currency_words())})\b")


_AMOUNT_BEFORE = re.compile(  # '10 million', 'four', 'half a million', 'a billion'
    rf"(?<![\w$£€.,\-])(?:(?P<n>{_DIGITS}|{_WORDS})(?P<s>{_SCALE_WORD})?"
    rf"|(?P<a>[Hh]alf{_SPACE}+a|[Aa])(?P<s2>{_SCALE_WORD}))$"
)


def _money_in_words(body: str, taken: bytearray) -> Iterable[_Found]:
    """'half a million dollars', 'four million dollars', '85 pounds sterling', '75 cents':
    found from the currency back to its amount, since currencies are rarer than numbers."""
    if not any(word in body for word in _currency_last_words()):
        return
    for cur in _currency_word_pattern().finditer(body):
        m = _AMOUNT_BEFORE.search(body, max(0, cur.start() - 40), cur.start())
        if not m:
            continue
        currency, factor = _currency_words()[" ".join(cur[0].split())]
        if m["a"]:
            value = (0.5 if m["a"].lower().startswith("half") else 1.0) * _scale(m["s2"])
        else:
            value = parse_number(m["n"]) * _scale(m["s"])
        yield _Found(m.start(), cur.end(), value * factor, FigureKind.MONEY, currency)


_GROUP_SIZE = re.compile(r"-(?P<u>person|people|member|strong)\b(?!-)")
_SIZE_BEFORE = re.compile(rf"(?<![\w\-])(?P<n>{_DIGITS}|{_WORDS})\Z")


def _group_sizes(body: str, taken: bytearray) -> Iterable[_Found]:
    """'a nine-person board', 'the 120-strong team', 'a five-member panel': how many
    people a body has."""
    for m in _GROUP_SIZE.finditer(body):
        number = _SIZE_BEFORE.search(body, max(0, m.start() - 20), m.start())
        if number:
            value = parse_number(number["n"])
            unit = "member" if m["u"] == "member" else "person"
            yield _Found(number.start(), m.end(), value, FigureKind.COUNT, unit)


_PERCENT_MARK = re.compile(
    r"""
    [%\ \t]               # a mark or a space first, so the engine skips ahead to those
    (?: (?<=%)                                      # '5%'
      | (?<=[\ \t]) (?: %                             # '5 %'
                  | (?:per[\ \t]?cent|percent)\b       # '5 per cent'
                  | (?P<pp>percentage[\ \t]+points?)\b # '2 percentage points'
                  )
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMBER_BEFORE = re.compile(  # '54', 'forty', '60-70' (a range keeps its lower value)
    rf"(?<![\w.,\-–])(?:(?P<low>{_DIGITS}){_SPACE}?[-–]{_SPACE}?)?(?P<n>{_DIGITS}|{_WORDS})\Z"
)


def _percentages(body: str, taken: bytearray) -> Iterable[_Found]:
    """Found from the mark back to its number, since marks are rarer than numbers."""
    for mark in _PERCENT_MARK.finditer(body):
        window_start = max(0, mark.start() - 40)
        number = _NUMBER_BEFORE.search(body, window_start, mark.start())
        if number:
            value, high = parse_number(number["n"]), None
            if number["low"]:
                value, high = parse_number(number["low"]), value
            yield _Found(
                number.start(),
                mark.end(),
                value,
                FigureKind.PERCENT,
                "percent",
                high,
                bool(mark["pp"]),
            )


@cache
def _measure_units() -> dict[str, str]:
    return {row["surface"]: row["unit"] for row in table("measure_units")}


@cache
def _measure_finder() -> WordFinder:
    """A finder: the candidates, a digit standing alone, are found by a class the engine
    skips ahead to, which a pattern opening with assertions is not."""
    units = "|".join(re.escape(u) for u in sorted(_measure_units(), key=len, reverse=True))
    pattern = re.compile(
        rf"""
        (?=\d) (?<![\w.,$-]) (?P<n>{_DIGITS})      # a number standing alone
        (?P<s>{_SCALE_WORD})? {_SPACE}? (?P<u>{units})    # '2 million litres', '190 MW'
        (?![\w²/])                                 # not 'km²' or 'km/h'
        """,
        re.VERBOSE,
    )
    return WordFinder(re.compile(r"\d(?<![\w.,$-]\d)"), pattern)


def _measures(body: str, taken: bytearray) -> Iterable[_Found]:
    for m in _measure_finder().finditer(body):
        value = parse_number(m["n"]) * (_scale(m["s"]) if m["s"] else 1)
        yield _Found(m.start(), m.end(), value, FigureKind.MEASURE, _measure_units()[m["u"]])


def _scale(text: str | None) -> float:
    return SCALES[text.strip().lower()] if text else 1.0


# --- counts -----------------------------------------------------------------------------

_NUMBER_START = "".join(
    sorted({c for w in [*WORD_VALUES, "a dozen"] for c in (w[0], w[0].upper())})
)
_COUNT = re.compile(
    rf"""
    (?=[\d{_NUMBER_START}]) \b (?<![.,$£€/-])   # a digit or a number word's first letter
    (?P<n>{_DIGITS}|{_WORDS}) (?P<s>{_SCALE_WORD})?
    (?: [-–](?P<n2>{_DIGITS}) )?                 # a range: '90-100 beds'
    (?![\w%/] | [.,]\d | -)                     # the whole number, not '4%' or '4-year'
    """,
    re.VERBOSE,
)
_BETWEEN = re.compile(rf"[Bb]etween{_SPACE}+$")
_AND_NUMBER = re.compile(rf"{_SPACE}+and{_SPACE}+(?P<n>{_DIGITS})(?![\w%/]|[.,]\d|-)")
# What stands before a number whose counted noun is the one of the count before it: '6,384
# staff when the deal was signed, 6,492 when …', '60 beds at X, 40 at Y and 20 at Z'.
_ELIDED_BEFORE = re.compile(
    r"(?:\([^\S\n]*|(?:,|\b(?:and|or|but|to|from|with|while|than|have|has|had|are|is|were|"
    r"was|by|another|further|only|just|about|around|nearly|almost|over|under|some))[^\S\n]+)$"
)
_OWN_NOUN_BEFORE = re.compile(  # 'a workforce of about 80,000': its noun stands before it
    r"\bof[^\S\n]+(?:(?:about|around|nearly|almost|over|under|some|just|only)[^\S\n]+)?$"
)
_ELIDED_REACH = 200  # characters from the count whose noun an elided number takes
_TOKEN = re.compile(rf"{_SPACE}+([A-Za-zÀ-ž][\w’'\-]*)")
_OF_THE = re.compile(rf"{_SPACE}+of{_SPACE}+the{_SPACE}+(?P<n>{_DIGITS}|{_WORDS})\b", re.I)


def _counts(body: str, taken: bytearray) -> Iterable[_Found]:
    previous: _Found | None = None  # the last count with its noun
    for m in _COUNT.finditer(body):
        if taken[m.start()]:
            continue
        word = m["n"].lower()
        if word in ("one", "zero") and not m["s"]:
            continue
        if _names_a_thing(body, m.start()):
            continue
        value = parse_number(m["n"]) * (_scale(m["s"]) if m["s"] else 1)
        high = parse_number(m["n2"]) if m["n2"] else None
        end = m.end()
        if high is None and _BETWEEN.search(body, max(0, m.start() - 12), m.start()):
            other = _AND_NUMBER.match(body, end)  # 'between 15 and 20 people'
            if other:
                high, end = parse_number(other["n"]), other.end()
        first = _TOKEN.match(body, end)
        if first and _is_time_word(first[1]):
            continue  # 'five year programme', '16 year-olds', '30 years’ experience'
        phrase = _counted_phrase(body, end)
        if phrase is None and first and first[1].lower() in ("more", "fewer", "less"):
            more = _counted_phrase(body, first.end())  # '54 more new medicines'
            phrase = more and (more[0], [first[1], *more[1]])
        if phrase is None:
            of_the = _OF_THE.match(body, end)  # "five of the eight iwi"
            phrase = of_the and _counted_phrase(body, of_the.end())
            if phrase:
                yield _Found(m.start(), end, value, FigureKind.COUNT, _unit(phrase[1]), high)
            elif previous and _takes_noun_of(body, taken, previous, m):
                previous = _Found(m.start(), m.end(), value, FigureKind.COUNT, previous.unit)
                yield previous
            continue
        phrase_end, tokens = phrase
        if tokens[-1].lower() in word_set("time_units"):
            continue
        if (
            m["n"][0].isupper()
            and tokens[-1][0].isupper()
            and not is_sentence_start(body, m.start())
        ):
            continue  # 'Three Kings', 'Seven Oaks': a number word in a name
        previous = _Found(m.start(), phrase_end, value, FigureKind.COUNT, _unit(tokens), high)
        yield previous


def _is_time_word(token: str) -> bool:
    word = token.lower().rstrip("’'")
    return word in word_set("time_units") or word.split("-")[0] in word_set("time_units")


def _takes_noun_of(body: str, taken: bytearray, count: _Found, number: re.Match[str]) -> bool:
    """Whether a number with no noun of its own counts what the count before it counts: in
    the same sentence, close, with nothing but words between, written in digits, in a list
    or clause of its own ('…, 40 at Spring Hill and 20 at Ohura')."""
    if number.start() - count.end > _ELIDED_REACH:
        return False
    between = body[count.end : number.start()]
    return (
        number["n"][0].isdigit()
        and not _YEAR_LIKE.fullmatch(number["n"])  # 'by 2020.' is a year
        and not number["n2"]
        and not any(taken[count.end : number.start()])
        and not re.search(r"\d", between)  # 'levels 2 and 3', 'aged 11, 13 and 16'
        and not re.search(r"[.!?;:]\s|\n", between)
        and bool(_ELIDED_BEFORE.search(between))
        and not _OWN_NOUN_BEFORE.search(between)
    )


def _counted_phrase(body: str, position: int) -> tuple[int, list[str]] | None:
    """The noun phrase a number counts: up to its plural head ('tech companies')."""
    tokens: list[str] = []
    ends: list[int] = []
    while len(tokens) < 7:
        token = _TOKEN.match(body, position)
        if not token or (
            token[1].lower() in word_set("count_stop_words") and token[1].lower() != "and"
        ):
            break
        if "-" in token[1] and token[1].split("-")[-1].lower() in word_set("time_units"):
            return None  # an 18-month transition, a 10-year plan
        tokens.append(token[1])
        ends.append(token.end())
        position = token.end()
    heads = [i for i, t in enumerate(tokens) if _is_plural(t)]
    if not heads or tokens[0].lower() == "and":
        return None
    common = [i for i in heads if tokens[i][0].islower()]  # 'Pacific Islands Forum countries'
    head = common[0] if common else heads[0]
    while head + 1 in heads and not tokens[head].lower().endswith("s"):
        head += 1  # 'police officers', 'staff members': the last noun of a compound heads it
    if tokens[head].lower() in word_set("time_units") and head > 0:
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
        and word not in word_set("not_plural_words")
    )


def _unit(tokens: list[str]) -> str:
    """The counted noun in the singular, without proper-name and quality modifiers, but with
    the capitalised words of a compound noun: 'District Health Boards' -> district health
    board, 'New Zealand Bravery Medals' -> bravery medal, 'Gallantry awards' -> gallantry
    award, and 'Pacific Islands Forum countries' -> country."""
    *modifiers, head = tokens
    compound: list[str] = []
    for token in reversed(modifiers):
        word = token.lower()
        if not token[0].isupper() or word in _proper_words():
            break
        if not (head[0].isupper() or word in word_set("common_words")):
            break
        compound.insert(0, word)
    rest = modifiers[: len(modifiers) - len(compound)]
    kept = [
        t.lower()
        for t in rest
        if not t[0].isupper() and t.lower() not in word_set("count_modifiers")
    ]
    while kept and kept[0] == "and":
        kept.pop(0)
    return " ".join([*kept, *compound, _singular(head.lower())])


@cache
def _proper_words() -> frozenset[str]:
    """Words of the names of places a compound never includes ('New Zealand Bravery …')."""
    return frozenset(
        w.lower()
        for name in [*words("nz_places"), "New Zealand", "Aotearoa", "NZ"]
        for w in name.split()
    )


def _singular(word: str) -> str:
    if word in _irregular_plurals():
        return _irregular_plurals()[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


_NAME_BEFORE = re.compile(rf"({CAPITALISED})\s$")


def _names_a_thing(body: str, start: int) -> bool:
    """A number that belongs to a name: 'Budget 2017', 'State Highway 1', 'Level 4' (but not
    'Ardern’s 2017 …', and not a word capitalised only because it starts a sentence)."""
    window = max(0, start - 30)
    name = _NAME_BEFORE.search(body, window, start)
    if not name or is_possessive(name[1]):
        return False
    return not is_sentence_start(body, name.start())


@cache
def _not_figure_finder() -> WordFinder:
    """Spans that hold digits but no figure: dates, years, times, phone numbers, ordinals,
    list numbering, numbers glued to letters. A finder: each alternative starts at '+', '(',
    '#', the first digit of a number, 'No.' or a capitalised word before a number (a month),
    which a class finds faster than the pattern tried at every character."""
    candidates = re.compile(
        r"[\d+(#A-Z](?:(?<=[+(#])|(?<=\d)(?<!\d\d)|(?<=N)(?=o\.)|(?=[a-z]+\s+\d))"
    )
    return WordFinder(candidates, _not_figure_pattern())


def _not_figure_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?=[\d+(#NA-Z])    # what each alternative starts with, so the engine skips ahead
        (?: \b\d{{1,2}}(?:st|nd|rd|th)? \s+ (?:{_MONTHS})\b (?:\s+\d{{4}})?     # 15 May 2020
          | \b(?=[A-Z][a-z]+\s+\d) (?:{_MONTHS}) \s+ \d{{1,2}}(?:st|nd|rd|th)?\b
            (?:,?\s+\d{{4}})?                                               # March 15, 2020
          | (?<![$\d,.]) \b(?P<year>(?:1[89]|20)\d{{2}}) (?:[/–-]\d{{2,4}})? (?:s\b)? (?![\d,.])
                                                              # 2016, 2019/20, the 1990s
          | \b\d{{1,2}}(?:[:.]\d{{2}})? \s? (?:am|pm|a\.m\.|p\.m\.)        # 10am, 3.30pm
          | \b\d{{1,2}}:\d{{2}}\b                                            # 10:30
          | (?:\+64|\(0\d\)|\b0\d{{1,3}}) [\s-]?\d{{3,4}} [\s-]?\d{{3,4}}\b  # phone numbers
          | \b\d+(?:st|nd|rd|th)\b                                          # ordinals
          | ^\d+[.)]\s                                                      # list numbering
          | (?:(?<=[A-Za-z])|(?<=[A-Za-z]-)) \d+[A-Za-z]*              # G7, COVID-19, 7AA
          | (?:No\.|\#)\s?\d+                                              # No. 5, #5
        )""",
        re.MULTILINE | re.VERBOSE,
    )


# --- context ----------------------------------------------------------------------------


@cache
def _period_pattern() -> re.Pattern[str]:
    units = trie_pattern(word_set("time_units"))
    return re.compile(
        rf"""
          \b(?:over|across|within|during|for|in) \s+ (?:the\s+)?
          (?:next|last|past|coming|following|first)? \s*
          (?:{_DIGITS}|{_WORDS}|a|one) \s+ {units}\b                   # over the next four years
        | \b(?:a|per|each|every) \s+ (?:year|month|week|day|annum|fortnight)\b     # a week
        | \bannually\b | \bper\s+annum\b
        | \b(?:this|next|last) \s+ (?:financial\s+)?year\b              # this financial year
        """,
        re.IGNORECASE | re.VERBOSE,
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
        if len(words) >= count and phrase in word_set("qualifiers"):
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
def _period_words() -> re.Pattern[str]:
    """Words that every period has one of: a unit of time, 'annum' or 'annually'."""
    return re.compile(trie_pattern([*word_set("time_units"), "annum", "annually"]), re.I)


def _enclosing_quote(spans: list[tuple[int, int, str]], position: int) -> str | None:
    index = bisect_right(spans, (position, float("inf"), "")) - 1
    for start, end, quote_id in reversed(spans[: index + 1]):
        if start <= position < end:
            return quote_id
    return None


@cache
def _irregular_plurals() -> dict[str, str]:
    return {row["plural"]: row["singular"] for row in table("plural_nouns")}
