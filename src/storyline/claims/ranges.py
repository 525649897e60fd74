"""The range of values a printed figure allows, read as a reporter uses its qualifier."""

from __future__ import annotations

import re

from storyline.models import Quantity


def _is_share(q: Quantity) -> bool:
    return (q.qualifier or "").startswith(_SHARE_PREFIXES)


_APPROX = frozenset(
    {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
     "close to"}
)  # fmt: skip
_BELOW = {"nearly": 0.85, "almost": 0.85, "just under": 0.9}
_ABOVE = frozenset({"more than", "over", "above", "upwards of", "well over", "well above"})
_AT_LEAST = frozenset({"at least", "no fewer than"})
_UNDER = frozenset({"fewer than", "less than", "under", "below"})
_AT_MOST = frozenset({"at most", "no more than", "not more than"})
_UP_TO = frozenset({"up to", "as many as"})
_COUNTED = 100
"""From here up a hedged figure with no round digit ("some 122", "about 1,437") is a count
someone made, off by less than an estimate is."""
_SHARE_FACTORS = {
    "most": 0.5, "the majority": 0.5, "nearly all": 0.8, "almost all": 0.8, "half": 0.4,
    "the bulk": 0.6,
}  # fmt: skip
_SHARE_PREFIXES = tuple(f"{share} of" for share in _SHARE_FACTORS)
_ORDERS = frozenset("dozens scores hundreds thousands millions billions trillions".split())
_VAGUE_FACTORS = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3)}


def is_vague(q: Quantity) -> bool:
    """Whether a figure gives only an order of magnitude ("tens of thousands", "several
    hundred", "dozens"): an impression of a crowd or a toll, not a count. Two such
    impressions told apart are no disagreement a reader could hold either outlet to."""
    qualifier = q.qualifier or ""
    words = qualifier.split()
    return bool(words) and (
        words[-1] in _ORDERS or any(qualifier.endswith(vague) for vague in _VAGUE_FACTORS)
    )


def value_range(q: Quantity, fixed: bool = False, nearest: bool = False) -> tuple[float, float]:
    """The range of values a figure allows, read as a reporter uses its qualifier.

    A round figure carries its rounding ("1,000" is 950 to 1,050); "about" widens by a
    tenth, as a count is estimated, by a twentieth when the figure is a count someone made
    ("some 122"), but a ``fixed`` measure (a distance, a mass) is looked
    up, not estimated, so "about 230 km" allows only its rounding. "Fewer than X" and "up
    to X" mean a figure in the upper half below X, which is why "some 200" cannot be "most
    of fewer than 1,000". Lower bounds ("more than", "at least") stay open upwards: a later,
    larger count does not contradict them. A ``nearest`` figure (a named rate, "an
    unemployment rate of 4.1%") is a statistic rounded to its last digit, not cut short, so
    "4.1%" and "4.2%" are two values.
    """
    value = q.value
    qualifier = q.qualifier or ""
    share = None
    for name in _SHARE_FACTORS:
        if qualifier.startswith(name + " of"):
            share = _SHARE_FACTORS[name]
            qualifier = qualifier[len(name) + 4 :].strip()
            break
    rounding = _rounding(q, nearest)
    if fixed and value == int(value):
        # "84km (52 miles)": a measure is written to its last digit, and a conversion
        # rounds too, so a whole figure allows a half of that digit either way.
        rounding = max(rounding, 0.5 * 10 ** _zeros(value))
    if fixed and qualifier in _APPROX:
        qualifier = ""  # "about 22 miles" for 35 km: only the rounding, as above
    low, high = _qualified(value, qualifier, rounding)
    if share is not None:
        return low * share, high * (1.0 if share > 0.4 else 0.6)
    return low, high


def _rounding(q: Quantity, nearest: bool = False) -> float:
    """How far a figure may be from the truth because it was rounded when written."""
    value = q.value
    if "dozen" in q.text.lower():
        return value * 0.1
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", q.text)
    if digits and digits.group(1):
        # "$4.3m" for 4.37 million: the last written digit is off by up to one; a statistic
        # rounded to the nearest by up to a half, kept just under so the next value is apart.
        step = 0.45 if nearest else 1.0
        scale = value / float(digits.group().replace(",", ""))
        return step * 10 ** -len(digits.group(1)) * scale
    integer = int(value)
    if integer != value or integer == 0:
        return 0.0
    zeros = _zeros(value)
    return min(0.5 * 10**zeros, 0.05 * value) if zeros else 0.0


def _zeros(value: float) -> int:
    """The trailing zeros of a whole figure (230: one); none for a fraction."""
    integer = int(value)
    if integer != value or integer == 0:
        return 0
    return len(str(integer)) - len(str(integer).rstrip("0"))


def _qualified(value: float, qualifier: str, rounding: float) -> tuple[float, float]:
    words = qualifier.split()
    if words[:1] == ["between"]:
        return float(words[1]) - rounding, value + rounding
    if words and words[-1] in _ORDERS:
        # "thousands of people are feared dead", "killed many thousands": news tells a toll
        # it cannot count by the order it has at least reached, so a later "as many as
        # 200,000" is within it, while a count below it ("8,000" for "tens of thousands")
        # is not
        return 2 * value, float("inf")
    for vague, (low, high) in _VAGUE_FACTORS.items():
        if qualifier.endswith(vague):
            return low * value, high * value
    if qualifier in _APPROX:
        # "some 122 people": a count made and hedged, not an estimate a round figure gives
        spread = 0.1 if rounding or value != int(value) or value < _COUNTED else 0.05
        return (1 - spread) * value - rounding, (1 + spread) * value + rounding
    if qualifier in _BELOW:
        return _BELOW[qualifier] * value, value
    if qualifier in _ABOVE:
        return value, float("inf")
    if qualifier in _AT_LEAST:
        return value, float("inf")
    if qualifier in _UNDER or qualifier in _UP_TO:
        return 0.5 * value, value
    if qualifier in _AT_MOST:
        return 0.0, value
    if qualifier == "just over":
        return value, 1.1 * value
    return value - rounding, value + rounding
