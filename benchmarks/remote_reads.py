"""Bytes DuckDB reads from a published version over HTTP for a one-year query.

    .venv/bin/python benchmarks/remote_reads.py outputs/releases/latest [--year 2020]

Serves the version's folder on localhost over HTTP (Range requests; the server counts every
byte it sends) and points DuckDB at it through an fsspec file system that reads exactly the
ranges DuckDB asks for, with no read-ahead, as DuckDB's own httpfs does when it fetches the
footer and then only the column chunks of the row groups a filter keeps. (httpfs itself is a
download this machine cannot make; the requests are the same kind.) Prints, per query, the
bytes read and the share of the files it touches. Numbers, not assertions.
"""

import argparse
import threading
import time
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.request import Request, urlopen

import duckdb
import fsspec
from fsspec.spec import AbstractBufferedFile

SENT = {"bytes": 0, "requests": 0}


class RangeHandler(SimpleHTTPRequestHandler):
    """Static files with single Range requests, counting the body bytes sent."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            self.send_error(404)
            return
        size = path.stat().st_size
        start, end = 0, size - 1
        header = self.headers.get("Range")
        if header and header.startswith("bytes="):
            first, _, last = header[6:].partition("-")
            start, end = int(first), min(int(last) if last else size - 1, size - 1)
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        with path.open("rb") as handle:
            handle.seek(start)
            body = handle.read(end - start + 1)
        self.wfile.write(body)
        SENT["bytes"] += len(body)
        SENT["requests"] += 1

    def log_message(self, format: str, *args: Any) -> None:
        pass


class RangeFile(AbstractBufferedFile):  # type: ignore[misc]
    def _fetch_range(self, start: int, end: int) -> bytes:
        request = Request(self.fs.url(self.path), headers={"Range": f"bytes={start}-{end - 1}"})
        with urlopen(request) as response:
            return bytes(response.read())


class RangeHTTPFileSystem(fsspec.AbstractFileSystem):  # type: ignore[misc]
    """http://host:port/<path>, read with one Range request per read DuckDB makes."""

    protocol = "rhttp"

    def __init__(self, base: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.base = base

    def url(self, path: str) -> str:
        return f"{self.base}/{self._strip_protocol(path)}"

    @classmethod
    def _strip_protocol(cls, path: str) -> str:
        return str(path).removeprefix("rhttp://").lstrip("/")

    def info(self, path: str, **kwargs: Any) -> dict[str, Any]:
        with urlopen(Request(self.url(path), method="HEAD")) as response:
            size = int(response.headers["Content-Length"])
        return {"name": self._strip_protocol(path), "size": size, "type": "file"}

    def modified(self, path: str) -> datetime:
        return datetime.fromtimestamp(0, UTC)  # versions are immutable

    def ls(self, path: str, detail: bool = True, **kwargs: Any) -> list[Any]:
        entry = self.info(path)
        return [entry] if detail else [entry["name"]]

    def _open(self, path: str, mode: str = "rb", **kwargs: Any) -> RangeFile:
        return RangeFile(self, path, mode, block_size=0, cache_type="none", size=None)


def queries(con: duckdb.DuckDBPyConnection, year: int) -> dict[str, str]:
    """One year of releases, quotes with speakers and money figures: filtering on the table's
    own published_date where it has one (each table sorted by it), else joining releases."""
    span = f"between DATE '{year}-01-01' and DATE '{year}-12-31'"

    def dated(table: str) -> bool:
        columns = con.sql(f"describe select * from 'rhttp://{table}.parquet'").fetchall()
        return "published_date" in {c[0] for c in columns}

    quotes = (
        f"select speaker_name, count(*) from 'rhttp://quotes.parquet' "
        f"where published_date {span} group by all"
        if dated("quotes")
        else f"select q.speaker_name, count(*) from 'rhttp://quotes.parquet' q "
        f"join 'rhttp://releases.parquet' r using (release_id) where r.published_date {span} "
        "group by all"
    )
    figures = (
        f"select sum(value) from 'rhttp://figures.parquet' where kind = 'money' "
        f"and published_date {span}"
        if dated("figures")
        else f"select sum(f.value) from 'rhttp://figures.parquet' f "
        f"join 'rhttp://releases.parquet' r using (release_id) where f.kind = 'money' "
        f"and r.published_date {span}"
    )
    return {
        "releases": f"select count(*), sum(word_count) from 'rhttp://releases.parquet' "
        f"where published_date {span}",
        "quotes": quotes,
        "figures": figures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("version_dir", type=Path)
    parser.add_argument("--year", type=int, default=2020)
    args = parser.parse_args()
    folder = args.version_dir.resolve()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(RangeHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    con = duckdb.connect()
    con.register_filesystem(RangeHTTPFileSystem(f"http://127.0.0.1:{server.server_port}"))
    print(f"version {folder.name}, year {args.year}")
    print(f"{'query':10} {'read MB':>8} {'files MB':>9} {'share':>6} {'requests':>8} {'s':>5}")
    for name, sql in queries(con, args.year).items():
        touched = {t for t in ("releases", "quotes", "figures") if f"{t}.parquet" in sql}
        total = sum((folder / f"{t}.parquet").stat().st_size for t in touched)
        SENT["bytes"] = SENT["requests"] = 0
        started = time.perf_counter()
        con.sql(sql).fetchall()
        elapsed = time.perf_counter() - started
        print(
            f"{name:10} {SENT['bytes'] / 1e6:8.2f} {total / 1e6:9.2f} "
            f"{SENT['bytes'] / total:6.1%} {SENT['requests']:8d} {elapsed:5.1f}"
        )
    server.shutdown()


if __name__ == "__main__":
    main()
