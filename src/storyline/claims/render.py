"""The "Where sources disagree" and "How figures changed" sections of a text or Markdown
timeline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.models import Contradiction, Revision

DISAGREEMENTS_TITLE = "Where sources disagree"
REVISIONS_TITLE = "How figures changed"


def render_disagreements(
    contradictions: Sequence[Contradiction], fmt: str, labels: Mapping[str, str] | None = None
) -> str:
    """The "Where sources disagree" section of a text or Markdown timeline ("" when none).

    Sentences are shown whole and verbatim, never shortened, because the section exists so a
    person can check each side against its source. ``labels`` names articles for people
    (outlet and date); without it the article id is shown.
    """
    items = [
        (
            f"{c.about}: {_differing(c)} differ",
            [(side.value, side.articles, side.sentence) for side in c.sides],
            c.note,
        )
        for c in contradictions
    ]
    return _section(DISAGREEMENTS_TITLE, items, fmt, labels or {})


def _differing(contradiction: Contradiction) -> str:
    """What differs: dates, figures, or accounts."""
    return {"date": "dates", "account": "accounts"}.get(contradiction.kind, "figures")


def render_revisions(
    revisions: Sequence[Revision], fmt: str, labels: Mapping[str, str] | None = None
) -> str:
    """The "How figures changed" section ("" when none): each figure or plan that changed as
    time passed, its values earliest first with the day each held and who reported it, so a
    toll that rose is read as news that moved on, not as sources disagreeing."""
    items = [
        (
            f"{r.about}: {'dates' if r.kind == 'date' else 'figures'} revised over time",
            [(f"{v.as_of}: {v.value}", v.articles, v.sentence) for v in r.values],
            None,
        )
        for r in revisions
    ]
    return _section(REVISIONS_TITLE, items, fmt, labels or {})


Item = tuple[str, list[tuple[str, list[str], str]], "str | None"]
"""A heading, its values (each with the articles giving it and a sentence), a note."""


def _section(title: str, items: Sequence[Item], fmt: str, names: Mapping[str, str]) -> str:
    if not items:
        return ""
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}: expected 'text' or 'markdown'")
    lines = [f"### {title}", ""] if fmt == "markdown" else [title, "-" * len(title)]
    for heading, values, note in items:
        lines.append(f"- **{heading}**" if fmt == "markdown" else heading)
        for value, articles, sentence in values:
            sources = ", ".join(names.get(a, a) for a in articles)
            if fmt == "markdown":
                lines.append(f"  - **{value}** — {sources}")
                lines.append(f"    > {sentence}")
            else:
                lines.append(f"  * {value} [{sources}]")
                lines.append(f'    "{sentence}"')
        if note:
            lines.append(f"  - _{note}_" if fmt == "markdown" else f"  Note: {note}")
    return "\n".join(lines)
