"""The dashboard: the user's organisations and notices with state, progress and completeness."""

import pytest
from django.conf import settings
from django.urls import reverse

from notices.content import samples, steps
from notices.models import NoticeVersion
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation(user):
    return MembershipFactory(user=user, organisation=OrganisationFactory(name="Puutarha Oy")).organisation


def dashboard_rows(client):
    response = client.get(reverse("notices:dashboard"))
    assert response.status_code == 200
    return response, response.context["rows"]


def test_a_new_user_is_guided_to_create_their_first_organisation(logged_in):
    response, rows = dashboard_rows(logged_in)

    assert rows == []
    html = response.content.decode()
    assert "Tervetuloa Selosteeseen" in html
    assert reverse("notices:organisation_create") in html
    assert "Lisää ensimmäinen organisaatio" in html


def test_lists_only_the_users_own_organisations_and_notices(logged_in, organisation, other_user):
    NoticeFactory(organisation=organisation, title="Asiakasrekisteri")
    foreign = MembershipFactory(user=other_user, organisation=OrganisationFactory(name="Vieras Oy")).organisation
    NoticeFactory(organisation=foreign, title="Salainen rekisteri")

    response, rows = dashboard_rows(logged_in)

    assert [row["organisation"] for row in rows] == [organisation]
    html = response.content.decode()
    assert "Asiakasrekisteri" in html
    assert "Vieras Oy" not in html and "Salainen rekisteri" not in html


def test_a_draft_shows_its_progress_and_what_is_missing(logged_in, organisation):
    NoticeFactory(organisation=organisation, completed_steps=["controller", "notice", "purposes"], answers={})

    response, rows = dashboard_rows(logged_in)

    row = rows[0]["notices"][0]
    assert not row.published
    assert (row.completed, row.total) == (3, len(steps.STEP_KEYS))  # the wizard counts the review step too
    assert row.errors >= 1
    html = response.content.decode()
    assert "Luonnos" in html
    assert f"3/{len(steps.STEP_KEYS)} vaihetta" in html
    assert f'<progress class="seloste-progress" max="{len(steps.STEP_KEYS)}" value="3"' in html
    assert "puuttuu" in html


def test_progress_ignores_unknown_and_repeated_step_keys(logged_in, organisation):
    NoticeFactory(organisation=organisation, completed_steps=["controller", "controller", "bogus"])

    _response, rows = dashboard_rows(logged_in)

    assert rows[0]["notices"][0].completed == 1


def test_a_complete_notice_is_ready_to_publish(logged_in, user):
    organisation = MembershipFactory(user=user, organisation=OrganisationFactory(**samples.SAMPLE_CONTROLLER)).organisation
    # Every answer saved; the review step gathers nothing, so it need not be "done".
    NoticeFactory(organisation=organisation, answers=samples.sample_answers(), completed_steps=list(steps.ANSWER_STEP_KEYS))

    response, rows = dashboard_rows(logged_in)

    row = rows[0]["notices"][0]
    assert row.errors == 0
    assert row.percent == 100
    html = response.content.decode()
    assert "Valmis julkaistavaksi" in html
    assert reverse("notices:notice_publish", kwargs={"pk": row.notice.pk}) in html


def test_a_notice_with_missing_items_offers_no_publish_button(logged_in, organisation):
    notice = NoticeFactory(organisation=organisation, answers={})

    response, rows = dashboard_rows(logged_in)

    assert rows[0]["notices"][0].errors
    assert reverse("notices:notice_publish", kwargs={"pk": notice.pk}) not in response.content.decode()


def test_a_published_notice_offers_its_link_and_embed_code_with_copy_buttons(logged_in, user):
    from notices.tests.publishing_helpers import make_notice, publish

    notice = make_notice(user)
    publish(notice, user)

    response, rows = dashboard_rows(logged_in)

    html = response.content.decode()
    public_url = reverse("notices:public_notice", kwargs={"slug": notice.public_slug})
    assert f"{settings.SITE_URL}{public_url}" in html
    assert "&lt;iframe" in html  # the snippet is shown as text to copy, not as a live frame
    assert 'data-copy-target="embed-iframe-notice-' in html
    assert reverse("notices:notice_versions", kwargs={"pk": notice.pk}) in html


def test_a_published_notice_shows_its_latest_version_and_public_link(logged_in, organisation):
    notice = NoticeFactory(organisation=organisation)
    for number in (1, 2):
        NoticeVersion.objects.create(notice=notice, number=number, languages=["fi"])

    response, rows = dashboard_rows(logged_in)

    row = rows[0]["notices"][0]
    assert row.published and row.latest_version == 2
    html = response.content.decode()
    assert "Julkaistu · versio 2" in html
    assert reverse("notices:public_notice", kwargs={"slug": notice.public_slug}) in html


def test_links_to_continue_the_wizard_and_start_a_new_notice(logged_in, organisation):
    notice = NoticeFactory(organisation=organisation)

    html = logged_in.get(reverse("notices:dashboard")).content.decode()

    assert reverse("notices:wizard", kwargs={"pk": notice.pk}) in html
    assert reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}) in html
    assert reverse("notices:organisation_edit", args=[organisation.pk]) in html


def test_malformed_answers_do_not_break_the_dashboard(logged_in, organisation):
    NoticeFactory(organisation=organisation, answers={"notice": "not a dict", "purposes": 5}, completed_steps="broken")
    NoticeFactory(organisation=organisation, answers=["a", "list"])

    response, rows = dashboard_rows(logged_in)

    assert len(rows[0]["notices"]) == 2


def test_user_text_is_escaped(logged_in, organisation):
    NoticeFactory(organisation=organisation, title="<script>alert(1)</script>")

    html = logged_in.get(reverse("notices:dashboard")).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_dashboard_in_finnish_and_english(logged_in, organisation):
    NoticeFactory(organisation=organisation)
    assert "Organisaatiosi ja selosteesi" in logged_in.get(reverse("notices:dashboard")).content.decode()

    logged_in.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = logged_in.get(reverse("notices:dashboard")).content.decode()
    assert "Your organisations and notices" in html
    assert "Draft" in html
    assert 'lang="en"' in html


def test_dashboard_needs_login(client):
    assert client.get(reverse("notices:dashboard"))["Location"].startswith(reverse("login"))


# --- Unpublished changes ------------------------------------------------------------------------


@pytest.fixture
def published_notice(user, quick_pdf):
    from notices.tests.publishing_helpers import make_notice, publish

    notice = make_notice(user)
    publish(notice, user)
    return notice


def test_a_published_notice_without_changes_offers_no_new_version(logged_in, published_notice):
    response, rows = dashboard_rows(logged_in)

    row = rows[0]["notices"][0]
    assert row.unpublished_changes is False
    assert not row.can_publish
    html = response.content.decode()
    assert "Julkaisemattomia muutoksia" not in html
    assert "Julkinen versio on ajan tasalla" in html and "Valmis julkaistavaksi" not in html
    assert reverse("notices:notice_publish", kwargs={"pk": published_notice.pk}) not in html


def test_an_edited_answer_shows_unpublished_changes_and_the_publish_button(logged_in, published_notice):
    from notices.tests.publishing_helpers import edit_draft

    edit_draft(published_notice)

    response, rows = dashboard_rows(logged_in)

    assert rows[0]["notices"][0].unpublished_changes is True
    html = response.content.decode()
    assert "Julkaisemattomia muutoksia" in html
    assert reverse("notices:notice_publish", kwargs={"pk": published_notice.pk}) in html
    assert "Julkaise uusi versio" in html


def test_a_change_in_the_organisations_details_shows_as_unpublished_changes(logged_in, published_notice):
    organisation = published_notice.organisation
    organisation.street_address = "Uusikatu 5"
    organisation.save()

    _response, rows = dashboard_rows(logged_in)

    assert rows[0]["notices"][0].unpublished_changes is True


def test_changes_with_errors_show_the_badge_but_no_publish_button(logged_in, published_notice):
    published_notice.answers = {**published_notice.answers, "purposes": []}
    published_notice.save()

    response, rows = dashboard_rows(logged_in)

    row = rows[0]["notices"][0]
    assert row.unpublished_changes is True and row.errors
    html = response.content.decode()
    assert "Julkaisemattomia muutoksia" in html
    assert reverse("notices:notice_publish", kwargs={"pk": published_notice.pk}) not in html


def test_unpublished_changes_in_english(logged_in, published_notice):
    from notices.tests.publishing_helpers import edit_draft

    edit_draft(published_notice)
    logged_in.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    html = logged_in.get(reverse("notices:dashboard")).content.decode()

    assert "Unpublished changes" in html and "Publish a new version" in html


def test_checking_for_changes_costs_no_query_per_notice(logged_in, user, quick_pdf):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from notices.tests.publishing_helpers import edit_draft, make_notice, publish

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            dashboard_rows(logged_in)
        return len(queries)

    publish(make_notice(user), user)
    one = count()
    for _ in range(3):
        publish(edit_draft(make_notice(user)), user)

    assert count() == one


def test_dashboard_and_wizard_count_the_same_steps_and_list_what_to_fix(logged_in, organisation):
    notice = NoticeFactory(organisation=organisation, completed_steps=["controller"], answers={})
    response, rows = dashboard_rows(logged_in)
    row = rows[0]["notices"][0]
    wizard = logged_in.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "notice"}))
    assert wizard.context["step_count"] == row.total
    html = response.content.decode()
    errors = [finding for finding in row.findings if finding["severity"] == "error"]
    assert errors and all(finding["url"].startswith(f"/notices/{notice.pk}/wizard/") for finding in errors)
    assert f'href="{errors[0]["url"]}"' in html


def test_published_up_to_date_only_without_unpublished_changes(logged_in, user, quick_pdf):
    from notices.tests.publishing_helpers import edit_draft, make_notice, publish

    notice = make_notice(user)
    publish(notice, user)
    html = logged_in.get(reverse("notices:dashboard")).content.decode()
    assert "Julkaistu, ajan tasalla" in html
    edit_draft(notice)
    html = logged_in.get(reverse("notices:dashboard")).content.decode()
    assert "Julkaistu, ajan tasalla" not in html and "Julkaisemattomia muutoksia" in html
