"""Who published an article, and which wire agency its text credits — kept apart.

A regional paper reprinting an AP story is the *publisher* (``Article.outlet``); AP is the
*wire* it credits (``Article.wire``). Evidence counting needs both: five outlets printing one
wire story are one source, while the outlet is still what a reader recognises. The publisher
comes from metadata or the URL host; the wire from credits in the text ("SOURCE: AP",
"(Reuters) -", "Sam Mednick/AP", "told AFP").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from storyline.models import Article

# Agencies and the names they are credited under, canonical short name first.
WIRES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua",),
    "PA": ("PA", "PA Media", "Press Association"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg",),
    "Kyodo": ("Kyodo",),
    "Yonhap": ("Yonhap",),
    "TASS": ("TASS",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI",),
    "IANS": ("IANS",),
    "CNA": ("CNA",),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
}
_CANONICAL = {alias.casefold(): name for name, aliases in WIRES.items() for alias in aliases}
_KNOWN = "|".join(
    sorted((re.escape(a) for aliases in WIRES.values() for a in aliases), key=len, reverse=True)
)
# An agency name as credits spell unknown ones: capitalised words ("Meridian Press").
_NAME = r"[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]*){0,4}"

# Credit forms, strongest first: an explicit source line or dateline names the wire the text
# is from; a photo credit or "told AFP" only shows the text drew on it. An agency's own copy
# says "told AFP"; another outlet citing it names what it is right after its name ("told AFP
# news agency", "according to Xinhua News Agency", "told AFP, the French news agency", "the
# Reuters news service"), which credits nothing.
_CREDITS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^\s*SOURCE\s*:\s*({_NAME})\s*\.?\s*$", re.MULTILINE),
    re.compile(rf"^[A-Z][\w .,'-]{{1,40}}?\(({_NAME})\)\s*[-—–]", re.MULTILINE),
    re.compile(rf"^\s*\(({_NAME})\)\s*[-—–]", re.MULTILINE),
    re.compile(rf"\(({_NAME})\)\s*$"),
    re.compile(rf"^\s*[—–-]\s*({_NAME})\s*$", re.MULTILINE),
    re.compile(rf"^\s*©\s*({_NAME})\s*$", re.MULTILINE),
    re.compile(rf"^\s*(?:With|Additional) reporting by ({_NAME})\.?\s*$", re.MULTILINE),
    re.compile(rf"following report comes from the ({_NAME}) agency"),
    re.compile(rf"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}}/({_KNOWN})\b"),
    re.compile(
        rf"\b(?:told|according to|said to|quoted by|cited by)\s+(?:the\s+)?(?>({_KNOWN}))\b"
        r"(?!\s*+(?:,\s*+(?:the\s+|[\w-]+['’]s\s+)(?:[\w-]+\s+){0,3})?"
        r"(?i:news[\s-]*agenc|(?:news|wire)\s+service))"
    ),
)
# What a generic credit pattern may catch that is not an agency.
_NOT_WIRES = {"photo", "file", "getty images", "source", "update", "the", "staff", "editing by"}

# Hosts whose publisher name is not guessable from the domain.
_HOST_NAMES: dict[str, str] = {
    "apnews.com": "AP",
    "ap.org": "AP",
    "reuters.com": "Reuters",
    "afp.com": "AFP",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "aljazeera.com": "Al Jazeera",
    "trtworld.com": "TRT World",
    "npr.org": "NPR",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "theguardian.com": "The Guardian",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "abcnews.go.com": "ABC News",
    "cbsnews.com": "CBS News",
    "usatoday.com": "USA Today",
    "wsj.com": "The Wall Street Journal",
    "france24.com": "France 24",
    "dw.com": "DW",
    "xinhuanet.com": "Xinhua",
}
# Second-level public suffixes common in news URLs, so "news.bbc.co.uk" → "bbc.co.uk".
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "go", "or", "ne"}


def detect_outlet(article: Article) -> str | None:
    """The publisher: metadata when given, else a name from the URL (or URL origin) host."""
    if article.outlet:
        return article.outlet
    for location in (article.url, article.origin):
        if location and location.startswith(("http://", "https://")):
            host = outlet_from_url(location)
            if host:
                return host
    return None


def outlet_from_url(url: str) -> str | None:
    """A publisher name for a URL: a known name, else the registrable domain."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return None
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    domain = ".".join(labels[-keep:])
    return _HOST_NAMES.get(host) or _HOST_NAMES.get(domain) or domain


def detect_wires(text: str) -> list[str]:
    """Every agency the text credits, strongest credit first, each once."""
    found: list[str] = []
    for pattern in _CREDITS:
        for match in pattern.finditer(text):
            name = _canonical(match.group(1))
            if name and name not in found:
                found.append(name)
    return found


def detect_wire(text: str) -> str | None:
    """The agency the text is credited to, or None when it credits none."""
    found = detect_wires(text)
    return found[0] if found else None


def _canonical(raw: str) -> str | None:
    name = " ".join(raw.split()).strip(" .,")
    if not name or name.casefold() in _NOT_WIRES or len(name) > 40:
        return None
    return _CANONICAL.get(name.casefold(), name)
