"""Events: what happened in a story, each on the day it happened, background kept apart.

An event is one happening told by sentences across articles. A sentence is dated by what
its main clause reports ("spread to two more harbours on Thursday"), not by the dates it
mentions in passing ("the strike that began on Sept. 29", "since Oct. 3", "founded in
1911") or that a speaker's quoted words give; a sentence that gives no date tells the news
of its article's day (the day its lead dates, else the day its wire dateline gives, else
its publication day, or the day before it for a page stamped overnight), unless it opens on
a thing the sentence before it dated ("The statement warned") or goes on quoting someone it
dated saying something, and an event known only that way says so.

Sentences join an event when their words (in a small story, with the optional sentence
encoder, also their meaning: ``embedding``) are close to the event's and their dates agree:
the same day, one inside the other, a date of saying a few days after the happening, or an
undated sentence printed within days of it. Dates mentioned in passing join the events on
that date as evidence, which is how "after Tuesday's launch" backs the launch; an event no
report dates takes the day such a mention gives it, when that day falls a few days before
its articles' news day at most.

Which events make the timeline is read from what an editor's list of key events has in
common, fitted on the project's own blind gold (``WEIGHTS``): independent sources, a text
date, a lead position, how much of the other sources echo it, how close it is to the
headlines, and whether it tells a past happening rather than a state, a plan or a quote. A
story's timeline is as long as its events, at most five per square root of its independent
sources or two thirds of its likely key events if more, beside the recent causes it tells
and the news its articles open with.
Dated context from before the story that is not one of its events is its background, kept
apart; a story its outlets retell weeks later (two features opening on May's rescue) starts
on the days they retell. An undated line of standing context that copy repeats weeks apart
is no entry.

Everything here compares each sentence with a bounded number of others (``_TermIndex``), so
the cost of a story grows with its size, not with its square; the comparison by meaning,
with each of a story's events at once, is made only up to ``MEANING_LIMIT`` sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np
from scipy import sparse

from storyline import embedding
from storyline.furniture import is_furniture, readable, stray_opening, without_dateline
from storyline.grouping import UnionFind
from storyline.mentions import calendar_value, content_words, within
from storyline.models import (
    Article,
    Document,
    Event,
    Evidence,
    Provenance,
    Sentence,
    TimeExpression,
    passage_key,
)
from storyline.periods import span
from storyline.text import (
    IRREGULAR_PAST,
    LY_NOUNS,
    MONTH_STEM,
    QUOTE_OPENING,
    WEEKDAY,
    YEAR,
    in_quotation,
)

LEAD = 3
"""Sentences at the top of an article that tell its news."""

MAX_SENTENCES = 100
"""Sentences of an article read for events: news tells what happened first, and the tail of
a long feature is background, reaction and analysis; a live page tells the day's updates a
long way down (the count with the most key events found on the dev split, as many of its
entries on target as at 60)."""

NEWS_DAY_REACH = 3
"""Days before publication a lead's dated happening may lie and still be the article's news
of the day (a Monday paper tells the weekend)."""

JOIN = 0.18
"""Cosine between a sentence and an event's centroid above which the sentence may tell it."""

JOIN_PAIR = 0.3
"""Cosine a sentence must also have with at least one sentence of the event it joins: a
centroid of many sentences is near much that none of them says."""

JOIN_SAME_DAY = 0.18
"""Both cosines, for a sentence whose text gives the very day the event's sentences give: a
small story rarely has two happenings on one day told in words this far apart."""

JOIN_ACROSS_DAYS = 0.55
"""Both cosines, for a sentence dating the happening a few days (``DAY_SLACK``) apart from
the event, or an undated one retelling an older event: sources disagree on days, but two
happenings a few days apart often share words."""

DAY_SLACK = 3

RETOLD_LEADS = 2
"""Independent sources, each opening on earlier days, whose leads must tell an earlier
dated happening for the story to be about it (``_retold_start``): features of June opening
on May's rescue tell May's story."""

FAR = 365
"""Days before a story's first news beyond which a dated event is history rather than one
of the story's recent causes (a coup months before the troops leave is a cause; a
conviction decades before a shooting is a biography)."""

IDF_PRIOR = 3
"""Sentences counted beside a story's own, none using a word, when its words are weighed: in
a pile of a few headlines the words two of them share are in every sentence there is, and
without these they would weigh nothing, so that "Bears fire John Fox after three losing
seasons" would not be the event of "Chicago Bears fire coach John Fox". A few, not more: a
brief story's sentences would join on the words the whole story shares."""

KEY_TERMS = 8
"""A sentence's rarest words, by which it is indexed and looked up."""

POSTINGS = 64
"""Latest items a word keeps in an index: a lookup compares a sentence with at most
``KEY_TERMS`` x ``POSTINGS`` others."""

MEANING_LIMIT = 3000
"""Reports of a story up to which its sentences are also compared by meaning (``embedding``),
when the optional sentence encoder is installed: a small story's outlets tell one
happening in different words, and encoding a few thousand sentences takes seconds; a bigger
topic repeats its events in enough shared words to be read by those alone."""

MEANING_FLOOR = 0.65
"""Sentence-vector cosine that counts as no closeness at all: two sentences of one story
about different things are this close in meaning. Above it the cosine is rescaled to run
from 0 to 1 (``_meaning``), comparable with the word cosine it stands beside."""

MEANING_CANDIDATES = 8
"""Events closest in meaning a report is also compared with when it is grouped, beside
those that share its rare words."""

RETOLD = 0.5
"""Share of a sentence's word weight (idf) another sentence repeats above which the two
tell one happening, when the events they were grouped into are small and on one day
(``_retold_joined``): "The bridge has been closed as a precaution ahead of checks by
structural engineers" holds most of what "The bridge was closed for several hours as a
precaution" says, though the longer sentence's other words keep their cosine low."""

RETOLD_WORDS = 3
"""Words the two sentences must share besides: two short lines sharing a name and a day
("Police arrived Sunday", "Police left on Sunday") repeat most of each other and tell
different things."""

RETOLD_SIZE = 4
"""Reports an event may hold to be joined so, both events: a happening split across
events is told in each by a source or two; an event many sentences tell has already
gathered what its wording reaches, and a pair of its sentences repeating another's is
chance."""

RETOLD_NEAR = 1
"""Days apart two events may lie and be joined so when one of them is dated only by its
articles' news day: an article printed the day after tells yesterday's happening undated."""

FIGURE_JOIN = 0.2
"""Cosine above which two sentences that give one exact figure (``_exact_figures``) tell
one happening, when the events they were grouped into are small and on one day
(``_retold_joined``): outlets telling a flight's departure each in their own words share
its "11:36 a.m." and little else ("The flight left Los Angeles International Airport at
11:36 a.m.", "All Nippon Airways flight 175 took off at 11:36am local time on Tuesday").
The cosine with the best balance of events found and entries on target on the dev split;
without it, a day's timeline tells one departure three times."""

DETAIL_WORDS = 3
"""Words a sentence shares with the one before it to go on telling that sentence's
happening when no text dates the happening (``_goes_on``): without a day to hold them
together, two lines of one article are one event only where they are plainly about one
thing; one shared word joins lines of a news day's roundup that tell different news."""

_DATED_TYPES = frozenset({"DATE", "TIME"})
_WORDS_BACK = 7

_GOVERNED = re.compile(
    r"(?i)\b(?:since|until|till|before|after|following|from|prior\s+to|ahead\s+of|as\s+of|"
    r"born|founded|established|built|created|formed|elected|appointed|convicted|sentenced|"
    r"launched|opened|introduced|signed|listed)\s+(?:(?:on|in|at|the|a|an|early|late|mid|"
    r"last|this|its|their)\s+){0,3}$"
)
"""Words right before a date that make it the date of something else than the clause's
news: "since Oct. 3", "after the Sept. 3 test", "founded in 1911"."""

_GOVERNED_THING = re.compile(
    r"(?i)\b(?:since|after|following)\s+(?:a|an|the|its|their|his|her|this|that)\s+"
    r"(?!(?:said|says|told|was|were|is|are|had|has)\b)[a-z][\w'-]*\s+"
    r"(?:(?:on|in|at|of|last|this|early|late)\s+){0,2}$"
)
"""A thing named after "after", "following" or "since" and the date that follows it: the date
of that thing ("following a coup last year", "after the vote on Tuesday"), not of the news
the clause tells. "Before" is left out: it also places ("before the committee on Thursday")."""

_OWNED_DAY = re.compile(
    r"(?i)\b(?!(?:morning|night|evening|afternoon|day|days|week|weekend|end|start|"
    r"beginning|middle|dawn|eve|hours|part|rest|month|year|course)\b)[a-z]{3,}\s+of\s+$"
)
"""A thing named by its day ("the attacks of Sept. 11", "the written answer of March 17"):
that thing's date, mentioned in passing, not the day of the clause's news, where "the night
of Feb. 21" is a time of the clause itself."""

_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:\b(?!(?:morning|night|evening|afternoon|day|days|week|weekend|end|start|"
    r"beginning|middle|dawn|eve|hours|part|rest|month|year|course)\b)[a-z]{3,}\s+of"
    r"|\b(?:into|after|since|from|than|about|against))\s+"
    r"(?:the|its|their|his|her|our|this|that)\s+$"
)
_NOUN_AFTER = re.compile(
    r"(?i)^\s+(?!(?:and|or|to|through|until|till|when|before|after|at|in|on|of|for|"
    r"that|which|who|the|a|an|was|were|is|are|has|had|have)\b)[a-z][a-z-]+"
)
"""A date between a preposition's determiner and a noun ("as a result of the Aug. 7 Embassy
bombings", "a probe into the May 3 crash"): it names a thing by its day. After the clause's
verb that thing is one the clause only mentions; before it, the thing is the clause's
subject ("The Aug. 7 bombings killed 258 people") and its day the clause's. So is a thing
the verb acts on ("boarded the Dec. 24 flight"), the occasion it happened at or by ("offered
talks in his New Year's Day speech", "killed by the March 2 blast", "over the Christmas
holiday") and a time of the day named ("on the morning of the March 2 election"). A comma
after the date ends its noun phrase unless the date ends on its year ("the Aug. 7, 1998,
bombings")."""
_YEAR_END = re.compile(r"\d{4}$")
"""A date written out to its year ("Aug. 7, 1998"), which a comma may follow inside a noun
phrase."""

_COMPARED = re.compile(
    r"(?i)(?:\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\b(?:[^.;!?]|\.\d){0,60}"
    r"|\bthan\s+(?:in|on|at|during)\s+(?:the\s+)?"
    r"|\bsame\s+(?:period|quarter|month|week|day|time)\s+(?:of|in|a|last)\s+(?:the\s+)?)$"
)
"""What a figure is set against ("up from $2.39 billion in the same period of 2009", "compared
with 1.2% in March"): the date of the comparison, not of the news."""

_TIME_OF_DAY = r"(?-i:dawn|daybreak|sunrise|dusk|sunset|nightfall|dark)\b"
"""A time of day the date after it does not take in: "before dawn on Jan. 13" and "after dark
on Sunday" tell when on that day, not a clause or a bound of their own ("midnight" and
"noon" are read as part of the date, "before midnight on Sunday" a bound). In lower case
only: "after Dawn Sturgess is buried on Wednesday" opens a clause."""

_SUBORDINATE = re.compile(
    r"(?i)\b(?:which|who|whom|whose|where|when|since|until|till|once|because|although|though|"
    r"while|whereas)\b|\b(?:after|before)\b(?!\s+" + _TIME_OF_DAY + r")"
    r"|(?<!said )(?<!says )(?<!and )(?<!but )(?<!^)"
    r"(?<!(?-i:[)A-Z0-9]) - )(?<!(?-i:[)A-Z0-9])- - )(?<!(?-i:[)A-Z0-9]) -- )"
    r"(?<!(?-i:[)A-Z0-9]) — )(?<!(?-i:[)A-Z0-9]) – )\bthat\b"
)
"""Words that open a clause other than the main one; a date after one of them, with no comma
between, is that clause's ("the strike that began at Port Valmoré on Sept. 29"). "That"
after a verb of saying, or after "and" joining another thing said, opens what was said; "That"
opening a sentence, or its text after a wire's dateline ("ORVELL (Reuters) - That
decision was announced on Monday"), names a thing. "Before" or "after" a time of day
(``_TIME_OF_DAY``) opens none."""

_CONJUNCTIONS = frozenset(
    "since after before until till once because although though while whereas".split()
)
_AUXILIARY = r"\b(?:is|are|was|were|has|have|had|will|would|be|been|did|does)\b"
_HEADLINE_SHORT_WORDS = (
    "In|On|At|To|For|With|Of|As|By|From|Into|Over|After|Amid|And|Is|Are|Was|Were"
)
"""Short words a headline in title case capitalises ("Gunman Killed In Shootout")."""
_LOOKALIKE_PAST = (
    r"(?!(?:hundred|indeed|speed|proceed|exceed|succeed|sacred|naked|wicked|kindred|breed|"
    r"greed|creed|bleed|steed|bloodshed|watershed|seabed|riverbed|seaweed|hatred)\b)"
    rf"(?!(?-i:[A-Z][a-z]+ed\s+(?!(?:{_HEADLINE_SHORT_WORDS})\b)[A-Z]))"
)
"""Words ending in "ed" that are no verb's past form, as a lookahead: a capitalised word
before another that a name goes on with ("United Nations", "Mohammed Morsi"), not a short
word that a headline in title case capitalises ("Gunman Killed In Shootout"); or a word of
another kind ("hundred", "speed", "bloodshed")."""
_ED_FORM = rf"{_LOOKALIKE_PAST}\w{{3,}}ed"
"""A past form made with "ed" (``_LOOKALIKE_PAST``)."""
_FINITE = re.compile(
    rf"(?i){_AUXILIARY}|\b{_ED_FORM}\b"
    r"|\b(?:began|broke|came|fell|left|made|met|ran|rose|said|saw|sent|spread|took|went|won)\b"
)
"""A finite verb: "before the committee on Thursday" is a place in the main clause, "before
the fire spread on Oct. 3" a clause of its own."""
_GERUND = re.compile(r"^\s+\w{2,}ing\b")
"""A verb in "-ing" right after a conjunction: "after carrying out checks on Wednesday" is a
clause of its own, dating the checks, not the news ("engineers cleared the bridge")."""

_SPEECH_THAT = re.compile(
    r"(?i)\b(?:said|says|say|told|announced|reported|added|confirmed|warned|stated|wrote|"
    r"claimed|insisted|argued|noted|believed|thought|knew|learned)\s+(?:\w+\s+){0,2}?that\s*$"
)
"""A verb of saying before "that": what follows is what was said, the sentence's news."""

_SPEECH = (
    r"(?:said|says|say|told|tells|announced|announces|confirmed|confirms|stated|reported|"
    r"reports|added|tweeted|wrote|declared|revealed|disclosed|acknowledged|insisted|denied)"
)
_SAID_BEFORE = re.compile(rf"(?i)\b{_SPEECH}\s+(?:(?:on|late|early|this)\s+)?$")
_SAID_AFTER = re.compile(
    rf"(?i)^\s*+(?:(?:morning|afternoon|evening|night)\s*+)?,?\s*+{_SPEECH}\b"
)
"""A date right beside a verb of saying dates the saying ("said on Wednesday"), which may
come a day or more after what was said to have happened."""

_DAY_CUE = re.compile(
    r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|"
    r"tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b"
    rf"|\b{MONTH_STEM}[a-z]*\.?\s+\d|\d{{4}}-\d{{2}}-\d{{2}}|\b\d{{1,2}}\s+{MONTH_STEM}"
)
"""Words that give a clock time its day; without them "at 7:33 p.m." has the day of the
reference date, not one the text gives. "Last night" names the eve of the page's day, which a
morning paper tells its news on ("Lord Goldsmith last night said ..."); "this morning" names
the page's day ("the union confirmed this morning")."""

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|would|could|might|may|(?:is|are|was|were)\s+"
    r"(?:(?:also|still|now|\w+ly)\s+)?(?:expected|due|set|scheduled|planned|likely|going|"
    r"poised|to)\s+to|plans?\s+to|intends?\s+to)\b"
)
"""A sentence told as a plan or a prospect ("will meet", "is also expected to meet", "plans
to"): what it tells has not happened on the day it is printed."""
_PAST_FORM = rf"\b(?:{'|'.join(sorted(IRREGULAR_PAST))}|{_ED_FORM})\b"
"""A verb's past form: an irregular one ("took"), or one made with "ed" (``_ED_FORM``)."""
_PAST = re.compile(rf"(?i){_PAST_FORM}")
_NOT_PAST_BEFORE = re.compile(
    r"(?i)(?:\b(?:is|are|be|been|being|will|would|can|could|may|might|must|should|to)\s+"
    r"(?:\w+ly\s+)?|(?:\b(?:the|a|an|his|her|its|their|our)\s+|\bso-)"
    rf"(?:(?!(?:{'|'.join(sorted(LY_NOUNS))})\b)\w+ly\s+)?|,\s*)$"
)
"""What makes a past form no past tense: a present, future or modal auxiliary ("are
recycled", "will be launched"), a determiner before it, which makes it an adjective ("the
ringed planet", "a badly wounded man", "the so-called rebels"; not a noun ending in "ly":
"the family reported"), or a comma before a participle ("the savanna, found south of the
Sahara, is ...")."""
_FIGURE = re.compile(r"(\d[\d,.]*\d|\d)\s+(?:[a-z-]+\s+)?([a-z]{3,})")
"""A number and the word it counts ("5,000 hectares", "300 cargo ships" -> ships)."""

_PRESENT = re.compile(r"(?i)\b(?:is|are|remains?|has|have)\b(?!\s+(?:been|\w+ed)\b)")
"""A present-tense verb that is not the start of a past form ("has been", "have trained")."""

_PERSONAL = r"he|she|it|they|we|i|you"
_PRONOUN_START = re.compile(rf"(?i)^\W*(?:{_PERSONAL}|this|that|these|those)\b")
_PERSONAL_START = re.compile(rf"(?i)^\W*(?:{_PERSONAL})\b")
"""A sentence opening on a personal pronoun, whose referent the sentence before it names
("He said ..."); not a demonstrative, which most often opens a noun ("That well reached
the shaft on Thursday")."""


_Day = date
"""A calendar day, for the fields of ``Report``, whose ``date`` field hides the class."""


@dataclass(frozen=True, slots=True)
class Report:
    """A sentence of an article, read for what happened and when.

    ``date`` is the date its main clause gives (None: it gives none), ``said`` whether that
    date is the date of saying, ``passing`` the dates it mentions in other clauses.
    ``source`` keys its text (``Provenance.source_key``): salience reads how many articles
    tell an event, since an outlet that reports it again counts it among its news.
    ``outlet`` keys who answers for it (``Provenance.outlet_key``): an entry's count of
    independent sources, the newsrooms a reader sees behind it. ``overnight``: its page was
    stamped in the small hours (``_overnight``). ``filed``: the day its article's wire
    dateline gives ("WARSAW, February 26 (Xinhua) --"), if it gives one (``_filed``).
    """

    sentence: Sentence
    position: int
    source: str
    outlet: str
    words: frozenset[str]
    published: date | None
    date: str | None = None
    expression: str | None = None
    said: bool = False
    passing: tuple[tuple[str, str], ...] = ()
    future: bool = False
    planned: bool = False
    quote: bool = False
    figures: tuple[tuple[str, str], ...] = ()
    headline: bool = False
    overnight: bool = False
    filed: _Day | None = None
    timed: bool = False
    """Whether the sentence names a time of its own ("last week", "on Oct. 5", "next
    month"), whichever clause it dates."""


def reports_of(document: Document, provenance: Provenance | None) -> list[Report]:
    """The readable sentences at the top of an article, each dated by its main clause."""
    published = document.article.published
    sentences = document.sentences[:MAX_SENTENCES]
    expressions = _by_sentence(sentences, document.time_expressions)
    reports: list[Report] = []
    past = 0  # dated sentences well before the news, less those near it (``_narrative``)
    headline = _headline_only(document.article)
    overnight: bool | None = None  # read off the page's head once its lead is found
    filed: date | None = None
    stray = stray_opening(document.sentences)
    printed: set[str] = set()
    anchors: list[str] = []  # days written out so far (``_early_page_weekday``)
    for raw in sentences:
        sentence = without_dateline(raw, document.article.text)
        if not reports and filed is None and sentence.start > raw.start:
            cut = raw.text[: sentence.start - raw.start]
            filed = _filed(cut, expressions.get(raw.index, ()), sentence.start, published)
        if sentence.cut or not (headline or readable(sentence.text)) or is_furniture(sentence.text):
            continue
        if raw is stray:
            continue  # a promotion for another page scraped above the article
        key = passage_key(sentence.text)
        if key in printed:
            continue  # printed again by the page (a caption above the text repeats its lead)
        printed.add(key)
        # a page's stamp cut off the sentence ("Last updated at 08:14 GMT, Tuesday, 8
        # November 2011") dates the page, not what the sentence tells
        told = [e for e in expressions.get(raw.index, ()) if e.start >= sentence.start]
        anchors.extend(
            value
            for e in told
            if _WRITTEN_DAY.search(e.text) and len(value := calendar_value(e.value) or "") == 10
        )
        dated, passing = _dates(raw, told, published, anchors)
        main: tuple[str, str | None, bool] | None = dated
        if main is None and not told and reports and past > 0:
            main = _carried(_narrated(reports), raw, sentence.text)
        if main is None and not told and reports:
            main = _continued(reports[-1], raw, sentence.text)
        if overnight is None:
            overnight = _overnight(document, sentence.start)
        source = provenance.source_key(raw.article_id, raw.text) if provenance else raw.article_id
        reports.append(
            Report(
                sentence=sentence,
                position=len(reports),
                source=source,
                outlet=provenance.outlet_key(source) if provenance else source,
                words=content_words(sentence.text),
                published=published,
                date=main[0] if main else None,
                expression=main[1] if main else None,
                said=main[2] if main else False,
                passing=tuple(passing),
                future=_FUTURE.search(sentence.text) is not None,
                planned=_planned(sentence.text, told, published),
                quote=QUOTE_OPENING.match(sentence.text) is not None,
                figures=tuple(_FIGURE.findall(sentence.text)),
                headline=headline,
                overnight=overnight,
                filed=filed,
                timed=bool(told),
            )
        )
        past += _narrative(reports[-1])
    return reports


_CLOCK_TIME = re.compile(r"\d[:.]\d\d(?![.:/]?\d)")
"""A clock time ("06:28", "4.37"), not a date written in figures ("13.03.2012")."""


def _filed(
    cut: str, expressions: Iterable[TimeExpression], lead: int, published: date | None
) -> date | None:
    """The day a wire dateline cut off before the lead (``cut``; the lead starts at ``lead``)
    gives: the day the story was filed ("WARSAW, February 26 (Xinhua) --" on a page dated
    the 27th, as an agency's copy reaches a paper in a later time zone). Only a day a few
    days before publication at most (``NEWS_DAY_REACH``), and not a page's time stamp ("Last
    updated at 06:28 GMT, Monday"), which dates the page rather than the news (a page stamped
    overnight tells the day before's, ``_overnight``)."""
    if published is None or _CLOCK_TIME.search(cut):
        return None
    for expression in expressions:
        value = calendar_value(expression.value) if expression.type == "DATE" else None
        if expression.end <= lead and value is not None and len(value) == 10:
            day = date.fromisoformat(value)
            if published - timedelta(days=NEWS_DAY_REACH) <= day <= published:
                return day
    return None


DAWN = 8
"""Hour of a page's time stamp before which it was written overnight (``_overnight``)."""

_PAGE_CLOCK = re.compile(
    r"(?:\b[Uu]pdated\s*(?:at|:)?\s*|(?<![\d.:,]))(?P<hour>\d{1,2})[:.][0-5]\d(?![\d.:])\s*"
    r"(?:(?P<half>[AaPp])\.?[Mm]\b\.?\s*)?(?P<zone>(?:GMT|BST|UTC|[ECMP][SD]?T|[A-Z]ST)\b)?"
)
"""A clock time in the head of a page: its stamp ("Last updated at 06:28", "Sat Apr 25, 2009
12:51 am BST", "Thursday 28 April 2005 12.48 BST")."""

_HEAD = 200
"""Characters at the top of a page its time stamp is looked for in."""

_STAMP_DAY = 40
"""Characters after a stamp's clock time the day it names may follow in."""


def _overnight(document: Document, lead: int) -> bool:
    """Whether a page's own time stamp (said to be one by "updated", a zone or a half of the
    day, in the head of the page before its lead starts at ``lead``, never a clock time the
    news itself gives) puts it before ``DAWN`` of its publication day: a page written
    overnight tells the day before's news, what happened in the afternoon and evening of
    places west of its clock or after its last edition, so a happening it gives no date is
    of that day, not of the day it is stamped. A stamp that names another day than the
    page's ("1:38 a.m. Monday, Libya time" on Sunday's page) is the clock of another
    place."""
    published = document.article.published
    if published is None:
        return False
    text = document.article.text
    for match in _PAGE_CLOCK.finditer(text[: min(lead, _HEAD)]):
        said = match.group(0).lower().startswith("updated")
        if not (said or match.group("zone") or match.group("half")):
            continue
        hour = int(match.group("hour"))
        if match.group("half"):
            if hour > 12:
                continue
            hour = hour % 12 + (12 if match.group("half").lower() == "p" else 0)
        named = {
            value[:10]
            for e in document.time_expressions
            if e.type in _DATED_TYPES
            and match.start() <= e.start <= match.end() + _STAMP_DAY
            and (value := calendar_value(e.value)) is not None
            and len(value) >= 10
        }
        return hour < DAWN and named <= {published.isoformat()}
    return False


def _headline_only(article: Article) -> bool:
    """Whether an article is only its headline (a feed item, a headline list's record): then
    the headline is its report, read as headlines are written, without a full stop."""
    return article.title is not None and article.text.strip() == article.title.strip()


_REPORTED = re.compile(
    r"(?i)\b(?:said|says|saying|told|tells|according|added|announced|reported|denied|denies)\b"
)
_OTHER_TIME = re.compile(
    r"(?i)^\W*(?:before|after|following|since|until|when|while|once|earlier|later|previously)\b"
    r"|\b(?:ever\s+since|since\s+then)\b"
    r"|\b(?:had|has|have|\w+'s|\w+'ve)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en)\b"
)
"""What moves a sentence off the narrative's time: an opening "Before ...", "Following ...", a
past perfect ("had been a key partner"), which tells what came before it, or a present
perfect or "ever since", which tells what has held from then until now."""


def _narrative(report: Report) -> int:
    """What a report says of whether its article tells the past more than its news: 1 when
    it is dated well before publication, -1 when dated near it, 0 undated. An article whose
    reports so far sum above 0 is a narrative (a feature retelling November in December)."""
    if report.date is None or report.published is None:
        return 0
    old = span(report.date)[1] < report.published - timedelta(days=NEWS_DAY_REACH)
    return 1 if old else -1


def _narrated(reports: Sequence[Report]) -> Report:
    """The report an undated sentence may take its narrative's time from (``_carried``): the
    one before it, or the one before that across an aside that names no time. A narrative
    goes on past one line of comment, background or what someone said ("Surgeons operated
    on him. Dauer is 65 years old. Doctors gave him a 3 percent chance."); two in a row end
    it."""
    previous = reports[-1]
    if previous.date is None and not previous.passing and len(reports) > 1:
        return reports[-2]
    return previous


def _carried(previous: Report, raw: Sentence, text: str) -> tuple[str, str | None, bool] | None:
    """The date an undated sentence takes from the one before it (or before an aside,
    ``_narrated``) when both tell a story of the past: a narrative ("Dauer slipped on a
    wet floor in November. He hit his head.") keeps its time until a sentence names
    another. Only dates well before the article's news carry (an undated sentence of the
    day's news is its news day's anyway), only into a sentence told in the past, never into
    a report of what someone says now nor into one that places itself at another time
    (``_OTHER_TIME``). The caller asks only for a sentence that names no time of its own,
    in an article that tells the past more than its news (``_narrative``): news that
    mentions last month's deal goes on with the news."""
    if (
        previous.date is None
        or previous.published is None
        or raw.index - previous.sentence.index > 2
        or previous.quote
        or span(previous.date)[1] >= previous.published - timedelta(days=NEWS_DAY_REACH)
        or not _eventive(text)
        or _REPORTED.search(text)
        or _OTHER_TIME.search(text)
        or QUOTE_OPENING.match(text)
    ):
        return None
    return previous.date, None, False


_THE_THING = re.compile(r"^(?:The|This|That)\s+([a-z]{4,})\b")
"""A sentence opening on a thing named as known ("The statement warned ..."): the one the
sentence before it told of. Not a quotation's opening: a speaker's "the" is his own."""


_SPEAKER = re.compile(
    rf"\b{_SPEECH}\s+(?P<after>[A-Z][a-z]+)\b|\b(?P<before>[A-Z][a-z]+)\s+{_SPEECH}\b"
)
"""A name right beside a verb of saying: who says it ("Allen said", "said Allen")."""


def _speakers(text: str) -> set[str]:
    """The names a sentence gives as saying something."""
    return {m.group("after") or m.group("before") for m in _SPEAKER.finditer(text)}


def _continued(previous: Report, raw: Sentence, text: str) -> tuple[str, str | None, bool] | None:
    """The date an undated sentence takes from the one right before it when it goes on
    telling the same thing: it opens on a thing that sentence named and dated to the day
    as known ("... the release of a statement earlier Sunday by Amnesty International. The
    statement warned ..."), or it goes on quoting someone that sentence dated saying
    something ("Allen said Friday that ... '...,' Allen said."): the same statement."""
    if (
        previous.date is None
        or len(previous.date) != 10
        or raw.index - previous.sentence.index != 1
    ):
        return None
    thing = _THE_THING.match(text)
    if thing is not None and re.search(
        rf"(?i)\b(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?{thing.group(1)}\b",
        previous.sentence.text,
    ):
        return previous.date, None, previous.said
    if previous.said and _speakers(text) & _speakers(previous.sentence.text):
        return previous.date, None, True
    return None


def _by_sentence(
    sentences: Sequence[Sentence], expressions: Iterable[TimeExpression]
) -> dict[int, list[TimeExpression]]:
    """The dated expressions of each sentence (by index), in text order."""
    starts = [s.start for s in sentences]
    found: dict[int, list[TimeExpression]] = defaultdict(list)
    for expression in sorted(expressions, key=lambda e: e.start):
        if expression.type not in _DATED_TYPES:
            continue
        i = int(np.searchsorted(starts, expression.start, side="right")) - 1
        if 0 <= i < len(sentences) and expression.start < sentences[i].end:
            found[sentences[i].index].append(expression)
    return found


def _dates(
    sentence: Sentence,
    expressions: Iterable[TimeExpression],
    published: date | None,
    anchors: Sequence[str] = (),
) -> tuple[tuple[str, str, bool] | None, list[tuple[str, str]]]:
    """The main clause's date (value, expression, whether it dates a saying) and the dates
    mentioned in passing. "South Korea said Friday that on Nov. 24 it seized a ship" reports
    the seizure: a date of saying gives way to a later date of what was said. ``anchors``
    are the days the article writes out up to and including the sentence."""
    readings = _readings(sentence, expressions, published, anchors)
    main_clause = [r for r in readings if not r[2]]
    chosen = main_clause[0] if main_clause else None
    if chosen is not None and chosen[3]:
        chosen = next((r for r in main_clause[1:] if not r[3]), chosen)
    passing = [(r[0], r[1]) for r in readings if chosen is None or r[1] != chosen[1]]
    return ((chosen[0], chosen[1], chosen[3]) if chosen else None), passing


def _readings(
    sentence: Sentence,
    expressions: Iterable[TimeExpression],
    published: date | None,
    anchors: Sequence[str] = (),
) -> list[tuple[str, str, bool, bool]]:
    """Each calendar date a sentence gives: value, expression, whether it belongs to a
    clause other than the main one, whether it dates a saying. The end of a range ("from
    2010 to 2014") belongs where its start does. A date set beside another between commas
    that names its day outright ("The next day, Jan. 28, he disappeared") tells which day
    the other means: it takes the other's place, whose reading against the page's day
    (the day after the page's, not after the day the story told before) is dropped."""
    found: list[tuple[str, str, bool, bool]] = []
    previous: tuple[int, bool] | None = None
    for expression in expressions:
        value = calendar_value(expression.value) or _week_date(expression.value)
        if value is None:
            continue
        if expression.type == "TIME" and not _DAY_CUE.search(expression.text):
            continue  # a clock time takes its day from the reference, not from the text
        before = sentence.text[: max(0, expression.start - sentence.start)]
        after = sentence.text[expression.end - sentence.start :]
        if published is not None:
            if _early_page_weekday(value, expression.text, before, after, published, anchors):
                value = (published + timedelta(days=1)).isoformat()
            first, last = span(value)
            if len(value) < 10 and first <= published <= last:
                continue  # "this year", "this month": says nothing about the day
            ahead = first - published
            if ahead > timedelta(days=_ahead(sentence.text)) and not (
                len(value) == 10 and _appointed(sentence.text, before, expression.text, ahead)
            ):
                continue  # a plan, not a happening
        said = bool(_SAID_BEFORE.search(before) or _SAID_AFTER.match(after))
        if previous is not None and _RANGE_END.match(
            sentence.text, previous[0], expression.start - sentence.start
        ):
            passing = previous[1]
        elif (
            previous is not None
            and found
            and _APPOSED.fullmatch(sentence.text, previous[0], expression.start - sentence.start)
            and _OUTRIGHT.search(expression.text)
            and not _OUTRIGHT.search(found[-1][1])
            and _APPOSED.match(after)
        ):
            passing = found.pop()[2]
        else:
            passing = _in_passing(before, expression.text, after)
        previous = (expression.end - sentence.start, passing)
        found.append((value, expression.text, passing, said))
    return found


_APPOSED = re.compile(r"\s*,\s*")
"""The commas around a date set beside another ("The next day, Jan. 28, he ...")."""

_OUTRIGHT = re.compile(rf"\d|\b{MONTH_STEM}", re.IGNORECASE)
"""A date's words that name its day or month outright, not relative to the page's day."""


_RANGE_END = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*$")
"""What joins a range's start to its end ("from 2010 to 2014", "March 3-9")."""


def _in_passing(before: str, expression: str, after: str) -> bool:
    """Whether a date belongs to something the sentence mentions in passing, not to its main
    clause: a clause of its own, a quotation, a thing named by its day, an aside, or the
    subject of a present perfect."""
    return (
        _subordinate(before)
        or _quoted(before)
        or _named_thing(before, expression, after)
        or _participle_aside(before, after)
        or _subject_state(before, after)
    )


_WEEK_BACK_BEFORE = re.compile(
    r"(?i)\b(?:(?:last|past|previous|a\s+week\s+ago)\s+$|last\s+week\b)"
)
_WEEK_BACK_IN = re.compile(r"(?i)\b(?:last|past|previous)\b")
_WEEK_BACK_AFTER = re.compile(
    r"(?i)^\s*+(?:['’]s\b|,?\s*+(?:(?:of\s+)?last\s+week\b|before\s+last\b|a\s+week\b(?!-)))"
)
"""Words around a weekday that place it in the week before ("last Friday", "this past
Friday", "Friday last week", "Last week, on Friday", "a week ago Friday", "on Friday, a week
ago"), or make it a thing named by its day ("Friday's blast"), which has mostly happened."""
_WRITTEN_DAY = re.compile(
    rf"(?i)\b{MONTH_STEM}|\d{{4}}-\d{{2}}-\d{{2}}|\b\d{{1,2}}(?:st|nd|rd|th)\b"
)
"""Words that write a day out: a month, an ISO date, an ordinal ("Friday, Jan. 8", "Friday
the 8th"), not a clock time ("Friday at 9:30 a.m.")."""


def _early_page_weekday(
    value: str,
    expression: str,
    before: str,
    after: str,
    published: date,
    anchors: Sequence[str],
) -> bool:
    """Whether a bare weekday of the main clause, read as six days before its page's date,
    is the day after it: a page dated a day early (a live page begun the day before, news
    from a time zone ahead) tells "Crews started pumping cement Friday" of the Friday after
    its Thursday date; of the dev sentences naming such a weekday that tell a key event, 19
    tell it on the day after and one six days before. The week before stands where the text
    says so ("last Friday", "Friday last week", a day written out, "Friday, Jan. 8"), where
    the weekday names a thing ("Friday's blast", "the Friday blast") or belongs to a clause
    mentioned in passing ("since Friday"), and where the article, this sentence included,
    writes out a day of that week ("On Monday, Jan. 4, the well blew out. On Friday, ...":
    ``anchors``)."""
    if value != (published - timedelta(days=6)).isoformat():
        return False
    week = (published - timedelta(days=12)).isoformat()
    return (
        _WEEKDAY_NAMED.search(expression) is not None
        and not _WEEK_BACK_BEFORE.search(before)
        and not _WEEK_BACK_IN.search(expression)
        and not _WEEK_BACK_AFTER.match(after)
        and not _in_passing(before, expression, after)
        and not (_DETERMINER_END.search(before) and _NOUN_AFTER.match(after))
        and not any(week <= anchor <= value for anchor in anchors)
    )


APPOINTED_REACH = 35
"""Days after publication a day named by its month may lie and still be a fixed appointment
the story tells (``_appointed``): a month's sky guide, a sentencing set for three weeks on."""

_MONTH_DAY = re.compile(
    rf"(?i)\b{MONTH_STEM}[a-z]*\.?\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_STEM}"
)
"""A day named by its month ("Jan. 31", "29 November"), not a weekday or "next week"."""

_WEEKDAY_NAMED = re.compile(rf"(?i)\b{WEEKDAY}")
WEEKDAY_REACH = 5
"""Days after publication a day named by its weekday may lie and be a fixed appointment ("On
Wednesday he will meet BP's chief executive"). A weekday six days ahead is as likely the day
before a page dated a day late ("On Monday night, the full moon will reach its perigee"
printed on a Tuesday): it stays a plan, of its page's day."""

_LIMIT_BEFORE = re.compile(
    r"(?i)\b(?:between|by|until|till|before(?!\s+" + _TIME_OF_DAY + r")"
    r"|as\s+(?:early|soon)\s+as|no\s+later\s+than)\s+(?:[\w'`]+\s+){0,2}$"
)
"""Words before a date that make it a bound or an estimate ("somewhere between August 14th
and 15th", "by Sept. 1"), not the day something is set for."""


_COMMITTED = re.compile(
    r"(?i)\b(?:promis|vow|pledg|warn|insist|confirm|agree|decide)(?:e|es|ed|s|d)?\b"
)
"""Verbs by which someone commits to what follows ("the union promised the strike will go
ahead"): a date before them is the day of the commitment, not of what it promises."""


def _appointed(text: str, before: str, expression: str, ahead: timedelta) -> bool:
    """Whether a date ``ahead`` of publication is the day of a fixed appointment the sentence
    tells, an event of the story on that day: the sentence names the day by its month
    ("the lunar cycle brings a second full moon Jan. 31", "Many of them will be back on 29
    November when Murray is sentenced") within ``APPOINTED_REACH`` days, or by its weekday
    within ``WEEKDAY_REACH`` in a sentence told in the future ("On Wednesday he will meet
    BP's chief executive"; a caption's "Firefighters battle a blaze on Wednesday" is no
    timetable); the sentence tells what is to come, not a past happening ("September 11
    deepened ...": another year's day), and nothing before the date makes it another
    thing's: no past act told first ("Seoul responded with an offer to hold talks on
    January 9": the news is the offer), no report of what someone said ("has said elections
    due on 28 February will be postponed"), nor a saying or a commitment in the words that
    lead from the date to a plan told after it ("At a news conference Monday, the coach said
    he will retire", "On Thursday, the union promised the strike will go ahead": the day is
    theirs), no clause of its own ("Dudley, who will take over on October 1, told
    analysts"), no bound or estimate (``_LIMIT_BEFORE``), and it is no line of a
    chronology, whose days lack their year. Such a day is the appointment's, where a plan
    told otherwise stays its sentence's page's news (``_ahead``)."""
    future = any(m.group() != "May" for m in _FUTURE.finditer(text))  # not the month
    named = (
        _MONTH_DAY.search(expression) is not None and ahead <= timedelta(days=APPOINTED_REACH)
    ) or (
        _WEEKDAY_NAMED.search(expression) is not None
        and ahead <= timedelta(days=WEEKDAY_REACH)
        and future
    )
    after = text[len(before) + len(expression) :]
    plan = _FUTURE.search(after) if _FUTURE.search(before) is None else None
    lead_in = after[: plan.start()].split(",")[-1] if plan is not None else ""
    return (
        named
        and (future or not _eventive(text))
        and not _eventive(before)
        and not _REPORTED.search(before)
        and not _REPORTED.search(lead_in)
        and not _COMMITTED.search(lead_in)
        and not _opens_clause(before)
        and not _LIMIT_BEFORE.search(before)
        and not _CHRONOLOGY.match(text)
    )


def _opens_clause(before: str) -> bool:
    """Whether a clause other than the main one is open where ``before`` ends: a word that
    opens one ("who", "which", "when"), with no comma after it."""
    opener = max(_SUBORDINATE.finditer(before), key=lambda m: m.start(), default=None)
    return opener is not None and "," not in before[opener.end() :]


def _quoted(before: str) -> bool:
    """Whether a date lies inside a quotation the sentence opens with: the speaker's
    account, told in passing, where the sentence's news is that it was said ("“Last night
    we received devastating new information,” he said." reports what he says)."""
    return QUOTE_OPENING.match(before) is not None and in_quotation(before)


_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


def _week_date(value: str) -> str | None:
    """The date a week's or a weekend's value dates a happening by. A weekend ("2011-W45-WE")
    is its Saturday, the day it starts, as "over the weekend" on a Tuesday page tells the
    Saturday or Sunday before it and a timeline places entries on days. A week ("last week",
    "2017-W52") is the month it lies in: "Last week, the store made headlines" on a January
    page tells of December, not of the page's day; a week across two months gives none."""
    found = _WEEK.fullmatch(value)
    if found is None:
        return None
    year, week = int(found.group(1)), int(found.group(2))
    try:
        if found.group(3):
            return date.fromisocalendar(year, week, 6).isoformat()
        first, last = date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    except ValueError:
        return None
    return f"{first:%Y-%m}" if (first.year, first.month) == (last.year, last.month) else None


def _planned(text: str, expressions: Iterable[TimeExpression], published: date | None) -> bool:
    """Whether a sentence names a day later than a happening it tells may lie (``_ahead``):
    a plan, whose date is not the day it tells."""
    if published is None:
        return False
    last = published + timedelta(days=_ahead(text))
    return any(
        (value := calendar_value(e.value) or _week_date(e.value)) is not None
        and span(value)[0] > last
        for e in expressions
    )


def _ahead(text: str) -> int:
    """Days after publication a date may lie and still be a happening: one for a sentence
    told in the past tense, as news from a time zone ahead of the outlet's ("Kim's New
    Year's Day speech" printed in New York on Dec. 31); none for a plan or a state."""
    return int(_FUTURE.search(text) is None and _eventive(text))


def _named_thing(before: str, expression: str, after: str) -> bool:
    """Whether a date (``expression``) names a thing the clause's verb, told before it, only
    mentions (``_DETERMINER_BEFORE``, ``_NOUN_AFTER``). The sentence's first word is not
    read as that verb: "Armed survivors of the March 2 floods" have no verb yet."""
    determiner = _DETERMINER_BEFORE.search(before)
    if determiner is None:
        return False
    if _YEAR_END.search(expression) and after.lstrip().startswith(","):
        after = after.lstrip()[1:]  # "the Aug. 7, 1998, bombings"
    return (
        _NOUN_AFTER.match(after) is not None
        and _FINITE.search(before, 1, determiner.start()) is not None
    )


def _subject_state(before: str, after: str) -> bool:
    """Whether a date names the subject of a present perfect, no verb before it: "Tuesday 's
    earthquake has left 50,000 dead", printed on Friday, tells the toll as it stands on the
    day of the report, so the earthquake's day is mentioned in passing and the sentence is
    news of its article's day. The date owns the noun ("Tuesday 's") or follows its
    determiner ("The Aug. 7 bombings have killed"), and no relative word, past form or
    common present verb comes between them ("Tuesday 's storm that has left 40 dead also
    destroyed 200 homes", "Tuesday 's poll showed support has fallen" and "Tuesday 's poll
    shows support has fallen" keep Tuesday, as does "Tuesday 's earthquake killed 12")."""
    state = _STATE_AFTER.match(after)
    return (
        state is not None
        and (state.group("owner") is not None or _DETERMINER_END.search(before) is not None)
        and _FINITE.search(before) is None
        and _NOUN_VERB.search(state.group("noun")) is None
        and _PRESENT_VERB.search(state.group("noun")) is None
    )


def _subordinate(before: str) -> bool:
    """Whether a date that ``before`` leads up to is the date of something mentioned in
    passing: governed by "since", "after", "founded in"; inside a clause opened by "which",
    "that", or "since" and a verb (finite, or in "-ing" right after it), with no comma after;
    in brackets. The clause may open further back after a present perfect ("has apologized
    to two players who were kicked off a plane in Dallas on Christmas Eve"), which no past
    day can date."""
    if (
        _GOVERNED.search(before)
        or _GOVERNED_THING.search(before)
        or _COMPARED.search(before)
        or _OWNED_DAY.search(before)
    ):
        return True
    words = list(re.finditer(r"\S+", before))
    tail_start = words[-_WORDS_BACK].start() if len(words) >= _WORDS_BACK else 0
    perfect = _PERFECT.search(before)
    if (
        perfect is not None
        and perfect.end() < tail_start
        and not _SUBORDINATE.search(before, 0, perfect.start())
    ):
        tail_start = perfect.end()  # the main clause's perfect, not one of a clause before it
    opener = max(
        (m for m in _SUBORDINATE.finditer(before) if m.start() >= tail_start),
        key=lambda m: m.start(),
        default=None,
    )
    if (
        opener is not None
        and "," not in before[opener.end() :]
        and not _resumed(before[opener.end() :])
        and not _SPEECH_THAT.search(before[: opener.end()])
        and (
            opener.group().lower() not in _CONJUNCTIONS
            or _FINITE.search(before[opener.end() :]) is not None
            or _GERUND.match(before[opener.end() :]) is not None
        )
    ):
        return True
    return "(" in before and ")" not in before[before.rfind("(") :]


_VERB = rf"{_AUXILIARY}|{_PAST_FORM}"
_VERB_GROUP = re.compile(rf"(?i)(?:{_VERB})(?:\s+(?:(?:not|\w+ly)\s+)*(?:{_VERB}))*")
"""A verb told in a finite form, with its auxiliaries ("were kicked", "has not been seen")."""
_PARTICIPLES = (
    "taken given written chosen driven shaken stolen broken spoken seen known shown drawn "
    "thrown grown hidden beaten fallen frozen risen sworn torn begun sunk cut put set hurt"
).split()
"""Past participles that are not in the list of irregular past forms ("taken", "cut")."""
_STATE_AFTER = re.compile(
    r"(?i)^(?:\s*+(?P<owner>['’]s))?\s++(?P<noun>(?:(?!(?:that|which|who|whom|whose|where|"
    r"when|and|or|but)\b)[a-z][\w-]*\s+){1,3})(?:has|have)\s+(?:(?:already|so\s+far|since|"
    rf"also|still|just|not|yet|now|\w+ly)\s+)*(?:been\s+)?(?:{_PAST_FORM}|"
    rf"{'|'.join(_PARTICIPLES)})\b"
)
"""A date's noun and a verb in the present perfect after it ("'s earthquake has left", "'s
Orla quake has already killed"): the date names the thing the clause is about, and the verb
tells how things stand since."""
_DETERMINER_END = re.compile(r"(?i)\b(?:the|a|an|this)\s+$")
"""A determiner right before a date that names a thing ("The Aug. 7 bombings")."""
_PRESENT_VERB = re.compile(
    r"(?i)\b(?:is|are|says|shows|means|finds|suggests|indicates|reveals|confirms|puts|leaves|"
    r"makes|sees|gives)\b"
)
"""Present forms a day's noun phrase may run into ("Tuesday's poll shows support has
fallen"): a verb of its own, so the perfect after it is another clause's."""
_NOUN_VERB = re.compile(rf"(?i)(?<!-){_PAST_FORM}")
"""A past form in a day's noun phrase that is a verb of its own, not part of a hyphenated
word ("Tuesday's Saudi-led airstrikes have killed")."""
_ASIDE_OPENS = re.compile(
    rf"(?i),\s*(?:\w+ly\s+)?(?!(?:was|were|had|did)\b)"
    rf"(?:{_PAST_FORM}|(?:{'|'.join(_PARTICIPLES)})\b)\s"
)
"""A comma and a participle after it, opening an aside ("built in", "cut by", "taken over"):
not an auxiliary, which is the main clause's own."""
_ASIDE_CLOSES = re.compile(rf"(?i)^[^,;]{{0,60}},\s*(?:\w+ly\s+)?(?:{_VERB})(?!\s+(?:by|with)\b)")
"""The comma closing an aside and the main clause's verb after it ("..., was restored"), not
another participle heading a phrase ("..., followed by", "..., charged with")."""


def _participle_aside(before: str, after: str) -> bool:
    """Whether a date lies in an aside set between a sentence's subject and its verb by
    commas, opened by a participle ("The hotline, cut by Pyongyang in 2016, was restored on
    Wednesday"): the time of the aside's doing, not of the main clause, whose verb comes
    after the aside closes. No verb comes before the aside (it sits in the subject, after
    a dateline or an age: "The driver, 32, arrested at the scene on Monday, was released"),
    none inside it before the date ("armed police raided a farm on Tuesday" is a clause),
    and what follows its closing comma is the main verb, not a phrase of the clause's own
    ("struck on Monday, followed by aftershocks")."""
    opens = _ASIDE_OPENS.match(before, max(before.rfind(","), 0))
    return (
        opens is not None
        and _VERB_GROUP.search(before, 0, opens.start()) is None
        and _VERB_GROUP.search(before, opens.end()) is None
        and _ASIDE_CLOSES.match(after) is not None
    )


_BY_AFTER = re.compile(r"\s+by\b")
_JOINED = re.compile(r"(?i)\b(?:and|or|but)\s+(?:\w+ly\s+)?$")


def _resumed(clause: str) -> bool:
    """Whether the main clause goes on after a clause opened before a date: a second verb
    follows the opened clause's own, not joined to it by "and" ("the man who shot him was
    arrested on Monday": the arrest's day), where "who were kicked off a plane on Sunday"
    or "who fled and were caught on Monday" stay in the opened clause, as does a participle
    before "by" ("who were kicked off a plane operated by Envoy on Sunday")."""
    groups = list(_VERB_GROUP.finditer(clause))
    return any(
        not _JOINED.search(clause, 0, m.start())
        and not (" " not in m.group() and _BY_AFTER.match(clause, m.end()))
        for m in groups[1:]
    )


def news_day(reports: Sequence[Report]) -> date | None:
    """The day an article's news happened: the latest day its lead dates within a few days
    before publication (a lead that tells Saturday's work and Sunday's all-clear reports
    Sunday's news; the earlier day is how it came about), or the day after publication that
    a happening told in the past may lie on (news from a time zone ahead of the outlet's,
    see ``_ahead``), else the day its wire dateline gives (``_filed``), else the publication
    day, or the day before it for a page stamped overnight (``_overnight``)."""
    if not reports or reports[0].published is None:
        return None
    published = reports[0].published
    days: list[date] = []
    for report in reports[:LEAD]:
        if report.date is not None and len(report.date) == 10:
            day = date.fromisoformat(report.date)
            latest = published + timedelta(days=_ahead(report.sentence.text))
            if published - timedelta(days=NEWS_DAY_REACH) <= day <= latest:
                days.append(day)
    if days:
        return max(days)
    if reports[0].filed is not None:
        return reports[0].filed
    return published - timedelta(days=1) if reports[0].overnight else published


def told_on(report: Report, newsdays: dict[str, date | None]) -> date | None:
    """The day an undated report tells: its article's news day, except that a plan printed
    beside news from the day after publication (a time zone ahead) is of the day it was
    printed ("ministers meet on New Year's Day" in the paper of Dec. 31)."""
    day = newsdays.get(report.sentence.article_id)
    if day is not None and report.published is not None and day > report.published:
        return report.published if report.planned else day
    return day


Vector = dict[str, float]


class _TermIndex:
    """Items by their rarest words (``terms`` of them; None: every word), to find the few a
    sentence may be close to without comparing it with all of them."""

    def __init__(self, idf: dict[str, float], terms: int | None = KEY_TERMS) -> None:
        self.idf = idf
        self.terms = terms
        self.postings: dict[str, list[int]] = defaultdict(list)

    def _keys(self, words: Iterable[str]) -> list[str]:
        return sorted(words, key=lambda w: (-self.idf.get(w, 0.0), w))[: self.terms]

    def add(self, item: int, words: Iterable[str]) -> None:
        for word in self._keys(words):
            postings = self.postings[word]
            if not postings or postings[-1] != item:
                postings.append(item)
                if len(postings) > 2 * POSTINGS:
                    del postings[:-POSTINGS]

    def near(self, words: Iterable[str]) -> set[int]:
        return {
            item for word in self._keys(words) for item in self.postings.get(word, ())[-POSTINGS:]
        }


def _idf(reports: Sequence[Report]) -> dict[str, float]:
    """Inverse frequency of each word among the story's sentences: words every sentence of
    the story uses do not tell its events apart."""
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report.words)
    n = len(reports) + 1 + IDF_PRIOR
    return {word: math.log(n / (count + 0.5)) for word, count in counts.items()}


def _vector(words: Iterable[str], idf: dict[str, float]) -> Vector:
    """A sentence's idf-weighted unit vector, its words in sorted order: every sum over it
    then adds in the same order in every process (a set of strings iterates in an order
    that changes with the process's hash seed, and so would the last bits of a cosine)."""
    weights = {word: idf.get(word, 0.0) for word in sorted(words)}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {word: w / norm for word, w in weights.items()}


def _meanings(reports: Sequence[Report]) -> np.ndarray | None:
    """The reports' sentence vectors, one row each, for a story small enough
    (``MEANING_LIMIT``) when the optional encoder is installed; else None."""
    if len(reports) > MEANING_LIMIT:
        return None
    encoder = embedding.encoder()
    if encoder is None:
        return None
    return encoder.encode([r.sentence.text for r in reports])


def _meaning(cosines: np.ndarray) -> np.ndarray:
    """Sentence-vector cosines as closeness from 0 to 1 (``MEANING_FLOOR``)."""
    return np.clip((cosines - MEANING_FLOOR) / (1.0 - MEANING_FLOOR), 0.0, 1.0)


def _cos(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(word, 0.0) for word, w in a.items())


@dataclass(slots=True)
class _Group:
    """The reports of one event as they are grouped, with what joining it is judged by."""

    reports: list[Report] = field(default_factory=list)
    vectors: list[Vector] = field(default_factory=list)
    weights: Vector = field(default_factory=dict)
    squares: float = 0.0
    dates: Counter[str] = field(default_factory=Counter)
    newsdays: list[date] = field(default_factory=list)
    mentions: list[Report] = field(default_factory=list)
    meanings: list[np.ndarray] = field(default_factory=list)
    meaning: np.ndarray | None = None
    """The sum of its reports' sentence vectors: a row of the matrix the grouping ranks
    events by meaning with (``_group``), None without the encoder."""
    details: set[int] = field(default_factory=set)
    """Reports (by id) that go on telling the report before them with no time of their
    own (``_goes_on``), quotations aside: they tell more of the event, not what it is, so
    they stay out of its centroid and its summary."""

    def add(
        self,
        report: Report,
        vector: Vector,
        newsday: date | None,
        meaning: np.ndarray | None,
        detail: bool = False,
    ) -> None:
        self.reports.append(report)
        self.vectors.append(vector)
        if meaning is not None and self.meaning is not None:
            self.meanings.append(meaning)
            if not detail:
                self.meaning += meaning
        if detail:
            self.details.add(id(report))
        else:
            for word, weight in vector.items():
                old = self.weights.get(word, 0.0)
                self.weights[word] = old + weight
                self.squares += 2 * old * weight + weight * weight
        if report.date is not None:
            self.dates[report.date] += 1
        elif newsday is not None:
            self.newsdays.append(newsday)

    def absorb(self, other: _Group, newsdays: dict[str, date | None]) -> None:
        """Takes in the reports of an event found to tell the same happening."""
        meanings: list[np.ndarray | None] = list(other.meanings) or [None] * len(other.reports)
        for report, vector, meaning in zip(other.reports, other.vectors, meanings, strict=True):
            detail = id(report) in other.details
            self.add(report, vector, told_on(report, newsdays), meaning, detail)

    def centroid(self, vector: Vector, meaning: np.ndarray | None = None) -> float:
        """Cosine with the centroid of the event's reports; with a sentence vector, the
        closeness in meaning with that centroid where it is higher."""
        words = 0.0
        if self.squares > 0:
            dot = sum(self.weights.get(word, 0.0) * w for word, w in vector.items())
            words = dot / math.sqrt(self.squares)
        if meaning is None or self.meaning is None or not self.meanings:
            return words
        norm = float(np.linalg.norm(self.meaning)) or 1.0
        return max(words, float(_meaning(self.meaning[None, :] @ meaning / norm)[0]))

    def closest(self, vector: Vector, meaning: np.ndarray | None = None) -> float:
        """Cosine with the event's closest report (its latest ones, at most ``POSTINGS``);
        with a sentence vector, the closeness in meaning with it where that is higher."""
        words = max((_cos(vector, v) for v in self.vectors[-POSTINGS:]), default=0.0)
        if meaning is None or self.meaning is None or not self.meanings:
            return words
        recent = np.array(self.meanings[-POSTINGS:])
        return max(words, float(_meaning(recent @ meaning).max()))

    def dated(self) -> str | None:
        """The date its reports' text gives it so far (their most common), if any."""
        return self.dates.most_common(1)[0][0] if self.dates else None

    def day(self) -> tuple[str | None, date, date] | None:
        """The event's date so far (its reports' most common text date, else the earliest
        news day of its undated reports), as the value and the days it covers."""
        value = self.dated()
        if value is not None:
            first, last = span(value)
            return value, first, last
        if self.newsdays:
            day = min(self.newsdays)
            return None, day, day
        return None


def _compatible(
    report: Report,
    newsday: date | None,
    group: _Group,
    vector: Vector,
    meaning: np.ndarray | None = None,
) -> bool:
    """Whether a report may tell the event of ``group``: close in words and dated alike.

    Dates are alike when they are the same or one holds the other. An undated report tells
    what happened up to its article's news day, within a few days; one that retells an older
    happening, or one dated a few days apart from the event, must be worded much like it:
    so must a statement dated by its saying ("investigators said Monday that strong winds
    caused the crash"), which is that day's news, not Sunday's crash told again.
    """
    sim = group.centroid(vector, meaning)
    if sim < JOIN_SAME_DAY:
        return False
    known = group.day()
    closest = group.closest(vector, meaning)
    if known is None:
        return sim >= JOIN and closest >= JOIN_PAIR
    best, first, last = known
    if report.date != best and _revised(report, group):
        return False
    same_day = report.date is not None and len(report.date) == 10 and report.date == best
    if same_day:
        return closest >= JOIN_SAME_DAY
    if sim < JOIN or closest < JOIN_PAIR:
        return False
    close = sim >= JOIN_ACROSS_DAYS and closest >= JOIN_ACROSS_DAYS
    if report.date is None:
        if newsday is None:
            return True
        if report.headline:  # a headline tells its day's news, no earlier happening
            return first <= newsday and last >= newsday - timedelta(days=1)
        if first > newsday + timedelta(days=1):
            return False
        return last >= newsday - timedelta(days=DAY_SLACK) or close
    if best is not None and (report.date.startswith(best) or best.startswith(report.date)):
        return True
    if len(report.date) < 10:
        return False
    gap = (date.fromisoformat(report.date) - first).days
    if best is None:
        return -DAY_SLACK <= gap <= 0 or (abs(gap) <= DAY_SLACK and close)
    return abs(gap) <= DAY_SLACK and close


def _revised(report: Report, group: _Group) -> bool:
    """Whether a report gives another figure for something the event counts ("about 5,000
    hectares" after "more than 2,000 hectares") on another day: a revision, a later state,
    not the same happening (on the same day it is a disagreement, and stays one event)."""
    counted = {noun: value for value, noun in report.figures}
    return any(
        counted.get(noun, value) != value
        for other in group.reports
        for value, noun in other.figures
    )


_SAYING = re.compile(rf"(?i)\b{_SPEECH}\b")


def _goes_on(previous: Report, report: Report, event: _Group) -> bool:
    """Whether a sentence that gives no date of its own goes on telling what the sentence
    right before it told, and so reports the same event (``event``: that sentence's, as
    grouped so far). Either an attributed quotation ("'We don't believe this is true,' Ghoga said"),
    the words of the statement or the reaction that sentence reports; or the paragraph
    that tells more of the happening the one before told: sharing a word with it when
    that happening is dated to its day ("Two people were pulled alive from the rubble on
    Friday. The woman, 84, was taken to the main hospital."), ``DETAIL_WORDS`` words when
    no text dates it ("South Korea has seized a vessel suspected of moving oil to the
    North. The vessel, the Lighthouse Winmore, was seized a month after ..."). Worded
    apart from it, either would start an event of its own, cited apart from the happening
    it tells of. A sentence opening on a pronoun is not joined on shared words: "He also
    ordered ..." often tells the next thing the same actor did; nor is one that names a
    time of its own, in passing, still to come or vague ("an offer to hold talks on March
    12", "last week about 1,200 people were moved out"): another happening's; nor a line
    of another source than the one before (a wire paragraph under a paper's own lead),
    which is told with its copies."""
    if (
        report.date is not None
        or report.headline
        or report.sentence.article_id != previous.sentence.article_id
        or report.sentence.index - previous.sentence.index != 1
    ):
        return False
    if report.quote and _SAYING.search(report.sentence.text) is not None:
        return True
    day = event.dated()
    shared = len(report.words & previous.words)
    return (
        shared >= (1 if day is not None and len(day) == 10 else DETAIL_WORDS)
        and report.source == previous.source
        and not report.timed
        and _PRONOUN_START.match(report.sentence.text) is None
    )


def _closest(
    report: Report,
    newsday: date | None,
    vector: Vector,
    meaning: np.ndarray | None,
    groups: list[_Group],
    index: _TermIndex,
    sums: np.ndarray,
) -> int | None:
    """The closest event (its index in ``groups``) a report is compatible with, among those
    sharing its words (``index``) and, with sentence vectors, the closest in meaning (rows of
    ``sums``); None when there is none."""
    near = index.near(report.words)
    if meaning is not None and groups:
        norms = np.linalg.norm(sums[: len(groups)], axis=1)
        closeness = sums[: len(groups)] @ meaning / np.maximum(norms, 1e-12)
        near |= set(np.argsort(-closeness)[:MEANING_CANDIDATES].tolist())
    ranked = sorted(((groups[i].centroid(vector, meaning), i) for i in near), reverse=True)
    return next(
        (
            i
            for sim, i in ranked
            if sim >= JOIN_SAME_DAY and _compatible(report, newsday, groups[i], vector, meaning)
        ),
        None,
    )


def _mentioned_on(known: tuple[str | None, date, date] | None, value: str) -> bool:
    """Whether a date mentioned in passing may be an event's (``known``: its ``_Group.day``):
    its date, or a month or year holding it; for an event no report dates, a day at most
    ``NEWS_DAY_REACH`` days before its news day."""
    if known is None:
        return False
    if known[0] is None:
        return len(value) == 10 and (
            known[1] - timedelta(days=NEWS_DAY_REACH) <= date.fromisoformat(value) <= known[2]
        )
    return known[0] == value or known[0].startswith(value + "-")


def _share(vector: Vector, shared: set[str]) -> float:
    """Share of a sentence's word weight that lies in ``shared``."""
    total = sum(vector.values())
    return sum(vector[w] for w in shared) / total if total else 0.0


def _retells(a: Vector, b: Vector) -> bool:
    """Whether one of two sentences repeats most of the other's rare words (``RETOLD``)."""
    shared = a.keys() & b.keys()
    return len(shared) >= RETOLD_WORDS and max(_share(a, shared), _share(b, shared)) >= RETOLD


_EXACT = re.compile(r"(?<![\d:.,])(?:\d{1,2}:\d{2}|\d[\d,.]*\d)(?![\d:])")


def _exact_figures(text: str) -> frozenset[str]:
    """The exact figures a sentence gives: clock times and numbers of two digits or more,
    however grouped ("5,000" is "5000"), years left out: a day names when, not what."""
    figures = (m.group().replace(",", "") for m in _EXACT.finditer(text))
    return frozenset(f for f in figures if not YEAR.fullmatch(f))


def _same_figure(a: tuple[Vector, frozenset[str]], b: tuple[Vector, frozenset[str]]) -> bool:
    """Whether two sentences (word vector, exact figures) give one exact figure and share
    words beside it (``FIGURE_JOIN``): two accounts of one happening, each in its own
    words."""
    return bool(a[1] & b[1]) and _cos(a[0], b[0]) >= FIGURE_JOIN


def _plain(group: _Group) -> list[tuple[Vector, frozenset[str]]]:
    """The word vectors and exact figures of an event's reports that mention no other date
    in passing: a sentence telling Wednesday's search "two days after they pulled a girl
    alive from the rubble" repeats Monday's rescue in a clause of its own, not the
    happening it dates."""
    return [
        (v, _exact_figures(r.sentence.text))
        for r, v in zip(group.reports, group.vectors, strict=True)
        if not r.passing
    ]


def _one_day(group: _Group) -> tuple[bool, date] | None:
    """The single day a small event lies on and whether a text dates it (not only its
    articles' news day); None for a larger event or one over a longer period."""
    known = group.day()
    if len(group.reports) > RETOLD_SIZE or known is None or known[1] != known[2]:
        return None
    return known[0] is not None, known[1]


def _retold_joined(
    groups: list[_Group], idf: dict[str, float], newsdays: dict[str, date | None]
) -> tuple[list[_Group], _TermIndex]:
    """Small events joined where a sentence of one repeats most of a sentence of the other
    (``_retells``) or gives its exact figure (``_same_figure``) on the same day, or a day
    apart when one is dated only by news day (``RETOLD_NEAR``), with the index of the
    events that result.

    Outlets tell one happening in other words and at other lengths, so it can start
    events of its own that each fall below what a timeline keeps, where the joined event
    would have the sources to be kept. A long sentence's cosine with a short one stays
    low however much of the short one it repeats; the share it repeats does not. Small
    events are looked up by every word of their few reports (``_TermIndex``: the words a
    long sentence shares with a short one are seldom its rarest), never all pairs."""
    days = [_one_day(group) for group in groups]
    plain = [_plain(g) if day is not None else [] for g, day in zip(groups, days, strict=True)]
    index = _TermIndex(idf, terms=None)
    for i, group in enumerate(groups):
        if days[i] is not None:
            for report in group.reports:
                index.add(i, report.words)
    joins = UnionFind()
    for i, group in enumerate(groups):
        joins.find(i)
        day = days[i]
        if day is None:
            continue
        near = set().union(*(index.near(report.words) for report in group.reports))
        for j in sorted(near):
            other_day = days[j]
            if j <= i or other_day is None or joins.find(i) == joins.find(j):
                continue
            reach = 0 if day[0] and other_day[0] else RETOLD_NEAR
            if abs((day[1] - other_day[1]).days) > reach:
                continue
            if any(_revised(report, groups[j]) for report in group.reports):
                continue
            if any(_retells(a[0], b[0]) or _same_figure(a, b) for a in plain[i] for b in plain[j]):
                joins.union(i, j)
    joined: list[_Group] = []
    index = _TermIndex(idf)
    for members in sorted(joins.groups().values()):
        first = groups[members[0]]
        for member in members[1:]:
            first.absorb(groups[member], newsdays)
        joined.append(first)
        for report in first.reports:
            index.add(len(joined) - 1, report.words)
    return joined, index


def _group(
    reports: Sequence[Report],
    newsdays: dict[str, date | None],
    idf: dict[str, float],
    meanings: np.ndarray | None = None,
) -> list[_Group]:
    """Reports grouped into events, oldest articles first: each joins the closest event it
    is compatible with, or starts one; small events on one day where a sentence repeats
    most of another's rare words are joined (``_retold_joined``); then each date mentioned
    in passing joins, as evidence, the closest event on that date, or the closest event no
    report dates whose news day it precedes by ``NEWS_DAY_REACH`` days at most.

    With sentence vectors (``meanings``, rows in the order of ``reports``) a report is also
    compared with the events closest to it in meaning (``MEANING_CANDIDATES``), and its
    closeness to an event is the higher of words and meaning.
    """
    meaning_of = (
        {id(r): meanings[i] for i, r in enumerate(reports)} if meanings is not None else {}
    )
    order = sorted(
        reports, key=lambda r: (r.published or date.max, r.sentence.article_id, r.position)
    )
    vectors = {id(r): _vector(r.words, idf) for r in order}
    groups: list[_Group] = []
    sums = np.zeros((len(order), meanings.shape[1] if meanings is not None else 0), np.float32)
    index = _TermIndex(idf)
    previous: tuple[Report, int] | None = None
    for report in order:
        vector = vectors[id(report)]
        meaning = meaning_of.get(id(report))
        newsday = told_on(report, newsdays)
        goes_on = previous is not None and _goes_on(previous[0], report, groups[previous[1]])
        detail = goes_on and not report.quote
        if previous is not None and goes_on:
            chosen: int | None = previous[1]
        else:
            chosen = _closest(report, newsday, vector, meaning, groups, index, sums)
        if chosen is None:
            # the event's sum of sentence vectors is its row of ``sums``, kept in one place
            groups.append(_Group(meaning=sums[len(groups)] if meanings is not None else None))
            chosen = len(groups) - 1
        groups[chosen].add(report, vector, newsday, meaning, detail)
        index.add(chosen, report.words)
        previous = report, chosen
    groups, index = _retold_joined(groups, idf, newsdays)
    for report in order:
        vector = vectors[id(report)]
        for value, expression in report.passing:
            best, best_sim = None, 0.0
            for i in index.near(report.words):
                if not _mentioned_on(groups[i].day(), value):
                    continue
                sim = groups[i].centroid(vector)
                if (
                    sim >= JOIN
                    and sim > best_sim
                    and groups[i].closest(vector) >= JOIN_PAIR
                    and report not in groups[i].reports
                ):
                    best, best_sim = i, sim
            if best is not None:
                groups[best].mentions.append(replace(report, date=value, expression=expression))
    return groups


@dataclass(slots=True)
class StoryEvent:
    """An event of a story with what its salience is read from (see ``features``)."""

    date: str
    approximate: bool
    reports: list[Report]
    mentions: list[Report]
    sources: int
    text_dated: bool
    before: bool
    far: bool
    run_up: bool
    centrality: float
    support: float
    title: float
    summary: Report
    by_meaning: bool = False
    score: float = 0.0
    details: frozenset[int] = frozenset()
    """Its reports (by id) that tell more of it after the report before them, giving no
    time of their own (``_goes_on``)."""

    def features(self) -> dict[str, float]:
        """What salience is read from, as numbers (their weights: ``WEIGHTS``)."""
        text = self.summary.sentence.text
        first = min(r.position for r in self.reports)
        past = _eventive(text)
        return {
            "sources": math.log2(1 + self.sources),
            "single": float(self.sources == 1),
            "lead": float(first < LEAD),
            "early": float(first < 10),
            "lone": float(self.sources == 1 and not self.text_dated),
            "dated": float(self.text_dated),
            "day": float(len(self.date) == 10),
            "year": float(len(self.date) == 4),
            "before": float(self.before),
            "far": float(self.far),
            "central": self.centrality,
            "quote": float(all(r.quote for r in self.reports)),
            "future": float(all(r.future for r in self.reports)),
            "past": float(past),
            "pronoun": float(_PRONOUN_START.match(text) is not None),
            "length": min(len(text.split()), 60) / 60,
            "support": self.support,
            "title": self.title,
        }


def _eventive(text: str) -> bool:
    """Whether a sentence tells something that happened: its first finite verb is in the
    past tense, not a present, future or modal form ("are recycled", "will be launched"),
    and not a present coming first ("the savanna, found south of the Sahara, is where
    groups linked to al Qaeda operate")."""
    present = _PRESENT.search(text)
    for m in _PAST.finditer(text):
        if present is not None and present.start() < m.start():
            return False
        if not _NOT_PAST_BEFORE.search(text[: m.start()]):
            return True
    return False


def story_events(
    documents: Sequence[Document], provenance: Provenance | None = None
) -> list[StoryEvent]:
    """Every event of a story, dated, with what its salience is read from."""
    banners = provenance.banners if provenance else frozenset()
    per_article = {
        d.id: [
            r for r in reports_of(d, provenance)
            if not banners or passage_key(r.sentence.text) not in banners
        ]
        for d in documents
    }  # fmt: skip
    _dated_as_first_told(per_article)
    newsdays = {article: news_day(reports) for article, reports in per_article.items()}
    everything = [r for reports in per_article.values() for r in reports]
    if not everything:
        return []
    idf = _idf(everything)
    meanings = _meanings(everything)
    groups = _group(everything, newsdays, idf, meanings)
    days = sorted(d for d in newsdays.values() if d is not None)
    window = days[0] - timedelta(days=NEWS_DAY_REACH) if days else None
    dated_groups = [
        (group, dated) for group in groups if (dated := _event_date(group, newsdays)) is not None
    ]
    if window is not None:
        openings = {article: reports[0] for article, reports in per_article.items() if reports}
        window = _retold_start(dated_groups, window, openings)
    keywords = _lead_words(everything)
    echoes = _echoes(everything, idf)
    titles = _title_closeness(documents, everything, idf)
    others = max(1, len({r.source for r in everything}) - 1)
    found = []
    for group, (value, approximate) in dated_groups:
        reports = group.reports
        words = frozenset().union(*(r.words for r in reports))
        weight = sum(idf.get(w, 0.0) for w in words)
        own = {r.source for r in reports}
        best: dict[str, float] = {}
        for report in reports:
            for source, closeness in echoes[id(report)].items():
                if source not in own and closeness > best.get(source, 0.0):
                    best[source] = closeness
        found.append(
            StoryEvent(
                date=value,
                approximate=approximate,
                reports=reports,
                mentions=group.mentions,
                details=frozenset(group.details),
                sources=len(own | {r.source for r in group.mentions}),
                text_dated=any(r.date is not None for r in reports),
                before=window is not None and span(value)[0] < window,
                far=window is not None and span(value)[1] < window - timedelta(days=FAR),
                run_up=window is not None and span(value)[1] >= window - (days[-1] - days[0]),
                centrality=sum(keywords.get(w, 0.0) * idf.get(w, 0.0) for w in words)
                / (1 + weight),
                support=sum(best.values()) / others,
                title=max(titles[id(r)] for r in reports),
                summary=_typical(group, value),
                by_meaning=meanings is not None,
            )
        )
    return found


def _retold_start(
    dated_groups: Sequence[tuple[_Group, tuple[str, bool]]],
    window: date,
    openings: dict[str, Report],
) -> date:
    """Where a story's own days begin: ``window`` (a few days before its first news day),
    or earlier when the leads of ``RETOLD_LEADS`` independent sources tell, not in a
    quotation, a dated happening less than ``FAR`` days before ``window``, and one of those
    articles opens on days before it (``_opens_on_the_past``): a story told weeks later
    (features of June opening on May's rescue) is the story of those days, and what they
    tell is its events, not context kept apart. Articles that open on their own day's news
    ("an inquiry opened on Monday") and recall the disaster behind it in their next line
    keep the disaster as context."""

    def past(report: Report) -> bool:
        opening = openings.get(report.sentence.article_id)
        return opening is not None and _opens_on_the_past(opening, window)

    told = []
    for group, (value, approximate) in dated_groups:
        if approximate:
            continue
        start = span(value)[0]
        leads = [r for r in group.reports if r.position < LEAD and not r.quote]
        if (
            window - timedelta(days=FAR) < start < window
            and len({r.source for r in leads}) >= RETOLD_LEADS
            and any(past(r) for r in leads)
        ):
            told.append(start)
    return min(told, default=window)


def _opens_on_the_past(opening: Report, window: date) -> bool:
    """Whether an article's first line tells only days before ``window``, in its main clause
    or in passing ("nearly died during an ordeal that started the day of the parade in
    November"): it opens on the past, not on its own day's news."""
    days = ([opening.date] if opening.date else []) + [value for value, _ in opening.passing]
    return bool(days) and all(span(day)[1] < window for day in days)


def _dated_as_first_told(per_article: dict[str, list[Report]]) -> None:
    """Dates a sentence reprinted word for word in a later article (a recap page reusing a
    lead of months before: "Battles raged in Libya on Friday ...") as it was first printed:
    its "Friday" is the one before the first article, not before the reprint."""
    first: dict[str, Report] = {}

    def printed(article: str) -> tuple[date, str]:
        reports = per_article[article]
        return (reports[0].published if reports and reports[0].published else date.max), article

    for article in sorted(per_article, key=printed):
        reports = per_article[article]
        for i, report in enumerate(reports):
            if report.date is None:
                continue
            key = passage_key(report.sentence.text)
            told = first.setdefault(key, report)
            if told.sentence.article_id != article and told.date != report.date:
                reports[i] = replace(
                    report, date=told.date, expression=told.expression, said=told.said,
                    passing=told.passing,
                )  # fmt: skip


def _event_date(group: _Group, newsdays: dict[str, date | None]) -> tuple[str, bool] | None:
    """The date of an event and whether it is only its articles' news day: the date most of
    its independent sources give (a date of saying counts half), the most precise on a tie;
    else the day other articles mention it on in passing ("two days after they pulled a girl
    from the rubble on Monday"); else the earliest news day of the articles that tell it as
    done rather than as a plan (a meeting one page expects and the next reports held is of
    the day it was held)."""
    votes: dict[str, float] = defaultdict(float)
    seen: set[tuple[str, str]] = set()
    for report in group.reports:
        if report.date is not None and (report.source, report.date) not in seen:
            seen.add((report.source, report.date))
            votes[report.date] += 0.5 if report.said else 1.0
    if votes:
        return max(votes, key=lambda v: (votes[v], len(v), v)), False
    mentioned = Counter(m.date for m in group.mentions if m.date is not None)
    if mentioned:
        return max(mentioned, key=lambda v: (mentioned[v], v)), False
    told = [r for r in group.reports if not r.future] or group.reports
    days = [d for r in told if (d := told_on(r, newsdays)) is not None]
    return (min(days).isoformat(), True) if days else None


_PREFACED = re.compile(
    rf"(?i)^[^:]{{0,80}}\b(?:according\s+to|{_SPEECH}|described)\b[^:]{{0,40}}:\s+[\"'“‘]?[A-Z]"
)
"""A sentence another outlet's words open, credited and ended by a colon ("According to the
Meridian Press news agency: Cranes stood idle ..."): a copy that names whose it is."""


def _typical(group: _Group, value: str) -> Report:
    """The report that tells the event best: unquoted, no detail told after it, no credit
    before it (``_PREFACED``: the plain copy reads as news), dated as the event, nearest its
    centroid, then the earliest and highest in its article."""
    return max(
        zip(group.reports, group.vectors, strict=True),
        key=lambda pair: (
            not pair[0].quote,
            _PREFACED.match(pair[0].sentence.text) is None,
            id(pair[0]) not in group.details,
            pair[0].date == value,
            round(group.centroid(pair[1]), 6),
            -(pair[0].published or date.max).toordinal(),
            -pair[0].position,
        ),
    )[0]


def _lead_words(reports: Iterable[Report]) -> dict[str, float]:
    """Words of the story's leads, by the share of its articles whose lead uses them: what
    the story is about."""
    per_article: dict[str, set[str]] = defaultdict(set)
    for report in reports:
        if report.position < LEAD:
            per_article[report.sentence.article_id] |= report.words
    counts: Counter[str] = Counter()
    for words in per_article.values():
        counts.update(words)
    n = max(1, len(per_article))
    return {w: c / n for w, c in counts.items() if c >= 2 or n == 1}


def _echoes(reports: Sequence[Report], idf: dict[str, float]) -> dict[int, dict[str, float]]:
    """For each report, how closely each other source says something like it (the best
    cosine among that source's reports): how much of the story is about what it says.

    Only reports that share rare words are compared (``_TermIndex``); their cosines are
    computed in blocks of sparse rows rather than one pair at a time.
    """
    vocabulary: dict[str, int] = {}
    rows, columns, values = [], [], []
    for i, report in enumerate(reports):
        for word, weight in _vector(report.words, idf).items():
            rows.append(i)
            columns.append(vocabulary.setdefault(word, len(vocabulary)))
            values.append(weight)
    matrix = sparse.csr_matrix(
        (values, (rows, columns)), shape=(len(reports), max(1, len(vocabulary)))
    )
    index = _TermIndex(idf)
    for i, report in enumerate(reports):
        index.add(i, report.words)
    pairs = [
        (i, j)
        for i, report in enumerate(reports)
        for j in sorted(index.near(report.words))
        if reports[j].source != report.source
    ]
    echoes: dict[int, dict[str, float]] = {id(r): {} for r in reports}
    for start in range(0, len(pairs), 100_000):
        block = np.array(pairs[start : start + 100_000], dtype=np.int64).reshape(-1, 2)
        cosines = np.asarray(matrix[block[:, 0]].multiply(matrix[block[:, 1]]).sum(axis=1))
        for (i, j), closeness in zip(block.tolist(), cosines.ravel().tolist(), strict=True):
            best = echoes[id(reports[i])]
            source = reports[j].source
            if closeness > best.get(source, 0.0):
                best[source] = closeness
    return echoes


def _title_closeness(
    documents: Sequence[Document], reports: Sequence[Report], idf: dict[str, float]
) -> dict[int, float]:
    """For each report, its best cosine with a headline of the story: a headline says what
    its article is about."""
    titles = [content_words(d.article.title) for d in documents if d.article.title]
    vectors = [_vector(words, idf) for words in titles]
    index = _TermIndex(idf)
    for i, words in enumerate(titles):
        index.add(i, words)
    return {
        id(r): max(
            (_cos(_vector(r.words, idf), vectors[i]) for i in index.near(r.words)), default=0.0
        )
        for r in reports
    }


WEIGHTS = {
    "sources": 0.88, "single": -0.366, "lead": 0.111, "early": 0.485, "lone": -0.903,
    "dated": 1.138, "day": 0.741, "year": -0.747, "before": -1.092, "far": -0.555,
    "central": 0.259, "quote": 0.452, "future": -0.237, "past": 0.562, "pronoun": -0.711,
    "length": 0.67, "support": 0.449, "title": 0.863,
}  # fmt: skip
BIAS = -3.623
"""A logistic model of whether an editor lists an event, fitted on the dev split of the
project's blind story gold (``python scripts/salience.py`` fits such a model and prints it;
on the dev split these weights score at least as well as its present fit)."""

MEANING_WEIGHTS = {
    "sources": 0.737, "single": -0.308, "lead": -0.025, "early": 0.816, "lone": -0.909,
    "dated": 1.243, "day": 0.779, "year": -0.718, "before": -1.279, "far": -0.543,
    "central": 0.698, "quote": 0.525, "future": -0.107, "past": 0.636, "pronoun": -0.884,
    "length": 0.628, "support": 0.179, "title": 0.953,
}  # fmt: skip
MEANING_BIAS = -3.812
"""The same model for the events of a story grouped by meaning as well as words (the
optional sentence encoder, ``MEANING_LIMIT``), fitted the same way: those events join the
sources that tell them in other words, so a source counts for less and the lead's words
for more."""

KEEP = 0.325
"""Salience an event needs to be on the timeline: the threshold with the best balance (F1) of
events found and entries on target on the dev split."""

PER_SOURCE = 5.5
"""A timeline holds at most this many entries per square root of its story's independent
sources: an editor lists about one key event per article of a small story and fewer per
article of a big one, whose coverage repeats itself. The count with the best balance (F1)
of events found and entries on target on the dev split."""

NEWS_SHARE = 0.65
"""Share of a story's likely key events (those above ``KEEP``) its timeline holds even when
that is more than ``PER_SOURCE`` allows: a few outlets' long reports over several days (a
wire service and a broadcaster following a war) tell more key events than their number of
sources suggests."""

OPENING = 0.4
"""Share of ``KEEP`` an event needs to be on the timeline when it tells the first sentence of
one of the story's articles: an outlet opens with what it holds to be its news, and an
editor's list of a small story's key events holds most of what its articles open with,
though one outlet alone telling it in its own words scores it low. A line of a chronology
an article prints counts as its opening (``_opens``): it is an editor's key event of the
story's own days (one from before them is a cause, ``CAUSE``). The share is the one
with the best balance of events found and entries on target on the first 25 dev stories
with every story held out in turn (``scripts/salience.py``). On all 33 dev stories, held
out, it is no better than a lower ``KEEP``; with the weights in use it finds as many
events as a lower ``KEEP`` with far fewer entries off target."""


BACKGROUND = 10
"""Background entries at most: the dated context most worth a line."""

HISTORY = 0.1
"""Share of ``KEEP`` a dated event from before the story needs to be in its background: a
mention in passing is enough for context, not a garbled date."""


def salience(event: StoryEvent) -> float:
    """How likely an editor is to list the event (0 to 1)."""
    weights, bias = (MEANING_WEIGHTS, MEANING_BIAS) if event.by_meaning else (WEIGHTS, BIAS)
    z = bias + sum(weights[name] * value for name, value in event.features().items())
    return 1 / (1 + math.exp(-z))


def entry(event: StoryEvent) -> Event:
    """The timeline entry of an event: its most typical report as summary (``_shown``), every
    report and every passing mention as evidence."""
    summary = _shown(event)
    evidence = []
    seen: set[tuple[str, int]] = set()
    for report in (summary, *event.reports, *event.mentions):
        key = (report.sentence.article_id, report.sentence.index)
        if key not in seen:
            seen.add(key)
            evidence.append(
                Evidence(
                    report.sentence.article_id,
                    report.sentence.text,
                    report.expression,
                    report.sentence.index,
                )
            )
    return Event(
        date=event.date,
        summary=summary.sentence.text,
        evidence=evidence,
        independent_sources=len({r.outlet for r in (*event.reports, *event.mentions)}),
        approximate=event.approximate,
    )


SHOWN_WORDS = 3
"""Words, its dates' aside, a report must share with an event's typical one to be shown in
its place (``_shown``): fewer tell a detail of the happening ("The flight recorder was
flown to Paris on Thursday" beside "She said divers recovered the flight recorder on
Thursday"), not the happening."""


def _told_words(report: Report) -> frozenset[str]:
    """A report's words less those of the dates it gives ("Thursday", "1989"): what it
    tells, not when."""
    dates = " ".join(
        text for text in (report.expression, *(t for _, t in report.passing)) if text
    )
    return report.words - content_words(dates)


def _shown(event: StoryEvent) -> Report:
    """The report an entry shows as its summary: the event's most typical (``summary``, whose
    words its salience is read from), unless that one opens on a personal pronoun
    (``_PERSONAL_START``) and another report tells the same thing without one. "He said
    investigators are looking into possible causes" needs the line before it, which a
    timeline does not show; "Aviation officials are continuing to investigate what caused
    the crash" does not. The other report must be dated as the typical one is (an undated
    "could be charged" tells less than "He was charged Thursday"), share at least
    ``SHOWN_WORDS`` of its words besides its date's (a detail of the event is not the
    event, and the date they share says nothing of what they tell), and be told
    plainly: no quotation, no line told after another as its detail, no first person
    outside quotation marks (a quotation printed without them). Of those, the one sharing
    the most words comes first, then one with no credit before it (``_PREFACED``), then
    the earliest and highest in its article."""
    typical = event.summary
    if _PERSONAL_START.match(typical.sentence.text) is None:
        return typical
    told = _told_words(typical)
    shared = {id(r): len(_told_words(r) & told) for r in event.reports}
    candidates = [
        r
        for r in event.reports
        if r.date == typical.date
        and shared[id(r)] >= SHOWN_WORDS
        and not r.quote
        and id(r) not in event.details
        and _PERSONAL_START.match(r.sentence.text) is None
        and not _first_person(r.sentence.text)
    ]
    return min(
        candidates,
        key=lambda r: (
            -shared[id(r)],
            _PREFACED.match(r.sentence.text) is not None,
            (r.published or date.max).toordinal(),
            r.position,
        ),
        default=typical,
    )


def build(
    found: Sequence[StoryEvent],
    *,
    max_dates: int | None = None,
    per_date: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> tuple[list[Event], list[Event]]:
    """A story's timeline and background from its events (``story_events``), each
    chronological.

    The timeline holds the salient events (``select``: ``KEEP``, at most ``PER_SOURCE`` per
    square root of the story's independent sources or ``NEWS_SHARE`` of them, and its recent
    causes); ``max_dates`` asks instead for the best events of that many dates (more or
    fewer than the default, history more than ``FAR`` days before the story left out),
    ``per_date`` for at most that many entries a date. ``since``/``until`` filter what is
    shown; they never change how an event is chosen or told. The background holds the best
    dated events from before the story that are not on its timeline. The events come in
    computed, as the claims stage reads the same ones.
    """
    for event in found:
        event.score = salience(event)
    ranked = sorted(found, key=lambda e: (-e.score, e.date, e.summary.sentence.text))
    timeline = select(ranked, max_dates=max_dates, per_date=per_date)
    chosen = {id(e) for e in timeline}
    background = [
        e
        for e in ranked
        if id(e) not in chosen and e.before and e.text_dated and e.score >= KEEP * HISTORY
    ][:BACKGROUND]

    def shown(events: list[StoryEvent]) -> list[Event]:
        kept = [e for e in events if within(e.date, since, until)]
        kept.sort(key=lambda e: (span(e.date)[0], len(e.date), -e.score))
        return [entry(e) for e in kept]

    return shown(timeline), shown(background)


CAUSE = 1.0
"""Share of ``KEEP`` a recent earlier event needs outside its story's run-up (``RUN_UP``):
all of it, as the news does. Told in passing by one source, most such lines (last month's
statement, an earlier incident) are context an editor keeps apart; they go to the
background unless they score as news do."""

RUN_UP = 0.3
"""Share of ``KEEP`` an earlier event needs when it lies no further before the story's first
news than the story runs after it: a story followed for months (a withdrawal ordered in
April and completed in September) has its run-up, the order and the agreement ended the
month before, as part of its account, told in passing by one source each, where a story of
two days keeps last month's news as context. Both shares are those with the best balance
of events found and entries on target on the dev split."""


CAUSES = 1.0
"""Recent causes a timeline holds per square root of its story's independent sources even
when its own news fills ``PER_SOURCE``: told in passing, they score below the news, which
would crowd every one of them out of a cap the two shared (they also take what room the
news leaves)."""


def _cause(event: StoryEvent) -> bool:
    """Whether an event is one of its story's recent causes: a development the text dates
    before the story's first news, less than a year before it (history, earlier still,
    stays in the background)."""
    return event.before and not event.far and event.text_dated


_CHRONOLOGY = re.compile(
    rf"(?i)^\W*{MONTH_STEM}[a-z]*\.?\s+\d{{1,2}}\s*[-–—:]\s"
)
"""A line of a chronology printed in an article ("Aug 21 - Rebel fighters enter Tripoli"):
an editor's own list of key events."""


def _opens(event: StoryEvent) -> bool:
    """Whether an event tells what an article opens with (its first readable sentence, the
    dateline and page furniture left out, unless the writer speaks in it: a column's view)
    or a line of a chronology it prints: either is what an editor holds to be news."""
    return any(
        (r.position == 0 and not _first_person(r.sentence.text))
        or _CHRONOLOGY.match(r.sentence.text)
        for r in event.reports
    )


_QUOTED_SPAN = re.compile(r"``.*?''|\".*?\"|“.*?”")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me|[Ww]e|[Oo]ur|us)\b")
"""The writer speaking: a column or a reader's letter opens on its own view, not on news."""


_PERFECT = re.compile(
    r"(?i)\b(?:has|have)\s+(?:(?:\w+ly|not|also|now|already|just|for\s+the\s+first\s+time)"
    rf"\s+)*(?:been\s+)?{_PAST_FORM}"
)
"""A present perfect ("have for the first time identified microbes", "has been sealed"):
news of a happening told as done by now, however long it stays true."""

STANDING_SPREAD = 3
"""Days apart beyond which two articles printing one undated line that tells no happening
show it to be standing context rather than either day's news (``_standing``)."""


def _standing(event: StoryEvent) -> bool:
    """Whether an event is a line of standing context that copy repeats ("One of those
    groups, JNIM, is active in Mali, Burkina Faso and Niger"): no date of its own, no
    happening told in the past or the present perfect (``_PERFECT``), and printed by
    articles more than ``STANDING_SPREAD`` days apart. What is as true weeks later is no
    day's news, and dating it by the first article that printed it would put it on the
    timeline as if it had happened then."""
    text = event.summary.sentence.text
    if not event.approximate or _eventive(text) or _PERFECT.search(text):
        return False
    days = [r.published for r in event.reports if r.published is not None]
    return bool(days) and (max(days) - min(days)).days > STANDING_SPREAD


def _first_person(text: str) -> bool:
    """Whether a sentence speaks in the first person outside its quotations."""
    return _FIRST_PERSON.search(_QUOTED_SPAN.sub(" ", text)) is not None


def _independent(found: Iterable[StoryEvent]) -> int:
    """A story's independent sources: the sources of its articles, each article counted by
    the source most of its sentences come from (a wire story a paper prints counts once
    with the wire, and a passage two outlets share does not make a source of its own)."""
    per_article: dict[str, Counter[str]] = defaultdict(Counter)
    for event in found:
        for report in event.reports:
            per_article[report.sentence.article_id][report.source] += 1
    return len({counts.most_common(1)[0][0] for counts in per_article.values()})


def select(
    ranked: list[StoryEvent],
    *,
    keep: float = KEEP,
    max_dates: int | None = None,
    per_date: int | None = None,
) -> list[StoryEvent]:
    """The events of a story's timeline, from its events ranked by salience (``score``):
    the story's own news above ``keep``, at most ``PER_SOURCE`` per square root of its
    independent sources or ``NEWS_SHARE`` of that news if more, its recent causes above
    a share of it (``CAUSE``, or ``RUN_UP`` in its run-up), at most ``CAUSES`` per square
    root or the room the news leaves; beside them, outside those caps, the news its articles
    open with (a headline-only article's headline among it) above a smaller share
    (``OPENING``). History more than ``FAR`` days before the story is never an entry, however
    many outlets open with it (an anniversary's disaster): it stays in the background, off
    the date axis. Standing context (``_standing``) is never an entry either; it is set
    aside after the caps, which read how much a story tells from all it scores."""
    recent = [e for e in ranked if not e.far]
    if max_dates is None:
        root = math.sqrt(_independent(ranked))
        likely = [e for e in recent if not _cause(e) and e.score >= keep]
        cap = max(5, round(PER_SOURCE * root), round(NEWS_SHARE * len(likely)))
        news = likely[:cap]
        causes = [
            e for e in recent if _cause(e) and e.score >= keep * (RUN_UP if e.run_up else CAUSE)
        ]
        room = max(round(CAUSES * root), cap - len(news))
        openings = [
            e for e in recent if not _cause(e) and _opens(e) and e.score >= keep * OPENING
        ]
        kept = {id(e) for e in (*news, *causes[:room], *openings)}
        candidates = [e for e in recent if id(e) in kept]
    else:
        candidates = recent
    chosen: list[StoryEvent] = []
    per_day: Counter[str] = Counter()
    for event in candidates:
        if _standing(event):
            continue
        if max_dates is not None and event.date not in per_day and len(per_day) >= max_dates:
            continue
        if per_date is not None and per_day[event.date] >= per_date:
            continue
        if max_dates is not None and event.score < keep and per_day[event.date]:
            continue  # asked for more dates, not for weaker events on the same ones
        per_day[event.date] += 1
        chosen.append(event)
    return chosen
