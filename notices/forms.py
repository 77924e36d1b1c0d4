"""Forms. Sections per area, like services.py: accounts and organisations, then the
notice wizard."""

from django import forms  # noqa: F401


# --- Accounts and organisations ----------------------------------------------------------


# --- Notice wizard -------------------------------------------------------------------------
