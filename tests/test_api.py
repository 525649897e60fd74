"""The public API: what ``import storyline`` offers, and what the light modules load."""

from __future__ import annotations

import subprocess
import sys

import storyline

PUBLIC = [
    "Article",
    "Claim",
    "ClaimMention",
    "Contradiction",
    "ContradictionSide",
    "Document",
    "Event",
    "Evidence",
    "InputError",
    "Provenance",
    "Quantity",
    "Result",
    "Sentence",
    "SharedPassage",
    "Store",
    "Story",
    "StorylineError",
    "TimeExpression",
    "TimelineOptions",
    "UsageError",
    "__version__",
    "analyse",
    "article_id",
    "assemble",
    "read_paths",
    "result_dict",
    "run",
    "tag",
]


def test_the_public_names_are_pinned_and_all_resolve() -> None:
    """A name added to or dropped from the API is a decision: this test makes it visible."""
    assert storyline.__all__ == PUBLIC
    for name in PUBLIC:
        assert getattr(storyline, name) is not None


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_rendering_loads_no_pipeline_and_the_report_no_web_framework() -> None:
    """`storyline articles --format json` and the offline report stay light to start."""
    loaded = _loaded_after("import storyline.output, storyline.report")
    assert "storyline.output" in loaded and "storyline.report" in loaded
    assert not loaded & {"storyline.pipeline", "sklearn", "datasketch", "fastapi", "starlette"}
