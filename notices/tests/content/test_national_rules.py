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
