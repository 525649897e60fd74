"""Full-text search over stored articles (SQLite FTS5), safe for any text a person types.

FTS5 has its own query language, and a stray quote or a bare ``AND`` is a syntax error, so a
query is reduced to its words, each quoted; the words must all occur (a trailing ``*`` keeps
a prefix search). Title matches weigh more than body matches, among the newest matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from storyline.store import Store
from storyline.web.views import Segment

_WORD = re.compile(r"\w+\*?")
# Markers FTS5 puts around matches in a snippet; control characters no article contains
# after reading, so the snippet can be split and escaped piece by piece.
_OPEN, _CLOSE = "\x02", "\x03"
_MARKED = re.compile(f"{_OPEN}(.*?){_CLOSE}", re.DOTALL)
MAX_QUERY_WORDS = 12
# Matches ranked per search, newest first (see ``search``).
WINDOW = 2000


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a person typed, or None when it has no words."""
    words = _WORD.findall(text)[:MAX_QUERY_WORDS]
    if not words:
        return None
    return " ".join(
        f'"{w[:-1]}"*' if w.endswith("*") and len(w) > 1 else f'"{w.rstrip("*")}"' for w in words
    )


@dataclass(frozen=True, slots=True)
class Hit:
    """A matching article, with a snippet of its text and the story it belongs to."""

    id: str
    title: str | None
    outlet: str | None
    origin: str
    published: str | None
    snippet: list[Segment]
    story: str | None

    @property
    def snippet_text(self) -> str:
        return "".join(s.text for s in self.snippet)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "origin": self.origin,
            "published": self.published,
            "snippet": self.snippet_text,
            "story": self.story,
        }


def search(store: Store, text: str, limit: int = 20, offset: int = 0) -> list[Hit]:
    """Articles matching ``text``: the best (BM25, titles weighted five times) among the
    ``WINDOW`` most recently stored matches.

    Ranking every match of a common word in a large store costs a scan of all of them; news
    readers want recent articles first anyway, so only the newest matches are ranked, which
    keeps a search's cost bounded whatever the size of the store.
    """
    query = fts_query(text)
    if query is None:
        return []
    rows = store.search(query, window=WINDOW, limit=limit, offset=offset, marks=(_OPEN, _CLOSE))
    return [
        Hit(
            id=row["id"],
            title=row["title"],
            outlet=row["outlet"],
            origin=row["origin"],
            published=row["published"],
            snippet=_segments(row["snippet"] or ""),
            story=row["story"],
        )
        for row in rows
    ]


def _segments(snippet: str) -> list[Segment]:
    segments = []
    at = 0
    for match in _MARKED.finditer(snippet):
        if match.start() > at:
            segments.append(Segment(snippet[at : match.start()]))
        segments.append(Segment(match[1], marked=True))
        at = match.end()
    if at < len(snippet):
        segments.append(Segment(snippet[at:]))
    return [Segment(s.text.replace(_OPEN, "").replace(_CLOSE, ""), s.marked) for s in segments]
