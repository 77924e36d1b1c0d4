"""services.notice_publish: refused with errors, otherwise one immutable version, all or nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from notices import publishing, services
from notices.models import AuditEvent, NoticeVersion, NoticeVersionFile, PdfRender
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db


def test_publish_is_refused_while_the_check_reports_errors(user):
    organisation = OrganisationFactory()
    MembershipFactory(organisation=organisation, user=user)
    notice = NoticeFactory(organisation=organisation, answers={})

    with pytest.raises(services.PublishRefused) as refused:
        services.notice_publish(notice=notice, by=user, note="")

    assert any(finding.severity == "error" for finding in refused.value.findings)
    assert not NoticeVersion.objects.exists()
    assert not NoticeVersionFile.objects.exists()


def test_publish_writes_a_complete_version(user):
    notice = make_notice(user)
    organisation_snapshot = notice.organisation.snapshot()

    version = publish(notice, user, note="  First public version  ")

    assert version.number == 1
    assert version.published_by == user
    assert version.published_by_email == user.email
    assert version.note == "First public version"
    assert version.controller == organisation_snapshot
    assert version.languages == publishing.output_languages(notice.answers)
    assert version.answers["drawn_up_on"] == timezone.localdate().isoformat()
    assert _without_dates(version.answers) == _without_dates(notice.answers)
    assert set(version.rendered) == set(version.languages)
    for language in version.languages:
        stored = version.rendered[language]
        assert stored["json"]["language"] == language
        assert stored["title"] and stored["title"] in stored["html"]
        assert organisation_snapshot["name"] in stored["html"]
    assert sorted(version.files.values_list("language", flat=True)) == sorted(version.languages)
    assert all(bytes(f.data).startswith(b"%PDF") for f in version.files.all())
    assert len(version.etag) == 32
    event = AuditEvent.objects.get(action="notice_published")
    assert (event.notice, event.actor, event.detail["version"]) == (notice, user, 1)


def _without_dates(answers):
    return {key: value for key, value in answers.items() if key != "drawn_up_on"}


def test_versions_are_numbered_per_notice(user):
    first = make_notice(user)
    second = make_notice(user)

    numbers = [publish(edit_draft(first, f"Muutos {i}"), user, note=f"v{i}").number for i in range(3)]
    other = publish(second, user)

    assert numbers == [1, 2, 3]
    assert other.number == 1


def test_editing_after_publishing_changes_only_the_draft(user):
    notice = make_notice(user)
    version = publish(notice, user)
    old_name = notice.organisation.name

    notice.answers = {**notice.answers, "purposes": []}
    notice.save()
    notice.organisation.name = "Uusi Nimi Oy"
    notice.organisation.save()

    version.refresh_from_db()
    assert version.answers["purposes"]
    assert version.controller["name"] == old_name
    assert all("Uusi Nimi Oy" not in version.rendered[lang]["html"] for lang in version.languages)
    with pytest.raises(services.PublishRefused):
        publish(notice, user)


def test_drawn_up_date_comes_from_the_first_version(user, monkeypatch):
    notice = make_notice(user)
    long_ago = timezone.now() - timedelta(days=400)
    monkeypatch.setattr(timezone, "now", lambda: long_ago)
    publish(notice, user)
    monkeypatch.undo()
    edit_draft(notice)

    second = publish(notice, user, note="a year later")

    assert second.answers["drawn_up_on"] == publishing.local_date(long_ago).isoformat()
    language = second.languages[0]
    html = second.rendered[language]["html"]
    assert publishing.format_date(publishing.local_date(long_ago), language) in html
    assert publishing.format_date(publishing.local_date(second.published_at), language) in html


def test_a_failure_mid_publish_leaves_no_half_version(user, monkeypatch):
    # The last write of the publishing transaction fails: the version and its PDF jobs go too.
    notice = make_notice(user)
    real_record = services.audit_record

    def record_then_fail(**kwargs):
        if kwargs.get("action") == "notice_published":
            raise RuntimeError("disk full")
        return real_record(**kwargs)

    monkeypatch.setattr(services, "audit_record", record_then_fail)

    with pytest.raises(RuntimeError):
        publish(notice, user)

    assert not NoticeVersion.objects.exists()
    assert not PdfRender.objects.exists()
    assert not NoticeVersionFile.objects.exists()

    monkeypatch.setattr(services, "audit_record", real_record)
    assert publish(notice, user).number == 1


def test_each_language_is_rendered_in_that_language(user):
    notice = make_notice(user)
    version = publish(notice, user)

    fi, en = version.rendered["fi"], version.rendered["en"]
    assert fi["json"]["title"] == notice.answers["notice"]["title"]["fi"]
    assert en["json"]["title"] == notice.answers["notice"]["title"]["en"]
    assert "Versio 1" in fi["html"]
    assert "Version 1" in en["html"]


def test_publishing_again_without_changes_is_refused(user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)

    with pytest.raises(services.PublishRefused) as refused:
        publish(notice, user, note="Same again")

    assert refused.value.reason == services.PublishRefused.UNCHANGED
    assert refused.value.number == 1
    assert refused.value.findings == []
    assert list(notice.versions.values_list("number", flat=True)) == [1]
    assert AuditEvent.objects.filter(action="notice_published").count() == 1


def test_a_change_in_the_organisations_details_alone_is_worth_a_new_version(user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    notice.organisation.phone = "+358 40 765 4321"
    notice.organisation.save()

    second = publish(notice, user, note="New phone number")

    assert second.number == 2
    assert second.controller["phone"] == "+358 40 765 4321"


def test_errors_are_refused_as_errors_not_as_unchanged(user, quick_pdf):
    notice = make_notice(user)
    publish(notice, user)
    notice.answers = {**notice.answers, "purposes": []}
    notice.save()

    with pytest.raises(services.PublishRefused) as refused:
        publish(notice, user)

    assert refused.value.reason == services.PublishRefused.ERRORS
    assert refused.value.findings
