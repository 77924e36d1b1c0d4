"""What an import may claim (issue 13, items 2, 3 and 6): published history only from a
file this server signed, and a file that could break the database, the validators or the
dashboard is refused with a message before anything is written, never a 500."""

import copy
import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from notices import exports, services
from notices.exports import ImportRefused
from notices.models import AuditEvent, Notice, NoticeVersion, Organisation
from notices.tests.factories import UserFactory
from notices.tests.test_export import account, publish  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _quick(quick_pdf, client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def exported(account):  # noqa: F811
    return json.loads(json.dumps(services.account_export(user=account)))


def versions_of(user):
    return NoticeVersion.objects.filter(notice__organisation__memberships__user=user)


def customers(data):
    return data["organisations"][0]["notices"][0]


def upload(client, user, content: bytes):
    client.force_login(user)
    return client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("export.json", content)})


# --- Signed or not ---------------------------------------------------------------------------


def test_an_export_is_signed_and_the_signature_covers_everything(exported):
    assert exports.signed_here(exported)
    reindented = json.loads(json.dumps(exported, indent=4))
    assert exports.signed_here(reindented)
    changed = copy.deepcopy(exported)
    customers(changed)["versions"][0]["published_by_email"] = "ceo@competitor.example"
    assert not exports.signed_here(changed)


def test_a_file_signed_with_another_key_is_not_signed_here_until_that_key_is_a_fallback(exported, settings):
    signing_key = settings.SECRET_KEY
    settings.SECRET_KEY = "another-server-" + "x" * 40
    assert not exports.signed_here(exported)
    # After a key rotation, files signed with the old key still restore their versions.
    settings.SECRET_KEY_FALLBACKS = [signing_key]
    assert exports.signed_here(exported)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d.pop("signature"), id="no-signature"),
        pytest.param(lambda d: customers(d)["versions"][0].update(published_by_email="someone@else.example"), id="someone-elses-name"),
        pytest.param(lambda d: customers(d)["versions"][0].update(published_at="2001-01-01T10:00:00+00:00"), id="back-dated"),
        pytest.param(lambda d: d.update(signature="0" * 64), id="made-up-signature"),
    ],
)
def test_a_file_this_server_did_not_sign_imports_as_drafts_only(exported, change):
    data = copy.deepcopy(exported)
    change(data)
    fresh = UserFactory()

    result = services.account_import(user=fresh, data=data)

    assert not result.signed and result.versions_restored == 0 and result.versions_not_restored == 3
    assert not versions_of(fresh).exists()
    # The drafts are all there: nothing typed is lost.
    notice = Notice.objects.get(organisation__memberships__user=fresh, title="Asiakasrekisteri")
    assert notice.answers == customers(exported)["answers"]
    # The activity log (which such a file could invent) is not imported either.
    assert not AuditEvent.objects.filter(organisation__memberships__user=fresh).exists()


def test_the_user_is_told_when_a_file_imports_as_drafts_only(client, exported):
    data = copy.deepcopy(exported)
    del data["signature"]
    fresh = UserFactory()

    response = upload(client, fresh, json.dumps(data).encode())

    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "imported as drafts only" in page
    assert Organisation.objects.for_user(fresh).count() == 2


def test_a_signed_file_restores_its_versions_without_that_warning(client, exported):
    fresh = UserFactory()
    response = upload(client, fresh, json.dumps(exported).encode())
    assert "imported as drafts only" not in client.get(response.url).content.decode()
    assert versions_of(fresh).count() == 3


# --- Version history must be possible ---------------------------------------------------------


def signed(exported, change):
    data = copy.deepcopy(exported)
    change(data)
    return exports.sign(data)


def at(moment) -> str:
    return moment.isoformat()


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: customers(d)["versions"][0].update(number=0), "numbered 1, 2, 3"),
        (lambda d: customers(d)["versions"][1].update(number=1000), "numbered 1, 2, 3"),
        (lambda d: customers(d)["versions"].reverse(), "numbered 1, 2, 3"),
        (lambda d: customers(d)["versions"][1].update(published_at="2001-01-01T10:00:00+00:00"), "after the one before"),
        (lambda d: customers(d)["versions"][1].update(published_at=at(timezone.now() + timedelta(days=30000))), "future"),
        (lambda d: d["organisations"][0].update(created_at=at(timezone.now() + timedelta(days=2))), "future"),
    ],
)
def test_impossible_history_is_refused_even_in_a_signed_file(exported, change, message):
    fresh = UserFactory()
    with pytest.raises(ImportRefused, match=message):
        services.account_import(user=fresh, data=signed(exported, change))
    assert not Organisation.objects.for_user(fresh).exists()


# --- Files that used to give a 500 -----------------------------------------------------------


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    "replace, message",
    [
        ('"intro": {"fi": NaN}', "NaN or Infinity"),
        ('"intro": {"fi": Infinity}', "NaN or Infinity"),
        ('"intro": {"fi": -Infinity}', "NaN or Infinity"),
        ('"intro": {"fi": "a\\u0000b"}', "NUL character"),
        ('"intro": {"fi": "\\ud800"}', "not valid UTF-8"),
        ('"intro": {"fi": ' + nested(5000) + "}", "nested too deeply"),
        ('"intro": {"fi": ' + nested(200) + "}", "nested too deeply"),
        ('"intro": {"fi": ' + "9" * 5000 + "}", "not a JSON file"),
    ],
)
def test_hostile_json_is_refused_next_to_the_field_before_the_database(client, exported, replace, message):
    data = copy.deepcopy(exported)
    customers(data)["answers"]["intro"] = "PLACEHOLDER"
    content = json.dumps(data).replace('"intro": "PLACEHOLDER"', replace).encode()
    fresh = UserFactory()

    response = upload(client, fresh, content)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Organisation.objects.for_user(fresh).exists()


@pytest.mark.parametrize(
    "value, message",
    [
        (float("nan"), "NaN or Infinity"),
        (float("inf"), "NaN or Infinity"),
        ("a\x00b", "NUL character"),
        ({"a\x00": "key"}, "NUL character"),
    ],
)
def test_the_service_refuses_the_same_values_from_any_caller(exported, value, message):
    data = copy.deepcopy(exported)
    customers(data)["answers"]["intro"] = {"fi": value}
    with pytest.raises(ImportRefused, match=message):
        services.account_import(user=UserFactory(), data=data)


# --- Size and count limits ---------------------------------------------------------------------


def test_more_organisations_than_an_account_may_have_is_refused(exported, settings):
    settings.SELOSTE_MAX_ORGANISATIONS = 1
    with pytest.raises(ImportRefused, match="more organisations than an account may have"):
        services.account_import(user=UserFactory(), data=exported)


def test_more_notices_than_an_organisation_may_have_is_refused(exported, settings):
    settings.SELOSTE_MAX_NOTICES_PER_ORGANISATION = 1
    with pytest.raises(ImportRefused, match=r"organisations\[0\]: more notices"):
        services.account_import(user=UserFactory(), data=exported)


def test_a_notice_longer_than_the_limit_is_refused(exported, settings):
    settings.SELOSTE_MAX_NOTICE_CHARACTERS = 1000
    with pytest.raises(ImportRefused, match=r"organisations\[0\]\.notices\[0\]: The notice is too long"):
        services.account_import(user=UserFactory(), data=exported)


def test_a_list_longer_than_the_wizard_allows_is_refused(exported):
    data = copy.deepcopy(exported)
    customers(data)["answers"]["purposes"] = [{"id": f"p{index}"} for index in range(700)]
    with pytest.raises(ImportRefused, match="more rows than the wizard allows"):
        services.account_import(user=UserFactory(), data=data)


def test_more_versions_than_one_import_restores_is_refused(exported, settings):
    settings.SELOSTE_MAX_IMPORT_VERSIONS = 2
    with pytest.raises(ImportRefused, match=r"more published versions \(3\)"):
        services.account_import(user=UserFactory(), data=exported)
