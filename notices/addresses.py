"""Public addresses of a notice: the random Notice.public_slug (its identity, never
changed once published) and the readable aliases an owner chooses (NoticeAddress).

Public views are written against the random slug. ``resolves_address`` lets them answer
for a readable address too: the current alias is served as the notice, an older alias
redirects to the current one (so printed links keep working), and a withdrawn notice
answers 410 Gone. The fast path is untouched: a random slug of a live notice is served by
the view's own single query; the lookups here run only when that finds nothing."""

import re
from functools import wraps

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from . import permissions, public_pages
from .content import languages as notice_languages
from .models import RESERVED_ADDRESSES, Notice, NoticeAddress
from .services import audit_record

ADDRESS_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_LENGTH, MAX_LENGTH = 3, 60


def resolves_address(view):
    @wraps(view)
    def wrapper(request, slug, *args, **kwargs):
        try:
            return view(request, slug, *args, **kwargs)
        except Http404:
            pass
        address = NoticeAddress.objects.select_related("notice").filter(slug=slug).first()
        notice = address.notice if address else Notice.objects.filter(public_slug=slug).first()
        if notice is None:
            raise Http404("No such notice.")
        if notice.withdrawn_at is not None:
            return gone(request)
        if address is not None and not address.is_current:
            current = notice.addresses.filter(is_current=True).first()
            target = current.slug if current else notice.public_slug
            url = reverse(request.resolver_match.view_name, kwargs={**request.resolver_match.kwargs, "slug": target})
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(url + (f"?{query}" if query else ""))
        if address is not None:
            return view(request, notice.public_slug, *args, **kwargs)
        raise Http404("No such notice.")

    return wrapper


def gone(request) -> HttpResponse:
    """410: the notice existed and its owner withdrew it."""
    language = request.GET.get("lang") if request.GET.get("lang") in notice_languages.CODES else notice_languages.DEFAULT
    with translation.override(language):
        html = render_to_string("notices/public/gone.html", {"language": language})
    response = HttpResponse(html, status=410, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "public, max-age=300"
    return response


def validate_address(slug: str, *, notice: Notice | None = None) -> str:
    """The cleaned readable address, or ValidationError with a message for the field."""
    slug = (slug or "").strip().lower()
    if not (MIN_LENGTH <= len(slug) <= MAX_LENGTH) or not ADDRESS_RE.match(slug):
        raise ValidationError(
            _("Use %(min)s–%(max)s lower-case letters a–z, digits and single hyphens, e.g. parturi-saksikasi.")
            % {"min": MIN_LENGTH, "max": MAX_LENGTH},
            code="invalid",
        )
    if slug in RESERVED_ADDRESSES:
        raise ValidationError(_("This address is reserved. Choose another."), code="reserved")
    taken = NoticeAddress.objects.filter(slug=slug)
    if notice is not None:
        taken = taken.exclude(notice=notice)
    if taken.exists() or Notice.objects.filter(public_slug=slug).exists():
        raise ValidationError(_("This address is already in use. Choose another."), code="taken")
    return slug


@transaction.atomic
def notice_set_address(*, notice: Notice, by, slug: str) -> NoticeAddress:
    """Make ``slug`` the notice's readable address; the previous one keeps redirecting."""
    permissions.require(by, "notice.publish", notice.organisation)
    slug = validate_address(slug, notice=notice)
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    existing = notice.addresses.filter(slug=slug).first()
    if existing is not None and existing.is_current:
        return existing
    notice.addresses.filter(is_current=True).update(is_current=False)
    try:
        with transaction.atomic():
            if existing is not None:
                existing.is_current = True
                existing.save(update_fields=["is_current"])
                address = existing
            else:
                address = NoticeAddress.objects.create(notice=notice, slug=slug, is_current=True)
    except IntegrityError:
        raise ValidationError(_("This address is already in use. Choose another."), code="taken") from None
    audit_record(organisation=notice.organisation, notice=notice, actor=by, action="notice_address_set", detail={"address": slug})
    # The stored public reads (notices.public_pages) follow: the old address's go.
    public_pages.published_pages_readdress(notice=notice)
    return address


def current_address(notice: Notice) -> str:
    """The slug the notice is shown under: its readable address, else the random slug."""
    prefetched = getattr(notice, "current_addresses", None)  # see with_current_address()
    if prefetched is not None:
        return prefetched[0].slug if prefetched else notice.public_slug
    address = notice.addresses.filter(is_current=True).first()
    return address.slug if address else notice.public_slug


def with_current_address(notices):
    """Prefetch each notice's current readable address in one query (for lists)."""
    return notices.prefetch_related(Prefetch("addresses", queryset=NoticeAddress.objects.filter(is_current=True), to_attr="current_addresses"))
