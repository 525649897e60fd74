"""The web app: the JSON API (``api``) and the pages (``pages``) over the SQLite store.

It calls the same library as the CLI: readers for POSTed articles, the store, the analysis
of stories (through ``StoryCache``, once per store state) and the contract dictionaries of
``storyline.output``. Routes get the store and the stories through one ``Site`` dependency;
``security`` adds the headers, limits and token checks every response and write goes
through. Nothing is loaded from another host.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline import __version__
from storyline.follow import Background, FollowSettings, PollSummary
from storyline.store import Store
from storyline.web import api, pages
from storyline.web.cache import StoryCache
from storyline.web.security import LOOPBACK_NAMES, MAX_BODY, Guard, is_loopback
from storyline.web.site import Site, Stores, StoryMoved

log = logging.getLogger("storyline.web")

MAX_CONNECTIONS = 200


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    read_only: bool = False,
    allowed_hosts: list[str] | None = None,
    max_body: int = MAX_BODY,
    follow: FollowSettings | None = None,
) -> FastAPI:
    """The app over the store at ``db_path``.

    With ``token`` every write needs ``Authorization: Bearer TOKEN``; ``read_only`` refuses
    writes outright (``serve`` sets it when listening beyond this machine without a token).
    ``allowed_hosts`` limits the Host header, which stops DNS-rebinding pages in a browser
    from reaching a server on localhost. With ``follow`` the app polls those sources in the
    background while it runs, and analyses what they bring.
    """
    db = Path(db_path)
    Store(db).close()  # create and migrate the store before any request needs it
    site = Site(
        db=db,
        stores=Stores(db),
        cache=StoryCache(db),
        token=token,
        read_only=read_only,
        max_body=max_body,
    )

    def analyse_news(store: Store, summary: PollSummary) -> None:
        if summary.new_items:
            site.cache.refresh(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        store = site.store()
        site.cache.load(store)
        site.cache.refresh(store)
        follower = Background(db, follow, analyse_news) if follow else None
        if follower:
            follower.start()
        yield
        if follower:
            await run_in_threadpool(follower.close)
        site.cache.close()
        site.stores.close()

    app = FastAPI(
        title="storyline",
        version=__version__,
        description="Stories, timelines, claims and articles from a storyline store.",
        docs_url=None,  # the stock docs page loads its assets from a CDN; /docs is our own
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.site = site
    static = files("storyline.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        """JSON errors for the API, a readable page for people; a merged story's old
        address redirects to the story it is part of."""
        if isinstance(exc, StoryMoved):
            target = exc.location(request.url.path)
            return RedirectResponse(target, exc.status_code)
        headers = getattr(exc, "headers", None)
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=headers)
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        html = await run_in_threadpool(
            lambda: pages.page(
                site, "error.html", exc.status_code, code=exc.status_code, message=message
            )
        )
        if headers:
            html.headers.update(headers)
        return html

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(Guard, max_body=max_body)  # added last = outermost: every reply secured
    return app


def serve(
    db_path: str | Path,
    host: str,
    port: int,
    token: str | None,
    follow: FollowSettings | None = None,
) -> None:
    """Run the app with uvicorn: open for writes on loopback, token-guarded beyond it."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="storyline: %(message)s")
    local = is_loopback(host)
    if not local and token is None:
        log.warning("listening on %s without --token: writing is off", host)
    app = create_app(
        db_path,
        token,
        read_only=not local and token is None,
        allowed_hosts=LOOPBACK_NAMES if local else None,
        follow=follow,
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        proxy_headers=False,  # no proxy is assumed: never trust forwarded client addresses
        limit_concurrency=MAX_CONNECTIONS,  # past this, 503 at once rather than a pile-up
    )
