"""The public notice and Seloste's own pages in real Chromium at 320, 390 and 1280 px: no
horizontal overflow (tables stack into rows, long strings wrap), axe-core finds no serious
or critical violation, and screenshots of the front page and the public notice are saved
for a human to look at (artifacts/screenshots/)."""

import copy
import io

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from notices import publishing, services
from notices.branding import organisation_set_branding
from notices.content import samples
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

from .helpers import assert_accessible, login
from .seeds import SEEDS

pytestmark = pytest.mark.browser

WIDTHS = (320, 390, 1280)
LONG = "x" * 250  # one unbroken string, as a user might paste a URL or a token


def overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def wide_elements(page) -> list[str]:
    return page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 5).map(el => el.tagName + '.' + el.className + ': ' + (el.textContent || '').slice(0, 60))"""
    )


def assert_fits(page, where: str) -> None:
    assert overflow(page) <= 0, f"{where} scrolls sideways by {overflow(page)} px at {page.viewport_size['width']} px: {wide_elements(page)}"


@pytest.fixture
def quick_pdf(monkeypatch):
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 test")


def _as_answers(seed_answers: dict) -> dict:
    """The seeds keep categories as the wizard's form has them (codes + free rows)."""
    answers = copy.deepcopy(seed_answers)
    categories = answers.get("categories") or {}
    if "codes" in categories:
        items = [{"id": f"c{index}", "code": code} for index, code in enumerate(categories.pop("codes"))]
        items += [{"id": f"f{index}", "code": "", **row} for index, row in enumerate(categories.pop("free", []))]
        categories["items"] = items
    # The seeds keep recipients as the wizard posts them (a list of rows).
    if isinstance(answers.get("recipients"), list):
        answers["recipients"] = {"items": answers["recipients"]}
    return answers


def _publish(controller: dict, answers: dict, title: str):
    user = UserFactory()
    organisation = OrganisationFactory(**controller)
    MembershipFactory(organisation=organisation, user=user)
    notice = NoticeFactory(organisation=organisation, title=title, answers=answers)
    services.notice_publish(notice=notice, by=user, note="")
    return notice


@pytest.fixture
def published(db, quick_pdf):
    """The sample notice (register and statement style, with a 250-character string) and
    the three shared seed notices, published."""
    notices = {}
    answers = samples.sample_answers()
    answers["cookies"]["tools"][0]["name"] = LONG
    notices["sample-register"] = _publish(samples.sample_controller(), answers, "Sample")
    # Branded: a logo and an accent colour that just passes 4.5:1 (axe checks the contrast).
    logo = io.BytesIO()
    image = Image.new("RGBA", (240, 80), (11, 93, 30, 255))
    ImageDraw.Draw(image).ellipse((10, 10, 70, 70), fill=(255, 255, 255, 255))
    image.save(logo, format="PNG")
    organisation = notices["sample-register"].organisation
    organisation_set_branding(organisation=organisation, by=organisation.memberships.first().user, logo=logo.getvalue(), accent="#0b5d1e")
    statement = samples.sample_answers()
    statement["notice"]["style"] = "statement"
    notices["sample-statement"] = _publish({**samples.sample_controller(), "name": "Vihreä Oksa Statement Oy"}, statement, "Sample statement")
    for seed in SEEDS:
        answers = _as_answers(seed["answers"])
        notices[seed["key"]] = _publish(seed["organisation"], answers, seed["title"])
    return notices


def _context(browser, site, width, locale="fi-FI"):
    context = browser.new_context(base_url=site, locale=locale, viewport={"width": width, "height": 900})
    context.set_default_timeout(15_000)
    return context


@pytest.mark.parametrize("width", WIDTHS)
def test_public_notices_fit_every_width_and_pass_axe(browser, site, shots, published, width):
    context = _context(browser, site, width)
    try:
        page = context.new_page()
        for key, notice in published.items():
            for language in ("fi", "en"):
                page.goto(f"/n/{notice.public_slug}/?lang={language}")
                expect(page.locator("h1")).to_be_visible()
                assert_fits(page, f"the public page of {key} ({language})")
                assert_accessible(page, f"the public page of {key} ({language}) at {width} px")
                if key == "sample-register" and width in (390, 1280):
                    shots(page, f"public-{language}-{width}", full_page=False)
                    page.locator("#notice-recipients").scroll_into_view_if_needed()
                    shots(page, f"public-{language}-{width}-recipients", full_page=False)
        # The first layer links to the full sections.
        page.goto(f"/n/{published['sample-register'].public_slug}/?lang=en")
        page.locator(".notice-summary a[href='#notice-rights']").click()
        expect(page).to_have_url(__import__("re").compile(r"#notice-rights$"))
    finally:
        context.close()


OPERATOR = {"name": "Seloste-palvelu Oy", "email": "tietosuoja@seloste.example", "business_id": "1234567-1",
            "street_address": "Esimerkkikatu 1", "postal_code": "00100", "city": "Helsinki", "country": "FI"}  # fmt: skip


@pytest.mark.parametrize("width", WIDTHS)
def test_front_page_sample_and_terms_fit_and_pass_axe_in_both_languages(browser, site, shots, db, quick_pdf, settings, width):
    from notices.site_notice import site_notice_publish

    settings.SELOSTE_OPERATOR = OPERATOR
    site_notice_publish()
    for locale, language in (("fi-FI", "fi"), ("en-GB", "en")):
        context = _context(browser, site, width, locale)
        try:
            page = context.new_page()
            page.goto("/")
            expect(page.locator("html")).to_have_attribute("lang", language)
            expect(page.locator(".front-actions a[href='/accounts/signup/']")).to_be_visible()
            expect(page.locator(".front-actions a[href='/accounts/login/']")).to_be_visible()
            assert_fits(page, f"the front page ({language})")
            assert_accessible(page, f"the front page ({language}) at {width} px")
            if width in (390, 1280):
                shots(page, f"front-{language}-{width}")
            for path in (f"/sample/?lang={language}", "/terms/", f"/privacy/?lang={language}"):
                page.goto(path)
                assert_fits(page, path)
                assert_accessible(page, f"{path} at {width} px")
        finally:
            context.close()


def test_withdrawn_notice_page_and_lifecycle_pages_pass_axe(browser, site, shots, published):
    from notices.services_lifecycle import notice_withdraw

    notice = published["sample-register"]
    owner = notice.organisation.members.first()
    owner.set_password("correct horse battery staple")
    owner.save()
    draft = NoticeFactory(organisation=notice.organisation, title="Luonnos")
    for width in (320, 1280):
        context = _context(browser, site, width)
        try:
            page = context.new_page()
            login(page, owner.email, "correct horse battery staple")
            for path in (
                f"/notices/{draft.pk}/delete/",
                f"/notices/{notice.pk}/withdraw/",
                f"/notices/{notice.pk}/address/",
                f"/organisations/{notice.organisation.pk}/delete/",
                f"/organisations/{notice.organisation.pk}/branding/",
                "/account/delete/",
                "/dashboard/",
            ):
                page.goto(path)
                assert_fits(page, path)
                assert_accessible(page, f"{path} at {width} px")
        finally:
            context.close()
    notice_withdraw(notice=notice, by=owner)
    context = _context(browser, site, 390)
    try:
        page = context.new_page()
        response = page.goto(f"/n/{notice.public_slug}/")
        assert response.status == 410
        assert_fits(page, "the withdrawn notice")
        assert_accessible(page, "the withdrawn notice")
        shots(page, "withdrawn-390")
    finally:
        context.close()
