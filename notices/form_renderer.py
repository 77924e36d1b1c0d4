"""A form renderer that writes Django's plain widgets (inputs, textareas, selects, the
language-text widget) in Python instead of through the template engine. The wizard's
pages have hundreds of inputs; each one through django/forms/widgets/*.html cost about
as much as the rest of the page (issue 14). The markup is exactly what those templates
produce (notices/tests/test_form_renderer.py compares them); any other template name,
and any widget with a template of its own, goes to the templates as before."""

from html import escape as html_escape

from django.forms.renderers import DjangoTemplates
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy

from .memo import remembered


# Django's escape and conditional_escape, without their lazy-string wrappers: called a
# few thousand times a page, the wrappers cost more than the escaping (same output).
def escape(value) -> str:
    return html_escape(str(value))


def conditional_escape(value, *, language: str | None = None) -> str:
    """``language``: the active language, when the caller has it (looking it up is most
    of the cost of a translated text's cached HTML)."""
    if isinstance(value, Promise):
        if type(value) is _GETTEXT_LAZY and not value._kw:
            return _translated_html(value, language or get_language())
        value = str(value)
    html = getattr(value, "__html__", None)
    return html() if html is not None else html_escape(str(value))


# A step's labels, help texts and options are the same gettext_lazy texts on every row:
# translated and escaped once per message and language, not once per row (a tenth of a
# step page). gettext's answer depends on nothing else; the catalogues are fixed.
_GETTEXT_LAZY = type(gettext_lazy(""))
_translated: dict = {}


def _translated_html(value, language) -> str:
    return remembered(_translated, (value._args, language), lambda: html_escape(str(value)), limit=5000)


def _attrs(attrs: dict) -> str:
    # Inputs' attributes are ids, classes and limits: the same few hundred sets on every
    # step page (an id names the row and field, not the notice), written once each.
    # Only plain values, each with its type: True and 1 are equal keys but not equal HTML,
    # and a lazy text's HTML depends on the language.
    key = []
    for name, value in attrs.items():
        if type(value) not in _PLAIN_VALUES or type(name) is not str:
            return _write_attrs(attrs)
        key.append((name, type(value), value))
    return remembered(_attrs_html, tuple(key), lambda: _write_attrs(attrs))


_attrs_html: dict = {}
_PLAIN_VALUES = frozenset({str, int, bool})


def _write_attrs(attrs: dict) -> str:
    # django/forms/widgets/attrs.html: False leaves the attribute out, True writes its name.
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {conditional_escape(name)}" if value is True else f' {conditional_escape(name)}="{escape(value)}"')
    return "".join(parts)


def _input(widget: dict, renderer) -> str:
    value = widget.get("value")
    shown = "" if value is None else f' value="{escape(value)}"'
    return f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"{shown}{_attrs(widget["attrs"])}>'


def _textarea(widget: dict, renderer) -> str:
    value = widget.get("value")
    return f'<textarea name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>\n{conditional_escape(value) if value else ""}</textarea>'


def _option(option: dict, renderer) -> str:
    return f'<option value="{escape(option["value"])}"{_attrs(option["attrs"])}>{conditional_escape(option["label"])}</option>'


def _select(widget: dict, renderer) -> str:
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in group_choices:
            parts.append("\n  " + render_widget(option, renderer))
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _ltext(widget: dict, renderer) -> str:
    # notices/templates/notices/widgets/ltext.html
    columns = widget.get("columns", 1)
    language = get_language()
    parts = ['<div class="row g-2 ltext-inputs">']
    for sub in widget["subwidgets"]:
        if sub.get("shown"):
            label = ""
            if columns > 1:
                label_for = conditional_escape(sub["attrs"].get("id", ""))
                label = f'<label class="ltext-language" for="{label_for}">{conditional_escape(sub["language_label"], language=language)}</label>'
            parts.append(f'\n  <div class="{"col-md-6" if columns > 1 else "col-12"}">\n    {label}\n    {render_widget(sub, renderer)}\n  </div>')
        else:
            parts.append(render_widget(sub, renderer))
    parts.append("\n</div>\n")
    return "".join(parts)


PYTHON_TEMPLATES = {
    "django/forms/widgets/input.html": _input,
    "django/forms/widgets/text.html": _input,
    "django/forms/widgets/hidden.html": _input,
    "django/forms/widgets/email.html": _input,
    "django/forms/widgets/url.html": _input,
    "django/forms/widgets/number.html": _input,
    "django/forms/widgets/date.html": _input,
    "django/forms/widgets/password.html": _input,
    "django/forms/widgets/checkbox.html": _input,
    "django/forms/widgets/textarea.html": _textarea,
    "django/forms/widgets/select.html": _select,
    "django/forms/widgets/select_option.html": _option,
    "notices/widgets/ltext.html": _ltext,
}


def render_widget(widget: dict, renderer) -> str:
    function = PYTHON_TEMPLATES.get(widget["template_name"])
    if function is not None:
        return function(widget, renderer)
    return renderer.render(widget["template_name"], {"widget": widget})


class FastWidgetRenderer(DjangoTemplates):
    """Django's default renderer, with the templates above written in Python."""

    def render(self, template_name, context, request=None):
        function = PYTHON_TEMPLATES.get(template_name)
        widget = context.get("widget") if isinstance(context, dict) else None
        if function is None or not isinstance(widget, dict) or widget.get("template_name") != template_name:
            return super().render(template_name, context, request=request)
        return mark_safe(function(widget, self))  # noqa: S308 - every value is escaped above
