"""Copies: near-duplicate articles point to the earliest copy; shared wire passages count once."""

from __future__ import annotations

import pickle
import random
from datetime import date, timedelta
from pathlib import Path

from storyline import dedup, pipeline
from storyline.models import Article, Document
from storyline.outlets import detect_outlet
from storyline.readers import read_paths
from storyline.sentences import split_sentences

from helpers import EXAMPLES

WIRE = [
    "KALMAR (Baltic Wire) — The harbour authority closed the northern pier on Tuesday after "
    "a crane collapsed onto a cargo ship during the night shift.",
    "Two dock workers were taken to hospital with minor injuries, the authority said in a "
    "statement, and the ship's crew of fourteen was unhurt.",
    "Engineers from the port operator began inspecting the remaining cranes on the pier, "
    "which handles most of the timber shipped from the region every year.",
    "The union representing the dock workers said it had warned about the age of the cranes "
    "in a letter to the port operator in March.",
    "A spokesperson for the port operator declined to comment on the letter but said safety "
    "was the company's first concern and that the inspection would take a week.",
    "Shipping companies were told to expect delays of up to three days while timber cargoes "
    "are moved to the southern pier.",
]


def article(article_id: str, paragraphs: list[str], day: int, outlet: str) -> Article:
    return Article(
        id=article_id,
        origin=f"{article_id}.txt",
        text="\n\n".join(paragraphs),
        published=date(2025, 3, day),
        outlet=outlet,
    )


def corpus() -> list[Article]:
    original = article("wire", WIRE, 4, "Baltic Wire")
    trimmed = article(
        "reprint",
        [
            "Readers in the south will want to know about this one, our editors say.",
            WIRE[0].split(" — ", 1)[1],
            *WIRE[1:4],
            "(Baltic Wire)",
        ],
        5,
        "The Coastal Courier",
    )
    own = article(
        "own",
        [
            "A crane fell on a ship at Kalmar harbour overnight, and our reporter at the "
            "scene saw the twisted boom lying across the deck of the vessel.",
            "Residents living near the port said they heard a loud crash at around three in "
            "the morning and saw emergency vehicles arrive within minutes.",
            WIRE[3],  # the one wire paragraph this outlet took
            "The mayor of Kalmar called for an independent investigation and said the city "
            "would ask the national safety board to take part.",
        ],
        5,
        "Kalmar Evening News",
    )
    return [trimmed, own, original]  # not in date order: the earliest copy is still found


def test_a_trimmed_relabelled_reprint_points_to_the_earliest_copy() -> None:
    assert dedup.find_duplicates(corpus()) == {"reprint": "wire"}


def test_a_shared_wire_paragraph_is_one_source_across_independent_articles() -> None:
    documents = [Document(article=a, sentences=split_sentences(a)) for a in corpus()]
    provenance = dedup.build_provenance(documents)
    union_sentence = WIRE[3]
    shared = [p for p in provenance.shared if p.text == union_sentence]
    assert len(shared) == 1
    assert set(shared[0].article_ids) == {"wire", "reprint", "own"}
    keys = {provenance.source_key(i, union_sentence) for i in ("wire", "reprint", "own")}
    assert len(keys) == 1
    # the outlet's own reporting stays its own source
    own_lead = documents[1].sentences[0].text
    assert provenance.source_key("own", own_lead) == "own"
    # a passage printed only by the wire and its reprint is already covered by duplicate_of
    assert not any(p.text.startswith("Shipping companies") for p in provenance.shared)


WIRE_FREE = (
    "A crane fell on a ship at Kalmar harbour overnight, and our reporter at the scene saw the "
    "twisted boom lying across the deck. Residents said they heard a loud crash at around three "
    "in the morning."
)


def wire_story_printers() -> list[Article]:
    """The wire's story; a paper that runs three of its paragraphs under a lead of its own,
    crediting no one; a paper of its own that quotes the authority's statement and takes one
    wire paragraph."""
    statement = [
        '"The safety of everyone working on the pier comes before any timetable," the '
        "harbour master said in a statement issued on Tuesday morning.",
        '"We will reopen the northern pier only when every crane has been inspected by '
        'engineers from outside the port," the statement went on.',
        '"Ships due this week will be berthed at the southern pier instead," it said.',
    ]
    edited = [
        "The harbour authority in Kalmar shut the northern pier on Tuesday when a crane "
        "collapsed onto a cargo ship, and hauliers in our region face a week of disruption.",
        "Our region's timber mills, which send most of their output through Kalmar, say they "
        "have enough stock for a few days at most.",
        "Hauliers were advised to check with the port before sending trucks to the quay.",
        *WIRE[1:4],
    ]
    own = [
        "Kalmar's harbour authority has closed the northern pier after a crane fell onto a "
        "cargo ship, our correspondent at the port reports.",
        "Police cordoned off the quay and a salvage team was on its way from Gothenburg by "
        "the afternoon, according to officials at the scene.",
        *statement,
        WIRE[3],
        "The mayor of Kalmar called for an independent investigation and said the city would "
        "ask the national safety board to take part.",
    ]
    return [
        article("wire", [*WIRE, *statement], 4, "Baltic Wire"),
        article("edited", edited, 4, "Southern Gazette"),
        article("own", own, 4, "Kalmar Evening News"),
    ]


def test_a_paper_running_a_wire_story_under_its_own_lead_is_the_wire_as_a_source() -> None:
    """Three wire paragraphs and a lead of its own are no near-duplicate, but the paper's text
    is the wire's: its own lead counts with the wire, while a paper that quotes the same
    statement and takes one wire paragraph stays a source of its own."""
    printers = wire_story_printers()
    documents = [Document(article=a, sentences=split_sentences(a)) for a in printers]
    provenance = dedup.build_provenance(documents)
    assert provenance.duplicate_of == {}
    lead = {a.id: split_sentences(a)[0].text for a in printers}

    def who(article_id: str) -> str:
        return provenance.outlet_key(provenance.source_key(article_id, lead[article_id]))

    assert who("edited") == who("wire") == "outlet:baltic wire"
    assert who("own") == "outlet:kalmar evening news"


def test_an_uncredited_wire_story_is_one_source_in_the_timeline() -> None:
    """Two papers print one wire story without naming the wire, each with a lead of its own
    telling the closure: the timeline counts them once, beside the paper that reported it."""
    printers = wire_story_printers()
    for printed in printers:
        printed.outlet = None
    [story] = pipeline.run(printers).stories
    [closure] = [e for e in story.timeline if any("collapse" in x.sentence for x in e.evidence)]
    articles = {x.article_id for x in closure.evidence}
    assert articles == {"wire", "edited", "own"}
    assert closure.independent_sources == 2
    # the wire's paragraph is the wire's report wherever it is printed, not a source of its own
    [inspection] = [e for e in story.timeline if e.summary.startswith("Engineers")]
    assert {x.article_id for x in inspection.evidence} == {"wire", "edited", "own"}
    assert inspection.independent_sources == 1


def test_a_wire_sentence_shortened_by_a_clause_is_still_the_wire_passage() -> None:
    """An outlet that cut the relative clause off a wire sentence prints the same passage:
    most of its words are not the wire's (Jaccard under 0.6), but all of them are."""
    full = (
        "Engineers from the port operator began inspecting the remaining cranes on the northern "
        "pier, which handles most of the timber, grain and steel shipped from the region each "
        "year."
    )
    shortened = full.split(", which")[0] + "."
    printers = [
        article("wire", [*WIRE[:2], full], 4, "Baltic Wire"),
        article("evening", [WIRE_FREE, full], 5, "Kalmar Evening News"),
        article("gazette", ["Kalmar's northern pier stays shut for a week.", shortened], 6,
                "Southern Gazette"),
    ]  # fmt: skip
    documents = [Document(article=a, sentences=split_sentences(a)) for a in printers]
    provenance = dedup.build_provenance(documents)
    [passage] = [p for p in provenance.shared if p.text == full]
    assert passage.article_ids == ["wire", "evening", "gazette"]
    assert provenance.source_key("gazette", shortened) == provenance.source_key("wire", full)


def test_seed_ap_paragraphs_are_shared_copy(seeds: Path) -> None:
    articles = list(read_paths([str(seeds)]))
    documents = [Document(article=a, sentences=split_sentences(a)) for a in articles]
    provenance = dedup.build_provenance(documents)
    assert provenance.duplicate_of == {}  # five different reports, no reprint among them
    texts = [p.text for p in provenance.shared]
    assert any(t.startswith("The US and France had more than 2,500 military") for t in texts)
    assert any(t.startswith("Niger had been seen as one of the last nations") for t in texts)
    # three outlets printed the 2,500 personnel paragraph: one source, not three
    personnel = next(p for p in provenance.shared if "2,500" in p.text)
    assert len(personnel.article_ids) == 3
    wordings = [
        s.text for d in documents for s in d.sentences if s.text.startswith("The US and France")
    ]
    assert len({provenance.source_key(d.id, w) for d in documents for w in wordings}) == 1
    # "jihadi" and "jihadist": one passage, worded two ways
    seen = next(p for p in provenance.shared if p.text.startswith("Niger had been seen"))
    assert len(seen.article_ids) == 3


def test_bad_inputs() -> None:
    assert dedup.find_duplicates([]) == {}
    assert dedup.build_provenance([]).shared == []
    word = Article(id="w", origin="w.txt", text="Breaking")
    blank = Article(id="b", origin="b.txt", text="   ")
    provenance = dedup.build_provenance([Document(article=word), Document(article=blank)])
    assert provenance.duplicate_of == {} and provenance.shared == []


def test_ten_thousand_identical_articles_are_one_text() -> None:
    text = " ".join(WIRE)
    articles = [
        Article(id=f"copy{i:05d}", origin="x", text=text, published=date(2025, 3, 4))
        for i in range(10_000)
    ]
    found = dedup.find_duplicates(articles)
    assert len(found) == 9_999
    assert set(found.values()) == {"copy00000"}


def test_undated_copies_point_to_a_dated_original() -> None:
    dated = article("dated", WIRE, 4, "Baltic Wire")
    undated = Article(id="undated", origin="u", text="\n\n".join(WIRE))
    assert dedup.find_duplicates([undated, dated]) == {"undated": "dated"}


def test_outlet_boilerplate_is_not_shared_copy() -> None:
    footer = "Sign up for the Kalmar Evening News newsletter to get the day's stories by email."
    first = article("one", [WIRE[0], footer], 4, "Kalmar Evening News")
    second = article("two", ["Entirely different reporting about a football match today.", footer],
                     5, "Kalmar Evening News")
    for a in (first, second):
        a.outlet = detect_outlet(a)
    documents = [Document(article=a, sentences=split_sentences(a)) for a in (first, second)]
    assert dedup.find_shared_passages(documents) == []


def test_copy_features_made_by_analyse_are_all_the_client_needs(seeds: Path) -> None:
    """What the Dask client holds, the article and its copy features after a trip through
    pickle and nothing else (no sentences, no time expressions), gives the provenance of
    the local engine."""
    paths = [str(seeds), str(EXAMPLES)]
    expected = pipeline.run(a for a in read_paths(paths) if isinstance(a, Article)).provenance
    assert expected.shared and expected.duplicate_of  # both kinds of copy are there to compare
    reduced = []
    for article in read_paths(paths):
        if isinstance(article, Article):
            document = pipeline.analyse(article, pipeline.without(*pipeline.DATED))
            assert not document.time_expressions and not document.quantities
            reduced.append(Document(article=document.article, copies=document.copies))
    found = dedup.build_provenance(pickle.loads(pickle.dumps(reduced)))
    assert found.duplicate_of == expected.duplicate_of
    assert found.shared == expected.shared
    assert found.passage_group == expected.passage_group


def test_a_reprint_is_found_after_thousands_of_articles_sharing_a_template() -> None:
    """Boilerplate every article carries fills LSH buckets; capping them loses no copy."""
    words = [f"w{n}" for n in range(5000)]
    rng = random.Random(3)
    template = " ".join(WIRE[4:])  # the same closing paragraphs in every article

    def text() -> str:
        return " ".join(rng.choice(words) for _ in range(120)) + "\n\n" + template

    original = Article(id="original", origin="o", text=text(), published=date(2025, 3, 1))
    others = [
        Article(id=f"a{n}", origin="a", text=text(), published=date(2025, 3, 2))
        for n in range(3000)
    ]
    paragraphs = original.text.split("\n\n")
    reprint = Article(
        id="reprint",
        origin="r",
        text="Our own lead sentence for readers here.\n\n" + paragraphs[0][:600],
        published=date(2025, 3, 3),
    )
    assert dedup.find_duplicates([original, *others, reprint]) == {"reprint": "original"}


def test_distinct_shingles_get_distinct_hashes() -> None:
    words = [f"w{i}" for i in range(20_000)]
    hashes = dedup.shingles(" ".join(words))
    assert len(hashes) == 19_998  # every 3-word window of different words is its own
    assert dedup.shingles("the harbour was quiet").dtype == dedup.shingles("").dtype


def test_wordings_that_differ_at_the_start_meet_by_their_last_words() -> None:
    """Two outlets reword the opening of a wire sentence ("Engineers" / "Technicians"):
    its first content words differ, its last ones are the same, so the two are one passage."""
    tail = (
        " from the port operator began inspecting the remaining cranes on the northern pier "
        "on Tuesday afternoon."
    )
    printers = [
        article("wire", [*WIRE[:2], "Engineers" + tail], 4, "Baltic Wire"),
        article("evening", [WIRE_FREE, "Technicians" + tail], 5, "Kalmar Evening News"),
    ]
    documents = [Document(article=a, sentences=split_sentences(a)) for a in printers]
    provenance = dedup.build_provenance(documents)
    [passage] = [p for p in provenance.shared if p.text == "Engineers" + tail]
    assert passage.article_ids == ["wire", "evening"]


def test_a_near_copy_is_sought_among_the_last_weeks_only() -> None:
    """A trimmed reprint points to its original within ``WINDOW_DAYS``; one printed a
    quarter later is an article of its own (an exact copy is always found)."""
    original = article("wire", WIRE, 1, "Baltic Wire")
    trimmed = WIRE[1:5]

    def reprint(days: int) -> Article:
        return Article(
            id=f"reprint{days}",
            origin="r.txt",
            text="\n\n".join(trimmed),
            published=date(2025, 3, 1) + timedelta(days=days),
        )

    assert dedup.find_duplicates([original, reprint(30)]) == {"reprint30": "wire"}
    assert dedup.find_duplicates([original, reprint(90)]) == {}


def test_a_shortened_wording_must_keep_nine_tenths_of_its_words() -> None:
    ten = {f"w{i}" for i in range(10)}
    longer = {f"w{i}" for i in range(1, 10)} | {f"x{i}" for i in range(11)}  # 9 of the 10
    assert dedup._same_passage(ten, longer)  # exactly nine tenths
    assert not dedup._same_passage(ten, longer - {"w9"})  # eight tenths


def test_a_low_jaccard_is_no_copy_however_unequal_the_lengths() -> None:
    """Below the containment floor the overlap estimate is noise: a short text must not be
    taken as contained in a long one because of it."""
    low = dedup.CONTAINMENT_FLOOR / 2
    # the estimated overlap, low * (10 + 5000) / (1 + low), is over ten times the short side
    assert not dedup.is_copy(low, 10, 5000)
    assert not dedup.is_copy(low, 5000, 10)
    # just above the floor, a short text wholly inside a long one is a copy
    assert dedup.is_copy(dedup.CONTAINMENT_FLOOR + 0.01, 200, 800)
