"""Scenario 1: a new user's whole journey, from sign-up to a notice embedded on their own
website — with the detours real users take (rows added and removed, a mistake fixed,
logging out half-way)."""

import functools
import http.server
import io
import re
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from .helpers import (
    add_row,
    assert_accessible,
    create_organisation,
    current_step,
    field_error,
    field_value,
    fill,
    fill_step,
    login,
    logout,
    page_text,
    publish,
    remove_row,
    row_count,
    save_and_continue,
    signup,
    start_notice,
    submit_expecting_errors,
)

pytestmark = pytest.mark.browser

EMAIL = "omistaja@kahvilakaneli.fi"
ORGANISATION = {
    "name": "Kahvila Kaneli Oy",
    "business_id": "2345678-0",
    "street_address": "Kauppakatu 3",
    "postal_code": "40100",
    "city": "Jyväskylä",
    "email": "info@kahvilakaneli.fi",
    "phone": "014 123 4567",
}
ORDERS = {"fi": "Kahvitilausten toimittaminen", "en": "Delivering coffee orders"}
LOYALTY = {"fi": "Kanta-asiakasedut", "en": "Loyalty benefits"}
INTEREST = {"fi": "Kerromme kanta-asiakkaille uusista tuotteista.", "en": "We tell regular customers about new products."}


@pytest.fixture
def second_origin(tmp_path):
    """A tiny web server on another port: the owner's own website."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_new_user_writes_publishes_downloads_and_embeds_a_notice(page, context, shots, second_origin):
    # Sign up and create the organisation (the controller).
    page.goto("/accounts/signup/")
    assert_accessible(page, "the sign-up page")
    signup(page, EMAIL)
    # The app's own stylesheet is served (a page without CSS would still "work").
    assert page.evaluate("() => getComputedStyle(document.body).backgroundColor") == "rgb(246, 247, 249)"
    expect(page.locator("a[href$='/organisations/new/']").first).to_be_visible()
    assert_accessible(page, "the empty dashboard")
    shots(page, "dashboard-empty")
    page.goto("/organisations/new/")
    assert_accessible(page, "the new organisation form")
    create_organisation(page, ORGANISATION)
    notice_id = start_notice(page, ORGANISATION["name"], "Asiakasrekisteri")

    # 1 Controller: the organisation's details are already there; add the contact person.
    expect(page.locator("[name='org-name']")).to_have_value(ORGANISATION["name"])
    expect(page.locator("[name='org-business_id']")).to_have_value(ORGANISATION["business_id"])
    fill(page, {"contact-name": "Kaisa Kaneli", "contact-email": "kaisa@kahvilakaneli.fi"})
    shots(page, "step-controller")
    save_and_continue(page, "notice")

    # 2 The notice: two registers added, the second one removed again.
    fill(page, {"notice-title_fi": "Kahvila Kanelin tietosuojaseloste", "notice-title_en": "Kahvila Kaneli privacy notice", "notice-style": "register"})
    fill(page, {"registers-0-name_fi": "Asiakasrekisteri", "registers-0-name_en": "Customer register"})
    add_row(page, "registers")
    fill(page, {"registers-1-name_fi": "Poistettava rekisteri", "registers-1-name_en": "Register to remove"})
    remove_row(page, "registers", 1)
    assert row_count(page, "registers") == 1
    assert field_value(page, "registers-0-name_fi") == "Asiakasrekisteri"
    fill(page, {"notice-data_subjects": ["customers", "online_store_users"]})
    save_and_continue(page, "purposes")

    # 3 Purposes: the live preview does not know them yet.
    preview = page.locator("#preview")
    expect(preview).not_to_contain_text(ORDERS["fi"])
    fill(page, {"purposes-0-description_fi": ORDERS["fi"], "purposes-0-description_en": ORDERS["en"], "purposes-0-legal_basis": "contract"})
    add_row(page, "purposes")
    add_row(page, "purposes")
    fill(page, {"purposes-1-description_fi": "Turha rivi", "purposes-1-description_en": "Useless row", "purposes-1-legal_basis": "consent"})
    remove_row(page, "purposes", 1)
    # The row that was third is now second; a legitimate interest without its description
    # is a mistake the user gets told about, next to the field.
    fill(page, {"purposes-1-description_fi": LOYALTY["fi"], "purposes-1-description_en": LOYALTY["en"], "purposes-1-legal_basis": "legitimate_interests"})
    submit_expecting_errors(page)
    shots(page, "step-purposes-error")
    expect(field_error(page, "purposes-1-legitimate_interest_fi")).to_be_visible()
    expect(page.locator("[name='purposes-1-legitimate_interest_fi']")).to_have_attribute("aria-invalid", "true")
    # Nothing typed was lost.
    assert row_count(page, "purposes") == 2
    assert field_value(page, "purposes-0-description_fi") == ORDERS["fi"]
    assert field_value(page, "purposes-0-description_en") == ORDERS["en"]
    assert field_value(page, "purposes-0-legal_basis") == "contract"
    assert field_value(page, "purposes-1-description_fi") == LOYALTY["fi"]
    assert field_value(page, "purposes-1-legal_basis") == "legitimate_interests"
    fill(page, {"purposes-1-legitimate_interest_fi": INTEREST["fi"], "purposes-1-legitimate_interest_en": INTEREST["en"]})
    save_and_continue(page, "categories")
    # Saved: the live preview now shows the purposes, in either language.
    expect(preview).to_contain_text(ORDERS["fi"])
    expect(preview).to_contain_text(INTEREST["fi"])
    preview.locator("a[lang='en']").click()
    expect(page.locator("#preview")).to_contain_text(ORDERS["en"])
    shots(page, "preview-en")

    # 4 Personal data.
    fill_step(page, {"categories-codes": ["basic", "contact", "purchase_history"], "categories-special": "no", "categories-criminal": "no"})
    save_and_continue(page, "sources")

    # Half-way through, the user logs out — and later comes back to the same step.
    fill(page, {"sources-items": ["data_subject"]})
    logout(page)
    login(page, EMAIL)
    row = page.locator(".notice-row", has_text="Kahvila Kanelin tietosuojaseloste")
    expect(row.locator("progress")).to_have_attribute("value", "4")
    shots(page, "dashboard-draft")
    row.locator(f"a[href$='/notices/{notice_id}/wizard/']").click()
    expect(page).to_have_url(re.compile(rf"/notices/{notice_id}/wizard/sources/$"))
    # Earlier answers are all saved: step 4's boxes are still ticked.
    page.click("form.wizard-form .wizard-actions button[value=back]")
    expect(page).to_have_url(re.compile(r"/wizard/categories/$"))
    for code in ("basic", "contact", "purchase_history"):
        expect(page.locator(f"[name='categories-codes'][value='{code}']")).to_be_checked()
    save_and_continue(page, "sources")

    # 5–12 The rest of the wizard.
    steps = [
        (
            "sources",
            {
                "sources-items": ["data_subject"],
                "sources-requirement": "contractual",
                "sources-consequences_fi": "Ilman tietoja emme voi toimittaa tilausta.",
                "sources-consequences_en": "Without the data we cannot deliver the order.",
            },
        ),
        (
            "retention",
            {
                "rows": {
                    "retention": [
                        {
                            "applies_to_fi": "Asiakastiedot",
                            "applies_to_en": "Customer data",
                            "period_fi": "2 vuotta viimeisestä tilauksesta",
                            "period_en": "2 years after the last order",
                        }
                    ]
                }
            },
        ),
        ("recipients", {"rows": {"recipients": [{"kind": "accounting", "name": "Tilitoimisto Tase Oy", "role": "processor", "country": "FI"}]}}),
        ("transfers", {"transfers-any": "no"}),
        ("security", {"security-measures": ["access_control", "encryption_transit"]}),
        ("automated", {"automated-decisions": "no", "automated-profiling": "no"}),
        ("cookies", {"cookies-used": "no"}),
        ("rights", {"rights-changes_fi": "Muutoksista kerrotaan verkkosivuilla.", "rights-changes_en": "Changes are announced on the website."}),
    ]
    for (step, data), next_step in zip(steps, [key for key, _data in steps[1:]] + ["review"], strict=True):
        assert current_step(page) == step
        fill_step(page, data)
        save_and_continue(page, next_step)

    # Review: nothing missing.
    expect(page.locator(".wizard-findings .alert-danger")).to_have_count(0)
    expect(page.locator("#summary-heading")).to_be_visible()
    shots(page, "review")

    # Publish.
    public_url = publish(page, "Ensimmäinen versio")
    assert_accessible(page, "the versions page")
    shots(page, "versions")

    # The hosted notice, in Finnish and in English, and its PDF.
    for language, title in (("fi", "Kahvila Kanelin tietosuojaseloste"), ("en", "Kahvila Kaneli privacy notice")):
        page.goto(f"{public_url}?lang={language}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator("h1")).to_contain_text(title)
        assert ORDERS[language] in page_text(page)
        assert_accessible(page, f"the public notice ({language})")
        shots(page, f"public-{language}")
        # The reader downloads the PDF from the page.
        with page.expect_download() as download_info:
            page.locator("a[download][href$='.pdf']").click()
        download = download_info.value
        assert download.suggested_filename.endswith(f"{language}.pdf")
        body = Path(download.path()).read_bytes()
        assert body.startswith(b"%PDF"), body[:20]
        text = " ".join(pdf_page.extract_text() for pdf_page in PdfReader(io.BytesIO(body)).pages)
        assert ORGANISATION["name"] in text

    # The embed: the snippet copied from the dashboard, pasted on the owner's own site.
    page.goto("/")
    row = page.locator(".notice-row", has_text="Kahvila Kanelin tietosuojaseloste")
    expect(row.locator(".badge.text-bg-success")).to_be_visible()  # published
    row.locator("details.notice-row-embed > summary").click()
    snippet_box = row.locator("textarea[id^='embed-iframe-notice-']")
    expect(snippet_box).to_be_visible()
    assert_accessible(page, "the dashboard with a published notice")
    shots(page, "dashboard-published")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    row.locator(f"button[data-copy-target='{snippet_box.get_attribute('id')}']").click()
    snippet = page.evaluate("() => navigator.clipboard.readText()")
    assert snippet == snippet_box.input_value()
    assert public_url in snippet
    folder, origin = second_origin
    (folder / "index.html").write_text(
        f'<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Kahvila Kaneli</title></head>'
        f"<body><h1>Kahvila Kaneli</h1>{snippet}<p>Sivun loppu</p></body></html>",
        encoding="utf-8",
    )
    page.goto(f"{origin}/index.html")
    frame_element = page.locator("iframe[data-seloste-embed]")
    frame = frame_element.content_frame
    expect(frame.locator("h1")).to_contain_text("Kahvila Kanelin tietosuojaseloste")
    content_height = frame.locator("html").evaluate("element => element.scrollHeight")
    assert content_height > 800, "the notice should be taller than the iframe's initial height"
    # The iframe grows to the notice's height (reported through postMessage).
    page.wait_for_function(
        "expected => Math.abs(document.querySelector('iframe[data-seloste-embed]').getBoundingClientRect().height - expected) <= 2",
        arg=content_height,
    )
    shots(page, "embedded")
