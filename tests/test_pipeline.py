"""The pipeline: named per-article stages, chosen by the caller, on a new document."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import pipeline
from storyline.models import Article, Sentence, TimeExpression
from storyline.readers import read_bytes
from storyline.sentences import per_sentence
from storyline.text import MAX_ANALYSED_CHARS

TEXT = (
    "SOURCE: AP\n\n"
    "Dockers in Valmore walked out on Monday, March 4, 2024, over pay. "
    "About 1,200 workers joined the strike, the union said."
)


def article(**fields: object) -> Article:
    return Article.from_text(TEXT, "https://www.valmore-ledger.example/strike", **fields)


def test_analyse_fills_a_new_document_and_leaves_its_article_as_it_was() -> None:
    given = article()
    before = copy.deepcopy(given)

    document = pipeline.analyse(given)

    assert given == before
    assert document.article is not given
    assert document.article.wire == "AP"
    assert document.article.outlet is not None
    assert document.stages == tuple(pipeline.STAGES)
    assert document.sentences and document.time_expressions and document.quantities
    assert document.copies is not None


def test_only_the_chosen_stages_run_in_pipeline_order() -> None:
    document = pipeline.analyse(article(), ["time_expressions", "sentences"])

    assert document.stages == ("sentences", "time_expressions")
    assert any(t.value == "2024-03-04" for t in document.time_expressions)
    assert document.article.wire is None and document.article.outlet is None
    assert document.copies is None and not document.quantities


def test_leaving_a_stage_out_changes_nothing_the_others_find() -> None:
    whole = pipeline.analyse(article(published=date(2024, 3, 5)))
    without_copies = pipeline.analyse(
        article(published=date(2024, 3, 5)), pipeline.without("copies")
    )

    assert without_copies.copies is None
    assert without_copies.sentences == whole.sentences
    assert without_copies.time_expressions == whole.time_expressions
    assert without_copies.quantities == whole.quantities


def test_an_unknown_stage_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="no stage tokens"):
        pipeline.analyse(article(), ["sentences", "tokens"])
    with pytest.raises(ValueError, match="no stage copy"):
        pipeline.without("copy")


def test_a_document_dated_by_its_collection_reruns_only_the_date_stages_it_went_through() -> (
    None
):
    """An undated wire story's "March 4" dateline is read against the collection's year once
    it is known."""
    dated = Article.from_text("Talks opened in Valmore on March 1, 2024.", "a",
                              published=date(2024, 3, 1))  # fmt: skip
    undated = Article.from_text("VALMORE , March 4 (Reuters) - Dockers walked out over pay.", "b")
    full = [pipeline.analyse(dated), pipeline.analyse(undated)]
    reduced = [pipeline.analyse(a, pipeline.without(*pipeline.DATED)) for a in (dated, undated)]

    pipeline.date_undated(full)
    pipeline.date_undated(reduced)

    assert full[1].article.published == reduced[1].article.published == date(2024, 3, 4)
    assert [t.value for t in full[1].time_expressions] == ["2024-03-04"]
    assert not reduced[1].time_expressions  # never asked for: left to the caller


def test_an_undated_page_takes_the_day_its_address_gives_and_says_it_was_inferred() -> None:
    text = "Dockers in Valmore walked out on Monday over pay."
    linked = pipeline.analyse(
        Article.from_text(text, "a", url="https://news.example/2024/03/05/valmore-strike.html")
    )
    assert linked.article.published == date(2024, 3, 5)
    assert linked.article.published_inferred
    assert [t.value for t in linked.time_expressions] == ["2024-03-04"]
    for url in ("https://news.example/2024/03/05?ref=rss", "https://news.example/2024/03/05#top"):
        assert pipeline.analyse(Article.from_text(text, "a", url=url)).article.published == date(
            2024, 3, 5
        )
    # no day in the address (a month, a story number, a day that does not exist): the text
    # alone, which names only a weekday, dates nothing
    for url in ("https://news.example/2024/03/valmore", "https://news.example/a/20240305",
                "https://news.example/2024/02/30/valmore"):  # fmt: skip
        assert pipeline.analyse(Article.from_text(text, "a", url=url)).article.published is None


@settings(max_examples=200, deadline=None)
@given(
    cuts=st.lists(st.integers(1, 40), min_size=1, max_size=12),
    spans=st.lists(st.tuples(st.integers(0, 300), st.integers(1, 30)), max_size=25),
)
def test_per_sentence_finds_what_a_scan_of_every_pair_finds(
    cuts: list[int], spans: list[tuple[int, int]]
) -> None:
    """The bisection that keeps the claims and quantities stages linear in an article."""
    sentences, start = [], 0
    for number, length in enumerate(cuts):
        sentences.append(Sentence("a", number, start, start + length, "x" * length))
        start += length + 1
    items = [TimeExpression(s, s + n, "x", "DATE", "2025") for s, n in sorted(spans)]
    found = per_sentence(sentences, items)
    assert found == [
        [t for t in items if t.start < s.end and t.end > s.start] for s in sentences
    ]


def test_readers_comments_under_an_article_are_not_analysed() -> None:
    news = "Divers reached the sunken ferry in Tarrow on Monday, the coastguard said."
    text = (
        f"{news}\nAt 10:14 am on 2 Jun 2025, harbourfan wrote: The ferry sank on Friday "
        "and nobody listens.\nAt 10:20 am on 2 Jun 2025, Mo wrote: Three people drowned."
    )
    document = pipeline.analyse(Article.from_text(text, "page.txt"), ["sentences"])
    assert document.article.text == news
    assert [s.text for s in document.sentences] == [news]
    # a page that is only comments keeps them: there is nothing else to read
    only = pipeline.analyse(Article.from_text(text[len(news) + 1 :], "c.txt"), ["sentences"])
    assert "harbourfan wrote" in only.article.text


@pytest.mark.parametrize(
    "footer",
    ["Posted by: harbourfan | June 2, 2025 10:14 AM | Report abuse",
     "June 2 , 2025 at 10:14 am | Report abuse |"],
)  # fmt: skip
def test_comments_signed_below_each_are_not_analysed(footer: str) -> None:
    news = "Divers reached the sunken ferry in Tarrow on Monday, the coastguard said."
    text = f"{news}\n{footer} Three people drowned on Friday.\n{footer} Nobody listens."
    document = pipeline.analyse(Article.from_text(text, "page.txt"), ["sentences"])
    assert document.article.text == news
    assert [s.text for s in document.sentences] == [news]


def test_a_very_long_article_is_analysed_on_its_head() -> None:
    paragraph = "Ferries stopped in Tarrow on Monday, the port said. " * 40
    article = Article.from_text("\n\n".join([paragraph] * 400).strip(), "long.txt")
    assert len(article.text) > MAX_ANALYSED_CHARS
    document = pipeline.analyse(article, ["sentences"])
    assert len(document.article.text) <= MAX_ANALYSED_CHARS
    assert article.text.startswith(document.article.text)
    assert document.article.text.endswith("the port said.")  # cut where a sentence ends
    assert document.sentences[-1].end <= len(document.article.text)
    (warning, read) = read_bytes(article.text.encode(), "long.txt", ".txt")
    assert str(warning).startswith("long.txt: 0.8 million characters: stored whole, analysed")
    assert read.text == article.text
