"""The hostile-input suite: no input ends in a traceback, and no readable article is lost.

The corpus (hostile_cases.py) is read case by case through the readers, then all at once
through the real command into a real store; hypothesis adds bytes and JSON shapes nobody
wrote by hand; damaged stores are opened by every command that reads one.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_cases import CASES, Case
from storyline.errors import InputError
from storyline.models import Article
from storyline.readers import read_bytes, read_record
from storyline.records import ALIASES
from storyline.store import Store

from helpers import run_storyline

assert len(CASES) >= 100 and len({c.name for c in CASES}) == len(CASES)


def _read(case: Case) -> tuple[list[Article], list[str]]:
    results = list(read_bytes(case.data, case.name, Path(case.name).suffix.lower()))
    articles = [r for r in results if isinstance(r, Article)]
    lines = [str(r) for r in results if isinstance(r, InputError)]
    return articles, lines


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_gives_its_articles_and_one_line_per_problem(case: Case) -> None:
    articles, lines = _read(case)
    assert len(articles) == case.articles, lines
    assert all(a.text.strip() for a in articles)
    for line in lines:
        assert "\n" not in line and line.startswith(case.name), line
    if case.says is not None:
        assert any(case.says in line for line in lines), lines


def test_the_corpus_through_the_command_keeps_every_article(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    sniffed = []
    for number, case in enumerate(CASES):
        path = folder / f"{number:03d}-{case.name}"
        path.write_bytes(case.data)
        if not Path(case.name).suffix:
            sniffed.append(str(path))  # a directory lists known types; these are named
    db = tmp_path / "s.db"
    done = run_storyline("ingest", str(folder), *sniffed, "--db", str(db), "-q", "--no-stories")
    assert done.returncode == 1, done.stderr  # some inputs are refused, none ends the batch
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert all(line.startswith("storyline: ") for line in done.stderr.splitlines())
    expected = sum(case.articles for case in CASES)
    assert done.stdout.startswith(f"new {expected}, already stored 0,"), done.stdout
    with Store(db) as store:
        assert store.count() == expected
    again = run_storyline("ingest", str(folder), *sniffed, "--db", str(db), "-q", "--no-stories")
    assert again.stdout.startswith(f"new 0, already stored {expected},"), again.stdout


def test_a_timeline_of_hostile_shapes_runs(tmp_path: Path) -> None:
    """The encodings and export shapes, stored, go through every stage to every format."""
    folder = tmp_path / "shapes"
    folder.mkdir()
    for number, case in enumerate(CASES[:60]):
        if Path(case.name).suffix:
            (folder / f"{number:03d}-{case.name}").write_bytes(case.data)
    db = tmp_path / "s.db"
    for fmt in ("json", "html"):
        done = run_storyline("timeline", str(folder), "--db", str(db), "-q", "--format", fmt)
        assert done.returncode == 1 and done.stdout, done.stderr
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=5),
    max_leaves=30,
)
_KEYS = st.sampled_from(
    [*sorted({alias for names in ALIASES.values() for alias in names}), "X", "_source"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=_JSON, suffix=st.sampled_from([".json", ".jsonl", ""]))
def test_any_json_document_gives_articles_or_one_line_errors(document: object, suffix: str
                                                            ) -> None:
    data = json.dumps(document).encode()
    for result in read_bytes(data, "doc" + suffix, suffix):
        if isinstance(result, InputError):
            assert "\n" not in str(result) and str(result).startswith("doc" + suffix)
        else:
            assert result.text.strip()


@settings(max_examples=300, deadline=None)
@given(record=st.dictionaries(_KEYS, _JSON, max_size=8))
def test_any_record_of_known_field_names_reads_or_says_why(record: dict) -> None:
    for result in read_record(record, "rec.jsonl", 1):
        if isinstance(result, Article):
            assert result.text.strip() and result.origin
            assert result.title is None or "\n" not in result.title
        else:
            assert str(result).startswith(("rec.jsonl:1:", "rec.jsonl")) and "\n" not in str(
                result
            )


# ---- damaged stores --------------------------------------------------------------------------


def _good_store(path: Path) -> Path:
    with Store(path) as store:
        store.add_articles(
            Article.from_text(f"Ferries halted in Valmora, report {n}, the port said.", "t")
            for n in range(400)
        )
    return path


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database " * 300)


def _truncated(path: Path) -> None:
    _good_store(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _damaged_page(path: Path) -> None:
    _good_store(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 3, len(data) - page, page * 2):  # every other page past the schema
        data[start + 100 : start + 600] = b"\xa5" * 500
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _header_only(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 84)


def _directory(path: Path) -> None:
    path.mkdir()


def _newer(path: Path) -> None:
    _good_store(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA user_version = 999")


DAMAGES = [_garbage, _truncated, _damaged_page, _header_only, _directory, _newer]


@pytest.mark.parametrize("damage", DAMAGES, ids=[d.__name__.strip("_") for d in DAMAGES])
def test_a_damaged_store_is_one_line_for_every_command(tmp_path: Path, damage: object) -> None:
    db = tmp_path / "s.db"
    damage(db)  # type: ignore[operator]
    text = tmp_path / "a.txt"
    text.write_text("Ferries halted in Valmora on Monday, the port said.")
    for command in (["stories"], ["ingest", str(text)], ["rm", "abcd"]):
        done = run_storyline(*command, "--db", str(db))
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("storyline: "), (command, done.stderr)
        assert "internal error" not in lines[0]


def test_an_empty_file_as_store_is_a_new_store(tmp_path: Path) -> None:
    """SQLite takes an empty file for an empty database: it becomes a store, nothing lost."""
    db = tmp_path / "s.db"
    _empty(db)
    done = run_storyline("articles", "--db", str(db))
    assert done.returncode == 0 and "holds no articles" in done.stderr
