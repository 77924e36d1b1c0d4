"""Gunicorn settings of the shipped image (Dockerfile, docker-compose.yml: --config).

Workers: WEB_CONCURRENCY, or 2 × the cores this process may run on. One sync worker
serves one request at a time; a second per core keeps the CPU busy while another waits
on the database. Workers are recycled (--max-requests with jitter, in the command) because
WeasyPrint's native memory (Pango, HarfBuzz) grows a little with each PDF and is never
given back (issue 14); the jitter keeps the workers from restarting all at once."""

import os


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * _cores())
