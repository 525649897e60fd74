"""Time expressions: find them, normalise them to TIMEX3, resolve them against the article.

``tag`` is what the pipeline calls; ``infer_publication_date`` dates an undated article from
what it says (and from the publication dates of the collection it came with), with how sure
it is; ``format_expressions`` renders a tagging for ``storyline dates``.

Reference time: the article's publication date, except in a narrative (history told far from
its creation date), whose relative expressions follow the dates it tells. When the
publication date is unknown, ``tag`` first infers one from the text; when nothing in the text
dates it, dates keep X placeholders where only the year is missing (XXXX-09-15, XXXX-WXX-1)
and expressions told from the reference day keep their offset from it (PRESENT_REF-P1D for
"yesterday", PRESENT_REF-P1Y for "last year"; see ``values.offset_value``), so no guessed
year reaches a timeline.
"""

from __future__ import annotations

import datetime as dt

from storyline.models import TimeExpression
from storyline.timex.infer import corpus_hint, infer_publication_date
from storyline.timex.report import expressions_as_dicts, format_expressions
from storyline.timex.tagger import tag_with_reference
from storyline.timex.values import is_valid_value


def tag(text: str, reference: dt.date | None = None) -> list[TimeExpression]:
    """Time expressions of ``text``, sorted and non-overlapping, offsets into ``text``.

    Without a ``reference`` the publication date is inferred from the text (see module doc);
    each relative expression's ``anchor`` says which reference it was resolved against.
    """
    if reference is None:
        inferred = infer_publication_date(text)
        if inferred is not None:
            reference = inferred[0]
    return tag_with_reference(text, reference)


__all__ = [
    "corpus_hint",
    "expressions_as_dicts",
    "format_expressions",
    "infer_publication_date",
    "is_valid_value",
    "tag",
    "tag_with_reference",
]
