"""ROUGE and Date-F1 for timelines: hand-checked cases, and agreement with tilse."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from storyline.evaluation.rouge import (
    PRF,
    align_m1_rouge,
    concat_rouge,
    date_prf,
    macro_average,
    score_timeline,
)
from storyline.text import reimpl_tokens, rouge_tokens

from helpers import require

SHARED = Path(__file__).resolve().parents[2] / "shared"
MJ = SHARED / "datasets" / "tls" / "t17" / "mj"


def test_tokens_follow_rouge_155() -> None:
    # lower-cased, punctuation split off, stop words gone, long words stemmed
    assert rouge_tokens("The U.S. troops were withdrawing from Niger's bases .") == [
        "troop",
        "withdraw",
        "niger",
        "base",
    ]
    # tokens of three letters or fewer are not stemmed, as in ROUGE-1.5.5
    assert rouge_tokens("oil ran") == ["oil", "ran"]


def test_reimpl_tokens_keep_whitespace_tokens() -> None:
    assert reimpl_tokens("Niger ( bases ) .") == ["niger", "(", "base", ")"]


def test_identical_timelines_score_one() -> None:
    tl = {date(2011, 1, 25): ["Protesters fill Tahrir Square in Cairo ."]}
    scores = score_timeline(tl, tl)
    assert scores.align_rouge1.f1 == pytest.approx(1.0)
    assert scores.align_rouge2.f1 == pytest.approx(1.0)
    assert scores.concat_rouge1.f1 == pytest.approx(1.0)
    assert scores.dates.f1 == pytest.approx(1.0)


def test_alignment_discounts_by_days_apart() -> None:
    reference = {date(2011, 1, 25): ["Protesters fill Tahrir Square ."]}
    system = {date(2011, 1, 26): ["Protesters fill Tahrir Square ."]}
    align = align_m1_rouge(system, reference)
    # one day apart: matches count 1/(1+1)
    assert align[1].precision == pytest.approx(0.5)
    assert align[1].recall == pytest.approx(0.5)
    assert concat_rouge(system, reference)[1].f1 == pytest.approx(1.0)
    assert date_prf(system, reference).f1 == 0.0


def test_many_to_one_maps_each_system_date_to_its_cheapest_reference() -> None:
    reference = {
        date(2011, 1, 25): ["Protesters fill Tahrir Square ."],
        date(2011, 2, 11): ["Mubarak resigns as president ."],
    }
    system = {
        date(2011, 2, 10): ["Mubarak resigns ."],
        date(2011, 2, 11): ["Army takes control ."],
    }
    align = align_m1_rouge(system, reference)
    # 2011-02-10 aligns with 2011-02-11 (content), 2011-02-11 with itself (same day)
    # precision hits: 0.5 * 2 (mubarak, resign) + 0; system tokens: 2 + 3
    assert align[1].precision == pytest.approx(1.0 / 5)
    # recall: 01-25 -> nearest by cost is 02-10 (no overlap, no hits); 02-11 -> 02-11 (none)
    assert align[1].recall == 0.0


def test_macro_average_takes_means_then_f1() -> None:
    avg = macro_average([PRF(1.0, 0.0), PRF(0.0, 1.0)])
    assert (avg.precision, avg.recall, avg.f1) == (0.5, 0.5, 0.5)


def _lead_timeline(limit: int) -> tuple[dict[date, list[str]], dict[date, list[str]]]:
    """A T17 reference timeline and a simple system one: first lines of each day's news."""
    reference: dict[date, list[str]] = {}
    for stamp, sentences in json.loads((MJ / "timelines.jsonl").read_text().splitlines()[0]):
        reference.setdefault(date.fromisoformat(stamp[:10]), []).extend(sentences)
    system: dict[date, list[str]] = {}
    with (MJ / "articles.jsonl").open() as handle:
        for line in handle:
            record = json.loads(line)
            day = date.fromisoformat(record["time"][:10])
            lines = [x for x in record["text"].splitlines() if x.strip()]
            if lines and day not in system and len(system) < limit:
                system[day] = lines[:2]
    return system, reference


def _tilse_scores(system, reference, mode: str):  # type: ignore[no-untyped-def]
    timelines = pytest.importorskip("tilse.data.timelines")
    tilse_rouge = pytest.importorskip("tilse.evaluation.rouge")
    evaluator = tilse_rouge.TimelineRougeEvaluator(
        measures={"rouge_1", "rouge_2"}, rouge_computation=mode
    )
    truth = timelines.GroundTruth([timelines.Timeline(reference)])
    predicted = timelines.Timeline(system)
    align = evaluator.evaluate_align_date_content_costs_many_to_one(predicted, truth)
    concat = evaluator.evaluate_concat(predicted, truth)
    return align, concat


def _assert_agree(ours, align, concat) -> None:  # type: ignore[no-untyped-def]
    pairs = [
        (ours.align_rouge1, align["rouge_1"]),
        (ours.align_rouge2, align["rouge_2"]),
        (ours.concat_rouge1, concat["rouge_1"]),
        (ours.concat_rouge2, concat["rouge_2"]),
    ]
    for mine, theirs in pairs:
        assert mine.f1 == pytest.approx(theirs["f_score"], abs=0.002)
        assert mine.precision == pytest.approx(theirs["precision"], abs=0.002)
        assert mine.recall == pytest.approx(theirs["recall"], abs=0.002)


@pytest.mark.shared
@pytest.mark.skipif(not MJ.is_dir(), reason="../shared/datasets/tls/t17 is absent")
def test_agrees_with_tilse_reimpl_on_a_t17_timeline() -> None:
    system, reference = _lead_timeline(40)
    align, concat = _tilse_scores(system, reference, "reimpl")
    _assert_agree(score_timeline(system, reference, reimpl_tokens), align, concat)


def _perl_rouge_runs() -> bool:
    if shutil.which("perl") is None:
        return False
    check = subprocess.run(["perl", "-MXML::Parser", "-e", "1"], capture_output=True)
    return check.returncode == 0


@pytest.mark.shared
@pytest.mark.skipif(not MJ.is_dir(), reason="../shared/datasets/tls/t17 is absent")
def test_default_tokens_agree_with_rouge_155_perl() -> None:
    require(_perl_rouge_runs(), "needs perl with XML::Parser for ROUGE-1.5.5")
    system, reference = _lead_timeline(15)
    align, concat = _tilse_scores(system, reference, "original")
    _assert_agree(score_timeline(system, reference), align, concat)
