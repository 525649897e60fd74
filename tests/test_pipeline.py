"""The pipeline: named per-article stages, chosen by the caller, on a new document."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from storyline import pipeline
from storyline.models import Article

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
    """An undated "on March 4" is read against the collection's year once it is known."""
    dated = Article.from_text("Talks opened in Valmore on March 1, 2024.", "a",
                              published=date(2024, 3, 1))  # fmt: skip
    undated = Article.from_text("Dockers walked out on March 4 over pay.", "b")
    full = [pipeline.analyse(dated), pipeline.analyse(undated)]
    reduced = [pipeline.analyse(a, pipeline.without(*pipeline.DATED)) for a in (dated, undated)]

    pipeline.date_undated(full)
    pipeline.date_undated(reduced)

    assert full[1].article.published == reduced[1].article.published == date(2024, 3, 4)
    assert [t.value for t in full[1].time_expressions] == ["2024-03-04"]
    assert not reduced[1].time_expressions  # never asked for: left to the caller
