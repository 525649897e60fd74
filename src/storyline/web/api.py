"""The JSON API under /api: stories, their parts, articles, search, and adding articles.

Story documents are the output contract (spec/storyline-output.schema.json) as the analysis
stored them; articles are the contract's article dictionaries from ``storyline.output``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from storyline import __version__
from storyline.errors import InputError, InputWarning
from storyline.models import Article
from storyline.output import article_dict
from storyline.readers import BYTES_SUFFIXES, CONTENT_TYPES, read_bytes
from storyline.store import Store
from storyline.web.search import search
from storyline.web.security import authorise, read_limited
from storyline.web.site import SiteDep

FORMATS = sorted(s.lstrip(".") for s in BYTES_SUFFIXES)
NOT_READY: dict[int | str, dict[str, Any]] = {
    503: {"description": "The stories are still being analysed (see Retry-After)."}
}
A_STORY = {**NOT_READY, 404: {"description": "No story has this id."}}

router = APIRouter(prefix="/api", tags=["api"])


def title_match(summaries: list[dict[str, Any]], q: str) -> list[dict[str, Any]]:
    """The stories whose title holds every word of ``q`` (all of them for no words)."""
    words = q.casefold().split()
    if not words:
        return list(summaries)  # a copy: callers may extend it
    return [s for s in summaries if all(w in s["title"].casefold() for w in words)]


@router.get("/status")
def api_status(site: SiteDep) -> dict[str, Any]:
    """Whether the stories reflect every stored article, and what is being analysed."""
    store = site.store()
    return {"stored_articles": store.count(), **site.status(store)}


@router.get("/sources")
def api_sources(site: SiteDep) -> dict[str, Any]:
    """The feeds followed into this store: when each was last polled and how it went."""
    return {
        "sources": [
            {"url": p.url, "polled": p.polled, "outcome": p.outcome, "failed": p.failed}
            for p in site.store().feed_polls()
        ]
    }


@router.get("/stories", responses=NOT_READY)
def api_stories(
    site: SiteDep,
    q: Annotated[str, Query(max_length=200, description="Words the title must contain.")] = "",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Stories, biggest first: counts, date span and entry density (503 until analysed)."""
    snapshot = site.snapshot_or_503()
    chosen = title_match(snapshot.summaries, q)
    return {
        "storyline_version": __version__,
        "up_to_date": snapshot.state == site.store().state(),
        "total": len(chosen),
        "stories": chosen[offset : offset + limit],
    }


@router.get("/stories/{story_id}", responses=A_STORY)
def api_story(site: SiteDep, story_id: str) -> Response:
    """One story as a complete output document (spec/storyline-output.schema.json)."""
    return Response(site.cached(story_id, "document"), media_type="application/json")


def _story_part(site: SiteDep, story_id: str, part: str) -> JSONResponse:
    story = json.loads(site.cached(story_id, "document"))["stories"][0]
    return JSONResponse({"story": story_id, part: story[part]})


@router.get("/stories/{story_id}/timeline", responses=A_STORY)
def api_timeline(site: SiteDep, story_id: str) -> JSONResponse:
    """A story's timeline entries, in date order, each with all its evidence."""
    return _story_part(site, story_id, "timeline")


@router.get("/stories/{story_id}/claims", responses=A_STORY)
def api_claims(site: SiteDep, story_id: str) -> JSONResponse:
    """A story's figures, grouped by what they measure."""
    return _story_part(site, story_id, "claims")


@router.get("/stories/{story_id}/contradictions", responses=A_STORY)
def api_contradictions(site: SiteDep, story_id: str) -> JSONResponse:
    """Where the story's sources disagree, side by side."""
    return _story_part(site, story_id, "contradictions")


@router.get("/stories/{story_id}/accounts", responses=A_STORY)
def api_accounts(site: SiteDep, story_id: str) -> JSONResponse:
    """Where one of the story's sources asserts what another denies, side by side."""
    return _story_part(site, story_id, "accounts")


@router.get("/articles")
def api_articles(
    site: SiteDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Stored articles in ingest order (metadata; the text is at /api/articles/{id})."""
    store = site.store()
    return {
        "total": store.count(),
        "articles": [article_dict(a, a.duplicate_of) for a in store.articles_page(limit, offset)],
    }


@router.get("/articles/{article_id}")
def api_article(site: SiteDep, article_id: str) -> dict[str, Any]:
    """One article with its text and the stories it belongs to."""
    store = site.store()
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return {
        **article_dict(article, article.duplicate_of),
        "text": article.text,
        "stories": store.stories_of(article_id),
    }


@router.get("/search")
def api_search(
    site: SiteDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Articles whose title or text contain every word (SQLite FTS5; `word*` = prefix)."""
    hits = search(site.store(), q, limit, offset)
    return {"query": q, "results": [hit.as_dict() for hit in hits]}


@router.post(
    "/articles",
    status_code=201,
    dependencies=[Depends(authorise)],
    responses={
        401: {"description": "A token is needed and was missing or wrong."},
        403: {"description": "Writing is off (listening beyond loopback, no token)."},
        413: {"description": "The body is over the size limit."},
        422: {"description": "No article could be read; the errors say why."},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "Articles in any format `storyline ingest` reads.",
            "content": {kind: {"schema": {"type": "string"}} for kind in CONTENT_TYPES},
        }
    },
)
async def api_post_articles(
    site: SiteDep,
    request: Request,
    format: Annotated[
        str | None,
        Query(
            pattern="^(" + "|".join(FORMATS) + ")$",
            description="Input format; default: from Content-Type, else sniffed.",
        ),
    ] = None,
    origin: Annotated[
        str, Query(max_length=200, description="Name for the batch in error messages.")
    ] = "upload",
) -> dict[str, Any]:
    """Store new articles (token needed when the server was started with one)."""
    data = await read_limited(request, site.max_body)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    suffix = f".{format}" if format else CONTENT_TYPES.get(kind, "")
    outcome = await run_in_threadpool(_ingest, site.db, data, origin, suffix)
    site.cache.refresh(site.store())
    if not outcome["ids"]:
        raise HTTPException(422, {"message": "no article could be read", **outcome})
    return outcome


def _ingest(db: Path, data: bytes, origin: str, suffix: str) -> dict[str, Any]:
    """Read a POSTed batch as `storyline ingest` reads a file, and store what could be read."""
    articles: list[Article] = []
    errors: list[str] = []
    warnings: list[str] = []
    for item in read_bytes(data, origin, suffix=suffix):
        if isinstance(item, InputWarning):
            warnings.append(str(item))
        elif isinstance(item, InputError):
            errors.append(str(item))
        else:
            articles.append(item)
    ids: list[str] = []
    with Store(db) as store:
        outcome = store.add_articles(articles, ids=ids)
    return {
        "new": outcome.new,
        "existing": outcome.existing,
        "updated": outcome.updated,
        "failed": len(errors),
        "errors": errors,
        "warnings": warnings,
        "ids": ids,
    }
