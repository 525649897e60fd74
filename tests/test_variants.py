"""Spelling and entity variants fold to one key, and display picks what most sources wrote."""

from __future__ import annotations

import pytest

from storyline.variants import VariantIndex, content_words, entity_key, fold


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


def test_spacing_variants_of_a_name_share_an_entity_key() -> None:
    assert entity_key("Airbase 201") == entity_key("Air Base 201") == entity_key("air-base 201")
    assert entity_key("Air Base 201") != entity_key("Air Base 101")


def test_different_names_stay_apart() -> None:
    assert fold("Niger") != fold("Nigeria")
    assert entity_key("Mali") != entity_key("Malawi")


def test_display_uses_the_most_common_form_and_keeps_every_variant() -> None:
    index = VariantIndex()
    index.update(["Niger", "Nigér", "Niger", "al-Qaida", "al Qaeda", "al-Qaida"])
    assert index.display("Nigér") == "Niger"
    assert index.display("al Qaeda") == "al-Qaida"
    assert index.variants("alqaeda") == ["al-Qaida", "al Qaeda"]
    assert index.display("Timbuktu") == "Timbuktu"  # unknown: shown as given


def test_content_words_drop_function_words_not_names() -> None:
    assert content_words("The US handed over its last base in Nigér to us") == [
        "us",
        "handed",
        "last",
        "base",
        "niger",
    ]
