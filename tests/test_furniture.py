"""Page furniture by kind: a broadcast host's words to the audience and a caption that only
names someone are furniture; sentences of news that share their words are not."""

from __future__ import annotations

import pytest

from storyline.furniture import is_furniture, readable


@pytest.mark.parametrize(
    "text",
    [
        # a host speaking to the audience, in any show's words
        "Hey , and thank you for joining us !",
        "If you were with us last week , it 's great to have you back .",
        "If this is your first day , welcome to our 2011-2012 coverage .",
        "I 'm Carl Azuz , launching you into ten minutes of headlines !",
        "I'm Fergus Walsh, the BBC's medical correspondent.",
        "First up today , two very different views on how the war is going .",
        "Coming up, the latest from the harbour where the ferry ran aground.",
        "You can see some of the damage from those storms in this video .",
        "Stay with us for all the latest on the flooding in Aldergate.",
        "And we will be right back with the very latest from the coast.",
        "Joining me now from Cairo is our senior correspondent Ben Wedeman.",
        # a name and what the person is, nothing more
        "Nicola Sturgeon , the Scottish health minister .",
        "Fergus Walsh , the BBC 's medical correspondent .",
        "Jan de Vries, Shell's chief executive in the Netherlands.",
        # a correction notice
        "An earlier version of this story included the names of the victims.",
    ],
)
def test_host_lines_and_name_captions_are_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        # a column's disclaimer and a rights line
        "The opinions expressed in this commentary are solely those of Ruth Abara .",
        "The views expressed are her own.",
        "Dusk over the harbour 2019 Ardent Media Group Limited or its affiliated companies .",
        # a caption closing on a place and a full date, as tokenised text prints it
        "Fishermen mend their nets on the quay in Portreath March 3 , 2024 .",
        # an agency's file photo caption
        "AP FILE : The mayor talks with the harbour master aboard a launch on May 2 .",
        # a still from a video feed, its title run into it
        "Pump test begins A frame grab , taken from a Norco live video feed , shows a "
        "robot arm at the well head , May 27 , 2024 .",
        "A video grab taken from state television shows smoke over the port of Tavira.",
        # a sign-up box
        "Get the Harbour Briefing delivered to your inbox or phone for the day's top stories.",
        # other pages' headlines run into the text, with their bullets or as archives spell them
        "• Norco restarts pumping after a pause • Mayor says : ' I take responsibility '",
        "cents Norco restarts pumping after a pause cents Varna leak worse than feared",
        # a line saying only that someone said nothing, and a list's heading
        "The Corvanian embassy in Tavira had no comment.",
        "Harbour officials in Varna were not immediately available for comment .",
        "The following are the latest figures for the dead and injured in the two blasts:",
        # a feed's credit for the page it reprints, and its terms
        "Varne's ferry will not sail again this winter originally appeared on Harbourwire.com "
        "on Mon, 6 Jan 2025 at 10:05:01 EDT.",
        "The post Varne's ferry will not sail again this winter appeared first on Harbour Wire.",
        "The ferry will not sail originally appeared on Harbourwire.com on Jan. 6, 2025 at "
        "10:05:01 EDT.",
        "Please see our terms for use of feeds.",
    ],
)
def test_disclaimers_rights_lines_and_captions_are_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three people died.",
        "The views expressed at the hearing are those of a divided council, the mayor said.",
        "The refinery or its affiliated companies will pay for the clean-up, the court ruled.",
        "Obama, Medvedev agree to cut nuclear arsenals by a third.",
        "Nicola Sturgeon, the Scottish health secretary, told parliament the plan had changed.",
        "Hurricane Irene, the first hurricane of the season, hit Puerto Rico on Monday.",
        "Mark Noll, the coach who trained her at Stout, said she was a natural leader.",
        "In New York , BP 's American Depository Receipts sank 2.7 percent .",
        "At Orange Beach , a few people came with cameras to take snaps of the sludge .",
        "On Christmas Eve , the Steelers beat the Texans by thirty points .",
        "British Airways , the country 's flag carrier cancelled all flights on Monday .",
        "`` We have a stain that 's going to stay with us a while , '' he said .",
        "`` We are grateful for the support for our coverage in Egypt , '' the network said .",
        "Coming up with the money will be hard for the city, the mayor said.",
        "I 'm not resting , '' Rear Adm. Mary Landry said .",
        "Crews working to seal the leak were back on the scene Sunday.",
        "FBI file: agents had watched the house since May.",
        "The port authority grabbed the video, which shows the tanker drifting.",
        "Scam emails posing as the port authority landed in your inbox this week, police said.",
        "Fares rose by 20 cents To the dismay of commuters , the ferry now costs 3 euros .",
        "The ministry declined to comment on the report, but officials said talks on the "
        "harbour would resume in Varna on Monday.",
        "The following day, rescuers pulled two more survivors from the rubble.",
        "Following the blast, police sealed off the harbour.",
        # a no-comment clause beside news, a heading run into its list's first item, a quote
        "The suspect, 34, was arrested in Kell on Monday; his lawyer had no comment.",
        "The army was unavailable for comment after troops killed 12 people in Kell.",
        "President Orvell, who declined to comment, was re-elected with 59 percent.",
        "The minister resigned on Friday and has made no comment since.",
        "Following are the worst ferry disasters since 1990 : June 4 , 1994 - At least 57 "
        "people are killed when the Orla sinks off Kell .",
        '"The following are our demands," the dockers said on Monday.',
        # where a picture, a claim or a plan first appeared is news
        "The photograph originally appeared on the mayor's own page and was shared widely.",
        "The plan first appeared in a memo to the port's board on Monday.",
        "The video first appeared on Harbourtube.com on Sunday before spreading.",
        "The post by the mayor appeared first on Harbour Social on Monday and was deleted.",
        "The post about the raid appeared first on Harbourgram.",
        "The post office closure appeared first on the council's list of cuts.",
        "The two countries agreed terms for use of the port by the navy on Monday.",
    ],
)
def test_news_that_shares_their_words_is_not_furniture(text: str) -> None:
    assert not is_furniture(text)


@pytest.mark.parametrize("tail", ["", " " * 5000, " ''" + " " * 5000, "\n\t"])
def test_a_sentence_ends_well_whatever_spaces_follow_its_stop(tail: str) -> None:
    assert readable("The army said twelve soldiers were killed on Monday." + tail)


def test_a_question_is_no_summary_whatever_closes_it() -> None:
    # A question asks; it tells no news, quoted or in a news page's plain-text quotes.
    for question in (
        "Who will pay for the repairs to the Tolvey bridge now?",
        '"Who will pay for the repairs to the Tolvey bridge now?"',
        "`` What happens to the dockers of Varn now ? '' asked the union leader ? ''",
    ):
        assert not readable(question), question
    assert readable('"We will pay for the repairs," the mayor said on Tuesday.')
    assert readable("The mayor asked who would pay for the repairs to the bridge.")
