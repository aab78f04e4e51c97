"""People in one release: the full names it introduces, and who its short forms refer to.

A release names a person in full once ("Transport Minister Simon Bridges", or the front
matter's ministers) and then by short forms ("Mr Bridges", "Bridges", "the Minister").
`PeopleIndex` reads the release in order and resolves a short form to the full name most
recently introduced before it, so quotes and actors agree on who is who.
"""

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from pipeline.extract.countries import country_code, is_territory_name
from pipeline.extract.ids import slugify
from pipeline.extract.lexicons import (
    alternation,
    entry_words,
    lower_entry_words,
    lower_word_set,
    number_values,
    word_set,
    words,
)
from pipeline.extract.names import canonical_person_name, first_and_last
from pipeline.extract.organisations import (
    FIRM_BEFORE,
    LEGAL_FORM,
    TRIBAL_PREFIXES,
    is_a_persons_name_with_court,
    is_known_organisation,
)
from pipeline.extract.text import (
    MADE_AN_ADJECTIVE,
    NAME_CONNECTORS,
    UPPER,
    capitalised_run,
    has_lost_space,
    is_polynesian_word,
    is_possessive,
    is_sentence_start,
    is_te_reo_word,
    strip_possessive,
)

RUN = capitalised_run(NAME_CONNECTORS)
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_BRACKETED = re.compile(r"\(([^()\n]+)\)")
# What stands between two names of one list: a comma, 'and', a semicolon, or a line break
# with a list bullet ('Sarah Lin, Hemi Walker and Ana Tui', '- Sarah Lin\n- Hemi Walker'),
# after the role in brackets a list's line may end with ('- Sharon Shea (Co-Chair)')
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|&\s+|(?:\([^()\n]{1,40}\)[^\S\n]*)?\n+\s*[-*•]?\s*)"
)
_LIST_GOES_ON_AFTER = re.compile(rf"\s*(?:,|and\b|;)\s*[{UPPER}]")
_LIST_GOES_ON_BEFORE = re.compile(rf"(?:[{UPPER}][\w’'\-]*\s*[,;]|[:;]|\n\s*[-*•]?)\s*$")
PRONOUNS = {"he", "she", "him", "her"}
_AFTER_IN = re.compile(r"\b[Ii]n\s+$")
_AFTER_THE = re.compile(r"\b[Tt]he $")
# A release's contact line: 'For more information, contact Dionne Barton (04) 470 6851',
# 'Contact: Leigh Sutton 021 …' (a press secretary, some 180 times in the archive unread)
_CONTACT_BEFORE = re.compile(r"\b[Cc]ontact:?\s+$")
# Just before a name that is a firm's or a company's, not a person's: 'a partner at Duncan
# Cotterill' (FIRM_BEFORE), 'accounting practice Sue Sheldon Advisory'; not 'In practice Jacinda
# Ardern …'
_A_FIRM_BEFORE = re.compile(
    rf"(?:{FIRM_BEFORE}|\b[Pp]artners (?:at|in)"
    r"|\b(?!(?:[Tt]he|[Aa]n?|[Ii]n|[Oo]f|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts"
    r"|[Tt]heir)\b)[A-Za-z]+ practice) $"
)
_PHONE_AFTER = re.compile(r",? (?:\(0|0[0-9]|\+64|on 0|[Pp]h(?:one)?\b)")
# A name by which a person is known, in brackets between the given names and the surname:
# 'Michael John (Mike) Taitoko', 'Stephen Gerard (Tipene) O’Regan', in lists of appointees
_NICKNAME = re.compile(rf"(?<=[a-zāēīōū’'] )\(([{UPPER}][a-zāēīōū’'\-]+)\)(?= [{UPPER}])")
_ENDS_A_LINE = re.compile(r"[^\S\n]*(?:\n|$)")
# A line that opens with a name and a comma, and goes on with nothing or with words of an
# occupation ('Bruce Anderson, Pine Pac', 'Vianney Douglas, manager, Te Araroa'), not a list
# of names ('Jo Hui, Ana Tui and Hemi Koro')
_NAME_AND_COMMA = re.compile(
    rf"[^\S\n]*(?:[-*•][^\S\n]*)?[{UPPER}][\w’'.\-]*(?: [{UPPER}][\w’'.\-]*)+,[^\S\n]"
    r"(?:[^\n]*\b(?!and\b|or\b)[a-z]{2,}\b[^\n]*)?"
)


def speech_verb_pattern() -> str:
    return alternation("speech_verbs")


@dataclass(frozen=True)
class _Context:
    """What around a capitalised pair makes it a person."""

    after_verb: re.Pattern[str]  # '… Sarah Lin said'
    before_verb: re.Pattern[str]  # 'said Sarah Lin'
    apposition: re.Pattern[str]  # 'Ngahiwi Tomoana, Chairman of …', 'Hemi Walker, who chairs'
    person_noun: re.Pattern[str]  # 'board member Sarah Lin', 'Commissioner, Hemi Walker'


@cache
def _context() -> _Context:
    verbs = speech_verb_pattern()
    return _Context(
        re.compile(rf"\s*,?\s*(?:\w+ly\s+)?(?:{verbs})\b"),
        re.compile(rf"\b(?:{verbs})\s+$"),
        re.compile(
            rf"""
              \s+ (?:{alternation("post_nominals")})\b   # 'David Collins QC'
            | ,\s+ (?: who\b | whose\b             # ', who chairs …', ', whose term'
            | (?:the\s+|a\s+|former\s+)*           # ', the former'
              (?:[{UPPER}][\w\-]*\s+)*            # 'Ngāti Kahungunu' (a role's complement)
              (?:{alternation("roles")})\b         # 'Chairman'
            )""",
            re.VERBOSE,
        ),
        re.compile(
            rf"(?<![\w\-])(?:{alternation('person_nouns')})\s+$"
            rf"|(?<![\w\-])(?:{alternation('roles')}),\s+$"  # 'High Commissioner, Thierry Lataste'
        ),
    )


_A_LEGAL_FORM = re.compile(rf"(?:{LEGAL_FORM}|Pty)\b")


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
    read_as: str  # the name as written, before it is resolved ('William Sio')


@dataclass(frozen=True)
class NameParts:
    """A capitalised phrase split into the role words before or after a name and the name."""

    roles: tuple[str, ...]
    name: tuple[str, ...]
    honorific: bool
    after_complement: bool = False  # 'Chairman of Ngāti Kahungunu Ngahiwi Tomoana'
    before_complement: bool = False  # 'Mere Tawhiri of the Cawthron Institute'


@lru_cache(maxsize=65536)
def split_name_phrase(phrase: str) -> NameParts:
    """'French President Emmanuel Macron' -> roles (French, President), name (Emmanuel, Macron);
    'Thai Commerce Minister' -> roles only: no name comes before its own role.

    Words after a connector ('Minister for Courts', 'Chairman of Ngāti Kahungunu') are the
    role's complement, so at least three of them are needed before the last two are a name.
    """
    tokens = _with_particles_joined(phrase.removesuffix("'").split())  # "Allan Thomas' role"
    role_words, honorifics = _role_words(), _honorific_words()
    trailing: list[str] = []
    if len(tokens) > 1 and tokens[-1] == "I":
        tokens.pop()  # 'MP Joy McLauchlan I have negotiated': the pronoun starts a sentence
    while len(tokens) > 1 and tokens[-1].strip(".:") in _CONTACT_WORDS:
        tokens.pop()  # 'Chris Carter Ph 04 817 6801': a contact line's label
    while tokens and tokens[-1].strip(".").lower() in role_words:
        trailing.insert(0, tokens.pop())
    if any(t.strip(".") not in word_set("post_nominals") for t in trailing):
        # 'French High Commissioner', 'APEC Trade Ministers': words that qualify a role; only
        # a post-nominal follows a name ('Claudette Hauiti MP')
        return NameParts(tuple(tokens + trailing), (), False)
    titled = _titled_name_before_connector(tokens, role_words, honorifics)
    if titled:
        return titled
    particles = lower_word_set("name_particles")
    cut, cut_kind = -1, ""
    for i, token in enumerate(tokens):
        word = token.strip(".").lower()
        if word in role_words or _is_a_role_form(word) or _is_a_rank_before_a_name(tokens, i):
            cut, cut_kind = i, "role"
        elif token in _SECOND_WORDS_OF_A_TITLE and cut == i - 1 and cut_kind == "role":
            cut = i  # 'Director General Ashley Bloomfield', 'Lt Col Tim Gall'
        elif word in honorifics:
            cut, cut_kind = i, "honorific"
        elif word in NAME_CONNECTORS and (token.islower() or word not in particles):
            cut, cut_kind = i, "connector"  # not a capitalised particle ('Marion Van Der Goes')
    roles = tuple(t for t in tokens[: cut + 1] if t.lower() not in NAME_CONNECTORS) + tuple(
        trailing
    )
    name = [t for t in tokens[cut + 1 :] if t[0].isupper() or " " in t]
    owner = next((i for i, t in enumerate(name[:-1]) if is_possessive(t)), None)
    if cut_kind == "honorific" and owner is not None and owner >= 1:
        name = name[: owner + 1]  # 'Sir Edmund Hillary’s Trans-Antarctic Expedition'
    dropped = None  # a word of a connector's complement before the name ('Ngāti' of 'Ngāti Tama')
    if cut_kind == "connector":
        dropped = name[0] if len(name) >= 3 else None
        name = name[1:] if len(name) >= 3 else []
        if not name and (before := _name_before_of(tokens, role_words | honorifics)):
            return NameParts(before[0], before[1], False, before_complement=True)
    if cut_kind == "honorific" and 3 <= len(name) <= 4 and _is_a_full_name_after_a_title(name):
        return NameParts(roles, tuple(name), True, False)  # 'Judge Alayne Catherine Wills'
    if len(name) >= 3:
        addressed = cut_kind == "honorific" and len(name) == 3
        three = _is_three_part_name(name[-3:], len(name) == 3, addressed) or (
            cut_kind == "role" and len(name) == 3 and _are_two_given_names_and_a_surname(name)
        )
        size = 3 if three else 2
        if size < len(name) and _is_a_particle_after_a_given_name(name[-size - 1], name[-size]):
            size += 1  # 'Ana Maria de Vos Sanchez', 'Marion Van Der Goes'
        size += _given_names_before(name, size, dropped)  # 'Lawyer Timothy Charles Brewer'
        name = name[-size:]
    if _after_a_things_word(tokens, name):
        return NameParts((), (), False)  # 'Ngā Tama Toa', 'During Exercise Tropic Twilight'
    return NameParts(roles, tuple(name), cut_kind == "honorific", cut_kind == "connector")


def _after_a_things_word(tokens: list[str], name: list[str]) -> bool:
    """Whether the name's first word, or the word before it, begins the name of a thing (Ngā,
    Exercise)."""
    if not name or name[0] not in tokens:
        return False
    if name[0] in _BEFORE_A_THINGS_NAME:
        return True  # 'Exercise Tangaroa'
    at = len(tokens) - 1 - tokens[::-1].index(name[0])
    return at > 0 and tokens[at - 1] in _BEFORE_A_THINGS_NAME


def _is_a_full_name_after_a_title(name: list[str]) -> bool:
    """'Judge Alayne Catherine Wills', 'Mr Robert Akhtar Zainal Khan', 'Mr Gungor Azim Tuna': a
    form of address stands right before the given names, so three or four words that are no
    common, place, body's or portfolio word (but for the surname, which may be a common word
    or a place word: 'Wills', 'Tuna', 'Mary Beth West') are one name; not 'Dr John Money Wing'
    or 'Dr Ana Lopez Wellington'."""
    if any(is_known_organisation(" ".join(name[i:])) for i in range(1, len(name) - 1)):
        return False  # 'Hon Peter Dunne United Future': the party after the name
    return all(
        w[:1].isupper()
        and not w.isupper()
        and w not in word_set("nz_places")
        and w.lower() not in _no_name_words(titled=False)
        and w not in word_set("portfolio_words")
        and (
            i == len(name) - 1
            or (w.lower() not in word_set("common_words") and w not in word_set("place_words"))
        )
        for i, w in enumerate(name)
    )


# A person's name in a release runs to four words at most ('Roger Bruce Douglas Drummond')
_MOST_NAME_WORDS = 4


def _given_names_before(name: list[str], size: int, dropped: str | None = None) -> int:
    """How many listed given names before the last `size` words of a name belong to it: a cut
    name is another person's ('Anne Thompson' of 'Mary Anne Thompson', 'Douglas Drummond' of
    'Roger Bruce Douglas Drummond'). At most four words in all, and not after a word that
    begins an iwi's or a place's name (`dropped`: the word before `name`, if a connector's
    complement lost it): 'Ngāti Rangi Mary Smith', 'Te Aroha Mary Smith', 'Mount Albert Mary
    Anne Smith', 'Victoria Park Mary Anne Smith' (five words) keep their cut names. The given
    name next to the kept words, they and its family name must pass as two given names and a
    family name, which keeps out places ('Howard George Wellington'), and none joins a
    minister's full name ('Davis Grant Robertson': two names of a table whose cells ran
    together)."""
    kept = name[-size:]
    start = len(name) - size
    while start > 0 and name[start - 1] in word_set("given_names"):
        start -= 1
    added = len(name) - size - start
    if not added or size + added > _MOST_NAME_WORDS or " ".join(kept) in word_set("ministers"):
        return 0
    word = name[start - 1] if start else dropped
    if word is not None and (
        word == "Te"  # 'Te Aroha', 'Te Rangi': a place's or a body's name in te reo
        or word in TRIBAL_PREFIXES
        or any(word in word_set(places) for places in _PLACE_NAME_WORDS)
    ):
        return 0
    return added if _are_two_given_names_and_a_surname([name[-size - 1], kept[0], kept[-1]]) else 0


_PLACE_NAME_WORDS = ("place_prefixes", "place_words", "place_heads")  # 'Mount', 'North', 'Bay'


def _is_a_particle_after_a_given_name(before: str, first: str) -> bool:
    """The first kept word is a family name's particle, joined ('de Vos') or capitalised ('Van
    Der Goes', 'De Bres'), and the word before it is no common, place or body's word: a given
    name, which a family name with a particle follows. Te reo's 'Te' begins a family name only
    after a listed given name ('Dame Georgina Te Heu Heu'): it begins places and bodies too."""
    if " " in first:
        return True
    if first.lower() == "te":  # 'Georgina Te Heu Heu'; not 'Te Tai Tokerau'
        return before in word_set("given_names") and not _is_no_given_name(before)
    return (
        first.lower() in lower_word_set("name_particles")
        and first.lower() != "st"  # 'Hato Hone St John'
        and not _is_no_given_name(before)
        and before not in word_set("nz_places")
        and before not in word_set("place_words")
        and before.lower() not in lower_word_set("organisation_words")
    )


def _is_addressed(name: tuple[str, ...], addressed: set[str]) -> bool:
    """Whether a form of address names the person by the family name: 'Mr English' for Bill
    English, 'Ms Van Der Kolk' for Mereana Van Der Kolk (the family name from its first
    capitalised particle)."""
    at = next((i for i, w in enumerate(name[:-1]) if _is_a_capitalised_particle(w)), None)
    return _key(name[-1]) in addressed or (
        at is not None and _key(" ".join(name[at:])) in addressed
    )


def _is_a_capitalised_particle(word: str) -> bool:
    return word[:1].isupper() and word.lower() in lower_word_set("name_particles")


_ROLE_PREFIXES = frozenset({"co", "vice", "pro", "deputy", "sub"})
# Words before the name of a thing, not of a person: te reo's 'the' before a plural (a group,
# an iwi, a work or an event: 'Ngā Tama Toa', 'Nga Rauru Kiitahi'), a military exercise or
# operation ('Exercise Tropic Twilight', 'Operation Olympic Defender'); _NEVER_FIRST holds the
# words that are never a name's own first word
_BEFORE_A_THINGS_NAME = frozenset({"Ngā", "Nga", "NGĀ", "NGA", "Exercise", "Operation"})
_ROLE_SUFFIXES = frozenset({"general", "professor", "elect", "designate"})  # lower case, as read


def _is_a_role_form(word: str) -> bool:
    """'Co-commissioner', 'Pro-Chancellor', 'Co-Chair': a role with a prefix joined to it; two
    joined ('Solicitor-General', 'Associate-Professor', 'President-elect'); or a role's plural
    ('Constables Stephen Cross and Jane Doe')."""
    prefix, _, role = word.partition("-")
    return (
        (prefix in _ROLE_PREFIXES and role in _role_words())
        or (prefix in _role_words() and (role in _role_words() or role in _ROLE_SUFFIXES))
        or (
            word.endswith("s") and word[:-1] in _role_words() and len(word) > 3
        )  # the plural of a role before the names it lists: 'Constables', 'Sergeants'
    )


def _is_a_rank_before_a_name(tokens: list[str], i: int) -> bool:
    """'Private' before a name's word ('Private Leonard Manning'), not before the common words
    of a body's name ('Private Sector CEs', 'Private Security Personnel Licensing Authority')."""
    return (
        tokens[i] in word_set("ranks")
        and i + 1 < len(tokens)
        and tokens[i + 1][:1].isupper()
        and tokens[i + 1].lower() not in word_set("common_words")
        and tokens[i + 1].lower() not in lower_word_set("organisation_words")
        and tokens[i + 1] not in word_set("portfolio_words")  # 'Private Finance Pilot'
    )


# Words that end a title of two after its first ('Consul General', 'Lt Gen', 'Lt Cdr')
_SECOND_WORDS_OF_A_TITLE = frozenset({"General", "Gen", "Col", "Cdr"})

_GIVEN_NAMES_AMONG_PARTICLES = frozenset({"Al", "Di"})  # 'Al Gore', 'Di Lucas'

_CONTACT_WORDS = frozenset({"Ph", "Phone", "Tel", "Mob", "Mobile", "Fax", "Email", "DDI"})

# Forms of address followed by a family name alone ('Ms Te Hau'); 'Dr', 'Sir' and 'Dame' are
# as often followed by a given name ('Dame Te Atairangikaahu')
_FAMILY_NAME_ADDRESSES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Messrs"})


def _with_particles_joined(tokens: list[str]) -> list[str]:
    """'Brooke van Velden', 'Mrs te Heuheu', 'Ursula von der Leyen': lower-case particles
    after a capitalised word and before the capitalised family name are one token with it
    ('van Velden'), so that they are not read as a connector before a role's complement; and
    so is a capitalised one right after 'Mr' or 'Ms' ('Ms Te Hau': no given name follows)."""
    particles = lower_word_set("name_particles")
    joined: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        if (
            joined
            and joined[-1].strip(".") in _FAMILY_NAME_ADDRESSES
            and tokens[i].lower() in particles
        ):
            j += 1  # 'Ms Te Hau', 'Mr Van de Molen': a family name, not a given name
        after_address = j > i
        while (
            j < len(tokens) - 1
            and (tokens[j].islower() or after_address)
            and tokens[j].lower() in particles
        ):
            j += 1  # 'Ms Van Der Kolk': every particle after an address
        if j > i and joined and joined[-1][0].isupper() and tokens[j][0].isupper():
            joined.append(" ".join(tokens[i : j + 1]))
            i = j + 1
        else:
            joined.append(tokens[i])
            i += 1
    return joined


def _name_span(run: re.Match[str], name: tuple[str, ...]) -> tuple[int, int]:
    start, end = _name_offsets(run.group(), name)
    return run.start() + start, run.start() + end


@lru_cache(maxsize=65536)
def _name_offsets(text: str, name: tuple[str, ...]) -> tuple[int, int]:
    """Where the name's words stand in a run: from the last word that is its first word and
    has its last word after it, without a possessive ('Jo' of 'Dr Jo Scott-Jones’s', not the
    'Jo' inside 'Jones'; not the second 'Jacinda' of 'Ms Jacinda Ardern’s the Jacinda')."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    first_word = name[0].split()[0]
    last_word = strip_possessive(name[-1].split()[-1])  # 'van Velden'
    size = len(" ".join(name).split())
    for first in reversed(
        [i for i, t in enumerate(tokens) if t[1] in (first_word, f"{first_word}'")]
    ):
        for last in range(first + size - 1, len(tokens)):  # 'Saleh Al Saleh': not one word
            if strip_possessive(tokens[last][1]).removesuffix("'") == last_word:
                return tokens[first][0], tokens[last][0] + len(last_word)
    return 0, len(strip_possessive(text))  # not reached: a name's words are its run's


def _name_before_of(
    tokens: list[str], role_words: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The roles and the two or three words of a name before 'of' that open a run: 'Mere
    Tawhiri' of 'Mere Tawhiri of the Cawthron Institute', ('Director',) and 'Jane Smith' of
    'Director Jane Smith of Harvard University'; a name only if the release names the person
    again ('Ms Tawhiri': see _scan)."""
    at = next((i for i, t in enumerate(tokens) if t == "of"), 0)
    lead = next((i for i, t in enumerate(tokens[:at]) if t.lower() not in role_words), at)
    roles, before = tuple(tokens[:lead]), tokens[lead:at]
    if len(before) == 3 and before[0].lower() in word_set("common_words"):
        before = before[1:]  # 'Lawyer Susie Staley of Dunedin'
    if 2 <= len(before) <= 3 and all(
        t[0].isupper() and t.lower() not in role_words for t in before
    ):
        return roles, tuple(before)
    return None


def _titled_name_before_connector(
    tokens: list[str], role_words: frozenset[str], honorifics: set[str]
) -> NameParts | None:
    """'Mr Tony Craig of the Federation of Commercial Fishermen': a title, a name, then what
    the person is of."""
    for i, token in enumerate(tokens):
        if token.strip(".").lower() in honorifics:
            name = []
            for word in tokens[i + 1 :]:
                if not word[0].isupper() or word.strip(".").lower() in role_words | honorifics:
                    break
                name.append(word)
            rest = tokens[i + 1 + len(name) :]
            if 2 <= len(name) <= 3 and rest and rest[0] in NAME_CONNECTORS:
                return NameParts(tuple(tokens[: i + 1]), tuple(name), True)
            return None
    return None


# Role words that only qualify another role: 'Associate Arts Culture' is part of a portfolio
_QUALIFIERS = frozenset({"associate", "deputy", "acting", "former", "chief", "prime", "vice"})


def _has_a_title(parts: NameParts) -> bool:
    """A role or an honorific before the name ('Mayor', 'Dr'), not only a qualifier."""
    return parts.honorific or any(
        (r.strip(".").lower() in _role_words() and r.lower() not in _QUALIFIERS)
        or r in word_set("ranks")  # split_name_phrase kept it only before a name's word
        for r in parts.roles
    )


@lru_cache(maxsize=65536)
def _is_a_full_name(parts: NameParts) -> bool:
    """A plausible name that stays two words or more once titles are gone ('Judge Advocate
    General' leaves only 'General')."""
    return _is_plausible(parts) and " " in (
        canonical_person_name(strip_possessive(" ".join(parts.name)))
    )


def _is_plausible(parts: NameParts) -> bool:
    """`is_plausible_name` of the name with what goes before it: a title and a given name,
    or a title or a role at all."""
    return is_plausible_name(parts.name, _has_a_title_and_first_name(parts), _has_a_title(parts))


# What a ship's name starts with (453 archive releases write 'HMNZS', 23 'HMS', 19 'USS')
_SHIP_PREFIXES = frozenset({"HMNZS", "HMS", "HMAS", "HMCS", "USS"})


def _has_a_title_and_first_name(parts: NameParts) -> bool:
    """'Professor Lester Levy', not 'Criminal Justice Amendment Act'. After a form of address
    a first name that is a word of a law or a fund too will do ('Mr Bill Osborne', 'Dr Grant
    Guilford': the given names list leaves such words out), when the name does not end with
    one ('Sir Peter Blake Memorial Scholarship', 'Dr Poutasi’s Review')."""
    name = parts.name
    return _has_a_title(parts) and (
        name[0] in word_set("given_names")
        or (
            parts.honorific
            and len(name) == 2
            and name[0].lower() in lower_word_set("non_actor_words")
            and strip_possessive(name[1]).lower() not in _no_name_words(titled=False)
        )
    )


def _is_three_part_name(words_: list[str], alone: bool, addressed: bool = False) -> bool:
    """'Te Ururoa Flavell', 'Aupito William Sio', 'Julie Anne Genter', 'Mary Jane Hollis':
    a particle or a title of the name first, a minister's full name, or — when no other
    capitalised word runs into it — three words none of which is a common word ('New
    Zealander Sarah Lin' is 'Sarah Lin'; 'Te Tai Hauāuru Tariana Turia' is 'Tariana Turia').
    After a form of address only the last word may not be a common one, when the first is a
    given name, in English or in te reo ('Professor Hirini Moko Mead', 'Hon Vainetutai Rose
    Toki-Brown'; but 'Dr John Money Wing')."""
    first, text = words_[0], " ".join(words_)
    if (
        first.split()[0].lower() in lower_word_set("name_particles")  # 'bin Zayed Al Nahyan'
        or first in word_set("name_titles")
        or text in word_set("ministers")
    ):
        return True
    if any(w in word_set("nz_places") or w in word_set("place_words") for w in words_):
        return False  # 'Areta Wilkinson Auckland', 'North Jill White'
    if first in word_set("portfolio_words"):
        return False  # 'Minister for Arts, Culture and Heritage Chris Finlayson'
    if " ".join(words_[1:]) in word_set("ministers"):
        return False
    particles = lower_word_set("name_particles")
    if addressed and (
        first in word_set("given_names")
        or (is_polynesian_word(first) and first.lower() not in word_set("common_words"))
    ):  # 'Hon Vainetutai Rose Toki-Brown': a given name in te reo or a Pacific language
        last = words_[-1].lower()
        return last not in word_set("common_words") and last not in lower_word_set(
            "organisation_words"
        )
    return alone and not any(  # two letters after the first are a name's ('Kim Jong Un')
        w.lower() in word_set("common_words")
        and w.lower() not in particles
        and (len(w) > 2 or not i)
        for i, w in enumerate(words_)
    )


def _are_two_given_names_and_a_surname(name: list[str]) -> bool:
    """'Police Commissioner Howard George Broad', 'Warrant Officer Richard George Long': after a
    role, two given names and a third word that ends the phrase are one name, though the
    family name is a common word ('Broad', 'Long') or a given name too ('Mary Anne Thomas')."""
    first, middle, last = name
    return (
        first in word_set("given_names")
        and middle in word_set("given_names")
        and last[:1].isupper()
        and not last.isupper()
        and last not in word_set("nz_places")
        and last not in word_set("place_words")
        and last not in word_set("portfolio_words")
        and last.lower() not in lower_word_set("organisation_words")
        and last.lower() not in _no_name_words(titled=True)
    )


@lru_cache(maxsize=65536)
def _is_a_nickname(word: str) -> bool:
    """A word in brackets after a name that may be the name its bearer goes by: not a place, a
    country, a role or a common word ('Kane Turner (Auckland)', 'Antonio Patelesio (Tokelau)',
    'Kerry Prendergast (Chair)')."""
    return not (
        word.lower() in word_set("common_words")
        or word in word_set("nz_places")
        or country_code(word) is not None
        or is_territory_name(word)
        or word.lower() in _role_words()
        or word.lower() in _honorific_words()
        or word.lower() in lower_word_set("organisation_words")
    )


def _key(name: str) -> str:
    return slugify(strip_possessive(name))


# Words that begin no person's name: the second word of the country's name, a region, te
# reo's plural article ('Ngā Tamatoa'), storms ('Cyclone Gabrielle', in 199 releases),
# military operations ('Operation Burnham': 374 times in the archive) and the Crown ('Crown
# Monitor', 'Crown Entity', 'non-Crown Appointment': 'Crown' begins ~2,400 names in the
# archive, no person's)
_STORMS = frozenset({"Cyclone", "Hurricane", "Typhoon"})
_NEVER_FIRST = frozenset(
    {"Zealand", "Zealanders", "Pacific", "Ngā", "Nga", "Operation", "Crown", *_STORMS}
)


# The kinds of street a name of people's names ends with ('Albert Street', 'Owen St', 'Keith
# Rd'): far more streets in the releases than people of that surname
_STREET_WORDS = frozenset(
    {"Street", "St", "Road", "Rd", "Avenue", "Ave", "Terrace", "Tce", "Quay", "Crescent"}
)


@lru_cache(maxsize=65536)
def is_plausible_name(name: tuple[str, ...], titled: bool = False, addressed: bool = False) -> bool:
    """Rules out capitalised phrases that are organisations, countries, places or groups.
    After a title ('Professor Lester Levy') a word that heads funds or laws elsewhere may be
    the surname of a two-word name, not the head of a longer one ('Sir Charles Hercus Medal',
    'Sir Edmund Hillary Fellowship' name what is named after someone). With a title or a
    role (`addressed`) a name may end as a street's does ('Minister Maryan Street')."""
    text = " ".join(name)
    if text in word_set("ministers"):
        return True  # 'Simon Court' is a minister, whatever 'Court' heads elsewhere
    bare = strip_possessive(text).rstrip("'")  # "North Korea’s", "Federated Farmers'"
    no_name_words = _no_name_words(titled and len(name) == 2)
    return not (
        name[0].lower() in _SENTENCE_WORDS
        or name[0] in TRIBAL_PREFIXES  # an iwi or a hapū: 'Ngāti Pikiao'
        or name[0] in _NEVER_FIRST  # 'Zealand Histories' (of 'Aotearoa New Zealand …')
        or any(t in _STORMS for t in name)  # 'Tropical Cyclone Hale'
        or slugify(strip_possessive(name[0])) in _collective_names()  # 'Māori Wardens'
        or name[0] in word_set("leading_words")
        or name[0] in word_set("place_words")  # 'North Shore', 'South Pacific'
        or name[0] in word_set("place_heads")  # 'Base Ohakea', 'Harbour Bridge', 'Highway One'
        or name[0].lower() in number_values()  # 'Two Ministerial appointments'
        or name[0] in word_set("place_prefixes")  # 'Lake Taupo', 'Port Nelson'
        or len(name[-1].strip(".")) == 1  # 'Martin Heydon T.D.', 'March I': no surname
        or (  # 'Counties Manukau DHB', "MidCentral DHB’s", 'Niu FM'; but 'Kristy McDonald QC'
            (last := strip_possessive(name[-1]).rstrip("'")).isupper()
            and len(last) <= 3
            and last not in word_set("post_nominals")
        )
        or has_lost_space(text)  # 'Robyn RestieauxMacleans College'
        or (  # 'HMNZS Otago', 'ANZCO Foods' (but 'Dr TBF Woodfield' has initials)
            len(name[0]) >= 4 and name[0].isupper() and not text.isupper()
        )
        or name[0] in _SHIP_PREFIXES  # 'HMNZS CANTERBURY', 'HMS Endeavour', in any case
        or text in word_set("nz_places")
        or text in word_set("maori_electorates")  # 'Te Tai Rawhiti MP'
        or any(c.isdigit() for c in text)
        or any(MADE_AN_ADJECTIVE.search(t) for t in name)  # 'William Gray Young-designed'
        # a possessive ends a name ('Development’s Activate', "Banks' Ministerial"), and inside
        # one a straight apostrophe after s closes no quotation
        or any(is_possessive(t) or t.endswith("s'") for t in name[:-1])
        or slugify(strip_possessive(name[-1])) in _collective_names()  # 'Reo Māori'
        or strip_possessive(name[-1]) in word_set("place_heads")  # 'Rodney District'
        or strip_possessive(name[-1]) in word_set("no_surname_words")  # 'Training Academy'
        or (  # 'Egmont National Park', 'High Street'; not 'Keith Park', 'Maryan Street'
            len(name) >= 2
            and strip_possessive(name[-1]) in ("Park", "Street")
            and (name[-2].lower() in word_set("common_words") or name[-2] == "National")
        )
        or (  # 'Ken Maunder Park': a park named after someone
            not addressed and len(name) >= 3 and strip_possessive(name[-1]) == "Park"
        )
        or (  # 'Victoria Street', 'Moore St': streets are named after people; but, after a
            # title or a role, 'Ms Kathryn Street', 'ACC Minister Maryann Street'
            not addressed and strip_possessive(name[-1]) in _STREET_WORDS
        )
        or strip_possessive(name[-1]) in word_set("portfolio_words")  # 'Youth Affairs'
        or (
            any(strip_possessive(t).lower() in no_name_words for t in _words_of_no_given_name(name))
            and not is_a_persons_name_with_court(name)  # "Sarah Court", "Mr Brian Court"
        )
        or all(w.lower() in word_set("common_words") for w in name)  # 'Business Development'
        or country_code(bare) is not None
        or is_territory_name(bare)
        or _ends_with_a_country(name)  # 'Touch NZ', 'Netball New Zealand'
        or _ends_with_a_place(name)  # 'Venture Taranaki', 'Waihōpai Invercargill'
        or (  # 'Canterbury CDEM', 'Marlborough Roads'
            name[0] in word_set("nz_places") and name[0] not in word_set("given_names")
        )
        or is_known_organisation(bare)
        or slugify(text) in _collective_names()
    )


def _words_of_no_given_name(name: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name that may not also head a law or a fund: a given name first is a
    given name ('Bill Osborne'; laws are named '<Words> Bill')."""
    return name[1:] if len(name) >= 2 and name[0] in word_set("given_names") else name


def _ends_with_a_country(name: tuple[str, ...]) -> bool:
    """A name that ends with a country of two words, or with 'NZ' or 'Aotearoa', is a body's
    ('Touch New Zealand', 'Rugby South Africa', 'Literacy Aotearoa'); one word may be a surname
    too ('Lyn Holland', 'Jan Jordan'), but not after a common word that is no given name
    ('Biosecurity Australia', 'Love Chile')."""
    return (
        name[-1] in ("NZ", "Aotearoa")
        or (len(name) >= 3 and country_code(strip_possessive(" ".join(name[-2:]))) is not None)
        or (country_code(strip_possessive(name[-1])) is not None and _is_no_given_name(name[0]))
    )


def _ends_with_a_place(name: tuple[str, ...]) -> bool:
    """A New Zealand place after a common word or a word of te reo that is no given name ends
    a body's name or a place's two names ('Venture Taranaki', 'Waihōpai Invercargill');
    after a given name it may be a surname ('John Hamilton', 'Wendy Nelson')."""
    return (
        len(name) >= 2
        and strip_possessive(name[-1]) in word_set("nz_places")
        and _is_no_given_name(name[0], te_reo=True)
    )


def _is_no_given_name(word: str, te_reo: bool = False) -> bool:
    """A first word that begins a body's name rather than a person's: a common word ('Love',
    'Venture') or (`te_reo`) a word of te reo ('Waihōpai'), and no given name ('Grace')."""
    return word not in word_set("given_names") and (
        word.lower() in word_set("common_words") or (te_reo and is_te_reo_word(word.lower()))
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
        self._nicknames: dict[int, str] = {}  # where a nickname in brackets stands -> it
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
            known = self._find_full(parts.name)
            if known or not _is_a_full_name(parts):
                return known  # 'Federated Farmers said' names no person
            name = canonical_person_name(" ".join(parts.name))
            name = minister_full_name(name) or name
            return Person(name, *first_and_last(name))
        if len(parts.name) == 1:
            return self._by_role(parts.name[0], parts.roles) or self._find_surname(
                parts.name[0], position
            )
        return self._find_role(parts.roles, position, phrase)

    def names_other_than(self, person: Person | None, start: int, end: int) -> bool:
        """Whether the body names anyone but `person` between two positions."""
        named = bisect_left(self._starts, end) - bisect_left(self._starts, start)
        own = self._starts_of.get(id(person), [])
        return named > bisect_left(own, end) - bisect_left(own, start)

    def person_named_in(self, start: int, end: int) -> Person | None:
        """The person whose name the body gives within [start, end), as recognised there."""
        named = self.mentions_between(start, end)
        return named[0].person if named else None

    def mentions_between(self, start: int, end: int) -> list[PersonMention]:
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def last_mentioned_before(self, position: int) -> Person | None:
        """The antecedent of a pronoun: the last person named before, else the release's only
        minister (releases are written in their minister's voice)."""
        index = bisect_left(self._starts, position)
        if index:
            return self.mentions[index - 1].person
        return self.ministers[0] if len(self.ministers) == 1 else None

    def _scan(self) -> None:
        # a nickname in brackets is blanked (same length, same offsets), so that the given
        # names before it and the surname after it make one run
        self._nicknames.update(
            (m.start(), m[1]) for m in _NICKNAME.finditer(self.body) if _is_a_nickname(m[1])
        )
        text = self.body
        for at, nickname in self._nicknames.items():
            bracket = len(nickname) + 2  # '(Mike)'
            text = text[:at] + " " * bracket + text[at + bracket :]
        runs = [(run, split_name_phrase(run.group())) for run in RUN.finditer(text)]
        addressed = {_key(p.name[0]) for _, p in runs if p.honorific and len(p.name) == 1}
        latest: dict[str, Person] = {}  # surname or name key -> person last mentioned
        unplaced: list[tuple[re.Match[str], NameParts]] = []  # plausible names, no evidence
        for run, parts in runs:
            name = parts.name
            if (
                parts.honorific
                and len(name) == 1
                and " " in name[0]
                and name[0][0].isupper()
                and not latest.get(_key(name[0]))
            ):
                name = tuple(name[0].split())  # 'Ms Te Puni', no Te Puni before: 'Te' and 'Puni'
                parts = replace(parts, name=name)
            if len(name) == 2 and _is_a_capitalised_particle(name[0]):
                family_name = " ".join(name)  # 'Justice La Hood' after 'Dale Robert La Hood'
                if latest.get(_key(family_name)) or self._known(family_name):
                    name = (family_name,)
                    parts = replace(parts, name=name)
            person: Person | None
            if len(name) >= 2:
                if not _is_plausible(parts):
                    continue
                if not parts.roles and is_known_organisation(strip_possessive(run.group())):
                    continue  # 'Mighty River Power': a company, whoever 'Mr Power' is
                if not (parts.roles or parts.honorific) and (
                    self._names_a_company(run.group()) or self._names_a_firm(run, parts)
                ):
                    continue
                if parts.after_complement:
                    if not self._is_named_as_a_person(parts.name):
                        continue
                elif parts.before_complement:
                    written = " ".join(parts.name)
                    if not (
                        _is_addressed(parts.name, addressed)
                        or written in word_set("titled_people")
                        or is_a_ministers_name(written)
                    ):
                        continue  # a given name is no evidence: 'Victoria University of …'
                elif not (_has_a_title(parts) or self._is_a_person(run, parts, addressed)):
                    unplaced.append((run, parts))
                    continue
                if not _is_a_full_name(parts):
                    continue
                person = self._add(self._known_as(run, parts), roles=parts.roles)
            elif (
                len(name) == 1
                and len(name[0]) > 1  # 'I' is no surname, whoever 'Carlos I' is
                and (
                    person := self._by_role(name[0], parts.roles)
                    or latest.get(_key(name[0]))
                    or self._known(name[0])
                )
            ):
                if not (
                    parts.roles
                    or not is_sentence_start(self.body, run.start())
                    or _context().after_verb.match(self.body, run.end())
                ):
                    continue
            else:
                continue
            assert person is not None
            latest[_key(person.last)] = latest[_key(person.name)] = person
            self._mention_run(run, parts, person)
        self._add_listed(unplaced)

    def _is_a_contact(self, run: re.Match[str], parts: NameParts) -> bool:
        """A name given as a release's contact, before a phone number: a person ('contact
        Dionne Barton (04) 470 6851'), unless a word says otherwise ('contact NZTE’s Business
        Enterprise Team on 0800 …', 'the Employment Relations Infoline')."""
        return bool(
            run.group().startswith(parts.name[0])  # the whole run the name
            and _CONTACT_BEFORE.search(self.body, max(0, run.start() - 12), run.start())
            and _PHONE_AFTER.match(self.body, run.end())
            and parts.name[0].lower() not in word_set("common_words")
            and not any(_key(w) in _no_name_words(titled=False) for w in parts.name)
        )

    def _names_a_firm(self, run: re.Match[str], parts: NameParts) -> bool:
        """'the law firm Chen Palmer', 'the firm of Cairns Slane': a name that is the whole
        run right after 'firm', 'company' or 'practice' is the firm's; not 'internet security
        company Endace Measurement Systems’ Selwyn Pellett'."""
        return bool(
            run.group().startswith(parts.name[0])
            and _A_FIRM_BEFORE.search(self.body, max(0, run.start() - 30), run.start())
            and " ".join(parts.name) not in word_set("ministers")
        )

    @cached_property
    def _names_a_legal_form(self) -> bool:
        """Whether the body writes a company's legal form at all: looked for once, not at
        every name."""
        return _A_LEGAL_FORM.search(self.body) is not None

    def _names_a_company(self, text: str) -> bool:
        """'Max Resources' where the release writes 'Max Resources Limited', 'Fletcher
        Residential' beside 'Fletcher Residential Ltd': a company named again without its
        legal form, not a person, when its last word is a common word (people name companies
        after themselves: 'Wendy Pye Ltd')."""
        name = strip_possessive(text.rstrip("'’"))
        if name.split()[-1].lower() not in word_set("common_words"):
            return False  # 'Wendy Pye' beside 'Wendy Pye Ltd': a person and her company
        if not self._names_a_legal_form:
            return False
        name = re.escape(name)
        return re.search(rf"(?<![\w\-]){name},? {_A_LEGAL_FORM.pattern}", self.body) is not None

    @staticmethod
    def _is_named_as_a_person(name: tuple[str, ...]) -> bool:
        """After a role's complement only the name itself tells where the complement ends:
        'Minister of Foreign Affairs Winston Peters' but 'Minister of Pacific Island Affairs'."""
        return is_a_ministers_name(" ".join(name)) or name[0] in word_set("given_names")

    def _is_a_person(self, run: re.Match[str], parts: NameParts, addressed: set[str]) -> bool:
        """Evidence that a plausible name with no role or title before it is a person."""
        body, context = self.body, _context()
        if is_a_ministers_name(" ".join(parts.name)):
            return True  # a minister's name, however the release introduces it
        # Te reo's article and one word, untitled, name a body, a place or a programme far
        # more often than a person ('Te Puia said', 'Te Anau'); no name begins with the plural
        # 'Ngā' (_NEVER_FIRST)
        if (
            len(parts.name) == 2
            and parts.name[0] == "Te"
            and is_te_reo_word(strip_possessive(parts.name[1]))
        ):
            return False
        before = body[max(0, run.start() - 40) : run.start()]
        whole_run = run.group().startswith(parts.name[0])
        if whole_run and _AFTER_THE.search(before):
            return False  # 'the Ngaire Wha', 'the Tom McCormack suite': named after someone
        if whole_run and strip_possessive(" ".join(parts.name)) in word_set("titled_people"):
            return True  # a name the releases write after 'Professor', 'Dame', 'Mr' …
        after_in = _AFTER_IN.search(run.group()[: run.group().index(parts.name[0])]) or (
            whole_run and _AFTER_IN.search(before)
        )
        if (
            after_in
            and not is_possessive(run.group())
            and not (
                _starts_with_a_first_name(parts.name)
                and context.apposition.match(body, run.end(), run.end() + 120)
            )
        ):
            # 'Days earlier in Kuala Lumpur, the Prime Minister …', 'In Abu Dhabi, the
            # Minister …', 'a partner in Chadwick Bidois': a place or a firm, unless the
            # release names the person again, or a given name and an apposition say it is one
            # ('confidence in Sarah Jones, the new chief executive')
            return _is_addressed(parts.name, addressed)
        if _may_name_a_group(parts.name):
            return _is_addressed(parts.name, addressed)  # 'BAE Systems said'; 'Ms Ridings'
        if (
            len(parts.name) == 2
            and _is_a_capitalised_particle(parts.name[0])
            and parts.name[0] not in _GIVEN_NAMES_AMONG_PARTICLES
        ):  # 'In Da Nang, ministers will': no given name, so 'Mr' or 'Ms' must say it is one
            return _is_addressed(parts.name, addressed)
        found = (
            _is_addressed(parts.name, addressed)  # Bill English … Mr English
            or _starts_with_a_first_name(parts.name)
            or context.after_verb.match(body, run.end())
            or context.before_verb.search(before)
            or context.apposition.match(body, run.end(), run.end() + 120)
            or context.person_noun.search(before)
            or self._is_a_contact(run, parts)
        )
        # 'Fish Industry said': words the releases write in lower case are no name
        return bool(found) and not all(w.lower() in word_set("common_words") for w in parts.name)

    def _mention_run(self, run: re.Match[str], parts: NameParts, person: Person) -> None:
        """The mention spans the name alone: 'Kiri Allan' of 'Justice Minister Kiri Allan’s'."""
        name_start, name_end = _name_span(run, parts.name)
        written = strip_possessive(" ".join(parts.name))
        read_as = canonical_person_name(written) if len(parts.name) >= 2 else person.name
        self._mention(PersonMention(name_start, name_end, run.group(), person, read_as))

    def _add_listed(self, unplaced: list[tuple[re.Match[str], NameParts]]) -> None:
        """Names listed with people are people: 'Ministers Stuart Nash, David Parker and
        Michael Wood', or the lines of a list of appointees; not one after 'the' ('the
        Smashing Pumpkins and David Bowie'). Each newly found one may make the next, so the
        list is gone through until nothing changes."""
        pending = [
            (run, parts)
            for run, parts in unplaced
            if not all(w.lower() in word_set("common_words") for w in parts.name)
            and (
                not any(_key(w) in _no_name_words(titled=False) for w in parts.name)
                or is_a_persons_name_with_court(parts.name)  # 'Ed Willett, Sarah Court'
            )
            and not _may_name_a_group(parts.name)
            and not _AFTER_THE.search(self.body, max(0, run.start() - 4), run.start())
            and run.group().split()[0] not in TRIBAL_PREFIXES  # 'Ngati Toa Rangatira'
        ]
        changed = True
        while changed and pending:
            changed = False
            for run, parts in list(pending):
                if self._listed_beside_a_person(run) and _is_a_full_name(parts):
                    person = self._add(self._known_as(run, parts))
                    self._mention_run(run, parts, person)
                    pending.remove((run, parts))
                    changed = True

    def _listed_beside_a_person(self, run: re.Match[str]) -> bool:
        """A list gap to a person before or after the run. A lone comma on one side only
        may be an apposition ('in Hong Kong, Carl Worker, has'), so the list must go on
        on the other side too ('Jo Hui, Ana Tui, Hemi Koro')."""
        index, body = bisect_left(self._starts, run.start()), self.body
        gaps = []
        line = body.rfind("\n", 0, run.start()) + 1
        if _ENDS_A_LINE.match(body, run.end()) and _NAME_AND_COMMA.fullmatch(
            body, line, run.start()
        ):
            return False  # 'Bruce Anderson, Pine Pac', '…, manager, Te Araroa': whom, where
        if index:
            gaps.append(body[self.mentions[index - 1].end : run.start()])
        if index < len(self.mentions):
            gaps.append(body[run.end() : self.mentions[index].start])
        listed = [
            gap
            for gap in gaps
            if _LIST_GAP.fullmatch(gap)
            and not ((place := _BRACKETED.search(gap)) and place[1] in word_set("nz_places"))
        ]  # '- Go Bamboo (Gisborne)': a list of firms by their towns names no one
        if any(gap.strip() != "," for gap in listed) or len(listed) == 2:
            return True
        return bool(listed) and bool(
            _LIST_GOES_ON_AFTER.match(body, run.end())
            and _LIST_GOES_ON_BEFORE.search(body[max(0, run.start() - 60) : run.start()])
        )

    def _mention(self, mention: PersonMention) -> None:
        """Record a mention, keeping every list in order of position."""
        index = bisect_left(self._starts, mention.start)
        self.mentions.insert(index, mention)
        self._starts.insert(index, mention.start)
        person = mention.person
        insort(self._starts_of.setdefault(id(person), []), mention.start)
        for key in {_key(person.last), _key(person.name)}:
            starts, people = self._mentions_by_key.setdefault(key, ([], []))
            at = bisect_left(starts, mention.start)
            starts.insert(at, mention.start)
            people.insert(at, person)

    def _mentions_where(self, wanted: Callable[[Person], bool]) -> tuple[list[int], list[Person]]:
        """(starts, people) of the mentions of people who are `wanted`, in order."""
        chosen = [m for m in self.mentions if wanted(m.person)]
        return [m.start for m in chosen], [m.person for m in chosen]

    def _known(self, surname: str) -> Person | None:
        return self._by_key.get(_key(surname))

    def _known_as(self, run: re.Match[str], parts: NameParts) -> str:
        """The name a run gives, or, when a nickname stands in brackets inside it, the name the
        person is known by: 'Michael John (Mike) Taitoko' is Mike Taitoko, as other releases
        call him, and 'William Te Rangiua (Pou) Temara' Pou Temara."""
        name = strip_possessive(" ".join(parts.name))
        start, end = _name_span(run, parts.name)
        inside = [(at, n) for at, n in self._nicknames.items() if start < at < end]
        if len(inside) != 1:
            return name
        ((at, nickname),) = inside
        after = strip_possessive(self.body[at + len(nickname) + 2 : end].strip())
        if " " not in after and after:
            return f"{nickname} {after}"  # one word after the nickname: the family name
        return f"{nickname} {first_and_last(canonical_person_name(name))[1]}"

    def _add(self, raw_name: str, minister: bool = False, roles: tuple[str, ...] = ()) -> Person:
        name = canonical_person_name(raw_name)
        if not minister:
            name = minister_full_name(name) or name
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
            given = [slugify(g) for g in person.first.split()]
            if _given_names_fit(first, given) or slugify(person.first)[:1] == first.rstrip("."):
                return person
        return None

    def _by_role(self, surname: str, roles: tuple[str, ...]) -> Person | None:
        """Of two people with one surname, the one a role before it names: 'Mayor Brown' is
        the Brown introduced as mayor, 'Minister Brown' the minister, whoever was named last."""
        namesakes = self._by_last.get(slugify(strip_possessive(surname)), [])
        wanted = {r.strip(".").lower() for r in roles} - _QUALIFIERS
        if len(namesakes) < 2 or not wanted:
            return None
        fitting = [
            p
            for p in namesakes
            if any(wanted & set(role.lower().split()) for role in p.roles)
            or ("minister" in wanted and p.is_minister)
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _find_surname(self, surname: str, position: int) -> Person | None:
        """The person last mentioned before `position` with this surname (or name)."""
        found = _last_before(self._mentions_by_key.get(_key(surname), ([], [])), position)
        return found or self._known(surname)

    def _find_role(self, roles: tuple[str, ...], position: int, phrase: str) -> Person | None:
        role = " ".join(roles).lower()
        if "minister" not in role:
            return None
        if "prime" in role:
            prime_ministers = [p for p in self.ministers if _is_prime_minister(p)]
            if prime_ministers:
                return prime_ministers[-1]
            return _last_before(self._prime_ministers, position)
        if len(self.ministers) == 1:
            minister = self.ministers[0]
            return minister if _may_hold(minister, phrase) else None
        return _last_before(self._other_ministers, position)


_NOT_PORTFOLIO_WORDS = frozenset(
    {"minister", "ministers", "associate", "deputy", "acting", "the", "of", "for", "and", "&"}
)


def _portfolio_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zāēīōū]+", text.lower()) if w not in _NOT_PORTFOLIO_WORDS}


def _may_hold(minister: Person, role: str) -> bool:
    """Whether the release's only minister may be the one a role names: 'the Minister', or a
    minister of one of the release's portfolios ('Minister for Social Development and
    Employment' for a 'Social Development' release). 'The Minister of Health also says' in
    an ACC release names another minister (the Minister of Health the release named)."""
    named = _portfolio_words(role)
    held = set().union(*(_portfolio_words(r) for r in minister.roles))
    return not named or not held or bool(named & held)


def _is_prime_minister(person: Person) -> bool:
    return any("prime minister" in r.lower() for r in person.roles)


def _last_before(mentions: tuple[list[int], list[Person]], position: int) -> Person | None:
    starts, people = mentions
    index = bisect_left(starts, position)
    return people[index - 1] if index else None


_SENTENCE_WORDS = {"the", "a", "an", "this", "that", "these", "our", "in", "on", "at", "new"}


@cache
def _ministers_by_surname() -> dict[str, list[str]]:
    """Surname key -> the full names of the ministers with it (data/ministers.txt)."""
    found: dict[str, list[str]] = {}
    for name in words("ministers"):
        found.setdefault(_key(first_and_last(name)[1]), []).append(name)
    return found


def _starts_with_a_first_name(name: tuple[str, ...]) -> bool:
    """'Cindy Kiro', 'Christopher Doig': a first name (data/given_names.txt) and a surname that
    is no common word ('Fletcher Construction' is a company)."""
    return name[0] in word_set("given_names") and name[-1].lower() not in word_set("common_words")


def _may_name_a_group(name: tuple[str, ...]) -> bool:
    """'Athfield Architects', 'BAE Systems', 'Defence Priorities', 'Topp Twins': a plural of a
    common word last, after a word that is no known first name, names a firm, a group or a
    thing far more often than a person. Surnames like it ('Penelope Ridings', 'Laurie Mains')
    need a title or a 'Ms Ridings' to be read as a person's."""
    last = strip_possessive(name[-1]).lower()
    common = word_set("common_words")
    return (
        name[0] not in word_set("given_names")
        and last.endswith("s")
        and (
            last in common
            or last[:-1] in common
            or (last.endswith("es") and last[:-2] in common)
            or (last.endswith("ies") and f"{last[:-3]}y" in common)
        )
    )


def is_a_ministers_name(name: str) -> bool:
    """A minister's name as the front matter writes it, or another form of one."""
    return name in word_set("ministers") or minister_full_name(name) is not None


@lru_cache(maxsize=65536)
def minister_full_name(name: str) -> str | None:
    """The one minister whose full name another form means: 'William Sio' -> 'Aupito
    William Sio', 'Kiri Allan' -> 'Kiritapu Allan', 'Anne Genter' -> 'Julie Anne Genter',
    'Douglas Graham' -> 'Doug Graham'; None when no minister, or more than one, fits."""
    given, surname = first_and_last(name)
    if not given:
        return None
    first = slugify(given.split()[0])
    fitting = [
        full
        for full in _ministers_by_surname().get(_key(surname), [])
        if _given_names_fit(first, [slugify(g) for g in first_and_last(full)[0].split()])
    ]
    return fitting[0] if len(set(map(slugify, fitting))) == 1 else None


def _given_names_fit(first: str, given: list[str]) -> bool:
    """'kiri' fits 'Kiritapu', and 'douglas' fits 'Doug': one given name shortens the other."""
    if first in given:
        return True
    shorter, longer = sorted((first, given[0] if given else ""), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


@cache
def _no_name_words(titled: bool) -> frozenset[str]:
    """Words of no person's name: organisation words and, but after a title, the words that
    head funds or laws (a union made once, not at every name)."""
    return lower_word_set("organisation_words") | (
        frozenset() if titled else lower_word_set("non_actor_words")
    )


@cache
def _collective_names() -> set[str]:
    """Slugs, so that 'Mâori' and 'Mäori' (misencoded macrons) match 'Māori'."""
    return {slugify(w) for w in words("collective_names")}


def _role_words() -> frozenset[str]:
    return lower_entry_words("roles")


@cache
def _honorific_words() -> set[str]:
    return {w.lower().rstrip(".") for w in entry_words("honorifics")}
