"""Update alerts: when the adequacy list, a service-library entry, the notice wording or
a rule of the check changes, exactly the published notices that would now read
differently are marked "update recommended", with the reason in plain words, and each
owner gets one e-mail digest of all of them."""

import copy
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from notices import services, upkeep
from notices.content import checker, texts
from notices.content.service_library import library_from_db
from notices.models import AdequacyDecision, Membership, ServiceLibraryEntry, UpdateAlert
from notices.tests.factories import MembershipFactory, UserFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db


def with_adequacy_transfer(user, **kwargs):
    """A notice that transfers data to Japan, Israel and Switzerland on the strength of
    their adequacy decisions: its text states each destination's decision."""
    notice = make_notice(user, **kwargs)
    answers = copy.deepcopy(notice.answers)
    answers["transfers"]["items"] += [
        {"id": "t9", "country": "JP", "recipient": "Tokyo Cloud KK", "safeguard": "adequacy"},
        {"id": "t10", "country": "IL", "recipient": "Tel Aviv Support Ltd", "safeguard": "adequacy"},
        {"id": "t11", "country": "CH", "recipient": "Zürich Hosting AG", "safeguard": "adequacy"},
    ]
    notice.answers = answers
    notice.save()
    return notice


def without_adequacy_transfer(user):
    """The sample notice: its transfers rest on the Data Privacy Framework and standard
    contractual clauses, so its text does not depend on the adequacy list."""
    return make_notice(user)


def change_adequacy(country: str, *, active: bool):
    with TestCase.captureOnCommitCallbacks(execute=True):
        decision = AdequacyDecision.objects.get(country=country)
        decision.active = active
        decision.save()


@pytest.fixture
def notices(user, quick_pdf):
    affected = with_adequacy_transfer(user)
    other = without_adequacy_transfer(user)
    for notice in (affected, other):
        publish(notice, user)
    return affected, other


def test_an_adequacy_list_change_marks_exactly_the_affected_notices(notices):
    affected, other = notices

    change_adequacy("IL", active=False)

    alerts = list(UpdateAlert.objects.filter(resolved_at__isnull=True))
    assert [alert.notice for alert in alerts] == [affected]
    alert = alerts[0]
    assert alert.kind == UpdateAlert.Kind.ADEQUACY and alert.version_number == 1
    assert "Israel" in alert.reason_in("en") and "no longer on the list" in alert.reason_in("en")
    assert "Israel ei ole enää luettelossa" in alert.reason_in("fi")
    # The reason names the part of the notice that would read differently.
    assert "would read differently" in alert.reason_in("en")


def test_a_change_that_makes_no_difference_marks_nothing_and_undoing_a_change_clears_the_mark(notices):
    affected, _other = notices
    change_adequacy("IL", active=False)
    assert UpdateAlert.objects.filter(notice=affected, resolved_at__isnull=True).count() == 1

    change_adequacy("IL", active=True)  # back as published

    assert not UpdateAlert.objects.filter(resolved_at__isnull=True).exists()


def test_an_adequacy_change_that_breaks_a_rule_says_what_the_check_now_finds(notices):
    affected, _other = notices

    change_adequacy("JP", active=False)

    reason = UpdateAlert.objects.get(notice=affected).reason_in("en")
    assert "The check now points out:" in reason and "no Commission adequacy decision" in reason


def test_publishing_again_resolves_the_alert(notices, user):
    affected, _other = notices
    change_adequacy("IL", active=False)
    # The owner follows the alert: Israel now needs standard contractual clauses.
    affected.refresh_from_db()
    answers = copy.deepcopy(affected.answers)
    for item in answers["transfers"]["items"]:
        if item["country"] == "IL":
            item["safeguard"] = "scc"
    affected.answers = answers
    affected.save()

    publish(affected, user, note="Adequacy list updated")

    assert not UpdateAlert.objects.filter(notice=affected, resolved_at__isnull=True).exists()


def test_each_owner_gets_one_digest_of_all_their_notices_in_their_language(user, quick_pdf):
    user.language = "en"
    user.save()
    first, second = with_adequacy_transfer(user), with_adequacy_transfer(user)
    finnish_owner = UserFactory(language="fi")
    theirs = with_adequacy_transfer(finnish_owner)
    MembershipFactory(organisation=first.organisation, user=finnish_owner, role=Membership.Role.EDITOR)  # an editor gets none
    for notice, owner in ((first, user), (second, user), (theirs, finnish_owner)):
        publish(notice, owner)
    change_adequacy("IL", active=False)
    change_adequacy("CH", active=False)  # a second change: still one e-mail per owner

    assert upkeep.update_digests_send() == 2

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {user.email, finnish_owner.email}
    english = by_recipient[user.email]
    assert english.subject == "Seloste: updates are recommended for 2 privacy notices"
    assert first.title in english.body and second.title in english.body and theirs.title not in english.body
    assert "Switzerland" in english.body and "Israel" in english.body
    assert "http://" in english.body and reverse("notices:notice_review", kwargs={"pk": first.pk}) in english.body
    finnish = by_recipient[finnish_owner.email]
    assert finnish.subject == "Seloste: tietosuojaselosteesi päivitystä suositellaan"
    assert "Tarkista ja julkaise uudelleen" in finnish.body

    mail.outbox.clear()
    assert upkeep.update_digests_send() == 0  # each alert is e-mailed once
    assert mail.outbox == []


def test_a_wording_change_after_a_deploy_marks_the_notices_whose_text_changes(notices, monkeypatch):
    affected, other = notices
    assert upkeep.content_changes_detect() == []  # the first run only remembers

    # Only notices that rely on an adequacy decision print this explanation.
    patched = {**texts.T, "explain_adequacy": {"fi": "Riittävyyspäätös ({date}): {countries}.", "en": "Adequacy decision ({date}): {countries}."}}
    monkeypatch.setattr(texts, "T", patched)
    fingerprints = {**upkeep.content_fingerprints(), UpdateAlert.Kind.WORDING: "changed"}

    assert upkeep.content_changes_detect(fingerprints=fingerprints) == [UpdateAlert.Kind.WORDING]

    alert = UpdateAlert.objects.get()
    assert alert.notice == affected and alert.kind == UpdateAlert.Kind.WORDING
    assert "notice wording has been updated" in alert.reason_in("en")
    assert upkeep.content_changes_detect(fingerprints=fingerprints) == []  # remembered


def test_a_new_rule_of_the_check_marks_the_notices_it_objects_to(notices, monkeypatch):
    affected, other = notices
    upkeep.content_changes_detect()
    new_rule = checker.Finding("new_rule", "error", "transfers", {"fi": "Uusi sääntö huomauttaa.", "en": "A new rule objects."})
    uses_adequacy = lambda answers: any(item["safeguard"] == "adequacy" for item in answers["transfers"]["items"])  # noqa: E731
    monkeypatch.setattr(upkeep, "check_notice", lambda **kwargs: [new_rule] if uses_adequacy(kwargs["answers"]) else [])

    upkeep.content_changes_detect(fingerprints={**upkeep.content_fingerprints(), UpdateAlert.Kind.RULE: "changed"})

    alert = UpdateAlert.objects.get()
    assert alert.notice == affected and alert.kind == UpdateAlert.Kind.RULE
    assert "A new rule objects." in alert.reason_in("en") and "Uusi sääntö huomauttaa." in alert.reason_in("fi")


def with_library_service(user, code):
    notice = make_notice(user)
    services.notice_add_service(notice=notice, code=code, by=user)
    return notice


def edit_entry(code, **changes):
    with TestCase.captureOnCommitCallbacks(execute=True):
        entry = ServiceLibraryEntry.objects.get(code=code)
        for field, value in changes.items():
            setattr(entry, field, value)
        entry.save()


def test_a_service_library_change_marks_exactly_the_notices_using_that_service(user, quick_pdf):
    using = with_library_service(user, "paytrail")
    other = with_library_service(user, "stripe")
    plain = make_notice(user)
    for notice in (using, other, plain):
        publish(notice, user)

    edit_entry("paytrail", entity="Paytrail Oyj (Nexi Group)")

    alert = UpdateAlert.objects.get()
    assert alert.notice == using and alert.kind == UpdateAlert.Kind.SERVICE
    assert "Paytrail" in alert.reason_in("en") and "would read differently" in alert.reason_in("en")
    assert "Palvelukirjaston tiedot palvelusta Paytrail" in alert.reason_in("fi")


def test_a_service_library_change_the_notice_does_not_show_marks_nothing(user, quick_pdf):
    using = with_library_service(user, "paytrail")
    publish(using, user)

    edit_entry("paytrail", sources={**ServiceLibraryEntry.objects.get(code="paytrail").sources})  # saved, nothing changed
    assert not UpdateAlert.objects.exists()


def test_refreshing_a_service_keeps_the_users_own_answers_where_the_library_says_nothing(user):
    notice = with_library_service(user, "klaviyo")  # its US transfer has no known safeguard
    notice.refresh_from_db()
    answers = copy.deepcopy(notice.answers)
    transfer = next(row for row in answers["transfers"]["items"] if row.get("service") == "klaviyo")
    transfer["safeguard"] = "scc"  # the user's own answer
    service = library_from_db()["klaviyo"]

    refreshed = upkeep.service_rows_refresh(copy.deepcopy(answers), service)

    assert refreshed == answers  # nothing in the library changed, so nothing changes


def test_the_owner_sees_the_mark_and_the_reason_on_the_dashboard(logged_in, notices):
    affected, _other = notices
    change_adequacy("IL", active=False)

    page = logged_in.get(reverse("notices:dashboard")).content.decode()

    assert "Päivitystä suositellaan" in page or "Update recommended" in page
    assert "Israel" in page


def test_the_upkeep_command_sends_the_digest(notices, user):
    change_adequacy("IL", active=False)

    call_command("upkeep", stdout=io.StringIO())

    assert [message.to for message in mail.outbox] == [[user.email]]


def test_unpublished_draft_edits_are_not_an_update_alert(notices, user):
    affected, _other = notices
    edit_draft(affected, text="Luonnoksen muutos.")

    assert upkeep.published_notices_recheck(kind=UpdateAlert.Kind.WORDING) == []


def test_the_owner_takes_the_new_service_facts_into_the_draft_and_publishes(logged_in, user, quick_pdf):
    notice = with_library_service(user, "paytrail")
    publish(notice, user)
    edit_entry("paytrail", entity="Paytrail Oyj (Nexi Group)")
    review_url = reverse("notices:notice_review", kwargs={"pk": notice.pk})
    assert "Ota palvelukirjaston ajantasaiset tiedot luonnokseen" in logged_in.get(review_url).content.decode()

    response = logged_in.post(review_url, {"action": "refresh_services"})

    assert response.status_code == 302 and response["Location"] == reverse("notices:notice_publish", kwargs={"pk": notice.pk})
    notice.refresh_from_db()
    row = next(row for row in notice.answers["recipients"]["items"] if row.get("service") == "paytrail")
    assert row["name"].startswith("Paytrail Oyj (Nexi Group)")
    assert logged_in.post(reverse("notices:notice_publish", kwargs={"pk": notice.pk}), {"note": "Paytrail"}).status_code == 302
    assert not UpdateAlert.objects.filter(notice=notice, resolved_at__isnull=True).exists()
