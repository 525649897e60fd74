"""Which stored article an incoming one is: the same, a better-described same, or a copy.

Every article read is kept. Its *text key* is the hash of its normalised text
(``models.article_id``); its *source* is where it was published: its URL, else its outlet,
else the name of the file or record it came from. When an article arrives whose text is
already stored:

1. **Same source** (the same URL; or, where either lacks a URL, the same outlet; or, where
   either lacks an outlet too, the same file or record name): it is that article. Re-reading
   an input changes nothing, from any directory and on any machine; fields the stored article
   lacks (title, outlet, URL, a publication date where it has none or only an inferred one)
   are filled in from the new one, and a value already stored is kept (``storyline set``
   changes it).
2. **A better-described copy of a bare one**: the stored copy has neither URL nor outlet (a
   plain text file) and the new one has either: the new one describes the stored article,
   which takes its title, outlet, URL and date, and keeps its id.
3. **Otherwise** it is another outlet's (or file's) copy of the text: a new article, marked
   ``duplicate_of`` the first stored copy, with its own outlet and date.

Ids: the first copy of a text has the text key as its id (so a store without copies has the
ids it always had); a later copy's id is a hash of the text key and its source. Both depend
only on the input, so re-ingesting gives the same ids on every run and machine.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from storyline.models import Article

# The fields a better-described copy fills in, when the stored article lacks them.
FILLED = ("title", "outlet", "url")


def origin_name(origin: str) -> str:
    """The name of the file or record an article came from, without its directory: the same
    file read from another place (or machine) is the same source."""
    if "://" in origin:
        return origin
    return origin.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def _folded(value: str | None) -> str | None:
    return " ".join(value.split()).casefold() if value else None


def same_source(stored: Article, new: Article) -> bool:
    """Whether two copies of one text come from the same place (rule 1 above)."""
    if stored.url and new.url:
        return stored.url == new.url
    if stored.outlet and new.outlet:
        return _folded(stored.outlet) == _folded(new.outlet)
    return origin_name(stored.origin) == origin_name(new.origin)


def is_bare(article: Article) -> bool:
    """An article read with nothing to say where it was published (rule 2 above)."""
    return not article.url and not article.outlet


def source_key(article: Article) -> str:
    """The source an article's id is derived from: URL, outlet or file/record name."""
    return article.url or _folded(article.outlet) or origin_name(article.origin)


def copy_id(text_key: str, article: Article) -> str:
    """The id of a later copy of a stored text: 16 hex digits from its text and source."""
    seed = f"{text_key}\x1f{source_key(article)}".encode()
    return hashlib.sha256(seed).hexdigest()[:16]


def filled(stored: Article, new: Article) -> Article | None:
    """``stored`` with what ``new`` adds to it, or None when it adds nothing.

    Missing title, outlet and URL are taken; a given date replaces a missing or inferred one.
    A value already stored is never overwritten: which of two given values is right is a
    person's call (``storyline set``).
    """
    changes: dict[str, object] = {
        name: getattr(new, name)
        for name in FILLED
        if getattr(stored, name) is None and getattr(new, name) is not None
    }
    if new.published is not None and not new.published_inferred and (
        stored.published is None or stored.published_inferred
    ):
        changes["published"] = new.published
        changes["published_inferred"] = False
    return replace(stored, **changes) if changes else None  # type: ignore[arg-type]


def resolve(new: Article, copies: list[Article]) -> tuple[str, Article]:
    """What ``new`` (as read: its id is its text key) is, given the stored ``copies`` of its
    text, first stored first: ``("stored", article)`` for the stored article it is (rule 1,
    nothing to fill in), ``("updated", article)`` for a stored article with the fields
    ``new`` filled in (rules 1 and 2), ``("new", article)`` for an article to store (rule 3,
    or the first copy of its text), with its id and ``duplicate_of`` set.
    """
    for stored in copies:
        if same_source(stored, new):
            changed = filled(stored, new)
            return ("updated", changed) if changed else ("stored", stored)
    if not is_bare(new):
        for stored in copies:
            if is_bare(stored):
                return "updated", filled(stored, new) or stored
    if not copies:
        return "new", new
    original = copies[0].duplicate_of or copies[0].id
    return "new", replace(new, id=copy_id(new.id, new), duplicate_of=original)


def admit(new: Article, copies: list[Article]) -> tuple[str, Article]:
    """``resolve``, and ``copies`` brought up to date with the answer (the new article
    appended, an updated one replaced), for the next article of a batch to see."""
    kind, resolved = resolve(new, copies)
    if kind == "new":
        copies.append(resolved)
    elif kind == "updated":
        copies[:] = [resolved if a.id == resolved.id else a for a in copies]
    return kind, resolved


def distinct(articles: Iterable[Article]) -> list[tuple[int, Article]]:
    """Articles as read, as a store would keep them: each copy of a text from another source
    with an id of its own and marked ``duplicate_of``, repeats of one article once (with what
    the repeats filled in). For running the pipeline on articles held in memory, where the
    readers' ids (text keys) would make copies collide. Each kept article comes with the
    position, among those given, of the one it was first read as."""
    copies: dict[str, list[Article]] = {}
    kept: dict[str, tuple[int, Article]] = {}
    for position, article in enumerate(articles):
        kind, resolved = admit(article, copies.setdefault(article.id, []))
        if kind != "stored":
            kept[resolved.id] = (kept.get(resolved.id, (position, article))[0], resolved)
    return list(kept.values())
