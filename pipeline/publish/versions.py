"""Immutable, versioned publication of the dataset under <output>/releases/ (a local folder or
any fsspec URI).

A version is assembled in a hidden staging directory, flushed to disk and renamed into place,
so readers see either the whole version or none of it. Publishing the same content again is a
no-op. index.json, index.html and `latest` are rebuilt from the versions' own manifests at
the start of every publish (before deciding whether anything changed), so a crash between the
rename and their update heals on the next run; staging folders of runs that died are removed
then too.
"""

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from pipeline.build.memory import release_memory
from pipeline.build.parquet import write_table
from pipeline.build.sql import Source, row_count
from pipeline.contracts import data_dictionary
from pipeline.durable import atomic_write, exclusive, fsync_path, fsync_tree
from pipeline.publish import card, changes, page
from pipeline.publish.database import DUCKDB_FILE, write_duckdb
from pipeline.publish.lease import publishing_lease
from schemas import SCHEMA_VERSION, TABLES

VERSION_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})\.(\d+)$")
DICTIONARY_FILE = "DATA_DICTIONARY.md"
# The newest version's index.json entry, for programs (on object storage `latest` is only a
# name, with no symlink to follow)
LATEST_FILE = "latest.json"
# A previous version's table, when it can be read: (version, table) -> its Parquet file (or
# its rows) or None
ReadPrevious = Callable[[str, str], Source | None]
# The building code's scores on the gold sets, computed only when a new version is staged
Scores = Callable[[], Mapping[str, Mapping[str, Any]]]


DEFAULT_MAX_RELEASE_DROP = 0.10


class PublicationRefused(RuntimeError):
    """The tables look like a broken input, not like the archive: nothing is published."""


@dataclass(frozen=True)
class Guard:
    """What a new version may not do: have no releases, or lose more than `max_drop` (a
    share) of the previous version's releases. `source` names the input for the message."""

    source: str = "the raw directory"
    max_drop: float = DEFAULT_MAX_RELEASE_DROP


@dataclass(frozen=True)
class _Source:
    """What a version was built from, beyond its tables: recorded in its manifest."""

    raw_commit: str | None = None
    raw_inventory: str | None = None
    evaluation: Scores | None = None


@dataclass(frozen=True)
class Publication:
    version: str
    location: str  # a local path, or a URI on object storage
    created: bool
    manifest: dict[str, Any]


def publish_version(
    tables: Mapping[str, Source],
    output: str | Path,
    now: datetime | None = None,
    guard: Guard | None = None,
    raw_commit: str | None = None,
    raw_inventory: str | None = None,
    evaluation: Scores | None = None,
) -> Publication:
    """Publish the tables as a new version under <output>/releases/, unless the latest
    version has the same content. `output` is a local path or any fsspec URI (s3://…, gs://…,
    memory://…); object storage gets the same files, with `latest` as a small text file
    naming the newest version instead of a symlink. `evaluation` gives the building code's
    scores on the committed gold releases (evaluation.score_gold) for quality.json; it is
    called only when the content is new, so an unchanged republish does not pay for it.
    Each table is an Arrow table or its Parquet file as the build wrote it (copied as is);
    once staged, a version's files are read from disk, a column or a query at a time."""
    if set(tables) != set(TABLES):
        raise ValueError(
            f"a version needs exactly the tables {sorted(TABLES)}, got {sorted(tables)}"
        )
    now = now or datetime.now(UTC)
    guard = guard or Guard()
    fs, root = fsspec.core.url_to_fs(str(output))
    source = _Source(raw_commit, raw_inventory, evaluation)
    if isinstance(fs, LocalFileSystem):
        return _publish_local(tables, Path(root) / "releases", now, guard, source)
    return _publish_remote(tables, fs, f"{root.rstrip('/')}/releases", now, guard, source)


def check_release_count(releases: int, previous: dict[str, Any] | None, guard: Guard) -> None:
    """Refuse a version with no releases, or one that lost more than the guard allows: an
    emptied or half-synced raw directory must not replace a good version as `latest`."""
    if releases == 0:
        raise PublicationRefused(
            f"no releases were accepted from {guard.source}: nothing was published"
            + (f" and latest stays {previous['version']}" if previous else "")
            + ". Point BEEHIVE_RAW_DIR at the folder of Markdown releases."
        )
    if previous is None:
        return
    before = rows_of(previous)["releases"]
    if before and releases < before * (1 - guard.max_drop):
        raise PublicationRefused(
            f"{releases} releases from {guard.source}, {before - releases} fewer than the "
            f"{before} of version {previous['version']} (more than {guard.max_drop:.0%} fewer):"
            f" nothing was published and latest stays {previous['version']}. If the archive"
            " really shrank, set BEEHIVE_MAX_RELEASE_DROP (a share, e.g. 0.5) and run again."
        )


def _publish_local(
    tables: Mapping[str, Source],
    releases_dir: Path,
    now: datetime,
    guard: Guard,
    source: _Source,
) -> Publication:
    releases_dir.mkdir(parents=True, exist_ok=True)
    with exclusive(releases_dir):  # two runs cannot claim the same version name
        for leftover in releases_dir.glob(".staging-*"):  # no one else stages while we hold it
            shutil.rmtree(leftover, ignore_errors=True)
        _refresh_index_and_latest(releases_dir)
        previous = _versions(releases_dir)
        last = previous[-1] if previous else None
        check_release_count(row_count(tables["releases"]), last, guard)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=releases_dir))
        try:
            manifest = _stage(tables, staging, previous, now, _local_reader(releases_dir), source)
            if manifest is None:
                shutil.rmtree(staging)
                latest = previous[-1]
                return Publication(
                    latest["version"], str(releases_dir / latest["version"]), False, latest
                )
            for path in sorted(staging.rglob("*"), reverse=True):
                path.chmod(0o755 if path.is_dir() else 0o444)
            staging.chmod(0o755)
            fsync_tree(staging)
            staging.rename(releases_dir / manifest["version"])
            fsync_path(releases_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _refresh_index_and_latest(releases_dir)
    return Publication(manifest["version"], str(releases_dir / manifest["version"]), True, manifest)


def _publish_remote(
    tables: Mapping[str, Source],
    fs: fsspec.AbstractFileSystem,
    releases: str,
    now: datetime,
    guard: Guard,
    source: _Source,
) -> Publication:
    """Object storage has no atomic rename: a version's files are uploaded first and become
    visible when index.json, written last in one request, lists it. Runs take turns through
    a lease object (lease.py), since no file lock reaches object storage."""
    with publishing_lease(fs, releases):
        index = _remote_index(fs, releases)
        check_release_count(row_count(tables["releases"]), index[-1] if index else None, guard)
        with tempfile.TemporaryDirectory(prefix="beehive-publish-") as tmp:
            manifest = _stage(tables, Path(tmp), index, now, _remote_reader(fs, releases), source)
            if manifest is None:
                latest = index[-1]["version"]
                manifest = json.loads(fs.cat_file(f"{releases}/{latest}/manifest.json"))
                return Publication(
                    latest, f"{fs.unstrip_protocol(releases)}/{latest}", False, manifest
                )
            target = f"{releases}/{manifest['version']}"
            # the manifest last: a version whose manifest is there is whole (see _remote_index)
            files = [p for p in Path(tmp).rglob("*") if p.is_file()]
            for path in sorted(files, key=lambda p: (p.name == "manifest.json", str(p))):
                fs.put_file(str(path), f"{target}/{path.relative_to(tmp).as_posix()}")
        _write_remote_root(fs, releases, [*index, _summary(manifest)])
        return Publication(manifest["version"], fs.unstrip_protocol(target), True, manifest)


def _stage(
    tables: Mapping[str, Source],
    staging: Path,
    previous: list[dict[str, Any]],
    now: datetime,
    read_previous: ReadPrevious,
    source: _Source | None = None,
) -> dict[str, Any] | None:
    """Write a version's files into a local folder and return its manifest; None (and
    nothing worth keeping) when the content equals the latest version's."""
    release_memory()  # what the build and the checks held
    staged = {name: staging / f"{name}.parquet" for name in TABLES}
    files = {name: _place(tables[name], staged[name]) for name in TABLES}
    content = _content_sha256(files)
    latest = previous[-1] if previous else None
    if latest and latest["content_sha256"] == content:
        return None
    source = source or _Source()
    # dataset.duckdb takes longest (DuckDB compresses every table again, in its own threads
    # and without the GIL): it is written while this thread scores, summarises and compares
    # with the previous version. Leaving the block waits for it, whatever happened.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dataset-duckdb") as pool:
        database = pool.submit(write_duckdb, staged, staging / DUCKDB_FILE)
        scores = source.evaluation() if source.evaluation else None
        summed = {
            name: pq.read_table(staged[name], columns=cols) for name, cols in card.READS.items()
        }
        manifest: dict[str, Any] = {
            "version": next_version_name([m["version"] for m in previous], now.date()),
            "schema_version": SCHEMA_VERSION,
            "created_at": now.isoformat(timespec="seconds"),
            "previous_version": latest["version"] if latest else None,
            "content_sha256": content,
            "rejected_count": files["rejects"]["rows"],
            "tables": files,
            "coverage": card.coverage(summed["releases"]),
            "build": card.build_info(
                summed, {"raw_commit": source.raw_commit, "raw_inventory": source.raw_inventory}
            ),
            "quality": card.quality_summary(summed, scores),
        }
        feed = {
            name: changes.table_changes(
                name, staged[name], read_previous(latest["version"], name) if latest else None
            )
            for name in changes.CHANGE_KEYS
        }
        (staging / "changes").mkdir()
        manifest["changes"] = {
            "against": manifest["previous_version"],
            "counts": changes.summary(feed),
            "files": {
                name: _place(rows, staging / "changes" / f"{name}.parquet", "changes/")
                for name, rows in feed.items()
            },
        }
        database.result()  # raises its error, if any
    documents = {
        DICTIONARY_FILE: data_dictionary(),
        card.LICENCE_FILE: card.licence_text(manifest),
        card.CITATION_FILE: card.citation_cff(manifest),
        card.CARD_FILE: card.dataset_card(
            manifest,
            changes.summary_text(manifest["changes"]["counts"], manifest["previous_version"]),
        ),
        card.PACKAGE_FILE: card.json_text(card.data_package(manifest)),
        card.QUALITY_FILE: card.json_text(
            card.quality_report(summed, manifest, rows_of(latest) if latest else None, scores)
        ),
    }
    for name, text in documents.items():
        (staging / name).write_text(text, encoding="utf-8")
    manifest["files"] = {n: _describe(staging / n) for n in (DUCKDB_FILE, *documents)}
    (staging / "manifest.json").write_text(_json(manifest), encoding="utf-8")
    return manifest


def rows_of(entry: Mapping[str, Any]) -> dict[str, int]:
    """Row counts of a version, from its manifest or its index.json entry."""
    if "rows" in entry:
        return dict(entry["rows"])
    return {name: int(t["rows"]) for name, t in entry["tables"].items()}


def _local_reader(releases_dir: Path) -> ReadPrevious:
    def read(version: str, table: str) -> Path | None:
        path = releases_dir / version / f"{table}.parquet"
        return path if path.is_file() else None

    return read


def _remote_reader(fs: fsspec.AbstractFileSystem, releases: str) -> ReadPrevious:
    def read(version: str, table: str) -> pa.Table | None:
        path = f"{releases}/{version}/{table}.parquet"
        if not fs.exists(path):
            return None
        with fs.open(path, "rb") as handle:
            return pq.read_table(handle)

    return read


def latest_manifest(output: str | Path) -> dict[str, Any] | None:
    """The manifest of the newest version published under <output>/releases/, if any."""
    fs, root = fsspec.core.url_to_fs(str(output))
    index_path = f"{root.rstrip('/')}/releases/index.json"
    if not fs.exists(index_path):
        return None
    index = json.loads(fs.cat_file(index_path))
    if not index:
        return None
    path = f"{root.rstrip('/')}/releases/{index[-1]['version']}/manifest.json"
    manifest: dict[str, Any] = json.loads(fs.cat_file(path))
    return manifest


UNCHANGED_FILE = "unchanged.json"  # in the cache: an input that rebuilt the latest version


def unchanged_version(
    latest: Mapping[str, Any] | None,
    output: str | Path,
    cache_dir: Path,
    built_from: tuple[str, ...],
) -> str | None:
    """The latest version, when it was built from exactly this input: the same raw
    inventory fingerprint, extraction code key and schema version (`built_from`), as its
    manifest records them or as a run that rebuilt it unchanged remembered them. None when
    anything differs, or nothing was published yet: then the run builds everything.
    `latest` is the manifest of the latest version under `output` (latest_manifest)."""
    if latest is None:
        return None
    build = latest.get("build", {})
    recorded = (build.get("raw_inventory"), build.get("extraction_key"), latest["schema_version"])
    version = str(latest["version"])
    if recorded == tuple(built_from) or _remembered(output, cache_dir, version) == built_from:
        return version
    return None


def remember_unchanged(
    output: str | Path, cache_dir: Path, version: str, built_from: tuple[str, ...]
) -> None:
    """Versions are immutable: when a run's tables equal the latest version's (built from
    other raw bytes, or before manifests recorded their inventory), the input is remembered
    in the cache so that the next run with it stops after the inventory."""
    record = {"output": str(output), "version": version, "built_from": list(built_from)}
    cache_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(cache_dir / UNCHANGED_FILE, _json(record).encode())


def _remembered(output: str | Path, cache_dir: Path, version: str) -> tuple[str, ...] | None:
    try:
        record = json.loads((cache_dir / UNCHANGED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("output") != str(output) or record.get("version") != version:
        return None
    return tuple(record.get("built_from") or ())


def next_version_name(existing: list[str], day: date) -> str:
    """YYYY-MM-DD.N, N counting from 0 within the day."""
    taken = [
        int(m[2]) for v in existing if (m := VERSION_NAME.match(v)) and m[1] == day.isoformat()
    ]
    return f"{day.isoformat()}.{max(taken, default=-1) + 1}"


def read_manifest(version_dir: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((version_dir / "manifest.json").read_text("utf-8"))
    return manifest


def _versions(releases_dir: Path) -> list[dict[str, Any]]:
    """Manifests of every published version, oldest first."""
    found = [
        (m[1], int(m[2]), p)
        for p in releases_dir.iterdir()
        if (m := VERSION_NAME.match(p.name)) and (p / "manifest.json").is_file()
    ]
    return [read_manifest(p) for _, _, p in sorted(found)]


def _root_files(index: list[dict[str, Any]]) -> dict[str, bytes]:
    """The files at the releases root besides `latest`, all derived from index.json's
    entries (oldest first), index.json itself first."""
    files = {
        "index.json": _json(index).encode(),
        page.PAGE_FILE: page.index_page(index).encode(),
        card.CATALOG_FILE: card.CATALOG_SQL.encode(),
    }
    if index:
        files[LATEST_FILE] = _json(index[-1]).encode()
    return files


def _write_remote_root(fs: fsspec.AbstractFileSystem, releases: str, index: list[Any]) -> None:
    """The root files on object storage, each only when its bytes differ, and `latest` (a
    small file naming the newest version) last."""
    files = _root_files(index)
    if index:
        files["latest"] = index[-1]["version"].encode()
    for name, data in files.items():
        path = f"{releases}/{name}"
        if not fs.exists(path) or fs.cat_file(path) != data:
            fs.pipe_file(path, data)


def _refresh_index_and_latest(releases_dir: Path) -> None:
    manifests = _versions(releases_dir)
    for name, data in _root_files([_summary(m) for m in manifests]).items():
        _write_if_changed(releases_dir / name, data)
    link = releases_dir / "latest"
    if manifests and (not link.is_symlink() or os.readlink(link) != manifests[-1]["version"]):
        tmp = releases_dir / f".latest-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(manifests[-1]["version"], target_is_directory=True)
        tmp.replace(link)
        fsync_path(releases_dir)


def _write_if_changed(path: Path, data: bytes) -> None:
    """An unchanged file keeps its timestamp, so caches and mirrors do not fetch it again."""
    if not path.is_file() or path.read_bytes() != data:
        atomic_write(path, data)


def _remote_index(fs: fsspec.AbstractFileSystem, releases: str) -> list[dict[str, Any]]:
    """index.json on object storage, with any version uploaded whole but never listed (a run
    that died before writing the index) added, and the root files (`latest`, index.html …)
    made to match it (also where they predate a file)."""
    index_path = f"{releases}/index.json"
    index: list[dict[str, Any]] = (
        json.loads(fs.cat_file(index_path)) if fs.exists(index_path) else []
    )
    listed = {entry["version"] for entry in index}
    found = sorted(
        (m[1], int(m[2]), name)
        for path in (fs.ls(releases, detail=False) if fs.exists(releases) else [])
        if (m := VERSION_NAME.match(name := str(path).rstrip("/").rsplit("/", 1)[-1]))
    )
    for *_, name in found:
        manifest_path = f"{releases}/{name}/manifest.json"
        if name not in listed and fs.exists(manifest_path):  # written last: the version is whole
            index.append(_summary(json.loads(fs.cat_file(manifest_path))))
    index.sort(key=lambda entry: _version_order(entry["version"]))
    _write_remote_root(fs, releases, index)
    return index


def _version_order(version: str) -> tuple[str, int]:
    day, _, number = version.partition(".")
    return day, int(number)


def _summary(manifest: dict[str, Any]) -> dict[str, Any]:
    """A version's entry in index.json."""
    return {
        "version": manifest["version"],
        "created_at": manifest["created_at"],
        "schema_version": manifest["schema_version"],
        "previous_version": manifest["previous_version"],
        "content_sha256": manifest["content_sha256"],
        "rejected_count": manifest["rejected_count"],
        "rows": {name: t["rows"] for name, t in manifest["tables"].items()},
        **{key: manifest[key] for key in ("coverage", "quality") if key in manifest},
        **({"changes": manifest["changes"]["counts"]} if "changes" in manifest else {}),
        "files": {
            **{t["path"]: t["bytes"] for t in manifest["tables"].values()},
            **{
                f["path"]: f["bytes"] for f in manifest.get("changes", {}).get("files", {}).values()
            },
            **{name: f["bytes"] for name, f in manifest.get("files", {}).items()},
        },
    }


def _place(source: Source, path: Path, folder: str = "") -> dict[str, Any]:
    """A table as a published Parquet file (build/parquet.py): written from Arrow, or copied
    from the file the build wrote, which has the same bytes."""
    if isinstance(source, Path):
        shutil.copyfile(source, path)
    else:
        write_table(source, path)
    return {"path": folder + path.name, "rows": row_count(path), **_describe(path)}


def _describe(path: Path) -> dict[str, Any]:
    return {"bytes": path.stat().st_size, "sha256": _sha256(path)}


def _content_sha256(files: Mapping[str, dict[str, Any]]) -> str:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "tables": {n: f["sha256"] for n, f in files.items()},
    }
    return hashlib.sha256(_json(payload).encode()).hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
