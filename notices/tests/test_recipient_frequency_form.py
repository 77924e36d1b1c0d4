"""The recipient row asks "regularly or only when needed" and never fills in Finland."""

from notices import forms as wf


def row(**data):
    prefix = "recipients-0"
    return wf.RecipientForm({f"{prefix}-{key}": value for key, value in data.items()}, prefix=prefix, languages=["fi"])


def test_no_country_is_invented():
    form = row(kind="debt_collection", role="controller", frequency="occasional")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["country"] == ""


def test_a_regular_recipient_needs_its_country_next_to_the_field():
    form = row(kind="logistics", name="Posti Oy", role="controller", frequency="regular")
    assert not form.is_valid() and "country" in form.errors


def test_frequency_defaults_from_the_kind():
    form = row(kind="authorities", role="authority")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["frequency"] == "occasional"
