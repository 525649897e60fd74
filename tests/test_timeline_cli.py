"""`storyline timeline` end to end, in a real process, on the seeds and the example corpus."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from helpers import EXAMPLES, ROOT, SCHEMA, SEEDS, need_shared, run_storyline


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(need_shared(SCHEMA).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds_output(tmp_path_factory: pytest.TempPathFactory) -> dict:
    seeds = need_shared(SCHEMA.parents[1] / "corpora" / "seeds-niger")
    db = tmp_path_factory.mktemp("seeds") / "s.db"
    done = run_storyline("timeline", str(seeds), "--format", "json", "--db", str(db), "-q")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def test_seeds_json_follows_the_contract(seeds_output: dict, schema: dict) -> None:
    jsonschema.validate(seeds_output, schema)


def test_seeds_dates_given_and_inferred(seeds_output: dict) -> None:
    by_file = {Path(a["origin"]).name[:3]: a for a in seeds_output["articles"]}
    assert len(by_file) == 5
    given = {k: v["published"] for k, v in by_file.items() if not v["published_inferred"]}
    assert given == {
        "000": "2024-08-07",
        "001": "2024-08-06",
        "002": "2024-09-16",
        "004": "2024-05-20",
    }
    undated = by_file["003"]
    assert undated["published_inferred"] is True
    inferred = date.fromisoformat(undated["published"])
    assert abs((inferred - date(2024, 9, 16)).days) <= 3


def test_seeds_form_one_story_citing_verbatim_sentences(seeds_output: dict) -> None:
    texts = {
        a["id"]: Path(a["origin"]).read_text(encoding="utf-8") for a in seeds_output["articles"]
    }
    (story,) = seeds_output["stories"]
    assert sorted(story["articles"]) == sorted(texts)
    assert story["timeline"], "the seeds have dated events"
    for entry in story["timeline"]:
        for evidence in entry["evidence"]:
            assert evidence["sentence"] in texts[evidence["article"]]
    assert seeds_output["shared_copy"], "the AP paragraphs reprinted by the seeds are found"


def test_the_readme_excerpt_is_what_the_seeds_print(tmp_path: Path) -> None:
    # Every entry the README shows of the seeds, between its "..." lines, is a passage of
    # what `storyline timeline` prints on them, as the quick start installs it (words only).
    from storyline import embedding

    if embedding.model_directory() is not None:
        pytest.skip("the excerpt is what the quick start's install prints, without the encoder")
    done = run_storyline("timeline", str(need_shared(SEEDS)), "--db", str(tmp_path / "s.db"))
    assert done.returncode == 0, done.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("US military completes withdrawal from Niger")
    excerpt = readme[start : readme.index("```", start)]
    passages = [p.strip("\n") for p in re.split(r"\n(?:\.\.\.)?\n", excerpt) if p.strip()]
    assert len(passages) >= 5
    assert [p for p in passages if p not in done.stdout] == []


def test_examples_json_follows_the_contract(examples_output: dict, schema: dict) -> None:
    jsonschema.validate(examples_output, schema)
    assert len(examples_output["articles"]) == 35
    assert len(examples_output["stories"]) >= 3


def test_text_and_markdown_and_out_file(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    text = run_storyline("timeline", str(EXAMPLES), "--db", db, "-q")
    assert text.returncode == 0, text.stderr
    assert "independent source" in text.stdout
    assert ", 13 articles]" in text.stdout
    # an entry no sentence dates says whose day it stands on, once per such entry
    dated = run_storyline("timeline", "--db", db, "--format", "json", "-q")
    undated = [
        e for s in json.loads(dated.stdout)["stories"] for e in s["timeline"] if e["approximate"]
    ]
    assert undated
    assert text.stdout.count("no sentence gives the day: its articles' news day") == len(undated)
    # counts read as written: a story of one article is "1 article"
    one = run_storyline("timeline", str(EXAMPLES / "corvala-inquiry.txt"), "-q", cwd=tmp_path)
    assert ", 1 article]" in one.stdout and ", 1 articles]" not in one.stdout
    out = tmp_path / "timeline.md"
    md = run_storyline("timeline", "--db", db, "--format", "markdown", "--out", str(out), "-q")
    assert md.returncode == 0, md.stderr
    assert md.stdout == ""
    written = out.read_text(encoding="utf-8")
    assert written.startswith("## ")
    assert "- **2025-" in written


FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion))?")


def test_claim_values_are_the_numbers_the_sentences_give(examples_output: dict) -> None:
    """Every figure of a claim is a JSON number, the one its text writes in digits ("about
    900 million crowns" is 900000000), whatever the schema check (which needs ../shared)."""
    scale = {None: 1, "million": 10**6, "billion": 10**9}
    checked = 0
    for story in examples_output["stories"]:
        for claim in story["claims"]:
            for mention in claim["mentions"]:
                assert isinstance(mention["value"], int | float), mention
                assert not isinstance(mention["value"], bool)
                written = FIGURE.search(mention["text"])
                if written is None:
                    continue  # "a dozen", "hundreds": words, read by the claims' own tests
                digits, word = written.groups()
                assert mention["value"] == pytest.approx(
                    float(digits.replace(",", "")) * scale[word]
                ), mention
                assert mention["text"] in mention["sentence"]
                checked += 1
    assert checked >= 20


def test_a_pile_with_no_dates_says_why_its_timeline_is_empty(tmp_path: Path) -> None:
    # Two pasted texts, no date given or written with its year: "on Monday" cannot be
    # placed, and the reader is told so, and how to give the dates, in every format.
    pile = tmp_path / "pile"
    pile.mkdir()
    (pile / "a.txt").write_text(
        "Harbour strike spreads to Kell\n\nDockers in Kell walked out on Monday, joining the "
        "strike that has closed the port of Varna since last week.\n",
        encoding="utf-8",
    )
    (pile / "b.txt").write_text(
        "Kell port idle as strike widens\n\nThe port of Kell stood idle on Tuesday after "
        "dockers joined the Varna strike on Monday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    reports = {
        form: run_storyline("timeline", str(pile), "--db", db, "--format", form, "-q")
        for form in ("text", "markdown", "html")
    }
    for form, done in reports.items():
        assert done.returncode == 0, done.stderr
        said = " ".join(done.stdout.split())
        assert "none of its 2 articles has a publication date" in said, form
    # one date given: the other is dated against it, and the timeline is told
    (pile / "a.txt").write_text(
        " date 2025-03-04\n" + (pile / "a.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    dated = run_storyline("timeline", str(pile), "--db", str(tmp_path / "t.db"), "-q")
    assert "No dated events" not in dated.stdout
    assert "2025-03-03" in dated.stdout
