"""The self-contained HTML report: `storyline timeline --format html --out report.html`.

It is the web app's story page, rendered by the same templates from the same view, with the
stylesheet and script inlined so the one file can be mailed or archived and opened with no
network. Its Content-Security-Policy forbids every load and allows only the script it
carries (by hash): a hostile sentence quoted in the report can neither run nor phone home.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from importlib.resources import files
from typing import TYPE_CHECKING

from markupsafe import Markup

from storyline import __version__
from storyline.output import article_dict, story_dict
from storyline.web.views import environment, page_data, story_view

if TYPE_CHECKING:
    from storyline.models import Result


def _asset(name: str) -> str:
    return (files("storyline.web") / "static" / name).read_text(encoding="utf-8")


def render_html(result: Result, *, made: datetime | None = None) -> str:
    """One HTML document with every story of ``result``: timeline, evidence, disagreements."""
    duplicates = result.provenance.duplicate_of
    articles = {a.id: article_dict(a, duplicates.get(a.id)) for a in result.articles}
    views = [
        story_view(page_data(story_dict(s), [articles[i] for i in s.article_ids if i in articles]))
        for s in result.stories
    ]
    script = _asset("storyline.js").strip("\n")
    # The hash covers the text between the tags, which report.html wraps in newlines.
    inline = f"\n{script}\n".encode()
    digest = base64.b64encode(hashlib.sha256(inline).digest()).decode("ascii")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    title = views[0].title if len(views) == 1 else f"{len(views)} stories"
    return (
        environment()
        .get_template("report.html")
        .render(
            stories=views,
            web=False,
            title=f"{title} · storyline report",
            articles=len(result.articles),
            made=(made or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
            version=__version__,
            csp=csp,
            css=Markup(_asset("storyline.css")),
            js=Markup(script),
        )
    )
