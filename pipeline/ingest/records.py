"""What ingesting one raw file gives: a `Release` (a `releases` row) or a `Rejection`."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class RejectReason(StrEnum):
    """Why a raw file is not in `releases`: the stable code of `rejects.reason`."""

    BINARY = "binary"
    NOT_UTF8 = "not_utf8"
    NO_FRONT_MATTER = "no_front_matter"
    INVALID_YAML = "invalid_yaml"
    MISSING_FIELD = "missing_field"
    BAD_FIELD = "bad_field"
    BAD_DATE = "bad_date"
    BAD_URL = "bad_url"
    EMPTY_BODY = "empty_body"
    DUPLICATE = "duplicate"  # decided across files, by the build
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Release:
    """One accepted raw file: the columns of `releases` (schemas/releases.py)."""

    release_id: str
    url: str
    title: str
    published_date: date
    ministers: tuple[str, ...]
    portfolios: tuple[str, ...]
    attachments: tuple[str, ...]
    body: str
    word_count: int
    source_path: str
    source_sha256: str


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one file cannot be accepted: a `rejects` row without the file's path, which the
    build adds (the same bytes may sit under several paths)."""

    reason: RejectReason
    detail: str
    line: int | None = None


class RejectedFile(Exception):
    """Raised while reading a file that cannot become a release."""

    def __init__(self, reason: RejectReason, detail: str, line: int | None = None):
        super().__init__(detail)
        self.rejection = Rejection(reason, detail, line)
