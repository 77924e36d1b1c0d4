"""Deployment: the compose file and image, production settings from the environment, and
the container's gunicorn command serving pages (run here outside Docker)."""

import ast
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# Set by the test run (or other tests, e.g. browser tests' DJANGO_ALLOW_ASYNC_UNSAFE); a
# production process never has them.
TEST_ONLY_VARIABLES = {"SELOSTE_TESTING", "DEBUG", "DATABASE_URL", "SECRET_KEY", "STATIC_ROOT", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
TEST_SECRET_KEY = "test-only-" + "k3y-Wq8zR2mXv7Lp9Ns4Tb6Yc1Hd5Jf0Ge" * 2


def production_env(**extra: str) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update(
        SELOSTE_ENV="production",
        SECRET_KEY=TEST_SECRET_KEY,
        ALLOWED_HOSTS="seloste.example.fi,127.0.0.1",
        CSRF_TRUSTED_ORIGINS="https://seloste.example.fi",
        SITE_URL="https://seloste.example.fi",
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    env.update(extra)
    return env


def run_python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


# --- The compose file and the image ---------------------------------------------------------


def test_compose_runs_web_on_a_healthy_postgres_16_with_a_named_volume():
    config = compose()
    web, db = config["services"]["web"], config["services"]["db"]

    assert db["image"] == "postgres:16"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume, mount = db["volumes"][0].split(":")[:2]
    assert mount == "/var/lib/postgresql/data"
    assert volume in config["volumes"]

    assert web["build"] == "."
    assert web["env_file"] == ".env"
    assert web["depends_on"]["db"] == {"condition": "service_healthy"}
    assert web["command"][:2] == ["gunicorn", "config.wsgi"]
    assert web["environment"]["DATABASE_URL"].startswith("postgres://")
    assert "@db:5432/" in web["environment"]["DATABASE_URL"]


def test_optional_redis_is_healthy_before_web_starts():
    config = compose()
    assert "redis-cli" in config["services"]["redis"]["healthcheck"]["test"]
    assert config["services"]["web"]["depends_on"]["redis"] == {"condition": "service_healthy"}


def test_dockerfile_builds_a_slim_non_root_image_with_weasyprint_libraries():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.11-slim\n" in dockerfile
    for package in ["libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "gettext", "fonts-dejavu-core", "postgresql-client"]:
        assert package in dockerfile
    assert "pip install -r requirements.txt" in dockerfile
    users = re.findall(r"^USER (\S+)", dockerfile, flags=re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
    assert 'ENTRYPOINT ["scripts/docker-entrypoint"]' in dockerfile
    # The image's default command is the compose command.
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, flags=re.MULTILINE).group(1))
    assert cmd == compose()["services"]["web"]["command"]


def test_entrypoint_migrates_and_collects_static_before_the_command():
    script = (ROOT / "scripts/docker-entrypoint").read_text()
    assert os.access(ROOT / "scripts/docker-entrypoint", os.X_OK)
    assert script.index("migrate --noinput") < script.index("collectstatic --noinput") < script.index('exec "$@"')


def settings_environment_keys() -> set[str]:
    """Every variable config/settings.py reads, found in its source."""
    tree = ast.parse((ROOT / "config/settings.py").read_text())
    keys = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = ast.unparse(node.func)
        if func == "dj_database_url.config":  # reads DATABASE_URL itself
            keys.add("DATABASE_URL")
        elif func in {"os.environ.get", "env_bool", "env_list", "os.getenv"} and isinstance(node.args[0], ast.Constant):
            keys.add(node.args[0].value)
    return keys


def test_env_example_lists_every_setting_that_settings_read():
    listed = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), flags=re.MULTILINE))
    keys = settings_environment_keys()
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SELOSTE_ENV", "CSRF_TRUSTED_ORIGINS"} <= keys
    assert keys - listed == set()


def test_env_example_turns_production_on():
    assert re.search(r"^SELOSTE_ENV=production$", (ROOT / ".env.example").read_text(), flags=re.MULTILINE)


# --- Production settings ------------------------------------------------------------------


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = run_python("import config.settings", env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_come_from_the_environment():
    code = (
        "import json, django; from django.conf import settings as s; django.setup();"
        "print(json.dumps({k: getattr(s, k) for k in ['DEBUG', 'ALLOWED_HOSTS', 'CSRF_TRUSTED_ORIGINS', 'SESSION_COOKIE_SECURE',"
        " 'SESSION_COOKIE_HTTPONLY', 'CSRF_COOKIE_SECURE', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS',"
        " 'SECURE_SSL_REDIRECT', 'SECURE_PROXY_SSL_HEADER', 'SECRET_KEY']}))"
    )
    result = run_python(code, production_env(DJANGO_SETTINGS_MODULE="config.settings"))
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values == {
        "DEBUG": False,
        "ALLOWED_HOSTS": ["seloste.example.fi", "127.0.0.1"],
        "CSRF_TRUSTED_ORIGINS": ["https://seloste.example.fi"],
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "SECRET_KEY": TEST_SECRET_KEY,
    }


def test_check_deploy_passes_with_a_production_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Without REDIS_URL the only message is which shared cache the throttles use.
    output = result.stdout + result.stderr
    assert "no issues" in output or ("notices.I001" in output and "WARNINGS" not in output and "ERRORS" not in output)


# --- The container's command, outside Docker ---------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, **headers: str):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(urllib.request.Request(url, headers=headers), timeout=10)
    except urllib.error.HTTPError as response:
        return response


@pytest.fixture
def gunicorn_server(tmp_path):
    port = free_port()
    command = [part.replace("0.0.0.0:8000", f"127.0.0.1:{port}") for part in compose()["services"]["web"]["command"]]
    env = production_env(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        WEB_CONCURRENCY="1",
    )
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen([str(ROOT / "scripts/docker-entrypoint"), *command], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, (tmp_path / "server.log").read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", tmp_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_entrypoint_and_gunicorn_serve_the_login_page_and_static_files(gunicorn_server):
    base, tmp_path = gunicorn_server

    # Plain HTTP is redirected to HTTPS ...
    response = fetch(f"{base}/accounts/login/")
    assert response.status == 301
    assert response.headers["Location"] == f"https://127.0.0.1:{base.rsplit(':', 1)[1]}/accounts/login/"

    # ... and behind the TLS proxy the page is served with the production headers.
    response = fetch(f"{base}/accounts/login/", **{"X-Forwarded-Proto": "https"})
    assert response.status == 200
    html = response.read().decode()
    assert 'name="username"' in html
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    cookies = response.headers.get_all("Set-Cookie")
    assert any(cookie.startswith("csrftoken=") and "Secure" in cookie for cookie in cookies)

    # The stylesheet is linked by its hashed name and served by whitenoise from STATIC_ROOT.
    stylesheet = re.search(r'href="(/static/css/app\.[0-9a-f]{12}\.css)"', html).group(1)
    assert (tmp_path / "static" / "staticfiles.json").exists()
    response = fetch(base + stylesheet, **{"X-Forwarded-Proto": "https"})
    assert response.status == 200
    assert "max-age=315360000" in response.headers["Cache-Control"]
    assert b"No inline styles anywhere" in response.read()


def test_the_shipped_gunicorn_and_pdf_worker_recycle_and_web_defaults_to_two_per_core(monkeypatch):
    # Issue 14: WeasyPrint's native memory grows per PDF; one worker served everything.
    import runpy

    command = compose()["services"]["web"]["command"]
    assert command[command.index("--max-requests") + 1] == "1000"
    assert command[command.index("--max-requests-jitter") + 1] == "100"
    assert command[command.index("--config") + 1] == "config/gunicorn.conf.py"
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert '"--max-requests", "1000", "--max-requests-jitter", "100"' in dockerfile and "config/gunicorn.conf.py" in dockerfile
    # The PDF worker too: it exits after a number of jobs, and compose starts a fresh one.
    worker = compose()["services"]["worker"]
    assert int(worker["command"][worker["command"].index("--max-tasks") + 1]) > 0 and worker["restart"] == "unless-stopped"
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert runpy.run_path(str(ROOT / "config/gunicorn.conf.py"))["workers"] == 6
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert runpy.run_path(str(ROOT / "config/gunicorn.conf.py"))["workers"] == 3
