"""Event words: "withdrew", "withdrawal" and "pulled out" as one kind of event.

Dates are matched to the events they date through these words, and a date next to a
reporting verb ("said on Monday") is recognised as dating the statement, not the event,
unless the verb announces an act ("announced his retirement on Monday").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from storyline.claims.matching import _PLURAL
from storyline.models import Document, Sentence, TimeExpression
from storyline.text import TOPIC_STOPWORDS, clipped, suffix_stem

_REPORTING = frozenset(
    """said say says announced announce told tell reported report stated added confirmed
    confirm briefed noted wrote posted tweeted spoke declared disclosed revealed according
    acknowledged explained insisted claimed published issued
    estimated estimate estimates predicted predict predicts forecast forecasts calculated
    reckoned updated""".split()
)
"""Verbs that tell a statement: what was said, a figure judged ("estimated on Dec. 2
that"), a page put out ("Last updated at 15:44 GMT"). A date beside them dates the
statement, which recurs and differs by speaker or by version, not the event it is about."""
_AUXILIARIES = frozenset(
    """had has have was were been being did does is are be will would could should may
    might must can shall got get""".split()
)
_IRREGULAR = {
    "withdrew": "withdraw", "withdrawn": "withdraw", "withdrawal": "withdraw",
    "began": "begin", "begun": "begin", "took": "take", "taken": "take", "left": "leave",
    "met": "meet", "held": "hold", "struck": "strike", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "went": "go", "gone": "go", "came": "come",
    "made": "make", "gave": "give", "given": "give", "won": "win", "lost": "lose",
    "broke": "break", "broken": "break", "flew": "fly", "flown": "fly", "fled": "flee",
    "sent": "send", "shot": "shoot", "hit": "hit", "led": "lead", "sought": "seek",
    "set": "set", "sank": "sink", "sunk": "sink", "froze": "freeze", "seized": "seize",
    "swore": "swear", "sworn": "swear", "killed": "kill", "died": "die", "death": "die",
    "arrival": "arrive", "departure": "depart", "handover": "hand", "pullout": "pull",
    "ouster": "oust", "invasion": "invade", "election": "elect", "resignation": "resign",
    "explosion": "explode", "collapse": "collapse", "signing": "sign", "ran": "run",
    "found": "find", "became": "become", "built": "build", "caught": "catch",
    "drove": "drive", "fought": "fight", "grew": "grow", "kept": "keep", "paid": "pay",
    "sold": "sell", "spent": "spend", "stood": "stand", "stole": "steal", "threw": "throw",
    "wrote": "write", "shut": "shut", "bought": "buy", "chose": "choose", "sat": "sit",
}  # fmt: skip
_NOMINAL_EVENTS = frozenset(
    """attack attacks coup crash earthquake strike strikes raid raids summit meeting talks
    ceasefire truce armistice visit vote referendum fire flood storm blast bombing shooting
    quake abduction kidnapping oath wildfire blaze walkout speech""".split()
)
# Words that look like event verbs but describe things ("the ruling junta").
_ADJECTIVAL = frozenset(
    """ruling leading growing remaining following including according existing ongoing
    neighbouring neighboring armed united based alleged expected limited related
    concerned outgoing incoming upcoming coming missing continuing pressing so-called
    long-running war-torn devastating during regarding concerning pending notwithstanding
    going forthcoming scheduled uncrewed unmanned morning evening something nothing anything
    everything king thing things spring building buildings ceiling meaning string hundred
    indeed""".split()
)
# Stems of one kind of event, so two outlets' words for it meet.
_EVENT_CLASSES = {
    "leave": "withdraw", "pull": "withdraw", "depart": "withdraw", "exit": "withdraw",
    "quit": "withdraw", "fr": "free", "releas": "free", "burst": "collaps",
    "detain": "arrest", "seiz": "captur", "die": "kill", "meeting": "meet", "talk": "meet",
    "inaugurat": "open", "break": "start", "begin": "start", "erupt": "start",
    "truce": "ceasefire", "armistice": "ceasefire", "quake": "earthquake",
    "kidnap": "abduct", "abduction": "abduct", "kidnapping": "abduct",
    "oath": "swear", "wildfire": "fire", "blaze": "fire", "walkout": "strike",
}  # fmt: skip
_CLAUSE = re.compile(
    r"[;:—]|,\s*(?:and|but|while|whereas|with|as|after|before|when)\b|\b(?:after|before|when"
    r"|while|whereas|because|although|though|but|which|who)\b",
    re.IGNORECASE,
)
# "the trapped miners": a participle after a determiner describes, it does not report.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "these", "those"})
_CLAUSE_OR_COMMA = re.compile(_CLAUSE.pattern + r"|,", re.IGNORECASE)
_LIGHT = frozenset({"happen", "occur", "take", "hold", "come", "go", "get", "make"})
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_PAST_FORMS = frozenset(
    """withdrew withdrawn began begun took taken left met held struck fell fallen rose risen
    went gone came made gave given won lost broke broken flew flown fled sent shot hit led
    sought set sank sunk froze swore sworn ran found became built caught drove fought grew
    kept paid sold spent stood stole threw wrote shut bought chose sat""".split()
)


def _event_words(before: str, after: str) -> tuple[str | None, str | None, str] | None:
    """The verb and the event noun nearest a date, as kinds of event, and the nearer word.

    "Rebels attacked Umbo on Friday" has the verb "attack"; "the attack on Umbo happened on
    April 20" the noun "attack" (a light verb such as "happened" or "took" stands for the
    noun near it). A verb with its auxiliary right before the date is what the date is of
    ("were sought last week for questioning in the slaying"). None when the date has no
    event word, or the nearest is a report's.
    """
    told_before = [(len(before) - at, kind, word) for at, kind, word in _verbs(before)]
    nearby = told_before + [(at, kind, word) for at, kind, word in _verbs(after)]
    if not nearby:
        return None
    heavy = [n for n in nearby if n[1] not in _LIGHT]
    _distance, kind, word = min(heavy or nearby)
    if kind in _REPORTING:
        act = _announced(before + " " + after, word) if word in _ANNOUNCING else None
        return act or (None, None, word)
    verbal = [n for n in heavy if _is_verbal(n[2])]
    nouns = [n for n in heavy if not _is_verbal(n[2])]
    last = min(told_before, default=None)
    if last in verbal and _AUXILIARY_BEFORE.search(before.rstrip()[: -len(last[2])]):
        # "men who were sought last week for questioning in the slaying": the seeking's day
        # ("a speech delivered Sunday" still dates the speech)
        return last[1], None, last[2]
    verb = min(verbal)[1] if verbal else None
    noun = min(nouns)[1] if nouns else None
    if verb is None and noun is None:
        verb = kind  # only light verbs: a weak clue
    return verb, noun, word


_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|has|have|had)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
"""An auxiliary right before a verb: the verb is a clause's own, not a participle telling
of a noun."""


def _announced(text: str, word: str) -> tuple[str, None, str] | None:
    """The act a reporting verb announces as its object ("announced his retirement",
    "confirmed the closure"): a date beside it dates that act, which happens once, not a
    statement, which recurs. The act is the verb the noun is made from ("retirement" is
    "retire"), so "announced his retirement on Monday" and "retired on Tuesday" meet."""
    found = re.search(rf"\b{re.escape(word)}\s+(?:his|her|its|their|the|a|an)\s+([a-z]+)", text)
    if found is None:
        return None
    noun = found.group(1)
    suffix = _ACT_SUFFIX.search(noun)
    if suffix is None or any(noun.startswith(r[:5]) for r in _ANNOUNCING):
        return None  # "confirmed the announcement": a statement again, which recurs
    stem = noun[: suffix.start()].rstrip("e")
    return _EVENT_CLASSES.get(stem, stem), None, noun


_ANNOUNCING = frozenset(
    "announced announce confirmed confirm disclosed revealed declared reported stated".split()
)
"""Reporting verbs that take an act as their object; "said" and "told" take words or a
listener."""
_ACT_SUFFIX = re.compile(r"(?:ation|ition|ment|sion|tion|ure|[vw]al)$(?<=.{7})")
"""Endings that make a noun of a verb's act: "resignation", "retirement", "closure"."""


def _is_verbal(word: str) -> bool:
    """Past forms and participles, and a plan's base form ("will launch", "to orbit"): the
    only event words ``_event_word`` does not know are those ``_planned_word`` found."""
    return word.endswith(("ed", "ing")) or word in _PAST_FORMS or _event_word(word) is None


@functools.lru_cache(maxsize=4096)
def _verbs(text: str) -> tuple[tuple[int, str, str], ...]:
    """Event words as (offset, kind of event, word): "withdrew", "withdrawal" and "pulled"
    are all the kind "withdraw". Cached: a clause is read for its verbs more than once."""
    found: list[tuple[int, str, str]] = []
    previous = earlier = ""
    owned = False  # whether ``previous`` is a possessive ("BP's", tokenised "BP 's")
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "s" and text[match.start() - 1 : match.start()] in ("'", "’"):
            owned = previous.lower() not in _IS_CONTRACTED  # tokenised text's "'s"
            continue
        event = _event_word(token)
        adverb = _adverb(token)
        if event is None and previous.lower() in _MODALS and not adverb:
            event = _planned_word(token)  # "will launch in March": a plan's verb
        if earlier.lower() == "what" and token.lower() in _NAMING:
            event = None  # "attacks by what it called the crusader enemy": a name, no act
        # "the trapped miners", "a newly built road", "BP's ruptured well": a participle
        # after a determiner or a possessive (and an adverb of its own) describes.
        if event is not None and not (
            event[1].endswith(("ed", "ing")) and (previous.lower() in _DETERMINERS or owned)
        ):
            found.append((match.start(), *event))
        described = token.lower().endswith("ly") and (previous.lower() in _DETERMINERS or owned)
        if not (described or (adverb and previous.lower() in _MODALS)):
            # "the newly built road", "will officially join": the word before the adverb
            # still governs the word after it
            previous, earlier = token, previous
            owned = token.endswith(("'s", "’s")) and token.lower()[:-2] not in _IS_CONTRACTED
    return tuple(found)


_NOT_ADVERBS = frozenset(
    """ally apply assembly bully comply family fly imply italy july multiply rally rely reply
    sully supply tally""".split()
)
"""Words ending in "-ly" that are verbs or nouns, not adverbs."""


def _adverb(token: str) -> bool:
    """Whether a token reads as an adverb ("officially", "fully", "only"), not a verb or a
    noun that ends the same way ("rally", "supply", "family")."""
    word = token.lower()
    return len(word) >= 4 and word.endswith("ly") and word not in _NOT_ADVERBS


_IS_CONTRACTED = frozenset("it he she that there here what who where let".split())
"""Words whose "'s" is "is" ("it's launching"), not an owner's: the participle acts."""


_MODALS = frozenset({"will", "would", "shall", "to"})
_NAMING = frozenset("called termed dubbed labelled labeled branded".split())
"""Verbs that name rather than act after "what" and a speaker ("what it called the crusader
enemy"): the words after them are the speaker's name for something."""

def noun_dated(before: str, after: str) -> bool:
    """Whether a date right after an event noun, with no verb after it in its clause, dates
    the noun ("was taking a look at a speech early Monday by ..."): the verb before acts on
    the speech, it is not what the day is of."""
    return _MODIFIED.search(before) is not None and not any(
        _is_verbal(word) for _at, _kind, word in _verbs(after)
    )


_MODIFIED = re.compile(
    r"\b(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(_NOMINAL_EVENTS))
    + r")\s+(?:on\s+)?$",
    re.IGNORECASE,
)
"""An event noun right before a date ("a speech early Monday", "the attack on Tuesday"):
the date is the noun's, whatever verb before it acts on it."""


@functools.lru_cache(maxsize=65536)
def _planned_word(token: str) -> tuple[str, str] | None:
    """The kind of event of a verb's base form after "will" or "to" ("launch", "meet")."""
    word = token.lower()
    if not token.isalpha() or not token.islower() or len(word) < 4:
        return None
    if word in _AUXILIARIES or word in _ADJECTIVAL or word in _REPORTING:
        return None
    return _EVENT_CLASSES.get(word, word), word


@functools.lru_cache(maxsize=65536)
def _event_word(token: str) -> tuple[str, str] | None:
    """A token's kind of event and its lowercase form, None if it names no event. Cached:
    a story's texts use the same words over and over."""
    word = token.lower()
    if word in _AUXILIARIES or word in _ADJECTIVAL:
        return None
    if token[0].isupper() and word not in _IRREGULAR:
        return None
    if word in _IRREGULAR:
        stem = _IRREGULAR[word]
    elif word in _REPORTING:
        stem = word
    elif word in _NOMINAL_EVENTS:
        stem = word.rstrip("s")
    elif word.endswith(("ed", "ing")) and len(word) > 4:
        stem = _verb_stem(word)
    else:
        return None
    return _EVENT_CLASSES.get(stem, stem), word


def _verb_stem(word: str) -> str:
    for suffix in ("ing", "ied", "ed"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if suffix == "ied":
                return stem + "y"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]
            return stem.rstrip("e")
    return word


_ASPECTUAL = frozenset(
    """began begun begin begins started start starts ended ends finished finishes resumed
    resumes""".split()
)
"""Verbs whose subject is the thing that happens ("the NATO mission began", "a curfew that
started"): the verb alone says only that something began."""
_SUBJECT_OPENS = re.compile(
    r"(?i)[,;(]|``|''|\b(?:since|after|before|when|as|and|but|while|until|because|with)\b"
)
_SUBJECT_WORDS = 6
_DOING_AFTER = re.compile(
    r"\s+(?:to\s+\w|(?!(?:during|evening|morning)\b)\w{3,}ing\b)", re.IGNORECASE
)
"""A doing after the verb ("began shelling", "started to leave"): its subject is a doer."""
_PRONOUNS = frozenset("it they he she this these those what there here".split())
_NOT_A_THING = _PRONOUNS | frozenset(
    "that which who its their against of in on at for from by to over under near across into"
    " about also".split()
)


def _nearest(sentence: str, word: str, near: int) -> re.Match[str] | None:
    """The occurrence of ``word`` in ``sentence`` nearest ``near`` (where a clause's date or
    time lies), as written or capitalised as the sentence's first word: a capital mid-
    sentence is a name's ("Space Launch System")."""
    return min(
        (
            m
            for m in re.finditer(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
            if m.start() == 0 or m.group() == word
        ),
        key=lambda m: abs(m.start() - near),
        default=None,
    )


@functools.lru_cache(maxsize=4096)
def what_began(sentence: str, word: str, near: int) -> frozenset[str]:
    """The kinds of thing an aspectual verb (``_ASPECTUAL``) has for subject, the verb being
    the occurrence of ``word`` nearest ``near`` (where the clause's date or time lies): its
    lowercase words read back to its clause's opening, stemmed, and the words outlets use for
    one kind of event made one ("since the uprising against Assad began": uprising; "the
    walkout began": strike). Empty for other verbs, a doer's verb ("Syria began shelling") or
    a pronoun ("it began"). Names are where and against whom, which two beginnings share.
    Two clauses whose things share no word tell two beginnings: the NATO mission's and one
    attack's."""
    if word.lower() not in _ASPECTUAL:
        return frozenset()
    found = _nearest(sentence, word, near)
    if found is None or _DOING_AFTER.match(sentence, found.end()):
        return frozenset()
    before = sentence[: found.start()]
    opens = [m.end() for m in _SUBJECT_OPENS.finditer(before)]
    words = re.findall(r"[A-Za-z][\w-]*", before[opens[-1] if opens else 0 :])[-_SUBJECT_WORDS:]
    if words and (len(words) == 1 or words[1].islower()):
        # a clause's first word is capitalised at a sentence's or a quotation's opening
        # ("Protests against ..."), not in a name ("Mount Arden erupted")
        words[0] = words[0].lower()
    if any(w.lower() in _PRONOUNS for w in words[-3:]):
        return frozenset()  # "it began", "they have started": what, the verb cannot say
    return frozenset(
        _EVENT_CLASSES.get(w, suffix_stem(w))
        for w in words
        if w.islower() and w not in TOPIC_STOPWORDS and w not in _NOT_A_THING and len(w) > 2
    )


_BREAK = r"[,;(\"“”]|:\s|``|''|-LRB-"
"""Punctuation that opens or closes a clause, as written or as tokenised text has it."""
_PHRASE_OPENS = re.compile(
    rf"(?i){_BREAK}|\b(?:that|which|who|since|after|before|when|as|but|while|until|because"
    r"|once|if|with)\s|\b(?:and|so)\s+(?=(?:the|a|an|its|their|his|her)\b)"
)
"""Where the clause telling a happening opens: a break, a word opening a clause of its own
(its subject follows), or "and" or "so" before a new subject ("so the dam collapsed"), not
inside one ("US forces and assets")."""
_PHRASE_ENDS = re.compile(
    rf"(?i)\s*(?:{_BREAK}|\.\s*$|\s(?:and|but|after|before|when|as|while|until|because"
    r"|since|following|amid|despite|according|in\s+response|which|who|where)\b)"
)
"""Where the clause telling a happening ends: a break, the sentence's full stop (one inside
it ends an abbreviation: "Mr.", "U.S."), or a word joining another clause ("and by
nightfall had spread", "in response to the test")."""
_DATED_BEFORE = re.compile(
    r"(?i)\s*\b(?:(?:shortly|just|soon)\s+)?(?:on|in|at|by|from|during|early|late|earlier"
    r"|later|around|about|after|before|until)\s*$"
)
"""Words that lead up to a date within a clause ("broke out on Friday", "received reports
around 12:20 p.m."): the date's."""
_PHRASE_WORDS = 9
"""Words a phrase keeps after its verb: enough to say what was done to what."""
_LOOSE_END = re.compile(
    r"(?i)(?:\s+\b(?:the|a|an|of|in|on|at|to|from|for|by|with|its|their|his|her|and))+$"
)
"""Words a phrase cut after ``_PHRASE_WORDS`` must not end on ("... withdrew from the")."""
_NO_SUBJECT = _PRONOUNS | frozenset("we i you".split())
"""Subjects that say nothing of who or what: "it broke out", "we withdrew"."""
_OF_A_THING = frozenset("of in on at for to from with by under into over".split())
"""Prepositions: a subject that holds one may end on the noun a participle qualifies."""
_SAID = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_REPORTING))})\s+(?:that\s+)?")
"""A reporting verb and its "that": what follows is what happened, as reported."""


@functools.lru_cache(maxsize=4096)
def happening_phrase(sentence: str, word: str, date: tuple[int, int]) -> str | None:
    """The clause of ``sentence`` that tells the happening ``word`` names (its occurrence
    nearest the date at ``date``, offsets into the sentence), without the date and what
    reports it, as the text writes it: "A wildfire broke out in the Serra Dunmore hills of
    Corvala province", the words a label of two dates or times of it reads best in. None
    where the clause has no subject of its own, stands on a pronoun ("it broke out"), tells
    the happening in a participle ("with U.S. forces withdrawing") or qualifies a noun
    with it ("the resolution adopted last week"), none of which reads as what happened."""
    if word.lower().endswith("ing"):
        return None
    start, stop = date
    blank = sentence[:start] + " " * (stop - start) + sentence[stop:]  # the date breaks nothing
    found = _nearest(blank, word, start)
    if found is None:
        return None
    breaks = [m.end() for m in _PHRASE_OPENS.finditer(blank, 0, found.start())]
    said = [m.end() for m in _SAID.finditer(blank, 0, found.start())]
    opens = max(breaks + said, default=0)
    end = _PHRASE_ENDS.search(blank, found.end())
    closes = end.start() if end else len(blank)
    if opens <= start and stop <= closes and (lead := _DATED_BEFORE.search(blank, opens, start)):
        blank = blank[: lead.start()] + " " * (start - lead.start()) + blank[start:]
    tokens = list(re.finditer(r"\S+", blank[:closes]))
    clause = [t for t in tokens if t.start() >= opens]
    verb_at = next((i for i, t in enumerate(clause) if t.start() == found.start()), None)
    if not verb_at:
        return None  # the verb opens its clause, or punctuation is glued to it
    subject = [t.group().lower() for t in clause[:verb_at]]
    if not subject or subject[0] in _NO_SUBJECT or subject[-1] in _NO_SUBJECT:
        return None
    while subject and subject[-1] in _AUXILIARIES:
        subject.pop()  # "had been", "was" before the verb are its own
    if not subject or _AUXILIARIES.intersection(subject) or _OF_A_THING.intersection(subject):
        return None  # no subject ("that was adopted"); or the verb qualifies a noun, of
        # another verb's clause ("transfers are banned under the resolution adopted") or
        # after a preposition ("the terms of the cease-fire contained in resolution 687")
    words = clipped([t.group() for t in clause], verb_at + 1 + _PHRASE_WORDS)
    return _LOOSE_END.sub("", " ".join(words))


def when_label(
    clauses: Iterable[tuple[Sentence, TimeExpression, str]], documents: Sequence[Document]
) -> str | None:
    """ "when a wildfire broke out in the Serra Dunmore hills": the label of a happening
    told at different dates or times, in the first of its clauses (sentence, date, event
    word) that tells it with a subject of its own (``happening_phrase``). Its first word
    keeps its capital where the story's articles (``documents``) never write it in lower
    case ("Russia", "US"), unless it is a determiner or a plural ("A", "Officials"): a
    sentence's first word is capitalised as its first, a name always."""
    for sentence, expression, word in clauses:
        at = sentence.start
        span = (expression.start - at, expression.end - at)
        if span[0] >= 0 and (phrase := happening_phrase(sentence.text, word, span)):
            first, _, rest = phrase.partition(" ")
            lower = first.lower()
            if (len(first) == 1 or first[1:].islower()) and (
                lower in _DETERMINERS
                or _PLURAL.fullmatch(lower) is not None
                or any(
                    re.search(rf"\b{re.escape(lower)}\b", d.article.text) for d in documents
                )
            ):
                first = lower
            return f"when {first} {rest}".rstrip()
    return None
