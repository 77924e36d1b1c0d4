"""Account lifecycle: delete a draft, withdraw a published notice (410 Gone, versions kept
for the owner), delete an organisation (typed confirmation), delete the account (Art. 17:
nothing of the user's personal data remains; other users untouched), and the duplicate
business-ID warning."""

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import PermissionDenied
from django.db import connection  # noqa: F401  (read by the skipif condition)
from django.urls import reverse

from notices import services_lifecycle
from notices.models import AuditEvent, Membership, Notice, NoticeVersion, NoticeVersionFile, Organisation, User
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("quick_pdf")]


def public_urls(notice, version):
    slug = notice.public_slug
    return [
        reverse("notices:public_notice", kwargs={"slug": slug}),
        reverse("notices:public_version", kwargs={"slug": slug, "number": version.number}),
        reverse("notices:public_notice_json", kwargs={"slug": slug}),
        reverse("notices:public_notice_pdf", kwargs={"slug": slug, "lang": "fi"}),
        reverse("notices:public_version_pdf", kwargs={"slug": slug, "number": version.number, "lang": "fi"}),
        reverse("notices:public_history", kwargs={"slug": slug}),
        reverse("notices:public_changes", kwargs={"slug": slug}),
    ]


# --- Drafts -------------------------------------------------------------------------------


def test_owner_deletes_a_draft(client, user):
    organisation = OrganisationFactory()
    MembershipFactory(organisation=organisation, user=user)
    notice = NoticeFactory(organisation=organisation)
    client.force_login(user)
    assert client.get(reverse("notices:notice_delete", kwargs={"pk": notice.pk})).status_code == 200
    response = client.post(reverse("notices:notice_delete", kwargs={"pk": notice.pk}))
    assert response.status_code == 302
    assert not Notice.objects.filter(pk=notice.pk).exists()
    assert AuditEvent.objects.filter(organisation=organisation, action="notice_deleted").exists()


def test_a_published_notice_cannot_be_deleted_only_withdrawn(client, user, version):
    notice = version.notice
    with pytest.raises(services_lifecycle.LifecycleRefused):
        services_lifecycle.notice_delete_draft(notice=notice, by=user)
    client.force_login(user)
    client.post(reverse("notices:notice_delete", kwargs={"pk": notice.pk}))
    assert Notice.objects.filter(pk=notice.pk).exists()


def test_another_users_draft_is_a_404(client, user):
    other = NoticeFactory()
    client.force_login(user)
    assert client.post(reverse("notices:notice_delete", kwargs={"pk": other.pk})).status_code == 404
    assert Notice.objects.filter(pk=other.pk).exists()


# --- Withdrawal ---------------------------------------------------------------------------


def test_withdrawn_notice_answers_410_on_every_public_url_and_stays_in_the_archive(client, user, version):
    notice = version.notice
    for path in public_urls(notice, version):
        assert client.get(path).status_code == 200, path
    client.force_login(user)
    client.post(reverse("notices:notice_withdraw", kwargs={"pk": notice.pk}), {"action": "withdraw"})
    client.logout()
    for path in public_urls(notice, version):
        response = client.get(path)
        assert response.status_code == 410, path
    page = client.get(public_urls(notice, version)[0]).content.decode()
    assert "withdrawn" in page or "vedetty" in page
    # The owner keeps the versions: the versions page, the archived PDF and the export.
    client.force_login(user)
    assert NoticeVersion.objects.filter(notice=notice).count() == 1
    archive_pdf = client.get(reverse("notices:owner_version_pdf", kwargs={"pk": notice.pk, "number": 1, "lang": "fi"}))
    assert archive_pdf.status_code == 200 and archive_pdf.content.startswith(b"%PDF")
    exported = client.get(reverse("notices:export_download")).json()
    exported_notice = exported["organisations"][0]["notices"][0]
    assert exported_notice["withdrawn_at"] and len(exported_notice["versions"]) == 1


def test_a_withdrawn_notice_can_be_made_public_again(client, user, version):
    notice = services_lifecycle.notice_withdraw(notice=version.notice, by=user)
    services_lifecycle.notice_restore(notice=notice, by=user)
    assert client.get(reverse("notices:public_notice", kwargs={"slug": notice.public_slug})).status_code == 200


def test_an_unknown_address_is_still_404_not_410(client):
    assert client.get(reverse("notices:public_notice", kwargs={"slug": "no-such-notice"})).status_code == 404


def test_someone_elses_notice_cannot_be_withdrawn(client, version):
    stranger = UserFactory()
    client.force_login(stranger)
    assert client.post(reverse("notices:notice_withdraw", kwargs={"pk": version.notice.pk})).status_code == 404
    version.notice.refresh_from_db()
    assert version.notice.withdrawn_at is None


# --- Organisation deletion --------------------------------------------------------------


def test_organisation_deletion_needs_the_typed_name_and_removes_everything(client, user, version):
    organisation = version.notice.organisation
    other_user = UserFactory()
    other_notice = publish(make_notice(other_user), other_user)
    client.force_login(user)
    page = client.get(reverse("notices:organisation_delete", kwargs={"pk": organisation.pk})).content.decode()
    assert reverse("notices:export_download") in page  # the export is offered first

    wrong = client.post(reverse("notices:organisation_delete", kwargs={"pk": organisation.pk}), {"confirmation": "wrong"})
    assert wrong.status_code == 200 and Organisation.objects.filter(pk=organisation.pk).exists()

    client.post(reverse("notices:organisation_delete", kwargs={"pk": organisation.pk}), {"confirmation": organisation.name})
    assert not Organisation.objects.filter(pk=organisation.pk).exists()
    assert not Notice.objects.filter(organisation_id=organisation.pk).exists()
    assert not NoticeVersion.objects.filter(notice_id=version.notice_id).exists()
    assert not NoticeVersionFile.objects.filter(version_id=version.pk).exists()
    assert not AuditEvent.objects.filter(organisation_id=organisation.pk).exists()
    # Another user's organisation and versions are untouched.
    assert NoticeVersion.objects.filter(pk=other_notice.pk).exists()
    assert NoticeVersionFile.objects.filter(version=other_notice).count() == len(other_notice.languages)


def test_an_editor_cannot_delete_the_organisation(client, version):
    editor = UserFactory()
    MembershipFactory(organisation=version.notice.organisation, user=editor, role=Membership.Role.EDITOR)
    organisation = version.notice.organisation
    with pytest.raises(PermissionDenied):
        services_lifecycle.organisation_delete(organisation=organisation, by=editor, confirmation=organisation.name)
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_versions_still_refuse_ordinary_deletion(version):
    from notices.models import ImmutableError

    with pytest.raises(ImmutableError):
        version.delete()
    with pytest.raises(ImmutableError):
        NoticeVersion.objects.filter(pk=version.pk).delete()


# --- Account deletion -------------------------------------------------------------------


def _everything_mentions(email: str) -> list[str]:
    """Every stored row that still holds the e-mail address (a crude but complete search)."""
    from django.apps import apps
    from django.db import models

    hits = []
    for model in apps.get_models():
        text_fields = [f.name for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField | models.EmailField)]
        for field in text_fields:
            if model.objects.filter(**{f"{field}__icontains": email}).exists():
                hits.append(f"{model._meta.label}.{field}")
    return hits


def test_deleting_the_account_erases_the_users_personal_data_and_leaves_others_alone(client, user, version):
    user.full_name = "Maija Meikäläinen"
    user.save()
    email = user.email
    AccessAttempt.objects.create(username=email, ip_address="127.0.0.1", user_agent="test", failures_since_start=1)
    other = UserFactory()
    other_version = publish(make_notice(other), other)

    client.force_login(user)
    response = client.post(reverse("notices:account_delete"), {"password": "correct horse battery staple"})
    assert response.status_code == 302

    assert not User.objects.filter(email__iexact=email).exists()
    assert not User.objects.filter(full_name="Maija Meikäläinen").exists()
    assert _everything_mentions(email) == []
    assert not Organisation.objects.filter(pk=version.notice.organisation_id).exists()
    # The other user is untouched and still logged-in-able.
    assert User.objects.get(pk=other.pk).check_password("correct horse battery staple")
    assert NoticeVersion.objects.filter(pk=other_version.pk).exists()
    # The session ended.
    assert client.get(reverse("notices:dashboard")).status_code == 302


def test_account_deletion_needs_the_password(client, user):
    client.force_login(user)
    response = client.post(reverse("notices:account_delete"), {"password": "wrong"})
    assert response.status_code == 200
    assert "The password is not correct." in response.content.decode() or "Salasana ei ole oikein." in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()


def test_in_a_shared_organisation_the_others_keep_it_and_the_log_no_longer_names_the_user(user, version):
    organisation = version.notice.organisation
    colleague = UserFactory()
    MembershipFactory(organisation=organisation, user=colleague, role=Membership.Role.OWNER)
    email = user.email
    services_lifecycle.user_delete(user=user)
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    assert NoticeVersion.objects.filter(pk=version.pk).exists()
    assert not AuditEvent.objects.filter(actor_email__iexact=email).exists()
    assert AuditEvent.objects.filter(organisation=organisation).exists()
    # The account that published the version stays as an empty, inactive shell.
    shell = User.objects.get(pk=user.pk)
    assert shell.email != email and not shell.is_active and not shell.has_usable_password() and shell.full_name == ""


# --- Duplicate business ID -------------------------------------------------------------


def test_a_second_organisation_with_the_same_business_id_is_warned_about(client, user):
    first = OrganisationFactory(name="Parturi Saksikäsi Oy", business_id="1234567-1")
    MembershipFactory(organisation=first, user=user)
    client.force_login(user)
    response = client.post(
        reverse("notices:organisation_create"),
        {
            "name": "Saksikäsi", "country": "FI", "business_id": "1234567-1", "street_address": "Katu 1",
            "postal_code": "00100", "city": "Helsinki", "email": "info@saksikasi.fi",
        },
        follow=True,
    )
    html = response.content.decode()
    assert Organisation.objects.filter(business_id="1234567-1").count() == 2
    assert "Parturi Saksikäsi Oy" in html and "1234567-1" in html
    assert "alert-warning" in html


def test_another_users_organisation_with_the_same_id_is_not_revealed(user):
    OrganisationFactory(name="Toisen Oy", business_id="1234567-1")
    assert services_lifecycle.duplicate_business_ids(business_id="1234567-1", user=user) == []


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the trigger exists on PostgreSQL only")
def test_postgres_trigger_allows_delete_only_through_the_controlled_path(version):
    from django.db import DatabaseError, transaction

    table = NoticeVersion._meta.db_table
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [version.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        # Even with the permission set, a version can never be changed.
        cursor.execute("SET LOCAL seloste.allow_version_delete = 'on'")
        cursor.execute(f"UPDATE {table} SET note = 'changed' WHERE id = %s", [version.pk])
    assert NoticeVersion.objects.get(pk=version.pk).note != "changed"
    with transaction.atomic():
        services_lifecycle._delete_versions([version.notice_id])
    assert not NoticeVersion.objects.filter(pk=version.pk).exists()
    # The permission ended with its transaction.
    someone = UserFactory()
    other = publish(make_notice(someone), someone)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [other.pk])
