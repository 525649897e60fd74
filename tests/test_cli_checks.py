"""The command checks what it is asked before doing it, and says what it did not find."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline import __version__

from helpers import run_storyline

RECORDS = [
    {
        "text": "Dock workers at Valmora port walked out on Monday over pay, the union said.",
        "title": "Valmora dockers strike",
        "outlet": "Harbour Times",
        "url": "https://harbour.example/strike",
        "date": "2025-10-06",
    },
    {
        "text": "The strike at Valmora port ended on Thursday after the dockers accepted a pay"
        " offer, the union said.",
        "title": "Valmora strike ends",
        "outlet": "Coast Post",
        "url": "https://coast.example/strike-ends",
        "date": "2025-10-09",
    },
]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_storyline("ingest", str(source), "--db", str(db)).returncode == 0
    return db


@pytest.mark.parametrize("command", [["stories"], ["articles"], ["timeline"], ["rm", "abcd"]])
def test_reading_a_missing_store_says_so_and_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "mistyped.db"
    done = run_storyline(*command, "--db", str(db))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"storyline: {db}: no such store (`storyline ingest` creates one; --db names it)"
    )
    assert not db.exists()


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--max-dates", "0"], "--max-dates"),
        (["--max-dates", "-1"], "--max-dates"),
        (["--per-date", "0"], "--per-date"),
        (["--since", "2025-10-09", "--until", "2025-10-01"], "--since 2025-10-09 is after"),
        (["--since", "yesterday"], "--since wants a date"),
    ],
)
def test_timeline_options_are_checked(store: Path, options: list[str], says: str) -> None:
    done = run_storyline("timeline", "--db", str(store), *options)
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_a_story_that_is_not_there_and_an_empty_store_are_said(
    store: Path, tmp_path: Path
) -> None:
    nope = run_storyline("timeline", "--db", str(store), "--story", "nope")
    assert nope.returncode == 1
    assert nope.stderr.strip() == "storyline: no story 'nope' (`storyline stories` lists them)"
    empty = tmp_path / "empty.db"
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    run_storyline("ingest", str(tmp_path / "blank.txt"), "--db", str(empty))
    done = run_storyline("timeline", "--db", str(empty))
    assert done.returncode == 1 and done.stderr.strip() == f"storyline: {empty} holds no articles"
    listed = run_storyline("stories", "--db", str(empty))
    assert listed.returncode == 0 and "holds no articles" in listed.stderr


def test_an_unwritable_out_is_refused_before_any_work(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(RECORDS[0]["text"], encoding="utf-8")
    db = tmp_path / "s.db"
    done = run_storyline(
        "timeline", str(source), "--db", str(db), "--out", str(tmp_path / "no" / "dir" / "x.txt")
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"storyline: --out {tmp_path / 'no' / 'dir' / 'x.txt'}: no directory {tmp_path / 'no/dir'}"
    )
    assert not db.exists()  # refused before the input was even read


def test_serve_checks_its_port(tmp_path: Path) -> None:
    done = run_storyline("serve", "--port", "99999", "--db", str(tmp_path / "s.db"))
    assert done.returncode == 2
    assert "--port" in done.stderr and "Traceback" not in done.stderr


def test_evaluations_on_folders_without_data_say_so(tmp_path: Path) -> None:
    missing = run_storyline("eval", "timex", str(tmp_path / "nowhere"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"storyline: {tmp_path / 'nowhere'}: not a directory"
    empty = run_storyline("eval", "timex", str(tmp_path))
    assert empty.returncode == 1
    assert empty.stderr.strip() == f"storyline: {tmp_path}: no TimeML (.tml) files in it"
    tls = run_storyline("eval", "tls", str(tmp_path))
    assert tls.returncode == 1 and tls.stdout == ""
    assert tls.stderr.startswith(f"storyline: {tmp_path}: no topics in it")


def test_version_and_short_help() -> None:
    version = run_storyline("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"storyline {__version__}"
    for args in (["-h"], ["ingest", "-h"], ["eval", "-h"]):
        shown = run_storyline(*args)
        assert shown.returncode == 0 and "Usage:" in shown.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_name_their_sources(store: Path, fmt: str) -> None:
    done = run_storyline("timeline", "--db", str(store), "--format", fmt)
    assert done.returncode == 0, done.stderr
    for record in RECORDS:
        assert record["url"] in done.stdout
    if fmt == "markdown":
        assert "- [Harbour Times, 2025-10-06](<https://harbour.example/strike>)" in done.stdout
    else:
        assert "- Harbour Times, 2025-10-06: https://harbour.example/strike" in done.stdout
