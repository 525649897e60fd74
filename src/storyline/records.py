"""Records to articles: the field names of the shapes news data comes in, read alike.

A JSON object, a JSON Lines line, a CSV row or a Parquet row is a *record*; the fields an
article needs (text, title, published, outlet, url, id) go by many names across exporters:
NewsAPI (``publishedAt``, ``source: {"name": ...}``, ``content``), news-please and the
giveme5w1h data (``maintext``, ``date_publish``, ``source_domain``), GDELT (``seendate``,
``domain``, ``SOURCEURL``), feed exports (``pubDate``, ``link``, ``description``), CMS exports
(WordPress ``title: {"rendered": ...}``, Ghost ``html``, JSON:API ``attributes``), the
Guardian and New York Times APIs (``webTitle``, ``fields.bodyText``, ``headline.main``).

Names are compared without case, ``_``, ``-`` or spaces (``publishedAt`` = ``published_at``
= ``PUBLISHED-AT``); the first alias present in ``ALIASES`` order wins; a value that is an
object gives its ``name``/``rendered``/``value``/``main``/``text`` member; HTML in a text
field is read as text with its paragraphs kept apart. ``--field title=headline`` (a
``FieldMap``) names the field to use, as a dotted path for nested values (``source.name``).
docs/input.md lists every alias.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from storyline.errors import UsageError

FIELDS = ("text", "title", "published", "outlet", "url", "id")

ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "body", "bodytext", "maintext", "articlebody", "fulltext", "articletext",
        "content", "contenttext", "contenthtml", "contentencoded", "plaintext", "html", "story",
        "description", "summary", "abstract", "leadparagraph", "excerpt", "snippet",
    ),
    "title": ("title", "headline", "heading", "webtitle", "titlepage", "titlerss", "subject"),
    "published": (
        "published", "publishedat", "publicationdate", "publishdate", "pubdate",
        "datepublished", "datepublish", "webpublicationdate", "firstpublished", "isodate",
        "date", "seendate", "publishedtime", "publishtime", "datetime", "time", "timestamp",
        "created", "createdat", "datecreated",
    ),
    "outlet": (
        "outlet", "source", "sourcename", "sourcedomain", "publisher", "site", "sitename",
        "domain", "newspaper", "publication", "media", "provider", "feedtitle",
    ),
    "url": (
        "url", "link", "href", "permalink", "canonicalurl", "weburl", "sourceurl", "uri",
        "documentidentifier",
    ),
    "id": ("id", "guid", "uuid", "docid", "articleid", "key"),
}
# A record nested one level down in one of these (JSON:API ``attributes``, Elasticsearch
# ``_source``, the Guardian's ``fields``) lends the record the fields it lacks.
CONTAINERS = ("attributes", "_source", "fields", "properties", "metadata", "meta", "article")
# The members of an object value that hold what it stands for, by field: NewsAPI's
# ``source: {"id": ..., "name": ...}``, WordPress's ``title: {"rendered": ...}``, the New York
# Times' ``headline: {"main": ...}``, Drupal's ``body: {"value": ...}``, MongoDB's
# ``{"$date": ...}``.
VALUE_MEMBERS = {
    "text": ("rendered", "value", "text", "plaintext", "html"),
    "title": ("rendered", "main", "value", "text"),
    "published": ("date", "value", "datetime"),
    "outlet": ("name", "title", "value", "domain"),
    "url": ("href", "url", "value"),
    "id": ("value", "oid", "id"),
}
# Keys under which a document wraps its list of records ({"articles": [...]}).
WRAPPERS = (
    "articles", "items", "results", "docs", "documents", "data", "posts", "entries", "stories",
    "news", "hits", "records", "response", "feed", "channel", "value", "rows", "objects", "db",
)
_WRAP_DEPTH = 5
# Text that opens with a tag, or is cut into paragraphs or lines by tags, is HTML (a CMS
# export's body); other text is kept as written, angle brackets and all.
_HTML = re.compile(r"\A\s*<(?:[a-zA-Z][a-zA-Z0-9]*[\s/>]|!--)|<(?:p|br|/p|div|/div)[\s/>]", re.I)
_NEWSAPI_TAIL = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*\Z")


@lru_cache(maxsize=4096)
def key(name: str) -> str:
    """A field name as compared: no case, no ``_``, ``-``, ``.`` or spaces."""
    return "".join(ch for ch in name.casefold() if ch not in "_- .$")


@dataclass(frozen=True, slots=True)
class FieldMap:
    """``--field NAME=PATH`` choices: the record field (a dotted path) to read for a field."""

    paths: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def parse(cls, specs: Sequence[str]) -> FieldMap:
        """``["title=headline", "outlet=source.name"]`` to a map; usage errors for the rest."""
        paths = []
        for spec in specs:
            name, sep, path = spec.partition("=")
            name = name.strip().lower()
            if not sep or not path.strip():
                raise UsageError(f"--field wants NAME=FIELD (e.g. title=headline), not {spec!r}")
            if name not in FIELDS:
                raise UsageError(f"--field: no field {name!r} (fields: {', '.join(FIELDS)})")
            paths.append((name, tuple(key(p) for p in path.strip().split("."))))
        return cls(tuple(paths))

    def get(self, name: str) -> tuple[str, ...] | None:
        for field, path in self.paths:
            if field == name:
                return path
        return None


def flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record's fields by compared name; a container's fields fill in missing ones."""
    flat: dict[str, Any] = {}
    for name, value in record.items():
        if isinstance(name, str):
            flat.setdefault(key(name), value)
    for container in CONTAINERS:
        inner = record.get(container)
        if isinstance(inner, Mapping):
            for name, value in inner.items():
                if isinstance(name, str):
                    flat.setdefault(key(name), value)
    return flat


def scalar(value: Any, field: str) -> Any:
    """What an object or a list value stands for as ``field``: its member that holds it
    (``VALUE_MEMBERS``), or its first item."""
    for _ in range(_WRAP_DEPTH):
        if isinstance(value, Mapping):
            members = {key(k): v for k, v in value.items() if isinstance(k, str)}
            value = next((members[m] for m in VALUE_MEMBERS[field] if m in members), None)
        elif isinstance(value, list | tuple):
            value = value[0] if value else None
        else:
            return value
    return None


def pick(flat: Mapping[str, Any], name: str, fields: FieldMap) -> Any:
    """The value of a field: the ``--field`` path if given, else the first alias present."""
    path = fields.get(name)
    if path is not None:
        value: Any = flat
        for part in path:
            value = _member(value, part)
        return scalar(value, name)
    for alias in ALIASES[name]:
        value = scalar(flat.get(alias), name)
        if value not in (None, "") and not (isinstance(value, str) and not value.strip()):
            return value
    return None


def _member(value: Any, part: str) -> Any:
    if isinstance(value, Mapping):
        return next((v for k, v in value.items() if isinstance(k, str) and key(k) == part), None)
    return None


def text_of(value: Any) -> str | None:
    """A text field's value as plain text: HTML read as text, a NewsAPI cut mark dropped."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    if "<" in text and _HTML.search(text):
        text = html_text(text)
    if text.rstrip().endswith("chars]"):  # NewsAPI's "… [+2104 chars]"
        text = text[:-80] + _NEWSAPI_TAIL.sub("", text[-80:])
    return text.strip() or None


# Elements after which a reader starts a new paragraph (or line) of text.
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header"
    " footer figure figcaption dd dt hr aside".split()
)


def html_text(html: str) -> str:
    """The text of an HTML fragment with paragraphs apart ("Tarrow.\\n\\nTARROW, England"),
    comments, scripts and styles left out; "" for a fragment with no text (or no markup
    lxml can read: the caller decides what an empty text means)."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError):
        return ""
    pieces: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style") or not isinstance(element.tag, str):
            if element.tail:
                pieces.append(element.tail)
            continue
        if tag in _BLOCKS:
            pieces.append("\n\n")
        if element.text:
            pieces.append(element.text)
        if element.tail and element is not root:
            if tag in _BLOCKS:
                pieces.append("\n\n")
            pieces.append(element.tail)
    paragraphs = (" ".join(part.split()) for part in "".join(pieces).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def records(document: Any) -> list[Any]:
    """The records of a JSON document: a list of them, one record, or a wrapper around a
    list (``{"articles": [...]}``, ``{"response": {"results": [...]}}``, Ghost's ``db``)."""
    found = _unwrap(document, 0)
    if found is not None:
        return found
    return document if isinstance(document, list) else [document]


def _unwrap(node: Any, depth: int) -> list[Any] | None:
    if depth > _WRAP_DEPTH:
        return None
    if isinstance(node, list):
        if not node or any(isinstance(item, Mapping) and _is_record(item) for item in node):
            return node
        inner = [_unwrap(item, depth + 1) for item in node if isinstance(item, Mapping)]
        return [record for part in inner if part for record in part] or None
    if isinstance(node, Mapping):
        # The wrapper first: a JSON Feed has a title of its own beside its "items".
        for name, value in node.items():
            if isinstance(name, str) and key(name) in WRAPPERS and isinstance(value, list | dict):
                wrapped = _unwrap(value, depth + 1)
                if wrapped:
                    return wrapped
        if _is_record(node):
            return [node]
    return None


def _is_record(node: Mapping[str, Any]) -> bool:
    """A mapping with a text or title field, directly or in a container."""
    flat = flatten(node)
    return any(alias in flat for name in ("text", "title") for alias in ALIASES[name])


def describe(record: Mapping[str, Any]) -> str:
    """The record's field names, for an error saying which field was missing."""
    names = [json.dumps(str(k), ensure_ascii=False)[1:-1][:40] for k in list(record)[:8]]
    more = "" if len(record) <= 8 else ", …"
    return ", ".join(names) + more if names else "none"
