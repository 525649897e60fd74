"""A page's print notice is no event: "A version appeared on p26 of the Main section of the
Guardian on Thursday 16 September" dates the printing of each article, so two articles
printed on different days do not disagree about when anything "appeared"; nor is a
caption's figure a report. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.furniture import is_furniture
from storyline.models import Provenance

from helpers import HARBOUR_PAGE, dated_disagreement_sides

D = dt.date


def test_a_print_notice_is_furniture() -> None:
    assert is_furniture(
        "A version appeared on p26 of the Main section of the Guardian on 09.57 BST on "
        "Thursday 16 September 2025 Follow the latest environment news on Twitter"
    )
    assert is_furniture(
        "This article appeared on p22 of the Main section of the Guardian on 00.54 BST on "
        "Friday 28 May 2025 ."
    )
    assert is_furniture("A version appeared in the Guardian on 12.46 BST on Sunday 30 May 2025")
    assert not is_furniture("A new version of the valve appeared on Thursday at the well.")
    assert not is_furniture("This article of the treaty appeared in the draft on Monday.")


def test_two_print_notices_on_different_days_do_not_disagree() -> None:
    documents = [
        analyse_text(
            "Engineers finished pumping cement into the Corran well on Friday, the operator "
            "said. A version appeared on p23 of the Main section of the Guardian on 11.29 BST "
            "on Monday 20 September 2025 Follow the latest news on Twitter",
            D(2025, 9, 20),
            "doc-0",
        ),
        analyse_text(
            "The Corran well was sealed with cement on Friday, the operator said. A version "
            "appeared on p27 of the Main section of the Guardian on 14.15 BST on Tuesday 21 "
            "September 2025 Our selection of best buys",
            D(2025, 9, 21),
            "doc-1",
        ),
    ]
    _claims, found, _revised = story_claims(documents, Provenance())
    assert [c for c in found if c.kind == "date"] == []


def test_a_live_page_s_clock_stamps_are_no_counts() -> None:
    # "1420 British aid workers landed": on a page whose updates open with a clock, the four
    # digits are the time of the update, not a number of aid workers
    live = [
        analyse_text(
            "Rescue teams pulled two more survivors from the rubble of the port on Thursday .\n"
            "1420 British aid workers landed at the airport with 40 tonnes of supplies , "
            "officials said .\n"
            "1515 The United Nations said 300 people had been rescued so far .\n",
            D(2026, 1, 14),
            "doc-0",
        ),
        analyse_text(
            "Rescuers said on Friday that 310 people had been rescued since the quake .\n"
            "0919 International aid charities said their teams had reached the southern coast .\n"
            "1010 French aid workers set up a field hospital near the stadium .\n",
            D(2026, 1, 15),
            "doc-1",
        ),
    ]
    claims, _found, _revised = story_claims(live, Provenance())
    values = sorted(m.value for c in claims for m in c.mentions)
    assert 1420 not in values and 919 not in values and 1010 not in values
    assert 300 in values and 310 in values and 40 in values


def test_a_promotion_above_a_long_page_gives_no_figure() -> None:
    # The plug for another story, scraped above a long article whose words it never uses
    # again, tells no toll of this story: its "three people" is not set beside the two
    # killed when the pier gave way.
    promo = "Watch our reporter follow the manhunt for a gunman accused of killing three people."
    documents = [
        analyse_text("\n".join([promo, *HARBOUR_PAGE]), D(2025, 6, 3), "page"),
        analyse_text(
            "Two people were killed when part of the northern pier in Velm gave way on Monday, "
            "the harbour authority said.",
            D(2025, 6, 3),
            "report",
        ),
    ]
    _claims, contradictions, _revisions = story_claims(documents, Provenance())
    assert contradictions == []


def test_a_caption_s_figure_is_no_side() -> None:
    # a caption tells what a picture shows, often weeks old: its figure is no report
    caption = (
        "Aug. 3 : In this image taken from video provided by Norco , the new 75-ton cap sits "
        "atop the Varna well ."
    )
    news = "Norco crews raised the 300-ton cap from the Varna well on Friday ."
    day = D(2026, 9, 4)
    assert dated_disagreement_sides([(caption, day), (news, day)]) == []
