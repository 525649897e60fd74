"""Cost of one article as its text grows: every stage, in CPU seconds per doubling.

Why: a pasted table, a feed glued into one line or a run of spaces gives an article whose
"sentences" are tens of thousands of characters long. A rule that reads a sentence once per
figure or per date in it then costs the square of its length, and one such article would
hold up a batch. This times the whole pipeline (``pipeline.run``: per-article stages,
copies, stories, timeline and claims) on one generated article of each shape at doubling
lengths; linear work shows as a ratio near 2 from one length to the next.

    python benchmarks/long_text.py [--words 2500] [--doublings 3]

Shapes: ordinary sentences (the baseline every real article looks like), a run of words and
figures with no full stop, the same run with each word followed by 10 spaces, and a table of
bare figures (each a quantity read with the words around it). At the defaults every text
stays under ``text.MAX_ANALYSED_CHARS``, so all of it is analysed.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date

from storyline import pipeline
from storyline.models import Article

WORDS = (
    "the army said 12 soldiers were killed and 3,000 people fled on Monday while about "
    "40 percent of homes in the capital rose from 11 to 14 between 30 and 40 Flight"
).split()
FIGURES = "1 2 3 4 5 6 7 8 9 10 , 12 1,000 3.5".split()


def article(shape: str, words: int, seed: int = 3) -> Article:
    """One article of ``words`` words in the given shape."""
    picked = random.Random(seed).choices(FIGURES if shape == "figures" else WORDS, k=words)
    if shape in ("no full stop", "figures"):
        text = " ".join(picked) + "."
    elif shape == "spaced":
        text = (" " * 10).join(picked) + "."
    else:
        text = " ".join(
            " ".join(picked[i : i + 20]).capitalize() + "." for i in range(0, words, 20)
        )
    return Article(
        id=f"{shape}-{words}", origin="benchmark", text=text, title="Long text",
        outlet="example.com", published=date(2024, 8, 7),
    )  # fmt: skip


def cpu_seconds(item: Article) -> float:
    started = time.process_time()
    pipeline.run([item])
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2500, help="words at the first length")
    parser.add_argument("--doublings", type=int, default=3, help="lengths after the first")
    args = parser.parse_args()
    for shape in ("sentences", "no full stop", "spaced", "figures"):
        previous = None
        for step in range(args.doublings + 1):
            words = args.words * 2**step
            item = article(shape, words)
            seconds = cpu_seconds(item)
            ratio = f"x{seconds / previous:.1f}" if previous else ""
            print(
                f"{shape:<13} {words:>7,} words {len(item.text):>10,} chars "
                f"{seconds:7.2f} CPU s {ratio}"
            )
            previous = seconds


if __name__ == "__main__":
    main()
