"""The Niger seed corpus: the figures, the disagreement over a base's withdrawal date, and
nothing that agrees or held at other times."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import pipeline, timex
from storyline.claims import (
    group_claims,
    render_disagreements,
    story_claims,
)
from storyline.models import Article, Contradiction, Document, Provenance
from storyline.quantities import extract_quantities
from storyline.readers import read_paths
from storyline.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds-niger"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is not available")
    found = []
    for article in read_paths([str(SEEDS)]):
        assert isinstance(article, Article)
        document = Document(article=article, sentences=split_sentences(article))
        document.time_expressions = timex.tag(article.text, article.published)
        document.quantities = extract_quantities(document)
        found.append(document)
    return found


@pytest.fixture(scope="module")
def found(documents: list[Document]) -> list[Contradiction]:
    provenance = Provenance()
    return story_claims(documents, provenance)[1]


def test_only_the_airbase_date_disagreement_is_reported(found: list[Contradiction]) -> None:
    assert [c.kind for c in found] == ["date"]


def test_troop_figures_months_apart_are_no_disagreement(found: list[Contradiction]) -> None:
    # "Some 200 soldiers had been at the Agadez drone base" (August) and "Fewer than 1,000
    # U.S. troops remain in Niger, most at an air base near Agadez" (May): troops were
    # leaving in between, and the August figure tells no day of its own
    sentences = [side.sentence for c in found for side in c.sides]
    assert not any(s.startswith("Some 200 soldiers") for s in sentences)


def test_the_airbase_101_withdrawal_dates_disagree(found: list[Contradiction]) -> None:
    [date] = [c for c in found if c.kind == "date"]
    values = [side.value for side in date.sides]
    assert values[0].startswith("July 7")
    assert values[1].startswith("earlier this month")
    assert "Air Base 101 in Niamey on July 7" in date.sides[0].sentence


def test_the_thousand_troop_figures_agree_and_the_drawdown_is_a_change(
    documents: list[Document],
) -> None:
    claims = group_claims(documents, Provenance())
    [niger] = [c for c in claims if any(m.text == "roughly 1,000 troops" for m in c.mentions)]
    assert niger.about.startswith("US troops")
    texts = {m.text for m in niger.mentions}
    assert {"roughly 1,000 troops", "nearly 1,000 military personnel"} <= texts
    assert "about two dozen American soldiers" in texts
    assert niger.note is not None and "different times" in niger.note


def test_copied_wire_text_is_one_mention(documents: list[Document]) -> None:
    copies = {d.id for d in documents if "more than 2,500 military personnel" in d.article.text}
    assert len(copies) == 3
    first = min(copies)
    provenance = Provenance(duplicate_of={i: first for i in copies if i != first})
    [region] = [c for c in group_claims(documents, provenance) if "region" in c.about]
    assert len(region.mentions) == 1


def test_the_section_quotes_every_side(found: list[Contradiction]) -> None:
    text = render_disagreements(found, "text")
    for contradiction in found:
        for side in contradiction.sides:
            assert side.sentence in text


def test_the_drawdown_is_a_revision_of_the_storys_account() -> None:
    # Run as `storyline timeline` runs it: May's "Fewer than 1,000 U.S. troops remain" goes on
    # from that day's announcement, August's "about two dozen" from the handover; each is a
    # state of its page's day, so the drawdown comes out as a revision, earliest first.
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is not available")
    articles = [a for a in read_paths([str(SEEDS)]) if isinstance(a, Article)]
    [story] = pipeline.run(articles).stories
    [troops] = [r for r in story.revisions if "troops" in r.about]
    values = [v.value for v in troops.values]
    assert values[0].startswith("Fewer than 1,000")
    assert values[-1] == "about two dozen American soldiers"
    assert troops.values[0].as_of < troops.values[-1].as_of
