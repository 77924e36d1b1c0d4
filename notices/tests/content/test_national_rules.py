"""Items 14 and 15 and the employment and children bullets: Finnish national rules
(Tasa-arvolaki, Yhdenvertaisuuslaki, Tietosuojalaki 5, 7 and 29 §, Työelämän
tietosuojalaki 759/2004) as data in the catalogues and rules in the checker."""

from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller


def build(answers, language="fi"):
    return build_document(answers=answers, controller=sample_controller(), language=language)


def with_applicant_retention():
    answers = sample_answers()
    answers["retention"] = [{"id": "r-app", "preset": "job_applications"}]
    return answers


# --- item 14 -------------------------------------------------------------------------


def test_job_application_preset_counts_from_the_hiring_decision():
    preset = catalogues.RETENTION_PRESETS.get("job_applications")
    assert preset.attrs["counted_from"] == "hiring_decision"
    assert set(preset.attrs["laws"]) == {"equality_act", "non_discrimination_act"}
    fi = section_text(build(with_applicant_retention()), "retention")
    assert "valintapäätöksestä" in fi and "hakuajan" not in fi
    assert "tasa-arvolaki" in fi and "yhdenvertaisuuslaki" in fi
    en = section_text(build(with_applicant_retention(), "en"), "retention")
    assert "hiring decision" in en and "application period" not in en
    assert "Equality Act" in en and "Non-discrimination Act" in en
    for code in preset.attrs["laws"]:
        assert code in catalogues.LAWS


# --- item 15 -------------------------------------------------------------------------


def check(answers):
    from notices.content.checker import check_notice

    return {f.code for f in check_notice(answers=answers, controller=sample_controller())}


def with_criminal(**extra):
    answers = sample_answers()
    answers["categories"].update(criminal=True, criminal_description={"fi": "Rikosrekisteriote", "en": "Criminal record extract"}, **extra)
    return answers


def test_criminal_data_needs_its_national_basis():
    assert "criminal_without_national_basis" in check(with_criminal())
    answers = with_criminal(criminal_basis="law", criminal_basis_details={"fi": "Laki lasten kanssa työskentelevien rikostaustan selvittämisestä", "en": "Act on Checking the Criminal Background of Persons Working with Children"})
    assert "criminal_without_national_basis" not in check(answers)
    fi = section_text(build(answers), "special")
    assert "Käsittelyn peruste (tietosuojalaki 7 §):" in fi and "rikostaustan selvittämisestä" in fi
    en = section_text(build(answers, "en"), "special")
    assert "Basis for processing (Finnish Data Protection Act, section 7):" in en


def test_criminal_basis_law_must_name_the_law():
    assert "criminal_basis_law_unnamed" in check(with_criminal(criminal_basis="law"))
    assert "criminal_basis_law_unnamed" not in check(with_criminal(criminal_basis="legal_claims"))


def with_identity_code(**extra):
    answers = sample_answers()
    answers["categories"]["items"].append({"id": "c-hetu", "code": "personal_identity_code"})
    answers["categories"].update(extra)
    return answers


def test_personal_identity_code_is_a_category_with_the_29_section_rule():
    entry = catalogues.DATA_CATEGORIES.get("personal_identity_code")
    assert entry.label("fi") == "Henkilötunnus" and entry.label("en") == "Personal identity code"
    assert "identity_code_without_basis" in check(with_identity_code())
    answers = with_identity_code(identity_code_basis="sector")
    assert "identity_code_without_basis" not in check(answers)
    fi = section_text(build(answers), "categories")
    assert "Henkilötunnusta käsittelemme tietosuojalain 29 §:n nojalla:" in fi
    en = section_text(build(answers, "en"), "categories")
    assert "We process personal identity codes under section 29 of the Finnish Data Protection Act:" in en


def test_no_identity_code_no_29_section_text():
    assert "29 §" not in section_text(build(sample_answers()), "categories")
    assert "identity_code_without_basis" not in check(sample_answers())


# --- employment registers ------------------------------------------------------------


def employment(subjects=("job_applicants",), **purpose):
    answers = sample_answers()
    answers["notice"]["data_subjects"] = list(subjects)
    answers["purposes"] = [{"id": "p-rec", "description": {"fi": "Rekrytointi", "en": "Recruitment"}, "legal_basis": "contract", **purpose}]
    return answers


def test_employment_registers_state_the_working_life_privacy_act():
    fi = section_text(build(employment()), "national_rules")
    assert "työelämän tietosuojalaki 3 §" in fi.lower() and "4 §" in fi
    en = section_text(build(employment(), "en"), "national_rules")
    assert "Act on the Protection of Privacy in Working Life" in en and "section 3" in en and "section 4" in en
    assert build(sample_answers()).find("national_rules") is None


def test_health_data_and_aptitude_tests_bring_sections_5_and_13():
    answers = employment(("employees",))
    answers["categories"].update(special=True, special_description={"fi": "Sairauspoissaolot", "en": "Sick leave"}, special_condition="employment_law")
    answers["categories"]["items"].append({"id": "c-apt", "code": "aptitude_tests"})
    fi = section_text(build(answers), "national_rules")
    assert "5 §" in fi and "13 §" in fi
    assert "13 §" not in section_text(build(employment()), "national_rules")


def test_consent_as_the_basis_for_recruitment_warns():
    assert "employment_consent" in check(employment(legal_basis="consent"))
    assert "employment_consent" not in check(employment())


def test_applicant_data_from_other_sources_warns_under_section_4():
    answers = employment()
    answers["sources"]["items"] = ["data_subject", "social_media"]
    assert "employment_other_sources" in check(answers)
    answers["sources"]["items"] = ["data_subject"]
    assert "employment_other_sources" not in check(answers)


# --- children ------------------------------------------------------------------------


def children(**notice):
    answers = sample_answers()
    answers["notice"]["data_subjects"] = ["children_under_13"]
    answers["notice"].update(notice)
    return answers


def test_a_service_for_under_13s_on_consent_needs_the_guardians_consent():
    assert "children_guardian_consent_missing" in check(children())
    answers = children(guardian_consent=True)
    assert "children_guardian_consent_missing" not in check(answers)
    fi = section_text(build(answers), "national_rules")
    assert "huoltaja" in fi and "tietosuojalaki 5 §" in fi.lower()
    assert "guardian" in section_text(build(answers, "en"), "national_rules")


def test_children_bring_a_child_friendly_wording_warning():
    assert "children_plain_language" in check(children(guardian_consent=True))
    assert "children_plain_language" not in check(sample_answers())


def test_no_consent_no_guardian_rule():
    answers = children()
    for purpose in answers["purposes"]:
        purpose["legal_basis"] = "contract"
    assert "children_guardian_consent_missing" not in check(answers)
