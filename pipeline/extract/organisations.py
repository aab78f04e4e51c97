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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pipeline.extract.countries import country_code
from pipeline.extract.ids import slugify
from pipeline.extract.lexicons import (
    WordFinder,
    alternation,
    entry_words,
    lower_entry_words,
    lower_word_set,
    number_values,
    table,
    trie_pattern,
    word_set,
    words,
)
from pipeline.extract.text import (
    COUNTRY_OF_A_COMPANY,
    MADE_AN_ADJECTIVE,
    ORGANISATION_CONNECTORS,
    POSSESSIVE,
    SPACE,
    TE_REO_WORD,
    TROPHY_WORDS,
    capitalised_run,
    has_lost_space,
    is_possessive,
    strip_possessive,
    with_macrons,
)


@cache
def _org_run(te: bool = False) -> re.Pattern[str]:
    """A capitalised run that may be an organisation's name: capitalised words joined by
    connectors, '+' ('Beef + Lamb New Zealand', in 80 releases) or a company's country of
    registration ('Plant Research (NZ) Limited'), and by a year after a word
    of the name and before its head word ('Asia 2000 Foundation', 'Super 2000 Taskforce',
    'Rugby New Zealand 2011 Ltd': some 100 times in the archive); with `te`, also by te reo's
    article 'te' ('Ngāti Raukawa ki te Tonga')."""
    after_a_word = "".join(rf"(?<!\b{c}{SPACE})" for c in ORGANISATION_CONNECTORS if c != "&")
    heads = trie_pattern(words("organisation_words"))
    year = rf"{after_a_word}(?<!&{SPACE})(?:19|20)\d\d(?={SPACE}+(?:{heads})(?![\w’'\-]))"
    article = ("te",) if te else ()
    return capitalised_run((*ORGANISATION_CONNECTORS, *article, r"\+", year, COUNTRY_OF_A_COMPANY))


_TE = re.compile(rf"{SPACE}te{SPACE}")
# The Crown, the Government and Parliament in te reo, no actors ('Ngāti Maniapoto ki te Karauna':
# with the Crown), as in English (_NO_ACTOR_PARTIES)
_NO_ACTOR_PARTIES_IN_TE_REO = frozenset(
    {"Karauna", "Kāwanatanga", "Kawanatanga", "Pāremata", "Paremata"}
)


def _is_glued_to_the_word_before(body: str, run: re.Match[str]) -> bool:
    """A run that begins inside a word is the end of a name, cut: 'i|Sport Foundation',
    'e|RMA New Zealand' (the prefixes 'e' and 'i' of 'ePassport', 'iPad'), '4|RF
    Communications Ltd', '3|M New Zealand'. Not a word run into the name where a space was
    lost ('the|Tourism Industry Association', 'by|MAF', 'a|Waikato Trust'; a common word, or a
    single letter other than those prefixes, such as a list's 'o' bullet), nor a table's row
    number ('2Auckland Ōtahuhu Union Health Centre Ltd'): after a digit, only a first word of
    capitals, one or two letters with or without a digit and no country's, is cut. A prefix
    that is a common word stays ('carbo|NZero Holdings' is read as before)."""
    before = body[run.start() - 1] if run.start() else " "
    if before.isalpha():
        glued = _LETTERS_AT_THE_END.search(body, max(0, run.start() - 30), run.start())
        if glued is None or not glued.group().islower():
            return False
        if len(glued.group()) == 1:
            return glued.group() in _BRAND_PREFIXES
        return glued.group() not in word_set("common_words")
    first = run.group().split()[0]
    return (
        before.isdigit()
        and _CUT_AFTER_A_DIGIT.fullmatch(first) is not None
        and country_code(first) is None  # '1NZ Expeditionary Force': the first of its name
    )


_CUT_AFTER_A_DIGIT = re.compile(r"[A-Z]{1,2}\d*")
_LETTERS_AT_THE_END = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
_BRAND_PREFIXES = frozenset({"e", "i"})  # 'ePassport', 'eGate', 'iPad', 'iSport'


def _org_runs(body: str) -> Iterator[re.Match[str]]:
    """The capitalised runs of `_org_run`; one joined by te reo's article 'te' only where it
    is an iwi's or a hapū's name that goes on with 'te' ('Ngāti Raukawa ki te Tonga', 'Ngāti
    Apa ki te Rā Tō', 'Ngati te Ata', each another iwi than the name before 'te'), and no
    word names the Crown or a role ('Ngāti Kahungunu ki te Minita Hauora': to the Minister).
    Elsewhere 'te' is mostly the article of a te reo sentence ('I te Hui Taumata', 'Te Rarawa
    ki te Karauna', 'Mark Gray ki te Poutama Trust'): there the runs are read without it."""
    if _TE.search(body) is None:
        return _org_run().finditer(body)  # most bodies: no 'te' to read
    return _runs_with_te(body)


def _runs_with_te(body: str) -> Iterator[re.Match[str]]:
    for run in _org_run(te=True).finditer(body):
        words_ = run.group().split()
        if _TE.search(run.group()) is None or (
            words_[0] in TRIBAL_PREFIXES
            and not any(
                w in _NO_ACTOR_PARTIES_IN_TE_REO or _bare(w).split("-")[0] in word_set("roles")
                for w in words_
            )
        ):
            yield run
        else:
            yield from _org_run().finditer(body, run.start(), run.end())


_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\s+")
_CAPITALS = re.compile(r"[A-Z](?<![\w\-][A-Z])[A-Z]{2,}(?![\w\-])")  # capital first: fast
_AND = re.compile(r" (?:and|&) ")
# Participles that make a compound adjective of a name: 'Fonterra-led', 'Government-appointed',
# 'NZX-listed Vector Limited', 'UN-mandated International Security Assistance Force'
_PARTICIPLES = (
    r"(?:led|based|funded|owned|run|backed|sponsored|managed|organised|operated|supported"
    r"|hosted|appointed|listed|sanctioned|mandated|focused|convened|linked|registered"
    r"|dominated|designed|approved|elected|chaired|controlled|accredited|themed|retired|born)"
)
# 'Fonterra’s', 'Fonterra-led', "Office of Ethnic Affairs' website": a straight apostrophe
# ends no name (a plural's possessive or a closing quotation mark)
_SUFFIX = re.compile(rf"(?:{POSSESSIVE}|'|-{_PARTICIPLES})$")
_FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")
# The words that say how a company is incorporated, as its name ends: one pattern for them all
LEGAL_FORM = r"(?:Ltd|Limited|Inc|Incorporated)"
_THE = re.compile(r"(?:The|the)\s+")
_THE_INSIDE = re.compile(r" the (?=[A-Z])")
_CONNECTOR_FIRST = re.compile(r"(?:and|or|for|on|of|to|a|&)\s+(?=\S)")
# Words that qualify a role: 'Deputy Chair', 'State Minister', 'Managing Director'.
_QUALIFIERS = (
    r"(?:Former|Deputy|Associate|Acting|Assistant|State|Vice|Senior|Managing|Executive|Prime"
    r"|General|Parliamentary)"  # 'General Secretary Maritime Union of New Zealand'
)
_POSSESSOR = re.compile(
    rf"\S(?:{POSSESSIVE}|(?<=[sS])['’])\s+(?=[A-Z])"
)  # "the US' …", "Nations' …"


# The parties that a release names as no actor of its own: 'the Government', 'the Crown'
_NO_ACTOR_PARTIES = frozenset({"Government", "Crown", "Parliament"})


def _is_a_name_of_its_own_or_no_actor(text: str) -> bool:
    """A possessor that is a name of its own — a country or a known organisation — or the
    Government, the Crown or a role, which are no actor ('Women' in "Women's Affairs" is
    neither, so that name stays whole)."""
    return (
        _is_country_name(text)
        or text in _references()
        or text in _NO_ACTOR_PARTIES
        or text in _person_words()
        or text in word_set("nz_places")  # "Waikato's Home of Cycling Trust"
        or _is_a_persons_name(text, common_surname=True)  # "Mike Moore's", "John Key's"
        or _is_an_owner_word(text)
        or text.split()[0] in entry_words("honorifics")  # "Dr Cullen's Office"
    )


def _is_an_owner_word(text: str) -> bool:
    """One word that owns what follows rather than begins its name: an acronym ("MIT’s
    Pasifika Community Centre"; not a role's: "PM’s Business Advisory Council"), a kind of
    body ("the Ministry’s National Contact Centre") or a leading word ("Today’s Statistics
    New Zealand figures")."""
    return " " not in text and (
        (text.isupper() and len(text) >= 2 and text not in _person_words())
        or text.lower() in lower_word_set("organisation_words")
        or text in word_set("leading_words")
    )


def _is_a_persons_name(text: str, common_surname: bool = False) -> bool:
    """'Mike Moore', 'Helen Clark': a given name and a surname that is no common word ('Victoria
    University' is a name of its own), or may be one (`common_surname`: 'John Key's' as a
    possessor, where the possessive says that a name ends there)."""
    tokens = [_bare(t) for t in text.split()]
    return (
        2 <= len(tokens) <= 3
        and tokens[0] in word_set("given_names")
        and all(t[:1].isupper() for t in tokens)
        and (common_surname or tokens[-1].lower() not in word_set("common_words"))
        and tokens[-1].lower() not in lower_word_set("organisation_words")  # 'Tidd Ross Todd Ltd'
        and not any(_is_country_name(" ".join(tokens[i:])) for i in range(1, len(tokens)))
    )


@cache
def _opening_phrase() -> re.Pattern[str]:
    """What a sentence or heading may start with before an organisation's name: a verb or a
    noun of its own with its preposition ('Enabling the Copyright Tribunal', 'Expansion of
    North Shore Hospital', 'Bill to the Environment Committee')."""
    heads = trie_pattern(words("organisation_words"))
    verbs_and_things = trie_pattern([w for w in words("non_actor_words") if w[0].isupper()])
    return re.compile(
        rf"(?!(?:{heads})\b)(?:[A-Z][a-z]+(?:ing|ion|ions|ment|ments)|{verbs_and_things})"
        r"\s+(?:of|to|for|the|with|by)\s+(?:the\s+)?(?=[A-Z])"
    )


_ACRONYM_DEFINITION = re.compile(
    r"\s*\(((?=[A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*[A-Z])[A-Z][A-Za-z0-9&]{1,9})\)"
)


@cache
def _role_tail() -> re.Pattern[str]:
    """Job titles after an organisation's name ('Fonterra Chief Executive', 'University of
    Auckland Director of Alumni Relations', 'Ministry of Health Deputy Director-General')."""
    tails = trie_pattern(words("organisation_role_tails"))
    return re.compile(rf"(?:\s+(?:{_QUALIFIERS}\s+)*{tails})+(?:\s+(?:of|for)\s.*)?$")


@dataclass(frozen=True)
class OrganisationMention:
    start: int
    end: int
    name: str
    surface: str
    short_only: bool = False  # a kind of body ('the District Council'): an actor only as the
    # short form of a full name the release gives ('Far North District Council')


@dataclass(frozen=True)
class _Reference:
    name: str
    standalone: bool
    kind: str = ""  # nz_organisations.csv's: public_sector, party or international


# A ministry or department named by its head, then its field: 'Ministry of Tourism'
_HEAD_THEN_FIELD = re.compile(r"(?P<head>Ministry|Department) (?:of|for) (?:the )?(?P<field>.+)")


@cache
def _references() -> dict[str, _Reference]:
    """Surface form -> reference organisation: the public sector, parties and international
    bodies of nz_organisations.csv first, then the companies and others of organisations.csv.
    A standalone form counts only when a capitalised name is exactly that form. A ministry
    or department is named with its field first too ('Tourism Ministry'), unless the lists
    give that form to another body."""
    found: dict[str, _Reference] = {}
    derived: dict[str, _Reference] = {}
    for row in table("organisations"):
        standalone = row["match"].strip() == "standalone"
        for surface in [row["name"], *filter(None, row["aliases"].split("|"))]:
            if standalone and surface in found:
                continue  # a body's short forms on a row of their own ('Herald')
            found[surface.strip()] = _Reference(row["name"].strip(), standalone)
    for row in table("nz_organisations"):
        name, kind = row["name"].strip(), row["kind"].strip()
        for surface in [name, *filter(None, row["aliases"].split("|"))]:
            found[surface.strip()] = _Reference(name, False, kind)
        for surface in filter(None, row["standalone_aliases"].split("|")):
            found[surface.strip()] = _Reference(name, True, kind)
        if kind == "public_sector" and (head := _HEAD_THEN_FIELD.fullmatch(name)):
            # 'the Tourism Ministry', 'the Social Welfare Department', as releases write them
            derived.setdefault(f"{head['field']} {head['head']}", _Reference(name, True, kind))
    for surface, reference in derived.items():
        found.setdefault(surface, reference)
    for surface, reference in list(found.items()):  # 'Water & Atmospheric Research'
        found.setdefault(surface.replace(" and ", " & "), reference)
        if ", " in surface:  # 'Ministry of Business, Innovation, and Employment'
            found.setdefault(", and ".join(surface.rsplit(" and ", 1)), reference)
    return found


@cache
def _references_in_lower_case() -> dict[str, str]:
    """A listed name in lower case -> the body, for names a release ends in lower case."""
    return {
        surface.lower(): reference.name
        for surface, reference in _references().items()
        if not reference.standalone and " " in surface
    }


_LOWER_CASE_WORDS = re.compile(r"(?:[^\S\n]+(?:and[^\S\n]+)?[a-z]+){1,2}")


def _completed_in_lower_case(body: str, end: int, surface: str) -> tuple[int, str] | None:
    """Where a listed body's name ends when a release writes its last words in lower case
    ('the Ministry of Economic development', 'the Ministry of Civil Defence and Emergency
    management'), and the body; None when the words after the name complete no listed name."""
    after = _LOWER_CASE_WORDS.match(body, end) if " " in surface else None
    if after is None:
        return None
    words = [(w.group(), w.end()) for w in _TOKEN.finditer(body, end, after.end())]
    for n in range(len(words), 0, -1):
        written = " ".join(w for w, _ in words[:n])
        if name := _references_in_lower_case().get(f"{surface} {written}".lower()):
            return words[n - 1][1], name
    return None


def is_known_organisation(name: str) -> bool:
    """A name of the reference lists, or an iwi: 'Federated Farmers', 'Ngāti Porou'."""
    return name in _references() or slugify(name) in _iwi()


def is_introduced_as_a_kind(body: str, start: int, end: int) -> bool:
    """A name that heads its phrase after 'a proposed' or 'the proposed', or after 'a' or 'an'
    where the sentence proposes the body or describes something as one of its kind: 'to
    establish a Sentencing Council', 'plans for a Māori Unit', 'A Panel of Commissioners will be
    appointed', 'AgResearch is a Crown Research Institute', 'served as a Court of Appeal Judge'.
    Not 'a Law Commission report' (the name qualifies a noun), nor 'has established a Complaints
    Tribunal' or 'announced the establishment of an Iwi-Crown Economic Taumata' (the body exists
    from then on), nor 'the proposed Kauri Regional Council’s plan' (the proposal is the plan)."""
    if not _ENDS_ITS_PHRASE.match(body, end):
        return False
    before = " ".join(body[max(0, start - 120) : start].split()) + " "
    before = _OPENING_QUOTE_END.sub(" ", before)  # "to establish a 'Red Tape Commission'"
    if _PROPOSED_BEFORE.search(before) and body[end : end + 1] not in "’'":
        # 'comments on a proposed ACC Appeals Tribunal', 'the proposed new Agency'; not 'the
        # proposed Kauri Regional Council’s plan'
        return True
    article = _INDEFINITE_ARTICLE.search(before)
    if article is None:
        return False
    return bool(_PROPOSAL_BEFORE.search(before, 0, article.start() + 1)) or bool(
        _DESCRIPTION_BEFORE.search(before) or _PROPOSAL_AFTER.match(body, end)
    )


_ADJECTIVES_OF_A_NEW_BODY = (
    r"(?:(?:new|separate|single|national|permanent|independent|dedicated|stand-?alone"
    r"|special|formal|joint|possible|proposed|statutory)\s+)*"
)
_PROPOSED_BEFORE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+proposed\s+{_ADJECTIVES_OF_A_NEW_BODY}$", re.IGNORECASE
)
_INDEFINITE_ARTICLE = re.compile(rf"(?:^|[^\w’'])(?:a|an|A|An)\s+{_ADJECTIVES_OF_A_NEW_BODY}$")
_PROPOSAL_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|could|should|shall|must)\s+(?:\w+\s+){0,3}?"
    r"(?:establish|set\s+up|create|form|introduce|develop|appoint|build)\b"
    r"|\b(?:propos\w+|plans?\s+(?:for|to)|intention\s+to|consider\w*|investigat\w+"
    r"|explor\w+|calls?\s+for|need\s+for|possibility\s+of|feasibility)\b)[^.;:!?]*$",
    re.IGNORECASE,
)
_DESCRIPTION_BEFORE = re.compile(
    rf"\b(?:is|was|are|were|as|be|been|being|become|becomes|became)\s+an?\s+"
    rf"{_ADJECTIVES_OF_A_NEW_BODY}$",
    re.IGNORECASE,
)
_PROPOSAL_AFTER = re.compile(
    r"\s*,?\s*(?:(?:will|would|could|should|is\s+to|are\s+to|to)\s+be\s+(?:\w+\s+)?"
    r"(?:established|set\s+up|created|formed|appointed|introduced)|is\s+(?:being\s+)?proposed"
    r"|be\s+established)\b",
    re.IGNORECASE,
)
# What may follow a name that heads its phrase: punctuation, a comma not before another name,
# a function word or a verb; not a noun it qualifies ('a Law Commission report')
_ENDS_ITS_PHRASE = re.compile(
    r"\s*[.;:!?)(\]\"”’'—–]|\s*,(?!\s*[A-Z])|\s*$|\s+(?:to|that|which|who|will|would|could"
    r"|should|might|may|is|was|be|for|in|with|of|on|at|by|under|within|comprising|whose|as"
    r"|from|into|has|had|have|are|were|next|later|this|soon|early|before|after|when|and|or"
    r"|responsible|charged|tasked)\b"
)
_OPENING_QUOTE_END = re.compile(r" ?[‘'“\"] $")


def is_generic_name(name: str) -> bool:
    """A kind of body, not one body: 'Working Group', 'Select Committee', 'Health Centre'."""
    return _is_generic(name.split())


def known_organisations() -> dict[str, tuple[str, ...]]:
    """Every organisation of the reference lists: canonical name -> its other names."""
    names: dict[str, list[str]] = {}
    for surface, reference in _references().items():
        if surface != reference.name:
            names.setdefault(reference.name, []).append(surface)
        else:
            names.setdefault(reference.name, [])
    return {name: tuple(sorted(set(others))) for name, others in names.items()}


@cache
def _anywhere_finder() -> WordFinder:
    forms = [s for s, r in _references().items() if not r.standalone]
    return WordFinder.of(forms, before=r"(?<![\w\-])(?=[A-Z])", after=r"(?![\w\-])")


@cache
def _iwi() -> dict[str, str]:
    """Macron-free, lower-case iwi name or other name of the iwi -> its name with macrons
    (iwi.txt: the name, then its other names after '|')."""
    return {
        slugify(other): names.split("|")[0] for names in words("iwi") for other in names.split("|")
    }


@cache
def _iwi_finder() -> WordFinder:
    """Iwi names, matched with or without macrons."""
    plain = str.maketrans("āēīōūĀĒĪŌŪ", "aeiouAEIOU")
    vowels = {"a": "[aā]", "e": "[eē]", "i": "[iī]", "o": "[oō]", "u": "[uū]"}
    return WordFinder.of(
        [name.translate(plain) for names in words("iwi") for name in names.split("|")],
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
        if not _starts_a_non_actor_name(body, m.end())
    ]
    found += [
        OrganisationMention(m.start(), m.end(), _iwi()[slugify(m.group())], m.group())
        for m in _iwi_finder().finditer(body)
        if not _is_the_electorate_in_a_school_row(body, m.start(), m.end())
        and not _starts_a_non_actor_name(body, m.end())
    ]
    for run in _org_runs(_places_joined(body)):
        if " " not in run.group() and _bare(run.group()) not in _references():
            continue  # a lone capitalised word: only the reference list can make it an actor
        if _starts_an_ordinary_phrase(body, run):
            continue  # 'Labour market data shows', 'National security matters': no party
        if _is_shouted(run.group()):
            continue  # a heading in capitals: 'TERMS OF REFERENCE FOR THE … COUNCIL'
        if _is_glued_to_the_word_before(body, run):
            continue  # 'iSport Foundation', '4RF Communications Ltd': a name cut
        plural = _PLURAL_HEAD_FIRST.fullmatch(run.group())
        if plural and (names := _bodies_under_a_plural_head_first(plural)):
            written = plural.group()[plural.start("head") :]
            at = run.start() + plural.start("head")
            found += [OrganisationMention(at, run.end(), name, written) for name in names]
            continue
        heading = _heading_words(body, run)
        prefix = "" if heading else _listed_prefix(body, run)
        complement = _listed_complement(body, run) or _field_complement(body, run)
        text = prefix + run.group()[heading:] + complement
        for offset, piece in _between_articles(text):
            for inner, part in (
                (at + within, body_part)
                for at, school in _between_schools(piece)
                for within, body_part in _between_bodies(school)
            ):
                for start, end in _coordinated_parts(part):
                    for owned, name in _between_owner_and_owned(part[start:end]):
                        begin = run.start() + heading - len(prefix) + offset + inner + start
                        if (
                            owned
                            and _is_a_unit_named_for_its_field(
                                name, body, begin + owned + len(name)
                            )
                            and not _names_a_place(  # 'Wellington’s Te Aro School'
                                strip_possessive(part[start : start + owned].strip())
                            )
                        ):
                            continue
                        found += _organisations_in_part(
                            body, begin + owned, begin + owned + len(name)
                        )
    found += _parties_in_compounds(body)
    found += _institutions_under_a_lower_case_head(body)
    found += _firms_named_as_firms(body)
    found += _initialisms(body, found)
    abroad = [m for m in found if _names_another_countrys_body(body, m)]
    no_actor = [
        (m.start, m.end) for m in found if _names_a_portfolio(body, m) or _names_an_area(body, m)
    ] + [(m.start, m.end) for m in abroad]
    if " (" in body:
        no_actor += [law.span() for law in _LAW_WITH_A_BRACKET.finditer(body)]
    # a ministry named for its field only is that country's wherever the release names it
    # again: 'Samoa’s Ministry of Education, Sports and Culture (MESC)', then 'MESC'
    foreign = {m.name for m in abroad if m.name not in _references()}
    defined = _defined_acronyms(body, found)
    return [
        _with_macrons(
            replace(m, name=defined[m.surface])
            if m.surface in defined and _names_another_body(defined[m.surface], m.name)
            else m
        )
        for m in found
        if m.name not in foreign
        and not any(start <= m.start and m.end <= end for start, end in no_actor)
    ]  # nor a part of a portfolio's name ('Minister for Child, Youth and Family Services')


_NAME_STOP_WORDS = frozenset({*ORGANISATION_CONNECTORS, "New", "Zealand", "NZ", "The"})


def _names_another_body(name: str, other: str) -> bool:
    """Two names with no word in common but connectors and 'New Zealand': 'Wine Institute of
    New Zealand' and 'Work and Income' are two bodies; 'Ministry of Building, Innovation and
    Employment' is MBIE misnamed, 'Health Funding Agency' the Health Funding Authority."""
    words_ = {_bare(w) for w in name.replace(",", " ").split()} - _NAME_STOP_WORDS
    return not words_ & ({_bare(w) for w in other.replace(",", " ").split()} - _NAME_STOP_WORDS)


def _defined_acronyms(body: str, found: list[OrganisationMention]) -> dict[str, str]:
    """The acronyms the release defines, in brackets after a body's name, and that body: in
    the release the acronym is that body's where the lists give it to another body with no word
    of its name ('the Wine Institute of New Zealand (WINZ)', then 'WINZ chief executive …': not
    Work and Income), not where the release misnames the listed body ('Ministry of Building,
    Innovation and Employment (MBIE)'). An acronym defined for two bodies is left to the
    lists."""
    named_before = {(m.end, m.name) for m in found}  # a name, then ' (' and its acronym
    defined: dict[str, set[str]] = {}
    for m in found:
        if (
            m.surface.isupper()
            and " " not in m.surface
            and body[m.start - 2 : m.start] == " ("
            and body[m.end : m.end + 1] == ")"
            and (m.start - 2, m.name) in named_before
        ):
            defined.setdefault(m.surface, set()).add(m.name)
    return {acronym: names.pop() for acronym, names in defined.items() if len(names) == 1}


# Institutions of one kind named together before their head in the plural and in lower case:
# 'Christchurch and Burwood hospitals', 'Massey, Auckland and Otago universities', 'Waitaki and
# Waimate district councils' (114 times in the 1996-2026 archive). Not regional councils, whose
# lists mix in district councils ('Napier, Hastings, Wairoa and Hawke’s Bay regional councils').
_LOWER_CASE_HEADS = {
    "hospitals": "Hospital",
    "prisons": "Prison",
    "universities": "University",
    "polytechnics": "Polytechnic",
    "district councils": "District Council",
    "city councils": "City Council",
}
_ITEM = r"[A-Z][\w’'/\-]*(?: (?:of )?[A-Z][\w’'/\-]*){0,3}(?: \([^()\n]{1,30}\))?"
_UNDER_A_LOWER_CASE_HEAD = re.compile(
    rf"(?<![\w’'\-])(?P<items>(?:{_ITEM}, )*{_ITEM},? (?:and|&) {_ITEM}) "
    rf"(?P<head>{'|'.join(_LOWER_CASE_HEADS)})\b"
)
_OF_ONE_SEX = re.compile(r"(?:Men|Women|Boys|Girls)(?:’s|'s|s’|s'|s)?")
_BRACKETED = re.compile(r" \([^()\n]*\)")
_ITEM_GAP = re.compile(r",?\s+(?:and|&)\s+|,\s+")  # between the items of a list
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "can")


def _institutions_under_a_lower_case_head(body: str) -> list[OrganisationMention]:
    """'Christchurch Men’s and Women’s prisons' -> Christchurch Men’s Prison and Christchurch
    Women’s Prison: each item and the head in the singular, when one item names a New Zealand
    place and none is a country, a people ('New Zealand and Vietnamese universities'), a body
    of its own ('AgResearch and New Zealand universities') or another name's possessive ('Fish
    and Game’s'). An item with a head of its own ('Southland Regional Council, Clutha and
    Selwyn district councils') is read as any name is, and the others' span starts after it."""
    found: list[OrganisationMention] = []
    if not any(head in body for head in _LOWER_CASE_HEADS):
        return found  # most bodies: no list to read, and the pattern is slow to find none
    for match in _UNDER_A_LOWER_CASE_HEAD.finditer(body):
        named: list[str] = []
        place, start, rejected = "", match.end(), False
        for at, item in _items(match):
            words_ = item.split()
            if _bare(words_[-1]).lower() in lower_word_set("organisation_words"):
                continue
            if _OF_ONE_SEX.fullmatch(item) and place:
                item = f"{place} {item}"  # 'Christchurch Men’s and Women’s prisons'
            elif _OF_ONE_SEX.fullmatch(words_[-1]):
                place = " ".join(words_[:-1])
            if (
                any(_is_country_name(w) or w.endswith(_DEMONYM_ENDINGS) for w in words_)
                or _is_country_name(item)
                or item in _references()
                or (is_possessive(words_[-1]) and not _OF_ONE_SEX.fullmatch(words_[-1]))
                or MADE_AN_ADJECTIVE.search(item)
            ):
                rejected = True
                break
            name = f"{item} {_LOWER_CASE_HEADS[match['head']]}"
            reference = _references().get(name)
            named.append(reference.name if reference else name)
            start = min(start, at)
        if not rejected and any(w in word_set("nz_places") for w in match["items"].split()):
            found += [
                OrganisationMention(start, match.end(), name, body[start : match.end()])
                for name in named
            ]
    return found


# Where a name is a firm's: 'the law firm Chen Palmer', 'the firm of Cairns Slane', 'accountancy
# firm Beattie Rickman', 'PR company Saunders Unsworth', 'a partner at Duncan Cotterill', 'a
# solicitor with Davys Burton'. A firm is often named for its founders, and the name there is
# the firm's, not a person's; not 'in the company of Jacinda Ardern', 'the company Jacinda
# Ardern visited' (no article or possessive before 'company'), the verb 'to partner with', 'our
# partners in Southeast Asia', nor a name after a comma, which may begin the next clause ('After
# ten years at the law firm, Mary Tupou joined the board').
FIRM_BEFORE = (
    r"\bfirms?(?: of)?|\b(?:law|legal|accounting|accountancy|medical|dental) practice"
    r"|\b[Pp]artner (?:at|in)"
    r"|\b(?:[Aa]|[Ss]enior|[Mm]anaging|[Ff]ounding|[Ff]ormer|[Ee]quity) [Pp]artner with"
    r"|\b[Ss]olicitor (?:at|with)"
    r"|\b(?!(?:[Tt]he|[Aa]n?|[Ii]n|[Oo]f|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Ee]very"
    r"|[Ee]ach|[Aa]ny|[Nn]o|[Oo]ur|[Yy]our)\b)[A-Za-z]+ company"
)
_FIRM_NAMED = re.compile(
    rf"(?:{FIRM_BEFORE})(?: the (?:law |legal )?firm)?[^\S\n]+"
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){1,3})(?![\w’'&\-]|[^\S\n]+[A-Z&(])"
)


_FIRM_WORD = re.compile(r"firm|[Pp]artner|[Ss]olicitor|company|practice")


def _line_end(body: str, word: re.Match[str]) -> int:
    end = body.find("\n", word.end())
    return len(body) if end < 0 else end


def _firms_named_as_firms(body: str) -> list[OrganisationMention]:
    """A name of two to four words like family names after 'a partner at', 'the law firm' or
    'a solicitor with' (FIRM_BEFORE) is the firm's: no word is a common word, a place or a
    body's, it opens with no title and is no minister's name, and no listed body begins it
    ('Chapman Tripp Sheffield' is Chapman Tripp's former name cut)."""
    found = []
    matches = {  # the pattern read around its key words only, to the end of their line
        m.span(): m
        for word in _FIRM_WORD.finditer(body)
        for m in _FIRM_NAMED.finditer(body, max(0, word.start() - 40), _line_end(body, word))
    }
    for _, match in sorted(matches.items()):
        name = match["name"]
        words_ = name.split()
        if (
            words_[0] in word_set("honorifics")
            or name in word_set("ministers")
            or any(
                not _is_a_word_of_its_own(w) or w.lower() in lower_word_set("organisation_words")
                for w in words_
            )
            or any(" ".join(words_[:i]) in _references() for i in range(1, len(words_) + 1))
        ):
            continue
        found.append(OrganisationMention(match.start("name"), match.end("name"), name, name))
    return found


def _spans_between(separator: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where each piece of the text between the separator's matches starts and ends."""
    bounds = [0, *(i for gap in separator.finditer(text) for i in gap.span()), len(text)]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _items(match: re.Match[str]) -> list[tuple[int, str]]:
    """The items of a list before its head, each with where it starts in the body, without a
    bracket after it or a sentence's first word before it ('Both Middlemore and …')."""
    text, base = match["items"], match.start("items")
    items = []
    for start, end in _spans_between(_ITEM_GAP, text):
        first, _, rest = text[start:end].partition(" ")
        if rest and first in word_set("leading_words"):
            start += len(first) + 1
        items.append((base + start, _BRACKETED.sub("", text[start:end])))
    return items


# A country's possessive right before a name: 'Fiji’s ', "Samoa's ", 'the United States’ '
_COUNTRY_POSSESSIVE = re.compile(
    rf"([A-Z][\w\-]*(?: [A-Z][\w\-]*){{0,3}})(?:{POSSESSIVE}|(?<=s)')\s+$"
)
# A country's initials with stops, which no capitalised run takes in: 'U.S. Customs'
_DOTTED_COUNTRY_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})\s+$")


# A place after a name: 'the Foreign Ministry in Tokyo', '… in the Cook Islands'
_IN_A_PLACE_AFTER = re.compile(
    r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)?)"
)


def _names_another_countrys_body(body: str, mention: OrganisationMention) -> bool:
    """'Fiji’s High Court', 'Samoa’s Ministry of Foreign Affairs and Trade', "Australia's
    Productivity Commission": a New Zealand public body's name after another country's
    possessive names that country's body, which is no body of the list: better no actor
    than New Zealand's. So does any ministry or department named for its field only ('Saudi
    Arabia’s Ministry of Investment', 'Vanuatu’s Department of Rural Water Supply'): alone,
    the name is no one country's. So does a ministry's short form ('the Foreign Ministry', 'the
    Education Ministry') before 'in' and another country or a place that is no New Zealand one
    ('the Foreign Ministry in Tokyo'; not 'in Wellington', 'in July'); not other bodies, which
    serve abroad ('the Defence Force in Afghanistan')."""
    reference = _references().get(mention.name)
    generic = reference is None and _HEAD_THEN_FIELD.fullmatch(mention.name) is not None
    if not (generic or (reference is not None and reference.kind == "public_sector")):
        return False
    owner = _COUNTRY_POSSESSIVE.search(
        body, max(0, mention.start - 40), mention.start
    ) or _DOTTED_COUNTRY_BEFORE.search(body, max(0, mention.start - 10), mention.start)
    if owner is not None and country_code(owner[1]) not in (None, "NZ"):
        return True  # "Australia's Productivity Commission", 'U.S. Customs'
    short = mention.surface.endswith(" Ministry")
    place = _IN_A_PLACE_AFTER.match(body, mention.end) if short else None
    if place is None:
        return False
    code = country_code(place[1])
    return code not in (None, "NZ") or (
        code is None
        and _is_a_word_of_its_own(place[1].split()[0])
        and not _date_first().match(place[1])
    )


_AREA_AFTER = re.compile(r" (?:areas?|regions?|districts?|catchments?|boundar(?:y|ies))\b")


def _names_an_area(body: str, mention: OrganisationMention) -> bool:
    """A board's or council's name before a word for its area names the area, a place: 'in
    the Waitemata and Whanganui DHB areas', 'the Christchurch City Council area' (some 150
    times in the archive)."""
    return mention.name.endswith(("District Health Board", "Council")) and bool(
        _AREA_AFTER.match(body, mention.end)
    )


# A law's title with a bracketed part: 'Corrections (Mothers with Babies) Amendment Bill',
# 'Local Government (Auckland Council) Amendment Act' (some 2,000 in the archive): no body
# named in it is an actor there
_LAW_WITH_A_BRACKET = re.compile(
    r"[A-Z][\w’'\-]*(?: (?:and |of |for |the )?[A-Z][\w’'\-]*)* \([^()\n]{2,80}\)"
    r"(?: [A-Z][\w’'\-]*)*? (?:Bill|Act|Regulations|Order)\b"
)


def _with_macrons(mention: OrganisationMention) -> OrganisationMention:
    """'Mâori Language Commission' is the body the releases now write 'Māori Language
    Commission' (`with_macrons`), and a listed body by that name is the listed body."""
    name = with_macrons(mention.name)
    if name == mention.name:
        return mention
    known = _references().get(name)
    return replace(mention, name=known.name if known is not None else name)


def _starts_an_ordinary_phrase(body: str, run: re.Match[str]) -> bool:
    """A party's one-word name before a lower-case word with which the releases make an
    ordinary phrase (party_word_phrases.txt: 'Labour market', 'National security')."""
    if " " in run.group():
        return False  # every run comes here: a name of more words needs no look after it
    following = _FOLLOWING_WORD.match(body, run.end(), run.end() + 30)
    return following is not None and f"{run.group()} {following[1]}" in word_set(
        "party_word_phrases"
    )


# A te reo place's lower-case compound that ends in a capital: 'Tāmaki nui-a-Rua' (some 130
# times in the archive, in 'Rangitāne o Tamaki nui-ā-Rua', 'Ngāti Kahungunu ki Tāmaki nui-a-Rua')
_LOWER_CASE_COMPOUND = re.compile(r"(?<=\w )[a-zāēīōū]+-[aā]-(?=[A-ZĀĒĪŌŪ])")
_SLASH = re.compile(r"(?<=[\w’'\-])/(?=[A-Z])")  # the slash first: fast on a body of URLs
_PLUS = re.compile(r"(?<=[a-z])\+(?=[A-Z])")
# '&' or '+' between initials: made a capital (same length) for the runs, not in the names
_INITIALS = re.compile(r"(?<![\w&+.\-])[A-Z][&+](?=[A-Z]\b)")
_WORD_BEFORE = re.compile(r"[A-Z][\w’'\-]*$")
_WORD_AFTER = re.compile(r"[A-Z][\w’'\-]*")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w’'\-]*(?:[^\S\n][A-Z][\w’'\-]*)*")


def _places_joined(body: str) -> str:
    """The body with the slash between two places or acronyms made a space, for finding the
    runs of capitalised words only: 'Tongariro/Taupo Conservation Board', 'Lottery
    Manawatu/Whanganui Community Committee', 'India/New Zealand Business Council',
    'ASEAN/New Zealand Combined Business Council', 'FASINDO/FINAS Group' are one name each
    (their surfaces keep the slash), while 'Ministry of Health/Canterbury DHB' and
    'Labour/Alliance' are two. A plus sign between two words is a space too ('Beef+Lamb NZ').
    Initials joined by '&' or '+' are one word ('L&M Group', 'S&P Global', 'S+S NZ'); digits
    before capitals are not ('Regional Council 3D Aquifer Mapping Project', 'schedule 4A
    Crown Company', '1NZ Expeditionary Force': tried, they join as many wrong names as right).
    A te reo place's lower-case compound is read as capitalised ('Tāmaki nui-a-Rua')."""
    body = _INITIALS.sub(lambda m: "X" * len(m.group()), body)
    if "-a-" in body or "-ā-" in body:
        body = _LOWER_CASE_COMPOUND.sub(lambda m: m.group().capitalize(), body)
    joins = [plus.start() for plus in _PLUS.finditer(body)]
    for slash in _SLASH.finditer(body):
        left = _WORD_BEFORE.search(body, max(0, slash.start() - 40), slash.start())
        right = _WORD_AFTER.match(body, slash.end())
        if left is not None and right is not None and _joins_one_name(body, slash, left, right):
            joins.append(slash.start())
    if not joins:
        return body
    joined = list(body)
    for position in joins:
        joined[position] = " "
    return "".join(joined)


def _joins_one_name(
    body: str, slash: re.Match[str], left: re.Match[str], right: re.Match[str]
) -> bool:
    """Two places, or two acronyms or a proper word and a place before a head ('FASINDO/FINAS
    Group', 'ASEAN/New Zealand Combined Business Council', 'Tongariro/Taupo Conservation
    Board'), not two bodies ('Manaia PHO/Northland DHB'), nor words of no name ('WHO/FAO
    released', 'HIV/AIDS Declaration')."""
    place_after = _is_a_place_word(right[0]) or _starts_with_a_place(body, slash.end())
    if place_after and (
        _is_a_place_word(left[0]) or body.endswith(_multiword_places(), 0, slash.start())
    ):
        return True
    if left[0].lower() in lower_word_set("organisation_words") or left[0] in _abbreviations():
        return False
    after = _CAPITALISED_WORDS.match(body, slash.end())
    if after is None or not _is_organisation_like(after.group()):
        return False
    return (_is_an_acronym(left[0]) and (_is_an_acronym(right[0]) or place_after)) or (
        (_is_a_word_of_its_own(left[0]) or _is_a_place_word(left[0]))
        and not _is_an_acronym(left[0])  # 'NZTIF/McVicar Timber Group': two bodies
        and (right[0] in word_set("nz_places") or _is_a_word_of_its_own(right[0]))
        and not _is_organisation_like(right[0])
        and not _names_on_each_side(left[0], right[0], after.group())
    )  # 'Matiu/Somes Trust', 'Tainui Waikato/Ruakura Board of Inquiry'


def _names_on_each_side(left: str, right: str, after: str) -> bool:
    """A slash between a body, a fund, a building or a role and another name: 'Labour/Alliance',
    'Ireland Fund/Antarctic Heritage Trust', 'Aoraki House/Māori Land Court', 'Managing
    Director/Chairman', 'Auckland/Royal College of Defence Studies'."""
    return (
        bool({left, right} & _references().keys())
        or after in _references()
        or left.lower() in lower_word_set("non_actor_words")
        or left in _person_words()
        or right in _person_words()
        or right in word_set("generic_modifiers")
    )


def _starts_with_a_place(body: str, at: int) -> bool:
    """'Bay of Plenty', 'United States' after a slash: a place or country of more words."""
    words_ = _CAPITALISED_PLACE.match(body, at)
    return words_ is not None and (
        body.startswith(_multiword_places(), at)
        or any(_is_country_name(" ".join(words_.group().split()[:n])) for n in (2, 3))
    )


_CAPITALISED_PLACE = re.compile(r"[A-Z][\w’'\-]*(?: (?:of )?[A-Z][\w’'\-]*){1,2}")


def _is_an_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


@cache
def _multiword_places() -> tuple[str, ...]:
    return tuple(p for p in word_set("nz_places") if " " in p)


_SHOUTED_WORD = re.compile(r"[A-Z]{4,}")


def _is_shouted(run: str) -> bool:
    """A run in capitals with two words of four letters or more: a heading or a table's
    label, where acronyms cannot be told from words ('REGULATED SERVICES', 'MEMBERS OF ERO
    REVIEW PANEL'); acronyms are shorter or stand among other words ('NZ DHB', 'ICONIQ
    Group')."""
    return run.upper() == run and len(_SHOUTED_WORD.findall(run)) >= 2


_HEADING_CONNECTOR = re.compile(r" (?:of|for|to|on|Of|For|To|On)(?: the| The)? (?=[A-Z])")


def _heading_words(body: str, run: re.Match[str]) -> int:
    """Where the name starts in a heading that is one capitalised run ('Key Features of
    Partnership Schools', 'New Filing Fees for Disputes Tribunal', 'Planning Approval Sought
    For Otago Prison'): after the last connector whose words before it are a heading's
    common words and no organisation's ('Ministry of Health' as a heading is one name).
    0 when the run is not a whole line."""
    start = body.rfind("\n", 0, run.start()) + 1
    end = body.find("\n", run.end())
    line = body[start : len(body) if end < 0 else end].strip(" \t*#_")
    if line != run.group():
        return 0
    org_words, common = lower_word_set("organisation_words"), word_set("common_words")
    for connector in reversed(list(_HEADING_CONNECTOR.finditer(line))):
        words_ = [_bare(w).lower() for w in line[: connector.start()].split()]
        if any(w in org_words for w in words_):
            return 0
        if any(w in common and w not in ORGANISATION_CONNECTORS for w in words_):
            return connector.end()
    return 0


# English 'a' or 'an' (not te reo 'a' between Māori words: 'Te Kawa a Māui'; but 'to a Māori
# medium kura' is English), with the connector before it
_ARTICLE = re.compile(
    rf"(?:\s+(?:and|or|for|to|of|on|&))?\s+an?\s+(?!(?!Māori\b|Maori\b)(?:{TE_REO_WORD})(?:\s|$))"
)


def _between_articles(text: str) -> list[tuple[int, str]]:
    """The pieces of a capitalised run between English articles, with their offsets: an
    article starts a new phrase ('Learning Shop and a Learning Centre', 'Peter Dunne for a
    Royal Commission', 'Establishing a Drug Court'), never a name's own word."""
    pieces, start = [], 0
    for article in _ARTICLE.finditer(text):
        pieces.append((start, text[start : article.start()]))
        start = article.end()
    pieces.append((start, text[start:]))
    return pieces


_BODY_TO_BODY = re.compile(r" (?:for|with) the (?=[A-Z])")
# What may follow a company's name that is the company or says what it is: its group, its kind
# ('NGC Holdings Limited Group of Companies', 'Landcare Research Ltd Crown Research Institute');
# not its board, a body of its own ('Transfield Services Ltd Advisory Board')
_A_COMPANYS_OWN = re.compile(r"Group(?:\s+of\s+Companies)?|Crown\s+Research\s+Institute")
# A company's legal ending with a body's name after it: two cells of a table's row ('Southern
# Photonics Limited University of Auckland'), not 'Incorporated Society' or 'Ltd Board'
_LEGAL_ENDING_INSIDE = re.compile(rf"(?<=\S ){LEGAL_FORM}\.? (?=[A-Z])")


_SCHOOL_THEN_A_NAME = re.compile(r"(?<=\S )(?:School|College|Intermediate|Kindergarten)(?= [A-Z])")


def _between_schools(text: str) -> list[tuple[int, str]]:
    """The names of schools one after another, as a table's rows run together give them
    ('Maitai School Nayland College', 'Mt Richmond School Papatoetoe Intermediate'), with
    their offsets: a school's head ends a name where the name of another school follows, one
    with a word of its own that ends with a school's head; not a head that begins a name
    ('College Street School') nor one whose grade or kind follows ('Nelson College
    Preparatory School', 'Linwood Intermediate School'). Where other columns of the table
    (projects, pupils' names) come between the schools, the run is left whole."""
    pieces, start = [], 0
    for head in _SCHOOL_THEN_A_NAME.finditer(text):
        if head.start() <= start:
            continue
        following = text[head.end() + 1 :].split()
        ends = next((i for i, w in enumerate(following) if w in _SCHOOL_HEADS), 0)
        name = following[:ends]  # the next school's words before its head
        if (
            name
            and not _all_common_words(" ".join(name))
            and name[0] not in word_set("head_qualifiers")
            and not any(w in ORGANISATION_CONNECTORS for w in name)
        ):
            pieces.append((start, text[start : head.end()]))
            start = head.end() + 1
    pieces.append((start, text[start:]))
    if any(len(p.split()) > 5 or _is_a_persons_name(" ".join(p.split()[:2])) for _, p in pieces):
        return [(0, text)]  # a table's other columns between the schools: no names to tell
    return pieces


def _between_bodies(text: str) -> list[tuple[int, str]]:
    """The pieces of a run that joins two bodies with 'for the' or 'with the', or after a
    company's legal ending, with their offsets: 'Auckland University of Technology for the
    Ministry for Women' and 'Pacific Edge Ltd University of Otago' are two, where each side
    names a body of its own ('Foundation for the Blind' is one); a body's name ends before
    'to' ('Kaitiaki Trust to the Maori'). 'Of the' joins a unit to its
    body ('Rural GP Network of the NZ Medical Association') and is left whole."""
    if text in _references():
        return [(0, text)]
    for legal in _LEGAL_ENDING_INSIDE.finditer(text):
        rest, owner = text[legal.end() :], text[: legal.start()].strip()
        if _A_COMPANYS_OWN.fullmatch(rest):
            return [(0, text[: legal.end()].rstrip())]  # 'NGC Holdings Limited Group'
        if rest in _references() or _names_a_body_by_itself(rest):
            if _is_a_place_word(owner) or _is_country_name(owner):
                return [(legal.end(), rest)]  # 'NZ Inc': the country as a business, no body
            return [(0, text[: legal.end()].rstrip()), (legal.end(), rest)]
    # 'to' after a body's name: what is sent or given to someone ('the New Zealand Defence Force
    # to Bamyan'), not a name's own 'to' ('Mountains to Sea Conservation Trust')
    sent = _TO.search(text)
    if sent is not None:
        first, rest = text[: sent.start()], text[sent.end() :]
        if _names_a_body_by_itself(first):  # 'Kaitiaki Trust to the Maori'
            known = rest in _references()  # what is left may be no whole name ('the Maori')
            return [(0, first), *([(sent.end(), rest)] if known else [])]
        if all(_is_a_place_word(w) for w in first.split()) and _names_a_body_by_itself(rest):
            return [(sent.end(), rest)]  # 'from Paihia School in Northland to St George School'
    joint = _BODY_TO_BODY.search(text)
    if joint is None:
        return [(0, text)]
    first, rest = text[: joint.start()], text[joint.end() :]
    if _names_a_body_by_itself(first) and (rest in _references() or _is_organisation_like(rest)):
        return [(0, first), (joint.end(), rest)]
    return [(0, text)]


_OWNER = re.compile(r"(?:’s|'s|(?<=[a-z]s)[’'])\s+(?=[A-Z])")  # 'Internal Affairs’ Unit'
_ITS_BOARD = re.compile(
    r"(?:(?:National|Executive|Management|Governing)\s+)?(?:Board|Trustees)"
    r"(?:\s+of\s+(?:Trustees|Directors|Management))?"
)
_OWNER_CONNECTORS = ("of", "the", "o", "ki")  # not "Draeger Ltd for the Navy’s", "A and B Prison’s"
_ITS_COUNCIL = re.compile(r"(?:(?:National|Executive|Governing)\s+)?Council")


def _between_owner_and_owned(text: str) -> list[tuple[int, str]]:
    """The pieces of a run where a body owns a part of itself, with their offsets: 'Northland
    DHB’s Whangarei Hospital' is the board and its hospital, each then read as a name of its
    own (a part named with common words, 'Emergency Department', names no body). A body's own
    board ('Terralink’s Board', 'Waterloo School's Board of Trustees', 'the RSA’s National
    Council') is the body: the board is left out, as the owner is when it is no name by
    itself. A head word alone after the possessive is the name's own ('Auckland Regional
    Service's Trust'). An owner of one word may be anyone's ('the Alliance’s High Level Group'
    is the UN's): it is left to the reading of the whole run."""
    if text in _references():
        return [(0, text)]
    for owner in _OWNER.finditer(text):
        before, after = text[: owner.start()], text[owner.end() :]
        plural = not owner.group().startswith(("’s", "'s"))
        if plural and (
            " " not in after or _ITS_BOARD.fullmatch(after) or _ITS_COUNCIL.fullmatch(after)
        ):
            continue  # 'New Zealand Registered Architects’ Board': a plural's is the name's own
        if _ITS_BOARD.fullmatch(after):
            return [(0, before)]
        if _names_a_place(before) and _names_a_body_by_its_head(after):
            return [(owner.end(), after)]  # 'South Auckland’s Middlemore Hospital'
        if _owns_a_name_of_its_own(before, after):
            return [(0, before), (owner.end(), after)]
        head_alone = " " not in after and _bare(after).lower() in lower_word_set(
            "organisation_words"
        )
        known = " " in before and _THE.sub("", before, count=1) in _references()
        if head_alone or not (known or _is_an_owning_body(before)):
            continue
        if _ITS_COUNCIL.fullmatch(after):
            return [(0, before)]
        return [(0, before), (owner.end(), after)]
    return [(0, text)]


_UNIT_HEADS = frozenset(
    {"Panel", "Group", "Committee", "Department", "School", "Unit", "Team", "Division"}
    | {"Branch", "Directorate", "Section", "Secretariat", "Council", "Office"}
    | {"Centre", "Center", "Institute", "Laboratory"}
)
# Whom a unit serves, or the language it teaches: 'Māori Advisory Group', 'English Department'
_WHOM_A_UNIT_SERVES = frozenset(
    {"Māori", "Maori", "Pacific", "Asian", "Ethnic", "Youth"}
    | {"English", "French", "German", "Spanish", "Chinese", "Japanese"}
    | {"Indian", "Korean", "Samoan", "Tongan"}
)


def _is_a_unit_named_for_its_field(owned: str, body: str, end: int) -> bool:
    """'the Marsden Fund Council’s Biomedical Sciences Panel', 'Taumata Arowai’s Māori Advisory
    Group', 'Auckland University’s English Department', 'Whitireia Polytechnic’s Pacific Health
    Research Centre', 'Victoria University’s Asian Studies Institute': a unit its owner names
    for its field or the people it serves, which alone names no one body (the owner does);
    not a listed body ('Parliament’s Commerce Committee') nor one with an acronym of its own
    ('the Department of Labour’s Labour Market Policy Group (LMPG)')."""
    tokens = [_bare(t) for t in owned.split() if t not in ORGANISATION_CONNECTORS]
    return (
        len(tokens) >= 2
        and tokens[-1] in _UNIT_HEADS
        and owned not in _references()
        and not _ACRONYM_DEFINITION.match(body, end)
        and all(
            _is_a_field_word(t) or t in word_set("generic_modifiers") or t in _WHOM_A_UNIT_SERVES
            for t in tokens[:-1]
        )
    )


def _names_a_place(text: str) -> bool:
    """'South Auckland', 'West Auckland', 'South Canterbury', a health district ('Waitematā',
    'Capital and Coast'): a New Zealand place before a possessive. Not a country: 'the United
    States’ Court of International Trade' and 'the Philippines’ Department of Agriculture'
    name the country's own body."""
    words_ = _THE.sub("", text, count=1).split()
    return bool(words_) and (
        all(w in word_set("nz_places") or w in word_set("place_words") for w in words_)
        or " ".join(words_) in _district_boards()  # 'Waitematā’s North Shore Hospital'
    )


def _names_a_body_by_its_head(text: str) -> bool:
    """A name of two words or more that its head makes a body's, and no kind of body nor a
    trophy's ('Cup Taskforce' of 'America’s Cup Taskforce')."""
    tokens = [_bare(t) for t in text.split()]
    return (
        len(tokens) >= 2
        and tokens[0] not in TROPHY_WORDS
        and _is_organisation_like(text)
        and not _is_generic(tokens)
        and not _OWNER.search(text)
    )


def _owns_a_name_of_its_own(owner: str, owned: str) -> bool:
    """A word before a possessive that places or owns a body with a name of its own, a word
    only a name uses first: 'Melbourne’s Alfred Hospital', 'Tawa’s Arohata Prison',
    'Wanaka’s Mt Aspiring College'; not a place's own possessive ('Hawke’s Bay District Health
    Board', 'Campbell’s Bay Primary School'), a company's founder's ('Nature’s Oven Ltd'), a
    unit of a field ('Massey’s Sociology Department') nor a name of common words
    ('Huntington’s Disease Association', 'Women’s Affairs Centre')."""
    tokens = [_bare(t) for t in owned.split()]
    return (
        " " not in owner
        and owned not in _references()  # "Labour's Internal Affairs spokesman": a portfolio
        and owner.lower() not in word_set("common_words")  # 'Women’s Affairs …'
        and tokens[0] not in word_set("place_heads")
        and tokens[0] not in TROPHY_WORDS  # 'America’s Cup Village Ltd'
        and tokens[-1].rstrip(".") not in COMPANY_ENDINGS  # 'Nature’s Oven Ltd': its founder's
        and len(tokens[0]) > 1  # 'the Battalion’s C Company': a unit of it
        and _is_a_word_of_its_own(tokens[0])
        and not _date_first().match(tokens[0])  # 'Dannevirke’s Friday Night Youth Centre'
        and not all(_is_a_field_word(t) for t in tokens[:-1])  # 'Massey’s Sociology Department'
        and _names_a_body_by_itself(owned)
    )


def _is_an_owning_body(text: str) -> bool:
    """A body's name before a possessive: a word of its own or a place first, a head word last
    ('Waikato Hospital’s', 'Northland DHB’s'; not 'Ministry of Women's', whose possessive is
    the complement's, nor 'Speaking At An Industrial Research Ltd’s', a sentence's words)."""
    tokens = [_bare(t) for t in _THE.sub("", text, count=1).split()]
    return (
        len(tokens) >= 2
        and all(t in _OWNER_CONNECTORS or not t.islower() for t in tokens)
        and (
            tokens[-1].lower() in lower_word_set("organisation_words")
            or tokens[-1] in _abbreviations()
        )
        and (
            _is_a_word_of_its_own(tokens[0])
            or _is_a_place_word(tokens[0])
            or " ".join(tokens[:-1]) in _district_boards()  # 'Lakes DHB’s'
        )
        and not _is_generic(tokens)
    )


def _names_a_body_by_itself(text: str) -> bool:
    """A known body, or a name with a head and a word of its own: 'Auckland University of
    Technology', 'Southland CDEM Group'."""
    bare = _THE.sub("", text, count=1)
    tokens = bare.split()
    return bare in _references() or (
        len(tokens) >= 2
        and _bare(tokens[-1]).lower() in lower_word_set("organisation_words")
        and any(_is_a_word_of_its_own(t) for t in tokens)
        and not _is_generic(tokens)
    )


def _starts_a_non_actor_name(body: str, end: int) -> bool:
    """'the United Nations Convention on the Rights of …', 'the OECD Trade Ministers Council
    Meeting', 'the Reserve Bank Act', 'Westpac Stadium': a known organisation that begins the
    name of a treaty, an event, a law or a venue is no mention of it, nor one whose last word
    begins the First World War's name."""
    at = end + 1
    if body.startswith(("o ", "ki "), at):
        at = body.index(" ", at) + 1  # 'Rangitāne o Manawatū Claims Settlement Bill'
    rest = _org_run().match(body, at) if body[end : end + 1] == " " else None
    return rest is not None and (
        _names_a_non_actor(rest.group().split())
        or _bare(rest.group().split()[-1]) in word_set("venue_heads")
        or (body[:end].endswith("First") and rest.group().startswith("World War"))
    )  # 'the New Zealand First World War Trails' name no party


def _names_a_non_actor(words_: list[str]) -> bool:
    """A word of a fund, programme, event, law or award among them ('Convention', 'Act')."""
    non_actor = lower_word_set("non_actor_words")
    return any(_bare(w).lower() in non_actor for w in words_)


_WORD = r"[A-ZĀĒĪŌŪ][a-z]+"  # 'Ōtaki'; not 'Ngāti', whose iwi have rules of their own
_COMMA_LIST = re.compile(
    rf",[^\S\n]((?:{_WORD}(?:[^\S\n]{_WORD}){{0,2}},[^\S\n])*{_WORD}(?:[^\S\n]{_WORD}){{0,2}})"
    rf",?[^\S\n](?:and|&)[^\S\n]({_WORD}(?:[^\S\n]{_WORD}){{0,2}})(?![\w&-]|[^\S\n]+[A-Z&])"
)


_HEAD_WITH_A_COMPLEMENT = re.compile(r" (?:of|for|on) ")
_HEAD_OF_OR_FOR = re.compile(r" (?:of|for) ")


def _listed_complement(body: str, run: re.Match[str]) -> str:
    """', Fine Arts and Music' after 'Massey University School of Design': a complement that
    goes on as a list of common words after a comma. Returned, to be read with the run, when
    the run is a head with 'of', 'for' or 'on' that is no known body by itself, whose
    complement has no list of its own yet, and no item of the list is a name ('Ministry of
    Health, Treasury and Police' are three)."""
    listed = _COMMA_LIST.match(body, run.end())  # its 'and' joins no two bodies
    if listed is None or not _may_go_on(run.group(), on=True):
        return ""
    *_, last = _HEAD_WITH_A_COMPLEMENT.finditer(run.group())  # _may_go_on found one at least
    if _AND.search(run.group(), last.end()):
        return ""  # 'Joint Commission on Trade and Economics, Bilateral Defence Dialogue and …
    items = [i.strip() for i in listed[1].split(",")] + [listed[2]]
    # a known body ends the list: 'Commissioner for Children, Child, Youth and Family'
    if any(
        f"{', '.join(items[i:-1])} and {items[-1]}" in _references() for i in range(len(items) - 1)
    ):
        return ""
    head, _, complement = run.group().rpartition(" of ")
    before = head.split()
    if (len(before) == 1 or (before and before[-2].lower() in _BEFORE_A_NAME)) and (
        complement + listed.group() in _references()
    ):
        return ""  # 'the Department of Child' before ', Youth and Family': the known body itself
    if any(
        item in _references() or not all(_is_a_field_word(w) for w in item.split())
        for item in items
    ):
        return ""
    return listed.group()


_BEFORE_A_NAME = frozenset({"the", "for", "of", "and", "to", "at", "with", "from"})


def _may_go_on(run: str, on: bool = False) -> bool:
    """A head with 'of' or 'for' (or `on`) that is no known body by itself, whose complement
    may go on past the run ('Massey University School of Design', 'Institute for Innovation',
    'Ministerial Standing Council on Tertiary Education')."""
    heads = _HEAD_WITH_A_COMPLEMENT if on else _HEAD_OF_OR_FOR
    return heads.search(run) is not None and _THE.sub("", run, count=1) not in _references()


_IN_A_FIELD = re.compile(
    rf"[^\S\n]in[^\S\n]({_WORD}(?:[^\S\n](?:and[^\S\n])?{_WORD}){{0,3}})(?![\w&-]|[^\S\n]+[A-Z&])"
)


def _field_complement(body: str, run: re.Match[str]) -> str:
    """' in Biotechnology' after 'Institute for Innovation', ' in Research and Teaching' after
    'Council for the Care of Animals': a head with 'of' or 'for' whose complement goes on with
    'in' and a field in common words. Returned, to be read with the run, when the run is no
    known body by itself; 'in' and a place ('Institute of Policy Studies in Wellington') or a
    month is where or when, not part of the name."""
    field = _IN_A_FIELD.match(body, run.end())
    name = _THE.sub("", run.group(), count=1)
    if (
        field is None
        or not _may_go_on(run.group())
        or not _is_organisation_like(name)
        or _honour().search(name)  # 'Institute of Architects Gold Medal in Architecture'
        or not all(
            _is_a_field_word(w) and not _is_a_place_word(w) for w in field[1].split() if w != "and"
        )
    ):
        return ""
    return field.group()


_LISTED_BEFORE = re.compile(
    rf"(?:\b[Tt]he|\w{POSSESSIVE})[^\S\n]((?:{_WORD}(?:[^\S\n]{_WORD}){{0,2}},[^\S\n])+)$"
)


def _listed_prefix(body: str, run: re.Match[str]) -> str:
    """'Foreign Affairs, ' before 'Defence and Trade Committee', 'Plumbers, ' before
    'Gasfitters and Drainlayers Board': a name that opens with a list after 'the' or a
    possessive. Returned, to be read with the run, when the run goes on with 'and' and no item
    is a body, a place, a person or a role of its own ('the Police, Alcohol and Drug Services',
    'the Masterton, Carterton and South Wairarapa District Council', 'the Group Manager, Legal
    and Advisory Services'); places are items before a plural head ('the Tasman, Nelson and
    Marlborough District Councils': a council each)."""
    first = re.match(r"(\S+(?: \S+){0,2}) (?:and|&) ", run.group())
    head = run.group().split()[-1]
    places = head[-1:] == "s" and head[:-1].lower() in lower_word_set("organisation_words")
    if first is None or not all(_is_a_listed_word(w, places) for w in first[1].split()):
        return ""
    listed = _LISTED_BEFORE.search(body, max(0, run.start() - 80), run.start())
    if listed is None:
        return ""
    items = [i.strip() for i in listed[1].split(",") if i.strip()]
    if any(
        (_is_a_name_of_its_own_or_no_actor(item) and not (places and item in word_set("nz_places")))
        or not all(_is_a_listed_word(w, places) for w in item.split())
        for item in items
    ):
        return ""
    owner = _WORD_BEFORE_A_POSSESSIVE.search(body, max(0, listed.start(1) - 40), listed.start(1))
    if owner is not None and f"{owner[0]}{items[0]}" in word_set("nz_places"):
        return ""  # 'Hawke’s Bay, Nelson and Waikato Hospitals': the list opens with a place
    if (
        places
        and any(item in word_set("nz_places") for item in items)
        and not any(w in word_set("nz_places") for w in run.group().split()[:-1])
    ):
        return ""  # 'In the Waikato, Rototuna Junior and Senior High Schools'
    return listed[1]


_WORD_BEFORE_A_POSSESSIVE = re.compile(rf"[A-Z]\w*{POSSESSIVE}[^\S\n]$")


def _is_a_listed_word(word: str, places: bool = False) -> bool:
    """A word of a listed name ('Foreign', 'Gasfitters'): none that names a body, a place, a
    person or a role by itself; but places (`places`) before a plural head that each takes
    ('the Buller, Grey and Westland District Councils')."""
    return word.isalpha() and not (
        word in word_set("given_names")
        or (_is_a_place_word(word) and not places)
        or word in _person_words()
        or word.lower() in lower_word_set("organisation_words")
        or word in _references()
    )


_MINISTER_AFTER = re.compile(r"[^\S\n]+(?:Associate[^\S\n]+)?Ministers?\b")


def _names_a_portfolio(body: str, mention: OrganisationMention) -> bool:
    """'Police Minister', 'ACC Minister', 'Internal Affairs Minister', 'Labour Minister', 'the
    Minister of Civil Defence': a New Zealand public body's name by 'Minister' is the
    minister's portfolio, and 'Labour' there is the portfolio too, not the party ('National
    Minister' is the party); so is one after the portfolio's colon ('Minister for Māori Crown
    Relations: Te Arawhiti')."""
    after_a_colon = _PORTFOLIO_BEFORE.search(body, max(0, mention.start - 80), mention.start)
    if not (
        after_a_colon
        or _MINISTER_AFTER.match(body, mention.end)
        or _MINISTER_OF.search(body, max(0, mention.start - 30), mention.start)
        or _after_other_portfolios(body, mention)
    ):
        return False
    reference = _references().get(mention.surface) or _references().get(mention.name)
    public = reference is not None and reference.kind == "public_sector"
    if after_a_colon:
        return public  # 'Minister for Māori Crown Relations: Te Arawhiti': the portfolio's name
    return (
        mention.surface == "Labour"
        or public
        or (reference is not None and mention.surface.split()[-1] in word_set("portfolio_words"))
    )  # 'Civil Defence Minister'


def _after_other_portfolios(body: str, mention: OrganisationMention) -> bool:
    """'Minister of Police and Corrections', 'Minister of Labour, ACC and Immigration': a body
    whose name a portfolio's can be (its last word a portfolio's, no head word), in a list of
    portfolios after 'Minister of', is one more portfolio when every item before it is a
    portfolio or a known body: not 'Minister of Education Trevor Mallard and the New Zealand
    Police', 'the Minister of Conservation and the Department of Conservation', nor a body
    before a role ('… and ACC chief executive')."""
    portfolio_words = word_set("portfolio_words")
    words_ = mention.surface.split()
    if _bare(words_[-1]) not in portfolio_words or any(
        w.lower() in lower_word_set("organisation_words") for w in words_
    ):
        return False
    listed = _MINISTER_OF_A_LIST.search(body, max(0, mention.start - 100), mention.start)
    if listed is None or _NAMES_A_PARTY.match(body, mention.end):
        return False  # '… and Labour MP for Te Atatu Phil Twyford': the party
    following = _FOLLOWING_WORD.match(body, mention.end, mention.end + 30)
    if following and following[1] in lower_entry_words("roles"):
        return False  # 'the Minister of Finance and ACC chief executive Scott Pickering'
    return all(
        _bare(item.split()[-1]) in portfolio_words or item in _references()
        for item in _LIST_SEPARATOR.split(listed[1])
        if item
    )


_LIST_SEPARATOR = re.compile(r", | and | & ")
_MINISTER_OF_A_LIST = re.compile(
    rf"\bMinisters? (?:for|of) "
    rf"((?:[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*(?:{_LIST_SEPARATOR.pattern}))+)$"
)


_NAMES_A_PARTY = re.compile(r" (?:MP|MPs|[Ll]eader|co-leader|candidate|list)\b")
# A portfolio whose name goes on with its agency's after a colon
_PORTFOLIO_BEFORE = re.compile(r"\bMinister (?:for|of) [^.:\n]{1,60}: $")
# A portfolio named after an agency: 'the Minister of Civil Defence', 'Minister for ACC'
_MINISTER_OF = re.compile(r"\bMinisters? (?:for|of) (?:the )?$")


# What a party's short name stands before when it names the party: 'National MP', 'the
# Labour-led government', 'Labour-Progressive coalition', 'Green co-leader'.
_PARTY_CONTEXT = (
    r"(?:MP|MPs|Party|party|Leader|leader|co-leader|Co-leader|spokesperson|spokesman|"
    r"spokeswoman|candidate|candidates|caucus|government|Government|coalition|"
    r"list|member|members|Members|Minister|Ministers|voters|supporters)\b"
)


@cache
def party_short_names() -> tuple[str, ...]:
    """The parties' one-word names ('Labour', 'National', 'Greens', 'ACT')."""
    return tuple(
        surface
        for row in table("nz_organisations")
        if row["kind"] == "party"
        for surface in [
            row["name"],
            *row["aliases"].split("|"),
            *row["standalone_aliases"].split("|"),
        ]
        if surface and " " not in surface
    )


@cache
def _party_compound_forms() -> dict[str, str]:
    """One-word forms that name a party only before a word that says so: 'Green MP'."""
    return {row["form"]: row["party"] for row in table("party_compound_forms")}


@cache
def _party_finder() -> WordFinder:
    """Parties' one-word forms before what shows that they name the party. A finder, not a
    plain pattern: one starting with a look-behind is tried at every character of the body."""
    forms = [*party_short_names(), *_party_compound_forms()]
    party = trie_pattern(forms)
    return WordFinder.of(
        forms,
        before=r"(?<![\w\-])",
        after=rf"((?:-(?:{party}))*)(?:-led)?(?:’s|'s)?\s+(?={_PARTY_CONTEXT})",
    )


def _parties_in_compounds(body: str) -> list[OrganisationMention]:
    """Parties named by a short name in a compound: 'National MP', 'Labour-led government',
    'Labour-Progressive government' (two parties)."""
    found = []
    for match in _party_finder().finditer(body):
        position = match.start(1)
        for name in [match[1], *filter(None, match[2].split("-"))]:
            start = body.index(name, position)
            party = _party_compound_forms().get(name) or _references()[name].name
            found.append(OrganisationMention(start, start + len(name), party, name))
            position = start + len(name)
    return found


# Ministries or departments named under one plural head before their fields: 'the Ministries of
# Health and Education', 'the Departments of Conservation and Labour'
_PLURAL_HEAD_FIRST = re.compile(
    r"(?:[Tt]he\s+)?(?P<head>Ministries|Departments)\s+(?:of|for)\s+(?P<fields>\S.*)"
)


def _bodies_under_a_plural_head_first(plural: re.Match[str]) -> list[str]:
    """'Ministries of Health and Education' -> the Ministry of Health and the Ministry of
    Education; 'Ministries of Agriculture and Forestry' -> the one ministry whose name holds the
    'and'. The longest run of fields that with the singular head and 'of' or 'for' names a
    listed body is one, and every field must be one ('Labour' there is the Department of
    Labour, not the party); else none, and the run is read as others are ('the Ministries of
    Education and Social Development and the City of Manukau Education Trust')."""
    head = "Ministry" if plural["head"] == "Ministries" else "Department"
    fields = plural["fields"]
    pieces = _spans_between(_ITEM_GAP, fields)
    names: list[str] = []
    first = 0
    while first < len(pieces):
        for last in range(len(pieces) - 1, first - 1, -1):
            written = fields[pieces[first][0] : pieces[last][1]]
            named = (f"{head} of {written}", f"{head} for {written}")
            known = next((_references()[n].name for n in named if n in _references()), None)
            if known:
                names.append(known)
                first = last + 1
                break
        else:
            return []
    return list(dict.fromkeys(names))


@lru_cache(maxsize=65536)
def _coordinated_parts(run: str) -> tuple[tuple[int, int], ...]:
    """Split 'European Commission and GIFCT' into two names, but keep 'Ngati Awa Social and
    Health Services' whole and share the head of 'Woolston and Phillipstown Schools'."""
    if " and " not in run and " & " not in run:
        return ((0, len(run)),)
    pieces = _spans_between(_AND, run)
    parts: list[tuple[int, int]] = []
    pending: int | None = None
    closes = -1  # the piece that ends a complement continued over 'and'
    for index, (start, end) in enumerate(pieces):
        text = run[start:end]
        next_start = pieces[index + 1][0] if index + 1 < len(pieces) else len(run)
        if index == closes and pending is not None:
            parts.append((pending, end))  # 'Office of Tourism and Sport' | 'and Te Puni Kōkiri'
            pending = None
            continue
        so_far = run[pending : pieces[index - 1][1]] if pending is not None else ""  # before 'and'
        if pending is not None and (_role_prefix().match(text) or _described_role(text, 0)):
            parts.append((pending, pieces[index - 1][1]))  # 'Mangere and Parliamentary Under-
            pending = None  # Secretary for …': a role starts a phrase of its own
        if (
            pending is not None
            and (
                text in _references()  # 'Auckland Transport and NZ Transport Agency'
                or (" " in text and text.split()[0] == run[pending:].split()[0])  # 'Melville …'
                or (  # 'the Crown and Te Rūnanga o Ngāti Manawa': a party that is no name
                    _THE.sub("", so_far, count=1) in _PARTIES_WITHOUT_A_NAME
                    and _is_organisation_like(text)
                    and (" " in text or text in _PARTIES_WITHOUT_A_NAME)  # '… and Council'
                    and not text.endswith("Committee")  # 'Government and Environment Committee'
                )
                or (  # 'Steve Marshall and New Zealand Council of Trade Unions'; not a firm's
                    " " in text
                    and text.split()[0] not in _PARTNERS  # 'Kate Joblin & Co Ltd'
                    and _is_a_persons_name(so_far)
                    and _is_organisation_like(text)
                )
            )
        ):
            parts.append((pending, pieces[index - 1][1]))
            pending = None
        if (
            pending is not None
            and (
                _names_a_body_of_its_own(text)
                or (  # 'Sport Wellington and Touch New Zealand': two bodies named so
                    _is_named_without_a_head(text.split())
                    and _is_named_without_a_head(_THE.sub("", so_far, count=1).split())
                )
            )
            and not (  # 'Capital and Coast District Health Board': one region in common words
                _REGIONS_UNDER_ONE_BOARD.fullmatch(run, pending, end) and _all_common_words(so_far)
            )
            and not _boards_of_districts(run[pending:end])  # 'Northland and MidCentral DHB'
            and not (  # 'Whakatane & District Historical Society': a place and its district
                text.startswith(("District ", "Districts "))
                and _THE.sub("", so_far, count=1) in word_set("nz_places")
            )
        ):
            before = (pending, pieces[index - 1][1])
            pending = None
            if not _stands_alone(so_far):
                continue  # 'Librarians and Archivists Group': one name, or two sharing a head?
            parts.append(before)
        if pending is not None:
            start = pending
        following = run[slice(*pieces[index + 1])] if index + 1 < len(pieces) else ""
        joined = run[pieces[index + 1][0] : pieces[index + 2][1]] if index + 2 < len(pieces) else ""
        joiner = run[end:next_start]
        if (
            _continues_a_complement(text, following) or _ends_a_known_body(text, joiner, following)
        ) and joined not in _references():
            pending, closes = start, index + 1
            continue
        if (
            (
                _is_organisation_like(text)
                and not _begins_with_two_fields(run[start:end], following)
                and not _shares_the_last_head(run, start, index, pieces)
            )
            or _iwi_in(text)
            or end == len(run)
            or run.startswith(("the ", "The "), next_start)
            or _names_a_person(text)  # 'Environment Minister Dr Nick Smith and Housing NZ'
            or text.removeprefix("The ") in _references()  # 'The Police and Red Cross'
            or text in word_set("ministers")  # 'Marian Hobbs and Green Party'
            or (text.isupper() and len(text) > 1)  # 'CPB and Canterbury DHB'; not 'J & G Ltd'
            or (" " in text and text.split()[-1].rstrip(".") in COMPANY_ENDINGS)  # '… Inc and'
        ):
            parts.append((start, end))
            pending = None
        elif pending is None:
            pending = start
    return tuple(parts)


# Organisation words that also name a field of work, and begin names with another field:
# 'Library and Information Advisory Commission' (33 archive releases begin a name so),
# 'Service and Food Workers Union' (14), 'Command and Staff College' (a military college's)
_HEADS_OF_A_FIELD = frozenset({"Library", "Service", "Command"})


def _begins_with_two_fields(text: str, following: str) -> bool:
    """'Library and Information Association', 'the Service and Food Workers Union', 'Sport and
    Recreation New Zealand': a field's word alone before 'and' and another after it begin one
    name. Not a body's short form ('the Ministry and Heart Foundation', 'the Trust and …',
    'the Union and Employers Federation': another organisation word), nor before a place
    ('the Minister and New Zealand …')."""
    word, first = _THE.sub("", text, count=1), (following.split() or [""])[0]
    return (
        " " not in word
        and word not in _references()
        and _is_a_field_word(word)
        and (word in _HEADS_OF_A_FIELD or word.lower() not in lower_word_set("organisation_words"))
        and _is_a_field_word(first)
        and not _is_a_place_word(first)
    )


# One word that names a party to a deal, never the start of a body's name: 'the Crown and …'
_PARTIES_WITHOUT_A_NAME = _NO_ACTOR_PARTIES | {"Council"}
# The words that end a company's or an incorporated society's name
COMPANY_ENDINGS = frozenset({"Ltd", "Limited", "Inc", "Incorporated", "Co"})
# What follows a person's name and 'and' in a firm's name ('Bell and Sons Ltd')
_PARTNERS = COMPANY_ENDINGS | {"Company", "Partners", "Associates", "Sons"}
_LEGAL_ENDING = re.compile(rf",? (?:Pty\.? )?{LEGAL_FORM}\.?$")


def without_legal_ending(name: str) -> str:
    """'Contact Energy Limited' -> 'Contact Energy': the words that say how a body is
    incorporated, which the releases drop when they name it again."""
    return _LEGAL_ENDING.sub("", name)


def _shares_the_last_head(run: str, start: int, index: int, pieces: list[tuple[int, int]]) -> bool:
    """'Macandrew Intermediate and Forbury Schools': the last two names share the plural head
    of schools or hospitals."""
    return (
        index + 2 == len(pieces)
        and run[: pieces[-1][1]].endswith(_SCHOOLS_AND_HOSPITALS)
        and _shared_head(run[start:]) is not None
    )


def _continues_a_complement(text: str, rest: str) -> bool:
    """'Whitecliffe College of Arts' before 'and Design', 'Unitec Advisory Board for
    Accounting' before 'and Finance', 'Forum on Health' before 'and Safety', 'High Court of
    England' before 'and Wales': a head whose complement (of, for or on) goes on after 'and' in
    up to three common words or words of portfolios, or in places after a place, with no
    connector and no organisation word of their own ('Ministry of Health and Fonterra',
    'Department of Conservation and Forest and Bird' and '… and the NZDF' are two)."""
    rest = without_legal_ending(rest)  # 'Institute of Plant' before '& Food Research Ltd'
    tokens = rest.split()
    return (
        0 < len(tokens) <= 3
        and not any(t in ORGANISATION_CONNECTORS or t in ("The",) for t in tokens)
        and all(t[:1].isupper() and t[1:].islower() for t in map(_bare, tokens))  # not 'ShapEd'
        and _THE.sub("", text, count=1) not in _references()  # 'Department of Conservation'
        and (head := re.match(r"(.+) (?:of|for|on) ", text)) is not None
        and _is_organisation_like(head[1])
        and (
            all(_is_a_field_word(t) for t in tokens)
            or all(_is_a_place_word(_bare(t)) for t in [text.split()[-1], *tokens])
        )
        and (not _is_organisation_like(rest) or _lists_fields(text[head.end() :], rest))
        and rest not in _references()
    )


def _lists_fields(complement: str, rest: str) -> bool:
    """'Child, Youth' before 'and Whanau Services': a list of fields that 'and' closes, not a
    list of bodies ('Federation of Maori Authorities, Forest' before 'and Bird Society')."""
    *_, last = complement.split(", ")
    joined = f"{last} and {rest}".split()
    return last != complement and not any(
        " ".join(joined[:n]) in _references() for n in range(2, len(joined) + 1)
    )


def _is_a_field_word(token: str) -> bool:
    """A common word, or its plural ('Arts'), a word that ends a portfolio ('Finance',
    'Heritage') or the name of a science ('Pathology', 'Oenology', 'Economics'): what a
    department, school or committee is of or for."""
    return (
        _all_common_words(token)
        or _bare(token) in word_set("portfolio_words")
        or _bare(token).endswith(_SCIENCE_ENDINGS)
    )


_SCIENCE_ENDINGS = ("ology", "ics", "graphy", "istry", "nomy")


def _ends_a_known_body(text: str, joiner: str, rest: str) -> bool:
    """'Crime Prevention Unit of the Department of Prime Minister' before 'and Cabinet',
    'Manatū Taonga Ministry for Culture' before 'and Heritage': the words on either side of
    'and' end the name of a known body."""
    tokens = text.split()
    return bool(rest) and any(
        f"{' '.join(tokens[i:])}{joiner}{rest}" in _references() for i in range(len(tokens))
    )


def _stands_alone(text: str) -> bool:
    """What comes before 'and' is a name, place or no actor of its own: 'Government',
    'Bay of Plenty', 'Manning Intermediate'."""
    bare = _THE.sub("", text, count=1)
    return (
        _is_a_name_of_its_own_or_no_actor(bare)
        or _is_organisation_like(bare)
        or _is_named_without_a_head(bare.split())  # 'Netball New Zealand and …'
        or bare.split()[-1] in _abbreviations()  # 'the Auckland DHB'
    )


def _names_a_body_of_its_own(text: str) -> bool:
    """After 'and', a name with its own proper first word and its own head names a body of
    its own ('Bay of Plenty and Hawkes Bay Regional Council', 'Kiwi and NZ Dairy Group'), unlike
    the common words of one name ('Ngati Awa Social and Health Services', 'Foreign Affairs,
    Defence and Trade Committee') or a head two names share ('Woolston and Phillipstown
    Schools')."""
    tokens = text.split()
    return (
        len(tokens) >= 2
        and tokens[0] not in ORGANISATION_CONNECTORS
        and len(tokens[0]) > 1  # 'G Enterprises Ltd' of 'J & G Enterprises Ltd'
        and not (  # '… Australia and New Zealand Incorporated': two countries inside one name
            any(_is_country_name(" ".join(tokens[:n])) for n in (1, 2))
            and _bare(tokens[-1])[:-1].lower() not in lower_word_set("organisation_words")
        )  # but '… and New Zealand Defence Forces' are two
        and _bare(tokens[0]).lower() not in word_set("common_words")
        and tokens[0] not in _PARTNERS  # 'Co Ltd' of 'Mitsui & Co Ltd': the firm's own name
        and not _is_plural_head(_bare(tokens[-1]))
        and (_is_organisation_like(text) or _is_named_without_a_head(tokens))
    )


def _organisations_in_part(body: str, start: int, end: int) -> list[OrganisationMention]:
    reading = _reading(body[start:end])
    if reading is None:
        return []
    start += reading.offset
    end = start + len(reading.surface)
    surface = reading.surface
    if completed := _completed_in_lower_case(body, end, surface):
        end, name = completed  # 'the Ministry of Economic development'
        return [OrganisationMention(start, end, name, body[start:end])]
    if (
        not reading.names
        and _is_named_without_a_head(surface.split())
        and _PERCENT_BEFORE.search(body, max(0, start - 12), start)
    ):
        return []  # '100% Pure New Zealand': a slogan; not '19% Auckland Regional Holdings'
    if _is_a_country_as_a_business(surface):
        return []
    if reading.names:
        return [OrganisationMention(start, end, name, surface) for name in reading.names]
    definition = _ACRONYM_DEFINITION.match(body, end)
    tokens = surface.split() if definition else []
    acronym = definition[1] if definition else ""
    defined = len(tokens) >= 2 and _initials_match(acronym, tokens)
    named_by_acronym = (  # a body the text names with its own acronym is one body
        defined
        and reading.acronym_may_name
        # a class of bodies, with a plural acronym: 'Crown Research Institutes (CRIs)'
        and not (acronym.endswith("s") and _is_plural_head(_bare(tokens[-1])))
        and not _is_named_for_its_kind_of_area([_bare(t) for t in tokens])  # 'District … (DHB)'
        and tokens[-1] not in _person_words()  # 'Special Agricultural Trade Envoy (SATE)'
        and any(_is_a_word_of_its_own(t) for t in tokens)
        and (
            _has_a_word_for_a_body(tokens)
            or all(_is_a_word_of_its_own(t) for t in tokens if t not in ORGANISATION_CONNECTORS)
        )  # 'Tamsworth Pryde Lloyd (TPL)': a firm named for its partners
    )
    one_body = reading.organisation_like or named_by_acronym  # else a kind of body, or none
    if (
        not (one_body or reading.generic)
        or _is_a_venue_here(body, start, surface)
        or _is_a_library(surface)
        or _is_an_event_here(body, start, end, surface)
        or _is_a_description_here(body, start, end, surface)
        or _is_a_unit_of_a_tertiary_here(body, start, end, surface)
        or _is_a_unit_before_its_owner(body, end, surface)
    ):
        return []
    if surface.endswith(" of the Year"):
        return []  # an award's title: 'Lines Company of the Year', 'Exporter of the Year'
    followed_by = _FOLLOWING_WORD.match(body, end, end + 30)
    if followed_by and followed_by[1] in lower_word_set("non_actor_words"):
        return []  # the 'Climate Change Response' Act: a name, but of a law, fund or event
    name = _iwi().get(slugify(surface), surface)
    dual = None if reading.offset else _TE_REO_NAME_BEFORE.search(body, max(0, start - 80), start)
    if dual and _is_a_dual_name(dual["name"], surface):
        start = dual.start()  # 'Te Ara Koropiko – West Spreydon School': one school
        surface = name = body[start:end]
    mentions = [OrganisationMention(start, end, name, surface, not one_body)]
    if definition is not None and defined:
        a, b = definition.span(1)
        mentions.append(OrganisationMention(a, b, name, acronym, not one_body))
    return mentions


_PERCENT_BEFORE = re.compile(r"\d%[^\S\n]+$")
_INCORPORATED = re.compile(r"(?P<country>.+) (?:Inc|Incorporated)\.?")


def _is_a_country_as_a_business(surface: str) -> bool:
    """'NZ Inc', 'New Zealand Incorporated', 'Aotearoa Inc' (~140 times in the archive): the
    country's agencies and firms abroad, seen as one business ('other NZ Inc agencies', 'the
    New Zealand Inc. brand'), not a company; a region's is one ('Northland Inc')."""
    named = _INCORPORATED.fullmatch(surface)
    return named is not None and country_code(named["country"]) is not None


_VENUE_HEADS = frozenset({"Centre", "Center", "Museum", "Library", "Court"})
# What is done to a building or at it: opened, visited, built, named, sworn in at
_VENUE_CONTEXT = re.compile(
    r"(?:\b(?:(?:the )?opening of|[Oo]pen(?:s|ed|ing)?|[Vv]isit(?:s|ed|ing)?"
    r"|[Tt]our(?:s|ed|ing)?|build(?:s|ing)?|built|construction of|named"
    r"|(?:upgrade|redevelopment|refurbishment) of|rebuild(?:s|ing)?|replace|sworn in at)"
    r"(?: the| a| an| its)?(?: new| newly \w+)?|\bnew)\s+$"
)
# A town's or region's possessive before a building's name, which the look-behind skips: 'the
# construction of Whangarei’s Hundertwasser Art Centre'
_A_PLACES_POSSESSIVE = re.compile(rf"\b(?P<place>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?){POSSESSIVE} $")
# Where something happens at a centre: the building, not a body ('held at the Fickling Centre')
_HAPPENS_AT = re.compile(r"\b(?:held|hosted|located|take place|takes place|took place) at the\s+$")
# A street address after the name: 'Wesley Community Centre, 740 Sandringham Road', "St
# Peter's Cathedral Centre, Victoria Street"; not a list's next item ('…, Queen St surgery')
_STREET = (
    r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)?"
    r" (?:Street|St|Road|Rd|Avenue|Ave|Drive|Place|Crescent|Terrace|Parade|Lane|Way|Highway)\b"
)
_AN_ADDRESS_AFTER = re.compile(
    rf",? \(?\d+[A-Za-z]? {_STREET}"
    rf"|, {_STREET}(?=[^\S\n]*(?:[,.;:)\n]|$)|[^\S\n]+(?:at|on|in|from|and|or|\d))"
)
# Where something is at a community centre, a museum or a library: the place of a meeting, a
# ceremony, a service or a thing ('a candidates meeting at the Urenui Community Centre', 'a
# ceremony at the Auckland War Memorial Museum', 'now held in the Turkish Naval Museum'); not
# 'investment in the Otago Museum'
_PLACED_AT = re.compile(
    r"(?:\bat(?: the)?|\b(?:held|housed|kept|displayed|shown|stored|located|now|formerly|are|is"
    r"|was|were) (?:in|inside)(?: the)?)\s+$",
    re.IGNORECASE,
)


def _is_a_library(surface: str) -> bool:
    """'Karori Library', 'Kapiti Public Library', 'Toy Library': a library is a building, a
    service or a collection that a council, a university or a school runs, not a body of its
    own; an actor only as a listed body ('National Library', 'Alexander Turnbull Library') or
    named with its owner ('Massey University Library', 'Council of University Libraries')."""
    words_ = _THE.sub("", surface, count=1).split()
    return (
        _bare(words_[-1]) in ("Library", "Libraries")
        and " ".join(words_) not in _references()
        and not any(_bare(w).lower() in lower_word_set("organisation_words") for w in words_[:-1])
    )


def _is_a_venue_here(body: str, start: int, surface: str) -> bool:
    """'opened the new Pasifika Community Centre', 'visiting the Glenhaven Aquaculture Centre',
    'to build the new Waikato Clinical Centre', 'sworn in at the Henderson District Court', 'will
    be held at the Fickling Centre', 'Wesley Community Centre, 740 Sandringham Road', 'a
    meeting at the Urenui Community Centre': a centre, museum, library or court named as a
    building, where something is done, and not as a body that acts. A research centre is a
    body wherever it is; a school, hospital or prison is the institution even where it is
    named as a site ('visited Rimutaka Prison', 'the redevelopment of Te Waka Unua School'),
    as the gold's annotators count it."""
    words_ = surface.split()
    head = _bare(words_[-1])
    if head not in _VENUE_HEADS or "Research" in words_:
        return False
    end = start + len(surface)
    placed = _A_PLACES_POSSESSIVE.search(body, max(0, start - 40), start)
    if placed and placed["place"] in word_set("nz_places"):
        start = placed.start()  # what is done to the building stands before the possessive
    return (
        _VENUE_CONTEXT.search(body, max(0, start - 40), start) is not None
        or _AN_ADDRESS_AFTER.match(body, end) is not None
        or (
            head in ("Centre", "Center")
            and _HAPPENS_AT.search(body, max(0, start - 40), start) is not None
        )
        or (
            (head in ("Museum", "Library") or words_[-2:-1] == ["Community"])
            and _PLACED_AT.search(body, max(0, start - 20), start) is not None
        )
    )


# 'a', 'an', 'one' or 'each' and up to two lower-case words that describe ('an independent …'),
# or 'the local', 'your nearest'; not 'a new …', which names a body as it is set up ('a new
# Centre for Disaster Research')
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w’'])(?:(?:[Aa]|[Aa]n|one|[Ee]ach|[Ee]very|[Aa]ny)"
    r"(?: (?!(?:of|for|and|or|the|to|in|on|at|by|with|from|new)\b)[a-z]+(?:-[a-z]+)?){0,2}"
    r"|(?P<local>(?:[Tt]he|[Yy]our|[Tt]heir|[Oo]ur|its|his|her) (?:local|nearest))) $"
)
# A body named as it is set up: 'is setting up an independent Cancer Control Council'
_SET_UP_BEFORE = re.compile(
    r"\b(?:establish\w*|set(?:s|ting)? up|creat\w*|develop\w*|form(?:s|ed|ing)?|launch\w*)"
    r" (?:a|an)(?: [a-z]+(?:-[a-z]+)?){0,2} $"
)
# What may follow a noun phrase the name ends: punctuation, or a word that starts a clause
_PHRASE_ENDS = re.compile(
    r"(?:\s*(?:[.,;:!?)…\-–—]|$)|[^\S\n]+(?:in|on|for|to|that|which|with|and|or|at|by|from|is|was"
    r"|will|would|could|should|has|had|have|be|being|been|are|were|who|under|as|based|led"
    r"|established|set)\b)"
)


def _is_a_description_here(body: str, start: int, end: int, surface: str) -> bool:
    """'Scion, a Crown Research Institute', 'joins 177 countries as a State Party', 'a volunteer
    for a Citizens’ Advice Bureau': capitalised common words after 'a', 'an' or 'one' describe
    a kind of body, not one body. A body being set up is named so too ('a new Centre for
    Disaster Research', 'establish a Teaching Council'), and a name with a word of its own
    ('a Cawthron Institute') or followed by what it qualifies ('a Ministry of Health official')
    is left to the other rules; but 'your local Civil Defence Group' is one of many whatever
    its words, unless it is a known body's name."""
    org_words = lower_word_set("organisation_words")
    before = _INDEFINITE_BEFORE.search(body, max(0, start - 40), start)
    return (
        before is not None
        and _SET_UP_BEFORE.search(body, max(0, start - 60), start) is None
        and _PHRASE_ENDS.match(body, end) is not None
        and (
            (before["local"] is not None and _THE.sub("", surface, count=1) not in _references())
            or not any(
                _is_a_word_of_its_own(t) and _bare(t).lower() not in org_words
                for t in _without_places(surface).split()
            )
        )
    )


def _without_places(text: str) -> str:
    """The text without the places of several words it names ('Bay of Plenty')."""
    for place in _places_of_words():
        if place in text:
            text = text.replace(place, " ")
    return text


@cache
def _places_of_words() -> tuple[str, ...]:
    return tuple(sorted((p for p in word_set("nz_places") if " " in p), key=len, reverse=True))


_UNIT = re.compile(r"(?:School|Department|Faculty|Division) (?:of|for) ")
_TERTIARY = r"(?:University|Polytechnic|Wānanga|Wananga|Institute of Technology)\b"
# 'Auckland University’s …', 'the University of Canterbury’s …'
_TERTIARY_BEFORE = re.compile(rf"{_TERTIARY}(?: of (?:[A-Z][\w\-]*\s?)+)?[’']s\s+(?:new\s+)?$")
# '…, University of Otago', '… at Victoria University', '…, Faculty of Education, University of …'
_TERTIARY_AFTER = re.compile(
    rf"(?:,[^\S\n]*|[^\S\n]+(?:at|of|in)[^\S\n]+(?:the[^\S\n]+)?)"
    rf"(?:(?:[A-Z][\w’'\-]*|of|and|for|the|&|,)[^\S\n]*){{0,10}}?{_TERTIARY}"
)


def _is_a_unit_of_a_tertiary_here(body: str, start: int, end: int, surface: str) -> bool:
    """'Auckland University’s Department of Chemistry', 'Senior Lecturer, School of Information
    Management, Victoria University of Wellington': a school, department or faculty named
    for its field is one of many of its kind until its university is named with it; the
    university is the actor the text names."""
    return _UNIT.match(surface) is not None and (
        _TERTIARY_BEFORE.search(body, max(0, start - 80), start) is not None
        or _TERTIARY_AFTER.match(body, end, end + 120) is not None
    )


# The owner after a unit and a comma: '…, Ministry of Foreign Affairs', '…, the Department of'
_OWNER_AFTER = re.compile(
    r",[^\S\n]*(?:the[^\S\n]+)?(?:Ministry|Department|Office|University)[^\S\n]+(?:of|for)\b"
)


def _is_a_unit_before_its_owner(body: str, end: int, surface: str) -> bool:
    """'Dr Katia Todorova, International Law Department, Ministry of Foreign Affairs', 'the
    Trade Negotiations Division, Ministry of Foreign Affairs and Trade': a unit its owner
    names for its field, with the owner after a comma, as contact and delegation lists write
    it; the owner is the actor, the unit alone names no one body."""
    return _OWNER_AFTER.match(body, end) is not None and _is_a_unit_named_for_its_field(
        surface, body, end
    )


_EVENT_HEADS = frozenset({"Forum", "Dialogue"})
_ORDINAL = r"(?:annual|inaugural|first|second|third|fourth|fifth|sixth|\d{4}|\d+(?:st|nd|rd|th))"
# Where a forum is a meeting: spoken at or to, addressed, opened, hosted, attended, taken part
# in, numbered ('the 2008 …', 'the annual …', 'last week's …', 'the Third … Forum'), held, taking
# place, cancelled or postponed
_EVENT_BEFORE = re.compile(
    rf"(?:\bat the|\b{_ORDINAL}|\b(?:year|week)[’']s|\battend(?:s|ed|ing)? the"
    r"|\b(?:address(?:es|ed|ing)?|open(?:s|ed|ing)?|host(?:s|ed|ing)?) the"
    r"|\b(?:spoke|spoken|speak(?:s|ing)?|address|speech|remarks) to the"
    r"|\b(?:participat\w+|t(?:ake|akes|aking|ook) part) in the)\s+$",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(
    r"[^\S\n]+(?:(?:was |will be |to be |was to have been )?held"
    r"|(?:is |are |will be )?taking place|takes place|took place|will take place"
    r"|(?:was|were|is|has been|had been|will be) (?:cancelled|postponed))\b"
)
# A forum dated as one meeting of a series: 'the 2010 … Forum', 'tomorrow’s … Forum', '…
# Forum 2017'; a body is not dated
_DATED_BEFORE = re.compile(
    r"\b(?:(?:the|a) (?:19|20)\d\d|(?:today|tomorrow|yesterday|this year|last year|next year"
    r"|this week|last week|next week|this month|next month)[’']s)\s+$",
    re.IGNORECASE,
)
_DATED_AFTER = re.compile(r"[^\S\n]+(?:19|20)\d\d\b(?![,.]\d)")


def _is_an_event_here(body: str, start: int, end: int, surface: str) -> bool:
    """'representing New Zealand at the annual Bali Democracy Forum', 'the second New
    Zealand-China Partnership Forum in Beijing', 'to attend the Halifax International Security
    Forum', 'a speech to the Forum for the Future of Agriculture': a forum, its head first or
    last, named as a meeting, an event, and not as the body that meets ('the Hauraki Gulf
    Forum recommended …', 'the … Forum postponed its decision', 'attend the Commonwealth Local
    Government Forum (CLGF) Board meeting')."""
    words_ = _THE.sub("", surface, count=1).split()
    if not (_bare(words_[-1]) in _EVENT_HEADS or words_[0] in _EVENT_HEADS) or body.startswith(
        ("’s", "'s", "’", "'"), end
    ):  # 'address the … Forum’s concerns'
        return False
    if _DATED_BEFORE.search(body, max(0, start - 30), start) or _DATED_AFTER.match(body, end):
        return True  # 'the 2010 International Square Kilometre Array Forum (ISKAF)'
    return _ACRONYM_DEFINITION.match(body, end) is None and (
        _EVENT_BEFORE.search(body, max(0, start - 40), start) is not None
        or _EVENT_AFTER.match(body, end) is not None
        or re.match(rf"{_ORDINAL}\s", surface, re.IGNORECASE) is not None
    )


# A name in te reo Māori before a dash and the English name of the same body: its words are
# written with te reo's letters and syllables only (every one ends in a vowel), capitalised
# but for particles: 'Te Hau Ora - Te Tairawhiti Inc', 'Te Ara Koropiko – West Spreydon School'
_TE_REO_NAME_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<name>(?=[A-ZĀĒĪŌŪ]){TE_REO_WORD}(?: (?:(?=[A-ZĀĒĪŌŪ]){TE_REO_WORD}"
    r"|o|a|ki|te|me|i|e|nō|nā|mō|mā))+) [–-] \Z"
)


def _is_a_dual_name(te_reo: str, english: str) -> bool:
    """Whether a name in te reo before a dash is the same body's ('Te Hau Ora - Te Tairawhiti
    Inc'), not an item of a list: an iwi, a known body or a place on either side, or a
    person ('Awerangi Tamihere – Ngāti Kauwhata'), are names of their own."""
    return not (
        _iwi_in(english)
        or _iwi_in(te_reo)
        or _is_a_name_of_its_own_or_no_actor(te_reo)
        or te_reo.split()[0] in word_set("given_names")
    )


def _is_a_word_of_its_own(token: str) -> bool:
    """A word that only a name uses ('Jardine Lloyd Thompson (JLT)'): not a common word, a
    place or a country. Schemes, documents and policies are given acronyms too, but are
    named with common words ('Request for Proposals (RFP)', 'Rural Sector Assistance (RSA)',
    'New Zealand Official Development Assistance (NZODA)')."""
    word = _bare(token)
    return not (
        word in ORGANISATION_CONNECTORS
        or word.lower() in word_set("common_words")
        or _is_a_place_word(word)
    )


def _is_a_place_word(word: str) -> bool:
    """A New Zealand place, a word of places ('North'), the country's own or another's."""
    return (
        word in word_set("nz_places")
        or word in word_set("place_words")
        or word in ("New", "Zealand", "NZ", "Aotearoa")
        or _is_country_name(word)
    )


# Words that name a body inside a longer name, though they rarely end one of ours ('United
# States Food and Drug Administration', 'National Radiation Laboratory'), a company of
# performers ('Royal New Zealand Ballet'), a prison ('Northland Region Corrections Facility')
# or a legislature ('National People’s Congress')
_BODY_WORDS = frozenset(
    {"administration", "center", "laboratory", "coalition", "collective", "academy", "guard"}
    | {"team", "ballet", "orchestra", "opera", "international", "incorporated", "corrections"}
    | {"congress"}
)


def _has_a_word_for_a_body(tokens: list[str]) -> bool:
    """A name given an acronym names a body when a word of it says so ('Advisory Committee on
    Assisted Reproductive Technology (ACART)', 'US Federal Aviation Administration (FAA)') or it
    ends with a country ('Chartered Secretaries Australia (CSA)'). Laws, documents, schemes,
    pests and devices are given acronyms as often: 'General Data Protection Regulation (GDPR)',
    'National Interest Analysis (NIA)', 'Brown Marmorated Stink Bug (BMSB)'."""
    org_words = lower_word_set("organisation_words")
    words_ = [_bare(w).rstrip("'’").lower() for t in tokens for w in t.split("-")]
    return _is_country_name(_bare(tokens[-1])) or any(
        w in org_words or w in _BODY_WORDS or (_is_plural_head(w.capitalize())) for w in words_
    )


@dataclass(frozen=True)
class _Reading:
    """What a capitalised run says on its own, before its context is looked at."""

    offset: int  # where the name starts in the run (after a leading 'The')
    surface: str  # the name, without a role after it or a possessive
    names: tuple[str, ...]  # organisations it names whatever follows it (reference list…)
    organisation_like: bool  # headed by an organisation word, or an iwi
    generic: bool  # headed by one, but names a kind of body: 'Working Group', 'City Council'
    acronym_may_name: bool  # an acronym defined after it would make it an organisation


@lru_cache(maxsize=65536)
def _reading(text: str) -> _Reading | None:
    """None for a lone capitalised word not on the reference list, for a portfolio, or for a
    run that names an honour ('Victoria Cross for New Zealand')."""
    if " " not in text and _bare(text) not in _references():
        return None
    if _honour().search(text.replace("’", "'")):
        return None
    trimmed = _trimmed(text)
    if trimmed is None or has_lost_space(text):
        return None  # 'AucklandHowick College': two names whose space was lost
    offset, surface = trimmed
    tokens = surface.split()
    if not tokens or _is_a_facility(tokens):
        return None
    names: tuple[str, ...] = ()
    reference = _references().get(surface) or _references().get(without_legal_ending(surface))
    # 'New Ministry of Tourism data show …' starts a sentence; 'New Plymouth …' is a name
    if reference is None and tokens[0] == "New" and _is_a_known_body(" ".join(tokens[1:])):
        offset, surface, tokens = offset + 4, surface[4:], tokens[1:]
        reference = _references()[surface]
    elif (
        reference is None
        and len(tokens) >= 3
        and tokens[0] == "New"
        and _bare(tokens[1]).lower() in lower_word_set("organisation_words")
    ):  # '- New Centre for Climate Action …': an adjective, as no name begins so
        offset, surface, tokens = offset + 4, surface[4:], tokens[1:]
    if reference is None and (known := _known_body_first(tokens)):
        surface, tokens, reference = known, known.split(), _references().get(known)
    if (
        _is_country_name(surface)
        or any(" ".join(tokens[-size:]) in word_set("ministers") for size in (2, 3, 4))
        or (
            is_a_persons_name_with_court(tokens[-2:])
            and (len(tokens) == 2 or _bare(tokens[-3]) in _person_words())
        )  # 'ACCC Commissioner Sarah Court'
    ):  # a country, or a minister ('Simon Court', 'Parliamentary Under-Secretary Simon
        return None  # Court'), is never also an organisation
    if (board := _district_health_board(tokens)) is not None:
        if not board:
            return None  # 'Backroom DHB', 'Colorectal Surgeon DHB': no board of a district
        dropped, names = board
        offset += len(" ".join(tokens[:dropped])) + bool(dropped)
        surface = " ".join(tokens[dropped:])
        tokens = tokens[dropped:]
        if names == (surface,):
            names = ()  # read as any name, and its acronym: 'Waikato District Health Board (DHB)'
    elif reference:
        names = (reference.name,)
    elif (
        tokens[-1] == "Board"
        and (owner := _references().get(" ".join(tokens[:-1])))
        and not owner.name.endswith("Party")  # a 'National Board' is no party's
    ):
        names = (owner.name,)  # 'the TVNZ Board', 'the Reserve Bank Board': its governors
    elif regions := _regions_sharing_a_board(surface):
        names = regions
    elif len(tokens) >= 2 and tokens[-1] in _abbreviations():
        names = (" ".join([*tokens[:-1], _abbreviations()[tokens[-1]]]),)
    else:
        names = tuple(_listed_body(name) or name for name in _shared_head(surface) or ())
    headed = _is_organisation_like(surface) and len(tokens) >= 2 and not _is_a_ceremony(tokens)
    generic = headed and (
        _is_generic(tokens)
        # names under one plural head that cannot be told apart: no one body ('Wellington
        # Tenths and Palmerston North Reserves Trusts', 'Secondary and Composite Schools')
        or (
            not names
            and _AND.search(surface) is not None
            and _is_plural_head(_bare(tokens[-1]))
            and _bare(tokens[-1]) != "Services"  # one body's: 'Ngati Awa Social and Health …'
            and not any(t in ORGANISATION_CONNECTORS and t not in ("and", "&") for t in tokens)
        )  # nor 'Department of Child, Youth and Whanau Services'
        # two kinds of body: 'District Health Boards and Public Health Services'
        or (not names and _is_plural_head(_bare(_before_the_first_and(tokens))))
    )
    organisation_like = (
        (headed and not generic)
        or (_iwi_in(surface) and not _names_a_non_actor(tokens))  # no '… Claims Settlement Bill'
        or _is_named_without_a_head(tokens)
    )
    return _Reading(
        offset,
        surface,
        names,
        organisation_like,
        generic and not organisation_like,
        len(tokens) >= 2
        and _bare(tokens[-1]).lower() not in lower_word_set("non_actor_words")
        and _bare(tokens[-1]) not in word_set("condition_words")
        and not _heads_a_non_actor(tokens),
    )


def _district_health_board(tokens: list[str]) -> tuple[int, tuple[str, ...]] | tuple[()] | None:
    """A name ending in 'District Health Board' or 'DHB' names the board of a listed district
    (district_health_boards.csv), or none: how many words before the district's are not the
    board's ('Colorectal Surgeon Canterbury DHB', 'Access PHOs Whanganui DHB'), and the
    boards' names ('Hutt DHB' -> 'Hutt Valley District Health Board'; two for 'Hutt Valley and
    Capital and Coast DHB'); () when no district is listed ('Backroom DHB', 'Waitako DHB');
    None for other names, and for the kind of body alone ('the District Health Board')."""
    plural = tokens[-1] in ("DHBs", "Boards")
    words_ = [*tokens[:-1], tokens[-1].removesuffix("s")] if plural else tokens
    size = 1 if words_[-1] == "DHB" else 3 if words_[-3:] == _DHB_WORDS else 0
    if not size or len(tokens) == size:
        return None
    if plural:  # 'Hutt Valley and Wairarapa DHBs': a board each, or none
        return (0, boards) if (boards := _boards_of_districts(" ".join(tokens))) else ()
    district = tokens[:-size]
    if boards := _boards_of_districts(" ".join(tokens)):
        return 0, boards
    for dropped in range(len(district)):
        if board := _district_boards().get(" ".join(district[dropped:])):
            owned = _OWNED_BY.fullmatch(" ".join(district[:dropped]))
            if owned and _is_organisation_like(owned[1]):
                return None  # a body of the board: 'Audit and Risk Committee for the … DHB'
            return dropped, (board,)
    return ()


_DHB_WORDS = ["District", "Health", "Board"]
_OWNED_BY = re.compile(r"(.+) (?:of|for)(?: the)?")


def _boards_of_districts(text: str) -> tuple[str, ...]:
    """'Northland and MidCentral District Health Board', 'Canterbury DHB and West Coast DHB',
    'Capital & Coast and Southern DHB', 'Auckland, Waitematā and Counties Manukau DHBs': listed
    districts under one head, each its own board."""
    head = _DHB_HEAD.search(text.removesuffix("s"))
    if head is None:
        return ()
    districts = text[: head.start()]
    for joiner in _AND.finditer(districts):
        firsts = [_DHB_HEAD.sub("", d) for d in districts[: joiner.start()].split(", ")]
        boards = [_district_boards().get(first) for first in firsts]
        last = _district_boards().get(districts[joiner.end() :])
        if all(boards) and last:
            return *filter(None, boards), last
    return ()


_DHB_HEAD = re.compile(r" (?:DHB|District Health Board)$")


@cache
def _district_boards() -> dict[str, str]:
    """Each spelling of a district -> its board's name."""
    return {
        variant: f"{row['district']} District Health Board"
        for row in table("district_health_boards")
        for variant in [row["district"], *filter(None, row["variants"].split("|"))]
    }


def is_a_persons_name_with_court(tokens: Sequence[str]) -> bool:
    """'Sarah Court', 'David Court', 'Greg Cross': courts are named for their place or their
    jurisdiction ('Hastings District Court', 'Family Court'), crosses for a colour or a place
    ('Red Cross', 'Southern Cross'), never for a given name; and 'Court' and 'Cross' are the
    heads of bodies the releases give as surnames ('Mr Court', 16 releases; 'Greg Cross', 3).
    Not an honour's name ('Victoria Cross', 'George Cross')."""
    return (
        len(tokens) == 2
        and _bare(tokens[1]) in ("Court", "Cross")
        and tokens[0] in word_set("given_names")
        and tokens[0] not in word_set("nz_places")
        and " ".join(map(_bare, tokens)) not in word_set("honours")
    )


def _heads_a_non_actor(tokens: list[str]) -> bool:
    """'International Summit on the Teaching Profession (ISTP)', 'Conference on Population
    and Development': a head of events, funds or laws before its complement."""
    return any(
        _bare(t).lower() in lower_word_set("non_actor_words") and nxt in ("of", "for", "on", "to")
        for t, nxt in itertools.pairwise(tokens)
    )


def _is_a_known_body(text: str) -> bool:
    return _listed_body(text) is not None


def _listed_body(name: str) -> str | None:
    """The listed body a name is, by its full name or an alias ('Wanganui District Council' ->
    'Whanganui District Council'); None for any other name, and for a short form that counts
    only standing alone ('Treasury')."""
    reference = _references().get(name)
    return reference.name if reference is not None and not reference.standalone else None


def _known_body_first(tokens: list[str]) -> str | None:
    """A known body or iwi that the run goes on from with words that name no unit of it:
    'Department of Conservation' of 'Department of Conservation Biodiversity Ranger', 'Department
    of Internal Affairs Website' or 'Te Rūnanga o Ngāi Tahu Arihia Bennett' (but 'Department of
    Labour Employment Relations Service', 'Police Association', 'Ngāti Apa Ki Rangitikei' and
    'Ministry of Health of the Cook Islands' are left to the run)."""
    for size in range(len(tokens) - 1, 1, -1):
        known = " ".join(tokens[:size])
        if _is_a_known_body(known) or slugify(known) in _iwi():
            rest = tokens[size:]
            if (
                rest[0].lower() in ORGANISATION_CONNECTORS
                or _is_organisation_like(" ".join(rest))
                or _bare(rest[-1]) in _abbreviations()  # 'Ngati Porou Hauora PHO'
                or _names_a_non_actor(rest)
            ):  # a unit, or what is named after the body: 'United Nations Convention …'
                return None
            return known
    return None


_CEREMONY_WORDS = frozenset(
    {"Memorial", "Commemoration", "Commemorative", "Remembrance", "Thanksgiving", "Funeral"}
    | {"Dawn", "Church", "Prayer", "Anniversary", "Interfaith", "Citizenship", "Carol"}
)


def _is_a_ceremony(tokens: list[str]) -> bool:
    """'National Memorial Service', 'Anzac Day Dawn Service': a service held, not one that acts
    ('Memorial' also names bodies: 'Winston Churchill Memorial Trust')."""
    return _bare(tokens[-1]) in ("Service", "Services") and tokens[-2] in _CEREMONY_WORDS


def _is_a_facility(tokens: list[str]) -> bool:
    """A building or a place named for what is done there ('Wellington Convention Centre',
    'DOC Visitor Centre', 'Auckland City Centre'), not the body that runs it."""
    return (
        len(tokens) >= 2
        and _bare(tokens[-1]) in ("Centre", "Center", "Centres")
        and _bare(tokens[-2]) in word_set("facility_words")
    )


@cache
def _honour() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('honours')})\b")


# The kinds of area a council or board serves: 'District Health Board' is one of twenty, each
# named for its district ('Waikato District Health Board')
_KINDS_OF_AREA = frozenset({"District", "City", "Region", "Regional", "Area", "Territorial"})
_GOVERNING_HEADS = frozenset(
    {
        "Council",
        "Councils",
        "Board",
        "Boards",
        "Authority",
        "Authorities",
        "Committee",
        "Committees",
    }
)


def _is_named_for_its_kind_of_area(words_: list[str]) -> bool:
    """'District Council', 'City Council', 'District Health Boards', 'Territorial Authority':
    one of the councils or boards of a kind of area, not one body ('City Senior School' is
    one school)."""
    return (
        words_[0] in _KINDS_OF_AREA
        and words_[-1] in _GOVERNING_HEADS
        and all(
            w.lower() in word_set("common_words")
            or w.lower() in lower_word_set("organisation_words")
            for w in words_[1:]
        )
    )


_GENERIC_HEADS = frozenset(
    {
        *("Unit", "Group", "Groups", "Team", "Teams", "Office", "Committee", "Committees"),
        *("Panel", "Taskforce", "Board", "Boards", "Forum", "Service", "Services"),
        *("Organisation", "Organisations", "Agency", "Agencies", "Network"),
    }
)


_LETTERED_UNITS = frozenset({"Company", "Squadron", "Battery", "Troop", "Platoon"})


def _names_only_places(text: str) -> bool:
    """'Otago/Southland', 'Wellington/Hawke’s Bay': places and nothing else."""
    words_ = _without_places(text.replace("/", " / ")).split()
    return bool(text) and all(w == "/" or _is_a_place_word(_bare(w)) for w in words_)


# A diplomatic mission named by its kind alone: every country has many ('our High Commission in
# Canberra', 'the High Commission office in Suva'); 'High Commission' was one organisation in 71
# releases of the archive (2026-12-05), pooling New Zealand's posts and other countries'
_DIPLOMATIC_MISSIONS = frozenset({"High Commission", "Consulate General", "Consulate-General"})


def _is_generic(tokens: list[str]) -> bool:
    """A kind of body, not one body: only generic modifiers ('Select Committee', 'Royal
    Commission'), or a unit or group named with common words only ('Crisis Response Unit',
    'Working Group', 'Board of Inquiry'). 'Ministry of Health' and 'Commerce Commission' are
    named with common words too, but a ministry or a commission is one of its kind."""
    words_ = [_bare(t) for t in tokens if t not in ORGANISATION_CONNECTORS]
    if (phrase := " ".join(tokens)) in word_set("common_phrases") and phrase not in _references():
        return True  # what the releases write in lower case: 'Primary School', 'Civil Society'
    if _is_plural_head(words_[-1]) and not any(t in ORGANISATION_CONNECTORS for t in tokens):
        return True  # a class of bodies: 'Rural Support Trusts', 'Partnership Schools'
    if (
        len(tokens) == 2
        and words_[-1] in ("Department", "Centre", "Center")
        and words_[0].lower() in word_set("common_words")
    ):
        return True  # a kind of department or centre: 'Emergency Department', 'Health Centre'
    if (
        len(tokens) >= 3
        and words_[0] in ("School", "Faculty", "College")
        and tokens[1] in ("of", "for")
        and words_[-1].rstrip(".") not in COMPANY_ENDINGS  # 'College of Music and Design Ltd'
        and all(_is_a_field_word(w) for w in words_[1:])
    ):
        return True  # a university's unit named for its field: 'School of Medicine''
    if len(words_) == 2 and len(words_[0]) == 1 and words_[1] in _LETTERED_UNITS:
        return True  # a battalion's or a regiment's unit: 'C Company', 'B Squadron'
    if " ".join(words_) in _DIPLOMATIC_MISSIONS:
        return True  # 'the High Commission in Tarawa': one of a country's many missions
    if words_[-1] in ("Board", "Committee") and _names_only_places(" ".join(tokens[:-1])):
        return True  # a unit named for its area alone: 'Northland Committee', 'Papakura Board'
    if words_[-1].rstrip(".") in COMPANY_ENDINGS and len(words_) >= 3:
        return False  # a registered company is one body: 'Healthcare Holdings Ltd'
    modifiers = [w for w in words_ if w.lower() not in lower_word_set("organisation_words")]
    if not modifiers or all(w in word_set("generic_modifiers") for w in modifiers):
        return True
    if (
        words_[0] in ("National", "World")
        and words_[-1] in (*_GENERIC_HEADS, "Council", "Federation")
        and all(w in word_set("generic_modifiers") for w in words_[1:-1])
    ):
        return True  # 'National Committee', 'National Office', 'World Federation': of what?
    if words_[-1].rstrip(".") in COMPANY_ENDINGS:
        return False  # a registered company is one body: 'Tautoko Services Ltd'
    if _is_named_for_its_kind_of_area(words_):
        return True
    heads = [w for w in words_ if w in _GENERIC_HEADS]
    return bool(heads) and all(
        w.lower() in word_set("common_words") or w in word_set("generic_modifiers")
        for w in modifiers
    )


def _is_a_plural_noun(word: str) -> bool:
    """'Entities', 'Agencies', 'Councils': the plural of a word the releases write in lower
    case or of an organisation word, not a place that ends in s ('St Albans')."""
    return word.endswith("s") and (
        _singular(word).lower() in word_set("common_words") or _is_plural_head(word)
    )


def _before_the_first_and(tokens: list[str]) -> str:
    """The word before a name's first 'and' or '&' ('' without one)."""
    at = next((i for i, t in enumerate(tokens) if t in ("and", "&")), 0)
    return tokens[at - 1] if at else ""


def _is_plural_head(word: str) -> bool:
    """'Trusts', 'Schools', 'Agencies': the plural of an organisation word ('Forces' names
    one military: 'Singapore Armed Forces')."""
    org_words = lower_word_set("organisation_words")
    return word.endswith("s") and word != "Forces" and _singular(word).lower() in org_words


def _singular(word: str) -> str:
    """'Agencies' -> 'Agency', 'Trusts' -> 'Trust' (a word that ends in s)."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


_NEW_ZEALAND = (("New", "Zealand"), ("NZ",))
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _is_named_for_new_zealand(tokens: list[str]) -> bool:
    """'Sport New Zealand', 'Health New Zealand', 'Touch NZ': an agency or national body named
    '<what it does> New Zealand' (not 'South West New Zealand', a region, 'Maritime Commander
    New Zealand', a role, or 'His New Zealand connections', a word that starts a sentence)."""
    for country in _NEW_ZEALAND:
        before = tokens[: -len(country)]
        if tuple(tokens[-len(country) :]) == country and 1 <= len(before) <= 3:
            name = " ".join(before)
            return not (
                any(t in ORGANISATION_CONNECTORS or t in word_set("place_words") for t in before)
                or (  # 'Comparing NZ', 'Building New Zealand'; not 'Volunteering New Zealand'
                    before[0].endswith("ing") and before[0] not in word_set("activity_words")
                )
                or _PLURAL_ACRONYM.fullmatch(before[0])  # 'SOEs Asure NZ': a kind, then a name
                or _names_a_non_actor(before)
                or before[0].lower() in word_set("lower_case_words")
                or any(t in _person_words() for t in before)
                or name in word_set("nz_places")
                or _is_country_name(name)
                or name in _WHOM_A_UNIT_SERVES  # 'Chinese New Zealand history': a people's
            )
    return False


def _is_named_without_a_head(tokens: list[str]) -> bool:
    """A national or regional body whose name has no head word ('Netball New Zealand', 'Sport
    Waikato')."""
    return _is_named_for_new_zealand(tokens) or _is_a_regional_sports_trust(tokens)


def _is_a_regional_sports_trust(tokens: list[str]) -> bool:
    """'Sport Waikato', 'Sport Hawke’s Bay', 'Sport Bay of Plenty': the regions' sports trusts,
    named 'Sport <region>' (in 31 releases of the archive)."""
    return (
        len(tokens) >= 2 and tokens[0] == "Sport" and " ".join(tokens[1:]) in word_set("nz_places")
    )


def _is_country_name(text: str) -> bool:
    return country_code(text) is not None


def _names_a_person(text: str) -> bool:
    """A part of a coordination that holds a role or a form of address, so a person; not a
    role of a body whose name goes on after 'and' ('Chief Executive of the Investment Savings'
    and 'Insurance Association')."""
    tokens = text.split()
    roles = [i for i, t in enumerate(tokens) if t.strip(".") in _person_words()]
    if not roles:
        return False
    complement = tokens[roles[-1] + 1 :]
    if complement[:1] not in (["of"], ["for"], ["to"]) or tokens[roles[-1]].startswith("Minister"):
        return True  # 'Minister for Youth' holds a portfolio, not a body
    body = " ".join(complement[2:] if complement[1:2] == ["the"] else complement[1:])
    return _is_organisation_like(body) or body in _references()


@cache
def _person_words() -> frozenset[str]:
    return entry_words("roles") | entry_words("honorifics")


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """Without a possessive or a suffix such as '-led' or '-funded'."""
    return _SUFFIX.sub("", word)


def _trimmed(text: str) -> tuple[int, str] | None:
    """The name in a capitalised run and where it starts: without the words of a sentence
    before it ('When', 'And the'), a role it is the complement of ('Chair of the Harbour
    Board' -> 'Harbour Board'), a role after it ('… Chief Executive') or a possessive. None for
    a minister's portfolio ('Minister of Police'): that names no organisation.
    (Called through the cached `_reading`.)"""
    text = _without_a_person_after(_without_its_person(text))
    offset = _after_an_addressed_person(text)
    if offset is None:
        return None  # 'Mr Court', 'Ms Collins’ Video Media Release': a person, no organisation
    offset = offset or _after_a_person_first(text) or _after_electorates(text)
    while lead := (
        _leading().match(text, offset)
        or _THE.match(text, offset)
        or _CONNECTOR_FIRST.match(text, offset)  # 'June and the …', '… and of Red Bus Ltd'
        or (_opening_phrase().match(text, offset) if offset == 0 else None)
        or _lower_case_word_first(text, offset)
        or _YEAR_FIRST.match(text, offset)  # 'In 2002 Ministry of Transport figures'
    ):
        offset = lead.end()
    after_roles = _after_roles(text, offset)
    if after_roles is None:
        return None
    offset = after_roles
    inside = _THE_INSIDE.search(text, offset)
    if inside and (
        _is_a_name_of_its_own_or_no_actor(text[offset : inside.start()])
        or _is_a_word_before_a_name(text[offset : inside.start()], text)
        or _is_a_phrase_before_a_name(text[offset : inside.start()], text[inside.end() :])
        or _bare(text[inside.end() :]).lower() in lower_word_set("organisation_words")
    ):  # 'Through Operation Nest Egg the Trust will …': a body's short form after a phrase
        offset = inside.end()  # 'in Afghanistan the Red Cross …': a sentence runs on
    possessor = _POSSESSOR.search(text, offset)
    owner = text[offset : possessor.start() + 1] if possessor else ""
    if possessor and (text[possessor.end() :].split() or [""])[0] in TROPHY_WORDS:
        possessor = None  # "America’s Cup Village Ltd": the possessive is a trophy's name
    if possessor and (
        owner in _references()  # "United Nations' Climate Neutral Network"
        or country_code(owner) is not None  # "the Cook Islands’ Ministry of Health"
        or owner.split()[0] in entry_words("honorifics")  # "Dr Sharples’ Taskforce"
        if possessor[0][1] in "'’" and owner.endswith("s")  # not "Principals' Federation"
        else _is_a_name_of_its_own_or_no_actor(owner)
    ):
        # 'New Zealand’s Defence Force', 'Fonterra’s Board', 'New Zealand’s Chief of Army'
        after_roles = _after_roles(text, possessor.end())
        if after_roles is None:
            return None  # "Singapore’s Minister for Schools": a portfolio
        offset = after_roles
    text = text[offset:]
    on = _ON.search(text)
    if on and (
        not _takes_on(text[: on.start()], text[on.end() :]) or _date_first().match(text, on.end())
    ):
        text = text[: on.start()]  # 'Federation of Commercial Fishermen on TV3', not 'Panel on …'
    # A known body's name ends before 'on' or 'for' ('New Zealand Defence Force on Malakula',
    # 'State Services Commission for Mr Rennie'), and a name with its 'on' before a country
    # ('… Committee on the Elimination of Racial Discrimination on New Zealand')
    for on in reversed(list(_ON_OR_FOR.finditer(text))):
        known = _THE.sub("", text[: on.start()]) in _references() and text not in _references()
        if on[0].startswith(" for") and not known:
            continue
        if known or (
            _is_country_name(strip_possessive(text[on.end() :])) and _ON.search(text, 0, on.start())
        ):
            text = text[: on.start()]
    to = _TO.search(text)
    if to and (
        _names_an_organisation(text[: to.start()])
        or text[: to.start()].split()[-1] in _abbreviations()  # 'Counties Manukau DHB to …'
    ):
        after = text[to.end() :]
        if (
            " " in after
            or after.isupper()
            or _names_an_organisation(after)
            or _date_first().match(after + " ")  # '… Commission to November'
            or after in _TO_NO_BODY  # 'Environment Court to the Minister', '… to the Crown'
            or after in _person_words()
            or after in word_set("nz_places")  # 'Air Force to Ohakea', 'Museum to Canterbury'
        ):
            text = text[: to.start()]  # 'Ministry of Health to MAF', not 'Mountains to Sea Trust'
    elif to and (
        _is_a_known_or_placed_body(text[to.end() :])
        or _is_a_person_or_role(text[: to.start()])  # 'Crown Monitor to Capital and Coast DHB'
    ):
        offset += to.end()  # 'Harry Burkhardt to Auckland District Health Board'
        text = text[to.end() :]
    for connector in _CONNECTOR_BEFORE_A_DATE.finditer(text):
        if _date_first().match(text, connector.end()):
            text = text[: connector.start()]  # 'Ministry of Fisheries for October'
            break
    text = _without_a_place_after(text)
    tail = _role_tail().search(text)
    if (
        tail
        and not re.search(rf"(?:\b[a-z]+|{_QUALIFIERS})$", text[: tail.start()])
        and not _OFFICE_OF_THE.search(text, 0, tail.start())
    ):  # but 'Office of the Associate Minister of Health', 'Office of the Maori Trustee' stay
        text = text[: tail.start()]
    return offset, _SUFFIX.sub("", text.removesuffix(" I"))  # 'University of Canterbury I think


# The office of an office-holder, whose title may have words before it ('Office of the British
# Prime Minister', 'Office of the Maori Trustee')
_OFFICE_OF_THE = re.compile(r"\bOffice of the(?: [A-Z][\w’'\-]*){0,2}$")


def _after_roles(text: str, offset: int) -> int | None:
    """Where the name starts after the roles it is the complement of ('Chair of the Harbour
    Board', 'Chair of Chair of Northland Inc', 'Counsel for the Chief Judge of …'); None
    after a minister's role, whose complement is a portfolio."""
    for _ in range(3):
        role = (
            _role_prefix().match(text, offset)
            or _role_before_name().match(text, offset)
            or _described_role(text, offset)
            or _person_of(text, offset)
        )
        if role:
            if _is_a_ministers_role(role):
                return None
            offset = role.end()
            while lead := _CONNECTOR_FIRST.match(text, offset) or _THE.match(text, offset):
                offset = lead.end()  # 'Deputy Chair for the Waitaki District Health Services'
        complement = _after_a_complement(text, offset)
        if not role and complement == offset:
            break
        offset = complement
    return offset


# A person named before the body they work for, as award and appointment lists write them
# ('Jeff Broad of Autogrow Systems Ltd', 'Corinne Callinan of CXC Ltd')
_NAME_THEN_OF = re.compile(r"(?P<role>(?:[A-Z][\w’'\-]*\s+){2,3})of\s+(?:the\s+)?(?=[A-Z])")


def _person_of(text: str, offset: int) -> re.Match[str] | None:
    """A person's name and 'of' before the body's name: no part of it. Before a company's
    name any two or three words that are no common, place or body's words are taken for a
    name ('Ronnie Butt of Comvita Ltd'); not before a place's name, which names a brand's local
    company ('Pernod Ricard of New Zealand Limited'). (The group is named 'role' as the
    other matches _after_roles reads are.)"""
    named = _NAME_THEN_OF.match(text, offset)
    if named is None:
        return None
    company = _ENDS_WITH_A_LEGAL_FORM.search(text, named.end())
    if company is not None and _names_only_places(text[named.end() : company.start()]):
        return None
    if _is_a_persons_name(named["role"].strip()):
        return named
    return (
        named
        if company is not None
        and all(
            _is_a_word_of_its_own(w)
            and _bare(w).lower() not in lower_word_set("organisation_words")
            for w in named["role"].split()
        )
        else None
    )


_ENDS_WITH_A_LEGAL_FORM = re.compile(rf" {LEGAL_FORM}\.?$")


@cache
def _described_role_pattern() -> re.Pattern[str]:
    roles = trie_pattern(words("roles"))
    return re.compile(
        rf"(?P<role>(?:[A-Z][a-z]+\s+){{1,3}}{roles})\s+(?:of|for|at)\s+(?:the\s+)?(?=[A-Z])"
    )


@cache
def _described_role_before_name() -> re.Pattern[str]:
    """A role of one person before a name of two words or more: bodies are named for the
    plural ('Secondary Principals Association', 'Tourism Ministers Council'), an ombudsman
    ('Insurance and Savings Ombudsman'), an executive ('Courts Executive Council', 'Disability
    Sector Chief Executives Group') or a role before their head ('Commissioner Panel')."""
    roles = trie_pattern(
        [r for r in words("roles") if not r.endswith("s") and r not in _ROLES_IN_NAMES]
    )
    return re.compile(rf"(?P<role>(?:[A-Z][a-z]+\s+){{1,2}}{roles})\s+(?=[A-Z]\S*\s+\S)")


_ROLES_IN_NAMES = frozenset({"Ombudsman", "Executive", "Trustee", "Chief", "Deputy", "Associate"})


def _described_role(text: str, offset: int) -> re.Match[str] | None:
    """A role told apart by common words before it and its complement ('Chief Financial
    Officer of Sydney Airport', 'Senior Policy Adviser at the Treasury'), or the body it is
    written straight before, as appointment and contact lists do ('Independent Director
    National Infrastructure Board', 'Medical Director South Island Child Cancer Service')."""
    role = _described_role_pattern().match(text, offset) or _described_role_before_name().match(
        text, offset
    )
    if role is None or not all(
        w.lower() in word_set("common_words") or re.fullmatch(_QUALIFIERS, w)
        for w in role["role"].split()[:-1]
    ):
        return None
    return role


def _is_a_ministers_role(role: re.Match[str] | None) -> bool:
    """'Minister for …', 'Associate Ministers of …', 'Minita …': a portfolio, no organisation."""
    return bool(
        role and role["role"] and role["role"].split()[-1] in ("Minister", "Ministers", "Minita")
    )


# A company's name ends at its legal form: 'Hammerforce Limited of Auckland', 'Small Loans
# Ltd of Napier', 'Transfield Defence Systems Ltd of Australia' (where it is)
_LEGAL_FORM_THEN_OF = re.compile(rf"(.+? {LEGAL_FORM}\.?) of [A-Z]")


def _without_a_place_after(text: str) -> str:
    """'the Ministry of Fisheries Petone office', 'Department of Conservation Te Anau staff':
    a known organisation and the place of one of its offices; 'Ashbrook Primary Opotiki': a
    school and its town, as the rows of a table of schools give them; 'Small Loans Ltd of
    Napier': a company and its town."""
    if legal := _LEGAL_FORM_THEN_OF.match(text):
        return legal[1]
    for cut in (1, 2):
        parts = text.rsplit(" ", cut)
        place = " ".join(parts[1:])
        if (
            len(parts) > cut
            and place in word_set("nz_places")
            and (
                parts[0] in _references()
                or (parts[0].endswith(_SCHOOL_HEADS) and len(parts[0].split()) <= 4)
            )
        ):
            return parts[0]
    return text


_TOKEN = re.compile(r"\S+")
_CONNECTORS_AT_END = re.compile(r"(?:\s+(?:of|for|the|and|&|to|on|at))+$")


_ITS_PERSON = re.compile(
    r"(?<=\S)(?:['’]s|s['’])\s+(?P<name>[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*){1,2})$"
)


def _without_its_person(text: str) -> str:
    """'Association of Blind Citizens’ Martine Abel-Williamson', 'Business NZ's Kirk Hope': a
    body's possessive before a person's name of two or three words, none of them a common,
    organisation or place word, ends the body's name."""
    owned = _ITS_PERSON.search(text)
    if (
        owned is None
        or not all(
            _is_a_word_of_its_own(w) and not _has_a_word_for_a_body([w])
            for w in owned["name"].split()
        )
        or _without_places(text) != text  # "Hawke's Bay …"
    ):
        return text
    return text[: owned.start() + (1 if text[owned.start()] == "s" else 0)]


def _without_a_person_after(text: str) -> str:
    """An organisation run that goes on into a person's name, as lists of who came write them
    ('Wellington Chamber of Commerce Jenny Shipley', 'Ministry of Social Development Chief
    Executive Peter Hughes', 'Office of Hon Jim Sutton'): the name, the forms of address
    before it and connectors are cut off, when what is left names an organisation once a role
    after it is cut too ('… Judge John Matthews', '… Party MP Jo Hui' are left to the people)."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    for size in (3, 2):
        if len(spans) <= size or not (
            _is_a_persons_name(text[spans[-size][0] :])
            or _is_a_titled_name(text[: spans[-size][0]], text[spans[-size][0] :])
        ):
            continue
        kept = len(spans) - size
        while kept and text[slice(*spans[kept - 1])].rstrip(".") in _honorific_words():
            kept -= 1
        rest = _CONNECTORS_AT_END.sub("", text[: spans[kept - 1][1]]) if kept else ""
        tail = _role_tail().search(rest)
        name = _THE.sub("", rest[: tail.start()] if tail else rest, count=1)
        if (
            name
            and _names_an_organisation(name)
            and not _is_a_class_of_bodies(name)
            and name.split()[0] not in _TITLE_QUALIFIERS  # 'Acting District Court Judge …'
        ):
            return rest
        return text
    return text


@cache
def _title_words() -> frozenset[str]:
    """The capitalised words of job titles, before a name or after a body's name."""
    return frozenset(
        w for w in entry_words("roles") | entry_words("organisation_role_tails") if w.istitle()
    )


def _is_a_titled_name(before: str, name: str) -> bool:
    """A name of capitalised words of its own after a role ('… Chair Hariata Kahu', '…
    Kaiwhakahaere Arihia Bennett'): a person's, whether or not the given name is a known one."""
    words_, roles = before.split(), _title_words()
    return (
        bool(words_)
        and "and" not in words_  # '… President Ursula von der Leyen and EU Council President …'
        and (words_[-1] in roles or _role_tail().search(before.rstrip()) is not None)
        and all(
            t[:1].isupper() and _is_a_word_of_its_own(t) and t not in roles for t in name.split()
        )
        and not _has_a_word_for_a_body(name.split())
    )


@cache
def _electorate_in_a_row() -> re.Pattern[str]:
    """A Māori electorate after a capitalised word (a general electorate), as a table row
    glued into one run gives them."""
    return re.compile(rf"(?<=[A-Za-zāēīōū] )(?:{alternation('maori_electorates')}) (?=[A-Z])")


# Tainui, the Māori electorate of 2002-2008, in a school list's row ('Piako Tainui Goodwood
# School'): elsewhere the word names the iwi
_TAINUI_IN_A_ROW = re.compile(r"(?<=[A-Za-zāēīōū] )Tainui (?=[A-Z])")
_SCHOOL_HEADS = ("School", "Intermediate", "College", "Primary", "Kura", "Kindergarten")


_SCHOOL_AFTER = re.compile(
    rf"[^\S\n]+(?:[A-Z][\w’'\-]*[^\S\n]+){{1,4}}(?:{'|'.join(_SCHOOL_HEADS)})\b"
)


def _is_the_electorate_in_a_school_row(body: str, start: int, end: int) -> bool:
    """'Piako Tainui Goodwood School': 'Tainui' between a general electorate and a school is
    the Māori electorate of the row, not the iwi; so is 'Tainui' before 'MP', 'electorate'
    or 'seat' ('Tainui MP Nanaia Mahuta', 14 releases of 1999-2008)."""
    return body[start:end] == "Tainui" and (
        _ELECTORATE_AFTER.match(body, end) is not None
        or (
            _TAINUI_IN_A_ROW.match(body, start) is not None
            and _SCHOOL_AFTER.match(body, end) is not None
        )
    )


_ELECTORATE_AFTER = re.compile(r"[^\S\n]+(?:MP|electorate|seat)\b")


def _after_electorates(text: str) -> int:
    """Where the school starts in 'Clutha-Southland Te Tai Tonga Heddon Bush School': after
    the electorates, when at least two words with an organisation word follow ('E Tu Te Tai
    Tokerau Trust', 'Council of the Waiariki Institute …' stay whole)."""
    found = _electorate_in_a_row().search(text)
    if found is None and text.endswith(_SCHOOL_HEADS):
        found = _TAINUI_IN_A_ROW.search(text)
    if found is None or text[: found.start()].split()[-1] in (*ORGANISATION_CONNECTORS, "Te"):
        return 0  # 'Council of the Waiariki …', 'Te Waiariki Purea Trust'
    rest = text[found.end() :]
    return found.end() if len(rest.split()) >= 2 and _is_organisation_like(rest) else 0


def _after_a_person_first(text: str) -> int:
    """Where the organisation starts in a run that begins with a person's name, as lists of
    members write them ('Don Reisterer Whakatane District Council', 'Nick Pole Ministry of
    Education'): after the name, when what follows is a known organisation or a body named for
    a New Zealand place, so that bodies named after people ('James Cook High School', 'Samuel
    Marsden Collegiate School', 'Winston Churchill Memorial Trust') stay whole; or after the
    name and 'of' ('Wendy Pye of Wendy Pye Ltd')."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    for size in (2, 3):
        if len(spans) < size + 2:
            continue
        name, rest = text[: spans[size - 1][1]], text[spans[size][0] :]
        if _is_a_persons_name(name) and _is_a_known_or_placed_body(rest):
            return spans[size][0]
        if (  # 'of' says that a name ends before it, whatever its surname ('Ronnie Butt of')
            rest.startswith("of ")
            and len(rest.split()) >= 3
            and _is_a_persons_name(name, common_surname=True)
            and _names_an_organisation(rest[3:])
        ):
            return spans[size][0] + 3
    return 0


# Forms of address that only a living person is given: 'Sir' and 'Dame' also begin the names
# of bodies named after one ('Sir Peter Blake Trust'), 'Judge' and 'Justice' those of courts
# and departments ('Justice Department')
_PERSONAL_ADDRESS = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Associate Professor|Tākuta|Takuta|Ahorangi)\.?\s+"
    r"(?=[A-Z])"
)


def _after_an_addressed_person(text: str) -> int | None:
    """Where the organisation starts in a run that begins with a form of address and a name
    ('Dr Peter Watson New Zealand Association for Adolescent Health', 'Dr Libby Limbrick
    Auckland College of Education', 'Mr Smith Ministry of Health'): after a given name and
    surname, or before a known organisation or one named for a New Zealand place. None when
    capitalised words alone follow and no organisation is among them ('Mr Court', 'Mr
    Vendrell New Zealand'); 0 when the run does not begin with a form of address, or goes on
    with 'of', 'to' … ('Mr Paul Brown of …'), which the role prefix and the complements read."""
    address = _PERSONAL_ADDRESS.match(text)
    if address is None:
        return 0
    spans = [m.span() for m in _TOKEN.finditer(text, address.end())]
    for size in (2, 3, 1):  # 'Peter Watson' before 'Peter Watson New' (Zealand …)
        if len(spans) <= size:
            continue
        name, rest = text[address.end() : spans[size - 1][1]], text[spans[size][0] :]
        if rest[:1].islower() or _POSSESSOR.search(text, 0, spans[size][0] + 1):
            return 0  # "Dr Sharples’ Maori Economic Taskforce": the possessive reads that
        first = _bare(rest.split()[0])
        if rest in _references() or (
            (_is_organisation_like(rest) and not _is_generic(rest.split()))
            and (_is_a_persons_name(name) or first in word_set("nz_places") or first == "New")
        ):
            return spans[size][0]
    return 0 if re.search(r"\s[a-z]", text) else None


def _is_a_known_or_placed_body(text: str) -> bool:
    """A known organisation, or one named for a New Zealand place ('Waitaki Rowing Trust'): a
    name that begins where a person's name, or a phrase that is no body, ends."""
    return text in _references() or (
        _bare(text.split()[0]) in word_set("nz_places") and _is_organisation_like(text)
    )


_FIRST_WORD = re.compile(r"([A-Z][a-z]+)\s+(?=\S)")


# Words that say in what state, at what level or on what occasion a known body acts ('the
# Local Ministry of Education offices', 'Senior Chinese Communist Party officials', 'the
# Preliminary Ministry of Economic Development report', 'a Retired High Court judge')
_STATES_OF_A_BODY = frozenset(
    {"Local", "Senior", "Preliminary", "Annual", "Alternate", "Retired", "Final", "Initial"}
)


def _lower_case_word_first(text: str, offset: int) -> re.Match[str] | None:
    """'Strengthen Department of Labour', 'Contrary to Green Party policy', 'Having a Service
    Centre': a word the releases almost never capitalise inside a sentence starts the run, so
    it starts a sentence or a list item, and what follows is a known organisation, starts
    with a connector, or (after an -ing word) is a body named for its place ('Involving
    Auckland Council'). Before any other name it may be the name's own first word: 'Prisoners
    Aid and Rehabilitation Society', 'Keep Dunedin Beautiful Committee' stay whole."""
    first = _FIRST_WORD.match(text, offset)
    if first is None:
        return None
    rest = text[first.end() :]
    bare = _THE.sub("", rest, count=1)
    if first[1] in _STATES_OF_A_BODY:
        return first if bare in _references() else None
    if first[1] == "New":  # 'New Waikato District Health Board', 'New Board member Ann Lee'
        no_part = _is_a_known_or_placed_body(bare) or _is_one_organisation_word(bare)
        return first if no_part else None
    if first[1].lower() not in word_set("lower_case_words"):
        return None
    after = rest.split(maxsplit=1)
    if len(after) == 2 and after[0] in (*ORGANISATION_CONNECTORS, "an"):
        return first
    if bare in _references():
        return first
    # 'Involving Auckland Council …': a verb's -ing form before a body named for its place
    return first if first[1].endswith("ing") and _is_a_known_or_placed_body(bare) else None


def _is_one_organisation_word(text: str) -> bool:
    """'Board', 'Ministry': a body's kind alone, no body's name."""
    return " " not in text and text.lower() in lower_word_set("organisation_words")


def _is_a_class_of_bodies(name: str) -> bool:
    """'Chief Inspector of Schools': a plural organisation word last, unless it is the
    complement of an organisation word ('Council of Trade Unions')."""
    if not _is_plural_head(_bare(name.split()[-1])):
        return False
    before, of, _ = name.rpartition(" of ")
    return not (of and _bare(before.split()[-1]).lower() in lower_word_set("organisation_words"))


_TITLE_QUALIFIERS = frozenset({"Acting", "Retired", "Former", "Associate", "Deputy", "Senior"})


@cache
def _honorific_words() -> frozenset[str]:
    """Forms of address before a name; not 'MP', which follows one ('… Green Party MP Jo
    Hui' is a title, not an organisation and a person)."""
    return entry_words("honorifics") - {"MP"}


def _takes_on(before: str, after: str) -> bool:
    """'Royal Commission on …', 'Institute for Research on Ageing': a head that takes 'on'
    right before it, or earlier in the name when only common words follow ('Federation of
    Fishermen on TV3' does not)."""
    words_ = [_bare(w) for w in before.split()]
    return bool(words_) and (
        words_[-1] in _HEADS_WITH_ON
        or (any(w in _HEADS_WITH_ON for w in words_) and _all_common_words(after))
    )


def _all_common_words(text: str) -> bool:
    """Every word is a common word, or the plural of one ('Arts')."""
    common = word_set("common_words")
    words_ = [_bare(t).lower() for t in text.split() if t not in ORGANISATION_CONNECTORS]
    return bool(words_) and all(w in common or (w[-1:] == "s" and w[:-1] in common) for w in words_)


def _is_a_word_before_a_name(word: str, run: str) -> bool:
    """'Establish the Ministry …', 'Well the Court of Appeal': one common word before 'the',
    which starts a list item or a sentence, not a name ('Save the Children' is a known one)."""
    return (
        " " not in word
        and word.lower() in word_set("common_words")
        and word.lower() not in lower_word_set("organisation_words")
        and run not in _references()
    )


def _is_a_phrase_before_a_name(before: str, after: str) -> bool:
    """'Strategic Partner the Ministry of Health', 'Ahuwhenua Trophy the Onuku Māori Lands
    Trust': capitalised words that name no organisation before 'the' and a name that stands
    on its own, a known one or one of three words or more. Two words after 'the' may be a
    name's own ending: 'Save the Kiwi Trust', 'Christ the King School'."""
    return (
        before[-1:].isalpha()
        and before.split()[-1][0].isupper()  # not 'Board of the Lotteries Commission'
        and not _is_organisation_like(before)
        and (after in _references() or (len(after.split()) >= 3 and _is_organisation_like(after)))
    )


def _names_an_organisation(text: str) -> bool:
    return _is_organisation_like(text) or text in _references()


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@cache
def _dates() -> str:
    """A day or a month, which no organisation's name starts or ends with ('On Monday the
    ANZ Bank', 'the Leadership Forum on Friday', 'the February National Bank survey')."""
    return trie_pattern([*_WEEKDAYS, *(m for m in words("months") if len(m) > 3)])


@cache
def _date_first() -> re.Pattern[str]:
    return re.compile(rf"(?:{_dates()})\b")


@cache
def _leading() -> re.Pattern[str]:
    """A sentence's own first word before a name ('When Customs', 'In New Zealand'), a day
    or a month ('Monday the Alliance'), or a count ('Thirty-four Army personnel')."""
    numbers = trie_pattern(word.capitalize() for word in number_values())
    return re.compile(
        rf"(?:{trie_pattern(words('leading_words'))}|{_dates()}|(?:{numbers})(?:-[a-z]+)?"
        rf"|(?:\S+\s+)*?\S+-{_PARTICIPLES})\s+(?=\S)"  # 'Ministry of Health-funded'
    )


@cache
def _role_prefix() -> re.Pattern[str]:
    """What a run may start with before the organisation it names: a role whose complement
    it is ('Chair of the', 'Minister for', 'Board of'), or a person and where they come from
    ('Mr Tony Craig of the')."""
    roles = trie_pattern([*words("roles"), "Board", "Boards", "Head", "Heads", "Fellow", "General"])
    honorifics = trie_pattern(words("honorifics"))
    return re.compile(
        rf"(?:(?P<role>(?:{_QUALIFIERS}\s+)*(?:[A-Z]\w*-)?{roles}"
        rf"(?:\s+{roles})*)"
        rf"|{honorifics}\.?(?:\s+[A-Z][\w’'\-]*){{1,3}})"
        rf"\s+(?:of|for|to|at|from|o)\s+(?:the\s+)?(?=\S)"  # 'o': te reo 'of'
    )


_ON = re.compile(r" on(?: the)? (?=[A-Z])")
_ON_OR_FOR = re.compile(r" (?:on|for)(?: the)? (?=[A-Z])")
_CONNECTOR_BEFORE_A_DATE = re.compile(r" (?:for|of|in|at|from|by|since|until) (?=[A-Z])")
_TO = re.compile(r" to(?: the)? (?=[A-Z])")
_TO_NO_BODY = _NO_ACTOR_PARTIES | {"Cabinet", "Ministers"}


def _is_a_person_or_role(text: str) -> bool:
    """'Ross Buckley', 'Crown Monitor': who is appointed to a body, before 'to' and its name."""
    return _is_a_persons_name(text) or _bare(text.split()[-1]) in _person_words()


# Heads that take 'on' in their own name ('Royal Commission on the …', 'Global Research
# Alliance on …'): the heads the archive writes before 'on' most often, less places.
_HEADS_WITH_ON = frozenset(
    {"Commission", "Committee", "Council", "Panel", "Conference", "Convention", "Forum"}
    | {"Taskforce", "Inquiry", "Tribunal", "Summit", "Group", "Institute", "Centre", "Force"}
    | {"Alliance", "Network", "Coalition", "Partnership", "Dialogue", "Initiative"}
)
_COMPLEMENT = re.compile(r" (?:of|to|at|from|for|on) the (?=[A-Z])")


def _after_a_complement(text: str, offset: int) -> int:
    """Where the organisation starts when a run is something or someone 'of the', 'to the'
    … an organisation: 'Judge of the High Court', 'Bruce Lochore of the Motor Caravan
    Association', 'Jo Hui and Ana Tui to the Panel', 'Presidency of the European Union'. What
    comes first may head a name only when it is an organisation word itself ('Museum of the
    …') or a place of several words (the archive's 'Top of the South …', 'Hawke’s Bay Branch of
    the Law Society' are left whole; 'Bay of Plenty' has no 'the'). Without 'the', 'of' goes
    before a known body only ('Guardian of Alexander Turnbull Library'), and 'for' after common
    words only ('Support for Gisborne District Council'; not 'Centre for Housing Research')."""
    candidates = (
        _COMPLEMENT.search(text, offset),
        _of_a_known_body(text, offset),
        _for_a_body(text, offset),
        _of_a_named_body(text, offset),
    )
    found = min(filter(None, candidates), key=re.Match.start, default=None)
    if found is None:
        return offset
    first, rest = text[offset : found.start()], text[found.end() :]
    first_words = [_bare(w) for w in first.split()]
    if (
        not first_words
        or first_words[-1].lower() in lower_word_set("organisation_words")
        or text.startswith(_multiword_places(), offset)  # 'Top of the South Rural Support …',
        # 'Far North Justices of the Peace Association', 'West Coast Branch of the Cancer Society'
        or (found.group() == " of " and _names_a_unit(first_words))
        or first in _references()
        or not (_is_organisation_like(rest) or rest in _references())
    ):
        return offset
    return found.end()


_OF_A_KNOWN_BODY = re.compile(r" of (?=[A-Z])")
_FOR_A_BODY = re.compile(r" for (?=[A-Z])")


def _of_a_known_body(text: str, offset: int) -> re.Match[str] | None:
    """The first ' of ' when a known body follows it ('Guardian of Alexander Turnbull
    Library')."""
    known = _OF_A_KNOWN_BODY.search(text, offset)
    return known if known and _is_a_known_body(text[known.end() :]) else None


def _for_a_body(text: str, offset: int) -> re.Match[str] | None:
    """The first ' for ' when only common words come before it and an organisation's head
    ends what follows ('Support for Gisborne District Council', 'Strategy and Planning for
    Ngāi Tahu Holdings Group')."""
    purpose = _FOR_A_BODY.search(text, offset)
    if (
        purpose
        and _all_common_words(text[offset : purpose.start()])
        and _bare(text[purpose.end() :].split()[-1]).lower() in lower_word_set("organisation_words")
    ):
        return purpose
    return None


# A name or a role of one to four capitalised words, then 'of' or 'for' and a body: 'Eoin
# Crosbie of Bethlehem College', 'Pasifika Liaison Advisor for Massey University'
_WORDS_THEN_OF_OR_FOR = re.compile(r"(?:[A-Z][\w’'\-]*\s+){1,4}(of|for)\s+(?=[A-Z])")
_OF_OR_FOR = re.compile(r"\s(?:of|for)\s+")


def _of_a_named_body(text: str, offset: int) -> re.Match[str] | None:
    """' of ' or ' for ' between a person's name or a role and a body named by its head, as
    award and appointment lists write them ('Junita Douglass of Lincoln High School', 'Maori
    Liaison Advisor for Southern Advocates Trust'): the body is named alone, as after 'of the'.
    Not after any other words, which often begin the body's own name ('City of Manukau
    Education Trust', 'Spirit of Adventure Trust', 'Bay of Islands College')."""
    words_ = _WORDS_THEN_OF_OR_FOR.match(text, offset)
    if words_ is None:
        return None
    first = text[offset : words_.start(1)].strip()
    rest = text[words_.end() :]
    if not (_is_a_persons_name(first) or _bare(first.split()[-1]) in word_set("roles")) or (
        not _is_organisation_like(rest) or _is_generic([_bare(t) for t in rest.split()])
    ):
        return None
    return _OF_OR_FOR.match(text, words_.start(1) - 1)


def _names_a_unit(words_: list[str]) -> bool:
    """'Employment Relations Service of the Department of Labour', 'St Thomas of Canterbury
    College', 'Republic of Fiji Military Forces': a unit, a saint or a state a name is of."""
    return words_[0] in ("St", "Saint", "Republic", "Kingdom") or any(
        w.lower() in lower_word_set("organisation_words") or w in _BODY_WORDS for w in words_
    )


@cache
def _role_before_name() -> re.Pattern[str]:
    """A role written straight before the organisation, as appointment lists do ('Chair
    Kawerau PHO', 'Principal Awapuni School', 'Vice-Minister')."""
    roles = trie_pattern(words("roles"))
    return re.compile(
        rf"(?P<role>(?:{_QUALIFIERS}\s+)*(?:[A-Z]\w*-)?{roles}"
        rf"(?:\s+{roles})*)\s+(?:the\s+)?(?=[A-Z])"  # 'will Chair the Forum …'
    )


def _shared_head(surface: str) -> tuple[str, ...] | None:
    """'Woolston and Phillipstown Schools' -> ('Woolston School', 'Phillipstown School');
    'Hillmorton and Hornby High Schools' -> ('Hillmorton High School', 'Hornby High School');
    'Buller, Grey and Westland District Councils' -> three district councils:
    the second name's last words of a school's grade or a council's kind (head_qualifiers.txt)
    are shared too. Names of more than one word share only such words, or the head of a school
    or a hospital: in 'Civil Aviation and Meteorological Services' and 'Nelson and Tasman
    Councils' the head alone makes no name. Not 'Rehabilitation and Reintegration Services',
    one body named with common words, nor 'Pacific Health for Tauranga and Whakatane
    Hospitals'."""
    shared = _COORDINATED_UNDER_ONE_HEAD.fullmatch(surface)
    if not shared or shared["head"][:-1].lower() not in lower_word_set("organisation_words"):
        return None
    items = [item.split() for item in shared["first"].split(", ")]
    first, second = items[-1], shared["second"].split()
    if not all(_are_name_words(item) for item in items) or not _are_name_words(second):
        return None
    if any(_is_a_plural_noun(item[-1]) for item in items):
        return None  # 'Crown Entities and District Health Boards': two kinds of body
    if any(" ".join(item) in _NO_ACTOR_PARTIES for item in items):
        return None  # 'the Crown and District Health Boards': a party and a kind of body
    if _all_common_words(shared["first"]) and _all_common_words(shared["second"]):
        return None
    qualifiers = word_set("head_qualifiers")
    cut = len(second)
    while cut > 1 and second[cut - 1] in qualifiers:
        cut -= 1
    single = len(first) == 1 and cut == 1
    if cut == len(second) and not (
        shared["head"] in _SCHOOLS_AND_HOSPITALS
        or (single and shared["head"].lower() in lower_word_set("organisation_words"))
    ):
        return None
    head = [*second[cut:], shared["head"][:-1]]
    grades = _trailing_grades(second, qualifiers)
    own = first[: len(first) - len(_trailing_grades(first, qualifiers))]
    if len(grades) == len(second) and own:  # 'Rototuna Junior and Senior High Schools'
        second = [*own, *second]
        cut += len(own)
    return *(" ".join(_under_the_head(item, grades, head[-1], qualifiers)) for item in items), (
        " ".join([*second[:cut], *head])
    )


def _under_the_head(
    item: list[str], grades: list[str], head: str, qualifiers: frozenset[str]
) -> list[str]:
    """A name before 'and' with the head it shares: 'Hillmorton' + 'High School'. Its own head
    stays its own ('Linwood Intermediate School and Manning Intermediate Schools'), and its
    own grades stand for as many of the second name's ('Te Puke Primary and Taupo
    Intermediate Schools', 'Rototuna Junior and Senior High Schools', 'Selwyn District and
    Waimakariri District Councils')."""
    if item[-1] == head:
        return item
    own = len(_trailing_grades(item, qualifiers))
    return [*item, *grades[own:], head]


def _trailing_grades(words_: list[str], qualifiers: frozenset[str]) -> list[str]:
    """The grades a name ends with: 'Senior High' of 'Rototuna Senior High'."""
    count = 0
    while count < len(words_) and words_[-1 - count] in qualifiers:
        count += 1
    return words_[len(words_) - count :]


def _regions_sharing_a_board(surface: str) -> tuple[str, ...] | None:
    """'Northland and MidCentral District Health Board' -> the two district health boards:
    each region has one board or council of a kind, so two regions before one head are two
    bodies. Not 'Capital and Coast District Health Board', one region named with common
    words. A first part with the head's abbreviation is a name of its own ('Counties Manukau
    DHB and Auckland District Health Board')."""
    shared = _REGIONS_UNDER_ONE_BOARD.fullmatch(surface)
    if not shared:
        return None
    head = _abbreviations().get(shared["head"], shared["head"])
    first, *rest = shared["first"].rsplit(" ", 1)
    if rest and _abbreviations().get(rest[0]) == head:  # 'Counties Manukau DHB and …'
        return f"{first} {head}", f"{shared['second']} {head}"
    parts = (shared["first"], shared["second"])
    if any(
        not _are_name_words(part.split())
        or _all_common_words(part)
        or _is_organisation_like(part)
        or _is_a_persons_name(part)
        for part in parts
    ):
        return None
    # 'Sport Waikato and Waikato DHB', 'the Hospital Redevelopment Project and Canterbury DHB',
    # 'Wellington Water and South Wairarapa District Council': a body, no region, before it
    first_words = parts[0].split()
    if (
        (
            first_words[0].lower() in word_set("common_words")
            and parts[0] not in word_set("nz_places")
        )
        or _has_a_word_for_a_body(first_words)
        or _names_a_non_actor(first_words)
        or not all(_is_a_word_of_its_own(w) or _is_a_place_word(_bare(w)) for w in first_words)
        or parts[0] in _TO_NO_BODY  # 'the Crown and Christchurch City Council'
    ):
        return (f"{parts[1]} {head}",)
    return f"{parts[0]} {head}", f"{parts[1]} {head}"


def _are_name_words(words_: list[str]) -> bool:
    """Capitalised words with no connector: the parts of a coordination under one head
    ('Hillmorton and Hornby High Schools'), not a complement ('… for Tauranga and …')."""
    return not any(w in ORGANISATION_CONNECTORS or not w[0].isupper() for w in words_)


_REGIONS_UNDER_ONE_BOARD = re.compile(
    r"(?P<first>.+?) (?:and|&) (?P<second>.+?) "
    r"(?P<head>District Health Board|DHB|District Council|City Council|Regional Council)"
)
_COORDINATED_UNDER_ONE_HEAD = re.compile(
    r"(?P<first>.+?) (?:and|&) (?P<second>.+) (?P<head>\S+[^s]s)"
)
_SCHOOLS_AND_HOSPITALS = ("Schools", "Hospitals")


@lru_cache(maxsize=65536)
def _is_organisation_like(text: str) -> bool:
    tokens = [_bare(t) for t in text.split()]
    org_words, not_actor = lower_word_set("organisation_words"), lower_word_set("non_actor_words")
    if not tokens or tokens[-1].lower() in not_actor:
        return False
    if _heads_a_non_actor(tokens):  # 'Prime Minister's Scholarships for Latin America'
        return False
    if tokens[-1].lower() in org_words or tokens[-2:] == ["Corrections", "Facility"]:
        return True  # 'Spring Hill Corrections Facility': the name of the newer prisons
    return any(
        t.lower() in org_words
        and i + 2 < len(tokens)
        and (nxt in ("of", "for", "to", "on") or (nxt == "o" and _opens_a_te_reo_name(tokens[:i])))
        for i, (t, nxt) in enumerate(itertools.pairwise(tokens))
    )


def _opens_a_te_reo_name(before: list[str]) -> bool:
    """The words before the head of a te reo name with 'o' ('of'): 'Te Rūnanga o Toa
    Rangatira', 'Te Whare Wānanga o Awanuiārangi'. A run with other words before the head is
    a sentence of te reo ('Tumuaki ki Te Wānanga o Raukawa': a head of it), left alone."""
    return all(word in ("Te", "Whare") for word in before)


# 'Ngāti' and 'Ngāi' ('descendants of') begin the name of an iwi or a hapū, never a person's:
# 'Ngāti Pikiao', 'Ngai Tamanuhiri', listed in iwi.txt or not
TRIBAL_PREFIXES = ("Ngāti", "Ngati", "Ngāi", "Ngai")
_TRIBAL_NAME = re.compile(rf"(?:{'|'.join(TRIBAL_PREFIXES)}) (?=[A-ZĀĒĪŌŪ]){TE_REO_WORD}")


@lru_cache(maxsize=65536)
def _iwi_in(text: str) -> bool:
    """The name is an iwi, or an iwi body named after one ('Tuwharetoa ki Kawerau',
    'Te Pou Oranga o Whakatohea')."""
    key, iwi = slugify(text), _iwi()
    if key in iwi or _TRIBAL_NAME.fullmatch(text):
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
    for mention in sorted(found, key=lambda m: m.short_only):
        capitals = "".join(t[0] for t in mention.name.split() if t[0].isupper())
        if len(capitals) >= 3:
            by_initials.setdefault(capitals, mention.name)
    if not by_initials:
        return []
    kinds_of_body = {m.name for m in found if m.short_only} - {
        m.name for m in found if not m.short_only
    }
    return [
        OrganisationMention(m.start(), m.end(), name, m[0], name in kinds_of_body)
        for m in _CAPITALS.finditer(body)
        if (name := by_initials.get(m[0]))
    ]
