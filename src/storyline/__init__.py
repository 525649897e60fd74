"""storyline: dated, source-attributed timelines of evolving news stories."""

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
    Sentence,
    SharedPassage,
    Story,
    TimeExpression,
    article_id,
)

__version__ = "0.1.0"

# The pipeline's entry points, imported on first use so that `import storyline` (and every
# CLI start) stays cheap: the stages pull in scikit-learn, datasketch and the tagger.
_LAZY = {
    "read_paths": "storyline.readers",
    "Store": "storyline.store",
    "run": "storyline.pipeline",
    "analyse": "storyline.pipeline",
    "assemble": "storyline.pipeline",
    "TimelineOptions": "storyline.pipeline",
    "Result": "storyline.pipeline",
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
    "Sentence",
    "SharedPassage",
    "Story",
    "StorylineError",
    "TimeExpression",
    "UsageError",
    "__version__",
    "article_id",
    *_LAZY,
]
