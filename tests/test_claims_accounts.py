"""Accounts that disagree: one party says something happened, another denies it.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

from helpers import SCHEMA, need_shared, run_storyline

D = dt.date(2025, 6, 3)

RESIGNED = (
    "Port director Halvard Brisk has resigned, a city hall source said on Tuesday. "
    "The harbour board meets on Thursday to name a successor, the source added."
)
DENIED = (
    "Crane drivers at Velport went back to work on Tuesday. "
    "The port authority denied that Brisk had resigned, saying he was on leave."
)
DENIED_SOMETHING_ELSE = (
    "Crane drivers at Velport went back to work on Tuesday. "
    "The port authority denied that Brisk had embezzled funds from the dredging budget."
)
UNRELATED = (
    "Crane drivers at Velport went back to work on Tuesday after a two-day stoppage. "
    "The union said talks on night shifts would resume next week."
)
SOLD = (
    "Mayor Oriel Fane said the council had sold the old ferry terminal to a hotel group. "
    "But Dace Whitlow, a spokeswoman for the hotel group, rejected Fane's claim."
)
CROSSED = (
    "The banker Teodor Valsky flew into Moravia on Sunday, a border police source said. "
    "He is wanted for questioning over the collapse of Velbank."
)
NOT_HERE = (
    "Velbank's depositors queued outside its branches again on Monday. "
    "The Moravian Interior Ministry denied that Valsky was in the country."
)


def accounts(*texts: str) -> list[Contradiction]:
    """The account disagreements of a story of ``texts``, its articles named by their place."""
    documents = [analyse_text(text, D, f"account-{i}") for i, text in enumerate(texts)]
    place = {d.id: f"article {i}" for i, d in enumerate(documents)}
    found = [c for c in story_claims(documents, Provenance())[1] if c.kind == "account"]
    for c in found:
        for side in c.sides:
            side.articles[:] = [place[a] for a in side.articles]
    return found


def test_a_denied_clause_is_paired_with_the_sentence_asserting_it() -> None:
    found = accounts(RESIGNED, DENIED)
    assert len(found) == 1
    assert found[0].about == "whether Brisk had resigned"
    yes, no = found[0].sides
    assert yes.articles == ["article 0"] and yes.sentence.startswith("Port director Halvard")
    assert yes.value == "yes (a city hall source)"
    assert no.articles == ["article 1"] and no.sentence.startswith("The port authority denied")
    assert no.value == "no (The port authority)"


def test_a_denied_account_is_paired_with_its_claimant_speaking() -> None:
    found = accounts(SOLD)
    assert len(found) == 1
    yes, no = found[0].sides
    assert yes.sentence.startswith("Mayor Oriel Fane said")
    assert no.sentence.startswith("But Dace Whitlow")
    assert found[0].about == "whether the council had sold the old ferry terminal to a hotel group"


def test_a_denied_presence_in_the_country_meets_the_place_named() -> None:
    found = accounts(CROSSED, NOT_HERE)
    assert len(found) == 1
    assert found[0].about == "whether Valsky was in the country"
    assert [side.articles for side in found[0].sides] == [["article 0"], ["article 1"]]


def test_not_denying_is_no_denial() -> None:
    silent = "The port authority did not deny that Brisk had resigned."
    assert accounts(RESIGNED, silent) == []


SHELLED = "The defence ministry denied that army troops shelled Quarry Hill on Sunday."


def test_a_subject_naming_no_one_must_be_told_alike() -> None:
    troops = "Army troops shelled Quarry Hill overnight, residents said."
    rebels = "Rebel gunners shelled Quarry Hill overnight, residents said."
    assert len(accounts(troops, SHELLED)) == 1
    assert accounts(rebels, SHELLED) == []


def test_the_thing_named_by_the_key_word_is_no_assertion() -> None:
    # "Brisk's resignation" names a thing; the denied claim is that he resigned
    named = (
        "Brisk's resignation would not end the dispute at Velport, a city hall source said. "
        "The harbour board meets on Thursday."
    )
    denied = (
        "Crane drivers at Velport went back to work on Tuesday. "
        "The port authority denied that Brisk had resigned from the board."
    )
    assert accounts(named, denied) == []


def test_a_denial_with_nothing_asserted_is_no_disagreement() -> None:
    assert accounts(DENIED, UNRELATED) == []


def test_a_denial_of_something_else_is_no_disagreement() -> None:
    assert accounts(RESIGNED, DENIED_SOMETHING_ELSE) == []


def test_one_party_asserting_and_denying_is_a_changed_account() -> None:
    both = (
        "The port authority said Brisk had resigned on Monday. "
        "A day later the port authority denied that Brisk had resigned."
    )
    assert accounts(both) == []


def test_a_hedged_report_is_not_an_assertion() -> None:
    rumour = (
        "There were unconfirmed reports that Brisk may have resigned, a city hall source said. "
        "The harbour board meets on Thursday."
    )
    assert accounts(rumour, DENIED) == []


ACCUSED = (
    "Prosecutors said Brisk had embezzled 40,000 euros from Velport's dredging budget. "
    "The trial opens in Velport on Monday."
)


def test_a_defendant_denying_the_act_charged_disputes_the_prosecution() -> None:
    denial = "Brisk denied that he had embezzled anything from the dredging budget."
    found = accounts(ACCUSED, denial)
    assert len(found) == 1
    assert found[0].about == "whether he had embezzled anything from the dredging budget"
    assert [side.value for side in found[0].sides] == ["yes (Prosecutors)", "no (Brisk)"]


def test_a_plea_of_not_guilty_is_the_trial_not_a_disputed_account() -> None:
    plea = (
        "Brisk pleaded not guilty to embezzling from Velport's dredging budget and denied all "
        "the charges."
    )
    assert accounts(ACCUSED, plea) == []


def test_an_earlier_incident_never_enters() -> None:
    history = (
        "In March 2011, a city hall source said Brisk had resigned from the yacht club. "
        "The harbour board meets on Thursday."
    )
    old_denial = "The port authority denied that Brisk had resigned in March 2011."
    assert accounts(history, old_denial) == []


def test_a_denial_about_someone_else_is_no_disagreement() -> None:
    other = (
        "Harbour pilot Anya Stroud has resigned, a city hall source said on Tuesday. "
        "The harbour board meets on Thursday."
    )
    assert accounts(other, DENIED) == []


def test_a_denial_of_another_act_by_the_same_people_is_no_disagreement() -> None:
    lost_drone = "NATO lost a surveillance drone over Velport on Sunday, officials said."
    denial = "A NATO spokesman denied that NATO had lost any attack helicopters over Velport."
    assert accounts(lost_drone, denial) == []


def test_losing_contact_with_a_helicopter_is_not_losing_one() -> None:
    contact = (
        "Coastguard officers said on Sunday that NATO had lost contact with an unmanned "
        "helicopter flying over the Velport coast."
    )
    denial = "A NATO spokesman denied that NATO had lost any attack helicopters over Velport."
    assert accounts(contact, denial) == []
    lost = "NATO lost two attack helicopters over the Velport coast on Sunday, rebels said."
    assert len(accounts(lost, denial)) == 1


def test_a_party_unable_to_confirm_gives_no_account() -> None:
    unconfirmed = (
        "The harbour master said on Tuesday he was unable to confirm that Brisk had resigned."
    )
    assert accounts(unconfirmed, DENIED) == []
    assert len(accounts(RESIGNED, DENIED)) == 1


def test_headlines_glued_to_a_lead_assert_nothing() -> None:
    glued = (
        "Velport dockers strike again Port director Halvard Brisk has resigned, officials say "
        "Ferry services cut to two a day Union leaders meet the mayor on Friday Harbour fees "
        "rise for the third year Fishing fleet stays in port as storms close the coast "
        "Council weighs a new tram line to the ferry terminal and the old customs house "
        "Velport (Coast Wire) -- Dockers walked out again on Tuesday over night shifts and "
        "pay, the union said."
    )
    assert accounts(glued, DENIED) == []
    assert len(accounts(RESIGNED, DENIED)) == 1


def test_a_denied_forecast_is_no_account_of_what_happened() -> None:
    forecast = "Brisk will resign before the summer, a city hall source said."
    doubt = "The port authority said there was no sign that Brisk will resign."
    assert accounts(forecast, doubt) == []


def test_the_denier_blaming_another_for_the_act_asserts_nothing() -> None:
    blame = (
        "The port authority has blamed the union for closing Dock Nine, a spokesman said. "
        "Ships queued outside the harbour overnight."
    )
    denial = "The port authority denied closing Dock Nine."
    assert accounts(blame, denial) == []


def test_his_in_a_denied_assertion_is_the_claimant() -> None:
    claim = "A spokesman for Mayor Fane said 40 rioters had been arrested in Lower Quay."
    denial = (
        "The police chief denied an assertion by Fane's spokesman that his officers had "
        "arrested 40 rioters in Lower Quay."
    )
    found = accounts(claim, denial)
    assert len(found) == 1
    assert found[0].about == "whether his officers had arrested 40 rioters in Lower Quay"
    assert [side.articles for side in found[0].sides] == [["article 0"], ["article 1"]]


def test_an_account_disagreement_follows_the_contract_and_reads_as_accounts(
    tmp_path: Path,
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    articles = tmp_path / "velport.jsonl"
    stories = [
        ("Velport port director quits", RESIGNED + " Dockers at Velport welcomed the news."),
        ("Velport dockers back at work", DENIED + " Halvard Brisk has run the port since 2019."),
    ]
    articles.write_text(
        "".join(
            json.dumps({"id": f"velport-{i}", "title": title, "text": text,
                        "published": "2025-06-03"}) + "\n"
            for i, (title, text) in enumerate(stories)
        ),
        encoding="utf-8",
    )  # fmt: skip
    done = run_storyline("timeline", str(articles), "--format", "json", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    output = json.loads(done.stdout)
    jsonschema.validate(output, json.loads(need_shared(SCHEMA).read_text(encoding="utf-8")))
    found = [c for story in output["stories"] for c in story["accounts"]]
    assert all(c["kind"] != "account" for s in output["stories"] for c in s["contradictions"])
    assert [c["about"] for c in found] == ["whether Brisk had resigned"]
    text = run_storyline("timeline", str(articles), "-q", cwd=tmp_path).stdout
    assert "whether Brisk had resigned: accounts differ" in text


def test_an_accusation_denied_by_a_speaker_quoted_before_reads_as_both_accounts() -> None:
    """The accusation is labelled as what the accused was doing, its wire dateline is no
    part of what Moravia said, and "he added" is the spokesman quoted just before."""
    found = accounts(
        "VELPORT (Reuters) - Moravia accused Ostria on Thursday of shipping rifles to the "
        "rebels in breach of the embargo, officials said. "
        "Ostrian spokesman Anton Reval said the shipments were food aid. "
        "`` We would respectfully disagree with the Moravian assessment , '' he added ."
    )
    assert len(found) == 1
    assert found[0].about.startswith("whether Ostria was shipping rifles to the rebels")
    yes, no = found[0].sides
    assert yes.sentence.startswith("Moravia accused Ostria")
    assert no.value == "no (Ostrian spokesman Anton Reval)"


def test_a_question_asked_is_no_account_to_deny() -> None:
    found = accounts(
        "Moravian Foreign Minister Ilan Dask said Moravia `` asked our Ostrian colleagues "
        "today whether reports that rifles from Ostria were delivered to the rebels "
        "correspond with reality . '' "
        "`` We would respectfully disagree with the Moravian assessment , '' an Ostrian "
        "spokesman said ."
    )
    assert found == []
