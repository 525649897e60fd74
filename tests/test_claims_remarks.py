"""One remark, quoted by several outlets, dated differently: when was it said?

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

from helpers import dated_disagreement_sides

D = dt.date

FIRST_TELLING = (
    "Ines Marrow stepped down as harbour master of Velport on Friday after eleven years. "
    '"I have given this port every good year I had left in me," Marrow said in 2019, '
    "when she was offered a seat on the regional board and turned it down. "
    "Her deputy, Tomas Reyle, takes over the post next month."
)
SECOND_TELLING = (
    "Velport's long-serving harbour master has quit. Ines Marrow was never shy of a line: "
    'in 2022 she told the town council, "I have given this port every good year I had left '
    'in me, and I would do it again," to loud applause. The council meets again in April.'
)
SAME_YEAR = (
    "The Velport harbour master, Ines Marrow, will leave her post. Marrow once told "
    'reporters in 2019, "I have given this port every good year I had left in me." '
    "A successor has been named."
)


def remarks(*texts: tuple[str, dt.date]) -> list[Contradiction]:
    """The remark disagreements of a story, its articles named by their place in ``texts``."""
    documents = [analyse_text(text, day, f"remark-{i}") for i, (text, day) in enumerate(texts)]
    place = {d.id: f"article {i}" for i, d in enumerate(documents)}
    found = [c for c in story_claims(documents, Provenance())[1] if "remark" in c.about]
    for c in found:
        for side in c.sides:
            side.articles[:] = [place[a] for a in side.articles]
    return found


def test_one_remark_dated_in_two_years_by_two_outlets_is_a_disagreement() -> None:
    found = remarks((FIRST_TELLING, D(2025, 3, 10)), (SECOND_TELLING, D(2025, 3, 11)))
    assert len(found) == 1
    assert found[0].about.startswith('date of the remark "i have given this port every')
    by_year = {side.value.split()[0]: side.articles for side in found[0].sides}
    assert by_year == {"2019": ["article 0"], "2022": ["article 1"]}


def test_one_remark_dated_alike_is_no_disagreement() -> None:
    assert remarks((FIRST_TELLING, D(2025, 3, 10)), (SAME_YEAR, D(2025, 3, 11))) == []


def test_one_outlet_giving_both_years_tells_of_a_line_said_twice() -> None:
    twice = FIRST_TELLING + " " + SECOND_TELLING
    assert remarks((twice, D(2025, 3, 10)), (SECOND_TELLING, D(2025, 3, 11))) == []


def test_a_line_of_years_ago_quoted_again_this_week_is_not_redated() -> None:
    again = (
        "Ines Marrow, on her way out of Velport's harbour, repeated on Monday the line she "
        'is known for: "I have given this port every good year I had left in me."'
    )
    assert remarks((FIRST_TELLING, D(2025, 3, 10)), (again, D(2025, 3, 11))) == []


def test_a_relative_day_inside_one_quotation_printed_on_two_days_is_no_disagreement() -> None:
    # The chant's "tomorrow" is the crowd's, said on a day neither page gives; read against
    # each page's day it would be two days, and the two pages would seem to disagree.
    assert (
        dated_disagreement_sides(
            [
                ('In the Tarvin capital, protesters chanted: "Yesterday Ostrava, today '
                 'Corvania, tomorrow Tarvin will open the prisons."', D(2011, 2, 12)),
                ("In Tarvin's capital on Saturday, protesters chanted, \"Yesterday Ostrava, "
                 'today Corvania -- tomorrow Tarvin will open the prisons."', D(2011, 2, 13)),
            ],
            kind="date",
        )
        == []
    )


def test_a_quoted_relative_day_still_disagrees_with_a_day_the_page_gives() -> None:
    assert dated_disagreement_sides(
        [
            ("The Harlan dam will open its gates on Friday, the water board said.",
             D(2011, 2, 12)),
            ('"The Harlan dam will open its gates tomorrow," the water board said.',
             D(2011, 2, 12)),
        ],
        kind="date",
    ) == [["Friday (2011-02-18)", "tomorrow (2011-02-13)"]]
