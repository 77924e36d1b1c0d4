"""The Django admin: staff can inspect everything; published versions, their files and the
audit trail cannot be changed or deleted there."""

import pytest
from django.contrib import admin
from django.urls import reverse

from notices import models
from notices.tests.factories import MembershipFactory, NoticeFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def data(user):
    organisation = MembershipFactory(user=user).organisation
    notice = NoticeFactory(organisation=organisation, answers={"notice": {"title": {"fi": "<b>Asiakasrekisteri</b> ☕"}}})
    version = models.NoticeVersion.objects.create(notice=notice, number=1, languages=["fi"], answers=notice.answers)
    file = models.NoticeVersionFile.objects.create(version=version, language="fi", data=b"%PDF-1.7", sha256="0" * 64)
    # The table may already be seeded from the catalogue by a data migration.
    decision, _created = models.AdequacyDecision.objects.update_or_create(country="JP", defaults={"listed_on": "2025-06-01", "source": "EC", "active": True})
    event = models.AuditEvent.objects.create(organisation=organisation, notice=notice, actor=user, actor_email=user.email, action="notice_published")
    return {
        "user": user,
        "organisation": organisation,
        "membership": organisation.memberships.get(),
        "notice": notice,
        "noticeversion": version,
        "noticeversionfile": file,
        "adequacydecision": decision,
        "auditevent": event,
    }


def admin_url(obj, view="change"):
    return reverse(f"admin:notices_{obj._meta.model_name}_{view}", args=[obj.pk])


def test_every_model_is_registered():
    for model in (
        models.User, models.Organisation, models.Membership, models.Notice, models.NoticeVersion,
        models.NoticeVersionFile, models.AdequacyDecision, models.AuditEvent,
    ):  # fmt: skip
        assert admin.site.is_registered(model)


def test_changelists_and_change_pages_load_for_staff(staff_client, data):
    assert staff_client.get(reverse("admin:index")).status_code == 200
    for obj in data.values():
        name = obj._meta.model_name
        assert staff_client.get(reverse(f"admin:notices_{name}_changelist")).status_code == 200, name
        assert staff_client.get(reverse(f"admin:notices_{name}_changelist"), {"q": "Asiakas ☕"}).status_code == 200, name
        assert staff_client.get(admin_url(obj)).status_code == 200, name


def test_add_pages_load_for_editable_models(staff_client):
    for name in ("user", "organisation", "membership", "notice", "adequacydecision"):
        assert staff_client.get(reverse(f"admin:notices_{name}_add")).status_code == 200, name


def test_notice_answers_are_shown_read_only_and_escaped(staff_client, data):
    html = staff_client.get(admin_url(data["notice"])).content.decode()

    assert "&lt;b&gt;Asiakasrekisteri&lt;/b&gt; ☕" in html
    assert 'name="answers"' not in html


@pytest.mark.parametrize("name", ["noticeversion", "noticeversionfile", "auditevent"])
def test_versions_files_and_audit_events_cannot_be_changed_or_deleted(staff_client, data, name):
    obj = data[name]
    model = type(obj)

    assert staff_client.get(reverse(f"admin:notices_{name}_add")).status_code == 403
    assert staff_client.post(admin_url(obj), {"note": "changed", "number": 9, "action": "x"}).status_code == 403
    assert staff_client.get(admin_url(obj, "delete")).status_code == 403
    assert staff_client.post(admin_url(obj, "delete"), {"post": "yes"}).status_code == 403
    response = staff_client.post(
        reverse(f"admin:notices_{name}_changelist"), {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"}
    )
    assert response.status_code in (200, 302)
    assert model.objects.filter(pk=obj.pk).exists()
    changelist = staff_client.get(reverse(f"admin:notices_{name}_changelist"))
    assert "delete_selected" not in changelist.content.decode()


def test_version_page_shows_no_save_or_delete_buttons(staff_client, data):
    html = staff_client.get(admin_url(data["noticeversion"])).content.decode()

    assert 'name="_save"' not in html
    assert "deletelink" not in html


def test_adequacy_decisions_can_be_edited(staff_client, data):
    decision = data["adequacydecision"]

    response = staff_client.post(
        admin_url(decision),
        {"country": "JP", "scope": "{}", "decided_on": "2019-01-23", "listed_on": "2025-06-01", "source": "EC", "active": ""},
    )

    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.active is False


def test_staff_can_create_a_user_by_email(staff_client):
    response = staff_client.post(
        reverse("admin:notices_user_add"),
        {"email": "uusi@example.fi", "usable_password": "true", "password1": "Pitkä-salasana-123", "password2": "Pitkä-salasana-123"},
    )

    assert response.status_code == 302
    assert models.User.objects.get(email="uusi@example.fi").check_password("Pitkä-salasana-123")


def test_admin_is_closed_to_non_staff(client, user):
    client.force_login(user)

    assert client.get(reverse("admin:notices_notice_changelist")).status_code == 302


def _organisation_post(organisation, **changes):
    names = ("name", "country", "business_id", "street_address", "postal_code", "city", "email", "phone", "website")
    fields = {field: getattr(organisation, field) for field in names}
    fields.update({"dpo_name": "", "dpo_email": "", "dpo_phone": "", "representative_name": "", "representative_contact": ""})
    fields.update(changes)
    membership = organisation.memberships.get()
    fields.update(
        {
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "1",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
            "memberships-0-id": str(membership.pk),
            "memberships-0-organisation": str(organisation.pk),
            "memberships-0-user": str(membership.user_id),
            "memberships-0-role": membership.role,
        }
    )
    return fields


def test_staff_edits_go_through_the_service_and_reach_the_activity_log(staff_client, data):
    organisation = data["organisation"]
    url = reverse("admin:notices_organisation_change", args=[organisation.pk])
    # A Finnish company cannot have an EU representative: the service drops it, as in the app.
    response = staff_client.post(url, _organisation_post(organisation, phone="09 765 4321", representative_name="Rep Ltd"))

    assert response.status_code == 302, response.content.decode()[:2000]
    organisation.refresh_from_db()
    assert organisation.phone == "09 765 4321"
    assert organisation.representative_name == ""
    event = models.AuditEvent.objects.filter(organisation=organisation, action="organisation_updated").get()
    assert event.detail["fields"] == ["phone"]


def test_staff_edits_to_a_notice_reach_the_activity_log(staff_client, data):
    notice = data["notice"]
    url = reverse("admin:notices_notice_change", args=[notice.pk])
    post = {"organisation": notice.organisation_id, "title": "Uusi otsikko", "current_step": notice.current_step, "completed_steps": "[]"}
    version = data["noticeversion"]
    post.update({"versions-TOTAL_FORMS": "1", "versions-INITIAL_FORMS": "1", "versions-MIN_NUM_FORMS": "0", "versions-MAX_NUM_FORMS": "1000"})
    post.update({"versions-0-id": str(version.pk), "versions-0-notice": str(notice.pk)})

    response = staff_client.post(url, post)

    assert response.status_code == 302, response.content.decode()[:2000]
    event = models.AuditEvent.objects.filter(notice=notice, action="notice_updated").get()
    assert "title" in event.detail["fields"] and event.actor.is_staff
