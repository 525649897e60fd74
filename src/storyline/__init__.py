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
]
