"""The yearly review: owners are reminded by e-mail when a published notice has not been
reviewed for 12 months; "reviewed, nothing to change" is one click and is recorded."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from notices import upkeep
from notices.models import AuditEvent, Membership
from notices.tests.factories import MembershipFactory, UserFactory
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    return notice


def a_year_on(days=0):
    return timezone.now() + timedelta(days=365 + days)


def test_no_reminder_within_twelve_months(published):
    assert upkeep.review_reminders_send(now=a_year_on(-1)) == 0
    assert mail.outbox == []


def test_after_twelve_months_each_owner_gets_one_reminder_listing_all_due_notices(published, user):
    second = make_notice(user)
    publish(second, user)
    editor = UserFactory()
    MembershipFactory(organisation=published.organisation, user=editor, role=Membership.Role.EDITOR)

    assert upkeep.review_reminders_send(now=a_year_on(1)) == 1

    [message] = mail.outbox
    assert message.to == [user.email]
    assert published.title in message.body and second.title in message.body
    assert reverse("notices:notice_review", kwargs={"pk": published.pk}) in message.body
    assert message.subject == "Seloste: selosteidesi vuosittaisen tarkistuksen aika"  # the owner's language, Finnish
    assert AuditEvent.objects.filter(action="review_reminder_sent", notice=published).count() == 1

    # Once per period: the next run sends nothing more.
    assert upkeep.review_reminders_send(now=a_year_on(2)) == 0


def test_the_reminder_is_in_the_recipients_language(published, user):
    user.language = "en"
    user.save()

    upkeep.review_reminders_send(now=a_year_on(1))

    assert mail.outbox[0].subject == "Seloste: time for the yearly review of your privacy notices"


def test_reviewed_nothing_to_change_is_one_click_and_recorded(logged_in, published, user):
    url = reverse("notices:notice_review", kwargs={"pk": published.pk})
    page = logged_in.get(url)
    assert page.status_code == 200

    response = logged_in.post(url)

    assert response.status_code == 302
    event = AuditEvent.objects.get(action="notice_reviewed")
    assert event.notice == published and event.actor == user and event.detail == {"version": 1}
    log = logged_in.get(reverse("notices:audit_log", kwargs={"org_pk": published.organisation.pk})).content.decode()
    assert "Tarkisti selosteen: ei muutettavaa" in log or "Reviewed a notice: nothing to change" in log


def test_a_review_restarts_the_twelve_months(published, user):
    upkeep.notice_review(notice=published, by=user)
    AuditEvent.objects.filter(action="notice_reviewed").update(created_at=timezone.now() + timedelta(days=200))

    assert upkeep.review_reminders_send(now=a_year_on(1)) == 0
    assert upkeep.review_reminders_send(now=a_year_on(201)) == 1


def test_the_dashboard_shows_a_review_is_due(logged_in, published):
    AuditEvent.objects.filter(action="notice_published").update(created_at=timezone.now() - timedelta(days=400))

    page = logged_in.get(reverse("notices:dashboard")).content.decode()

    assert "Vuosittainen tarkistus odottaa" in page or "Yearly review due" in page


def test_another_users_notice_cannot_be_reviewed(client, published, other_user):
    client.force_login(other_user)
    url = reverse("notices:notice_review", kwargs={"pk": published.pk})
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert not AuditEvent.objects.filter(action="notice_reviewed").exists()
