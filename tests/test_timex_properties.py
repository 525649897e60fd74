"""Properties the tagger keeps on any input: no exception, valid values, exact offsets,
sorted non-overlapping spans, the same output for the same input."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.timex import infer_publication_date, is_valid_value, tag

# Pieces of temporal language, so generated texts reach the rules and their corners.
FRAGMENTS = [
    "Monday", "last", "next", "this", "week", "month", "year", "years", "ago", "earlier",
    "later", "September", "Sept.", "May", "16", "32nd", "of", "the", "2024", "99999", "1989",
    ",", " , ", "mid-", "early", "late", "quarter", "third", "Q3", "summer", "1990s", "'90s",
    "a.m.", "10:30", "noon", "today", "yesterday", "every", "twice", "a", "few", "days",
    "four", "decade", "century", "20th", "said", "will", "on", "in", "9/16/2024",
    "2024-09-16", "16.09.2024", "fiscal", "year-earlier", "that", "day", "Christmas",
    "nineteen", "ninety-six", "now", "recent", "-", "/", ".", "\n", " ",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
)
references = st.one_of(
    st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max, dt.date(2024, 2, 29)])
)


@settings(max_examples=300, deadline=None)
@given(texts, references)
def test_any_text_is_tagged_with_valid_values_and_exact_offsets(
    text: str, reference: dt.date | None
) -> None:
    found = tag(text, reference)
    previous_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert e.start >= previous_end
        previous_end = e.end
        assert e.type in ("DATE", "TIME", "DURATION", "SET")
        assert is_valid_value(e.value), e
        # an anchor is a date the text told, as precisely as it told it ("1995", a day)
        assert e.anchor is None or (is_valid_value(e.anchor) and "X" not in e.anchor), e
    assert tag(text, reference) == found


@settings(max_examples=100, deadline=None)
@given(texts, references)
def test_inference_never_raises_and_gives_a_confidence(text: str, hint: dt.date | None) -> None:
    inferred = infer_publication_date(text, hint)
    if inferred is not None:
        day, confidence = inferred
        assert isinstance(day, dt.date)
        assert 0.0 <= confidence <= 1.0
