"""PDF robustness: a 250-character unbroken string wraps inside the page, and emoji and
symbols outside Source Sans 3 are drawn with the bundled Noto Emoji (never empty boxes)."""

import io
import re
import subprocess

import pytest
from django.utils import timezone
from pypdf import PdfReader

from notices import publishing
from notices.content import samples

pytestmark = pytest.mark.django_db

EMOJI = "🛒🌱😀 ✓ ★ → ♥"


@pytest.fixture(scope="module")
def pdf(django_db_blocker):
    with django_db_blocker.unblock():
        answers = samples.sample_answers()
        answers["cookies"]["tools"][0]["name"] = "x" * 250
        answers["purposes"][0]["description"] = {"fi": f"Tilaukset {EMOJI} " + "y" * 250, "en": "Orders"}
        page = publishing.render_language(
            language="fi", languages=["fi", "en"], answers=answers, controller=samples.sample_controller(),
            slug="abc", number=1, published_at=timezone.now(), drawn_up_on=timezone.localdate(),
        )  # fmt: skip
        return publishing.pdf_bytes(page.pdf_html, language="fi")


def _fonts(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def test_emoji_are_drawn_with_the_bundled_fallback_font(pdf):
    assert any("NotoEmoji" in name or "Noto-Emoji" in name or "Noto Emoji" in name for name in _fonts(pdf)), _fonts(pdf)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    for symbol in ("🛒", "😀", "✓", "★"):
        assert symbol in text


def test_long_unbroken_strings_wrap_inside_the_page(pdf):
    # pdftotext -bbox gives every word's box: none may reach past the A4 page (595 pt).
    boxes = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges and max(right_edges) < 595 - 40  # inside the right margin
    runs = [len(word) for word in re.findall(r">(x{20,}|y{20,})<", boxes)]
    assert runs and max(runs) < 250  # the strings were broken into lines
