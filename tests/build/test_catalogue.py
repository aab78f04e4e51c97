"""The tables that span releases: one actor per id with every alias, and portfolio holders."""

import duckdb
import pyarrow.compute as pc

from benchmarks.generate_archive import write_archive
from pipeline.build.cache import RowCache, cache_key
from pipeline.build.catalogue import MERGED_MENTIONS_SQL, SUPERSEDED, merge_actors
from pipeline.build.sql import sql
from pipeline.build.tables import build_tables
from pipeline.ingest.inventory import take_inventory
from tests.conftest import write_release


def build(raw):
    return build_tables(take_inventory(raw), cache_dir=None, workers=1).tables


def redirects_of(tables):
    """old_id -> actor_id of the actor_redirects table."""
    return {r["old_id"]: r["actor_id"] for r in tables["actor_redirects"].to_pylist()}


def names_of_kind(tables, kind):
    """The names of the catalogue's actors of one kind, with the organisations kept apart as
    candidates (named in one release only: most of these tests' releases name a body once)."""
    candidates = [{**c, "kind": "organisation"} for c in tables["actor_candidates"].to_pylist()]
    return {a["name"] for a in [*tables["actors"].to_pylist(), *candidates] if a["kind"] == kind}


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
    assert {"person:phil-goff", "country:FR"} <= ids
    assert any(i.startswith("org:teaching-council") for i in ids)


def test_an_id_merged_between_two_versions_resolves_through_actor_redirects(tmp_path, monkeypatch):
    """Version 1 is built without the list of ministers' full names, so 'William Sio' is
    person:william-sio; version 2 knows he is Aupito William Sio: the old id redirects."""
    from pipeline.extract import people
    from pipeline.publish.versions import publish_version

    raw = tmp_path / "raw"
    write_release(raw, "fale", "William Sio said the fale would open.")
    known = people.word_set
    monkeypatch.setattr(
        people, "word_set", lambda name: frozenset() if name == "ministers" else known(name)
    )
    monkeypatch.setattr(people, "_ministers_by_surname", lambda: {})
    people.minister_full_name.cache_clear()
    first = publish_version(build(raw), tmp_path / "out")
    monkeypatch.undo()
    people.minister_full_name.cache_clear()
    second = publish_version(build(raw), tmp_path / "out")
    assert (first.created, second.created) == (True, True)

    con = duckdb.connect()
    old_actors = con.execute(f"select actor_id from '{first.location}/actors.parquet'").fetchall()
    assert ("person:william-sio",) in old_actors
    resolved = con.execute(
        f"""select a.actor_id, a.name
        from '{second.location}/actor_redirects.parquet' r
        join '{second.location}/actors.parquet' a using (actor_id)
        where r.old_id = 'person:william-sio'"""
    ).fetchall()
    assert resolved == [("person:aupito-william-sio", "Aupito William Sio")]


def test_one_name_read_as_two_kinds_is_the_kind_most_releases_give(tmp_path):
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(raw, f"org{n}", "Tui Moana (TM) welcomed the grant.")
    write_release(raw, "person", "“It is a good day,” Tui Moana said.")
    tables = build(raw)
    kinds = {(a["name"], a["kind"]) for a in tables["actors"].to_pylist()}
    assert ("Tui Moana", "organisation") in kinds and ("Tui Moana", "person") not in kinds
    redirects = redirects_of(tables)
    assert redirects["person:tui-moana"] == "org:tui-moana"
    (quote,) = tables["quotes"].to_pylist()
    assert quote["speaker_actor_id"] is None  # an organisation is no speaker


def test_a_reference_organisation_has_its_reference_name_and_every_known_name(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "National MPs and the Labour Party voted.")
    actors = {a["actor_id"]: a for a in build(raw)["actors"].to_pylist()}
    labour = actors["org:new-zealand-labour-party"]
    assert labour["name"] == "New Zealand Labour Party"
    assert {"Labour", "Labour Party"} <= set(labour["aliases"])


def test_merging_regroups_only_the_releases_that_name_a_merged_id_and_gives_what_all_would(
    tmp_path,
):
    """merge_actors runs its query on the releases that name a merged id only: any other row
    is a group of its own, which the query would give back unchanged (one row per actor and
    role, surfaces sorted and distinct, spans sorted). Checked on the extractor's rows."""
    raw = tmp_path / "raw"
    write_archive(30, raw, seed=5, mess_rate=0)
    for n in range(3):
        write_release(raw, f"org{n}", "Tui Moana (TM) welcomed the grant.")
    write_release(
        raw, "person", "“It is a good day,” Tui Moana said. Tui Moana met Jacinda Ardern."
    )
    build_tables(take_inventory(raw), tmp_path / "cache", workers=1)
    mentions = RowCache(tmp_path / "cache" / "rows" / cache_key()).read()["mentions"]
    flagged, merges = merge_actors(mentions)
    merged = flagged.filter(pc.invert(flagged[SUPERSEDED]))
    assert merges.num_rows and merged.num_rows < mentions.num_rows
    everything = sql(MERGED_MENTIONS_SQL, mentions=mentions, merges=merges)
    key = [("release_id", "ascending"), ("actor_id", "ascending"), ("role", "ascending")]
    expected = everything.cast(merged.select(everything.column_names).schema).sort_by(key)
    assert merged.select(everything.column_names).sort_by(key).equals(expected)


def test_a_name_a_release_misspelt_is_the_well_attested_actors(tmp_path):
    """One slip from a name many releases give: an organisation's long word, a minister's
    name, or a person named in the same release; not a te reo word, nor two people's names.
    Two releases that spell it right outweigh one that misspells it."""
    raw = tmp_path / "raw"
    for n in range(2):
        write_release(
            raw,
            f"well-{n}",
            "The Kauri Conservation Society met Mr Kevin Smith and Ms Jane Smith at Waikari "
            "Hospital. Minister Chris Carter and Mr Malcolm Bailey agreed.",
        )
    write_release(
        raw,
        "slips",
        "The Kauri Conservaton Society met Mr Kelvin Smith at Wakari Hospital. Minister Chris "
        "Cater, Mr Malcom Bailey and Mr Malcolm Bailey agreed.",
    )
    tables = build(raw)
    names = {a["name"] for a in tables["actors"].to_pylist()}
    assert {"Kauri Conservaton Society", "Chris Cater", "Malcom Bailey"}.isdisjoint(names)
    assert {"Kauri Conservation Society", "Chris Carter", "Malcolm Bailey"} <= names
    assert {"Wakari Hospital", "Kelvin Smith"} <= names  # another hospital, another person
    redirects = redirects_of(tables)
    assert redirects["person:chris-cater"] == "person:chris-carter"


def test_a_name_that_differs_only_in_its_connectors_is_the_well_attested_bodys(tmp_path):
    """'of' for 'for', a missing 'the', '&' or a hyphen: the body many releases name; not a
    British 'Department for' against another country's 'Department of'."""
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(
            raw,
            f"well-{n}",
            "The University of the Kauri Islands, the Council for Rimu Development and the "
            "Tui Quality & Safety Commission met the Department of Kowhai Affairs and the "
            "Department for Kea Conservation.",
        )
    write_release(
        raw,
        "slips",
        "The University of Kauri Islands, the Council of Rimu Development and the Tui "
        "Quality Safety Commission met the Department for Kowhai Affairs and the Department of "
        "Kea Conservation.",
    )
    names = names_of_kind(build(raw), "organisation")
    assert {
        "University of the Kauri Islands",
        "Council for Rimu Development",
        "Tui Quality & Safety Commission",
        "Department of Kowhai Affairs",
        "Department for Kowhai Affairs",
        "Department for Kea Conservation",
        "Department of Kea Conservation",
    } == names


def test_a_name_that_differs_in_a_words_plural_or_possessive_s_is_the_well_attested_bodys(
    tmp_path,
):
    """Two rare slips of one name are both the well-attested body's, a slip in three releases
    is where the name is in ten times as many, and so is a slip of that slip; not where the
    other name is in five."""
    raw = tmp_path / "raw"
    for n in range(4):
        write_release(raw, f"tui-{n}", "The Tui Rights Commission agreed.")
    for n in range(30):
        write_release(raw, f"kauri-{n}", "The Council of Kauri Growers agreed.")
    for n in range(5):
        write_release(raw, f"rimu-{n}", "The Rimu Owners Society agreed.")
    for n in range(3):
        write_release(
            raw, f"slip-{n}", "The Council of Kauri Grower and the Rimu Owner Society agreed."
        )
    write_release(raw, "tui-slips", "The Tui Right Commission and the Tuis Rights Commission.")
    write_release(raw, "kauri-slip", "The Council for Kauri Grower agreed.")
    names = names_of_kind(build(raw), "organisation")
    assert names == {
        "Tui Rights Commission",
        "Council of Kauri Growers",
        "Rimu Owners Society",
        "Rimu Owner Society",
    }


def test_a_quotation_by_a_misspelt_speaker_is_the_well_attested_persons(tmp_path):
    """The speaker's id and name follow the merge; the quotation and how the release named
    the speaker stay as they were."""
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(raw, f"well-{n}", "“We agreed,” Minister Chris Carter said.")
    write_release(raw, "slip", "“It is done,” Minister Chris Cater said.")
    (slip,) = [q for q in build(raw)["quotes"].to_pylist() if q["text"] == "It is done,"]
    assert (slip["speaker_actor_id"], slip["speaker_name"]) == (
        "person:chris-carter",
        "Chris Carter",
    )
    assert slip["speaker_mention"] == "Minister Chris Cater"


def test_a_schools_short_name_is_its_full_name_where_the_archive_gives_it(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "full", "Pupils of Kowhai Primary School and Tui Intermediate sang.")
    write_release(raw, "short", "Kowhai Primary and Tui Intermediate pupils sang.")
    names = {a["name"] for a in build(raw)["actors"].to_pylist()}
    assert names == {"Kowhai Primary School", "Tui Intermediate"}


def test_a_misspelt_portfolio_holder_is_the_minister_it_is_merged_into(tmp_path):
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(
            raw, f"right-{n}", "Chris Carter said so.", ["Chris Carter"], ["Conservation"]
        )
    write_release(raw, "slip", "Chris Cater said so.", ["Chris Cater"], ["Conservation"])
    tables = build(raw)
    holders = {(h["actor_id"], h["portfolio"]) for h in tables["portfolio_holders"].to_pylist()}
    assert holders == {("person:chris-carter", "Conservation")}
    assert {a["actor_id"] for a in tables["actors"].to_pylist()} >= {"person:chris-carter"}


def test_merges_end_where_their_chain_ends(tmp_path):
    """'Brigton Primary' is a slip of 'Brighton Primary', which is 'Brighton Primary School'."""
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(raw, f"short-{n}", "Pupils of Brighton Primary sang.")
    write_release(raw, "full", "Pupils of Brighton Primary School sang.")
    write_release(raw, "slip", "Pupils of Brigton Primary sang.")
    tables = build(raw)
    assert {a["name"] for a in tables["actors"].to_pylist()} == {"Brighton Primary School"}
    redirects = redirects_of(tables)
    assert set(redirects.values()) == {"org:brighton-primary-school"}


def test_a_bodys_name_with_its_legal_form_is_the_name_without_it(tmp_path):
    """'… Limited', '… Ltd', '… Inc' and '… of New Zealand' say how and where a body is
    incorporated, not which body; a person named like a company stays a person, and 'Bank of
    New Zealand' is no 'Bank'."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "Kowhai Energy Group Limited and Kauri Works Ltd met Moana Hughes Ltd.")
    write_release(
        raw, "b", "Kowhai Energy Group and Kauri Works Limited agreed. Moana Hughes said so."
    )
    write_release(raw, "c", "The Kauri Works Limited board and Rimu Growers Association Inc met.")
    write_release(raw, "d", "The Rimu Growers Association met the Bank of New Zealand.")
    write_release(raw, "e", "The Tōtara Society of New Zealand Inc met.")
    write_release(raw, "f", "The Tōtara Society met.")
    tables = build(raw)
    names = {(a["name"], a["kind"]) for a in tables["actors"].to_pylist()}
    assert names == {
        ("Kowhai Energy Group", "organisation"),
        ("Kauri Works Limited", "organisation"),
        ("Rimu Growers Association", "organisation"),
        ("Bank of New Zealand", "organisation"),
        ("Tōtara Society", "organisation"),
        ("Moana Hughes Ltd", "organisation"),
        ("Moana Hughes", "person"),
    }
    redirects = redirects_of(tables)
    assert redirects["org:kowhai-energy-group-limited"] == "org:kowhai-energy-group"
    assert redirects["org:kauri-works-ltd"] == "org:kauri-works-limited"


def test_a_person_whose_name_with_a_legal_ending_names_a_body_is_that_body(tmp_path):
    """'Fulton Hogan said' is the company 'Fulton Hogan Ltd' is; 'Wendy Tane' (a given name)
    and 'Hemi Rua' (named in more releases than 'Hemi Rua Ltd') stay people."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "“It went well,” Tarn Tuhoe said. “It did,” Wendy Tane said.")
    write_release(raw, "b", "Tarn Tuhoe Ltd and Wendy Tane Ltd won the contract.")
    write_release(raw, "c", "Hemi Rua Ltd won it.")
    for n in range(2):
        write_release(raw, f"d{n}", "“It went well,” Hemi Rua said.")
    tables = build(raw)
    names = {(a["name"], a["kind"]) for a in tables["actors"].to_pylist()}
    assert names == {
        ("Tarn Tuhoe Ltd", "organisation"),
        ("Wendy Tane", "person"),
        ("Wendy Tane Ltd", "organisation"),
        ("Hemi Rua", "person"),
        ("Hemi Rua Ltd", "organisation"),
    }
    speakers = {q["speaker_name"] for q in tables["quotes"].to_pylist()}
    assert speakers == {None, "Wendy Tane", "Hemi Rua"}


def test_a_body_named_with_and_without_new_zealand_before_its_name_is_one_actor(tmp_path):
    """The one more releases name is the actor, named in full; a shorter name that ends other
    bodies' names too ('Otago Tōtara Trust') may be any of them, and stays apart."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "The New Zealand Kowhai Commission met the Rimu Growers Federation.")
    write_release(raw, "b", "The Kowhai Commission met the New Zealand Rimu Growers Federation.")
    write_release(raw, "c", "The Kowhai Commission met the NZ Rimu Growers Federation.")
    write_release(raw, "d", "The Otago Tōtara Trust and the New Zealand Tōtara Trust met.")
    write_release(raw, "e", "The Tōtara Trust met.")
    tables = build(raw)
    assert names_of_kind(tables, "organisation") == {
        "New Zealand Kowhai Commission",
        "New Zealand Rimu Growers Federation",
        "Otago Tōtara Trust",
        "New Zealand Tōtara Trust",
        "Tōtara Trust",
    }
    redirects = redirects_of(tables)
    assert redirects["org:new-zealand-kowhai-commission"] == "org:kowhai-commission"
    assert redirects["org:rimu-growers-federation"] == "org:new-zealand-rimu-growers-federation"


def test_a_body_named_with_and_without_its_country_is_named_in_full(tmp_path):
    """'Kauri Institute' in two releases and 'Kauri Institute of New Zealand' in one are one
    actor (the legal form's merge), named as the body names itself; its id stays the one most
    releases give."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "The Kauri Institute of New Zealand met.")
    for n in range(2):
        write_release(raw, f"b{n}", "The Kauri Institute met.")
    (actor,) = build(raw)["actors"].to_pylist()
    assert (actor["actor_id"], actor["name"]) == (
        "org:kauri-institute",
        "Kauri Institute of New Zealand",
    )
    assert actor["aliases"] == ["Kauri Institute"]


def test_a_speakers_pronoun_or_description_is_no_alias(tmp_path):
    """'he said', 'the Minister said' stay in the mentions' surfaces, where the release uses
    them, and are no names in the catalogue."""
    raw = tmp_path / "raw"
    write_release(
        raw,
        "a",
        "Education Minister Chris Hipkins opened the school.\n\n“It is a great day,” he said."
        "\n\n“We are proud,” the Minister said.\n\n“We will build more,” Mr Hipkins said."
        "\n\n“And more,” Associate Education Minister said.\n\n“Soon,” Ministers said."
        "\n\n“Today,” Associate Minister of Education said.\n\n“Together,” Education "
        "Minister Chris Hipkins and Finance Minister Grant Robertson said.",
        ["Hon Chris Hipkins"],
        ["Education"],
    )
    tables = build(raw)
    (hipkins,) = [a for a in tables["actors"].to_pylist() if a["name"] == "Chris Hipkins"]
    surfaces = {
        s
        for m in tables["mentions"].to_pylist()
        if m["actor_id"] == hipkins["actor_id"]
        for s in m["surfaces"]
    }
    descriptions = {"he", "the Minister", "Associate Education Minister", "Ministers"} | {
        "Associate Minister of Education",
        "Education Minister Chris Hipkins and Finance Minister Grant Robertson",
    }
    assert descriptions <= surfaces
    assert "Mr Hipkins" in hipkins["aliases"]
    assert not descriptions & set(hipkins["aliases"])


def test_a_person_named_with_a_middle_name_is_the_person_named_without_it(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "Justice Helen Diana Winkelmann is appointed Chief Justice.", ["A B"])
    write_release(raw, "b", "Chief Justice Helen Winkelmann opened the court.", ["A B"])
    write_release(raw, "c", "Mr Graham Le Gros and Mr Graham Gros met George W Bush.", ["A B"])
    write_release(raw, "d", "President George Bush spoke.", ["A B"])
    write_release(raw, "e", "David Malcolm Walker was jailed for three years.")
    write_release(
        raw, "f", "Ambassador David Walker, Mr Simon Walker, Ms Jane Walker and Dr Hemi Walker."
    )
    write_release(raw, "g", "Judge Peter Francis Boshier is appointed. Mr John Boshier agreed.")
    write_release(raw, "h", "Chief Coroner Judge Peter Boshier spoke.")
    tables = build(raw)
    people = {a["name"]: a for a in tables["actors"].to_pylist() if a["kind"] == "person"}
    assert "Helen Diana Winkelmann" in people["Helen Winkelmann"]["aliases"]
    assert "Helen Diana Winkelmann" not in people
    assert "Peter Francis Boshier" not in people  # two Boshiers, no more, in the archive
    assert {"Graham Le Gros", "Graham Gros", "George W Bush", "George Bush"} <= set(people)
    assert {"David Malcolm Walker", "David Walker"} <= set(people)
    redirects = redirects_of(tables)
    assert redirects["person:helen-diana-winkelmann"] == "person:helen-winkelmann"


def test_a_person_named_with_a_title_or_word_before_the_name_is_that_person(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "Vui Mark Tamatea said it was good.")
    write_release(raw, "b", "Minister Mark Tamatea said the plan works.")
    write_release(raw, "c", "Minister Mark Tamatea said the plan still works.")
    write_release(raw, "d", "Bradford James Clark said it was good.")
    write_release(
        raw, "e", "James Clark said it. Anna Clark, Hemi Clark, Sarah Clark and Tom Clark agreed."
    )
    tables = build(raw)
    people = {a["name"]: a for a in tables["actors"].to_pylist() if a["kind"] == "person"}
    assert "Vui Mark Tamatea" in people["Mark Tamatea"]["aliases"]
    assert "Vui Mark Tamatea" not in people
    assert redirects_of(tables)["person:vui-mark-tamatea"] == "person:mark-tamatea"
    # a given name the list lacks may be another person's, where many share the surname
    assert {"Bradford James Clark", "James Clark"} <= set(people)


def test_a_word_run_into_a_ministers_name_is_that_minister_whatever_the_surname(tmp_path):
    raw = tmp_path / "raw"
    write_release(
        raw, "a", '"The agreement helps," Mr Goff and Michael Cullen, Minister of Finance said.'
    )
    write_release(
        raw, "b", "Michael Cullen said it. Anna Cullen, Hemi Cullen and Tom Cullen agreed."
    )
    write_release(raw, "c", "Sarah Cullen and Mere Cullen agreed.")
    tables = build(raw)
    people = {a["name"] for a in tables["actors"].to_pylist() if a["kind"] == "person"}
    assert "Goff Michael Cullen" not in people and "Michael Cullen" in people
    assert redirects_of(tables)["person:goff-michael-cullen"] == "person:michael-cullen"


def test_a_titled_ministers_name_is_the_minister_as_the_front_matter_writes_it(tmp_path):
    """However many releases of a small build name the minister with the title."""
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(raw, f"titled-{n}", "Vui Mark Gosche said it was good.")
    write_release(raw, "plain", "Housing Minister Mark Gosche said it was good.")
    tables = build(raw)
    people = {a["name"] for a in tables["actors"].to_pylist() if a["kind"] == "person"}
    assert "Mark Gosche" in people and "Vui Mark Gosche" not in people
    assert redirects_of(tables)["person:vui-mark-gosche"] == "person:mark-gosche"


def test_a_name_cut_of_its_first_words_is_the_person_named_in_full(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "President Enrique Torres Vela said it was good.")
    for n in range(3):
        write_release(raw, f"cut-{n}", "Torres Vela said it was good.")
    tables = build(raw)
    people = {a["name"]: a for a in tables["actors"].to_pylist() if a["kind"] == "person"}
    assert "Torres Vela" not in people and "Torres Vela" in people["Enrique Torres Vela"]["aliases"]
    assert redirects_of(tables)["person:torres-vela"] == "person:enrique-torres-vela"


def test_a_listed_bodys_name_with_other_connectors_or_word_order_is_that_body(tmp_path):
    """However many releases use the variant: the lists name one body."""
    raw = tmp_path / "raw"
    for n in range(4):
        write_release(
            raw,
            f"variant-{n}",
            "The Ministry for Environment and the Ministry of Heritage and Culture agreed. The "
            "Commission on Human Rights met.",
        )
    write_release(
        raw,
        "listed",
        "The Ministry for the Environment, the Ministry for Culture and Heritage and the Human "
        "Rights Commission agreed.",
    )
    names = {a["name"] for a in build(raw)["actors"].to_pylist()}
    assert {"Ministry for the Environment", "Ministry for Culture and Heritage"} <= names
    assert {"Ministry for Environment", "Ministry of Heritage and Culture"}.isdisjoint(names)
    assert "Commission on Human Rights" in names  # the UN's, not the Human Rights Commission


def test_a_minister_named_by_another_name_is_the_minister(tmp_path):
    """The front matter's misspelt 'John Delamare' and the formal 'Sir William Birch' are the
    ministers the bodies name; a quotation by either form is the minister's."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "Minister Tuariki Delamere opened it.", ["John Delamare"])
    write_release(raw, "b", "“It is done,” Finance Minister Sir William Birch said.")
    write_release(raw, "c", "Finance Minister Bill Birch agreed.")
    write_release(raw, "d", "The tribunal adjudicator, Nicola Wills, ruled.")
    write_release(raw, "e", "Finance Minister Nicola Willis agreed.", ["Nicola Willis"])
    tables = build(raw)
    people = names_of_kind(tables, "person")
    assert {"Tuariki Delamere", "Bill Birch"} <= people
    assert not {"John Delamare", "William Birch"} & people
    assert {"Nicola Wills", "Nicola Willis"} <= people  # another person, one slip away
    (quote,) = tables["quotes"].to_pylist()
    assert quote["speaker_actor_id"] == "person:bill-birch"
    redirects = redirects_of(tables)
    assert redirects["person:john-delamare"] == "person:tuariki-delamere"


def test_a_university_named_either_way_round_is_one_actor(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "She studied at the University of Cambridge and Harvard University.")
    write_release(raw, "b", "He studied at Cambridge University.")
    write_release(raw, "c", "They met at Cambridge University and Lincoln University.")
    tables = build(raw)
    names = names_of_kind(tables, "organisation")
    assert {"Cambridge University", "Harvard University", "Lincoln University"} <= names
    assert "University of Cambridge" not in names
    redirects = redirects_of(tables)
    assert redirects["org:university-of-cambridge"] == "org:cambridge-university"


def test_a_name_in_capitals_is_the_canonical_name_only_where_no_other_is(tmp_path):
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(raw, f"h{n}", f"CATHIE BELL\n\nMs Bell said {n} things.")
    write_release(raw, "b", "Dr Cathie Bell was appointed.")
    people = names_of_kind(build(raw), "person")
    assert "Cathie Bell" in people and "CATHIE BELL" not in people


def test_a_council_or_a_trust_named_both_ways_is_one_actor(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "The Council of Otago Polytechnic met the Eden Park Trust Board.")
    write_release(raw, "b", "The Otago Polytechnic Council and the Eden Park Trust agreed.")
    write_release(raw, "c", "The Otago Polytechnic Council and Motu Trails Charitable Trust met.")
    write_release(raw, "d", "The Motu Trails Trust and the Eden Park Trust Board agreed.")
    tables = build(raw)
    names = names_of_kind(tables, "organisation")
    assert {"Otago Polytechnic Council", "Eden Park Trust Board"} <= names
    assert not {"Council of Otago Polytechnic", "Eden Park Trust"} & names
    assert len({"Motu Trails Trust", "Motu Trails Charitable Trust"} & names) == 1


def test_a_local_council_named_without_its_kind_is_the_one_council_of_its_place(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "The Waipa District Council and the Tasman District Council met.")
    write_release(raw, "b", "The Waipa District Council and the Tasman Regional Council met.")
    write_release(raw, "c", "The Waipa Council agreed with the Tasman Council.")
    write_release(raw, "d", "The Kapiti Council met the Kapiti Coast District Council.")
    tables = build(raw)
    names = names_of_kind(tables, "organisation")
    assert "Waipa Council" not in names
    assert redirects_of(tables)["org:waipa-council"] == "org:waipa-district-council"
    # a place with two councils, and a council of another place's name, are left alone
    assert {"Tasman Council", "Kapiti Council", "Kapiti Coast District Council"} <= names


def test_a_listed_councils_other_names_count_where_no_release_writes_them(tmp_path):
    """Rotorua Lakes Council is listed as 'Rotorua District Council' too; Greater Wellington
    as the Wellington Regional Council, so 'Wellington Council' may be the region's or the
    city's. A listed body is not merged into an unlisted one named in more releases."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "The Rotorua Lakes Council met.")
    write_release(raw, "b", "The Rotorua Council agreed with the Wellington Council.")
    write_release(raw, "c", "Greater Wellington Regional Council and Wellington City Council met.")
    write_release(raw, "d", "Environment Canterbury and the Environment Canterbury Council met.")
    for n in range(3):
        write_release(raw, f"e{n}", "The Canterbury Council agreed.")
    tables = build(raw)
    names = names_of_kind(tables, "organisation")
    redirects = redirects_of(tables)
    assert redirects["org:rotorua-council"] == "org:rotorua-lakes-council"
    assert "Wellington Council" in names
    assert redirects["org:environment-canterbury-council"] == "org:environment-canterbury"
    assert redirects["org:canterbury-council"] == "org:environment-canterbury"


def test_a_listed_bodys_other_names_are_no_forms_of_another_bodys_name(tmp_path):
    """'Victoria University' is Victoria University of Wellington's alias and 'Westpac Trust'
    the bank's, yet the University of Victoria is in Canada and the Westpac Charitable Trust is
    the bank's charity."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "Dr Jane Roe of the University of Victoria in Canada spoke.")
    write_release(raw, "b", "Victoria University of Wellington welcomed the grant.")
    write_release(raw, "c", "The Westpac Charitable Trust gave $20,000 to the Kauri Society.")
    write_release(raw, "d", "Westpac said its profits rose.")
    names = names_of_kind(build(raw), "organisation")
    assert {"University of Victoria", "Westpac Charitable Trust"} <= names


def test_a_misspelling_in_several_releases_beside_a_ten_times_commoner_name(tmp_path):
    """An organisation's slip may recur (3 releases) where the right name is in ten times as
    many (30); not where it is in fewer (a person's never, nor a body's at five times)."""
    raw = tmp_path / "raw"
    for n in range(30):
        write_release(raw, f"right-{n}", "The Kauri Qualifications Authority agreed.")
    for n in range(15):
        write_release(raw, f"rimu-{n}", "The Rimu Conservation Society agreed.")
    for n in range(3):
        write_release(
            raw,
            f"slip-{n}",
            "The Kauri Qualification Authority and the Rimu Conservaton Society agreed.",
        )
    names = {a["name"] for a in build(raw)["actors"].to_pylist()}
    assert "Kauri Qualification Authority" not in names
    assert {"Kauri Qualifications Authority", "Rimu Conservaton Society"} <= names


def test_a_short_given_name_is_the_full_ones_where_no_one_else_has_the_family_name(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "US Trade Representative Robert Zoellick met Dr Michael Lee.")
    write_release(raw, "b", "Ambassador Bob Zoellick met Mr Mike Lee and Dr Sarah Lee.")
    write_release(raw, "c", "Mr Robert Zoellick agreed.")
    tables = build(raw)
    people = names_of_kind(tables, "person")
    assert "Robert Zoellick" in people and "Bob Zoellick" not in people
    assert {"Michael Lee", "Mike Lee", "Sarah Lee"} <= people  # the Lees may be three
    redirects = redirects_of(tables)
    assert redirects["person:bob-zoellick"] == "person:robert-zoellick"


def test_names_that_differ_only_in_spaces_and_hyphens_are_one_actor(tmp_path):
    raw = tmp_path / "raw"
    write_release(raw, "a", "SkyCity Entertainment Group and Green Lane Hospital agreed.")
    write_release(raw, "b", "Sky City Entertainment Group and Greenlane Hospital agreed.")
    write_release(raw, "c", "Greenlane Hospital and the Green Bay High School agreed.")
    names = names_of_kind(build(raw), "organisation")
    assert len({"SkyCity Entertainment Group", "Sky City Entertainment Group"} & names) == 1
    assert "Greenlane Hospital" in names and "Green Lane Hospital" not in names
    assert "Green Bay High School" in names


def test_a_family_name_one_slip_from_another_of_the_same_given_name(tmp_path):
    """One person where each family name has only that given name in the archive; not a
    slip in the first letter, nor a minister, nor a family name others share."""
    raw = tmp_path / "raw"
    for n in range(3):
        write_release(raw, f"a{n}", "Dr Gerry McSweeney and Senator John Kerry spoke.")
    write_release(raw, "b", "Dr Gerry McSweeny and Mr John Werry agreed.")
    write_release(raw, "c", "Minister Nicola Willis and adjudicator Dr Nicola Wills met.")
    write_release(raw, "d", "Dr David Clark, Dr David Clarke and Dr Jane Clarke met.")
    for n in range(3):
        write_release(raw, f"e{n}", "Dr Traci Houpapa, Dr Kevin Smith and Dr Jane Smith met.")
        write_release(raw, f"f{n}", f"Dr Tracy Houpapa and Dr Kelvin Smith met on day {n}.")
    write_release(raw, "g", "Dr Traci Houpapa agreed.")
    people = names_of_kind(build(raw), "person")
    assert "Traci Houpapa" in people and "Tracy Houpapa" not in people
    assert {"Kevin Smith", "Kelvin Smith"} <= people  # a third Smith: two people, perhaps
    assert "Gerry McSweeney" in people and "Gerry McSweeny" not in people
    assert {"John Kerry", "John Werry", "Nicola Willis", "Nicola Wills"} <= people
    assert {"David Clark", "David Clarke"} <= people


def test_of_two_slips_named_in_one_release_each_the_name_said_more_often_is_kept(tmp_path):
    raw = tmp_path / "raw"
    write_release(
        raw, "a", "Dr Nathan Fa’avae won. Dr Nathan Fa’avae thanked Dr Nathan Fa’avae's team."
    )
    write_release(raw, "b", "Dr Nathan Fa’ave spoke.")
    people = names_of_kind(build(raw), "person")
    assert "Nathan Fa’avae" in people and "Nathan Fa’ave" not in people


def test_an_alias_is_a_name_of_its_actor_alone_with_its_spaces_made_one(tmp_path):
    """A phrase that names two actors in one release ('Christchurch and Burwood hospitals') is
    no alias of either, and a name the release wraps over a line is one alias, not two."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "Beds were added at Christchurch and Burwood hospitals.", [], [])
    write_release(raw, "b", "Burwood Hospital opened a ward. Burwood Hospital grew.", [], [])
    write_release(raw, "c", "The US\nInternational Trade Commission ruled.", [], [])
    write_release(raw, "d", "The US International Trade Commission ruled again.", [], [])
    actors = {a["name"]: a for a in build(raw)["actors"].to_pylist()}
    assert actors["Burwood Hospital"]["aliases"] == []
    assert actors["Christchurch Hospital"]["aliases"] == []
    assert actors["US International Trade Commission"]["aliases"] == []


def test_an_organisation_one_release_names_with_no_other_evidence_is_a_candidate(tmp_path):
    """Named in one release, with no legal form, in no reference list and under no name the
    archive attests (data/attested_organisations.txt): an actor candidate, not an actor, with
    its release and spans; a legal form, a listed body, an attested name or a second release
    keeps a body in actors."""
    raw = tmp_path / "raw"
    body = (
        "The Kauri Growers Association met Rimu Holdings Ltd, Federated Farmers, the Horowhenua "
        "District Council and the Tōtara Valley Trust. The Kauri Growers Association agreed."
    )
    write_release(raw, "a", body)
    write_release(raw, "b", "The Tōtara Valley Trust met again.")
    tables = build(raw)
    actors = {a["name"] for a in tables["actors"].to_pylist() if a["kind"] == "organisation"}
    assert {
        "Rimu Holdings Ltd",
        "Federated Farmers",
        "Horowhenua District Council",
        "Tōtara Valley Trust",
    } <= actors
    (candidate,) = tables["actor_candidates"].to_pylist()
    assert candidate["name"] == "Kauri Growers Association"
    assert candidate["actor_id"] == "org:kauri-growers-association"
    assert candidate["release_id"] == "a" and candidate["mention_count"] == 2
    assert [body[s["char_start"] : s["char_end"]] for s in candidate["spans"]] == [
        "Kauri Growers Association",
        "Kauri Growers Association",
    ]
    assert "org:kauri-growers-association" not in set(tables["mentions"]["actor_id"].to_pylist())


def test_a_candidate_counts_as_an_id_for_the_redirects(tmp_path):
    """An old id that reads as an actor and a candidate redirects to neither, and no
    candidate's id is redirected (the review of 01ac1cc: 'Kauriwood and Rimuvale Schools' went
    to Rimuvale School alone, 'NZ Armed Forces' was both a candidate and redirected)."""
    raw = tmp_path / "raw"
    write_release(raw, "a", "Pupils of Kauriwood and Rimuvale Schools will share a site.")
    write_release(raw, "b", "Rimuvale School opened a hall.", date="2020-02-01")
    write_release(raw, "c", "Staff of the Kauri Tree Forces helped.")
    write_release(raw, "d", "Staff of the NZ Kauri Tree Forces helped.")
    tables = build(raw)
    candidates = set(tables["actor_candidates"]["actor_id"].to_pylist())
    redirects = redirects_of(tables)
    assert "org:kauriwood-and-rimuvale-schools" not in redirects
    assert not candidates & set(redirects)


def test_an_organisation_in_the_front_matter_is_no_candidate(tmp_path):
    """A body the front matter names as a minister is named somewhere else than in the body:
    its rows stay in actors and mentions."""
    raw = tmp_path / "raw"
    write_release(
        raw,
        "a",
        "The Kauri Growers Association agreed. The Kauri Growers Association met.",
        ministers=["Kauri Growers Association"],
    )
    tables = build(raw)
    assert not tables["actor_candidates"].num_rows
    roles = {(m["actor_id"], m["role"]) for m in tables["mentions"].to_pylist()}
    assert ("org:kauri-growers-association", "mentioned") in roles
