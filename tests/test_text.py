"""Text as the stages compare it: spelling and entity variants fold to one key, function words
drop out, number words count."""

from __future__ import annotations

import pytest

from storyline.text import CARDINALS, content_words, fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nigér", "Niger"),
        ("al Qaeda", "al-Qaida"),
        ("Al-Qaeda’s fighters", "al Qaida's fighters"),
        ("air defences", "air defenses"),
        ("organised labour", "organized labor"),
        ("“quoted”", '"quoted"'),
    ],
)
def test_variants_share_a_key(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_different_names_stay_apart() -> None:
    assert fold("Niger") != fold("Nigeria")
    assert fold("Mali") != fold("Malawi")


def test_content_words_drop_function_words_not_names() -> None:
    assert content_words("The US handed over its last base in Nigér to us") == [
        "us",
        "handed",
        "last",
        "base",
        "niger",
    ]


def test_number_words_count_in_order() -> None:
    assert CARDINALS["zero"] == 0
    assert CARDINALS["nineteen"] == 19
    assert CARDINALS["twenty"] == 20
    assert CARDINALS["ninety"] == 90
    assert list(CARDINALS)[:3] == ["zero", "one", "two"]
