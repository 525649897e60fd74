"""Sentence splitting: the unit of evidence.

Every timeline entry and claim cites whole sentences verbatim, so a sentence keeps its exact
span in the article text. Splitting is done by `sentencex` (a maintained, rule-based splitter
that knows abbreviations such as "Aug." and "U.S."), with a clock time's "p.m." kept in the
sentence that goes on to name its day ("at 12:10 p.m. Sunday"); line breaks are hard
boundaries too, because scraped news puts headlines, captions and datelines on lines of
their own.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from sentencex import segment

from storyline.furniture import is_furniture, media_lines, readable
from storyline.models import Article, Sentence
from storyline.text import MONTH_STEM, WEEKDAY

_CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$", re.IGNORECASE)
_CLOCK_GOES_ON = re.compile(
    rf"(?i:{WEEKDAY}\b(?!['’]s)|{MONTH_STEM}[a-z]*\.?\s*\d"
    r"|(?:[ecmp][sd]?t|gmt|utc|bst|cest?|ist|jst|aes?[sd]?t)\b"
    r"|(?:local|eastern|central|mountain|pacific)(?=\s+(?:standard\s+|daylight\s+)?time\b"
    r"|\s*(?:[,.;)]|$)))|[a-z,;:)]"
)
"""What goes on after a clock time's "a.m." or "p.m." in the same sentence: its day, month
or zone ("at 12:10 p.m. Sunday, bound for San Jose", "8:05 a.m. ET", "4 p.m. Eastern
time"), a word in lower case or punctuation; a day in the possessive ("Sunday's meeting
was cancelled") and a zone's word naming something else ("Local officials expect ...")
open a sentence of their own. The splitter reads the abbreviation's full stop before a
capital as the sentence's end, which cuts the time off the day it names."""


def _pieces(line: str) -> list[str]:
    """The sentences of one line as the splitter gives them, a clock time's "a.m." or
    "p.m." joined to the day or zone after it (``_CLOCK_GOES_ON``)."""
    pieces: list[str] = []
    for piece in segment("en", line):
        if pieces and _CLOCK_END.search(pieces[-1]) and _CLOCK_GOES_ON.match(piece):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


LONGEST = 2_000
"""Characters a sentence may run to. News sentences stay well under a thousand; a longer run
with no full stop is a list, a table or a pasted feed. It is cut into parts no longer than
this (``Sentence.cut``): each stage reads a sentence with rules whose cost grows with its
length, so bounded sentences keep every stage's cost in proportion to the article's length."""

_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def _cut(piece: str) -> list[str]:
    """``piece`` in consecutive parts of at most ``LONGEST`` characters; joined, they are
    ``piece``. Each part takes about an equal share of what is left, cut after the last
    whitespace within that share (mid-word only where the share has none), so that a cut
    leaves no sliver of a word or clause as a part of its own."""
    parts: list[str] = []
    start = 0
    while (left := len(piece) - start) > LONGEST:
        share = math.ceil(left / math.ceil(left / LONGEST))
        spaced = _TO_LAST_SPACE.match(piece, start, start + share)
        at = spaced.end() if spaced else start + share
        parts.append(piece[start:at])
        start = at
    parts.append(piece[start:])
    return parts


def split_sentences(article: Article) -> list[Sentence]:
    """The sentences of an article with their character spans, blank lines and the labels of
    the pictures and videos beside its text (``media_lines``) dropped: the page's text keeps
    them. A page whose other lines hold fewer than ``GALLERY_TEXT`` sentences that read as
    news (a gallery under a time stamp, a video page under its player) keeps those labels,
    which are all it tells."""
    pieces: list[tuple[int, str, bool, bool]] = []  # start, text, in a label, cut
    line_start = 0
    lines = article.text.splitlines(keepends=True)
    media = media_lines(lines)
    for number, line in enumerate(lines):
        offset = line_start
        line_start += len(line)
        if not line.strip():
            continue
        in_media = number in media
        for piece in _pieces(line):
            start = offset + len(piece) - len(piece.lstrip())
            offset += len(piece)
            parts = []  # the piece's text, cut to length if it runs longer
            for part in _cut(piece.strip()):
                if part.strip():
                    parts.append((start + len(part) - len(part.lstrip()), part.strip()))
                start += len(part)
            pieces.extend((at, text, in_media, len(parts) > 1) for at, text in parts)
    kept = pieces
    if any(in_media for _, _, in_media, _ in pieces):
        told = sum(
            1 for _, text, in_media, cut in pieces
            if not (in_media or cut) and readable(text) and not is_furniture(text)
        )  # fmt: skip
        if told >= GALLERY_TEXT:
            kept = [piece for piece in pieces if not piece[2]]
    return [
        Sentence(
            article_id=article.id, index=i, start=start, end=start + len(text), text=text,
            cut=cut,
        )
        for i, (start, text, _, cut) in enumerate(kept)
    ]  # fmt: skip


GALLERY_TEXT = 2
"""Sentences that read as news a page needs beside a gallery or a video for their labels to be
set aside: one line of text under a gallery is its time stamp or its credit."""


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
