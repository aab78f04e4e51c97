"""What ingesting one raw file gives: a `Release` (a `releases` row) or a `Rejection`."""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# A release id is a url's last path segment: letters (any script: 'whānau-ora'), digits, '_',
# '-', '.' and '~', not starting with '.'. Checked with Python's re both when a url is read
# and by the releases contract, so the two cannot disagree.
RELEASE_ID = re.compile(r"[\w~-][\w.~-]*")


class RejectReason(StrEnum):
    """Why a raw file (or another entry of the raw directory) is not in `releases`: the
    stable code of `rejects.reason`."""

    # the content of a file
    BINARY = "binary"
    NOT_UTF8 = "not_utf8"
    NO_FRONT_MATTER = "no_front_matter"
    INVALID_YAML = "invalid_yaml"
    MISSING_FIELD = "missing_field"
    BAD_FIELD = "bad_field"
    BAD_DATE = "bad_date"
    BAD_URL = "bad_url"
    EMPTY_BODY = "empty_body"
    TOO_LARGE = "too_large"
    # the entry in the raw directory
    UNREADABLE = "unreadable"  # a file or folder the pipeline may not read
    NOT_A_FILE = "not_a_file"  # a FIFO, socket, device, or a link to a folder, named *.md
    BROKEN_LINK = "broken_link"  # a link to nothing, or a loop of links
    OUTSIDE_RAW_DIR = "outside_raw_dir"  # a link to a file or folder outside the raw directory
    BAD_FILE_NAME = "bad_file_name"  # a name that is not valid UTF-8
    CHANGED_WHILE_READ = "changed_while_read"
    # decided by the build
    DUPLICATE = "duplicate"
    EXTRACTION_FAILED = "extraction_failed"  # an extractor raised an error: a bug to report
    EXTRACTION_TIMEOUT = "extraction_timeout"
    WORKER_CRASHED = "worker_crashed"


# Reasons that depend on the moment, not on the file's bytes: never cached, tried again
# by the next run.
TRANSIENT = frozenset(
    {
        RejectReason.UNREADABLE,
        RejectReason.CHANGED_WHILE_READ,
        RejectReason.EXTRACTION_TIMEOUT,
        RejectReason.WORKER_CRASHED,
    }
)


@dataclass(frozen=True, slots=True)
class Release:
    """One accepted raw file: the columns of `releases` (schemas/releases.py)."""

    release_id: str
    url: str
    title: str
    published_date: date
    government: str
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
