"""Reference word lists shipped as data files in pipeline/data/, editable without code changes."""

import re
from functools import cache
from importlib.resources import files


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of pipeline/data/<name>.txt, longest first so that
    regex alternations prefer 'High Commissioner' over 'Commissioner'."""
    text = files("pipeline").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = {line.strip() for line in text.splitlines()}
    return tuple(
        sorted((e for e in entries if e and not e.startswith("#")), key=lambda e: (-len(e), e))
    )


@cache
def alternation(name: str) -> str:
    """A regex alternation of the lexicon's entries, whole words, spaces flexible."""
    return "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in lexicon(name))


def trie_pattern(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching exactly the given words, factored by common prefixes
    ('t(?:en|hree|wo)') so that the engine rejects a non-match after one character."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)
