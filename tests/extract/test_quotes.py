import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.people import PeopleIndex
from pipeline.extract.quotes import extract_quotes
from pipeline.ingest.parse import clean_body
from tests.conftest import gold_items


def extract(body, ministers=(), portfolios=()):
    return extract_quotes("r", body, PeopleIndex(body, ministers, portfolios))


def quotes_of(body, ministers=(), portfolios=()):
    return [(q.text, q.speaker_name, q.is_partial) for q in extract(body, ministers, portfolios)]


def misplaced(body, quotes):
    """Quotes whose span does not hold each paragraph of their text."""
    return [
        q.quote_id
        for q in quotes
        if not all(piece in body[q.char_start : q.char_end] for piece in q.text.split("\n\n"))
    ]


@pytest.mark.parametrize("item", gold_items("seeds.jsonl"), ids=lambda i: i["id"])
def test_seed_quotes_exactly(item):
    got = quotes_of(clean_body(item["text"]), item["ministers"])
    assert got == [(q["text"], q["speaker"], q["partial"]) for q in item["quotes"]]


TRICKY = [
    pytest.param(
        "World leaders will agree a pledge called the ‘Christchurch Call’ in Paris.",
        [],
        [],
        id="name in single marks",
    ),
    pytest.param(
        "It sits alongside France’s separate “Tech for Good” summit on 15 May.",
        [],
        [],
        id="title in double marks",
    ),
    pytest.param(
        "The plan is set out in ‘Funding Auckland’s Transport Future’, published today.",
        [],
        [],
        id="title with an apostrophe inside",
    ),
    pytest.param(
        "Jacinda Ardern said the summit was “a show of leadership” by both countries.",
        ["Jacinda Ardern"],
        [("a show of leadership", "Jacinda Ardern", True)],
        id="partial fragment in narrative",
    ),
    pytest.param(
        "“This paragraph opens and never closes.\n\nThe next paragraph is narrative.\n\n"
        "“This one is fine,” Jacinda Ardern said.",
        [],
        [
            ("This paragraph opens and never closes.", None, False),
            ("This one is fine,", "Jacinda Ardern", False),
        ],
        id="unclosed mark ends at its paragraph",
    ),
    pytest.param(
        "A stray ” mark in narrative.\n\n“Real words,” Simon Bridges said.",
        [],
        [("Real words,", "Simon Bridges", False)],
        id="stray closing mark",
    ),
    pytest.param(
        '"We will deliver," Mr Bridges said. "And on time."',
        ["Simon Bridges"],
        [("We will deliver,", "Simon Bridges", False), ("And on time.", "Simon Bridges", False)],
        id="straight marks and a second quote in the paragraph",
    ),
    pytest.param(
        "Mr Bridges said: “The road will open in May.”",
        ["Simon Bridges"],
        [("The road will open in May.", "Simon Bridges", False)],
        id="cue before with a colon",
    ),
    pytest.param(
        "“It is done,” said the Minister.",
        ["Simon Bridges"],
        [("It is done,", "Simon Bridges", False)],
        id="said the Minister",
    ),
    pytest.param(
        "Transport Minister Simon Bridges opened the road.\n\n“It is a great day,” he said.",
        [],
        [("It is a great day,", "Simon Bridges", False)],
        id="pronoun resolves to the person introduced",
    ),
    pytest.param(
        "Transport Minister Simon Bridges and Police Minister Judith Collins visited.\n\n"
        "“Roads matter,” says Mr Bridges.\n\n“So does safety,” Ms Collins added.",
        ["Simon Bridges", "Judith Collins"],
        [("Roads matter,", "Simon Bridges", False), ("So does safety,", "Judith Collins", False)],
        id="two speakers by Mr and Ms",
    ),
    pytest.param(
        "“We welcome the funding,” Auckland Mayor Phil Goff said.\n\n"
        "“So do we,” Jacinda Ardern said.",
        ["Jacinda Ardern"],
        [("We welcome the funding,", "Phil Goff", False), ("So do we,", "Jacinda Ardern", False)],
        id="a speaker who is not a minister",
    ),
    pytest.param(
        "“First,” Jacinda Ardern said.\n\n“Second paragraph continues.\n\n“Third.”\n\n"
        "French President Emmanuel Macron attended the meeting.\n\n“Who said this?”",
        ["Jacinda Ardern"],
        [
            ("First,", "Jacinda Ardern", False),
            ("Second paragraph continues.\n\nThird.", "Jacinda Ardern", False),
            ("Who said this?", None, False),
        ],
        id="continuation, then a narrative paragraph breaks the chain",
    ),
    pytest.param(
        "Minister for Whānau Ora Tariana Turia opened the centre.\n\n"
        "“Whānau are at the heart of this,” Minister Turia said.",
        [],
        [("Whānau are at the heart of this,", "Tariana Turia", False)],
        id="Minister Surname",
    ),
    pytest.param(
        "“Growth is strong,” according to Finance Minister Grant Robertson.",
        [],
        [("Growth is strong,", "Grant Robertson", False)],
        id="according to",
    ),
    pytest.param(
        "“It works,” Dr Ayesha Verrall explained.",
        [],
        [("It works,", "Ayesha Verrall", False)],
        id="explained with an honorific",
    ),
    pytest.param(
        "“The Call has delivered,” the Prime Minister said.",
        ["Jacinda Ardern"],
        [("The Call has delivered,", "Jacinda Ardern", False)],
        id="the Prime Minister from the front matter",
    ),
    pytest.param(
        "Officials met today.\n\n“It went well,” a spokesperson said.",
        ["Jacinda Ardern", "Grant Robertson"],
        [("It went well,", None, False)],
        id="honest null for an unnamed speaker",
    ),
    pytest.param(
        "Mr Flavell says the meetings will focus on growth.\n\n“This is what it is all about.",
        ["Simon Bridges", "Te Ururoa Flavell"],
        [("This is what it is all about.", "Te Ururoa Flavell", False)],
        id="reported speech in narrative hands over the chain",
    ),
    pytest.param(
        "“Crime is falling,” Police Minister, Aroha Tane, said today.",
        [],
        [("Crime is falling,", "Aroha Tane", False)],
        id="a role and a name set off by commas",
    ),
    pytest.param(
        "“The arts matter,” says Arts, Culture and Heritage Minister Wiremu Potae.",
        [],
        [("The arts matter,", "Wiremu Potae", False)],
        id="a title with commas and 'and'",
    ),
    pytest.param(
        "“We will build,” Associate Minister of Housing (Social Housing) Rawiri Kemp said.",
        [],
        [("We will build,", "Rawiri Kemp", False)],
        id="a title with brackets",
    ),
    pytest.param(
        "Health Minister Aroha Tane today welcomed the new ward.\n\n“It will serve 40,000 people.”",
        [],
        [("It will serve 40,000 people.", "Aroha Tane", False)],
        id="the lead's subject acts with a verb that is not speech",
    ),
    pytest.param(
        "The Government has released a strategy.\n\n“The world is changing.”",
        ["Aroha Tane"],
        [("The world is changing.", "Aroha Tane", False)],
        id="the only minister, when nobody else is named",
    ),
    pytest.param(
        "The Government has released a strategy.\n\n“The world is changing.”",
        ["Aroha Tane", "Hemi Walker"],
        [("The world is changing.", None, False)],
        id="two ministers: the text does not say which",
    ),
    pytest.param(
        "“The radios are late,” Health Minister Aroha Tane said.\n\n"
        "Project lead Ana Lopez said the radios were late.\n\n“They will be fitted next week.”",
        [],
        [
            ("The radios are late,", "Aroha Tane", False),
            ("They will be fitted next week.", "Ana Lopez", False),
        ],
        id="indirect speech introduced by a lower-case role hands over the chain",
    ),
    pytest.param(
        "“We are pleased,” Foreign Minister Phil Goff and Aid Minister Marian Hobbs said.",
        [],
        [("We are pleased,", "Phil Goff", False)],
        id="a joint statement is the first named speaker's",
    ),
    pytest.param(
        "“We met,” Prime Minister Aroha Tane said.\n\n"
        "Ms Tane also congratulated Hemi Walker on his election.\n\n“He is a friend.”",
        [],
        [("We met,", "Aroha Tane", False), ("He is a friend.", "Aroha Tane", False)],
        id="the speaker acting again keeps the chain",
    ),
    pytest.param(
        "Prime Minister Aroha Tane has congratulated the winner.\n\n"
        "'When we spoke, we agreed to meet soon. New Zealand has no better friend.\n\n"
        "'I look forward to working together,' Ms Tane says.",
        [],
        [
            (
                "When we spoke, we agreed to meet soon. New Zealand has no better friend.\n\n"
                "I look forward to working together,",
                "Aroha Tane",
                False,
            )
        ],
        id="a quotation over paragraphs in single marks",
    ),
    pytest.param(
        "The theme of “Fakakoloa ‘o Aotearoa”, which in English means “Enriching Aotearoa "
        "through prayer and faith”, was chosen.",
        [],
        [],
        id="a name and its translation",
    ),
    pytest.param(
        "The Minister called the rules ‘red tape’ and promised a ‘roadmap’ by May.",
        [],
        [],
        id="scare quotes are terms",
    ),
    pytest.param(
        "Health Minister Aroha Tane said planning was “well advanced” and described the "
        "plan as a ‘game changer’.",
        [],
        [("well advanced", "Aroha Tane", True), ("game changer", "Aroha Tane", True)],
        id="a few words of reported speech are still a quotation",
    ),
    pytest.param(
        "“The new process will be fair and open to all,” said Aroha Tane, Minister for Social "
        "Development and Employment.",
        [],
        [("The new process will be fair and open to all,", "Aroha Tane", False)],
        id="a name before a role with 'and' in it",
    ),
    pytest.param(
        "“The ward is open,” says Health Minister Aroha Tane.\n\nThe archive will hold "
        "140 records.\n\nNational Archivist Grant Mactavish says the archive is delighted."
        "\n\n“It is a key part of our plan,” he says.\n\n“It will last,” he says.",
        ["Aroha Tane"],
        [
            ("The ward is open,", "Aroha Tane", False),
            ("It is a key part of our plan,", None, False),
            ("It will last,", None, False),
        ],
        id="'he' after someone the release names but the index does not know is not the minister",
    ),
    pytest.param(
        "“The ward is open,” says Health Minister Aroha Tane.\n\nNational Archivist Bill "
        "Mactavish says the archive is delighted.\n\n“It is a key part of our plan,” he says.",
        ["Aroha Tane"],
        [
            ("The ward is open,", "Aroha Tane", False),
            ("It is a key part of our plan,", "Bill Mactavish", False),
        ],
        id="'he' after a person named 'Bill …' is that person",
    ),
    pytest.param(
        "“The ward is open,” says Health Minister Aroha Tane.\n\n“It will serve 40,000 "
        "people,” said Mrs Tane-Smith.\n\n“It is needed,” she said.",
        ["Aroha Tane"],
        [
            ("The ward is open,", "Aroha Tane", False),
            ("It will serve 40,000 people,", None, False),
            ("It is needed,", None, False),
        ],
        id="a pronoun after an unknown cue stays unknown",
    ),
    pytest.param(
        "“The ward is open,” said the Associate Minister for Arts, Culture and Heritage."
        "\n\n“It will last,” she said.\n\n“It is needed,” said Ms Tanne.\n\n“It is "
        "good,” she said.",
        ["Aroha Tane"],
        [
            ("The ward is open,", None, False),
            ("It will last,", "Aroha Tane", False),
            ("It is needed,", None, False),
            ("It is good,", "Aroha Tane", False),
        ],
        id="after a role, or the minister's name misspelt, a pronoun is the minister",
    ),
    pytest.param(
        '![Image removed.](/core/misc/icons/error.svg "This image has been removed.")\n\n'
        'See the [plan](http://www.mfe.govt.nz/plan "Link to the plan"). “It is ready,” '
        "Aroha Tane said.",
        ["Aroha Tane"],
        [("It is ready,", "Aroha Tane", False)],
        id="the title of a Markdown link or image is no quotation",
    ),
    pytest.param(
        "Health Minister Aroha Tane welcomed the audit.\n\nIt is published in the Coast "
        "Medical Journal, and Ms Tane says, “The findings are clear.”\n\nBoard chair Hemi "
        "Walker, a surgeon, says, “We agree.”",
        ["Aroha Tane"],
        [("The findings are clear.", "Aroha Tane", False), ("We agree.", "Hemi Walker", False)],
        id="a clause after 'and' is no apposition of the name before it",
    ),
    pytest.param(
        "“The homes will be built,” said Mr Tane.\n\nAssociate Minister Mere Hohaia said "
        "the package was $53 million.\n\n“This is a serious goal.”",
        ["Aroha Tane"],
        [
            ("The homes will be built,", "Aroha Tane", False),
            ("This is a serious goal.", "Mere Hohaia", False),
        ],
        id="reported speech right after a cue's sentence hands on the chain",
    ),
    pytest.param(
        "“It is good,” Mrs van Velden says.\n\n“We agree,” Ursula von der Leyen said."
        "\n\n“E tautoko ana au.”\n\nHe ai ki a Hemi Walker, “He körero tënei mo te ahu "
        "whakamua o te iwi.”",
        ["Brooke van Velden"],
        [
            ("It is good,", "Brooke van Velden", False),
            ("We agree,", "Ursula von der Leyen", False),
            ("E tautoko ana au.", "Ursula von der Leyen", False),
            ("He körero tënei mo te ahu whakamua o te iwi.", "Hemi Walker", True),
        ],
        id="particles are part of a name; te reo 'He' is no pronoun",
    ),
    pytest.param(
        "Finance Minister Aroha Tane welcomed the Act.\n\nShe congratulated Energy Minister "
        "Hemi Walker, noting that “the Bill is the result of consultation.”",
        ["Aroha Tane"],
        [("the Bill is the result of consultation.", "Aroha Tane", True)],
        id="a pronoun that opens the sentence is the subject of its partial quotation",
    ),
    pytest.param(
        "Work will start soon, Social Development and Employment Minister Aroha Tane said."
        "\n\n“It is overdue.”",
        ["Aroha Tane"],
        [("It is overdue.", "Aroha Tane", False)],
        id="'and' inside a portfolio is no joint statement",
    ),
    pytest.param(
        "“We understand,” says Hemi Walker, Managing Director of Kauri Timber Asia Pacific.",
        [],
        [("We understand,", "Hemi Walker", False)],
        id="the complement of a role after the name names nobody",
    ),
    pytest.param(
        "“The boat sank but the crew miraculously survived,“ Mr Goff said. “We are glad.”\n\n"
        "He said,“ We will help.”",
        ["Phil Goff"],
        [
            ("The boat sank but the crew miraculously survived,", "Phil Goff", False),
            ("We are glad.", "Phil Goff", False),
            (" We will help.", "Phil Goff", False),
        ],
        id="an opening mark after an open quotation's last word closes it",
    ),
    pytest.param(
        "“We are pleased,” PPTA Te Wehengarua acting president Hemi Walker said.\n\nKea "
        "Trust chief executive Dr Mere Hohaia says the map matters. “We need it.”",
        ["Aroha Tane"],
        [("We are pleased,", "Hemi Walker", False), ("We need it.", "Mere Hohaia", False)],
        id="an organisation's acronym and name before a lower-case role and the name",
    ),
    pytest.param(
        "“It is vital,” says Neil Holdom Mayor of New Plymouth District.",
        ["Aroha Tane"],
        [("It is vital,", "Neil Holdom", False)],
        id="a name, then its role without a comma",
    ),
    pytest.param(
        "“The claims do not stack up,” says Associate Minister Aroha Tane.\n\nMr Hemi Walker "
        "wrote to the industry three times.\n\n“As late as May he was quoted backing it.”",
        ["Aroha Tane"],
        [
            ("The claims do not stack up,", "Aroha Tane", False),
            ("As late as May he was quoted backing it.", "Aroha Tane", False),
        ],
        id="writing to someone is no reported speech",
    ),
    pytest.param(
        "“We are close,” said Hemi Walker. He said the land was sacred.\n\n"
        "“It is a pivotal point.”\n\nToday the Minister signed the covenant.\n\n“I welcome "
        "the plans.”\n\nMs Tane said it was done. Mr Walker agreed, she said.\n\n“We are "
        "done.”",
        ["Aroha Tane"],
        [
            ("We are close,", "Hemi Walker", False),
            ("It is a pivotal point.", "Hemi Walker", False),
            ("I welcome the plans.", None, False),
            ("We are done.", "Aroha Tane", False),
        ],
        id="the minister acting by role breaks a chain; a reported pronoun is the one named",
    ),
    pytest.param(
        '"The work is unprecedented," Aroha Tane said.\n\nPermits went to two groups:\n\n- One '
        "which includes Totara Investment Company Ltd (Thailand), Mitsui Exploration and "
        "Production Australia Pty Ltd (Japan)\n\nAroha Tane said the interest of major oil "
        'companies was high.\n\n"It is one of the hot spots."',
        ["Aroha Tane"],
        [
            ("The work is unprecedented,", "Aroha Tane", False),
            ("It is one of the hot spots.", "Aroha Tane", False),
        ],
        id="a cue's name never runs on from the paragraph before",
    ),
]


@pytest.mark.parametrize(("body", "ministers", "expected"), TRICKY)
def test_tricky_quotations(body, ministers, expected):
    portfolios = ["Prime Minister"] if "Prime Minister" in body else []
    assert quotes_of(body, ministers, portfolios) == expected


def test_a_role_of_another_portfolio_is_not_the_releases_only_minister():
    body = (
        "The Minister of Health, Hemi Walker, and the Minister for ACC Aroha Tane welcomed the "
        "report.\n\nThe Minister of Health also says the strategy is ready.\n\n“It is "
        "ready.”\n\nThe Minister for ACC also says the crews are funded.\n\n“They are "
        "funded.”"
    )
    assert quotes_of(body, ["Aroha Tane"], ["ACC"]) == [
        ("It is ready.", None, False),
        ("They are funded.", "Aroha Tane", False),
    ]


def test_quotes_have_stable_ids_and_offsets_into_the_body():
    body = "“One,” Jacinda Ardern said.\n\n“Two,” she said.\n\n“One,” she said again."
    quotes = extract(body, ["Jacinda Ardern"])
    assert [q.ordinal for q in quotes] == [0, 1, 2]
    assert len({q.quote_id for q in quotes}) == 3
    assert [q.quote_id for q in extract(body, ["Jacinda Ardern"])] == [q.quote_id for q in quotes]
    for quote in quotes:
        assert body[quote.char_start] == "“" and body[quote.char_end - 1] == "”"
    assert quotes[0].speaker_actor_id == "person:jacinda-ardern"
    assert [q.attribution for q in quotes] == ["cue after", "cue after", "cue after"]


MARKED_TEXT = st.text(alphabet="ab .,\n“”‘’\"'Mr Key said", max_size=200)


@given(MARKED_TEXT)
def test_any_text_gives_well_formed_quotes(body):
    quotes = extract(body, ["John Key"])
    assert misplaced(body, quotes) == []
    assert all(0 <= q.char_start < q.char_end <= len(body) for q in quotes)
    assert [q.ordinal for q in quotes] == list(range(len(quotes)))
