"""Swedish as a notice output language, through the app: chosen like Finnish and English,
asked for its own free texts, published, served and exported like them. The language is
read from the one list (notices/content/languages.py), never spelled out in code."""

import copy
import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from notices import forms as wf
from notices import services
from notices.content import languages
from notices.models import NoticeVersion
from notices.tests.factories import MembershipFactory, NoticeFactory, UserFactory
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = pytest.mark.django_db
THREE = ["fi", "sv", "en"]


def test_every_form_that_chooses_notice_languages_offers_the_whole_list():
    for form in (wf.NoticeCreateForm(), wf.NoticeForm(languages=["fi"])):
        assert [code for code, _label in form.fields["languages"].choices] == list(languages.CODES)
    with translation.override("en"):
        assert "sv" in wf.OUTPUT_LANGUAGES and str(wf.LANGUAGE_INPUT_LABELS["sv"]) == "In Swedish"
    with translation.override("fi"):
        assert str(wf.LANGUAGE_INPUT_LABELS["sv"]) == "Ruotsiksi"


def test_a_new_notice_keeps_the_chosen_languages_in_the_lists_order(user):
    organisation = MembershipFactory(user=user).organisation
    notice = services.notice_create(organisation=organisation, title="Kundregister", by=user, languages=["en", "sv", "xx"])
    assert notice.answers["notice"]["languages"] == ["sv", "en"]
    assert notice.answers["notice"]["title"] == {"sv": "Kundregister"}


def test_a_swedish_field_appears_only_when_swedish_is_chosen(client, user):
    organisation = MembershipFactory(user=user).organisation
    with_sv = NoticeFactory(organisation=organisation, answers={"notice": {"languages": ["fi", "sv"], "style": "register"}})
    without = NoticeFactory(organisation=organisation, answers={"notice": {"languages": ["fi", "en"], "style": "register"}})
    client.force_login(user)
    url = lambda notice: reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})  # noqa: E731
    shown = client.get(url(with_sv)).content.decode()
    hidden = client.get(url(without)).content.decode()
    assert 'name="purposes-0-description_sv"' in shown and 'lang="sv"' in shown
    assert '<input type="hidden" name="purposes-0-description_sv"' in hidden


def test_saving_a_step_stores_the_swedish_text_and_old_answers_keep_theirs(client, user):
    organisation = MembershipFactory(user=user).organisation
    notice = NoticeFactory(
        organisation=organisation,
        answers={"notice": {"languages": ["fi", "sv"], "style": "register", "data_subjects_other": {"fi": "Vanha", "en": "Old"}}},
    )
    client.force_login(user)
    response = client.post(
        reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "notice"}),
        {
            "notice-title_fi": "Asiakasrekisteri", "notice-title_sv": "Kundregister", "notice-languages": ["fi", "sv"], "notice-style": "register",
            "notice-data_subjects_other_fi": "Vanha", "notice-data_subjects_other_sv": "Gammal", "notice-data_subjects_other_en": "Old",
            **{f"registers-{key}": value for key, value in {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}.items()},
            **{f"joint-{key}": value for key, value in {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}.items()},
            "action": "exit",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    notice.refresh_from_db()
    part = notice.answers["notice"]
    assert part["title"] == {"fi": "Asiakasrekisteri", "sv": "Kundregister"}
    assert part["data_subjects_other"] == {"fi": "Vanha", "sv": "Gammal", "en": "Old"}


@pytest.fixture
def published_three(user):
    notice = make_notice(user)
    answers = copy.deepcopy(notice.answers)
    answers["notice"]["languages"] = THREE
    notice.answers = answers
    notice.save()
    return notice, publish(notice, user)


def test_publishing_renders_each_chosen_language(published_three):
    _notice, version = published_three
    assert version.languages == THREE
    assert set(version.rendered) == set(THREE)
    swedish = version.rendered["sv"]["json"]
    assert swedish["language"] == "sv" and swedish["sections"][0]["heading"] == "Personuppgiftsansvarig"
    assert {file.language for file in version.files.all()} == set(THREE)


def test_the_public_page_offers_the_versions_languages_and_serves_swedish(client, published_three):
    notice, version = published_three
    page = client.get(reverse("notices:public_notice", kwargs={"slug": notice.public_slug}), {"lang": "sv"})
    html = page.content.decode()
    assert page.status_code == 200 and page["Content-Language"] == "sv"
    assert '<html lang="sv">' in html and 'lang="sv"' in html
    assert "Den registrerades rättigheter" in html and "Dataombudsmannens byrå" in html
    for code in THREE:
        assert f'hreflang="{code}"' in html and languages.autonym(code) in html
    pdf = client.get(reverse("notices:public_notice_pdf", kwargs={"slug": notice.public_slug, "lang": "sv"}))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    data = client.get(reverse("notices:public_version_json", kwargs={"slug": notice.public_slug, "number": version.number})).json()
    assert "sv" in json.dumps(data)


def test_a_version_without_swedish_has_no_swedish_page(client, user):
    notice = make_notice(user)
    publish(notice, user)
    assert client.get(reverse("notices:public_notice", kwargs={"slug": notice.public_slug}), {"lang": "sv"}).status_code == 404
    assert client.get(reverse("notices:public_notice_pdf", kwargs={"slug": notice.public_slug, "lang": "sv"})).status_code == 404


def test_the_swedish_pdf_is_tagged_swedish_and_has_the_swedish_headings(published_three):
    _notice, version = published_three
    data = bytes(version.files.get(language="sv").data)
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Personuppgiftsansvarig" in text and "Dataombudsmannens byrå" in text
    assert '<html lang="sv">' in version.rendered["sv"]["html"] or 'lang="sv"' in version.rendered["sv"]["html"]


def test_export_and_import_keep_the_swedish_version(published_three):
    notice, _version = published_three
    owner = notice.organisation.memberships.get().user
    exported = json.loads(json.dumps(services.account_export(user=owner)))
    fresh = UserFactory()
    services.account_import(user=fresh, data=exported)
    restored = NoticeVersion.objects.get(notice__organisation__memberships__user=fresh)
    assert restored.languages == THREE and "Personuppgiftsansvarig" in restored.rendered["sv"]["html"]
    assert restored.notice.answers["notice"]["languages"] == THREE


def test_the_json_schema_lists_every_notice_language():
    schema = json.loads((Path(settings.BASE_DIR) / "docs" / "notice-json-schema.json").read_text())
    assert schema["$defs"]["language"]["enum"] == list(languages.CODES)


def test_the_sample_notice_page_offers_swedish(client):
    html = client.get(reverse("notices:sample_notice"), {"lang": "sv"}).content.decode()
    assert '<html lang="sv">' in html and "Personuppgiftsansvarig" in html and "Svenska" in html


def test_library_rows_seeded_before_swedish_get_it_unless_staff_edited_them():
    from importlib import import_module

    from django.apps import apps

    from notices.models import ServiceLibraryEntry

    migration = import_module("notices.migrations.0011_i17a_service_library_swedish")
    old = ServiceLibraryEntry.objects.get(code="google_analytics")
    edited = ServiceLibraryEntry.objects.get(code="timma")
    shipped_description = dict(old.description)
    old.description = {k: v for k, v in old.description.items() if k != "sv"}
    old.cookies = [{**c, "lifetime": {k: v for k, v in c["lifetime"].items() if k != "sv"}} if c.get("lifetime") else c for c in old.cookies]
    old.save()
    edited.description = {"fi": "Oma kuvaus", "en": "Our own description"}
    edited.save()

    migration.add_swedish(apps, None)

    old.refresh_from_db()
    edited.refresh_from_db()
    assert old.description == shipped_description and old.cookies[0]["lifetime"]["sv"] == "2 år"
    assert edited.description == {"fi": "Oma kuvaus", "en": "Our own description"}
