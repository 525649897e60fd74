"""Dating an undated article by the articles most like it, and the wire's dateline."""

from __future__ import annotations

import datetime as dt

from storyline import pipeline
from storyline.models import Article
from storyline.timex import infer_publication_date, tag
from storyline.timex.infer import MIN_CONFIDENCE, news_gap, outlet_lag
from storyline.timex.neighbours import first_reports, nearest, pairs_of

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
    dated = [True] * len(COLLECTION) + [False]
    query = len(texts) - 1
    found = nearest(pairs_of(texts), dated, [query, 3])
    assert sorted(j for j, _ in found[query]) == [0, 1]  # the two reports of the collapse
    assert all(0 < similarity <= 1 for _, similarity in found[query])
    # The strike shares nothing but the footer with any article: it has no neighbour.
    assert found[3] == []


def test_an_article_is_not_its_own_neighbour_nor_is_an_undated_one() -> None:
    texts = _texts()
    dated = [True] * len(texts)
    dated[1] = False
    found = nearest(pairs_of(texts), dated, [0])
    # The query is the first report; the divers' report is undated here: only the engineers'
    # article is left.
    assert [j for j, _ in found[0]] == [len(texts) - 1]


def test_a_near_copy_is_closer_than_an_article_sharing_one_pair() -> None:
    texts = [
        "Harrow footbridge snapped suspension cables rusted bolts river bank divers searched",
        "Harrow footbridge snapped suspension cables rusted bolts river bank divers searched",
        "Harrow footbridge reopens after the council vote on tram fares",
        "Dockers end strike over night shifts in Valmore",
    ]
    dated = [False, True, True, True]
    found = nearest(pairs_of(texts), dated, [0])
    assert [j for j, _ in found[0]] == [1, 2]
    assert found[0][0][1] > found[0][1][1]
    # The nearest dated one: an undated copy takes no place among them.
    dated[1] = False
    assert [j for j, _ in nearest(pairs_of(texts), dated, [0], k=1)[0]] == [2]


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
        assert MIN_CONFIDENCE <= confidence <= 1.0


# A development of the footbridge story: inspectors found rusted bolts, reported by three
# papers over two days, a week after the collapse. "Harrow footbridge" runs through the
# whole story; "ferry timetable" is said on days far apart.
INSPECTION = [
    ("Inspectors found rusted bolts on the Harrow footbridge during a night survey.", 28),
    ("The rusted bolts the inspectors found worry the Harrow footbridge engineers.", 29),
    ("Councillors asked how inspectors missed the rusted bolts for years.", 29),
    ("The Harrow footbridge stays shut, and the ferry timetable changes.", 14),
    ("A longer ferry timetable starts as the Harrow footbridge stays shut.", 20),
    ("Walkers queue at the pier under the new ferry timetable.", 27),
]
TOLD_LATE = "The rusted bolts inspectors found mean the ferry timetable stays, the council said."


def test_a_happening_is_first_reported_on_the_first_day_of_its_burst_of_reports() -> None:
    texts = [text for text, _ in INSPECTION] + [TOLD_LATE]
    days: list[dt.date | None] = [D(2025, 10, day) for _, day in INSPECTION] + [None]
    query = len(texts) - 1
    # "rusted bolts" is told by three dated articles within two days, first on Oct. 28
    # ("inspectors found" by two only); "ferry timetable" by three spread over two weeks,
    # so it is not one happening.
    assert first_reports(pairs_of(texts), days, [query])[query] == [D(2025, 10, 28)]
    # Two reports are no burst: with the third undated, nothing is first reported.
    days[2] = None
    assert first_reports(pairs_of(texts), days, [query])[query] == []
    # The article itself does not count among the reports.
    days[2] = D(2025, 10, 29)
    days[query] = D(2025, 10, 1)
    assert first_reports(pairs_of(texts), days, [query])[query] == [D(2025, 10, 28)]


def _dated_between_two_tuesdays(october: list[int], reported: list[dt.date]) -> dt.date | None:
    """The day "on Tuesday" is dated to with its neighbours split between the Tuesdays of
    Oct. 14 and Oct. 21, given the collection's days of October and the first-report days
    of what it tells."""
    near = [(D(2025, 10, 14), 0.5), (D(2025, 10, 21), 0.5)]
    collection = [D(2025, 10, day) for day in october]
    found = infer_publication_date(
        TUESDAY_ONLY, collection=collection, neighbours=near, reported=reported
    )
    return found[0] if found is not None else None


def test_a_day_before_a_happening_was_first_reported_is_less_likely() -> None:
    """With the collection leaning to the 14th, an article that tells what was first
    reported on the 21st is of the 21st; one telling what was reported on the 14th stays
    there."""
    october = [2, 6, 9, 14, 14, 20, 21, 27]
    assert _dated_between_two_tuesdays(october, []) == D(2025, 10, 14)
    assert _dated_between_two_tuesdays(october, [D(2025, 10, 21)] * 4) == D(2025, 10, 21)
    assert _dated_between_two_tuesdays(october, [D(2025, 10, 14)] * 4) == D(2025, 10, 14)


def test_a_day_long_after_a_happening_was_first_reported_is_less_likely() -> None:
    """With the collection leaning a little to the 21st, an article that tells only what
    was first reported on the 14th, a week before the 21st, is of the 14th."""
    october = [2, 6, 9, 14, 14, 20, 21, 21, 27]
    assert _dated_between_two_tuesdays(october, []) == D(2025, 10, 21)
    assert _dated_between_two_tuesdays(october, [D(2025, 10, 14)] * 5) == D(2025, 10, 14)
    # News first reported three days before the 14th is not old on the 14th; a week later
    # it is.
    assert _dated_between_two_tuesdays(october, [D(2025, 10, 11)] * 5) == D(2025, 10, 14)


DEFECTS = "rusted anchor bolts under the east ramp near the old toll gate and cracked welds"
# Two weeks of a harbour town's news: the footbridge fell on Tuesday Oct. 14, and three
# reports of the defects found in it came out on Tuesday Oct. 21 and the day after.
TWO_WEEKS = [
    ("The Harrow footbridge collapsed into the river on Tuesday evening.", D(2025, 10, 14)),
    ("Divers searched the river below the fallen footbridge.", D(2025, 10, 14)),
    ("The harbour master closed the old pier to walkers.", D(2025, 10, 14)),
    ("The tram line to the harbour opens next spring, the council said.", D(2025, 10, 13)),
    ("Dockers in Valmore voted to end their strike over night shifts.", D(2025, 10, 15)),
    ("The museum reopens its east wing after a roof repair.", D(2025, 10, 16)),
    ("A fishing trawler ran aground off Cape Morrow.", D(2025, 10, 20)),
    ("Ferry crews walked off the job over the new night rota.", D(2025, 10, 21)),
    ("Bus fares rise by ten cents in January, the transport board decided.", D(2025, 10, 21)),
    (f"Inspectors found {DEFECTS} on Tuesday.", D(2025, 10, 21)),
    (f"The {DEFECTS} worry the city's engineers.", D(2025, 10, 22)),
    (f"Councillors asked why {DEFECTS} were missed for years.", D(2025, 10, 22)),
]


def test_an_undated_article_is_not_dated_before_the_news_it_tells() -> None:
    """ "on Tuesday" in a fortnight with two Tuesdays: the article tells of the defects,
    first reported on the second, so it is of the second, not of the collapse's week."""
    documents = [
        pipeline.analyse(Article.from_text(text, f"a{i}", published=day))
        for i, (text, day) in enumerate(TWO_WEEKS)
    ]
    undated = f"Engineers said on Tuesday that {DEFECTS} had brought the footbridge down."
    documents.append(pipeline.analyse(Article.from_text(undated, "undated")))
    pipeline.date_undated(documents)
    assert documents[-1].article.published == D(2025, 10, 21)


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


# A morning paper tells yesterday's news: each of its reports names the weekday of the
# news, and comes out the day after it. Another outlet reports on the day itself.
MORNING = "Harbour Morning Ledger"
SEIZED = D(2025, 10, 15)
EVENING = "Valmore Evening Post"
WEEK_OF_NEWS = [
    ("The port authority on Monday raised the fee for berthing a cruise ship.", D(2025, 10, 6)),
    ("Ferry crews walked off the job on Tuesday over the new night rota.", D(2025, 10, 7)),
    ("The council on Wednesday approved a second lane on the harbour bridge.", D(2025, 10, 8)),
    ("A fishing trawler ran aground off Cape Morrow on Thursday.", D(2025, 10, 9)),
    ("Dock workers on Friday accepted a pay offer after a week of talks.", D(2025, 10, 10)),
    ("The harbour master on Saturday closed the old pier to walkers.", D(2025, 10, 11)),
]
SEIZURE = "Customs officers seized a container of counterfeit brake pads at the east quay"


def _week_articles() -> list[Article]:
    """The week's reports of both papers, each dated the day it came out."""
    articles = []
    for i, (text, news_day) in enumerate(WEEK_OF_NEWS):
        next_day = news_day + dt.timedelta(days=1)
        articles.append(Article.from_text(text, f"m{i}", outlet=MORNING, published=next_day))
        same_day = text.replace(" on ", " ")  # "The council Wednesday approved ..."
        articles.append(Article.from_text(same_day, f"e{i}", outlet=EVENING, published=news_day))
    return articles


def _dated_last(articles: list[Article]) -> dt.date | None:
    documents = [pipeline.analyse(article) for article in articles]
    pipeline.date_undated(documents)
    return documents[-1].article.published


def test_an_outlets_lag_is_the_gap_most_of_its_articles_show() -> None:
    collection = [day + dt.timedelta(days=lag) for _, day in WEEK_OF_NEWS for lag in (0, 1)]
    gaps = [
        news_gap(text, day + dt.timedelta(days=1), collection) for text, day in WEEK_OF_NEWS
    ]
    assert gaps == [1] * len(WEEK_OF_NEWS)
    assert outlet_lag(gaps) == 1
    # Half the articles a day late is no habit; a page with its own date says nothing of it.
    assert outlet_lag([1, 1, 1, 0, 0, 0]) == 0
    stamped = "Tue Oct 14, 2025 7:05 am EDT\n\nThe harbour master on Monday closed the pier."
    assert news_gap(stamped, D(2025, 10, 14), collection) is None


def test_an_undated_article_of_a_morning_paper_is_dated_the_day_after_its_news() -> None:
    """ "Customs officers seized ... on Wednesday" from the paper that comes out the day
    after its news is of Thursday Oct. 16; from the paper that reports on the day, of
    Wednesday Oct. 15, the day its report of the seizure came out."""
    for outlet, expected in ((MORNING, SEIZED + dt.timedelta(days=1)), (EVENING, SEIZED)):
        # The evening paper reported the seizure on its day.
        evening = Article.from_text(f"{SEIZURE} today.", "e", outlet=EVENING, published=SEIZED)
        undated = Article.from_text(f"{SEIZURE} on Wednesday, the port said.", "u", outlet=outlet)
        assert _dated_last([*_week_articles(), evening, undated]) == expected, outlet


def test_a_neighbour_from_a_morning_paper_is_taken_back_to_the_day_of_its_news() -> None:
    """The morning paper's report of the seizure came out on Thursday Oct. 16, the day after
    it: an undated report of it from the paper that reports on the day is of Oct. 15."""
    morning = Article.from_text(
        f"{SEIZURE} on Wednesday.", "m", outlet=MORNING, published=SEIZED + dt.timedelta(days=1)
    )
    undated = Article.from_text(f"{SEIZURE}, the port said.", "u", outlet=EVENING)
    assert _dated_last([*_week_articles(), morning, undated]) == SEIZED


def test_a_collection_with_no_dates_is_dated_by_the_articles_that_date_themselves() -> None:
    # A folder of pasted texts: none came with a date. The page's own stamp dates the
    # first surely, and the divers' report, which names only a weekday, is dated against it
    # as against a given date; alone, nothing says which week its Wednesday is in.
    wire = (
        "Wednesday 22 October 2025 09.14 BST The Harrow footbridge collapsed into the river "
        "on Tuesday evening, and engineers blamed its snapped suspension cables."
    )
    divers = (
        "Divers searched the river below the Harrow footbridge on Wednesday, where the "
        "snapped suspension cables lay on the bank."
    )

    def dated(texts: list[str]) -> list[dt.date | None]:
        documents = [
            pipeline.analyse(Article.from_text(text, f"a{i}")) for i, text in enumerate(texts)
        ]
        pipeline.date_undated(documents)
        return [d.article.published for d in documents]

    assert infer_publication_date(divers) is None
    first, second = dated([wire, divers])
    assert first == BRIDGE_DAY
    assert second is not None and abs((second - BRIDGE_DAY).days) <= 1
    assert dated([divers]) == [None]
    # a page's address that gives its day anchors the pile as surely
    linked = Article.from_text(
        wire.split(" BST ")[1], "a0", url="https://ledger.example/2025/10/22/harrow-bridge"
    )
    documents = [pipeline.analyse(linked), pipeline.analyse(Article.from_text(divers, "a1"))]
    pipeline.date_undated(documents)
    day = documents[1].article.published
    assert day is not None and abs((day - BRIDGE_DAY).days) <= 1
