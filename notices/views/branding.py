"""The organisation's branding page, and the two public files that apply it to every
published notice of the organisation: brand.css (accent colour, logo placement) and
logo.png (the re-encoded logo). Both are built from validated values only."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from .. import branding as brand
from .. import permissions
from ..models import Branding, Organisation

PUBLIC_CACHE = "public, max-age=300"


class BrandingForm(forms.Form):
    logo = forms.FileField(
        label=gettext_lazy("Logo"),
        required=False,
        help_text=gettext_lazy("PNG, JPEG or WebP, at most 1 MB. Shown at the top of your published notices."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=gettext_lazy("Remove the logo"), required=False)
    accent = forms.CharField(
        label=gettext_lazy("Accent colour"),
        required=False,
        max_length=7,
        help_text=gettext_lazy("For links and headings, as #rrggbb, e.g. #1f4e79. It must be dark enough to read on white. Leave empty for the default."),
    )

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        if not upload:
            return None
        if upload.size > brand.LOGO_MAX_BYTES:
            raise ValidationError(_("The logo file is too large. The limit is 1 MB."))
        data = upload.read(brand.LOGO_MAX_BYTES + 1)
        brand.logo_reencode(data)  # the message next to the field; the service re-encodes again
        return data

    def clean_accent(self):
        return brand.accent_clean(self.cleaned_data.get("accent", ""))


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("organisation.view", "organisation.edit")
def organisation_branding(request, pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=pk)
    permissions.check(request, organisation)
    current = Branding.objects.filter(organisation=organisation).first()
    form = BrandingForm(request.POST or None, request.FILES or None, initial={"accent": current.accent if current else ""})
    if request.method == "POST" and form.is_valid():
        brand.organisation_set_branding(
            organisation=organisation,
            by=request.user,
            logo=form.cleaned_data["logo"],
            remove_logo=form.cleaned_data["remove_logo"],
            accent=form.cleaned_data["accent"],
        )
        messages.success(request, _("The look of your notices was saved. Published notices show it at once."))
        return redirect("notices:organisation_detail", pk=organisation.pk)
    return render(request, "notices/branding.html", {"organisation": organisation, "form": form, "branding": current})


def _public_branding(slug: str) -> Branding | None:
    return (
        Branding.objects.filter(organisation__notices__public_slug=slug, organisation__notices__withdrawn_at__isnull=True)
        .filter(organisation__notices__versions__isnull=False)
        .distinct()
        .first()
    )


@require_GET
def public_brand_css(request, slug):
    branding = _public_branding(slug)
    rules = []
    if branding and branding.accent and brand.HEX_COLOUR.match(branding.accent):
        accent = branding.accent
        rules.append(f":root {{ --pn-accent: {accent}; }}\n.notice-document {{ --notice-accent: {accent}; }}")
    if branding and branding.logo and branding.logo_height:
        height = 44
        width = max(1, round(branding.logo_width * height / branding.logo_height))
        rules.append(
            ".pn-header-inner::before { content: \"\"; flex: 0 0 auto; "
            f"width: min({width}px, 60vw); height: {height}px; "
            'background: url("logo.png") no-repeat left center / contain; }'
        )
    response = HttpResponse("\n".join(rules) + "\n", content_type="text/css; charset=utf-8")
    response["Cache-Control"] = PUBLIC_CACHE
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def public_logo(request, slug):
    branding = _public_branding(slug)
    if not branding or not branding.logo:
        raise Http404("No logo.")
    response = HttpResponse(bytes(branding.logo), content_type="image/png")
    response["Cache-Control"] = PUBLIC_CACHE
    response["X-Content-Type-Options"] = "nosniff"
    return response
