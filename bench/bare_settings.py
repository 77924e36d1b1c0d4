"""Seloste's settings with the bare view's URLs (bench/bare.py): same middleware, same
everything else."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.bare"

# The floor (bench/bare.py): the same bytes from the place Seloste answers stored reads.
MIDDLEWARE = list(MIDDLEWARE)  # noqa: F405
MIDDLEWARE.insert(MIDDLEWARE.index("notices.middleware.PublicReadMiddleware"), "bench.bare.FloorMiddleware")
