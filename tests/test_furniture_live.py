"""A live page's furniture around its news: time stamps before each update, headings in
capitals run on into a paragraph, and the page telling of its player, edition, comments or
transcript. The texts are written for these tests; each goes through the real pipeline
(splitting, dating, events) and the timeline's entries are read as an editor would."""

from __future__ import annotations

from datetime import date

from storyline import events, pipeline
from storyline.furniture import is_furniture, readable
from storyline.models import Article


def summaries(*texts: str, published: date = date(2011, 3, 18)) -> list[str]:
    """The summaries of the timeline the pipeline builds from ``texts``, one article each."""
    documents = [
        pipeline.analyse(Article.from_text(text, f"page{i}.txt", published=published))
        for i, text in enumerate(texts)
    ]
    found, _background = events.build(events.story_events(documents))
    return [entry.summary for entry in found]


def test_a_live_pages_bracketed_time_stamps_are_cut_off_its_updates() -> None:
    # tokenised text: the splitter takes "p.m." for a sentence's end, leaving the stamp's tail
    tokenised = (
        "Rebel fighters held the coastal road west of Ras Lanuf on Friday , witnesses said .\n"
        "-LRB- 7:45 p.m. ET , 1:45 a.m. in Libya -RRB- Canada said on Friday it is sending "
        "six fighter jets to join a warship already off the coast of Libya .\n"
        "-LRB- 6:10 p.m. ET Friday -RRB- The foreign minister of Libya announced a cease-fire "
        "on Friday , hours after the Security Council vote .\n"
    )
    # plain text: the stamp stays whole in its brackets
    plain = (
        "(5:20 p.m. ET, 11:20 p.m. in Libya) Qatar's emir said on Friday that his country "
        "would take part in the Arab League's mission.\n"
        "Qatari officials gave no details of the mission on Friday.\n"
    )
    found = summaries(tokenised, plain)
    assert any(s.startswith("Canada said on Friday it is sending six fighter jets") for s in found)
    assert any(s.startswith("The foreign minister of Libya announced a cease-fire") for s in found)
    assert any(s.startswith("Qatar's emir said on Friday") for s in found)
    assert not any(" ET " in s or s.startswith(("ET", "(", "-LRB-")) for s in found)


def test_a_live_pages_clock_stamps_are_cut_off_its_updates_but_a_year_is_not() -> None:
    live = (
        "As it happened: the Carrow quake, 13 January.\n"
        "2224 The coast guard posted videos taken from a helicopter over the capital on "
        "Wednesday .\n"
        "2358 The UN secretary general said on Wednesday that 16 peacekeepers had died in "
        "the collapse of the mission 's headquarters .\n"
    )
    found = summaries(live, published=date(2010, 1, 13))
    assert any(s.startswith("The coast guard posted videos") for s in found)
    assert any(s.startswith("The UN secretary general said on Wednesday") for s in found)
    assert not any(s[:4].isdigit() for s in found)
    assert not any(s.startswith("As it happened") for s in found)
    # one number in front of a sentence, on a page that has no stamps, is a count
    count = (
        "1500 Marines landed at the airport of the capital on Wednesday , the Pentagon said .\n"
        "The troops are to guard aid convoys , a spokesman said on Wednesday .\n"
    )
    found = summaries(count, published=date(2010, 1, 13))
    assert any(s.startswith("1500 Marines landed") for s in found)


def test_a_heading_in_capitals_is_cut_off_the_paragraph_it_was_run_on_into() -> None:
    text = (
        "Government troops shelled the port of Misrata on Friday , residents said .\n"
        "TROOPS ADVANCING , OFFICIAL SAYS In Washington , a security official said on Friday "
        "that government columns were moving toward the rebel city of Benghazi .\n"
    )
    found = summaries(text)
    assert any(s.startswith("In Washington , a security official said on Friday") for s in found)
    assert not any("ADVANCING" in s for s in found)


def test_a_page_telling_of_its_player_edition_comments_or_transcript_is_no_news() -> None:
    notices = [
        "Sorry , this media is not available in your territory .",
        "To play this content JavaScript must be turned on and the latest Flash player installed .",
        "Views expressed in the comments do not represent those of the publisher .",
        "You 've selected the U.S. Edition .",
        "Today is broadcast live and the running order is subject to change .",
        "The newsroom is discontinuing this live update page for the night .",
        "Please follow the Rules of Conduct set forth in our Terms of Service .",
        "For the latest developments , please go to our main news page .",
        "This comment was removed because the moderators found it broke the house rules .",
        "12th March 2011 - 09:15 Why does nobody ask who is paying for all of this ?",
    ]
    for notice in notices:
        assert is_furniture(notice), notice
    page = (
        "A magnitude 7.0 earthquake struck south of the capital on Tuesday , officials said .\n"
        + "\n".join(notices)
        + "\n"
    )
    found = summaries(page, published=date(2010, 1, 13))
    assert any(s.startswith("A magnitude 7.0 earthquake struck") for s in found)
    assert not any(s in notices for s in found)
    # news about a broadcast, a player or comments is news
    for news in (
        "The broadcaster said on Tuesday that its live coverage had drawn 12 million viewers .",
        "The senator expressed his views in comments to reporters on Tuesday .",
        "The comments were removed from the minister 's website on 12 March 2011 .",
        "12 March 2011 - the day the tsunami struck - is remembered across Japan .",
    ):
        assert not is_furniture(news), news


def test_a_caption_ending_on_its_place_and_date_in_tokenised_text_is_no_entry() -> None:
    page = (
        "A worker ties a boom used to mop oil from a beach in Gulf Shores , Alabama , "
        "June 24 , 2010 .\n"
        "A man walks past the shuttered shops of the harbour district , June 24 , 2010 .\n"
        "Oil from the ruptured well reached the beaches of Alabama on Thursday , the coast "
        "guard said .\n"
    )
    found = summaries(page, published=date(2010, 6, 24))
    assert any(s.startswith("Oil from the ruptured well reached") for s in found)
    assert not any(s.startswith(("A worker ties a boom", "A man walks past")) for s in found)
    # the caption after a place is furniture wherever sentences are read (claims too)
    assert is_furniture(page.splitlines()[0])
    # a date after a weekday is a plan's, not a caption's
    plan = "Talks between the company and the state resume on Tuesday , June 29 , 2010 ."
    assert readable(plan) and not is_furniture(plan)


def test_a_quotation_in_the_first_person_with_no_speaker_is_no_entry() -> None:
    page = (
        "Aid convoys reached the flooded town of Marden on Tuesday after the only bridge "
        "reopened , the relief agency said .\n"
        "`` Yesterday they tried to hijack two of our trucks near the bridge .\n"
        "`` I offer my condolences to all the families who lost their homes on Tuesday . ''\n"
        "`` We will rebuild every house in Marden , '' the regional governor said on Tuesday .\n"
        "`` The bridge reopened to traffic on Tuesday after engineers checked its piers . ''\n"
        "`` The water rose in minutes on Tuesday .\n"
        "Our men carried the last of the families out of Marden by boat on Tuesday . ''\n"
    )
    found = summaries(page, published=date(2024, 3, 12))
    assert any(s.startswith("Aid convoys reached the flooded town") for s in found)
    assert not any(s.startswith(("`` Yesterday they tried", "`` I offer my")) for s in found)
    # the last sentence of a quotation opened sentences before has no speaker either
    assert not any(s.startswith("Our men carried") for s in found)
    assert not readable('Our men carried the last of the families out of Marden by boat."')
    assert readable('The governor said "our men" carried the families out of Marden by boat.')
    # a quotation the sentence holds whole, however its opening mark is typed, has its speaker
    assert readable(
        "Shortly after midnight , the governor spoke , saying , '' I will rebuild every "
        "house in Marden . ''"
    )
    assert readable('The governor said Marden owes ”our men everything on the boats.”')
    assert readable("The governor said “our men carried the families out of Marden by boat.”")
    assert readable("The governor said `` our men carried the families out of Marden . ''")
    # the end of a quotation that states a fact reads on its own, as its whole does
    assert readable("The bridge reopened to traffic on Tuesday after engineers checked it . ''")
    # a quotation with its speaker, or one that states a fact, reads on its own
    assert readable(page.splitlines()[3])
    assert readable(page.splitlines()[4])
    # "US" is a country, not "us"
    assert readable("`` The US will send two hospital ships to the flooded coast on Tuesday . ''")


def test_a_byline_run_on_into_a_caption_leaves_neither_in_the_timeline() -> None:
    # a wire page scraped as one line: its headline, its byline, a photo's caption, its lead
    page = (
        "Port of Kessa shut by strike By the Meridian Wire Staff Dock workers stand beside "
        "idle cranes on September 29 , 2025 in Kessa , north of Valmore .\n"
        "Dockers at the port of Kessa walked out on Monday over a pay offer , the union said .\n"
        "From the Meridian Wire Staff Harbour officials said on Tuesday that 40 ships were "
        "waiting offshore .\n"
        "A file photo of the harbour at Kessa , where the strike began .\n"
        "Union leader Ana Corvo pictured at a rally in Kessa on Monday .\n"
    )
    found = summaries(page, published=date(2025, 10, 1))
    assert any(s.startswith("Dockers at the port of Kessa walked out") for s in found)
    # the byline is cut off the update it was glued to, which stays news
    assert any(s.startswith("Harbour officials said on Tuesday") for s in found)
    assert not any("Wire Staff" in s for s in found)
    # "by" in lower case inside a sentence names who did something, no byline
    news = "The walkout was condemned by Port Authority Staff Chair Ana Corvo on Monday ."
    assert summaries(news, published=date(2025, 10, 1)) == [news]
    captions = ("Dock workers stand", "A file photo", "Union leader")
    assert not any(s.startswith(captions) for s in found)
    # a caption's day with its year and no finite verb, where news prose tells a happening
    assert is_furniture("Dock workers stand beside idle cranes on September 29 , 2025 in Kessa .")
    assert not is_furniture("Dock workers walked out on September 29 , 2025 in Kessa .")
    # the present of a story told as it unfolds goes on from the sentence before it
    assert not is_furniture(
        "And about nine hours later , the last ship leaves Kessa on September 30 , 2025 ."
    )


def test_a_resolutions_number_dates_nothing() -> None:
    page = (
        "Russia said on Friday that the arms drops were a crude violation of Security Council "
        "resolution 1970 , which bans weapons sales to the country .\n"
        "France said the drops were allowed under resolutions 1970 and 1973 .\n"
    )
    documents = [
        pipeline.analyse(Article.from_text(page, "page.txt", published=date(2011, 7, 1)))
    ]
    found, background = events.build(events.story_events(documents))
    assert not any(entry.date.startswith("19") for entry in (*found, *background))
    assert any(entry.summary.startswith("Russia said on Friday") for entry in found)


def test_a_picture_agencys_credit_and_a_heading_with_an_age_are_cut_off_the_news() -> None:
    page = (
        "Storm closes Kessa harbour Photograph : AP Harbour officials closed the port of "
        "Kessa on Monday as the storm reached the coast .\n"
        "Photograph : Reuters Ferries to the islands stayed in port on Monday , the operator "
        "said .\n"
        "ANA CORVO , 9-YEAR-OLD GIRL Ana Corvo was lifted from a flooded cellar on Monday .\n"
    )
    found = summaries(page, published=date(2025, 10, 7))
    assert any(s.startswith("Harbour officials closed the port") for s in found)
    assert any(s.startswith("Ferries to the islands stayed") for s in found)
    assert any(s.startswith("Ana Corvo was lifted") for s in found)
    assert not any("Photograph" in s or "GIRL" in s for s in found)
