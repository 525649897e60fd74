"""Claims and contradictions: grouping, number and date disagreements, their rendering."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from storyline.claims import dates as claim_dates
from storyline.claims import (
    group_claims,
    render_disagreements,
    story_claims,
    value_range,
)
from storyline.errors import InputError
from storyline.evaluation.claims import analyse_text, evaluate, load_pairs
from storyline.models import (
    Contradiction,
    ContradictionSide,
    Document,
    Provenance,
    TimeExpression,
)
from storyline.timex import tag

D = dt.date


def story(*articles: tuple[str, dt.date]) -> list[Document]:
    return [analyse_text(text, day, f"article-{i}") for i, (text, day) in enumerate(articles)]


def contradictions(documents: list[Document], provenance: Provenance | None = None):
    provenance = provenance or Provenance()
    return story_claims(documents, provenance)[1]


def test_hedged_figures_that_can_meet_agree() -> None:
    documents = story(
        ("The US had nearly 1,000 troops in Niger.", D(2024, 5, 2)),
        ("About 1,000 US troops are in Niger.", D(2024, 5, 2)),
        ("Roughly 1,000 US troops are based in Niger.", D(2024, 5, 3)),
        ("The Pentagon ordered all 1,000 US troops out of Niger.", D(2024, 5, 3)),
    )
    claims = group_claims(documents, Provenance())
    assert len(claims) == 1
    assert claims[0].about == "US troops in Niger"
    assert contradictions(documents) == []


def test_a_figure_and_a_share_that_cannot_meet_contradict() -> None:
    documents = story(
        ("Some 200 soldiers had been at the Agadez drone base.", D(2024, 8, 6)),
        ("Fewer than 1,000 troops remain in Niger, most at a base near Agadez.", D(2024, 8, 3)),
    )
    [found] = contradictions(documents)
    assert found.kind == "number"
    assert "Agadez" in found.about
    assert [side.value for side in found.sides] == [
        "Some 200 soldiers",
        "most of fewer than 1,000 troops",
    ]
    assert found.sides[0].articles == [documents[0].id]
    assert found.sides[1].sentence == documents[1].article.text


def test_a_figure_held_before_its_report_is_not_set_beside_one_months_older() -> None:
    # "had been" tells no day: the August figure is of the days the August article tells,
    # not of May, when troops were still leaving
    documents = story(
        ("Some 200 soldiers had been at the Agadez drone base.", D(2024, 8, 6)),
        ("Fewer than 1,000 troops remain in Niger, most at a base near Agadez.", D(2024, 5, 20)),
    )
    assert contradictions(documents) == []


def test_a_fixed_measure_told_with_no_day_still_contradicts_an_older_one() -> None:
    # a rocket's payload does not change with time: told months apart it is one fact
    documents = story(
        ("The Falcon Heavy was designed to carry 63,800 kg to low Earth orbit.", D(2018, 2, 6)),
        ("The Falcon Heavy can carry 54,400 kg to low Earth orbit.", D(2017, 11, 2)),
    )
    [found] = contradictions(documents)
    assert sorted(side.value for side in found.sides) == ["54,400 kg", "63,800 kg"]


def test_figures_dated_apart_are_a_change_not_a_contradiction() -> None:
    documents = story(
        ("About 4,000 French troops are deployed in Chadra.", D(2024, 1, 10)),
        ("Only 600 French troops remain in Chadra.", D(2024, 11, 20)),
    )
    [claim] = group_claims(documents, Provenance())
    assert contradictions(documents) == []
    assert claim.note is not None
    assert "2024-01-10" in claim.note and "2024-11-20" in claim.note


def test_same_day_figures_that_cannot_meet_contradict() -> None:
    documents = story(
        ("The earthquake killed 120 people in Sarel, the governor said.", D(2025, 1, 5)),
        ("Officials said 35 people died in the earthquake in Sarel.", D(2025, 1, 5)),
    )
    [found] = contradictions(documents)
    assert found.about == "people died in the earthquake in Sarel on 2025-01-05"


def test_many_reports_of_two_figures_are_one_contradiction_listing_every_report() -> None:
    # Reports repeating a figure are compared as one class: every one must still be listed,
    # and a toll counted again a week later is a change, not a third side.
    toll = ("The earthquake killed 120 people in Sarel, the governor said.", D(2025, 1, 5))
    other = ("Officials said 35 people died in the earthquake in Sarel.", D(2025, 1, 5))
    later = ("The earthquake has killed 400 people in Sarel, officials said.", D(2025, 1, 12))
    reports = [toll] * 12 + [other] * 9 + [later]
    documents = [  # distinct articles, as independent outlets write them
        analyse_text(text + " Crews kept searching." * i, day, f"article-{i}")
        for i, (text, day) in enumerate(reports)
    ]
    [found] = [c for c in contradictions(documents) if c.kind == "number"]
    assert [side.value for side in found.sides] == ["35 people", "120 people"]
    assert found.sides[0].articles == [d.id for d in documents[12:21]]
    assert found.sides[1].articles == [d.id for d in documents[:12]]
    [claim] = group_claims(documents, Provenance())
    assert claim.note is not None and "400 people (2025-01-12)" in claim.note


def test_different_measures_are_not_compared() -> None:
    documents = story(
        ("The flood killed 12 people in Esk.", D(2025, 4, 4)),
        ("The flood injured 300 people in Esk.", D(2025, 4, 4)),
        ("The ministry spent $30 million on hospitals in Esk.", D(2025, 4, 4)),
        ("The ministry spent $300 million on roads in Esk.", D(2025, 4, 4)),
        ("About 2,000 troops are in northern Esk.", D(2025, 4, 4)),
        ("Some 9,000 troops are in Esk.", D(2025, 4, 4)),
    )
    assert contradictions(documents) == []


def test_converted_units_agree() -> None:
    documents = story(
        ("The town lies about 920 kilometers from the capital.", D(2025, 5, 20)),
        ("The town is some 570 miles from the capital.", D(2025, 5, 21)),
    )
    assert len(group_claims(documents, Provenance())) == 1
    assert contradictions(documents) == []


def test_copies_of_one_text_count_once_and_never_contradict_each_other() -> None:
    text = "Some 200 soldiers were at the Kalo base."
    documents = story(
        (text, D(2025, 2, 2)),
        (text + " It was hot.", D(2025, 2, 3)),
        ("About 900 soldiers were at the Kalo base.", D(2025, 2, 2)),
    )
    provenance = Provenance(duplicate_of={documents[1].id: documents[0].id})
    [claim] = group_claims(documents, provenance)
    assert [m.text for m in claim.mentions] == ["Some 200 soldiers", "About 900 soldiers"]
    [found] = contradictions(documents, provenance)
    assert found.sides[0].articles == [documents[0].id, documents[1].id]


def test_value_ranges_follow_the_qualifier() -> None:
    [nearly] = analyse_text("Nearly 1,000 troops.", D(2024, 1, 1), "a").quantities
    [fewer] = analyse_text("Fewer than 1,000 troops.", D(2024, 1, 1), "b").quantities
    [more] = analyse_text("More than 100 troops.", D(2024, 1, 1), "c").quantities
    assert value_range(nearly) == (850, 1000)
    low, high = value_range(fewer)
    assert 0 < low < 1000 == high
    assert value_range(more) == (100, float("inf"))


def test_a_month_and_day_without_a_year_is_the_last_one_not_after_the_story() -> None:
    """An undated article's "Dec. 20" in a story whose latest date is Jan. 10, 2025 is
    2024-12-20; its "Jan. 5" is 2025-01-05."""
    december = TimeExpression(0, 7, "Dec. 20", "DATE", "XXXX-12-20")
    january = TimeExpression(0, 6, "Jan. 5", "DATE", "XXXX-01-05")
    latest = D(2025, 1, 10)
    assert claim_dates._span(december, latest) == (D(2024, 12, 20), D(2024, 12, 20))
    assert claim_dates._span(january, latest) == (D(2025, 1, 5), D(2025, 1, 5))


def test_earlier_that_month_after_a_told_month_spans_that_month() -> None:
    """ "Earlier that month" is read from the month told before it, which is its anchor: the
    days it spans end with that month, not with the day the article came out."""
    text = "The dock strike began in June 2023. Earlier that month, the dockers had voted."
    spans = [claim_dates._span(t) for t in tag(text, D(2024, 5, 2))]
    assert spans == [(D(2023, 6, 1), D(2023, 6, 30))] * 2


def test_ranges_between_two_figures_and_shares_of_a_figure() -> None:
    """ "Between 40 and 50" spans both figures, each with its rounding (2.5 for a round 50);
    "almost all of the 200" is four fifths of it or more, "half of the 300" two to three
    tenths of a rounded 300 either side of a half."""
    [between] = analyse_text("Between 40 and 50 people were hurt.", D(2024, 1, 1), "a").quantities
    assert value_range(between) == (37.5, 52.5)
    shares = {
        q.qualifier: value_range(q)
        for text in (
            "Almost all of the 200 passengers survived.",
            "Half of the 300 workers struck.",
        )
        for q in analyse_text(text, D(2024, 1, 1), "b").quantities
        if q.qualifier
    }
    assert shares["almost all of"] == pytest.approx((0.8 * 190, 210))
    assert shares["half of"] == pytest.approx((0.4 * 285, 0.6 * 315))


def test_the_same_event_dated_differently_is_a_date_contradiction() -> None:
    documents = story(
        ("US troops withdrew earlier this month from Airbase 101 in Niamey.", D(2024, 8, 7)),
        ("US forces withdrew from Air Base 101 in Niamey on July 7.", D(2024, 9, 16)),
    )
    [found] = contradictions(documents)
    assert found.kind == "date"
    assert found.about == "when US forces withdrew from Air Base 101 in Niamey"
    assert [side.value for side in found.sides] == [
        "July 7 (2024-07-07)",
        "earlier this month (2024-08-01 to 2024-08-07)",
    ]


def test_a_day_owning_the_doer_after_by_dates_the_deed() -> None:
    """"Flattened by Tuesday's earthquake" names who did it, and on which day; the same
    deed told on Wednesday is a date disagreement, where "sealed by Sunday" only bounds."""
    documents = story(
        ("The market town of Umbo was flattened by Tuesday's earthquake.", D(2025, 3, 14)),
        ("The earthquake flattened the market town of Umbo on Wednesday.", D(2025, 3, 14)),
    )
    [found] = contradictions(documents)
    assert [side.value for side in found.sides] == [
        "Tuesday (2025-03-11)",
        "Wednesday (2025-03-12)",
    ]


def test_a_date_label_names_the_thing_as_both_sides_spell_it() -> None:
    """One side names "a Varden Trade Council Resolution", the other "the Varden Trade
    Council resolution": the label gives the words both use, once, not each word apart."""
    documents = story(
        (
            "Fuel transfers at sea are banned under a Varden Trade Council Resolution that "
            "was adopted in September.",
            D(2025, 12, 29),
        ),
        (
            "Such transfers are banned under the Varden Trade Council resolution adopted "
            "last week.",
            D(2025, 12, 28),
        ),
    )
    [found] = contradictions(documents)
    assert found.about == "date of 'adopted' (Varden Trade Council)"


def test_figures_of_an_event_dated_by_a_year_are_labelled_in_that_year() -> None:
    documents = story(
        (
            "Holm Bank, which earns half its revenue abroad, had $4.1 billion in earnings "
            "kept overseas as of the end of 2024, according to a filing.",
            D(2025, 3, 2),
        ),
        (
            "An analyst said the charge rests on the $4.6 billion in foreign earnings Holm "
            "Bank had at the end of 2024.",
            D(2025, 3, 2),
        ),
    )
    [found] = contradictions(documents)
    assert found.about.endswith(" in 2024")


def test_a_share_is_labelled_by_the_noun_it_stands_before() -> None:
    """ "9 percent on their rooms" says what the share is charged on; "a 12 percent tourist
    levy" names the share: the label takes the name, whichever report comes first."""
    documents = story(
        ("Guests at Harlow hotels will pay 9 percent on their rooms from March.", D(2025, 3, 2)),
        (
            "Guests at Harlow hotels will pay a 12 percent tourist levy on their rooms from "
            "March, the council said.",
            D(2025, 3, 2),
        ),
    )
    [found] = contradictions(documents)
    assert found.about.startswith("tourist levy")


def test_the_days_two_pages_were_updated_are_not_an_event_dated_twice() -> None:
    documents = story(
        (
            "29 September 2025 Last updated at 15:44 GMT The trial of Dr Oren Vale heard from "
            "a nurse who saw the vials.",
            D(2025, 9, 30),
        ),
        (
            "30 September 2025 Last updated at 06:15 GMT The trial of Dr Oren Vale heard that "
            "a guard was told to hide the vials.",
            D(2025, 9, 30),
        ),
    )
    assert contradictions(documents) == []


def test_a_date_disagreement_is_reported_once_with_one_side_per_date() -> None:
    """Ten outlets giving one date and three another are one disagreement of two sides,
    not thirty pairs: each side lists every article that gives its date. (The other
    articles keep the base from being the subject of the whole story.)"""
    early = "US forces withdrew from Air Base 101 in Niamey on July 7."
    late = "US troops withdrew from Airbase 101 in Niamey on July 9, officials said."
    documents = story(
        *[(f"{early} Report {i} of the day.", D(2024, 9, 16)) for i in range(10)],
        *[(f"{late} Follow-up {i}.", D(2024, 9, 17)) for i in range(3)],
        *[(f"Niger's junta met envoys in Niamey, meeting {i}.", D(2024, 9, 18)) for i in range(13)],
    )
    [found] = contradictions(documents)
    assert found.about == "when US forces withdrew from Air Base 101 in Niamey"
    assert [side.value for side in found.sides] == ["July 7 (2024-07-07)", "July 9 (2024-07-09)"]
    assert [side.articles for side in found.sides] == [
        [d.id for d in documents[:10]],
        [d.id for d in documents[10:13]],
    ]
    assert found.sides[1].sentence == late


def test_one_event_worded_many_ways_is_one_disagreement_and_dates_that_agree_share_a_side() -> None:
    """Three dates for one withdrawal, each worded its own way, are one report of three
    sides; "early July" can be July 7, so it stands on that side, not on a fourth."""
    documents = story(
        ("US forces withdrew from Air Base 101 in Niamey on July 7.", D(2024, 9, 16)),
        ("American troops withdrew from Airbase 101 on July 9, the Pentagon said.", D(2024, 9, 17)),
        ("The last US soldiers withdrew from Air Base 101 on July 12.", D(2024, 9, 18)),
        ("US troops withdrew from Air Base 101 in early July.", D(2024, 9, 19)),
        *[(f"Niger's junta met envoys in Niamey, meeting {i}.", D(2024, 9, 20)) for i in range(6)],
    )
    [found] = contradictions(documents)
    ids = [d.id for d in documents]
    assert [side.value for side in found.sides] == [
        "July 7 (2024-07-07)",
        "July 9 (2024-07-09)",
        "July 12 (2024-07-12)",
    ]
    assert [side.articles for side in found.sides] == [[ids[0], ids[3]], [ids[1]], [ids[2]]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a weekday and the date it falls on
        ("Protesters stormed the parliament in Velmar on Monday.",
         "Parliament in Velmar was stormed by protesters on March 10."),
        # a deadline bounds an event, it does not date it
        ("Foreign troops have until September 15 to leave Garo.",
         "The withdrawal from Garo was completed by September 15."),
        # so does one after a participle, which has no doer to name ("sealed by Sunday")
        ("The Korvo well was sealed by Sunday, engineers said.",
         "Engineers sealed the Korvo well on Saturday."),
        # "said on Tuesday" dates the statement, not the capture
        ("The army said on Tuesday that it captured the town of Ardent.",
         "Soldiers captured Ardent on March 2."),
        # a month and a day inside it
        ("The election in Dorvia was held in March.", "Dorvia held its election on March 30."),
        # different events at the same place
        ("Rebels attacked the town of Umbo on Friday.",
         "Government forces recaptured Umbo on Sunday."),
    ],
)  # fmt: skip
def test_dates_that_can_agree_are_not_contradictions(first: str, second: str) -> None:
    assert contradictions(story((first, D(2025, 3, 12)), (second, D(2025, 3, 12)))) == []


def test_render_disagreements_shows_each_side_verbatim() -> None:
    sentence = "Some 200 soldiers had been at the Agadez drone base, in northern Niger."
    found = [
        Contradiction(
            kind="number",
            about="troops at Agadez",
            sides=[
                ContradictionSide("Some 200 soldiers", ["a1"], sentence),
                ContradictionSide("most of fewer than 1,000 troops", ["a2", "a3"], "Other."),
            ],
            note="A note.",
        )
    ]
    text = render_disagreements(found, "text", {"a1": "BBC, 2024-08-06"})
    assert text.splitlines()[0] == "Where sources disagree"
    assert f'"{sentence}"' in text
    assert "[BBC, 2024-08-06]" in text and "[a2, a3]" in text and "Note: A note." in text
    markdown = render_disagreements(found, "markdown")
    assert markdown.startswith("### Where sources disagree")
    assert f"> {sentence}" in markdown and "**troops at Agadez: figures differ**" in markdown
    dated = Contradiction(
        kind="date",
        about="date of 'reopened'",
        sides=[ContradictionSide("May 3", ["a1"], "It reopened on May 3."),
               ContradictionSide("May 5", ["a2"], "It reopened on May 5.")],
    )  # fmt: skip
    assert "date of 'reopened': dates differ" in render_disagreements([dated], "text")
    assert render_disagreements([], "text") == ""
    with pytest.raises(ValueError, match="html"):
        render_disagreements(found, "html")


def test_shipped_labelled_set_meets_the_bar() -> None:
    result = evaluate()
    overall = result["overall"]
    assert {"precision", "recall", "f1", "pairs"} <= set(overall)
    assert overall["pairs"] >= 80
    assert overall["precision"] >= 0.9
    assert overall["recall"] >= 0.8
    kinds = {item["kind"] for item in result["items"]}
    assert kinds == {"number", "date"}
    assert sum(item["gold"] for item in result["items"]) >= 30


def test_a_malformed_labelled_line_names_file_and_line(tmp_path: Path) -> None:
    good = {
        "id": "p1", "kind": "number", "contradiction": False,
        "a": {"text": "About 20 people died in Esk.", "published": "2025-01-01"},
        "b": {"text": "Some 20 people died in Esk.", "published": "2025-01-01"},
    }  # fmt: skip
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps(good) + "\n" + '{"id": "p2"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"pairs\.jsonl:2"):
        load_pairs(path)
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    assert evaluate(path)["overall"]["pairs"] == 1


def test_the_subject_of_a_story_is_an_event_half_its_articles_name() -> None:
    """Two articles of three, or of four, naming a fire make the fire what the story is
    about; one article of three naming a strike does not."""
    fire = "A fire broke out at the Lindholm sawmill, {}."
    three = story(
        (fire.format("the brigade said"), D(2025, 3, 4)),
        (fire.format("workers said"), D(2025, 3, 4)),
        ("Dockers at Lindholm began a strike over pay.", D(2025, 3, 5)),
    )
    assert claim_dates.subject_events(three) == {"fire"}
    four = [*three, analyse_text("The sawmill will reopen in May.", D(2025, 3, 9), "late")]
    assert claim_dates.subject_events(four) == {"fire"}
    assert claim_dates.subject_events(three[:1]) == frozenset()  # one article is not most


def test_figures_at_two_unnamed_places_are_not_compared() -> None:
    """ "at the border" and "in the capital" are places though they name none: soldiers
    counted at each do not disagree, soldiers counted twice at one do."""
    at = "Some {} soldiers were {} on Monday, the army said."
    apart = story((at.format(200, "at the border"), D(2025, 3, 4)),
                  (at.format(900, "in the capital"), D(2025, 3, 4)))  # fmt: skip
    assert contradictions(apart) == []
    together = story((at.format(200, "at the border"), D(2025, 3, 4)),
                     (at.format(900, "at the border"), D(2025, 3, 4)))  # fmt: skip
    [found] = contradictions(together)
    assert "border" in found.about


def test_a_place_beyond_an_aside_or_another_phrase_does_not_set_a_sum_apart() -> None:
    # "outside Dorvia" describes the bank in an aside; "polled by Orly Data" names who was
    # asked: neither is where the sum is, so the sums of the story's own place disagree.
    documents = story(
        (
            "Kessan Bank, which earns most of its revenue outside Dorvia, had $31.2 billion "
            "in earnings held abroad at the end of 2016.",
            D(2017, 12, 29),
        ),
        (
            "The bank had $32.6 billion in foreign earnings Kessan held at the end of 2016.",
            D(2017, 12, 29),
        ),
        ("Kessan Bank is based in Marlow. Its chief lives in Marlow.", D(2017, 12, 29)),
        (
            "Kessan Bank was expected to post net income of $2.07 billion, according to "
            "analysts polled by Orly Data.",
            D(2017, 12, 29),
        ),
        ("In Marlow, Kessan Bank expects net income of $1.2 billion.", D(2017, 12, 29)),
    )
    found = [sorted(side.value for side in c.sides) for c in contradictions(documents)]
    assert sorted(found) == [["$1.2 billion", "$2.07 billion"], ["$31.2 billion", "$32.6 billion"]]


@pytest.mark.parametrize(
    "charge",
    [
        "Kessan Bank expects a $5 billion hit to its profits in Marlow.",
        "Kessan Bank's charge in Marlow will be $5 billion, the bank said.",
    ],
)
def test_sums_of_different_things_are_not_compared(charge: str) -> None:
    # what "net income of" a sum is, the other sentence never says
    documents = story(
        (charge, D(2017, 12, 29)),
        ("Kessan Bank was expected to post net income of $2.07 billion, analysts said in Marlow.",
         D(2017, 12, 29)),
    )  # fmt: skip
    assert contradictions(documents) == []


def test_a_distance_told_about_is_only_its_rounding() -> None:
    documents = story(
        ("The crash site lies about 230 km west of Sarel.", D(2025, 1, 5)),
        ("The crash site is roughly 130 miles northwest of Sarel.", D(2025, 1, 5)),
    )
    [found] = contradictions(documents)
    assert [side.value for side in found.sides] == ["roughly 130 miles", "about 230 km"]
    assert value_range(analyse_text("It lies about 22 miles away.", D(2025, 1, 5), "a")
                       .quantities[0], fixed=True) == (21.5, 22.5)  # fmt: skip


def test_an_act_named_by_one_outlet_and_worded_by_another_is_one_event() -> None:
    # "Security Council" is in every article; "the resolution" and "Resolution 2375" are the
    # same thing acted on, once as a word and once as a name.
    filler = "The Security Council met again on Monday to discuss the sanctions."
    documents = story(
        (
            "Fuel shipments are prohibited under a Security Council resolution adopted last "
            "week. " + filler,
            D(2017, 12, 28),
        ),
        (
            "Tanker transfers are banned by Security Council Resolution 2375 that was adopted in "
            "September. " + filler,
            D(2017, 12, 29),
        ),
        (filler + " China denied any breach.", D(2017, 12, 29)),
        (filler + " Seoul seized a tanker.", D(2017, 12, 30)),
    )
    [found] = [c for c in contradictions(documents) if c.kind == "date"]
    assert [side.value.split(" (")[0] for side in found.sides] == ["September", "last week"]


def test_a_time_of_day_told_differently_by_two_sources_is_a_disagreement() -> None:
    documents = story(
        ("Officials received the first alert of the crash at 12:13 pm.", D(2017, 12, 31)),
        ("Officials received reports of the crash around 12:20 p.m.", D(2017, 12, 31)),
    )
    [found] = contradictions(documents)
    assert found.about == "when officials received the first alert of the crash"
    assert [side.value.rstrip(".") for side in found.sides] == ["12:13 pm", "around 12:20 p.m"]
    assert [side.articles for side in found.sides] == [[documents[0].id], [documents[1].id]]


def test_one_thing_that_began_clocked_twice_is_a_disagreement() -> None:
    documents = story(
        ("Shops emptied early under a curfew that started at 3:00 p.m.", D(2018, 2, 6)),
        ("The curfew started at 5 p.m., the army said.", D(2018, 2, 6)),
    )
    [found] = contradictions(documents)
    assert [side.value.rstrip(".") for side in found.sides] == ["3:00 p.m", "5 p.m"]
    # the earlier time's clause tells it on a relative pronoun, the later one's in full
    assert found.about == "when the curfew started"


def test_a_time_no_clause_tells_with_a_subject_is_labelled_by_its_verb() -> None:
    documents = story(
        ("Shops emptied under a curfew that started at 3:00 p.m.", D(2018, 2, 6)),
        ("Shops emptied under a curfew that started at 5 p.m.", D(2018, 2, 6)),
    )
    [found] = contradictions(documents)
    assert found.about == "time of 'started'"


def test_a_zone_written_against_the_minutes_is_read() -> None:
    documents = story(
        ("Robots removed the old cap at 1737GMT on Saturday.", D(2010, 7, 11)),
        ("Robots removed the old cap at 1900 GMT on Saturday.", D(2010, 7, 11)),
    )
    [found] = contradictions(documents)
    assert [side.value for side in found.sides] == ["1737GMT on Saturday", "1900 GMT on Saturday"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the minutes "around" allows
        ("Officials received the first alert at 12:13 pm.", "They received it around 12:15 p.m."),
        # two zones: the same instant
        ("The rocket lifted off at 1:30 p.m. EST.", "The rocket lifted off at 1830 GMT."),
        ("The old cap was removed at 12:30 p.m. local time.", "Robots removed it at 5:37 p.m."),
        # two days named
        ("A post shared on Dec 22, 2017 at 2:57pm.", "A post shared on Feb 4, 2018 at 9:50pm."),
        # one source clocks two landings itself
        ("One plane landed at 9:10 am and another landed at 9:40 am.", "It landed at 9:10 am."),
        # events the texts date on two days: a quake and its aftershock
        ("On Jan. 12, the quake struck at 4:53 p.m.",
         "On Jan. 20, an aftershock struck at 6:03 a.m."),
        # plans, schedules and time stamps are not a happening told
        ("The concert will be screened from 1 a.m.", "The concert will be screened from 9 p.m."),
        ("A curfew started at 3:00 p.m.", "Join us live from the square starting at 10 p.m."),
        ("Updated 11:58 a.m. | Crowds marched to the palace.", "Crowds marched at 6:30 p.m."),
        ("Last updated at 07:14 GMT. Crowds met.", "Last updated at 20:10 GMT. Crowds met."),
        # a bound is not a time of day
        ("The shops had closed since 3 p.m.", "The shops closed at 6 p.m."),
        # two things that began: a sermon and a curfew
        ("The square was packed as a sermon began at noon.",
         "Shops emptied early under a curfew that started at 3:00 p.m."),
    ],
)  # fmt: skip
def test_times_of_day_that_can_hold_together_are_not_disagreements(first: str, second: str) -> None:
    documents = story((first, D(2018, 2, 6)), (second, D(2018, 2, 6)))
    assert [c for c in contradictions(documents) if c.kind == "date"] == []


def test_the_seriously_hurt_are_some_of_the_hurt_not_another_count_of_them() -> None:
    documents = story(
        ("Police say 27 people are injured in Esk.", D(2017, 12, 27)),
        ("Four people were taken to hospital in Esk with serious injuries.", D(2017, 12, 27)),
        ("Nine people were seriously injured in Esk, the mayor said.", D(2017, 12, 27)),
    )
    [found] = contradictions(documents)
    assert sorted(side.value for side in found.sides) == ["Four people", "Nine people"]


def test_a_country_s_pounds_are_money_not_weight() -> None:
    documents = story(
        ("A court ordered Kessan to pay 1 million Egyptian pounds to a judge.", D(2017, 12, 30)),
        ("Kessan must also pay two million pounds to the head of the syndicate.", D(2017, 12, 30)),
    )  # fmt: skip
    assert contradictions(documents) == []
