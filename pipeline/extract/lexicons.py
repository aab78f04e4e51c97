"""The one loader of the word lists and reference tables in data/ (editable without code
changes; each file's header says what it holds and where its entries come from), and the
patterns that find their words in a text."""

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _data(filename: str) -> str:
    return files("pipeline.extract").joinpath("data", filename).read_text(encoding="utf-8")


@cache
def words(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of data/<name>.txt, longest first so that regex
    alternations prefer 'High Commissioner' over 'Commissioner'."""
    entries = {line.strip() for line in _data(f"{name}.txt").splitlines()}
    return tuple(
        sorted((e for e in entries if e and not e.startswith("#")), key=lambda e: (-len(e), e))
    )


@cache
def entry_words(name: str) -> frozenset[str]:
    """Every single word of the entries of data/<name>.txt ('Right Honourable' gives both),
    for reading a phrase word by word."""
    return frozenset(w for entry in words(name) for w in entry.split())


@cache
def lower_entry_words(name: str) -> frozenset[str]:
    """`entry_words` in lower case: 'chief', 'executive' of 'Chief Executive'."""
    return frozenset(w.lower() for w in entry_words(name))


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of data/<name>.txt as a set, for membership tests."""
    return frozenset(words(name))


@cache
def lower_word_set(name: str) -> frozenset[str]:
    """The entries of data/<name>.txt in lower case, for testing words whatever their case."""
    return frozenset(w.lower() for w in words(name))


@cache
def number_values() -> dict[str, int]:
    """The words of numbers and their values ('two': 2, 'twenty': 20), from
    data/number_words.csv: the figures read them as values, and names never start with one."""
    return {row["word"]: int(row["value"]) for row in table("number_words")}


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of data/<name>.csv (a header line, then one row per entry; lines starting
    with '#' before the header are comments)."""
    lines = [line for line in _data(f"{name}.csv").splitlines() if not line.startswith("#")]
    rows = tuple(csv.DictReader(lines))
    for row in rows:
        if None in row or None in row.values():  # a field too many or too few
            raise ValueError(
                f"data/{name}.csv: the row {list(row.values())} does not have the header's "
                f"{len(lines[0].split(','))} fields; quote a field that holds a comma"
            )
    return rows


@cache
def alternation(name: str) -> str:
    """A regex matching any of the word list's entries, spaces flexible, longest first."""
    return trie_pattern(words(name), _flexible_space)


def _flexible_space(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """A regex matching exactly the given words, factored by common prefixes
    ('t(?:en|hree|wo)') so that the engine rejects a non-match after one character, where a
    plain alternation would try every word at every position. Longer words are tried first.
    `char` gives the pattern of one character (a class such as '[aā]' for a vowel)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(char(c), {})
        node[""] = {}

    def build(node: _Trie) -> str:
        ends = "" in node
        branches = [c + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)


@dataclass(frozen=True)
class WordFinder:
    """Whole words of a word list in a text, like `pattern.finditer` but faster: the bare trie
    starts with a literal, which lets the regex engine jump from candidate to candidate, and
    only there is the full pattern (the trie between boundary assertions) tried. Any pattern
    whose every match starts where the trie matches may be used so (see figures._money)."""

    trie: re.Pattern[str]
    pattern: re.Pattern[str]

    @classmethod
    def of(
        cls,
        words: Iterable[str],
        before: str,
        after: str,
        char: Callable[[str], str] = re.escape,
    ) -> "WordFinder":
        """`before` and `after` are zero-width assertions around the words."""
        trie = trie_pattern(words, char)
        return cls(re.compile(trie), re.compile(f"{before}({trie}){after}"))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        position = 0
        while candidate := self.trie.search(text, position):
            match = self.pattern.match(text, candidate.start())
            position = candidate.start() + 1
            if match:
                yield match
                position = max(position, match.end())
