"""Readable public addresses (/n/parturi-saksikasi/): unique, reserved words refused, the
random slug keeps working forever, and a changed address keeps redirecting."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from notices.addresses import current_address, notice_set_address, validate_address
from notices.models import NoticeAddress
from notices.tests.factories import NoticeFactory
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("quick_pdf")]


def page(slug, name="public_notice", **kwargs):
    return reverse(f"notices:{name}", kwargs={"slug": slug, **kwargs})


@pytest.mark.parametrize("bad", ["ab", "Parturi Saksikäsi", "parturi--saksikasi", "-parturi", "parturi_saksikasi", "a" * 61, "parturi/x"])
def test_malformed_addresses_are_refused(bad):
    with pytest.raises(ValidationError):
        validate_address(bad)


@pytest.mark.parametrize("reserved", ["admin", "login", "accounts", "seloste", "privacy"])
def test_reserved_words_are_refused(reserved):
    with pytest.raises(ValidationError) as error:
        validate_address(reserved)
    assert error.value.code == "reserved"


def test_upper_case_is_folded_to_lower_case():
    assert validate_address(" Parturi-Saksikasi ") == "parturi-saksikasi"


def test_an_address_belongs_to_one_notice_only(user, version):
    notice_set_address(notice=version.notice, by=user, slug="parturi-saksikasi")
    other = make_notice(user)
    with pytest.raises(ValidationError) as error:
        notice_set_address(notice=other, by=user, slug="parturi-saksikasi")
    assert error.value.code == "taken"
    # Nor can an address shadow another notice's random slug.
    NoticeFactory(organisation=other.organisation, public_slug="lowercaseslug")
    with pytest.raises(ValidationError) as shadow:
        validate_address("lowercaseslug", notice=other)
    assert shadow.value.code == "taken"


def test_readable_address_serves_the_notice_and_the_random_slug_still_works(client, user, version):
    notice = version.notice
    notice_set_address(notice=notice, by=user, slug="parturi-saksikasi")
    readable = client.get(page("parturi-saksikasi"))
    assert readable.status_code == 200
    assert version.rendered["fi"]["title"] in readable.content.decode()
    assert client.get(page(notice.public_slug)).status_code == 200
    assert client.get(page("parturi-saksikasi", name="public_notice_json")).json()["notice"]["slug"] == notice.public_slug
    assert client.get(page("parturi-saksikasi", name="public_version_pdf", number=1, lang="fi")).status_code == 200


def test_changing_the_address_keeps_the_old_one_redirecting(client, user, version):
    notice = version.notice
    notice_set_address(notice=notice, by=user, slug="parturi-saksikasi")
    notice_set_address(notice=notice, by=user, slug="saksikasi")
    assert current_address(notice) == "saksikasi"
    response = client.get(page("parturi-saksikasi") + "?lang=en")
    assert response.status_code == 301 and response["Location"] == page("saksikasi") + "?lang=en"
    old_version = client.get(page("parturi-saksikasi", name="public_version", number=1))
    assert old_version.status_code == 301 and old_version["Location"] == page("saksikasi", name="public_version", number=1)
    # Going back to an earlier address makes it current again, without a duplicate row.
    notice_set_address(notice=notice, by=user, slug="parturi-saksikasi")
    assert NoticeAddress.objects.filter(notice=notice).count() == 2
    assert client.get(page("saksikasi")).status_code == 301


def test_the_random_slug_never_changes(user, version):
    notice = version.notice
    before = notice.public_slug
    notice_set_address(notice=notice, by=user, slug="parturi-saksikasi")
    notice.refresh_from_db()
    assert notice.public_slug == before


def test_the_address_form_shows_errors_next_to_the_field(client, user, version):
    client.force_login(user)
    response = client.post(reverse("notices:notice_address", kwargs={"pk": version.notice.pk}), {"slug": "admin"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "invalid-feedback" in html and 'value="admin"' in html
    ok = client.post(reverse("notices:notice_address", kwargs={"pk": version.notice.pk}), {"slug": "parturi-saksikasi"})
    assert ok.status_code == 302 and current_address(version.notice) == "parturi-saksikasi"


def test_a_withdrawn_notice_is_gone_under_its_readable_address_too(client, user, version):
    from notices.services_lifecycle import notice_withdraw

    notice_set_address(notice=version.notice, by=user, slug="parturi-saksikasi")
    notice_withdraw(notice=version.notice, by=user)
    assert client.get(page("parturi-saksikasi")).status_code == 410


def test_unpublished_notice_address_is_404(client, user):
    notice = make_notice(user)
    notice_set_address(notice=notice, by=user, slug="luonnos-osoite")
    assert client.get(page("luonnos-osoite")).status_code == 404
    publish(notice, user)
    assert client.get(page("luonnos-osoite")).status_code == 200
