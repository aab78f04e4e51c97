"""People in one release: the full names it introduces, and who its short forms refer to.

A release names a person in full once ("Transport Minister Simon Bridges", or the front
matter's ministers) and then by short forms ("Mr Bridges", "Bridges", "the Minister").
`PeopleIndex` reads the release in order and resolves a short form to the full name most
recently introduced before it, so quotes and actors agree on who is who.
"""

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pipeline.extract.countries import country_code
from pipeline.extract.ids import slugify
from pipeline.extract.lexicons import alternation, words
from pipeline.extract.names import canonical_person_name, first_and_last
from pipeline.extract.text import (
    NAME_CONNECTORS,
    UPPER,
    capitalised_run,
    is_sentence_start,
    strip_possessive,
)

RUN = capitalised_run(NAME_CONNECTORS)
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
PRONOUNS = {"he", "she", "him", "her"}


def speech_verb_pattern() -> str:
    return alternation("speech_verbs")


@cache
def _context_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes a capitalised pair a person: a speech verb after or before it, or an
    apposition naming a role ('Ngahiwi Tomoana, Chairman of …')."""
    verbs = speech_verb_pattern()
    return (
        re.compile(rf"\s*,?\s*(?:\w+ly\s+)?(?:{verbs})\b"),
        re.compile(rf"\b(?:{verbs})\s+$"),
        re.compile(
            rf"""
            ,\s+ (?:the\s+|a\s+|former\s+)*       # ', the former'
            (?:[{UPPER}][\w\-]*\s+)*              # 'Ngāti Kahungunu' (a role's complement)
            (?:{alternation("roles")})\b           # 'Chairman'
            """,
            re.VERBOSE,
        ),
    )


@dataclass
class Person:
    name: str
    first: str
    last: str
    is_minister: bool = False
    roles: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    surface: str
    person: Person


@dataclass(frozen=True)
class NameParts:
    """A capitalised phrase split into the role words before or after a name and the name."""

    roles: tuple[str, ...]
    name: tuple[str, ...]
    honorific: bool


@lru_cache(maxsize=65536)
def split_name_phrase(phrase: str) -> NameParts:
    """'French President Emmanuel Macron' -> roles (French, President), name (Emmanuel, Macron).

    Words after a connector ('Minister for Courts', 'Chairman of Ngāti Kahungunu') are the
    role's complement, so at least three of them are needed before the last two are a name.
    """
    tokens = [t for t in re.split(r"\s+", phrase.strip()) if t]
    role_words, honorifics = _role_words(), _honorific_words()
    trailing: list[str] = []
    while tokens and tokens[-1].strip(".").lower() in role_words:
        trailing.insert(0, tokens.pop())
    cut, cut_kind = -1, ""
    for i, token in enumerate(tokens):
        word = token.strip(".").lower()
        if word in role_words:
            cut, cut_kind = i, "role"
        elif word in honorifics:
            cut, cut_kind = i, "honorific"
        elif word in NAME_CONNECTORS:
            cut, cut_kind = i, "connector"
    roles = tuple(t for t in tokens[: cut + 1] if t.lower() not in NAME_CONNECTORS) + tuple(
        trailing
    )
    name = [t for t in tokens[cut + 1 :] if t[0].isupper()]
    if cut_kind == "connector":
        name = name[1:] if len(name) >= 3 else []
    if len(name) > 3 or (len(name) == 3 and name[0].lower() not in _particles()):
        name = name[-3:] if name[-3].lower() in _particles() else name[-2:]
    return NameParts(roles, tuple(name), cut_kind == "honorific")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return slugify(strip_possessive(name))


@lru_cache(maxsize=65536)
def is_plausible_name(name: tuple[str, ...]) -> bool:
    """Rules out capitalised phrases that are organisations, countries or groups."""
    text = " ".join(name)
    org_words = _organisation_words()
    return not (
        name[0].lower() in _SENTENCE_WORDS
        or any(c.isdigit() for c in text)
        or any(strip_possessive(t).lower() in org_words for t in name[1:])
        or country_code(text) is not None
        or text.lower() in _collective_names()
    )


class PeopleIndex:
    """The people of one release, in order of appearance, with every resolved mention.
    Lookups by position are binary searches, so resolving a short form costs the same
    however many people a release names."""

    def __init__(self, body: str, ministers: Sequence[str] = (), portfolios: Sequence[str] = ()):
        self.body = body
        self.people: list[Person] = []
        self.mentions: list[PersonMention] = []  # in order of position
        self._starts: list[int] = []  # of the mentions
        self._starts_of: dict[int, list[int]] = {}  # id of a person -> starts of their mentions
        self._by_key: dict[str, Person] = {}  # surname or name key -> first person with it
        self._by_last: dict[str, list[Person]] = {}  # slug of the surname -> people
        # surname or name key -> (starts, people) of the mentions of people with it
        self._mentions_by_key: dict[str, tuple[list[int], list[Person]]] = {}
        self.minister_names = list(ministers)
        self.ministers = [self._add(m, minister=True) for m in ministers]
        if len(self.ministers) == 1:
            self.ministers[0].roles.update(f"{p} Minister" for p in portfolios)
        self._scan()
        self._prime_ministers = self._mentions_where(_is_prime_minister)
        self._other_ministers = self._mentions_where(lambda p: p.is_minister)

    def resolve(self, phrase: str, position: int) -> Person | None:
        """The person a phrase such as 'Mr Key', 'the Prime Minister' or 'Helen Clark' means
        at a position in the body; None when the release does not say."""
        phrase = _LEADING_THE.sub("", phrase.strip())
        if phrase.lower() in PRONOUNS:
            return None
        parts = split_name_phrase(phrase)
        if len(parts.name) >= 2:
            return self._find_full(parts.name) or Person(
                canonical_person_name(" ".join(parts.name)), *first_and_last(" ".join(parts.name))
            )
        if len(parts.name) == 1:
            return self._find_surname(parts.name[0], position)
        return self._find_role(parts.roles, position)

    def names_other_than(self, person: Person | None, start: int, end: int) -> bool:
        """Whether the body names anyone but `person` between two positions."""
        named = bisect_left(self._starts, end) - bisect_left(self._starts, start)
        own = self._starts_of.get(id(person), [])
        return named > bisect_left(own, end) - bisect_left(own, start)

    def last_mentioned_before(self, position: int) -> Person | None:
        """The antecedent of a pronoun: the last person named before, else the release's only
        minister (releases are written in their minister's voice)."""
        index = bisect_left(self._starts, position)
        if index:
            return self.mentions[index - 1].person
        return self.ministers[0] if len(self.ministers) == 1 else None

    def _scan(self) -> None:
        runs = [(run, split_name_phrase(run.group())) for run in RUN.finditer(self.body)]
        addressed = {_key(p.name[0]) for _, p in runs if p.honorific and len(p.name) == 1}
        after_verb, before_verb, apposition = _context_patterns()
        latest: dict[str, Person] = {}  # surname or name key -> person last mentioned
        for run, parts in runs:
            name = parts.name
            person: Person | None
            if len(name) >= 2:
                if not is_plausible_name(name) or not (
                    parts.roles
                    or _key(name[-1]) in addressed  # Bill English … Mr English
                    or after_verb.match(self.body, run.end())
                    or before_verb.search(self.body, max(0, run.start() - 40), run.start())
                    or apposition.match(self.body, run.end(), run.end() + 120)
                ):
                    continue
                person = self._add(strip_possessive(" ".join(name)), roles=parts.roles)
            elif len(name) == 1 and (person := latest.get(_key(name[0])) or self._known(name[0])):
                if not (
                    parts.roles
                    or not is_sentence_start(self.body, run.start())
                    or after_verb.match(self.body, run.end())
                ):
                    continue
            else:
                continue
            assert person is not None
            latest[_key(person.last)] = latest[_key(person.name)] = person
            name_start = run.start() + run.group().rfind(name[0])
            self._mention(PersonMention(name_start, run.end(), run.group(), person))

    def _mention(self, mention: PersonMention) -> None:
        self.mentions.append(mention)
        self._starts.append(mention.start)
        person = mention.person
        self._starts_of.setdefault(id(person), []).append(mention.start)
        for key in {_key(person.last), _key(person.name)}:
            starts, people = self._mentions_by_key.setdefault(key, ([], []))
            starts.append(mention.start)
            people.append(person)

    def _mentions_where(self, wanted: Callable[[Person], bool]) -> tuple[list[int], list[Person]]:
        """(starts, people) of the mentions of people who are `wanted`, in order."""
        chosen = [m for m in self.mentions if wanted(m.person)]
        return [m.start for m in chosen], [m.person for m in chosen]

    def _known(self, surname: str) -> Person | None:
        return self._by_key.get(_key(surname))

    def _add(self, raw_name: str, minister: bool = False, roles: tuple[str, ...] = ()) -> Person:
        name = canonical_person_name(raw_name)
        first, last = first_and_last(name)
        person = self._find_full((first, last)) if first else None
        if person is None:
            person = Person(name, first, last)
            self.people.append(person)
            self._by_key.setdefault(_key(last), person)
            self._by_key.setdefault(_key(name), person)
            self._by_last.setdefault(slugify(last), []).append(person)
        person.is_minister |= minister or any(r.lower().startswith("minister") for r in roles)
        if roles:
            person.roles.add(" ".join(roles))
        return person

    def _find_full(self, name: tuple[str, ...]) -> Person | None:
        first, last = slugify(name[0]), slugify(name[-1])
        for person in self._by_last.get(last, ()):
            if slugify(person.first) == first or slugify(person.first)[:1] == first.rstrip("."):
                return person
        return None

    def _find_surname(self, surname: str, position: int) -> Person | None:
        """The person last mentioned before `position` with this surname (or name)."""
        found = _last_before(self._mentions_by_key.get(_key(surname), ([], [])), position)
        return found or self._known(surname)

    def _find_role(self, roles: tuple[str, ...], position: int) -> Person | None:
        role = " ".join(roles).lower()
        if "minister" not in role:
            return None
        if "prime" in role:
            prime_ministers = [p for p in self.ministers if _is_prime_minister(p)]
            if prime_ministers:
                return prime_ministers[-1]
            return _last_before(self._prime_ministers, position)
        if len(self.ministers) == 1:
            return self.ministers[0]
        return _last_before(self._other_ministers, position)


def _is_prime_minister(person: Person) -> bool:
    return any("prime minister" in r.lower() for r in person.roles)


def _last_before(mentions: tuple[list[int], list[Person]], position: int) -> Person | None:
    starts, people = mentions
    index = bisect_left(starts, position)
    return people[index - 1] if index else None


_SENTENCE_WORDS = {"the", "a", "an", "this", "that", "these", "our", "in", "on", "at", "new"}


@cache
def _particles() -> frozenset[str]:
    return frozenset(w.lower() for w in words("name_particles"))


@cache
def _organisation_words() -> set[str]:
    return {w.lower() for name in ("organisation_words", "non_actor_words") for w in words(name)}


@cache
def _collective_names() -> set[str]:
    return {w.lower() for w in words("collective_names")}


@cache
def _role_words() -> set[str]:
    return {w.lower() for entry in words("roles") for w in entry.split()}


@cache
def _honorific_words() -> set[str]:
    return {w.lower().rstrip(".") for entry in words("honorifics") for w in entry.split()}
