"""Seloste's settings with the bare view's URLs (bench/bare.py): same middleware, same
everything else."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.bare"
