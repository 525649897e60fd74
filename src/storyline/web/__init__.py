"""The web front: ``storyline serve`` (a JSON API and pages) over the same library as the CLI.

The app is imported on first use, so the offline HTML report can render the same page views
(``storyline.web.views``) without loading the web framework.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'storyline.web' has no attribute {name!r}")
    from storyline.web import app

    return getattr(app, name)
