"""PDF rendering with WeasyPrint, locked down so that a notice can only pull in our own
static files: no network, no filesystem outside static/, no attachments."""

import logging
import mimetypes
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation

from .limits import limit

# The PDF template links assets under this made-up origin; only the fetcher below
# understands it, so nothing in a PDF can point at a real host or at a local file.
PDF_ASSET_ORIGIN = "https://pdf-assets.seloste.invalid"
PDF_BASE_URL = f"{PDF_ASSET_ORIGIN}/"


# WeasyPrint logs every rendering step at INFO; publishing is not worth that noise.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


class TooManyPages(ValueError):
    """The PDF would have more pages than SELOSTE_MAX_PDF_PAGES (notices.limits)."""

    def __init__(self, pages: int):
        self.pages = pages
        super().__init__(f"The PDF would have {pages} pages.")


class RefusedFetch(ValueError):
    """WeasyPrint logs and skips a resource whose fetch raises."""


def _static_roots() -> list[Path]:
    return [Path(directory).resolve() for directory in settings.STATICFILES_DIRS]


def static_file_for(url: str) -> Path:
    """The file under our static/ directory that ``url`` names, or RefusedFetch."""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != PDF_ASSET_ORIGIN or parts.query:
        raise RefusedFetch(f"Refused to fetch {url!r}: only our own static files are allowed.")
    static_prefix = "/" + settings.STATIC_URL.strip("/") + "/"
    if not parts.path.startswith(static_prefix):
        raise RefusedFetch(f"Refused to fetch {url!r}: not a static file.")
    relative = unquote(parts.path[len(static_prefix):])
    try:
        found = finders.find(relative)
    except SuspiciousFileOperation:
        found = None
    if not found:
        raise RefusedFetch(f"Refused to fetch {url!r}: no such static file.")
    path = Path(found).resolve()
    if not any(path.is_relative_to(root) for root in _static_roots()) or not path.is_file():
        raise RefusedFetch(f"Refused to fetch {url!r}: outside static/.")
    return path


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            path = static_file_for(url)
            mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime_type})

    return StaticOnlyFetcher


def static_url(path: str) -> str:
    """The URL a PDF template uses for a static file (see PDF_ASSET_ORIGIN)."""
    return f"{PDF_ASSET_ORIGIN}/{settings.STATIC_URL.strip('/')}/{path}"


def font_subsetter() -> str:
    """Which font subsetter WeasyPrint uses: "harfbuzz" (hb-subset, libharfbuzz-subset0)
    or "fonttools", its fallback, which makes every PDF cost ~2.75× as much (issue 14).
    WeasyPrint's own test (weasyprint.pdf.fonts.Font.subset)."""
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    return "harfbuzz" if harfbuzz_subset and harfbuzz.hb_version_atleast(4, 1, 0) else "fonttools"


_font_config = None
_font_config_lock = threading.Lock()


def font_configuration():
    """One FontConfiguration per process. A new one per PDF loads Fontconfig's fonts and
    our @font-face files again each time (and leaves native memory behind); the same one
    finds the faces it already added (WeasyPrint keys them by their rule)."""
    global _font_config
    with _font_config_lock:
        if _font_config is None:
            from weasyprint.text.fonts import FontConfiguration

            _font_config = FontConfiguration()
        return _font_config


def render_pdf(html: str) -> bytes:
    """A4 tagged PDF (PDF/UA-1) of a complete HTML document."""
    # Imported lazily: WeasyPrint loads Pango and fonts, which the web process only
    # needs when publishing.
    from weasyprint import HTML

    fetcher = _fetcher_class()(allowed_protocols={"https"}, allow_redirects=False, timeout=1)
    document = HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=fetcher).render(
        font_config=font_configuration(),
        pdf_variant="pdf/ua-1",
        pdf_tags=True,
        attachments=None,
    )
    # Layout is done: refuse before the (slower) writing of a PDF nobody should print.
    maximum = limit("SELOSTE_MAX_PDF_PAGES")
    if len(document.pages) > maximum:
        raise TooManyPages(len(document.pages))
    # Belt and braces: our templates never ask for attachments and user text is escaped,
    # but nothing in a notice may ever embed a file.
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]
    return document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
