"""The wizard's reusable form pieces: the per-language text field and the row forms."""

import pytest
from django.utils import translation

from notices import forms as wf


def per_language(values: dict) -> list[str]:
    """An LTextField's raw input: one value per notice language, in the field's order."""
    return [values.get(code, "") for code in wf.OUTPUT_LANGUAGES]


def test_ltext_field_cleans_to_a_language_dict_without_empty_languages():
    field = wf.LTextField(languages=["fi", "en"])
    assert field.clean(per_language({"fi": " Hei "})) == {"fi": "Hei"}
    assert field.clean(per_language({})) == {}


def test_ltext_widget_shows_only_chosen_languages_and_keeps_the_others_hidden():
    class Form(wf.WizardForm):
        text = wf.LTextField(label="Teksti")

    html = str(Form(initial={"text": {"fi": "Moi", "en": "Hi"}}, languages=["fi"])["text"])
    assert 'name="text_fi" value="Moi"' in html and 'lang="fi"' in html
    assert '<input type="hidden" name="text_en" value="Hi"' in html


def test_ltext_too_long_names_the_language():
    field = wf.LTextField(languages=["fi", "en"], max_length=5)
    with translation.override("en"):
        with pytest.raises(wf.forms.ValidationError) as error:
            field.clean(per_language({"fi": "ok", "en": "far too long"}))
        assert "In English: at most 5 characters (now 12)." in error.value.messages


def test_catalogue_fields_follow_the_active_language():
    form = wf.SecurityForm(languages=["fi"])
    with translation.override("fi"):
        assert ("mfa", "Monivaiheinen tunnistautuminen") in list(form.fields["measures"].choices)
    with translation.override("en"):
        assert ("mfa", "Multi-factor authentication") in list(form.fields["measures"].choices)


@pytest.mark.parametrize(
    ("data", "error_field"),
    [
        ({"description_fi": "Markkinointi", "legal_basis": "legitimate_interests"}, "legitimate_interest"),
        ({"description_fi": "Laskutus"}, "legal_basis"),
        ({"legal_basis": "contract"}, "description"),
    ],
)
def test_a_purpose_needs_a_description_a_basis_and_a_described_interest(data, error_field):
    form = wf.PurposeForm(data, languages=["fi"])
    assert not form.is_valid()
    assert error_field in form.errors


def test_a_purpose_drops_the_interest_when_the_basis_is_not_legitimate_interests():
    form = wf.PurposeForm({"description_fi": "Laskutus", "legal_basis": "contract", "legitimate_interest_fi": "vanha"}, languages=["fi"])
    assert form.is_valid()
    assert form.cleaned_data["legitimate_interest"] == {}


@pytest.mark.django_db
def test_a_transfer_safeguard_must_fit_the_country():
    assert not wf.TransferForm({"country": "CN", "safeguard": "adequacy"}, languages=["fi"]).is_valid()
    assert not wf.TransferForm({"country": "CN", "safeguard": "dpf"}, languages=["fi"]).is_valid()
    assert not wf.TransferForm({"country": "US", "safeguard": "privacy_shield"}, languages=["fi"]).is_valid()
    assert not wf.TransferForm({"country": "SE", "safeguard": "scc"}, languages=["fi"]).is_valid()  # inside the EEA
    assert wf.TransferForm({"country": "JP", "safeguard": "adequacy"}, languages=["fi"]).is_valid()
    assert wf.TransferForm({"country": "US", "safeguard": "dpf"}, languages=["fi"]).is_valid()


def test_automated_decisions_need_the_logic_and_consequences():
    assert not wf.AutomatedForm({"decisions": "yes"}, languages=["fi"]).is_valid()
    assert wf.AutomatedForm({"decisions": "no", "profiling": "no"}, languages=["fi"]).is_valid()


def test_a_retention_rule_needs_a_period_criteria_or_preset():
    assert not wf.RetentionForm({"applies_to_fi": "Asiakastiedot"}, languages=["fi"]).is_valid()
    assert wf.RetentionForm({"preset": "ledgers"}, languages=["fi"]).is_valid()


def test_a_blank_row_is_valid_and_dropped():
    form = wf.RecipientForm({"country": "FI"}, languages=["fi"])
    assert form.is_valid() and form.is_blank()
