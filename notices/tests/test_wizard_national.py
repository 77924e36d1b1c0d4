"""The wizard asks for the national bases of item 15 (the Tietosuojalaki 7 § basis for
criminal data, the 29 § basis for the personal identity code) and for joint controllers."""

import pytest

from notices import forms as wf
from notices.tests.test_wizard import client_fi  # noqa: F401  (fixture)


def form(**data):
    base = {"special": "no", "criminal": "no"}
    base.update(data)
    return wf.CategoriesForm(base, languages=["fi"])


def test_criminal_data_without_national_basis_is_refused_next_to_the_field():
    bound = form(criminal="yes", criminal_description_fi="Rikosrekisteriote")
    assert not bound.is_valid()
    assert "criminal_basis" in bound.errors
    assert form(criminal="yes", criminal_description_fi="Rikosrekisteriote", criminal_basis="legal_claims").is_valid()


def test_identity_code_needs_its_29_section_basis():
    bound = form(codes=["personal_identity_code"])
    assert not bound.is_valid() and "identity_code_basis" in bound.errors
    assert form(codes=["personal_identity_code"], identity_code_basis="consent").is_valid()


@pytest.mark.django_db
def test_joint_controllers_are_saved_from_the_notice_step(client_fi, user):  # noqa: F811
    from django.urls import reverse

    from notices.tests.factories import MembershipFactory, NoticeFactory
    from notices.tests.test_wizard import management

    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi"]}})
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "notice"})
    page = client_fi.get(url).content.decode()
    assert 'name="joint-TOTAL_FORMS" value="0"' in page  # no empty row offered up front
    data = {
        "notice-title_fi": "Kanta-asiakasrekisteri", "notice-languages": ["fi"], "notice-style": "register",
        **management("registers", 0), **management("joint", 1),
        "joint-0-id": "j1", "joint-0-name": "Kukkatalo Oy", "joint-0-business_id": "0112038-9", "joint-0-country": "FI",
        "notice-joint_arrangement_fi": "Ylläpidämme ohjelmaa yhdessä.", "notice-joint_contact_fi": "tietosuoja@vihreaoksa.fi",
    }  # fmt: skip
    client_fi.post(url, data)
    notice.refresh_from_db()
    assert notice.answers["notice"]["joint_controllers"] == [{"id": "j1", "name": "Kukkatalo Oy", "business_id": "0112038-9", "country": "FI"}]
    assert notice.answers["notice"]["joint_arrangement"] == {"fi": "Ylläpidämme ohjelmaa yhdessä."}
    data["joint-0-business_id"] = "0112038-1"
    response = client_fi.post(url, data)
    assert "0112038-1" in response.content.decode()  # refused next to the field, typed value kept
