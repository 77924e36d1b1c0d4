"""Another user's notice is a 404 on every wizard URL, and no input — however long, odd
or tampered — makes the wizard fail with a server error."""

import pytest
from django.urls import reverse

from notices.content.steps import STEP_KEYS
from notices.models import Notice
from notices.tests.factories import MembershipFactory, NoticeFactory
from notices.tests.test_wizard import STEP_POSTS, management

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(user):
    return NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi", "en"]}})


def wizard_urls(notice):
    yield reverse("notices:wizard", kwargs={"pk": notice.pk})
    yield reverse("notices:preview", kwargs={"pk": notice.pk})
    yield reverse("notices:notice_create", kwargs={"org_pk": notice.organisation.pk})
    for step in STEP_KEYS:
        yield reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step})


def test_another_user_gets_404_on_every_wizard_url(client, other_user, notice):
    client.force_login(other_user)
    for url in wizard_urls(notice):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"action": "continue"}).status_code == 404, url
        assert client.get(url, HTTP_HX_REQUEST="true").status_code == 404, url
    assert Notice.objects.get(pk=notice.pk).answers == {"notice": {"languages": ["fi", "en"]}}


def test_a_missing_notice_is_404(client, user):
    client.force_login(user)
    assert client.get(reverse("notices:wizard_step", kwargs={"pk": 999999, "step": "purposes"})).status_code == 404


NASTY = [
    "x" * 100_000,
    "🌱🔒👩‍💼" * 50,
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "",
    "   ",
    "\x00nul",
    "'; DROP TABLE notices_notice; --",
    "ääkköset ÅÄÖ ‮reversed",
]


@pytest.mark.parametrize("step", [key for key in STEP_KEYS])
def test_nasty_values_in_every_field_never_give_a_server_error(client, user, notice, step):
    client.force_login(user)
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step})
    base = dict(STEP_POSTS.get(step, ({}, None))[0])
    for value in NASTY:
        data = {key: value for key in base}
        for key in list(data):
            if key.endswith(("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")):
                data[key] = base[key]
        response = client.post(url, data)
        assert response.status_code in (200, 302), (step, value[:20])
        if response.status_code == 200:
            assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "tampered",
    [
        {},  # management form missing entirely
        {"purposes-TOTAL_FORMS": "-5", "purposes-INITIAL_FORMS": "0"},
        {"purposes-TOTAL_FORMS": "99999999999999999999", "purposes-INITIAL_FORMS": "0"},
        {"purposes-TOTAL_FORMS": "abc", "purposes-INITIAL_FORMS": "x"},
        {**management("purposes", 2), "purposes-0-legal_basis": "not_a_basis", "purposes-1-register": "nope", "purposes-0-id": "../../etc"},
        {**management("purposes", 1), "purposes-0-description_fi": ["a", "b"], "purposes-5-description_fi": "outside"},
    ],
)
def test_a_tampered_management_form_or_bogus_codes_never_give_a_server_error(client, user, notice, tampered):
    client.force_login(user)
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})
    for extra in ({}, {"row_action": "add:purposes"}, {"row_action": "remove:purposes:999"}, {"row_action": "remove:nothing:x:y"}):
        response = client.post(url, {**tampered, **extra})
        assert response.status_code in (200, 302)
        response = client.post(url, {**tampered, **extra}, HTTP_HX_REQUEST="true")
        assert response.status_code in (200, 302)


def test_bogus_catalogue_codes_are_refused_with_a_message(client, user, notice):
    client.force_login(user)
    client.cookies["django_language"] = "fi"
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "security"})
    response = client.post(url, {"security-measures": ["access_control", "made_up"]})
    assert response.status_code == 200
    assert "Valitse vain näytetyistä vaihtoehdoista." in response.content.decode()
    assert "security" not in Notice.objects.get(pk=notice.pk).answers


def test_too_long_text_is_refused_next_to_the_field_and_kept(client, user, notice):
    client.force_login(user)
    client.cookies["django_language"] = "fi"
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "security"})
    response = client.post(url, {"security-other_fi": "a" * 2500})
    page = response.content.decode()
    assert "Suomeksi: enintään 2000 merkkiä (nyt 2500)." in page
    assert "a" * 2500 in page


def test_an_invalid_email_in_rights_is_refused(client, user, notice):
    client.force_login(user)
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "rights"})
    response = client.post(url, {"rights-request_email": "not an email"})
    assert response.status_code == 200
    assert "rights" not in Notice.objects.get(pk=notice.pk).answers


def test_odd_stored_answers_never_break_any_step(client, user, notice):
    """Answers written by an older version (or by hand) still open in the wizard."""
    client.force_login(user)
    Notice.objects.filter(pk=notice.pk).update(
        answers={
            "notice": {"languages": "fi", "title": "plain string", "registers": [1, None, {"name": 5}]},
            "purposes": {"not": "a list"}, "categories": ["wrong"], "sources": {"other": "x"}, "retention": [None, {"preset": 7}],
            "recipients": {"items": "x"}, "transfers": {"items": [{"country": None}]}, "cookies": {"tools": [{}]},
            "automated": None, "rights": {"laws": "gdpr"}, "contact": "x",
        },
        current_step="bogus", completed_steps="x",
    )  # fmt: skip
    assert client.get(reverse("notices:wizard", kwargs={"pk": notice.pk})).status_code == 302
    for step in STEP_KEYS:
        response = client.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step}))
        assert response.status_code == 200, step
