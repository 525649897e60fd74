"""Renderers: one result, several readers (JSON for machines, text and Markdown for people).

The JSON document follows ``spec/storyline-output.schema.json`` exactly; the web API serves
the same dictionary, so there is one place that decides what a story looks like outside.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from storyline import __version__
from storyline.claims import render_disagreements
from storyline.models import Article, Event, Result, Story


def article_dict(article: Article, duplicate_of: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "origin": article.origin,
        "outlet": article.outlet,
        "wire": article.wire,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_inferred": article.published_inferred,
        "duplicate_of": duplicate_of,
    }


def event_dict(event: Event) -> dict[str, Any]:
    return {
        "date": event.date,
        "summary": event.summary,
        "independent_sources": event.independent_sources,
        "evidence": [
            {"article": e.article_id, "sentence": e.sentence, "expression": e.expression}
            for e in event.evidence
        ],
    }


def story_dict(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "why": story.why,
        "articles": list(story.article_ids),
        "timeline": [event_dict(e) for e in story.timeline],
        "claims": [
            {
                "about": claim.about,
                "note": claim.note,
                "mentions": [
                    {
                        "value": m.value,
                        "text": m.text,
                        "unit": m.unit,
                        "qualifier": m.qualifier,
                        "article": m.article_id,
                        "sentence": m.sentence,
                    }
                    for m in claim.mentions
                ],
            }
            for claim in story.claims
        ],
        "contradictions": [
            {
                "kind": c.kind,
                "about": c.about,
                "note": c.note,
                "sides": [
                    {"value": s.value, "articles": list(s.articles), "sentence": s.sentence}
                    for s in c.sides
                ],
            }
            for c in story.contradictions
        ],
    }


def result_dict(result: Result) -> dict[str, Any]:
    """The machine-readable document of the output contract."""
    duplicates = result.provenance.duplicate_of
    return {
        "storyline_version": __version__,
        "articles": [article_dict(a, duplicates.get(a.id)) for a in result.articles],
        "stories": [story_dict(s) for s in result.stories],
        "shared_copy": [
            {"text": p.text, "articles": list(p.article_ids)} for p in result.provenance.shared
        ],
    }


def render_json(result: Result) -> str:
    return json.dumps(result_dict(result), ensure_ascii=False, indent=2) + "\n"


def plural(count: int, word: str) -> str:
    """ "1 entry", "3 entries", "2 sources": counts read as a person writes them."""
    if count == 1:
        return f"{count:,} {word}"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return f"{count:,} {word[:-1]}ies"
    return f"{count:,} {word}s"


def _sources(count: int) -> str:
    return plural(count, "independent source")


def _outlet(articles: dict[str, Article], article_id: str) -> str:
    article = articles.get(article_id)
    if article is None:
        return article_id
    when = article.published.isoformat() if article.published else "undated"
    if article.published_inferred:
        when += " (inferred)"
    # Without an outlet, the file or page name is what a reader recognises, not a full path.
    source = article.outlet or article.origin.rstrip("/").rsplit("/", 1)[-1]
    return f"{source}, {when}"


def render_text(result: Result, width: int = 100) -> str:
    """A timeline a person reads in a terminal: dates down the left, evidence indented."""
    lines: list[str] = []
    articles = {a.id: a for a in result.articles}
    labels = {a: _outlet(articles, a) for a in articles}
    for story in result.stories:
        header = f"{story.title}  [{story.id[:8]}, {plural(len(story.article_ids), 'article')}]"
        lines += [header, "=" * min(len(header), width), ""]
        for event in story.timeline:
            lead = f"{event.date:<10}  "
            body = textwrap.wrap(event.summary, width - len(lead)) or [""]
            lines.append(lead + body[0])
            lines += [" " * len(lead) + more for more in body[1:]]
            lines.append(" " * len(lead) + f"({_sources(event.independent_sources)})")
            for evidence in event.evidence:
                source = _outlet(articles, evidence.article_id)
                quote = textwrap.shorten(evidence.sentence, width - len(lead) - 4)
                lines.append(" " * len(lead) + f"- {quote} [{source}]")
            lines.append("")
        disagreements = render_disagreements(story.contradictions, "text", labels)
        if disagreements:
            lines += [disagreements, ""]
    return "\n".join(lines).rstrip() + "\n"


def render_markdown(result: Result) -> str:
    """The same timeline as Markdown, for notes, issues and reports."""
    lines: list[str] = []
    articles = {a.id: a for a in result.articles}
    labels = {a: _outlet(articles, a) for a in articles}
    for story in result.stories:
        lines += [f"## {story.title}", "", plural(len(story.article_ids), "article"), ""]
        for event in story.timeline:
            lines.append(
                f"- **{event.date}** — {event.summary} _({_sources(event.independent_sources)})_"
            )
            for evidence in event.evidence:
                source = _outlet(articles, evidence.article_id)
                lines.append(f"  - > {evidence.sentence} — {source}")
        disagreements = render_disagreements(story.contradictions, "markdown", labels)
        if disagreements:
            lines += ["", disagreements]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_html(result: Result) -> str:
    """The self-contained HTML report; imported on use, as it needs this module first."""
    from storyline.report import render_html as render_report

    return render_report(result)


RENDERERS = {
    "json": render_json,
    "text": render_text,
    "markdown": render_markdown,
    "html": render_html,
}
