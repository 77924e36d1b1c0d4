"""How much one request, one notice and one account may make Seloste do (docs/security.md).

The limits keep the worst case bounded: a notice at every limit publishes in at most ten
times the time of a typical one (bench/ measures it), and no single account can fill the
database or make its own dashboard unusable. Each is checked, with a message, at the step
where the user meets it. Overridable in settings for an operator with other needs."""

from django.conf import settings


def limit(name: str) -> int:
    return int(getattr(settings, name, DEFAULTS[name]))


DEFAULTS = {
    # One HTTP request body (the proxy in front should refuse bigger ones first, README).
    "SELOSTE_MAX_REQUEST_BYTES": 1024 * 1024,
    # The export file upload: a large real account's export is a few hundred kB.
    "SELOSTE_MAX_IMPORT_BYTES": 5 * 1024 * 1024,
    # JSON nesting in an import (the export's own depth is under 15).
    "SELOSTE_MAX_IMPORT_DEPTH": 40,
    # Rows in one repeated list of a notice (purposes, recipients, ...) and registers.
    "SELOSTE_MAX_ROWS": 30,
    # Characters of text in all of a notice's answers together.
    "SELOSTE_MAX_NOTICE_CHARACTERS": 60_000,
    # Pages of one PDF.
    "SELOSTE_MAX_PDF_PAGES": 40,
    # Per account.
    "SELOSTE_MAX_ORGANISATIONS": 20,
    "SELOSTE_MAX_NOTICES_PER_ORGANISATION": 50,
    "SELOSTE_MAX_VERSIONS_PER_DAY": 30,
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
