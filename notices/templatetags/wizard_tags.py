"""Template helpers for the notice wizard's forms."""

import json

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms, template
from django.conf import settings
from django.forms.widgets import Input
from django.urls import reverse
from django.utils.choices import CallableChoiceIterator
from django.utils.formats import localize
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from notices.form_renderer import _attrs, conditional_escape, render_widget
from notices.forms import LANGUAGE_INPUT_LABELS, OUTPUT_LANGUAGES, CatalogueChoiceField, LTextWidget
from notices.memo import RecentlyUsed, remembered, remembered_for

register = template.Library()


@register.filter
def widget_kind(bound_field) -> str:
    """How _field.html lays the field out."""
    widget = bound_field.field.widget
    if isinstance(widget, LTextWidget):
        return "ltext"
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


@register.filter
def option_help(bound_field, code) -> str:
    """The catalogue help text of one option of a catalogue field."""
    return (getattr(bound_field.field, "help_map", None) or {}).get(str(code), "")


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def input_with(bound_field, invalid=False):
    """The field's input with Bootstrap classes, marked invalid (and tied to its help and
    error texts) when its errors are shown."""
    widget = bound_field.field.widget
    css = "form-check-input" if isinstance(widget, forms.CheckboxInput) else widget.attrs.get("class") or "form-control"
    attrs = {"class": css}
    described = []
    if conditional_escape(bound_field.help_text):  # a lazy text is translated once (form_renderer)
        described.append(f"{bound_field.auto_id}_help")
    if invalid and bound_field.errors:
        attrs["class"] = f"{css} is-invalid"
        attrs["aria-invalid"] = "true"
        described += [f"{bound_field.auto_id}_error{index}" for index in range(1, len(bound_field.errors) + 1)]
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return _select_html(bound_field, attrs) or bound_field.as_widget(attrs=attrs)


def _has_errors(field) -> bool:
    # As bool(field.errors), without the empty error list BoundField.errors makes for
    # every field of a form that has none.
    return bool(field.form.errors.get(field.name))


def _select_html(field, attrs) -> str | None:
    """What as_widget(attrs=attrs) writes for a plain select (a country, a register: up to
    a few hundred options a row), without Django's context per option; None for any other."""
    widget, form_field = field.field.widget, field.field
    if type(widget) is not forms.Select or form_field.required or form_field.disabled or form_field.localize or form_field.show_hidden_initial:
        return None
    choices, stable = _plain_choices(widget.choices)
    prepared = _prepared_options(choices) if stable else _prepare_options(choices)
    if prepared is None:
        return None
    # BoundField.build_widget_attrs (neither required nor disabled), then the id.
    attrs = dict(attrs)
    if _has_errors(field):
        attrs["aria-invalid"] = "true"
    if not attrs.get("aria-describedby") and not field.use_fieldset and (described := field.aria_describedby):
        attrs["aria-describedby"] = described
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    values = widget.format_value(field.value())
    start = f'<select name="{conditional_escape(field.html_name)}"{_attrs({**widget.attrs, **attrs})}>'
    return mark_safe(start + _selected_options(prepared, values) + "\n</select>")  # noqa: S308 - every value is escaped


def _plain_choices(choices) -> tuple[list, bool]:
    """The widget's choices as a list, and whether it is a list kept for reuse. A catalogue
    field's are already (code, label) pairs, memoised per language: Django's iterator would
    normalise them again for every select."""
    func = getattr(choices, "func", None)
    if isinstance(choices, CallableChoiceIterator) and getattr(func, "__func__", None) is CatalogueChoiceField._catalogue_choices:
        return func(), True
    return list(choices), False


def _options_html(choices: list, values: list) -> str:
    """The options of a select, the first one whose value is in ``values`` selected
    (ChoiceWidget.optgroups and create_option)."""
    return _selected_options(_prepare_options(choices), values)


# A catalogue's choices are one list per language, the same on every row: prepared once
# (looked at, normalised, written), by the list itself; each select then only marks its
# selected option. A list not found again is prepared each time.
_prepared_by_list: dict = {}


def _prepared_options(choices: list):
    return remembered_for(_prepared_by_list, (choices,), lambda: _prepare_options(choices), key=(get_language(),), limit=256)


def _prepare_options(choices: list):
    """(choices, plain, written options, where each value first stands) of a select's
    choices; None for grouped choices (left to Django). A list of plain texts (countries:
    ~250 a row) is written once and then only the selected option changes."""
    if any(isinstance(label, list | tuple) for _value, label in choices):
        return None
    # Lazy labels ("—") as the text they give in this language; anything else (a safe
    # string, a number, a group) is written option by option.
    choices = [(value, label if type(label) is str or not isinstance(label, Promise) else str(label)) for value, label in choices]
    plain = all(type(value) is str and type(label) is str for value, label in choices)
    if not plain:
        return choices, False, None, None
    options, first_index = remembered(_options_written, (get_language(), tuple(choices)), lambda: _write_options(choices), limit=256)
    return choices, True, options, first_index


def _selected_options(prepared, values: list) -> str:
    choices, plain, options, first_index = prepared
    if not plain:
        return "".join(_option(value, label, selected) for value, label, selected in _selected(choices, values))
    # The first option, in the list's order, whose value is chosen.
    chosen = [first_index[value] for value in values if value in first_index]
    if not chosen:
        return "".join(options)
    index = min(chosen)
    value, label = choices[index]
    return "".join([*options[:index], _option(value, label, True), *options[index + 1 :]])


_options_written: dict = {}


def _write_options(choices: list) -> tuple[list[str], dict[str, int]]:
    """Each option unselected, and where each value first stands."""
    first_index: dict[str, int] = {}
    for index, (value, _label) in enumerate(choices):
        first_index.setdefault(value, index)
    return [_option(value, label, False) for value, label in choices], first_index


def _selected(choices, values):
    has_selected = False
    for option_value, label in choices:
        option_value = "" if option_value is None else option_value
        selected = not has_selected and str(option_value) in values
        has_selected |= selected
        yield option_value, label, selected


def _option(value, label, selected: bool) -> str:
    return f'\n  <option value="{_catalogue_html(str(value))}"{" selected" if selected else ""}>{_catalogue_html(label)}</option>'


def _length(value) -> int:
    # As the template's |length: 0 for what has no len() (callable catalogue choices).
    try:
        return len(value)
    except (TypeError, ValueError):
        return 0


# A row's hidden id and language texts, and the formset's counts, without Django's widget
# contexts (BoundField.as_widget, Widget.get_context, the renderer): the same HTML from the
# same values, for the plain cases a step has; any other goes through Django.


def _field_html(field) -> str:
    """What str(field) writes, for a hidden input or a language text."""
    plain = not (field.field.show_hidden_initial or field.field.localize or field.field.disabled or field.field.widget.is_localized)
    widget = field.field.widget
    if plain and type(widget) is forms.HiddenInput and not widget.attrs:
        # build_widget_attrs gives a hidden input only its id.
        attrs = {"id": field.auto_id} if field.auto_id else {}
        value = field.value()
        value = None if value is None or value == "" else str(value)  # Widget.format_value
        context = {"type": widget.input_type, "name": field.html_name, "value": value, "attrs": attrs, "template_name": widget.template_name}
        return render_widget({**context, "is_hidden": True, "required": widget.is_required}, field.form.renderer)
    if plain and type(widget) is LTextWidget and not field.field.required:
        return _ltext_html(field, widget) or conditional_escape(field)
    return conditional_escape(field)


def _ltext_html(field, widget) -> str | None:
    # BoundField.build_widget_attrs (not required, not disabled; a fieldset, so no
    # aria-describedby), then MultiWidget.get_context and LTextWidget.get_context.
    attrs = {"aria-invalid": "true"} if not widget.is_hidden and _has_errors(field) else {}
    if field.auto_id and "id" not in widget.attrs:
        attrs["id"] = field.auto_id
    final = {**widget.attrs, **attrs}
    if "type" in final:
        return None
    value = field.value()
    values = value if isinstance(value, list | tuple) else widget.decompress(value)
    id_ = final.get("id")
    subwidgets = []
    for index, (suffix, sub, code) in enumerate(zip(widget.widgets_names, widget.widgets, OUTPUT_LANGUAGES, strict=True)):
        sub_attrs = {**final, "id": f"{id_}_{index}"} if id_ else final
        context = {
            "name": field.html_name + suffix,
            "is_hidden": sub.is_hidden,
            "required": sub.is_required,
            "value": sub.format_value(values[index] if index < len(values) else None),
            "attrs": {**sub.attrs, **sub_attrs},
            "template_name": sub.template_name,
            "language_label": LANGUAGE_INPUT_LABELS[code],
            "shown": code in widget.languages,
        }
        if isinstance(sub, Input):
            context["type"] = sub.input_type
        subwidgets.append(context)
    context = {"name": field.html_name, "is_hidden": widget.is_hidden, "required": widget.is_required, "value": widget.format_value(value)}
    context.update(attrs=final, template_name=widget.template_name, subwidgets=subwidgets, columns=len(widget.languages))
    return render_widget(context, field.form.renderer)


def _options(field) -> list[tuple]:
    """(value, label, id as HTML, selected) of each option of a radio or checkbox field: what
    iterating the bound field gives (ChoiceWidget.optgroups and create_option), without
    a widget context per option, which was most of a row's cost (issue 14). Grouped
    choices, and widgets with ids or attributes of their own, go through Django."""
    widget = field.field.widget
    choices = list(widget.choices)
    if widget.attrs or any(isinstance(label, list | tuple) for _value, label in choices):
        return [(option.data["value"], option.choice_label, conditional_escape(option.id_for_label), option.data["selected"]) for option in field]
    base_id = field.auto_id
    base_html = conditional_escape(base_id) if base_id else ""
    value = field.value()
    if value is None and widget.allow_multiple_selected:
        values = []
    else:
        values = [str(item) if item is not None else "" for item in (value if isinstance(value, tuple | list) else [value])]
    options, has_selected = [], False
    for index, (option_value, label) in enumerate(choices):
        option_value = "" if option_value is None else option_value
        selected = (not has_selected or widget.allow_multiple_selected) and str(option_value) in values
        has_selected |= selected
        options.append((option_value, label, f"{base_html}_{index}" if base_id else "", selected))
    return options


# The options' labels and help texts are mostly the catalogues' texts, the same on every
# row and page: escaped once each. Plain strings only (their HTML depends on nothing else);
# lazy and safe texts go through conditional_escape.
_option_html: dict = {}


def _catalogue_html(text, language=None) -> str:
    if type(text) is not str:
        return conditional_escape(text, language=language)
    return remembered(_option_html, text, lambda: conditional_escape(text))


@register.simple_tag(takes_context=True)
def wizard_field(context, field, show_if="", show_errors=None):
    """One field with its label, help and errors: what notices/wizard/_field.html wrote,
    in Python. A step has up to a few hundred fields; the include cost more than the rest
    of the page together (issue 14). ``show_errors`` defaults to the page's."""
    invalid = context.get("show_errors") if show_errors is None else show_errors
    kind = widget_kind(field)
    if kind == "hidden":
        return mark_safe(_field_html(field))  # noqa: S308 - the widget's own HTML
    errors = field.errors if invalid else []
    auto_id = conditional_escape(field.auto_id)
    # Escaped once: testing a lazy help text for truth would translate it again.
    language = get_language()
    help_text = conditional_escape(field.help_text, language=language)
    label_html = conditional_escape(field.label, language=language)
    parts = [f'<div class="wizard-field mb-3{" has-error" if errors else ""}"']
    if show_if:
        parts.append(f' data-show-if="{conditional_escape(show_if)}"')
    parts.append(">\n  ")
    if kind in ("checkboxes", "radios", "ltext"):
        described = f' aria-describedby="{auto_id}_help"' if help_text else ""
        parts.append(f'<fieldset{described}>\n      <legend class="form-label fw-semibold fs-6 mb-1">{label_html}</legend>\n')
        if help_text:
            parts.append(f'      <div class="form-text mt-0 mb-2" id="{auto_id}_help">{help_text}</div>\n')
        if kind == "ltext":
            parts.append(_field_html(field))
        else:
            wide = kind == "checkboxes" and _length(field.field.choices) > 5
            parts.append(f'<div class="{"wizard-options" if wide else ""}">')
            invalid_class = " is-invalid" if errors else ""
            helps = getattr(field.field, "help_map", None) or {}
            input_type = conditional_escape(field.field.widget.input_type)
            name = conditional_escape(field.html_name)
            for value, label, option_id, selected in _options(field):
                checked = " checked" if selected else ""
                option_help = helps.get(str(value), "")
                parts.append(
                    f'\n<div class="form-check">'
                    f'<input class="form-check-input{invalid_class}" type="{input_type}" name="{name}"'
                    f' value="{_catalogue_html(value)}" id="{option_id}"{checked}>'
                    f'<label class="form-check-label" for="{option_id}">{_catalogue_html(label, language)}</label>'
                    + (f'<div class="form-text mt-0">{_catalogue_html(option_help)}</div>' if option_help else "")
                    + "</div>"
                )
            parts.append("\n</div>\n")
        parts.append("</fieldset>")
    elif kind == "checkbox":
        help_html = f'<div class="form-text mt-0" id="{auto_id}_help">{help_text}</div>' if help_text else ""
        parts.append(
            f'<div class="form-check">\n      {input_with(field, invalid)}\n'
            f'      <label class="form-check-label" for="{conditional_escape(field.id_for_label)}">{label_html}</label>\n'
            f"      {help_html}\n    </div>"
        )
    else:
        help_html = f'<div class="form-text" id="{auto_id}_help">{help_text}</div>' if help_text else ""
        parts.append(
            f'<label class="form-label fw-semibold" for="{conditional_escape(field.id_for_label)}">{label_html}</label>\n'
            f"    {input_with(field, invalid)}\n    {help_html}"
        )
    for index, error in enumerate(errors, start=1):
        parts.append(f'<div class="invalid-feedback d-block" id="{auto_id}_error{index}">{conditional_escape(error)}</div>')
    parts.append("\n</div>")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above


def _management_form(formset) -> str:
    # What {{ formset.management_form }} writes (django/forms/div.html): its hidden inputs,
    # or the whole form through its template when a posted one has errors to show.
    form = formset.management_form
    if form.is_bound and form.errors:
        return conditional_escape(form)
    return "".join(_field_html(field) for field in form.hidden_fields())


def _row_body(context, template, form, show_errors) -> str:
    """A row card's contents: its errors, hidden inputs and fields (its row template)."""
    parts = []
    if show_errors and form.non_field_errors():
        parts.append(f'<div class="alert alert-danger py-2">{" ".join(conditional_escape(error) for error in form.non_field_errors())}</div>')
    parts.append("\n        " + "".join(_field_html(hidden) for hidden in form.hidden_fields()) + "\n        ")
    with context.push(form=form):
        parts.append(template.render(context))
    return "".join(parts)


# The rows of a step as the page shows them before anything is posted, by everything a
# row is made from (_row_key): coming back to a step, or reloading it, writes only the
# rows that changed since this process last wrote them, as the dashboard does with its
# rows. A row was most of a step page's cost (issue 14). A posted row (with the user's
# values and errors) is always written afresh.
_row_html = RecentlyUsed(1000)  # ≤ ~9 MB: a recipient row with its countries is ~9 kB


def _json_key(value) -> str | None:
    """A stored answer (or a form's arguments) as one canonical text for a key; None for
    anything a stored answer cannot hold, which is then written afresh."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError):
        return None


def _row_keys(context, rows) -> list:
    """Each row's key in _row_html, or None where the row is written afresh: every row of
    a posted formset or of a page showing errors."""
    formset = rows.formset
    kwargs = None if formset.is_bound or context.get("show_errors") else _json_key(formset.form_kwargs)
    if kwargs is None:
        return [None] * len(formset.forms)
    notice_pk, language = getattr(context.get("notice"), "pk", None), get_language()
    keys = []
    for index in range(formset.total_form_count()):  # an unbound formset's forms, not built
        row = _json_key(formset.initial[index] if formset.initial and index < len(formset.initial) else None)
        keys.append(None if row is None else (notice_pk, rows.spec.row_template, rows.spec.form_class, formset.prefix, index, language, kwargs, row))
    return keys


def _row_bodies(context, rows) -> list[str]:
    formset = rows.formset
    template = context.template.engine.get_template(rows.spec.row_template)
    show_errors = context.get("show_errors")
    keys = _row_keys(context, rows)
    bodies = [None if key is None else _row_html.get(key) for key in keys]
    if None in bodies:
        # Building the formset's forms is a good part of a row's cost: only when one is missing.
        for index, form in enumerate(formset.forms):
            if bodies[index] is None:
                body = _row_body(context, template, form, show_errors)
                bodies[index] = body if keys[index] is None else _row_html.put(keys[index], body)
    return bodies


@register.simple_tag(takes_context=True)
def wizard_rows(context, rows):
    """One formset's repeated rows as cards: what notices/wizard/_rows.html wrote with a
    loop and an include per row, in Python (issue 14); each row's fields still come from
    its template (notices/wizard/rows/<kind>.html). Rendered inside the step page and
    alone as the htmx response when a row is added or removed (the buttons work without
    JavaScript too)."""
    show_errors = context.get("show_errors")
    prefix = conditional_escape(rows.prefix)
    request = context.get("request")
    path = conditional_escape(request.path) if request is not None else ""
    spec, formset = rows.spec, rows.formset
    target = f'hx-target="#rows-{prefix}" hx-select="#rows-{prefix}" hx-swap="outerHTML" hx-push-url="false"'
    parts = [f'<fieldset class="wizard-rows mb-4" id="rows-{prefix}">\n  <legend class="h5 mb-1">{conditional_escape(spec.legend)}</legend>\n  ']
    if spec.help_text:
        parts.append(f'<p class="form-text mt-0">{conditional_escape(spec.help_text)}</p>')
    parts.append(f"\n  {_management_form(formset)}\n  ")
    if show_errors and formset.non_form_errors():
        errors = "".join(f"{conditional_escape(error)} " for error in formset.non_form_errors())
        parts.append(f'<div class="alert alert-danger py-2" role="alert">{errors}</div>')
    bodies = _row_bodies(context, rows)
    if bodies:
        remove = _("Remove")
        for index, body in enumerate(bodies):
            parts.append(
                f'\n    <div class="card wizard-row mb-3">\n      <div class="card-body">\n'
                f'        <div class="d-flex justify-content-between align-items-center mb-2">\n'
                f'          <span class="wizard-row-number">{index + 1}.</span>\n'
                f'          <button type="submit" name="row_action" value="remove:{prefix}:{index}" class="btn btn-sm btn-link link-danger p-0"\n'
                f'            hx-post="{path}" {target}>{conditional_escape(remove)}<span class="visually-hidden"> {index + 1}</span></button>\n'
                f"        </div>\n        "
            )
            parts.append(body)
            parts.append("\n      </div>\n    </div>\n  ")
    else:
        parts.append(f'\n    <p class="text-body-secondary fst-italic">{conditional_escape(_("None added."))}</p>\n  ')
    if not rows.full:
        parts.append(
            f'\n    <button type="submit" name="row_action" value="add:{prefix}" class="btn btn-sm btn-outline-primary"\n'
            f'      hx-post="{path}" {target}>+ {conditional_escape(spec.add_label)}</button>\n  '
        )
    parts.append("\n</fieldset>")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above


@register.simple_tag
def wizard_nav(nav) -> str:
    """The steps' links (wizard.step_nav): what notices/wizard/_nav.html wrote with a loop,
    in Python. Written once a step page, but its loop cost as much as a row (issue 14)."""
    saved = f'<span class="visually-hidden"> ({conditional_escape(_("saved"))})</span>'
    parts = [f'<nav aria-label="{conditional_escape(_("Steps of the wizard"))}">\n  <ol class="wizard-steps list-unstyled mb-0">\n    ']
    for item in nav:
        current, done = item["current"], item["completed"] and not item["current"]
        state = "is-current" if current else ("is-done" if item["completed"] else "")
        aria = ' aria-current="step"' if current else ""
        number = "✓" if done else conditional_escape(item["number"])
        parts.append(
            f'\n      <li class="{state}">\n'
            f'        <a href="{conditional_escape(item["url"])}"{aria}>\n'
            f'          <span class="wizard-step-number" aria-hidden="true">{number}</span>\n'
            f"          <span>{conditional_escape(item['label'])}{saved if done else ''}</span>\n"
            "        </a>\n      </li>\n    "
        )
    parts.append("\n  </ol>\n</nav>\n")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above


# Marked for makemessages: the tag translates it when it writes the picker.
SERVICE_PICKER_HELP = gettext_noop(
    "Choose the tools your business uses. Each one fills in its recipient, its transfer outside the EU/EEA and its cookies at once. "
    "Check what is filled in: where we do not know a fact, we ask you. A service not in the list can be added as a row below."
)


@register.simple_tag
def service_picker(groups) -> str:
    """The recipients step's service library (wizard.RecipientsStep.extra_context): what
    its template wrote with a loop over some sixty services, in Python (issue 14)."""
    if not groups:
        return ""
    if isinstance(groups, tuple):  # the step's shared, read-only groups: written once a language
        return remembered_for(_pickers, (groups,), lambda: _service_picker(groups), key=(get_language(),), limit=200)
    return _service_picker(groups)


_pickers: dict = {}


def _service_picker(groups) -> str:
    add, remove = conditional_escape(_("Add")), conditional_escape(_("Remove"))
    parts = [
        '\n<section class="service-picker mb-4" aria-labelledby="service-picker-title">\n'
        f'  <h3 class="h5 mb-1" id="service-picker-title">{conditional_escape(_("Services you use"))}</h3>\n'
        f'  <p class="form-text mt-0">{conditional_escape(_(SERVICE_PICKER_HELP))}</p>\n'
        f'  <label class="visually-hidden" for="service-search">{conditional_escape(_("Search services"))}</label>\n'
        '  <input type="search" id="service-search" class="form-control form-control-sm mb-2" '
        f'placeholder="{conditional_escape(_("Search, e.g. Mailchimp"))}" data-service-search>\n  '
    ]
    for group in groups:
        parts.append(
            f'\n    <details class="service-group border-bottom py-1"{" open" if group["open"] else ""}>\n'
            f'      <summary class="fw-semibold">{conditional_escape(group["label"])}</summary>\n'
            '      <ul class="list-unstyled mb-2 mt-1">\n        '
        )
        for service in group["services"]:
            name, code = conditional_escape(service["name"]), conditional_escape(service["code"])
            description = conditional_escape(service["description"]) if service["description"] else ""
            action, label, style = ("remove", remove, "danger") if service["chosen"] else ("add", add, "primary")
            parts.append(
                '\n          <li class="d-flex justify-content-between align-items-start gap-2 py-1" '
                f'data-service-name="{conditional_escape(str(service["name"]).lower())}">\n'
                f'            <span><span class="fw-medium">{name}</span>'
                + (f'<br><span class="small text-body-secondary">{description}</span>' if description else "")
                + "</span>\n            \n"
                f'              <button type="submit" name="service_action" value="{action}:{code}" class="btn btn-sm btn-outline-{style} text-nowrap">'
                f'{label}<span class="visually-hidden"> {name}</span></button>\n            \n          </li>\n        '
            )
        parts.append("\n      </ul>\n    </details>\n  ")
    parts.append("\n</section>\n")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above


# The widgets as_bootstrap_field writes itself, by exact class (a subclass, such as a radio
# select, may render differently and goes to crispy).
_CRISPY_PLAIN = (forms.TextInput, forms.EmailInput, forms.URLInput, forms.NumberInput, forms.Textarea, forms.Select)


@register.filter
def as_bootstrap_field(field):
    """What crispy's |as_crispy_field writes (bootstrap5/field.html) for a text input, a
    text area or a plain select, in Python: the organisation's fifteen fields went
    through some fifty template includes on every controller step (issue 14). Anything
    else is left to crispy. The same HTML, whitespace between tags aside (a test)."""
    widget = field.field.widget
    if field.is_hidden or type(widget) not in _CRISPY_PLAIN:
        return as_crispy_field(field)
    # As the crispy_field tag: the widget's class name as a CSS class, then Bootstrap's.
    class_name = type(widget).__name__.lower()
    class_name = getattr(settings, "CRISPY_CLASS_CONVERTERS", {}).get(class_name, class_name)
    css = widget.attrs.get("class", "")
    css = (css if class_name in css else f"{css} {class_name}") if css else class_name
    wanted = "form-select" if isinstance(widget, forms.Select) else "form-control"
    for token in [wanted, "is-invalid"] if field.errors else [wanted]:
        if token not in css.split():
            css += f" {token}"
    widget.attrs["class"] = css
    auto_id = conditional_escape(field.auto_id)
    required = field.field.required
    css_classes = field.css_classes()
    parts = [f'<div id="div_{auto_id}" class="mb-3{" " + conditional_escape(css_classes) if css_classes else ""}">']
    if field.label:
        label_for = f'for="{conditional_escape(field.id_for_label)}" ' if field.id_for_label else ""
        asterisk = '<span class="asteriskField">*</span>' if required else ""
        parts.append(f'<label {label_for}class="form-label{" requiredField" if required else ""}">{conditional_escape(field.label)}{asterisk}</label>')
    parts.append(str(field))
    if field.errors:
        parts.append(f'<div id="{conditional_escape(field.errors.field_id)}_error" class="invalid-feedback">')
        parts.extend(f'<p id="error_{index}_{auto_id}"><strong>{conditional_escape(error)}</strong></p>' for index, error in enumerate(field.errors, start=1))
        parts.append("</div>")
    if field.help_text:
        id_attr = f'id="{auto_id}_helptext" ' if field.auto_id else ""
        parts.append(f'<div {id_attr}class="form-text">{field.help_text}</div>')
    parts.append("</div>")
    return mark_safe("".join(parts))  # noqa: S308 - escaped above; help texts are ours and safe, as crispy's |safe


@register.simple_tag
def category_options(form, show_errors=False) -> str:
    """The categories step's catalogue checkboxes, each with its "which data exactly" field
    and register: what the step's template wrote with a loop, in Python (issue 14). As the
    page first shows them, they are remembered as the rows are (_row_html)."""
    initial = None if form.is_bound or show_errors else _json_key(form.initial)
    if initial is None:
        return _category_options(form, show_errors)
    key = ("categories", form.prefix, tuple(form.languages), tuple(map(tuple, form.registers)), get_language(), initial)
    return _row_html.get_or_make(key, lambda: _category_options(form, show_errors))


def _category_options(form, show_errors) -> str:
    parts = []
    for option, details, register in form.category_options():
        data = option.data
        name, value = conditional_escape(data["name"]), conditional_escape(data["value"])
        option_id, choice_label = conditional_escape(option.id_for_label), conditional_escape(option.choice_label)
        checked, hidden = (" checked", "") if data["selected"] else ("", " hidden")
        help_text = option_help(form["codes"], data["value"])
        help_html = f'<div class="form-text mt-0">{conditional_escape(help_text)}</div>' if help_text else ""
        errors = details.errors if show_errors else []
        errors_html = "".join(f'<div class="invalid-feedback d-block">{conditional_escape(error)}</div>' for error in errors)
        register_html = ""
        if form.show_register:
            register_for, register_label = conditional_escape(register.id_for_label), conditional_escape(register.label)
            label_html = f'<label class="form-label small mb-0 mt-1" for="{register_for}">{register_label}</label>'
            register_html = f"{label_html}{conditional_escape(register)}"
        parts.append(
            '\n        <li class="wizard-category">\n'
            '          <div class="form-check">\n'
            f'            <input class="form-check-input" type="checkbox" name="{name}" value="{value}" id="{option_id}"{checked}>\n'
            f'            <label class="form-check-label" for="{option_id}">{choice_label}</label>\n'
            f"            {help_html}\n"
            "          </div>\n"
            f'          <div class="wizard-category-details{" has-error" if errors else ""}" data-show-if="{name}={value}"{hidden}>\n'
            "            <fieldset>\n"
            f'              <legend class="wizard-category-details-label">{conditional_escape(details.label)}'
            f'<span class="visually-hidden">: {choice_label}</span></legend>\n'
            f"              {_field_html(details)}\n"
            f"              {errors_html}\n"
            "            </fieldset>\n"
            f"            {register_html}\n"
            "          </div>\n        </li>\n      "
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above


@register.simple_tag
def service_note(form) -> str:
    """Above a row the service library filled in (recipient, transfer, cookie tool): one
    line, written here rather than by an include per row (issue 14)."""
    # The same bytes as the include, with the newline its file ended with.
    if not form["service"].value():
        return "\n"
    text = _("Filled in from the service library: check the details. Removing the service on the recipients step removes all of its rows.")
    return mark_safe(f'<p class="wizard-service-note small text-body-secondary mb-2">{conditional_escape(text)}</p>\n')  # noqa: S308 - escaped


def _text_html(value) -> str:
    # As {{ value }}: a date or number localised, then escaped.
    return conditional_escape(value if isinstance(value, str | Promise) else localize(value))


@register.simple_tag
def review_summary(summary, notice) -> str:
    """The review step's answers, a card a step (wizard.summarise): what its template wrote
    with three nested loops, in Python (issue 14: a tenth of the review page)."""
    edit, not_answered, nothing = conditional_escape(_("Edit")), conditional_escape(_("Not answered")), conditional_escape(_("Nothing added."))
    parts = []
    for part in summary:
        label = _text_html(part["label"])
        url = conditional_escape(reverse("notices:wizard_step", args=[notice.pk, part["key"]]))
        parts.append(
            '\n    <div class="card mb-3 wizard-summary">\n'
            '      <div class="card-header d-flex justify-content-between align-items-center">\n'
            f'        <span class="fw-semibold">{label}</span>\n'
            f'        <a href="{url}">{edit}<span class="visually-hidden">: {label}</span></a>\n'
            '      </div>\n      <div class="card-body py-2">\n        '
        )
        if part["items"]:
            parts.append('\n          <dl class="row mb-0 small">\n            ')
            for item_label, lines in part["items"]:
                written = "<br>".join(_text_html(line) for line in lines or ()) or f'<span class="text-body-secondary">{not_answered}</span>'
                parts.append(
                    f'\n              <dt class="col-sm-4">{_text_html(item_label)}</dt>\n              <dd class="col-sm-8">{written}</dd>\n            '
                )
            parts.append("\n          </dl>\n        ")
        else:
            parts.append(f'\n          <p class="text-body-secondary small mb-0">{nothing}</p>\n        ')
        parts.append("\n      </div>\n    </div>\n  ")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above
