"""Actors — people, organisations and countries — with one id each, and where they appear.

`extract_actors` finds every actor mention in one release body (people via `PeopleIndex`,
organisations via `find_organisations`, countries via `find_countries`; where two overlap the
longer name wins, so "New Zealand Defence Force" is not also New Zealand), adds the front
matter's ministers and the quotes' speakers, and pairs ministers with the portfolios the
release names for them. The build aggregates the `Mention` records across releases into the
`actors` catalogue.

Ids: `person:<slug of the canonical name>`, `org:<slug>`, `country:<ISO 3166 alpha-2>`
(withdrawn for a former state).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.extract.countries import country_name, find_countries
from pipeline.extract.ids import country_actor_id, org_actor_id, person_actor_id, slugify
from pipeline.extract.lexicons import lower_word_set, word_set
from pipeline.extract.names import canonical_person_name
from pipeline.extract.organisations import (
    COMPANY_ENDINGS,
    OrganisationMention,
    find_organisations,
    is_introduced_as_a_kind,
    is_known_organisation,
    party_short_names,
    without_legal_ending,
)
from pipeline.extract.people import PeopleIndex
from pipeline.extract.records import (
    ActorKind,
    Mention,
    MentionSpan,
    PortfolioHolding,
    Quote,
    Redirect,
    Role,
)

_KIND_PRIORITY = {ActorKind.ORGANISATION: 0, ActorKind.PERSON: 1, ActorKind.COUNTRY: 2}
_CONNECTOR_WORDS = re.compile(r"\b(?:of|for|the|and|&)\b", re.I)


@dataclass(frozen=True)
class _Candidate:
    """A name in the body that may be an actor: `name` is the canonical name, or the
    country's code; `read_as` the name a plainer reading gives (for actor_redirects)."""

    start: int
    end: int
    kind: ActorKind
    name: str
    surface: str
    read_as: str
    short_only: bool = False  # a kind of body: kept only as the short form of a full name

    def sort_key(self) -> tuple[int, int, int, str]:
        """Longer names first; at equal length organisations, then people, then countries."""
        return (-(self.end - self.start), _KIND_PRIORITY[self.kind], self.start, self.name)


@dataclass(frozen=True)
class Sighting:
    """One appearance of an actor in a release, in one role."""

    actor_id: str
    kind: ActorKind
    name: str
    surface: str
    role: Role
    start: int | None
    end: int | None = None
    old_ids: tuple[str, ...] = ()  # ids a plainer reading, or an earlier id scheme, gives


@dataclass(frozen=True)
class ReleaseActors:
    mentions: list[Mention]
    portfolios: list[PortfolioHolding]
    redirects: list[Redirect]


def extract_actors(
    release_id: str, people: PeopleIndex, portfolios: Sequence[str], quotes: Sequence[Quote]
) -> ReleaseActors:
    """The actors of one release: those its body names (`people` indexes the body and the
    front matter's ministers), its ministers and its quotes' speakers."""
    sightings = []
    for candidate in _body_mentions(people):
        if candidate.kind is ActorKind.COUNTRY:
            actor_id, name = country_actor_id(candidate.name), country_name(candidate.name)
            old_ids: tuple[str, ...] = ()
        elif candidate.kind is ActorKind.ORGANISATION:
            actor_id, name = org_actor_id(candidate.name), candidate.name
            # the plain slugs earlier versions used ('org:nz-transport-agency')
            old_ids = tuple({f"org:{slugify(n)}" for n in (candidate.read_as, candidate.name)})
        else:
            actor_id, name = person_actor_id(candidate.name), candidate.name
            old_ids = (person_actor_id(candidate.read_as),)
        sightings.append(
            Sighting(
                actor_id,
                candidate.kind,
                name,
                candidate.surface,
                Role.MENTIONED,
                candidate.start,
                candidate.end,
                old_ids,
            )
        )
    first_seen: dict[str, int | None] = {}
    for s in sightings:
        first_seen.setdefault(s.actor_id, s.start)
    for minister in people.minister_names:
        name = canonical_person_name(minister)
        actor_id = person_actor_id(name)
        sightings.append(
            Sighting(
                actor_id, ActorKind.PERSON, name, minister, Role.MINISTER, first_seen.get(actor_id)
            )
        )
    for quote in quotes:
        if quote.speaker_actor_id and quote.speaker_name:
            sightings.append(
                Sighting(
                    quote.speaker_actor_id,
                    ActorKind.PERSON,
                    quote.speaker_name,
                    quote.speaker_mention or quote.speaker_name,
                    Role.SPEAKER,
                    quote.char_start,
                )
            )
    redirects = {
        (old_id, s.actor_id)
        for s in sightings
        for old_id in s.old_ids
        if old_id != s.actor_id and old_id.partition(":")[2]
    }
    return ReleaseActors(
        mentions=_mentions(release_id, sightings),
        portfolios=_portfolio_holdings(release_id, people, portfolios),
        redirects=[Redirect(release_id, old, new) for old, new in sorted(redirects)],
    )


def _body_mentions(people: PeopleIndex) -> list[_Candidate]:
    """Every actor mention in the body, overlaps resolved."""
    body = people.body
    organisations = _without_people_before_of(body, find_organisations(body), people)
    candidates = [
        _Candidate(m.start, m.end, ActorKind.ORGANISATION, m.name, m.surface, m.surface)
        for m in organisations
        if not m.short_only
    ]
    candidates += [
        _Candidate(c.start, c.end, ActorKind.COUNTRY, c.code, c.surface, c.code)
        for c in find_countries(body)
    ]
    for mention in people.mentions:
        candidates.append(
            _Candidate(
                mention.start,
                mention.end,
                ActorKind.PERSON,
                mention.person.name,
                body[mention.start : mention.end],
                mention.read_as,
            )
        )
    candidates.sort(key=_Candidate.sort_key)
    kept: dict[_Candidate, None] = {}
    # Kept names never overlap unless they share their span and kind (two names read from
    # one surface), so a candidate may join only a span of its own kind, or free characters.
    covered = bytearray(len(body) + 1)
    kinds: dict[tuple[int, int], ActorKind] = {}
    for c in candidates:
        if not any(covered[c.start : c.end]) or kinds.get((c.start, c.end)) == c.kind:
            kept.setdefault(c)
            kinds[(c.start, c.end)] = c.kind
            covered[c.start : c.end] = b"\1" * (c.end - c.start)
    for m in organisations:
        if m.short_only and not any(covered[m.start : m.end]):
            kept.setdefault(
                _Candidate(
                    m.start, m.end, ActorKind.ORGANISATION, m.name, m.surface, m.surface, True
                )
            )
    named = [c for c in _with_full_names(list(kept)) if not c.short_only]
    return sorted(_without_kinds_and_proposals(body, named), key=lambda c: (c.start, c.name))


_OF = re.compile(r" of (?:the )?")


def _without_people_before_of(
    body: str, organisations: list[OrganisationMention], people: PeopleIndex
) -> list[OrganisationMention]:
    """A body's name that a person's name and 'of' open is the body's alone: 'Ichiro Kawachi
    of Harvard University' is Harvard University, once the release names the person again
    ('Professor Kawachi': people.py tells)."""
    named = {m.start: m.end for m in people.mentions}
    found = []
    for m in organisations:
        of = _OF.match(body, named.get(m.start, m.end))
        prefix = body[m.start : of.end()] if of else ""
        if of and of.end() < m.end and m.name.startswith(prefix):
            m = replace(
                m, start=of.end(), name=m.name[len(prefix) :], surface=body[of.end() : m.end]
            )
        found.append(m)
    return found


def _without_kinds_and_proposals(body: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Without the organisations a release names only as a body to be set up or as one of a
    kind ('to establish a Sentencing Council', 'AgResearch is a Crown Research Institute'):
    no such body exists, or the name is no one body's. A listed body keeps its mentions: the
    release tells of its creation."""
    introduced: dict[str, bool] = {}
    for c in candidates:
        if c.kind is ActorKind.ORGANISATION and introduced.get(c.name, True):
            introduced[c.name] = not is_known_organisation(c.name) and is_introduced_as_a_kind(
                body, c.start, c.end
            )
    return [c for c in candidates if not introduced.get(c.name, False)]


def _with_full_names(candidates: list[_Candidate]) -> list[_Candidate]:
    """An organisation named in full once and then shortly ('New Zealand Defence Force' …
    'the Defence Force'; 'Corrections Association of New Zealand' … 'the Corrections
    Association') is one organisation: a short form that ends (or starts) one other name of
    the release, word for word, takes that name."""
    organisations = [c for c in candidates if c.kind is ActorKind.ORGANISATION]
    # each form the release writes a body in, and the body's name ('Police Complaints
    # Authority' is now the 'Independent Police Conduct Authority')
    forms = {
        (form, c.name) for c in organisations if not c.short_only for form in (c.name, c.surface)
    }
    longer: dict[str, str | None] = {}
    ambiguous: set[str] = set()
    for name in {c.name for c in organisations}:
        fits = {
            other
            for form, other in forms
            if other != name
            and form != name
            and _may_be_a_short_form(name)
            and (
                _ends_with_head(without_legal_ending(form), name) or form.startswith(name + " of ")
            )
        }
        longer[name] = fits.pop() if len(fits) == 1 else None
        if fits and " " not in name:
            ambiguous.add(name)  # 'the Alliance' after two alliances: neither, nor the party
    return [
        replace(c, name=full, read_as=full if c.short_only else c.read_as, short_only=False)
        if c.kind is ActorKind.ORGANISATION and (full := longer[c.name])
        else c
        for c in candidates
        if not (c.kind is ActorKind.ORGANISATION and c.name in ambiguous)
    ]


def _may_be_a_short_form(name: str) -> bool:
    """An unlisted name of two words or more ('Corrections Association'), or a party's
    one-word name that is a head word too ('Alliance'): after 'the Global Research Alliance',
    'the Alliance' is that alliance, not the party (~70 archive releases after the Alliance
    party left Parliament in 2002 said 'the Alliance' of another)."""
    if " " not in name:
        return name in party_short_names() and name.lower() in lower_word_set("organisation_words")
    return not is_known_organisation(name)


_COMPLEMENT_BEFORE = re.compile(r"(?:\b(?:of|for|to|at|from|and|or)(?: the)?| &|['’]s?)$")


def _ends_with_head(other: str, name: str) -> bool:
    """Whether `name` ends `other` as its head ('Corrections Association' of 'Northern
    Corrections Association'), not as the complement of another head ('Taupo District
    Council' of 'Tongariro Community Board of the Taupo District Council', a body of it), nor
    as another body's own ('Pacific Advisory Board' of 'Waitemata Police District
    Commander’s Pacific Advisory Board'), nor as the last part of a coordination; and a
    word of place before it makes another region's body ('South Canterbury DHB')."""
    prefix = other.removesuffix(" " + name)
    return (
        prefix != other
        and not _names_a_body_itself(prefix)
        and not _COMPLEMENT_BEFORE.search(prefix)
        and prefix.split()[-1] not in word_set("place_words")  # 'South Canterbury DHB'
    )


def _names_a_body_itself(prefix: str) -> bool:
    """Words before a short form that name a body of their own, or a table's headers, run into
    the name: 'Lake Taupo Primary Health Organisation Ltd Counties Manukau DHB', 'JSIF Extra
    EDI Property Funding Merge Pungarehu School'."""
    words_ = prefix.split()
    return any(w.rstrip(".") in COMPANY_ENDINGS for w in words_) or (
        sum(len(w) >= 3 and w.isupper() for w in words_) >= 2
    )


def _portfolio_holdings(
    release_id: str, people: PeopleIndex, portfolios: Sequence[str]
) -> list[PortfolioHolding]:
    """Which minister announced under which portfolio: all of them when the release has one
    minister; otherwise only pairs the text confirms ('Education Minister Nikki Kaye')."""
    if len(people.ministers) == 1:
        minister = people.ministers[0]
        actor_id = person_actor_id(minister.name)
        return [PortfolioHolding(release_id, actor_id, minister.name, p) for p in portfolios]
    holdings = []
    for minister in people.ministers:
        roles = {_role_key(r) for r in minister.roles}
        for portfolio in portfolios:
            if any(_role_key(portfolio) in role for role in roles):
                actor_id = person_actor_id(minister.name)
                holdings.append(PortfolioHolding(release_id, actor_id, minister.name, portfolio))
    return holdings


def _role_key(text: str) -> str:
    return " ".join(_CONNECTOR_WORDS.sub(" ", text).casefold().split())


def _mentions(release_id: str, sightings: list[Sighting]) -> list[Mention]:
    """One `Mention` per (actor, role), with every place it stands and the name this release
    gives the actor most."""
    grouped: dict[tuple[str, Role], list[Sighting]] = {}
    for s in sightings:
        grouped.setdefault((s.actor_id, s.role), []).append(s)
    mentioned = {k: len(g) for (k, role), g in grouped.items() if role is Role.MENTIONED}
    mentions = []
    for (actor_id, role), group in grouped.items():
        starts = [s.start for s in group if s.start is not None]
        names: dict[str, int] = {}
        for s in group:
            names[s.name] = names.get(s.name, 0) + 1
        mentions.append(
            Mention(
                release_id=release_id,
                actor_id=actor_id,
                role=role,
                mention_count=mentioned.get(actor_id, 0) if role is Role.MINISTER else len(group),
                first_char_start=min(starts) if starts else None,
                surfaces=tuple(sorted({s.surface for s in group})),
                spans=tuple(
                    MentionSpan(s.start, s.end, s.surface)
                    for s in sorted(group, key=lambda s: (s.start or 0, s.end or 0))
                    if s.start is not None and s.end is not None
                ),
                name=max(names, key=lambda n: (names[n], n)),
                kind=group[0].kind,
            )
        )
    return mentions
