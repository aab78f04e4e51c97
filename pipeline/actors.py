"""Actors — people, organisations and countries — with one id each, and where they appear.

Per release, `extract_actors` (a pure function on plain data) finds every actor mention in the
body (people via `PeopleIndex`, organisations via `find_organisations`, countries via
`find_countries`; where two overlap the longer name wins, so "New Zealand Defence Force" is
not also New Zealand), adds the front matter's ministers and the quotes' speakers, and pairs
ministers with the portfolios the release names for them; `mention_rows` and
`portfolio_rows` turn that into rows; pipeline/catalogue.py aggregates them across releases.

Ids: `person:<slug of the canonical name>`, `org:<slug>`, `country:<ISO 3166 alpha-2>`.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pyarrow as pa

from pipeline.countries import country_name, find_countries
from pipeline.names import canonical_person_name, person_actor_id, slugify
from pipeline.organisations import find_organisations
from pipeline.people import PeopleIndex, split_name_phrase

_KIND_PRIORITY = {"organisation": 0, "person": 1, "country": 2}
_CONNECTOR_WORDS = re.compile(r"\b(?:of|for|the|and|&)\b", re.I)


@dataclass(frozen=True)
class Sighting:
    """One appearance of an actor in a release, in one role."""

    actor_id: str
    kind: str
    name: str
    surface: str
    role: str  # minister | speaker | mentioned
    start: int | None


@dataclass
class ReleaseActors:
    sightings: list[Sighting] = field(default_factory=list)
    portfolios: list[tuple[str, str, str]] = field(default_factory=list)  # id, name, portfolio


def org_actor_id(name: str) -> str:
    return f"org:{slugify(name)}"


def country_actor_id(code: str) -> str:
    return f"country:{code}"


def extract_actors(
    release: Mapping, quotes: Iterable[Mapping] = (), people: PeopleIndex | None = None
) -> ReleaseActors:
    """Actors of one release (release_id, body, ministers, portfolios) and its quotes' speakers."""
    body = release["body"]
    ministers = list(release.get("ministers") or [])
    people = people or PeopleIndex.of(release)
    result = ReleaseActors()
    for start, _end, kind, name, surface in _body_mentions(body, people):
        actor_id = _ACTOR_ID[kind](name)
        display = country_name(name) if kind == "country" else name
        result.sightings.append(Sighting(actor_id, kind, display, surface, "mentioned", start))
    first_seen = {}
    for s in result.sightings:
        first_seen.setdefault(s.actor_id, s.start)
    for minister in ministers:
        name = canonical_person_name(minister)
        actor_id = person_actor_id(name)
        result.sightings.append(
            Sighting(actor_id, "person", name, minister, "minister", first_seen.get(actor_id))
        )
    for quote in quotes:
        if quote["speaker_actor_id"]:
            result.sightings.append(
                Sighting(
                    quote["speaker_actor_id"],
                    "person",
                    quote["speaker_name"],
                    quote.get("speaker_mention") or quote["speaker_name"],
                    "speaker",
                    quote["char_start"],
                )
            )
    result.portfolios = _portfolio_pairs(people, list(release.get("portfolios") or []))
    return result


_ACTOR_ID = {"person": person_actor_id, "organisation": org_actor_id, "country": country_actor_id}


def _body_mentions(body: str, people: PeopleIndex) -> list[tuple]:
    """(start, end, kind, name, surface) of every actor mention, overlaps resolved."""
    candidates = [
        (m.start, m.end, "organisation", m.name, m.surface) for m in find_organisations(body)
    ]
    candidates += [(s, e, "country", code, surface) for s, e, code, surface in find_countries(body)]
    for mention in people.mentions:
        parts = split_name_phrase(mention.surface)
        surface = re.sub(r"(?:’s|'s|’)$", "", " ".join(parts.name)) or mention.surface
        candidates.append((mention.start, mention.end, "person", mention.person.name, surface))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), _KIND_PRIORITY[c[2]], c[0], c[3]))
    kept: list[tuple] = []
    for candidate in candidates:
        start, end = candidate[0], candidate[1]
        clashes = [k for k in kept if k[0] < end and start < k[1]]
        same_span = all((k[0], k[1]) == (start, end) and k[2] == candidate[2] for k in clashes)
        if same_span and candidate not in kept:
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c[0], c[3]))


def _portfolio_pairs(people: PeopleIndex, portfolios: list[str]) -> list[tuple[str, str, str]]:
    """Which minister announced under which portfolio: all of them when the release has one
    minister; otherwise only pairs the text confirms ('Education Minister Nikki Kaye')."""
    if len(people.ministers) == 1:
        minister = people.ministers[0]
        return [(person_actor_id(minister.name), minister.name, p) for p in portfolios]
    pairs = []
    for minister in people.ministers:
        roles = {_role_key(r) for r in minister.roles}
        for portfolio in portfolios:
            if any(_role_key(portfolio) in role for role in roles):
                pairs.append((person_actor_id(minister.name), minister.name, portfolio))
    return pairs


def _role_key(text: str) -> str:
    return " ".join(_CONNECTOR_WORDS.sub(" ", text).casefold().split())


def mention_rows(release_id: str, sightings: list[Sighting]) -> list[dict]:
    """`mentions` rows of one release, one per (actor, role), each with the actor's kind and
    the name this release gives it (`name`, `kind`: inputs of the catalogue, not published)."""
    grouped: dict[tuple[str, str], list[Sighting]] = {}
    for s in sightings:
        grouped.setdefault((s.actor_id, s.role), []).append(s)
    mentioned = {k: len(g) for (k, role), g in grouped.items() if role == "mentioned"}
    rows = []
    for (actor_id, role), group in grouped.items():
        starts = [s.start for s in group if s.start is not None]
        names: dict[str, int] = {}
        for s in group:
            names[s.name] = names.get(s.name, 0) + 1
        rows.append(
            {
                "release_id": release_id,
                "actor_id": actor_id,
                "role": role,
                "mention_count": mentioned.get(actor_id, 0) if role == "minister" else len(group),
                "first_char_start": min(starts) if starts else None,
                "surfaces": sorted({s.surface for s in group}),
                "name": max(names, key=lambda n: (names[n], n)),
                "kind": group[0].kind,
            }
        )
    return rows


def portfolio_rows(release_id: str, pairs: list[tuple[str, str, str]]) -> list[dict]:
    return [
        {"release_id": release_id, "actor_id": a, "name": n, "portfolio": p} for a, n, p in pairs
    ]


MENTION_ROW_SCHEMA = pa.schema(
    [
        ("release_id", pa.string()),
        ("actor_id", pa.string()),
        ("role", pa.string()),
        ("mention_count", pa.int64()),
        ("first_char_start", pa.int64()),
        ("surfaces", pa.list_(pa.string())),
        ("name", pa.string()),
        ("kind", pa.string()),
    ]
)
PORTFOLIO_ROW_SCHEMA = pa.schema(
    [
        ("release_id", pa.string()),
        ("actor_id", pa.string()),
        ("name", pa.string()),
        ("portfolio", pa.string()),
    ]
)
