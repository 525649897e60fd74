"""A page's print notice is no event: "A version appeared on p26 of the Main section of the
Guardian on Thursday 16 September" dates the printing of each article, so two articles
printed on different days do not disagree about when anything "appeared". The articles are
invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.furniture import is_furniture
from storyline.models import Provenance

D = dt.date


def test_a_print_notice_is_furniture() -> None:
    assert is_furniture(
        "A version appeared on p26 of the Main section of the Guardian on 09.57 BST on "
        "Thursday 16 September 2025 Follow the latest environment news on Twitter"
    )
    assert not is_furniture("A new version of the valve appeared on Thursday at the well.")


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
