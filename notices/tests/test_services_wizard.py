"""notice_create and notice_save_step: what the wizard's saves do to the database."""

import pytest

from notices import services
from notices.models import AuditEvent, Notice
from notices.tests.factories import MembershipFactory, NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(user):
    return NoticeFactory(organisation=MembershipFactory(user=user).organisation)


def test_notice_create_starts_at_the_first_step_with_the_chosen_languages(user):
    organisation = MembershipFactory(user=user).organisation
    notice = services.notice_create(organisation=organisation, title="  Asiakasrekisteri  ", languages=["en", "fi"], by=user)
    assert notice.title == "Asiakasrekisteri"
    assert notice.current_step == "controller"
    assert notice.answers["notice"]["languages"] == ["fi", "en"]
    assert notice.answers["notice"]["title"] == {"fi": "Asiakasrekisteri"}


def test_saving_a_step_stores_its_key_marks_it_done_and_records_who(user, notice):
    services.notice_save_step(notice=notice, step="security", data={"measures": ["mfa"]}, by=user, resume_at="automated")
    notice.refresh_from_db()
    assert notice.answers["security"] == {"measures": ["mfa"]}
    assert notice.completed_steps == ["security"]
    assert notice.current_step == "automated"
    event = AuditEvent.objects.get(notice=notice, action="notice_step_saved")
    assert event.actor == user and event.detail == {"step": "security"}


def test_saving_keeps_the_other_steps_answers(user, notice):
    services.notice_save_step(notice=notice, step="security", data={"measures": ["mfa"]}, by=user)
    services.notice_save_step(notice=notice, step="cookies", data={"used": False}, by=user)
    notice.refresh_from_db()
    assert notice.answers == {"security": {"measures": ["mfa"]}, "cookies": {"used": False}}
    assert notice.completed_steps == ["security", "cookies"]  # in wizard order


def test_the_controller_step_changes_the_organisation_and_the_contact_person(user, notice):
    data = {"organisation": {"name": "Uusi Oy", "country": "FI", "representative_name": "dropped"}, "contact": {"name": "Maija"}}
    services.notice_save_step(notice=notice, step="controller", data=data, by=user)
    notice.refresh_from_db()
    assert notice.organisation.name == "Uusi Oy"
    assert notice.organisation.representative_name == ""
    assert notice.answers["contact"] == {"name": "Maija"}


def test_the_notice_step_renames_the_notice_from_its_title(user, notice):
    services.notice_save_step(notice=notice, step="notice", data={"title": {"en": "Customers", "fi": "Asiakkaat"}, "languages": ["fi", "en"]}, by=user)
    assert Notice.objects.get(pk=notice.pk).title == "Asiakkaat"


def test_an_unknown_step_is_refused(user, notice):
    with pytest.raises(ValueError):
        services.notice_save_step(notice=notice, step="nope", data={}, by=user)
