"""Item 13: the Art. 27 representative is needed only for controllers outside the EU/EEA.
The organisation form, the service that saves it, the organisation page, the checker and
the builder all ask the same question (catalogues.representative_needed)."""

import pytest
from django.urls import reverse

from notices import services
from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller
from notices.forms import OrganisationForm
from notices.tests.test_organisations import valid_data

COUNTRIES = [("FI", False), ("DE", False), ("NO", False), ("IS", False), ("LI", False), ("US", True), ("CH", True), ("GB", True)]


@pytest.mark.parametrize(("country", "needed"), COUNTRIES)
def test_one_shared_test_for_the_representative(country, needed):
    assert catalogues.representative_needed(country) is needed
    assert OrganisationForm(data=valid_data(country=country, business_id="X1", postal_code="0150")).representative_needed() is needed
    controller = {**sample_controller(), "country": country, "business_id": "X1", "representative_name": ""}
    codes = {f.code for f in check_notice(answers=sample_answers(), controller=controller)}
    assert ("representative_missing" in codes) is needed


@pytest.mark.django_db
def test_a_norwegian_controller_has_no_representative(user):
    data = valid_data(country="NO", business_id="923609016", postal_code="0150", representative_name="Rep AS", representative_contact="x")
    organisation = services.organisation_create(by=user, data=data)
    assert organisation.representative_name == ""
    form = OrganisationForm(data=valid_data(country="NO", business_id="923609016", postal_code="0150", representative_name="Rep AS"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["representative_name"] == ""
    assert "NO" in form.eu_countries.split()


@pytest.mark.django_db
def test_organisation_page_does_not_ask_a_norwegian_controller_for_a_representative(logged_in, user):
    from notices.models import Membership

    organisation = services.organisation_create(by=user, data=valid_data(country="NO", business_id="923609016", postal_code="0150"))
    assert Membership.objects.filter(organisation=organisation, user=user).exists()
    response = logged_in.get(reverse("notices:organisation_detail", args=[organisation.pk]))
    assert response.context["outside_eu"] is False


def test_representative_sentence_speaks_as_we_in_both_languages():
    controller = {**sample_controller(), "country": "US", "business_id": "X1", "representative_name": "EU Rep GmbH"}
    fi = section_text(build_document(answers=sample_answers(), controller=controller, language="fi"), "representative")
    en = section_text(build_document(answers=sample_answers(), controller=controller, language="en"), "representative")
    assert "Koska olemme sijoittautuneet EU:n ja ETA:n ulkopuolelle, edustajanamme EU:ssa toimii:" in fi
    assert "rekisterinpitäjä" not in fi
    assert "As we are established outside the EU/EEA, our representative in the EU is:" in en
