"""The typed records the extractors return: each is a row of a table in schemas/ (a test
checks the fields against the contracts), turned into Arrow in one place (build/worker.py)."""

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from pipeline.ingest.records import Release


class Attribution(StrEnum):
    """How a quotation's speaker was found (`quotes.attribution`)."""

    CUE_AFTER = "cue after"
    CUE_BEFORE = "cue before"
    CONTINUES = "continues previous quotation"
    SENTENCE_SUBJECT = "sentence subject"
    REPORTED = "reported speech before"
    NARRATIVE_SUBJECT = "narrative subject"
    SOLE_MINISTER = "sole minister"


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    MEASURE = "measure"


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"


class Role(StrEnum):
    """How an actor takes part in a release (`mentions.role`)."""

    MINISTER = "minister"
    SPEAKER = "speaker"
    MENTIONED = "mentioned"


@dataclass(frozen=True, slots=True)
class Quote:
    """A `quotes` row."""

    quote_id: str
    release_id: str
    ordinal: int
    text: str
    speaker_name: str | None
    speaker_actor_id: str | None
    speaker_mention: str | None
    attribution: Attribution | None
    is_partial: bool
    paragraph_count: int
    char_start: int
    char_end: int
    speaker_char_start: int | None
    speaker_char_end: int | None


@dataclass(frozen=True, slots=True)
class Figure:
    """A `figures` row."""

    figure_id: str
    release_id: str
    ordinal: int
    surface: str
    value: float
    kind: FigureKind
    unit: str
    range_max: float | None
    percentage_points: bool
    qualifier: str | None
    period: str | None
    sentence: str
    char_start: int
    char_end: int
    quote_id: str | None


class MentionSpan(NamedTuple):
    """One place a release names an actor (an item of `mentions.spans`)."""

    char_start: int
    char_end: int
    surface: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A `mentions` row, with what the `actors` catalogue is built from: the actor's kind and
    the name this release gives it (columns of `actors`)."""

    release_id: str
    actor_id: str
    role: Role
    mention_count: int
    first_char_start: int | None
    surfaces: tuple[str, ...]
    spans: tuple[MentionSpan, ...]
    name: str
    kind: ActorKind


@dataclass(frozen=True, slots=True)
class Redirect:
    """An id that a plainer reading of a name in this release gives (what earlier versions
    published: 'person:william-sio') and the actor the name is ('person:aupito-william-sio'):
    what `actor_redirects` is built from."""

    release_id: str
    old_id: str
    actor_id: str


@dataclass(frozen=True, slots=True)
class PortfolioHolding:
    """A minister announcing under a portfolio in one release: what `portfolio_holders`
    aggregates."""

    release_id: str
    actor_id: str
    name: str
    portfolio: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one release; `release` carries canonical minister names."""

    release: Release
    quotes: list[Quote]
    figures: list[Figure]
    mentions: list[Mention]
    portfolios: list[PortfolioHolding]
    redirects: list[Redirect]
