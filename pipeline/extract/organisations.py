"""Organisations named in a release body.

Three kinds of evidence, each from a data file in data/ rather than code:
- the curated reference list (organisations.csv): companies, bodies and parties, with their
  acronyms and short forms; ambiguous single words ("Labour", "Treasury") count only when
  they stand alone as a capitalised name;
- acronyms defined in parentheses ("Global Internet Forum to Counter Terrorism (GIFCT)"), and
  a name's initials used later on their own ("CERA");
- capitalised names headed by an organisation word (organisation_words.txt: "Teaching
  Council", "Ministry of Health"), iwi (iwi.txt) and expansions such as "Waikato DHB".
Names headed by a fund, programme, event or law word (non_actor_words.txt) are not actors.
"""

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.extract.ids import slugify
from pipeline.extract.lexicons import WordFinder, table, trie_pattern, words
from pipeline.extract.text import ORGANISATION_CONNECTORS, POSSESSIVE, capitalised_run

ORG_RUN = capitalised_run(ORGANISATION_CONNECTORS)
_CAPITALS = re.compile(r"[A-Z](?<![\w\-][A-Z])[A-Z]{2,}(?![\w\-])")  # capital first: fast
_AND = re.compile(r" (?:and|&) ")
_SUFFIX = re.compile(rf"(?:{POSSESSIVE}|-led|-based)$")  # 'Fonterra’s', 'Fonterra-led'
_FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")
_THE = re.compile(r"(?:The|the)\s+")
_ACRONYM_DEFINITION = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,9})\)")


@cache
def _role_tail() -> re.Pattern[str]:
    """Job titles after an organisation's name ('Fonterra Chief Executive')."""
    return re.compile(rf"(?:\s+{trie_pattern(words('organisation_role_tails'))})+$")


@dataclass(frozen=True)
class OrganisationMention:
    start: int
    end: int
    name: str
    surface: str


@dataclass(frozen=True)
class _Reference:
    name: str
    standalone: bool


@cache
def _references() -> dict[str, _Reference]:
    """Surface form -> reference organisation."""
    found: dict[str, _Reference] = {}
    for row in table("organisations"):
        standalone = row["match"].strip() == "standalone"
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            alone = standalone and " " not in surface
            found[surface.strip()] = _Reference(row["name"].strip(), alone)
    return found


@cache
def _anywhere_finder() -> WordFinder:
    forms = [s for s, r in _references().items() if not r.standalone]
    return WordFinder.of(forms, before=r"(?<![\w\-])(?=[A-Z])", after=r"(?![\w\-])")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(name))


@cache
def _iwi() -> dict[str, str]:
    """Macron-free, lower-case iwi name -> the name with macrons."""
    return {slugify(name): name for name in words("iwi")}


@cache
def _iwi_finder() -> WordFinder:
    """Iwi names, matched with or without macrons."""
    plain = str.maketrans("āēīōūĀĒĪŌŪ", "aeiouAEIOU")
    vowels = {"a": "[aā]", "e": "[eē]", "i": "[iī]", "o": "[oō]", "u": "[uū]"}
    return WordFinder.of(
        [name.translate(plain) for name in words("iwi")],
        before=r"(?<![\w\-])(?=[A-ZĀĒĪŌŪ])",
        after=r"(?![\w\-])",
        char=lambda c: vowels.get(c, re.escape(c)),
    )


@cache
def _abbreviations() -> dict[str, str]:
    return {r["abbreviation"]: r["expansion"] for r in table("abbreviations")}


def find_organisations(body: str) -> list[OrganisationMention]:
    """Every organisation mention in the body; overlapping mentions are left to the caller."""
    found = [
        OrganisationMention(m.start(), m.end(), _references()[m.group()].name, m.group())
        for m in _anywhere_finder().finditer(body)
    ]
    found += [
        OrganisationMention(m.start(), m.end(), _iwi()[slugify(m.group())], m.group())
        for m in _iwi_finder().finditer(body)
    ]
    for run in ORG_RUN.finditer(body):
        if " " not in run.group() and _bare(run.group()) not in _references():
            continue  # a lone capitalised word: only the reference list can make it an actor
        for start, end in _coordinated_parts(run.group()):
            found += _organisations_in_part(body, run.start() + start, run.start() + end)
    found += _initialisms(body, found)
    return found


@lru_cache(maxsize=65536)
def _coordinated_parts(run: str) -> tuple[tuple[int, int], ...]:
    """Split 'European Commission and GIFCT' into two names, but keep 'Ngati Awa Social and
    Health Services' whole and share the head of 'Woolston and Phillipstown Schools'."""
    if " and " not in run and " & " not in run:
        return ((0, len(run)),)
    bounds = [0, *(i for m in _AND.finditer(run) for i in m.span()), len(run)]
    pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
    parts, pending = [], None
    for index, (start, end) in enumerate(pieces):
        text = run[start:end]
        next_start = pieces[index + 1][0] if index + 1 < len(pieces) else len(run)
        if pending is not None:
            start = pending
        if (
            _is_organisation_like(text)
            or _iwi_in(text)
            or end == len(run)
            or run.startswith(("the ", "The "), next_start)
        ):
            parts.append((start, end))
            pending = None
        elif pending is None:
            pending = start
    return tuple(parts)


def _organisations_in_part(body: str, start: int, end: int) -> list[OrganisationMention]:
    reading = _reading(body[start:end])
    if reading is None:
        return []
    start += reading.offset
    end = start + len(reading.surface)
    surface = reading.surface
    if reading.names:
        return [OrganisationMention(start, end, name, surface) for name in reading.names]
    definition = _ACRONYM_DEFINITION.match(body, end)
    tokens = surface.split() if definition else []
    defined = definition is not None and len(tokens) >= 2 and _initials_match(definition[1], tokens)
    named_by_acronym = defined and reading.acronym_may_name
    if not (reading.organisation_like or named_by_acronym):
        return []
    followed_by = _FOLLOWING_WORD.match(body, end, end + 30)
    if followed_by and followed_by[1] in _words("non_actor_words"):
        return []  # the 'Climate Change Response' Act: a name, but of a law, fund or event
    name = _iwi().get(slugify(surface), surface)
    mentions = [OrganisationMention(start, end, name, surface)]
    if definition is not None and defined:
        a, b = definition.span(1)
        mentions.append(OrganisationMention(a, b, name, definition[1]))
    return mentions


@dataclass(frozen=True)
class _Reading:
    """What a capitalised run says on its own, before its context is looked at."""

    offset: int  # where the name starts in the run (after a leading 'The')
    surface: str  # the name, without a role after it or a possessive
    names: tuple[str, ...]  # organisations it names whatever follows it (reference list…)
    organisation_like: bool  # headed by an organisation word, or an iwi
    acronym_may_name: bool  # an acronym defined after it would make it an organisation


@lru_cache(maxsize=65536)
def _reading(text: str) -> _Reading | None:
    """None for a lone capitalised word not on the reference list."""
    if " " not in text and _bare(text) not in _references():
        return None
    offset, surface = _trimmed(text)
    tokens = surface.split()
    names: tuple[str, ...] = ()
    reference = _references().get(surface)
    if reference and reference.standalone:
        names = (reference.name,)
    elif len(tokens) >= 2 and tokens[-1] in _abbreviations():
        names = (" ".join([*tokens[:-1], _abbreviations()[tokens[-1]]]),)
    else:
        names = _shared_head(surface) or ()
    return _Reading(
        offset,
        surface,
        names,
        (_is_organisation_like(surface) and len(tokens) >= 2) or _iwi_in(surface),
        len(tokens) >= 2 and _bare(tokens[-1]).lower() not in _words("non_actor_words"),
    )


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """Without a possessive or a '-led' / '-based' suffix."""
    return _SUFFIX.sub("", word)


def _trimmed(text: str) -> tuple[int, str]:
    """The name in a capitalised run and where it starts: without a leading 'The', a trailing
    role ('… Chief Executive') or a possessive. (Called through the cached `_reading`.)"""
    lead = _THE.match(text)
    offset = lead.end() if lead else 0
    text = text[offset:]
    tail = _role_tail().search(text)
    return offset, _SUFFIX.sub("", text[: tail.start()] if tail else text)


def _shared_head(surface: str) -> tuple[str, str] | None:
    """'Woolston and Phillipstown Schools' -> ('Woolston School', 'Phillipstown School')."""
    shared = re.fullmatch(r"(\S+) (?:and|&) (\S+) (\S+s)", surface)
    if shared and shared[3].lower() in _words("organisation_words"):
        head = shared[3][:-1]
        return f"{shared[1]} {head}", f"{shared[2]} {head}"
    return None


@lru_cache(maxsize=65536)
def _is_organisation_like(text: str) -> bool:
    tokens = [_bare(t) for t in text.split()]
    org_words, not_actor = _words("organisation_words"), _words("non_actor_words")
    if not tokens or tokens[-1].lower() in not_actor:
        return False
    if tokens[-1].lower() in org_words:
        return True
    return any(
        t.lower() in org_words and nxt in ("of", "for", "to", "on") and i + 2 < len(tokens)
        for i, (t, nxt) in enumerate(itertools.pairwise(tokens))
    )


@lru_cache(maxsize=65536)
def _iwi_in(text: str) -> bool:
    """The name is an iwi, or an iwi body named after one ('Tuwharetoa ki Kawerau',
    'Te Pou Oranga o Whakatohea')."""
    key, iwi = slugify(text), _iwi()
    if key in iwi:
        return True
    for joint in ("-ki-", "-o-"):
        head, _, tail = key.partition(joint)
        if tail and (head in iwi or tail in iwi or key.rpartition(joint)[2] in iwi):
            return True
    return False


def _initials_match(acronym: str, tokens: list[str]) -> bool:
    capitals = [t[0] for t in tokens if t[0].isupper()]
    letters = [c for c in acronym if c.isupper()]
    return "".join(capitals[: len(letters)]) == "".join(letters) or (
        "".join(capitals[-len(letters) :]) == "".join(letters)
    )


def _initialisms(body: str, found: list[OrganisationMention]) -> list[OrganisationMention]:
    """'CERA' standing alone after 'Canterbury Earthquake Recovery Authority' was named."""
    by_initials: dict[str, str] = {}
    for mention in found:
        capitals = "".join(t[0] for t in mention.name.split() if t[0].isupper())
        if len(capitals) >= 3:
            by_initials.setdefault(capitals, mention.name)
    if not by_initials:
        return []
    return [
        OrganisationMention(m.start(), m.end(), by_initials[m[0]], m[0])
        for m in _CAPITALS.finditer(body)
        if m[0] in by_initials
    ]
