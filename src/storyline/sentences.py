"""Sentence splitting: the unit of evidence.

Every timeline entry and claim cites whole sentences verbatim, so a sentence keeps its exact
span in the article text. Splitting is done by `sentencex` (a maintained, rule-based splitter
that knows abbreviations such as "Aug." and "U.S."); line breaks are hard boundaries too,
because scraped news puts headlines, captions and datelines on lines of their own.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from sentencex import segment

from storyline.models import Article, Sentence


def split_sentences(article: Article) -> list[Sentence]:
    """The sentences of an article with their character spans, blank ones dropped."""
    sentences: list[Sentence] = []
    text = article.text
    line_start = 0
    for line in text.splitlines(keepends=True):
        offset = line_start
        line_start += len(line)
        if not line.strip():
            continue
        for piece in segment("en", line):
            start = offset
            offset += len(piece)
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            begin = start + lead
            sentences.append(
                Sentence(
                    article_id=article.id,
                    index=len(sentences),
                    start=begin,
                    end=begin + len(stripped),
                    text=stripped,
                )
            )
    return sentences


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=_Span)


def per_sentence(sentences: Sequence[Sentence], items: Iterable[SpanT]) -> list[list[SpanT]]:
    """The items (time expressions, quantities: anything with a span) that overlap each
    sentence, in item order, found by bisection: a stage that looks at each sentence's
    items costs the size of the article, not sentences times items (which made a 4 MB
    article take minutes)."""
    starts = [sentence.start for sentence in sentences]
    found: list[list[SpanT]] = [[] for _ in sentences]
    for item in items:
        i = max(bisect.bisect_right(starts, item.start) - 1, 0)
        while i < len(sentences) and sentences[i].start < item.end:
            if sentences[i].end > item.start:
                found[i].append(item)
            i += 1
    return found
