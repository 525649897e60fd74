"""Figures that tell another thing than the one a disagreement is about.

Two distances from one city are of two places when each names its own ("Misrata, 200 km east
of the capital", "Ras Lanuf, site of an oil terminal and 660 km east of the capital"); the
same place told at two distances still disagrees. Two things named by their nouns ("armored
vehicles were about 7 km from Tell al-Vara", "the border about 20 km away") are two things
too. Troops promised or on their way ("will have up to 10,000 troops there", "is sending
3,500 troops and 2,200 marines", "are set to join") are not the troops already there, nor is
a toll foretold ("thousands will die") a count of the dead, while two plans for one
deployment still disagree. The dead one hospital received ("four killed ..., at his
hospital", "six dead people have been brought into the entrance of this school hall") are no
count of the toll, though two counts from one hospital disagree, and a toll "according to
Dalmor hospital sources" is still the toll. A flight's number ("flight 103 killed 270") is
no toll. Nor is the number of a list's item ("2 -- The killing of ..."), and the dead a
visit to a hospital saw are that hospital's. The articles are invented and written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import dated_disagreement_sides, disagreement_sides, story_disagreements

DAY = dt.date(2026, 3, 14)


def test_two_towns_distances_from_one_capital_are_two_distances() -> None:
    sides = disagreement_sides(
        [
            "Government troops shelled the rebel-held port of Marsana , 200 km east of the "
            "capital Tolvar , on Saturday , residents said .",
            "Rebels said they held the oil town of Kefra , a dusty crossroads , 660 km east "
            "of the capital Tolvar , after government troops withdrew on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_a_towns_distance_past_what_the_town_is_is_that_towns() -> None:
    # "Korla, a port town of 80,000 people 120 km east of Davor" is Korla's distance, so it
    # is not set beside Senn's, though the sentence names Senn too
    sides = disagreement_sides(
        [
            "Fighting spread on Saturday to Korla , a port town of 80,000 people 120 km east "
            "of Davor , and to the village of Senn .",
            "Rebels still held Senn , 45 km east of Davor , on Saturday .",
        ],
        DAY,
    )
    assert sides == []


TANKS_NEAR = (
    "Residents said about 40 tanks and armored vehicles were about 7 km -LRB- 4 miles -RRB- "
    "from Tell al-Vara ."
)


def test_two_things_distances_named_by_their_nouns_are_two_distances() -> None:
    sides = disagreement_sides(
        [
            TANKS_NEAR,
            "Residents said most of Tell al-Vara 's 50,000 people had fled toward the Tamran "
            "border about 20 km -LRB- 12 miles -RRB- away , and tanks had shelled the town .",
        ],
        DAY,
    )
    assert sides == []


def test_one_thing_s_distance_named_by_its_noun_still_disagrees() -> None:
    sides = disagreement_sides(
        [
            TANKS_NEAR,
            "Witnesses said the armored vehicles were about 20 km from Tell al-Vara .",
        ],
        DAY,
    )
    assert sides == [["about 20 km", "about 7 km"]]


def test_one_towns_distance_told_two_ways_still_disagrees() -> None:
    sides = disagreement_sides(
        [
            "Government troops shelled the rebel-held port of Marsana , 200 km east of the "
            "capital Tolvar , on Saturday , residents said .",
            "Residents of Marsana , 260 km east of the capital Tolvar , said government "
            "troops shelled the port on Saturday .",
        ],
        DAY,
    )
    assert len(sides) == 1


def test_troops_promised_are_not_a_count_of_troops_there() -> None:
    sides = disagreement_sides(
        [
            "There are now 4,200 US troops in Tamsar helping with the relief effort , a "
            "Pentagon spokesman said on Saturday .",
            "The US will have up to 10,000 troops in Tamsar by next week , the chairman of "
            "the Joint Chiefs said on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_troops_being_sent_are_not_the_troops_already_there() -> None:
    sides = disagreement_sides(
        [
            "The US is sending up to 3,500 troops and 2,200 marines to Tamsar , officials "
            "said on Saturday .",
            "About 1,000 US troops and 500 marines are already in Tamsar , officials said on "
            "Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_two_plans_for_one_deployment_still_disagree() -> None:
    sides = disagreement_sides(
        [
            "Britain will send 250 troops to Estonia next month , the defence ministry said .",
            "Britain is sending 1,000 troops to Estonia , the defence secretary said .",
        ],
        DAY,
    )
    assert len(sides) == 1


def test_troops_on_the_ground_are_counted_apart_from_those_set_to_join_them() -> None:
    sides = disagreement_sides(
        [
            "More than 2,000 US marines are set to join 1,000 US troops on the ground in "
            "Tamsar , officials said on Saturday .",
            "About 1,500 US troops are on the ground in Tamsar , a Pentagon spokesman said "
            "on Saturday .",
        ],
        DAY,
    )
    assert len(sides) == 1
    assert not any("2,000" in value for value in sides[0])


def test_one_hospitals_dead_are_no_count_of_the_toll() -> None:
    sides = disagreement_sides(
        [
            "A doctor said four people were killed and 23 wounded in the fighting on "
            "Saturday , at his hospital in Dalmor .",
            "The United Nations said 300 people were killed in the fighting in Dalmor on "
            "Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_the_dead_brought_to_where_a_witness_stands_are_no_count_of_the_toll() -> None:
    sides = disagreement_sides(
        [
            "A medic told us six dead people have been brought into the entrance of this "
            "school hall in Dalmor .",
            "The United Nations said 300 people were killed in the fighting in Dalmor on "
            "Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_two_counts_from_one_hospital_still_disagree() -> None:
    sides = disagreement_sides(
        [
            "A doctor said four people were killed in the fighting on Saturday , at his "
            "hospital in Dalmor .",
            "A surgeon said 40 people were killed in the fighting on Saturday , at the "
            "hospital in Dalmor .",
        ],
        DAY,
    )
    assert len(sides) == 1


def test_a_toll_from_hospital_sources_is_still_the_toll() -> None:
    sides = disagreement_sides(
        [
            "In all , 233 people were killed in the fighting in Dalmor on Saturday , "
            "according to Dalmor hospital sources .",
            "The United Nations said 300 people were killed in the fighting in Dalmor on "
            "Saturday .",
        ],
        DAY,
    )
    assert len(sides) == 1


def test_a_toll_foretold_is_no_count_of_the_dead() -> None:
    sides = disagreement_sides(
        [
            "About 300 people have been killed in the fighting in Corvania , the United "
            "Nations said on Saturday .",
            "The colonel warned on Saturday that thousands of people will die in the fighting "
            "in Corvania if foreign powers attack .",
        ],
        DAY,
    )
    assert sides == []


def test_a_flights_number_is_no_toll() -> None:
    sides = disagreement_sides(
        [
            "The 1998 bombing of Corvan Air flight 103 killed 270 people , most of them "
            "students , a court heard on Saturday .",
            "Dane was the only person convicted of the 1998 bombing , in which 270 people "
            "died , the court heard on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_a_toll_told_in_a_chronology_s_present_is_no_count_of_the_day() -> None:
    wednesday = dt.date(2026, 3, 11)
    sides = dated_disagreement_sides(
        [
            ("Medical workers said three people were killed and 35 wounded in Varna on "
             "Tuesday , mostly civilians .", wednesday),
            ("Thousands of protesters take to the streets of Varna and at least 20 people are "
             "killed and 200 are wounded , according to medical sources .", wednesday),
        ]
    )  # fmt: skip
    assert sides == []


def test_a_sentence_opening_on_its_place_places_its_figures() -> None:
    """The 18 are Brava's, though the place opens the sentence well before the figure: no
    count of the fighters killed in Kessel, the story's main place."""
    wednesday = dt.date(2026, 3, 11)
    sides = dated_disagreement_sides(
        [
            ("Three people were killed in Kessel on Tuesday , medical workers in "
             "Kessel said .", wednesday),
            ("In Brava , on the northern front far from the fighting , rebel commanders said "
             "they had suffered 18 killed on Tuesday .", wednesday),
            ("Kessel was calm on Wednesday , residents of Kessel said .", wednesday),
        ]
    )  # fmt: skip
    assert sides == []


def test_a_count_is_of_the_day_told_nearest_to_it() -> None:
    """ "15 were killed on Tuesday and three on Wednesday": the three are Wednesday's, no
    count of Tuesday's dead set beside another source's nine for Tuesday."""
    sides = disagreement_sides(
        [
            "In Kessel , fifteen rebel fighters were killed Tuesday and three on Wednesday , "
            "a rebel spokesman said .",
            "Nine people were killed in Kessel on Tuesday , doctors said .",
        ],
        DAY,
    )
    assert sides == []


def test_a_pressure_that_could_mean_a_leak_is_a_mark_not_a_reading() -> None:
    sides = disagreement_sides(
        [
            "Pressure in the Tarrow well stood at 6,700 pounds per square inch on Saturday , "
            "engineers said .",
            "A pressure below 6,000 pounds per square inch or so , could mean leaks farther "
            "down the Tarrow well , engineers said on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_people_in_hospital_are_not_the_people_infected() -> None:
    sides = disagreement_sides(
        [
            "Mr Hale was one of 10 people in hospital with the flu in Dorvia , doctors said .",
            "The flu has now infected almost 500 people in Dorvia , doctors said .",
        ],
        DAY,
    )
    assert sides == []


def test_countries_a_network_has_laboratories_in_are_not_those_the_virus_reached() -> None:
    sides = disagreement_sides(
        [
            "The virus has now reached 64 countries , the health agency said .",
            "The health agency said its surveillance network of laboratories in 97 countries "
            "would keep monitoring the virus .",
        ],
        DAY,
    )
    assert sides == []


def test_a_closing_quotation_mark_is_nobody_s_word() -> None:
    """A quotation closed as a tokenised archive spells it ("... premiums , '' said Kua
    Hin"): its 22 percent of output and 9 percent of premiums are two shares one speaker
    gives, not two parties' figures for one share."""
    sides = disagreement_sides(
        [
            "`` Emerging markets are home to most people but they account for only 22 percent "
            "of global output and 9 percent of global premiums , '' said Kua Hin , the "
            "reinsurer 's chief executive for Asia .",
            "The reinsurer expects premiums in Asia to grow this year , it said on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_a_count_told_by_its_own_verb_after_a_toll_is_not_of_the_dead() -> None:
    sides = disagreement_sides(
        [
            "Eight of the soldiers were killed , 11 captured .",
            "Mortars hit the Varna district on Saturday , killing at least 15 people , "
            "activists said .",
        ],
        DAY,
    )
    assert sides == []


def test_soldiers_captured_are_not_the_soldiers_lost() -> None:
    sides = disagreement_sides(
        [
            "The rebels had however captured four government soldiers near Varna .",
            "He said the government had lost 30 soldiers over five days of fighting near "
            "Varna .",
        ],
        DAY,
    )
    assert sides == []


def test_a_thing_or_two_is_no_count() -> None:
    sides = disagreement_sides(
        [
            "The old dictator could have taught the colonel a thing or two about killing "
            "his own people , a columnist wrote .",
            "The hospital said at least nine people were killed in Varna on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_a_deposit_and_a_cost_told_with_conversions_are_two_sums() -> None:
    """Each page's caption is glued before its sentence, so their words look alike: what
    each sum is ("an initial deposit of", "a total of") tells them apart, though the words
    after each are only a conversion in brackets."""
    caption = "The leak was capped in the middle of July"
    sides = disagreement_sides(
        [
            f"{caption} Norco has made an initial deposit of $ 3bn -LRB- # 1.8 bn -RRB- into "
            "a $ 20bn compensation fund for the Varna spill .",
            f"{caption} The Varna spill has so far cost Norco a total of $ 6.1 bn -LRB- # 3.8 "
            "bn -RRB- , the company has said .",
        ],
        DAY,
    )
    assert sides == []


def test_soldiers_imprisoned_are_not_the_servicemen_sent_for_trial() -> None:
    sides = disagreement_sides(
        [
            "Earlier this year a review body reduced the sentences of two soldiers imprisoned "
            "for abusing civilians in Varna .",
            "The prosecutor said on Saturday that seven servicemen should stand trial by court "
            "martial over the Varna abuse case .",
        ],
        DAY,
    )
    assert sides == []


def test_the_same_figures_of_the_same_parties_are_one_disagreement() -> None:
    both = (
        "The United Nations says 2,200 people have died in the uprising in Varna , while a "
        "grassroots group says security forces have killed 3,000 civilians ."
    )
    found = story_disagreements(
        [
            (f"Troops shelled the old town of Varna on Friday , residents said . {both}",
             dt.date(2026, 3, 13)),
            (f"{both} Thousands marched in the capital on Saturday , witnesses said .",
             dt.date(2026, 3, 14)),
        ]
    )  # fmt: skip
    numbers = [c for c in found if c.kind == "number"]
    assert len(numbers) == 1
    assert all(len(side.articles) == 2 for side in numbers[0].sides)


def test_the_toll_of_an_incident_dated_years_before_is_history_even_after_after() -> None:
    wednesday = dt.date(2010, 9, 8)
    sides = dated_disagreement_sides(
        [
            ("He says today 's report follows a template set by a report issued a few "
             "months after the March 2005 explosion at Norco 's Varna refinery that killed "
             "15 people .", wednesday),
            ("Eleven people were killed in the explosion on the Tolvar rig , Norco said .",
             wednesday),
        ]
    )  # fmt: skip
    assert sides == []


def test_shares_of_what_two_companies_each_have_are_two_shares() -> None:
    sides = disagreement_sides(
        [
            "Halden Oil used the long string design on 4 percent of its wells in the gulf .",
            "Corvex Energy used the long string design on 8 percent of its wells in the gulf .",
            "Marrow , a partner in the venture , owns 25 % of the well in the gulf .",
        ],
        DAY,
    )
    assert sides == []


def test_distances_told_to_a_place_s_south_and_east_of_it_are_two() -> None:
    sides = disagreement_sides(
        [
            "Sixty miles to Velm 's south , rebels said they captured the town of Garra .",
            "Rebels hope that capturing the port 750 km east of the capital Velm will be a "
            "turning point .",
        ],
        DAY,
    )
    assert sides == []


def test_stakes_two_companies_own_are_two_shares() -> None:
    sides = disagreement_sides(
        [
            "Halden owns 10 % of the Tolvar well project operated by Norco .",
            "Corvex Energy and Marrow own 35 percent of the blown-out well and share its costs .",
        ],
        DAY,
    )
    assert sides == []


def test_two_companies_sharing_a_word_of_their_names_report_two_sums() -> None:
    def sides(*texts: str) -> list[list[str]]:
        return disagreement_sides(list(texts), DAY)

    valley = "Valley Federal Savings and Loan Association reported a loss of $70.7 million."
    columbia = "Columbia Savings and Loan Association announced a loss of $226.3 million."
    assert sides(valley, columbia) == []
    again = "Valley Federal posted a quarterly loss of $72 million."
    assert len(sides(valley, again)) == 1


def test_two_companies_earnings_in_cents_a_share_are_two_sums() -> None:
    corvane = (
        "Corvane Holding named a new chief executive on Wednesday. The appointment takes "
        "effect Nov. 13. Separately, Corvane posted a third-quarter net loss of $2.3 million, "
        "or 68 cents a share, versus net income of $5.3 million, or $1.61 a share, a year "
        "earlier. The latest results include write-downs linked to the failed purchase of "
        "Velm Federal Savings and Loan Association."
    )
    franklin = (
        "Franklin Thrift Savings and Loan Association said it plans to sell branches to Velm "
        "Federal Savings and Loan Association. Franklin Thrift posted a third-quarter loss of "
        "$4.1 million. A year ago, Franklin Thrift had profit of $1.8 million, or 23 cents a "
        "share."
    )
    dated = [(corvane, dt.date(1989, 11, 2)), (franklin, dt.date(1989, 10, 30))]
    assert dated_disagreement_sides(dated) == []


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        # money is labelled by the sum the words before it name
        ("Valley Federal reported a third-quarter loss of $70.7 million.",
         "Valley Federal posted a third-quarter loss of more than $72 million.",
         "third-quarter loss (dollars)"),
        # a place opening a sentence reads in lower case
        ("In Brava, seven civilians died as the army shelled the town, activists said.",
         "In Brava, nine civilians died as the army shelled the town, a monitor said.",
         "people died in Brava"),
        # a country named before the figure is a teller, not what is counted
        ("Egyptian police said 17 people were killed in Brava on Tuesday.",
         "Rebels said 45 people were killed in Brava on Tuesday.",
         "people killed in Brava"),
        # the words stop at an aside and at another clause joined by "and"
        ("About 4,000 census workers were paid late -- a figure the union disputes.",
         "Some 9,000 census workers were paid late, the union said.",
         "census workers paid late"),
        ("Activists said 13 people were killed and that the area was sealed off.",
         "Rebels said 45 people were killed.",
         "people killed"),
        # a tokenised million is no word of a label
        ("Some 4.9 m barrels of oil had leaked into the bay by Friday, officials said.",
         "About 2.5 m barrels of oil had leaked into the bay by Friday, the firm said.",
         "barrels of oil had leaked into the bay"),
        # a people's adjective before what it qualifies names the country
        ("Human Rights Watch said 84 people were killed in Libyan protests on Saturday.",
         "Doctors said 140 people were killed in Libyan protests on Saturday.",
         "people killed in Libya"),
        # a phrase opening on a participle tells how, the figure's event what
        ("Gunmen killed 20 people storming the Velm hotel on Tuesday, police said.",
         "Gunmen killed 45 people in the attack on the Velm hotel on Tuesday, a rebel said.",
         "people killed"),
    ],
)  # fmt: skip
def test_a_label_says_what_the_figures_count(first: str, second: str, label: str) -> None:
    found = story_disagreements([(first, DAY), (second, DAY)])
    assert [c.about.split(" on ")[0] for c in found] == [label]


def test_the_number_of_a_list_s_item_is_no_count() -> None:
    sides = disagreement_sides(
        [
            "2 -- The killing of untold numbers of soldiers and civilians in Dalmor .",
            "At least eight people were killed in fighting in Dalmor on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_the_dead_a_visit_to_a_hospital_saw_are_that_hospital_s() -> None:
    sides = disagreement_sides(
        [
            "Fighters returning from the battle in Dalmor said 20 men had been killed .",
            "Journalists later visited a hospital in Dalmor where they saw the bodies of three "
            "men .",
        ],
        DAY,
    )
    assert sides == []
