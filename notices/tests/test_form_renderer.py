"""The wizard's fields and widgets are written in Python (notices/form_renderer.py, the
wizard_field tag) for speed (issue 14); they must write what the templates wrote."""

import re
from pathlib import Path

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.template import engines

from notices import wizard as wz
from notices.content import samples
from notices.content.steps import STEP_KEYS
from notices.form_renderer import FastWidgetRenderer
from notices.forms import LTextWidget
from notices.tests.factories import MembershipFactory, NoticeFactory

pytestmark = pytest.mark.django_db


def same(html: str) -> str:
    # Whitespace between tags is not markup.
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", str(html))).strip()


WIDGETS = [
    (forms.TextInput(attrs={"class": "form-control", "placeholder": 'a "quoted" <b>'}), "x & <y>"),
    (forms.TextInput(), None),
    (forms.EmailInput(attrs={"required": True, "disabled": False}), "a@b.fi"),
    (forms.URLInput(), "https://x.fi/?a=1&b=2"),
    (forms.NumberInput(), 3),
    (forms.DateInput(attrs={"type": "date"}), "2026-01-02"),
    (forms.HiddenInput(), "<script>"),
    (forms.CheckboxInput(), True),
    (forms.CheckboxInput(), False),
    (forms.Textarea(attrs={"rows": 2}), "line 1\n<line 2>"),
    (forms.Textarea(), ""),
    (forms.Select(choices=[("", "—"), ("a", "A & B"), ("b", "<B>")]), "a"),
    (forms.Select(choices=[("Group <1>", [("a", "A"), ("b", "B")]), ("c", "C")]), "b"),
    (LTextWidget(languages=["fi", "en"], multiline=True, placeholders={"fi": "esim. <x>"}), {"fi": "Hei <b>", "en": "Hi"}),
    (LTextWidget(languages=["fi"]), {"fi": "Vain suomeksi", "en": "kept hidden"}),
]


@pytest.mark.parametrize(("widget", "value"), WIDGETS)
def test_fast_renderer_writes_what_the_widget_templates_write(widget, value):
    attrs = {"id": "id_field", "aria-describedby": "id_field_help"}
    expected = widget.render("field", value, attrs=attrs, renderer=DjangoTemplates())
    assert same(widget.render("field", value, attrs=attrs, renderer=FastWidgetRenderer())) == same(expected)


def test_a_widget_template_without_a_python_version_still_renders():
    widget = forms.RadioSelect(choices=[("a", "A"), ("b", "B")])
    html = widget.render("field", "a", renderer=FastWidgetRenderer())
    assert same(html) == same(widget.render("field", "a", renderer=DjangoTemplates()))


OLD_FIELD = '{% include "notices/wizard/_field.html" with field=field show_if=show_if %}'
NEW_FIELD = "{% load wizard_tags %}{% wizard_field field show_if=show_if %}"


@pytest.mark.parametrize("show_errors", [False, True])
@pytest.mark.parametrize("step", [key for key in STEP_KEYS if key != "review"])
def test_wizard_field_tag_writes_what_the_field_template_wrote(user, step, show_errors):
    organisation = MembershipFactory(user=user).organisation
    notice = NoticeFactory(organisation=organisation, answers=samples.sample_answers())
    handler = wz.get_step(notice, step)
    step_forms = handler.build()
    fields = []
    for form in step_forms.forms.values():
        fields.extend(form)
    for rows in step_forms.rows.values():
        for form in rows.formset.forms:
            fields.extend(form)
    if show_errors:  # every field with an error to show
        for field in fields:
            field.form._errors = field.form._errors or forms.utils.ErrorDict()
            field.form._errors[field.name] = field.form.error_class(["Bad <value>", "Second"])
    assert fields
    engine = engines["django"]
    old, new = engine.from_string(OLD_FIELD), engine.from_string(NEW_FIELD)
    for field in fields:
        context = {"field": field, "show_if": "x=y" if field.name.endswith("s") else "", "show_errors": show_errors}
        assert same(new.render(context)) == same(old.render(context)), field.html_name


class ChoicesForm(forms.Form):
    radio = forms.ChoiceField(choices=[("", "None"), ("a", "A <1>"), ("b", "B")], widget=forms.RadioSelect, required=False)
    numbers = forms.TypedChoiceField(choices=[(1, "One"), (2, "Two")], coerce=int, widget=forms.RadioSelect, required=False)
    boxes = forms.MultipleChoiceField(choices=[("x", "X"), ("y", "Y & Z"), ("z", "Z")], widget=forms.CheckboxSelectMultiple, required=False)
    grouped = forms.MultipleChoiceField(choices=[("G", [("g1", "G1"), ("g2", "G2")]), ("h", "H")], widget=forms.CheckboxSelectMultiple, required=False)
    own_id = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect(attrs={"id": "mine"}), required=False)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},
        {"radio": "a", "numbers": "2", "boxes": ["y", "z"], "grouped": ["g2", "h"], "own_id": "b"},
        {"radio": "", "numbers": "9", "boxes": ["nope"]},
    ],
)
def test_wizard_field_tag_writes_the_options_django_writes(data):
    # The tag writes radio and checkbox options without Django's option contexts: the
    # same values, ids and checked options, bound or not, grouped or not.
    form = ChoicesForm(data) if data is not None else ChoicesForm(initial={"radio": "b", "boxes": ["x"], "numbers": 1})
    engine = engines["django"]
    old, new = engine.from_string(OLD_FIELD), engine.from_string(NEW_FIELD)
    for field in form:
        context = {"field": field, "show_if": "", "show_errors": False}
        assert same(new.render(context)) == same(old.render(context)), field.html_name
    if data and "grouped" in data:  # the comparison above is about something: options are checked
        assert new.render({"field": form["grouped"], "show_if": "", "show_errors": False}).count(" checked") == 2


# What templates/notices/wizard/_rows.html was before the wizard_rows tag wrote it.
OLD_ROWS = (Path(__file__).parent / "old_templates" / "wizard_rows.html").read_text()


@pytest.mark.parametrize("show_errors", [False, True])
@pytest.mark.parametrize("step", [key for key in STEP_KEYS if key != "review"])
def test_wizard_rows_tag_writes_what_the_rows_template_wrote(rf, user, step, show_errors):
    organisation = MembershipFactory(user=user).organisation
    notice = NoticeFactory(organisation=organisation, answers=samples.sample_answers())
    handler = wz.get_step(notice, step)
    step_forms = handler.build()
    request = rf.get(f"/notices/{notice.pk}/wizard/{step}/?a=<b>")
    engine = engines["django"]
    old, new = engine.from_string(OLD_ROWS), engine.from_string("{% load wizard_tags %}{% wizard_rows rows %}")
    for rows in step_forms.rows.values():
        if show_errors:
            for form in rows.formset.forms:
                form._errors = forms.utils.ErrorDict({"__all__": form.error_class(["Row <bad>"])})
            rows.formset._non_form_errors = rows.formset.error_class(["Too <many>"])
        context = {"rows": rows, "notice": notice, "step": step, "show_errors": show_errors, "request": request}
        html = new.render(context)
        assert same(html) == same(old.render(context)), rows.prefix
        assert ("Row &lt;bad&gt;" in html) == (show_errors and bool(rows.formset.forms))


# What templates/notices/wizard/_nav.html was before the wizard_nav tag wrote it.
OLD_NAV = (Path(__file__).parent / "old_templates" / "wizard_nav.html").read_text()


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
@pytest.mark.parametrize("completed", [[], ["controller", "notice", "purposes"], STEP_KEYS])
def test_wizard_nav_tag_writes_what_the_nav_template_wrote(user, completed, language):
    from django.utils import translation

    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, completed_steps=completed)
    engine = engines["django"]
    old, new = engine.from_string(OLD_NAV), engine.from_string("{% load wizard_tags %}{% wizard_nav nav %}")
    with translation.override(language):
        for current in ("controller", "purposes", "review"):
            context = {"nav": wz.step_nav(notice, current), "notice": notice}
            html = new.render(context)
            assert html == old.render(context), current
            assert html.count('aria-current="step"') == 1
            assert html.count("✓") == len([key for key in completed if key != current])


# What templates/notices/wizard/steps/recipients.html wrote before the service_picker tag.
OLD_PICKER = (Path(__file__).parent / "old_templates" / "service_picker.html").read_text()


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_service_picker_tag_writes_what_the_recipients_template_wrote(user, language):
    from django.utils import translation

    answers = samples.sample_answers()
    answers["templates"] = ["webshop"]
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers=answers)
    engine = engines["django"]
    old, new = engine.from_string(OLD_PICKER), engine.from_string("{% load wizard_tags %}{% service_picker service_groups %}")
    with translation.override(language):
        shared = wz.get_step(notice, "recipients").extra_context()["service_groups"]
        # The step's groups are shared and read-only, and their picker written once: the same.
        assert new.render({"service_groups": shared}) == old.render({"service_groups": shared}) == new.render({"service_groups": shared})
        groups = [{**group, "services": [dict(service) for service in group["services"]]} for group in shared]
        # A name and a description with markup: escaped alike.
        groups[0]["services"][0] = {**groups[0]["services"][0], "name": 'A&B <Oy> "x"', "description": "<b>kuvaus</b> & 'muuta'", "chosen": True}
        groups[0]["services"][1] = {**groups[0]["services"][1], "description": ""}
        for context in ({"service_groups": groups}, {"service_groups": []}):
            html = new.render(context)
            assert html == old.render(context)
        assert "&lt;Oy&gt;" in new.render({"service_groups": groups}) and "<b>kuvaus" not in new.render({"service_groups": groups})


@pytest.mark.parametrize(
    "values",
    [[], [""], ["FI"], ["SE", "FI"], ["XX"], ["dup"]],
)
def test_select_options_written_once_are_the_options_written_one_by_one(values):
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext_lazy

    from notices.templatetags import wizard_tags

    def one_by_one(choices):
        return "".join(wizard_tags._option(value, label, selected) for value, label, selected in wizard_tags._selected(choices, values))

    lists = [
        [("", gettext_lazy("—")), ("FI", "Suomi"), ("SE", "Ruotsi & <muut>"), ("dup", "a"), ("dup", "b")],
        [("", mark_safe("<i>safe</i>")), ("FI", "Suomi")],
        [(1, "one"), ("FI", "Suomi")],
    ]
    for choices in lists:
        for _twice in range(2):  # written, then from what was written
            assert wizard_tags._options_html(choices, values) == one_by_one(choices)


def _between_tags(html: str) -> str:
    # Whitespace next to a tag does not show, and runs of it show as one space (no <pre>,
    # no text area here has text); crispy's templates leave a lot of it.
    return re.sub(r"\s*(<[^>]+>)\s*", r"\1", re.sub(r"\s+", " ", html)).strip()


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
@pytest.mark.parametrize(
    "data",
    [None, {"name": "", "country": "FI", "email": "not-an-address", "website": "x y", "business_id": "1234567-0", "postal_code": "<b>"}],
)
def test_bootstrap_field_filter_writes_what_crispy_wrote(language, data):
    from django.utils import translation

    from notices.forms import OrganisationForm

    engine = engines["django"]
    with translation.override(language):
        crispy_form, our_form = OrganisationForm(data=data), OrganisationForm(data=data)
        if data is not None:
            assert not crispy_form.is_valid() and not our_form.is_valid()
        for name in crispy_form.fields:
            crispy = engine.from_string("{% load crispy_forms_tags %}{{ field|as_crispy_field }}").render({"field": crispy_form[name]})
            ours = engine.from_string("{% load wizard_tags %}{{ field|as_bootstrap_field }}").render({"field": our_form[name]})
            assert _between_tags(ours) == _between_tags(crispy), name


# The loop templates/notices/wizard/steps/categories.html had before the category_options tag.
OLD_CATEGORIES = (Path(__file__).parent / "old_templates" / "category_options.html").read_text()


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
@pytest.mark.parametrize("registers", [1, 2])
def test_category_options_tag_writes_what_the_categories_loop_wrote(user, language, registers):
    from django.utils import translation

    answers = samples.sample_answers()
    both = [{"id": "r1", "name": {"fi": "Asiakkaat", "en": "Customers"}}, {"id": "r2", "name": {"fi": "Työnhakijat <b>"}}]
    answers["notice"]["registers"] = both[:registers]
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers=answers)
    engine = engines["django"]
    old, new = engine.from_string(OLD_CATEGORIES), engine.from_string("{% load wizard_tags %}      {% category_options form show_errors %}\n")
    with translation.override(language):
        unbound = wz.get_step(notice, "categories").build().forms["main"]
        assert unbound.show_register is (registers == 2)
        # A ticked category with a too-long detail: its error shown, and markup in it escaped.
        code = unbound.category_options()[0][0].data["value"]
        prefix = unbound.add_prefix("")
        data = {f"{prefix}codes": [code], f"{prefix}details_{code}_fi": "<b>" + "x" * 600}
        bound = wz.get_step(notice, "categories").build(data).forms["main"]
        bound.is_valid()
        for form, show_errors in ((unbound, False), (bound, True), (bound, False)):
            context = {"form": form, "show_errors": show_errors}
            assert new.render(context) == old.render(context)
    assert "has-error" in new.render({"form": bound, "show_errors": True}) and "<b>x" not in new.render({"form": bound, "show_errors": True})


OLD_SERVICE_NOTE = (Path(__file__).parent / "old_templates" / "service_note.html").read_text()


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_service_note_tag_writes_what_its_include_wrote(user, language):
    from django.utils import translation

    from notices.forms import RecipientForm

    engine = engines["django"]
    old, new = engine.from_string(OLD_SERVICE_NOTE), engine.from_string("{% load wizard_tags %}{% service_note form %}")
    with translation.override(language):
        for initial in ({"service": "mailchimp"}, {"service": ""}, {}):
            context = {"form": RecipientForm(initial=initial)}
            assert new.render(context) == old.render(context)
    assert "wizard-service-note" in new.render({"form": RecipientForm(initial={"service": "mailchimp"})})


# The loop templates/notices/wizard/steps/review.html had before the review_summary tag.
OLD_REVIEW_SUMMARY = (Path(__file__).parent / "old_templates" / "review_summary.html").read_text()


@pytest.mark.parametrize("language", ["fi", "en", "sv"])
def test_review_summary_tag_writes_what_the_review_loop_wrote(user, language):
    from django.utils import translation
    from django.utils.translation import gettext_lazy

    answers = samples.sample_answers()
    answers["purposes"][0]["description"] = {"fi": "Markkinointi <b>& muuta</b>", "en": "Marketing"}
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers=answers)
    engine = engines["django"]
    old, new = engine.from_string(OLD_REVIEW_SUMMARY), engine.from_string("{% load wizard_tags %}  {% review_summary summary notice %}")
    with translation.override(language):
        summary = wz.summarise(notice)
        # Every branch: a part with no items, an item with no lines, one with a lazy label.
        summary.append({"key": "rights", "label": "Tyhjä <osa>", "items": []})
        summary.append({"key": "security", "label": gettext_lazy("Security"), "items": [("Ei vastausta", []), ("Kaksi", ["a < b", "c"])]})
        context = {"summary": summary, "notice": notice}
        html = new.render(context)
        assert html == old.render(context)
    assert "&lt;b&gt;&amp; muuta" in html and "Tyhjä &lt;osa&gt;" in html and "a &lt; b<br>c" in html
