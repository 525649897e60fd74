"""Who tells a clause, and whether two speakers are one party: read once for a figure's
party and for an account's asserter and denier. The sentences are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims import story_claims
from storyline.claims.speakers import Speaker, one_party, speaker_of, subject_before, told_by
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

from helpers import number_claims

DAY = dt.date(2026, 3, 14)


def test_an_apposition_is_read_past_to_the_name_it_describes() -> None:
    before = "Ivo Rask, a spokesman for the Velport port authority, "
    assert subject_before(before, "said") == Speaker(
        "Ivo Rask", "a spokesman for the Velport port authority"
    )


def test_adverbs_and_auxiliaries_between_speaker_and_verb_are_skipped() -> None:
    assert subject_before("The harbour board has now ", "said").name == "The harbour board"
    assert subject_before("But the union had already ", "claimed").name == "the union"


def test_a_passive_verb_has_no_speaker_before_it() -> None:
    assert subject_before("The toll was ", "put") == Speaker("")


def test_inside_a_quotation_the_speaker_is_the_one_named_after_it() -> None:
    text = "`` We counted 14 bodies in the market , '' Dr Ilse Varn said on Sunday ."
    assert told_by(text[: text.index("counted")], text, "counted").name == "Dr Ilse Varn"


def test_after_a_quotation_the_speaker_is_named_before_or_after_the_verb() -> None:
    assert speaker_of('"The pier stays closed to ferries," Anke Moll said.') == "Anke Moll"
    assert speaker_of('"We will reopen the pier," said Anke Moll, the harbour master.') == (
        "Anke Moll"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("state TV", "Tamra state television"),
        ("the ministry", "the health ministry"),
        ("the army", "army officers"),
        ("army officers", "army engineers"),
        ("activists", "an activist"),
    ],
)
def test_two_names_of_one_body_are_one_party(first: str, second: str) -> None:
    assert one_party(first, second)
    assert one_party(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("activists", "state television"),
        ("a Tunisian security source", "the Tunisian Interior Ministry"),
        ("Prosecutors", "Brisk"),
        ("", "activists"),
    ],
)
def test_two_bodies_are_two_parties(first: str, second: str) -> None:
    assert not one_party(first, second)
    assert not one_party(second, first)


def test_a_figure_s_party_is_the_name_an_apposition_describes() -> None:
    opening = "Government forces shelled the village of Arvesh in Tamra on Friday."
    both = (
        "The Tamra Rights Network, an activist group, said 14 people were killed in the "
        "shelling, while state television put the toll at eight."
    )
    found, _revised = number_claims([(f"{opening} {both}", DAY)])
    assert [sorted(side.value for side in c.sides) for c in found] == [
        ["14 people (tamra rights network)", "eight (state television)"]
    ]


def test_a_spokesman_denying_his_own_body_s_claim_is_one_party() -> None:
    asserted = "The port authority said Brisk had resigned on Monday."
    denied = (
        "Crane drivers at Velport went back to work on Tuesday. "
        "Ivo Rask, a spokesman for the port authority, denied that Brisk had resigned."
    )
    documents = [analyse_text(t, DAY, f"speakers-{i}") for i, t in enumerate((asserted, denied))]
    accounts = [c for c in story_claims(documents, Provenance())[1] if c.kind == "account"]
    assert accounts == []
    other = "A city hall source said Brisk had resigned on Monday."
    documents[0] = analyse_text(other, DAY, "speakers-0")
    accounts = [c for c in story_claims(documents, Provenance())[1] if c.kind == "account"]
    assert [side.value for side in accounts[0].sides] == [
        "yes (A city hall source)",
        "no (a spokesman for the port authority)",
    ]


def test_a_body_named_in_capitals_is_not_a_clause_word() -> None:
    assert speaker_of("The WHO says it is ready to send antivirals to Tamra.") == "The WHO"


def test_a_relative_clause_before_the_verb_belongs_to_the_name_before_it() -> None:
    assert subject_before("Inspectors who toured the Velport docks ", "said").name == (
        "Inspectors"
    )
    assert speaker_of(
        "Two nurses who treated the crew at Brisk General told reporters 12 were hurt."
    ) == "Two nurses"
    # with no name before it, "who" still starts the clause that holds the speaker
    assert subject_before("Those who ", "said").name == "Those"
