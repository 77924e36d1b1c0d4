"""Embedding: only public notice views may be framed (by any site), every other page
refuses; the owner gets link and iframe snippets; user text stays text everywhere."""

import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from notices import publishing
from notices.tests.publishing_helpers import make_notice, publish

# quick_pdf and version: notices/tests/conftest.py
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("quick_pdf")]

SCRIPT = "<script>alert(1)</script>"
# Keys holding catalogue codes or ids, not free text.
CODE_KEYS = {
    "id", "code", "legal_basis", "kind", "role", "country", "safeguard", "preset", "category", "requirement", "special_condition", "style",
    "marketing_channels", "frequency", "exception", "refusal_method", "criminal_basis", "identity_code_basis", "service", "recipient_id",
    "categories", "unknown", "register",
}


def _frame_ancestors(response) -> str:
    csp = response["Content-Security-Policy"]
    return re.search(r"frame-ancestors ([^;]+)", csp).group(1).strip()


def test_public_notice_views_may_be_framed_by_any_site(client, version):
    slug = version.notice.public_slug
    for path in [
        reverse("notices:public_notice", kwargs={"slug": slug}),
        reverse("notices:public_version", kwargs={"slug": slug, "number": 1}),
        reverse("notices:public_history", kwargs={"slug": slug}),
    ]:
        response = client.get(path)
        assert response.status_code == 200
        assert _frame_ancestors(response) == "*"
        assert "X-Frame-Options" not in response.headers


def test_every_other_page_refuses_framing(client, user, version):
    anonymous_pages = [reverse("login")]
    for path in anonymous_pages:
        response = client.get(path)
        assert _frame_ancestors(response) == "'none'"
        assert response["X-Frame-Options"] == "DENY"
    client.force_login(user)
    for path in [
        reverse("notices:dashboard"),
        reverse("notices:notice_publish", kwargs={"pk": version.notice.pk}),
        reverse("notices:notice_versions", kwargs={"pk": version.notice.pk}),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert _frame_ancestors(response) == "'none'", path
        assert response["X-Frame-Options"] == "DENY", path


def test_owner_sees_link_and_iframe_snippets_with_copy_buttons(client, user, version, settings):
    settings.SITE_URL = "https://seloste.example"
    client.force_login(user)
    response = client.get(reverse("notices:notice_versions", kwargs={"pk": version.notice.pk}))
    html = response.content.decode()
    public_url = "https://seloste.example" + reverse("notices:public_notice", kwargs={"slug": version.notice.public_slug})

    assert f'value="{public_url}"' in html
    assert f"&lt;iframe src=&quot;{public_url}&quot;" in html
    assert "data-seloste-embed" in html
    assert "https://seloste.example/static/js/embed.js" in html
    assert html.count("data-copy-target=") == 3  # link, embed, embed with the site's font
    assert "data-seloste-font=&quot;inherit&quot;" in html
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None  # no inline script


def test_snippets_are_not_offered_before_publishing(client, user):
    notice = make_notice(user)
    client.force_login(user)
    html = client.get(reverse("notices:notice_versions", kwargs={"pk": notice.pk})).content.decode()
    assert "data-seloste-embed" not in html


def test_embed_scripts_check_origin_and_post_height():
    embed = Path(finders.find("js/embed.js")).read_text()
    child = Path(finders.find("js/embed-child.js")).read_text()
    assert "event.origin !== origin" in embed
    assert "event.source" in embed
    assert "postMessage" in child and "seloste:height" in child


def test_public_page_loads_the_height_reporter(client, version):
    html = client.get(reverse("notices:public_notice", kwargs={"slug": version.notice.public_slug})).content.decode()
    assert "/static/js/embed-child.js" in html


def _poison(value):
    """Put a script tag into every free-text string of the answers."""
    if isinstance(value, dict):
        return {key: (item if key in CODE_KEYS else _poison(item)) for key, item in value.items()}
    if isinstance(value, list):
        return [_poison(item) for item in value]
    if isinstance(value, str) and value:
        return f"{value} {SCRIPT}"
    return value


def test_script_in_every_free_text_field_comes_out_escaped_everywhere(client, user, monkeypatch):
    notice = make_notice(user)
    answers = _poison(notice.answers)
    answers["notice"]["languages"] = notice.answers["notice"]["languages"]
    answers["notice"]["registers"] = notice.answers["notice"].get("registers", [])
    notice.answers = answers
    notice.title = f"Seloste {SCRIPT}"
    notice.save()
    organisation = notice.organisation
    organisation.name = f"Firma {SCRIPT} Oy"
    organisation.save()
    pdfs = []
    monkeypatch.setattr(publishing, "render_pdf", lambda html: pdfs.append(html) or b"%PDF-1.7 test")

    version = publish(notice, user, note=f"Muutos {SCRIPT}")
    slug = notice.public_slug

    for language in version.languages:
        page = client.get(reverse("notices:public_notice", kwargs={"slug": slug}), {"lang": language}).content.decode()
        assert SCRIPT not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for pdf_html in pdfs:  # what WeasyPrint was given
        assert SCRIPT not in pdf_html
        assert "&lt;script&gt;" in pdf_html
    raw_json = client.get(reverse("notices:public_notice_json", kwargs={"slug": slug})).content.decode()
    assert "<script" not in raw_json
    assert SCRIPT in json.dumps(json.loads(raw_json), ensure_ascii=False)  # the text itself is kept
    history = client.get(reverse("notices:public_history", kwargs={"slug": slug})).content.decode()
    assert SCRIPT not in history and "Muutos &lt;script&gt;" in history
    client.force_login(user)
    owner_page = client.get(reverse("notices:notice_versions", kwargs={"pk": notice.pk})).content.decode()
    assert SCRIPT not in owner_page
    # The snippet is HTML source: escaped once for the owner's site, once more for the textarea.
    assert "title=&quot;Seloste &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;&quot;" in owner_page
