"""Claims and contradictions: what each outlet says about the numbers and dates of a story.

A reader wants disagreements side by side with their sources, not averaged away, and only
disagreements: the same fact of one event told differently. So every figure belongs to the
story's event its sentence tells (``happenings``, from ``events.story_events``); figures are
grouped by what they measure (counted noun, casualty verb, place, whose, what the sentence
is about), each figure is read as the range its hedge allows ("nearly 1,000" is 850 to
1,000, "fewer than 1,000" is a figure somewhat under 1,000, as a reporter would use it), and
two figures contradict only when their ranges cannot meet, they come from independent texts,
they are of one event and they held at one time. An earlier incident's figures never meet
the story's own. Figures that held at different times (troops leaving, a death toll rising,
ships queueing) are a revision, listed with when each was reported, not a contradiction.

Dates work the same way: a dated clause is keyed by its event verb and the specific names
near it ("withdrew ... from Airbase 101"), each date is read as the span its precision
allows ("earlier this month" in an August article is 1 August to the publication day), and
two independent articles whose spans for the same event cannot meet disagree, unless one is
the story's history and the other its news, or they tell two happenings of one kind.

The work is split by job: ``readings`` reads a quantity as a measurement, ``ranges`` the
values its qualifier allows, ``happenings`` what a figure's event allows, ``numbers`` groups
readings into claims and finds number contradictions and revisions, ``dates`` finds date
contradictions and moved plans, ``clocks`` times of day told differently, ``remarks`` one
quoted remark dated differently, ``ages`` one named person's age told differently,
``spans`` how long a record stands ("the first in 40 years") told differently,
``durations`` how long one named person was held or trapped told differently,
``accounts`` a claim one party asserts and another denies ("no sign Ghanem had defected"),
``matching`` and ``verbs`` hold the name, place, topic and event-word helpers they use, and
``render`` the text sections.
"""

from collections.abc import Sequence

from storyline.claims.accounts import find_account_contradictions
from storyline.claims.ages import find_age_contradictions
from storyline.claims.clocks import find_clock_contradictions
from storyline.claims.dates import find_date_contradictions
from storyline.claims.durations import find_duration_contradictions
from storyline.claims.happenings import Happenings
from storyline.claims.numbers import claims_and_contradictions, group_claims
from storyline.claims.ranges import value_range
from storyline.claims.remarks import find_remark_contradictions
from storyline.claims.render import (
    DISAGREEMENTS_TITLE,
    REVISIONS_TITLE,
    render_disagreements,
    render_revisions,
)
from storyline.claims.spans import find_span_contradictions
from storyline.events import StoryEvent, story_events
from storyline.models import Claim, Contradiction, Document, Provenance, Revision

__all__ = [
    "DISAGREEMENTS_TITLE",
    "REVISIONS_TITLE",
    "find_date_contradictions",
    "group_claims",
    "render_disagreements",
    "render_revisions",
    "story_claims",
    "value_range",
]


def story_claims(
    documents: Sequence[Document],
    provenance: Provenance,
    found: Sequence[StoryEvent] | None = None,
) -> tuple[list[Claim], list[Contradiction], list[Revision]]:
    """One story's claims, every disagreement among its sources and every revised figure or
    plan: numbers, then dates, then claims one party asserts and another denies. ``found``
    are the story's events (``events.story_events``), found here when not given: each claim
    belongs to one of them."""
    if found is None:
        found = story_events(documents, provenance)
    happenings = Happenings(found)
    claims, conflicts, revised = claims_and_contradictions(documents, provenance, happenings)
    dated, moved = find_date_contradictions(documents, provenance)
    clocked = find_clock_contradictions(documents, provenance, happenings)
    remarked = find_remark_contradictions(documents, provenance)
    aged = find_age_contradictions(documents, provenance)
    spanned = find_span_contradictions(documents, provenance)
    lasted = find_duration_contradictions(documents, provenance)
    accounts = find_account_contradictions(documents)
    disagreements = conflicts + dated + clocked + remarked + aged + spanned + lasted + accounts
    return claims, disagreements, revised + moved
