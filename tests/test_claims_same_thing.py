"""Two figures disagree only when they are about the same thing: what each test sets side by
side is figures a careless reading would compare (a length and an area, a figure and its
conversion, confirmed and suspected cases, an age and a toll, a possibility and a count, one
day's dead and the dead since a start, a past pandemic and the news, market prices, a size
and a distance, one sentence reprinted, a crash beside a blast, the oil collected beside the
oil leaking), beside a real disagreement that must still be found (the dead of "the blast"
and of "the explosion" are one toll). The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims.dates import _dated_clauses
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

from helpers import disagreement_sides

PUBLISHED = dt.date(2025, 3, 5)


def _disagreements(texts: list[str], kind: str = "number", days: int = 0) -> list[list[str]]:
    return disagreement_sides(texts, PUBLISHED, kind, days)


def test_an_area_is_set_only_beside_an_area() -> None:
    texts = [
        "A slick covering 400 miles threatens the coast of Varrow, officials said.",
        "The slick off Varrow has grown to about 1,500 sq km, the coastguard said.",
        "The slick off Varrow now covers 900 square miles, the coastguard said.",
    ]
    assert _disagreements(texts) == [["900 square miles", "about 1,500 sq km"]]


def test_a_figure_and_its_conversion_in_brackets_are_one_figure() -> None:
    converted = "The Orrin rig was drilling 84km (52 miles) south-east of Port Alder."
    assert (
        _disagreements([converted, "The Orrin rig was drilling 52 miles south-east of Port Alder."])
        == []
    )
    assert _disagreements(
        [converted, "The Orrin rig was drilling 70 miles south-east of Port Alder."]
    ) == [["70 miles", "84km"]]


def test_confirmed_and_suspected_cases_are_different_counts() -> None:
    texts = [
        "Health officials in Dorvia have recorded 12 confirmed cases of the virus.",
        "Health officials in Dorvia are treating about 1,000 suspected cases of the virus.",
        "Health officials in Dorvia have recorded 16 confirmed cases of the virus.",
    ]
    assert _disagreements(texts) == [["12 confirmed cases", "16 confirmed cases"]]


def test_an_age_is_not_a_count_of_the_dead() -> None:
    texts = [
        "The flu has killed at least 60 people in Dorvia, the ministry said.",
        "Most of the dead in Dorvia were aged between 25 and 45, the ministry said.",
        "The flu has killed 31 people in Dorvia, the health agency said.",
    ]
    assert _disagreements(texts) == [["31 people", "at least 60 people"]]


def test_a_possible_or_denied_toll_is_no_report_of_the_dead() -> None:
    texts = [
        "The flu has killed 60 people in Dorvia, the ministry said.",
        "Experts in Dorvia fear the flu could kill millions.",
        "There will not be 20 million deaths in Dorvia, the minister said.",
        "The flu has killed 85 people in Dorvia, the health agency said.",
    ]
    assert _disagreements(texts) == [["60 people", "85 people"]]


def test_one_days_dead_are_not_the_dead_since_a_start() -> None:
    texts = [
        "Security forces in Kessan shot dead seven people, activists said.",
        "About 1,100 civilians have been killed in Kessan since the protests began in March.",
        "Some 1,600 civilians have been killed in Kessan since the protests began in March.",
    ]
    assert _disagreements(texts) == [["About 1,100 civilians", "Some 1,600 civilians"]]


def test_a_toll_of_a_year_long_past_is_not_the_news() -> None:
    texts = [
        "The last pandemic, in 1968, killed about a million people worldwide.",
        "The Fenwick flu has killed 2 million people worldwide, the agency said.",
        "The Fenwick flu has killed 3 million people worldwide, the institute said.",
    ]
    assert _disagreements(texts) == [["2 million people", "3 million people"]]


def test_a_market_price_per_unit_is_no_claim() -> None:
    texts = [
        "Oil rose to $103.5 a barrel on fears the unrest in Kessan could disrupt supplies.",
        "Oil hit $108 a barrel on fears the unrest in Kessan could disrupt supplies.",
    ]
    assert _disagreements(texts) == []


def test_a_size_is_not_a_distance_from_a_place() -> None:
    texts = [
        "An oil plume in the Gulf of Varrow is 10 miles long, the survey found.",
        "The oil plume is around 100 miles from the Gulf of Varrow's Tarrow current, the "
        "survey found.",
        "The oil plume is around 160 miles from the Gulf of Varrow's Tarrow current, the "
        "survey found.",
    ]
    assert _disagreements(texts) == [["around 100 miles", "around 160 miles"]]


def test_one_sentence_reprinted_days_later_keeps_its_relative_date() -> None:
    sentence = "A week ago, Coldwell tried to cap the Orrin well with a steel dome."
    assert _disagreements([sentence, sentence + " It failed."], kind="date", days=7) == []
    other = "Three weeks ago, Coldwell tried to cap the Orrin well with a steel dome."
    assert len(_disagreements([sentence, other], kind="date", days=7)) == 1


def test_a_rate_per_minute_is_not_an_amount() -> None:
    texts = [
        "Robots will pump up to 40 barrels (1,680 gallons) per minute of mud into the Orrin well.",
        "Coldwell has brought 50,000 barrels of mud to the Orrin well, a spokesman said.",
        "Coldwell has brought 20,000 barrels of mud to the Orrin well, the coastguard said.",
    ]
    assert _disagreements(texts) == [["20,000 barrels", "50,000 barrels"]]


def test_the_people_a_city_is_home_to_are_not_its_dead() -> None:
    texts = [
        "The flu has killed 60 people in Dorvia, the ministry said.",
        "Dorvia's capital, where most of the deaths happened and home to some 20 million "
        "people, stayed indoors.",
        "The flu has killed 85 people in Dorvia, the health agency said.",
    ]
    assert _disagreements(texts) == [["60 people", "85 people"]]


def test_parts_of_a_named_rocket_are_not_parts_of_the_rocket_in_the_news() -> None:
    texts = [
        "The Corra rocket will use 27 engines on its first flight from Vell, the company said.",
        "The Soviet-era N1 rocket had 30 engines, and its flights from Vell failed.",
        "The Corra rocket will use 24 engines on its first flight from Vell, engineers said.",
    ]
    assert _disagreements(texts) == [["24 engines", "27 engines"]]


def test_counts_kept_since_different_starts_are_different_measures() -> None:
    texts = [
        "Hundreds of people have been killed in Dorvia since the truce of November 2, monitors "
        "said.",
        "The UN says more than 3,500 people have been killed in Dorvia since protests began in "
        "March.",
        "Monitors say some 2,900 people have been killed in Dorvia since protests started in "
        "March.",
    ]
    assert _disagreements(texts) == [["more than 3,500 people", "some 2,900 people"]]


def test_a_page_time_stamp_before_the_dateline_dates_no_event() -> None:
    text = (
        "VARROW | Fri Mar 7, 2025 6:11 pm EST VARROW (Reuters) - Dorvia is seeking changes to "
        "a planned mission to monitor an Arab League peace plan, the league's chief said."
    )
    document = analyse_text(text, dt.date(2025, 3, 7), "stamped")
    assert [c.expression.text for c in _dated_clauses(document, Provenance(), None)] == []
    # the same clause dated in the news is read
    dated = analyse_text(text.replace("plan,", "plan on Friday,"), dt.date(2025, 3, 7), "news")
    assert [c.expression.text for c in _dated_clauses(dated, Provenance(), None)] == ["Friday"]


def test_the_dead_of_the_blast_and_of_the_explosion_are_one_toll() -> None:
    explosion = "At least 19 people died in the explosion at the Harrow market in Ostrel on Friday."
    crash = explosion.replace("the explosion", "a bus crash")
    saturday = dt.date(2025, 4, 5)
    for word in ("blast", "bombing", "attack"):
        told = f"The {word} killed 12 people at the Harrow market in Ostrel on Friday, police said."
        assert disagreement_sides([told, explosion], saturday) == [
            ["12 people", "At least 19 people"]
        ]
        assert disagreement_sides([told, crash], saturday) == []


def test_the_oil_collected_is_not_the_oil_leaking() -> None:
    collected = (
        "Engineers at the Vell field had been able to collect about 15,000 barrels of oil a day "
        "with the new cap, the company said."
    )
    leaking = (
        "The leak at the Vell field is now estimated at as much as 40,000 barrels of oil a day, "
        "the company said."
    )
    other = (
        "Engineers at the Vell field were able to collect about 25,000 barrels of oil a day with "
        "the new cap, officials said."
    )
    assert _disagreements([collected, leaking]) == []
    assert _disagreements([collected, other]) == [["about 15,000 barrels", "about 25,000 barrels"]]
