"""A PDF needs HarfBuzz's font subsetter: without it WeasyPrint falls back to fontTools
and each PDF costs ~2.75× as much (issue 14). A system check says so; one font
configuration serves every PDF of the process."""

import pytest
from django.core import checks
from weasyprint.text import ffi

from notices import checks as notice_checks
from notices import pdf as pdf_module


class OldHarfBuzz:
    def __init__(self, real, ok):
        self.real, self.ok = real, ok

    def hb_version_atleast(self, *version):
        return self.ok

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_this_machine_has_the_harfbuzz_subsetter():
    assert pdf_module.font_subsetter() == "harfbuzz"
    assert notice_checks.pdf_font_subsetter(None) == []


def test_the_check_fails_without_the_subset_library(monkeypatch):
    monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    assert pdf_module.font_subsetter() == "fonttools"
    errors = notice_checks.pdf_font_subsetter(None)
    assert [error.id for error in errors] == ["notices.E002"]
    assert errors[0].level == checks.ERROR
    assert "libharfbuzz-subset0" in errors[0].hint


def test_the_check_fails_with_a_harfbuzz_too_old_to_subset(monkeypatch):
    monkeypatch.setattr(ffi, "harfbuzz", OldHarfBuzz(ffi.harfbuzz, ok=False))
    assert [error.id for error in notice_checks.pdf_font_subsetter(None)] == ["notices.E002"]


def test_the_check_is_registered():
    assert notice_checks.pdf_font_subsetter in checks.registry.registry.get_checks()


@pytest.mark.django_db
def test_every_pdf_of_the_process_shares_one_font_configuration(monkeypatch):
    first = pdf_module.font_configuration()
    assert pdf_module.font_configuration() is first
    html = '<html lang="fi"><head><link rel="stylesheet" href="' + pdf_module.static_url("css/print.css") + '"></head><body><p>Hei</p></body></html>'
    assert pdf_module.render_pdf(html).startswith(b"%PDF")
    assert pdf_module.render_pdf(html).startswith(b"%PDF")
    assert pdf_module.font_configuration() is first
