"""Template helpers for the notice wizard's forms."""

from django import forms, template

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
