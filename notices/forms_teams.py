"""Forms for teams: inviting, roles, the approval setting, a client organisation and the
sign-up from an invitation. They only validate; notices/services_teams.py saves."""

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .forms import OrganisationForm
from .models import Role, User

ROLE_HELP = {
    Role.OWNER: _("Everything, including members and deletion."),
    Role.PUBLISHER: _("Edits and publishes notices."),
    Role.EDITOR: _("Edits drafts and asks for them to be published."),
    Role.VIEWER: _("Reads drafts, versions and the activity log."),
}


def role_choices():
    return [(role.value, f"{role.label.capitalize()} — {ROLE_HELP[role]}") for role in (Role.EDITOR, Role.PUBLISHER, Role.VIEWER, Role.OWNER)]


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    role = forms.ChoiceField(label=_("Role"), choices=role_choices, initial=Role.EDITOR, widget=forms.RadioSelect)
    language = forms.ChoiceField(
        label=_("Language of the invitation e-mail"),
        choices=settings.LANGUAGES,
        help_text=_("If the person already has an account, the e-mail is in the language they chose."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = (get_language() or "fi")[:2]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class TransferForm(forms.Form):
    new_role = forms.ChoiceField(
        label=_("Your own role afterwards"),
        choices=[(role.value, role.label) for role in (Role.PUBLISHER, Role.EDITOR, Role.VIEWER)],
        initial=Role.PUBLISHER,
    )


class ApprovalSettingForm(forms.Form):
    requires_approval = forms.BooleanField(
        label=_("Publishing needs approval by someone other than the author"),
        help_text=_("Editors and publishers ask for a publish; an owner or a publisher who did not ask approves it."),
        required=False,
    )


class ClientOrganisationForm(OrganisationForm):
    """The client's details and the address of the client's owner, who is invited."""

    owner_email = forms.EmailField(
        label=_("The client's owner's e-mail address"),
        max_length=254,
        help_text=_("They get an invitation to join as an owner."),
    )
    owner_language = forms.ChoiceField(label=_("Language of the invitation e-mail"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_language"].initial = (get_language() or "fi")[:2]


class InvitedSignupForm(forms.Form):
    """Sign-up from an invitation link: the address is the invitation's, not typed."""

    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters. Not a common password, and not only digits."),
    )
    password2 = forms.CharField(label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, *args, email: str, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are different."))
        elif password1:
            try:
                password_validation.validate_password(password1, User(email=self.email))
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
