"""Publisher and wire are found apart: who printed the article, and which agency it credits."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.models import Article
from storyline.outlets import detect_outlet, detect_wire, detect_wires, outlet_from_url
from storyline.readers import read_paths


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("The withdrawal is complete.\n\nSOURCE:AP\n", "AP"),
        ("WASHINGTON (Reuters) - The Pentagon said on Monday", "Reuters"),
        ("NIAMEY, Niger (AP) — Troops left the base.", "AP"),
        ("Supporters gather in Niamey.\n\nSam Mednick/AP\n\nWASHINGTON American troops", "AP"),
        ("a senior US officer told AFP in August that", "AFP"),
        ("The head of the charity told AFP news agency that aid had to arrive", None),
        ("Rescuers told the AFP News Agency that aid had to arrive", None),
        ("Ten bodies were found, according to Xinhua News Agency.", None),
        ("An aide told PA Media news agency the talks failed.", None),
        ("An aide told the Reuters news service the talks failed.", None),
        ("An aide told AFP, the French news agency, that the talks failed.", None),
        ("Ten bodies were found, according to Xinhua, China's official news agency.", None),
        ("A security source told AFP, while state news agency SANA said 12 died.", "AFP"),
        ("PARIS (AFP) - The head of the charity told AFP news agency that aid is late.", "AFP"),
        ("The talks resumed. (Continental Wire)", "Continental Wire"),
        ("The talks resumed.\n\n— Meridian Press", "Meridian Press"),
        ("The talks resumed.\n\nWith reporting by Associated Press.", "AP"),
        ("The following report comes from the Atlas Wire agency.\n\nTalks.", "Atlas Wire"),
        ("Nobody is credited here (in a statement) - at all.", None),
        ("", None),
    ],
)
def test_wire_credits(text: str, wire: str | None) -> None:
    assert detect_wire(text) == wire


def test_strongest_credit_first() -> None:
    text = "PARIS (Reuters) - An official told AFP the talks failed."
    assert detect_wires(text) == ["Reuters", "AFP"]


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.bbc.co.uk/news/world-africa-1", "BBC"),
        ("https://apnews.com/article/niger-1", "AP"),
        ("http://africa.chinadaily.com.cn/world/2017-09/15/content.htm", "chinadaily.com.cn"),
        ("https://news.example.org/a", "example.org"),
        ("not a url", None),
    ],
)
def test_outlet_from_url(url: str, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_metadata_outlet_wins_and_the_wire_is_kept_apart() -> None:
    article = Article(
        id="a",
        origin="feed",
        text="NIAMEY (AP) — The last US troops left.",
        outlet="The Daily Ledger",
        url="https://dailyledger.example/x",
    )
    assert detect_outlet(article) == "The Daily Ledger"
    assert detect_wire(article.text) == "AP"
    article.outlet = None
    assert detect_outlet(article) == "dailyledger.example"
    assert detect_outlet(Article(id="b", origin="/tmp/x.txt", text="x")) is None


def test_seed_credits(seeds: Path) -> None:
    wires = {a.origin.rsplit("/", 1)[-1][:3]: detect_wire(a.text) for a in read_paths([str(seeds)])}
    assert wires == {"000": None, "001": None, "002": "AP", "003": "AFP", "004": "AP"}
