"""The public base URL (settings.SITE_URL) in development follows the running server.

A fresh clone started on another port (``manage.py runserver 8123``) would otherwise
hand out embed snippets and PDF addresses pointing at port 8000. Production must set
SITE_URL (settings refuse to start without it), and the system check below warns when it
is not https."""

from django.conf import settings
from django.core import checks


class SiteURLMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        follow_request(request)
        return self.get_response(request)


def follow_request(request) -> None:
    if getattr(settings, "SITE_URL_FROM_REQUEST", False):
        # Development only: one server answers on one address, so every thread writes
        # the same value. get_host() has already been checked against ALLOWED_HOSTS.
        settings.SITE_URL = f"{request.scheme}://{request.get_host()}"


@checks.register(checks.Tags.security)
def check_site_url_is_https(app_configs=None, **kwargs):
    if getattr(settings, "PRODUCTION", False) and not settings.SITE_URL.startswith("https://"):
        return [
            checks.Warning(
                f"SITE_URL is {settings.SITE_URL!r}, not https.",
                hint="Published PDFs and embed snippets keep this address forever; use the https:// address of the site.",
                id="seloste.W001",
            )
        ]
    return []

