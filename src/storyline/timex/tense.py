"""The tense of the clause around a time expression, read from nearby verbs.

Relative dates in news depend on it: "said on Monday" is the Monday on or before the
publication date, "will meet on Monday" the next one, "in April" the last or the next April.
A part-of-speech tagger would be more exact but costs a hundredfold in speed (HeidelTime reads
about 4 KB/s mostly because of it); the nearest tense marker within the clause is right for
the short, reported-speech sentences of news.
"""

from __future__ import annotations

import re
from enum import Enum


class Tense(Enum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


_WINDOW = 160
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
# After these an -ed word is an adjective ("its color-coded system", "the wounded").
_DETERMINERS = frozenset("the a an its his her their our this that these those my your".split())
_BOUNDARY = re.compile(r"[.!?;]\s|\n")
# Quotation marks part what was said from the clause that reports it: "will leave at 4 a.m.
# Thursday,'' Castro said" is in the future whatever the reporting verb says.
_QUOTE = re.compile(r"''|``|[\"“”]")
# A full stop after these ends an abbreviation, not a sentence ("Roe vs. Wade", "Birmingham,
# Ala., killed", "Dr. Smith said"); nor does one followed by a lower-case word.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen col lt sgt capt gov sen rep rev prof vs v no co corp inc ltd bros "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb "
    "nev okla ore pa tenn tex va vt wash wis wyo ft mt a p m u s n y e d c".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$")
_REPORTED_AFTER = re.compile(
    r",\s*(?:saying|adding|arguing|warning|noting|claiming|insisting|explaining|telling)\b",
    re.IGNORECASE,
)
# A reporting clause that closes the sentence ("..., he said.", "..., said the chief
# executive."): the tense of the report, not of what it reports ("profit will rise in the
# third quarter, he said" looks ahead).
_REPORTING_CLAUSE_AFTER = re.compile(
    r",\s*(?:(?:[\w.'-]+\s+){1,4}?(?:said|says|told|added|stated|noted|warned|reported)"
    r"|(?:said|says|added)\s+(?:the|a|an|[A-Z][\w.'-]*)\s)(?:[\s,]*[\w.'-]+){0,6}?\s*(?:[.!?]|$)"
)
# What the date is the limit or earliest point of tells its direction whatever the verb's
# tense: "since the Oct. 23 slaying" is over, "as soon as Tuesday" and "postponed until
# Tuesday" are ahead.
_SINCE = re.compile(
    r"\bsince\s+(?:(?:shortly|just|soon|right|even)\s+)?(?:(?:after|before)\s+)?"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
_AHEAD = re.compile(
    r"(?:\bas\s+(?:soon|early)\s+as|\beffective|"
    r"\b(?:postpon|delay|defer|adjourn|extend|put\s+off|pushed\s+back|push\s+back|recess|"
    r"suspend)\w*\b[^.;!?\n]{0,60}?\s(?:until|till|to|through)|"
    # "gave the bidder until mid-November": a deadline
    r"\b(?:gave|give|gives|given|giving|granted|grant|grants)\b[^.;!?\n]{0,30}?\s(?:until|till))"
    r"\s+$",
    re.IGNORECASE,
)
_LEAD_CHARS = 100
# A limit ahead of a clause without past tense: "closed until Monday", "by the end of May".
_LIMIT = re.compile(
    r"\b(?:until|till|through|by)\s+(?:the\s+)?(?:(?:end|middle|start)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)

_MODAL_FUTURE = frozenset("will shall would might should won't 'll ll".split())
_INTENT = frozenset(
    "going plans plan expected expects expect due intends intend aims set poised supposed "
    "agreed agrees agree promised promises pledged pledges vowed vows likely unlikely".split()
)
# Words that put what follows in the future even without "to" ("planned a rally Saturday").
_PLANNED = frozenset("planned planning scheduled slated upcoming".split())
_BE = frozenset("is are".split())
_AUXILIARIES = frozenset("was were".split())
_LOOKING_AHEAD = _PLANNED | _INTENT
# Reporting verbs carry the tense of the report, not of what is reported, unless the date
# stands right next to them ("said on Monday", "announced Sunday").
_REPORTING = frozenset(
    "said says say told tells announced added reported stated noted warned according".split()
)
_REPORTING_REACH = 3
_PREPOSITIONS = frozenset("on in at to during after before from by with late early".split())
_PAST = frozenset(
    "was were had did said told ago came went took made began left met saw gave fell rose "
    "won lost held kept sent spent paid got became brought bought thought found ran wrote "
    "spoke struck withdrew drew grew knew threw flew shot fought caught taught sought sold "
    "stood understood led fled ended sank broke chose drove froze hid hung meant rode shook "
    "slept stole swore swam tore woke wore felt heard built dealt dug forgave bled clung crept "
    "flung knelt leapt lent shone slid spun sprang stuck strove swept swung underwent upheld "
    "wept arose awoke blew drank overtook overthrew rang sang oversaw undertook forbade".split()
)
_CLAUSE_CLOSED = re.compile(r",\s*(?:\w+ly\s+)?([a-z]+)\b")
"""A comma and then a word in the past (``_PAST``, or in "-ed" and not in ``_NOT_PAST``) with
no subject of its own: the main clause going on after a clause set in it ("Mubarak, who has
said he would step down in September, met ..."), whose tense is not the date's when that
clause looks ahead after its last comma before the date. A clause in the present ("Jones,
who is accused of killing a guard in July, appeared ...") tells no direction of its own,
and the past verb after it still places the month. A date that opens the sentence ("In
January, a week after ..., a bombing killed") or a clause of its own after a comma ("troops
will withdraw, and on Monday, ordered ...") gives none there, and takes the verb after the
comma."""
_PRESENT = frozenset("is are am says say has have does do remains remain".split())
_NOT_PAST = frozenset(
    "need speed indeed bed red hundred seed feed shed united based proceed exceed succeed "
    "weed breed bleed deed greed creed sled wed ted ned fred ahmed mohammed mohamed "
    "muhammad armed detailed limited talented related".split()
)
_SCHEDULE_PLURAL = frozenset(
    "begin start open close meet arrive depart launch resume peak reach rise land visit "
    "host".split()
)
"""Verbs in the present that tell a timetable, after a plural subject ("the talks resume
on Monday", "the meteors peak on Wednesday night"): what they date is ahead, as a plan is."""
_SCHEDULE = frozenset(
    verb + ("es" if verb.endswith(("ch", "sh")) else "s")
    for verb in _SCHEDULE_PLURAL | {"set", "kick", "get"}
)
"""The same verbs after a singular subject ("the court resumes on Monday", "Earth gets
closest to the sun on Wednesday"), and "set", "kick" and "get", whose bare forms tell a
timetable too seldom ("the rules set on Monday")."""
_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s']s")
_NAME_GIVEN = frozenset("called named dubbed nicknamed titled".split())
"""Participles that give a name ("an event called perihelion"), not a verb of the clause."""
_MARKERS = (
    _MODAL_FUTURE | _PLANNED | _INTENT | _BE | _PAST | _PRESENT | _SCHEDULE | _SCHEDULE_PLURAL
)


# Before a participle these give the present: "is heard", "stay closed", "remains shut".
_PRESENT_COPULA = frozenset("is are am stay stays remain remains".split())
_DEGREE = frozenset("still yet very more most less least so as too newly".split())


def _is_adverb(word: str) -> bool:
    """Words that sit between a determiner and an -ed adjective: "a still unspecified date",
    "the recently completed plant"."""
    return word in _DEGREE or (word.endswith("ly") and len(word) > 3)


def _to_be(words: list[str], i: int) -> bool:
    """Whether the participle at ``i`` follows "to be" that leads to something yet to come
    ("is to be sealed", "is expected to be permanently sealed", "well to be sealed" as
    headlines write it): after "is", "due", "expected" or a noun, not after a past form or
    a verb of saying, right before it or before its object ("was found to be infected",
    "said to be held", "caused cleanup efforts to be suspended")."""
    j = i - 1
    if j >= 0 and _is_adverb(words[j]):
        j -= 1
    if j < 2 or words[j - 1 : j + 1] != ["to", "be"]:
        return False
    for word in reversed(words[max(0, j - 5) : j - 1]):
        if word in _BE or word in _LOOKING_AHEAD:
            return True
        if word.endswith("ed") or word in _PAST or word in _REPORTING or word in _AUXILIARIES:
            return False
    return True


def _classify(words: list[str], i: int) -> Tense | None:
    word = words[i]
    if word.endswith("'ll"):  # "they'll"
        return Tense.FUTURE
    if word not in _MARKERS and not word.endswith("ed"):
        return None
    previous = words[max(0, i - 3) : i]
    if (
        word in _PLANNED
        and previous
        and (previous[-1] in _DETERMINERS or previous[-1].endswith("ly"))
    ):
        # "the slated visit in September" looks ahead; in "on Friday, when she set aside
        # plans for the hastily planned trip" the adjective says nothing of Friday.
        return Tense.FUTURE if "<date>" in words[i + 1 : i + 12] else None
    if word in _MODAL_FUTURE and words[i + 1 : i + 2] == ["have"]:
        # "would have put", "should have known": a past that did not happen, still the past
        return Tense.PAST
    if word in _MODAL_FUTURE or word in _PLANNED:
        return Tense.FUTURE
    if word in _INTENT or word in _BE or word in _AUXILIARIES:
        # "plans to", "is due to", "is to resume", "was to meet": intention; "the plan" is
        # only a noun, and "had been due to" looks back.
        if words[i + 1 : i + 2] == ["to"] and "had" not in previous[-2:]:
            return Tense.FUTURE
        if word in _INTENT:
            return None
    if word in _NAME_GIVEN and previous[-2:-1] and previous[-2] in _DETERMINERS:
        return None  # "an event called perihelion": a name given, not a verb of the clause
    if word in _PAST or (
        word.endswith("ed")
        and len(word) > 4
        and word not in _NOT_PAST
        and "-" not in word
        and not (previous and previous[-1] in _DETERMINERS)
        and not (set(previous[-2:-1]) & _DETERMINERS and _is_adverb(previous[-1]))
    ):
        # "will be completed", "would have left": the auxiliary decides; "were planning to":
        # the verb after it does ("was about to" stays past: it narrates a past moment).
        following = words[i + 1 : i + 2]
        if _to_be(words, i):
            return Tense.FUTURE  # "is to be sealed on Sunday", "well to be sealed by Sunday"
        if previous[-1:] and previous[-1] in _PRESENT_COPULA:
            return Tense.PRESENT  # "when the case is heard in May": a present passive
        if previous[-2:-1] and previous[-2] in _MODAL_FUTURE and previous[-1] == "have":
            return Tense.PAST  # "would have collapsed": a past that did not happen
        if any(p in _MODAL_FUTURE for p in previous) or (
            word in _AUXILIARIES and following and following[0] in _LOOKING_AHEAD
        ):
            return Tense.FUTURE
        return Tense.PAST
    if word in _PRESENT:
        return Tense.PRESENT
    if word in _SCHEDULE and not (previous and previous[-1] in _DETERMINERS):
        return Tense.FUTURE
    if word in _SCHEDULE_PLURAL and previous[-1:] and _PLURAL_NOUN.fullmatch(previous[-1]):
        return Tense.FUTURE  # "the Quadrantid meteors peak on Wednesday night"
    return None


def clause_tense(text: str, start: int, end: int) -> Tense:
    """Tense of the clause holding ``text[start:end]``: the nearest marker, left preferred.

    A marker to the left at distance d beats one to the right at distance d, because English
    puts the auxiliary ("will", "had") before the date far more often than after it.
    """
    lead = text[max(0, start - _LEAD_CHARS) : start]
    if _SINCE.search(lead):
        return Tense.PAST
    if _AHEAD.search(lead):
        return Tense.FUTURE
    left_limit = max(0, start - _WINDOW)
    left_text = text[left_limit:start]
    boundaries = [b for b in _BOUNDARY.finditer(left_text) if _ends_sentence(left_text, b)]
    boundaries += _QUOTE.finditer(left_text)
    if boundaries:
        left_text = left_text[max(b.end() for b in boundaries) :]
    right_text = text[end : end + _WINDOW]
    cuts = [b.start() for b in _BOUNDARY.finditer(right_text) if _ends_sentence(right_text, b)]
    # "on Thursday, saying that letting it fail would ...": what was said is another clause.
    cuts += [b.start() for b in _REPORTED_AFTER.finditer(right_text)]
    cuts += [b.start() for b in _REPORTING_CLAUSE_AFTER.finditer(right_text)]
    quote = _QUOTE.search(right_text)
    if quote:
        cuts.append(quote.start())
    if cuts:
        right_text = right_text[: min(cuts)]
    left = _untokenised([w.lower() for w in _WORD.findall(left_text)])
    right = _untokenised([w.lower() for w in _WORD.findall(right_text)])
    words = [*left, "<date>", *right]
    best: tuple[int, Tense] | None = None
    for distance in range(len(left)):
        index = len(left) - 1 - distance
        tense = _verdict(words, index, distance)
        if tense is not None:
            best = (2 * distance, tense)
            break
    reach = len(right)
    closed = _closed_at(right_text)
    if (
        best is not None
        and best[1] is Tense.FUTURE
        and closed is not None
        and best[0] < 2 * _after_comma(left_text)
    ):
        # the date's clause has its own verb: the main clause's after it is not its tense
        reach = len(_untokenised(_WORD.findall(right_text[:closed].lower())))
    for distance in range(reach):
        if best is not None and 2 * distance + 1 >= best[0]:
            break
        tense = _verdict(words, len(left) + 1 + distance, distance)
        if tense is not None:
            best = (2 * distance + 1, tense)
            break
    tense = best[1] if best else Tense.UNKNOWN
    if tense in (Tense.UNKNOWN, Tense.PRESENT) and _LIMIT.search(lead):
        return Tense.FUTURE  # "the government runs the country until the fall elections"
    return tense


def _untokenised(words: list[str]) -> list[str]:
    """Words with "won't" whole again where tokenised text splits it ("wo n't")."""
    joined: list[str] = []
    for word in words:
        if word == "n't" and joined and joined[-1] == "wo":
            joined[-1] = "won't"
        else:
            joined.append(word)
    return joined


def _closed_at(right: str) -> int | None:
    """Where the main clause goes on after the clause holding a date (``_CLAUSE_CLOSED``),
    in the text to the date's right, if it does."""
    for m in _CLAUSE_CLOSED.finditer(right):
        word = m.group(1)
        if word in _PAST or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
            return m.start()
    return None


def _after_comma(left: str) -> int:
    """Words between the last comma before a date and the date (all of them without one)."""
    return len(_untokenised(_WORD.findall(left[left.rfind(",") + 1 :].lower())))


def _ends_sentence(text: str, boundary: re.Match[str]) -> bool:
    """Whether a boundary match ends a sentence: not the full stop of an abbreviation nor one
    followed by a lower-case word."""
    if text[boundary.start()] != ".":
        return True
    after = text[boundary.end() : boundary.end() + 1]
    if after.islower():
        return False
    word = _WORD_BEFORE.search(text, max(0, boundary.start() - 12), boundary.start() + 1)
    return word is None or word.group(1).lower() not in _ABBREVIATIONS


def _verdict(words: list[str], index: int, distance: int) -> Tense | None:
    if (
        words[index] in _REPORTING
        and distance >= _REPORTING_REACH
        and words[index + 1 : index + 2] != ["<date>"]
        and not set(words[index + 1 : index + 2]) & _PREPOSITIONS
    ):
        # "said the offer expires Nov. 6": the date is in what was said. "said on state
        # television Friday": a phrase about the saying, and the date with it.
        return None
    return _classify(words, index)
