
"""Hardening: the Content Security Policy, sessions, and brute-force protection on log-in,
sign-up and password reset (with a clock that moves)."""

import re
import sys
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.sessions.models import Session
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import timezone

from notices.tests.factories import MembershipFactory

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"


# --- Content Security Policy -----------------------------------------------------------------


def assert_strict_csp(response):
    policy = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["frame-ancestors"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("name", ["login", "signup", "password_reset"])
def test_public_account_pages_carry_the_strict_csp(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert_strict_csp(response)


def test_app_pages_carry_the_strict_csp(client, user):
    membership = MembershipFactory(user=user)
    client.force_login(user)
    for url in [reverse("notices:dashboard"), reverse("notices:audit_log", kwargs={"org_pk": membership.organisation.pk}), reverse("notices:export")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict_csp(response)


def test_error_pages_carry_the_strict_csp(client, user):
    client.force_login(user)
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_strict_csp(response)


def test_public_notice_pages_may_be_embedded_but_run_nothing_inline(client, user):
    from notices.tests.publishing_helpers import make_notice, publish

    notice = make_notice(user)
    publish(notice, user)
    for name in ["public_notice", "public_history"]:
        response = client.get(reverse(f"notices:{name}", kwargs={"slug": notice.public_slug}))
        assert response.status_code == 200, name
        policy = response.headers["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        # Any site may embed the notice, but it still runs only Seloste's own files.
        assert directives["frame-ancestors"] != "'none'"
        assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "X-Frame-Options" not in response.headers


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.IGNORECASE)
INLINE_STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]*\s(on[a-z]+|hx-on[:\w-]*)\s*=", re.IGNORECASE)
TEMPLATE_CHECKS = [
    ("inline <script>", INLINE_SCRIPT),
    ("<style> element", INLINE_STYLE_ELEMENT),
    ("style attribute", STYLE_ATTRIBUTE),
    ("event handler attribute", EVENT_HANDLER),
]
JS_INLINE = re.compile(r"""\beval\s*\(|new\s+Function\s*\(|setAttribute\(\s*["'](style|on[a-z]+)["']|\son[a-z]+\s*=\s*\\?["']|\sstyle\s*=\s*\\?["']""")


def project_files(folder: str, suffix: str) -> list[Path]:
    return sorted(path for path in (ROOT / folder).rglob(f"*{suffix}") if "vendor" not in path.relative_to(ROOT).parts)


def find_inline_code() -> list[str]:
    problems = []
    templates = project_files("templates", ".html") + project_files("notices/templates", ".html")
    for path in templates:
        text = path.read_text()
        for name, pattern in TEMPLATE_CHECKS:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(ROOT)}:{line}: {name}")
    for path in project_files("static/js", ".js"):
        text = path.read_text()
        for match in JS_INLINE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{path.relative_to(ROOT)}:{line}: inline code or style built in JavaScript")
    return problems


def test_no_template_or_script_needs_unsafe_inline():
    assert find_inline_code() == []


def test_the_inline_code_scan_finds_each_kind_of_violation(tmp_path, monkeypatch):
    bad = [
        "<script>alert(1)</script>",
        '<script type="module">x()</script>',
        '<div style="color: red">',
        "<style>p {}</style>",
        '<button onclick="x()">',
        '<a href="#" hx-on:click="x()">',
    ]
    (tmp_path / "templates").mkdir()
    (tmp_path / "static/js").mkdir(parents=True)
    for number, snippet in enumerate(bad):
        (tmp_path / "templates" / f"bad{number}.html").write_text(f"<p>ok</p>\n{snippet}\n")
    (tmp_path / "templates/good.html").write_text('<script src="/static/js/app.js" defer></script><p>Seloste on valmis = hyvä</p>')
    (tmp_path / "static/js/bad.js").write_text("el.setAttribute('style', 'x');\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    problems = find_inline_code()
    assert len(problems) == len(bad) + 1
    assert not any("good.html" in problem for problem in problems)


# --- Sessions ------------------------------------------------------------------------------------


def log_in(client, user, password=PASSWORD):
    return client.post(reverse("login"), {"username": user.email, "password": password})


def test_logging_in_rotates_the_session_key(client, user):
    session = client.session
    session["language_hint"] = "fi"
    session.save()
    before = session.session_key
    client.cookies["sessionid"] = before

    response = log_in(client, user)

    assert response.status_code == 302
    after = client.cookies["sessionid"].value
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()
    assert Session.objects.get(session_key=after).get_decoded()["_auth_user_id"] == str(user.pk)


def test_logging_out_ends_the_session(client, user):
    log_in(client, user)
    old_key = client.cookies["sessionid"].value
    assert client.get(reverse("notices:dashboard")).status_code == 200

    client.post(reverse("logout"))

    assert not Session.objects.filter(session_key=old_key).exists()
    # Someone who copied the old cookie is not logged in with it.
    from django.test import Client

    thief = Client()
    thief.cookies["sessionid"] = old_key
    response = thief.get(reverse("notices:dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


# --- Brute force: a clock that moves -------------------------------------------------------------


class Clock:
    def __init__(self):
        self.now = timezone.now()

    def __call__(self):
        return self.now

    def advance(self, **kwargs):
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock():
    clock = Clock()
    # axes and the throttle read the time through these names.
    with mock.patch("axes.handlers.proxy.now", clock), mock.patch("axes.attempts.now", clock), mock.patch("django.utils.timezone.now", clock):
        yield clock


def test_login_locks_out_after_repeated_failures_and_opens_after_the_cool_off(client, user, clock, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, user, password="wrong")
        assert response.status_code == 200
    # The last allowed failure already shows the lock-out page.
    response = log_in(client, user, password="wrong")
    assert response.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumisyritystä" in response.content.decode()  # Finnish is the default
    assert_strict_csp(response)

    # Even the right password is refused while locked out, with the lock-out page.
    response = log_in(client, user)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session

    # Trying during the lock-out starts the cool-off again, so guessing on never pays.
    clock.advance(hours=settings.AXES_COOLOFF_TIME, minutes=-1)
    assert log_in(client, user).status_code == 429
    clock.advance(hours=settings.AXES_COOLOFF_TIME, minutes=-1)
    assert log_in(client, user).status_code == 429

    clock.advance(hours=settings.AXES_COOLOFF_TIME, minutes=1)
    response = log_in(client, user)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_lock_out_is_per_user_and_address(client, user, other_user, clock, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, user, password="wrong")
    assert log_in(client, user).status_code == 429
    # Another account from the same address is not locked out by someone guessing at the first.
    assert log_in(client, other_user).status_code == 302


def test_signup_is_throttled_per_address_until_the_hour_is_over(client, db, clock, settings):
    settings.SIGNUP_RATE_PER_HOUR = 3
    url = reverse("signup")
    for number in range(3):
        response = client.post(url, {"email": f"new{number}@example.fi", "password1": "x", "password2": "y"})
        assert response.status_code == 200  # the form's own errors, not the throttle
    response = client.post(url, {"email": "new9@example.fi", "password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode() or "Liian monta" in response.content.decode()
    assert_strict_csp(response)

    clock.advance(hours=1)
    response = client.post(url, {"email": "new9@example.fi", "password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 302


def test_password_reset_is_throttled_per_address_and_per_email(client, user, clock, settings, mailoutbox):
    settings.PASSWORD_RESET_RATE_PER_HOUR = 2
    url = reverse("password_reset")
    for _ in range(2):
        assert client.post(url, {"email": user.email}).status_code == 302
    assert client.post(url, {"email": user.email}).status_code == 429
    assert len(mailoutbox) == 2

    # The same e-mail from another address is still limited: nobody floods one inbox.
    response = client.post(url, {"email": user.email}, REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 429

    clock.advance(hours=1)
    assert client.post(url, {"email": user.email}).status_code == 302
    assert len(mailoutbox) == 3


def test_client_address_behind_a_trusted_proxy(rf, settings):
    from notices.throttle import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.1", REMOTE_ADDR="10.0.0.2")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    # The client may forge entries on the left; only the one our proxy appended counts.
    assert client_ip(request) == "198.51.100.1"
    # A misconfigured proxy count with a forged header falls back to the real peer.
    forged = rf.get("/", HTTP_X_FORWARDED_FOR="'; DROP TABLE x", REMOTE_ADDR="10.0.0.2")
    assert client_ip(forged) == "10.0.0.2"


def test_a_forged_forwarded_header_cannot_break_the_login(client, user, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    response = client.post(reverse("login"), {"username": user.email, "password": "wrong"}, HTTP_X_FORWARDED_FOR="not-an-ip")
    assert response.status_code == 200


def test_favicon_is_served_from_static_files(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")
    assert finders.find("favicon.svg")
