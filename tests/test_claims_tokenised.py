"""Figures of a tokenised text, whose scale stands apart from its number.

Some archives keep their articles tokenised: "$ 1.6 bn", "4.9 m barrels". The scale is still
the figure's own, so "a spill of 4.9 m barrels" agrees with "nearly five million barrels"
and "BP's costs reached $ 9.5 bn" is nine and a half billion dollars. "m" set apart from
its number is a million only after a currency or before a counted noun: "5 m deep" is a
depth in metres. A bracket written as a token ("-LRB-") is punctuation, no word two
figures' clauses share. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

D = dt.date


def _values(text: str) -> list[tuple[str, float, str | None]]:
    document = analyse_text(text, D(2025, 9, 20), "doc")
    return [(q.text, q.value, q.unit) for q in document.quantities]


def test_a_scale_set_apart_after_a_currency_or_before_a_counted_noun_is_the_figure_s() -> None:
    assert _values("Costs for the Sorrel Bay clean-up reached $ 9.5 bn in all.") == [
        ("$ 9.5 bn", 9.5e9, "dollars")
    ]
    assert _values("The tanker spilled 4.9 m barrels of crude into Sorrel Bay.") == [
        ("4.9 m barrels", 4.9e6, "barrels")
    ]
    assert _values("The firm paid $ 560 m to settle the claims.") == [
        ("$ 560 m", 5.6e8, "dollars")
    ]


def test_a_bare_m_apart_from_its_number_is_no_million() -> None:
    assert all(value < 100 for _text, value, _unit in _values("The trench is 5 m deep."))


def test_a_tokenised_million_agrees_with_one_spelt_out() -> None:
    documents = [
        analyse_text(
            "The operator said the rupture caused a spill of 4.9 m barrels of oil into Sorrel "
            "Bay , the worst in its history .",
            D(2025, 9, 20),
            "doc-0",
        ),
        analyse_text(
            "The rupture of the Sorrel Bay pipeline sent nearly five million barrels of oil "
            "into the bay, the operator said.",
            D(2025, 9, 20),
            "doc-1",
        ),
    ]
    _claims, found, _revised = story_claims(documents, Provenance())
    assert [c for c in found if c.kind == "number"] == []


def test_brackets_written_as_tokens_are_no_word_two_figures_share() -> None:
    documents = [
        analyse_text(
            "The rig had been burning for 30 hours when it sank on Thursday in 4,000 ft "
            "-LRB- 1,200 m -RRB- of water , despite efforts to put out the fire .",
            D(2025, 9, 19),
            "doc-0",
        ),
        analyse_text(
            "A coastguard spokeswoman could not say when the crews would return , but said "
            "18,000 ft -LRB- 5km -RRB- of containment booms had been laid , 60,000 ft more were "
            "ready and another 40,000 ft were on order .",
            D(2025, 9, 22),
            "doc-1",
        ),
    ]
    _claims, found, _revised = story_claims(documents, Provenance())
    assert [c for c in found if c.kind == "number"] == []
