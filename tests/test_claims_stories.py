"""Claims across whole articles: several outlets, many figures, a few real disagreements.

The stories are invented and written for these tests. Each has figures that agree, figures
that changed between reports, increments, unrelated numbers, and a few planted conflicts;
only the planted ones may come out as contradictions.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

D = dt.date

STORIES: dict[str, list[tuple[str, dt.date]]] = {
    "dam": [
        (
            "The Tarsa dam in Dorvia's Kessan province collapsed on Monday after days of heavy "
            'rain, flooding at least 12 villages downstream. At least 45 people were killed and '
            'more than 3,000 residents were forced from their homes, the provincial governor said'
            ' on Tuesday. The dam, built in 1987, held about 40 million cubic metres of water. '
            'Rescue teams have pulled 60 survivors from the mud. The government has released $15 '
            'million in emergency aid. The nearest city, Ostrel, lies about 120 kilometres '
            'downstream.',
            D(2025, 6, 4),
        ),
        (
            'Rescuers in Kessan province were still searching for the missing on Wednesday, two '
            'days after the Tarsa dam gave way on June 2. The death toll has risen to 71, with 30'
            ' people still missing, according to the interior ministry. Roughly 3,200 people have'
            ' been displaced. Officials said the dam held some 40 million cubic metres of water '
            'when it burst. The government pledged $15 million in emergency aid, and the World '
            'Bank offered another $50 million. Ostrel, about 75 miles from the dam, was spared.',
            D(2025, 6, 5),
        ),
        (
            'The Tarsa dam collapsed on May 28, according to local residents, who said warnings '
            'had been ignored for weeks. Some 20 people were killed, the residents said, far '
            'fewer than the figure given by officials. Nearly 3,000 people have fled to the city '
            'of Ostrel, which lies 300 kilometres from the dam.',
            D(2025, 6, 5),
        ),
    ],
    "mission": [
        (
            'The UN peacekeeping mission in Mirene will withdraw its 12,000 troops by the end of '
            'the year, the Security Council decided on Friday. The mission, which began in 2014, '
            'has cost more than $1 billion a year. About 3,500 of the peacekeepers are based in '
            'the eastern town of Kalo, where fighting has displaced 200,000 people since January.',
            D(2025, 2, 10),
        ),
        (
            'Only about 2,000 UN peacekeepers remain in Mirene, most of them at the airport in '
            'the capital, Vessa. The last peacekeepers left Kalo on August 30. The withdrawal, '
            'ordered in February, is due to be completed by December 31.',
            D(2025, 9, 15),
        ),
        (
            'The UN pulled its last troops out of Kalo in mid-July, a mission spokesman said on '
            "Monday. Around 2,100 peacekeepers are still in Mirene. The mission's budget was "
            'roughly $1.2 billion last year.',
            D(2025, 9, 16),
        ),
    ],
    "election": [
        (
            "Voters in Dorvia go to the polls on Sunday in the country's first presidential "
            'election since the 2021 coup. About 9 million people are registered to vote, and '
            'more than 1,200 international observers have been deployed. President Alan Vey, 67, '
            'who took power in 2021, is seeking a second term. His main rival, Mara Selk, a '
            'former finance minister, has promised to cut fuel prices by 20 percent. Turnout at '
            'the last election in 2016 was 58 percent.',
            D(2024, 10, 18),
        ),
        (
            "Dorvia's election commission said on Tuesday that turnout in Sunday's vote was 61 "
            'percent. President Alan Vey won 54% of the vote, according to provisional results, '
            'while Mara Selk took 39%. Observers from the regional bloc said the vote, held on '
            'October 20, was largely peaceful, though at least three people were killed in '
            'clashes in the northern city of Harn. Vey first seized power in a coup in March '
            '2021. Some 9.2 million voters were registered.',
            D(2024, 10, 22),
        ),
        (
            'Opposition leader Mara Selk rejected the results of the October 20 vote, saying '
            'turnout had been no higher than 40 percent. Selk, who served as finance minister '
            'until 2019, said her supporters would protest in the capital on Friday. The '
            'electoral commission reported that President Vey won 54 percent. Police said two '
            'people died in violence in Harn on election day. Vey came to power in the coup of '
            'March 2021 and had promised elections within 18 months.',
            D(2024, 10, 23),
        ),
    ],
    "company": [
        (
            'Brenner Motors said on Wednesday it would cut 4,000 jobs, about 8% of its workforce,'
            ' as sales of its electric cars slowed. The company, based in Lorne, employs roughly '
            '50,000 people worldwide. Its shares fell 6 percent in early trading. Brenner sold '
            '310,000 vehicles in the first half of the year, down from 345,000 a year earlier. '
            'The cuts will cost about $600 million in severance payments, the company said.',
            D(2025, 7, 16),
        ),
        (
            'Brenner Motors will eliminate some 4,000 positions worldwide, the carmaker announced'
            " on Wednesday. The Lorne-based group has about 51,000 employees. Brenner's chief "
            'executive, Ida Vos, who took over in 2022, said the company would close its plant in'
            ' Esk, which employs 1,100 workers, by the end of next year. Restructuring charges '
            'are expected to reach $900 million. Shares closed down 4.5%.',
            D(2025, 7, 16),
        ),
        (
            'The job cuts announced by Brenner Motors this week will hit 6,000 workers, union '
            'leaders said on Thursday, far more than the company has acknowledged. The union said'
            " the Esk plant employs 1,100 people. Brenner's shares have lost 30 percent of their "
            'value since January.',
            D(2025, 7, 17),
        ),
    ],
    "ferry": [
        (
            'A ferry carrying more than 300 passengers capsized off the coast of Lampra on '
            'Saturday night, killing at least 26 people, the coast guard said on Sunday. Rescuers'
            ' pulled 240 survivors from the water. The vessel, the Morning Star, had left the '
            'port of Vessa about two hours earlier and was licensed to carry 250 people.',
            D(2025, 7, 13),
        ),
        (
            'The death toll from the sinking of the Morning Star ferry off Lampra rose to 41 on '
            'Monday, with dozens still missing, officials said. The ferry, which sank on '
            'Saturday, was carrying 312 passengers and crew, nearly 60 more than its licensed '
            'capacity of 250. Survivors said the boat tilted sharply minutes after a loud bang.',
            D(2025, 7, 14),
        ),
        (
            'Officials in Vessa said on Monday that the Morning Star had been carrying about 500 '
            'passengers when it went down off Lampra, far more than the 312 given by the coast '
            'guard. The ferry left Vessa on Friday evening, according to the port authority. At '
            'least 41 people have been confirmed dead.',
            D(2025, 7, 14),
        ),
        (
            'Divers recovered 12 more bodies from the wreck of the Morning Star on Tuesday, '
            'bringing the death toll to 53. The ferry sank roughly 15 kilometres off Lampra. Some'
            ' 240 people survived.',
            D(2025, 7, 15),
        ),
    ],
    "strike": [
        (
            'Dock workers at the port of Nasra walked out on Monday, demanding a 15 percent pay '
            'rise. The union said about 4,000 workers joined the strike, which halted the loading'
            " of some 60 ships. The port handles nearly 40 percent of the country's exports.",
            D(2025, 3, 10),
        ),
        (
            'The port authority said only 1,500 workers took part in the strike at Nasra, and '
            'that operations were running at 80 percent of normal capacity. The union is seeking '
            'a pay increase of 15%.',
            D(2025, 3, 11),
        ),
        (
            'The strike at the port of Nasra ended on Thursday after the operator agreed to a 9 '
            'percent pay rise, union leaders said. Roughly 4,000 dock workers had stopped work '
            'for four days. More than 70 ships were stuck outside the port at the height of the '
            'strike.',
            D(2025, 3, 14),
        ),
        (
            'Nasra port operator agreed to raise wages by 12% to end a four-day strike, the '
            'company said in a statement on Thursday.',
            D(2025, 3, 14),
        ),
    ],
}


def found(name: str) -> list[Contradiction]:
    documents = [
        analyse_text(text, day, f"{name}-{i}") for i, (text, day) in enumerate(STORIES[name])
    ]
    provenance = Provenance()
    return story_claims(documents, provenance)[1]


def test_dam_story_reports_the_toll_the_distance_and_the_date() -> None:
    by_about = {c.about: c for c in found("dam")}
    assert set(by_about) == {
        "people killed",
        "distance downstream (Ostrel)",
        "when the Tarsa dam collapsed",
    }
    toll = [side.value for side in by_about["people killed"].sides]
    assert toll[0] == "Some 20 people"  # lower than an earlier toll, and than the same day's
    distance = {side.value for side in by_about["distance downstream (Ostrel)"].sides}
    assert "300 kilometres" in distance
    dates = [side.value for side in by_about["when the Tarsa dam collapsed"].sides]
    assert dates == ["May 28 (2025-05-28)", "Monday (2025-06-02)"]


@pytest.mark.parametrize("name", ["dam", "mission"])
def test_agreeing_and_changing_figures_are_not_contradictions(name: str) -> None:
    figures = {side.value for c in found(name) if c.kind == "number" for side in c.sides}
    agreeing = {
        "$15 million", "Roughly 3,200 people", "about 2,000 UN peacekeepers",
        "Around 2,100 peacekeepers", "12,000 troops", "roughly $1.2 billion",
    }  # fmt: skip
    assert not figures & agreeing


def test_mission_story_reports_only_the_withdrawal_date() -> None:
    [date] = found("mission")
    assert date.kind == "date"
    assert [side.value for side in date.sides] == [
        "mid-July (2025-07-10 to 2025-07-22)",
        "August 30 (2025-08-30)",
    ]


def test_election_story_reports_the_disputed_turnout_and_the_death_toll() -> None:
    """The commission's 61 percent turnout against the opposition's "no higher than 40"
    (not the 58 percent of the 2016 vote), and three killed in Harn against two."""
    sides = {frozenset(side.value for side in c.sides): c for c in found("election")}
    assert set(sides) == {
        frozenset({"61 percent", "40 percent"}),
        frozenset({"at least three people", "two people"}),
    }
    turnout = sides[frozenset({"61 percent", "40 percent"})]
    assert turnout.kind == "number" and "turnout" in turnout.about  # what the figure counts
    toll = sides[frozenset({"at least three people", "two people"})]
    assert "Harn" in toll.about  # where the deaths were


def test_company_story_reports_the_disputed_job_cuts_only() -> None:
    [cuts] = found("company")
    assert cuts.about == "jobs cut"
    assert {side.value for side in cuts.sides} >= {"4,000 jobs", "6,000 workers"}


def test_ferry_story_reports_the_disputed_passenger_count_not_the_rising_toll() -> None:
    [passengers] = found("ferry")
    assert {side.value for side in passengers.sides} == {"312 passengers", "about 500 passengers"}


def test_strike_story_reports_the_disputed_turnout_and_pay_rise() -> None:
    sides = {c.about: {side.value for side in c.sides} for c in found("strike")}
    assert sides["workers took part in the strike at Nasra"] == {
        "about 4,000 workers",
        "only 1,500 workers",
    }
    assert sides["pay rise (%) on 2025-03-13"] == {"9 percent", "12%"}  # not the 15% asked for


def test_output_does_not_depend_on_hash_seeds() -> None:
    """Claims and contradictions come out the same in every process, as the store expects."""
    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1]);"
        "from test_claims_stories import found;"
        "print(json.dumps([[c.about, [s.value for s in c.sides]] for c in found('dam')]))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(Path(__file__).parent)],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }  # fmt: skip
    assert len(outputs) == 1 and "Tarsa" in outputs.pop()
