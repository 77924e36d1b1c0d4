"""The early route for stored public reads, and Django's LocaleMiddleware, except on
responses whose language comes from the URL.

LocaleMiddleware adds ``Vary: Accept-Language`` (and a Content-Language from the browser's
preferences) to every response. The public notice views pick their language from ``?lang``
and the version alone, so that Vary would only split shared caches by browser language
and the Content-Language could claim a language the body is not in. Views that are such
mark their response with language_from_url()."""

from functools import wraps

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import cc_delim_re

from . import public_pages, site_url

MARK = "seloste_language_from_url"


def language_from_url(view):
    """The view's response does not depend on the request's Accept-Language or cookie."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        setattr(response, MARK, True)
        return response

    return wrapped


def remove_vary(response, header: str) -> None:
    if not response.has_header("Vary"):
        return
    kept = [value for value in cc_delim_re.split(response["Vary"]) if value and value.lower() != header.lower()]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if not getattr(response, MARK, False):
            return super().process_response(request, response)
        had_language = response.has_header("Content-Language")
        response = super().process_response(request, response)
        remove_vary(response, "Accept-Language")
        if not had_language:
            del response["Content-Language"]
        return response


class PublicReadMiddleware:
    """Serves a public notice read from its stored row before sessions, locale, CSRF, auth,
    messages, CSP and URL resolving run, as WhiteNoise serves static files: those layers
    would only add headers to it, which public_pages.read_early adds itself. Anything
    else, and a read without a stored row, goes on through the stack to the views."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "GET" and request.path_info.startswith("/n/") and public_pages.early_route_applies(request):
            # What CommonMiddleware and SiteURLMiddleware do first: refuse a host not in
            # ALLOWED_HOSTS (a 400), follow the development server's address.
            request.get_host()
            site_url.follow_request(request)
            response = public_pages.read_early(request)
            if response is not None:
                return response
        return self.get_response(request)
