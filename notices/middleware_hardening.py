"""Pages shown to a signed-in user hold that user's data: no browser history cache, no
shared cache, no back-button view after signing out on a shared computer may keep them."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from .limits import limit

PRIVATE = "private, no-store"


class PrivatePagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Public notice views set their own Cache-Control: what they send is the same
        # for everyone, signed in or not, so shared caches may keep it. A response made
        # without reading the session cannot depend on who is signed in; asking would
        # read it (and add Vary: Cookie to pages that are the same for everyone).
        session = getattr(request, "session", None)
        if "public" in response.get("Cache-Control", "") or session is None or not session.accessed:
            return response
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return response
        response["Cache-Control"] = PRIVATE
        return response


class RequestSizeMiddleware:
    """Refuse a request body larger than any form of ours needs before anything reads it.
    Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not count uploaded files, so without this a
    40 MB multipart post to the anonymous login page is read and spooled to disk."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        allowed = limit("SELOSTE_MAX_REQUEST_BYTES")
        if request.path == reverse("notices:account_import"):
            allowed = limit("SELOSTE_MAX_IMPORT_BYTES") + 64 * 1024
        if length > allowed:
            megabytes = max(1, round(allowed / (1024 * 1024)))
            message = _("What you sent is too large (more than %(size)d MB).") % {"size": megabytes}
            return render(request, "notices/too_large.html", {"message": message}, status=413)
        return self.get_response(request)
