"""Item 11: the app's adequacy table is brought up to date by a data migration, and
staff get a warning in the admin when the list has not been checked for six months."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from notices.models import AdequacyDecision


@pytest.mark.django_db
def test_migration_brings_the_list_up_to_date_with_sources():
    uk = AdequacyDecision.objects.get(country="GB")
    assert uk.decided_on == date(2025, 12, 19) and uk.expires_on == date(2031, 12, 27)
    assert uk.source.startswith("http")
    brazil = AdequacyDecision.objects.get(country="BR")
    assert brazil.decided_on == date(2026, 1, 26) and brazil.active and brazil.source
    epo = AdequacyDecision.objects.get(country="EPO")
    assert epo.decided_on == date(2025, 7, 15) and epo.scope["en"] == "European Patent Organisation"
    # A date we could not confirm is stored as unknown and says so.
    japan = AdequacyDecision.objects.get(country="JP")
    assert japan.decided_on is None and "not confirmed" in japan.note


@pytest.mark.django_db
def test_staff_are_warned_when_the_list_is_older_than_six_months(admin_client):
    url = reverse("admin:notices_adequacydecision_changelist")
    admin_client.cookies["django_language"] = "en"
    AdequacyDecision.objects.update(listed_on=timezone.localdate() - timedelta(days=30))
    assert "older than six months" not in admin_client.get(url).content.decode()
    AdequacyDecision.objects.update(listed_on=timezone.localdate() - timedelta(days=200))
    page = admin_client.get(url).content.decode()
    assert "older than six months" in page
    assert "older than six months" in admin_client.get(reverse("admin:index")).content.decode()
    admin_client.cookies["django_language"] = "fi"
    assert "yli kuusi kuukautta sitten" in admin_client.get(url).content.decode()
