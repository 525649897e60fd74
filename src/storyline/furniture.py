"""What of a page's text is not news, and whether a sentence can stand alone as an entry.

Scraped news glues page furniture to its text: wire datelines and web time stamps before the
lead, bylines, photo captions and gallery counters, reuse notices, share prompts. A timeline
entry must be a whole sentence of news, quoted verbatim, so furniture is recognised by kind
(a caption describes a photo and names who made it available; a notice forbids
republishing), and a dateline is cut off the front of a sentence, leaving an exact tail of
the source.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.models import Sentence
from storyline.text import STOPWORDS, fold_word

MIN_WORDS, MAX_WORDS = 6, 60
"""Sentence length, in words, that reads as a summary: shorter is a fragment or headline,
longer is a run-on paragraph a splitter could not break."""

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_ENDS_WELL = re.compile(r"""[.!?]["'’”)]*\s*(?:''|``)?\s*$""")
_STARTS_WELL = re.compile(r"""^(?:[\"'“‘(]|``|\s)*[A-Z0-9]""")
_NOISE = re.compile(
    r"(?i)(?:^\s*by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$|^\s*(?:photo|image|picture|"
    r"file photo|caption|source|credit|copyright|click|read more|follow|share|sign up|"
    r"subscribe|related)\b|switch caption|\bAP Photo\b|/AP\b|https?://|www\.|@\w|©|"
    r"\ball rights reserved\b|\bemail\b.*\bto\b.*\bfriend|last updated|\bGMT\b|\\/"
    # a photo caption ends on its place and date: "..., Niger, August 3, 2023." (not on a
    # weekday: "from Tuesday, October 14, 2025." is a plan)
    r"|(?<!day),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.\s*$"
    # page furniture: "AMMAN | Wed Apr 6, 2011 5:01 pm EDT", "January 31, 2011 | By ..."
    r"|\||(?-i:\b\d{1,2}:\d{2}\s*[ap]m\s+[A-Z]{2,4}\b)"
    # a teaser cut off mid-sentence and run on into the next text: "toppled into th ... Coast"
    r"|(?-i:\w\s?(?:\.\.\.|…)\s+[A-Z]))",
)
_AGENCY = r"(?:Reuters|AP|AFP|CNN|UPI|Xinhua|dpa|Bloomberg)"
_DATELINE = re.compile(
    # "(Reuters) -", "-LRB- AP -RRB- --" (tokenised text spells brackets out)
    rf"(?:(?:\(|-LRB-\s){_AGENCY}(?:\)|\s-RRB-)\s*(?:--|-|—|:)\s*"
    # a web page's time stamp before the text: "Monday 2 May 2005 14.00 BST", "2010; 4:37 PM"
    r"|\b(?:19|20)\d\d\s*[;,]?\s*\d{1,2}[.:]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:[A-Z]{2,4}\b)?\s*(?=[A-Z\"'`‘“])"
    # "NEW ORLEANS --", "VENICE, Louisiana --", "VALMORÉ (Meridian Press) —": a place in
    # capitals, the credit of a wire of any name, then a dash
    r"|(?P<place>(?<![\w,])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]+)*"
    r"(?:\s?,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?(?:\s\([A-Z][\w&.' -]*\))?"
    r"\s(?:--|—)\s))"
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
_OPENS_STORY = re.compile(r"(?:^|[.!?]\s*(?:''|[\"'’”])?|\bAP|\bPhoto)\s*$")
"""What comes right before a place-name dateline: nothing, the end of a sentence the splitter
ran on from, or a photo credit; "the U.S. -- and NATO -- agreed" is not a dateline."""


def readable(text: str) -> bool:
    """Whether a sentence can stand alone as a timeline entry.

    A summary must be a whole sentence: it starts with a capital, a digit or a quote, ends
    with terminal punctuation, has a sensible length, and is not a byline, a photo caption,
    a credit line or a link, nor two texts glued together.
    """
    words = _WORD.findall(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if not _STARTS_WELL.match(text) or not _ENDS_WELL.search(text):
        return False
    if text.isupper() or _NOISE.search(text) or _GLUED.search(text):
        return False
    return not text.rstrip().endswith("?")


def without_dateline(sentence: Sentence, article_text: str | None = None) -> Sentence:
    """The sentence from the news it reports: a wire dateline in front of it, and anything
    the splitter glued before that (a caption, a page's headline list), cut off.

    A dateline whose dash was lost ("WASHINGTON American troops ...") is cut too when the
    article (``article_text``) writes the same words as a name mid-sentence elsewhere: then
    they are a place in capitals, not an acronym opening the sentence ("NATO Secretary").
    What is left is a verbatim tail of the sentence, so it still quotes the source.
    """
    cut = 0
    for match in _DATELINE.finditer(sentence.text):
        if not match.group("place") or _OPENS_STORY.search(sentence.text[: match.start()]):
            cut = match.end()
    if not cut and article_text is not None:
        bare = _BARE_DATELINE.match(sentence.text)
        if bare is not None and _written_as_a_name(bare.group("place"), article_text):
            cut = bare.end()
    if not cut:
        return sentence
    return replace(sentence, start=sentence.start + cut, text=sentence.text[cut:])


def _written_as_a_name(capitals: str, text: str) -> bool:
    """Whether ``text`` writes the words in ``capitals`` as a name in the middle of a
    sentence ("In October, Washington officially ..."): a place then, while an acronym
    ("NATO") or a word ("WHO", "IT") is not written that way."""
    words = capitals.split()
    if len(words) == 1 and fold_word(words[0]) in STOPWORDS:
        return False
    name = " ".join(word.capitalize() for word in words)
    return re.search(rf"(?<=[a-z,;:] ){re.escape(name)}\b", text) is not None




_FURNITURE = re.compile(
    r"(?i)"
    # captions and galleries: "FILE - In this Dec. 29, 2017 file photo, ...", "This Dec. 28
    # photo made available by SpaceX shows ...", "Hide Caption 5 of 25 Photos: ..."
    r"^\W*file\b\s*[-–—:]|^\W*in\s+(?:this|a)\b[^.]{0,60}\b(?:photo|image|picture|video)\b"
    r"|\b(?:photo|image|picture)\b[^.]{0,60}\b(?:shows|made available|provided by|taken on)\b"
    r"|\bhide caption\b|\b\d+\s+of\s+\d+\b[^.]{0,12}\b(?:photos?|images?|slides?)\b"
    r"|^\W*(?:photos?|images?|pictures?|video|watch|listen|gallery)\s*:"
    # a caption's own idiom: "... in this undated photo released by ...", "The tanker is
    # seen off Yeosu", "The rocket takes off from Wenchang, China July 2, 2017."
    r"|\b(?:in|from)\s+(?:this|an?)\s+(?:(?:undated|handout|file|aerial)\s+)+"
    r"(?:photo|image|picture)"
    r"|\b(?:is|are)\s+(?:seen|pictured)\b(?!\s+as\b)"
    r"|(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+),?\s+(?-i:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.))\s+\d{1,2},"
    r"\s+\d{4}\W*$"
    # reuse and rights notices
    r"|\bmay not be (?:re)?(?:published|broadcast|rewritten|redistributed)\b|\ball rights reserved"
    # "did not immediately respond to a request for comment"
    r"|\b(?:did not|didn't|could not|couldn't|has not|hasn't)\s+(?:immediately\s+)?"
    r"(?:respond|return|reply)\w*\b[^.]{0,40}\bcomment"
    r"|\brequests? for comment\b[^.]{0,40}\b(?:not|no)\b"
    # time stamps of the page
    r"|\b(?:updated|published|posted|last modified)\b:?\s[^.]{0,30}\d{1,2}[:.]\d{2}"
)


def is_furniture(text: str) -> bool:
    """Whether a sentence is page furniture rather than news, by kind: a caption or gallery
    line, a reuse notice, a no-comment line, the page's time stamp."""
    return _FURNITURE.search(text) is not None
