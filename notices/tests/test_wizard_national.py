"""The categories step asks for the national bases of items 15: the Tietosuojalaki 7 §
basis for criminal data and the 29 § basis for the personal identity code."""

from notices import forms as wf


def form(**data):
    base = {"special": "no", "criminal": "no"}
    base.update(data)
    return wf.CategoriesForm(base, languages=["fi"])


def test_criminal_data_without_national_basis_is_refused_next_to_the_field():
    bound = form(criminal="yes", criminal_description_fi="Rikosrekisteriote")
    assert not bound.is_valid()
    assert "criminal_basis" in bound.errors
    assert form(criminal="yes", criminal_description_fi="Rikosrekisteriote", criminal_basis="legal_claims").is_valid()


def test_identity_code_needs_its_29_section_basis():
    bound = form(codes=["personal_identity_code"])
    assert not bound.is_valid() and "identity_code_basis" in bound.errors
    assert form(codes=["personal_identity_code"], identity_code_basis="consent").is_valid()
