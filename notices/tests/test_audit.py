"""The activity log: who created, edited and published what and when, shown to the
organisation's members only, newest first, paginated, with translated labels."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from notices import services
from notices.models import AuditEvent
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory
from notices.views.data import ACTION_LABELS, AUDIT_PAGE_SIZE


@pytest.fixture
def organisation(user):
    return MembershipFactory(user=user).organisation


def log_url(organisation):
    return reverse("notices:audit_log", kwargs={"org_pk": organisation.pk})


def test_services_record_who_created_edited_and_published(user):
    organisation = services.organisation_create(by=user, data={"name": "Kahvila Oy", "country": "FI"})
    services.organisation_update(organisation=organisation, by=user, data={"city": "Turku"})
    notice = services.notice_create(organisation=organisation, title="Asiakasrekisteri", by=user)

    events = list(AuditEvent.objects.filter(organisation=organisation).order_by("created_at", "pk"))
    assert [event.action for event in events] == ["organisation_created", "organisation_updated", "notice_created"]
    assert all(event.actor == user and event.actor_email == user.email for event in events)
    assert events[1].detail == {"fields": ["city"]}
    assert events[2].notice == notice


def test_members_see_the_log_newest_first_with_translated_labels(client, user, organisation):
    notice = NoticeFactory(organisation=organisation, title="Asiakasrekisteri <b>")
    services.audit_record(organisation=organisation, actor=user, action="organisation_created")
    event = services.audit_record(organisation=organisation, actor=user, action="notice_published", notice=notice, detail={"version": 3})
    AuditEvent.objects.filter(pk=event.pk).update(created_at=timezone.now() + timedelta(minutes=1))
    client.force_login(user)

    with translation.override("fi"):
        response = client.get(log_url(organisation), HTTP_ACCEPT_LANGUAGE="fi")
    html = response.content.decode()
    assert response.status_code == 200
    assert user.email in html
    assert "Asiakasrekisteri &lt;b&gt;" in html  # user text is escaped
    published = html.index("Julkaisi selosteen")
    created = html.index("Loi organisaation")
    assert published < created  # newest first
    assert "versio 3" in html

    client.post(reverse("set_language"), {"language": "en"})
    html = client.get(log_url(organisation)).content.decode()
    assert "Published a notice" in html and "version 3" in html


def test_every_label_is_translated_to_finnish():
    for action, label in ACTION_LABELS.items():
        with translation.override("en"):
            english = str(label)
        with translation.override("fi"):
            assert str(label) != english, action


def test_unknown_actions_are_shown_readably(client, user, organisation):
    services.audit_record(organisation=organisation, actor=user, action="something_new_happened")
    client.force_login(user)
    assert "Something new happened" in client.get(log_url(organisation)).content.decode()


def test_the_log_is_paginated(client, user, organisation):
    AuditEvent.objects.bulk_create(
        AuditEvent(organisation=organisation, actor=user, actor_email=user.email, action="notice_step_saved", created_at=timezone.now() - timedelta(seconds=n))
        for n in range(AUDIT_PAGE_SIZE + 5)
    )
    client.force_login(user)
    first = client.get(log_url(organisation))
    assert first.content.decode().count("<tr>") == AUDIT_PAGE_SIZE + 1  # plus the header row
    second = client.get(log_url(organisation), {"page": 2})
    assert second.content.decode().count("<tr>") == 5 + 1
    assert client.get(log_url(organisation), {"page": "x' OR 1=1"}).status_code == 200


def test_non_members_get_404(client, other_user, organisation):
    services.audit_record(organisation=organisation, actor=None, action="organisation_created")
    client.force_login(other_user)
    assert client.get(log_url(organisation)).status_code == 404
    assert client.get(reverse("notices:audit_log", kwargs={"org_pk": 999999})).status_code == 404


def test_anonymous_users_are_sent_to_log_in(client, organisation):
    response = client.get(log_url(organisation))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_another_organisations_events_are_not_shown(client, user, organisation):
    elsewhere = OrganisationFactory(name="Vieras Oy")
    services.audit_record(organisation=elsewhere, actor=None, action="organisation_created", detail={"title": "SALAINEN"})
    client.force_login(user)
    assert "SALAINEN" not in client.get(log_url(organisation)).content.decode()


def test_the_organisation_page_links_to_its_activity_log(client, user, organisation):
    client.force_login(user)
    html = client.get(reverse("notices:organisation_detail", kwargs={"pk": organisation.pk})).content.decode()
    assert log_url(organisation) in html
