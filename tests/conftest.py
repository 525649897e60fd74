"""Fixtures pytest injects by name; plain helpers are in helpers.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import EXAMPLES, SEEDS, need_shared, run_storyline


@pytest.fixture
def seeds() -> Path:
    return need_shared(SEEDS)


@pytest.fixture(scope="session")
def examples_output(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """`storyline timeline examples/ --format json`, run once for every test that reads it."""
    db = tmp_path_factory.mktemp("examples") / "s.db"
    done = run_storyline("timeline", str(EXAMPLES), "--format", "json", "--db", str(db), "-q")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
