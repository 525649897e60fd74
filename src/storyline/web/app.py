"""The web app: a JSON API and server-rendered pages over the SQLite store.

It calls the same library as the CLI: readers for POSTed articles, the store, the pipeline
(through ``StoryCache``, once per store state) and the contract dictionaries of
``storyline.output``. Pages are plain HTML with a small script; nothing is loaded from
another host, and every response carries a Content-Security-Policy that allows scripts only
from this server, so an article's text can never run as code even if escaping were missed.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline import __version__
from storyline.errors import InputError
from storyline.models import Article
from storyline.readers import KNOWN_SUFFIXES, read_bytes
from storyline.store import Store
from storyline.web.cache import StoryCache, store_state
from storyline.web.search import search
from storyline.web.views import environment, human_date, safe_url

log = logging.getLogger("storyline.web")

# A POSTed batch larger than this is refused before it is read (HTTP 413).
MAX_BODY = 16 * 1024 * 1024
STORIES_PER_PAGE = 50
MAX_CONNECTIONS = 200
LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

# The body of POST /api/articles: whatever `storyline ingest` reads from a file.
CONTENT_TYPES = {
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
    "text/html": ".html",
    "text/csv": ".csv",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
}
FORMATS = sorted(s.lstrip(".") for s in KNOWN_SUFFIXES)
NOT_READY: dict[int | str, dict[str, Any]] = {
    503: {"description": "The stories are still being analysed (see Retry-After)."}
}
A_STORY = {**NOT_READY, 404: {"description": "No story has this id."}}

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class Guard:
    """ASGI middleware: refuse oversized bodies up front and add the security headers."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            response = JSONResponse(
                {"detail": f"request body over the limit of {self.max_body} bytes"}, 413
            )
            await response(scope, receive, send_secured)
            return
        await self.app(scope, receive, send_secured)


class Stores:
    """One store connection per worker thread: a sqlite3 connection is not for sharing."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db_path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


def is_loopback(host: str) -> bool:
    """Whether an address to bind stays on this machine (so writes may skip the token)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    read_only: bool = False,
    allowed_hosts: list[str] | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The app over the store at ``db_path``.

    With ``token`` every write needs ``Authorization: Bearer TOKEN``; ``read_only`` refuses
    writes outright (``serve`` sets it when listening beyond this machine without a token).
    ``allowed_hosts`` limits the Host header, which stops DNS-rebinding pages in a browser
    from reaching a server on localhost.
    """
    db = Path(db_path)
    Store(db).close()  # create and migrate the store before any request needs it
    stores = Stores(db)
    cache = StoryCache(db)
    env = environment()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        store = stores.get()
        cache.load(store)
        cache.refresh(store)
        yield
        cache.close()
        stores.close()

    app = FastAPI(
        title="storyline",
        version=__version__,
        description="Stories, timelines, claims and articles from a storyline store.",
        docs_url=None,  # the stock docs page loads its assets from a CDN; /docs is our own
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.cache = cache
    app.state.stores = stores
    static = files("storyline.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        store = stores.get()
        context.setdefault("q", "")
        html = env.get_template(name).render(
            status=_status(store), version=__version__, web=True, **context
        )
        return HTMLResponse(html, status_code)

    def _status(store: Store) -> dict[str, Any]:
        cache.refresh(store)
        state = store_state(store)
        snapshot = cache.snapshot
        return {
            "state": state,
            "analysed_state": snapshot.state if snapshot else None,
            "analysed_articles": snapshot.articles if snapshot else 0,
            "new_articles": _count_after(store, snapshot.state if snapshot else 0),
            "up_to_date": snapshot is not None and snapshot.state == state,
            "analysing": cache.analysing,
            "error": cache.error,
            "stories": len(snapshot.summaries) if snapshot else 0,
        }

    def snapshot_or_503() -> Any:
        cache.refresh(stores.get())
        if cache.snapshot is None:
            raise HTTPException(
                503,
                cache.error or "the stories are being analysed; try again shortly",
                headers={"Retry-After": "2"},
            )
        return cache.snapshot

    def story_section(story_id: str) -> str:
        snapshot_or_503()
        html = cache.page(stores.get(), story_id)
        if html is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return html

    def authorise(request: Request) -> None:
        if read_only:
            raise HTTPException(
                403, "writing is off: this server listens beyond this machine without a token"
            )
        if token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(
                401, "a valid bearer token is needed to write", {"WWW-Authenticate": "Bearer"}
            )

    # ---- JSON API -------------------------------------------------------------------------

    @app.get("/api/status", tags=["api"])
    def api_status() -> dict[str, Any]:
        """Whether the stories reflect every stored article, and what is being analysed."""
        store = stores.get()
        return {"stored_articles": store.count(), **_status(store)}

    @app.get("/api/stories", tags=["api"], responses=NOT_READY)
    def api_stories(
        q: Annotated[str, Query(max_length=200, description="Words the title must contain.")] = "",
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Stories, biggest first: counts, date span and entry density (503 until analysed)."""
        snapshot = snapshot_or_503()
        chosen = _title_match(snapshot.summaries, q)
        return {
            "storyline_version": __version__,
            "up_to_date": snapshot.state == store_state(stores.get()),
            "total": len(chosen),
            "stories": chosen[offset : offset + limit],
        }

    def story_document(story_id: str) -> str:
        snapshot_or_503()
        document = cache.document(stores.get(), story_id)
        if document is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return document

    def story_part(story_id: str, part: str) -> JSONResponse:
        story = json.loads(story_document(story_id))["stories"][0]
        return JSONResponse({"story": story_id, part: story[part]})

    @app.get("/api/stories/{story_id}", tags=["api"], responses=A_STORY)
    def api_story(story_id: str) -> Response:
        """One story as a complete output document (spec/storyline-output.schema.json)."""
        return Response(story_document(story_id), media_type="application/json")

    @app.get("/api/stories/{story_id}/timeline", tags=["api"], responses=A_STORY)
    def api_timeline(story_id: str) -> JSONResponse:
        """A story's timeline entries, in date order, each with all its evidence."""
        return story_part(story_id, "timeline")

    @app.get("/api/stories/{story_id}/claims", tags=["api"], responses=A_STORY)
    def api_claims(story_id: str) -> JSONResponse:
        """A story's figures, grouped by what they measure."""
        return story_part(story_id, "claims")

    @app.get("/api/stories/{story_id}/contradictions", tags=["api"], responses=A_STORY)
    def api_contradictions(story_id: str) -> JSONResponse:
        """Where the story's sources disagree, side by side."""
        return story_part(story_id, "contradictions")

    @app.get("/api/articles", tags=["api"])
    def api_articles(
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Stored articles in ingest order (metadata; the text is at /api/articles/{id})."""
        from storyline.output import article_dict

        store = stores.get()
        ids = [
            row[0]
            for row in store.db.execute(
                "SELECT id FROM articles ORDER BY seq LIMIT ? OFFSET ?", (limit, offset)
            )
        ]
        return {
            "total": store.count(),
            "articles": [article_dict(a, None) for a in store.articles(ids)],
        }

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(article_id: str) -> dict[str, Any]:
        """One article with its text and the stories it belongs to."""
        from storyline.output import article_dict

        store = stores.get()
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return {
            **article_dict(article, None),
            "text": article.text,
            "stories": _stories_of(store, article_id),
        }

    @app.get("/api/search", tags=["api"])
    def api_search(
        q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Articles whose title or text contain every word (SQLite FTS5; `word*` = prefix)."""
        hits = search(stores.get(), q, limit, offset)
        return {"query": q, "results": [hit.as_dict() for hit in hits]}

    @app.post(
        "/api/articles",
        tags=["api"],
        status_code=201,
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
        authorise(request)
        data = await _read_limited(request, max_body)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        suffix = f".{format}" if format else CONTENT_TYPES.get(kind, "")
        outcome = await run_in_threadpool(_ingest, db, data, origin, suffix)
        cache.refresh(stores.get())
        if not outcome["ids"]:
            raise HTTPException(422, {"message": "no article could be read", **outcome})
        return outcome

    # ---- pages ----------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        q: Annotated[str, Query(max_length=200)] = "",
        page_number: Annotated[int, Query(alias="page", ge=1)] = 1,
    ) -> HTMLResponse:
        snapshot = cache.snapshot
        hits = search(stores.get(), q, 20) if q.strip() else []
        chosen = []
        if snapshot is not None:
            # A story matches by its title, or by the articles the search found in it.
            chosen = _title_match(snapshot.summaries, q)
            named = {s["id"] for s in chosen}
            for story_id in dict.fromkeys(h.story for h in hits if h.story):
                if story_id not in named and story_id in snapshot.by_id:
                    chosen.append(snapshot.by_id[story_id])
        pages = max(1, -(-len(chosen) // STORIES_PER_PAGE))
        start = (page_number - 1) * STORIES_PER_PAGE
        return page(
            "stories.html",
            q=q,
            stories=chosen[start : start + STORIES_PER_PAGE],
            total=len(chosen),
            page=min(page_number, pages),
            pages=pages,
            hits=hits,
            title=snapshot.title if snapshot else str,
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> HTMLResponse:
        section = story_section(story_id)
        snapshot = cache.snapshot
        title = snapshot.title(story_id) if snapshot else story_id
        return page("story.html", story_id=story_id, title=title, section=Markup(section))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        store = stores.get()
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        snapshot = cache.snapshot
        return page(
            "article.html",
            article=article,
            url=safe_url(article.url),
            when=human_date(article.published.isoformat()) if article.published else None,
            paragraphs=[p.strip() for p in article.text.split("\n\n") if p.strip()],
            stories=[
                (s, snapshot.title(s) if snapshot else s) for s in _stories_of(store, article_id)
            ],
        )

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        return page("docs.html", api=app.openapi())

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        """JSON errors for the API, a readable page for people."""
        headers = getattr(exc, "headers", None)
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=headers)
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        html = await run_in_threadpool(
            lambda: page("error.html", exc.status_code, code=exc.status_code, message=message)
        )
        if headers:
            html.headers.update(headers)
        return html

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(Guard, max_body=max_body)  # added last = outermost: every reply secured
    return app


def _title_match(summaries: list[dict[str, Any]], q: str) -> list[dict[str, Any]]:
    words = q.casefold().split()
    if not words:
        return list(summaries)  # a copy: callers may extend it
    return [s for s in summaries if all(w in s["title"].casefold() for w in words)]


def _count_after(store: Store, seq: int) -> int:
    """Articles stored after position ``seq`` (positions have gaps, so not a subtraction)."""
    row = store.db.execute("SELECT COUNT(*) FROM articles WHERE seq > ?", (seq,)).fetchone()
    return int(row[0])


def _stories_of(store: Store, article_id: str) -> list[str]:
    rows = store.db.execute(
        "SELECT story_id FROM story_members WHERE article_id = ? ORDER BY story_id", (article_id,)
    )
    return [row[0] for row in rows]


async def _read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it passes ``limit`` (chunked uploads too)."""
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _ingest(db: Path, data: bytes, origin: str, suffix: str) -> dict[str, Any]:
    """Read a POSTed batch as `storyline ingest` reads a file, and store what could be read."""
    articles: list[Article] = []
    errors: list[str] = []
    for item in read_bytes(data, origin, suffix=suffix):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            articles.append(item)
    with Store(db) as store:
        outcome = store.add_articles(articles)
    return {
        "new": outcome.new,
        "existing": outcome.existing,
        "failed": len(errors),
        "errors": errors,
        "ids": [a.id for a in articles],
    }


def serve(db_path: str | Path, host: str, port: int, token: str | None) -> None:
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
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        proxy_headers=False,  # no proxy is assumed: never trust forwarded client addresses
        limit_concurrency=MAX_CONNECTIONS,  # past this, 503 at once rather than a pile-up
    )
