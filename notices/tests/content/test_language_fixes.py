"""The native editor's corrections to the notice texts (issue 11, "Language fixes"),
asserted on the full sample notice in both languages and both styles."""

import pytest

from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.plaintext import render_text, section_text
from notices.content.rights import RIGHTS
from notices.content.samples import sample_answers, sample_controller


def build(language="fi", style="register", answers=None, controller=None):
    return build_document(answers=answers or sample_answers(), controller=controller or sample_controller(), language=language, style=style)


def test_identity_is_verified_before_we_handle_the_request():
    fi = section_text(build(), "exercise")
    assert "todentamaan henkilöllisyytesi, ennen kuin käsittelemme pyyntösi" in fi and "todistamaan" not in fi
    assert "verify your identity before we handle your request" in section_text(build("en"), "exercise")


def test_consequences_are_not_introduced_with_a_second_condition():
    answers = sample_answers()
    answers["sources"]["consequences"] = {"fi": "Ilman nimeä ja osoitetta emme voi toimittaa tilausta.", "en": "Without a name and address we cannot deliver the order."}
    fi = section_text(build(answers=answers), "requirement")
    assert "Ilman nimeä ja osoitetta emme voi toimittaa tilausta." in fi and "Jos et anna tietoja" not in fi
    assert "If you do not provide the data" not in section_text(build("en", answers=answers), "requirement")


def test_statutory_requirement_is_said_plainly():
    answers = sample_answers()
    answers["sources"]["requirement"] = "statutory"
    assert "Laki velvoittaa sinut antamaan nämä tiedot." in section_text(build(answers=answers), "requirement")
    assert "The law requires you to provide this data." in section_text(build("en", answers=answers), "requirement")


def test_statement_style_addresses_the_reader_in_sources():
    fi = section_text(build(style="statement"), "sources")
    assert "Suoraan sinulta" in fi and "rekisteröidyltä itseltään" not in fi
    assert "Directly from you" in section_text(build("en", style="statement"), "sources")
    assert "Suoraan rekisteröidyltä itseltään" in section_text(build(), "sources")


def test_profiling_is_a_verb():
    answers = sample_answers()
    answers["automated"].update(decisions=False, profiling=True, logic={"fi": "x", "en": "x"}, consequences={"fi": "y", "en": "y"})
    fi = section_text(build(answers=answers), "automated")
    assert "Profiloimme" in fi and "Käytämme profilointia" not in fi
    answers["automated"].update(profiling=False)
    text = section_text(build(answers=answers), "automated")
    assert "profiloi henkilötietoja" in text and "käytä profilointia" not in text


def test_art_9_condition_is_cited_once():
    answers = sample_answers()
    answers["categories"].update(special=True, special_description={"fi": "Terveystiedot", "en": "Health data"}, special_condition="explicit_consent")
    fi = section_text(build(answers=answers), "special")
    assert fi.count("9 artiklan 2 kohda") == 1
    assert section_text(build("en", answers=answers), "special").count("Art. 9(2)") == 1


@pytest.mark.parametrize("language", ["fi", "en"])
def test_objection_has_the_overriding_and_legal_claims_limbs(language):
    help_text = RIGHTS.get("objection").help(language)
    if language == "fi":
        assert "joka syrjäyttää etusi" in help_text and "oikeusvaateen" in help_text
    else:
        assert "override your interests" in help_text and "legal claims" in help_text


def test_statement_title_is_tietosuojalausunto():
    answers = sample_answers()
    answers["notice"].pop("title")
    assert build(style="statement", answers=answers).title == "Tietosuojalausunto"
    assert build(style="register", answers=answers).title == "Tietosuojaseloste"


def test_english_terms():
    assert catalogues.DATA_CATEGORIES.get("marketing_consents").label("en") == "Direct-marketing consents and opt-outs"
    assert "bans" not in render_text(build("en"))


def test_english_sample_has_no_finnish_cookie_name():
    assert "istuntoeväste" not in section_text(build("en"), "cookies")


def test_a_company_name_starting_the_public_sources_list_keeps_its_capital():
    answers = sample_answers()
    answers["sources"]["other"] = [{"id": "o1", "name": {"fi": "Fonecta Oy:n hakemisto", "en": "Fonecta Oy's directory"}, "public": True}]
    answers["sources"]["items"] = ["data_subject"]
    assert "lähteistä: Fonecta Oy:n hakemisto." in section_text(build(answers=answers), "sources")
    answers["sources"]["items"] = ["data_subject", "trade_register"]
    assert "kaupparekisteristä ja YTJ:stä, Fonecta Oy:n hakemisto" in section_text(build(answers=answers), "sources")
