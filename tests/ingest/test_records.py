"""What ingesting gives: release records and stable reject codes."""

import dataclasses

from pipeline import contracts
from pipeline.ingest.records import Release


def test_a_release_record_has_exactly_the_columns_of_releases():
    fields = [f.name for f in dataclasses.fields(Release)]
    assert fields == [c.name for c in contracts.columns("releases")]
