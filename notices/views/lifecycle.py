"""Account lifecycle pages: delete a draft, withdraw (or restore) a published notice,
choose a readable address, delete an organisation, delete the account. Every change goes
through notices.services_lifecycle / notices.addresses; these views only ask and confirm."""

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from .. import addresses, permissions, services_lifecycle
from ..models import Membership, Notice, NoticeVersionFile, Organisation


def _notice(request, pk) -> Notice:
    notice = get_object_or_404(Notice.objects.for_user(request.user).select_related("organisation"), pk=pk)
    permissions.check(request, notice.organisation)
    return notice


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.view", "notice.delete")
def notice_delete(request, pk):
    notice = _notice(request, pk)
    published = notice.versions.exists()
    if request.method == "POST" and not published:
        services_lifecycle.notice_delete_draft(notice=notice, by=request.user)
        messages.success(request, _("The draft “%(title)s” was deleted.") % {"title": notice.title})
        return redirect("notices:dashboard")
    return render(request, "notices/lifecycle/notice_delete.html", {"notice": notice, "published": published})


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.view", "notice.delete")
def notice_withdraw(request, pk):
    notice = _notice(request, pk)
    published = notice.versions.exists()
    if request.method == "POST" and published:
        if request.POST.get("action") == "restore":
            services_lifecycle.notice_restore(notice=notice, by=request.user)
            messages.success(request, _("The notice is public again."))
        else:
            services_lifecycle.notice_withdraw(notice=notice, by=request.user)
            messages.success(request, _("The notice was withdrawn. Its public address now says so; its versions stay in your archive."))
        return redirect("notices:notice_versions", pk=notice.pk)
    return render(request, "notices/lifecycle/notice_withdraw.html", {"notice": notice, "published": published})


class AddressForm(forms.Form):
    slug = forms.CharField(
        label=gettext_lazy("Readable address"),
        max_length=addresses.MAX_LENGTH,
        help_text=gettext_lazy("Lower-case letters a–z, digits and hyphens, e.g. parturi-saksikasi. The earlier address keeps working."),
    )

    def __init__(self, *args, notice, **kwargs):
        super().__init__(*args, **kwargs)
        self.notice = notice

    def clean_slug(self):
        return addresses.validate_address(self.cleaned_data["slug"], notice=self.notice)


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.view", "notice.publish")
def notice_address(request, pk):
    notice = _notice(request, pk)
    current = addresses.current_address(notice)
    form = AddressForm(request.POST or None, notice=notice, initial={"slug": "" if current == notice.public_slug else current})
    if request.method == "POST" and form.is_valid():
        try:
            addresses.notice_set_address(notice=notice, by=request.user, slug=form.cleaned_data["slug"])
        except ValidationError as error:
            form.add_error("slug", error)
        else:
            messages.success(request, _("The notice's address was saved."))
            return redirect("notices:notice_versions", pk=notice.pk)
    public_base = request.build_absolute_uri(reverse("notices:public_notice", kwargs={"slug": "x"}))[:-2]
    return render(
        request,
        "notices/lifecycle/notice_address.html",
        {"notice": notice, "form": form, "public_base": public_base, "random_url": reverse("notices:public_notice", kwargs={"slug": notice.public_slug})},
    )


class TypedConfirmationForm(forms.Form):
    confirmation = forms.CharField(label=gettext_lazy("Type the organisation's name to confirm"), max_length=200)

    def __init__(self, *args, expected: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.expected = expected

    def clean_confirmation(self):
        value = self.cleaned_data["confirmation"].strip()
        if value != self.expected:
            raise ValidationError(_("This is not the organisation's name. Type it exactly as shown."))
        return value


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("organisation.delete")
def organisation_delete(request, pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=pk)
    permissions.check(request, organisation)
    is_owner = Membership.objects.filter(organisation=organisation, user=request.user, role=Membership.Role.OWNER).exists()
    expected = services_lifecycle.organisation_delete_confirmation(organisation)
    form = TypedConfirmationForm(request.POST or None, expected=expected)
    if request.method == "POST" and is_owner and form.is_valid():
        name = organisation.name
        services_lifecycle.organisation_delete(organisation=organisation, by=request.user, confirmation=form.cleaned_data["confirmation"])
        messages.success(request, _("The organisation %(name)s and all its notices were deleted.") % {"name": name})
        return redirect("notices:dashboard")
    context = {
        "organisation": organisation,
        "form": form,
        "is_owner": is_owner,
        "expected": expected,
        "notice_count": organisation.notices.count(),
        "published_count": organisation.notices.filter(versions__isnull=False).distinct().count(),
    }
    return render(request, "notices/lifecycle/organisation_delete.html", context)


class AccountDeleteForm(forms.Form):
    password = forms.CharField(label=gettext_lazy("Your password"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("The password is not correct."))
        return password


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services_lifecycle.user_delete(user=user)
        messages.success(request, _("Your account and your personal data were deleted."))
        return redirect("notices:home")
    sole = [org for org in Organisation.objects.for_user(request.user).distinct() if org.memberships.count() == 1]
    return render(request, "notices/lifecycle/account_delete.html", {"form": form, "sole_organisations": sole})


@login_required
@require_http_methods(["GET"])
@permissions.org_view("notice.view")
def owner_version_pdf(request, pk, number, lang):
    """The owner's archive copy of a version's PDF: served even after the notice is withdrawn."""
    notice = _notice(request, pk)
    file = get_object_or_404(NoticeVersionFile.objects.only("data", "content_type"), version__notice=notice, version__number=number, language=lang)
    response = HttpResponse(bytes(file.data), content_type=file.content_type)
    response["Content-Disposition"] = f'inline; filename="notice-{notice.pk}-v{number}-{lang}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
