"""A real storyline server for the web, browser and report tests: no mocks, a real socket.

The server runs uvicorn in a thread of the test process on a free loopback port, over a
store built from the example corpus and analysed by the pipeline, so every test sees the
stories the pipeline really makes.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from storyline.analysis import analyse_store
from storyline.errors import InputError
from storyline.readers import read_paths
from storyline.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def example_store(path: Path) -> Path:
    """A copy of the example corpus's store, analysed (skipped if examples/ is not there).

    The store is built and analysed once per test session and copied, so each test module
    starts a server that serves the cached stories at once instead of analysing again.
    """
    if not (EXAMPLES / "news.jsonl").exists():
        pytest.skip("examples/ is not available")
    shutil.copyfile(_analysed_example_store(), path)
    return path


@cache
def _analysed_example_store() -> Path:
    master = Path(_SESSION_DIR.name) / "examples.db"
    with Store(master) as store:
        store.add_articles(a for a in read_paths([str(EXAMPLES)]) if not isinstance(a, InputError))
    analyse_store(master, lambda state: None)
    return master


_SESSION_DIR = tempfile.TemporaryDirectory(prefix="storyline-web-tests-")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def live_server(app: Any, *, analysed: bool = True) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 until the block ends; yields its base URL.

    With ``analysed`` the block starts once the app's first analysis has finished.
    """
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    if analysed:
        app.state.site.cache.wait()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


# An article written to attack the page: markup in the title, the text and the URL.
HOSTILE_TITLE = "Harbour <script>window.__pwned = 'title'</script> update"
HOSTILE_TEXT = (
    "Dockers at Port Valmoré met on 14 October 2025 to discuss the strike. "
    "<script>window.__pwned = 'text'</script>"
    '<img src="x" onerror="window.__pwned = \'img\'"> '
    "The meeting ended without a vote, the union said on 15 October 2025."
)
HOSTILE_RECORD = {
    "title": HOSTILE_TITLE,
    "text": HOSTILE_TEXT,
    "published": "2025-10-16",
    "outlet": "Harbour <b>Watch</b>",
    "url": "javascript:window.__pwned='url'",
}
