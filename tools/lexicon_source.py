"""What the tools that generate reference lists share: the accepted releases of an archive of
raw files, and writing a list into pipeline/extract/data/ under its provenance header."""

import collections
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pipeline.extract.lexicons import words
from pipeline.ingest.parse import parse_release
from pipeline.ingest.records import RejectedFile, Release

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "extract" / "data"


def accepted_releases(archive: Path) -> Iterator[Release]:
    """Every release of the archive the pipeline would accept, in path order."""
    for path in sorted(archive.rglob("*.md")):
        try:
            yield parse_release(path.name, path.read_bytes())
        except RejectedFile:
            continue


def releases_using(
    archive: Path, items_of: Callable[[Release], Iterable[str]]
) -> collections.Counter[str]:
    """How many accepted releases of the archive use each item `items_of` finds in one."""
    counts: collections.Counter[str] = collections.Counter()
    for release in accepted_releases(archive):
        counts.update(set(items_of(release)))
    return counts


def write_list(filename: str, header: str, entries: Iterable[str], what: str) -> None:
    """data/<filename>: the header, then one entry per line, and a line saying how many."""
    entries = list(entries)
    (DATA / filename).write_text(header + "\n".join(entries) + "\n", encoding="utf-8")
    print(f"{len(entries)} {what} written to {DATA / filename}")


def words_of_no_name() -> set[str]:
    """Every word of the lists of roles, forms of address, organisation, leading, non-actor,
    generic and place words: no word of a person's name."""
    lexicons = (
        "roles",
        "honorifics",
        "organisation_words",
        "leading_words",
        "non_actor_words",
        "generic_modifiers",
        "place_words",
    )
    return {w for lexicon in lexicons for entry in words(lexicon) for w in entry.split()}
