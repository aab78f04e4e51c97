"""One release through every extractor: the unit of work of the extract stage."""

from dataclasses import replace

from pipeline.extract.actors import extract_actors
from pipeline.extract.figures import extract_figures
from pipeline.extract.names import canonical_person_name, is_a_name_form
from pipeline.extract.people import PeopleIndex
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.records import Extraction, Mention, MentionSpan, Quote
from pipeline.extract.text import TextIndex, unwrapped
from pipeline.ingest.parse import dedupe
from pipeline.ingest.records import Release


def extract_release(release: Release) -> Extraction:
    """Quotes, figures, actor mentions and portfolio holdings of one release, and the release
    with its ministers' canonical names ('Rt Hon Jacinda Ardern' -> 'Jacinda Ardern'), less
    front-matter entries that are no name."""
    ministers = (canonical_person_name(m) for m in release.ministers if is_a_name_form(m))
    release = replace(release, ministers=dedupe(ministers))
    text = unwrapped(release.body)
    people = PeopleIndex(text, release.ministers, release.portfolios)
    index = TextIndex(release.body)
    quotes = extract_quotes(release.release_id, release.body, people, index)
    figures = extract_figures(release.release_id, release.body, quotes, index)
    actors = extract_actors(release.release_id, people, release.portfolios, quotes)
    mentions = actors.mentions
    if text != release.body:  # names were read across line breaks: surfaces are the body's
        quotes = [_speaker_in(release.body, q) for q in quotes]
        mentions = [_spans_in(release.body, m) for m in mentions]
    return Extraction(release, quotes, figures, mentions, actors.portfolios, actors.redirects)


def _speaker_in(body: str, quote: Quote) -> Quote:
    """The quotation with its speaker's words as the body writes them."""
    if quote.speaker_char_start is None or quote.speaker_char_end is None:
        return quote
    return replace(quote, speaker_mention=body[quote.speaker_char_start : quote.speaker_char_end])


def _spans_in(body: str, mention: Mention) -> Mention:
    """The mention with its spans' surfaces as the body writes them ('New  \nZealand')."""
    spans = tuple(MentionSpan(a, b, body[a:b]) for a, b, _ in mention.spans)
    read = {s.surface for s in mention.spans}
    surfaces = {s for s in mention.surfaces if s not in read} | {s.surface for s in spans}
    return replace(mention, spans=spans, surfaces=tuple(sorted(surfaces)))
