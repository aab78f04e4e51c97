"""Actors — people, organisations and countries — with one id each, and where they appear.

Pure functions on plain data. Per release, `extract_actors` finds every actor mention in the
body (people via `PeopleIndex`, organisations via `find_organisations`, countries via
`find_countries`; where two overlap the longer name wins, so "New Zealand Defence Force" is
not also New Zealand), adds the front matter's ministers and the quotes' speakers, and pairs
ministers with the portfolios the release names for them. Across releases, `actor_rows`,
`mention_rows` and `portfolio_holder_rows` aggregate those sightings into the tables.

Ids: `person:<slug of the canonical name>`, `org:<slug>`, `country:<ISO 3166 alpha-2>`.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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
        actor_id = {
            "person": person_actor_id,
            "organisation": org_actor_id,
            "country": lambda code: country_actor_id(code),
        }[kind](name)
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


def mention_rows(release_id: str, sightings: Iterable[Sighting]) -> list[dict]:
    """`mentions` rows of one release: one per (actor, role)."""
    grouped: dict[tuple[str, str], list[Sighting]] = {}
    for s in sightings:
        grouped.setdefault((s.actor_id, s.role), []).append(s)
    rows = []
    for (actor_id, role), group in grouped.items():
        starts = [s.start for s in group if s.start is not None]
        count = (
            len(group)
            if role != "minister"
            else sum(1 for s in sightings if s.actor_id == actor_id and s.role == "mentioned")
        )
        rows.append(
            {
                "release_id": release_id,
                "actor_id": actor_id,
                "role": role,
                "mention_count": count,
                "first_char_start": min(starts) if starts else None,
                "surfaces": sorted({s.surface for s in group}),
            }
        )
    return rows


def actor_rows(sightings: Iterable[tuple[str, object, Sighting]]) -> list[dict]:
    """The `actors` catalogue from (release_id, published_date, sighting) triples of every
    release: the most used name is canonical, every other form seen is an alias."""
    by_actor: dict[str, list[tuple[str, object, Sighting]]] = {}
    for item in sightings:
        by_actor.setdefault(item[2].actor_id, []).append(item)
    rows = []
    for actor_id, items in by_actor.items():
        names = Counter(s.name for _, _, s in items)
        name = max(names, key=lambda n: (names[n], n))
        forms = {s.surface for _, _, s in items} | set(names)
        dates = [d for _, d, _ in items]
        rows.append(
            {
                "actor_id": actor_id,
                "kind": items[0][2].kind,
                "name": name,
                "aliases": sorted(f for f in forms if f != name and f),
                "release_count": len({rid for rid, _, _ in items}),
                "mention_count": sum(s.role == "mentioned" for _, _, s in items),
                "first_seen": min(dates),
                "last_seen": max(dates),
            }
        )
    return rows


def portfolio_holder_rows(pairs: Iterable[tuple[str, object, tuple[str, str, str]]]) -> list[dict]:
    """`portfolio_holders` from (release_id, published_date, (actor_id, name, portfolio))."""
    grouped: dict[tuple[str, str], list] = {}
    for release_id, day, (actor_id, name, portfolio) in pairs:
        grouped.setdefault((actor_id, portfolio), []).append((release_id, day, name))
    return [
        {
            "actor_id": actor_id,
            "name": max(Counter(n for _, _, n in items).items(), key=lambda kv: (kv[1], kv[0]))[0],
            "portfolio": portfolio,
            "first_seen": min(d for _, d, _ in items),
            "last_seen": max(d for _, d, _ in items),
            "release_count": len({rid for rid, _, _ in items}),
        }
        for (actor_id, portfolio), items in grouped.items()
    ]


def build_actor_tables(
    releases: Iterable[Mapping], quotes: Iterable[Mapping]
) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows of actors, mentions and portfolio_holders for a set of releases (release_id,
    published_date, body, ministers, portfolios) and their quotes."""
    quotes_by_release: dict[str, list[Mapping]] = {}
    for quote in quotes:
        quotes_by_release.setdefault(quote["release_id"], []).append(quote)
    sightings, pairs, mentions = [], [], []
    for release in releases:
        rid, day = release["release_id"], release["published_date"]
        found = extract_actors(release, quotes_by_release.get(rid, []))
        mentions += mention_rows(rid, found.sightings)
        sightings += [(rid, day, s) for s in found.sightings]
        pairs += [(rid, day, p) for p in found.portfolios]
    return actor_rows(sightings), mentions, portfolio_holder_rows(pairs)
