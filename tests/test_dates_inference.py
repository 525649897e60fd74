"""Dating an undated article from the page's own marks: the stamp with its clock time at the
top of the page, the dates of its photo captions and of a show's transcript, and how much a
date written in the body, a day or a weekday the lead tells says. Every page here was written
for the test, in the shapes news sites print."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.timex import infer_publication_date
from storyline.timex.infer import _full_day_shape, _has_clock, _read_clues

MARCH_3 = dt.date(2015, 3, 3)
# The publication dates of the rest of a collection about a ferry strike.
COLLECTION = [dt.date(2015, 2, day) for day in (20, 24, 26)] + [
    dt.date(2015, 3, day) for day in (2, 3, 5, 5, 6, 9, 12)
]

BODY = (
    "Ferry crews walked off the job at the port of Ardmore , leaving hundreds of lorries "
    "queued along the coast road .\n"
    "The union says the company broke an agreement on rest hours signed last year .\n"
    "The company says the new rosters meet every rule and that talks remain open .\n"
    "Hauliers warned that fresh produce would spoil if the queues did not clear within a "
    "day .\n"
    "Passengers with bookings were offered refunds or places on later sailings from "
    "the northern terminal , where staff belong to a different union .\n"
    "Local shops said trade had dropped as drivers stayed in their cabs rather than leave "
    "their loads unattended .\n"
    "The harbour master said the berths could take the ferries back within hours of a "
    "deal .\n"
    "A spokesman for the transport ministry said ministers were watching closely but would "
    "not step in while both sides were still talking .\n"
)


def test_the_earliest_clock_stamp_at_the_top_beats_the_replies_stamped_after_it() -> None:
    """A debate page: the hosts' question, then the replies, each stamped with its clock
    time. The page is the hosts' post; its replies came in over the following days."""
    text = (
        "Should ports be run by the state ?\n"
        "Posted by Ana Ruiz and Tom Hale on March 3 , 2015 9:12 AM "
        "Posted by Lee Park , on March 6 , 2015 4:21 PM "
        "Posted by Sam Oduya , on March 5 , 2015 10:02 AM "
        "Posted by Ruth Eng , on March 5 , 2015 8:40 AM "
        "Posted by Omar Said , on March 5 , 2015 7:15 AM "
        "Posted by Kay Lind , on March 4 , 2015 6:07 PM\n" + BODY
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


def test_a_clock_stamp_holds_against_copies_of_the_page_out_later() -> None:
    """The page's own stamp, though every article like it came out two days later and the
    news it tells was first reported by others only then (a wire story reprinted)."""
    text = "Published 09:14 GMT 3 March 2015\n" + BODY
    later = dt.date(2015, 3, 5)
    found = infer_publication_date(
        text,
        collection=COLLECTION,
        neighbours=[(later, 0.6), (later, 0.4), (dt.date(2015, 3, 6), 0.1)],
        reported=[later] * 30,
    )
    assert found is not None
    day, confidence = found
    assert day == MARCH_3
    assert confidence >= 0.9


def test_clock_stamps_below_the_top_of_the_page_are_not_its_stamp() -> None:
    """Links to earlier stories at the foot of the page, each with its clock stamp: the
    page's stamp is the one at its top, not the earliest of theirs."""
    text = (
        "Ferry strike : talks to resume\n"
        "By Nina Cole\n"
        "Updated 1:23 PM ET , March 3 , 2015\n"
        + BODY * 2
        + "More on this story\n"
        "Ferry union balloted on strike - 16:10 GMT , 20 February 2015\n"
        "Port rosters under review - 08:55 GMT , 24 February 2015\n"
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


def test_of_two_clock_stamps_at_the_top_the_earlier_is_the_publication() -> None:
    """A page that shows its last update above its first publication: it came out when it
    was first published."""
    text = (
        "Ferry talks collapse\n"
        "Last updated 18:40 GMT , 4 March 2015\n"
        "First published 09:14 GMT , 3 March 2015\n" + BODY
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


# --- photo captions -------------------------------------------------------------------------

TUESDAY_VOTE = (
    "Dockers voted on Tuesday to end the ferry strike , the union said .\n"
    "The first sailings are due to leave Ardmore in the morning .\n"
)


def test_a_photo_taken_the_day_before_dates_a_report_of_the_next_day() -> None:
    """A wire caption below the headline: the photo is of Monday March 2, the vote the
    lead tells of Tuesday; the report is of Tuesday, not of the photo's day."""
    text = (
        "Ferry strike ends\n"
        "Strikers gather at the gates of the port of Ardmore .\n"
        "Picture taken March 2 , 2015 .\n" + TUESDAY_VOTE + BODY
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


def test_a_photo_credit_dates_the_page_on_or_after_the_photo() -> None:
    """The credit's date, a Monday, and the Tuesday the vote was on: the page is of the
    Tuesday, a day after its photo, not the day before the date as a page's own date may be."""
    text = (
        "Ferry strike ends\n"
        "-LRB- Photo : Ann Lee \\/ Getty Images , March 2 , 2015 -RRB-\n" + TUESDAY_VOTE + BODY
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


@pytest.mark.parametrize(
    ("sentence", "caption"),
    [
        ("(Photo: John Smith / Getty Images, March 3, 2015)", True),
        ("Photo taken on March 3, 2015.", True),
        ("Riot police stand by in Athens, March 3, 2015. REUTERS/Ann Lee", True),
        ("REUTERS/Ann Lee: riot police stand by in Athens, March 3, 2015.", True),
        ("Riot police stand by in Athens, March 3, 2015.\nAP Photo", True),
        ("March 3, 2015: riot police stand by in Athens.", True),
        ("Ferry talks collapse\nThe strike began on March 3, 2015: the union said so.", False),
        ("File photo: a ferry leaves Ardmore, March 3, 2015.", False),
        ("A ferry leaves Ardmore in this undated photo taken on March 3, 2015.", False),
        ("Photo credit: Ann Lee | March 3, 2015 ; 11:35 AM ET", False),
        ("The strike began on March 3, 2015, the union said.", False),
    ],
)
def test_which_dates_are_a_photo_s(sentence: str, caption: bool) -> None:
    """A caption's mark stands before its date, or a credit after it, or the date leads the
    caption; a file photo is older than the news; a date with its clock time after a credit
    is the page's stamp, not the photo's."""
    page = "Ferry strike\n" * 100 + sentence  # below the top of the page
    start = page.index("March 3")
    end = start + len("March 3, 2015")
    clocked = _has_clock(page, start, end, "2015-03-03")
    shape = _full_day_shape(page, start, end, "2015-03-03", "", clocked)
    assert (shape.name == "caption") is caption


# --- how sure is sure enough ------------------------------------------------------------------


def test_a_photo_s_day_alone_dates_a_page_of_a_collection() -> None:
    """The page tells no day of its own news, only its photo's: with its collection out on
    that day and the next (and around them), the page is of one of those two days, a
    little less likely than even, which is enough for an answer; without the collection,
    nothing tells the photo's day from the next, and neither is likely enough."""
    text = "Ferry strike\n(Photo: Ann Lee / Getty Images, March 2, 2015)\n" + BODY
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] in (dt.date(2015, 3, 2), MARCH_3)
    assert infer_publication_date(text) is None


# --- which dates at the top are the page's --------------------------------------------------


def test_a_caption_closed_by_its_date_at_the_top_is_not_the_page_s_stamp() -> None:
    """A news agency's caption above the story ends with the place and the day, weekday and
    all; the page is of the vote the lead tells, a day after the photo, not of the photo's
    day as a stamp would say."""
    text = (
        "Ferry strike ends\n"
        "Strikers gather at the gates of the port of Ardmore , Monday , March 2 , 2015 .\n"
        + TUESDAY_VOTE
        + BODY
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


def test_a_part_of_the_day_is_not_a_clock_time() -> None:
    """ "the night of 25 June 2009" near the top is a day the story looks back on; only a
    clock time makes a date at the top the page's stamp."""
    page = (
        "Doctor 's interview played to jurors\n"
        "In the recording , the doctor says that on the night of 25 June 2009 , he gave the "
        "singer a sedative .\n" + BODY
    )
    start = page.index("the night of")
    end = page.index(" , he gave")
    shape = _full_day_shape(page, start, end, "2009-06-25TNI", page[start - 8 : end], False)
    assert shape.name != "stamp"


def test_a_transcript_is_dated_with_the_show_not_the_page() -> None:
    """A morning show's transcript, put up the evening before with the show's date in its
    title: the date is the show's, and the page's day lies next to it, mostly before."""
    text = (
        "Port News - 3\\/4\\/15\n"
        "Download the maps for today 's show : THIS IS A RUSH TRANSCRIPT .\n"
        "HOST : Good morning and welcome to Port News .\n" + BODY
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


def test_captions_led_by_a_day_without_its_year_are_captions() -> None:
    """A gallery above the story: each caption led by its day and a colon, the previous
    photo's credit before it."""
    text = (
        "March 2 : Strikers gather at the gates of the port of Ardmore .\n"
        "AP March 1 : Lorries queue on the coast road .\n"
        "AP ARDMORE -- " + BODY
    )
    shapes = {(month, day): shape.name for month, day, shape, _ in _read_clues(text).yearless}
    assert shapes == {(3, 2): "caption", (3, 1): "caption"}


# --- how much each clue says ----------------------------------------------------------------


@pytest.mark.parametrize(("before", "after"), [(1, 2), (2, 1)])
def test_a_lone_past_date_in_the_page_does_not_date_it(before: int, after: int) -> None:
    """A page whose only date is a step of the story it tells, in its body or its tail: one
    such date is the page's own only about a third of the time, not enough for an answer."""
    step = "The company first proposed the new rosters on January 14 , 2015 .\n"
    assert infer_publication_date(BODY * before + step + BODY * after) is None


def test_a_day_the_lead_tells_is_mostly_the_day_before_the_page() -> None:
    """ "voted on March 2" in the lead, with the collection out on the 2nd and the 3rd
    alike: the report is of the next day more often than of the same day."""
    text = "Dockers voted on March 2 to end the ferry strike , the union said .\n" + BODY
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    assert found[0] == MARCH_3


def test_a_weekday_in_the_lead_and_a_like_article_of_the_next_day() -> None:
    """ "voted on Monday" in the lead is the Tuesday's page a third of the time: an article
    much like it out on the Tuesday tips it there."""
    text = "Dockers voted on Monday to end the ferry strike , the union said .\n" + BODY
    even = [dt.date(2015, 3, 2)] * 3 + [MARCH_3] * 3 + [dt.date(2015, 2, 20), dt.date(2015, 3, 9)]
    found = infer_publication_date(text, collection=even, neighbours=[(MARCH_3, 0.2)])
    assert found is not None
    assert found[0] == MARCH_3


def test_a_photo_two_days_older_than_a_like_article() -> None:
    """The photo of Monday March 2 and an article much like the page out on the Wednesday:
    a caption's photo is two days older than its page about one time in seven, so the page
    is of the Wednesday."""
    text = "Ferry strike\n(Photo: Ann Lee / Getty Images, March 2, 2015)\n" + BODY
    found = infer_publication_date(
        text, collection=COLLECTION, neighbours=[(dt.date(2015, 3, 4), 0.3)]
    )
    assert found is not None
    assert found[0] == dt.date(2015, 3, 4)
