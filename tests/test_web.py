"""The JSON API and pages of `storyline serve`, against the real app on a real socket."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from storyline import analysis, pipeline
from storyline.analysis import analyse_store, compute_story
from storyline.catalog import update_stories
from storyline.errors import InputError
from storyline.models import Article, Story
from storyline.output import article_dict, story_dict
from storyline.readers import read_paths
from storyline.store import Store
from storyline.web import create_app
from storyline.web.cache import StoryCache
from test_claims_stories import STORIES
from test_web_support import EXAMPLES, HOSTILE_RECORD, example_store, live_server

from helpers import run_storyline

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "spec" / "storyline-output.schema.json"
TXT_ARTICLE = (
    " date 2025-10-21\n"
    "Kestrel Bay harbour reopened its north quay on Monday, the port authority said, "
    "after engineers checked the cranes left idle during the dock strike.\n"
)
# A new report on the example corpus's wildfire, with a date of its own.
FIRE_RECORD = {
    "title": "Corvala fire crews dig firebreaks above Pinhollow",
    "outlet": "Coastline Radio",
    "published": "2025-10-09",
    "text": (
        "Fire crews fighting the Serra Dunmore wildfire in Corvala cut new firebreaks above "
        "Pinhollow on Wednesday, October 8, 2025, the regional fire service said. The wildfire "
        "has burned about 4,000 hectares since it broke out in the Serra Dunmore hills, and "
        "evacuees from Pinhollow and Aldmere remain in sports halls."
    ),
}


@dataclass(frozen=True)
class Served:
    base: str
    db: Path
    app: FastAPI


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    db = example_store(tmp_path_factory.mktemp("web") / "store.db")
    app = create_app(db)
    with live_server(app) as base:
        yield Served(base, db, app)


@pytest.fixture(scope="module")
def client(served: Served) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served.base, timeout=60) as http:
        yield http


@pytest.fixture(scope="module")
def expected(served: Served) -> dict[str, dict]:
    """What `storyline timeline` makes of the same store, story by story."""
    with Store(served.db) as store:
        result = pipeline.run(store.articles(), story_list=update_stories(store).stories())
    return {story.id: story_dict(story) for story in result.stories}


def test_stories_are_the_library_stories(client: httpx.Client, expected: dict) -> None:
    listing = client.get("/api/stories").json()
    assert listing["up_to_date"] is True
    assert {s["id"] for s in listing["stories"]} == set(expected)
    assert listing["total"] == len(expected) > 0
    for summary in listing["stories"]:
        story = expected[summary["id"]]
        assert summary["title"] == story["title"]
        assert summary["articles"] == len(story["articles"])
        assert summary["entries"] == len(story["timeline"])


def test_story_document_follows_the_contract(client: httpx.Client, expected: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip(f"{SCHEMA} is not available")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for story_id, story in expected.items():
        document = client.get(f"/api/stories/{story_id}").json()
        jsonschema.validate(document, schema)
        assert document["stories"] == [story]
        assert {a["id"] for a in document["articles"]} == set(story["articles"])
        for part in ("timeline", "claims", "contradictions"):
            answer = client.get(f"/api/stories/{story_id}/{part}").json()
            assert answer == {"story": story_id, part: story[part]}


def test_story_page_shows_entries_and_evidence(client: httpx.Client, expected: dict) -> None:
    story_id, story = max(expected.items(), key=lambda item: len(item[1]["timeline"]))
    page = client.get(f"/stories/{story_id}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert html.count('class="entry"') == len(story["timeline"])
    for entry in story["timeline"]:
        assert f'datetime="{entry["date"]}"' in html
    first = story["timeline"][0]["evidence"][0]
    assert f'href="/articles/{first["article"]}"' in html
    assert '<svg viewBox="0 0 1000 122"' in html


def test_the_disagreement_panel_shows_the_figures_sources_give(tmp_path: Path) -> None:
    """Four reports of one sinking, two of them giving 312 and about 500 passengers: the
    story's page sets the two figures side by side; a story where sources agree has no
    panel."""
    ferry = [
        Article.from_text(text, f"ferry-{n}.txt", published=day, outlet=f"Outlet {n}")
        for n, (text, day) in enumerate(STORIES["ferry"])
    ]
    calm = Article.from_text(
        "The Arvenian post office opened a new sorting centre in Drossen on Monday, adding "
        "200 jobs, the company said.",
        "post.txt",
        published=date(2025, 7, 14),
    )
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add_articles([*ferry, calm])
    analyse_store(db, lambda state: None)
    with live_server(create_app(db)) as base, httpx.Client(base_url=base, timeout=60) as http:
        by_articles = {s["articles"]: s["id"] for s in http.get("/api/stories").json()["stories"]}
        page = http.get(f"/stories/{by_articles[len(ferry)]}").text
        # The panel ends where its section does: the toll rising from at least 26 to 41
        # is listed after it, under how figures changed.
        panel = page[page.index("Where sources disagree") :].split("</section>", 1)[0]
        assert panel.count('class="conflict"') == 1
        values = re.findall(r'<strong class="value">(.*?)</strong>', panel)
        assert sorted(values) == ["312 passengers", "about 500 passengers"]
        assert "Where sources disagree" not in http.get(f"/stories/{by_articles[1]}").text


def test_unknown_story_is_404_in_json_and_html(client: httpx.Client) -> None:
    api = client.get("/api/stories/no-such-story")
    assert api.status_code == 404
    assert "no-such-story" in api.json()["detail"]
    page = client.get("/stories/no-such-story")
    assert page.status_code == 404
    assert "text/html" in page.headers["content-type"]


def test_search_finds_words_without_their_accents(client: httpx.Client, expected: dict) -> None:
    results = client.get("/api/search", params={"q": "Valmore dockers"}).json()["results"]
    assert results
    for hit in results:
        article = client.get(f"/api/articles/{hit['id']}").json()
        text = (article["title"] or "") + " " + article["text"]
        assert "Valmor" in text
        assert "docker" in text.lower()
        assert hit["story"] is None or hit["story"] in expected
    page = client.get("/", params={"q": "Valmore dockers"}).text
    assert "<mark>" in page


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT", "strike) NEAR(", "*", "-:^"])
def test_search_takes_any_text(client: httpx.Client, query: str) -> None:
    answer = client.get("/api/search", params={"q": query})
    assert answer.status_code == 200
    assert isinstance(answer.json()["results"], list)


def test_articles_list_and_detail(client: httpx.Client, served: Served) -> None:
    with Store(served.db) as store:
        stored = store.articles()
    listing = client.get("/api/articles", params={"limit": 5, "offset": 2}).json()
    assert listing["total"] >= len(stored)
    assert [a["id"] for a in listing["articles"]] == [a.id for a in stored[2:7]]
    one = client.get(f"/api/articles/{stored[0].id}").json()
    assert one["text"] == stored[0].text
    assert client.get("/api/articles/0000").status_code == 404


def test_posted_articles_are_stored_analysed_and_found(
    client: httpx.Client, served: Served
) -> None:
    posted = client.post(
        "/api/articles", params={"format": "txt", "origin": "quay.txt"}, content=TXT_ARTICLE
    )
    assert posted.status_code == 201, posted.text
    assert (posted.json()["new"], posted.json()["existing"]) == (1, 0)
    (new_id,) = posted.json()["ids"]
    again = client.post(
        "/api/articles", params={"format": "txt", "origin": "quay.txt"}, content=TXT_ARTICLE
    )
    assert (again.json()["new"], again.json()["existing"]) == (0, 1)
    assert again.json()["ids"] == [new_id]
    with Store(served.db) as store:
        assert store.get_article(new_id) is not None
    served.app.state.site.cache.wait()  # the POST started the analysis of the new article
    status = client.get("/api/status").json()
    assert status["up_to_date"] and status["analysed_articles"] == status["stored_articles"]
    article = client.get(f"/api/articles/{new_id}").json()
    assert article["published"] == "2025-10-21"
    assert article["stories"], "the new article belongs to a story once analysed"
    hits = client.get("/api/search", params={"q": "north quay"}).json()["results"]
    assert [h["id"] for h in hits] == [new_id]
    assert hits[0]["story"] == article["stories"][0]


def test_bad_input_is_reported_like_the_cli(client: httpx.Client) -> None:
    broken = client.post("/api/articles", params={"format": "jsonl"}, content=b'{"text": \n')
    assert broken.status_code == 422
    detail = broken.json()["detail"]
    assert detail["failed"] == 1 and detail["errors"][0].startswith("upload:1:")
    mixed = client.post(
        "/api/articles",
        params={"format": "jsonl", "origin": "batch.jsonl"},
        content=b'{"title": "x"}\n{"text": "The Brenholm ferry resumed on 2 November 2025."}\n',
    )
    assert mixed.status_code == 201
    assert mixed.json()["new"] == 1
    assert mixed.json()["errors"] == [
        "batch.jsonl:1: record has no article text (its fields: title;"
        " --field text=NAME names the text field)"
    ]
    assert client.post("/api/articles", params={"format": "exe"}, content=b"x").status_code == 422
    deep = client.post("/api/articles", params={"format": "json"}, content=b"[" * 100_000)
    assert deep.status_code == 422
    assert deep.json()["detail"]["errors"] == ["upload: JSON nested too deeply to read"]


def test_every_response_carries_the_security_headers(client: httpx.Client) -> None:
    for path in ("/", "/api/stories", "/static/storyline.css", "/nowhere"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_article_text_is_escaped(client: httpx.Client, served: Served) -> None:
    posted = client.post("/api/articles", json=HOSTILE_RECORD)
    assert posted.status_code == 201, posted.text
    (article_id,) = posted.json()["ids"]
    html = client.get(f"/articles/{article_id}").text
    assert "<script>window.__pwned" not in html
    assert "&lt;script&gt;window.__pwned" in html
    assert '<img src="x"' not in html
    assert "Harbour &lt;b&gt;Watch&lt;/b&gt;" in html
    assert 'href="javascript:' not in html.lower()  # a hostile URL is shown, never linked
    search = client.get("/", params={"q": "pwned"}).text
    assert "<script>window" not in search
    served.app.state.site.cache.wait()  # the story pages, rendered by the analysis, escape it too
    (story_id,) = client.get(f"/api/articles/{article_id}").json()["stories"]
    story = client.get(f"/stories/{story_id}").text
    assert "<script>window" not in story and "<img" not in story


def test_docs_describe_the_api_without_external_assets(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/search", "/api/articles"):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/articles"]
    docs = client.get("/docs").text
    assert "/api/stories/{story_id}/contradictions" in docs
    assert "/api/stories/{story_id}/accounts" in docs
    assert "http://" not in docs.replace("http://127.0.0.1", "")
    assert "https://" not in docs


def test_cache_survives_a_restart(served: Served) -> None:
    app = create_app(served.db)
    with live_server(app, analysed=False) as base:
        status = httpx.get(f"{base}/api/status", timeout=60).json()
    assert status["analysed_state"] is not None
    assert status["stories"] > 0


def _cached(db: Path) -> dict[str, tuple[str, str, str]]:
    """Every cached story row: id -> (summary, page, document), as stored."""
    with closing(sqlite3.connect(db)) as connection:
        rows = connection.execute("SELECT id, summary, page, document FROM story_cache")
        return {row[0]: tuple(row[1:]) for row in rows}


def test_a_new_article_recomputes_only_its_story(tmp_path: Path) -> None:
    db = example_store(tmp_path / "store.db")
    app = create_app(db)
    with live_server(app) as base, httpx.Client(base_url=base, timeout=60) as http:
        before = _cached(db)
        posted = http.post("/api/articles", json=FIRE_RECORD)
        assert posted.status_code == 201, posted.text
        (new_id,) = posted.json()["ids"]
        app.state.site.cache.wait()
        after = _cached(db)
        assert http.get("/api/status").json()["up_to_date"]
        (story_id,) = http.get(f"/api/articles/{new_id}").json()["stories"]
        page = http.get(f"/stories/{story_id}").text
        document = http.get(f"/api/stories/{story_id}").json()
    assert set(after) == set(before)
    assert {i for i in after if after[i] != before[i]} == {story_id}
    assert f'href="/articles/{new_id}"' in page
    assert new_id in document["stories"][0]["articles"]

    # The story computed from its own articles is the one `storyline timeline` prints.
    done = run_storyline(
        "timeline", "--db", str(db), "--story", story_id, "--format", "json", "--quiet"
    )
    assert done.returncode == 0, done.stderr
    expected = json.loads(done.stdout)
    assert document["stories"] == expected["stories"]
    members = set(document["stories"][0]["articles"])
    assert document["articles"] == [a for a in expected["articles"] if a["id"] in members]
    assert document["shared_copy"] == [
        p for p in expected["shared_copy"] if members.issuperset(p["articles"])
    ]


def test_a_copy_in_another_story_changes_only_the_copy_mark(tmp_path: Path) -> None:
    """The tolerance of per-story analysis: it cannot see a reprint's original elsewhere.

    The example corpus has one reprint; moving it to a story of its own makes the copy cross
    stories. The whole-store pipeline still marks it as a duplicate of its original; the
    per-story analysis does not, and nothing else differs: each story's timeline, claims and
    contradictions are the same, because sources are counted among a story's own articles.
    """
    db = example_store(tmp_path / "store.db")
    with Store(db) as store:
        stories = update_stories(store).stories()
        whole = pipeline.run(store.articles(), story_list=stories)
        assert whole.provenance.duplicate_of, "the example corpus holds a reprint"
        copy, original = next(iter(whole.provenance.duplicate_of.items()))
        split = [
            replace(s, article_ids=[i for i in s.article_ids if i != copy]) for s in stories
        ] + [Story(id="reprint", title="the reprint alone", article_ids=[copy])]
        split = [s for s in split if s.article_ids]
        crossed = pipeline.run(store.articles(), story_list=[replace(s) for s in split])
        globally = {s.id: story_dict(s) for s in crossed.stories}
        duplicates = crossed.provenance.duplicate_of
        for story in split:
            record = compute_story(store, replace(story))
            assert record.document["stories"] == [globally[story.id]]
            marks = {a["id"]: a["duplicate_of"] for a in record.document["articles"]}
            expected = {
                a.id: article_dict(a, duplicates.get(a.id))["duplicate_of"]
                for a in crossed.articles
                if a.id in marks
            }
            if story.id == "reprint":
                assert expected == {copy: original} and marks == {copy: None}
            else:
                assert marks == expected


def test_a_story_that_vanishes_is_dropped(tmp_path: Path) -> None:
    """An article older than a story's first one becomes its first: the story is named
    after its earliest article, so it comes back under a new id and the old one is dropped."""
    db = example_store(tmp_path / "store.db")
    before = _cached(db)
    with Store(db) as store:
        stories = update_stories(store).stories()
        fire = next(s for s in stories if "Corvala" in s.title)
        precursor = Article.from_text(
            "Firefighters in Corvala warned on Thursday that the Serra Dunmore hills above "
            "Pinhollow and Aldmere were drier than at any time in a decade, and asked hikers "
            "to light no fires. Corvala's fire service put crews on standby in Pinhollow.",
            "precursor.txt",
            title="Corvala fire service warns of dry Serra Dunmore hills",
            published=date(2025, 10, 2),
        )
        store.add_articles([precursor])
    done = analyse_store(db, lambda state: None)
    after = _cached(db)
    assert done == {"stories": len(stories), "recomputed": 1, "articles": len(fire.article_ids) + 1}
    (survivor,) = set(after) - set(before)
    (vanished,) = set(before) - set(after)
    assert vanished == fire.id
    document = json.loads(after[survivor][2])
    assert set(document["stories"][0]["articles"]) == {*fire.article_ids, precursor.id}
    with closing(sqlite3.connect(db)) as connection:
        for table, column in (("story_members", "story_id"), ("story_cache_fingerprint", "id")):
            query = f"SELECT COUNT(*) FROM {table} WHERE {column} = ?"
            assert connection.execute(query, (vanished,)).fetchone()[0] == 0
    # The vanished story's addresses lead to the story it became part of.
    with live_server(create_app(db)) as base, httpx.Client(base_url=base, timeout=60) as http:
        for path in (f"/stories/{vanished}", f"/api/stories/{vanished}/timeline"):
            moved = http.get(path)
            assert moved.status_code == 308
            assert moved.headers["location"] == path.replace(vanished, survivor)
            assert http.get(path, follow_redirects=True).status_code == 200
        assert http.get("/stories/s000000000000000").status_code == 404


def test_a_text_posted_without_a_title_does_not_name_a_story(tmp_path: Path) -> None:
    """A test post that joins a story of titled articles leaves the story's title alone."""
    db = example_store(tmp_path / "store.db")
    with Store(db) as store:
        stories = update_stories(store).stories()
        strike = next(s for s in stories if "strike" in s.title)
        store.add_articles(
            [Article.from_text("Valmore port strike test post. Dockers at Valmore port strike"
                               " over pay, halting container traffic at the port.", "upload")]
        )
        after = {s.id: s for s in update_stories(store).stories()}
    assert len(after[strike.id].article_ids) == len(strike.article_ids) + 1  # it joined
    assert after[strike.id].title == strike.title


def test_a_title_that_changed_is_rewritten_without_analysing_again(tmp_path: Path) -> None:
    """A story's title depends on the whole store (how rare its terms are), so it can change
    while its members do not: the cached list, page and document follow it."""
    db = example_store(tmp_path / "store.db")
    fresh = _cached(db)
    story_id = next(iter(fresh))
    summary = json.loads(fresh[story_id][0])
    title = summary["title"]
    stale = json.loads(fresh[story_id][2])
    stale["stories"][0]["title"] = "An old headline"
    summary["title"] = "An old headline"
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute(
            "UPDATE story_cache SET summary = ?, page = ?, document = ? WHERE id = ?",
            (json.dumps(summary), "<p>An old page</p>", json.dumps(stale), story_id),
        )
    done = analyse_store(db, lambda state: None)
    assert done["recomputed"] == 0
    after = _cached(db)
    assert json.loads(after[story_id][0])["title"] == title
    assert json.loads(after[story_id][2]) == json.loads(fresh[story_id][2])
    assert after[story_id][1] == fresh[story_id][1]  # the page, rendered again, as before


def test_two_processes_give_the_same_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first analysis of a big store shares stories between processes; same result."""
    db = example_store(tmp_path / "store.db")
    serial = _cached(db)
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("DELETE FROM story_cache_fingerprint")  # forget every story
    monkeypatch.setattr(analysis, "PARALLEL_ARTICLES", 0)  # the examples are small
    done = analyse_store(db, lambda state: None, workers=2)
    assert done["recomputed"] == done["stories"] == len(serial)
    assert _cached(db) == serial


def test_articles_stored_during_an_analysis_go_to_the_next_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # An article posted while the stories are being analysed is not in that run's state;
    # the run that follows takes it, without waiting for a request to start one.
    articles = [a for a in read_paths([str(EXAMPLES)]) if not isinstance(a, InputError)]
    if not articles:
        pytest.skip("examples/ is not available")
    late, *first = articles
    db = tmp_path / "running.db"
    caplog.set_level("INFO", logger="storyline.web")
    with Store(db) as store:
        store.add_articles(first)
        cache = StoryCache(db, workers=1)
        cache.refresh(store)
        deadline = time.monotonic() + 120
        while not any("analysing the store" in r.getMessage() for r in caplog.records):
            assert time.monotonic() < deadline, "the analysis did not start"
            time.sleep(0.02)
        store.add_articles([late])
        cache.refresh(store)  # a run is under way, so this starts nothing
        cache.wait()
        assert cache.snapshot is not None and cache.snapshot.state == store.state()
