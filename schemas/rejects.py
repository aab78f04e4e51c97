import pandera.pandas as pa
from pandera.typing import Series

from pipeline.ingest.records import RejectReason
from schemas.releases import SHA256
from schemas.types import Int, String

REASONS = [r.value for r in RejectReason]


class Rejects(pa.DataFrameModel):
    source_path: Series[String] = pa.Field(
        unique=True, description="Path of the raw file, relative to the raw directory."
    )
    reason: Series[String] = pa.Field(
        isin=REASONS,
        description="Stable short code: " + ", ".join(REASONS) + ".",
    )
    detail: Series[String] = pa.Field(
        str_length={"min_value": 1},
        description="What is wrong, naming the field, line or the file it duplicates.",
    )
    line: Series[Int] = pa.Field(
        nullable=True, ge=1, description="Line of the raw file where the problem is, if known."
    )
    source_sha256: Series[String] = pa.Field(
        nullable=True,
        str_matches=SHA256,
        description="SHA-256 of the raw file's bytes (null when it could not be read).",
    )

    class Config:
        description = (
            "One row per raw file that could not be accepted. Every *.md file under the raw "
            "directory is in exactly one of releases or rejects."
        )
        strict = True
        ordered = True
        unique = ["source_path"]  # a key; rows are published sorted by it
