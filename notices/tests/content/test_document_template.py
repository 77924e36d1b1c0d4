"""The printable template: every block kind, accessible tables, no inline styles."""

import re
from datetime import date

from django.template.loader import render_to_string

from notices.content.builder import build_document
from notices.content.document import Block, Document, Section
from notices.content.samples import sample_answers, sample_controller


def render(document, **context):
    return render_to_string("notices/document.html", {"document": document, **context})


def sample(style):
    return build_document(answers=sample_answers(), controller=sample_controller(), language="fi", style=style, last_changed_on=date(2026, 4, 3))


def test_statement_renders_summary_toc_and_anchors():
    html = render(sample("statement"))
    assert '<nav class="notice-toc"' in html
    assert 'href="#notice-categories"' in html and 'id="notice-categories"' in html
    assert '<th scope="row"><a href="#notice-categories">Mitä tietoja</a></th>' in html
    assert "Laadittu 1.2.2026 · Päivitetty 3.4.2026" in html
    assert "<h1" not in html
    assert "style=" not in html and "<script" not in html


def test_register_renders_numbers_subsections_and_every_block_kind():
    html = render(sample("register"))
    assert '<span class="notice-number">1.</span> Rekisterinpitäjä' in html
    assert '<h3 id="notice-purposes-a-heading"' in html
    assert '<th scope="col">Käsittelyn tarkoitus</th>' in html
    assert "<dl class=\"notice-definitions\">" in html and "<dt>" in html
    assert '<address class="notice-address">' in html
    assert '<ul class="notice-list notice-list-plain">' in html
    assert "notice-toc" not in html


def test_version_line_can_be_left_to_the_page():
    assert "notice-version" not in render(sample("register"), omit_version_line=True)


def test_user_text_is_escaped():
    document = Document(
        language="fi", style="register", title="T", controller_name="<b>X</b>",
        sections=[Section(key="controller", heading="<i>H</i>", blocks=[Block(kind="paragraph", text="<script>alert(1)</script>"), Block(kind="table", header=["<a>"], rows=[["<img>"]], row_headers=True)])],
    )
    html = render(document)
    assert "<script>" not in html and "<img>" not in html and "<i>H</i>" not in html
    assert "&lt;script&gt;" in html


def test_headings_are_never_empty():
    html = render(build_document(answers={}, controller={}, language="en"))
    assert not re.search(r"<h[23][^>]*>\s*</h[23]>", html)
