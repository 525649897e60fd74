"""`storyline eval tls`: the news-tls protocol on a made-up dataset and on one T17 topic."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from storyline.evaluation import tls
from storyline.models import Document, Provenance

SHARED = Path(__file__).resolve().parents[2] / "shared"
T17 = SHARED / "datasets" / "tls" / "t17"
SPEC_KEYS = {
    "align_m1_rouge1_f1",
    "align_m1_rouge2_f1",
    "concat_rouge1_f1",
    "concat_rouge2_f1",
    "date_f1",
    "tasks",
    "seconds",
}


def _write_topic(root: Path) -> None:
    topic = root / "quake"
    topic.mkdir()
    articles = [
        {
            "id": "1",
            "time": "2010-01-12",
            "source": "x",
            "text": "A strong earthquake hits Haiti .\nBuildings collapse in the capital .",
        },
        {
            "id": "2",
            "time": "2010-01-13",
            "source": "y",
            "text": "Rescuers search the rubble in Port-au-Prince .\nAid begins to arrive .",
        },
        {
            "id": "3",
            "time": "2010-02-01",
            "source": "y",
            "text": "Outside the period : a later report on the recovery .",
        },
    ]
    (topic / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    reference = [
        ["2010-01-12T00:00:00", ["A strong earthquake hits Haiti .", "Buildings collapse ."]],
        ["2010-01-13T00:00:00", ["Rescuers search the rubble ."]],
    ]
    (topic / "timelines.jsonl").write_text(json.dumps(reference) + "\n")
    (topic / "keywords.json").write_text('["quake"]')


def test_protocol_clips_articles_and_asks_for_l_dates_of_k_sentences(tmp_path: Path) -> None:
    _write_topic(tmp_path)
    seen: list[tuple[int, int, int]] = []

    def oracle(documents: list[Document], provenance: Provenance, task: tls.Task):
        seen.append((len(documents), task.max_dates, task.sentences_per_date))
        return task.reference

    result = tls.evaluate(tmp_path, system=oracle)
    # two articles inside 2010-01-12..13; l = 2 dates; k = round(3 / 2) = 2
    assert seen == [(2, 2, 2)]
    overall = result["overall"]
    assert set(overall) >= SPEC_KEYS
    assert overall["tasks"] == 1
    for key in ("align_m1_rouge1_f1", "align_m1_rouge2_f1", "date_f1", "concat_rouge1_f1"):
        assert overall[key] == pytest.approx(1.0)
    (item,) = result["items"]
    assert item["topic"] == "quake" and item["articles"] == 2


def test_storyline_system_finds_the_dates_its_sources_give(tmp_path: Path) -> None:
    """Each reference date is the date sentences of the topic's articles give; the system
    finds both, and nothing else (date precision and recall 1)."""
    topic = tmp_path / "quake"
    topic.mkdir()
    articles = [
        ("1", "2010-01-12", "x", "A strong earthquake struck Haiti on Tuesday , January 12 .\n"
         "Buildings collapsed in the capital on Tuesday ."),
        ("2", "2010-01-13", "y", "Rescuers searched the rubble in Port-au-Prince on Wednesday , "
         "January 13 .\nThe first aid flights landed on Wednesday ."),
        ("3", "2010-01-13", "z", "The first aid flights landed in Port-au-Prince on January 13 ,"
         " officials said .\nRescuers searched the rubble ."),
    ]  # fmt: skip
    (topic / "articles.jsonl").write_text(
        "".join(
            json.dumps({"id": i, "time": day, "source": source, "text": text}) + "\n"
            for i, day, source, text in articles
        )
    )
    reference = [
        ["2010-01-12T00:00:00", ["A strong earthquake struck Haiti ."]],
        ["2010-01-13T00:00:00", ["The first aid flights landed ."]],
    ]
    (topic / "timelines.jsonl").write_text(json.dumps(reference) + "\n")
    (topic / "keywords.json").write_text('["quake"]')
    (item,) = tls.evaluate(tmp_path, ["quake"])["items"]
    assert (item["articles"], item["dates"], item["sentences_per_date"]) == (3, 2, 1)
    assert (item["date_p"], item["date_r"], item["date_f1"]) == (1.0, 1.0, 1.0)
    with pytest.raises(Exception, match="no topic"):
        tls.evaluate(tmp_path, ["missing"])


def test_reference_timelines_are_read_per_line() -> None:
    if not T17.is_dir():
        pytest.skip("../shared/datasets/tls/t17 is absent")
    tasks = tls.read_reference_timelines(T17 / "h1n1" / "timelines.jsonl", "h1n1")
    assert len(tasks) == 3
    assert all(t.start <= t.end for t in tasks)
    assert tasks[0].start >= date(2009, 1, 1)


@pytest.mark.shared
@pytest.mark.skipif(not T17.is_dir(), reason="../shared/datasets/tls/t17 is absent")
def test_t17_mj_beats_publication_counts() -> None:
    result = tls.evaluate(T17, ["mj"])
    overall = result["overall"]
    assert overall["tasks"] == 1
    # PUBCOUNT on this task: AR-1 0.130, Date-F1 0.351 (measured with this evaluation)
    assert overall["date_f1"] > 0.38
    assert overall["align_m1_rouge1_f1"] > 0.13
