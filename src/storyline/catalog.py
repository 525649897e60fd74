"""The stories kept in the store, brought up to date as articles arrive.

Clustering is a stream, so the store keeps the clusterer's state and the position of the
last article it placed; an update places only the articles stored since. ``storyline
ingest`` calls it after storing, ``storyline stories`` lists what it holds, and ``storyline
timeline`` without inputs uses the same stories, so their ids agree everywhere.
"""

from __future__ import annotations

from storyline.store import Store
from storyline.stories import STATE_VERSION, StoryClusterer


def update_stories(store: Store, *, batch_size: int = 5000) -> StoryClusterer:
    """Fold every article stored since the last update into the stories; save the state.

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
        batch = []
        for position, article in store.iter_articles_after(seq):
            batch.append(article)
            seq = position
            if len(batch) >= batch_size:
                clusterer.add_many(batch, earlier=store.iter_articles)
                batch = []
        if batch:
            clusterer.add_many(batch, earlier=store.iter_articles)
        store.save_story_state(seq, clusterer.to_state())
    return clusterer
