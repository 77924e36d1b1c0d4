"""The builder: structure, derived statements, and robustness against any answers."""

import re
from datetime import date

from django.template.loader import render_to_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notices.content import catalogues
from notices.content.builder import build_document, format_date
from notices.content.languages import CODES
from notices.content.plaintext import render_text, section_text
from notices.content.samples import sample_answers, sample_controller


def build(answers=None, controller=None, **kwargs):
    kwargs.setdefault("language", "fi")
    return build_document(answers=sample_answers() if answers is None else answers, controller=sample_controller() if controller is None else controller, **kwargs)


def all_sections(document):
    stack = list(document.sections)
    while stack:
        section = stack.pop()
        yield section
        stack.extend(section.subsections)


def assert_no_empty_parts(document):
    for section in all_sections(document):
        assert section.heading.strip()
        assert not section.is_empty, section.key
        for block in section.blocks:
            assert block.text or block.items or block.rows or block.terms, section.key
            assert all(item for item in block.items)


def test_register_style_numbers_the_sections_in_order():
    document = build(style="register")
    assert [s.number for s in document.sections] == [f"{i}." for i in range(1, len(document.sections) + 1)]
    assert document.sections[0].heading == "Rekisterinpitäjä"
    assert document.sections[1].heading == "Rekisteristä vastaava yhteyshenkilö"
    assert document.find("registers").heading == "Rekisterien nimet"
    assert not document.show_toc


def test_several_registers_get_letters():
    document = build(style="register")
    assert document.find("registers").blocks[0].items == ["a) Verkkokaupan asiakasrekisteri", "b) Markkinointirekisteri"]
    subs = document.find("purposes").subsections
    assert [(s.number, s.heading) for s in subs] == [("a)", "Verkkokaupan asiakasrekisteri"), ("b)", "Markkinointirekisteri")]
    # A purpose for all registers ("register": "") appears under each.
    assert all("Verkkokaupan tietoturva" in section_text(document, s.key) for s in subs)


def test_one_register_is_named_plainly():
    answers = sample_answers()
    answers["notice"]["registers"] = answers["notice"]["registers"][:1]
    document = build(answers)
    assert document.find("registers").heading == "Rekisterin nimi"
    assert document.find("registers").blocks[0].text == "Verkkokaupan asiakasrekisteri"
    assert document.find("purposes").subsections == []


def test_statement_style_has_question_headings_and_a_table_of_contents():
    document = build(style="statement")
    assert document.show_toc and document.toc_heading == "Sisällys"
    assert document.find("categories").heading == "Mitä henkilötietoja keräämme?"
    assert document.sections[0].key == "definitions"
    assert all(s.number == "" for s in document.sections)
    english = build(style="statement", language="en")
    assert english.find("retention").heading == "How long do we keep your personal data?"


def test_style_defaults_to_the_answer_then_register():
    answers = sample_answers()
    answers["notice"]["style"] = "statement"
    assert build(answers).style == "statement"
    answers["notice"]["style"] = "bogus"
    assert build(answers).style == "register"


def test_company_name_is_never_inflected_in_finnish():
    name = sample_controller()["name"]
    text = render_text(build(style="register")) + render_text(build(style="statement"))
    for match in re.finditer(re.escape(name) + r"(\S*)", text):
        assert match.group(1) in ("", ",", ")"), match.group(0)


def test_version_line_uses_finnish_and_english_date_formats():
    assert build(drawn_up_on=date(2026, 2, 1), last_changed_on=date(2026, 4, 3)).version_line == "Laadittu 1.2.2026 · Päivitetty 3.4.2026"
    assert build(language="en", drawn_up_on=date(2026, 2, 1)).version_line == "Created on 1 February 2026"
    answers = sample_answers()
    del answers["drawn_up_on"]
    assert build(answers).version_line == ""
    assert format_date(date(2025, 12, 31), "fi") == "31.12.2025"


def test_explicit_no_statements():
    answers = sample_answers()
    answers["transfers"] = {"any": False}
    answers["recipients"] = {"items": [{"kind": "it_services", "name": "Zoner Oy", "role": "processor", "country": "FI"}]}
    answers["automated"] = {"decisions": False, "profiling": False}
    document = build(answers)
    assert "Emme siirrä henkilötietoja Euroopan unionin (EU) tai Euroopan talousalueen (ETA) ulkopuolelle." in section_text(document, "transfers")
    assert "Emme luovuta henkilötietoja säännönmukaisesti muille rekisterinpitäjille." in section_text(document, "recipients")
    assert "Zoner Oy" in section_text(document, "recipients")
    assert "Emme tee pelkästään automaattiseen käsittelyyn perustuvia päätöksiä emmekä profiloi henkilötietoja." in section_text(document, "automated")
    assert "Emme käsittele erityisiin henkilötietoryhmiin" in section_text(document, "special")


def test_unanswered_yes_no_questions_make_no_claim():
    answers = sample_answers()
    answers["transfers"] = {}
    del answers["categories"]["special"]
    del answers["categories"]["criminal"]
    answers["automated"] = {}
    document = build(answers)
    assert document.find("transfers") is None
    assert document.find("special") is None
    assert document.find("automated") is None


def test_special_categories_and_criminal_data():
    answers = sample_answers()
    answers["categories"].update(special=True, special_description={"fi": "Terveystiedot"}, special_condition="explicit_consent", criminal=False)
    text = section_text(build(answers), "special")
    assert "Terveystiedot" in text and "Nimenomainen suostumus" in text
    assert "Emme käsittele rikostuomioihin" in text


def test_transfer_safeguards_are_explained_and_privacy_shield_is_not_a_safeguard():
    answers = sample_answers()
    answers["transfers"]["items"] = [
        {"country": "JP", "recipient": "K.K.", "safeguard": "adequacy"},
        {"country": "US", "recipient": "Old Inc", "safeguard": "privacy_shield"},
    ]
    text = section_text(build(answers), "transfers")
    assert "Japani: komission riittävyyspäätösten luettelossa 1.12.2026." in text
    assert "Uusi-Seelanti" not in text
    assert "Privacy Shield" not in text
    assert "Siirtoperustetta ei ole ilmoitettu" in text
    # An adequacy decision is no document of ours: no copy is offered (only SCCs/BCRs).
    assert "jäljennöksen" not in text and "Saat lisätietoja siirroista" in text


def test_adequacy_override_is_dated():
    class Dated(catalogues.Catalogue):
        listed_on = date(2026, 1, 15)

    answers = sample_answers()
    answers["transfers"]["items"] = [{"country": "BR", "recipient": "Ltda", "safeguard": "adequacy"}]
    text = section_text(build(answers, adequacy=Dated(catalogues.Entry("BR", {"fi": "Brasilia", "en": "Brazil", "sv": "Brasilien"}))), "transfers")
    assert "Brasilia: komission riittävyyspäätösten luettelossa 15.1.2026." in text and "Japani" not in text


def test_dpf_explanation_says_only_certified_companies():
    text = section_text(build(language="en"), "transfers")
    assert "covers only US companies certified under the framework" in text


def test_retention_presets_are_worded_from_the_law():
    text = section_text(build(), "retention")
    assert "Tositteita säilytetään kuusi vuotta sen vuoden lopusta, jona tilikausi on päättynyt (kirjanpitolaki 2 luku 10 §)." in text
    assert "Tilinpäätös ja kirjanpitokirjat" in text


def test_rights_are_exercised_with_identity_check_and_one_month_deadline():
    text = section_text(build(language="en"), "exercise")
    assert "tietosuoja@vihreaoksa.fi" in text
    assert "verify your identity" in text
    assert "within one month" in text and "two further months" in text


def test_complaint_names_the_finnish_authority_with_contact_details():
    text = section_text(build(), "complaint")
    authority = catalogues.SUPERVISORY_AUTHORITIES["FI"]
    for value in ["Tietosuojavaltuutetun toimisto", authority["visiting_address"]["fi"], authority["postal_address"]["fi"], authority["email"], authority["phone"]["fi"]]:
        assert value in text


def test_swedish_complaint_names_the_authority_by_its_swedish_name_and_address():
    text = section_text(build_document(answers=sample_answers(), controller=sample_controller(), language="sv"), "complaint")
    for value in ["Dataombudsmannens byrå", "Fågelviksgränden 4, 00530 Helsingfors", "PB 800, 00531 Helsingfors", "tietosuoja@om.fi", "https://tietosuoja.fi/sv"]:
        assert value in text
    assert "Lintulahdenkuja" not in text


def test_dpo_and_representative_appear_only_when_given():
    assert build().find("dpo") is None and build().find("representative") is None
    controller = sample_controller()
    controller.update(dpo_email="dpo@vihreaoksa.fi", representative_name="EU Rep GmbH", representative_contact="Str. 1\n10115 Berlin")
    document = build(controller=controller)
    assert "dpo@vihreaoksa.fi" in section_text(document, "dpo")
    assert "10115 Berlin" in section_text(document, "representative")


def test_processor_role_and_laws():
    answers = sample_answers()
    answers["rights"]["processor_role"] = {"fi": "Toimimme käsittelijänä asiakkaidemme rekistereissä."}
    document = build(answers)
    assert "Toimimme käsittelijänä" in section_text(document, "processor_role")
    assert "Tietosuojalaki (1050/2018)" in section_text(document, "laws")


def test_summary_table_answers_what_why_basis_how_long_who():
    summary = build(language="en").summary
    assert summary.kind == "table" and summary.row_headers
    assert [row[0] for row in summary.rows] == [
        "Who is responsible", "What data", "Why", "Legal basis", "How long", "Who receives them", "Your rights", "Complaints",
    ]  # fmt: skip
    assert "Paytrail Oyj" in summary.rows[5][1]


def test_empty_answers_give_a_short_document_without_empty_parts():
    document = build({}, {})
    assert_no_empty_parts(document)
    keys = [s.key for s in document.sections]
    assert {"rights", "complaint", "changes"} <= set(keys)
    assert "recipients" not in keys  # unanswered: no "we do not disclose" claim
    assert document.summary is None and document.summary_heading == ""


def test_unknown_codes_are_shown_as_they_are():
    answers = {"purposes": [{"description": {"fi": "X"}, "legal_basis": "mystery"}], "categories": {"items": [{"code": "old_code"}]}}
    document = build(answers, {})
    assert "mystery" in section_text(document, "purposes")
    assert "old_code" in section_text(document, "categories")


# --- any answers render, without empty headings ---------------------------------------

text = st.one_of(st.none(), st.text(max_size=30), st.integers(), st.booleans())
ltext_values = st.one_of(text, st.dictionaries(st.sampled_from(["fi", "en", "sv"]), text, max_size=3))
codes = st.one_of(text, st.sampled_from(["consent", "contract", "legitimate_interests", "adequacy", "privacy_shield", "dpf", "US", "FI", "data_subject", "posti", "processor", "necessary", "ledgers", ""]))
leaf = st.one_of(text, ltext_values, codes, st.lists(codes, max_size=4))
rows = st.lists(st.one_of(st.dictionaries(st.sampled_from(["id", "register", "description", "legal_basis", "legitimate_interest", "code", "name", "details", "preset", "period", "criteria", "applies_to", "kind", "role", "country", "recipient", "safeguard", "category", "provider", "purpose", "public", "direct_marketing"]), leaf, max_size=8), text), max_size=4)
parts = st.dictionaries(
    st.sampled_from(["items", "other", "any", "used", "special", "criminal", "special_condition", "decisions", "profiling", "logic", "consequences", "requirement", "categories", "tools", "how_to_refuse", "measures", "languages", "style", "registers", "data_subjects", "title", "intro", "laws", "request_email", "changes", "processor_role", "name", "email"]),
    st.one_of(leaf, rows),
    max_size=8,
)
answers_strategy = st.dictionaries(
    st.sampled_from(["contact", "notice", "purposes", "categories", "sources", "retention", "recipients", "transfers", "security", "automated", "cookies", "rights", "drawn_up_on"]),
    st.one_of(parts, rows, text),
    max_size=13,
)
controller_strategy = st.one_of(st.none(), st.dictionaries(st.sampled_from(["name", "country", "business_id", "street_address", "city", "email", "dpo_name", "dpo_email", "representative_name", "representative_contact"]), text, max_size=8))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answers_strategy, controller=controller_strategy, language=st.sampled_from([*CODES, "xx"]), style=st.sampled_from([None, "register", "statement", "zz"]))
def test_any_answers_render_without_error_or_empty_headings(answers, controller, language, style):
    document = build_document(answers=answers, controller=controller, language=language, style=style)
    assert_no_empty_parts(document)
    render_text(document)
    document.to_dict()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answers_strategy)
def test_any_answers_render_in_the_template(answers):
    html = render_to_string("notices/document.html", {"document": build_document(answers=answers, controller={}, language="fi")})
    assert "<h2" in html
    assert not re.search(r"<h[23][^>]*>\s*</h[23]>", html)
