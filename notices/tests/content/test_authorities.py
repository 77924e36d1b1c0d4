"""Item 12: the supervisory authority follows the controller's country. EU/EEA
authorities are data with a source and a checked-on date; unknown details stay unknown."""

from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller


def complaint(country, language="fi"):
    controller = sample_controller()
    controller["country"] = country
    return section_text(build_document(answers=sample_answers(), controller=controller, language=language), "complaint")


def findings(country):
    controller = sample_controller()
    controller["country"] = country
    return {f.code for f in check_notice(answers=sample_answers(), controller=controller)}


def test_every_eu_eea_country_has_an_entry_with_a_checked_on_date():
    assert set(catalogues.SUPERVISORY_AUTHORITIES) == set(catalogues.EEA_COUNTRIES)
    for code, authority in catalogues.SUPERVISORY_AUTHORITIES.items():
        assert authority["checked_on"] == catalogues.AUTHORITIES_CHECKED_ON, code
        if authority["name"]:
            assert authority["source"] and authority["website"], code


def test_a_finnish_controller_keeps_the_data_protection_ombudsman():
    fi = complaint("FI")
    assert "Tietosuojavaltuutetun toimisto" in fi and "PL 800, 00531 Helsinki" in fi and "029 566 6700" in fi
    en = complaint("FI", "en")
    assert "Office of the Data Protection Ombudsman" in en
    assert "P.O. Box 800, FI-00531 Helsinki" in en and "+358 29 566 6700" in en


def test_a_swedish_controller_names_imy_not_the_finnish_office():
    text = complaint("SE", "en")
    assert "Swedish Authority for Privacy Protection (IMY)" in text and "Box 8114, 104 20 Stockholm" in text
    assert "Ombudsman" not in text and "In Finland" not in text
    assert "supervisory_authority_unknown" not in findings("SE")


def test_unknown_authority_is_not_invented_and_the_checker_asks():
    assert catalogues.SUPERVISORY_AUTHORITIES["PT"]["name"] is None
    text = complaint("PT")
    assert "Portugali" in text and "edpb.europa.eu" in text and "Tietosuojavaltuutetun" not in text
    assert "supervisory_authority_unknown" in findings("PT")
    assert "supervisory_authority_unknown" not in findings("FI")


def test_controller_outside_the_eea_gets_the_finnish_authority():
    assert "Tietosuojavaltuutetun toimisto" in complaint("US")
