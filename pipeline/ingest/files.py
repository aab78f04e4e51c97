"""The entries of a raw directory, and the bytes of one release file.

`list_raw_entries` walks the directory entry by entry: every file named *.md is a release
file, and every entry that cannot be one (a loop of links, a FIFO named *.md, a link leading
out of the directory, a name that is not UTF-8, a folder that cannot be listed) is a
`Rejection` for the rejects table; the walk always goes on. `count_raw_entries` lists the
same directory a second, independent way (os.walk), so that a check can prove that nothing
was skipped.
"""

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.records import Rejection, RejectReason

SUFFIX = ".md"


@dataclass(frozen=True, slots=True)
class RawFile:
    """A raw file's bytes and their SHA-256, hashed once when read, however often asked."""

    source_path: str
    data: bytes | None
    rejection: Rejection | None = None
    sha256: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.data is not None:
            object.__setattr__(self, "sha256", hashlib.sha256(self.data).hexdigest())


@dataclass
class RawEntries:
    """Release files (relative paths) and the entries that cannot be read as one."""

    files: list[str] = field(default_factory=list)
    problems: dict[str, Rejection] = field(default_factory=dict)


def printable(relative: str) -> str:
    """A path as text: bytes of a name that is not UTF-8 are written as \\xNN."""
    return os.fsencode(relative).decode("utf-8", "backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def list_raw_entries(raw_dir: Path) -> RawEntries:
    """Every release file below the raw directory and every entry that cannot be one."""
    root = raw_dir.resolve()
    found = RawEntries()
    pending = [("", os.fspath(raw_dir))]
    while pending:
        prefix, folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as error:
            found.problems[printable(prefix.rstrip("/") or ".")] = Rejection(
                RejectReason.UNREADABLE,
                f"the folder could not be listed ({error.strerror}): the releases in it are "
                "missing; make it readable",
            )
            continue
        for entry in entries:
            relative = prefix + entry.name
            if not _is_utf8(entry.name):
                if entry.name.endswith(SUFFIX) or _is_folder(entry):
                    found.problems[printable(relative)] = Rejection(
                        RejectReason.BAD_FILE_NAME,
                        "the name is not valid UTF-8, so it cannot be stored as text; rename it",
                    )
            elif entry.is_symlink():
                _link(entry, relative, root, found)
            elif _is_folder(entry):
                pending.append((relative + "/", entry.path))
            elif entry.name.endswith(SUFFIX):
                if entry.is_file(follow_symlinks=False):
                    found.files.append(relative)
                else:
                    found.problems[relative] = _not_a_file()
    found.files.sort()
    return found


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _link(entry: os.DirEntry[str], relative: str, root: Path, found: RawEntries) -> None:
    """A link is followed only to a regular file inside the raw directory. A link to a folder
    inside it is passed over (its files are listed where they are)."""
    try:
        target = Path(entry.path).resolve(strict=True)
        is_folder = target.is_dir()
    except (OSError, RuntimeError) as error:
        if entry.name.endswith(SUFFIX):
            found.problems[relative] = Rejection(
                RejectReason.BROKEN_LINK,
                f"the link leads nowhere ({getattr(error, 'strerror', None) or error}); "
                "fix or remove it",
            )
        return
    inside = target == root or root in target.parents
    if not inside and (is_folder or entry.name.endswith(SUFFIX)):
        found.problems[relative] = Rejection(
            RejectReason.OUTSIDE_RAW_DIR,
            f"the link leads out of the raw directory (to {target}) and is not followed; "
            "copy or move what it points to into the raw directory",
        )
    elif entry.name.endswith(SUFFIX):
        if is_folder or not target.is_file():
            found.problems[relative] = _not_a_file()
        else:
            found.files.append(relative)


def _not_a_file() -> Rejection:
    return Rejection(
        RejectReason.NOT_A_FILE,
        "the entry is named *.md but is not a regular file (a folder link, FIFO, socket or "
        "device); remove or rename it",
    )


def count_raw_entries(raw_dir: Path) -> list[str]:
    """The entries a run must account for, listed independently of `list_raw_entries` (by
    os.walk): every non-folder entry named *.md, every link to a folder outside the raw
    directory, every folder that could not be listed."""
    root = raw_dir.resolve()
    entries: list[str] = []

    def unlisted(error: OSError) -> None:
        relative = os.path.relpath(error.filename, raw_dir) if error.filename else "."
        entries.append(printable(relative))

    for folder, folders, files in os.walk(raw_dir, onerror=unlisted):
        relative = os.path.relpath(folder, raw_dir)
        prefix = "" if relative == "." else relative + "/"
        entries += [printable(prefix + n) for n in files if n.endswith(SUFFIX)]
        walked = []
        for name in folders:
            path = os.path.join(folder, name)
            if not _is_utf8(name):
                entries.append(printable(prefix + name))
            elif os.path.islink(path):
                outside = os.path.commonpath([os.path.realpath(path), root]) != os.fspath(root)
                if name.endswith(SUFFIX) or outside:
                    entries.append(prefix + name)
            else:
                walked.append(name)
        folders[:] = walked
    return sorted(entries)


def read_raw_file(raw_dir: Path | str, source_path: str, max_bytes: int | None = None) -> RawFile:
    """A raw file's bytes, or why they cannot be read; `source_path` is relative. Never
    blocks on a FIFO and never reads more than max_bytes + 1 bytes."""
    try:
        descriptor = os.open(os.path.join(raw_dir, source_path), os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        return RawFile(source_path, None, _unreadable(error))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return RawFile(source_path, None, _not_a_file())
        if max_bytes is not None and status.st_size > max_bytes:
            return RawFile(source_path, None, too_large(status.st_size, max_bytes))
        data = _read(descriptor, status.st_size, max_bytes)
    except OSError as error:
        return RawFile(source_path, None, _unreadable(error))
    finally:
        os.close(descriptor)
    if max_bytes is not None and len(data) > max_bytes:
        return RawFile(source_path, None, too_large(len(data), max_bytes))
    return RawFile(source_path, data)


def _read(descriptor: int, expected: int, max_bytes: int | None) -> bytes:
    """The file's bytes, in as few reads as its size allows, never more than max_bytes + 1
    (a file may grow after it was measured)."""
    limit = None if max_bytes is None else max_bytes + 1
    chunks, size = [], 0
    while limit is None or size < limit:
        want = expected + 1 - size if expected >= size else 1 << 16
        chunk = os.read(descriptor, want if limit is None else min(want, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def too_large(size: int, max_bytes: int) -> Rejection:
    return Rejection(
        RejectReason.TOO_LARGE,
        f"the file has {size:,} bytes, more than the {max_bytes:,} a release may have "
        "(BEEHIVE_MAX_FILE_BYTES); check it is a release, or raise the limit",
    )


def _unreadable(error: OSError) -> Rejection:
    return Rejection(
        RejectReason.UNREADABLE,
        f"the file could not be read ({error.strerror or error}); check its permissions",
    )
