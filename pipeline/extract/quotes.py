"""Direct quotations in a release body, with who said them.

`extract_quotes(release_id, body, people)` returns `Quote` records whose offsets point into
the body. How it reads a release:
1. Quotation spans: double marks (“ ” and ") may run over paragraphs — a paragraph left open
   continues when the next paragraph opens with a mark, otherwise it ends at its paragraph's
   end, so an unbalanced mark never swallows the rest. Single marks (‘ ’ and ') make spans
   within one paragraph, nested ones included.
2. Names and titles in marks (the ‘Christchurch Call’, the “Tech for Good” summit) are dropped;
   a fragment inside a narrative sentence is kept with is_partial.
3. Speakers: a cue after the quotation (“…,” Jacinda Ardern said / says Mr Key / she said), a
   cue before it (Mr Bridges said: “…”), the previous quotation's speaker when one continues
   another, or the person a narrative paragraph reports as speaking (Mr Flavell says …).
   Short forms resolve through `PeopleIndex`. When the text does not say, the speaker is null.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from pipeline.extract.ids import StableIds, person_actor_id
from pipeline.extract.lexicons import alternation
from pipeline.extract.people import (
    PRONOUNS,
    RUN,
    PeopleIndex,
    Person,
    is_plausible_name,
    speech_verb_pattern,
    split_name_phrase,
)
from pipeline.extract.records import Attribution, Quote
from pipeline.extract.text import CAPITALISED, paragraph_start, paragraphs, sentence_start

OPENERS, CLOSERS = "“‘", "”’"
_OPEN_CONTEXT = " \t\n([{—–-/:“‘"


@dataclass
class Span:
    """A quotation: start/end include the marks; pieces are the inner text per paragraph."""

    start: int
    end: int = -1
    pieces: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = False

    def text(self, body: str) -> str:
        return "\n\n".join(body[a:b] for a, b in self.pieces)


@dataclass(frozen=True)
class _Attributed:
    """What a span is: a quotation (partial or not) and who said it, found how."""

    is_partial: bool
    speaker: Person | None
    mention: str | None
    how: Attribution


def extract_quotes(release_id: str, body: str, people: PeopleIndex) -> list[Quote]:
    """The quotations of one release body; `people` is the release's PeopleIndex."""
    spans = sorted(find_quotation_spans(body), key=lambda s: (s.start, -s.end))
    quotes: list[Quote] = []
    ids = StableIds("q", release_id)
    for span, found in zip(spans, _attribute(body, spans, people), strict=True):
        if found is None:
            continue
        text = span.text(body)
        speaker = found.speaker
        quotes.append(
            Quote(
                quote_id=ids.next(text),
                release_id=release_id,
                ordinal=len(quotes),
                text=text,
                speaker_name=speaker.name if speaker else None,
                speaker_actor_id=person_actor_id(speaker.name) if speaker else None,
                speaker_mention=found.mention if speaker else None,
                attribution=found.how if speaker else None,
                is_partial=found.is_partial,
                paragraph_count=len(span.pieces),
                char_start=span.start,
                char_end=span.end,
            )
        )
    return quotes


def find_quotation_spans(body: str) -> list[Span]:
    """Every double- and single-quoted span of the body, in no particular order."""
    return _double_spans(body) + _single_spans(body)


def _double_role(body: str, i: int, para_start: int) -> str:
    mark = body[i]
    if mark == "“":
        return "open"
    if mark == "”":
        return "close"
    before = body[i - 1] if i > para_start else " "
    after = body[i + 1] if i + 1 < len(body) else " "
    return "open" if before in _OPEN_CONTEXT and not after.isspace() else "close"


_DOUBLE_MARK = re.compile(r"[“”\"]")


def _double_spans(body: str) -> list[Span]:
    done: list[Span] = []
    carried: Span | None = None
    paras = paragraphs(body)
    for index, (p_start, p_end) in enumerate(paras):
        stack: list[Span] = []
        piece_start: dict[int, int] = {}
        marks = [m.start() for m in _DOUBLE_MARK.finditer(body, p_start, p_end)]
        if carried is not None:
            # the paragraph opens with the mark that continues the carried quotation
            stack.append(carried)
            piece_start[id(carried)] = marks.pop(0) + 1
            carried = None
        for i in marks:
            if _double_role(body, i, p_start) == "open":
                span = Span(i)
                stack.append(span)
                piece_start[id(span)] = i + 1
            elif stack:
                span = stack.pop()
                span.pieces.append((piece_start[id(span)], i))
                span.end, span.closed = i + 1, True
                done.append(span)
        next_opens = index + 1 < len(paras) and body[paras[index + 1][0]] in '“"'
        for span in stack[1:] if next_opens else stack:
            span.pieces.append((piece_start[id(span)], p_end))
            span.end = p_end
            done.append(span)
        if stack and next_opens:
            outer = stack[0]
            outer.pieces.append((piece_start[id(outer)], p_end))
            carried = outer
    return [s for s in done if any(b > a for a, b in s.pieces)]


_SINGLE_OPEN = re.compile(  # the mark first, so the engine can skip ahead to marks
    r"[‘'](?:(?<=^[‘'])|(?<=[\s(\[“\"—–-][‘']))(?=\w)", re.MULTILINE
)
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?%)])[’'](?![\w])")


def _single_spans(body: str) -> list[Span]:
    spans = []
    for p_start, p_end in paragraphs(body):
        text = body[p_start:p_end]
        if "'" not in text and "‘" not in text:
            continue
        for opening in _SINGLE_OPEN.finditer(text):
            closing = _SINGLE_CLOSE.search(text, opening.end())
            if closing is None:
                continue
            inner = text[opening.end() : closing.start()]
            if "“" in inner or "”" in inner or len(inner.split()) > 40:
                continue
            a, b = p_start + opening.end(), p_start + closing.start()
            spans.append(Span(p_start + opening.start(), b + 1, [(a, b)], closed=True))
    return spans


# --- attribution -------------------------------------------------------------------------


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    verbs = speech_verb_pattern()
    who = (
        rf"(?:he|she|they|(?:the\s+)?{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|for))*"
        rf"|the\s+(?:[a-z]+\s+)?[Mm]inister)"
    )
    adverb = r"(?:\w+ly\s+|also\s+|today\s+|later\s+)?"
    return {
        "after": re.compile(
            rf"""
            ^[\s,]*
            (?: (?P<who1>{who}) \s+ {adverb} (?:{verbs})\b      # “…,” Jacinda Ardern said.
              | (?:{verbs}) \s+ (?P<who2>{who})                 # “…,” says Mr Key.
                (?= \s*[.,;:!?] | \s*$
                  | \s+(?:today|yesterday|in|at|on|when|as)\b )
              | according \s+ to \s+ (?P<who3>{who})            # “…,” according to Dr X.
            )""",
            re.VERBOSE,
        ),
        "before": re.compile(
            rf"""
            (?P<who>{who})
            (?: ,[^,“”"]{{1,120}}?,? )?         # Ngahiwi Tomoana, Chairman of X, says, “…”
            \s+ {adverb} (?:{verbs}) (?:\s+that)? \s* [,:]? \s* $   # Mr Bridges said: “…”
            """,
            re.VERBOSE,
        ),
        "verb": re.compile(verbs),
        "reported": re.compile(  # reported speech in narrative
            rf"""
              (?:^|[.!?]\s+|,\s+) (?P<who>{who}) \s+ {adverb} (?:{verbs})\b   # Mr Flavell says …
            | (?:{verbs}) \s+ (?P<who2>{who}) \s* [.!?]                      # …, he said.
            """,
            re.VERBOSE,
        ),
    }


@cache
def _naming_words() -> re.Pattern[str]:
    """Words that introduce a name or title in marks ('a pledge called the ‘Christchurch
    Call’'), at the end of the text before the mark."""
    return re.compile(rf"(?:{alternation('naming_words')})\s*$", re.IGNORECASE)


_SMALL_WORDS = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with", "by", "&"}


def _attribute(body: str, spans: list[Span], people: PeopleIndex) -> list[_Attributed | None]:
    """Per span: who said it and how that was found; None when it is not a quotation."""
    cues = _cue_patterns()
    results: list[_Attributed | None] = []
    speaker: Person | None = None  # the speaker of the running chain of quotations
    chain_end = 0  # where the last full quotation of the chain ended
    for span in spans:
        para_start = paragraph_start(body, span.start)
        lead_start = sentence_start(body, span.start, para_start)
        lead = body[lead_start : span.start]
        text = span.text(body)
        if _is_name_or_title(text, lead, len(span.pieces)):
            results.append(None)
            continue
        speaker = _update_chain(body, people, speaker, chain_end, para_start, cues)
        after = _sentence_tail(body, span.end)
        cue_after = cues["after"].match(after)
        cue_before = cues["before"].search(lead)
        partial = bool(lead.strip()) and not cue_before and not _is_quotation_run(lead)
        if partial:
            subject, subject_mention = _sentence_subject(lead, lead_start, people, speaker)
            results.append(
                _Attributed(True, subject, subject_mention, Attribution.SENTENCE_SUBJECT)
            )
            continue
        mention: str | None
        if cue_after:
            mention = next(g for g in cue_after.group("who1", "who2", "who3") if g)
            found, how = _resolve(mention, span.end, people, speaker), Attribution.CUE_AFTER
        elif cue_before:
            mention = cue_before.group("who")
            found, how = _resolve(mention, span.start, people, speaker), Attribution.CUE_BEFORE
        else:
            mention, found, how = None, speaker, Attribution.CONTINUES
        results.append(_Attributed(False, found, mention or _mention_text(found), how))
        speaker, chain_end = found, span.end
    return results


def _update_chain(
    body: str,
    people: PeopleIndex,
    speaker: Person | None,
    chain_end: int,
    para_start: int,
    cues: dict[str, re.Pattern[str]],
) -> Person | None:
    """Narrative between the chain's last quotation and this paragraph may hand the chain to
    someone reported as speaking, or break it by introducing someone else."""
    if para_start <= chain_end:
        return speaker
    narrative = body[chain_end:para_start]
    has_verb = cues["verb"].search(narrative)  # cheap to look for, and most narrative has none
    reported = list(cues["reported"].finditer(narrative)) if has_verb else []
    if reported:
        last = reported[-1]
        mention = last.group("who") or last.group("who2")
        return _resolve(mention, chain_end + last.start(), people, speaker)
    others = [p for p in people.people_between(chain_end, para_start) if p is not speaker]
    return None if others else speaker


def _resolve(
    mention: str, position: int, people: PeopleIndex, speaker: Person | None
) -> Person | None:
    if mention.lower() in PRONOUNS or mention.lower() == "they":
        return speaker or people.last_mentioned_before(position)
    return people.resolve(mention, position)


def _is_name_or_title(text: str, lead: str, paragraph_count: int) -> bool:
    """The ‘Christchurch Call’, the “Tech for Good” summit: capitalised names, not speech."""
    words = text.split()
    if (
        paragraph_count > 1
        or not words
        or len(words) > 8
        or re.search(r"[.!?,;:]$|[.!?,;:]\s", text)
    ):
        return False
    if _naming_words().search(lead):
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(w[0].isupper() or w[0].isdigit() for w in content)
    return bool(content) and capitalised == len(content) and not text.rstrip().endswith(("!", "?"))


def _is_quotation_run(lead: str) -> bool:
    """True when the text before the mark is only the end of an earlier quotation and its cue
    (“…,” O'Connor said. “…) or a list bullet, not narrative around a fragment."""
    return not re.search(r"\w", re.sub(r"^[-*•\d.)\s]+", "", lead))


def _sentence_tail(body: str, position: int) -> str:
    end = body.find("\n", position)
    end = len(body) if end < 0 else end
    return body[position : min(end, position + 160)]


def _sentence_subject(
    lead: str, offset: int, people: PeopleIndex, speaker: Person | None
) -> tuple[Person | None, str | None]:
    """Who a partial quotation belongs to: the first person its sentence names (Bill English
    … repeated his mantra that … ‘a little red ink’), or the person a pronoun points to."""
    for run in RUN.finditer(lead):
        parts = split_name_phrase(run.group())
        if parts.name and ((len(parts.name) >= 2 and is_plausible_name(parts.name)) or parts.roles):
            person = people.resolve(run.group(), offset + run.start())
            if person is not None:
                return person, run.group()
    pronoun = re.search(r"\b(?:he|she)\b", lead, re.I)
    if pronoun:
        person = _resolve(pronoun.group(), offset + pronoun.start(), people, speaker)
        return person, pronoun.group()
    return None, None


def _mention_text(person: Person | None) -> str | None:
    return person.name if person else None
