"""Published versions never change: ORM, views and admin all refuse. Owners publish and
see their versions; the public sees the history and what changed between versions."""

import pytest
from django.conf import settings
from django.db.models.deletion import ProtectedError
from django.urls import reverse

from notices import publishing
from notices.changes import compare_documents
from notices.content import samples
from notices.models import ImmutableError, NoticeVersion, NoticeVersionFile
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

# quick_pdf and version: notices/tests/conftest.py
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("quick_pdf")]


# --- Immutability -------------------------------------------------------------------------


def test_a_version_cannot_be_saved_again_or_deleted(version):
    version.note = "rewritten history"
    with pytest.raises(ImmutableError):
        version.save()
    with pytest.raises(ImmutableError):
        version.delete()
    assert NoticeVersion.objects.get(pk=version.pk).note == "First version"


def test_bulk_update_and_delete_are_refused(version):
    with pytest.raises(ImmutableError):
        NoticeVersion.objects.filter(pk=version.pk).update(note="x")
    with pytest.raises(ImmutableError):
        NoticeVersion.objects.update(note="x")
    with pytest.raises(ImmutableError):
        NoticeVersion.objects.filter(pk=version.pk).delete()
    with pytest.raises(ImmutableError):
        NoticeVersion.objects.bulk_update([version], ["note"])
    with pytest.raises(ImmutableError):
        NoticeVersionFile.objects.filter(version=version).update(data=b"x")
    with pytest.raises(ImmutableError):
        NoticeVersionFile.objects.filter(version=version).delete()
    with pytest.raises(ImmutableError):
        version.files.first().delete()
    assert NoticeVersion.objects.get(pk=version.pk).note == "First version"
    assert NoticeVersionFile.objects.filter(version=version).count() == len(version.languages)


def test_a_published_notice_cannot_be_deleted_with_its_versions(version):
    with pytest.raises(ProtectedError):
        version.notice.delete()
    assert NoticeVersion.objects.filter(pk=version.pk).exists()


def test_the_admin_cannot_change_or_delete_a_version(client, version):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    change_url = reverse("admin:notices_noticeversion_change", args=[version.pk])
    delete_url = reverse("admin:notices_noticeversion_delete", args=[version.pk])

    assert client.get(change_url).status_code == 200  # view only
    client.post(change_url, {"note": "rewritten", "number": 7})
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    changelist = reverse("admin:notices_noticeversion_changelist")
    client.post(changelist, {"action": "delete_selected", "_selected_action": [version.pk], "post": "yes"})

    stored = NoticeVersion.objects.get(pk=version.pk)
    assert (stored.note, stored.number) == ("First version", 1)


# --- Owner pages ----------------------------------------------------------------------------


def test_owner_publishes_with_a_change_note(client, user):
    notice = make_notice(user)
    client.force_login(user)
    publish_url = reverse("notices:notice_publish", kwargs={"pk": notice.pk})

    page = client.get(publish_url)
    response = client.post(publish_url, {"note": "Lisätty uutiskirje"})

    assert page.status_code == 200
    assert response.status_code == 302
    assert response["Location"] == reverse("notices:notice_versions", kwargs={"pk": notice.pk})
    version = NoticeVersion.objects.get(notice=notice)
    assert (version.number, version.note, version.published_by) == (1, "Lisätty uutiskirje", user)


def test_publish_page_shows_why_it_is_refused(client, user):
    organisation = OrganisationFactory()
    MembershipFactory(organisation=organisation, user=user)
    notice = NoticeFactory(organisation=organisation, answers={})
    client.force_login(user)
    publish_url = reverse("notices:notice_publish", kwargs={"pk": notice.pk})

    response = client.post(publish_url, {"note": "try"})

    assert response.status_code == 200
    assert response.context["blocked"]
    assert response.context["errors"]
    first = response.context["errors"][0]
    assert first["message"] in response.content.decode()
    assert not NoticeVersion.objects.exists()


def test_publish_page_shows_what_will_change_in_the_users_language(client, user, version):
    notice = edit_draft(version.notice, "Ilmoitamme muutoksista kirjeitse.")
    client.force_login(user)

    response = client.get(reverse("notices:notice_publish", kwargs={"pk": notice.pk}))

    html = response.content.decode()
    assert "Mitä muuttuu" in html
    assert "Verrattuna nyt julkaistuna olevaan versioon 1" in html
    assert "Ilmoitamme muutoksista kirjeitse." in html  # the Finnish text, not "(en)"
    assert samples.SAMPLE_ANSWERS["rights"]["changes"]["fi"] in html  # what it replaces
    assert "(en)" not in html
    # Before the note field, and the form is there.
    assert html.index("Mitä muuttuu") < html.index('name="note"')


def test_publish_page_in_english_shows_the_english_text(client, user, version):
    notice = edit_draft(version.notice, "Kirjeitse.")
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    html = client.get(reverse("notices:notice_publish", kwargs={"pk": notice.pk})).content.decode()

    assert "What will change" in html
    assert "Kirjeitse. (en)" in html


def test_publish_page_says_when_nothing_changed_and_refuses_a_copy(client, user, version):
    notice = version.notice
    client.force_login(user)
    publish_url = reverse("notices:notice_publish", kwargs={"pk": notice.pk})

    page = client.get(publish_url).content.decode()
    response = client.post(publish_url, {"note": "Sama uudestaan"})

    assert "Ei muutoksia version 1 jälkeen" in page
    assert "tästä tulee versio 2" not in page
    assert 'name="note"' not in page
    assert reverse("notices:wizard", kwargs={"pk": notice.pk}) in page
    assert response.status_code == 200
    assert response.context["unchanged_refusal"]
    assert 'role="alert"' in response.content.decode()
    assert list(notice.versions.values_list("number", flat=True)) == [1]


def test_the_first_publish_has_nothing_to_compare(client, user):
    notice = make_notice(user)
    client.force_login(user)

    html = client.get(reverse("notices:notice_publish", kwargs={"pk": notice.pk})).content.decode()

    assert "Tästä tulee ensimmäinen versio." in html
    assert "Mitä muuttuu" not in html
    assert 'name="note"' in html


def test_too_long_note_is_an_error_next_to_the_field_and_is_kept(client, user):
    notice = make_notice(user)
    client.force_login(user)
    note = "ä" * 600
    response = client.post(reverse("notices:notice_publish", kwargs={"pk": notice.pk}), {"note": note})
    assert response.status_code == 200
    assert response.context["form"].errors["note"]
    assert note in response.content.decode()
    assert not NoticeVersion.objects.exists()


def test_other_users_cannot_publish_or_see_versions(client, user, other_user, version):
    notice = version.notice
    client.force_login(other_user)
    assert client.get(reverse("notices:notice_publish", kwargs={"pk": notice.pk})).status_code == 404
    assert client.post(reverse("notices:notice_publish", kwargs={"pk": notice.pk}), {"note": "x"}).status_code == 404
    assert client.get(reverse("notices:notice_versions", kwargs={"pk": notice.pk})).status_code == 404
    assert NoticeVersion.objects.filter(notice=notice).count() == 1


def test_anonymous_users_are_sent_to_login(client, version):
    response = client.post(reverse("notices:notice_publish", kwargs={"pk": version.notice.pk}), {"note": "x"})
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_owner_versions_page_lists_versions_with_links(client, user, version):
    client.force_login(user)
    response = client.get(reverse("notices:notice_versions", kwargs={"pk": version.notice.pk}))
    html = response.content.decode()
    assert response.status_code == 200
    assert reverse("notices:public_version", kwargs={"slug": version.notice.public_slug, "number": 1}) in html
    assert "First version" in html


# --- Public history and what changed ----------------------------------------------------------


def test_public_history_lists_every_version_with_date_and_note(client, user, version):
    notice = edit_draft(version.notice)
    publish(notice, user, note="Toinen versio")
    response = client.get(reverse("notices:public_history", kwargs={"slug": notice.public_slug}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "First version" in html and "Toinen versio" in html
    assert publishing.format_date(publishing.local_date(version.published_at), "fi") in html
    assert html.count("<h1") == 1


def test_what_changed_shows_added_and_removed_lines_section_by_section(client, user, version):
    notice = version.notice
    notice.answers["notice"]["title"] = {"fi": "Uusi otsikko", "en": "New title"}
    purposes = notice.answers["purposes"]
    purposes.append({**purposes[0], "id": "new", "description": {"fi": "Uutiskirjeen lähettäminen", "en": "Sending the newsletter"}})
    notice.save()
    publish(notice, user, note="Uutiskirje")

    response = client.get(reverse("notices:public_changes", kwargs={"slug": notice.public_slug}), {"from": 1, "to": 2, "lang": "en"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Sending the newsletter" in html
    assert "New title" in html
    assert response.context["changes"].sections


def test_what_changed_404s_for_unknown_versions(client, version):
    changes = reverse("notices:public_changes", kwargs={"slug": version.notice.public_slug})
    assert client.get(changes, {"from": 1, "to": 5}).status_code == 404
    assert client.get(changes, {"from": "x", "to": 1}).status_code == 404


def _doc(*sections):
    return {"title": "T", "sections": list(sections)}


def _section(key, heading, *items):
    return {"key": key, "heading": heading, "number": "", "blocks": [{"kind": "list", "text": "", "items": list(items)}], "subsections": []}


def test_compare_documents_reports_sections_and_lines():
    old = _doc(_section("a", "Kept", "same"), _section("b", "Changed", "one", "two"), _section("c", "Gone", "bye"))
    new = _doc(_section("a", "Kept", "same"), _section("b", "Changed", "one", "three"), _section("d", "New", "hello"))

    changes = compare_documents(old, new)

    by_key = {change.key: change for change in changes.sections}
    assert set(by_key) == {"b", "c", "d"}
    assert (by_key["b"].status, by_key["b"].added, by_key["b"].removed) == ("changed", ["three"], ["two"])
    assert (by_key["c"].status, by_key["c"].removed) == ("removed", ["bye"])
    assert (by_key["d"].status, by_key["d"].added) == ("added", ["hello"])
    assert not changes.title_changed
    assert compare_documents(old, old).is_empty
