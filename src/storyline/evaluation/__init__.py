"""Evaluation against the benchmarks of BENCHMARKS.md, one module per task.

Each module returns the metrics dict that `storyline eval ... --format json` prints.
"""
