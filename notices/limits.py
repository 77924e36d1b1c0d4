"""How much one request, one notice and one account may make Seloste do (docs/security.md).

The limits keep the worst case bounded: a notice at every limit publishes in at most ten
times the time of a typical one (bench/ measures it), and no single account can fill the
database or make its own dashboard unusable. Each is checked, with a message, at the step
where the user meets it. Overridable in settings for an operator with other needs."""

from django.conf import settings
from django.utils.translation import gettext as _


class LimitReached(Exception):
    """A per-account or per-notice limit stops the action; the message says which, in the
    user's language."""


def limit(name: str) -> int:
    return int(getattr(settings, name, DEFAULTS[name]))


DEFAULTS = {
    # One HTTP request body (the proxy in front should refuse bigger ones first, README).
    "SELOSTE_MAX_REQUEST_BYTES": 2_621_440,  # Django's own default for form data (2.5 MB)
    # The export file upload: a large real account's export is a few hundred kB.
    "SELOSTE_MAX_IMPORT_BYTES": 5 * 1024 * 1024,
    # JSON nesting in an import (the export's own depth is under 15).
    "SELOSTE_MAX_IMPORT_DEPTH": 40,
    # Rows in one repeated list of a notice (purposes, recipients, ...): the wizard's own
    # maximum (notices.wizard.MAX_ROWS; registers MAX_REGISTERS); imports are held to it here.
    "SELOSTE_MAX_ROWS": 30,
    # Characters of text in all of a notice's answers together.
    "SELOSTE_MAX_NOTICE_CHARACTERS": 60_000,
    # Pages of one PDF.
    "SELOSTE_MAX_PDF_PAGES": 40,
    # Per account.
    "SELOSTE_MAX_ORGANISATIONS": 20,
    "SELOSTE_MAX_NOTICES_PER_ORGANISATION": 50,
    "SELOSTE_MAX_VERSIONS_PER_DAY": 30,
    # Published versions one import re-renders (each costs a publish's PDFs).
    "SELOSTE_MAX_IMPORT_VERSIONS": 30,
}


def text_size(value) -> int:
    """Characters of text in a JSON value (keys included: they are user-chosen in imports)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(len(str(key)) + text_size(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return sum(text_size(item) for item in value)
    return 0


def longest_list(value) -> int:
    """The most items in any one list inside a JSON value (iterative: imports may be deep)."""
    longest, stack = 0, [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            longest = max(longest, len(item))
            stack.extend(item)
    return longest


# A list in the answers is either a repeated wizard row (at most SELOSTE_MAX_ROWS) or a
# choice of catalogue codes; none of Seloste's catalogues has more entries than this.
MAX_LIST_ITEMS_OVER_ROWS = 30


def notice_size_problem(answers) -> str | None:
    """Why ``answers`` are larger than a notice may be, or None."""
    if not isinstance(answers, dict):
        return None
    characters = text_size(answers)
    if characters > limit("SELOSTE_MAX_NOTICE_CHARACTERS"):
        message = _("The notice is too long: %(count)s characters, at most %(limit)s. Shorten or combine some descriptions.")
        return message % {"count": characters, "limit": limit("SELOSTE_MAX_NOTICE_CHARACTERS")}
    if longest_list(answers) > limit("SELOSTE_MAX_ROWS") + MAX_LIST_ITEMS_OVER_ROWS:
        return _("A list in the notice has more rows than the wizard allows (%(count)d).") % {"count": limit("SELOSTE_MAX_ROWS")}
    return None
