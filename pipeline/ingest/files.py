"""Finding the raw release files below a folder and reading their bytes."""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RawFile:
    source_path: str
    data: bytes | None
    error: str | None = None

    @property
    def sha256(self) -> str | None:
        return None if self.data is None else hashlib.sha256(self.data).hexdigest()


def find_raw_files(raw_dir: Path) -> list[str]:
    """Every `*.md` file below the raw directory, as paths relative to it, in a stable order.
    Like os.walk: symlinked folders are not followed and unreadable folders are skipped; the
    directory entries' own types are used, so listing 50,000 files costs no stat calls."""
    found, pending = [], [("", os.fspath(raw_dir))]
    while pending:
        prefix, folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        pending.append((f"{prefix}{entry.name}/", entry.path))
                    elif entry.name.endswith(".md") and entry.is_file():
                        found.append(prefix + entry.name)
        except OSError:
            continue
    return sorted(found)


def read_raw_file(raw_dir: Path | str, source_path: str) -> RawFile:
    """A raw file's bytes, or why they could not be read; `source_path` is relative."""
    try:
        with open(os.path.join(raw_dir, source_path), "rb", buffering=0) as handle:
            return RawFile(source_path, handle.readall())  # unbuffered: half the cost
    except OSError as exc:
        return RawFile(source_path, None, error=exc.strerror or str(exc))
