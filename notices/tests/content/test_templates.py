"""Register templates (content/templates.py): each one, with only the organisation's own
facts added, is a complete notice in both languages and both styles, and what the
template says appears, fact by fact, in the section where the law wants it."""

import pytest

from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.checker import check_notice, has_errors
from notices.content.plaintext import section_text
from notices.content.templates import TEMPLATES, TEMPLATES_BY_CODE, apply_templates, check_catalogue_codes, register_id

# The organisation's own facts: what a user types on the first step, nothing more.
CONTROLLER = {
    "name": "Parturi-Kampaamo Kiharat Oy", "country": "FI", "business_id": "1234567-1",
    "street_address": "Kauppakatu 3", "postal_code": "40100", "city": "Jyväskylä",
    "email": "info@kiharat.fi", "phone": "", "website": "", "dpo_name": "", "dpo_email": "", "dpo_phone": "",
    "representative_name": "", "representative_contact": "",
}  # fmt: skip


def confirmed(codes, style="register", languages=("fi", "en")):
    """The answers after choosing the templates and saving every suggested step unchanged."""
    answers, changed = apply_templates({"notice": {"languages": list(languages), "style": style}}, codes)
    assert changed, "a template changes the steps it prefills"
    answers["contact"] = {"name": "Kaisa Kihara", "email": "kaisa@kiharat.fi"}
    # Whether the business's website sets cookies is its own fact; a template without a
    # website register leaves the question to the user.
    answers.setdefault("cookies", {"used": False})
    return answers


def test_templates_use_only_catalogue_codes():
    assert check_catalogue_codes() == []


def test_there_is_a_template_for_each_register_small_businesses_keep():
    assert {t.code for t in TEMPLATES} == {
        "customers", "booking", "webshop", "marketing", "website", "b2b_contacts", "applicants", "employees", "camera", "association",
    }  # fmt: skip


def _facts(template, language, style="register"):
    """(section key, text) the notice must contain for this template."""
    facts = [("registers", template.name[language])]
    for purpose in template.purposes:
        facts.append(("purposes", purpose["description"][language]))
        facts.append(("purposes", catalogues.LEGAL_BASES.label(purpose["legal_basis"], language)))
        if purpose.get("legitimate_interest"):
            facts.append(("legitimate_interests", purpose["legitimate_interest"][language]))
    for category in template.categories:
        facts.append(("categories", catalogues.DATA_CATEGORIES.label(category["code"], language)))
        if category.get("details"):
            facts.append(("categories", category["details"][language]))
    for code in template.sources:
        label = catalogues.SOURCES.label(code, language)
        if style == "statement":  # the statement style addresses the reader ("directly from you")
            label = (catalogues.SOURCES.get(code).attrs.get("statement") or {}).get(language, label)
        facts.append(("sources", label))
    facts.append(("requirement", template.consequences[language]))
    for rule in template.retention:
        for key in ("period", "criteria"):
            if rule.get(key):
                facts.append(("retention", rule[key][language]))
        if rule.get("preset"):
            facts.append(("retention", catalogues.RETENTION_PRESETS.get(rule["preset"]).help(language)))
    for recipient in template.recipients:
        facts.append(("recipients", recipient["description"][language]))
    for code in template.security:
        facts.append(("security", catalogues.SECURITY_MEASURES.label(code, language)))
    for code in template.laws:
        facts.append(("laws", catalogues.LAWS.label(code, language)))
    for code in template.data_subjects:
        facts.append(("data_subjects", catalogues.DATA_SUBJECTS.label(code, language)))
    if template.special:
        facts.append(("special", template.special["description"][language]))
    if template.cookies:
        facts.append(("cookies", template.cookies["how_to_refuse"][language]))
    return facts


@pytest.mark.parametrize("code", sorted(TEMPLATES_BY_CODE))
@pytest.mark.parametrize("style", ["register", "statement"])
def test_template_is_complete_with_only_the_organisations_facts(code, style):
    answers = confirmed([code], style)
    findings = check_notice(answers=answers, controller=CONTROLLER)
    assert not has_errors(findings), [f.message("en") for f in findings if f.severity == "error"]
    template = TEMPLATES_BY_CODE[code]
    for language in ("fi", "en"):
        document = build_document(answers=answers, controller=CONTROLLER, language=language)
        assert document.style == style
        assert document.title == template.title[language]
        for key, text in _facts(template, language, style):
            assert text.lower() in section_text(document, key).lower(), (language, key, text)


@pytest.mark.parametrize("code", sorted(TEMPLATES_BY_CODE))
def test_template_steps_are_suggested_until_confirmed(code):
    answers, changed = apply_templates({"notice": {"languages": ["fi", "en"]}}, [code])
    answers["suggested"] = changed
    blocking = [f for f in check_notice(answers=answers, controller=CONTROLLER) if f.code == "suggested_step_unconfirmed"]
    assert {f.step for f in blocking} == set(changed)
    assert all(f.severity == "error" for f in blocking)


def test_camera_template_has_a_sign_text():
    from notices.content.templates import sign_texts

    texts = sign_texts(["camera"], name="Kiharat Oy", url="https://example.fi/n/abc")
    assert "Kiharat Oy" in texts["fi"] and "https://example.fi/n/abc" in texts["en"]
    assert "kameravalvonta" in texts["fi"].lower()


def test_employee_template_names_the_working_life_privacy_act_and_health_data_condition():
    answers = confirmed(["employees"])
    assert answers["categories"]["special"] is True
    assert answers["categories"]["special_condition"] == "employment_law"
    assert "working_life_privacy" in answers["rights"]["laws"]


def test_combined_templates_print_each_registers_own_content():
    answers = confirmed(["booking", "marketing", "website"])
    assert not has_errors(check_notice(answers=answers, controller=CONTROLLER))
    document = build_document(answers=answers, controller=CONTROLLER, language="fi")
    purposes = document.find("purposes")
    assert [sub.number for sub in purposes.subsections] == ["a)", "b)", "c)"]
    booking, marketing, website = purposes.subsections
    assert "Ajanvarausten vastaanottaminen" in " ".join(" ".join(row) for row in booking.blocks[0].rows)
    assert "Uutiskirjeen lähettäminen" not in " ".join(" ".join(row) for row in booking.blocks[0].rows)
    retention = document.find("retention")
    texts = {sub.heading: " ".join(desc for block in sub.blocks for _term, desc in block.terms) for sub in retention.subsections}
    assert "Kunnes tilaaja peruu tilauksen." in texts["Markkinointi- ja uutiskirjerekisteri"]
    assert "Kunnes tilaaja peruu tilauksen." not in texts["Ajanvarausrekisteri"]
    recipients = document.find("recipients")
    booking_recipients = " ".join(" ".join(row) for block in recipients.subsections[0].blocks for row in block.rows)
    assert "Ajanvarausjärjestelmän toimittaja" in booking_recipients
    assert "Kävijäanalytiikan palvelu" not in booking_recipients
    categories = document.find("categories")
    website_categories = " ".join(item for block in categories.subsections[2].blocks for item in block.items)
    assert "Eväste- ja analytiikkatiedot" in website_categories
    # Contact details are in all three registers: shared, so listed under each.
    assert all("Yhteystiedot" in " ".join(block.items[0] for block in sub.blocks) or any("Yhteystiedot" in item for block in sub.blocks for item in block.items) for sub in categories.subsections)


def test_changing_templates_keeps_what_the_user_typed():
    answers = confirmed(["booking", "marketing"])
    own = {"id": "mine1", "register": "", "description": {"fi": "Lahjakortit", "en": "Gift cards"}, "legal_basis": "contract"}
    answers["purposes"].append(own)
    edited = next(p for p in answers["purposes"] if p["id"] == "tpl-marketing-p1")
    edited["description"] = {"fi": "Kuukausikirje kanta-asiakkaille", "en": "Monthly letter to regulars"}
    answers, _changed = apply_templates(answers, ["booking"])
    ids = [p["id"] for p in answers["purposes"]]
    assert "mine1" in ids  # the user's own row
    assert "tpl-marketing-p1" in ids  # a template row the user edited is now theirs
    assert "tpl-marketing-p2" not in ids  # an untouched row of a removed template goes
    assert "tpl-booking-p1" in ids
    assert [r["id"] for r in answers["notice"]["registers"]] == [register_id("booking")]
    assert answers["templates"] == ["booking"]


def test_applying_the_same_templates_again_changes_nothing():
    answers = confirmed(["customers", "camera"])
    again, changed = apply_templates(answers, ["customers", "camera"])
    assert changed == []
    assert again["purposes"] == answers["purposes"]


def test_a_recipient_for_all_registers_is_listed_once():
    answers = confirmed(["booking", "marketing"])
    answers["recipients"]["items"].append({"id": "own", "register": "", "name": "Tilitoimisto Laskut Oy", "kind": "accounting", "role": "processor", "country": "FI"})
    answers["retention"].append({"id": "own-r", "register": "", "applies_to": {"fi": "Varmuuskopiot", "en": "Backups"}, "period": {"fi": "30 päivää.", "en": "30 days."}})
    document = build_document(answers=answers, controller=CONTROLLER, language="fi")
    recipients = section_text(document, "recipients")
    assert recipients.count("Tilitoimisto Laskut Oy") == 1
    assert "Kaikkien rekisterien osalta" in recipients
    assert section_text(document, "retention").count("Varmuuskopiot") == 1


def test_apply_templates_leaves_its_input_unchanged():
    import copy

    answers = confirmed(["booking", "marketing"])
    before = copy.deepcopy(answers)
    apply_templates(answers, ["booking"])
    assert answers == before
