"""Serving benchmark: requests/s and latency of `storyline serve` on a store of 100,000 articles.

Why: the web app must stay quick on a newsroom-sized store (goal: p95 under 100 ms for a story
page). It can, because each story is computed when its articles change and cached in the
store; this measures that claim end to end, through a real `storyline serve` process and real
HTTP, and what keeping the cache current costs.

Steps, each timed: build the store from the synthetic generator and fold it into stories, as
`storyline ingest` does (a store that holds the articles is reused); the first analysis, as
the server runs it in the background (CPU and wall seconds, peak RSS; reused with its recorded
figures when the store's cache is current); one new article and the analysis it causes (only
its story is recomputed); start `storyline serve` on a free loopback port (it serves the
cached stories at once); then, for
each endpoint, a load generator on loopback sends requests from a few concurrent clients,
bounded both in count and in time, and reports requests/s, p50/p95/p99 latency, the server's
own CPU time per request and the machine's load average (latency on a busy machine is mostly
waiting for a core; CPU per request is what a request costs).

    python benchmarks/serve.py                           # 100,000 articles
    python benchmarks/serve.py --articles 5000 --seconds 5
    python benchmarks/serve.py --json serve.json         # also write the figures as JSON
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import psutil

from storyline.analysis import ANALYSIS_WORKERS
from storyline.catalog import update_stories
from storyline.models import Article
from storyline.readers import read_record
from storyline.store import Store
from storyline.testing import generate_articles
from storyline.web.cache import StoryCache

SEED = 7
GOAL_MS = 100.0


def build_store(db: Path, size: int) -> dict[str, Any]:
    """The store of ``size`` generated articles, with its stories, as `storyline ingest` leaves it.

    A store that holds articles already is reused as it is (identical generated texts share
    an id, so a complete store may hold slightly fewer than ``size``); stories are brought up
    to date either way. Returns the seconds each step took (None: nothing to do).
    """
    figures: dict[str, Any] = {
        "build_store_s": None,
        "clustering_cpu_s": None,
        "clustering_wall_s": None,
    }
    with Store(db) as store:
        if store.count() == 0:
            started = time.perf_counter()
            records = generate_articles(size, seed=SEED)
            store.add_articles(
                item
                for n, r in enumerate(records)
                for item in read_record(r, "synthetic.jsonl", n)
                if isinstance(item, Article)
            )
            figures["build_store_s"] = round(time.perf_counter() - started, 1)
        if store.story_state()[0] < store.state():
            cpu, started = time.process_time(), time.perf_counter()
            update_stories(store)
            figures["clustering_cpu_s"] = round(time.process_time() - cpu, 1)
            figures["clustering_wall_s"] = round(time.perf_counter() - started, 1)
    return figures


def analyse(db: Path, workers: int) -> dict[str, Any]:
    """Bring the server's story cache up to date, as the server does in the background.

    Returns CPU seconds (every analysis process, pool included), wall seconds, the peak RSS
    of the largest process and what was recomputed; ``None`` when the cache was current.
    """
    cache = StoryCache(db, workers=workers)
    with Store(db) as store:
        cache.load(store)
        if cache.snapshot is not None and cache.snapshot.state == store.state():
            return {"stories": len(cache.snapshot.summaries)}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        cache.refresh(store)
        cache.wait()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cache.snapshot is None or cache.last_run is None:
        raise SystemExit(f"analysis failed: {cache.error}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        **cache.last_run,
        "cpu_s": round(cpu, 1),
        "wall_s": round(wall, 1),
        "peak_rss_mb": round(after.ru_maxrss / 1024),
        "workers": workers,
        "load_average": round(os.getloadavg()[0], 2),
    }


def add_one_article(db: Path) -> str:
    """Store a new article that continues a stored story: a copy of one with a new line.

    Each run adds a different one (the line names the time), so the incremental figure
    can be measured again on a reused store.
    """
    with Store(db) as store:
        (article,) = store.articles_page(1, store.count() - 1)
        text = f"{article.text}\n\nUpdated at {time.time():.6f}."
        fresh = Article.from_text(
            text, "update", title=article.title, outlet=article.outlet, published=article.published
        )
        store.add_articles([fresh])
    return fresh.id


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server(db: Path, log: Path) -> Any:
    """`storyline serve` in its own process on 127.0.0.1: (base URL, startup s, process)."""
    port = free_port()
    started = time.perf_counter()
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env={k: v for k, v in os.environ.items() if k != "STORYLINE_TOKEN"},
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(1200):  # at most about two minutes
                if server.poll() is not None:
                    raise SystemExit(f"storyline serve exited; see {log}")
                try:
                    if httpx.get(f"{base}/api/status", timeout=5).json()["up_to_date"]:
                        break
                except httpx.TransportError:
                    pass
                with contextlib.suppress(subprocess.TimeoutExpired):
                    server.wait(0.1)
            else:
                raise SystemExit("storyline serve did not become ready")
            yield base, time.perf_counter() - started, psutil.Process(server.pid)
        finally:
            server.terminate()
            server.wait(30)


async def load(
    base: str, paths: Callable[[random.Random], str], requests: int, seconds: float, clients: int
) -> dict[str, Any]:
    """Send up to ``requests`` GETs for at most ``seconds`` from ``clients`` concurrent clients."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.perf_counter() + seconds

    async def client(number: int, http: httpx.AsyncClient) -> None:
        nonlocal errors, sent
        rng = random.Random(number)
        while sent < requests and time.perf_counter() < deadline:
            sent += 1
            path = paths(rng)
            began = time.perf_counter()
            response = await http.get(path)
            await response.aread()
            latencies.append(time.perf_counter() - began)
            if response.status_code != 200:
                errors += 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        await http.get("/api/status")  # connection warm-up, not measured
        began = time.perf_counter()
        await asyncio.gather(*(client(n, http) for n in range(clients)))
        elapsed = time.perf_counter() - began
    latencies.sort()

    def quantile(q: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(q * len(latencies)))], 2)

    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": quantile(0.50),
        "p95_ms": quantile(0.95),
        "p99_ms": quantile(0.99),
        "max_ms": round(1000 * latencies[-1], 2),
    }


def search_words(summaries: list[dict[str, Any]]) -> list[str]:
    """Queries a person might type: one or two words from story titles."""
    words = sorted({w for s in summaries for w in re.findall(r"[A-Za-z]{5,}", s["title"])})
    rng = random.Random(SEED)
    singles = rng.sample(words, min(40, len(words)))
    pairs = [f"{a} {b}" for a, b in zip(singles, reversed(singles), strict=True)][:20]
    return singles + pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="store to build or reuse (default: in /tmp)")
    parser.add_argument("--requests", type=int, default=3000, help="per endpoint, at most")
    parser.add_argument("--seconds", type=float, default=20.0, help="per endpoint, at most")
    parser.add_argument("--clients", type=int, default=4, help="concurrent connections")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--workers", type=int, default=ANALYSIS_WORKERS, help="analysis processes, at most"
    )
    args = parser.parse_args()

    db = args.db or Path(tempfile.gettempdir()) / f"storyline-serve-{args.articles}-{SEED}.db"
    figures: dict[str, Any] = {"articles": args.articles, **build_store(db, args.articles)}
    print(f"store: {db}", json.dumps(figures), flush=True)

    # The first analysis is expensive, so its figures are kept beside the store and shown
    # again when a later run reuses the cache it filled.
    first_file = db.with_suffix(".first-analysis.json")
    first = analyse(db, args.workers)
    if "cpu_s" in first:
        first_file.write_text(json.dumps(first, indent=2) + "\n", encoding="utf-8")
    elif first_file.exists():
        first = {**json.loads(first_file.read_text(encoding="utf-8")), "reused": True}
    figures["first_analysis"] = first
    print("first analysis:", json.dumps(first), flush=True)

    added = add_one_article(db)
    figures["one_new_article"] = analyse(db, args.workers)
    print(f"one new article ({added}):", json.dumps(figures["one_new_article"]), flush=True)
    figures.update(clients=args.clients, endpoints={})
    with running_server(db, db.with_suffix(".serve.log")) as (base, startup, process):
        figures["server_ready_s"] = round(startup, 2)
        summaries = httpx.get(f"{base}/api/stories?limit=1000", timeout=60).json()["stories"]
        ids = [s["id"] for s in summaries]
        queries = search_words(summaries)
        scenarios: dict[str, Callable[[random.Random], str]] = {
            "story page  GET /stories/{id}": lambda r: f"/stories/{r.choice(ids)}",
            "story JSON  GET /api/stories/{id}": lambda r: f"/api/stories/{r.choice(ids)}",
            "search      GET /api/search?q=": lambda r: f"/api/search?q={r.choice(queries)}",
            "search page GET /?q=": lambda r: f"/?q={r.choice(queries)}",
        }
        for name, paths in scenarios.items():
            cpu = process.cpu_times()
            result = asyncio.run(load(base, paths, args.requests, args.seconds, args.clients))
            spent = sum(process.cpu_times()[:2]) - sum(cpu[:2])
            # The server's own CPU per request: what a request costs, whatever else runs.
            result["server_cpu_ms"] = round(1000 * spent / max(result["requests"], 1), 2)
            result["load_average"] = round(os.getloadavg()[0], 2)
            figures["endpoints"][name] = result
            print(f"{name:36} {result['requests']:6} req {result['errors']:3} err "
                  f"{result['requests_per_s']:8.1f} req/s  p50 {result['p50_ms']:7.2f} ms  "
                  f"p95 {result['p95_ms']:7.2f} ms  p99 {result['p99_ms']:7.2f} ms  "
                  f"server CPU {result['server_cpu_ms']:6.2f} ms/req  "
                  f"load {result['load_average']:.1f}",
                  flush=True)  # fmt: skip
    story_p95 = figures["endpoints"]["story page  GET /stories/{id}"]["p95_ms"]
    figures["goal_met"] = story_p95 < GOAL_MS
    verdict = "met" if figures["goal_met"] else "NOT met"
    print(f"goal p95 < {GOAL_MS:.0f} ms for a story page: {verdict} ({story_p95} ms)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
