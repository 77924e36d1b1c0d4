"""Golden tests: the full sample notice in every notice language, both styles.

The expected text lives in golden/*.txt (a plain-text rendering of the Document). After
an intended change, regenerate with UPDATE_GOLDEN=1 and review the diff line by line.
"""

import os
from datetime import date
from pathlib import Path

import pytest

from notices.content.builder import build_document
from notices.content.languages import CODES
from notices.content.plaintext import render_text
from notices.content.samples import sample_answers, sample_controller

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("language", CODES)
@pytest.mark.parametrize("style", ["register", "statement"])
def test_sample_notice_matches_golden_text(language, style):
    document = build_document(
        answers=sample_answers(),
        controller=sample_controller(),
        language=language,
        style=style,
        last_changed_on=date(2026, 4, 3),
    )
    text = render_text(document)
    path = GOLDEN / f"sample-{style}-{language}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
