"""Dating an undated article by the articles most like it, and the wire's dateline."""

from __future__ import annotations

import datetime as dt

from storyline import pipeline
from storyline.models import Article
from storyline.timex import infer_publication_date, tag
from storyline.timex.neighbours import nearest_dated

D = dt.date
FOOTER = " Follow the Valmore Ledger for updates."  # on the collection's articles
BRIDGE_DAY = D(2025, 10, 22)
# A small collection: two reports of a footbridge's collapse, and other news of the month.
# Each ends with the outlet's footer, whose word pairs are too common to be a clue.
COLLECTION = [
    (
        "The Harrow footbridge collapsed into the river on Tuesday evening, and engineers "
        "blamed its snapped suspension cables.",
        BRIDGE_DAY,
    ),
    (
        "Divers searched the river below the Harrow footbridge, where the snapped suspension "
        "cables lay on the bank.",
        BRIDGE_DAY,
    ),
    ("Dockers in Valmore voted to end their strike over night shifts.", D(2025, 10, 2)),
    ("The tram line to the harbour opens next spring, the council said.", D(2025, 10, 6)),
    ("Bus fares rise by ten cents in January, the transport board decided.", D(2025, 10, 9)),
    ("The museum reopens its east wing after a roof repair.", D(2025, 10, 27)),
]
UNDATED = (
    "Engineers said on Tuesday that the snapped suspension cables of the Harrow footbridge "
    "were rusted."
)


def _texts(undated: str = UNDATED) -> list[str]:
    return [text + FOOTER for text, _ in COLLECTION] + [undated]


def test_the_neighbours_are_the_dated_articles_that_share_rare_word_pairs() -> None:
    texts = _texts()
    dates: list[dt.date | None] = [day for _, day in COLLECTION] + [None]
    query = len(texts) - 1
    found = nearest_dated(texts, dates, [query, 3])
    assert [day for day, _ in found[query]] == [BRIDGE_DAY, BRIDGE_DAY]
    assert all(0 < similarity <= 1 for _, similarity in found[query])
    # The strike shares nothing but the footer with any article: it has no neighbour.
    assert found[3] == []


def test_an_article_is_not_its_own_neighbour_nor_is_an_undated_one() -> None:
    texts = _texts()
    dates: list[dt.date | None] = [*(day for _, day in COLLECTION), D(2025, 10, 30)]
    dates[1] = None
    found = nearest_dated(texts, dates, [0])
    # The query is the first report; the divers' report is undated here: only the engineers'
    # article, dated Oct. 30 here, is left.
    assert [day for day, _ in found[0]] == [D(2025, 10, 30)]


def test_a_near_copy_is_closer_than_an_article_sharing_one_pair() -> None:
    texts = [
        "Harrow footbridge snapped suspension cables rusted bolts river bank divers searched",
        "Harrow footbridge snapped suspension cables rusted bolts river bank divers searched",
        "Harrow footbridge reopens after the council vote on tram fares",
        "Dockers end strike over night shifts in Valmore",
    ]
    dates: list[dt.date | None] = [None, D(2025, 10, 22), D(2025, 11, 30), D(2025, 10, 2)]
    found = nearest_dated(texts, dates, [0])
    assert [day for day, _ in found[0]] == [D(2025, 10, 22), D(2025, 11, 30)]
    assert found[0][0][1] > found[0][1][1]
    # The nearest dated one: an undated copy takes no place among them.
    dates[1] = None
    assert [day for day, _ in nearest_dated(texts, dates, [0], k=1)[0]] == [D(2025, 11, 30)]


OCTOBER = [D(2025, 10, day) for day in (2, 6, 9, 14, 14, 20, 27)]
TUESDAY_ONLY = (
    "Engineers said on Tuesday that the cables of the Harrow footbridge had snapped under "
    "the weight of the crowd."
)


def test_neighbours_say_which_week_a_weekday_is_in() -> None:
    """ "on Tuesday" with the collection alone could be any week of October; the articles
    most like it say which."""
    assert infer_publication_date(TUESDAY_ONLY, collection=OCTOBER) is None
    for near, week in (
        ([(D(2025, 10, 21), 0.5), (D(2025, 10, 21), 0.4)], D(2025, 10, 21)),
        ([(D(2025, 10, 28), 0.5), (D(2025, 10, 29), 0.4)], D(2025, 10, 28)),
    ):
        found = infer_publication_date(TUESDAY_ONLY, collection=OCTOBER, neighbours=near)
        assert found is not None
        day, confidence = found
        assert day == week
        assert 0.45 <= confidence <= 1.0


def test_an_undated_article_of_a_batch_is_dated_by_its_neighbours() -> None:
    def dated_by(collection: list[tuple[str, dt.date]]) -> dt.date | None:
        documents = [
            pipeline.analyse(Article.from_text(text, f"a{i}", published=day))
            for i, (text, day) in enumerate(collection)
        ]
        documents.append(pipeline.analyse(Article.from_text(UNDATED, "undated")))
        pipeline.date_undated(documents)
        return documents[-1].article.published

    # The collapse was reported on Wednesday the 22nd; "on Tuesday" is the 21st or the 22nd.
    found = dated_by(COLLECTION)
    assert found is not None and abs((found - BRIDGE_DAY).days) <= 1
    # Without the reports of the collapse nothing says which Tuesday: no date.
    assert dated_by(COLLECTION[2:]) is None


SPILL = [D(2010, 4, day) for day in (21, 22, 24, 26, 27, 28, 30)] + [
    D(2010, 5, day) for day in (1, 3, 5)
]


def test_a_wire_dateline_is_the_filing_day() -> None:
    for text, filed in (
        ("HOUSTON , April 29 (Reuters) - BP said it would pay for the clean-up.", D(2010, 4, 29)),
        (
            "LONDON , May 3 -LRB- Reuters -RRB- - Oil prices rose as the slick spread.",
            D(2010, 5, 3),
        ),
    ):
        found = infer_publication_date(text, collection=SPILL)
        assert found is not None
        day, confidence = found
        assert day == filed
        # A day told in the lead alone may be the day before publication; a dateline not.
        assert confidence > 0.9


def test_a_numeric_date_with_escaped_slashes() -> None:
    found = [
        (e.text, e.value) for e in tag("Posted 4\\/25\\/11 by the harbour desk", D(2011, 5, 1))
    ]
    assert found == [("4\\/25\\/11", "2011-04-25")]


def test_a_dateline_does_not_take_its_year_from_a_year_named_alone() -> None:
    """April 28 fell on a Tuesday in 1998, next to the year the text names: the text alone
    may read it so, but no surer than a day its lead tells, not as surely as a dateline."""
    text = (
        "LOS ANGELES , April 28 (Reuters) - Flu chatter spread through blogs on Tuesday, "
        "the most since a study of 1999 began counting it."
    )
    alone = infer_publication_date(text)
    assert alone is None or alone[1] < 0.6
    found = infer_publication_date(text, collection=[D(2009, 4, day) for day in (24, 26, 27, 30)])
    assert found is not None and found[0] == D(2009, 4, 28)
