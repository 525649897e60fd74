"""How a tagging is shown to a person or a program (``storyline dates``)."""

from __future__ import annotations

import json

from storyline.models import TimeExpression


def expressions_as_dicts(expressions: list[TimeExpression]) -> list[dict[str, object]]:
    """The JSON shape fixed by spec/evaluation.md: start, end, text, type, value."""
    return [
        {"start": e.start, "end": e.end, "text": e.text, "type": e.type, "value": e.value}
        for e in expressions
    ]


def format_expressions(expressions: list[TimeExpression], fmt: str = "text") -> str:
    """``json``: a list of objects; ``text``: one aligned line per expression, with the
    anchor a relative value was resolved against, so a reader can check it."""
    if fmt == "json":
        return json.dumps(expressions_as_dicts(expressions), ensure_ascii=False, indent=2)
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r} (expected text or json)")
    lines = []
    for e in expressions:
        extra = f"  (from {e.anchor})" if e.anchor else ""
        mod = f" mod={e.mod}" if e.mod else ""
        lines.append(f"{e.start:>7}-{e.end:<7} {e.type:<8} {e.value:<14} {e.text!r}{mod}{extra}")
    return "\n".join(lines)
