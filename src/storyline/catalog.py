"""The stories kept in the store, brought up to date as articles arrive, change or go.

Clustering is a stream, so the store keeps the clusterer's state and the store state it has
seen; an update places only the articles stored since. An article whose fields changed since
(filled in by a better-described copy, or corrected with ``storyline set``) is taken out of
its story and placed again; ``remove_articles`` takes removed ones out. A story that vanishes
into another (a merge) leaves its id as an alias of the other, so a link to it still finds
it. ``storyline ingest`` calls ``update_stories`` after storing, ``storyline stories`` lists
what it holds, and ``storyline timeline`` without inputs uses the same stories, so their ids
agree everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.models import Article
from storyline.store import Store
from storyline.stories import STATE_VERSION, StoryClusterer


def update_stories(store: Store, *, batch_size: int = 5000) -> StoryClusterer:
    """Fold every article stored or changed since the last update into the stories; save
    the state.

    The state is read and written under one write lock, so two ingests updating at once
    never place the same articles twice or lose each other's work. A state saved by
    another version of the clusterer is set aside and the stories are made again. Articles
    that reach back in time are placed again with the ones after them (see
    ``StoryClusterer.add_many``), read back from the store.
    """
    with store.transaction():
        seq, state = store.story_state()
        if state is not None and state.get("version") != STATE_VERSION:
            seq, state = 0, None
        clusterer = StoryClusterer.from_state(state) if state else StoryClusterer()
        before = _first_members(clusterer)
        batch: list[Article] = []
        changed: list[Article] = []
        for _position, article in store.iter_articles_after(seq):
            if clusterer.story_of(article.id) is not None:
                changed.append(article)
                continue
            batch.append(article)
            if len(batch) >= batch_size:
                clusterer.add_many(batch, earlier=store.iter_articles)
                batch = []
        if changed:
            clusterer.remove(changed, store.articles)
            batch.extend(changed)
        if batch:
            clusterer.add_many(batch, earlier=store.iter_articles)
        _save(store, clusterer, before)
    return clusterer


def remove_articles(store: Store, article_ids: Iterable[str]) -> list[Article]:
    """Delete articles from the store and take them out of its stories; returns those that
    were stored."""
    with store.transaction():
        removed = store.remove(article_ids)
        _seq, state = store.story_state()
        if state and removed:
            clusterer = StoryClusterer.from_state(state)
            before = _first_members(clusterer)
            clusterer.remove(removed, store.articles)
            _save(store, clusterer, before)
    return removed


def _first_members(clusterer: StoryClusterer) -> dict[str, str]:
    """Each story's id and one of its articles: where the article is afterwards is where
    the story went, if it is gone."""
    return clusterer.first_members()


def _save(store: Store, clusterer: StoryClusterer, before: dict[str, str]) -> None:
    """Save the state as of the store's clock, and alias the stories merged into others."""
    aliases = {}
    for story_id, member in before.items():
        now = clusterer.story_of(member)
        if now is not None and now != story_id:
            aliases[story_id] = now
    store.add_story_aliases(aliases)
    store.save_story_state(store.state(), clusterer.to_state())
