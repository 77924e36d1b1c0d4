"""Scheduled publishing: a version published now with a future effective date
("voimaan 1.1.2027"). The public address keeps the version in force, announces the
change and its date in advance (WP260), and switches on that day, not before."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from notices import upkeep
from notices.models import AuditEvent
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")
NEW_YEAR = date(2027, 1, 1)


class Clock:
    """Moves Django's idea of "now" (timezone.now, and so localdate) in a test."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def set(self, *args):
        moment = datetime(*args, tzinfo=HELSINKI)
        self.monkeypatch.setattr(timezone, "now", lambda: moment)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def scheduled(user, quick_pdf, clock):
    clock.set(2026, 12, 10, 12, 0)
    notice = make_notice(user)
    first = publish(notice, user)
    edit_draft(notice, text="Uusi käytäntö vuodesta 2027.")
    second = publish(notice, user, note="Changes for 2027", effective_on=NEW_YEAR)
    return notice, first, second


def page(client, notice, lang="fi"):
    return client.get(reverse("notices:public_notice", kwargs={"slug": notice.public_slug}) + f"?lang={lang}")


def test_the_version_is_stored_now_with_its_effective_date(scheduled):
    _notice, first, second = scheduled
    assert (first.number, first.effective_on) == (1, None)
    assert (second.number, second.effective_on) == (2, NEW_YEAR)
    assert AuditEvent.objects.get(action="notice_published", detail__version=2).detail["effective_on"] == "2027-01-01"


def test_before_the_day_the_page_shows_the_version_in_force_and_announces_the_change(client, scheduled, clock):
    notice, first, second = scheduled
    clock.set(2026, 12, 31, 23, 59)

    response = page(client, notice)
    html = response.content.decode()

    assert first.rendered["fi"]["html"] in html
    assert second.rendered["fi"]["html"] not in html
    assert "Tämä seloste muuttuu 1.1.2027." in html
    assert reverse("notices:public_version", kwargs={"slug": notice.public_slug, "number": 2}) in html
    english = page(client, notice, "en").content.decode()
    assert "This notice changes on 1 January 2027." in english
    json_latest = client.get(reverse("notices:public_notice_json", kwargs={"slug": notice.public_slug})).json()
    assert json_latest["version"]["number"] == 1


def test_on_the_day_the_page_switches(client, scheduled, clock):
    notice, first, second = scheduled
    clock.set(2026, 12, 31, 23, 59)
    before = page(client, notice)

    clock.set(2027, 1, 1, 0, 1)
    after = page(client, notice)

    html = after.content.decode()
    assert second.rendered["fi"]["html"] in html
    assert "Tämä seloste muuttuu" not in html and "pn-upcoming" not in html
    assert after["ETag"] != before["ETag"]
    assert client.get(reverse("notices:public_notice_json", kwargs={"slug": notice.public_slug})).json()["version"]["number"] == 2
    pdf = client.get(reverse("notices:public_notice_pdf", kwargs={"slug": notice.public_slug, "lang": "fi"}))
    assert pdf["Content-Type"] == "application/pdf"


def test_the_scheduled_version_can_be_read_in_advance_at_its_own_address(client, scheduled, clock):
    notice, _first, second = scheduled
    clock.set(2026, 12, 20, 9, 0)
    url = reverse("notices:public_version", kwargs={"slug": notice.public_slug, "number": 2}) + "?lang=fi"

    response = client.get(url)

    assert second.rendered["fi"]["html"] in response.content.decode()
    assert "Tämä versio tulee voimaan 1.1.2027." in response.content.decode()
    assert "immutable" not in response["Cache-Control"]  # the line goes on the day

    clock.set(2027, 1, 2, 9, 0)
    response = client.get(url)
    assert "tulee voimaan" not in response.content.decode()
    assert "immutable" in response["Cache-Control"]


def test_the_switch_is_recorded_in_the_activity_log_once(scheduled, clock):
    notice, _first, second = scheduled
    assert upkeep.scheduled_versions_switch(today=date(2026, 12, 31)) == []

    assert [version.pk for version in upkeep.scheduled_versions_switch(today=NEW_YEAR)] == [second.pk]
    assert upkeep.scheduled_versions_switch(today=date(2027, 1, 5)) == []
    assert AuditEvent.objects.filter(action="version_took_effect", notice=notice).count() == 1


def test_the_publish_form_refuses_a_past_date_next_to_the_field(logged_in, user, quick_pdf, clock):
    clock.set(2026, 12, 10, 12, 0)
    notice = make_notice(user)
    publish(notice, user)
    edit_draft(notice)

    response = logged_in.post(reverse("notices:notice_publish", kwargs={"pk": notice.pk}), {"note": "x", "effective_on": "2026-12-10"})

    assert response.status_code == 200
    assert response.context["form"].errors["effective_on"]
    assert notice.versions.count() == 1


def test_the_first_version_cannot_wait_for_a_date(logged_in, user, clock):
    clock.set(2026, 12, 10, 12, 0)
    notice = make_notice(user)

    response = logged_in.post(reverse("notices:notice_publish", kwargs={"pk": notice.pk}), {"effective_on": "2027-01-01"})

    assert response.status_code == 200
    assert response.context["form"].errors["effective_on"]
    assert not notice.versions.exists()


def test_the_publish_form_schedules_a_version(logged_in, user, quick_pdf, clock):
    clock.set(2026, 12, 10, 12, 0)
    notice = make_notice(user)
    publish(notice, user)
    edit_draft(notice)

    response = logged_in.post(reverse("notices:notice_publish", kwargs={"pk": notice.pk}), {"note": "2027", "effective_on": "2027-01-01"})

    assert response.status_code == 302
    assert notice.versions.get(number=2).effective_on == NEW_YEAR


def test_the_history_marks_the_version_in_force_and_the_scheduled_one(client, scheduled, clock):
    notice, _first, _second = scheduled
    clock.set(2026, 12, 20, 9, 0)

    html = client.get(reverse("notices:public_history", kwargs={"slug": notice.public_slug}) + "?lang=fi").content.decode()

    listing = html[html.index('class="pn-versions"'):]
    # Newest first: version 2, "takes effect 1.1.2027", then version 1, "current".
    assert listing.index("voimaan 1.1.2027") < listing.index('<span class="pn-badge">voimassa</span>')
