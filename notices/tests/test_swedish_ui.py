"""The Swedish interface: the catalogue covers the whole interface with no untranslated or
fuzzy entries and keeps every placeholder and tag; Accept-Language, the language cookie
and the switch all give Swedish pages; the switch names each language in itself; people
who chose Swedish get Swedish e-mails."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse

from notices import emails, services_teams
from notices.models import Role
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

LOCALE = Path(settings.BASE_DIR) / "locale"
# %(name)s, %s and {name}: a translation that loses or renames one breaks the page (KeyError)
# or shows the raw marker.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def msgstrs(entry: polib.POEntry) -> list[tuple[str, str]]:
    """(source, translation) pairs; Swedish has English's two plural forms, so the singular
    form answers to msgid and the plural form to msgid_plural."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr)]
    return [(entry.msgid, entry.msgstr_plural.get(0, "")), (entry.msgid_plural, entry.msgstr_plural.get(1, ""))]


def test_the_swedish_catalogue_is_complete_and_not_fuzzy():
    po = catalogue("sv")
    assert po.metadata["Language"] == "sv"
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert not po.metadata_is_fuzzy
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert [entry.msgid for entry in po.obsolete_entries()] == []
    untranslated = [entry.msgid for entry in po if not all(text.strip() for _source, text in msgstrs(entry)) or not msgstrs(entry)]
    assert untranslated == []
    plurals = [entry for entry in po if entry.msgid_plural]
    assert plurals and all(len(entry.msgstr_plural) == 2 for entry in plurals)


def test_the_swedish_catalogue_has_every_string_of_the_finnish_one():
    # The Finnish catalogue is the list of interface strings (new ones are appended to it):
    # each needs a Swedish translation too, or Swedish pages fall back to English text.
    swedish = {(entry.msgctxt, entry.msgid) for entry in catalogue("sv")}
    missing = [msgid for context, msgid in ((e.msgctxt, e.msgid) for e in catalogue("fi") if not e.obsolete) if (context, msgid) not in swedish]
    assert missing == [], "Translate these into locale/sv/LC_MESSAGES/django.po too"


def test_every_swedish_translation_keeps_the_placeholders_and_tags():
    broken = []
    for entry in catalogue("sv"):
        for source, text in msgstrs(entry):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)) or sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                broken.append((source, text))
    assert broken == []


def test_the_compiled_swedish_catalogue_matches_the_po_file():
    compiled = polib.mofile(str(LOCALE / "sv" / "LC_MESSAGES" / "django.mo"))
    translations = {entry.msgid: entry.msgstr or entry.msgstr_plural for entry in compiled}
    stale = [e.msgid for e in catalogue("sv") if translations.get(e.msgid) != (e.msgstr or {n: t for n, t in e.msgstr_plural.items()})]
    assert stale == [], "Run msgfmt --check -o locale/sv/LC_MESSAGES/django.mo locale/sv/LC_MESSAGES/django.po"


def test_swedish_is_an_interface_language_between_finnish_and_english():
    assert [code for code, _name in settings.LANGUAGES] == ["fi", "sv", "en"]


@pytest.mark.django_db
def test_the_switch_names_each_language_in_itself(client):
    html = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    switch = html[html.index(reverse("set_language")) :]
    switch = switch[: switch.index("</form>")]
    buttons = re.findall(r'<button type="submit" name="language" value="(\w+)" lang="(\w+)"[^>]*>([^<]+)</button>', switch)
    assert [(value, lang, label.strip()) for value, lang, label in buttons] == [
        ("fi", "fi", "Suomi"),
        ("sv", "sv", "Svenska"),
        ("en", "en", "English"),
    ]
    assert 'value="en" lang="en"\n                class="btn btn-sm language-option btn-secondary"' in switch


@pytest.mark.django_db
@pytest.mark.parametrize("accept", ["sv", "sv-FI,sv;q=0.9,fi;q=0.8", "sv-SE"])
def test_a_swedish_browser_gets_the_front_page_in_swedish(client, accept):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="sv">' in html
    assert "Så fungerar det" in html and "Skapa ett gratis konto" in html
    assert "Näin se toimii" not in html and "How it works" not in html


@pytest.mark.django_db
def test_the_switch_sets_swedish_for_the_login_page(client):
    response = client.post(reverse("set_language"), {"language": "sv", "next": reverse("login")}, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 302 and response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sv"
    html = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Glömt lösenordet?" in html and "Ny på Seloste?" in html and "Lösenord" in html
    assert "Unohditko" not in html


@pytest.mark.django_db
def test_the_dashboard_and_a_wizard_step_are_in_swedish(client):
    user = UserFactory()
    organisation = MembershipFactory(user=user, role=Role.OWNER).organisation
    notice = NoticeFactory(organisation=organisation)
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    dashboard = client.get(reverse("notices:dashboard")).content.decode()
    assert "Dina organisationer och beskrivningar" in dashboard and "Ny beskrivning" in dashboard and "Översikt" in dashboard
    assert "Logga ut" in dashboard
    step = client.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "controller"})).content.decode()
    assert "Spara och fortsätt" in step and "Grunduppgifter" in step and "Personuppgifts\u00adansvarig och kontakter" in step


@pytest.mark.django_db
def test_signing_up_in_swedish_remembers_swedish_for_e_mails(client):
    client.post(
        reverse("signup"),
        {"email": "svensk@example.fi", "password1": "Dataskydd-2026!", "password2": "Dataskydd-2026!"},
        HTTP_ACCEPT_LANGUAGE="sv-FI",
    )
    from notices.models import User

    assert User.objects.get(email="svensk@example.fi").language == "sv"


@pytest.mark.django_db
def test_an_invitation_in_swedish_is_a_swedish_e_mail(mailoutbox, django_capture_on_commit_callbacks):
    owner = UserFactory(email="agare@example.fi")
    organisation = MembershipFactory(user=owner, role=Role.OWNER, organisation=OrganisationFactory(name="Café <Åsa> & Co")).organisation
    with django_capture_on_commit_callbacks(execute=True):
        services_teams.invitation_create(organisation=organisation, email="ny@example.fi", role=Role.EDITOR, by=owner, language="sv")
    [mail] = mailoutbox
    assert mail.subject == "agare@example.fi har bjudit in dig till Café <Åsa> & Co i Seloste"
    assert "Din roll: redigerare." in mail.body
    assert "Café &lt;Åsa&gt; &amp; Co" in mail.alternatives[0][0]


def test_every_team_e_mail_has_a_swedish_template():
    context = {"notice": "Kundregister", "organisation": "Ab Exempel Oy", "url": "https://seloste.example/x", "requested_by": "a@example.fi",
               "decided_by": "b@example.fi", "invited_by": "c@example.fi", "role": "läsare", "version": 2, "note": "", "reason": ""}
    names = ("approval_request", "invitation", "request_approved", "request_rejected")
    subjects = {name: emails.render(name, language="sv", context=context)[0] for name in names}
    assert subjects == {
        "approval_request": "Väntar på ditt godkännande: Kundregister (Ab Exempel Oy)",
        "invitation": "c@example.fi har bjudit in dig till Ab Exempel Oy i Seloste",
        "request_approved": "Publicerad: Kundregister (Ab Exempel Oy)",
        "request_rejected": "Inte publicerad: Kundregister (Ab Exempel Oy)",
    }


def test_swedish_dates_are_written_the_finland_swedish_way():
    from datetime import datetime

    from django.utils import formats, translation

    moment = datetime(2026, 12, 2, 14, 5)
    with translation.override("sv"):
        assert formats.date_format(moment, "SHORT_DATE_FORMAT") == "2.12.2026"
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "2.12.2026 14.05"
        assert formats.date_format(moment, "DATE_FORMAT") == "2 december 2026"
    with translation.override("fi"):
        assert formats.date_format(moment, "SHORT_DATE_FORMAT") == "2.12.2026"


@pytest.mark.django_db
def test_the_publish_page_names_the_notice_languages_in_swedish(client, quick_pdf):
    from notices.tests.publishing_helpers import edit_draft, make_notice, publish

    user = UserFactory()
    notice = make_notice(user)
    publish(notice, user)
    edit_draft(notice)
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    html = client.get(reverse("notices:notice_publish", kwargs={"pk": notice.pk})).content.decode()
    # The notice has no Swedish text: the changes are shown in its first language, named in Swedish.
    assert "Visas på finska, beskrivningens språk." in html
    assert "Finnish" not in html
