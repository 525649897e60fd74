"""Who may write, how much, and from where: tokens, read-only mode, size limits, Host checks."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import HTTPException, Request

from storyline.store import Store
from storyline.web import create_app
from storyline.web.security import is_loopback, read_limited
from test_web_support import free_port, live_server

ARTICLE = b" date 2025-11-02\nThe Brenholm ferry resumed sailings on Sunday after the strike.\n"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def _post(base: str, **kwargs: object) -> httpx.Response:
    return httpx.post(
        f"{base}/api/articles", params={"format": "txt"}, content=ARTICLE, timeout=60, **kwargs
    )


def test_token_guards_writes_but_not_reads(db: Path) -> None:
    with live_server(create_app(db, token="s3cret-token")) as base:
        missing = _post(base)
        assert missing.status_code == 401
        assert missing.headers["www-authenticate"] == "Bearer"
        assert "token" in missing.json()["detail"]  # the refusal says what is missing
        assert _post(base, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert _post(base, headers={"Authorization": "Basic s3cret-token"}).status_code == 401
        assert httpx.get(f"{base}/api/stories", timeout=60).status_code == 200
        allowed = _post(base, headers={"Authorization": "Bearer s3cret-token"})
        assert allowed.status_code == 201
        assert allowed.json()["new"] == 1
    with Store(db) as store:
        assert store.count() == 1


def test_read_only_refuses_every_write(db: Path) -> None:
    with live_server(create_app(db, read_only=True)) as base:
        refused = _post(base)
        assert refused.status_code == 403
        assert "token" in refused.json()["detail"]
    with Store(db) as store:
        assert store.count() == 0


def test_oversized_bodies_are_refused_declared_or_streamed(db: Path) -> None:
    big = b" date 2025-11-02\n" + b"The harbour was quiet. " * 200
    with live_server(create_app(db, max_body=1024)) as base:
        declared = httpx.post(f"{base}/api/articles", content=big, timeout=60)
        assert declared.status_code == 413
        assert "1024" in declared.json()["detail"]  # the refusal names the limit
        streamed = httpx.post(
            f"{base}/api/articles", content=iter([big[:600], big[600:]]), timeout=60
        )
        assert streamed.status_code == 413
        assert "1024" in streamed.json()["detail"]
        assert _post(base).status_code == 201  # a small batch still goes in
    with Store(db) as store:
        assert store.count() == 1


def test_a_body_of_exactly_the_limit_is_taken(db: Path) -> None:
    body = ARTICLE + b" " * (512 - len(ARTICLE))
    with live_server(create_app(db, max_body=512)) as base:
        streamed = httpx.post(
            f"{base}/api/articles",
            params={"format": "txt"},
            content=iter([body[:300], body[300:]]),
            timeout=60,
        )
        assert streamed.status_code == 201
        declared = httpx.post(
            f"{base}/api/articles", params={"format": "txt"}, content=body, timeout=60
        )
        assert declared.status_code == 201  # a Content-Length of exactly the limit


def _read_in_pieces(pieces: list[bytes], limit: int) -> bytes:
    """``read_limited`` on a request whose body arrives as ``pieces``, one ASGI message each
    (over a socket the server may merge pieces that arrive together)."""
    messages = [
        {"type": "http.request", "body": piece, "more_body": n < len(pieces) - 1}
        for n, piece in enumerate(pieces)
    ]

    async def receive() -> dict[str, object]:
        return messages.pop(0)

    request = Request({"type": "http", "method": "POST", "headers": []}, receive)
    return asyncio.run(read_limited(request, limit))


def test_a_body_read_in_pieces_is_joined_as_sent() -> None:
    cut = ARTICLE.index(b"ferry") + 2  # mid-word
    assert _read_in_pieces([ARTICLE[:cut], ARTICLE[cut:]], 1024) == ARTICLE


def test_pieces_each_under_the_limit_are_refused_once_their_sum_passes_it() -> None:
    pieces = [b"x" * 300] * 4
    assert _read_in_pieces(pieces[:3], 1024) == b"x" * 900
    with pytest.raises(HTTPException) as refused:
        _read_in_pieces(pieces, 1024)
    assert refused.value.status_code == 413
    assert "1024" in str(refused.value.detail)


def test_a_declared_oversized_body_is_refused_before_it_is_sent(db: Path) -> None:
    """A client that announces a huge body is answered at once: the server does not wait
    for (or read) a byte of it."""
    with live_server(create_app(db, max_body=1024)) as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
            raw.sendall(
                b"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Content-Length: 1000000000\r\n\r\n"
            )
            answer = raw.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"content-security-policy" in answer.lower()  # the refusal is secured too


def test_every_answer_carries_the_security_headers(db: Path) -> None:
    with live_server(create_app(db)) as base:
        for path in ("/", "/api/stories", "/no-such-page"):
            headers = httpx.get(f"{base}{path}", timeout=60).headers
            assert headers["content-security-policy"].startswith("default-src 'none'"), path
            assert headers["x-content-type-options"] == "nosniff"
            assert headers["referrer-policy"] == "no-referrer"
            assert headers["x-frame-options"] == "DENY"


def test_host_header_must_name_this_machine(db: Path) -> None:
    app = create_app(db, allowed_hosts=["127.0.0.1", "localhost"])
    with live_server(app) as base:
        assert httpx.get(f"{base}/api/stories", timeout=60).status_code == 200
        rebound = httpx.get(f"{base}/api/stories", headers={"Host": "evil.example"}, timeout=60)
        assert rebound.status_code == 400


@pytest.mark.parametrize(
    ("host", "local"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True), ("127.0.0.2", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_addresses(host: str, local: bool) -> None:
    assert is_loopback(host) is local


@contextlib.contextmanager
def _serving(db: Path, *options: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """`storyline serve` as a person runs it, in a real process; yields its loopback URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port),
         *options],
        env={k: v for k, v in os.environ.items() if k != "STORYLINE_TOKEN"} | (env or {}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, server)
        yield base
    finally:
        server.terminate()
        server.wait(30)


def test_serve_command_takes_the_token_from_the_environment(db: Path) -> None:
    with _serving(db, env={"STORYLINE_TOKEN": "from-env"}) as base:
        assert _post(base).status_code == 401
        assert _post(base, headers={"Authorization": "Bearer from-env"}).status_code == 201
        page = httpx.get(f"{base}/", timeout=60)
        assert page.status_code == 200 and "storyline" in page.text


@pytest.mark.parametrize(
    ("options", "token", "refused"),
    [
        (["--host", "0.0.0.0"], None, 403),  # beyond this machine, no token: no writes at all
        (["--host", "0.0.0.0", "--token", "t0ken"], "t0ken", 401),
        (["--host", "127.0.0.1", "--token", "t0ken"], "t0ken", 401),
    ],
)
def test_serve_writes_need_the_token_or_a_loopback_address(
    db: Path, options: list[str], token: str | None, refused: int
) -> None:
    with _serving(db, *options) as base:
        assert _post(base).status_code == refused
        assert _post(base, headers={"Authorization": "Bearer wrong"}).status_code == refused
        assert httpx.get(f"{base}/api/stories", timeout=60).status_code == 200  # reads stay open
        if token is not None:
            allowed = _post(base, headers={"Authorization": f"Bearer {token}"})
            assert allowed.status_code == 201
    with Store(db) as store:
        assert store.count() == (1 if token else 0)


def test_serve_on_loopback_without_a_token_takes_writes(db: Path) -> None:
    with _serving(db) as base:
        assert _post(base).status_code == 201
        # bound to loopback, it answers only to this machine's names (no DNS rebinding)
        rebound = httpx.get(f"{base}/api/stories", headers={"Host": "evil.example"}, timeout=60)
        assert rebound.status_code == 400


def _wait_for(base: str, server: subprocess.Popen[bytes]) -> None:
    """Poll until the server answers (a bounded number of tries; fails if it exits)."""
    for _ in range(300):
        if server.poll() is not None:
            raise AssertionError(server.stderr.read().decode() if server.stderr else "exited")
        try:
            httpx.get(f"{base}/api/status", timeout=1)
            return
        except httpx.TransportError:
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(0.1)  # a short pause that also notices the process exiting
    raise AssertionError("storyline serve did not answer")
