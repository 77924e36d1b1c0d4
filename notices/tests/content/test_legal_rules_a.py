"""Legal-fidelity rules of issue 11, items 1-10 (docs/legal-rules.md, section 3): each statement
comes from a structured answer, and the checker finds what the answers leave out.

``CASES_A`` pairs a change that breaks each new checker rule with a nearby change that
satisfies it, in the style of test_checker.CASES (which counts them as covered)."""

import pytest

from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import render_text
from notices.content.rights import RIGHTS
from notices.content.samples import sample_answers, sample_controller
from notices.content.steps import STEP_KEYS
from notices.tests.content.test_checker import DELETE, append, both, setter

LANGUAGES = ["fi", "en"]


def run(change=None):
    answers, controller = sample_answers(), sample_controller()
    if change:
        change(answers, controller)
    return check_notice(answers=answers, controller=controller)


def codes(findings):
    return {f.code for f in findings}


def text(answers, language, style="register"):
    return render_text(build_document(answers=answers, controller=sample_controller(), language=language, style=style))


def rights_of(answers, language="fi"):
    section = build_document(answers=answers, controller=sample_controller(), language=language).find("rights")
    return [term for block in section.blocks for term, _desc in block.terms]


def purpose(**values):
    return {"id": "px", "description": {"fi": "Tarjoukset", "en": "Offers"}, "legal_basis": "contract", "direct_marketing": False, **values}


LI = {"fi": "Etu", "en": "Interest"}
SMS_OFFERS = purpose(legal_basis="legitimate_interests", legitimate_interest=LI, direct_marketing=True, marketing_channels=["sms"])

CASES_A = {
    # 1. Direct marketing
    "marketing_without_channel": (
        append("purposes", purpose(direct_marketing=True)),
        append("purposes", purpose(direct_marketing=True, marketing_channels=["post"])),
    ),
    "marketing_electronic_without_consent": (
        append("purposes", SMS_OFFERS),
        append("purposes", {**SMS_OFFERS, "marketing_existing_customers": True}),
    ),
    "marketing_purpose_unmarked": (
        lambda a, c: [p.update(direct_marketing=False) for p in a["purposes"]],
        lambda a, c: [p.update(direct_marketing=False) for p in a["purposes"] if p["id"] != "p-newsletter"],
    ),
    # 4. Profiling contradiction (Art. 4(4))
    "profiling_contradiction": (
        setter("automated", {"decisions": False, "profiling": False}),
        both(setter("automated", {"decisions": False, "profiling": False}), setter("cookies.categories", ["necessary", "analytics"]),
             lambda a, c: [t.update(category="analytics") for t in a["cookies"]["tools"]],
             lambda a, c: [p.update(direct_marketing=False) for p in a["purposes"] if p["id"] == "p-analytics"]),
    ),
    # 5. Retention per category (Art. 13(2)(a))
    "retention_category_uncovered": (
        lambda a, c: [rule.update(categories=["c1"]) for rule in a["retention"]],
        lambda a, c: [rule.update(categories=["c1"]) for rule in a["retention"][1:]],
    ),
    "retention_register_uncovered": (
        lambda a, c: [rule.update(register="reg-marketing") for rule in a["retention"]],
        lambda a, c: [rule.update(register="reg-marketing") for rule in a["retention"][1:]],
    ),
    # 7. Unanswered is not "none"
    "criminal_unanswered": (setter("categories.criminal", DELETE), setter("categories.criminal", False)),
    # 8. Cookies (917/2014, 205 §; Traficom guidance)
    "cookies_consent_not_asked": (setter("cookies.consent_asked", False), setter("cookies.categories", ["necessary"])),
    "cookies_refusal_browser": (setter("cookies.refusal_method", "browser"), setter("cookies.refusal_method", "consent_tool")),
    "cookies_without_consent_purpose": (
        lambda a, c: [p.update(legal_basis="legitimate_interests", legitimate_interest=LI) for p in a["purposes"] if p["legal_basis"] == "consent"],
        both(
            lambda a, c: [p.update(legal_basis="legitimate_interests", legitimate_interest=LI) for p in a["purposes"] if p["legal_basis"] == "consent"],
            setter("cookies.categories", ["necessary"]),
            lambda a, c: [t.update(category="necessary") for t in a["cookies"]["tools"]],
        ),
    ),
    "cookies_probably_used": (setter("cookies", {"used": False}), both(setter("cookies", {"used": False}), setter("sources.items", ["data_subject"]),
                                                                      lambda a, c: a["categories"].update(items=[i for i in a["categories"]["items"] if i["code"] != "cookies_analytics"]),
                                                                      lambda a, c: a.update(purposes=[p for p in a["purposes"] if p["id"] != "p-analytics"]))),
    # 9. Art. 22
    "automated_without_exception": (
        setter("automated", {"decisions": True, "profiling": True, "logic": LI, "consequences": LI}),
        setter("automated", {"decisions": True, "profiling": True, "logic": LI, "consequences": LI, "exception": "contract"}),
    ),
    "automated_special_categories": (
        both(setter("automated", {"decisions": True, "profiling": True, "logic": LI, "consequences": LI, "exception": "contract"}),
             lambda a, c: a["categories"].update(special=True, special_description=LI, special_condition="health_care")),
        both(setter("automated", {"decisions": True, "profiling": True, "logic": LI, "consequences": LI, "exception": "contract"}),
             lambda a, c: a["categories"].update(special=True, special_description=LI, special_condition="explicit_consent")),
    ),
    # 10. Art. 49 derogations are for occasional transfers (EDPB Guidelines 2/2018)
    "transfer_derogation_routine": (
        setter("transfers.items.2.safeguard", "derogation_contract"),
        both(setter("transfers.items.2.safeguard", "derogation_contract"), setter("recipients.items.7.role", "controller")),
    ),
}


def test_the_sample_passes_every_new_rule():
    assert codes(run()) & set(CASES_A) == set()


@pytest.mark.parametrize("code", sorted(CASES_A))
def test_rule_fails(code):
    fail, _ok = CASES_A[code]
    findings = [f for f in run(fail) if f.code == code]
    assert findings, code
    for finding in findings:
        assert finding.step in STEP_KEYS
        assert finding.message("fi") and finding.message("en") and finding.message("fi") != finding.message("en")
        assert "{" not in finding.message("fi") + finding.message("en")


@pytest.mark.parametrize("code", sorted(CASES_A))
def test_rule_passes(code):
    _fail, ok = CASES_A[code]
    assert code not in codes(run(ok))


# --- 1. Direct marketing -------------------------------------------------------------


def marketing_only(**values):
    answers = sample_answers()
    answers["purposes"] = [purpose(**values)]
    answers["notice"]["data_subjects"] = ["customers"]
    answers["categories"]["items"] = [{"id": "c1", "code": "basic"}]
    answers["cookies"] = {"used": False}
    answers["recipients"]["items"] = []
    answers["automated"] = {"decisions": False, "profiling": False}
    return answers


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "description",
    [{"fi": "Henkilökohtaiset tarjoukset tekstiviestillä", "en": "Personal offers by text message"}, {"fi": "Suoramainonta postitse", "en": "Direct mail"}],
)
def test_a_marketing_purpose_without_marketing_words_brings_the_objection_right(language, description):
    answers = marketing_only(
        description=description, legal_basis="legitimate_interests", legitimate_interest=LI, direct_marketing=True, marketing_channels=["sms", "post"]
    )
    assert RIGHTS.label("objection_direct_marketing", language) in rights_of(answers, language)
    section = render_text(build_document(answers=answers, controller=sample_controller(), language=language))
    channels = {"fi": "Kanavat: tekstiviesti, posti.", "en": "Channels: text message (SMS), post."}[language]
    assert channels in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_marketing_words_alone_do_not_bring_the_right(language):
    answers = marketing_only(description={"fi": "Uutiskirje ja markkinointi", "en": "Newsletter and marketing"}, direct_marketing=False)
    assert RIGHTS.label("objection_direct_marketing", language) not in rights_of(answers, language)
    assert build_document(answers=answers, controller=sample_controller(), language=language).find("direct_marketing") is None


def test_electronic_marketing_to_businesses_only_is_not_limited_by_section_200():
    def change(a, c):
        a["purposes"].append(SMS_OFFERS)
        a["notice"]["data_subjects"] = ["business_contacts"]

    assert "marketing_electronic_without_consent" not in codes(run(change))


@pytest.mark.parametrize("language", LANGUAGES)
def test_existing_customer_marketing_is_stated(language):
    expected = {"fi": "vain nykyisille asiakkaillemme", "en": "only to our existing customers"}[language]
    assert expected in text(sample_answers(), language)


# --- 2. Withdrawal of consent ----------------------------------------------------------


def without_consent_purposes(answers):
    for p in answers["purposes"]:
        if p["legal_basis"] == "consent":
            p["legal_basis"] = "contract"
    answers["cookies"] = {"used": False}
    return answers


EXPLICIT_CONSENTS = {
    "special_9_2_a": lambda a: a["categories"].update(
        special=True, special_description={"fi": "Terveystiedot", "en": "Health data"}, special_condition="explicit_consent"
    ),
    "transfer_49_1_a": lambda a: a["transfers"]["items"].append({"id": "t9", "country": "IN", "recipient": "X Pvt Ltd", "safeguard": "derogation_consent"}),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(EXPLICIT_CONSENTS))
def test_explicit_consent_anywhere_brings_the_withdrawal_right(kind, language):
    answers = without_consent_purposes(sample_answers())
    assert RIGHTS.label("withdraw_consent", language) not in rights_of(answers, language)
    EXPLICIT_CONSENTS[kind](answers)
    assert RIGHTS.label("withdraw_consent", language) in rights_of(answers, language)


def test_the_checker_verifies_withdrawal_for_explicit_consent_too(monkeypatch):
    from notices.content import builder

    monkeypatch.setattr(builder, "derive_rights", lambda *args, **kwargs: ["access"])
    answers = without_consent_purposes(sample_answers())
    assert "consent_withdrawal_missing" not in codes(check_notice(answers=answers, controller=sample_controller()))
    EXPLICIT_CONSENTS["special_9_2_a"](answers)
    findings = [f for f in check_notice(answers=answers, controller=sample_controller()) if f.code == "consent_withdrawal_missing"]
    assert {f.language for f in findings} == {"fi", "en"}


# --- 3. Publicly accessible sources (Art. 14(2)(f)) -------------------------------------

NOT_PUBLIC = ["population_register", "posti", "robinson", "credit_info"]
PUBLIC = ["trade_register", "public_websites", "social_media", "directories"]


def sources_text(items, language):
    answers = sample_answers()
    answers["sources"]["items"] = ["data_subject", *items]
    document = build_document(answers=answers, controller=sample_controller(), language=language)
    return render_text(document)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", NOT_PUBLIC)
def test_registers_that_are_not_public_are_not_called_public(code, language):
    not_public = {"fi": "Emme kerää tietoja julkisesti saatavilla olevista lähteistä.", "en": "We do not collect data from publicly accessible sources."}
    assert not_public[language] in sources_text([code], language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", PUBLIC)
def test_public_sources_are_named_as_public(code, language):
    from notices.content.catalogues import SOURCES

    lead = {"fi": "Osa tiedoista on peräisin julkisesti saatavilla olevista lähteistä:", "en": "Some of the data comes from publicly accessible sources"}
    text = sources_text([code, "posti"], language)
    line = next(line for line in text.splitlines() if line.startswith(lead[language]))
    assert SOURCES.label(code, language)[1:] in line
    assert SOURCES.label("posti", language)[1:] not in line


# --- 4. Profiling --------------------------------------------------------------------

PROFILING_SIGNS = {
    "marketing_cookie_category": lambda a: a["cookies"].update(categories=["necessary", "marketing"], tools=[]),
    "marketing_cookie_tool": lambda a: a["cookies"].update(
        categories=["necessary"], tools=[{"id": "k", "name": "Meta Pixel", "provider": "Meta", "category": "marketing"}]
    ),
    "targeted_ads_purpose": lambda a: a["purposes"].append(purpose(legal_basis="consent", direct_marketing=True, marketing_channels=["online_ads"])),
}


def no_profiling_signs(answers):
    answers["cookies"] = {"used": True, "categories": ["necessary"], "tools": [], "how_to_refuse": LI}
    answers["purposes"] = [p for p in answers["purposes"] if p["id"] != "p-analytics"]
    answers["automated"] = {"decisions": False, "profiling": False}
    return answers


@pytest.mark.parametrize("sign", sorted(PROFILING_SIGNS))
def test_interest_based_advertising_with_no_profiling_is_an_error(sign):
    answers = no_profiling_signs(sample_answers())
    assert "profiling_contradiction" not in codes(check_notice(answers=answers, controller=sample_controller()))
    PROFILING_SIGNS[sign](answers)
    findings = [f for f in check_notice(answers=answers, controller=sample_controller()) if f.code == "profiling_contradiction"]
    assert [f.severity for f in findings] == ["error"]
    assert findings[0].step == "automated"


@pytest.mark.parametrize("language", LANGUAGES)
def test_profiling_brings_the_objection_to_profiling_for_direct_marketing(language):
    answers = marketing_only()
    assert RIGHTS.label("objection_direct_marketing", language) not in rights_of(answers, language)
    answers["automated"] = {"decisions": False, "profiling": True, "logic": LI, "consequences": LI}
    assert RIGHTS.label("objection_direct_marketing", language) in rights_of(answers, language)


# --- 5. Retention per category -------------------------------------------------------


def test_every_category_not_covered_by_a_rule_is_named():
    def change(a, c):
        a["retention"] = [{"id": "r1", "applies_to": {"fi": "Asiakastiedot", "en": "Customer data"}, "period": LI, "categories": ["c1", "c2", "gone"]}]
        a["categories"]["items"] = a["categories"]["items"][:4]

    findings = [f for f in run(change) if f.code == "retention_category_uncovered"]
    assert sorted(f.message("en") for f in findings) == sorted(
        f"No retention period covers “{name}”: add a rule for it or tick it under an existing rule." for name in ["Customer relationship data", "Billing and payment details"]
    )
    assert all(f.severity == "error" and f.step == "retention" for f in findings)


def test_a_register_without_its_own_or_a_shared_rule_is_a_finding():
    def change(a, c):
        for rule in a["retention"]:
            rule["register"] = "reg-customers"

    findings = [f for f in run(change) if f.code == "retention_register_uncovered"]
    assert [f.message("en") for f in findings] == ["No retention period covers the register “Marketing register”."]
    assert "retention_register_uncovered" not in codes(run(lambda a, c: a["retention"][0].update(register="reg-customers")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_rule_without_a_subject_names_the_categories_it_covers(language):
    answers = sample_answers()
    answers["retention"] = [{"id": "r1", "period": {"fi": "2 vuotta", "en": "2 years"}, "categories": ["c1", "c2"]}]
    expected = {"fi": "* Perustiedot, yhteystiedot\n  2 vuotta", "en": "* Basic details, contact details\n  2 years"}[language]
    assert expected in text(answers, language)


def test_a_rule_that_lists_categories_has_a_subject():
    def change(a, c):
        a["retention"].append({"id": "r9", "period": LI, "categories": ["c1"]})

    assert "retention_rule_without_subject" not in codes(run(change))


# --- 6. Observed data is collected from the data subject (WP260 para 26) ----------------


def test_observed_data_still_needs_the_mandatory_provision_statement():
    def change(a, c):
        a["sources"] = {"items": ["observed"]}

    found = {f.code: f.severity for f in run(change)}
    assert found["requirement_missing"] == "error"
    assert found["consequences_missing"] == "error"


def test_observed_data_alone_is_art_13_so_categories_are_only_recommended():
    def change(a, c):
        a["sources"]["items"] = ["observed"]
        a["categories"]["items"] = []
        a["retention"] = [{"id": "r", "period": LI}]

    assert {f.code: f.severity for f in run(change)}["categories_missing"] == "warning"


# --- 7. Unanswered is not "none" -------------------------------------------------------

NO_CRIMINAL = {"fi": "rikostuomioihin tai rikoksiin", "en": "criminal convictions or offences"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("special", [False, True, None])
def test_an_unanswered_criminal_question_prints_no_claim(special, language):
    answers = sample_answers()
    del answers["categories"]["criminal"]
    answers["categories"].pop("special")
    if special is not None:
        answers["categories"].update(special=special, special_description=LI, special_condition="explicit_consent")
    assert NO_CRIMINAL[language] not in text(answers, language)
    answers["categories"]["criminal"] = False
    assert NO_CRIMINAL[language] in text(answers, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_unanswered_recipients_print_no_claim_and_block_publishing(language):
    answers = sample_answers()
    del answers["recipients"]
    document = build_document(answers=answers, controller=sample_controller(), language=language)
    none = {"fi": "Emme luovuta", "en": "We do not regularly disclose"}[language]
    assert none not in render_text(document)
    assert {"fi": "Ei säännönmukaisia luovutuksia", "en": "No regular disclosures"}[language] not in render_text(document)
    finding = next(f for f in check_notice(answers=answers, controller=sample_controller()) if f.code == "recipients_unanswered")
    assert finding.severity == "error"
    answers["recipients"] = {"items": []}
    assert none in text(answers, language)


# --- 8. Cookies ------------------------------------------------------------------------

ONLY_WITH_CONSENT = {"fi": "käytämme evästeitä vain suostumuksellasi", "en": "we use cookies only with your consent"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("asked", [True, False, None])
def test_only_with_consent_is_said_only_when_the_site_asks_for_it(asked, language):
    answers = sample_answers()
    answers["cookies"].pop("consent_asked", None)
    if asked is not None:
        answers["cookies"]["consent_asked"] = asked
    assert (ONLY_WITH_CONSENT[language] in text(answers, language)) is (asked is True)


def test_an_unanswered_cookie_step_is_an_error():
    assert {f.code: f.severity for f in run(setter("cookies", {}))}["cookies_unanswered"] == "error"


def test_cookie_consent_brings_the_withdrawal_right():
    answers = without_consent_purposes(sample_answers())
    answers["cookies"] = sample_answers()["cookies"]
    assert RIGHTS.label("withdraw_consent", "en") in rights_of(answers, "en")
    answers["cookies"]["consent_asked"] = False
    assert RIGHTS.label("withdraw_consent", "en") not in rights_of(answers, "en")


@pytest.mark.parametrize("sign", ["analytics_category", "observed_source", "targeted_ads"])
def test_cookies_are_inferred_and_asked_about(sign):
    def change(a, c):
        a["cookies"] = {}
        a["sources"]["items"] = ["data_subject", "observed"] if sign == "observed_source" else ["data_subject"]
        if sign != "analytics_category":
            a["categories"]["items"] = [i for i in a["categories"]["items"] if i["code"] != "cookies_analytics"]
        if sign != "targeted_ads":
            a["purposes"] = [p for p in a["purposes"] if p["id"] != "p-analytics"]

    assert "cookies_probably_used" in codes(run(change))


def test_an_unanswered_cookie_step_does_not_count_as_complete():
    from notices.content.steps import step_is_complete

    assert not step_is_complete("cookies", {"categories": [], "tools": []})
    assert step_is_complete("cookies", {"used": False})
    assert step_is_complete("security", {})


# --- 9. Automated decisions (Art. 22) ----------------------------------------------------

HUMAN_INTERVENTION = {"fi": "päätöksen käsittelee ihminen", "en": "human intervention"}


def automated(exception=None):
    answers = sample_answers()
    answers["automated"] = {"decisions": True, "profiling": True, "logic": LI, "consequences": LI}
    if exception:
        answers["automated"]["exception"] = exception
    return answers


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("exception", ["contract", "explicit_consent", "law", None])
def test_art_22_3_safeguards_are_promised_only_for_contract_or_consent(exception, language):
    rendered = text(automated(exception), language)
    assert (HUMAN_INTERVENTION[language] in rendered) is (exception in ("contract", "explicit_consent"))
    assert RIGHTS.label("automated_decisions", language) in rendered


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_exception_is_stated(language):
    expected = {"fi": "22 artiklan 2 kohdan b alakohta", "en": "Art. 22(2)(b)"}[language]
    assert expected in text(automated("law"), language)


def test_explicit_consent_to_automated_decisions_brings_withdrawal():
    answers = without_consent_purposes(automated("explicit_consent"))
    assert RIGHTS.label("withdraw_consent", "en") in rights_of(answers, "en")


# --- 10. Art. 49 derogations and copies of safeguards -------------------------------------

COPY = {"fi": "jäljennöksen niistä", "en": "a copy of them"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "safeguards, copy",
    [(["dpf", "dpf", "scc"], True), (["dpf", "dpf", "bcr"], True), (["dpf", "dpf", "derogation_consent"], False), (["dpf", "dpf", "dpf"], False)],
)
def test_a_copy_of_the_safeguards_is_offered_only_for_clauses_or_rules(safeguards, copy, language):
    answers = sample_answers()
    for item, safeguard in zip(answers["transfers"]["items"], safeguards, strict=True):
        item["safeguard"] = safeguard
    answers["transfers"]["items"][2]["country"] = "US" if safeguards[2] == "dpf" else "AU"
    assert (COPY[language] in text(answers, language)) is copy


def test_a_derogation_for_a_processor_is_flagged_by_recipient_name():
    def change(a, c):
        a["transfers"]["items"][2].update(safeguard="derogation_consent", recipient="lumo support pty ltd ")

    finding = next(f for f in run(change) if f.code == "transfer_derogation_routine")
    assert finding.severity == "warning" and "Lumo Support Pty Ltd" in finding.message("en")


def test_no_cookie_hint_without_signs():
    def change(a, c):
        a["cookies"] = {"used": False}
        a["sources"]["items"] = ["data_subject"]
        a["categories"]["items"] = [i for i in a["categories"]["items"] if i["code"] != "cookies_analytics"]
        a["purposes"] = [p for p in a["purposes"] if p["id"] != "p-analytics"]

    assert "cookies_probably_used" not in codes(run(change))
