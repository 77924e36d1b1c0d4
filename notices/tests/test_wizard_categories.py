"""The personal data step: each ticked catalogue category has an optional "which data
exactly" text (answers Category.details) that the builder prints instead of the
catalogue's examples."""

import pytest
from django.urls import reverse

from notices.content.builder import build_document
from notices.content.plaintext import render_text
from notices.models import Notice
from notices.tests import test_wizard_rows
from notices.tests.test_wizard import management

pytestmark = pytest.mark.django_db


# A Finnish-speaking owner's notice in Finnish and English, the client logged in.
notice = test_wizard_rows.notice


def url(notice):
    return reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "categories"})


def post(**extra):
    return {"categories-codes": ["basic", "contact"], "categories-special": "no", "categories-criminal": "no", **management("free", 0), **extra}


def stored_items(notice):
    return {item["code"]: item for item in Notice.objects.get(pk=notice.pk).answers["categories"]["items"]}


def test_details_of_ticked_categories_are_stored_per_language(client, notice):
    response = client.post(
        url(notice),
        post(**{"categories-details_contact_fi": "toimitusosoite ja puhelinnumero", "categories-details_contact_en": "delivery address and phone"}),
    )
    assert response.status_code == 302
    items = stored_items(notice)
    assert items["contact"]["details"] == {"fi": "toimitusosoite ja puhelinnumero", "en": "delivery address and phone"}
    assert items["basic"]["details"] == {}


def test_details_of_a_category_not_ticked_are_not_stored(client, notice):
    client.post(url(notice), post(**{"categories-details_billing_fi": "maksutapa"}))
    assert "billing" not in stored_items(notice)


def test_the_notice_prints_the_users_details_instead_of_the_examples(client, notice):
    client.post(url(notice), post(**{"categories-details_contact_fi": "toimitusosoite ja puhelinnumero"}))
    notice = Notice.objects.select_related("organisation").get(pk=notice.pk)
    document = build_document(answers=notice.answers, controller=notice.organisation.snapshot(), language="fi")
    text = render_text(document)
    assert "Yhteystiedot: toimitusosoite ja puhelinnumero" in text
    assert "Perustiedot: nimi, syntymäaika, kieli" in text  # left empty: the catalogue's examples


def test_stored_details_are_shown_again_with_the_examples_as_placeholder(client, notice):
    client.post(url(notice), post(**{"categories-details_contact_fi": "toimitusosoite"}))
    page = client.get(url(notice)).content.decode()
    assert "toimitusosoite</textarea>" in page
    assert 'placeholder="osoite, puhelinnumero, sähköpostiosoite"' in page
    assert 'placeholder="address, phone number, e-mail address"' in page
    # A category not ticked has its details field hidden until ticked (static/js/app.js).
    assert 'data-show-if="categories-codes=billing" hidden' in page
    assert 'data-show-if="categories-codes=contact">' in page


def test_details_typed_on_a_failing_step_are_kept(client, notice):
    data = post(**{"categories-special": "yes", "categories-details_basic_fi": "nimi <b>ja</b> kieli 🌱"})
    response = client.post(url(notice), data)
    assert response.status_code == 200
    assert "nimi &lt;b&gt;ja&lt;/b&gt; kieli 🌱</textarea>" in response.content.decode()
    assert "categories" not in Notice.objects.get(pk=notice.pk).answers


def test_too_long_details_get_a_message_next_to_the_field(client, notice):
    response = client.post(url(notice), post(**{"categories-details_basic_fi": "x" * 501}))
    assert response.status_code == 200
    assert "Suomeksi: enintään 500 merkkiä (nyt 501)." in response.content.decode()


def test_a_post_without_the_details_fields_keeps_the_stored_details(client, notice):
    client.post(url(notice), post(**{"categories-details_contact_fi": "toimitusosoite"}))
    ids = {code: item["id"] for code, item in stored_items(notice).items()}
    client.post(url(notice), post())  # e.g. a hand-made POST with the codes only
    items = stored_items(notice)
    assert items["contact"]["details"] == {"fi": "toimitusosoite"}
    assert {code: item["id"] for code, item in items.items()} == ids
