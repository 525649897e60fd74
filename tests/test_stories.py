"""Stories: the seeds are one story, stories get short titles, odd inputs do not break it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from storyline.models import Article, Document
from storyline.readers import read_paths
from storyline.stories import StoryClusterer, article_names, cluster


def test_the_five_seed_articles_are_one_story(seeds: Path) -> None:
    articles = list(read_paths([str(seeds)]))
    found = cluster([Document(article=a) for a in articles])
    assert len(found) == 1
    story = found[0]
    assert sorted(story.article_ids) == sorted(a.id for a in articles)
    assert "Niger" in story.title
    assert len(story.title.split()) <= 13


def _article(article_id: str, title: str, text: str, day: int) -> Article:
    return Article(
        id=article_id,
        origin="test",
        title=title,
        text=text,
        published=date(2025, 5, day),
        outlet="The Dungate Ledger",
    )


FIRE = "A wildfire broke out in the hills above {place} and crews from {town} fought it."
VOTE = "Voters in Tessaly went to the polls as the People's Alliance sought a third term."


def test_stories_of_one_kind_in_different_places_stay_apart() -> None:
    articles = [
        _article("a1", "Wildfire near Aldholm", FIRE.format(place="Aldholm", town="Dungate"), 1),
        _article("a2", "Crews fight Aldholm fire", FIRE.format(place="Aldholm", town="Dungate"), 2),
        _article("b1", "Wildfire near Brackby", FIRE.format(place="Brackby", town="Ostmere"), 2),
        _article("b2", "Brackby fire spreads", FIRE.format(place="Brackby", town="Ostmere"), 3),
        _article("v1", "Tessaly votes", VOTE, 2),
    ]
    groups = sorted(sorted(s.article_ids) for s in cluster(articles))
    assert groups == [["a1", "a2"], ["b1", "b2"], ["v1"]]


def test_names_skip_sentence_openers_and_leading_function_words() -> None:
    found, lead = article_names(
        _article("x", "Crews Fight Fire", "Protesters met on Friday in Air Base 201. On Monday "
                 "the People's Alliance said Nigér was calm.", 1)
    )
    assert {"airbase201", "friday", "niger", "peoplealliance"} <= lead
    assert "protesters" not in lead and "onmonday" not in lead
    assert "crewsfightfire" in found and "crewsfightfire" not in lead


def test_odd_inputs() -> None:
    assert cluster([]) == []
    one_word = Article(id="w", origin="t", text="Breaking")
    empty = Article(id="e", origin="t", text="")
    found = cluster([one_word, empty])
    assert sorted(a for s in found for a in s.article_ids) == ["e", "w"]
    assert all(s.title for s in found)
    same = [
        Article(id=f"c{i:05d}", origin="t", title="Same", text=FIRE.format(place="X", town="Y"),
                published=date(2025, 5, 1))
        for i in range(10_000)
    ]
    found = cluster(same)
    assert len(found) == 1 and len(found[0].article_ids) == 10_000


def test_an_article_given_twice_is_placed_once() -> None:
    article = _article("a1", "Wildfire", FIRE.format(place="Aldholm", town="Dungate"), 1)
    clusterer = StoryClusterer()
    first = clusterer.add(article)
    assert clusterer.add(article) == first
    assert clusterer.stories()[0].article_ids == ["a1"]


def test_state_round_trips_through_json() -> None:
    clusterer = StoryClusterer()
    clusterer.add_many(
        [_article(f"a{i}", "Wildfire", FIRE.format(place="Aldholm", town="Dungate"), i)
         for i in range(1, 4)]
    )
    state = json.loads(json.dumps(clusterer.to_state()))
    again = StoryClusterer.from_state(state)
    assert again.to_state() == clusterer.to_state()
    assert [s.article_ids for s in again.stories()] == [s.article_ids for s in clusterer.stories()]
    rows = again.summaries()
    assert rows[0]["articles"] == 3 and rows[0]["first"] == "2025-05-01"
    assert rows[0]["last"] == "2025-05-03" and rows[0]["outlets"] == 1
