"""The PDF: rendered at publish time, A4, tagged, with metadata, in the right language,
and nothing in it can make WeasyPrint fetch a URL or attach a file."""

import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pypdf import PdfReader

from notices import pdf as pdf_module
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = pytest.mark.django_db


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def version(user):
    return publish(make_notice(user), user)


@pytest.fixture
def http_server():
    """A real local HTTP server that counts every request it receives."""
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"\x89PNG\r\n\x1a\n")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def _fonts(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    return {
        str(font.get_object()["/BaseFont"]) for page in reader.pages for font in (page["/Resources"].get("/Font") or {}).values()
    }


def _uses_shipped_font(data: bytes) -> bool:
    # Subset fonts are named like /ABCDEF+Source-Sans-3-Bold.
    return any("Source-Sans-3" in name for name in _fonts(data))


def _has_attachment(data: bytes) -> bool:
    reader = PdfReader(io.BytesIO(data))
    names = reader.trailer["/Root"].get("/Names")
    if names is not None and "/EmbeddedFiles" in names.get_object():
        return True
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            if annotation.get_object().get("/Subtype") == "/FileAttachment":
                return True
    return b"/EmbeddedFile" in data


def test_pdf_per_language_has_organisation_and_headings_in_that_language(version):
    for language in version.languages:
        data = bytes(version.files.get(language=language).data)
        assert data.startswith(b"%PDF")
        text = _text(data)
        assert version.controller["name"] in text
        document = version.rendered[language]["json"]
        assert document["title"] in text
        for section in document["sections"]:
            assert re.sub(r"\s+", " ", section["heading"]) in text, section["heading"]


def test_pdf_is_tagged_a4_with_metadata_and_page_numbers(version):
    data = bytes(version.files.get(language="fi").data)
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "fi"
    assert reader.metadata.title == version.rendered["fi"]["title"]
    assert reader.metadata.author == version.controller["name"]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    pages = len(reader.pages)
    assert f"Sivu 1 / {pages}" in _text(data)
    english = bytes(version.files.get(language="en").data)
    assert f"Page 1 / {len(PdfReader(io.BytesIO(english)).pages)}" in _text(english)


def test_pdf_embeds_the_shipped_font(version):
    data = bytes(version.files.get(language="fi").data)
    assert _uses_shipped_font(data)
    assert all("Source-Sans-3" in name for name in _fonts(data))


def test_user_text_cannot_make_the_pdf_fetch_or_attach_anything(user, http_server):
    base, hits = http_server
    hostile = (
        f'<img src="{base}/tracker.png"> <a rel="attachment" href="file:///etc/passwd">passwd</a> '
        f'<link rel="attachment" href="{base}/a.txt"> file:///etc/passwd <script>alert(1)</script>'
    )
    notice = make_notice(user)
    answers = notice.answers
    answers["notice"]["intro"] = {"fi": hostile, "en": hostile}
    answers["purposes"][0]["description"] = {"fi": hostile, "en": hostile}
    notice.organisation.name = f'Hostile <img src="{base}/org.png"> Oy'
    notice.organisation.save()
    notice.save()

    version = publish(notice, user)

    assert hits == []
    for file in version.files.all():
        data = bytes(file.data)
        assert not _has_attachment(data)
        assert b"root:x:0:0" not in data
        text = _text(data)
        assert "<script>alert(1)</script>" in text  # shown as text, not run or dropped
        assert f'<img src="{base}/tracker.png">' in text


def test_the_fetcher_itself_refuses_everything_but_our_static_files(http_server):
    base, hits = http_server
    raw = (
        "<!DOCTYPE html><html lang='en'><head><title>t</title>"
        f"<link rel='stylesheet' href='{base}/style.css'>"
        "<link rel='attachment' href='file:///etc/passwd'>"
        f"<link rel='stylesheet' href='{pdf_module.static_url('css/print.css')}'></head><body>"
        f"<img src='{base}/x.png'><img src='file:///etc/hostname'>"
        "<a rel='attachment' href='file:///etc/passwd'>passwd</a>"
        f"<a rel='attachment' href='{base}/a.bin'>bin</a><p>Text</p></body></html>"
    )

    data = pdf_module.render_pdf(raw)

    assert hits == []
    assert not _has_attachment(data)
    assert b"root:x:0:0" not in data
    assert _uses_shipped_font(data)  # our own static files are still allowed


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/static/css/print.css",
        "https://example.com/static/css/print.css",
        "file:///etc/passwd",
        "data:text/plain,hello",
        f"{pdf_module.PDF_ASSET_ORIGIN}/etc/passwd",
        f"{pdf_module.PDF_ASSET_ORIGIN}/static/../config/settings.py",
        f"{pdf_module.PDF_ASSET_ORIGIN}/static/%2e%2e/config/settings.py",
        f"{pdf_module.PDF_ASSET_ORIGIN}/static/admin/css/base.css",
        f"{pdf_module.PDF_ASSET_ORIGIN}/static/css/nope.css",
    ],
)
def test_static_file_for_refuses(url):
    with pytest.raises(pdf_module.RefusedFetch):
        pdf_module.static_file_for(url)


def test_static_file_for_finds_our_files():
    path = pdf_module.static_file_for(pdf_module.static_url("fonts/SourceSans3-Regular.ttf"))
    assert path.name == "SourceSans3-Regular.ttf"
