"""Immutable, versioned publication of the dataset under <output>/releases/.

A version is assembled in a hidden staging directory and renamed into place, so readers see
either the whole version or none of it. Publishing the same content again is a no-op.
index.json and `latest` are rebuilt from the versions' own manifests on every publish, so a
crash between the rename and their update heals on the next run.
"""

import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import columns, data_dictionary, table_description
from schemas import SCHEMA_VERSION, TABLES

VERSION_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})\.(\d+)$")
DUCKDB_FILE = "dataset.duckdb"
DICTIONARY_FILE = "DATA_DICTIONARY.md"


@dataclass(frozen=True)
class Publication:
    version: str
    path: Path
    created: bool
    manifest: dict


def publish_version(
    tables: Mapping[str, pa.Table], output_dir: Path, now: datetime | None = None
) -> Publication:
    """Publish the tables as a new version, unless the latest version has the same content."""
    if set(tables) != set(TABLES):
        raise ValueError(
            f"a version needs exactly the tables {sorted(TABLES)}, got {sorted(tables)}"
        )
    now = now or datetime.now(UTC)
    releases_dir = output_dir / "releases"
    releases_dir.mkdir(parents=True, exist_ok=True)
    with _publish_lock(releases_dir):
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=releases_dir))
        try:
            files = {
                name: _write_parquet(tables[name], staging / f"{name}.parquet") for name in TABLES
            }
            content = _content_sha256(files)
            previous = _versions(releases_dir)
            latest = previous[-1] if previous else None
            if latest and latest["content_sha256"] == content:
                shutil.rmtree(staging)
                return Publication(
                    latest["version"], releases_dir / latest["version"], False, latest
                )
            version = next_version_name([m["version"] for m in previous], now.date())
            manifest = {
                "version": version,
                "schema_version": SCHEMA_VERSION,
                "created_at": now.isoformat(timespec="seconds"),
                "previous_version": latest["version"] if latest else None,
                "content_sha256": content,
                "rejected_count": files["rejects"]["rows"],
                "tables": files,
            }
            _write_duckdb(staging, staging / DUCKDB_FILE)
            (staging / DICTIONARY_FILE).write_text(data_dictionary(), encoding="utf-8")
            manifest["files"] = {n: _describe(staging / n) for n in (DUCKDB_FILE, DICTIONARY_FILE)}
            (staging / "manifest.json").write_text(_json(manifest), encoding="utf-8")
            for path in staging.iterdir():
                path.chmod(0o444)
            staging.chmod(0o755)
            staging.rename(releases_dir / version)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _refresh_index_and_latest(releases_dir)
    return Publication(version, releases_dir / version, True, manifest)


def next_version_name(existing: list[str], day: date) -> str:
    """YYYY-MM-DD.N, N counting from 0 within the day."""
    taken = [
        int(m[2]) for v in existing if (m := VERSION_NAME.match(v)) and m[1] == day.isoformat()
    ]
    return f"{day.isoformat()}.{max(taken, default=-1) + 1}"


def read_manifest(version_dir: Path) -> dict:
    return json.loads((version_dir / "manifest.json").read_text(encoding="utf-8"))


def _versions(releases_dir: Path) -> list[dict]:
    """Manifests of every published version, oldest first."""
    found = [
        (m[1], int(m[2]), p)
        for p in releases_dir.iterdir()
        if (m := VERSION_NAME.match(p.name)) and (p / "manifest.json").is_file()
    ]
    return [read_manifest(p) for _, _, p in sorted(found)]


def _refresh_index_and_latest(releases_dir: Path) -> None:
    manifests = _versions(releases_dir)
    index = [
        {
            "version": m["version"],
            "created_at": m["created_at"],
            "schema_version": m["schema_version"],
            "previous_version": m["previous_version"],
            "content_sha256": m["content_sha256"],
            "rejected_count": m["rejected_count"],
            "rows": {name: t["rows"] for name, t in m["tables"].items()},
        }
        for m in manifests
    ]
    _atomic_write(releases_dir / "index.json", _json(index))
    if manifests:
        link = releases_dir / "latest"
        tmp = releases_dir / f".latest-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(manifests[-1]["version"], target_is_directory=True)
        tmp.replace(link)


def _write_parquet(table: pa.Table, path: Path) -> dict:
    pq.write_table(table, path, compression="zstd", write_statistics=True)
    return {"path": path.name, "rows": table.num_rows, **_describe(path)}


def _describe(path: Path) -> dict:
    return {"bytes": path.stat().st_size, "sha256": _sha256(path)}


def _write_duckdb(version_dir: Path, db_path: Path) -> None:
    """The version's tables stored inside one DuckDB file, with the contracts as comments."""
    with duckdb.connect(str(db_path)) as con:
        for name in TABLES:
            parquet = (version_dir / f"{name}.parquet").as_posix()
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet({_sql(parquet)})")
            con.execute(f"COMMENT ON TABLE {name} IS {_sql(table_description(name))}")
            for column in columns(name):
                if not column.nullable:
                    con.execute(f"ALTER TABLE {name} ALTER COLUMN {column.name} SET NOT NULL")
                con.execute(f"COMMENT ON COLUMN {name}.{column.name} IS {_sql(column.description)}")
        con.execute("CHECKPOINT")


def _content_sha256(files: Mapping[str, dict]) -> str:
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


def _sql(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


@contextmanager
def _publish_lock(releases_dir: Path):
    """One publisher at a time, so two runs cannot claim the same version name."""
    with (releases_dir / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
