"""What several test files share: where the real data lives, and a way to run the real command.

A plain module the tests import (``from helpers import ...``); the fixtures pytest injects
are in conftest.py.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from storyline.models import Contradiction, Revision

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpora" / "seeds-niger"
T17 = SHARED / "datasets" / "tls" / "t17"
EXAMPLES = ROOT / "examples"
SCHEMA = SHARED / "spec" / "storyline-output.schema.json"


def need_shared(path: Path = SHARED) -> Path:
    """Skip the calling test cleanly when ../shared (or a part of it) is not beside the repo."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def require(available: bool, reason: str) -> None:
    """Skip the calling test (or module) when a tool it needs is missing, but fail in CI
    (``CI=true``): .ci/run installs every tool, and a browser test that skips there hides
    whatever it would have caught."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: CI must run this test (.ci/tools installs it)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def run_storyline(
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    timeout: float = 600,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the installed command in a real process, as a person would (``env``: variables
    set for it; $STORYLINE_DB is unset unless given there)."""
    env = (
        {k: v for k, v in os.environ.items() if k != "STORYLINE_DB"}
        | {"COLUMNS": "120"}
        | (env or {})
    )
    done = subprocess.run(
        [sys.executable, "-m", "storyline", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=timeout,
        env=env,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def story_disagreements(texts: Sequence[tuple[str, dt.date]]) -> list[Contradiction]:
    """Every disagreement the claims stage finds in a story of ``texts``, one article each
    (its text and publication day), the articles named ``doc-0``, ``doc-1``, ..."""
    from storyline.claims import story_claims
    from storyline.evaluation.claims import analyse_text
    from storyline.models import Provenance

    documents = [analyse_text(text, day, f"doc-{i}") for i, (text, day) in enumerate(texts)]
    name = {d.id: f"doc-{i}" for i, d in enumerate(documents)}
    found = story_claims(documents, Provenance())[1]
    for c in found:
        for side in c.sides:
            side.articles[:] = [name[a] for a in side.articles]
    return found


def number_claims(
    texts: Sequence[tuple[str, dt.date]],
) -> tuple[list[Contradiction], list[Revision]]:
    """The number disagreements and number revisions the claims stage finds in a story of
    ``texts``, one article each (its text and publication day)."""
    from storyline.claims import story_claims
    from storyline.evaluation.claims import analyse_text
    from storyline.models import Provenance

    documents = [analyse_text(t, day, f"doc-{i}") for i, (t, day) in enumerate(texts)]
    _claims_found, found, revised = story_claims(documents, Provenance())
    return [c for c in found if c.kind == "number"], [r for r in revised if r.kind == "number"]


def disagreement_sides(
    texts: list[str], published: dt.date, kind: str = "number", days: int = 0
) -> list[list[str]]:
    """The sides of each disagreement of ``kind`` the claims stage finds among ``texts``, one
    article each published on ``published``; with ``days``, each article is published that
    many days after the one before."""
    dated = [(t, published + dt.timedelta(days=days * i)) for i, t in enumerate(texts)]
    return dated_disagreement_sides(dated, kind)


def dated_disagreement_sides(
    dated: Sequence[tuple[str, dt.date]], kind: str = "number"
) -> list[list[str]]:
    """The sides of each disagreement of ``kind`` the claims stage finds in a story of
    ``dated`` texts, one article each (its text and publication day)."""
    found = [c for c in story_disagreements(dated) if c.kind == kind]
    return [sorted(side.value for side in c.sides) for c in found]


HARBOUR_PAGE = [
    "The harbour authority in Velm closed the northern pier on Monday after divers found "
    "cracks in its pilings.",
    "Engineers said the cracks ran through four of the pier's twelve pilings.",
    "The authority said ferries would berth at the southern quay until repairs were done.",
    "Fishing boats were told to use the old slipway at Kessock.",
    "Repairs are expected to take six weeks, the authority said.",
    "The pier was last rebuilt in 1998 after a storm.",
    "Traders on the quay said the closure would cost them custom.",
    "One fishmonger said her takings had halved since the morning.",
    "The council called an emergency meeting for Wednesday.",
    "Divers will inspect the southern quay on Tuesday as a precaution.",
    "The authority has asked for money from the national ports fund.",
    "A report on the pilings is due next month.",
]
"""A long page of one story, each sentence telling it again in its own words: the page a
line scraped above it is judged against (``furniture.stray_opening``)."""
