"""Quantity extraction: values, qualifiers and counted nouns as a reader would state them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import timex
from storyline.models import Article, Document, Quantity
from storyline.quantities import _REACH, extract_quantities
from storyline.readers import read_paths
from storyline.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds-niger"


def quantities(text: str, published: dt.date | None = dt.date(2024, 8, 7)) -> list[Quantity]:
    article = Article.from_text(text, "test", published=published)
    document = Document(article=article, sentences=split_sentences(article))
    document.time_expressions = timex.tag(text, published)
    return extract_quantities(document)


def only(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


READINGS = [
    ("It withdrew its nearly 1,000 military personnel.", 1000, "nearly", "personnel"),
    ("There are about two dozen American soldiers there.", 24, "about", "soldiers"),
    ("It invested hundreds of millions of dollars in training.", 1e8,
     "hundreds of millions", "dollars"),
    ("The allies had more than 2,500 personnel in the region.", 2500, "more than",
     "personnel"),
    ("The base is about 920 kilometers from the capital.", 920, "about", "kilometers"),
    ("The firm was fined $3.5m by regulators.", 3.5e6, None, "dollars"),
    ("Turnout was 62 percent.", 62, None, "percent"),
    ("Inflation rose to 8.5% last year.", 8.5, None, "percent"),
    ("Half a million people lost power.", 5e5, None, "people"),
    ("A quarter of a million people were injured.", 2.5e5, None, "people"),
    ("Three quarters of a million people fled the city.", 7.5e5, None, "people"),
    ("The 600-kilometre pipeline opened.", 600, None, "kilometers"),
    ("At least 42 people were killed.", 42, "at least", "people"),
    ("Fewer than 50 people attended.", 50, "fewer than", "people"),
    ("Up to 5,000 troops could be sent.", 5000, "up to", "troops"),
    ("Twenty-five hostages were freed.", 25, None, "hostages"),
    ("Tens of thousands of people marched.", 1e4, "tens of thousands", "people"),
    ("Between 30 and 40 people are feared dead.", 40, "between 30 and", "people"),
    ("Some 30 to 40 people died.", 40, "between 30 and", "people"),
    # a hyphen between two figures, the lower first, joins the ends of a range
    ("Some 20-30 people died.", 30, "between 20 and", "people"),
    ("Officials counted 200-250 Libyan army vehicles.", 250, "between 200 and",
     "vehicles"),
    ("Catches fell by 60-70 % that year.", 70, "between 60 and", "percent"),
    ("Some 1000-2000 people fled.", 2000, "between 1000 and", "people"),
    # a scale told once is both ends' ("1-4 million", "between 1 and 4 million"), where
    # the low end read so lies within a tenth of the high one
    ("The pandemic caused 1-4 million deaths.", 4e6, "between 1000000 and", "deaths"),
    ("Between 1 and 4 million people died.", 4e6, "between 1000000 and", "people"),
    ("Some 3-4,000 people fled.", 4000, "between 3000 and", "people"),
    ("Between 500 and 2 million people fled.", 2e6, "between 500 and", "people"),
    ("Between 2 and 300 million people fled.", 3e8, "between 2 and", "people"),
    ("A hundred and fifty-two others were wounded.", 152, None, "others"),
    ("The toll has risen from 11 to 14 people.", 14, None, "people"),
    ("The death toll has since increased from 11 to 14 people.", 14, None, "people"),
    ("The quake that struck the island had a magnitude of 7.1.", 7.1, None, "quake magnitude"),
    ("The firm earned $1.07bn last year.", 1.07e9, None, "dollars"),
    ("Some 1,600 police officers patrolled the square.", 1600, "some", "officers"),
    ("Twelve crew members were rescued.", 12, None, "members"),
    ("About 300 police patrolled the square.", 300, "about", "police"),
    ("Officials counted 1,324 reported cases.", 1324, None, "cases"),
    ("The agency said 40 people reported sick.", 40, None, "people"),
    # a verb after the figure names no noun: what befell the count is no unit
    ("The flood left two million made homeless overnight.", 2e6, None, None),
    ("Around 5,000 thought to be homeless slept outside.", 5000, "around", None),
    ("Officials found 18 confirmed cases.", 18, None, "cases"),
    ("About 500 armed men attacked the town.", 500, "about", "men"),
    # a unit written short or singular is the unit, not the word after it
    ("The well lies 18,000 feet deep.", 18000, None, "feet"),
    ("The dome stands 40 ft tall.", 40, None, "feet"),
    ("The slick covered 5,000 km2 of sea.", 5000, None, "square kilometers"),
    ("The storm left 30 inches of snow.", 30, None, "inches"),
    ("The tanker sank 200 nautical miles offshore.", 200, None, "nautical miles"),
    # and so is one written on the figure or joined to it to describe a thing
    ("Engineers lowered a 40ft dome.", 40, None, "feet"),
    ("Engineers lowered a 125-tonne dome.", 125, None, "tonnes"),
    ("They fitted a six-inch tube into the pipe.", 6, None, "inches"),
    ("They fitted a 15cm tube into the pipe.", 15, None, "centimeters"),
    ("A 12-centimetre crack opened.", 12, None, "centimeters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "qualifier", "unit"), READINGS)
def test_value_qualifier_and_counted_noun(
    text: str, value: float, qualifier: str | None, unit: str | None
) -> None:
    q = only(text)
    assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)


LONG_LEAD = (
    "Officials who spoke in the capital on condition that their names be withheld, because "
    "they were not allowed to speak to reporters about the matter, said that "
)


@pytest.mark.parametrize("text", [case[0] for case in READINGS])
def test_a_figure_far_into_a_long_sentence_is_read_as_it_is_alone(text: str) -> None:
    """The words telling how to read a figure lie beside it, however long the sentence."""
    alone = only(text)
    late = only(LONG_LEAD + text[0].lower() + text[1:])
    assert (late.value, late.qualifier, late.unit) == (alone.value, alone.qualifier, alone.unit)
    assert late.text.lower() == alone.text.lower()


def test_a_word_cut_by_the_reach_of_a_figures_reading_is_no_word_of_its_own() -> None:
    """Read from where the reach before "11" starts, "setup from" would end on "up from", a
    change from 11 to 14; it is a range, however far back the word starts."""
    gap = " " * (_REACH - len("up") - len("from "))
    assert only(f"Officials said the setup{gap}from 11 to 14 people.").qualifier == "between 11 and"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["3", "1,000", "a", "two", "million", "and", "dozen", "between", "to", "%",
             "people", "Monday", ","]
        ),
        max_size=10,
    ),
    st.lists(st.sampled_from([" ", "  ", "\t\xa0", "\n", ""]), min_size=10, max_size=10),
)  # fmt: skip
def test_any_run_of_figure_words_reads_without_error_and_points_at_its_text(
    words: list[str], spaces: list[str]
) -> None:
    text = "".join(word + space for word, space in zip(words, spaces, strict=False)).strip()
    article = Article.from_text(text or "x", "figures.txt")
    for q in quantities(article.text):
        assert article.text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said 3 million and  two people fled.", 3000002),  # two spaces inside
        ("Rescuers counted 3" + " " * 75 + "in 2000 homes.", 3),  # not "3 in 20"
        ("Rescuers found 30" + " " * 78 + "amid the rubble.", 30),  # not "30 am"
        ("Rescuers found 30" + " " * 80 + "am the rubble.", 30),
        # scale words run together read one by one
        ("It cost 3 millionmillion dollars.", 3e12),
        ("It cost $3hundredm last year.", 3e8),
        ("There were 3 hundredthousand people.", 3e5),
    ],
)
def test_a_figure_in_irregularly_spaced_text_is_read_whole(text: str, value: float) -> None:
    assert [q.value for q in quantities(text)] == [value]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Fewer than 1,000 U.S. troops remain in Niger.", "Fewer than 1,000 U.S. troops"),
        # a range read across a hyphen keeps the text as written
        ("Some 20-30 people were hurt.", "Some 20-30 people"),
    ],
)
def test_text_and_offsets_point_at_the_article(sentence: str, figure: str) -> None:
    text = f"Officials said. {sentence}"
    article = Article.from_text(text, "test")
    q = only(text)
    assert q.text == figure
    assert article.text[q.start : q.end] == q.text
    assert q.sentence.text == sentence


@pytest.mark.parametrize(
    "text",
    [
        "The schedule is the result of four days of negotiations.",
        "Troops left Air Base 101 in Niamey on July 7.",
        "The withdrawal was complete by a Sept. 15 deadline.",
        "It began operations there in 2013.",
        "One of those groups is active in Mali.",
        "Officials of the two countries met.",
        "A two-star general led the team.",
        "The meeting ended at 10:30 on Friday.",
        "One in five adults smoke.",
        "Rescuers comforted their loved ones.",
        # two sides' tallies, a name's numbers and words that bind a figure are no range
        "The bill failed by a 19-51 vote.",
        "The Hawks lost 2-3 to the Owls.",
        "An F-16 jet flew over.",
        "A 2-year-old girl was found.",
        "The airline grounded its Boeing 737-800 jets.",
        "Flights 12-14 were cancelled.",
        "The 9-11 Commission met.",
    ],
)
def test_dates_durations_and_names_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_count_after_a_weekday_is_a_count_and_a_bare_number_a_day() -> None:
    """A weekday is no name a number belongs to ("Flight 1943" is): the civilians are
    counted, and so are 20,000 marchers. A number after it that counts nothing and could be
    a day of the month is one."""
    found = quantities("The ministry said on Monday 19 civilians were killed in the strike.")
    assert [(q.value, q.unit) for q in found] == [(19, "civilians")]
    found = quantities("Police said the blast on Friday 13 killed six people.")
    assert [(q.value, q.unit) for q in found] == [(6, "people")]
    found = quantities("On Saturday 20,000 marched through the capital.")
    assert [(q.value, q.unit) for q in found] == [(20000, None)]
    assert quantities("The court sat on Monday 19 August to hear the case.") == []


def test_durations_are_left_out_even_without_time_expressions() -> None:
    article = Article.from_text("Talks lasted four days and 300 delegates came.", "test")
    document = Document(article=article, sentences=split_sentences(article))
    found = extract_quantities(document)
    assert [(q.value, q.unit) for q in found] == [(300, "delegates")]


def test_a_share_after_a_total_is_its_own_quantity() -> None:
    found = quantities(
        "Fewer than 1,000 U.S. troops remain in Niger, most at an air base near Agadez."
    )
    assert [(q.value, q.qualifier) for q in found] == [
        (1000, "fewer than"),
        (1000, "most of fewer than"),
    ]
    assert found[1].text == "most at an air base near Agadez"


def test_a_share_before_a_total_is_its_own_quantity() -> None:
    found = quantities("Most of the roughly 700 troops in Ostrel are at the Vane airfield.")
    assert [q.qualifier for q in found] == ["roughly", "most of roughly"]


def test_seed_troop_figures_are_extracted() -> None:
    if not SEEDS.exists():
        pytest.skip(f"{SEEDS} is not available")
    found: set[tuple[float, str | None, str | None]] = set()
    for article in read_paths([str(SEEDS)]):
        assert isinstance(article, Article)
        document = Document(article=article, sentences=split_sentences(article))
        document.time_expressions = timex.tag(article.text, article.published)
        found |= {(q.value, q.qualifier, q.unit) for q in extract_quantities(document)}
    assert {
        (1000, "roughly", "troops"),
        (1000, "nearly", "personnel"),
        (1000, "all", "troops"),
        (1000, "fewer than", "troops"),
        (200, "some", "soldiers"),
        (24, "about", "soldiers"),
        (2500, "more than", "personnel"),
        (100, "more than", "forces"),
        (920, "about", "kilometers"),
    } <= found
    assert not any(q[1] is None and q[2] == "days" for q in found)
