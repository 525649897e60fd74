"""Contradiction detection on labelled pairs: precision, recall, F1, and every error.

Usage: ``python benchmarks/claims.py [PAIRS.jsonl]`` (default: the labelled set shipped with
the package, the same one ``storyline eval claims`` scores). It prints the scores overall and
per kind (number, date) and lists each pair the detector got wrong with what it reported, so
a change to the rules can be judged on its errors, not only on a figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from storyline.evaluation.claims import evaluate, format_table


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else None
    result = evaluate(path)
    sys.stdout.write(format_table(result))
    for item in result["items"]:
        if item["gold"] != item["predicted"] and item["found"]:
            found = "; ".join(f"{f['kind']}: {f['about']}" for f in item["found"])
            sys.stdout.write(f"  {item['id']} reported {found}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
