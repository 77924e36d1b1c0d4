"""Browser tests: one headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)
for the whole session, a fresh context (cookies, storage) per test, and the app served by
pytest-django's live_server (static files through Django's StaticFilesHandler)."""

import os
from pathlib import Path

import pytest

from notices.tests.conftest import seed_service_library

# Playwright's sync API runs an asyncio loop in this thread; Django would then refuse ORM
# calls made here (SynchronousOnlyOperation). The tests only read and create test data.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
# Root needs --no-sandbox; the rest keep a machine without internet from waiting on it.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # A busy CI machine must not make Chromium throttle timers or animation frames:
    # Playwright's "stable" check waits on requestAnimationFrame.
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
    "--disable-renderer-backgrounding",
]
SCREENSHOTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"


def pytest_collection_modifyitems(items):
    # One retry for end-to-end tests only: a browser step that times out once on a loaded
    # CI machine (seen: a click waiting 15 s for an animation frame) is not a product bug,
    # while one that fails twice is reported as a failure.
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.flaky(reruns=1, reruns_delay=2))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright

    # Generous waits: CI machines are slow and busy; a passing wait returns at once.
    expect.set_options(timeout=15_000)

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def site(live_server, settings):
    # Embed snippets and JSON links are absolute URLs on SITE_URL.
    settings.SITE_URL = live_server.url
    # Several scenarios sign up from the same address within the hour.
    settings.SIGNUP_RATE_PER_HOUR = 1000
    return live_server.url


@pytest.fixture(autouse=True)
def _service_library(site):
    """Live-server tests flush every table after each test, so without this only the first
    browser test would see the library."""
    seed_service_library()


@pytest.fixture
def context(browser, site):
    context = browser.new_context(base_url=site, locale="fi-FI", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def shots(request):
    """shots(page, "name") saves a (full-page) screenshot under artifacts/screenshots/<test>/."""
    folder = SCREENSHOTS / request.node.name.replace("[", "-").replace("]", "")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    counter = iter(range(1, 1000))

    def shoot(page, name: str, full_page: bool = True) -> Path:
        path = folder / f"{next(counter):02d}-{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return shoot
