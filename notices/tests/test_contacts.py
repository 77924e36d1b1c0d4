"""Contacts: a contact person nobody can reach is a warning at the controller step, and
the organisation's e-mail is asked when the organisation is created."""

import pytest
from django.urls import reverse
from django.utils import translation

from notices.content.checker import check_notice
from notices.content.samples import sample_answers, sample_controller
from notices.forms import OrganisationForm
from notices.models import Organisation
from notices.tests.test_organisations import valid_data


def findings(contact):
    answers = sample_answers()
    answers["contact"] = contact
    return {f.code: f for f in check_notice(answers=answers, controller=sample_controller())}


def test_contact_person_without_any_way_to_reach_them_is_a_warning_at_the_controller_step():
    found = findings({"name": "Laura Virtanen"})
    assert found["contact_person_unreachable"].severity == "warning"
    assert found["contact_person_unreachable"].step == "controller"
    assert "Laura Virtanen" in found["contact_person_unreachable"].message("fi")
    for way in ({"email": "laura@example.fi"}, {"phone": "040 123 4567"}, {"address": "Katu 1, 00100 Helsinki"}):
        assert "contact_person_unreachable" not in findings({"name": "Laura Virtanen", **way})
    assert "contact_person_unreachable" not in findings({})


@pytest.mark.django_db
def test_the_organisation_email_is_asked_when_it_is_created(logged_in):
    with translation.override("fi"):
        form = OrganisationForm(data=valid_data(email=""))
        assert not form.is_valid() and "email" in form.errors
    response = logged_in.post(reverse("notices:organisation_create"), valid_data(email=""))
    assert response.status_code == 200 and not Organisation.objects.exists()
    assert 'value="Kahvila Aamukaste Oy"' in response.content.decode()  # nothing typed is lost


@pytest.mark.django_db
def test_an_existing_organisation_without_email_can_still_be_edited(user):
    from notices import services

    organisation = services.organisation_create(by=user, data=valid_data(email=""))
    form = OrganisationForm(data=valid_data(email="", city="Kemi"), instance=organisation)
    assert form.is_valid(), form.errors
