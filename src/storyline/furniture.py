"""What of a page's text is not news, and whether a sentence can stand alone as an entry.

Scraped news glues page furniture to its text: wire datelines and web time stamps before the
lead, bylines, photo captions and gallery counters, reuse notices, share prompts. A timeline
entry must be a whole sentence of news, quoted verbatim, so furniture is recognised by kind
(a caption describes a photo and names who made it available; a notice forbids
republishing), and a dateline is cut off the front of a sentence, leaving an exact tail of
the source.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from storyline.mentions import content_words
from storyline.models import Sentence
from storyline.text import IRREGULAR_PAST, STOPWORDS, fold_word

MIN_WORDS, MAX_WORDS = 6, 60
"""Sentence length, in words, that reads as a summary: shorter is a fragment or headline,
longer is a run-on paragraph a splitter could not break."""

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_ENDS_WELL = re.compile(r"""[.!?]["'’”)]*\s*(?:''|``)?$""")
_END_REACH = 16
"""Characters from the end of a sentence, spaces after it left out, that its closing stop,
quotation marks and brackets can take (a stop under more than that is no sentence's end):
reading only those keeps the test of one sentence as quick however long its runs of
spaces."""
_STARTS_WELL = re.compile(r"""^(?:[\"'“‘(]|``|\s)*[A-Z0-9]""")
_NOISE = re.compile(
    r"(?i)(?:^\s*by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$|^\s*(?:photo|image|picture|"
    r"file photo|caption|source|credit|copyright|click|read more|follow|share|sign up|"
    r"subscribe|related)\b|switch caption|\bAP Photo\b|/AP\b|https?://|www\.|@\w|©|"
    r"\ball rights reserved\b|\bemail\b.*\bto\b.*\bfriend|last updated|\bGMT\b|\\/"
    # a photo caption ends on its place and date: "..., Niger, August 3, 2023.", "...
    # district , April 20 , 2011 ." as tokenised text prints it (not on a weekday: "from
    # Tuesday, October 14, 2025." is a plan)
    r"|(?<!day)(?<!day\s)\s?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s?,\s+\d{4}\s?\.\s*$"
    # page furniture: "AMMAN | Wed Apr 6, 2011 5:01 pm EDT", "January 31, 2011 | By ..."
    r"|\||(?-i:\b\d{1,2}:\d{2}\s*[ap]m\s+[A-Z]{2,4}\b)"
    # a teaser cut off mid-sentence and run on into the next text: "toppled into th ... Coast"
    r"|(?-i:\w\s?(?:\.\.\.|…)\s+[A-Z]))",
)
_AGENCY = r"(?:Reuters|AP|AFP|CNN|UPI|Xinhua|dpa|Bloomberg)"
_DATELINE = re.compile(
    # "(Reuters) -", "-LRB- AP -RRB- --" (tokenised text spells brackets out), "(AP) _" (the
    # underscore a seven-bit wire sends for a dash)
    rf"(?:(?:\(|-LRB-\s){_AGENCY}(?:\)|\s-RRB-)\s*(?:--|-|—|:|_(?!\S))\s*"
    # the same opening a sentence without its dash, or a dash left where a place was split
    # off before it: "(AP) Republicans have ...", "-- The House passed ..."
    rf"|^(?:(?:\(|-LRB-\s){_AGENCY}(?:\)|\s-RRB-)|--|—|-)\s+(?=[A-Z\"'`‘“])"
    # a web page's time stamp before the text: "Monday 2 May 2005 14.00 BST", "2010; 4:37 PM"
    r"|\b(?:19|20)\d\d\s*[;,]?\s*\d{1,2}[.:]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:[A-Z]{2,4}\b)?\s*(?=[A-Z\"'`‘“])"
    # a page's "updated" stamp (not a sentence's words: "was last updated at ...") before its
    # lead, a page control's label after it: "7 November 2011 Last updated at 21:40 GMT
    # Help", "Page last updated at 08:14 GMT, Tuesday, 8 November 2011 09:14 UK"
    r"|(?<![a-z]\s)\b(?:Page\s+)?[Ll]ast\s+updated\s*(?:at|:)?\s*\d{1,2}[.:]\d\d\s*"
    r"(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?(?:\s*,\s*[A-Z][a-z]+day\s*,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    r"(?:\s+\d{1,2}[.:]\d\d\s+UK)?(?:\s+(?:Help|Share|Print|E-?mail|Close))?\s*(?=[A-Z\"'`‘“])"
    # a live page's bracketed time stamp before an update: "-LRB- 7:45 p.m. ET , 1:45 a.m.
    # in Libya -RRB-", "(10:15 p.m. ET Monday)"
    r"|^(?:\(|\[|-LRB-\s|-LSB-\s)(?:(?!-[LR][RS]B-)[^()\[\]]){0,60}?\b\d{1,2}[:.]\d\d\b"
    r"(?:(?!-[LR][RS]B-)[^()\[\]]){0,60}?(?:\)|\]|\s-RRB-|\s-RSB-)\s*(?:--|-|—|:)?\s*"
    r"(?=[A-Z\"'`‘“])"
    # the tail of such a stamp, where a splitter took "p.m." for a sentence's end: "ET , 1:45
    # a.m. in Libya -RRB- Several nations ...", "Tuesday in Libya -RRB- In a rare ..."
    r"|^(?:[ECMP][SD]?T|GMT|BST|UTC|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?:(?!-[LR][RS]B-)[^()\[\]]){0,40}?(?:\)|\]|\s?-RRB-|\s?-RSB-)"
    r"\s*(?:--|-|—|:)?\s*(?=[A-Z\"'`‘“])"
    # a section's heading in capitals run on into its first sentence: "GADDAFI TROOPS
    # ADVANCING , OFFICIAL SAYS In Washington , ...", "THE START OF THE CONFLICT Libya 's ...",
    # "MENDJI SANON , 11-YEAR-OLD GIRL Mendji Sanon was pulled out ..."
    r"|^(?:(?:[A-Z]|\d+-)[A-Z'’.-]+\s(?:[,;:]\s)?){2,}(?:[A-Z]|\d+-)[A-Z'’.-]+\s(?=[A-Z][a-z])"
    # a byline run on into the text: "By the CNN Wire Staff", "From the CNN Wire Staff",
    # "By Reuters reporters", "By Jill Dougherty , CNN Foreign Affairs Correspondent" (in
    # lower case only where the text opens: "condemned by UN Team Leader Anna Berg" is news)
    r"|(?:^\W*(?i:by)|(?<![\w,])(?:By|From))\s+(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){1,4}"
    r"(?i:(?:wire\s+)?(?:staff|reporters?|correspondents?|writers?|team|desk))\b(?![’']s\b)"
    r"[\s,.:-]*(?=[A-Z\"'`‘“])"
    rf"|(?<![\w,])By\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w'’-]+\s?,\s?{_AGENCY}"
    r"(?:\s+(?:[A-Z][a-z]+\s+){0,2}(?:Staff|Writer|Correspondent|Producer|Editor)s?)?"
    r"\s+(?=[A-Z\"'`‘“])"
    # "NEW ORLEANS --", "VENICE, Louisiana --", "VALMORÉ (Meridian Press) —", "LISBON _": a
    # place in capitals, the credit of a wire of any name, then a dash
    r"|(?P<place>(?<![\w,])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]+)*"
    r"(?:\s?,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?(?:\s\([A-Z][\w&.' -]*\))?"
    r"\s(?:--|—|_)(?:\s|$)))"
)
_GLUED = re.compile(
    r"(?<![\w'’])[a-z][a-z'’]* (?:The|An?|This|These|That|Those|It|He|She|They|We|You|What|When|"
    r"Where|Why|How|Who|But|And|If|Our|His|Her|Their|Its|There) [a-z]"
)
"""A lower-case word, then a word that opens sentences, capitalised, then a lower-case one:
two texts run together without a full stop between them, as scraping leaves a gallery's
title glued to each caption ("... a place of global significance What started out as"), a
sign-up box to its small print, or a heading to the paragraph under it. Names and titles
do not read like this ("told The Associated Press", "the Like button"); a preposition is
left out, as a headline's capitals ("a win Over the Skyforce") slip into running text."""
_BARE_DATELINE = re.compile(r"(?P<place>[A-Z]{2}[A-Z'.-]*(?:\s[A-Z][A-Z'.-]+)*)\s+(?=[A-Z][a-z])")
"""A place in capitals opening a sentence, then a capitalised word: a dateline without its
dash, if the article writes the place in ordinary case too (see ``without_dateline``)."""
_CREDIT = re.compile(
    r"(?:Photograph|Photo|Picture|Image)s?\s?:\s+(?:(?:[^\s/\\]+\s+){0,5}?[^\s/\\]*"
    r"(?:\\?/[\w.&-]+)*\\?/[A-Z][\w.&-]*(?:\s+(?:[Ii]mages|Pictures|Photos))?"
    r"|(?:AP|AFP|EPA|PA|Reuters|Getty(?:\s+Images)?|Rex(?:\s+Features)?|Nasa|NASA|Alamy|Corbis))"
    r"\s+(?=[A-Z\"'`‘“])"
)
"""A picture's credit the splitter glued before a sentence, a photographer then an agency
after a slash ("Photograph : Miguel Tovar\\/AP Health officials ..."), or a picture agency
alone ("Photograph : AP BP engineers ..."): scraped pages put it before their lead, which is
the news and must not be lost with it. A photographer's name without the slash
("Photograph: Paul McErlane The question") cannot be told from the text after it."""
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s+(?=[A-Z\"'`‘“])")
_CLOCKS = re.compile(r"(?m)(?:^|[.!?\"'’”]\s)\s*(?:[01]\d|2[0-3])[0-5]\d\s+[A-Z\"'`‘“]")
"""A live page's stamp in four digits of the 24-hour clock before each update ("2224 The US
Coast Guard has posted videos ..."). One such number is read as a stamp only when the page
opens two or more of its lines so: "2010 Haiti" alone opens a sentence about a year."""


@functools.lru_cache(maxsize=256)
def _stamps_its_lines(article_text: str) -> bool:
    """Whether a page opens two or more of its lines with a clock stamp (``_CLOCKS``).
    Cached: asked for each of a live page's stamped sentences, by the events and the claims
    stages, it reads the whole page once."""
    return len(_CLOCKS.findall(article_text)) > 1


_OPENS_STORY = re.compile(r"(?:^|[.!?]\s*(?:''|[\"'’”])?|\bAP|\bPhoto)\s*$")
"""What comes right before a place-name dateline: nothing, the end of a sentence the splitter
ran on from, or a photo credit; "the U.S. -- and NATO -- agreed" is not a dateline."""


_OPEN_QUOTE = r"(?:``|“|\")"
_CLOSE_QUOTE = r"(?:''|”|\")"
_SPEAKERLESS = re.compile(
    rf"^\s*{_OPEN_QUOTE}(?:(?!{_CLOSE_QUOTE}).)*(?:{_CLOSE_QUOTE}\s*)?$"
)
"""A quotation and nothing else: "`` I offer my condolences to all those affected . ''",
or one running on past the sentence ("`` Yesterday they tried to hijack our trucks .")."""
_QUOTATION_TAIL = re.compile(rf"^(?:(?!{_OPEN_QUOTE}|{_CLOSE_QUOTE}).)*{_CLOSE_QUOTE}\s*$")
"""The last sentence of a quotation that began sentences before ("You traduced my name
without ever asking me a single question . ''"): its speaker is named, if anywhere, where
the quotation opened. A quote mark of any kind before the last opens a quotation the
sentence holds whole: tokenised text and stray typography open one with '' or ”."""
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)\b")
"""Who speaks in the first person: in a quotation with no speaker named ("I", "we") no
reader can tell who that is, so it cannot stand alone as an entry; "`` ... , '' the minister
said." can, and so can a quoted statement of fact, which tells news whoever says it."""


def readable(text: str) -> bool:
    """Whether a sentence can stand alone as a timeline entry.

    A summary must be a whole sentence: it starts with a capital, a digit or a quote, ends
    with terminal punctuation, has a sensible length, and is not a byline, a photo caption,
    a credit line or a link, nor two texts glued together, nor a quotation in the first
    person whose speaker it does not name.
    """
    words = _WORD.findall(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if not _STARTS_WELL.match(text) or not _ENDS_WELL.search(text.rstrip()[-_END_REACH:]):
        return False
    if text.isupper() or _NOISE.search(text) or _GLUED.search(text):
        return False
    if (_SPEAKERLESS.search(text) or _QUOTATION_TAIL.search(text)) and _FIRST_PERSON.search(
        text
    ):
        return False
    # a question, quoted or not ("... Robert ? ''"), asks; it tells no news
    return not text.rstrip().rstrip("\"'”’»`) ").endswith("?")


def summarisable(sentence: Sentence) -> bool:
    """Whether a sentence of an article can stand as a timeline entry: it is ``readable``,
    and no part of a run cut to length (``Sentence.cut``), which may start mid-clause."""
    return not sentence.cut and readable(sentence.text)


def without_dateline(sentence: Sentence, article_text: str | None = None) -> Sentence:
    """The sentence from the news it reports: a wire dateline in front of it, a transcript's
    speaker label or stage direction ("AZUZ: ...", "(BEGIN VIDEOTAPE)"), and anything the
    splitter glued before these (a caption, a page's headline list, a segment's title), cut
    off.

    A dateline whose dash was lost ("WASHINGTON American troops ...") is cut too when the
    article (``article_text``) writes the same words as a name mid-sentence elsewhere: then
    they are a place in capitals, not an acronym opening the sentence ("NATO Secretary").
    What is left is a verbatim tail of the sentence, so it still quotes the source.
    """
    cut = 0
    for match in _DATELINE.finditer(sentence.text):
        if not match.group("place") or _OPENS_STORY.search(sentence.text[: match.start()]):
            cut = match.end()
    cut = max(cut, _transcript_cut(sentence.text))
    credit = _CREDIT.search(sentence.text, cut)
    if credit is not None:
        cut = credit.end()
    if not cut and article_text is not None:
        stamp = _CLOCK.match(sentence.text)
        if stamp is not None and _stamps_its_lines(article_text):
            cut = stamp.end()
    if not cut and article_text is not None:
        bare = _BARE_DATELINE.match(sentence.text)
        if bare is not None and _written_as_a_name(bare.group("place"), article_text):
            cut = bare.end()
    if not cut:
        return sentence
    return replace(sentence, start=sentence.start + cut, text=sentence.text[cut:])


_SPEAKER = re.compile(
    r"(?<![\w.'’-])(?:[A-Z][A-Z.'’-]*\s+)*[A-Z][A-Z'’-]+[A-Z]"
    r"(?:\s?(?:\([^():]{1,40}\)|-LRB-\s[^():]{1,40}?\s-RRB-))?"
    r"(?:\s?,\s(?:[A-Z][A-Z.'’&-]*\s+)*[A-Z][A-Z.'’&-]*[A-Z.])?\s?:\s+(?=\S)"
)
"""A transcript's speaker label: a name in capitals, perhaps a party or "(through
translator)" in brackets and a title after a comma, then a colon ("CARL AZUZ, CNN ANCHOR:",
"U.S. VICE PRESIDENT JOE BIDEN :", "SEN. JOHN MCCAIN (R), ARIZONA:"). Its last word has three
letters or more: "US: one death, 91 cases" heads a fact box, not a line of a transcript."""
_DIRECTION = re.compile(
    r"(?:\(|\[|-LRB-\s|-LSB-\s)(?P<words>[A-Z][A-Z'’ -]*[A-Z])(?:\)|\]|\s-RRB-|\s-RSB-)\s*"
)
_DIRECTION_WORDS = frozenset(
    """BEGIN END START VIDEO VIDEOTAPE VIDEOTAPED CLIP AUDIO SOUNDBITE SOT COMMERCIAL BREAK
    LAUGHTER LAUGHS LAUGHING APPLAUSE CROSSTALK INAUDIBLE UNINTELLIGIBLE MUSIC SINGING
    CHEERING CHEERS BOOING GUNFIRE SIRENS TRANSLATOR TRANSLATION VOICE-OVER OFF-CAMERA
    ON-CAMERA GRAPHIC""".split()
)
"""A stage direction is a bracket of capitals with one of these words in it: "(BEGIN
VIDEOTAPE)", "[APPLAUSE]", "-LRB- END VIDEO CLIP -RRB-"; an acronym in brackets ("(WHO)",
"(CNN)") is none."""


_TOLD = re.compile(r"[^\W_]")
"""A letter or digit: a stage direction that ends the sentence ("... the crash (VIDEO).")
tags what comes before it, so nothing is cut."""
_LINE_ENDS = re.compile(r"""(?:[.!?"'”’)]|-RRB-|'')$""")
"""How the word before a line of a transcript ends when the line before it ended there."""


def _transcript_cut(text: str) -> int:
    """Where a broadcast transcript's line starts telling: after its last stage direction
    or speaker label, with whatever the splitter glued before them (the show's title, a
    segment's heading: "First Up: Crisis in Libya AZUZ: First up today ..."); 0 if the
    sentence has neither.

    A stage direction counts only with words after it. A label is one only where a line
    can start: at the start, after a sentence's end, a stage direction or a heading's
    capitalised word, never after a word of running text ("shares of BHP: ..."); a lead-in
    that is page furniture itself ("READ MORE: ...") is left for the furniture rules to see
    whole.
    """
    cut = 0
    for match in _DIRECTION.finditer(text):
        named = set(match.group("words").split())
        if named & _DIRECTION_WORDS and _TOLD.search(text, match.end()):
            cut = match.end()
    for match in _SPEAKER.finditer(text, cut):
        before = text[cut : match.start()].split()
        if before and not _LINE_ENDS.search(before[-1]) and not before[-1][0].isupper():
            continue
        if _NOISE.search(match.group()) or _FURNITURE.search(match.group()):
            continue
        cut = match.end()
    return cut


def _written_as_a_name(capitals: str, text: str) -> bool:
    """Whether ``text`` writes the words in ``capitals`` as a name in the middle of a
    sentence ("In October, Washington officially ..."): a place then, while an acronym
    ("NATO") or a word ("WHO", "IT") is not written that way."""
    words = capitals.split()
    if len(words) == 1 and fold_word(words[0]) in STOPWORDS:
        return False
    name = " ".join(word.capitalize() for word in words)
    return re.search(rf"(?<=[a-z,;:] ){re.escape(name)}\b", text) is not None




_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
)
"""A month's name, in full or as news abbreviates it with a full stop ("Sept.")."""

_FURNITURE = re.compile(
    r"(?i)"
    # captions and galleries: "FILE - In this Dec. 29, 2017 file photo, ...", "AP FILE : ...",
    # "This Dec. 28 photo made available by SpaceX shows ...", "A frame grab, taken from a
    # live video feed, shows ...", "Hide Caption 5 of 25 Photos"
    r"^\W*(?:file|(?-i:[A-Z]{2,6}\s+FILE))\b\s*[-–—:]"
    r"|^\W*in\s+(?:this|a)\b[^.]{0,60}\b(?:photo|image|picture|video)\b"
    r"|\b(?:photo|image|picture|(?:frame|video|screen)\s?grab|screenshot)\b[^.]{0,60}"
    r"\b(?:shows|made available|provided by|taken on)\b"
    r"|\bhide caption\b|\b\d+\s+of\s+\d+\b[^.]{0,12}\b(?:photos?|images?|slides?)\b"
    r"|^\W*(?:photos?|images?|pictures?|video|watch|listen|gallery)\s*:"
    # a caption's own idiom: "... in this undated photo released by ...", "The tanker is
    # seen off Yeosu", "The rocket takes off from Wenchang, China July 2, 2017." (also as
    # tokenised text prints it, "July 2 , 2017 .")
    r"|\b(?:in|from)\s+(?:this|an?)\s+(?:(?:undated|handout|file|aerial)\s+)+"
    r"(?:photo|image|picture)"
    r"|\b(?:is|are)\s+(?:seen|pictured)\b(?!\s+as\b)"
    r"|(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+)\s?,?\s+"
    rf"(?-i:{_MONTH})\s+\d{{1,2}}\s?,\s+\d{{4}}\W*$"
    # reuse and rights notices
    r"|\bmay not be (?:re)?(?:published|broadcast|rewritten|redistributed)\b|\ball rights reserved"
    r"|\b(?:limited|ltd|inc|llc|plc)\.?\s+or\s+its\s+affiliated\s+companies\b"
    # a column's disclaimer: "The opinions expressed in this commentary are solely his."
    r"|^\W*the\s+(?:views|opinions)\s+expressed\s+(?:in\s+this\s+[\w-]+\s+)?are\s+"
    r"(?:solely\s+)?(?:his|her|their|those\s+of)\b"
    # "did not immediately respond to a request for comment"
    r"|\b(?:did not|didn't|could not|couldn't|has not|hasn't)\s+(?:immediately\s+)?"
    r"(?:respond|return|reply)\w*\b[^.]{0,40}\bcomment"
    r"|\brequests? for comment\b[^.]{0,40}\b(?:not|no)\b"
    # a list's heading, alone: "The following are the latest figures ...", not one run into
    # the list's first item ("Following are ... : June 4, 1989 - At least 575 people are
    # killed") nor quoted speech ("The following are our demands," the strikers said)
    r"|^\W*(?:the\s+)?following\s+(?:is|are)\b[^:\"“”`']*:?\W*$"
    # time stamps of the page
    r"|\b(?:updated|published|posted|last modified)\b:?\s[^.]{0,30}\d{1,2}[:.]\d{2}"
    # the page telling of itself: its player ("To play this content JavaScript must be turned
    # on", "this media is not available in your territory"), its sign-up box ("Get the
    # Morning Fix delivered to your inbox"), its edition, its comments, its
    # moderation and its readers' comments, its transcript, its live page ("As it happened:
    # ..."), where else to read ("please go to our main news page")
    r"|\bjavascript\b|\bflash\s+player\b|\bmedia\s+is\s+not\s+available\b"
    r"|\b(?:delivered|sent|straight|directly)\s+to\s+your\s+inbox\b"
    r"|\byou\s?['’]\s?ve\s+selected\s+the\b[^!?]{0,40}\bedition\b"
    r"|\b(?:views|opinions)\s+expressed\s+in\s+(?:the\s+)?comments\b"
    r"|\bthis\s+comment\s+(?:was|has\s+been)\s+(?:removed|deleted|hidden)\b"
    r"|\bbroke\s+the\s+house\s+rules\b"
    # a reader's comment under the page, opened by its stamp ("8th November 2011 - 17:40")
    r"|^\W*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{4}\s*-\s*\d{1,2}:\d{2}\b"
    r"|\b(?:rules\s+of\s+conduct|terms\s+of\s+(?:service|use)|terms\s+for\s+use\s+of\s+feeds)\b"
    r"|\brush\s+transcript\b|\brunning\s+order\s+is\s+subject\s+to\s+change\b"
    r"|\b(?:this|our)\s+live\s+(?:update|updates|coverage|blog)\s+page\b"
    r"|^\W*as\s+it\s+happened\s*:"
    r"|\bplease\s+(?:go|see|visit|click|refer)\s+(?:to\s+)?[^.]{0,40}\b(?:page|site|website|link)\b"
    # a correction notice: "An earlier version of this story included the names ..."
    r"|\ban earlier version of this (?:story|article|report)\b"
    # a print notice: "A version appeared on p26 of the Main section of the Guardian on ...",
    # "This article appeared in the Guardian on ..."
    r"|\b(?:a version(?: of this (?:story|article))?|this (?:story|article)) appeared "
    r"(?:on|in) (?:p(?:age)?\s?\d+|the \w+)"
    # a feed's credit for the page it reprints, stamped to the second: "... originally
    # appeared on BGR.com on Mon, 1 Jan 2018 at 10:05:01 EDT"; and a blog's feed footer
    # naming only the site: "The post ... appeared first on Harbour Wire."
    r"|\b(?:originally|first)\s+appeared\s+on\s+(?:[\w-]+\.)+(?:com|net|org|co\.uk)\s+on\s"
    r".{0,40}?\d{1,2}:\d{2}:\d{2}"
    r"|^\W*the\s+post\s+(?-i:[A-Z0-9\"“‘'])[^\n]*\sappeared\s+first\s+on\s+"
    r"(?-i:[A-Za-z0-9][^\s.!?]*+(?:\s[A-Z0-9][^\s.!?]*+){0,4})\.?\s*$"
    # a host speaking to the audience: "Thank you for joining us!", "If you were with us
    # last week, it's great to have you back.", "I'm Carl Azuz, launching you into ...",
    # "First up today, ...", "You can see some of the damage in this video."
    r"|\bthanks?(?:\s+you)?\s+for\s+(?:joining|watching|being\s+with|tuning\s+in|listening)\b"
    r"|\bif\s+you(?:\s+were|\s+are|\s?['’]\s?re)\s+with\s+us\b"
    r"|\b(?:great|good|nice|glad)\s+to\s+(?:have|see)\s+you\b"
    r"|\bwelcome\s+(?:back\s+)?to\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:coverage|show|program"
    r"|programme|broadcast|edition|newscast|podcast|hour)\b"
    r"|\bstay\s+(?:with\s+us|tuned)\s*(?:[.!,]|for|all|because|as|through)"
    r"|\bwe(?:\s?['’]\s?ll|\s+will)\s+be\s+right\s+back\s*(?:[.!]|with|after)"
    r"|\bsee\s+you\s+(?:tomorrow|next\s+(?:time|week)|then)\b"
    r"|\bwe\s?(?:['’]\s?re|\s+are)\s+back\s*(?:[.!]|with\s+(?:more|our|the)\b|after\b)"
    r"|\b(?:continue|continuing|stay\s+with)\s+our\s+(?:continuing\s+)?coverage\b"
    r"|\bour\s+coverage\s+continues\b"
    r"|\bjoining\s+(?:me|us)\s+(?:now|here|live|from|tonight|today)\b"
    r"|(?-i:^\s*I\s?['’]?\s?m\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s?,)"
    r"|^\W*(?:first\s+up|up\s+next|next\s+up|coming\s+up)\s*"
    r"(?:[,:]|(?:today|next|in|at|on|shortly)\b)"
    r"|\byou\s+can\s+see\b[^.]{0,60}\bin\s+this\s+(?:video|clip|footage|report|segment)\b"
)


_APPOSITION = re.compile(
    r"^\W*(?P<name>[A-Z][\w'’.-]*(?:\s(?:de|da|del|van|von|al|bin))?(?:\s[A-Z][\w'’.-]*){1,3})"
    r"\s?,\s(?P<role>(?:the|an?|his|her|its|their)\s[^,;:]+|[A-Z][\w.-]*\s?['’]s\s[^,;:]+?)"
    r"\s?[.!]?['’”\"]*\s*$"
)
"""A name and what it is, and nothing more: "Nicola Sturgeon, the Scottish health minister."
"Fergus Walsh, the BBC's medical correspondent." -- a photo caption or a byline's credit. A
name is two to four capitalised words, none a function word: "In New York, the shares
fell." and "Yeah, the king taught ..." open with no name."""
_FINITE = re.compile(
    r"(?i)\b(?:is|are|be|been|has|have|do|does|will|would|shall|should|can|could|may|might|"
    r"must|says?|tells?|claims?|insists?|adds?|notes?|\w+ed|"
    rf"{'|'.join(sorted(IRREGULAR_PAST))})\b"
)
"""A word that makes the words after a name a clause of their own, not a description
("Smith, the police said."; "Kim, the leader who threatened ..."): a finite or reporting
verb, or a past form that may be one."""


_CAPTION_DAY = re.compile(
    rf"(?:\bon|\bin|(?<!day)(?<!day\s),|,\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s?,)\s+"
    rf"(?:{_MONTH}\s+\d{{1,2}}\s?,\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)\b"
)
"""A day given with its year after "on", "in" or a comma ("drive on June 11, 2011 in
Ajdabiya", "in Tokyo, Thursday, Oct. 16, 2008"): how a caption dates its picture, where
"resume on Tuesday, June 29, 2010" sets a plan's day. News prose names a recent day without
its year, and tells what happened in a finite verb (``_FINITE``); a caption tells what the
picture shows in the present or in no verb at all ("Libyan rebels on patrol near the
airport ... on April 30, 2011.")."""

_PICTURE_OF = re.compile(
    r"(?i)^\W*(?:an?|the)\s+(?:(?:file|undated|handout|aerial|still)\s+)*"
    r"(?:photo(?:graph)?|image|picture|still)\s+(?:of|from|shows)\b"
    r"|^\W*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s+pictured\s+(?:at|in|on|with|during)\b"
)
"""A caption naming itself ("A file photo of armed Libyan rebels ...") or who it shows
("Nabil Al-Araby pictured at a meeting on May 15 in Cairo")."""


_GOES_ON = re.compile(r"(?i)^\W*(?:and|but|or|so|then|yet)\b|\b(?:later|earlier|afterwards)\b")
"""Prose that goes on from the sentence before it ("And just about nine hours later,
passengers arrive at the gate ... on Dec. 31, 2017."): a caption stands alone."""


def _caption(text: str) -> bool:
    """Whether a sentence is a picture's caption by its own idiom (``_CAPTION_DAY`` with no
    finite verb in a sentence that stands alone, or ``_PICTURE_OF``)."""
    if _PICTURE_OF.search(text) is not None:
        return True
    day = _CAPTION_DAY.search(text)
    return (
        day is not None
        and day.start() > 0
        and _FINITE.search(text) is None
        and _GOES_ON.search(text) is None
    )


_BULLET = re.compile(r"[•·▪►]|\bcents(?=\s+[A-Z])")
"""A bullet before a headline of a list the page runs into its text ("• BP restarts top kill
pumping • Obama says ..."), also as some archives spell it ("cents BP restarts ..."): two
make a list of other pages' headlines."""


_NO_COMMENT = re.compile(
    r"\b(?:had|has|have|made)\s+no\s+(?:immediate\s+|further\s+)?comment\b"
    r"|\b(?:not|un)\s*(?:immediately\s+)?available\s+(?:for|to)\s+comment"
    r"|\bdeclined\s+(?:to\s+)?comment\b|\bcould\s+not\s+be\s+reached\s+for\s+comment",
    re.IGNORECASE,
)
"""A clause saying that someone said nothing ("The embassy had no comment", "Officials were
not immediately available for comment"): a line that says only that is no news."""
_OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:and|but|after|before|while|when|because|since|as|who|which|whose|where)\b"
    r"|\b[a-z]{3,}ed\b",
    re.IGNORECASE,
)
"""What shows a sentence telling more than that someone had no comment: another clause ("his
lawyer had no comment; the suspect was arrested"), a conjunction or a relative ("who
declined to comment, was re-elected"), or a verb in the past ("resigned on Friday and has
made no comment since")."""


_GALLERY_COUNTER = re.compile(
    r"(?i)\bhide\s+caption\s+\d+\s+of\s+\d+\b|\b(?:photo|image|slide|picture)s?\s+\d+\s+of\s+\d+\b"
)
"""A picture gallery's counter, its label before its numbers ("Hide Caption 16 of 59",
"Getty Images 1 of 11"): not prose that counts pictures ("it shows 40 of 120 images")."""

_GALLERY_TITLE = re.compile(r"(?i)^\W*(?:photos?|pictures?|images?|gallery|slideshow)\s*:")
"""A gallery's title opening a caption's line ("Photos: Shocking celebrity splits ...")."""

GALLERY_TAIL = 40
"""Characters a gallery's counter may leave after it on its line: a caption's line ends on
its counter or on the picture's short title ("Images 1 of 11 11. McLaren-Honda"); a counter
with sentences after it sits in a paragraph of news a scraper glued it into."""


def _is_caption(line: str) -> bool:
    """Whether a line of a page is one picture of a gallery: a line that carries the
    gallery's counter (``_GALLERY_COUNTER``) and opens on the gallery's title
    (``_GALLERY_TITLE``) or ends on the counter (``GALLERY_TAIL``), as a gallery prints each
    caption ("Photos: Shocking celebrity splits Lady Gaga said on July 20, 2016, ... The
    singer and the actor got engaged on Valentine's Day 2015. Hide Caption 16 of 59"). The caption's
    middle sentence looks like news, of other people than the page's, so the whole line is
    the gallery's, not only the sentences that carry its words."""
    text = line.rstrip()
    counters = list(_GALLERY_COUNTER.finditer(text))
    return bool(counters) and (
        _GALLERY_TITLE.match(text) is not None
        or any(len(text) - m.end() <= GALLERY_TAIL for m in counters)
    )


_NUMBERED = re.compile(r"^\W*(\d{1,3})\s?/\s?(\d{1,3})\s+\S")
"""A line opening on its picture's number out of the gallery's total ("4/30 The Soyuz
TMA-15M rocket launch ...")."""

GALLERY_RUN = 3
"""Lines in a row that must number their pictures one after another out of one total for
them to be a gallery: one line opening on "4/30" may be a date, and a chronology's days
("1/12 Protests begin", "5/12 Police fire tear gas") skip or start later in the month; a
gallery's run ("1/30", "2/30", "3/30") counts on by one from its first picture."""


_RUNNING_TIME = re.compile(r"(?:[^\W_]|[?!])\s+(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")
"""A video's running time ending its line, straight after a word or a title's question mark
("... dockers strike 02:14"): no clock of a sentence, which ends on its full stop ("left at
11:36.")."""

TITLE_WORDS = 4
"""Words in a row a line must print twice to be a video player's label: the player names
its video above the picture and again beside its running time."""


_SENTENCE_ENDS = re.compile(
    r"(?<!\.\.)(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bvs)(?<!\bMrs)"
    r"\.[\"'”’)]*\s+[A-Z]"
)
"""A full stop ending a sentence inside a line, a new one after it: not a player's "... "
ellipsis, nor the stop of an initial or a title ("N. Korea", "Dr. Fauci"); a question
mark may end a video's title ("Why does Pyongyang keep launching missiles? Replay ...")."""


def _is_player(line: str) -> bool:
    """Whether a line of a page is an embedded video's label, its title printed twice and
    its running time at the end ("Now playing Cranes fall silent at Kessock Up next ...
    Play Cranes fall silent at Kessock 02:14"): the player's text, whatever its buttons
    say, scraped into the article as if it were a paragraph. A line that ends a sentence
    before its end is a paragraph of news, whatever it repeats; a title of fewer than
    ``TITLE_WORDS`` words is not recognised."""
    if _RUNNING_TIME.search(line) is None or _SENTENCE_ENDS.search(line):
        return False
    words = [word.casefold() for word in _WORD.findall(line)]
    seen: set[tuple[str, ...]] = set()
    for i in range(len(words) - TITLE_WORDS + 1):
        run = tuple(words[i : i + TITLE_WORDS])
        if run in seen:
            return True
        seen.add(run)
    return False


def media_lines(lines: Sequence[str]) -> set[int]:
    """Which lines of a page (by index) are the labels of its pictures and videos, not its
    text: an embedded video's label (``_is_player``); a picture gallery's captions, each
    carrying the gallery's counter and title (``_is_caption``), or one of at least
    ``GALLERY_RUN`` lines in a row (blank lines aside) that open on their picture's number
    out of one total, each one more than the line before (``_NUMBERED``), as galleries
    printed without labels number them. Such a run counts pictures, not a chronology's days
    ("4/12 Dockers vote to strike", "5/12 Talks break down"), when it starts at the first
    picture and its total is more than a year's months or reached by the run."""
    found = {i for i, line in enumerate(lines) if _is_caption(line) or _is_player(line)}
    run: list[int] = []
    first = last = total = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _NUMBERED.match(line)
        number, out_of = (int(match[1]), int(match[2])) if match else (0, 0)
        if not 0 < number <= out_of:
            run = []
            continue
        if not run or (number, out_of) != (last + 1, total):
            run, first = [], number
        run.append(i)
        last, total = number, out_of
        if len(run) >= GALLERY_RUN and first == 1 and (total > _MONTHS_IN_A_YEAR or last == total):
            found.update(run)
    return found


_MONTHS_IN_A_YEAR = 12


@functools.lru_cache(maxsize=65536)
def is_furniture(text: str) -> bool:
    """Whether a sentence is page furniture rather than news, by kind: a caption or gallery
    line, a reuse or correction notice, a no-comment line, the page's time stamp, a
    broadcast host's words to the audience, a caption that only names someone. Cached: the
    events and the claims stages ask it of the same sentences."""
    if _FURNITURE.search(text) is not None or len(_BULLET.findall(text)) >= 2:
        return True
    said_nothing = _NO_COMMENT.search(text)
    if said_nothing and not _OTHER_CLAUSE.search(
        text[: said_nothing.start()] + " " + text[said_nothing.end() :]
    ):
        return True
    if _caption(text):
        return True
    named = _APPOSITION.match(text)
    return (
        named is not None
        and not any(fold_word(word) in STOPWORDS for word in named.group("name").split())
        and _FINITE.search(named.group("role")) is None
    )


STRAY_PAGE = 12
"""Sentences a page needs for its opening line to be judged against the rest of it: a
short item tells its lead again in other words ("the blaze" for "the Serra Dunmore
wildfire"), while scraped promotions sit above long pages."""
STRAY_BELOW = 30
"""Sentences after the opening line whose words a lead's come back in."""
STRAY_WORDS = 4
"""Content words an opening line needs to be judged: a short one tells too little."""
STRAY_VOCABULARY = 50
"""Distinct content words the sentences after it need: a page that says little (a line
repeated) cannot show that the opening line's words are foreign to it."""


def stray_opening(sentences: Sequence[Sentence]) -> Sentence | None:
    """The line opening a page when it tells another story: a promotion for another page
    ("Watch our reporter follow the manhunt for a gunman ..."), a site's other headline or
    a sign-up box ("Get the morning briefing delivered to your inbox"), which scraping keeps
    above the article. A lead's words come back below it
    (its names, its happening); such a line shares at most one of its content words with
    the sentences after it. None for a page too short to tell (``STRAY_PAGE``)."""
    if len(sentences) < STRAY_PAGE:
        return None
    opening = content_words(sentences[0].text)
    if len(opening) < STRAY_WORDS:
        return None
    below: set[str] = set()
    for sentence in sentences[1 : 1 + STRAY_BELOW]:
        below.update(content_words(sentence.text))
    if len(below) < STRAY_VOCABULARY:
        return None
    return sentences[0] if len(opening & below) <= 1 else None
