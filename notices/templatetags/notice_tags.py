"""Filters for the printable notice template (templates/notices/_notice_block.html)."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from notices.content import languages

register = template.Library()


@register.filter
def index_or_blank(values, index):
    """values[index], or "" when the list is shorter (older stored documents have no links)."""
    try:
        return values[int(index)]
    except (IndexError, TypeError, ValueError, KeyError):
        return ""


LONG_RUN = re.compile(r"\S{28,}")


@register.filter
def soft_wrap(value):
    """Escaped text with break opportunities (<wbr>) inside very long unbroken runs (a
    pasted URL or token): a table then wraps them instead of growing wider than the page,
    while ordinary words, which have none, are never broken mid-word."""
    text = str(value)
    out, position = [], 0
    for match in LONG_RUN.finditer(text):
        out.append(escape(text[position : match.start()]))
        # Break after URL punctuation, and every 14 characters within what is left.
        pieces = []
        for piece in re.split(r"(?<=[/.\-_?=&])", match.group(0)):
            pieces += [piece[index : index + 14] for index in range(0, len(piece), 14)] or [""]
        out.append("<wbr>".join(escape(piece) for piece in pieces if piece))
        position = match.end()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped; only <wbr> is added


@register.filter
def autonym(code) -> str:
    """A notice language's own name ("Svenska"), for language switchers."""
    return languages.autonym(str(code))
