"""Filters for the printable notice template (templates/notices/_notice_block.html)."""

from django import template

register = template.Library()


@register.filter
def index_or_blank(values, index):
    """values[index], or "" when the list is shorter (older stored documents have no links)."""
    try:
        return values[int(index)]
    except (IndexError, TypeError, ValueError, KeyError):
        return ""
