"""Seloste benchmarks: speed and memory targets as ratios measured in one run.

Run everything with ``bench/run`` (or ``.venv/bin/python -m bench``); see bench/README.md.
"""
