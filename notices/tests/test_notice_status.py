"""The dashboard's per-notice status (completeness, findings, unpublished changes) is
computed when a notice's answers, versions or controller change and stored on it
(notices/status.py, issue 14), so a dashboard view recomputes nothing per notice."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from notices import services, status
from notices.content import checker
from notices.models import Notice
from notices.tests.factories import MembershipFactory, NoticeFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db


def dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("notices:dashboard")).status_code == 200
    return len(captured.captured_queries)


def test_dashboard_queries_do_not_grow_with_the_notices(client, user):
    organisation = MembershipFactory(user=user).organisation
    NoticeFactory(organisation=organisation)
    client.force_login(user)
    client.get(reverse("notices:dashboard"))  # the first view stores the statuses
    one = dashboard_queries(client)
    for _ in range(29):
        NoticeFactory(organisation=organisation)
    client.get(reverse("notices:dashboard"))
    assert dashboard_queries(client) == one


def test_a_dashboard_view_with_stored_statuses_runs_no_check(client, user, monkeypatch):
    organisation = MembershipFactory(user=user).organisation
    NoticeFactory(organisation=organisation)
    client.force_login(user)
    client.get(reverse("notices:dashboard"))

    def refuse(**kwargs):
        raise AssertionError("the dashboard recomputed a stored status")

    monkeypatch.setattr(checker, "check_notice", refuse)
    assert client.get(reverse("notices:dashboard")).status_code == 200


def test_saving_a_step_stores_the_status_the_check_gives(user):
    notice = make_notice(user)
    services.notice_save_step(notice=notice, step="purposes", data=[], by=user)
    notice.refresh_from_db()
    found = checker.check_notice(answers=notice.answers, controller=notice.organisation.snapshot())
    assert notice.status["errors"] == sum(f.severity == "error" for f in found) > 0  # no purpose: an error
    assert {"severity": "error", "step": "purposes"}.items() <= next(f for f in notice.status["findings"] if f["step"] == "purposes").items()
    finding = next(f for f in notice.status["findings"] if f["step"] == "purposes")
    assert finding["fi"] and finding["en"] and finding["fi"] != finding["en"]
    assert notice.status["unpublished_changes"] is None  # never published
    assert notice.status_key


def test_publishing_stores_up_to_date_and_a_later_save_unpublished_changes(client, user):
    notice = make_notice(user)
    publish(notice, user)
    notice.refresh_from_db()
    assert notice.status["errors"] == 0 and notice.status["unpublished_changes"] is False

    edit_draft(notice)
    notice.refresh_from_db()
    services.notice_save_step(notice=notice, step="rights", data=notice.answers["rights"], by=user)
    notice.refresh_from_db()
    assert notice.status["unpublished_changes"] is True

    client.force_login(user)
    row = client.get(reverse("notices:dashboard")).context["rows"][0]["notices"][0]
    assert row.unpublished_changes is True and row.latest_version == 1


def test_a_change_of_the_apps_wording_makes_every_status_recomputed(client, user, monkeypatch):
    notice = make_notice(user)
    services.notice_save_step(notice=notice, step="purposes", data=notice.answers["purposes"], by=user)
    before = Notice.objects.get(pk=notice.pk).status_key
    assert status.refresh_stale() == 0

    monkeypatch.setattr(status, "content_fingerprint", lambda: "a-new-deploy")
    calls = []
    real = checker.check_notice
    monkeypatch.setattr(checker, "check_notice", lambda **kwargs: calls.append(1) or real(**kwargs))
    assert status.refresh_stale() == 1
    assert calls == [1]
    assert Notice.objects.get(pk=notice.pk).status_key != before
    assert status.refresh_stale() == 0


def test_a_stale_status_is_recomputed_by_the_dashboard(client, user):
    notice = make_notice(user)
    services.notice_save_step(notice=notice, step="purposes", data=notice.answers["purposes"], by=user)
    # Written behind the services' back (e.g. the admin): the save time changes the key.
    stored = Notice.objects.get(pk=notice.pk)
    stored.answers["purposes"] = []
    stored.save()
    client.force_login(user)
    row = client.get(reverse("notices:dashboard")).context["rows"][0]["notices"][0]
    assert row.errors and any(f["url"].endswith("/purposes/") for f in row.findings)
    assert Notice.objects.get(pk=notice.pk).status["errors"] == row.errors


def test_a_change_of_the_controller_makes_its_notices_statuses_stale(client, user, monkeypatch):
    notice = make_notice(user)
    client.force_login(user)
    client.get(reverse("notices:dashboard"))
    calls = []
    real = checker.check_notice
    monkeypatch.setattr(checker, "check_notice", lambda **kwargs: calls.append(kwargs["controller"]["city"]) or real(**kwargs))
    client.get(reverse("notices:dashboard"))
    assert calls == []
    services.organisation_update(organisation=notice.organisation, by=user, data={"city": "Kuusamo-testi"})
    client.get(reverse("notices:dashboard"))
    assert calls == ["Kuusamo-testi"]  # checked again, against the new details


def test_the_upkeep_command_recomputes_stale_statuses(user, monkeypatch):
    from django.core.management import call_command

    make_notice(user)  # made by a factory: no status stored yet
    monkeypatch.setattr("notices.upkeep.review_reminders_send", lambda **kwargs: 0)
    monkeypatch.setattr("notices.upkeep.update_digests_send", lambda **kwargs: 0)
    from io import StringIO

    out = StringIO()
    call_command("upkeep", stdout=out)
    assert "dashboard statuses recomputed: 1" in out.getvalue()


def test_a_wizard_step_get_writes_nothing_and_the_user_resumes_where_they_saved(client, user):
    notice = make_notice(user)
    client.force_login(user)
    services.notice_save_step(notice=notice, step="purposes", data=notice.answers["purposes"], by=user, resume_at="categories")
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "cookies"})).status_code == 200
    writes = [q["sql"] for q in captured.captured_queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    response = client.get(reverse("notices:wizard", kwargs={"pk": notice.pk}))
    assert response["Location"] == reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "categories"})


def review(client, notice, language="fi"):
    client.cookies["django_language"] = language
    response = client.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "review"}))
    assert response.status_code == 200
    return response


def test_the_review_shows_the_stored_findings_without_checking_again(client, user, monkeypatch):
    notice = make_notice(user)
    services.notice_save_step(notice=notice, step="purposes", data=[], by=user)  # no purpose: an error
    client.force_login(user)
    found = checker.check_notice(answers=Notice.objects.get(pk=notice.pk).answers, controller=notice.organisation.snapshot())

    def refuse(**kwargs):
        raise AssertionError("the review checked a notice whose findings are stored")

    monkeypatch.setattr(checker, "check_notice", refuse)
    for language in ("fi", "en"):
        shown = review(client, notice, language).context["findings"]
        assert [(f["severity"], f["step"], f["message"], f["article"]) for f in shown] == [
            (f.severity, f.step, f.message(language), f.article(language)) for f in found
        ]
        assert any(f["step"] == "purposes" and f["severity"] == "error" for f in shown)


def test_the_review_of_a_stale_status_checks_once_and_stores_it(client, user, monkeypatch):
    notice = make_notice(user)
    services.notice_save_step(notice=notice, step="purposes", data=notice.answers["purposes"], by=user)
    stored = Notice.objects.get(pk=notice.pk)
    stored.answers["purposes"] = []  # behind the services' back: the status is stale
    stored.save()
    client.force_login(user)
    calls = []
    real = checker.check_notice
    monkeypatch.setattr(checker, "check_notice", lambda **kwargs: calls.append(1) or real(**kwargs))
    assert any(f["step"] == "purposes" for f in review(client, notice).context["findings"])
    assert any(f["step"] == "purposes" for f in review(client, notice).context["findings"])
    assert calls == [1]


def test_the_review_after_a_publish_reads_the_findings_publish_stored(client, user, monkeypatch):
    notice = make_notice(user)
    publish(notice, user)
    client.force_login(user)
    monkeypatch.setattr(checker, "check_notice", lambda **kwargs: (_ for _ in ()).throw(AssertionError("checked again")))
    page = review(client, notice).content.decode()
    assert review(client, notice).context["findings"] == []
    assert "alert-success" in page


def test_a_new_status_format_makes_stored_statuses_stale(user, monkeypatch):
    notice = make_notice(user)
    services.notice_save_step(notice=notice, step="purposes", data=notice.answers["purposes"], by=user)
    assert status.refresh_stale() == 0
    monkeypatch.setattr(status, "STATUS_FORMAT", "next")
    assert status.refresh_stale() == 1
