"""What keeps the server safe to run: headers, body limits, who may write, where it listens.

Every response carries a Content-Security-Policy that allows scripts only from this server,
so an article's text can never run as code even if escaping were missed; bodies over the
limit are refused before they are read; writes need the bearer token when the server has
one, and are off when it listens beyond this machine without one.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from storyline.web.site import Site, get_site

# A POSTed batch larger than this is refused before it is read (HTTP 413).
MAX_BODY = 16 * 1024 * 1024
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


def is_loopback(host: str) -> bool:
    """Whether an address to bind stays on this machine (so writes may skip the token)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


async def authorise(request: Request, site: Annotated[Site, Depends(get_site)]) -> None:
    """A dependency of every write: refused when writing is off or the token is wrong."""
    if site.read_only:
        raise HTTPException(
            403, "writing is off: this server listens beyond this machine without a token"
        )
    if site.token is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.encode(), site.token.encode()
    ):
        raise HTTPException(
            401, "a valid bearer token is needed to write", {"WWW-Authenticate": "Bearer"}
        )


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it passes ``limit`` (chunked uploads too)."""
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
