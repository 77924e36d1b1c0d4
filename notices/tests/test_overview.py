"""The agency overview: every organisation the user belongs to, each notice's state,
open findings and last publish, filterable by state, findings and name; nobody else's."""

import pytest
from django.urls import reverse
from django.utils import timezone

from notices import services_teams
from notices.models import Role
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency(quick_pdf):
    user = UserFactory()
    published = make_notice(user)
    published.organisation.name = "Aamukaste Oy"
    published.organisation.save()
    publish(published, user)
    changed = make_notice(user)
    changed.organisation.name = "Bensa Oy"
    changed.organisation.save()
    publish(changed, user)
    edit_draft(changed)
    cafe = MembershipFactory(user=user, role=Role.EDITOR, organisation=OrganisationFactory(name="Café Oy")).organisation
    draft = NoticeFactory(organisation=cafe, title="Kesken")
    waiting = make_notice(user)
    waiting.organisation.name = "Dyyni Oy"
    waiting.organisation.save()
    services_teams.publish_request_create(notice=waiting, by=user)
    foreign = NoticeFactory(organisation=MembershipFactory(organisation=OrganisationFactory(name="Vieras Oy")).organisation, title="Ei sinun")
    return {"user": user, "published": published, "changed": changed, "draft": draft, "waiting": waiting, "foreign": foreign}


def names(client, **query):
    html = client.get(reverse("notices:overview"), query).content.decode()
    return [name for name in ("Aamukaste Oy", "Bensa Oy", "Café Oy", "Dyyni Oy", "Vieras Oy") if name in html]


def test_all_my_organisations_in_one_list_and_nobody_elses(client, agency):
    client.force_login(agency["user"])
    response = client.get(reverse("notices:overview"))
    html = response.content.decode()
    assert names(client) == ["Aamukaste Oy", "Bensa Oy", "Café Oy", "Dyyni Oy"]
    assert "Ei sinun" not in html
    assert html.count('class="overview-row"') == 4


def test_filters(client, agency):
    client.force_login(agency["user"])
    assert names(client, state="draft") == ["Café Oy", "Dyyni Oy"]
    assert names(client, state="published") == ["Aamukaste Oy"]
    assert names(client, state="changed") == ["Bensa Oy"]
    assert names(client, state="waiting") == ["Dyyni Oy"]
    assert names(client, findings="missing") == ["Café Oy"]
    assert names(client, findings="ready") == ["Aamukaste Oy", "Bensa Oy", "Dyyni Oy"]
    assert names(client, q="bens") == ["Bensa Oy"]
    assert names(client, q="kesken") == ["Café Oy"]
    assert names(client, q="vieras") == []


def test_last_publish_is_shown(client, agency):
    client.force_login(agency["user"])
    client.post(reverse("set_language"), {"language": "en"})
    html = client.get(reverse("notices:overview"), {"state": "published"}).content.decode()
    version = agency["published"].versions.get()
    # The page shows the local (Helsinki) day, which differs from UTC's around midnight.
    local = timezone.localtime(version.published_at)
    assert f'datetime="{version.published_at.isoformat()}"' in html or local.strftime("%Y-%m-%d") in html
