"""The first layer (WP260 rev.01): the summary names the controller and how to reach them,
the data, purposes, bases, retention, recipients, the rights (objection when it applies)
and the complaint right, and each row links to the section telling it in full."""

from django.template.loader import render_to_string

from notices.content.builder import build_document
from notices.content.samples import sample_answers, sample_controller


def build(answers=None, language="en"):
    return build_document(answers=sample_answers() if answers is None else answers, controller=sample_controller(), language=language)


def rows(document):
    return dict(zip([row[0] for row in document.summary.rows], document.summary.links, strict=True))


def test_every_summary_row_links_to_a_section_the_document_has():
    document = build()
    links = rows(document)
    assert links == {
        "Who is responsible": "controller", "What data": "categories", "Why": "purposes", "Legal basis": "purposes",
        "How long": "retention", "Who receives them": "recipients", "Your rights": "rights", "Complaints": "complaint",
    }  # fmt: skip
    for key in links.values():
        assert document.find(key) is not None


def test_controller_row_says_who_and_how_to_reach_them():
    summary = build().summary
    assert summary.rows[0][1] == "Vihreä Oksa Oy, tietosuoja@vihreaoksa.fi"


def test_objection_is_named_in_the_rights_row_only_when_it_applies():
    answers = sample_answers()
    with_interest = build(answers).summary
    assert "right to object" in dict(with_interest.rows)["Your rights"]
    answers["purposes"] = [{"description": {"fi": "Laskutus", "en": "Invoicing"}, "legal_basis": "contract"}]
    answers["categories"] = [c for c in answers.get("categories", []) if "marketing" not in str(c)]
    answers["recipients"] = {"items": []}
    answers["cookies"] = {"used": False}
    answers["automated"] = {"decisions": False, "profiling": False}
    answers["notice"]["data_subjects"] = ["customers"]
    plain = dict(build(answers).summary.rows)["Your rights"]
    assert "object" not in plain.lower()


def test_complaint_row_names_the_finnish_authority_in_finnish():
    summary = dict(build(language="fi").summary.rows)
    assert "Tietosuojavaltuutetun toimisto" in summary["Valitusoikeus"]


def test_the_shared_template_links_each_row_and_labels_stacked_cells():
    document = build()
    html = render_to_string("notices/document.html", {"document": document})
    assert '<a href="#notice-rights">Your rights</a>' in html
    assert 'id="notice-rights"' in html
    # Multi-column tables carry their column names for the narrow-screen stacked layout.
    assert 'data-label="' in html and "notice-table-stack" in html


def test_long_unbroken_strings_in_tables_get_break_opportunities_and_stay_escaped():
    answers = sample_answers()
    answers["cookies"]["tools"][0]["name"] = "<b>" + "x" * 250
    html = render_to_string("notices/document.html", {"document": build(answers)})
    assert "&lt;b&gt;xxxxxxxxxxx<wbr>xxxxxxxxxxxxxx<wbr>" in html
    assert "<b>" not in html
    # Ordinary words are left alone.
    assert "Vihreä Oksa Oy" in render_to_string("notices/document.html", {"document": build()})
