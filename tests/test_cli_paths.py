"""Command-line paths a person takes: which store is used, the tables people read, timeline
filters, Atom feeds and `dates FILE`, each in a real process, checked against the input."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import EXAMPLES, run_storyline

FERRY = (
    "The Kessock ferry sank off Lampra on Monday with 40 passengers aboard, and rescuers "
    "pulled every one of them from the cold water within two hours, the coastguard said. "
    "The operator grounded its two other boats while inspectors examine the hull."
)
RECORDS = [
    {"id": "r1", "title": "Ferry sinks off Lampra", "outlet": "Lampra Times",
     "published": "2025-03-03", "text": FERRY},
    {"id": "r2", "title": "Lampra ferry lost, all saved", "outlet": "Coast Daily",
     "published": "2025-03-04", "text": FERRY},
    {"id": "r3", "title": "Central bank holds its rate", "outlet": "Money Weekly",
     "published": "2025-03-05",
     "text": "The central bank of Arvenia held its main interest rate at 3.25 per cent on "
             "Wednesday, saying inflation had eased but wages were still rising quickly, and "
             "two of its seven board members voted for a cut."},
]  # fmt: skip
WIDE = {"COLUMNS": "250"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def rows(table: str) -> list[list[str]]:
    """The body rows of a table as the command prints it, cell by cell."""
    return [
        [cell.strip() for cell in line.strip().strip("│").split("│")]
        for line in table.splitlines()
        if line.startswith("│")
    ]


def listed(*options: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> list[dict]:
    """`storyline articles --format json` with these options."""
    done = run_storyline("articles", *options, "--format", "json", cwd=cwd, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_storyline_db_names_the_store_when_db_is_not_given(corpus: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    chosen = tmp_path / "chosen.db"
    done = run_storyline(
        "ingest", str(corpus), "-q", cwd=elsewhere, env={"STORYLINE_DB": str(chosen)}
    )
    assert done.returncode == 0, done.stderr
    assert chosen.is_file() and not (elsewhere / "storyline.db").exists()
    articles = listed(cwd=elsewhere, env={"STORYLINE_DB": str(chosen)})
    assert sorted(a["title"] for a in articles) == sorted(r["title"] for r in RECORDS)
    # --db wins over the variable
    other = tmp_path / "other.db"
    done = run_storyline(
        "ingest", str(corpus), "-q", "--db", str(other), env={"STORYLINE_DB": str(chosen)}
    )
    assert done.returncode == 0 and other.is_file()


def test_the_default_store_is_storyline_db_in_the_working_directory(
    corpus: Path, tmp_path: Path
) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    assert run_storyline("ingest", str(corpus), "-q", cwd=here).returncode == 0
    assert (here / "storyline.db").is_file()
    assert len(listed(cwd=here)) == len(RECORDS)
    missing = run_storyline("articles", cwd=there)
    assert missing.returncode == 1 and "storyline.db" in missing.stderr
    assert not (there / "storyline.db").exists()


def test_articles_table_shows_each_article_its_date_outlet_title_and_copy(
    corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    assert run_storyline("ingest", str(corpus), "--db", str(db), "-q").returncode == 0
    ids = {a["title"]: a["id"] for a in listed("--db", str(db))}
    table = run_storyline("articles", "--db", str(db), env=WIDE)
    assert table.returncode == 0, table.stderr
    expected = [
        [ids[r["title"]], r["published"], r["outlet"], r["title"],
         ids[RECORDS[0]["title"]] if r["id"] == "r2" else ""]
        for r in RECORDS
    ]  # fmt: skip
    assert sorted(rows(table.stdout)) == sorted(expected)


def test_stories_table_gives_each_storys_span_articles_and_outlets(
    corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    assert run_storyline("ingest", str(corpus), "--db", str(db), "-q").returncode == 0
    table = run_storyline("stories", "--db", str(db), env=WIDE)
    assert table.returncode == 0, table.stderr
    stories = [row for row in rows(table.stdout) if row[0]]  # a story's line has its id
    found = sorted(row[2:] for row in stories)
    # the ferry and its copy are one story of two outlets; the bank is another
    assert found == [["2025-03-03", "2025-03-04", "2", "2"], ["2025-03-05", "2025-03-05", "1", "1"]]
    titles = {row[1] for row in stories}
    assert titles <= {r["title"] for r in RECORDS} and len(titles) == 2
    # under the ferry's title, why its two articles are one story: the place both name
    reasons = [row[1] for row in rows(table.stdout) if not row[0]]
    assert any("Lampra 2/2" in line for line in reasons)


DATED = "The ferry sank on Monday. Inspectors will report by March 20, 2025, within two weeks."


def test_dates_reads_a_file_and_prints_a_table(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(DATED, encoding="utf-8")
    dct = date(2025, 3, 5)  # a Wednesday
    table = run_storyline("dates", str(path), "--dct", dct.isoformat(), env=WIDE)
    assert table.returncode == 0, table.stderr
    found = {row[2]: row for row in rows(table.stdout)}
    monday = dct - timedelta(days=dct.weekday())
    assert found["Monday"][3:] == ["DATE", monday.isoformat()]
    assert found["March 20, 2025"][3:] == ["DATE", "2025-03-20"]
    assert found["two weeks"][3:] == ["DURATION", "P2W"]
    for start, end, text, _, _ in found.values():
        assert DATED[int(start) : int(end)] == text


TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-09"
functionInDocument="CREATION_TIME">2025-10-09</TIMEX3></DCT>
<TEXT>The strike began on <TIMEX3 tid="t1" type="DATE" value="2025-10-06">Monday</TIMEX3>, ran
<TIMEX3 tid="t2" type="DURATION" value="P4D">four days</TIMEX3> and ended
<TIMEX3 tid="t3" type="DATE" value="2025-10-09">today</TIMEX3>.</TEXT></TimeML>
"""


def test_eval_table_gives_the_overall_figures(tmp_path: Path) -> None:
    (tmp_path / "one.tml").write_text(TIMEML, encoding="utf-8")
    table = run_storyline("eval", "timex", str(tmp_path), env=WIDE)
    assert table.returncode == 0, table.stderr
    figures = {row[0]: row[1] for row in rows(table.stdout)}
    # three expressions, each as plain as news writes them: all found, all read right
    assert figures["gold"] == "3" and figures["system"] == "3"
    for key in ("strict_f1", "relaxed_f1", "value_f1", "type_f1"):
        assert figures[key] == "1.000", key


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Notes</title>
  <id>urn:uuid:harbour-notes</id>
  <updated>2025-10-28T09:00:00Z</updated>
  <entry>
    <title>Brenholm cranes turn again</title>
    <id>urn:uuid:brenholm-cranes</id>
    <link href="https://harbournotes.example/brenholm-cranes"/>
    <published>2025-10-27T08:00:00Z</published>
    <updated>2025-10-27T09:30:00Z</updated>
    <summary>Cranes at Brenholm began lifting timber and grain again on Monday morning,
    ending a stoppage that had lasted almost four weeks at the northern port.</summary>
  </entry>
  <entry>
    <title>Kestrel Bay clears its queue</title>
    <id>urn:uuid:kestrel-queue</id>
    <link href="https://harbournotes.example/kestrel-queue"/>
    <updated>2025-10-28T07:15:00Z</updated>
    <content type="html">&lt;p&gt;Harbour masters at Kestrel Bay said on Tuesday that the
    last of the ships waiting at anchor had berthed, a day earlier than planned.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_an_atom_feed_is_read_entry_by_entry(tmp_path: Path) -> None:
    feed = tmp_path / "notes.atom"
    feed.write_text(ATOM, encoding="utf-8")
    db = tmp_path / "s.db"
    done = run_storyline("ingest", str(feed), "--db", str(db), "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "new 2, already stored 0, failed 0"
    by_title = {a["title"]: a for a in listed("--db", str(db))}
    assert set(by_title) == {"Brenholm cranes turn again", "Kestrel Bay clears its queue"}
    cranes, queue = by_title["Brenholm cranes turn again"], by_title["Kestrel Bay clears its queue"]
    assert (cranes["url"], cranes["published"]) == (
        "https://harbournotes.example/brenholm-cranes",
        "2025-10-27",  # <published>, not the later <updated>
    )
    assert (queue["url"], queue["published"]) == (
        "https://harbournotes.example/kestrel-queue",
        "2025-10-28",  # no <published>: <updated>
    )
    assert {a["outlet"] for a in by_title.values()} == {"Harbour Notes"}
    entry = run_storyline("timeline", "--db", str(db), "--format", "json")
    sentences = {v["sentence"] for s in json.loads(entry.stdout)["stories"]
                 for e in s["timeline"] for v in e["evidence"]}  # fmt: skip
    assert any(s.startswith("Harbour masters at Kestrel Bay said") for s in sentences)  # no tags


# --- timeline filters, on a store of the example corpus -----------------------------------


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("filters") / "s.db"
    assert run_storyline("ingest", str(EXAMPLES), "--db", str(db), "-q").returncode == 0
    return db


def timeline(db: Path, *options: str) -> list[dict]:
    done = run_storyline("timeline", "--db", str(db), "--format", "json", *options)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["stories"]


def span(value: str) -> tuple[date, date]:
    """The days a YYYY, YYYY-MM or YYYY-MM-DD value covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


@pytest.fixture(scope="module")
def unfiltered(examples_db: Path) -> dict[str, dict]:
    return {s["id"]: s for s in timeline(examples_db)}


@pytest.mark.parametrize(
    ("since", "until"), [("2025-10-14", None), (None, "2025-10-09"), ("2025-10-10", "2025-10-20")]
)
def test_since_and_until_keep_the_entries_that_touch_the_period(
    examples_db: Path, unfiltered: dict[str, dict], since: str | None, until: str | None
) -> None:
    options = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    low = date.fromisoformat(since) if since else date.min
    high = date.fromisoformat(until) if until else date.max
    filtered = {s["id"]: s for s in timeline(examples_db, *options)}
    assert set(filtered) == set(unfiltered)
    dropped = 0
    for story_id, story in unfiltered.items():
        for part in ("timeline", "background"):
            kept = [
                e for e in story[part] if span(e["date"])[1] >= low and span(e["date"])[0] <= high
            ]
            dropped += len(story[part]) - len(kept)
            assert filtered[story_id][part] == kept, (story_id, part)
    assert dropped > 0  # the filter had something to do


def test_max_dates_and_per_date_bound_each_timeline(
    examples_db: Path, unfiltered: dict[str, dict]
) -> None:
    two = {s["id"]: s for s in timeline(examples_db, "--max-dates", "2")}
    one_a_day = {s["id"]: s for s in timeline(examples_db, "--per-date", "1")}
    for story_id, story in unfiltered.items():
        days = {e["date"] for e in story["timeline"]}
        assert len({e["date"] for e in two[story_id]["timeline"]}) == min(2, len(days))
        single = one_a_day[story_id]["timeline"]
        # one entry a date, on the same dates, each the one the full timeline gives there
        assert [e["date"] for e in single] == sorted(days, key=lambda d: (span(d)[0], len(d)))
        for entry in single:
            assert entry in [e for e in story["timeline"] if e["date"] == entry["date"]]
    assert any(len(s["timeline"]) > len({e["date"] for e in s["timeline"]})
               for s in unfiltered.values())  # fmt: skip  # some date has two entries to drop
