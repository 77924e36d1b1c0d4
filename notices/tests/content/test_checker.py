"""The completeness check: a failing and a passing case for every rule.

Each case starts from the full sample notice (which has no errors) and applies one change
that breaks the rule, and one nearby change that satisfies it.
"""

import pytest

from notices.content import builder, checker
from notices.content.checker import RULES, Finding, check_notice, errors_for_language, has_errors
from notices.content.samples import sample_answers, sample_controller
from notices.content.steps import STEP_KEYS


def run(change=None):
    answers, controller = sample_answers(), sample_controller()
    if change:
        change(answers, controller)
    return check_notice(answers=answers, controller=controller)


def codes(findings):
    return {f.code for f in findings}


def setter(path, value):
    """change(answers, controller) that sets answers[path...] (or controller with 'c.')."""

    def change(a, c):
        target, keys = (c, path[2:].split(".")) if path.startswith("c.") else (a, path.split("."))
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if value is DELETE:
            del target[last]
        elif isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


DELETE = object()


def both(*changes):
    def change(a, c):
        for ch in changes:
            ch(a, c)

    return change


def append(path, value):
    def change(a, c):
        target = a
        for key in path.split("."):
            target = target[key]
        target.append(value)

    return change


LI = {"fi": "x", "en": "x"}
US_NO_REP = both(setter("c.country", "US"), setter("c.business_id", "EIN 12-3456789"))
NO_SUBJECT_SOURCES = setter("sources.items", ["partners", "directories"])

CASES = {
    "controller_name_missing": (setter("c.name", ""), setter("c.name", "Toinen Oy")),
    "controller_business_id_missing": (setter("c.business_id", ""), both(setter("c.country", "SE"), setter("c.business_id", "556000-1234"))),
    "controller_business_id_invalid": (setter("c.business_id", "3184529-3"), both(setter("c.country", "DE"), setter("c.business_id", "HRB 12345"))),
    "controller_address_missing": (setter("c.street_address", ""), setter("c.street_address", "PL 12")),
    "controller_contact_missing": (both(setter("c.email", ""), setter("c.phone", "")), setter("c.email", "")),
    "contact_person_missing": (setter("contact", {}), setter("contact", {"name": "Matti Meikäläinen"})),
    "dpo_contact_missing": (setter("c.dpo_name", "Tietosuojavastaava"), both(setter("c.dpo_name", ""), setter("c.dpo_email", "dpo@example.fi"))),
    "representative_missing": (US_NO_REP, both(US_NO_REP, setter("c.representative_name", "EU Rep Oy"))),
    "request_channel_missing": (
        both(setter("rights.request_email", ""), setter("contact.email", ""), setter("c.email", ""), setter("c.street_address", ""), setter("c.phone", "09 1")),
        both(setter("rights.request_email", ""), setter("contact.email", ""), setter("c.email", ""), setter("c.street_address", ""), setter("rights.request_other", {"fi": "Lomakkeella", "en": "Using the form"})),
    ),
    "languages_missing": (setter("notice.languages", []), setter("notice.languages", ["en"])),
    "registers_missing": (setter("notice.registers", []), both(setter("notice.registers", []), setter("notice.style", "statement"))),
    "data_subjects_missing": (
        both(setter("notice.data_subjects", []), setter("notice.data_subjects_other", {})),
        setter("notice.data_subjects", []),
    ),
    "no_purposes": (setter("purposes", []), setter("purposes", [{"description": {"fi": "a", "en": "a"}, "legal_basis": "contract"}])),
    "purpose_without_description": (setter("purposes.0.description", {}), setter("purposes.0.description", {"fi": "Uusi", "en": "New"})),
    "purpose_without_basis": (setter("purposes.0.legal_basis", "legitimate_interest"), setter("purposes.0.legal_basis", "vital_interests")),
    "legitimate_interest_not_described": (setter("purposes.3.legitimate_interest", {"fi": "", "en": ""}), setter("purposes.3.legitimate_interest", LI)),
    "categories_missing": (setter("categories.items", []), setter("categories.items", [{"code": "basic"}])),
    "category_without_name": (append("categories.items", {"code": "", "name": {}}), append("categories.items", {"code": "", "name": {"fi": "Kuvat", "en": "Photos"}})),
    "special_unanswered": (setter("categories.special", DELETE), setter("categories.special", True)),
    "special_without_condition": (
        both(setter("categories.special", True), setter("categories.special_description", {"fi": "Terveystiedot", "en": "Health data"})),
        both(setter("categories.special", True), setter("categories.special_description", {"fi": "Terveystiedot", "en": "Health data"}), setter("categories.special_condition", "explicit_consent")),
    ),
    "special_without_description": (
        both(setter("categories.special", True), setter("categories.special_condition", "explicit_consent")),
        both(setter("categories.special", True), setter("categories.special_description", {"fi": "Terveystiedot", "en": "Health data"})),
    ),
    "criminal_without_description": (
        setter("categories.criminal", True),
        both(setter("categories.criminal", True), setter("categories.criminal_description", {"fi": "Rikosrekisteriote", "en": "Criminal record extract"})),
    ),
    "sources_missing": (setter("sources.items", []), both(setter("sources.items", []), setter("sources.other", [{"name": {"fi": "Messut", "en": "Trade fairs"}}]))),
    "source_without_name": (setter("sources.other", [{"name": {}}]), setter("sources.other", [{"name": {"fi": "Messut", "en": "Trade fairs"}, "public": False}])),
    "requirement_missing": (setter("sources.requirement", ""), both(setter("sources.requirement", ""), NO_SUBJECT_SOURCES)),
    "consequences_missing": (setter("sources.consequences", {}), both(setter("sources.consequences", {}), NO_SUBJECT_SOURCES)),
    "retention_missing": (setter("retention", []), setter("retention", [{"criteria": LI, "period": LI}])),
    "retention_rule_empty": (append("retention", {"applies_to": {"fi": "Lokit", "en": "Logs"}}), append("retention", {"applies_to": {"fi": "Lokit", "en": "Logs"}, "preset": "ledgers"})),
    "retention_criteria_only": (
        setter("retention.0", {"applies_to": {"fi": "A", "en": "A"}, "criteria": {"fi": "Tarpeen mukaan", "en": "As needed"}}),
        setter("retention.0", {"applies_to": {"fi": "A", "en": "A"}, "criteria": {"fi": "Tarpeen mukaan", "en": "As needed"}, "period": {"fi": "2 v", "en": "2 y"}}),
    ),
    "retention_rule_without_subject": (append("retention", {"period": {"fi": "1 v", "en": "1 y"}}), setter("retention", [{"period": {"fi": "1 v", "en": "1 y"}}])),
    "recipients_unanswered": (setter("recipients", DELETE), both(setter("recipients", {"items": []}), setter("transfers", {"any": False}))),
    "recipient_without_name": (append("recipients.items", {"role": "processor"}), append("recipients.items", {"kind": "accounting", "role": "processor"})),
    "recipient_transfer_undeclared": (setter("transfers.items", []), setter("transfers.items", [{"country": "US", "recipient": "The Rocket Science Group LLC (Mailchimp)", "safeguard": "dpf"}, {"country": "AU", "safeguard": "scc"}])),
    "transfers_unanswered": (setter("transfers", {}), setter("transfers", {"any": True, "items": [{"country": "US", "safeguard": "dpf"}, {"country": "AU", "safeguard": "scc"}]})),
    "transfers_without_items": (setter("transfers.items", []), setter("transfers.items", [{"country": "AU", "safeguard": "scc"}])),
    "transfers_contradiction": (setter("transfers.any", False), setter("transfers.any", True)),
    "transfer_country_missing": (setter("transfers.items.2.country", ""), setter("transfers.items.2.country", "IN")),
    "transfer_without_safeguard": (setter("transfers.items.2.safeguard", ""), setter("transfers.items.2.safeguard", "bcr")),
    "transfer_privacy_shield": (setter("transfers.items.0.safeguard", "privacy_shield"), setter("transfers.items.0.safeguard", "scc")),
    "transfer_adequacy_not_adequate": (setter("transfers.items.0.safeguard", "adequacy"), append("transfers.items", {"country": "JP", "recipient": "K.K.", "safeguard": "adequacy"})),
    "transfer_dpf_not_us": (setter("transfers.items.2.safeguard", "dpf"), setter("transfers.items.0.safeguard", "dpf")),
    "transfer_within_eea": (append("transfers.items", {"country": "DE", "recipient": "GmbH", "safeguard": "scc"}), append("transfers.items", {"country": "CH", "recipient": "AG", "safeguard": "adequacy"})),
    "security_missing": (setter("security", {}), setter("security", {"other": {"fi": "Lukittu kaappi", "en": "A locked cabinet"}})),
    "automated_unanswered": (setter("automated", {}), setter("automated", {"decisions": False, "profiling": False})),
    "automated_without_logic": (
        setter("automated", {"decisions": False, "profiling": True, "consequences": LI}),
        setter("automated", {"decisions": False, "profiling": True, "consequences": LI, "logic": LI}),
    ),
    "automated_without_consequences": (
        setter("automated", {"decisions": True, "profiling": False, "logic": LI}),
        setter("automated", {"decisions": True, "profiling": False, "logic": LI, "consequences": LI}),
    ),
    "cookies_unanswered": (setter("cookies", {}), setter("cookies", {"used": False})),
    "cookies_without_refusal": (setter("cookies.how_to_refuse", {}), setter("cookies", {"used": False})),
    "cookies_without_categories": (setter("cookies.categories", []), setter("cookies.categories", ["necessary"])),
    # A library service's rows (notices/content/service_library.py): facts it could not confirm.
    "service_country_unknown": (
        append("recipients.items", {"id": "s1", "service": "fresha", "kind": "it_services", "name": "Fresha", "country": "", "unknown": ["country"]}),
        append("recipients.items", {"id": "s1", "service": "fresha", "kind": "it_services", "name": "Fresha", "country": "FI", "unknown": ["country"]}),
    ),
    "service_role_unknown": (
        append("recipients.items", {"id": "s1", "service": "fresha", "name": "Fresha", "country": "FI", "role": "", "unknown": ["role"]}),
        append("recipients.items", {"id": "s1", "service": "fresha", "name": "Fresha", "country": "FI", "role": "processor", "unknown": ["role"]}),
    ),
    "service_transfers_unknown": (
        append("recipients.items", {"id": "s1", "service": "fresha", "name": "Fresha", "country": "FI", "unknown": ["transfers"]}),
        both(
            append("recipients.items", {"id": "s1", "service": "fresha", "name": "Fresha", "country": "FI", "unknown": ["transfers"]}),
            append("transfers.items", {"country": "IN", "recipient": "Fresha", "recipient_id": "s1", "safeguard": "scc"}),
        ),
    ),
    "transfer_dpf_uncertified": (setter("transfers.items.0.dpf_certified", False), setter("transfers.items.0.dpf_certified", True)),
    "missing_translation": (setter("purposes.0.description", {"fi": "Vain suomeksi"}), both(setter("purposes.0.description", {"fi": "Vain suomeksi"}), setter("notice.languages", ["fi"]))),
}


def test_the_sample_notice_passes_with_no_findings():
    assert run() == []


from .checker_cases_i11b import CASES_I11B  # noqa: E402

CASES.update(CASES_I11B)


def test_every_rule_has_a_failing_and_a_passing_case():
    # consent_withdrawal_missing has its own pair of tests below (it needs a broken builder).
    from notices.tests.content.test_legal_rules_a import CASES_A

    assert set(CASES) | set(CASES_A) | {"consent_withdrawal_missing"} == {rule.code for rule in RULES} | {"missing_translation"}


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fails(code):
    fail, _ok = CASES[code]
    findings = [f for f in run(fail) if f.code == code]
    assert findings, code
    for finding in findings:
        assert finding.step in STEP_KEYS
        assert finding.message("fi") and finding.message("en") and finding.message("fi") != finding.message("en")
        assert "{" not in finding.message("fi") + finding.message("en")


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_passes(code):
    _fail, ok = CASES[code]
    assert code not in codes(run(ok))


def test_severities_match_the_rules():
    findings = run(both(setter("contact", {}), setter("c.name", "")))
    by_code = {f.code: f for f in findings}
    assert by_code["contact_person_missing"].severity == "warning"
    assert by_code["controller_name_missing"].severity == "error"
    assert findings[0].severity == "error"  # errors first


def test_consent_withdrawal_rule_checks_the_built_document(monkeypatch):
    assert "consent_withdrawal_missing" not in codes(run())
    real = builder.derive_rights
    monkeypatch.setattr(builder, "derive_rights", lambda *args, **kwargs: [r for r in real(*args, **kwargs) if r != "withdraw_consent"])
    findings = [f for f in run() if f.code == "consent_withdrawal_missing"]
    assert {f.language for f in findings} == {"fi", "en"}
    assert all(f.severity == "error" for f in findings)


def test_consent_withdrawal_rule_is_quiet_without_consent(monkeypatch):
    monkeypatch.setattr(builder, "derive_rights", lambda *args, **kwargs: ["access"])

    def no_consent(a, c):
        for purpose in a["purposes"]:
            if purpose["legal_basis"] == "consent":
                purpose["legal_basis"] = "contract"
        a["cookies"] = {"used": False}  # cookies set with consent rely on consent too

    assert "consent_withdrawal_missing" not in codes(run(no_consent))


def test_categories_are_mandatory_under_article_14_but_a_warning_under_article_13():
    art14 = [f for f in run(setter("categories.items", [])) if f.code == "categories_missing"]
    art13 = [f for f in run(both(setter("categories.items", []), setter("sources.items", ["data_subject"]))) if f.code == "categories_missing"]
    assert [f.severity for f in art14] == ["error"]
    assert [f.severity for f in art13] == ["warning"]


def test_missing_translation_is_an_error_for_that_language_only():
    findings = [f for f in run(setter("purposes.0.description", {"fi": "Vain suomeksi"})) if f.code == "missing_translation"]
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.language, finding.step, finding.severity) == ("en", "purposes", "error")
    assert "Vain suomeksi" in finding.message("fi")
    assert errors_for_language(run(setter("purposes.0.description", {"fi": "Vain suomeksi"})), "fi") == []
    assert errors_for_language([finding], "en") == [finding]


def test_text_not_rendered_is_not_required_in_every_language():
    # The description of special categories does not appear when special is False.
    assert "missing_translation" not in codes(run(setter("categories.special_description", {"fi": "Vanha teksti"})))


def test_item_findings_name_the_item():
    findings = [f for f in run(setter("purposes.0.legal_basis", "")) if f.code == "purpose_without_basis"]
    assert "Verkkokaupan tilausten käsittely" in findings[0].message("fi")
    assert "Processing, delivering and invoicing online orders" in findings[0].message("en")


def test_helpers():
    error = Finding("x", "error", "purposes", {"fi": "Virhe", "en": "Error"})
    warning = Finding("y", "warning", "purposes", {"fi": "Varoitus", "en": "Warning"})
    assert has_errors([warning, error]) and not has_errors([warning])
    assert error.message("fi") == "Virhe" and error.message("en") == "Error"


@pytest.mark.parametrize("answers", [None, [], "x", {"purposes": "x", "transfers": [1], "categories": None, "notice": {"languages": "fi"}}])
def test_odd_answers_never_break_the_checker(answers):
    findings = check_notice(answers=answers, controller=None)
    assert "no_purposes" in codes(findings)


def test_adequacy_list_can_be_overridden():
    from notices.content.catalogues import Catalogue, Entry

    change = append("transfers.items", {"country": "SG", "recipient": "Pte", "safeguard": "adequacy"})
    answers, controller = sample_answers(), sample_controller()
    change(answers, controller)
    assert "transfer_adequacy_not_adequate" in codes(check_notice(answers=answers, controller=controller))
    brazil = Catalogue(Entry("SG", {"fi": "Singapore", "en": "Singapore", "sv": "Singapore"}))
    assert "transfer_adequacy_not_adequate" not in codes(checker.check_notice(answers=answers, controller=controller, adequacy=brazil))
