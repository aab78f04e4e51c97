"""The tables that span releases: one actor per id with every alias, and portfolio holders."""

from pipeline.build.tables import build_tables
from pipeline.ingest.inventory import take_inventory
from tests.conftest import write_release


def build(raw):
    return build_tables(take_inventory(raw), cache_dir=None, workers=1).tables


def test_the_same_person_has_one_id_across_releases_with_every_alias(tmp_path):
    raw = tmp_path / "raw"
    write_release(
        raw,
        "a",
        "Prime Minister Jacinda Ardern spoke. Ardern left.",
        ["Rt Hon Jacinda Ardern"],
        ["Prime Minister"],
        "2019-01-01",
    )
    write_release(
        raw,
        "b",
        "Ms Ardern met French President Emmanuel Macron.",
        ["Hon Jacinda Ardern"],
        ["Prime Minister"],
        "2020-01-01",
    )
    tables = build(raw)
    actors = {a["actor_id"]: a for a in tables["actors"].to_pylist()}
    ardern = actors["person:jacinda-ardern"]
    assert ardern["name"] == "Jacinda Ardern" and "Ardern" in ardern["aliases"]
    assert ardern["release_count"] == 2
    assert (str(ardern["first_seen"]), str(ardern["last_seen"])) == ("2019-01-01", "2020-01-01")
    roles = {
        (m["release_id"], m["role"])
        for m in tables["mentions"].to_pylist()
        if m["actor_id"] == "person:jacinda-ardern"
    }
    assert roles == {("a", "minister"), ("a", "mentioned"), ("b", "minister"), ("b", "mentioned")}
    (holder,) = tables["portfolio_holders"].to_pylist()
    assert (holder["actor_id"], holder["portfolio"], holder["release_count"]) == (
        "person:jacinda-ardern",
        "Prime Minister",
        2,
    )


def test_every_referenced_actor_is_in_the_catalogue(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "“We welcome it,” Auckland Mayor Phil Goff said.", ["Jacinda Ardern"])
    write_release(raw, "b", "The Teaching Council and France agreed.", ["Chris Hipkins"])
    tables = build(raw)
    ids = set(tables["actors"]["actor_id"].to_pylist())
    assert set(tables["mentions"]["actor_id"].to_pylist()) == ids
    assert set(tables["quotes"]["speaker_actor_id"].to_pylist()) <= ids
    assert {"person:phil-goff", "org:teaching-council", "country:FR"} <= ids
