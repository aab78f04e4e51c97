"""The tables that span releases, aggregated in DuckDB from every release's rows: the
`actors` catalogue (one row per actor id, with its canonical name and aliases),
`portfolio_holders`, and the organisations kept apart as `actor_candidates`. The per-release
rows are the `Mention` and `PortfolioHolding` records of extract/actors.py. Before the
catalogue is built, ids that the whole archive shows to be one entity are merged
(`merge_actors`)."""

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.build.sql import sql
from pipeline.extract.countries import country_code
from pipeline.extract.ids import org_actor_id, person_actor_id, slugify
from pipeline.extract.lexicons import lower_word_set, table, word_set
from pipeline.extract.organisations import (
    LEGAL_FORM,
    is_generic_name,
    is_known_organisation,
    known_organisations,
    without_legal_ending,
)
from pipeline.extract.text import is_te_reo_word, one_edit_apart, without_one_letter

# The boolean column of the mentions merge_actors gives back: a row that a merge regrouped
# into another, which the catalogue and the published table leave out
SUPERSEDED = "superseded"

ACTOR_NAMES_SQL = """
select actor_id, any_value(kind) as kind, list_sort(list(distinct name)) as names,
       count(distinct release_id) as releases, sum(mention_count) as mentions
from mentions group by actor_id order by actor_id
"""

MERGED_MENTIONS_SQL = """
select m.release_id, coalesce(g.actor_id, m.actor_id) as actor_id, m.role,
       sum(m.mention_count) as mention_count, min(m.first_char_start) as first_char_start,
       list_sort(list_distinct(flatten(list(m.surfaces)))) as surfaces,
       list_sort(flatten(list(m.spans))) as spans,
       coalesce(any_value(g.name), arg_max(m.name, m.mention_count)) as name,
       coalesce(any_value(g.kind), any_value(m.kind)) as kind,
       any_value(m.source_sha256) as source_sha256
from mentions m left join merges g on m.actor_id = g.old_id
where not (m.role = 'speaker' and g.kind is not null and g.kind <> 'person')  -- no person
group by all
"""
_KIND_ORDER = {"country": 0, "organisation": 1, "person": 2}


def merge_actors(mentions: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Mentions with every id the archive shows to be another actor's replaced by that id,
    and the (old_id, actor_id, kind, name) merges made: one name read as two kinds ('Federated
    Farmers said' read as a person in one release, the organisation everywhere else) is the
    kind most releases give. A person's name of one word ('Lee') is left alone: it may be
    anyone's. A name a release misspelt is the well-attested actor's it is one slip from
    (`_spelling_merges`) or differs from it only in its connectors or a word's plural or
    possessive 's' (`_connector_merges`), a
    listed body's name in its connectors or the order of its words is that body's
    (`_listed_variant_merges`), a
    school's short name its full one (`_school_merges`), a body's name with its legal form
    ('Ltd', 'of New Zealand') the name without (`_legal_form_merges`), a body named with
    and without 'New Zealand' before its name one body (`_national_merges`), a person
    named with a middle name the person named without it (`_middle_name_merges`), a
    university, a council or a trust named both ways one (`_form_merges`), names that differ
    only in their spaces and hyphens one (`_spacing_merges`), a minister named by another name
    the minister (`_other_name_merges`), a person named with a short form of a given name
    the person named with the full one (`_short_given_name_merges`), and a family name one
    slip from another of the same given name the same person's (`_surname_slip_merges`).

    The rows a merge regroups are flagged `superseded` rather than copied out: the others stay
    the cache's memory-mapped rows, and a copy of them all was the build's largest."""
    actors = sql(ACTOR_NAMES_SQL, mentions=mentions).to_pylist()
    listed = _listed_ids()  # a listed body is merged into no variant of its name
    merges = _kind_merges(actors)
    merges |= _listed_variant_merges([a for a in actors if a["actor_id"] not in merges], listed)
    merges |= {
        old: new
        for old, new in (
            _spelling_merges([a for a in actors if a["actor_id"] not in merges], mentions)
            | _connector_merges([a for a in actors if a["actor_id"] not in merges])
        ).items()
        if old not in listed
    }
    merges |= _school_merges([a for a in actors if a["actor_id"] not in merges])
    merges |= _legal_form_merges([a for a in actors if a["actor_id"] not in merges])
    merges |= _national_merges([a for a in actors if a["actor_id"] not in merges])
    merges |= _form_merges([a for a in actors if a["actor_id"] not in merges], listed)
    merges |= _spacing_merges([a for a in actors if a["actor_id"] not in merges], listed)
    merges |= _other_name_merges([a for a in actors if a["actor_id"] not in merges])
    merges |= _middle_name_merges([a for a in actors if a["actor_id"] not in merges])
    merges |= _prefixed_name_merges([a for a in actors if a["actor_id"] not in merges])
    merges |= _short_given_name_merges([a for a in actors if a["actor_id"] not in merges])
    merges |= _surname_slip_merges([a for a in actors if a["actor_id"] not in merges])
    merges = {old: _final(new, merges) for old, new in merges.items()}  # 'Primry' -> … School
    by_id = {a["actor_id"]: a for a in actors}
    table = pa.table(
        {
            "old_id": list(merges),
            "actor_id": list(merges.values()),
            "kind": [by_id[new]["kind"] for new in merges.values()],
            "name": [max(by_id[new]["names"], key=len) for new in merges.values()],
        },
        schema=pa.schema([(c, pa.string()) for c in ("old_id", "actor_id", "kind", "name")]),
    )
    if not merges:
        return _flagged(mentions, None), table
    # Only the releases that name a merged id are regrouped. Any other row is a group of its
    # own, which the query gives back as it is (a release has one row per actor and role,
    # its surfaces sorted and distinct, its spans sorted: tests/build/test_catalogue.py
    # checks it), and regrouping all 400,000 rows for a few merges took seconds.
    named = pc.is_in(mentions["actor_id"], value_set=table["old_id"])
    touched = pc.unique(mentions["release_id"].filter(named))
    regrouped = pc.is_in(mentions["release_id"], value_set=touched)
    merged = sql(MERGED_MENTIONS_SQL, mentions=mentions.filter(regrouped), merges=table)
    merged = merged.cast(pa.schema([mentions.schema.field(n) for n in merged.column_names]))
    rest = mentions.select(merged.column_names)
    return pa.concat_tables([_flagged(rest, regrouped), _flagged(merged, None)]), table


def _flagged(mentions: pa.Table, superseded: pa.ChunkedArray | None) -> pa.Table:
    """The mentions with their `superseded` column (none superseded when None)."""
    if superseded is None:
        superseded = pa.chunked_array([pa.array(np.zeros(mentions.num_rows, dtype=bool))])
    return mentions.append_column(SUPERSEDED, superseded)


def _kind_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for actor in actors:
        for name in actor["names"]:
            if " " in name.strip() or actor["kind"] != "person":  # 'Lee' may be anyone's
                by_name[slugify(name)].append(actor)
    merges = {}
    for same in by_name.values():
        if len({a["kind"] for a in same}) < 2:
            continue
        winner = max(same, key=lambda a: (a["releases"], -_KIND_ORDER[a["kind"]], a["actor_id"]))
        merges.update({a["actor_id"]: winner["actor_id"] for a in same if a is not winner})
    return merges


# A misspelt name is read in at most this many releases, and the name it is a slip from in at
# least MISSPELT_RATIO times as many (and never fewer than MISSPELT_RATIO). 2, not 3: over the
# real archive (2026-12-05) the 48 merges that 2 adds are all one body's variants ('Forest
# Grower Levy Trust', 'Centre of Social Research and Evaluation', 'Pultorn Composites Ltd')
MISSPELT_RELEASES = 2
MISSPELT_RATIO = 2
# An organisation's misspelling may recur in a dozen releases when the right name is ten times
# as common ('New Zealand Qualification Authority' in 6, '… Qualifications …' in 329; 'Statistic
# New Zealand', 'Office of Treaty Settlement': the five such names of the archive, 2026-12-05)
MISSPELT_RELEASES_BESIDE_A_COMMON_NAME = 12
COMMON_NAME_RATIO = 10
_LONG_WORD = 6  # letters of a word whose slip is a misspelling, not another name


def _releases_of_the_right_name(releases: int) -> int | None:
    """How many releases the right name must be read in for a name read in `releases` to be
    its slip: MISSPELT_RATIO times as many (never fewer than MISSPELT_RATIO) up to
    MISSPELT_RELEASES, COMMON_NAME_RATIO times as many up to
    MISSPELT_RELEASES_BESIDE_A_COMMON_NAME; None beyond, where a name is no slip."""
    if releases <= MISSPELT_RELEASES:
        return max(MISSPELT_RATIO, MISSPELT_RATIO * releases)
    if releases <= MISSPELT_RELEASES_BESIDE_A_COMMON_NAME:
        return COMMON_NAME_RATIO * releases
    return None


def _spelling_merges(actors: list[dict[str, Any]], mentions: pa.Table) -> dict[str, str]:
    """A name one slip from a well-attested actor's name of the same kind, read in a release
    or two: the release misspelt it ('Department of Internal Afairs', 'Countries Manukau
    District Health Board', 'Chris Cater' for the minister Chris Carter). Two people's names
    are often one letter apart ('Kevin Smith' and 'Kelvin Smith'), so a person's misspelt name
    is merged only into a minister's, as the front matter writes it, or into the name of a
    person named more often who is named in the same releases too ('Malcom Bailey' beside
    'Malcolm Bailey'). An organisation's only when the word that differs is long, no acronym
    and not in te reo, whose place names are often one letter apart ('Ohoka School' and
    'Ohuka School', 'Waikari Hospital' and 'Wakari Hospital', 'UBS' and 'URS' are other
    bodies). A name one slip from two actors' is left alone."""
    unique = _one_slip_from(actors)
    pairs = pa.table(
        {
            "old_id": [old for old, (_, sure) in unique.items() if not sure],
            "actor_id": [new for new, sure in unique.values() if not sure],
        },
        schema=pa.schema([("old_id", pa.string()), ("actor_id", pa.string())]),
    )
    named_together = {
        row["old_id"] for row in sql(NAMED_TOGETHER_SQL, pairs=pairs, mentions=mentions).to_pylist()
    }
    return {old: new for old, (new, sure) in unique.items() if sure or old in named_together}


def _one_slip_from(actors: list[dict[str, Any]]) -> dict[str, tuple[str, bool]]:
    """Each rarely read actor's name that is one slip from exactly one well-attested actor's
    name: old id -> (that actor's id, whether the merge needs no more evidence). Its index of
    names is let go before the caller queries the mentions: it is the largest thing the
    catalogue holds (one entry per letter of every name)."""
    ministers = word_set("ministers")
    targets: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for actor in actors:
        # a misspelt name is read in one release at least, so the name it is a slip from
        # must be read in two at least (a person's) or MISSPELT_RATIO (any other)
        if actor["releases"] >= (2 if actor["kind"] == "person" else MISSPELT_RATIO):
            for name in actor["names"]:
                for key in without_one_letter(name.lower()):
                    targets[actor["kind"], key].append((name, actor))
    found: dict[str, set[tuple[str, bool]]] = {}
    for actor in actors:
        person = actor["kind"] == "person"
        most = MISSPELT_RELEASES if person else MISSPELT_RELEASES_BESIDE_A_COMMON_NAME
        if actor["releases"] > most or len(actor["names"]) != 1:
            continue
        name = actor["names"][0]
        if person and (name in ministers or " " not in name):
            continue
        least = _releases_of_the_right_name(actor["releases"]) or 0  # `most` bounds it
        found[actor["actor_id"]] = {
            (other["actor_id"], not person or known in ministers)
            for key in without_one_letter(name.lower())
            for known, other in targets.get((actor["kind"], key), ())
            if other is not actor
            and _one_word_misspelt(name, known, long_word=not person)
            and other["releases"]
            >= (least if not person or known in ministers else actor["releases"] + 1)
        }
    return {old: next(iter(new)) for old, new in found.items() if len(new) == 1}


# Words whose slip leaves a body's name the same body's: 'University of South Pacific',
# 'Federation for Māori Authorities', 'Reserve Bank New Zealand'
_CONNECTORS = frozenset({"the", "of", "for", "on"})


def _connector_key(name: str) -> str:
    """A name without its connectors, '&', hyphens and case: one key for the ways of writing
    them ('Health Quality & Safety Commission', 'Warm Up New Zealand'); but a British
    'Department for' is no other country's 'Department of' ('Department for Education')."""
    words = slugify(name).split("-")
    key = " ".join(w for w in words if w not in _CONNECTORS)
    return f"for {key}" if words[:2] == ["department", "for"] else key


def _variant_key(name: str) -> str:
    """The connector key with no word's plural or possessive 's' ('Human Right Commission',
    'Sports New Zealand', 'Greens Party', 'Lincoln’s University')."""
    return " ".join(_without_plural_s(word) for word in _connector_key(name).split())


def _without_plural_s(word: str) -> str:
    """'sports' -> 'sport', 'womens' -> 'women'; not 'business' or a short word ('bus')."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _connector_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """An organisation's name read in a release or two that differs from a well-attested one's
    only in its connectors, '&', hyphens or a word's plural or possessive 's' is that body's
    ('University of South Pacific', 'Council of International Development', 'Ministry of the
    Health', 'Intergovernmental Panel for Climate Change', 'Human Right Commission'), with the
    thresholds of a misspelling. A name two well-attested bodies share is left alone, unless
    one of them is the other's ('New Zealand Council for Trade Union' beside 'New Zealand
    Council of Trade Union', in 3 releases, and the Council of Trade Unions, in 187)."""
    organisations = [a for a in actors if a["kind"] == "organisation"]
    by_key: dict[str, set[str]] = defaultdict(set)
    for actor in organisations:
        for name in actor["names"]:
            by_key[_variant_key(name)].add(actor["actor_id"])
    releases = {a["actor_id"]: a["releases"] for a in organisations}
    candidates: dict[str, set[str]] = {}
    for actor in organisations:
        least = _releases_of_the_right_name(actor["releases"])
        if len(actor["names"]) != 1 or least is None:
            continue
        candidates[actor["actor_id"]] = {
            other
            for other in by_key[_variant_key(actor["names"][0])] - {actor["actor_id"]}
            if releases[other] >= least
        }
    merges = {old: next(iter(found)) for old, found in candidates.items() if len(found) == 1}
    for old, found in candidates.items():  # beside a variant that is merged into the other
        if len(found) > 1 and len(targets := {merges.get(other, other) for other in found}) == 1:
            merges[old] = targets.pop()
    return merges


def _words_key(name: str) -> str:
    """A name's first word, then its other words in any order, without connectors: 'Ministry
    of Business, Employment and Innovation' and 'Ministry of Business, Innovation and
    Employment' share it; not the UN's 'Commission on Human Rights' and the 'Human Rights
    Commission', nor the 'Ministry of Foreign Affairs' another country has and MFAT's 'Foreign
    Affairs Ministry'."""
    first, *rest = _connector_key(name).split() or [""]
    return " ".join([first, *sorted(set(rest) - {"and"})])


def _listed_ids() -> set[str]:
    """The actor ids of the bodies the reference lists name."""
    return {org_actor_id(name) for name in known_organisations()}


def _listed_variant_merges(actors: list[dict[str, Any]], listed_ids: set[str]) -> dict[str, str]:
    """A name that differs from a listed body's name or alias (nz_organisations.csv,
    organisations.csv) only in its connectors or the order of its words is that body, however
    many releases use it ('Ministry for Environment' in 10, 'Ministry of Business, Employment
    and Innovation' in 5, 'Ministry of Heritage and Culture'): the lists name one body, where
    two unlisted names alike may be two (`_connector_merges` wants a rare name beside a
    well-attested one). A variant of two listed bodies is left alone. (`listed_ids`: the
    bodies' own ids, `_listed_ids()`.)"""
    listed: dict[str, set[str]] = defaultdict(set)
    for canonical, aliases in known_organisations().items():
        for name in (canonical, *aliases):
            listed[_connector_key(name)].add(org_actor_id(canonical))
            listed[_words_key(name)].add(org_actor_id(canonical))
    present = {a["actor_id"] for a in actors}
    merges = {}
    for actor in actors:
        if actor["kind"] != "organisation" or actor["actor_id"] in listed_ids:
            continue
        found = {
            i
            for name in actor["names"]
            for key in (_connector_key(name), _words_key(name))
            for i in listed.get(key, ())
        }
        if len(found) == 1 and (target := found.pop()) in present:
            merges[actor["actor_id"]] = target  # a body the archive names by a variant only
    return merges  # keeps it: the catalogue's name is then the one the releases use


def _school_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """'Fruitvale Primary' is 'Fruitvale Primary School' wherever the archive names the school
    in full: releases drop 'School' after 'Primary' and 'Intermediate'."""
    schools = {
        name: actor["actor_id"]
        for actor in actors
        if actor["kind"] == "organisation"
        for name in actor["names"]
        if name.endswith((" Primary School", " Intermediate School"))
    }
    merges = {}
    for actor in actors:
        full = {schools.get(f"{name} School") for name in actor["names"]} - {
            None,
            actor["actor_id"],
        }
        if actor["kind"] == "organisation" and len(full) == 1:
            merges[actor["actor_id"]] = str(full.pop())
    return merges


_OF_NEW_ZEALAND = re.compile(r" of (?:New Zealand|NZ)$")


def _legal_form_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """'Contact Energy Limited' is 'Contact Energy', the 'Cancer Society of New Zealand Inc' the
    'Cancer Society': the words that say how a body is incorporated, and that a New Zealand
    body is New Zealand's, name no other body ('Bank of New Zealand' is no 'Bank'). Where the
    archive never names it without them, 'Navman NZ Ltd' and 'Navman NZ Limited' are the one
    most releases name. A 'person' whose name, with a legal ending, names a body and whose
    first word is no given name is that body, when no more releases name the person ('Fulton
    Hogan', 'Rocket Lab'; not 'Wendy Pye', whose company is 'Wendy Pye Ltd'). A name that two
    actors have is left alone."""
    with_form: dict[str, set[str]] = defaultdict(set)
    without: dict[str, set[str]] = defaultdict(set)
    rank = {a["actor_id"]: (a["releases"], a["actor_id"]) for a in actors}
    for actor in actors:
        for name in actor["names"]:
            if actor["kind"] == "person":
                if name.split()[0] not in word_set("given_names"):
                    without[name].add(actor["actor_id"])
                continue
            if actor["kind"] != "organisation":
                continue
            bare = without_legal_ending(name)
            if " " in (national := _OF_NEW_ZEALAND.sub("", bare)):
                bare = national
            (with_form[bare] if bare != name else without[name]).add(actor["actor_id"])
    kinds = {a["actor_id"]: a["kind"] for a in actors}
    merges = {}
    for bare, ids in with_form.items():
        plain = without.get(bare, set())
        if len(plain) > 1:
            continue
        target = max(ids, key=rank.__getitem__)
        bare_actor = next(iter(plain), None)  # the one actor named without the legal form
        if bare_actor is not None and kinds[bare_actor] == "organisation":
            target = bare_actor
        elif bare_actor is not None and rank[bare_actor][0] > rank[target][0]:
            continue  # 'Lee Mathias' in 12 releases, 'Lee Mathias Ltd' in 2: her company
        merges.update({actor_id: target for actor_id in ids | plain if actor_id != target})
    return merges


_NATIONS = ("New Zealand", "NZ")
_NATIONAL = re.compile(rf"^(?:{'|'.join(_NATIONS)}) (?=\S)")


def _owner_of_each_name(
    actors: list[dict[str, Any]], kind: str = "organisation"
) -> dict[str, str | None]:
    """Each name of an actor of the kind -> the one actor that has it (None: two actors have
    it)."""
    owner: dict[str, str | None] = {}
    for actor in actors:
        if actor["kind"] == kind:
            for name in actor["names"]:
                owner[name] = actor["actor_id"] if name not in owner else None
    return owner


def _given_names_by_surname(names: Iterable[str]) -> dict[str, set[str]]:
    """The family name of each name of two words -> the given names the archive writes with it:
    how many people of a surname it names."""
    given_names_of: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if len(words := name.split()) == 2:
            given_names_of[words[1]].add(words[0])
    return given_names_of


def _national_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """'New Zealand Commerce Commission' is the 'Commerce Commission', and 'Sports Foundation'
    the 'New Zealand Sports Foundation': a body the releases name with and without the
    country's name before its own. The two are one actor when the shorter name names no other
    body's name's end ('Law Society' ends 'Auckland District Law Society' too, and 'Ministry of
    Health' 'Fiji Ministry of Health'), unless it is a known New Zealand body, and when it is no
    kind of body ('Regular Force', 'High Commission'). The actor is the known body, else the
    one more releases name, else the name in full."""
    organisations = [a for a in actors if a["kind"] == "organisation"]
    owner = _owner_of_each_name(organisations)
    ends: dict[str, int] = defaultdict(int)  # a name's last words -> names that end so
    for actor in organisations:
        for name in actor["names"]:
            words = name.split()
            for i in range(1, len(words)):
                ends[" ".join(words[i:])] += 1
    releases = {a["actor_id"]: a["releases"] for a in organisations}
    canonical = known_organisations()  # 'Ministry of Health'; not 'Defence Force', a short form
    merges: dict[str, str] = {}
    for actor in organisations:
        for name in actor["names"]:
            short = _NATIONAL.sub("", name)
            other = owner.get(short) if short != name else None
            if other in (None, actor["actor_id"]) or " " not in short or is_generic_name(short):
                continue
            known = short in canonical
            national_forms = sum(owner.get(f"{p} {short}") is not None for p in _NATIONS)
            if not known and ends[short] > national_forms:
                continue  # the end of other bodies' names as well
            if known or releases[other] > releases[actor["actor_id"]]:
                merges[actor["actor_id"]] = other
            else:
                merges[other] = actor["actor_id"]
    return merges


def _spacing_merges(actors: list[dict[str, Any]], listed_ids: set[str]) -> dict[str, str]:
    """Names whose letters are the same but for spaces and hyphens are one actor's: 'SkyCity'
    and 'Sky City', 'Greenlane' and 'Green Lane Hospital', 'Kiwi Bank', 'Ngāruahine' and 'Ngā
    Ruahine', 'Georgina te Heuheu' and 'Georgina Te Heu Heu' (90 groups over the real archive,
    each one entity). The actor is a listed body, else the one more releases name."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for actor in actors:
        kind, _, slug = actor["actor_id"].partition(":")
        if kind != "country":
            groups[kind, slug.replace("-", "")].append(actor)
    merges: dict[str, str] = {}
    for same in groups.values():
        if len(same) > 1:
            winner = max(
                same, key=lambda a: (a["actor_id"] in listed_ids, a["releases"], a["actor_id"])
            )
            merges |= {a["actor_id"]: winner["actor_id"] for a in same if a is not winner}
    return merges


# Ways of writing one body's name: a university's place before or after it, its council
# before or after it, a trust with or without its board or its charitable status ('University
# of Cambridge', 'Cambridge University'; 'Council of Massey University', 'Massey University
# Council'; 'Eden Park Trust Board', 'Eden Park Trust'; 'Motu Trails Charitable Trust'), a
# local council with or without its kind ('Waipa Council', 'Waipa District Council')
_NAME_FORMS = (
    (
        re.compile(r"University of (?P<body>[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*)"),
        ("{body} University",),
    ),
    (re.compile(r"Council of (?:the )?(?P<body>.+)"), ("{body} Council",)),
    (re.compile(r"(?P<body>.+ Trust) Board"), ("{body}",)),
    (re.compile(r"(?P<body>.+) Charitable Trust"), ("{body} Trust",)),
    (
        re.compile(r"(?P<body>.+) Council"),
        ("{body} District Council", "{body} City Council", "{body} Regional Council"),
    ),
)


def _form_merges(actors: list[dict[str, Any]], listed_ids: set[str]) -> dict[str, str]:
    """A body named both ways ('University of Cambridge' in 22 releases and 'Cambridge
    University' in 29; 'Council of Otago Polytechnic' in 2, 'Otago Polytechnic Council' in 5;
    'Waitangi National Trust Board' and 'Waitangi National Trust': 13 universities and 68
    councils and trusts over the real archive, read: one body each, but for two pairs of
    fragments) is one actor: the form more releases use, else the longer or the second
    ('Cardiff University', 'X Council', 'X Trust'). A local council named without its kind is
    the one council of that place the archive names with it ('Dunedin Council', 'Dunedin City
    Council'; 'Chatham Islands District Council', 'Chatham Islands Council'), and no one where
    the place has two ('Wellington Council': the city's or the region's). New Zealand's
    universities are listed with both forms already. A listed council's other names are its
    own even where no release writes them: 'Rotorua Council' is Rotorua Lakes Council's, listed
    as 'Rotorua District Council' too, and 'Wellington Council' stays no one's beside the city's
    and the Wellington Regional Council, listed as Greater Wellington. Other bodies' aliases
    are not forms of a name: 'University of Victoria' is a Canadian university's, not Victoria
    University of Wellington's, and the Westpac Charitable Trust no 'Westpac Trust' (the bank).
    A listed body (`listed_ids`) is never merged into an unlisted one."""
    owner = _owner_of_each_name(actors)
    present = {a["actor_id"] for a in actors}
    for canonical, aliases in known_organisations().items():
        if (listed := org_actor_id(canonical)) in present:
            for alias in aliases:
                if alias.endswith(" Council"):
                    owner[alias] = listed if owner.get(alias, listed) == listed else None
    releases = {a["actor_id"]: a["releases"] for a in actors}
    merges = {}
    for name, actor_id in owner.items():
        for pattern, forms in _NAME_FORMS:
            named = pattern.fullmatch(name) if actor_id else None
            written = [form.format(body=named["body"]) for form in forms] if named else []
            others = {owner[form] for form in written if form in owner}
            if actor_id is None or len(others) != 1 or others & {None, actor_id}:
                continue
            other = str(others.pop())
            if (actor_id in listed_ids, releases[actor_id]) > (
                other in listed_ids,
                releases[other],
            ):
                merges[other] = actor_id
            else:
                merges[actor_id] = other
    return merges


def _given_name_rows() -> list[frozenset[str]]:
    """Each given name with its short forms and variants (data/given_name_forms.csv)."""
    return [
        frozenset([row["name"], *row["short_forms"].split("|")])
        for row in table("given_name_forms")
    ]


def _short_given_name_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """A person named with a short form of a given name ('Bob Zoellick', 'Penny Hulse') is the
    person named with the full one ('Robert Zoellick', 'Penelope Hulse') where no other person
    of the archive has the family name: 'Mike Lee' and 'Michael Lee' may be two of the Lees.
    The actor is the minister's name as the front matter writes it, else the one more releases
    name."""
    rows, ministers = _given_name_rows(), word_set("ministers")
    people: dict[str, list[dict[str, Any]]] = defaultdict(list)  # family name -> its people
    for actor in actors:
        if actor["kind"] == "person" and len(words := actor["names"][0].split()) == 2:
            people[words[1]].append(actor)
    merges: dict[str, str] = {}
    for named in people.values():
        given = {a["names"][0].split()[0] for a in named}
        if len(named) < 2 or not any(given <= row for row in rows):
            continue  # another given name for the family name: another person, perhaps
        winner = max(
            named, key=lambda a: (a["names"][0] in ministers, a["releases"], a["actor_id"])
        )
        merges |= {a["actor_id"]: winner["actor_id"] for a in named if a is not winner}
    return merges


def _attestation(actor: dict[str, Any]) -> tuple[int, int, str]:
    """How well the archive attests a name: its releases, then the times it is named ('Nathan
    Fa’avae' three times, 'Nathan Fa’ave' once, each in one release), then its id."""
    return actor["releases"], actor["mentions"], actor["actor_id"]


def _surname_slip_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """Two people with one given name and family names one slip apart (not in the first
    letter, five letters or more) are one person where each family name has only that given
    name in the archive: 'Gerry McSweeny' (2 releases) and 'Gerry McSweeney' (7), 'Nandor
    Tanzcos' and 'Nandor Tanczos', 'Nick Toonan' and 'Nick Toonen', whatever their releases;
    and so are two given names one slip apart where the family name has only those two
    ('Traci Houpapa' and 'Tracy Houpapa', 'Brendon' and 'Brendan McCullum': 30 pairs over the
    real archive, 2026-12-05, each one person).
    Not 'John Werry' and 'John Kerry' (the first letter), nor a minister ('Nicola Wills', a
    tribunal adjudicator, and the minister Nicola Willis), nor a family name others share
    ('David Clarke' and 'David Clark'). The actor is the better attested name."""
    ministers = word_set("ministers")
    given_names_of = _given_names_by_surname(a["names"][0] for a in actors if a["kind"] == "person")
    people: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)  # given -> (surname)
    surnames: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)  # -> (given)
    for actor in actors:
        name = actor["names"][0]
        if actor["kind"] == "person" and name not in ministers and len(words := name.split()) == 2:
            people[words[0]].append((words[1], actor))
            surnames[words[1]].append((words[0], actor))
    merges: dict[str, str] = {}
    for given, named in people.items():
        for (one, a), (other, b) in itertools.combinations(named, 2):
            if (
                min(len(one), len(other)) >= 5
                and one[0] == other[0]
                and one_edit_apart(one.lower(), other.lower())
                and given_names_of[one] == given_names_of[other] == {given}
            ):
                loser, winner = sorted((a, b), key=_attestation)
                merges.setdefault(loser["actor_id"], winner["actor_id"])
    for surname, named in surnames.items():
        if len(named) == 2 and len(given_names_of[surname]) == 2:
            (one, a), (other, b) = named
            if (
                min(len(one), len(other)) >= 4
                and one[0] == other[0]
                and one_edit_apart(one.lower(), other.lower())
            ):  # 'Traci Houpapa' and 'Tracy Houpapa', 'Sergei Lavrov' and 'Sergey Lavrov'
                loser, winner = sorted((a, b), key=_attestation)
                merges.setdefault(loser["actor_id"], winner["actor_id"])
    return merges


def _other_name_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """A minister named by another name (data/minister_names.csv: 'Sir William Birch' for
    Bill Birch, the front matter's 'John Delamare' for Tuariki Delamere) is the minister, where
    the archive names the minister by the usual name too."""
    ids = {a["actor_id"] for a in actors if a["kind"] == "person"}
    merges = {}
    for row in table("minister_names"):
        old, new = person_actor_id(row["other_name"]), person_actor_id(row["name"])
        if old in ids and new in ids and old != new:
            merges[old] = new
    return merges


# The given names a surname may have in the archive for a middle name to be no evidence of
# another person: over the real archive (2026-12-05) the 44 merges that 3 adds to 1 are all
# one person each ('Todd Michael Muller' beside Todd, Graeme and Larry Muller)
FEW_GIVEN_NAMES = 3


def _middle_name_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """A person named with a middle name ('Helen Diana Winkelmann', 'Tuariki John Delamere'),
    as appointment notices and some front matter write them, is the person the archive names
    without it ('Helen Winkelmann'), where it does and nothing else tells two people apart:
    the shorter name is a minister's, or the archive has the surname with at most
    FEW_GIVEN_NAMES given names ('Peter Francis Boshier' beside Peter and John Boshier). Not
    'David Malcolm Walker' (a man jailed in 2005) into 'David Walker' (an ambassador): the
    archive names Walkers enough that one more is no evidence. A middle word is a given name
    or a name's word of four letters or more ('Keith Jacka Holyoake'); a particle is part of
    the surname ('Graham Le Gros'), and an initial may tell two people apart ('George W Bush'
    is not 'George Bush')."""
    given, ministers = word_set("given_names"), word_set("ministers")
    particles, common = lower_word_set("name_particles"), word_set("common_words")
    people = {
        name: actor["actor_id"]
        for actor in actors
        if actor["kind"] == "person"
        for name in actor["names"]
    }
    given_names_of = _given_names_by_surname(people)
    merges = {}
    for actor in actors:
        if actor["kind"] != "person":
            continue
        shorter = set()
        for name in actor["names"]:
            words = name.split()
            short = f"{words[0]} {words[-1]}"
            if (
                len(words) == 3
                and words[0] in given
                and (
                    words[1] in given
                    or (
                        len(words[1]) >= 4
                        and words[1][0].isupper()
                        and words[1].lower() not in particles
                        and words[1].lower() not in common
                    )
                )
                and short in people
                and (short in ministers or len(given_names_of[words[2]]) <= FEW_GIVEN_NAMES)
            ):
                shorter.add(people[short])
        shorter.discard(actor["actor_id"])
        if len(shorter) == 1:
            merges[actor["actor_id"]] = shorter.pop()
    return merges


def _prefixed_name_merges(actors: list[dict[str, Any]]) -> dict[str, str]:
    """A person named with words before another person's whole name, none of them a given
    name, is that person: a title ('Vui Mark Gosche', 'Shri Piyush Goyal', 'Tuilaepa Sailele
    Malielegaoi'), a family name written first ('Lee Hsien Loong', 'Chan Chun Sing', whose
    short forms are names cut by the reader), or a word of the sentence or of a list run into
    the name ('Canadian Paula Tyler', 'Zimbabwe Chris Laidlaw', 'Goff Michael Cullen' from a
    list of ministers run together). As for middle names, only where the shorter name is a
    minister's or the archive names few people of that surname (FEW_GIVEN_NAMES): a given name
    missing from the list ('Bradley James Clark') may be another person's. The two are one
    actor under a minister's name as the front matter writes it ('Mark Gosche', however many
    releases a small build holds of 'Vui Mark Gosche'), else the name more releases use, the
    longer on a tie; but under the longer where the shorter starts with no given name and the
    words before it are no title, role or country: a family name written first ('Aung San Suu
    Kyi', not 'Suu Kyi'; 'Enrique Peña Nieto')."""
    given, ministers = word_set("given_names"), word_set("ministers")
    no_name_words = lower_word_set("honorifics") | lower_word_set("roles")
    owner = _owner_of_each_name(actors, "person")
    given_names_of = _given_names_by_surname(owner)
    rank = {  # a minister's name as the front matter writes it first ('Mark Gosche')
        a["actor_id"]: (
            bool(ministers.intersection(a["names"])),
            a["releases"],
            max(map(len, a["names"])),
        )
        for a in actors
    }
    merges: dict[str, str] = {}
    written_in_full: dict[str, set[str]] = defaultdict(set)  # a cut name -> its full names
    for name, actor_id in owner.items():
        words = name.split()
        for cut in range(1, len(words) - 1):
            other = owner.get(" ".join(words[cut:]))
            if other is None or other == actor_id or actor_id is None:
                continue
            if any(w in given for w in words[:cut]):
                break
            if len(given_names_of[words[-1]]) > FEW_GIVEN_NAMES and (
                " ".join(words[cut:]) not in ministers
            ):
                break
            if (
                words[cut] not in given
                and " ".join(words[cut:]) not in ministers
                and not any(
                    w.isupper() or w.lower() in no_name_words or country_code(w)
                    for w in words[:cut]
                )
            ):
                written_in_full[other].add(actor_id)
            else:
                old, new = sorted((actor_id, other), key=lambda a: (rank[a], a))
                merges.setdefault(old, new)
            break
    for cut_name, full in written_in_full.items():
        best = max(full, key=lambda a: (rank[a], a))  # 'Tuilaepa Sailele Malielegaoi'
        merges |= {a: best for a in (full | {cut_name}) - {best}}
    return merges


# The pairs whose first actor is named only in releases that name the second too
NAMED_TOGETHER_SQL = """
select p.old_id from pairs p
where not exists (
    select 1 from mentions v where v.actor_id = p.old_id and v.release_id not in (
        select t.release_id from mentions t where t.actor_id = p.actor_id
    )
)
"""


def _final(actor_id: str, merges: dict[str, str]) -> str:
    """Where a chain of merges ends: a misspelt school's short name -> its short name -> its
    full name."""
    seen = {actor_id}
    while (actor_id := merges.get(actor_id, actor_id)) not in seen:
        seen.add(actor_id)
    return actor_id


def _one_word_misspelt(name: str, known: str, long_word: bool) -> bool:
    """The two names differ in one word only, by one slip, and (`long_word`) in a long word
    that is no acronym and not in te reo."""
    words, known_words = name.lower().split(), known.lower().split()
    differ = [(a, b) for a, b in zip(words, known_words, strict=False) if a != b]
    if len(words) != len(known_words) or len(differ) != 1:
        return False
    (a, b), original = differ[0], name.split()[words.index(differ[0][0])]
    return one_edit_apart(a, b) and not (
        long_word
        and (
            min(len(a), len(b)) < _LONG_WORD
            or original.isupper()
            or (is_te_reo_word(a) and is_te_reo_word(b))  # 'Waikari' and 'Wakari' Hospitals
        )
    )


ACTORS_SQL = """
with m as (
    select m.*, r.published_date from mentions m join releases r using (release_id)
    where not m.superseded
),
weights as (
    select actor_id, name, sum(greatest(mention_count, 1)) as weight from m group by all
),
surfaced as (
    -- each surface with its spaces made one (a line break inside 'US International Trade
    -- Commission', a wrapped line), where each actor of each release wrote it
    select distinct release_id, actor_id,
        regexp_replace(unnest(surfaces), '\\s+', ' ', 'g') as surface
    from m
),
written as (
    -- not a surface that names two actors in one release ('Christchurch and Burwood
    -- hospitals', 'Labour-Progressive'), which is a phrase naming them, no name of either
    select actor_id, list(distinct surface) as surfaces from surfaced
    where (release_id, surface) not in (
        select (release_id, surface) from surfaced
        group by release_id, surface having count(distinct actor_id) > 1
    )
    group by actor_id
),
best as (
    -- a name in capitals ('CATHIE BELL', a heading's) only where no other is
    select actor_id, first(name order by (name = upper(name) and contains(name, ' ')),
        weight desc, name desc) as name
    from weights group by actor_id
),
seen as (
    select
        m.actor_id,
        first(m.kind order by m.kind) as kind,
        any_value(known.name) as known_name,
        best.name as most_used,
        list_distinct(
            coalesce(any_value(written.surfaces), []) || list(m.name)
            || coalesce(any_value(known.aliases), [])
        ) as names,
        count(distinct m.release_id) as release_count,
        coalesce(sum(m.mention_count) filter (where m.role = 'mentioned'), 0) as mention_count,
        min(m.published_date) as first_seen,
        max(m.published_date) as last_seen
    from m join best using (actor_id) left join known using (actor_id)
        left join written using (actor_id)
    group by m.actor_id, best.name
),
named as (
    -- a body the releases name with and without its country ('Real Estate Institute',
    -- 'Council of Trade Unions') is named in full, as it names itself
    select *, coalesce(known_name, list_sort(list_filter(names, lambda x:
        kind = 'organisation' and strip_accents(lower(x)) in (
            strip_accents(lower('New Zealand ' || most_used)),
            strip_accents(lower(most_used || ' of New Zealand'))
        )))[1], most_used) as name
    from seen
)
select
    actor_id, kind, name,
    -- a speaker's 'he', 'the Minister', 'Associate Health Minister', 'The Minister of
    -- Health, Annette King', 'Minister for Arts' or 'Helen Clark and Phil Goff' is how the
    -- release refers to them, kept in mentions.surfaces, and no name of theirs
    list_sort(list_filter(names, lambda x: x <> name and (kind <> 'person' or not (
        regexp_matches(x, '^(?i:the|he|she|they|it|him|her)\\b|Ministers?$')
        or (regexp_matches(x, '^(?:(?:Associate|Deputy|Acting) )?Minister (?:for|of) ')
            and not contains(x, regexp_extract(name, '(\\S+)$', 1)))
        or regexp_matches(x, '(?:^|\\s)(?:and|&)\\s+' || regexp_escape(name) || '\\b'
            || '|\\b' || regexp_escape(name) || '\\s+(?:and|&)\\s'))))) as aliases,
    release_count, mention_count, first_seen, last_seen
from named
"""

REDIRECTS_SQL = """
with ids as (select actor_id from actors union all select actor_id from candidates),
pairs as (
    select distinct old_id, actor_id from redirects
    where old_id not in (select actor_id from ids) and actor_id in (select actor_id from ids)
),
single as (
    select old_id, any_value(actor_id) as actor_id from pairs
    group by old_id having count(*) = 1  -- an id that reads as two actors redirects to neither
)
select * from single where actor_id in (select actor_id from actors)
"""

PORTFOLIO_HOLDERS_SQL = """
with p as (
    select p.*, r.published_date from portfolios p join releases r using (release_id)
),
weights as (select actor_id, portfolio, name, count(*) as weight from p group by all)
select
    p.actor_id,
    (select first(w.name order by w.weight desc, w.name desc) from weights w
     where w.actor_id = p.actor_id and w.portfolio = p.portfolio) as name,
    p.portfolio,
    min(p.published_date) as first_seen,
    max(p.published_date) as last_seen,
    count(distinct p.release_id) as release_count
from p group by p.actor_id, p.portfolio
"""


def actor_catalogue(mentions: pa.Table, releases: pa.Table) -> pa.Table:
    """The `actors` table from every release's mention rows (as merge_actors gives them back:
    the columns of `Mention` records and `superseded`; and releases with release_id and
    published_date): an organisation of the reference lists has its name from there and all
    its known names as aliases; any other actor the name used most, or that name with its
    country ('Real Estate Institute of New Zealand' for 'Real Estate Institute'), every other
    form seen being an alias."""
    known = known_organisations()
    names = list(known)
    table = pa.table(
        {
            "actor_id": [org_actor_id(n) for n in names],
            "name": names,
            "aliases": [list(known[n]) for n in names],
        }
    )
    return sql(ACTORS_SQL, mentions=mentions, releases=releases, known=table)


def withheld_organisations(actors: pa.Table, mentions: pa.Table) -> pa.Array:
    """The ids of the organisations kept apart from `actors` (in `actor_candidates`): named in
    the body of one release of the run and nowhere else (no front matter, no quotation), with
    no legal form ('Ltd', 'Inc', 'Company'), not in a reference list and with a name the
    archive does not attest (data/attested_organisations.txt: the names and aliases of the
    organisations two releases or more name). The audits of stops 34 to 41 found 70% of such
    names right (2,293 judged) and 92% of all the others (4,605 of 4,990): a cut name, a venue,
    a programme or a proposed body is most often named once. The archive's list makes the
    choice the same in a run over a few releases as over all of them."""
    attested = lower_word_set("attested_organisations")
    otherwise = set(sql(OTHER_ROLES_SQL, mentions=mentions)["actor_id"].to_pylist())
    return pa.array(
        sorted(
            row["actor_id"]
            for row in actors.select(["actor_id", "kind", "name", "release_count"]).to_pylist()
            if row["kind"] == "organisation"
            and row["release_count"] == 1
            and row["actor_id"] not in otherwise
            and not _ENDS_WITH_A_LEGAL_FORM.search(row["name"])
            and not is_known_organisation(row["name"])
            and row["name"].lower() not in attested
        ),
        pa.string(),
    )


OTHER_ROLES_SQL = f"""
select distinct actor_id from mentions
where role <> 'mentioned' and not {SUPERSEDED} and starts_with(actor_id, 'org:')
"""


_ENDS_WITH_A_LEGAL_FORM = re.compile(rf"\b(?:{LEGAL_FORM}|Company|Corporation|Co)\.?$")

CANDIDATES_SQL = """
select m.actor_id, a.name, a.aliases, m.release_id, m.mention_count, m.first_char_start,
       m.spans
from mentions m join actors a using (actor_id)
where m.role = 'mentioned' and not m.superseded and m.actor_id in (select id from withheld)
"""


def actor_candidates(mentions: pa.Table, actors: pa.Table, withheld: pa.Array) -> pa.Table:
    """The `actor_candidates` rows: each withheld organisation with its one release's
    mentions."""
    return sql(
        CANDIDATES_SQL, mentions=mentions, actors=actors, withheld=pa.table({"id": withheld})
    )


def actor_redirects(
    redirects: pa.Table, merges: pa.Table, actors: pa.Table, candidates: pa.Table
) -> pa.Table:
    """`actor_redirects` from every release's `Redirect` records and the archive's merges:
    each old id that is no actor's or candidate's id now and reads as exactly one actor. A
    candidate counts as an id like an actor's, so that an old id that reads as an actor and a
    candidate ('Albany and Greenhithe Schools') redirects to neither, and a candidate's id is
    never redirected; an old id that reads as a candidate only has no redirect."""
    pairs = sql(
        "select old_id, actor_id from redirects union all select old_id, actor_id from merges",
        redirects=redirects,
        merges=merges,
    )
    return sql(REDIRECTS_SQL, redirects=pairs, actors=actors, candidates=candidates)


def portfolio_holders(portfolios: pa.Table, releases: pa.Table) -> pa.Table:
    """The `portfolio_holders` table from every release's `PortfolioHolding` records."""
    return sql(PORTFOLIO_HOLDERS_SQL, portfolios=portfolios, releases=releases)
