"""The web front: ``storyline serve`` (a JSON API and pages) over the same library as the CLI."""

from storyline.web.app import create_app, serve

__all__ = ["create_app", "serve"]
