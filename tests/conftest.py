"""Fixtures pytest injects by name; plain helpers are in helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SEEDS, need_shared


@pytest.fixture
def seeds() -> Path:
    return need_shared(SEEDS)
