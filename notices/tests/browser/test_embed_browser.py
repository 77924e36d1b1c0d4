"""The embed in a real browser: a page on another origin frames the public notice, and
the iframe grows to the notice's height; height messages from any other origin are ignored."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from notices import publishing
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def host_site():
    """A third-party website on its own origin (127.0.0.1 vs the live server's localhost)."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", pages
    server.shutdown()
    server.server_close()


def test_iframe_follows_the_notice_height_and_ignores_other_origins(browser, site, host_site, user, monkeypatch):
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 test")
    notice = make_notice(user)
    publish(notice, user)
    host, pages = host_site
    site = site.replace("127.0.0.1", "localhost")  # a different origin from the host page
    pages["/"] = (
        "<!DOCTYPE html><html><body><h1>Our shop</h1>"
        f'<iframe id="notice" src="{site}/n/{notice.public_slug}/" title="Tietosuojaseloste" data-seloste-embed width="100%" height="800"></iframe>'
        f'<script src="{site}/static/js/embed.js" async></script>'
        '<iframe id="fake" src="/fake" data-seloste-embed height="300"></iframe>'
        "</body></html>"
    )
    # Same origin as the host page, not Seloste's: its height message must be ignored.
    pages["/fake"] = (
        "<!DOCTYPE html><html><body>x<script>setInterval(function () {"
        'parent.postMessage({type: "seloste:height", height: 5}, "*")}, 100)</script></body></html>'
    )
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.goto(host + "/")

    page.wait_for_function("document.getElementById('notice').getBoundingClientRect().height > 1500")
    page.wait_for_timeout(400)

    notice_height = page.evaluate("document.getElementById('notice').getBoundingClientRect().height")
    content_height = page.frame_locator("#notice").locator("html").evaluate("el => el.scrollHeight")
    fake_height = page.evaluate("document.getElementById('fake').getBoundingClientRect().height")
    assert abs(notice_height - content_height) <= 2
    assert fake_height >= 300
    context.close()


def test_embed_can_inherit_the_host_pages_font(browser, site, host_site, user, monkeypatch):
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 test")
    notice = make_notice(user)
    publish(notice, user)
    host, pages = host_site
    site = site.replace("127.0.0.1", "localhost")
    pages["/"] = (
        '<!DOCTYPE html><html><body style="font-family: Georgia, serif"><h1>Our shop</h1>'
        f'<iframe id="notice" src="{site}/n/{notice.public_slug}/" title="Tietosuojaseloste" data-seloste-embed data-seloste-font="inherit"'
        ' width="100%" height="800"></iframe>'
        f'<iframe id="plain" src="{site}/n/{notice.public_slug}/" title="Tietosuojaseloste" data-seloste-embed width="100%" height="800"></iframe>'
        f'<script src="{site}/static/js/embed.js" async></script>'
        "</body></html>"
    )
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.goto(host + "/")
    inherit = page.frame_locator("#notice").locator("body")
    expect(inherit).to_have_css("font-family", "Georgia, serif")
    plain_font = page.frame_locator("#plain").locator("body").evaluate("el => getComputedStyle(el).fontFamily")
    assert "Georgia" not in plain_font
    context.close()
