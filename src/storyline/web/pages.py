"""The pages people read: the stories list with search, a story, an article, the API docs.

Pages are plain HTML from the package templates with a small script; a story's section was
rendered when the story was analysed, so serving it is a lookup.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from storyline import __version__
from storyline.web.api import title_match
from storyline.web.search import search
from storyline.web.site import Site, SiteDep
from storyline.web.views import environment, human_date, safe_url

STORIES_PER_PAGE = 50

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def page(site: Site, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A whole page: the template ``name`` inside the site's frame, with the store's status."""
    context.setdefault("q", "")
    html = environment().get_template(name).render(
        status=site.status(site.store()), version=__version__, web=True, **context
    )
    return HTMLResponse(html, status_code)


@router.get("/")
def stories_page(
    site: SiteDep,
    q: Annotated[str, Query(max_length=200)] = "",
    page_number: Annotated[int, Query(alias="page", ge=1)] = 1,
) -> HTMLResponse:
    snapshot = site.cache.snapshot
    hits = search(site.store(), q, 20) if q.strip() else []
    chosen = []
    if snapshot is not None:
        # A story matches by its title, or by the articles the search found in it.
        chosen = title_match(snapshot.summaries, q)
        named = {s["id"] for s in chosen}
        for story_id in dict.fromkeys(h.story for h in hits if h.story):
            if story_id not in named and story_id in snapshot.by_id:
                chosen.append(snapshot.by_id[story_id])
    pages = max(1, -(-len(chosen) // STORIES_PER_PAGE))
    start = (page_number - 1) * STORIES_PER_PAGE
    return page(
        site,
        "stories.html",
        q=q,
        stories=chosen[start : start + STORIES_PER_PAGE],
        total=len(chosen),
        page=min(page_number, pages),
        pages=pages,
        hits=hits,
        title=snapshot.title if snapshot else str,
        sources=site.store().feed_polls(),
    )


@router.get("/stories/{story_id}")
def story_page(site: SiteDep, story_id: str) -> HTMLResponse:
    section = site.cached(story_id, "page")
    snapshot = site.cache.snapshot
    title = snapshot.title(story_id) if snapshot else story_id
    return page(site, "story.html", story_id=story_id, title=title, section=Markup(section))


@router.get("/articles/{article_id}")
def article_page(site: SiteDep, article_id: str) -> HTMLResponse:
    store = site.store()
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    snapshot = site.cache.snapshot
    return page(
        site,
        "article.html",
        article=article,
        url=safe_url(article.url),
        when=human_date(article.published.isoformat()) if article.published else None,
        paragraphs=[p.strip() for p in article.text.split("\n\n") if p.strip()],
        stories=[
            (s, snapshot.title(s) if snapshot else s) for s in store.stories_of(article_id)
        ],
    )


@router.get("/docs")
def docs_page(site: SiteDep, request: Request) -> HTMLResponse:
    return page(site, "docs.html", api=request.app.openapi())
