"""Forms. Sections per area, like services.py: accounts and organisations, then the
notice wizard. Forms only validate and clean; saving goes through notices.services."""

import re

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .content.catalogues import COUNTRIES, EU_COUNTRIES
from .models import Organisation, User
from .validators import validate_business_id

# --- Accounts and organisations ----------------------------------------------------------


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters. Not a common password, and not only digits."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    error_messages = {
        "email_taken": _("An account with this e-mail address already exists. Log in or reset your password."),
        "password_mismatch": _("The two passwords are different."),
    }

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(self.error_messages["email_taken"], code="email_taken")
        return email

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", forms.ValidationError(self.error_messages["password_mismatch"], code="password_mismatch"))
        elif password1:
            try:
                password_validation.validate_password(password1, User(email=cleaned.get("email") or ""))
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


PHONE_RE = re.compile(r"^\+?[0-9 ()\-/]{5,30}$")
BUSINESS_ID_LOOSE_RE = re.compile(r"^(\d{7})(\d)$")


def validate_phone(value: str) -> None:
    if not PHONE_RE.match(value):
        raise forms.ValidationError(_("Enter a phone number using digits, spaces and an optional + at the start, e.g. +358 9 123 4567."), code="phone")


class OrganisationForm(forms.ModelForm):
    """The controller's details. Used on its own (organisation pages) and by the wizard's
    controller step, which renders it with templates/notices/_organisation_fields.html."""

    # Fields that only apply to a controller outside the EU (Art. 27).
    REPRESENTATIVE_FIELDS = ("representative_name", "representative_contact")

    website = forms.URLField(label=_("Website"), required=False, max_length=200, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = [
            "name", "country", "business_id", "street_address", "postal_code", "city",
            "email", "phone", "website", "dpo_name", "dpo_email", "dpo_phone",
            "representative_name", "representative_contact",
        ]  # fmt: skip
        labels = {
            "name": _("Legal name"),
            "country": _("Country"),
            "business_id": _("Business ID"),
            "street_address": _("Street address"),
            "postal_code": _("Postal code"),
            "city": _("City"),
            "email": _("E-mail"),
            "phone": _("Phone"),
            "dpo_name": _("Data protection officer"),
            "dpo_email": _("Data protection officer's e-mail"),
            "dpo_phone": _("Data protection officer's phone"),
            "representative_name": _("EU representative"),
            "representative_contact": _("EU representative's contact details"),
        }
        help_texts = {
            "name": _("As in the Trade Register, e.g. Esimerkki Oy."),
            "business_id": _("Finnish Y-tunnus in the form 1234567-8. A company registered abroad gives its own registration number."),
            "email": _("An address where people can reach the organisation, e.g. info@yritys.fi."),
            "dpo_name": _("Only if you have appointed one. A role such as “Data protection officer” is enough."),
            "representative_name": _("Required when the organisation is outside the EU but offers goods or services to people in the EU (GDPR Art. 27)."),
        }
        widgets = {
            "representative_contact": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = (get_language() or "fi")[:2]
        # Finland first, the rest alphabetically in the user's language.
        choices = COUNTRIES.choices(language)
        choices = choices[:1] + sorted(choices[1:], key=lambda choice: choice[1])
        self.fields["country"] = forms.ChoiceField(
            label=_("Country"),
            choices=choices,
            initial="FI",
            help_text=_("Where the organisation is registered."),
            error_messages={"invalid_choice": _("Choose a country from the list.")},
        )
        self.fields["name"].required = True
        self.fields["email"].widget.attrs.setdefault("autocomplete", "email")
        self.fields["phone"].widget.attrs.setdefault("autocomplete", "tel")
        self.fields["phone"].validators.append(validate_phone)
        self.fields["dpo_phone"].validators.append(validate_phone)
        self.fields["postal_code"].widget.attrs.setdefault("autocomplete", "postal-code")
        self.fields["street_address"].widget.attrs.setdefault("autocomplete", "street-address")
        self.fields["website"].widget.attrs.setdefault("placeholder", "https://")
        for name in self.REPRESENTATIVE_FIELDS:
            self.fields[name].widget.attrs["data-outside-eu"] = "1"

    @property
    def eu_countries(self) -> str:
        """For the script that hides the representative fields for EU controllers."""
        return " ".join(sorted(EU_COUNTRIES))

    def selected_country(self) -> str:
        if self.is_bound:
            return self.data.get(self.add_prefix("country"), "") or ""
        return self.initial.get("country") or getattr(self.instance, "country", "") or "FI"

    def representative_needed(self) -> bool:
        return self.selected_country() not in EU_COUNTRIES

    def clean_business_id(self):
        value = " ".join((self.cleaned_data.get("business_id") or "").split())
        country = self.data.get(self.add_prefix("country"), "FI") if self.is_bound else "FI"
        if country == "FI" and value:
            # People often type the Y-tunnus without its hyphen.
            loose = BUSINESS_ID_LOOSE_RE.match(value)
            if loose:
                value = f"{loose.group(1)}-{loose.group(2)}"
            validate_business_id(value)
        return value

    def clean_postal_code(self):
        value = (self.cleaned_data.get("postal_code") or "").strip()
        country = self.data.get(self.add_prefix("country"), "FI") if self.is_bound else "FI"
        if country == "FI" and value and not re.fullmatch(r"\d{5}", value):
            raise forms.ValidationError(_("A Finnish postal code has five digits, e.g. 00100."), code="postal_code")
        return value

    def clean(self):
        cleaned = super().clean()
        country = cleaned.get("country")
        if country in EU_COUNTRIES:
            # Hidden in the browser for EU controllers; a value posted anyway is dropped
            # rather than shown in the notice.
            for name in self.REPRESENTATIVE_FIELDS:
                cleaned[name] = ""
        return cleaned

    @property
    def service_data(self) -> dict:
        """The cleaned values in the shape organisation_create/organisation_update take."""
        return {name: self.cleaned_data.get(name, "") for name in self.Meta.fields}


# --- Notice wizard -------------------------------------------------------------------------
