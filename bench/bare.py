"""The ceiling for the HTTP benchmark (bench/http_bench.py): a bare Django view that
returns bytes captured from the real server, with the same settings and middleware.

The benchmark fetches each measured address from Seloste once, stores status, headers
and body in BENCH_BARE_DIR, and serves them here at /bare/<name>/: everything a request
costs apart from the view's own work (routing, middleware, gunicorn, the socket) is the
same, so app req/s ÷ bare req/s is how close the view comes to free.

Seloste answers stored reads before most of the middleware (PublicReadMiddleware), so it
can beat that ceiling. The floor, FloorMiddleware at /floor/<name>/, answers the same bytes
from the same place in the stack: what a read costs beyond it is the read itself (the key,
the one statement, the headers)."""

import json
import os
from pathlib import Path

from django.http import HttpResponse
from django.urls import path

from config import urls as project_urls

_RESPONSES: dict[str, tuple[int, dict, bytes]] = {}
_FLOOR_HEADERS: dict[str, dict] = {}


def _load() -> None:
    folder = Path(os.environ["BENCH_BARE_DIR"])
    for meta_file in folder.glob("*.json"):
        meta = json.loads(meta_file.read_text())
        _RESPONSES[meta_file.stem] = (meta["status"], meta["headers"], meta_file.with_suffix(".body").read_bytes())
        _FLOOR_HEADERS[meta_file.stem] = {**meta["headers"], **meta["floor_headers"]}


def _response(name, *, floor: bool = False):
    status, headers, body = _RESPONSES[name]
    headers = _FLOOR_HEADERS[name] if floor else headers
    response = HttpResponse(body, status=status, content_type=headers.get("Content-Type"))
    for header, value in headers.items():
        if header != "Content-Type":
            response[header] = value
    return response


def bare(request, name):
    return _response(name)


class FloorMiddleware:
    """The same bytes from where PublicReadMiddleware sits (bench/bare_settings.py), with the
    headers the layers after it would add (CSP, X-Frame-Options), captured with the body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/floor/"):
            return _response(request.path_info.split("/")[2], floor=True)
        return self.get_response(request)


_load()
# The project's URLs stay (middleware reverses them); the bare view is matched first,
# which makes its routing a little cheaper than Seloste's: the ceiling errs high.
urlpatterns = [path("bare/<str:name>/", bare), *project_urls.urlpatterns]
