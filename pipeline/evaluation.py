"""Score the pipeline against hand-annotated gold releases (the committed ones are in
pipeline/gold/, annotated as its GUIDE.md says).

Gold items are written as raw releases the way GUIDE.md describes, run through the real
pipeline, and the published tables are matched with SPEC.md's rules:
- quotes: same release, normalised texts with a similarity ratio of at least 0.9;
- speaker attribution: a matched quote whose speaker equals the gold speaker;
- figures: values equal within 0.5% and one surface contains the other;
- actors: the name or one of the aliases equals the gold name, case-insensitively.
"""

import json
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from rapidfuzz import fuzz

from pipeline.build.tables import build_tables
from pipeline.ingest.inventory import take_inventory

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SCORED_TABLES = ("quotes", "figures", "actors", "mentions")

QUOTE_MARKS = re.compile(r"[“”„‟\"‘’‚‛'«»]")

Row = dict[str, Any]  # a gold item or annotation (JSON), or a published row
Match = Callable[[Row, Row], float]


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    correct_kind: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "predicted": self.predicted,
            "gold": self.gold,
            "matched": self.matched,
        }


def release_id_for(item: Row) -> str:
    url = item.get("source_url") or ""
    if "/release/" in url:
        return str(url.rstrip("/").rsplit("/", 1)[-1])
    return str(item["id"])


def write_raw_releases(items: Iterable[Row], raw_dir: Path) -> None:
    """Each gold item as a raw Markdown release, following GUIDE.md."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    for item in items:
        release_id = release_id_for(item)
        url = f"https://www.beehive.govt.nz/release/{release_id}"
        year = item.get("year") or 2000
        front = {
            "title": item.get("title") or f"Release {item['id']}",
            "date": f"{year}-01-01",
            "url": url,
            "ministers": [f"Hon {m}" for m in item.get("ministers") or []],
            "portfolios": item.get("portfolios") or [],
        }
        lines = ["---", *(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items())]
        text = "\n".join([*lines, "---", "", item["text"], ""])
        (raw_dir / f"{item['id']}.md").write_text(text, encoding="utf-8")


def read_gold(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def normalise_quote(text: str) -> str:
    text = QUOTE_MARKS.sub("", text.casefold())
    return " ".join(text.split()).strip(" ,.;:!?-–—")


def normalise_name(name: str | None) -> str | None:
    return None if name is None else " ".join(name.casefold().replace("’", "'").split())


def match_pairs(gold: list[Row], predicted: list[Row], same: Match) -> list[tuple[Row, Row]]:
    """Greedy one-to-one matching, best pairs first; `same` gives a score, 0 for no match."""
    pairs = sorted(
        (
            (score, i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if (score := same(g, p)) > 0
        ),
        key=lambda t: -t[0],
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched: list[tuple[Row, Row]] = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matched.append((gold[i], predicted[j]))
    return matched


def quote_similarity(g: Row, p: Row) -> float:
    ratio = fuzz.ratio(normalise_quote(g["text"]), normalise_quote(p["text"])) / 100
    return ratio if ratio >= 0.9 else 0.0


def figure_match(g: Row, p: Row) -> float:
    if p["value"] is None or abs(p["value"] - g["value"]) > 0.005 * abs(g["value"]):
        return 0.0
    gs, ps = g["surface"].casefold(), p["surface"].casefold()
    return 1.0 if gs in ps or ps in gs else 0.0


def actor_match(g: Row, p: Row) -> float:
    names = {n.casefold() for n in [p["name"], *(p.get("aliases") or [])]}
    return 1.0 if g["name"].casefold() in names else 0.0


def read_version(version_dir: Path) -> dict[str, pa.Table]:
    """The scored tables a published version has (a version may lack some)."""
    return {
        name: pq.read_table(path)
        for name in SCORED_TABLES
        if (path := version_dir / f"{name}.parquet").exists()
    }


def score_gold(gold_dir: Path = GOLD_DIR, workers: int = 1) -> dict[str, dict[str, Any]]:
    """The scores of the code that runs this, on every gold set of `gold_dir`: files named
    `<set>.jsonl` or `<set>_<part>.jsonl`, each set built alone as `make eval` builds it.
    Runs the ingest and build stages in-process, without publishing anything."""
    sets: dict[str, list[Path]] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        sets.setdefault(path.stem.split("_")[0], []).append(path)
    scores: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="beehive-gold-") as tmp:
        for name, paths in sets.items():
            items = [item for path in paths for item in read_gold(path)]
            raw = Path(tmp) / name
            write_raw_releases(items, raw)
            tables = build_tables(take_inventory(raw), None, workers).tables
            scores[name] = {
                "files": [p.name for p in paths],
                "releases": len(items),
                **{task: s.as_dict() for task, s in score_tables(items, tables).items()},
            }
    return scores


def score_tables(items: list[Row], tables: Mapping[str, pa.Table]) -> dict[str, Score]:
    """Scores for every scored table present, keyed quotes/speakers/figures/actors."""
    quotes, figures = _rows_by_release(tables, "quotes"), _rows_by_release(tables, "figures")
    actors = _actors_by_release(tables)
    scores = {"quotes": Score(), "speakers": Score(), "figures": Score(), "actors": Score()}
    for item in items:
        rid = release_id_for(item)
        q_pred = quotes.get(rid, [])
        matched = match_pairs(item["quotes"], q_pred, quote_similarity)
        _add(scores["quotes"], len(q_pred), len(item["quotes"]), matched, "partial", "is_partial")
        s = scores["speakers"]
        s.predicted += sum(q["speaker_name"] is not None for q in q_pred)
        s.gold += sum(q["speaker"] is not None for q in item["quotes"])
        s.matched += sum(
            g["speaker"] is not None
            and normalise_name(g["speaker"]) == normalise_name(p["speaker_name"])
            for g, p in matched
        )
        s.correct_kind += sum(
            normalise_name(g["speaker"]) == normalise_name(p["speaker_name"]) for g, p in matched
        )
        f_pred = figures.get(rid, [])
        matched = match_pairs(item["figures"], f_pred, figure_match)
        _add(scores["figures"], len(f_pred), len(item["figures"]), matched)
        a_pred = actors.get(rid, [])
        matched = match_pairs(item["actors"], a_pred, actor_match)
        _add(scores["actors"], len(a_pred), len(item["actors"]), matched)
    return {k: v for k, v in scores.items() if ("quotes" if k == "speakers" else k) in tables}


def _add(
    score: Score,
    predicted: int,
    gold: int,
    matched: list[tuple[Row, Row]],
    gold_key: str = "kind",
    predicted_key: str = "kind",
) -> None:
    score.predicted += predicted
    score.gold += gold
    score.matched += len(matched)
    score.correct_kind += sum(g.get(gold_key) == p.get(predicted_key) for g, p in matched)


def _rows_by_release(tables: Mapping[str, pa.Table], table: str) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = {}
    if table in tables:
        for row in tables[table].to_pylist():
            grouped.setdefault(row["release_id"], []).append(row)
    return grouped


def _actors_by_release(tables: Mapping[str, pa.Table]) -> dict[str, list[Row]]:
    """Actors as each release sees them: every actor its text names (GUIDE.md: "the distinct
    actors the text names"), i.e. with a `mentioned` or `speaker` mention; a minister only in
    the front matter is not named by the text."""
    if "actors" not in tables or "mentions" not in tables:
        return {}
    actors = {a["actor_id"]: a for a in tables["actors"].to_pylist()}
    grouped: dict[str, dict[str, Row]] = {}
    for m in tables["mentions"].to_pylist():
        if m["role"] != "minister":
            grouped.setdefault(m["release_id"], {})[m["actor_id"]] = actors[m["actor_id"]]
    return {rid: list(by_id.values()) for rid, by_id in grouped.items()}


def format_scores(scores: dict[str, Score]) -> str:
    """A table; `accuracy` is, over matched pairs: is_partial for quotes, the speaker for
    speakers (null = null counts), the kind for figures and actors."""
    lines = [
        f"{'':10} {'precision':>9} {'recall':>7} {'F1':>6} {'pred':>5} {'gold':>5} "
        f"{'match':>5} {'accuracy':>8}"
    ]
    for name, s in scores.items():
        if name == "speakers":
            matched_quotes = scores["quotes"].matched
            extra = s.correct_kind / matched_quotes if matched_quotes else 1.0
        else:
            extra = s.correct_kind / s.matched if s.matched else 1.0
        lines.append(
            f"{name:10} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.predicted:5d} "
            f"{s.gold:5d} {s.matched:5d} {extra:8.3f}"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class _Comparison:
    label: str
    gold: list[Row]
    predicted: list[Row]
    same: Match
    show: Callable[[Row], str]


def _show_figure(f: Row) -> str:
    return f"{f['surface']} = {f['value']} {f['kind']} {f['unit']}"


def format_errors(items: list[Row], tables: Mapping[str, pa.Table]) -> str:
    """Every miss, false alarm and wrong speaker or kind, release by release."""
    quotes, figures = _rows_by_release(tables, "quotes"), _rows_by_release(tables, "figures")
    actors = _actors_by_release(tables)
    lines = []
    for item in items:
        rid = release_id_for(item)
        comparisons = [
            _Comparison(
                "quote",
                item["quotes"],
                quotes.get(rid, []),
                quote_similarity,
                lambda q: q["text"][:90],
            ),
            _Comparison(
                "figure", item["figures"], figures.get(rid, []), figure_match, _show_figure
            ),
            _Comparison(
                "actor",
                item["actors"],
                actors.get(rid, []),
                actor_match,
                lambda a: f"{a['name']} ({a['kind']})",
            ),
        ]
        out = [line for c in comparisons for line in _differences(c, tables)]
        if out:
            lines += [f"{item['id']} ({rid})", *out]
    return "\n".join(lines)


def _differences(c: _Comparison, tables: Mapping[str, pa.Table]) -> list[str]:
    if c.label != "quote" and f"{c.label}s" not in tables:
        return []
    matched = match_pairs(c.gold, c.predicted, c.same)
    hit_g = {id(g) for g, _ in matched}
    hit_p = {id(p) for _, p in matched}
    out = [f"  missed {c.label}: {c.show(g)}" for g in c.gold if id(g) not in hit_g]
    out += [f"  extra {c.label}: {c.show(p)}" for p in c.predicted if id(p) not in hit_p]
    for g, p in matched:
        if c.label == "quote" and normalise_name(g["speaker"]) != normalise_name(p["speaker_name"]):
            out.append(
                f"  speaker {p['speaker_name']!r} should be {g['speaker']!r}: {g['text'][:60]}"
            )
        elif c.label == "quote" and g["partial"] != p["is_partial"]:
            out.append(f"  is_partial {p['is_partial']} should be {g['partial']}: {g['text'][:60]}")
        elif c.label != "quote" and g["kind"] != p["kind"]:
            out.append(f"  {c.label} kind {p['kind']} should be {g['kind']}: {c.show(g)}")
        elif c.label == "figure" and g["unit"] != p["unit"]:
            out.append(f"  figure unit {p['unit']!r} should be {g['unit']!r}: {c.show(g)}")
    return out
