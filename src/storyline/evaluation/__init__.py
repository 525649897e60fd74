"""Evaluation against the benchmarks in BENCHMARKS.md: one module per task, each returning the metrics dict that `storyline eval ... --format json` prints."""
