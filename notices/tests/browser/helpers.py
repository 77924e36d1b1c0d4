"""What a user does in the browser, as small functions the scenarios share: sign up, log in,
fill a wizard step from plain data, move between steps, publish, and check accessibility.

Fields are found by their form names (e.g. ``purposes-0-description_fi``), so the same data
drives the Finnish and the English UI; buttons are found by their name/value."""

import re
from pathlib import Path

from playwright.sync_api import Page, expect

AXE_JS = Path(__file__).resolve().parents[3] / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "Tietosuoja-2026!"
STEP_URL = re.compile(r"/notices/(\d+)/wizard/([a-z]+)/$")


# --- Accessibility ------------------------------------------------------------------------


def axe_violations(page: Page, impacts=("serious", "critical")) -> list[dict]:
    """Runs axe-core on the page. The script is evaluated through the DevTools protocol,
    which the page's CSP does not govern (add_script_tag would insert an inline <script>,
    which the CSP rightly blocks), so the page is tested with its real policy in force."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    results = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary, html: n.html.slice(0, 200)})),
            }));
        }"""
    )
    return [violation for violation in results if violation["impact"] in impacts]


def assert_accessible(page: Page, where: str) -> None:
    violations = axe_violations(page)
    if violations:
        lines = [f"axe-core found {len(violations)} serious/critical violation(s) on {where} ({page.url}):"]
        for violation in violations:
            lines.append(f"- [{violation['impact']}] {violation['id']}: {violation['help']}")
            for node in violation["nodes"][:5]:
                lines.append(f"    at {node['target']}: {node['html']}")
                lines.append("      " + (node["summary"] or "").replace("\n", "\n      "))
        raise AssertionError("\n".join(lines))


# --- Accounts -------------------------------------------------------------------------------


def signup(page: Page, email: str, password: str = PASSWORD) -> None:
    """Sign up and follow the e-mailed link (the live server runs in this process, so its
    mail is in Django's test outbox)."""
    from django.core import mail

    page.goto("/accounts/signup/")
    page.fill("[name=email]", email)
    page.fill("[name=password1]", password)
    page.fill("[name=password2]", password)
    page.click("form:has([name=password2]) button[type=submit]")
    expect(page).to_have_url(re.compile(r"/signup/sent/"))
    link = re.search(r"/accounts/signup/confirm/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.click("#signup-confirm button[type=submit]")
    expect(page).not_to_have_url(re.compile(r"/signup/"))


def login(page: Page, email: str, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.fill("[name=username]", email)
    page.fill("[name=password]", password)
    page.click("form:has([name=password]) button[type=submit]")
    expect(page).not_to_have_url(re.compile(r"/login/"))


def logout(page: Page) -> None:
    page.click(".user-menu-toggle")
    page.click("form[action$='/logout/'] button")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


# --- Filling forms from data ------------------------------------------------------------------


def fill(page: Page, fields: dict, scope: str = "form") -> None:
    """Sets each named field as a user would: text is typed, a select option chosen, a radio
    picked, and checkboxes (a value or a list of values) clicked so that exactly those are on."""
    if not fields:
        return
    # One round trip to learn what each field is and which boxes are already checked.
    kinds = page.evaluate(
        """([scope, names]) => Object.fromEntries(names.map(name => {
            const elements = [...document.querySelectorAll(`${scope} [name="${name}"]`)];
            if (!elements.length) return [name, null];
            const first = elements[0];
            return [name, {tag: first.tagName.toLowerCase(), type: (first.type || "").toLowerCase(),
                           checked: elements.filter(e => e.checked).map(e => e.value)}];
        }))""",
        [scope, list(fields)],
    )
    for name, value in fields.items():
        info = kinds[name]
        assert info is not None, f"no field named {name!r} on {page.url}"
        field = page.locator(f"{scope} [name='{name}']")
        if info["tag"] == "select":
            field.select_option(value)
        elif info["type"] == "radio":
            field.and_(page.locator(f"[value='{value}']")).check()
        elif info["type"] == "checkbox":
            if isinstance(value, bool):
                field.set_checked(value)
                continue
            wanted = {value} if isinstance(value, str) else set(value)
            for code in wanted.symmetric_difference(info["checked"]):
                field.and_(page.locator(f"[value='{code}']")).click()
        else:
            field.fill(value)


def fill_rows(page: Page, prefix: str, rows: list[dict]) -> None:
    """Fills repeated rows ``<prefix>-<n>-<field>``, adding rows with the step's add button
    (htmx swaps the row list in place) and removing any extra rows left over."""
    for index, row in enumerate(rows):
        first_name = f"{prefix}-{index}-{next(iter(row))}"
        if page.locator(f"[name='{first_name}']").count() == 0:
            add_row(page, prefix)
            expect(page.locator(f"[name='{first_name}']")).to_have_count(1)
        fill(page, {f"{prefix}-{index}-{name}": value for name, value in row.items()})
    while row_count(page, prefix) > len(rows):
        remove_row(page, prefix, row_count(page, prefix) - 1)


def row_count(page: Page, prefix: str) -> int:
    return page.locator(f"#rows-{prefix} .wizard-row").count()


def add_row(page: Page, prefix: str) -> None:
    before = row_count(page, prefix)
    page.click(f"#rows-{prefix} button[name=row_action][value='add:{prefix}']")
    expect(page.locator(f"#rows-{prefix} .wizard-row")).to_have_count(before + 1)


def remove_row(page: Page, prefix: str, index: int) -> None:
    before = row_count(page, prefix)
    page.click(f"#rows-{prefix} button[name=row_action][value='remove:{prefix}:{index}']")
    expect(page.locator(f"#rows-{prefix} .wizard-row")).to_have_count(before - 1)


def field_value(page: Page, name: str) -> str:
    """The field's value; for radio buttons (plain-words choices) the checked one's."""
    if page.locator(f"[name='{name}']").first.get_attribute("type") == "radio":
        checked = page.locator(f"[name='{name}']:checked")
        return checked.input_value() if checked.count() else ""
    return page.locator(f"[name='{name}']").first.input_value()


def field_error(page: Page, name: str):
    """The error message shown in the same field block as the named input (the wizard's
    own field blocks, or crispy-forms' ``div_id_<name>`` on the organisation fields)."""
    return page.locator(f".wizard-field:has([name='{name}']), #div_id_{name}").locator(".invalid-feedback")


def tab_to(page: Page, selector: str, limit: int = 150) -> None:
    """Presses Tab until the focused element matches ``selector`` (keyboard-only use)."""
    focused = "selector => !!document.activeElement && document.activeElement.matches(selector)"
    if page.evaluate(focused, selector):
        return
    for _press in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(focused, selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key on {page.url}")


# --- The wizard ---------------------------------------------------------------------------------


def current_step(page: Page) -> str:
    match = STEP_URL.search(page.url)
    assert match, f"not on a wizard step: {page.url}"
    return match.group(2)


def save_and_continue(page: Page, expected_step: str) -> None:
    page.click("form.wizard-form .wizard-actions button[name=action][value=continue]")
    expect(page).to_have_url(re.compile(rf"/wizard/{expected_step}/$"))
    expect(page.locator("form.wizard-form .invalid-feedback")).to_have_count(0)


def submit_expecting_errors(page: Page) -> None:
    step = current_step(page)
    page.click("form.wizard-form .wizard-actions button[name=action][value=continue]")
    expect(page.locator("form.wizard-form .invalid-feedback").first).to_be_visible()
    assert current_step(page) == step


def fill_step(page: Page, data: dict) -> None:
    """``data``: plain field names → values, plus ``rows: {prefix: [row, ...]}``."""
    data = dict(data)
    rows = data.pop("rows", {})
    after = data.pop("after_rows", {})
    fill(page, data)
    for prefix, row_list in rows.items():
        fill_rows(page, prefix, row_list)
    fill(page, after)


def create_organisation(page: Page, organisation: dict) -> None:
    page.goto("/")
    page.click("a[href$='/organisations/new/']")
    fill(page, organisation, scope="form[method=post]")
    page.click("form[method=post] button[type=submit].btn-primary")
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator(".organisation-card", has_text=organisation["name"])).to_be_visible()


def start_notice(page: Page, organisation_name: str, title: str, languages=("fi", "en")) -> int:
    """From the dashboard: "New notice" on the organisation's card; returns the notice id."""
    page.goto("/")
    page.locator(".organisation-card", has_text=organisation_name).locator("a[href$='/notices/new/']").click()
    page.fill("[name=title]", title)
    fill(page, {"languages": list(languages)}, scope="form[method=post]")
    page.click("form[method=post] button[type=submit].btn-primary")
    expect(page).to_have_url(STEP_URL)
    return int(STEP_URL.search(page.url).group(1))


def publish(page: Page, note: str) -> str:
    """From the review step: publish with a change note; returns the public URL shown in
    the share snippets (what the owner copies)."""
    page.click("form.wizard-form .wizard-actions a[href$='/publish/']")
    expect(page).to_have_url(re.compile(r"/publish/$"))
    page.fill("[name=note]", note)
    # Publishing renders the PDFs (WeasyPrint): allow for a busy machine.
    page.click("form[method=post] button[type=submit].btn-primary", timeout=60_000)
    expect(page).to_have_url(re.compile(r"/versions/$"), timeout=60_000)
    return page.locator("input[id^='embed-link-']").input_value()


def page_text(page: Page) -> str:
    return " ".join(page.locator("body").inner_text().split())
