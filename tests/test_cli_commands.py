"""`storyline dates` and `storyline eval ...` as a person runs them: real processes, JSON keys
as in ../shared/spec/evaluation.md."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

from helpers import run_storyline

TEXT = "The talks collapsed on Monday. A new round is due on Oct. 14, 2025, after four days."


def test_dates_json_offsets_slice_the_input() -> None:
    done = run_storyline(
        "dates", "-", "--dct", "2025-10-09", "--format", "json", stdin=TEXT.encode("utf-8")
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert {tuple(sorted(e)) for e in found} == {("end", "start", "text", "type", "value")}
    for e in found:
        assert TEXT[e["start"] : e["end"]] == e["text"]
    by_text = {e["text"]: (e["type"], e["value"]) for e in found}
    assert by_text["Monday"] == ("DATE", "2025-10-06")
    assert by_text["Oct. 14, 2025"] == ("DATE", "2025-10-14")
    assert by_text["four days"] == ("DURATION", "P4D")


def test_dates_bad_dct_is_a_usage_error() -> None:
    done = run_storyline("dates", "-", "--dct", "2025-13-01", stdin=b"Monday")
    assert done.returncode == 2
    assert "--dct wants a date as YYYY-MM-DD" in done.stderr


TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-09"
functionInDocument="CREATION_TIME">2025-10-09</TIMEX3></DCT>
<TEXT>The strike began <TIMEX3 tid="t1" type="DATE" value="2025-10-06">on Monday</TIMEX3> and
lasted <TIMEX3 tid="t2" type="DURATION" value="P4D">four days</TIMEX3>.</TEXT></TimeML>
"""


def test_eval_timex_json_keys(tmp_path: Path) -> None:
    (tmp_path / "one.tml").write_text(TIMEML, encoding="utf-8")
    done = run_storyline("eval", "timex", str(tmp_path), "--format", "json")
    assert done.returncode == 0, done.stderr
    overall = json.loads(done.stdout)["overall"]
    keys = {
        "strict_p",
        "strict_r",
        "strict_f1",
        "relaxed_p",
        "relaxed_r",
        "relaxed_f1",
        "value_f1",
        "type_f1",
        "gold",
        "system",
    }
    assert keys <= overall.keys()
    assert overall["gold"] == 2
    assert overall["relaxed_f1"] > 0.5


def test_eval_claims_json_keys(tmp_path: Path) -> None:
    done = run_storyline("eval", "claims", "--format", "json", cwd=tmp_path)  # no gold there
    assert done.returncode == 0, done.stderr
    overall = json.loads(done.stdout)["overall"]
    assert {"precision", "recall", "f1", "pairs"} <= overall.keys()
    assert overall["pairs"] >= 60


def test_eval_clusters_json_keys(tmp_path: Path) -> None:
    stories = {
        "a": "Dock workers at Valmora walked out over automation, halting container cranes.",
        "b": "The central bank of Arvenia cut its main interest rate by a quarter point.",
    }
    for i in range(6):
        key = "ab"[i % 2]
        record = {
            "title": f"Report {i}",
            "text": f"{stories[key]} Update {i}.",
            "date_publish": f"2025-10-0{i + 1} 00:00:00",
            "newsCluster": {"EventId": key},
        }
        (tmp_path / f"{i}.json").write_text(json.dumps(record), encoding="utf-8")
    done = run_storyline("eval", "clusters", str(tmp_path), "--format", "json")
    assert done.returncode == 0, done.stderr
    overall = json.loads(done.stdout)["overall"]
    keys = {
        "pairwise_p",
        "pairwise_r",
        "pairwise_f1",
        "bcubed_p",
        "bcubed_r",
        "bcubed_f1",
        "clusters",
        "gold_clusters",
        "articles",
    }
    assert keys <= overall.keys()
    assert overall["articles"] == 6 and overall["gold_clusters"] == 2


def test_eval_missing_directory_is_one_line(tmp_path: Path) -> None:
    done = run_storyline("eval", "timex", str(tmp_path / "nope"))
    assert done.returncode == 1
    assert done.stderr.strip() == f"storyline: {tmp_path / 'nope'}: not a directory"


FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
<item><title>Harbour reopens</title><link>http://127.0.0.1/harbour</link>
<pubDate>Mon, 27 Oct 2025 08:00:00 GMT</pubDate>
<description>Cranes at Brenholm moved again on Monday after four weeks.</description></item>
</channel></rss>"""


def test_a_feed_is_read_from_a_url(tmp_path: Path) -> None:
    class Feed(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(FEED)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/feed.xml"
        db = str(tmp_path / "s.db")
        done = run_storyline("ingest", url, "--db", db, "-q", "--no-stories")
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[0] == "new 1, already stored 0, failed 0"
        listed = json.loads(run_storyline("articles", "--db", db, "--format", "json").stdout)
        assert listed[0]["title"] == "Harbour reopens"
        assert listed[0]["published"] == "2025-10-27"
    finally:
        server.shutdown()
