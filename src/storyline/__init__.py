"""storyline: dated, source-attributed timelines of evolving news stories.

The public API is what ``__all__`` names (tests/test_api.py pins it): the domain objects,
the errors, reading, the store, the pipeline and the output contract. Everything else is
reached through its module and may change.
"""

from typing import TYPE_CHECKING

from storyline.errors import InputError, StorylineError, UsageError
from storyline.models import (
    Article,
    Claim,
    ClaimMention,
    Contradiction,
    ContradictionSide,
    Document,
    Event,
    Evidence,
    Provenance,
    Quantity,
    Result,
    Sentence,
    SharedPassage,
    Story,
    TimeExpression,
    article_id,
)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from storyline.output import result_dict
    from storyline.pipeline import TimelineOptions, analyse, assemble, run
    from storyline.readers import read_paths
    from storyline.store import Store
    from storyline.timex import tag

# The pipeline's entry points, imported on first use so that `import storyline` (and every
# CLI start) stays cheap: the stages pull in scikit-learn, datasketch and the tagger.
_LAZY = {
    "read_paths": "storyline.readers",
    "Store": "storyline.store",
    "run": "storyline.pipeline",
    "analyse": "storyline.pipeline",
    "assemble": "storyline.pipeline",
    "TimelineOptions": "storyline.pipeline",
    "result_dict": "storyline.output",
    "tag": "storyline.timex",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
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
