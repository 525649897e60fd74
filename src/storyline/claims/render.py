"""The "Where sources disagree" section of a text or Markdown timeline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.models import Contradiction

DISAGREEMENTS_TITLE = "Where sources disagree"


def render_disagreements(
    contradictions: Sequence[Contradiction], fmt: str, labels: Mapping[str, str] | None = None
) -> str:
    """The "Where sources disagree" section of a text or Markdown timeline ("" when none).

    Sentences are shown whole and verbatim, never shortened, because the section exists so a
    person can check each side against its source. ``labels`` names articles for people
    (outlet and date); without it the article id is shown.
    """
    if not contradictions:
        return ""
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}: expected 'text' or 'markdown'")
    names = labels or {}
    lines = (
        [f"### {DISAGREEMENTS_TITLE}", ""]
        if fmt == "markdown"
        else [DISAGREEMENTS_TITLE, "-" * len(DISAGREEMENTS_TITLE)]
    )
    for c in contradictions:
        heading = f"{c.about}: {'dates' if c.kind == 'date' else 'figures'} differ"
        lines.append(f"- **{heading}**" if fmt == "markdown" else heading)
        for side in c.sides:
            sources = ", ".join(names.get(a, a) for a in side.articles)
            if fmt == "markdown":
                lines.append(f"  - **{side.value}** — {sources}")
                lines.append(f"    > {side.sentence}")
            else:
                lines.append(f"  * {side.value} [{sources}]")
                lines.append(f'    "{side.sentence}"')
        if c.note:
            lines.append(f"  - _{c.note}_" if fmt == "markdown" else f"  Note: {c.note}")
    return "\n".join(lines)
