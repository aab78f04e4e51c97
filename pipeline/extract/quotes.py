"""Direct quotations in a release body, with who said them.

`extract_quotes(release_id, body, people)` returns `Quote` records whose offsets point into
the body. How it reads a release:
1. Quotation spans: double marks (“ ” and ") may run over paragraphs — a paragraph left open
   continues when the next paragraph opens with a mark, otherwise it ends at its paragraph's
   end, so an unbalanced mark never swallows the rest. Single marks (‘ ’ and ') make spans
   within one paragraph, nested ones included, and run over paragraphs the same way when
   each paragraph opens with one (as recent releases write quotations).
2. Names, titles and translations in marks (the ‘Christchurch Call’, the “Tech for Good”
   summit, which means “…”) are dropped, and so are terms and scare quotes of a few words in
   narrative that reports no speech (called the rules ‘red tape’); a longer fragment inside
   a narrative sentence is kept with is_partial.
3. Speakers: a cue after the quotation (“…,” Jacinda Ardern said / says Mr Key / she said /
   Justice Minister, Tony Ryall, said), a cue before it (Mr Bridges said: “…”), the previous
   quotation's speaker when one continues another, the person a narrative paragraph reports
   as speaking (Mr Flavell says …) or names as the only subject of its sentences (Minister
   Jim Sutton leaves today …), and before any of these the release's only minister when the
   narrative names nobody. Short forms resolve through `PeopleIndex`; a joint statement is
   its first named speaker's. When the text does not say, the speaker is null, and
   `speaker_char_start/end` point at the words that name the speaker.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from pipeline.extract.ids import StableIds, person_actor_id
from pipeline.extract.lexicons import alternation, word_set
from pipeline.extract.people import (
    PRONOUNS,
    RUN,
    PeopleIndex,
    Person,
    PersonMention,
    speech_verb_pattern,
    split_name_phrase,
)
from pipeline.extract.records import Attribution, Quote
from pipeline.extract.text import CAPITALISED, TextIndex, paragraphs

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
    """What a span is: a quotation (partial or not) and who said it, found how, and where
    the body names the speaker for it."""

    is_partial: bool
    speaker: Person | None
    mention: str | None
    how: Attribution
    where: tuple[int, int] | None = None


def extract_quotes(
    release_id: str, body: str, people: PeopleIndex, index: TextIndex | None = None
) -> list[Quote]:
    """The quotations of one release body; `people` is the release's PeopleIndex, `index`
    its TextIndex when the caller has one."""
    index = index or TextIndex(body)
    spans = sorted(find_quotation_spans(body), key=lambda s: (s.start, -s.end))
    quotes: list[Quote] = []
    ids = StableIds("q", release_id)
    for span, found in zip(spans, _attribute(body, spans, people, index), strict=True):
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
                speaker_char_start=found.where[0] if speaker and found.where else None,
                speaker_char_end=found.where[1] if speaker and found.where else None,
                is_partial=found.is_partial,
                paragraph_count=len(span.pieces),
                char_start=span.start,
                char_end=span.end,
            )
        )
    return quotes


def find_quotation_spans(body: str) -> list[Span]:
    """Every double- and single-quoted span of the body, in no particular order."""
    paras = paragraphs(body)
    running = _single_running_spans(body, paras)
    opened = {span.start for span in running} | {a - 1 for span in running for a, _ in span.pieces}
    singles = [span for span in _single_spans(body, paras) if span.start not in opened]
    return _double_spans(body, paras) + singles + running


def _double_role(body: str, i: int, para_start: int, is_open: bool) -> str:
    """Whether a mark opens or closes a quotation. An opening mark written after the last word
    of an open quotation, before a space, closes it ('… but miraculously survived,“ Mr Goff
    said.')."""
    mark = body[i]
    before = body[i - 1] if i > para_start else " "
    after = body[i + 1] if i + 1 < len(body) else " "
    if mark == "“":
        misplaced = is_open and not before.isspace() and before not in _OPEN_CONTEXT
        return "close" if misplaced and after.isspace() else "open"
    if mark == "”":
        return "close"
    return "open" if before in _OPEN_CONTEXT and not after.isspace() else "close"


_DOUBLE_MARK = re.compile(r"[“”\"]")


def _double_spans(body: str, paras: list[tuple[int, int]]) -> list[Span]:
    done: list[Span] = []
    carried: Span | None = None
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
            if _double_role(body, i, p_start, bool(stack)) == "open":
                span = Span(i)
                stack.append(span)
                piece_start[id(span)] = i + 1
            elif stack:
                span = stack.pop()
                span.pieces.append((piece_start[id(span)], i))
                span.end, span.closed = i + 1, True
                done.append(span)
        next_opens = index + 1 < len(paras) and body[paras[index + 1][0]] in '“"'
        unclosed = stack[1:] if next_opens else stack
        for k, span in enumerate(unclosed):
            # a quotation left open ends where the next one left open starts, or with its
            # paragraph: two unclosed marks are two quotations, not one inside the other
            end = unclosed[k + 1].start if k + 1 < len(unclosed) else p_end
            span.pieces.append((piece_start[id(span)], end))
            span.end = end
            done.append(span)
        if stack and next_opens:
            outer = stack[0]
            outer.pieces.append((piece_start[id(outer)], p_end))
            carried = outer
    return [s for s in done if any(b > a for a, b in s.pieces)]


_SINGLE_OPEN = re.compile(  # the mark first, so the engine can skip ahead to marks
    r"[‘'](?:(?<=^[‘'])|(?<=[\s(\[“\"—–-][‘']))(?=\w)", re.MULTILINE
)
_SINGLE_CLOSE = re.compile(r"[’'](?<=[\w.,!?%)][’'])(?![\w])")  # the mark first, likewise


_WORD = re.compile(r"\S+")
_MAX_SINGLE_WORDS = 40  # a single-quoted span is a short phrase, never a long passage


def _single_spans(body: str, paras: list[tuple[int, int]]) -> list[Span]:
    spans = []
    for p_start, p_end in paras:
        text = body[p_start:p_end]
        if "'" not in text and "‘" not in text:
            continue
        closings = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
        for opening in _SINGLE_OPEN.finditer(text):
            k = bisect_left(closings, opening.end())
            if k == len(closings):
                continue
            a, b = opening.end(), closings[k]
            words = _WORD.finditer(text, a, b)
            if next(islice(words, _MAX_SINGLE_WORDS, None), None) is not None:
                continue
            if text.find("“", a, b) >= 0 or text.find("”", a, b) >= 0:
                continue
            spans.append(
                Span(
                    p_start + opening.start(),
                    p_start + b + 1,
                    [(p_start + a, p_start + b)],
                    closed=True,
                )
            )
    return spans


_OPENS_WITH_SINGLE = re.compile(r"[‘'](?=\w)")


def _single_running_spans(body: str, paras: list[tuple[int, int]]) -> list[Span]:
    """Quotations over several paragraphs written with single marks, as recent releases on
    the website are: each paragraph opens with a mark and only the last one closes, at the
    end of its paragraph or before its cue ('…,' Ms Collins says.)."""
    spans = []
    index = 0
    while index < len(paras):
        first = index
        pieces: list[tuple[int, int]] = []
        end, closed = -1, False
        while index < len(paras) and _OPENS_WITH_SINGLE.match(body, paras[index][0]):
            p_start, p_end = paras[index]
            close = _closing_mark(body, p_start + 1, p_end)
            index += 1
            if close is not None:
                pieces.append((p_start + 1, close))
                end, closed = close + 1, True
                break
            pieces.append((p_start + 1, p_end))
            end = p_end
        if len(pieces) > 1:
            spans.append(Span(paras[first][0], end, pieces, closed))
        index = max(index, first + 1)
    return spans


def _closing_mark(body: str, start: int, end: int) -> int | None:
    """The single mark that closes a quotation in body[start:end]: one at the paragraph's
    end or before its cue; apostrophes and marks inside the quotation are neither."""
    after = _cue_patterns()["after"]
    for mark in _SINGLE_CLOSE.finditer(body, start, end):
        tail = body[mark.end() : end]
        if not tail.strip() or after.match(_sentence_tail(body, mark.end())):
            return mark.start()
    return None


# --- attribution -------------------------------------------------------------------------


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    verbs = speech_verb_pattern()
    particles = alternation("name_particles")  # 'Mrs van Leeuwen'
    gap = r"(?:(?!\n\s*\n)\s)+"  # white space within a paragraph: a cue never crosses one
    words = (  # 'Minister of Housing (Social Housing) Rawiri Kemp'
        rf"{CAPITALISED}(?:{gap}(?:{CAPITALISED}|of|for|and|&|\([^()\n]{{1,40}}\)"
        rf"|{particles}(?:\s+{particles})*(?=\s+[A-Z])))*"  # 'von der Leyen'
    )
    role = (  # 'Project lead Ana Lopez said', 'PPTA Te Wehengarua acting president Chris
        # Abercrombie said', but not 'the report by Ana Lopez said'
        rf"(?:(?!(?:by|of|from|for|to|in|at|on|with|and|or|but)\b)(?:[A-Z]{{2,}}|[A-Z]?[a-z]+){gap})"
        r"{0,5}?"
    )

    who = (  # 'Food and Fibre Minister X', 'Justice Minister, Tony Ryall,'
        rf"(?:he|she|they|(?:the{gap})?{words}(?:,{gap}{words})*"
        rf"|the\s+(?:[a-z]+\s+)?[Mm]inister)"
    )
    adverb = r"(?:\w+ly\s+|also\s+|today\s+|later\s+)?"
    return {
        "after": re.compile(
            rf"""
            ^[\s,]*
            (?: {role} (?P<who1>{who}) ,?\s+ {adverb} (?:{verbs})\b    # “…,” Jacinda Ardern said.
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
            (?: ,(?!\s*(?:and|but|or|while|so)\b)(?:(?!\n\s*\n)[^,“”"]){{1,120}}?,? )?
            # 'X, Chair of Y, says', but not 'in the Medical Journal, and Mr Ryall says': a
            # clause of its own
            \s+ {adverb} (?:{verbs}) (?:\s+that)? \s* [,:]? \s* $   # Mr Bridges said: “…”
            """,
            re.VERBOSE,
        ),
        "verb": re.compile(rf"{verbs}|according\s+to"),
        "speech": re.compile(  # what makes a few words in marks reported speech
            rf"\b(?:{verbs}|according\s+to|(?:describ|accus|label)(?:e|es|ed|ing))\b"
        ),
        # what every cue before a quotation ends with: a cheap test before the full one
        "verb at end": re.compile(rf"(?:{verbs})(?:\s+that)?\s*[,:]?\s*$"),
        "reported": re.compile(  # reported speech in narrative
            rf"""
              (?:^\s*|[.!?]\s+|,\s+) {role} (?P<who>{who}) ,?\s+ {adverb} (?:{verbs})\b  # X says
              (?! (?<=wrote)\s+to\b | (?<=writes)\s+to\b | \s+to\s+(?:be|have)\b )
              # not a letter ('Mr O'Connor wrote to the industry') nor hearsay ('is said to be')
            | (?:{verbs}) \s+ (?P<who2>{who}) (?=\s*[.!?])                  # …, he said.
            | according \s+ to \s+ (?P<who3>{who}) (?=\s*[.!?])         # …, according to X.
            """,
            re.VERBOSE,
        ),
    }


@cache
def _naming_words() -> re.Pattern[str]:
    """Words that introduce a name or title in marks ('a pledge called the ‘Christchurch
    Call’'), at the end of the text before the mark."""
    return re.compile(rf"(?:{alternation('naming_words')})(?:\s+of)?\s*$", re.IGNORECASE)


_SMALL_WORDS = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with", "by", "&"}


# How far before a quotation its cue or a naming word can start: every pattern below looks
# only that far back, so the work per quotation does not grow with the sentence.
_CUE_REACH = 600
_VERB_REACH = 60


def _attribute(
    body: str, spans: list[Span], people: PeopleIndex, index: TextIndex
) -> list[_Attributed | None]:
    """Per span: who said it and how that was found; None when it is not a quotation."""
    cues = _cue_patterns()
    subjects: dict[int, _SentenceSubject] = {}  # sentence start -> its subject, found lazily
    chains: dict[tuple[int, int], _Attributed] = {}  # (chain end, paragraph) -> who speaks
    narrative = _Narrative(body, 0, cues)
    results: list[_Attributed | None] = []
    chain = _NOBODY  # the speaker of the running chain of quotations
    chain_end = 0  # where the last full quotation of the chain ended
    for span in spans:
        para_start = index.paragraph_start(span.start)
        lead_start = index.sentence_start(span.start, para_start)
        near = body[max(lead_start, span.start - _CUE_REACH) : span.start]
        if _is_name_or_title(body, span, near) or _LINK_TITLE.search(near):
            results.append(None)
            continue
        # narrative runs to the paragraph, or in a new paragraph to the quotation's sentence
        # ('Jeanette Fitzsimons said it was important. “Taking advantage …”')
        until = lead_start if para_start > chain_end else para_start
        if (chain_end, until) not in chains:
            if narrative.start != chain_end:
                narrative = _Narrative(body, chain_end, cues)
            chains[(chain_end, until)] = _update_chain(narrative, people, chain, until)
        chain = chains[(chain_end, until)]
        after = _sentence_tail(body, span.end)
        cue_after = cues["after"].match(after)
        cue_before = (
            cues["before"].search(near) if cues["verb at end"].search(near[-_VERB_REACH:]) else None
        )
        lead = body[lead_start : span.start]
        partial = bool(lead.strip()) and not cue_before and not _is_quotation_run(lead)
        if partial and _is_a_term(span.text(body), near, cues):
            results.append(None)
            continue
        if partial:
            if lead_start not in subjects:
                subjects[lead_start] = _SentenceSubject(body, lead_start, people)
            results.append(subjects[lead_start].before(span.start, chain))
            continue
        found = chain
        if cue_after:
            group = next(g for g in ("who1", "who2", "who3") if cue_after.group(g))
            at = span.end + cue_after.start(group)
            found = _cued(cue_after.group(group), at, people, chain, Attribution.CUE_AFTER)
        elif cue_before:
            at = span.start - len(near) + cue_before.start("who")
            found = _cued(cue_before.group("who"), at, people, chain, Attribution.CUE_BEFORE)
        results.append(found)
        chain, chain_end = found, span.end
    return results


_TERM_WORDS = 3  # a fragment this short is a quotation only when its sentence reports speech


def _is_a_term(text: str, lead: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """'called the rules ‘red tape’', 'a ‘roadmap’': a few words in marks inside narrative
    are a term or a scare quote unless the sentence reports speech before them ('Ms Lee said
    planning is “well advanced”', 'described it as a ‘game changer’')."""
    if len(text.split()) > _TERM_WORDS:
        return False
    return not cues["speech"].search(lead)


_NOBODY = _Attributed(False, None, None, Attribution.CONTINUES)


def _cued(
    mention: str, at: int, people: PeopleIndex, chain: _Attributed, how: Attribution
) -> _Attributed:
    """The speaker a cue names at `at` ('Mr Key', 'she', 'Justice Minister, Tony Ryall').
    A pronoun after a cue or reported speech that named someone the release does not name
    as a person ('National Librarian Bill Macnaught says …' ¶ '“…,” he says.'), with no one
    named in between, is that someone: nobody the index knows, not whoever was named before."""
    person = _resolve(mention, at, people, chain.speaker)
    if (
        _is_pronoun(mention)
        and chain.speaker is None
        and chain.mention is not None
        and chain.where is not None
        and not people.mentions_between(chain.where[1], at)
        and (person is None or not _may_name(chain.mention, person))
    ):
        person = None
    return _Attributed(False, person, mention, how, (at, at + len(mention)))


def _may_name(mention: str, person: Person) -> bool:
    """Whether a cue the index could not resolve may still mean this person: when it is no
    person's name at all (a role such as 'the Associate Minister for …', or a phrase taken for
    a name), or when it is a form of this person's name: a word of it is a word of the name
    ('Mrs te Heuheu'), its first word starts the other's or is started by it ('Sir Douglas',
    Doug Graham), or a word is one typo apart ('Mr MrCully'). A person's name has a form of
    address, a known given name first, or two words or more ending in no common word ('Bill
    Macnaught', 'Mr Carter'); a pronoun that stood unresolved names nobody known."""
    if _is_pronoun(mention):
        return False
    parts = split_name_phrase(mention)
    if (
        "Minister" in mention
        or not parts.name
        or not (
            parts.honorific
            or parts.name[0] in word_set("given_names")
            or (len(parts.name) >= 2 and parts.name[-1].lower() not in word_set("common_words"))
        )
    ):
        return True  # not a person's name ('the Associate Minister for …', a programme)
    said = [w.casefold() for w in parts.name]
    known = [w.casefold() for w in person.name.split()]
    if (
        said
        and known
        and len(said[0]) >= 3
        and (said[0].startswith(known[0]) or known[0].startswith(said[0]))
    ):
        return True  # 'Sir Douglas' for Doug Graham
    return any(a == b or _one_typo_apart(a, b) for a in said for b in known if len(a) >= 3)


def _one_typo_apart(a: str, b: str) -> bool:
    """'mrcully'/'mccully', 'dyon'/'dyson': one letter changed, added or dropped, in words of
    four letters or more (releases misspell their own minister's name now and then)."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def _update_chain(
    narrative: "_Narrative", people: PeopleIndex, chain: _Attributed, until: int
) -> _Attributed:
    """Narrative between the chain's last quotation and `until` may hand the chain to
    someone reported as speaking, or break it by introducing someone else. The chain goes on
    when the speaker is the only subject of its sentences ('Mr Luxon has also congratulated
    Lawrence Wong'); a chain with no speaker goes to the one person the narrative names as a
    subject ('Minister Jim Sutton leaves today …'). Before the first quotation, narrative
    that names nobody leaves the release's only minister as the speaker (releases are
    written in their minister's voice)."""
    chain_end = narrative.start
    if until <= chain_end:
        return chain
    continued = _Attributed(False, chain.speaker, chain.mention, Attribution.CONTINUES, chain.where)
    reported, named = narrative.last_reported(until)
    if reported:
        if _is_pronoun(reported[1]) and named:
            reported = named  # 'Annette King says … ¶ …, she says.': the one reported by name
        position, mention = reported
        found = _cued(mention, chain_end + position, people, chain, Attribution.REPORTED)
        return continued if found.speaker is chain.speaker else found  # '“…,” says Mrs Tolley.'
    narrative.read_mentions(people, until)
    if len(narrative.subjects) == 1:
        (subject,) = narrative.subjects.values()
        if subject.person is chain.speaker:
            return continued  # 'Mr Luxon has also congratulated Lawrence Wong …'
        if chain.speaker is not None:
            return _NOBODY  # someone else acts: the text no longer says who speaks
        where = (subject.start, subject.end)
        mention = narrative.body[subject.start : subject.end]
        return _Attributed(False, subject.person, mention, Attribution.NARRATIVE_SUBJECT, where)
    if not narrative.named and not chain.speaker and not chain_end and len(people.ministers) == 1:
        minister = people.ministers[0]
        return _Attributed(False, minister, minister.name, Attribution.SOLE_MINISTER)
    others = people.names_other_than(chain.speaker, chain_end, until)
    return _NOBODY if others else continued


_ROLE_REACH = 160  # characters: the longest role written before a name is shorter
_ROLE_SUBJECT = re.compile(  # 'Today the Minister signed …', 'The Prime Minister will …'
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:(?:Today|Yesterday|Later|Earlier),?\s+)?"
    r"(?P<role>[Tt]he\s+(?:Prime\s+)?Minister)(?!\s+(?:of|for|and|to)\b)"
    r"(?=\s+(?:[a-z]+ly\s+)?[a-z]+\b)"
)
_ROLE_WORDS = re.compile(rf"(?:(?:{CAPITALISED}|of|for|and|the)\s+)*$")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:will\s+|has\s+|is\s+|was\s+)?[a-z]+\b")


def _is_a_subject(body: str, mention: PersonMention) -> bool:
    """'Trade Minister Jim Sutton leaves today', 'Mr Sutton will attend': a name (after its
    role) that opens a sentence and is followed by its verb."""
    reach = max(0, mention.start - _ROLE_REACH)
    start = max(body.rfind(mark, reach, mention.start) for mark in ".!?\n") + 1
    if not start and reach:
        return False  # no sentence starts near enough for what comes before to be a role
    lead = body[start : mention.start].lstrip(" *-•")
    return bool(_ROLE_WORDS.fullmatch(lead)) and bool(_VERB_NEXT.match(body, mention.end))


_Reported = tuple[int, str]  # (position in the narrative, mention) of reported speech


class _Narrative:
    """The narrative after a chain's last quotation, read as it grows paragraph by paragraph:
    the reported speech found in its first part is kept, and only the rest is read again, so
    a release of many paragraphs is read once, not once per paragraph. What a regex finds
    more than MARGIN characters before the end of the text cannot change when text is added
    (no match or attempt is that long), so it is kept; the rest is read again."""

    MARGIN = 2000

    def __init__(self, body: str, start: int, cues: dict[str, re.Pattern[str]]):
        self.body, self.start = body, start
        self.pattern, self.verb = cues["reported"], cues["verb"]
        self._last_certain: _Reported | None = None  # (position, mention) of a match
        self._named_certain: _Reported | None = None  # … of a match that is no pronoun
        self._resume = 0  # where, in the narrative, reading resumes
        self.named = False  # whether it names anyone
        self.subjects: dict[int, PersonMention] = {}  # id of a person -> last subject mention
        self._read_mentions_to = start

    def read_mentions(self, people: PeopleIndex, end: int) -> None:
        """Note the people the narrative names up to `end`, and which are subjects: by name,
        or by a role that opens a sentence ('Today the Minister signed the Covenant')."""
        for mention in people.mentions_between(self._read_mentions_to, end):
            self.named = True
            if _is_a_subject(self.body, mention):
                self.subjects[id(mention.person)] = mention
        for role in _ROLE_SUBJECT.finditer(self.body, self._read_mentions_to, end):
            person = people.resolve(role["role"], role.start("role"))
            if person is not None:
                a, b = role.span("role")
                self.subjects[id(person)] = PersonMention(a, b, role["role"], person, role["role"])
        self._read_mentions_to = max(self._read_mentions_to, end)

    def last_reported(self, end: int) -> tuple[_Reported | None, _Reported | None]:
        """(position in the narrative, mention) of the last reported speech before `end`, and
        of the last that names someone rather than a pronoun."""
        narrative = self.body[self.start : end]
        settled = len(narrative) - self.MARGIN
        last, named = self._last_certain, self._named_certain
        resume = max(self._resume, settled)
        if not self.verb.search(narrative, self._resume):  # cheap, and most narrative has none
            self._resume = resume
            return last, named
        for match in self.pattern.finditer(narrative, self._resume):
            who = next(g for g in ("who", "who2", "who3") if match.group(g))
            found = (match.start(who), match.group(who))
            is_named = not _is_pronoun(found[1])
            if match.end() <= settled:
                self._last_certain, resume = found, max(match.end(), settled)
                if is_named:
                    self._named_certain = found
            elif resume > match.start():
                resume = match.start()
            last = found
            if is_named:
                named = found
        self._resume = max(self._resume, resume)
        return last, named


def _is_pronoun(mention: str) -> bool:
    return mention.lower() in PRONOUNS or mention.lower() == "they"


def _resolve(
    mention: str, position: int, people: PeopleIndex, speaker: Person | None
) -> Person | None:
    """The person a cue names. 'Justice Minister, Tony Ryall' and 'In Wellington, Mr Key' are
    read by the last part between commas that names someone, and 'Ruth Dyson, Minister for
    Social Development and Employment' by its first when the role after it names nobody; in
    a joint statement ('Phil Goff and Marian Hobbs said') the first named speaks, as the
    release's own order of names gives it."""
    if _is_pronoun(mention):
        return speaker or people.last_mentioned_before(position)
    mention = _BRACKETS.sub("", mention)  # 'Minister of Housing (Social Housing) Rawiri Kemp'
    if "," in mention:  # a role's complement names nobody: '…, Managing Director of YouTube Asia'
        parts = [p.strip() for p in mention.split(",")]
        named = [p for p in parts if (n := split_name_phrase(p)).name and not n.after_complement]
        for part in reversed(named[1:]):
            if found := _resolve_part(part, position, people):
                return found
        mention = named[0] if named else mention
    return _resolve_part(mention, position, people)


def _resolve_part(mention: str, position: int, people: PeopleIndex) -> Person | None:
    joint = _JOINT.match(mention)  # not 'Social Services and Employment Minister Steve Maharey'
    first = joint["first"] if joint else ""
    found = people.resolve(first, position) if len(split_name_phrase(first).name) >= 2 else None
    found = found or people.resolve(mention, position)
    named = None if found else _name_before_role().match(mention)
    if named and named[1].split()[0] in word_set("given_names"):
        return people.resolve(named[1], position)  # 'Neil Holdom Mayor of New Plymouth District'
    return found


@cache
def _name_before_role() -> re.Pattern[str]:
    return re.compile(rf"((?:{CAPITALISED}\s+){{1,2}}{CAPITALISED})\s+(?:{alternation('roles')})\b")


_BRACKETS = re.compile(r"\s*\([^()]*\)")
_JOINT = re.compile(r"(?P<first>.+?)\s+(?:and|&)\s+(?=\S)")


# A Markdown link's or image's title ('![Image removed.](/error.svg "This image has been
# removed …")', '[site](http://… "more info")'): text of the page, never anyone's words.
_LINK_TITLE = re.compile(r"\]\([^()\s]*\s+$")
_TITLE_WORDS = 8  # a name or title in marks has at most this many words
_TITLE_REACH = 400  # characters: no title of eight words is longer


def _is_name_or_title(body: str, span: Span, lead: str) -> bool:
    """The ‘Christchurch Call’, the “Tech for Good” summit: capitalised names, not speech."""
    if len(span.pieces) > 1:
        return False
    a, b = span.pieces[0]
    if b - a > _TITLE_REACH:
        return False
    text = body[a:b]
    words = text.split()
    if not words or len(words) > _TITLE_WORDS or re.search(r"[.!?,;:]$|[.!?,;:]\s", text):
        return False
    if _naming_words().search(lead[-_VERB_REACH:]):
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


_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# 'He' or 'She' opening a sentence, before an English word: one with a letter te reo Māori
# does not write ('He ai ki a Parekura Horomia' is te reo: 'according to Parekura Horomia').
_OPENING_PRONOUN = re.compile(r"[\s*•-]*(?=(?:He|She)\s+[a-z]*[bcdfjlqsvxyz])")


class _SentenceSubject:
    """Who the partial quotations of one sentence belong to: the pronoun that opens it (He
    congratulated Hon Max Bradford, noting that “…”), the first person the sentence names
    before them (Bill English … repeated his mantra that … ‘a little red ink’), or the
    person its first pronoun points to. The sentence is read once, however many quotations
    it holds, and never beyond the last of them."""

    def __init__(self, body: str, start: int, people: PeopleIndex):
        self.body, self.start, self.people = body, start, people
        self._runs = RUN.finditer(body, start)
        self._next_run = next(self._runs, None)
        self._found: _Attributed | None = None
        self._pronoun_from = start  # no pronoun starts before this (but a cut one may)
        self._pronoun: re.Match[str] | None = None
        if opening := _OPENING_PRONOUN.match(body, start):
            self._pronoun = _PRONOUN.match(body, opening.end())
            self._next_run = None  # the sentence's subject is its pronoun

    def before(self, position: int, chain: _Attributed) -> _Attributed:
        """The subject for a partial quotation whose mark is at `position`."""
        while self._found is None and self._next_run and self._next_run.start() < position:
            self._try(self._next_run)
            self._next_run = next(self._runs, None)
        if self._found is not None:
            return self._found
        if self._pronoun is None and self._pronoun_from < position:
            self._pronoun = _PRONOUN.search(self.body, self._pronoun_from, position)
            self._pronoun_from = max(self.start, position - 3)
        if self._pronoun is not None:
            pronoun = self._pronoun
            person = _resolve(pronoun.group(), pronoun.start(), self.people, chain.speaker)
            return _Attributed(
                True, person, pronoun.group(), Attribution.SENTENCE_SUBJECT, pronoun.span()
            )
        return _Attributed(True, None, None, Attribution.SENTENCE_SUBJECT)

    def _try(self, run: re.Match[str]) -> None:
        """A run is the subject when the release names a person in it ('Tutaepatu Lagoon',
        capitalised like a name, is not one) or it is a role a person holds ('the Minister')."""
        parts = split_name_phrase(run.group())
        if parts.name or parts.roles:
            person = self.people.person_named_in(run.start(), run.end())
            if person is None and not parts.name:
                person = self.people.resolve(run.group(), run.start())
            if person is not None:
                self._found = _Attributed(
                    True, person, run.group(), Attribution.SENTENCE_SUBJECT, run.span()
                )
