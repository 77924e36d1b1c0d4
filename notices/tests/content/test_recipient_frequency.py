"""Regular vs occasional disclosures: a recipient is "regularly" or "only when needed"
(authorities on request, M&A, debt collection); the text says which. A country may be
unknown only for "only when needed" rows, and nothing invents "Suomi"."""

from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import section_text
from notices.content.samples import sample_answers, sample_controller


def answers_with(*rows):
    answers = sample_answers()
    answers["recipients"] = {"items": list(rows)}
    return answers


def recipients_text(answers, language="fi"):
    return section_text(build_document(answers=answers, controller=sample_controller(), language=language), "recipients")


def codes(answers):
    return {f.code for f in check_notice(answers=answers, controller=sample_controller())}


REGULAR = {"id": "r1", "kind": "logistics", "name": "Posti Oy", "role": "controller", "country": "FI", "frequency": "regular"}
COLLECTION = {"id": "r2", "kind": "debt_collection", "name": "Perintä Oy", "role": "controller", "country": "", "frequency": "occasional"}


def test_the_text_says_which_disclosures_are_regular_and_which_only_when_needed():
    fi = recipients_text(answers_with(REGULAR, COLLECTION))
    regular_part, occasional_part = fi.split("vain tarvittaessa")
    assert "Posti Oy" in regular_part and "Perintä Oy" in occasional_part
    en = recipients_text(answers_with(REGULAR, COLLECTION), "en")
    assert "only when needed" in en and en.index("Posti Oy") < en.index("only when needed") < en.index("Perintä Oy")


def test_unknown_country_is_fine_only_for_occasional_rows_and_is_never_printed_as_finland():
    assert "recipient_country_missing" not in codes(answers_with(REGULAR, COLLECTION))
    regular_unknown = {**REGULAR, "country": ""}
    assert "recipient_country_missing" in codes(answers_with(regular_unknown))
    text = recipients_text(answers_with(COLLECTION))
    assert "Suomi" not in text


def test_occasional_kinds_default_to_only_when_needed():
    for code in ("authorities", "business_transfer", "debt_collection"):
        assert catalogues.RECIPIENT_KINDS.get(code).attrs["occasional"] is True
    old_row = {"id": "r3", "kind": "business_transfer", "name": "", "role": "controller"}
    assert "recipient_country_missing" not in codes(answers_with(old_row))
    assert "vain tarvittaessa" in recipients_text(answers_with(old_row))
