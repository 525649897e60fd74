"""From a matched pattern to a TIMEX3 type and value: one handler per rule in ``patterns``.

Relative expressions are resolved against the reference date (the publication date of a news
article) and, where English makes them so, against the tense of their clause ("said on
Monday" looks back, "will meet on Monday" forward) or the discourse ("a year earlier" after
"the third quarter" is the same quarter a year before). Without a reference date a relative
expression keeps X placeholders (XXXX-09-15) instead of a guessed year, so nothing invented
reaches a timeline.
"""

from __future__ import annotations

from storyline.timex.context import Context, Handler, Reading
from storyline.timex.dates import (
    century,
    day_month,
    decade,
    era,
    holiday,
    iso,
    month,
    month_day,
    numeric,
    quarter,
    quarter_code,
    season,
    spelled_year,
    week_of,
    year,
    year_period,
)
from storyline.timex.durations import day_span, duration, set_
from storyline.timex.relative import (
    anaphor,
    clock,
    day_part,
    day_word,
    reference,
    unit_ref,
    weekday,
    year_ago,
)

HANDLERS: dict[str, Handler] = {
    handler.__name__.rstrip("_"): handler
    for handler in (
        month_day,
        week_of,
        day_month,
        month,
        iso,
        numeric,
        year,
        spelled_year,
        year_period,
        decade,
        era,
        century,
        season,
        quarter,
        quarter_code,
        unit_ref,
        year_ago,
        weekday,
        day_word,
        day_part,
        day_span,
        clock,
        duration,
        set_,
        anaphor,
        reference,
        holiday,
    )
}

__all__ = ["HANDLERS", "Context", "Reading"]
