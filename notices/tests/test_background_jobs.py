"""PDFs off the request path: publishing stores the version at once, a background task
renders each language's PDF and stores it once; until then its address says "being
prepared"; failures retry and are visible to staff."""

from datetime import timedelta

import pytest
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from notices import jobs, publishing, services
from notices.models import AuditEvent, NoticeVersionFile, PdfRender
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default"]}}


@pytest.fixture
def queued(settings):
    """A backend that stores tasks and runs none: what a web process sees before the worker."""
    from django_tasks import default_task_backend

    settings.TASKS = DUMMY_TASKS
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def pdf_url(version, lang, *, latest=False):
    slug = version.notice.public_slug
    if latest:
        return reverse("notices:public_notice_pdf", kwargs={"slug": slug, "lang": lang})
    return reverse("notices:public_version_pdf", kwargs={"slug": slug, "number": version.number, "lang": lang})


def test_publish_returns_before_the_pdf_exists_and_enqueues_one_job_per_language(user, queued):
    notice = make_notice(user)

    version = publish(notice, user)

    assert version.number == 1 and version.rendered
    assert not NoticeVersionFile.objects.exists()
    renders = PdfRender.objects.filter(version=version)
    assert sorted(renders.values_list("language", flat=True)) == sorted(version.languages)
    assert all(render.status == PdfRender.Status.PENDING and render.html.startswith("<!DOCTYPE") for render in renders)
    assert sorted(result.args[0] for result in queued.results) == sorted(renders.values_list("pk", flat=True))


def test_jobs_are_enqueued_only_after_the_publish_commits(user, queued):
    notice = make_notice(user)
    notice.refresh_from_db()
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        services.notice_publish(notice=notice, by=user)
        assert queued.results == []  # a worker could not read the version yet
    for callback in callbacks:
        callback()
    assert len(queued.results) == 2


def test_until_the_pdf_exists_its_address_shows_a_page_that_refreshes(client, user, queued):
    version = publish(make_notice(user), user)

    for url in (pdf_url(version, "fi"), pdf_url(version, "en", latest=True)):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        assert response["Refresh"] == "5"
        assert response["Cache-Control"] == "no-store"
        assert b'http-equiv="refresh"' in response.content
        assert b"<script" not in response.content
    assert "PDF-tiedostoa valmistellaan" in client.get(pdf_url(version, "fi")).content.decode()
    assert "The PDF is being prepared" in client.get(pdf_url(version, "en")).content.decode()


def test_the_pdf_appears_when_the_worker_has_run(client, user, queued, quick_pdf):
    version = publish(make_notice(user), user)

    for result in list(queued.results):
        assert jobs.pdf_render_run(render_id=result.args[0]) == "done"

    response = client.get(pdf_url(version, "fi"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content == b"%PDF-1.7 test"
    assert set(PdfRender.objects.values_list("status", flat=True)) == {PdfRender.Status.DONE}
    assert set(PdfRender.objects.values_list("html", flat=True)) == {""}


def test_a_second_run_of_a_finished_job_stores_nothing_new(user, quick_pdf):
    version = publish(make_notice(user), user)
    file = NoticeVersionFile.objects.get(version=version, language="fi")
    render = PdfRender.objects.get(version=version, language="fi")

    assert jobs.pdf_render_run(render_id=render.pk) == "done"

    assert list(NoticeVersionFile.objects.filter(version=version, language="fi")) == [file]


def test_a_language_or_version_without_a_job_is_still_a_404(client, user, quick_pdf):
    version = publish(make_notice(user), user)
    slug = version.notice.public_slug
    assert client.get(reverse("notices:public_version_pdf", kwargs={"slug": slug, "number": 1, "lang": "sv"})).status_code == 404
    assert client.get(reverse("notices:public_version_pdf", kwargs={"slug": slug, "number": 9, "lang": "fi"})).status_code == 404


def test_a_failed_render_leaves_no_file_is_visible_to_staff_and_is_retried(client, user, monkeypatch, settings):
    settings.PDF_RENDER_MAX_ATTEMPTS = 3

    def broken(html):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(publishing, "render_pdf", broken)
    version = publish(make_notice(user), user)

    assert not NoticeVersionFile.objects.exists()
    failed = PdfRender.objects.get(version=version, language="fi")
    assert failed.status == PdfRender.Status.FAILED and failed.attempts == 1
    assert "out of memory" in failed.last_error
    assert client.get(pdf_url(version, "fi")).status_code == 200  # still "being prepared", never a 500

    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    listing = client.get(reverse("admin:notices_pdfrender_changelist") + "?status=failed")
    assert listing.status_code == 200 and str(version) in listing.content.decode()

    # Not due yet: the wait after a failure has not passed.
    assert jobs.pdf_renders_recover() == []
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 retried")
    recovered = jobs.pdf_renders_recover(now=timezone.now() + timedelta(hours=2))
    assert failed.pk in recovered
    assert bytes(NoticeVersionFile.objects.get(version=version, language="fi").data) == b"%PDF-1.7 retried"
    failed.refresh_from_db()
    assert failed.status == PdfRender.Status.DONE and failed.attempts == 2


def test_a_render_that_used_up_its_attempts_waits_for_staff(client, user, monkeypatch, settings):
    settings.PDF_RENDER_MAX_ATTEMPTS = 1
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"not a pdf")
    version = publish(make_notice(user), user)
    render = PdfRender.objects.get(version=version, language="fi")
    assert render.status == PdfRender.Status.FAILED

    assert jobs.pdf_renders_recover(now=timezone.now() + timedelta(days=1)) == []

    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 fixed")
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    response = client.post(
        reverse("admin:notices_pdfrender_changelist"), {"action": "retry_now", "_selected_action": [render.pk]}
    )
    assert response.status_code == 302
    assert NoticeVersionFile.objects.filter(version=version, language="fi").exists()


def test_the_dashboard_shows_that_the_pdf_is_being_prepared(logged_in, user, queued):
    publish(make_notice(user), user)

    page = logged_in.get(reverse("notices:dashboard")).content.decode()

    assert "PDF being prepared" in page or "PDF-tiedostoa valmistellaan" in page


def test_the_version_itself_is_never_changed_by_the_job(user, quick_pdf):
    version = publish(make_notice(user), user)
    version.refresh_from_db()
    assert version.etag == publishing.content_etag(version.rendered, version.languages)
    assert AuditEvent.objects.filter(action="notice_published").count() == 1
