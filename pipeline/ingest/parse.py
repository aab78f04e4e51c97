"""One raw release file (Markdown with YAML front matter) -> a `Release`, or `RejectedFile`.

A file that cannot be accepted raises RejectedFile with a stable reason code and a detail that
tells a person what to fix; the build turns it into a `rejects` row, so one bad file never
stops the others. Duplicates span files and are decided by the build.
"""

import csv
import hashlib
import html
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import yaml
from frontmatter.default_handlers import YAMLHandler

from pipeline.ingest.records import RELEASE_ID, RejectedFile, RejectReason, Release

REQUIRED_FIELDS = ("title", "date", "url")
# Dates outside [first government's first day, today + FUTURE_DAYS] are typing errors
# ('0001-01-01', '2202-03-04'), not releases; embargoed releases are dated a few days ahead.
FUTURE_DAYS = 7
GOVERNMENTS_FILE = Path(__file__).parent / "data" / "governments.csv"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?")

# Front matter is a few fields: the largest in the real archive is 1.7 KB. These limits keep a
# hostile one (an alias bomb, 40,000 nested brackets that crash libyaml) from costing more
# than a rejection.
MAX_FRONT_MATTER = 64 * 1024  # characters
MAX_NESTING = 32  # brackets or braces inside one another
MAX_VALUES = 10_000  # scalars, lists and mappings, counting every use of an alias


class _PlainYAMLLoader(yaml.CSafeLoader):
    """libyaml's safe loader, leaving dates as text, so a bad date is reported as `bad_date`
    with its value instead of failing the whole YAML document."""


_PlainYAMLLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _ReleaseYAMLHandler(YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_PlainYAMLLoader)


def parse_release(source_path: str, data: bytes, sha256: str | None = None) -> Release:
    """One raw file's bytes -> a `Release`, its ministers as the front matter writes them
    (the extract stage gives their canonical names). Raises RejectedFile when it cannot be
    accepted. `sha256` is the bytes' hash when the caller has it already (not hashed again)."""
    text = _decode(data)
    meta, content = _split_front_matter(text)
    missing = [f for f in REQUIRED_FIELDS if meta.get(f) in (None, "", [], {})]
    if missing:
        raise RejectedFile(
            RejectReason.MISSING_FIELD,
            f"required front matter field{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} {'are' if len(missing) > 1 else 'is'} missing or empty; "
            "add them to the front matter",
            _field_line(text, missing[0]),
        )
    url = _scalar(meta, "url", text)
    body = clean_body(content)
    if not body:
        raise RejectedFile(
            RejectReason.EMPTY_BODY, "the release has front matter but no body text below it", None
        )
    published = _with_line(text, "date", _parse_date, meta["date"])
    return Release(
        release_id=_with_line(text, "url", release_id_from_url, url),
        url=url,
        title=collapse_spaces(html.unescape(_scalar(meta, "title", text))).strip(),
        published_date=published,
        government=government_on(published),
        ministers=dedupe(_text_list(meta, "ministers", text)),
        portfolios=dedupe(_text_list(meta, "portfolios", text)),
        attachments=tuple(_text_list(meta, "attachments", text)),
        body=body,
        word_count=len(body.split()),
        source_path=source_path,
        source_sha256=sha256 or hashlib.sha256(data).hexdigest(),
    )


def release_id_from_url(url: str, line: int | None = None) -> str:
    """The url's last path segment; refuses anything that could name another directory."""
    try:
        parts = urlsplit(url)
    except ValueError as error:  # 'https://[beehive/…': an unclosed IPv6 bracket
        raise RejectedFile(
            RejectReason.BAD_URL, f"url '{url}' cannot be read: {error}", line
        ) from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RejectedFile(RejectReason.BAD_URL, f"url '{url}' is not an http(s) address", line)
    segments = [s for s in parts.path.split("/") if s]
    release_id = unquote(segments[-1]) if segments else ""
    if not RELEASE_ID.fullmatch(release_id) or release_id in (".", ".."):
        raise RejectedFile(
            RejectReason.BAD_URL,
            f"url '{url}' does not end in a usable release id (got '{release_id}'): the last "
            "path segment must be letters, digits, '-', '_', '.' or '~' and not start with '.'",
            line,
        )
    return release_id


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|table|tr)\b[^<>]*>", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_OTHER_SPACES = "\t\u00a0\u2007\u202f"
# The hyphen's typographic variants made '-' and soft hyphens (invisible) taken out, as the
# other spaces are made ' ': 'Attorney‑General' with a no-break hyphen (in 136 releases of the
# archive) is the role, 'Jan‑Marie Doogue' one given name, 'wh\u00adole' a word
_PLAIN_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": None})
_HYPHENS = "".join(map(chr, _PLAIN_HYPHENS))
_SPACE_RUN = re.compile("  +")


def collapse_spaces(text: str) -> str:
    """Runs of horizontal whitespace (tabs, no-break and narrow spaces) made one space: every
    space of the other kinds made ' ', then runs of ' ' made one, four times faster on a body
    than one regex that tries every ' '."""
    for char in _OTHER_SPACES:
        if char in text:
            text = text.replace(char, " ")
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


def clean_body(content: str) -> str:
    """HTML remnants out, entities decoded, hyphens plain, paragraphs separated by exactly one
    blank line."""
    text = content
    if "<" in text:
        text = _strip_tags(_BLOCK_END.sub("\n\n", _BREAK.sub("\n", text)))
    text = html.unescape(text)
    if any(char in text for char in _HYPHENS):
        text = text.translate(_PLAIN_HYPHENS)
    text = collapse_spaces(text)
    paragraphs = []
    for block in _PARAGRAPH_BREAK.split(text):
        paragraph = "\n".join(line for line in map(str.strip, block.split("\n")) if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _strip_tags(text: str) -> str:
    """Comments (<!-- … -->) and tags out, in one left-to-right pass; a comment that is never
    closed is left as text (its '-->' is looked for once, not at every '<!--')."""
    kept, position, start = [], 0, text.find("<")
    comments_close = True  # whether a '-->' may still follow
    while start >= 0:
        end = -1
        if text.startswith("<!--", start) and comments_close:
            close = text.find("-->", start + 4)
            comments_close = close >= 0
            end = close + 3 if close >= 0 else -1
        elif tag := _TAG.match(text, start):
            end = tag.end()
        if end >= 0:
            kept.append(text[position:start])
            position = end
        start = text.find("<", max(end, start + 1))
    kept.append(text[position:])
    return "".join(kept)


def _decode(data: bytes) -> str:
    if b"\x00" in data:
        raise RejectedFile(
            RejectReason.BINARY,
            "the file contains NUL bytes: it is binary (or UTF-16), not a UTF-8 text",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RejectedFile(
            RejectReason.NOT_UTF8,
            f"byte 0x{data[exc.start]:02x} at line {line} is not valid UTF-8; "
            "re-save the file as UTF-8",
            line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    handler = _ReleaseYAMLHandler()
    text = text.lstrip()
    opening = handler.FM_BOUNDARY.match(text)
    if not opening:
        raise RejectedFile(
            RejectReason.NO_FRONT_MATTER,
            "the file does not start with a '---' YAML front matter block",
            1,
        )
    try:
        fm, content = handler.split(text)
    except ValueError:
        raise RejectedFile(
            RejectReason.NO_FRONT_MATTER,
            "the front matter opened by '---' on line 1 is never closed by a second '---' line",
            1,
        ) from None
    _check_size(fm)
    try:
        meta = handler.load(fm)
        if "*" in fm:  # without an alias, the values are no more than the text allows
            _check_values(meta)
    except RejectedFile:
        raise
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = text.count("\n", 0, opening.end()) + mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = f" at line {line}" if line else ""
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark:
            context_line = text.count("\n", 0, opening.end()) + context_mark.line + 1
            problem += f" ({context} that starts at line {context_line})"
        raise RejectedFile(
            RejectReason.INVALID_YAML, f"the front matter is not valid YAML{where}: {problem}", line
        ) from None
    except Exception as exc:  # a constructor failing on a tag (!!timestamp soon): still YAML's
        raise RejectedFile(
            RejectReason.INVALID_YAML,
            f"a front matter value cannot be read ({type(exc).__name__}: {str(exc)[:200]})",
        ) from None
    if not isinstance(meta, dict):
        raise RejectedFile(
            RejectReason.INVALID_YAML, "the front matter must be a mapping of field: value", 1
        )
    return meta, content


def _check_size(front_matter: str) -> None:
    """Before YAML reads it: not too long, not too deeply bracketed."""
    if len(front_matter) > MAX_FRONT_MATTER:
        raise RejectedFile(
            RejectReason.INVALID_YAML,
            f"the front matter has {len(front_matter):,} characters, more than the "
            f"{MAX_FRONT_MATTER:,} a release's may have",
        )
    if front_matter.count("[") + front_matter.count("{") <= MAX_NESTING:
        return  # too few brackets to nest too deep: no need to count
    depth = deepest = 0
    for char in front_matter:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}" and depth:
            depth -= 1
    if deepest > MAX_NESTING:
        raise RejectedFile(
            RejectReason.INVALID_YAML,
            f"the front matter nests brackets {deepest} deep, more than {MAX_NESTING}",
        )


def _check_values(meta: object) -> None:
    """After YAML reads it, before anything is turned into text: not too many values (an
    alias repeated inside aliases makes billions)."""
    pending, seen, characters = [meta], 0, 0
    while pending:
        value = pending.pop()
        seen += 1
        characters += len(value) if isinstance(value, str) else 0
        if seen > MAX_VALUES or characters > MAX_FRONT_MATTER:
            raise RejectedFile(
                RejectReason.INVALID_YAML,
                f"the front matter holds more than {MAX_VALUES:,} values or "
                f"{MAX_FRONT_MATTER:,} characters of text (aliases repeated inside aliases?)",
            )
        if isinstance(value, dict):
            pending += [*value.keys(), *value.values()]
        elif isinstance(value, list):
            pending += value


T = TypeVar("T")


def _with_line(text: str, name: str, parse: Callable[[Any], T], value: object) -> T:
    """parse(value), its rejection pointing at the field's line (found only when needed)."""
    try:
        return parse(value)
    except RejectedFile as rejected:
        reason, detail = rejected.rejection.reason, rejected.rejection.detail
        raise RejectedFile(reason, detail, _field_line(text, name)) from None


def _field_line(text: str, name: str) -> int | None:
    match = re.search(rf"^{re.escape(name)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _scalar(meta: dict[str, Any], name: str, text: str) -> str:
    value = meta[name]
    if isinstance(value, (dict, list)):
        raise RejectedFile(
            RejectReason.BAD_FIELD,
            f"front matter field '{name}' must be text, not a list or mapping",
            _field_line(text, name),
        )
    return str(value).strip()


def _text_list(meta: dict[str, Any], name: str, text: str) -> list[str]:
    """A list of text items. An item YAML read as a one-key mapping was text with a colon
    ('- Māori Crown Relations: Te Arawhiti', unquoted) and is read back as that text; a
    nested list of text is flattened; anything deeper is rejected."""
    value = meta.get(name)
    if value is None:
        return []
    items: list[object] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, list) and not any(isinstance(i, (dict, list)) for i in item):
            items.extend(item)  # '- [Jacinda Ardern, Grant Robertson]'
        elif isinstance(item, dict) and _written_as_text(item, text):
            ((key, inner),) = item.items()
            items.append(f"{key}: {inner}" if inner is not None else f"{key}:")
        elif isinstance(item, (dict, list)):
            raise RejectedFile(
                RejectReason.BAD_FIELD,
                f"front matter field '{name}' must be a list of text items, but an item is "
                f"{'a mapping of several keys' if isinstance(item, dict) else 'a nested list'} "
                "or holds one; write each item as text on its own '- ' line",
                _field_line(text, name),
            )
        else:
            items.append(item)
    return [s for s in (collapse_spaces(str(item)).strip() for item in items if item) if s]


def _written_as_text(item: dict[Any, Any], text: str) -> bool:
    """Whether a one-key mapping was written as a plain list item with a colon in it
    ('- Māori Crown Relations: Te Arawhiti'), not as a mapping ('- {name: Grant Robertson}')."""
    if len(item) != 1:
        return False
    ((key, value),) = item.items()
    if isinstance(value, (dict, list)):
        return False
    written = rf"^[ \t]*-[ \t]+{re.escape(str(key))}:(?:[ \t]+{re.escape(str(value))})?[ \t]*$"
    return re.search(written, text, re.MULTILINE) is not None


@cache
def _governments() -> tuple[tuple[date, ...], tuple[str, ...]]:
    lines = [line for line in GOVERNMENTS_FILE.read_text("utf-8").splitlines() if line[:1] != "#"]
    rows = list(csv.DictReader(lines))
    return (
        tuple(date.fromisoformat(row["took_office"]) for row in rows),
        tuple(row["government"] for row in rows),
    )


def government_on(day: date) -> str:
    """The government in office on a day (from governments.csv); the day must not come
    before the first one's (the parser rejects such dates)."""
    starts, names = _governments()
    index = bisect_right(starts, day) - 1
    if index < 0:
        raise ValueError(f"no government in governments.csv was in office on {day}")
    return names[index]


def _parse_date(value: object, line: int | None = None) -> date:
    match = _ISO_DATE.fullmatch(str(value).strip())
    try:
        if not match:
            raise ValueError
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise RejectedFile(
            RejectReason.BAD_DATE,
            f"date '{value}' is not a real calendar date in ISO form (YYYY-MM-DD)",
            line,
        ) from None
    first, last = _governments()[0][0], datetime.now(UTC).date() + timedelta(days=FUTURE_DAYS)
    if not first <= day <= last:
        raise RejectedFile(
            RejectReason.BAD_DATE,
            f"date '{value}' is {'before ' + str(first) if day < first else 'in the future'}: "
            "no release can be dated then; correct the date in the front matter",
            line,
        )
    return day


def dedupe(items: Iterable[str]) -> tuple[str, ...]:
    """The non-empty items, each once, in their first order."""
    return tuple(dict.fromkeys(i for i in items if i))
