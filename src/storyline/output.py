"""Renderers: one result, several readers (JSON for machines, text and Markdown for people).

The JSON document follows ``spec/storyline-output.schema.json`` exactly; the web API serves
the same dictionary, so there is one place that decides what a story looks like outside.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from storyline import __version__
from storyline.claims import render_disagreements, render_revisions
from storyline.models import Article, Contradiction, Event, Result, Story, iso


def article_dict(article: Article, duplicate_of: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "origin": article.origin,
        "outlet": article.outlet,
        "wire": article.wire,
        "title": article.title,
        "url": article.url,
        "published": iso(article.published),
        "published_inferred": article.published_inferred,
        "published_given": iso(article.published_given),
        "duplicate_of": duplicate_of,
    }


def event_dict(event: Event) -> dict[str, Any]:
    return {
        "date": event.date,
        "approximate": event.approximate,
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
        "background": [event_dict(e) for e in story.background],
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
            _disagreement_dict(c) for c in story.contradictions if c.kind != "account"
        ],
        "revisions": [
            {
                "kind": r.kind,
                "about": r.about,
                "values": [
                    {
                        "value": v.value,
                        "as_of": v.as_of,
                        "articles": list(v.articles),
                        "sentence": v.sentence,
                    }
                    for v in r.values
                ],
            }
            for r in story.revisions
        ],
        "accounts": [_disagreement_dict(c) for c in story.contradictions if c.kind == "account"],
    }


def _disagreement_dict(c: Contradiction) -> dict[str, Any]:
    """A disagreement as the contract shapes one: an account (one party asserting, another
    denying) has the shape of a contradiction, in a list of its own, as the contract's kinds
    are dates and numbers."""
    return {
        "kind": c.kind,
        "about": c.about,
        "note": c.note,
        "sides": [
            {"value": s.value, "articles": list(s.articles), "sentence": s.sentence}
            for s in c.sides
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


BACKGROUND_TITLE = "Background"


def _sources(event: Event) -> str:
    """ "2 independent sources", and when no sentence gives the day, that it is the day its
    articles' news is of (the day their leads date, which may be before they were printed),
    not a day the text gives."""
    said = plural(event.independent_sources, "independent source")
    if event.approximate:
        return f"{said}; no sentence gives the day: its articles' news day"
    return said


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


def cited(story: Story) -> list[str]:
    """The articles a story's entries and disagreements cite, in order of first citation."""
    ids = [e.article_id for event in story.timeline for e in event.evidence]
    ids += [a for c in story.contradictions for side in c.sides for a in side.articles]
    return list(dict.fromkeys(ids))


def _source_lines(story: Story, articles: dict[str, Article], markdown: bool) -> list[str]:
    """The "Sources" section: each cited article's label and where to read it (its URL, or
    the file it came from when it has none; a URL that is not http(s) is not linked)."""
    from storyline.web.views import safe_url

    ids = cited(story)
    if not ids:
        return []
    lines = ["### Sources", ""] if markdown else ["Sources", "-------"]
    for article_id in ids:
        article = articles.get(article_id)
        label = _outlet(articles, article_id)
        url = safe_url(article.url) if article else None
        where = url or (article.url or article.origin if article else article_id)
        if markdown:
            lines.append(f"- [{label}](<{url}>)" if url else f"- {label} ({where})")
        else:
            lines.append(f"- {label}: {where}")
    return [*lines, ""]


def no_entries(articles: int, undated: int) -> str:
    """What a story with no timeline entry says instead, and why when the reason is plain:
    with none of its ``articles`` dated (``undated`` of them are not), what "on Monday"
    means cannot be placed."""
    if articles and undated == articles:
        whose = "its article has" if articles == 1 else f"none of its {articles} articles has"
        return (
            f"No dated events: {whose} a publication date, given or read from its text or "
            "address, to place what it tells (a first line \"date YYYY-MM-DD\" in a text "
            "file, or a \"published\" field, gives one)."
        )
    return "No dated events were found in this story's articles."


def _no_entries(story: Story, articles: dict[str, Article]) -> str:
    members = [articles[i] for i in story.article_ids if i in articles]
    return no_entries(len(story.article_ids), sum(1 for a in members if a.published is None))


def render_text(result: Result, width: int = 100) -> str:
    """A timeline a person reads in a terminal: dates down the left, evidence indented, the
    story's background after its timeline."""
    lines: list[str] = []
    articles = {a.id: a for a in result.articles}
    labels = {a: _outlet(articles, a) for a in articles}
    for story in result.stories:
        header = f"{story.title}  [{story.id[:8]}, {plural(len(story.article_ids), 'article')}]"
        lines += [header, "=" * min(len(header), width), ""]
        if not story.timeline:
            lines += [*textwrap.wrap(_no_entries(story, articles), width), ""]
        lines += _text_entries(story.timeline, articles, width)
        if story.background:
            lines += [BACKGROUND_TITLE, "-" * len(BACKGROUND_TITLE), ""]
            lines += _text_entries(story.background, articles, width)
        for section in (
            render_disagreements(story.contradictions, "text", labels),
            render_revisions(story.revisions, "text", labels),
        ):
            if section:
                lines += [section, ""]
        lines += _source_lines(story, articles, markdown=False)
    return "\n".join(lines).rstrip() + "\n"


def _text_entries(events: list[Event], articles: dict[str, Article], width: int) -> list[str]:
    lines = []
    for event in events:
        lead = f"{event.date:<10}  "
        body = textwrap.wrap(event.summary, width - len(lead)) or [""]
        lines.append(lead + body[0])
        lines += [" " * len(lead) + more for more in body[1:]]
        lines.append(" " * len(lead) + f"({_sources(event)})")
        for evidence in event.evidence:
            source = _outlet(articles, evidence.article_id)
            quote = textwrap.shorten(evidence.sentence, width - len(lead) - 4)
            lines.append(" " * len(lead) + f"- {quote} [{source}]")
        lines.append("")
    return lines


def render_markdown(result: Result) -> str:
    """The same timeline as Markdown, for notes, issues and reports."""
    lines: list[str] = []
    articles = {a.id: a for a in result.articles}
    labels = {a: _outlet(articles, a) for a in articles}
    for story in result.stories:
        lines += [f"## {story.title}", "", plural(len(story.article_ids), "article"), ""]
        if not story.timeline:
            lines += [_no_entries(story, articles), ""]
        lines += _markdown_entries(story.timeline, articles)
        if story.background:
            lines += ["", f"### {BACKGROUND_TITLE}", ""]
            lines += _markdown_entries(story.background, articles)
        for section in (
            render_disagreements(story.contradictions, "markdown", labels),
            render_revisions(story.revisions, "markdown", labels),
        ):
            if section:
                lines += ["", section]
        lines.append("")
        lines += _source_lines(story, articles, markdown=True)
    return "\n".join(lines).rstrip() + "\n"


def _markdown_entries(events: list[Event], articles: dict[str, Article]) -> list[str]:
    lines = []
    for event in events:
        lines.append(f"- **{event.date}** — {event.summary} _({_sources(event)})_")
        for evidence in event.evidence:
            lines.append(f"  - > {evidence.sentence} — {_outlet(articles, evidence.article_id)}")
    return lines


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
