"""Benchmarks: `make bench` (python -m bench) writes bench/RESULTS.md.

Every figure is a ratio against a baseline measured in the same run on the same machine,
the median of several interleaved repetitions. Nothing here is a test: tests/bench only
runs each bench at a tiny size to keep it working.
"""
