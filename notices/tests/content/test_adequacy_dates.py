"""Item 11: the adequacy list is dated data. Each decision has its own date and any
expiry; the notice names the decision that covers each destination (the list's date
only when a decision's own date is unknown); staff are warned when the list is stale."""

from datetime import date
from types import SimpleNamespace

from notices.content import catalogues
from notices.content.adequacy import adequacy_from_rows, list_is_stale
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller


def row(country, *, decided_on=None, expires_on=None, listed_on=date(2026, 12, 1), fi="", en="", active=True):
    return SimpleNamespace(
        country=country, scope={"fi": fi, "en": en} if fi else {}, decided_on=decided_on,
        expires_on=expires_on, listed_on=listed_on, active=active,
    )


def transfers_text(adequacy, language="fi", country="GB"):
    answers = sample_answers()
    answers["transfers"]["items"] = [{"country": country, "recipient": "Ltd", "safeguard": "adequacy"}]
    return section_text(build_document(answers=answers, controller=sample_controller(), language=language, adequacy=adequacy), "transfers")


def test_catalogue_has_the_current_decisions_with_dates():
    uk = catalogues.ADEQUACY.get("GB")
    assert uk.attrs["decided_on"] == date(2025, 12, 19) and uk.attrs["expires_on"] == date(2031, 12, 27)
    assert catalogues.ADEQUACY.get("BR").attrs["decided_on"] == date(2026, 1, 26)
    assert catalogues.ADEQUACY.get("EPO").attrs["decided_on"] == date(2025, 7, 15)
    for entry in catalogues.ADEQUACY:
        assert entry.attrs.get("source"), entry.code


def test_notice_names_the_decision_date_and_expiry_not_the_whole_list():
    adequacy = adequacy_from_rows([row("GB", decided_on=date(2025, 12, 19), expires_on=date(2031, 12, 27), fi="Yhdistynyt kuningaskunta", en="United Kingdom"), row("JP")])
    fi = transfers_text(adequacy)
    assert "Yhdistynyt kuningaskunta: komission päätös 19.12.2025, voimassa 27.12.2031 asti." in fi
    assert "Japani" not in fi and "1.12.2026" not in fi
    en = transfers_text(adequacy, "en")
    assert "United Kingdom: Commission decision of 19 December 2025, valid until 27 December 2031." in en


def test_list_date_is_stated_only_when_the_decision_date_is_unknown():
    adequacy = adequacy_from_rows([row("JP", listed_on=date(2026, 3, 1))])
    assert "Japani: komission riittävyyspäätösten luettelossa 1.3.2026." in transfers_text(adequacy, country="JP")
    assert "Japan: on the Commission's list of adequacy decisions as of 1 March 2026." in transfers_text(adequacy, "en", country="JP")


def test_expired_decision_is_not_adequacy():
    rows = [row("GB", decided_on=date(2021, 6, 28), expires_on=date(2025, 12, 27))]
    adequacy = adequacy_from_rows(rows, today=date(2026, 1, 5))
    assert "GB" not in adequacy
    answers = sample_answers()
    answers["transfers"]["items"] = [{"country": "GB", "recipient": "Ltd", "safeguard": "adequacy"}]
    codes = [f.code for f in check_notice(answers=answers, controller=sample_controller(), adequacy=adequacy)]
    assert "transfer_adequacy_not_adequate" in codes
    assert "GB" in adequacy_from_rows(rows, today=date(2025, 12, 27))


def test_list_is_stale_after_six_months():
    assert not list_is_stale(date(2026, 6, 1), today=date(2026, 12, 1))
    assert list_is_stale(date(2026, 6, 1), today=date(2026, 12, 2))
    assert list_is_stale(None, today=date(2026, 12, 2))
