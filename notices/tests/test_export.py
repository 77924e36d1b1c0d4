"""Export and import of a whole account (docs/export.md): the round trip gives back
everything exactly; bad files and non-empty accounts are refused with clear messages."""

import base64
import copy
import hashlib
import json
import os
from datetime import timedelta
from pathlib import Path

import jsonschema
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from notices import exports, services
from notices.exports import ImportRefused
from notices.models import AuditEvent, Membership, Notice, NoticeVersion, NoticeVersionFile, Organisation
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<script>alert('x')</script> 🙂 Ääkkönen & \"quotes\""


@pytest.fixture(autouse=True)
def _quick_pdf(quick_pdf):
    # Import re-renders every version's PDF; test_pdf.py tests the real renderer.
    pass


@pytest.fixture(autouse=True)
def english(client, settings):
    # The assertions below read the English messages; Finnish is checked on its own.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


def document(notice, language, number) -> dict:
    """The smallest document publishing could store (docs/notice-json-schema.json)."""
    return {
        "language": language, "style": "register", "title": notice.title, "controller_name": notice.organisation.name,
        "sections": [], "version_line": f"v{number}",
    }  # fmt: skip


def publish(notice, number, by, days_ago, languages=("fi", "en")):
    version = NoticeVersion.objects.create(
        notice=notice,
        number=number,
        published_at=timezone.now() - timedelta(days=days_ago, microseconds=123),
        published_by=by,
        published_by_email=by.email if by else "former@example.fi",
        note=f"Muutos {number}: {HOSTILE}",
        languages=list(languages),
        answers={**notice.answers, "drawn_up_on": "2026-01-02"},
        controller=notice.organisation.snapshot(),
        rendered={
            language: {"html": f"<main><h1>{notice.title}</h1></main>", "json": document(notice, language, number), "title": notice.title}
            for language in languages
        },
        etag=f"etag-{number}",
    )
    for language in languages:
        data = b"%PDF-1.7\n" + os.urandom(300) + bytes(range(256)) + b"%%EOF"
        NoticeVersionFile.objects.create(version=version, language=language, data=data, sha256=hashlib.sha256(data).hexdigest())
    return version


@pytest.fixture
def account(db):
    """A user with two organisations (one shared with a colleague), drafts and versions."""
    owner = UserFactory(full_name="Maija Meikäläinen")
    colleague = UserFactory()
    cafe = MembershipFactory(user=owner, organisation__name="Kahvila Ääkkönen Oy", organisation__dpo_email="dpo@example.fi").organisation
    shop = MembershipFactory(user=owner, role=Membership.Role.EDITOR, organisation__name=f"Kauppa {HOSTILE}").organisation
    MembershipFactory(user=colleague, organisation=shop)

    customers = NoticeFactory(organisation=cafe, title="Asiakasrekisteri", created_by=owner,
                              answers={"notice": {"languages": ["fi", "en"], "intro": {"fi": HOSTILE, "en": "x" * 5000}}},
                              current_step="review", completed_steps=["notice", "purposes"])  # fmt: skip
    draft = NoticeFactory(organisation=cafe, title="Työnhakijat (luonnos)", created_by=owner, answers={}, current_step="")
    staff = NoticeFactory(organisation=shop, title="Henkilöstö", created_by=colleague, answers={"notice": {"languages": ["fi"]}})
    publish(customers, 1, owner, days_ago=30)
    publish(customers, 2, owner, days_ago=3)
    publish(staff, 1, colleague, days_ago=5, languages=("fi",))
    services.audit_record(organisation=cafe, actor=owner, action="organisation_created", detail={"name": cafe.name})
    services.audit_record(organisation=cafe, actor=owner, action="notice_published", notice=customers, detail={"version": 2})
    services.audit_record(organisation=shop, actor=colleague, action="notice_published", notice=staff, detail={"version": 1})
    services.audit_record(organisation=cafe, actor=owner, action="notice_created", notice=draft, detail={"title": draft.title})
    # Someone else's data never appears in the export.
    stranger = MembershipFactory(organisation__name="Vieras Oy").organisation
    NoticeFactory(organisation=stranger, title="Vieras rekisteri")
    # Times that auto_now would otherwise overwrite on import.
    Organisation.objects.filter(pk=cafe.pk).update(created_at=timezone.now() - timedelta(days=400), updated_at=timezone.now() - timedelta(days=40))
    Notice.objects.filter(pk=draft.pk).update(created_at=timezone.now() - timedelta(days=60), updated_at=timezone.now() - timedelta(days=6))
    return owner


def comparable(data: dict) -> dict:
    """What must survive a round trip: everything but the time of export, whose account it
    was and the signature over them, and the versions' pages and PDFs (import renders
    those again from the version's answers)."""
    data = copy.deepcopy(data)
    del data["exported_at"], data["user"], data["signature"]
    for organisation in data["organisations"]:
        for notice in organisation["notices"]:
            for version in notice["versions"]:
                del version["rendered"], version["etag"], version["files"]
    return data


def test_export_contains_all_the_users_organisations_notices_drafts_and_versions(account):
    data = services.account_export(user=account)

    assert data["format"] == "seloste-export" and data["version"] == 1
    assert [org["name"] for org in data["organisations"]] == ["Kahvila Ääkkönen Oy", f"Kauppa {HOSTILE}"]
    cafe, shop = data["organisations"]
    assert cafe["membership"]["role"] == "owner" and shop["membership"]["role"] == "editor"
    assert [notice["title"] for notice in cafe["notices"]] == ["Asiakasrekisteri", "Työnhakijat (luonnos)"]
    customers = cafe["notices"][0]
    assert customers["answers"]["notice"]["intro"]["fi"] == HOSTILE
    assert customers["current_step"] == "review" and customers["completed_steps"] == ["notice", "purposes"]
    assert [version["number"] for version in customers["versions"]] == [1, 2]
    pdf = customers["versions"][0]["files"][0]
    stored = NoticeVersionFile.objects.get(version__notice__title="Asiakasrekisteri", version__number=1, language="en")
    assert pdf["language"] == "en" and base64.b64decode(pdf["data"]) == bytes(stored.data)
    assert shop["notices"][0]["versions"][0]["published_by_self"] is False
    assert [event["action"] for event in cafe["audit_events"]] == ["organisation_created", "notice_published", "notice_created"]
    assert cafe["audit_events"][2]["notice"] == 1  # position of the draft in the list
    assert "Vieras" not in json.dumps(data, ensure_ascii=False)
    assert "public_slug" not in json.dumps(data)


def test_export_matches_the_documented_schema(account):
    data = json.loads(json.dumps(services.account_export(user=account)))
    schema = json.loads((ROOT / "docs/export-schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema)


def test_schema_documents_every_exported_model_field():
    schema = json.loads((ROOT / "docs/export-schema.json").read_text())
    definitions = {
        Organisation: "organisation",
        Membership: "membership",
        Notice: "notice",
        NoticeVersion: "version",
        NoticeVersionFile: "file",
        AuditEvent: "audit_event",
    }
    for model, name in definitions.items():
        documented = set(schema["$defs"][name]["properties"])
        fields = {field.name for field in exports.exported_fields(model)}
        assert fields <= documented, f"{name}: document {fields - documented} in docs/export-schema.json and docs/export.md"
    docs = (ROOT / "docs/export.md").read_text()
    assert "export-schema.json" in docs


def test_round_trip_into_a_fresh_account_gives_back_everything(account):
    exported = json.loads(json.dumps(services.account_export(user=account)))
    fresh = UserFactory()

    result = services.account_import(user=fresh, data=exported)

    assert len(result.organisations) == 2 and result.signed and result.versions_restored == 3
    again = json.loads(json.dumps(services.account_export(user=fresh)))
    assert comparable(again) == comparable(exported)
    # Versions are new rows with their own slugs, but their numbers, dates and PDFs are the originals'.
    original = NoticeVersion.objects.get(notice__organisation__memberships__user=account, notice__title="Asiakasrekisteri", number=2)
    restored = NoticeVersion.objects.get(notice__organisation__memberships__user=fresh, notice__title="Asiakasrekisteri", number=2)
    assert restored.pk != original.pk and restored.notice.public_slug != original.notice.public_slug
    assert restored.published_at == original.published_at
    assert restored.published_by == fresh and restored.published_by_email == account.email
    # The page and PDFs are made again by Seloste, for the new address; never copied from the file.
    assert restored.rendered != original.rendered
    assert f"/n/{restored.notice.public_slug}/v2/" in restored.rendered["fi"]["html"]
    assert restored.rendered["fi"]["json"]["version_line"]
    assert {f.language: bytes(f.data) for f in restored.files.all()} == {"fi": b"%PDF-1.7 test", "en": b"%PDF-1.7 test"}


def test_import_refuses_an_account_that_already_has_data(account):
    exported = services.account_export(user=account)
    before = Organisation.objects.count()
    with pytest.raises(ImportRefused, match="already has organisations"):
        services.account_import(user=account, data=exported)
    assert Organisation.objects.count() == before


def tampered(exported, change):
    """``exported`` changed, and signed again: as if this server had made the file, so
    that the checks on published versions are reached."""
    data = json.loads(json.dumps(exported))
    change(data)
    return exports.sign(data)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(format="something-else"), "not a Seloste export"),
        (lambda d: d.update(version=99), "unsupported version"),
        (lambda d: d["organisations"][0].pop("name"), "'name' is a required property"),
        (lambda d: d["organisations"][0].update(name="x" * 201), "organisations[0].name"),
        (lambda d: d["organisations"][0].update(id=5), "Additional properties"),
        (lambda d: d["organisations"][0]["notices"][0]["versions"][0].update(published_at="yesterday"), "published_at"),
        (lambda d: d["organisations"][0]["notices"][0]["versions"][0].update(published_at="2026-01-01T10:00:00"), "time zone"),
        (lambda d: d["organisations"][0]["notices"][0]["versions"][1].update(number=1), "same number"),
        (lambda d: d["organisations"][0]["audit_events"][0].update(notice=7), "not in the file"),
        (lambda d: d["organisations"][0]["membership"].update(role="admin"), "organisations[0].membership.role"),
    ],
)
def test_import_refuses_invalid_files_with_a_clear_message_and_changes_nothing(account, change, message):
    exported = services.account_export(user=account)
    fresh = UserFactory()
    with pytest.raises(ImportRefused, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        services.account_import(user=fresh, data=tampered(exported, change))
    assert not Organisation.objects.for_user(fresh).exists()
    assert NoticeVersion.objects.filter(notice__organisation__memberships__user=fresh).count() == 0


# --- Views --------------------------------------------------------------------------------------


def test_export_page_and_download(client, account):
    client.force_login(account)
    page = client.get(reverse("notices:export"))
    assert page.status_code == 200
    assert reverse("notices:export_download") in page.content.decode()

    response = client.get(reverse("notices:export_download"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="seloste-export-')
    assert response["Cache-Control"] == "private, no-store"
    assert comparable(json.loads(response.content)) == comparable(json.loads(json.dumps(services.account_export(user=account))))


def test_export_needs_login(client, db):
    response = client.get(reverse("notices:export_download"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_import_upload_restores_into_an_empty_account(client, account):
    exported = json.dumps(services.account_export(user=account)).encode()
    fresh = UserFactory()
    client.force_login(fresh)
    assert 'enctype="multipart/form-data"' in client.get(reverse("notices:export")).content.decode()

    response = client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("export.json", exported, "application/json")})

    assert response.status_code == 302 and response.url == reverse("notices:dashboard")
    assert Organisation.objects.for_user(fresh).count() == 2
    assert NoticeVersion.objects.filter(notice__organisation__memberships__user=fresh).count() == 3


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe not text", "not a JSON file"),
        (b'{"format": "seloste-export", "version": 1}', "not a valid Seloste export"),
        (b"[1, 2]", "not a Seloste export file"),
    ],
)
def test_import_upload_shows_the_problem_next_to_the_field(client, user, content, message):
    client.force_login(user)
    response = client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("x.json", content)})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "invalid-feedback" in html or "is-invalid" in html


def test_import_into_a_non_empty_account_explains_why(client, account):
    exported = json.dumps(services.account_export(user=account)).encode()
    client.force_login(account)
    response = client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("export.json", exported)})
    assert response.status_code == 400
    assert "already has organisations" in response.content.decode()
    assert Organisation.objects.for_user(account).count() == 2


def test_import_is_all_or_nothing(account):
    exported = services.account_export(user=account)
    # The second organisation is broken: the first must not be left behind.
    data = tampered(exported, lambda d: d["organisations"][1]["notices"][0].update(title=""))
    fresh = UserFactory()
    with pytest.raises(ImportRefused, match="organisations\\[1\\].notices\\[0\\].title"):
        services.account_import(user=fresh, data=data)
    assert not Organisation.objects.for_user(fresh).exists()
    assert OrganisationFactory._meta.model.objects.filter(name="Kahvila Ääkkönen Oy").count() == 1


def test_refusals_are_in_the_users_language(client, account, settings):
    exported = json.dumps(services.account_export(user=account)).encode()
    client.force_login(account)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fi"
    response = client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("export.json", exported)})
    assert "Tililläsi on jo organisaatioita" in response.content.decode()
    response = client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("x.json", b"nope")})
    assert "Tiedosto ei ole JSON-tiedosto" in response.content.decode()


def test_every_page_links_to_the_users_data(client, user):
    client.force_login(user)
    assert reverse("notices:export") in client.get(reverse("notices:dashboard")).content.decode()
