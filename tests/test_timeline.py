"""Timelines: date selection and summaries, on the seed story and on small made-up cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.errors import InputError
from storyline.furniture import readable
from storyline.models import Article, Document, Sentence, TimeExpression
from storyline.readers import read_paths
from storyline.timeline import build_timeline, without_dateline

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds-niger"


def test_readable_rejects_bylines_captions_and_fragments() -> None:
    assert readable("The withdrawal of US troops from Niger is complete, an official said.")
    assert not readable("By Sam Mednick")
    assert not readable("switch captionSam Mednick/AP")
    assert not readable("Supporters gather for a protest in Niamey, Niger, August 3, 2023.")
    assert not readable("Last military bases")
    assert not readable("and the troops left the country within weeks of the deadline")
    assert not readable("Page last updated at 07:02 GMT , Friday , 16 September 2011 .")
    assert not readable("AMMAN | Wed Apr 6 , 2011 5:01 pm EDT Syrian army ranks are packed .")
    assert not readable("January 31 , 2011 | By Ashley Hayes , CNN Army soldiers stand guard .")
    assert not readable("The rig exploded and toppled into th ... Coast Guard officials said so .")
    assert readable("He said the troops would leave ... and that the base would close .")
    assert readable("The meeting ended at 5:30 pm and the talks resume on Monday .")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a web page's headline line, its wire dateline, then the lead (tokenised brackets)
        (
            "AMMAN | Wed Apr 6 , 2011 5:01 pm EDT AMMAN -LRB- Reuters -RRB- - Senior Syrian "
            "army ranks are packed with loyal members of the Alawite minority .",
            "Senior Syrian army ranks are packed with loyal members of the Alawite minority .",
        ),
        # a caption and its credit run on into the next story's dateline
        (
            "Oil washes ashore near Venice . AP NEW ORLEANS -- The Coast Guard suspended the "
            "search on Friday .",
            "The Coast Guard suspended the search on Friday .",
        ),
        (
            "VENICE, Louisiana -- BP's chairman defended the company.",
            "BP's chairman defended the company.",
        ),
        ("WASHINGTON (CNN) -- The president spoke on Monday.", "The president spoke on Monday."),
        # a wire of any name, after a place with an accent
        (
            "VALMORÉ (Meridian Press) — Cranes stood idle on Tuesday.",
            "Cranes stood idle on Tuesday.",
        ),
        (
            "ON THE GULF OF MEXICO -- Robots moved a dome on Friday .",
            "Robots moved a dome on Friday .",
        ),
        # an underscore for the dash, as a seven-bit wire sent it, with or without a credit
        ("LISBON _ The ferry sank on Friday.", "The ferry sank on Friday."),
        (
            "PORTO, Portugal (AP) _ Divers reached the ferry on Saturday.",
            "Divers reached the ferry on Saturday.",
        ),
        # a page's headline and time stamp before the text
        (
            "Doubts cast on speech Thursday 30 June 2005 03.14 BST Leading Democrats reacted "
            "angrily .",
            "Leading Democrats reacted angrily .",
        ),
        (
            "Friday, May 28, 2010; 4:37 PM A Louisiana crew found a plume.",
            "A Louisiana crew found a plume.",
        ),
        # a transcript's speaker label, stage direction and segment heading
        (
            "CARL AZUZ, CNN STUDENT NEWS ANCHOR: Rebels reached Tripoli on Sunday.",
            "Rebels reached Tripoli on Sunday.",
        ),
        ("AZUZ : Rebels reached Tripoli on Sunday .", "Rebels reached Tripoli on Sunday ."),
        (
            "U.S. VICE PRESIDENT JOE BIDEN : I read that some investors are worried .",
            "I read that some investors are worried .",
        ),
        (
            "SEN. JOHN MCCAIN (R), ARIZONA: We voted against the bill on Monday.",
            "We voted against the bill on Monday.",
        ),
        (
            "-LRB- END VIDEO CLIP -RRB- LEMON : The uprising is in its fifth day .",
            "The uprising is in its fifth day .",
        ),
        (
            "(BEGIN VIDEOTAPE) UNIDENTIFIED MALE: The water came up to the roof.",
            "The water came up to the roof.",
        ),
        (
            "First Up : Crisis in Libya AZUZ : Rebels reached Tripoli on Sunday .",
            "Rebels reached Tripoli on Sunday .",
        ),
        # capitals and brackets of news are no transcript: an acronym, a fact box's
        # heading, a label after running text, a lead-in that is page furniture itself
        (
            "The World Health Organization (WHO) declared a pandemic.",
            "The World Health Organization (WHO) declared a pandemic.",
        ),
        (
            "US : one death , at least 91 confirmed cases .",
            "US : one death , at least 91 confirmed cases .",
        ),
        (
            "Traders kept selling shares of BHP : the stock fell 4 percent .",
            "Traders kept selling shares of BHP : the stock fell 4 percent .",
        ),
        ("READ MORE: Storm hits the coast.", "READ MORE: Storm hits the coast."),
        (
            "Police released footage of the crash (VIDEO).",
            "Police released footage of the crash (VIDEO).",
        ),
        # a page's "updated" stamp, and a page control's label after it, before the lead
        (
            "4 March 2012 Last updated at 18:05 GMT Help Floods cut the rail line to Orvane .",
            "Floods cut the rail line to Orvane .",
        ),
        (
            "Page last updated at 09:12 GMT , Monday , 5 March 2012 10:12 UK The line reopened .",
            "The line reopened .",
        ),
        (
            "Rail line cut 4 March 2012 Last updated at 18:05 GMT Floods cut the line .",
            "Floods cut the line .",
        ),
        ("The page was last updated at 18:05 GMT.", "The page was last updated at 18:05 GMT."),
        # a picture's credit glued before the lead, its agency after a slash (the escaped
        # slash scraped pages print too); without a slash the credit's end cannot be told
        (
            "Photograph : Ilse Varga\\/Meridian Health officials closed the port today .",
            "Health officials closed the port today .",
        ),
        (
            "Photograph: Tomas Orr/Kell/Varda Images The ferry sank on Monday.",
            "The ferry sank on Monday.",
        ),
        (
            "Photograph : Tomas Orr\\/pool\\/Varda Crews sealed the dam on Monday .",
            "Crews sealed the dam on Monday .",
        ),
        # a wire's credit opening the sentence without its dash, and a dash left where a
        # place was split off before it
        (
            "-LRB- AP -RRB- Lawmakers rebuked the port authority on Tuesday .",
            "Lawmakers rebuked the port authority on Tuesday .",
        ),
        ("(Reuters) The ministry said on Monday.", "The ministry said on Monday."),
        ("-- The House passed the harbour bill .", "The House passed the harbour bill ."),
        (
            "Photograph : Tomas Orr The question : who pays for the dam ?",
            "Photograph : Tomas Orr The question : who pays for the dam ?",
        ),
        # dashes and clock times inside a sentence are neither
        ("The blast came at 11:30 AM on Monday.", "The blast came at 11:30 AM on Monday."),
        ("The U.S. -- and NATO -- agreed on Monday.", "The U.S. -- and NATO -- agreed on Monday."),
        ("Output rose 5% -- the most since May.", "Output rose 5% -- the most since May."),
        ("The file_name _ and NASA _ were read.", "The file_name _ and NASA _ were read."),
    ],
)
def test_without_dateline_keeps_the_verbatim_lead(text: str, lead: str) -> None:
    sentence = Sentence("a", 3, 100, 100 + len(text), text)
    cut = without_dateline(sentence)
    assert cut.text == lead
    assert text[cut.start - 100 :] == cut.text and cut.end == sentence.end


@pytest.mark.parametrize(
    ("text", "elsewhere", "lead"),
    [
        # the place is written normally elsewhere in the article: a dateline without a dash
        (
            "WASHINGTON American troops will leave Niger by mid-September.",
            "In October, Washington called the takeover a coup.",
            "American troops will leave Niger by mid-September.",
        ),
        (
            "NEW YORK Shares fell on Monday.",
            "Traders in New York were wary.",
            "Shares fell on Monday.",
        ),
        # an acronym opening a sentence is never written otherwise: kept
        (
            "NATO Secretary General Jens Stoltenberg spoke on Monday.",
            "NATO allies met.",
            "NATO Secretary General Jens Stoltenberg spoke on Monday.",
        ),
        (
            "US President Joe Biden spoke on Monday.",
            "The US said so.",
            "US President Joe Biden spoke on Monday.",
        ),
        # a word in capitals is no place, however the article writes the word
        (
            "WHO Director-General Tedros spoke on Monday.",
            "Officials, who met on Sunday, agreed.",
            "WHO Director-General Tedros spoke on Monday.",
        ),
        (
            "IT Minister Ana Ruiz spoke on Monday.",
            "She said it was late.",
            "IT Minister Ana Ruiz spoke on Monday.",
        ),
        # a name only opening a sentence says nothing of how it is written inside one
        (
            "PARIS Ministers met on Monday.",
            "Paris said nothing.",
            "PARIS Ministers met on Monday.",
        ),
    ],
)
def test_a_dateline_without_its_dash_is_cut_when_the_article_names_the_place(
    text: str, elsewhere: str, lead: str
) -> None:
    sentence = Sentence("a", 0, 0, len(text), text)
    assert without_dateline(sentence, f"{text}\n\n{elsewhere}").text == lead
    assert without_dateline(sentence).text == text  # without the article, nothing to check


def _doc(doc_id: str, published: date, lines: list[tuple[str, dict[str, str]]]) -> Document:
    text = "\n".join(line for line, _ in lines)
    article = Article(id=doc_id, origin=doc_id, text=text, published=published)
    sentences, expressions, offset = [], [], 0
    for index, (line, dates) in enumerate(lines):
        sentences.append(Sentence(doc_id, index, offset, offset + len(line), line))
        for surface, value in dates.items():
            start = offset + line.index(surface)
            expressions.append(TimeExpression(start, start + len(surface), surface, "DATE", value))
        offset += len(line) + 1
    return Document(article, sentences, expressions)


def _small_story() -> list[Document]:
    return [
        _doc(
            "a",
            date(2024, 5, 20),
            [
                (
                    "Officials announced on Sunday that troops will leave Niger by mid-September.",
                    {"Sunday": "2024-05-19", "mid-September": "2024-09"},
                ),
                (
                    "In March, the junta ended the agreement that let US troops operate there.",
                    {"March": "2024-03"},
                ),
            ],
        ),
        _doc(
            "b",
            date(2024, 8, 6),
            [
                (
                    "US troops handed over Air Base 201 in Agadez to Niger's army on Monday.",
                    {"Monday": "2024-08-05"},
                ),
                (
                    "The junta ended the military agreement with the United States in March.",
                    {"March": "2024-03"},
                ),
            ],
        ),
        _doc(
            "c",
            date(2024, 9, 16),
            [
                (
                    "US troops completed their withdrawal from Niger, an official said on Monday.",
                    {"Monday": "2024-09-16"},
                ),
                (
                    "Air Base 201 in Agadez was handed over to Niger's army on Aug. 5.",
                    {"Aug. 5": "2024-08-05"},
                ),
            ],
        ),
    ]


def test_small_story_timeline_is_chronological_with_evidence() -> None:
    timeline = build_timeline(_small_story())
    dates = [e.date for e in timeline]
    assert dates == sorted(dates)
    assert {"2024-03", "2024-05-19", "2024-08-05", "2024-09-16"} <= set(dates)
    base = next(e for e in timeline if e.date == "2024-08-05")
    assert base.independent_sources == 2
    assert {x.expression for x in base.evidence} == {"Monday", "Aug. 5"}
    march = next(e for e in timeline if e.date == "2024-03")
    assert march.independent_sources == 2
    summaries = [e.summary for e in timeline]
    assert len(summaries) == len(set(summaries))


def test_length_period_and_day_options() -> None:
    story = _small_story()
    assert len(build_timeline(story, max_dates=2)) == 2
    clipped = build_timeline(story, since=date(2024, 8, 1), until=date(2024, 8, 31))
    assert clipped and all(e.date.startswith("2024-08") for e in clipped)
    assert all(len(e.date) == 10 for e in build_timeline(story, days_only=True))
    two = build_timeline(story, max_dates=1, sentences_per_date=2, days_only=True)
    # the Aug. 5 report retells the Monday one: evidence, not a second summary sentence
    assert len(two) == 1 and two[0].summary.count("Agadez") == 1
    assert len(two[0].evidence) == 2


def test_an_undated_articles_leads_tell_only_the_day_its_date_was_inferred_as() -> None:
    """A date inferred from leads naming it ("said on Monday") is the day the text reports,
    so its leads are no candidates for the day before, as a printed date's are."""
    article = _doc(
        "a",
        date(2024, 9, 16),
        [
            (
                "The U.S. military said on Monday it had completed its withdrawal from Niger.",
                {"Monday": "2024-09-16"},
            ),
            ("A general said the last troops left without incident.", {}),
        ],
    )
    assert [e.date for e in build_timeline([article])] == ["2024-09-15", "2024-09-16"]
    article.article.published_inferred = True
    assert [e.date for e in build_timeline([article])] == ["2024-09-16"]


def test_a_day_is_not_told_again_under_the_day_it_was_reported() -> None:
    """ "At least 40 treated on Friday", printed on Saturday, is Friday's news: when Friday is
    on the timeline, Saturday gets no entry of its own saying it again."""
    story = [
        _doc(
            "fri",
            date(2025, 10, 10),
            [
                (
                    "Nearly 25 people were treated for burns on Friday in Corvala.",
                    {"Friday": "2025-10-10"},
                )
            ],
        ),
        _doc(
            "sat",
            date(2025, 10, 11),
            [
                (
                    "At least 40 people were treated for burns on Friday, the health service said.",
                    {"Friday": "2025-10-10"},
                ),
            ],
        ),
    ]
    timeline = build_timeline(story)
    assert [e.date for e in timeline] == ["2025-10-10"]
    assert len(timeline[0].evidence) == 2


def test_a_summary_turned_down_for_one_day_stays_free_for_the_day_it_tells() -> None:
    """Saturday's lead is Friday's news; turned down for Saturday, it still tells Friday,
    and a wire dateline in front of it does not hide which day it names."""
    lead = "CORVALA (Reuters) - At least 40 people were treated for burns on Friday."
    story = [_doc("sat", date(2025, 10, 11), [(lead, {"Friday": "2025-10-10"})])]
    # Saturday's coverage ranks it above Friday, so Saturday chooses first
    story += [_doc(f"photo{n}", date(2025, 10, 11), [("Photo: AP", {})]) for n in range(7)]
    [entry] = build_timeline(story)
    assert entry.date == "2025-10-10"
    assert entry.summary == "At least 40 people were treated for burns on Friday."


def test_two_things_said_on_one_day_are_not_one_event_for_sharing_its_name() -> None:
    """ "On Wednesday" is in everything reported that day; it does not make the supermarkets'
    reassurance back the shipping lines' diversion."""
    lines = (
        "Three of the world's largest container lines said on Wednesday they would divert "
        "Arvenia-bound cargo to harbours in neighbouring countries until the national dock "
        "strike ends."
    )
    shops = (
        "Supermarkets in Drossen insisted on Wednesday that there was no need to stock up, as "
        "the dockers' strike closed every harbour in the country."
    )
    story = [
        _doc("lines", date(2025, 10, 15), [(lines, {"Wednesday": "2025-10-15"})]),
        _doc("shops", date(2025, 10, 15), [(shops, {"Wednesday": "2025-10-15"})]),
    ]
    [entry] = build_timeline(story, max_dates=1)
    assert entry.independent_sources == 1
    assert [x.sentence for x in entry.evidence] == [entry.summary]


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpora/seeds-niger is absent")
def test_seed_timeline_holds_the_key_dated_events() -> None:
    articles = [a for a in read_paths([str(SEEDS)]) if not isinstance(a, InputError)]
    [story] = pipeline.run(articles).stories  # as `storyline timeline` runs it
    timeline = story.timeline
    said: dict[str, str] = {}
    for event in timeline:  # a date may hold several entries
        said[event.date] = said.get(event.date, "") + " " + event.summary
    # the coup, the end of the agreement, the timetable announced, Air Base 201 (and 101)
    # left, the deadline, the completed withdrawal
    # the coup, told in passing by every article, is at least the story's background
    assert "2023-07" in said or any(
        e.date == "2023-07" and "ouster" in e.summary for e in story.background
    )
    assert "ended an agreement" in said["2024-03"]
    assert "mid-September" in said["2024-05-19"]
    assert "201" in said["2024-08-05"] or "last military base" in said["2024-08-05"]
    assert "Sept. 15" in said["2024-09-15"] or "September 15" in said["2024-09-15"]
    assert "complete" in said["2024-09-16"]
    assert all(day >= "2023" for day in said)  # earlier history is background
    for event in timeline:
        assert event.evidence and event.independent_sources >= 1
        assert readable(event.summary)
