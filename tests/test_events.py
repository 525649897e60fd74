"""Events: dated mentions merged across articles, with evidence and independent sources."""

from __future__ import annotations

from datetime import date

from storyline.events import (
    build_events,
    calendar_value,
    collect_mentions,
    granularity,
    within,
)
from storyline.models import Article, Document, Provenance, Sentence, TimeExpression


def document(doc_id: str, published: date, text: str, dates: dict[str, str]) -> Document:
    """A one-sentence document whose expressions (surface -> value) are given."""
    article = Article(id=doc_id, origin=doc_id, text=text, published=published)
    sentence = Sentence(doc_id, 0, 0, len(text), text)
    expressions = [
        TimeExpression(
            text.index(surface), text.index(surface) + len(surface), surface, "DATE", value
        )
        for surface, value in dates.items()
    ]
    return Document(article, [sentence], expressions)


def test_calendar_values() -> None:
    assert calendar_value("2024-08-05") == "2024-08-05"
    assert calendar_value("2024-08-05TMO") == "2024-08-05"
    assert calendar_value("2024-03") == "2024-03"
    assert calendar_value("2023") == "2023"
    for not_a_place in ("P1D", "2024-W38", "2024-SU", "XXXX-08", "PRESENT_REF", "2024-02-30"):
        assert calendar_value(not_a_place) is None
    assert granularity("2024-03") == "month"
    assert within("2024-03", date(2024, 3, 31), None)
    assert not within("2024-03", date(2024, 4, 1), None)


def test_one_event_reported_in_different_words_and_expressions() -> None:
    monday = document(
        "a",
        date(2024, 8, 7),
        "The US handed over Air Base 201 in Agadez to Niger on Monday.",
        {"Monday": "2024-08-05"},
    )
    aug5 = document(
        "b",
        date(2024, 9, 16),
        "US forces handed Air Base 201 in Agadez over to Niger on Aug. 5.",
        {"Aug. 5": "2024-08-05"},
    )
    other = document(
        "c",
        date(2024, 8, 6),
        "Russian trainers arrived in Niamey with an air defence system on Monday.",
        {"Monday": "2024-08-05"},
    )
    events = build_events([monday, aug5, other])
    assert len(events) == 2
    base = next(e for e in events if "Agadez" in e.summary)
    assert base.date == "2024-08-05"
    assert base.independent_sources == 2
    assert {(e.article_id, e.expression) for e in base.evidence} == {
        ("a", "Monday"),
        ("b", "Aug. 5"),
    }


def test_copies_count_as_one_source() -> None:
    text = "Troops left Air Base 101 in Niamey on July 7."
    docs = [document(i, date(2024, 7, 8), text, {"July 7": "2024-07-07"}) for i in "xyz"]
    provenance = Provenance(duplicate_of={"y": "x", "z": "x"})
    (event,) = build_events(docs, provenance)
    assert len(event.evidence) == 3
    assert event.independent_sources == 1


def test_mentions_are_clipped_to_the_period() -> None:
    doc = document(
        "a", date(2024, 9, 16), "In March the junta ended the accord.", {"March": "2024-03"}
    )
    assert collect_mentions([doc], since=date(2024, 4, 1)) == []
    assert [m.date for m in collect_mentions([doc], until=date(2024, 3, 1))] == ["2024-03"]
