"""Take the README's screenshots from a real `storyline serve` on the example corpus.

Why a script: the pages change, and screenshots taken by hand drift from what the server
shows. This one ingests examples/ into a fresh store with `storyline ingest`, starts
`storyline serve` on a free loopback port, waits until its stories are analysed, and drives
headless Chromium (Debian's /usr/bin/chromium, through Playwright; nothing is downloaded):

- stories.png: the stories list;
- story.png: the story with the most disagreements, its first entries expanded, the
  "Where sources disagree" panel beside them;
- story-evidence.png: the same story scrolled to its timeline;
- search.png: a search, with stories and matching articles.

    python scripts/screenshots.py                  # writes docs/screenshots/*.png
    python scripts/screenshots.py --out /tmp/shots
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
VIEWPORT = {"width": 1280, "height": 860}
SEARCH = "Valmoré strike"
EXPANDED = 2  # entries opened on the story page


def storyline(*args: str) -> None:
    """Run a storyline command from the repository root (origins are then relative paths)."""
    subprocess.run([sys.executable, "-m", "storyline", *args], check=True, cwd=ROOT)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def served(db: Path) -> Iterator[str]:
    """`storyline serve` over ``db`` until the block ends; yields its URL once analysed."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            if server.poll() is not None:
                raise SystemExit("storyline serve exited")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/api/status", timeout=5).json()["up_to_date"]:
                    break
            if time.monotonic() > deadline:
                raise SystemExit("storyline serve did not analyse the examples in time")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(30)


def take(base: str, out: Path) -> list[Path]:
    """The four screenshots of the server at ``base``, written to ``out``."""
    from playwright.sync_api import sync_playwright

    stories = httpx.get(f"{base}/api/stories", timeout=60).json()["stories"]
    shown = max(stories, key=lambda s: (s["disagreements"], s["articles"]))
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport=VIEWPORT)

        def shot(name: str) -> None:
            # No hover or focus ring on whatever was clicked last.
            page.mouse.move(0, 0)
            page.evaluate("document.activeElement && document.activeElement.blur()")
            path = out / name
            page.screenshot(path=str(path))
            written.append(path)

        page.goto(f"{base}/")
        shot("stories.png")
        page.goto(f"{base}/stories/{shown['id']}")
        for summary in page.locator(".entry summary").all()[:EXPANDED]:
            summary.click()
        shot("story.png")
        page.locator("section.timeline").evaluate("node => window.scrollTo(0, node.offsetTop)")
        shot("story-evidence.png")
        page.goto(f"{base}/?q={SEARCH}")
        shot("search.png")
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is not installed")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="storyline-shots-") as scratch:
        db = Path(scratch) / "examples.db"
        storyline("ingest", "examples", "--db", str(db), "--quiet")
        with served(db) as base:
            for path in take(base, args.out):
                print(f"wrote {path}")


if __name__ == "__main__":
    main()
