"""Which doing a date dates, and the days a date allows: a verb joined after the date by "and"
or opening a clause with "since" is another doing, two dates joined by "and" date one doing,
"last week" read at a weekend may be the working week just ended, and "nearly six weeks ago"
reaches a week later than six weeks ago; a speaker's own doing ("I talked to Adler on
Monday") is no other source's; one relative date told in the same words on two days ("last
Tuesday's quake") is the outlets saying the same; a market moves every day, a programme airs
and crowds gather again and again, and "make" names no doing without its noun; what began is
the subject of "began" ("the air campaign began", "the assault began": two beginnings).

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims.verbs import happening_phrase, what_began

from helpers import story_disagreements

D = dt.date


def _date_sides(texts: list[tuple[str, dt.date]]) -> list[list[str]]:
    return [
        sorted(side.value for side in c.sides)
        for c in story_disagreements(texts)
        if c.kind == "date"
    ]


def test_a_doing_joined_after_the_date_is_dated_by_its_own_words() -> None:
    assert not _date_sides(
        [
            ("The drilling rig Tolvar, leased by Norco, exploded off the coast of Varna on "
             "20 April and sank two days later.", D(2010, 5, 20)),
            ("The rig Tolvar sank on April 22, two days after the blast off the coast of "
             "Varna.", D(2010, 5, 26)),
        ]
    )  # fmt: skip


def test_a_doing_told_since_is_not_the_day_s_doing() -> None:
    assert not _date_sides(
        [
            ("Heavy oil came ashore in the Varna wetlands on Wednesday for the first time "
             "since the rig Tolvar exploded.", D(2010, 5, 20)),
            ("The rig Tolvar exploded off the coast of Varna on 20 April.", D(2010, 5, 20)),
        ]
    )  # fmt: skip


def test_two_dates_joined_by_and_date_one_doing() -> None:
    assert not _date_sides(
        [
            ("Frozen assets are held under the U.N. sanctions on Maravia imposed in February "
             "and March.", D(2011, 9, 19)),
            ("The U.N. Security Council imposed sanctions on Maravia in March.", D(2011, 9, 19)),
        ]
    )  # fmt: skip


_LATE_LAST_WEEK = (
    "Rebels of the Free Army withdrew from Baba Tor late last week after weeks of shelling."
)


@pytest.mark.parametrize("read", [D(2012, 3, 4), D(2012, 3, 3)])  # a Sunday, a Saturday
def test_last_week_read_at_a_weekend_may_be_the_week_just_ended(read: dt.date) -> None:
    assert not _date_sides(
        [
            (_LATE_LAST_WEEK, read),  # Thursday 1 March is late last week by then
            ("The Free Army withdrew from Baba Tor last week, hoping to spare civilians.",
             D(2012, 3, 7)),
        ]
    )  # fmt: skip


def test_last_week_read_on_a_saturday_may_hold_that_week_s_wednesday() -> None:
    assert not _date_sides(
        [
            ("The Tolvar chief is understood to have met the Varna Investment Authority "
             "last week.", D(2010, 7, 10)),  # a Saturday
            ("The Tolvar chief met the Varna Investment Authority on Wednesday.",
             D(2010, 7, 8)),
        ]
    )  # fmt: skip


def test_last_week_read_on_a_weekday_is_the_calendar_week_before() -> None:
    assert _date_sides(
        [
            (_LATE_LAST_WEEK, D(2012, 3, 6)),
            ("The Free Army withdrew from Baba Tor early this week, hoping to spare "
             "civilians.", D(2012, 3, 6)),
        ]
    ) == [
        ["early this week (2012-03-05 to 2012-03-07)", "late last week (2012-03-02 to 2012-03-04)"]
    ]  # fmt: skip


def test_a_date_joined_to_one_dating_no_doing_is_no_fronted_date() -> None:
    assert not _date_sides(
        [
            ("Finally , Norco and Velter both had results in March showing that a mix like "
             "the one pumped into the Tolvar well would be unstable .", D(2010, 10, 28)),
            ("The panel said that of four tests done in February and April by Norco , only "
             "one -- the last -- showed the mix would hold .", D(2010, 10, 29)),
        ]
    )  # fmt: skip


def test_a_stretch_of_years_is_no_day_another_date_contradicts() -> None:
    assert not _date_sides(
        [
            ("Corvania suffered during the outbreak of bird flu, between 2004 and 2008, with "
             "22 deaths reported.", D(2009, 4, 28)),
            ("Corvania has suffered a surge in human cases of bird flu this month as the "
             "season nears its end.", D(2009, 4, 29)),
        ]
    )  # fmt: skip


def test_a_year_told_against_another_year_still_disagrees() -> None:
    assert _date_sides(
        [
            ("The Corvania outbreak of bird flu began in 2004, the ministry said.",
             D(2009, 4, 28)),
            ("The Corvania outbreak of bird flu began in 2006, the ministry said.",
             D(2009, 4, 29)),
        ]
    ) == [["2004 (2004-01-01 to 2004-12-31)", "2006 (2006-01-01 to 2006-12-31)"]]  # fmt: skip


def test_a_doing_told_as_what_did_not_happen_is_no_day() -> None:
    assert not _date_sides(
        [
            ("Even had President Varo stepped down on Thursday, it would have met only the "
             "first of the Corvania protesters' demands.", D(2011, 2, 12)),
            ("President Varo stepped down on Friday, ending 30 years of rule in Corvania.",
             D(2011, 2, 12)),
        ]
    )  # fmt: skip


def test_two_named_people_doing_the_same_thing_are_two_doings() -> None:
    assert not _date_sides(
        [
            ("Student Tomas Adler, 22, left Corvania three years ago.", D(2011, 2, 11)),
            ("Businesswoman Ilse Varga, 45, left Corvania two years ago and has protested "
             "outside the embassy since.", D(2011, 2, 11)),
        ]
    )  # fmt: skip


def test_one_named_person_s_doing_dated_twice_still_disagrees() -> None:
    assert _date_sides(
        [
            ("Student Tomas Adler, 22, left Corvania in 2008.", D(2011, 2, 11)),
            ("Tomas Adler left Corvania in 2009, his family said.", D(2011, 2, 12)),
        ]
    ) == [["2008 (2008-01-01 to 2008-12-31)", "2009 (2009-01-01 to 2009-12-31)"]]  # fmt: skip


def test_a_market_s_moves_on_two_days_are_two_moves() -> None:
    assert not _date_sides(
        [
            ("Norco shares closed down 6 % in London on Thursday .", D(2026, 6, 13)),
            ("Norco shares closed at 390p in London on Friday .", D(2026, 6, 13)),
        ]
    )  # fmt: skip


def test_what_is_made_names_no_doing_of_its_own() -> None:
    # "make clear", "a decision would be made": "make" says what is done only with its noun
    assert not _date_sides(
        [
            ("The next day , the mayor will make clear in his meeting with Norco chairman Ivo "
             "Stenberg what he expects of the company .", D(2026, 6, 12)),
            ("Norco chairman Ivo Stenberg told investors a decision on the dividend would be "
             "made next month .", D(2026, 6, 13)),
        ]
    )  # fmt: skip


def test_two_airings_of_one_interview_are_two_airings() -> None:
    assert not _date_sides(
        [
            ("Channel 9 aired portions of the interview with mayor Ivo Stenberg and put out "
             "some excerpts Monday night .", D(2026, 6, 9)),
            ("Mayor Ivo Stenberg spoke about the spill in an interview with Channel 9 that "
             "aired Tuesday .", D(2026, 6, 9)),
        ]
    )  # fmt: skip


def test_crowds_gathering_on_two_days_are_two_gatherings() -> None:
    assert not _date_sides(
        [
            ("Army tanks surrounded Velport 's Harbour Square , where hundreds of protesters "
             "had gathered on Saturday .", D(2026, 1, 31)),
            ("Shots can be heard in this video of crowds gathered outside a museum in Velport "
             "on Sunday night .", D(2026, 1, 31)),
        ]
    )  # fmt: skip


def test_a_chronology_s_date_dates_the_line_after_it_not_the_one_before() -> None:
    assert not _date_sides(
        [
            ("The explosion aboard the Tolvar rig on 20 April killed 11 workers and began "
             "the spill , Norco said .", D(2025, 9, 8)),
            ("20 April : Tolvar rig explodes , killing 11 people 28 April : Coastguard fears "
             "one of the worst spills in the region 8 May : A steel dome fails to cap the "
             "leak", D(2025, 9, 8)),
        ]
    )  # fmt: skip


def test_nearly_some_weeks_ago_reaches_the_week_after() -> None:
    assert not _date_sides(
        [
            ("The ferry Halden sank in the strait nearly six weeks ago .", D(2010, 5, 27)),
            ("The ferry Halden sank in the strait on April 22 .", D(2010, 5, 27)),
        ]
    )


def test_a_date_weeks_off_what_was_told_ago_still_disagrees() -> None:
    assert _date_sides(
        [
            ("The ferry Halden sank in the strait nearly nine weeks ago .", D(2010, 5, 27)),
            ("The ferry Halden sank in the strait on April 22 .", D(2010, 5, 27)),
        ]
    ) == [["April 22 (2010-04-22)", "nearly nine weeks ago (2010-03-22 to 2010-04-04)"]]


def test_the_speaker_s_own_doing_is_no_other_source_s_doing() -> None:
    assert not _date_sides(
        [
            ("Ambassador Ilse Varga , the envoy to Corvania , met on Tuesday with opposition "
             "leader Tomas Adler , a news network reported .", D(2011, 1, 31)),
            ("I talked to Tomas Adler earlier on Monday .", D(2011, 1, 31)),
        ]
    )  # fmt: skip


def test_one_relative_date_in_the_same_words_on_two_days_is_no_disagreement() -> None:
    assert not _date_sides(
        [
            ("An estimated 2,000 people died in last Tuesday 's quake in Corvania .",
             D(2010, 1, 20)),
            ("Some 2,000 people died in last Tuesday 's quake in Corvania , officials say .",
             D(2010, 1, 21)),
        ]
    )  # fmt: skip


def test_two_things_that_began_are_two_beginnings() -> None:
    campaign = (
        "The raid on Dunmore , one of the heaviest since the air campaign on Dunmore began just "
        "over two months ago , lasted twenty minutes ."
    )
    assault = "The assault on Dunmore began at dawn on Thursday , a former officer said ."
    assert _date_sides([(campaign, D(2026, 5, 22)), (assault, D(2026, 5, 22))]) == []


def test_one_thing_that_began_told_in_two_months_still_disagrees() -> None:
    first = "Protests against Roe began in February and spread to the coast ."
    second = "More than 300 people have been arrested since protests against Roe began in March ."
    sides = _date_sides([(first, D(2026, 6, 5)), (second, D(2026, 6, 6))])
    assert sides == [["February (2026-02-01 to 2026-02-28)", "March (2026-03-01 to 2026-03-31)"]]


@pytest.mark.parametrize(
    ("sentence", "verb", "at", "began"),
    [
        ("Protests against Roe began in February .", "began", "February", {"protest"}),
        ("`` Protests began in May , '' he said .", "began", "May", {"protest"}),
        ("The walkout began on Monday .", "began", "Monday", {"strike"}),  # one kind of event
        ("Fighting in Dunmore began in May and the siege of Vell began in June .", "began",
         "June", {"siege"}),  # the clause's own verb, not the sentence's first
        ("Mount Arden erupted and the evacuation started on Monday .", "started", "Monday",
         {"evacuation"}),
        ("Kessan began shelling Vell in March .", "began", "March", set()),  # a doer's
        ("Troops started to leave on Monday .", "started", "Monday", set()),
        ("It began on Monday .", "began", "Monday", set()),
        ("The talks were held on Monday .", "held", "Monday", set()),  # no aspectual verb
    ],
)  # fmt: skip
def test_what_began_is_the_subject_of_began(
    sentence: str, verb: str, at: str, began: set[str]
) -> None:
    assert what_began(sentence, verb, sentence.index(at)) == began


@pytest.mark.parametrize(
    ("sentence", "verb", "date", "phrase"),
    [
        # the clause that tells the happening, without its date or what runs on after it
        (
            "A wildfire broke out in the Orla hills of Serren province on Friday afternoon "
            "and by nightfall had spread across 300 hectares.",
            "broke", "Friday afternoon",
            "A wildfire broke out in the Orla hills of Serren province",
        ),
        (
            "Officials received reports of the crash around 12:20 p.m.",
            "received", "12:20 p.m.", "Officials received reports of the crash",
        ),
        (
            "Last week, the Varden Trade Council adopted new rules on fuel transfers in "
            "response to the seizures.",
            "adopted", "Last week", "the Varden Trade Council adopted new rules on fuel transfers",
        ),
        # what reports it is not the happening; the text's capitals are kept
        ("Police said the Tarsa dam collapsed on Monday.", "collapsed", "Monday",
         "the Tarsa dam collapsed"),
        ("Dam Tarsa collapsed on Monday, flooding the valley.", "collapsed", "Monday",
         "Dam Tarsa collapsed"),
        ("UN troops withdrew earlier this month from Camp 7.", "withdrew", "earlier this month",
         "UN troops withdrew from Camp 7"),
        # no subject of its own to tell what happened
        ("The fire, which has burned since it broke out on Oct. 5, spread.", "broke", "Oct. 5",
         None),
        ("Ships are barred under a Council rule that was adopted in September.", "adopted",
         "September", None),
        ("Ships are barred under the Council rule adopted last week.", "adopted", "last week",
         None),
        ("The pull-out ran in phases, with UN troops withdrawing from Camp 7 on July 7.",
         "withdrawing", "July 7", None),
        # a participle after a preposition's noun tells nothing of its own
        ("The force enforced the terms of the truce contained in resolution 68 -LRB- 1990 "
         "-RRB- .", "contained", "1990", None),
        # a word of a name is not the verb, however near the date
        ("The Vell probe will launch, once the Deep Launch System is tested in November.",
         "launch", "November", "The Vell probe will launch"),
    ],
)  # fmt: skip
def test_a_happening_is_told_by_its_clause_without_its_date(
    sentence: str, verb: str, date: str, phrase: str | None
) -> None:
    at = sentence.index(date)
    assert happening_phrase(sentence, verb, (at, at + len(date))) == phrase


@pytest.mark.parametrize(
    ("earlier", "label"),
    [
        ("Police said the Tarsa dam collapsed on May 28, residents said.",
         "when the Tarsa dam collapsed"),
        # a sentence's first word loses its capital, a name's keeps it
        ("A dam collapsed in Tarsa on May 28, residents said.", "when a dam collapsed in Tarsa"),
        ("Tarsa's dam collapsed on May 28, residents said.", "when Tarsa's dam collapsed"),
    ],
)  # fmt: skip
def test_a_date_disagreement_is_labelled_by_what_happened(earlier: str, label: str) -> None:
    [found] = [
        c
        for c in story_disagreements(
            [
                (earlier, D(2025, 6, 3)),
                ("The Tarsa dam collapsed on Monday after days of rain.", D(2025, 6, 3)),
            ]
        )
        if c.kind == "date"
    ]
    assert found.about == label
