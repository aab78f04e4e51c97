"""One release through every extractor: the unit of work of the extract stage."""

from dataclasses import replace

from pipeline.extract.actors import extract_actors
from pipeline.extract.figures import extract_figures
from pipeline.extract.names import canonical_person_name, is_a_name_form
from pipeline.extract.people import PeopleIndex
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.records import Extraction
from pipeline.extract.text import TextIndex
from pipeline.ingest.parse import dedupe
from pipeline.ingest.records import Release


def extract_release(release: Release) -> Extraction:
    """Quotes, figures, actor mentions and portfolio holdings of one release, and the release
    with its ministers' canonical names ('Rt Hon Jacinda Ardern' -> 'Jacinda Ardern'), less
    front-matter entries that are no name."""
    ministers = (canonical_person_name(m) for m in release.ministers if is_a_name_form(m))
    release = replace(release, ministers=dedupe(ministers))
    people = PeopleIndex(release.body, release.ministers, release.portfolios)
    index = TextIndex(release.body)
    quotes = extract_quotes(release.release_id, release.body, people, index)
    figures = extract_figures(release.release_id, release.body, quotes, index)
    actors = extract_actors(release.release_id, people, release.portfolios, quotes)
    return Extraction(
        release, quotes, figures, actors.mentions, actors.portfolios, actors.redirects
    )
