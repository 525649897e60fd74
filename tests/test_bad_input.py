"""Bad input: one clear line per problem, the rest of the batch stored, never a traceback."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.models import Article
from storyline.readers import read_bytes
from storyline.store import Store

from helpers import run_storyline

GOOD = " date 2025-10-06\nDock workers at Valmora walked out on Monday over pay, the union said."


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """One directory holding one good article and one of each kind of bad input."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners protested.".encode("latin-1"))
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "lines.jsonl").write_text(
        json.dumps({"text": "The bank held its rate on Thursday.", "date": "2025-10-16"})
        + "\n{not json\n"
        + json.dumps({"text": "Ships queued outside the harbour.", "date": "2025-10-08"})
        + "\n",
        encoding="utf-8",
    )
    (folder / "blank.html").write_text("<html><body><nav>Home</nav></body></html>")
    (folder / "baddate.txt").write_text(" date 2024-13-45\nSomething happened.", encoding="utf-8")
    return folder


def test_each_bad_input_gives_one_line_and_the_rest_is_stored(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    missing = tmp_path / "missing.txt"
    done = run_storyline("ingest", str(batch), str(missing), "--db", str(db), "--quiet")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    expected = {
        f"storyline: {batch / 'binary.txt'}: binary file, not text",
        f"storyline: {batch / 'empty.txt'}: empty file",
        f"storyline: {batch / 'lines.jsonl'}:2: malformed JSON (Expecting property name"
        " enclosed in double quotes)",
        f"storyline: {batch / 'blank.html'}: HTML page has no article text",
        f"storyline: {batch / 'baddate.txt'}:1: impossible date 2024-13-45: stored without"
        " a date",
        f"storyline: {missing}: no such file or directory",
    }
    assert set(lines) == expected
    assert done.stdout.splitlines()[0] == "new 5, already stored 0, failed 5, warnings 1"
    with Store(db) as store:
        stored = {a.text: a for a in store.articles()}
    assert sorted(stored) == sorted(
        [
            "Dock workers at Valmora walked out on Monday over pay, the union said.",
            "The bank held its rate on Thursday.",
            "Ships queued outside the harbour.",
            "Café owners protested.",  # Latin-1, read as such
            "Something happened.",  # its impossible date said, and the article kept
        ]
    )
    assert stored["Something happened."].published is None


def test_reingest_is_a_noop(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    good = str(batch / "good.txt")
    assert run_storyline("ingest", good, "--db", str(db)).stdout.startswith("new 1,")
    again = run_storyline("ingest", good, "--db", str(db))
    assert again.returncode == 0
    assert again.stdout.splitlines()[0] == "new 0, already stored 1, failed 0"


def test_usage_error_exits_2_without_traceback(tmp_path: Path) -> None:
    done = run_storyline("timeline", "--since", "yesterday", "--db", str(tmp_path / "s.db"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "--since wants a date as YYYY-MM-DD" in done.stderr
    unknown = run_storyline("ingest", "--no-such-option")
    assert unknown.returncode == 2
    assert "Traceback" not in unknown.stderr


def test_stdin_is_read(tmp_path: Path) -> None:
    done = run_storyline("ingest", "-", "--db", str(tmp_path / "s.db"), stdin=GOOD.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "new 1, already stored 0, failed 0"
    latin = "Caf\xe9 owners in Valmora protested on Monday.".encode("latin-1")
    forced = run_storyline(
        "ingest", "-", "--encoding", "utf-8", "--db", str(tmp_path / "s.db"), stdin=latin
    )
    assert forced.returncode == 1
    assert forced.stderr.strip() == "storyline: <stdin>: not valid utf-8 (byte 0xe9 at offset 3)"
    detected = run_storyline("ingest", "-", "--db", str(tmp_path / "s.db"), stdin=latin)
    assert detected.returncode == 0, detected.stderr
    with Store(tmp_path / "s.db") as store:
        assert "Café owners in Valmora protested on Monday." in [a.text for a in store.articles()]


def test_a_corrupt_database_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    db.write_bytes(b"this is not sqlite" * 100)
    done = run_storyline("ingest", "-", "--db", str(db), stdin=GOOD.encode())
    assert done.returncode == 1
    assert done.stderr.startswith(f"storyline: {db}: not a usable storyline database")
    assert "Traceback" not in done.stderr


def _jsonl(path: Path, n: int, tag: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = f"Report {tag}-{i}: the council met on Monday and voted {i} to {n - i}."
            handle.write(json.dumps({"text": text, "date": "2025-03-03"}) + "\n")


def test_two_ingests_at_once_both_succeed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    shards = []
    for tag in "ab":
        shard = tmp_path / f"{tag}.jsonl"
        _jsonl(shard, 3000, tag)
        shards.append(shard)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "storyline", "ingest", str(s), "--db", str(db), "-q"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for s in shards
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert all(out.startswith("new 3000, already stored 0, failed 0\n") for out, _ in outputs)
    with Store(db) as store:
        assert store.count() == 6000


def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    shard = tmp_path / "big.jsonl"
    _jsonl(shard, 60000, "k")
    proc = subprocess.Popen(
        [sys.executable, "-m", "storyline", "ingest", str(shard), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    stored = 0
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and stored == 0:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=5) as con:
                    stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert partial % 500 == 0  # whole batches only: nothing half-written
    rerun = run_storyline("ingest", str(shard), "--db", str(db), "-q", "--no-stories")
    assert rerun.returncode == 0
    assert (
        rerun.stdout.splitlines()[0] == f"new {60000 - partial}, already stored {partial}, failed 0"
    )


@settings(max_examples=200, deadline=None)
@given(
    data=st.binary(max_size=2000),
    suffix=st.sampled_from(["", ".txt", ".jsonl", ".json", ".csv", ".html", ".xml"]),
)
def test_any_bytes_give_articles_or_one_line_errors(data: bytes, suffix: str) -> None:
    for result in read_bytes(data, "fuzz" + suffix, suffix):
        assert isinstance(result, Article | InputError)
        if isinstance(result, InputError):
            assert "\n" not in str(result)
            assert str(result).startswith("fuzz" + suffix)
        else:
            assert result.text.strip()
