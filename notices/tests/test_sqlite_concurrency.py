"""SQLite under a real gunicorn with two workers (issue 13, item 8): concurrent writers
wait for each other instead of failing with "database is locked" (a 500)."""

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from notices.tests.test_deploy import ROOT, gunicorn_server, production_env  # noqa: F401 (fixture)

CSRF = "a" * 32  # a CSRF secret the client picks; Django accepts it unmasked
HOST = "seloste.example.fi"

SETUP = """
import json, django
django.setup()
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice, publishable_answers

# One language: one PDF per publish keeps the test's run time down on a small machine.
finnish = {**publishable_answers()["notice"], "languages": ["fi"]}

def session(user):
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key

publisher = UserFactory()
notices = [make_notice(publisher, notice=finnish).pk for _ in range(20)]
editors = [UserFactory() for _ in range(2)]
drafts = [make_notice(editor).pk for editor in editors]
print(json.dumps({"publisher": session(publisher), "notices": notices,
                  "editors": [session(editor) for editor in editors], "drafts": drafts}))
"""


def post(base: str, path: str, session: str, data: dict) -> int:
    body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": CSRF}, doseq=True).encode()
    request = urllib.request.Request(
        base + path,
        data=body,
        headers={
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{HOST}",
            "Cookie": f"sessionid={session}; csrftoken={CSRF}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=600) as response:
            return response.status
    except urllib.error.HTTPError as response:
        return response.code
    except ConnectionError:
        return 599  # the worker died: as bad as a 5xx


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wizard_client(base: str, session: str, notice: int, count: int) -> list[int]:
    """Saves steps (each a write: answers and an activity-log row) as fast as it can."""
    statuses = []
    for index in range(count):
        security = {"security-measures": ["access_control", "backups"], "security-other_fi": f"Lukitut tilat {index}", "action": "continue"}
        statuses.append(post(base, f"/notices/{notice}/wizard/security/", session, security))
        automated = {"automated-decisions": "no", "automated-profiling": "no", "action": "continue"}
        statuses.append(post(base, f"/notices/{notice}/wizard/automated/", session, automated))
    return statuses


@pytest.fixture
def two_workers(monkeypatch):
    # gunicorn_server takes WEB_CONCURRENCY from production_env(): two workers, as shipped.
    import notices.tests.test_deploy as deploy

    original = deploy.production_env
    # The shipped command and settings, with longer timeouts: a publish holds SQLite's
    # write lock while it renders, and on a shared, overloaded test machine that can take
    # longer than the 30 s defaults (the writer waiting for it, or gunicorn, would give up).
    # What is tested is that writers wait instead of failing at once; the limits and
    # bench/ bound how long a publish takes on a machine of its own.
    overrides = {"WEB_CONCURRENCY": "2", "GUNICORN_CMD_ARGS": "--timeout 180", "SQLITE_BUSY_TIMEOUT_SECONDS": "170"}
    monkeypatch.setattr(deploy, "production_env", lambda **extra: original(**{**extra, **overrides}))


def test_twenty_publishes_and_two_wizard_clients_at_once_give_no_5xx(two_workers, gunicorn_server):  # noqa: F811
    base, tmp_path = gunicorn_server
    env = production_env(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", DJANGO_SETTINGS_MODULE="config.settings", SQLITE_BUSY_TIMEOUT_SECONDS="170")
    setup = subprocess.run([sys.executable, "-c", SETUP], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert setup.returncode == 0, setup.stderr
    world = json.loads(setup.stdout.strip().splitlines()[-1])

    with ThreadPoolExecutor(max_workers=22) as pool:
        publishes = [pool.submit(post, base, f"/notices/{pk}/publish/", world["publisher"], {"note": "v1"}) for pk in world["notices"]]
        wizards = [pool.submit(wizard_client, base, session, pk, 15) for session, pk in zip(world["editors"], world["drafts"], strict=True)]
        publish_statuses = [future.result() for future in publishes]
        wizard_statuses = [status for future in wizards for status in future.result()]

    log = (tmp_path / "server.log").read_text()
    errors = "\n".join(line for line in log.splitlines() if not line.startswith("127.0.0.1"))[-6000:]
    assert [status for status in publish_statuses + wizard_statuses if status >= 500] == [], errors
    assert publish_statuses == [302] * 20, errors
    assert set(wizard_statuses) == {302}, errors
    assert "database is locked" not in log
    check = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from notices.models import NoticeVersion; print(NoticeVersion.objects.count())"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert check.stdout.strip() == "20", check.stderr

    # Throttles count across both workers (the database cache, no Redis): the sign-up
    # limit of 10 an hour per address gives its first 429 at the 11th sign-up, not the 21st.
    signups = [
        post(base, "/accounts/signup/", "", {"email": f"uusi{index}@example.fi", "password1": "Pitkä-salasana-2026", "password2": "Pitkä-salasana-2026"})
        for index in range(11)
    ]
    assert signups == [302] * 10 + [429], errors
