"""Bounded work (issue 13, items 5 and 6): each limit is checked where the user meets
it, with a message, and nothing typed is lost."""

import pytest
from django.urls import reverse
from django.utils import translation

from notices import services
from notices.limits import LimitReached
from notices.models import Notice, NoticeVersion, NoticeVersionFile, Organisation, PdfRender
from notices.pdf import TooManyPages, render_pdf
from notices.tests.factories import MembershipFactory, NoticeFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish
from notices.tests.test_wizard import STEP_POSTS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


def test_an_account_has_at_most_the_limit_of_organisations(logged_in, user, settings):
    settings.SELOSTE_MAX_ORGANISATIONS = 2
    MembershipFactory.create_batch(2, user=user)
    with pytest.raises(LimitReached, match="at most 2 organisations"):
        services.organisation_create(by=user, data={"name": "Kolmas Oy"})

    response = logged_in.post(reverse("notices:organisation_create"), {"name": "Kolmas Oy", "country": "FI", "email": "info@kolmas.fi"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "at most 2 organisations" in page and 'value="Kolmas Oy"' in page
    assert Organisation.objects.for_user(user).count() == 2


def test_an_organisation_has_at_most_the_limit_of_notices(logged_in, user, settings):
    settings.SELOSTE_MAX_NOTICES_PER_ORGANISATION = 1
    organisation = MembershipFactory(user=user).organisation
    NoticeFactory(organisation=organisation)

    response = logged_in.post(reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}), {"title": "Toinen", "languages": ["fi"]})

    assert response.status_code == 200
    assert "at most 1 notices" in response.content.decode()
    assert organisation.notices.count() == 1


def test_a_wizard_step_that_would_make_the_notice_too_long_is_not_saved_and_keeps_the_text(logged_in, user, settings):
    settings.SELOSTE_MAX_NOTICE_CHARACTERS = 500
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi", "en"]}})
    data, _stored = STEP_POSTS["security"]
    data = {**data, "security-other_fi": "Pitkä kuvaus. " * 50}

    response = logged_in.post(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "security"}), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "The notice is too long" in page and "at most 500" in page
    assert "Pitkä kuvaus. Pitkä kuvaus." in page
    assert "security" not in Notice.objects.get(pk=notice.pk).answers


def test_a_step_within_the_limit_saves(logged_in, user):
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi", "en"]}})
    data, stored = STEP_POSTS["security"]
    response = logged_in.post(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "security"}), data)
    assert response.status_code == 302 and stored(Notice.objects.get(pk=notice.pk))


def test_publishing_a_notice_longer_than_the_limit_is_refused_with_the_reason(logged_in, user, settings, quick_pdf):
    # E.g. an imported draft: the wizard never let it grow this long.
    settings.SELOSTE_MAX_NOTICE_CHARACTERS = 1000
    notice = make_notice(user)

    with pytest.raises(services.PublishRefused, match="The notice is too long") as refused:
        publish(notice, user)
    assert refused.value.reason == services.PublishRefused.LIMIT

    response = logged_in.post(reverse("notices:notice_publish", kwargs={"pk": notice.pk}), {"note": "v1"})
    assert response.status_code == 200
    assert "The notice is too long" in response.content.decode()
    assert not NoticeVersion.objects.filter(notice=notice).exists()


def test_an_account_publishes_at_most_the_limit_of_versions_a_day(user, settings, quick_pdf):
    settings.SELOSTE_MAX_VERSIONS_PER_DAY = 2
    notice = make_notice(user)
    publish(notice, user)
    publish(edit_draft(notice, "Toinen muutos."), user)

    with pytest.raises(services.PublishRefused, match="at most 2 versions a day"):
        publish(edit_draft(notice, "Kolmas muutos."), user)
    assert notice.versions.count() == 2


def long_document(paragraphs: int) -> str:
    body = "".join(f"<p>Kappale {index}: {'sana ' * 80}</p>" for index in range(paragraphs))
    return f"<!DOCTYPE html><html lang='fi'><head><title>x</title></head><body>{body}</body></html>"


def test_a_pdf_longer_than_the_page_limit_is_not_written(settings):
    settings.SELOSTE_MAX_PDF_PAGES = 2
    assert render_pdf(long_document(3)).startswith(b"%PDF-")
    with pytest.raises(TooManyPages) as refused:
        render_pdf(long_document(60))
    assert refused.value.pages > 2


def test_a_pdf_over_the_page_limit_is_never_stored_and_staff_see_why(user, settings):
    # PDFs are rendered by the background worker after publishing (notices.jobs): a PDF over
    # the limit fails there, visibly to staff, and no file is written.
    settings.SELOSTE_MAX_PDF_PAGES = 1
    notice = make_notice(user)

    version = publish(notice, user)

    assert not NoticeVersionFile.objects.filter(version=version).exists()
    failed = PdfRender.objects.filter(version=version, status=PdfRender.Status.FAILED)
    assert failed.count() == len(version.languages)
    assert all("TooManyPages" in render.last_error for render in failed)
