"""Transfers without a named country: "outside the EU/EEA, countries vary by provider" is
a valid destination, but it still needs its own safeguard (SCCs are the usual one)."""

from notices import forms as wf
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller


def with_transfer(**row):
    answers = sample_answers()
    answers["transfers"] = {"any": True, "items": [{"id": "t1", "recipient": "Tukipalvelu", "country": "various", **row}]}
    return answers


def codes(answers):
    return {f.code for f in check_notice(answers=answers, controller=sample_controller())}


def test_various_countries_is_a_valid_destination_that_needs_a_safeguard():
    assert "transfer_country_missing" not in codes(with_transfer())
    assert "transfer_without_safeguard" in codes(with_transfer())
    assert "transfer_without_safeguard" not in codes(with_transfer(safeguard="scc"))
    assert "transfer_adequacy_not_adequate" in codes(with_transfer(safeguard="adequacy"))


def test_the_notice_says_countries_vary_in_both_languages():
    fi = section_text(build_document(answers=with_transfer(safeguard="scc"), controller=sample_controller(), language="fi"), "transfers")
    assert "EU:n ja ETA:n ulkopuolella, maat vaihtelevat palveluntarjoajan mukaan" in fi and "various" not in fi
    en = section_text(build_document(answers=with_transfer(safeguard="scc"), controller=sample_controller(), language="en"), "transfers")
    assert "Outside the EU/EEA, countries vary by provider" in en


def test_the_transfer_form_offers_it():
    form = wf.TransferForm({"country": "various", "safeguard": "scc"}, languages=["fi"])
    assert form.is_valid(), form.errors
