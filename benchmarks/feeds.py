"""Stories from headlines, feed items and mixed piles: the figures of docs/benchmarks.md.

    python benchmarks/feeds.py [--googlenews DIR] [--synthetic N] [--json]

Each labelled set is clustered in four forms (storyline.evaluation.clusters.FORMS): full
texts, headlines alone, feed items (the headline and a description, or the lead) and a
mixed pile of the three, and scored with BCubed and pairwise F1.

- giveme5w1h: events with EventId 60 or above are held out and not scored here: the figures
  come from the events below 60, split by EventId into ``dev`` (even) and ``test`` (odd)
  (``storyline.evaluation.clusters.in_split``).
- synthetic: ``storyline.testing`` corpora of N articles in each form (seed 7). Their
  headlines are often generic ("Strike talks collapse") and many leads name no one, so a
  headline or feed item of one strike can be told from another strike's only by its date:
  the figures show what the generator's short texts allow, not a bar.
- GoogleNews (``--googlenews DIR``, optional): the labelled Google News titles (``T``) and
  titles with snippets (``TS``) of Yin & Wang (2014), as the GSDMM repository publishes them
  (one JSON object a line: ``text``, ``cluster``), lower-cased and stripped of stop words, with
  no dates; split by cluster number into ``dev`` (even) and ``test`` (odd).
- order: the same piles ingested in shuffled pieces (several ingests that reach back in time,
  as ``storyline ingest`` of files in any order does) against one batch, as the share of
  shuffles that give exactly the same stories and the lowest BCubed agreement.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from storyline.evaluation.clusters import FORMS, as_form, load, scores
from storyline.models import Article
from storyline.stories import cluster
from storyline.testing import generate_articles, in_pieces, to_article

GIVEME = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "clusters" / "giveme5w1h"


def _row(articles: list[Article], gold: dict[str, str]) -> dict:
    start = time.process_time()
    predicted = {a: s.id for s in cluster(articles) for a in s.article_ids}
    found = scores(gold, predicted)
    return {
        "articles": found["articles"],
        "gold": found["gold_clusters"],
        "stories": found["clusters"],
        "bcubed_p": round(found["bcubed_p"], 3),
        "bcubed_r": round(found["bcubed_r"], 3),
        "bcubed_f1": round(found["bcubed_f1"], 3),
        "pairwise_f1": round(found["pairwise_f1"], 3),
        "cpu_s": round(time.process_time() - start, 2),
    }


def giveme(splits: list[str]) -> list[dict]:
    rows = []
    for form in FORMS:
        for split in splits:
            articles, gold = load(GIVEME, form, split)
            rows.append({"set": "giveme5w1h", "split": split, "form": form} | _row(articles, gold))
    return rows


def synthetic(n: int) -> list[dict]:
    rows = []
    for form in FORMS:
        records = list(generate_articles(n, seed=7, form=form))
        articles = [to_article(r) for r in records]
        gold = {r["id"]: r["story"] for r in records}
        rows.append({"set": f"synthetic {n}", "split": "all", "form": form} | _row(articles, gold))
    return rows


def googlenews(directory: Path) -> list[dict]:
    """GoogleNews titles (T: headline form) and titles with snippets (TS: feed form)."""
    titles = [json.loads(line) for line in (directory / "T").open(encoding="utf-8")]
    snippets = [json.loads(line) for line in (directory / "TS").open(encoding="utf-8")]
    rows = []
    for form in ("headline", "feed", "mixed"):
        for split, parity in (("dev", 0), ("test", 1)):
            articles, gold = [], {}
            for number, (title, both) in enumerate(zip(titles, snippets, strict=True)):
                if int(title["cluster"]) % 2 != parity:
                    continue
                article = Article(
                    id=f"g{number}", origin="googlenews", title=title["text"],
                    text=both["text"][len(title["text"]):].strip(),
                )
                articles.append(as_form(article, "full" if form == "feed" else form))
                gold[article.id] = str(title["cluster"])
            rows.append({"set": "googlenews", "split": split, "form": form} | _row(articles, gold))
    return rows


def order(shuffles: int) -> list[dict]:
    """Shuffled pieces ingested one after another against one batch, per form (dev split)."""
    rows = []
    for form in FORMS:
        articles, _gold = load(GIVEME, form, "dev")
        batch = {a: s.id for s in cluster(articles) for a in s.article_ids}
        same, lowest = 0, 1.0
        for seed in range(shuffles):
            rng = random.Random(seed)
            pile = articles[:]
            rng.shuffle(pile)
            pieced = in_pieces(pile, rng.randint(2, 8))
            found = {a: s.id for s in pieced for a in s.article_ids}
            same += found == batch
            lowest = min(lowest, scores(batch, found)["bcubed_f1"])
        rows.append({"set": "giveme5w1h order", "split": "dev", "form": form,
                     "shuffles": shuffles, "identical": same, "lowest_bcubed": round(lowest, 3)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--googlenews", type=Path, help="directory with the T and TS files")
    parser.add_argument("--synthetic", type=int, default=4000)
    parser.add_argument("--shuffles", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    rows = giveme(["dev", "test"])
    if options.synthetic:
        rows += synthetic(options.synthetic)
    if options.googlenews:
        rows += googlenews(options.googlenews)
    if options.shuffles:
        rows += order(options.shuffles)
    for row in rows if not options.json else []:
        print(json.dumps(row))
    if options.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
