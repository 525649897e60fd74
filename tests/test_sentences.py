"""Sentence splitting: each sentence whole, with its exact span in the article."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import events, pipeline
from storyline.furniture import readable
from storyline.models import Article
from storyline.sentences import LONGEST, split_sentences


def sentences(text: str) -> list[str]:
    article = Article.from_text(text, "page.txt")
    found = split_sentences(article)
    assert all(article.text[s.start : s.end] == s.text for s in found)
    return [s.text for s in found]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left Tarrow at 12:10 p.m. Sunday, bound for the islands.",
        "Divers went down at 9 a.m. Tuesday and came up at 4 p.m. Wednesday.",
        "The quake struck at 8:05 a.m. ET, the survey said.",
        "The count opens at 9 A.M. EST in every ward.",
        "Polls close at 8 p.m. Nov. 5 in the county.",
        "The blaze began at 2 a.m. local time near the dock.",
        "The launch window runs from 1:30 p.m. to 4 p.m. Eastern.",
    ],
)
def test_a_clock_time_stays_in_the_sentence_that_gives_its_day_or_zone(text: str) -> None:
    assert sentences(f"{text} Officials said more would follow.") == [
        text,
        "Officials said more would follow.",
    ]


@pytest.mark.parametrize(
    "after",
    [
        "The meeting ends there.",
        "May the crews stay safe.",
        "Sunday's meeting was cancelled.",
        "Local officials expect results by midnight.",
        "Eastern districts were hit hardest.",
    ],
)
def test_a_clock_time_still_ends_a_sentence_before_a_new_one(after: str) -> None:
    # "Sunday's meeting" opens a sentence: a day in the possessive names a thing, not the
    # clock time's day
    assert sentences(f"The count closes at 5 p.m. {after}") == [
        "The count closes at 5 p.m.",
        after,
    ]


def test_the_day_after_a_clock_time_dates_the_sentence() -> None:
    text = (
        "The ferry Aster left Tarrow at 12:10 p.m. Sunday, bound for the islands.\n"
        "Coastguards lost contact with it an hour later."
    )
    document = pipeline.analyse(Article.from_text(text, "ferry.txt", published=date(2025, 3, 11)))
    departure = events.reports_of(document, None)[0]
    assert departure.sentence.text.endswith("bound for the islands.")
    assert departure.date == "2025-03-09"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["at 3 p.m.", "Sunday,", "ET", "The", "crew", "left.", "a.m.", "May", "9", "\n", "x"]
        ),
        max_size=30,
    )
)
def test_sentences_are_exact_disjoint_spans_of_the_text(words: list[str]) -> None:
    article = Article.from_text(" ".join(words), "page.txt")
    found = split_sentences(article)
    assert all(article.text[s.start : s.end] == s.text and s.text.strip() for s in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["troops", "12", ",", "and", "", "x" * 700]), max_size=40),
    st.sampled_from([" ", "\t", "\xa0"]),
    st.sampled_from([LONGEST - 1, LONGEST, LONGEST + 1, 3 * LONGEST]),
)
def test_a_run_with_no_full_stop_is_cut_at_spaces_into_sentences_no_longer_than_the_longest(
    words: list[str], space: str, length: int
) -> None:
    spaced = [word or space * 300 for word in ["Officials", "listed", *words]]
    run = (space.join(spaced) + space * length)[:length] + "."
    article = Article.from_text(run, "table.txt")
    found = split_sentences(article)
    assert all(len(s.text) <= LONGEST for s in found)
    assert all(article.text[s.start : s.end] == s.text for s in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert " ".join(s.text for s in found).split() == run.split()


@pytest.mark.parametrize("titled", [False, True])
def test_no_part_of_a_cut_run_is_a_summary(titled: bool) -> None:
    """Cut to length, the run leaves "Rebels had killed 12 soldiers ..." a sentence of its
    own, news without the witnesses who tell it: it is read for its figures, never shown,
    even where the article is only its headline (a title as long as its text)."""
    head = "Witnesses in the port said that roads were shut:" + "".join(
        f" road {i}," for i in range(100)
    )
    run = (head + " and").ljust(LONGEST) + "Rebels had killed 12 soldiers on Monday."
    article = Article.from_text(run, "list.txt", published=date(2024, 8, 7))
    article = replace(article, title=run) if titled else article
    found = split_sentences(article)
    assert len(found) > 1 and all(s.cut for s in found)
    assert readable(found[-1].text)  # the tail is shaped as a sentence: only the cut tells
    story = pipeline.run([article]).stories[0]
    shown = [e.summary for e in story.timeline + story.background]
    assert not any("Rebels" in summary for summary in shown), shown
    assert any(m.unit == "soldiers" for c in story.claims for m in c.mentions)


@pytest.mark.parametrize("space", [" ", "\xa0", "\n"])
def test_a_sentence_after_a_long_run_of_spaces_is_whole_and_shown(space: str) -> None:
    sentence = "Officials said the bridge over the river closed on Monday after the storm."
    article = Article.from_text(space * 2500 + sentence, "padded.txt", published=date(2024, 8, 7))
    assert [(s.text, s.cut) for s in split_sentences(article)] == [(sentence, False)]
    story = pipeline.run([article]).stories[0]
    assert [e.summary for e in story.timeline] == [sentence]


def test_a_sentence_as_long_as_news_runs_stays_whole() -> None:
    sentence = "Rescuers said " + ", ".join(f"village {i} was reached" for i in range(60)) + "."
    assert 1000 < len(sentence) < LONGEST
    assert [s.text for s in split_sentences(Article.from_text(sentence, "a.txt"))] == [sentence]


def test_a_picture_gallerys_captions_are_no_sentences_of_the_page() -> None:
    text = (
        "The singer Ana Lusk and the actor Tom Brae have split after four years, a spokesman "
        "said on Monday.\n"
        "Photos: Famous splits The rower Ida Venn said on July 2, 2021, that she and her "
        "fiance were taking a break. The two got engaged on New Year's Day 2020. "
        "Hide Caption 16 of 59\n"
        "Photos: Famous splits Image 2 of 12 The chef Rob Kale filed for divorce in May.\n"
        "Lusk and Brae met on the set of a film in 2021."
    )
    article = Article.from_text(text, "split.txt", published=date(2025, 3, 11))
    found = [s.text for s in split_sentences(article)]
    assert found == [
        "The singer Ana Lusk and the actor Tom Brae have split after four years, a spokesman "
        "said on Monday.",
        "Lusk and Brae met on the set of a film in 2021.",
    ]
    story = pipeline.run([article]).stories[0]
    told = [e.summary for e in (*story.timeline, *story.background)]
    assert told and not any("engaged" in t or "Kale" in t or "Venn" in t for t in told)
    # a page that is only a gallery, or a gallery under a time stamp, tells its story in
    # its captions
    captions = "\n".join(line for line in text.splitlines() if line.startswith("Photos:"))
    for page in (captions, "Updated 1542 GMT (2342 HKT) March 11, 2025\n" + captions):
        gallery = Article.from_text(page, "gallery.txt")
        assert "The two got engaged on New Year's Day 2020." in [
            s.text for s in split_sentences(gallery)
        ]


def test_a_counter_glued_into_news_or_a_gallery_under_one_line_of_news_keeps_every_line() -> None:
    news = (
        "Winds of 140 km/h tore roofs off houses in Varne, officials said. Play slideshow "
        "Getty Images 1 of 35 Rescue teams searched the harbour district on Tuesday. The "
        "airport will reopen on Friday, the operator said."
    )
    text = f"The storm hit Varne on Monday night.\n{news}\nSchools in Varne stay shut all week."
    found = [s.text for s in split_sentences(Article.from_text(text, "storm.txt"))]
    assert "Rescue teams searched the harbour district on Tuesday." in " ".join(found)
    # one sentence of news beside a gallery is its credit or its introduction, not a page
    gallery = (
        "The gallery shows the best photographs of the storm season in Varne.\n"
        "Photos: Storm season A fishing boat lies on the quay in Tarrow. Hide Caption 1 of 8"
    )
    kept = [s.text for s in split_sentences(Article.from_text(gallery, "gallery.txt"))]
    assert "A fishing boat lies on the quay in Tarrow." in " ".join(kept)


def test_a_gallery_that_numbers_its_pictures_is_no_text_of_the_page() -> None:
    # a gallery printed without labels numbers each picture out of its total; one line
    # opening on such a number alone may be a date ("4/30 was the day the port reopened")
    captions = [
        "1/4 Dawn over Varne A photographer caught the first light over the harbour in 2019.",
        "2/4 The old lighthouse The lighthouse at Tarrow was built in 1872 and restored in 2001.",
        "3/4 Storm season A fishing boat lies on the quay in Tarrow after the storm of 2020.",
        "4/4 Night ferry The last ferry of the night leaves Varne for the islands.",
    ]
    news = (
        "The Varne ferry will not sail again this winter, the operator said on Monday. "
        "Repairs to its hull will take until March, the operator said."
    )
    page = Article.from_text("\n".join([news, *captions]), "ferry.txt")
    kept = " ".join(s.text for s in split_sentences(page))
    assert "Repairs to its hull will take until March" in kept
    assert not any(word in kept for word in ("lighthouse", "fishing boat", "first light"))
    dated = Article.from_text(f"{news}\n4/30 was the day the port reopened to ships.", "d.txt")
    assert "4/30 was the day the port reopened to ships." in [
        s.text for s in split_sentences(dated)
    ]
    # a chronology's days skip or run on from later in the month, and two numbered lines
    # are no run: all stay news
    days = [
        "1/12 Dockers walk out at Varne over pay.",
        "5/12 Talks between the union and the port break down.",
        "9/12 The port closes to all cargo ships.",
    ]
    running = [
        "4/12 Dockers vote to strike over pay at Varne.",
        "5/12 Talks between the union and the port break down.",
        "6/12 The port closes to all cargo ships.",
    ]
    pair = captions[:2]
    # out of a total no month reaches, two lines are still no run, and three that start
    # past the first picture are no gallery's
    big_pair = [f"{n}/30{line[3:]}" for n, line in ((1, captions[0]), (2, captions[1]))]
    later = [f"{n}/30{line[3:]}" for n, line in zip((4, 5, 6), captions[:3], strict=True)]
    for lines in (days, running, pair, big_pair, later):
        page = Article.from_text("\n".join([news, *lines]), "chronology.txt")
        kept = [s.text for s in split_sentences(page)]
        assert all(any(line[5:] in text for text in kept) for line in lines)


def test_prose_that_counts_pictures_is_no_gallery() -> None:
    text = (
        "The Varne museum reopened on Monday after a year of repairs. It shows 40 of 120 "
        "images by the photographer Ida Venn.\n"
        "The mayor opened the new wing on Tuesday.\n"
        "Tickets for the new wing cost five crowns for each visitor."
    )
    found = [s.text for s in split_sentences(Article.from_text(text, "museum.txt"))]
    assert found[0] == "The Varne museum reopened on Monday after a year of repairs."
    assert len(found) == 4


def test_an_embedded_videos_label_is_no_text_of_the_page() -> None:
    # A video player scraped into the page prints its title twice, above the picture and
    # beside the running time, whatever its buttons say; its words are the video's, not
    # the page's news. Lines that end on a clock or repeat a phrase stay.
    text = (
        "Dockers at Kessock walked out on Monday over a new shift pattern.\n"
        "Now playing Cranes fall silent at Kessock port Up next ... Play Cranes fall silent "
        "at Kessock port 02:14\n"
        "The harbour board said talks would resume on Thursday.\n"
        "The last ferry left Kessock at 11:36\n"
        "Cranes fall silent at Kessock port as cranes fall silent at Kessock port every winter.\n"
        "The dockers of Kessock port met on Monday. The dockers of Kessock port voted to "
        "strike. Updated 14:05"
    )
    found = sentences(text)
    assert not any("Now playing" in s or "02:14" in s for s in found)
    assert "The last ferry left Kessock at 11:36" in found
    assert any(s.startswith("Cranes fall silent at Kessock port as") for s in found)
    assert "The dockers of Kessock port met on Monday." in found  # a paragraph, not a player
    assert len(found) == 7  # "Updated 14:05" is a piece of its own
    # a title may hold an initial, a title's stop or end on a question mark
    for title in (
        "Why does Varne keep testing rockets?",
        "Dr. Olsen on the Kessock port strike",
        "The rocket that makes N. Varne a threat",
    ):
        label = f"Now playing {title} Up next ... Play {title} 02:10"
        page = (
            f"Dockers at Kessock walked out on Monday.\n{label}\n"
            "The harbour board said talks resume today."
        )
        assert sentences(page) == [
            "Dockers at Kessock walked out on Monday.",
            "The harbour board said talks resume today.",
        ]
