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
    assert entry.fi == "Henkilötunnus" and entry.en == "Personal identity code"
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
