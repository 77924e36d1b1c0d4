"""Management commands: seed_demo."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from notices.content import samples, steps
from notices.content.checker import check_notice
from notices.models import AuditEvent, Membership, Notice, NoticeVersion, Organisation, User

pytestmark = pytest.mark.django_db


def run_seed(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("seed_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_seed_demo_creates_a_usable_demo_account_with_a_complete_published_notice():
    output = run_seed()

    assert "demo@seloste.fi" in output
    assert "Password: seloste-demo" in output
    assert "/accounts/login/" in output
    user = User.objects.get(email="demo@seloste.fi")
    organisation = Organisation.objects.for_user(user).get()
    assert organisation.snapshot() == samples.SAMPLE_CONTROLLER
    assert Membership.objects.get(user=user).role == Membership.Role.OWNER
    notice = Notice.objects.get(organisation=organisation)
    assert notice.completed_steps == steps.STEP_KEYS
    for key, value in samples.SAMPLE_ANSWERS.items():
        assert notice.answers[key] == value
    assert [f for f in check_notice(answers=notice.answers, controller=organisation.snapshot()) if f.severity == "error"] == []
    assert NoticeVersion.objects.get(notice=notice).number == 1

    client = Client()
    assert client.post(reverse("login"), {"username": "demo@seloste.fi", "password": "seloste-demo"}).status_code == 302
    assert "Vihreä Oksa Oy" in client.get(reverse("notices:dashboard")).content.decode()


def test_seed_demo_is_idempotent():
    run_seed()
    counts = [model.objects.count() for model in (User, Organisation, Membership, Notice, NoticeVersion, AuditEvent)]

    output = run_seed()

    assert [model.objects.count() for model in (User, Organisation, Membership, Notice, NoticeVersion, AuditEvent)] == counts
    assert "Password: seloste-demo" in output


def test_seed_demo_resets_a_changed_demo_password_and_can_leave_the_notice_a_draft():
    run_seed("--no-publish")
    user = User.objects.get()
    user.set_password("something else")
    user.save()

    run_seed("--no-publish", "--password", "uusi-demo-salasana")

    user.refresh_from_db()
    assert user.check_password("uusi-demo-salasana")
    assert not NoticeVersion.objects.exists()


def test_seed_demo_never_uses_the_known_password_in_production(settings):
    settings.PRODUCTION = True

    output = run_seed("--no-publish")

    assert "seloste-demo" not in output
    assert not User.objects.get().check_password("seloste-demo")
