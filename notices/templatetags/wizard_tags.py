"""Template helpers for the notice wizard's forms."""

from django import forms, template
from django.utils.safestring import mark_safe

from notices.form_renderer import conditional_escape
from notices.forms import LTextWidget

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
    if bound_field.help_text:
        described.append(f"{bound_field.auto_id}_help")
    if invalid and bound_field.errors:
        attrs["class"] = f"{css} is-invalid"
        attrs["aria-invalid"] = "true"
        described += [f"{bound_field.auto_id}_error{index}" for index in range(1, len(bound_field.errors) + 1)]
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return bound_field.as_widget(attrs=attrs)


def _length(value) -> int:
    # As the template's |length: 0 for what has no len() (callable catalogue choices).
    try:
        return len(value)
    except (TypeError, ValueError):
        return 0


def _options(field) -> list[tuple]:
    """(value, label, id, selected) of each option of a radio or checkbox field: what
    iterating the bound field gives (ChoiceWidget.optgroups and create_option), without
    a widget context per option, which was most of a row's cost (issue 14). Grouped
    choices, and widgets with ids or attributes of their own, go through Django."""
    widget = field.field.widget
    choices = list(widget.choices)
    if widget.attrs or any(isinstance(label, list | tuple) for _value, label in choices):
        return [(option.data["value"], option.choice_label, option.id_for_label, option.data["selected"]) for option in field]
    base_id = field.auto_id
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
        options.append((option_value, label, f"{base_id}_{index}" if base_id else "", selected))
    return options


@register.simple_tag(takes_context=True)
def wizard_field(context, field, show_if="", show_errors=None):
    """One field with its label, help and errors: what notices/wizard/_field.html wrote,
    in Python. A step has up to a few hundred fields; the include cost more than the rest
    of the page together (issue 14). ``show_errors`` defaults to the page's."""
    invalid = context.get("show_errors") if show_errors is None else show_errors
    kind = widget_kind(field)
    if kind == "hidden":
        return mark_safe(conditional_escape(field))  # noqa: S308 - the widget's own HTML
    errors = field.errors if invalid else []
    auto_id = conditional_escape(field.auto_id)
    help_text = field.help_text
    parts = [f'<div class="wizard-field mb-3{" has-error" if errors else ""}"']
    if show_if:
        parts.append(f' data-show-if="{conditional_escape(show_if)}"')
    parts.append(">\n  ")
    if kind in ("checkboxes", "radios", "ltext"):
        described = f' aria-describedby="{auto_id}_help"' if help_text else ""
        parts.append(f'<fieldset{described}>\n      <legend class="form-label fw-semibold fs-6 mb-1">{conditional_escape(field.label)}</legend>\n')
        if help_text:
            parts.append(f'      <div class="form-text mt-0 mb-2" id="{auto_id}_help">{conditional_escape(help_text)}</div>\n')
        if kind == "ltext":
            parts.append(conditional_escape(field))
        else:
            wide = kind == "checkboxes" and _length(field.field.choices) > 5
            parts.append(f'<div class="{"wizard-options" if wide else ""}">')
            invalid_class = " is-invalid" if errors else ""
            helps = getattr(field.field, "help_map", None) or {}
            input_type = conditional_escape(field.field.widget.input_type)
            name = conditional_escape(field.html_name)
            for value, label, option_id, selected in _options(field):
                option_id = conditional_escape(option_id)
                checked = " checked" if selected else ""
                option_help = helps.get(str(value), "")
                parts.append(
                    f'\n<div class="form-check">'
                    f'<input class="form-check-input{invalid_class}" type="{input_type}" name="{name}"'
                    f' value="{conditional_escape(value)}" id="{option_id}"{checked}>'
                    f'<label class="form-check-label" for="{option_id}">{conditional_escape(label)}</label>'
                    + (f'<div class="form-text mt-0">{conditional_escape(option_help)}</div>' if option_help else "")
                    + "</div>"
                )
            parts.append("\n</div>\n")
        parts.append("</fieldset>")
    elif kind == "checkbox":
        help_html = f'<div class="form-text mt-0" id="{auto_id}_help">{conditional_escape(help_text)}</div>' if help_text else ""
        parts.append(
            f'<div class="form-check">\n      {input_with(field, invalid)}\n'
            f'      <label class="form-check-label" for="{conditional_escape(field.id_for_label)}">{conditional_escape(field.label)}</label>\n'
            f"      {help_html}\n    </div>"
        )
    else:
        help_html = f'<div class="form-text" id="{auto_id}_help">{conditional_escape(help_text)}</div>' if help_text else ""
        parts.append(
            f'<label class="form-label fw-semibold" for="{conditional_escape(field.id_for_label)}">{conditional_escape(field.label)}</label>\n'
            f"    {input_with(field, invalid)}\n    {help_html}"
        )
    for index, error in enumerate(errors, start=1):
        parts.append(f'<div class="invalid-feedback d-block" id="{auto_id}_error{index}">{conditional_escape(error)}</div>')
    parts.append("\n</div>")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above
