"""The reverse-proxy configuration of the README's production section
(docs/deploy/nginx-seloste.conf), run for real: nginx with that file in front of a live
Seloste. A second read of a public notice is a cache HIT, a matching If-None-Match gets a
304 from the cache, signed-in pages are not cached. Skipped only when there is no nginx
binary (scripts/install installs it)."""

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from notices import publishing
from notices.tests.publishing_helpers import make_notice, publish

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None)
CONFIG = Path(settings.BASE_DIR) / "docs" / "deploy" / "nginx-seloste.conf"

pytestmark = [
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed (scripts/install installs it): the proxy configuration was not run"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_shipped_config_is_valid_nginx(tmp_path):
    config, _port = _test_config(tmp_path, upstream="127.0.0.1:9")
    check = subprocess.run([NGINX, "-t", "-c", str(config)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def _test_config(tmp_path: Path, *, upstream: str) -> tuple[Path, int]:
    """The shipped file as it is, but for the test's ports, paths and plain HTTP."""
    port = free_port()
    text = CONFIG.read_text()
    text = text.replace("server 127.0.0.1:8000;", f"server {upstream};")
    text = text.replace("/var/cache/nginx/seloste", str(tmp_path / "cache"))
    text = text.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};")
    text = text.replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
    text = re.sub(r"^\s*ssl_certificate(_key)? .*$", "", text, flags=re.MULTILINE)
    (tmp_path / "seloste.conf").write_text(text)
    temp = tmp_path / "temp"
    temp.mkdir()
    main = tmp_path / "nginx.conf"
    # As root nginx's workers would run as nobody, who cannot enter pytest's temp dir.
    user = "user root;" if os.geteuid() == 0 else ""
    main.write_text(
        f"""
{user}
daemon off;
worker_processes 1;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {tmp_path}/seloste.conf;
}}
"""
    )
    return main, port


def _get(port: int, path: str, headers: dict | None = None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "127.0.0.1", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture
def nginx(tmp_path, live_server):
    upstream = live_server.url.removeprefix("http://")
    config, port = _test_config(tmp_path, upstream=upstream)
    process = subprocess.Popen([NGINX, "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"nginx did not start: {process.stdout.read().decode()} {(tmp_path / 'error.log').read_text()}")
            time.sleep(0.1)
    yield port
    process.terminate()
    process.wait(10)


@pytest.mark.django_db(transaction=True)
def test_public_notices_are_served_from_the_proxy_cache(nginx, user, monkeypatch):
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 " + html[:40].encode())
    notice = make_notice(user)
    publish(notice, user)
    latest, permanent = f"/n/{notice.public_slug}/", f"/n/{notice.public_slug}/v1/"

    first_status, first, first_body = _get(nginx, latest)
    second_status, second, second_body = _get(nginx, latest)
    cached_304, cached_headers, empty = _get(nginx, latest, {"If-None-Match": first["ETag"]})
    _status, version_first, _body = _get(nginx, permanent)
    _status, version_second, _body = _get(nginx, permanent)
    login_status, login, _body = _get(nginx, "/accounts/login/")

    assert (first_status, second_status) == (200, 200)
    assert first["X-Cache-Status"] == "MISS" and second["X-Cache-Status"] == "HIT"
    assert first_body == second_body and first["ETag"] == second["ETag"]
    assert cached_304 == 304 and empty == b"" and cached_headers["X-Cache-Status"] == "HIT"
    assert version_first["X-Cache-Status"] == "MISS" and version_second["X-Cache-Status"] == "HIT"
    assert version_second["Cache-Control"] == "public, max-age=31536000, immutable"
    assert login_status == 200 and "X-Cache-Status" not in login
