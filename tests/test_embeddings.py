"""The optional sentence embeddings: the shipped model, offline, and a clear error without it."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from storyline import embeddings

needs_model = pytest.mark.skipif(
    not embeddings.available(), reason="the optional package wordllama is not installed"
)


@needs_model
def test_paraphrased_headlines_are_closer_than_other_news() -> None:
    embed = embeddings.load()
    rows = embed(
        [
            "US troops leave Niger air base",
            "American forces complete withdrawal from Niger",
            "Wildfire forces thousands from their homes in the hills",
        ]
    )
    assert rows.shape == (3, 256)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    same, other = float(rows[0] @ rows[1]), float(rows[0] @ rows[2])
    assert same > 0.4
    assert same > other + 0.3


@needs_model
def test_a_text_with_nothing_to_read_is_similar_to_nothing() -> None:
    rows = embeddings.load()(["Niger junta ends military accord", "", "   "])
    assert not rows[1].any() and not rows[2].any()
    assert embeddings.cosine(rows[0], rows[1]) == 0.0
    assert embeddings.load()([]).shape == (0, 256)


@needs_model
def test_the_model_loads_with_the_network_cut_off() -> None:
    # Any connection attempt raises, so a download (the package's own fallback) would fail.
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from storyline import embeddings\n"
        "print(embeddings.load()(['Air Base 201 handed over']).shape)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(1, 256)"


def test_without_the_package_asking_for_embeddings_says_what_to_install() -> None:
    script = (
        "import sys\n"
        "sys.modules['wordllama'] = None\n"
        "from storyline import embeddings\n"
        "from storyline.errors import UsageError\n"
        "assert not embeddings.available()\n"
        "try:\n"
        "    embeddings.load()\n"
        "except UsageError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "pip install 'storyline[embeddings]'" in done.stdout
