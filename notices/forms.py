"""Forms. Sections per area, like services.py: accounts and organisations, then the
notice wizard. Forms only validate and clean; saving goes through notices.services."""

import copy
import json
import re
import secrets
from datetime import date

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.forms.widgets import ChoiceWidget
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .content import languages as notice_languages
from .content.adequacy import adequacy_from_db
from .content.catalogues import (
    ADEQUACY,
    AUTOMATED_EXCEPTIONS,
    COOKIE_CATEGORIES,
    COOKIE_REFUSAL_METHODS,
    COUNTRIES,
    CRIMINAL_BASES,
    DATA_CATEGORIES,
    DATA_SUBJECTS,
    EEA_COUNTRIES,
    IDENTITY_CODE_BASES,
    LAWS,
    LEGAL_BASES,
    MARKETING_CHANNELS,
    RECIPIENT_FREQUENCIES,
    RECIPIENT_KINDS,
    RECIPIENT_ROLES,
    REQUIREMENTS,
    RETENTION_PRESETS,
    SAFEGUARDS,
    SECURITY_MEASURES,
    SOURCES,
    SPECIAL_CONDITIONS,
    STYLES,
    TRANSFER_DESTINATIONS,
    recipient_frequency,
    representative_needed,
)
from .content.plain import LEGAL_BASIS_QUESTIONS, RECIPIENT_ROLE_QUESTIONS, SAFEGUARD_QUESTIONS, SPECIAL_CONDITION_QUESTIONS, legal_term
from .content.plain import question as plain_question
from .content.templates import template_choices
from .memo import remembered, remembered_for
from .models import Organisation, User
from .validators import validate_business_id

# --- Accounts and organisations ----------------------------------------------------------


class EmailAuthenticationForm(AuthenticationForm):
    """Django's login form, worded for e-mail addresses. The field stays "username" because
    axes reads the attempted account from it (AXES_USERNAME_FORM_FIELD)."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("The e-mail address or the password is wrong. Note that the password is case-sensitive."),
    }

    def get_invalid_login_error(self):
        if getattr(self.request, "seloste_account_locked", False):
            return forms.ValidationError(
                _(
                    "This account is locked for a while after too many wrong passwords from several places."
                    " If it is your account, we have e-mailed you a link that unlocks it."
                ),
                code="account_locked",
            )
        return super().get_invalid_login_error()

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("E-mail address")
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "inputmode": "email"})


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
        "password_mismatch": _("The two passwords are different."),
    }

    def clean_email(self):
        # Whether the address has an account is not said here (nor anywhere in the
        # answer): its owner gets an e-mail instead (notices.accounts).
        return self.cleaned_data["email"].strip().lower()

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
            # Shown under their own headings ("Data protection officer", "Representative in the EU").
            "dpo_name": _("Name or role"),
            "dpo_email": _("E-mail"),
            "dpo_phone": _("Phone"),
            "representative_name": _("Name"),
            "representative_contact": _("Contact details"),
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
        # Asked when the organisation is created, so it is not discovered missing at
        # publish (Art. 13(1)(a): the controller's contact details). Older organisations
        # without one can still be edited; the checker then flags it.
        self.fields["email"].required = self.instance.pk is None
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
        """For the script that hides the representative fields: the EU/EEA countries, where
        no representative is needed (same test as the checker)."""
        return " ".join(sorted(code for code in EEA_COUNTRIES if not representative_needed(code)))

    def selected_country(self) -> str:
        if self.is_bound:
            return self.data.get(self.add_prefix("country"), "") or ""
        return self.initial.get("country") or getattr(self.instance, "country", "") or "FI"

    def representative_needed(self) -> bool:
        return representative_needed(self.selected_country())

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
        if not representative_needed(country):
            # Hidden in the browser for EU/EEA controllers; a value posted anyway is dropped
            # rather than shown in the notice.
            for name in self.REPRESENTATIVE_FIELDS:
                cleaned[name] = ""
        return cleaned

    @property
    def service_data(self) -> dict:
        """The cleaned values in the shape organisation_create/organisation_update take."""
        return {name: self.cleaned_data.get(name, "") for name in self.Meta.fields}


# --- Notice wizard -------------------------------------------------------------------------

# Free text that the user writes once per output language (answers.LText), one input per
# language side by side. Inputs for languages not chosen are kept as hidden inputs so that
# text typed earlier survives while the user switches a language off and on again.
OUTPUT_LANGUAGES = notice_languages.CODES
LANGUAGE_INPUT_LABELS = {language.code: language.ui_input_label for language in notice_languages.NOTICE_LANGUAGES}
LANGUAGE_CHOICES = [(language.code, language.ui_name) for language in notice_languages.NOTICE_LANGUAGES]
TEXT_MAX = 2000  # a paragraph; long enough for any answer, short enough for a notice
NAME_MAX = 200
ROW_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,24}$")


def ui_language() -> str:
    """The catalogue language matching the active UI language (English for a UI language
    that is no notice language)."""
    code = (get_language() or notice_languages.DEFAULT)[:2]
    return code if code in notice_languages.CODES else "en"


def language_name(code: str) -> str:
    """A language named in the active UI language. The catalogues name languages only in
    Finnish and English; settings.LANGUAGES goes through gettext, so Swedish too."""
    return str(dict(settings.LANGUAGES).get(code, code))


def new_row_id() -> str:
    return secrets.token_urlsafe(6)


class LTextWidget(forms.MultiWidget):
    template_name = "notices/widgets/ltext.html"

    def __init__(self, languages=OUTPUT_LANGUAGES, multiline=False, attrs=None, placeholders=None):
        self.languages = [code for code in OUTPUT_LANGUAGES if code in languages] or [notice_languages.DEFAULT]
        self.multiline = multiline
        # Per language, e.g. a catalogue entry's examples in that language.
        self.placeholders = dict(placeholders or {})
        widgets = {}
        for code in OUTPUT_LANGUAGES:
            if code not in self.languages:
                widgets[code] = forms.HiddenInput()
                continue
            input_attrs = {"class": "form-control", "lang": code}
            if self.placeholders.get(code):
                input_attrs["placeholder"] = self.placeholders[code]
            if multiline:
                # Descriptions are sentences: a low textarea that grows with its text
                # (static/js/app.js, CSS field-sizing) so nothing typed is hidden.
                input_attrs.update({"rows": 2, "class": "form-control ltext-multiline", "data-autosize": "1"})
                widgets[code] = forms.Textarea(attrs=input_attrs)
            else:
                widgets[code] = forms.TextInput(attrs=input_attrs)
        super().__init__(widgets, attrs)

    def decompress(self, value):
        value = value if isinstance(value, dict) else {}
        return [str(value.get(code) or "") for code in OUTPUT_LANGUAGES]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for code, subwidget in zip(OUTPUT_LANGUAGES, context["widget"]["subwidgets"], strict=True):
            subwidget["language_label"] = LANGUAGE_INPUT_LABELS[code]
            subwidget["shown"] = code in self.languages
        context["widget"]["columns"] = len(self.languages)
        return context


class LTextField(forms.MultiValueField):
    """A free-text answer in each output language: cleans to {"fi": ..., "sv": ...} without
    empty languages. Whether a language must be filled is the completeness check's call."""

    def __init__(self, *, languages=OUTPUT_LANGUAGES, multiline=False, max_length=TEXT_MAX, placeholders=None, **kwargs):
        fields = [
            forms.CharField(
                required=False,
                max_length=max_length,
                error_messages={
                    "max_length": format_lazy("{}: {}", LANGUAGE_INPUT_LABELS[code], _("at most %(limit_value)d characters (now %(show_value)d)."))
                },
            )
            for code in OUTPUT_LANGUAGES
        ]
        kwargs.setdefault("required", False)
        super().__init__(fields, widget=LTextWidget(languages=languages, multiline=multiline, placeholders=placeholders), require_all_fields=False, **kwargs)

    def compress(self, data_list):
        values = [(value or "").strip() for value in (data_list or [])]
        return {code: value for code, value in zip(OUTPUT_LANGUAGES, values, strict=False) if value}

    def has_changed(self, initial, data):
        return self.compress(self.widget.decompress(initial) if isinstance(initial, dict) else initial) != self.compress(data)


def ltext_filled(value) -> bool:
    return isinstance(value, dict) and any(value.values())


class SharedChoicesMixin:
    """Copies of the field (one per form, per row) share its choices instead of deep-copying
    them: Django's ChoiceField.__deepcopy__ copies every (lazy) label, which was a large
    part of building a step's rows (issue 14). Choices are never changed in place: a form
    that needs others assigns new ones (field.choices = ...), which the copy then owns."""

    def __deepcopy__(self, memo):
        result = forms.Field.__deepcopy__(self, memo)
        result._choices = copy.copy(self._choices)
        return result


class CatalogueChoiceField(SharedChoicesMixin, forms.ChoiceField):
    """A single catalogue code; labels (and help texts) follow the active UI language, so
    they are looked up when the form renders, not when this module is imported."""

    def __init__(self, catalogue, *, blank_label=None, exclude=(), widget=None, **kwargs):
        self.catalogue, self.blank_label, self.exclude = catalogue, blank_label, frozenset(exclude)
        kwargs.setdefault("required", False)
        super().__init__(choices=self._catalogue_choices, widget=widget or forms.Select(attrs={"class": "form-select"}), **kwargs)
        self.error_messages["invalid_choice"] = _("Choose one of the options.")

    def _catalogue_choices(self):
        return _memo(("choices", type(self), self.exclude), (self.catalogue, self.blank_label, getattr(self, "plain", None)), self._build_choices)

    def _build_choices(self, language):
        choices = [(code, label) for code, label in self.catalogue.choices(language) if code not in self.exclude]
        return [("", self.blank_label), *choices] if self.blank_label is not None else choices

    @property
    def help_map(self) -> dict:
        return _memo(("help", type(self)), (self.catalogue, getattr(self, "plain", None)), self._build_help_map)

    def _build_help_map(self, language):
        return {entry.code: entry.help(language) for entry in self.catalogue if entry.help(language)}


# Catalogue choices and help texts, per field kind, catalogue and UI language: a step page
# iterates them once per row and option, and building them each time (with the language
# lookups) was a tenth of a step page (issue 14). The catalogues are read-only; the
# objects are kept with the value, so a key is never answered for another catalogue.
# Lazy labels (a blank label) stay lazy: they still follow the request's language.
_memo_cache: dict = {}


def _memo(kind: tuple, objects: tuple, build):
    language = ui_language()
    return remembered_for(_memo_cache, objects, lambda: build(language), key=(*kind, language))


class PlainChoiceField(CatalogueChoiceField):
    """A legal choice asked in plain words: each option is a question about the business
    (content/plain.py) and its legal term is the option's small print (help_map)."""

    def __init__(self, catalogue, *, plain: dict, **kwargs):
        self.plain = plain
        kwargs.setdefault("widget", forms.RadioSelect)
        super().__init__(catalogue, **kwargs)

    def _build_choices(self, language):
        # The plain questions' order: the most common answer first.
        codes = [code for code in self.plain if code in self.catalogue and code not in self.exclude]
        codes += [code for code in self.catalogue.codes if code not in codes and code not in self.exclude]
        choices = [(code, plain_question(self.plain, code, language) or self.catalogue.label(code, language)) for code in codes]
        return [("", self.blank_label), *choices] if self.blank_label is not None else choices

    def _build_help_map(self, language):
        return {entry.code: legal_term(self.catalogue, entry.code, language) for entry in self.catalogue}


class CatalogueMultipleField(SharedChoicesMixin, forms.MultipleChoiceField):
    """Catalogue codes as checkboxes, each with its help text."""

    def __init__(self, catalogue, **kwargs):
        self.catalogue = catalogue
        kwargs.setdefault("required", False)
        super().__init__(choices=self._catalogue_choices, widget=forms.CheckboxSelectMultiple, **kwargs)
        self.error_messages["invalid_choice"] = _("Choose only from the options shown.")

    def _catalogue_choices(self):
        return _memo(("choices", type(self)), (self.catalogue,), self.catalogue.choices)

    @property
    def help_map(self) -> dict:
        return _memo(("help", type(self)), (self.catalogue,), self._build_help_map)

    def _build_help_map(self, language):
        return {entry.code: entry.help(language) for entry in self.catalogue if entry.help(language)}


class YesNoField(SharedChoicesMixin, forms.TypedChoiceField):
    """A yes/no question the notice must answer explicitly (unanswered stays None)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(
            choices=[("yes", _("Yes")), ("no", _("No"))],
            coerce=lambda value: value == "yes",
            empty_value=None,
            widget=forms.RadioSelect,
            **kwargs,
        )
        self.error_messages["invalid_choice"] = _("Answer yes or no.")

    def prepare_value(self, value):
        if value is True:
            return "yes"
        if value is False:
            return "no"
        return value


def yes_no_initial(value):
    return {True: "yes", False: "no"}.get(value)


class WizardForm(forms.Form):
    """Base for the wizard's forms: knows the notice's output languages (for LText fields)
    and styles plain inputs for Bootstrap."""

    def __init__(self, *args, languages=OUTPUT_LANGUAGES, **kwargs):
        self.languages = list(languages)
        # Django's BaseForm copies self.base_fields: here the class's fields already set up
        # for these languages, so a step's rows do not each build their language widgets.
        self.base_fields = _fields_for_languages(type(self), tuple(self.languages))
        super().__init__(*args, **kwargs)


class _PreparedFields(dict):
    """Prepared base_fields: BaseForm deep-copies them for every form, and Python's
    deepcopy (copy.copy through __reduce_ex__ for each field, widget, sub-field and
    sub-widget) was most of building a step's rows (issue 14). The copies are made
    directly, as each class's own __deepcopy__ makes them; a field or widget with any
    other copying goes through copy.deepcopy."""

    def __deepcopy__(self, memo):
        return {name: _copy_field(field, memo) for name, field in self.items()}


def _copies_plainly(cls) -> bool:
    """Whether copy.copy(obj) of this class is a new instance with the same __dict__."""
    plain = _plain_classes.get(cls)
    if plain is None:
        plain = (
            cls.__reduce_ex__ is object.__reduce_ex__
            and cls.__reduce__ is object.__reduce__
            and cls.__getstate__ is object.__getstate__
            and not hasattr(cls, "__copy__")
            and not hasattr(cls, "__setstate__")
            and "__slots__" not in {name for klass in cls.__mro__ for name in vars(klass)}
        )
        _plain_classes[cls] = plain
    return plain


_plain_classes: dict = {}


def _clone(obj):
    new = type(obj).__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    return new


_FIELD_COPIES = frozenset({forms.Field.__deepcopy__, forms.ChoiceField.__deepcopy__, forms.MultiValueField.__deepcopy__, SharedChoicesMixin.__deepcopy__})
_WIDGET_COPIES = frozenset({forms.Widget.__deepcopy__, ChoiceWidget.__deepcopy__, forms.MultiWidget.__deepcopy__})


def _copy(obj, memo, methods, fill):
    """obj's deep copy as its class's own __deepcopy__ (one of ``methods``) makes it: a
    clone of its __dict__ that ``fill(clone, method)`` completes. Anything else, and an
    object already copied in this memo, as copy.deepcopy has it."""
    if id(obj) in memo:
        return memo[id(obj)]
    method = type(obj).__deepcopy__
    if method not in methods or not _copies_plainly(type(obj)):
        return copy.deepcopy(obj, memo)
    result = memo[id(obj)] = _clone(obj)
    fill(result, method)
    return result


def _copy_field(field, memo):
    def fill(result, method):  # forms.Field.__deepcopy__ and its subclasses' additions
        # A language text's per-language inputs are set up once (LTextWidget.__init__) and then
        # only read, unless the text is required or localised or given a type (Django then sets
        # attributes on them: BoundField.build_widget_attrs, MultiWidget.get_context; the
        # wizard's forms do none of these): copies share them.
        share_inputs = isinstance(field, LTextField) and isinstance(field.widget, LTextWidget) and not (field.required or field.localize)
        result.widget = _copy_widget(field.widget, memo, share_inputs=share_inputs)
        result.error_messages = field.error_messages.copy()
        result.validators = field.validators[:]
        if method is forms.ChoiceField.__deepcopy__:
            result._choices = copy.deepcopy(field._choices, memo)
        elif method is SharedChoicesMixin.__deepcopy__:
            result._choices = copy.copy(field._choices)
        elif method is forms.MultiValueField.__deepcopy__:
            # A language text's per-language CharFields only ever clean values (nothing sets
            # anything on them once made): its copies share them, as they share labels.
            shared = isinstance(field, LTextField)
            result.fields = field.fields if shared else tuple(_copy_field(sub, memo) for sub in field.fields)

    return _copy(field, memo, _FIELD_COPIES, fill)


def _copy_widget(widget, memo, *, share_inputs: bool = False):
    def fill(result, method):  # forms.Widget.__deepcopy__ and its subclasses' additions
        result.attrs = widget.attrs.copy()
        if method is ChoiceWidget.__deepcopy__:
            choices = widget.choices
            if type(choices) is list and type(widget).choices is ChoiceWidget.choices:
                # Already normalised: normalising a copy again gives an equal list.
                result._choices = list(choices)
            else:
                result.choices = copy.copy(choices)
        if method is forms.MultiWidget.__deepcopy__:
            if share_inputs:
                result.widgets = widget.widgets
            else:
                inner: dict = {}  # MultiWidget deep-copies its widgets with a memo of their own
                result.widgets = [_copy_widget(sub, inner) for sub in widget.widgets]

    return _copy(widget, memo, _WIDGET_COPIES, fill)


# {(form class, languages): its base_fields with the language widgets and Bootstrap classes},
# made once: the form classes and the language choices are few, and the fields are only
# ever copied from (each form gets its own deep copy, as from base_fields).
_fields_by_languages: dict = {}
# {(languages, registers): CategoriesForm's per-category fields}, as above.
_category_fields: dict = {}


def _fields_for_languages(form_class, languages: tuple) -> dict:
    key = (form_class, languages)
    fields = _fields_by_languages.get(key)
    if fields is None:
        fields = _PreparedFields(copy.deepcopy(form_class.base_fields))
        for field in fields.values():
            if isinstance(field, LTextField):
                widget = field.widget
                field.widget = LTextWidget(languages=languages, multiline=widget.multiline, placeholders=widget.placeholders)
            elif isinstance(field.widget, forms.TextInput | forms.EmailInput | forms.URLInput | forms.Textarea):
                field.widget.attrs.setdefault("class", "form-control")
            elif isinstance(field.widget, forms.Select) and not isinstance(field.widget, forms.RadioSelect):
                field.widget.attrs.setdefault("class", "form-select")
        _fields_by_languages[key] = fields
    return fields


class RowForm(WizardForm):
    """One repeated row. ``id`` is the row's stable identifier; a missing or tampered id is
    replaced rather than refused, the user never sees it."""

    id = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    # Fields that, when all empty, make the row an empty one that is simply dropped.
    content_fields: tuple[str, ...] = ()

    def clean_id(self):
        value = self.cleaned_data.get("id") or ""
        return value if ROW_ID_RE.match(value) else ""

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        for name in self.content_fields:
            value = data.get(name)
            if ltext_filled(value) if isinstance(value, dict) else bool(value):
                return False
        return True

    def row(self) -> dict:
        return dict(self.cleaned_data)


class RowFormSet(forms.BaseFormSet):
    """Rows of one RowForm. Extra keyword arguments for every form (the output languages,
    the purposes' register choices) go in ``form_kwargs``: Django passes them to the
    empty form too."""

    def rows(self) -> list[dict]:
        """The non-blank rows, in order, each with a unique stable id."""
        rows, seen = [], set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.is_blank():
                continue
            row = form.row()
            if not row.get("id") or row["id"] in seen:
                row["id"] = new_row_id()
            seen.add(row["id"])
            rows.append(row)
        return rows


# --- Step forms: one per wizard step (see notices/wizard.py for how they are stored) ---


class NoticeCreateForm(forms.Form):
    # Languages first: every free-text answer is then asked only in these.
    languages = forms.MultipleChoiceField(
        label=_("Languages of the notice"),
        choices=LANGUAGE_CHOICES,
        initial=list(notice_languages.INITIAL),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Free-text answers are asked only in the languages you choose."),
        error_messages={"required": _("Choose at least one language.")},
    )
    templates = forms.MultipleChoiceField(
        label=_("What does your business keep data for?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose one or several and the notice starts filled in, one register each. Choose none to start from a blank notice."),
        error_messages={"invalid_choice": _("Choose only from the options shown.")},
    )
    title = forms.CharField(
        label=_("Name of the notice (optional with a template)"),
        max_length=NAME_MAX,
        required=False,
        help_text=_("For example “Customer register” or “Recruitment”. You can change it later."),
        widget=forms.TextInput(attrs={"class": "form-control"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["templates"].choices = template_field_choices()
        self.fields["templates"].help_map = template_help_map()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("templates") and not (cleaned.get("title") or "").strip() and "title" not in self.errors:
            self.add_error("title", _("Give the notice a name, or choose a template above."))
        return cleaned


def template_field_choices():
    return [(code, name) for code, name, _description in template_choices(ui_language())]


def template_help_map() -> dict:
    return {code: description for code, _name, description in template_choices(ui_language())}


class NoticeTemplatesForm(forms.Form):
    """Change the templates of an existing notice: the user's own rows and texts stay."""

    templates = forms.MultipleChoiceField(
        label=_("Templates used in this notice"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose only from the options shown.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["templates"].choices = template_field_choices()
        self.fields["templates"].help_map = template_help_map()


class ContactForm(WizardForm):
    """The contact person for register matters (answers["contact"]); the controller step
    shows it under the organisation's own details (OrganisationForm)."""

    name = forms.CharField(label=_("Name"), max_length=200, required=False, help_text=_("The person who answers questions about the register."))
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    address = forms.CharField(label=_("Address"), max_length=400, required=False, help_text=_("Leave empty if it is the controller's address."))

    def contact(self) -> dict:
        return {name: value.strip() for name, value in self.cleaned_data.items() if isinstance(value, str) and value.strip()}


class RegisterForm(RowForm):
    name = LTextField(label=_("Register name"), max_length=NAME_MAX)
    content_fields = ("name",)


class JointControllerForm(RowForm):
    name = forms.CharField(label=_("Legal name"), max_length=NAME_MAX, required=False)
    business_id = forms.CharField(label=_("Business ID"), max_length=40, required=False, help_text=_("Y-tunnus, or a foreign registration number."))
    country = CatalogueChoiceField(COUNTRIES, label=_("Country"), blank_label=_("Choose …"))
    content_fields = ("name", "business_id")

    def clean(self):
        data = super().clean()
        if self.is_blank():
            return data
        if not data.get("name"):
            self.add_error("name", _("Give the controller's legal name."))
        business_id = " ".join((data.get("business_id") or "").split())
        if not business_id:
            self.add_error("business_id", _("Give the business ID."))
        elif (data.get("country") or "FI") == "FI":
            try:
                validate_business_id(business_id)
            except forms.ValidationError as error:
                self.add_error("business_id", error)
        data["business_id"] = business_id
        return data


class NoticeForm(WizardForm):
    title = LTextField(label=_("Title of the notice"), max_length=NAME_MAX, help_text=_("The heading readers see, e.g. “Asiakasrekisterin tietosuojaseloste”."))
    languages = forms.MultipleChoiceField(
        label=_("Languages of the notice"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Free-text answers are asked in each language you choose."),
        error_messages={"required": _("Choose at least one language."), "invalid_choice": _("Choose from the languages listed.")},
    )
    style = CatalogueChoiceField(STYLES, label=_("Style"), widget=forms.RadioSelect, required=True)
    data_subjects = CatalogueMultipleField(DATA_SUBJECTS, label=_("Whose data is processed?"))
    data_subjects_other = LTextField(label=_("Others, whom?"), max_length=NAME_MAX * 2, multiline=True)
    intro = LTextField(label=_("Opening paragraph (optional)"), multiline=True)
    joint_arrangement = LTextField(
        label=_("The essence of the joint controllers' arrangement"), multiline=True,
        help_text=_("Only with joint controllers: who is responsible for what, e.g. who answers data subjects' requests."),
    )
    joint_contact = LTextField(label=_("Whom data subjects contact about the joint processing"), max_length=NAME_MAX * 2)
    guardian_consent = YesNoField(
        label=_("If children under 13 use your service on the basis of consent, do you ask their guardian for consent?"),
        help_text=_("Only for services offered directly to children (Finnish Data Protection Act, section 5)."),
    )
    # The notice's own history, for a notice that existed before it was moved here.
    created_on = forms.DateField(
        label=_("First drawn up on (optional)"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("If this notice existed before, when it was first drawn up. Shown as “Created on” in the first version."),
    )
    updated_on = forms.DateField(
        label=_("Last changed on (optional)"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("When the existing notice was last changed."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["style"].error_messages["required"] = _("Choose the style of the notice.")
        for name in ("created_on", "updated_on"):
            self.fields[name].error_messages["invalid"] = _("Enter a date, e.g. 24.5.2019.")

    def clean(self):
        data = super().clean()
        created, updated = data.pop("created_on", None), data.pop("updated_on", None)
        today = date.today()
        for name, value in (("created_on", created), ("updated_on", updated)):
            if value and value > today:
                self.add_error(name, _("The date cannot be in the future."))
        if created and updated and updated < created:
            self.add_error("updated_on", _("The last change cannot be before the notice was first drawn up."))
        data["history"] = {key: value.isoformat() for key, value in (("created_on", created), ("updated_on", updated)) if value}
        return data


class RegisterRowForm(RowForm):
    """A row that belongs to one register or to all (answers: ``register`` = Register.id or
    ""). The choice is shown only when the notice has several registers."""

    register = forms.ChoiceField(label=_("Register"), required=False, choices=())

    def __init__(self, *args, registers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["register"].choices = [("", _("All registers")), *registers]
        self.show_register = len(registers) > 1
        self.fields["register"].error_messages["invalid_choice"] = _("Choose a register from the list.")


class PurposeForm(RegisterRowForm):
    description = LTextField(
        label=_("Purpose"), max_length=500, multiline=True, help_text=_("Why the data is processed, e.g. “Customer service and invoicing”.")
    )
    legal_basis = PlainChoiceField(
        LEGAL_BASES,
        plain=LEGAL_BASIS_QUESTIONS,
        label=_("Which of these fits best?"),
        help_text=_("Your answer is the legal basis of this purpose (GDPR Art. 6(1)); the legal term is under each option."),
    )
    legitimate_interest = LTextField(
        label=_("The legitimate interest"),
        multiline=True,
        help_text=_("Only for legitimate interests: describe the interest, e.g. “Developing our services based on customer feedback”."),
    )
    direct_marketing = YesNoField(
        label=_("Is this purpose direct marketing?"),
        help_text=_("Offers, newsletters or advertising sent or shown to people, by any channel."),
    )
    marketing_channels = CatalogueMultipleField(MARKETING_CHANNELS, label=_("Marketing channels"))
    marketing_existing_customers = forms.BooleanField(
        label=_("E-mail and text-message marketing goes only to our existing customers, about our own similar products"),
        required=False,
        help_text=_("Otherwise e-mail and text-message marketing to consumers needs their prior consent."),
    )
    content_fields = ("description", "legal_basis", "legitimate_interest")

    def clean(self):
        data = super().clean()
        if self.is_blank():
            return data
        if not ltext_filled(data.get("description")) and "description" not in self.errors:
            self.add_error("description", _("Describe the purpose."))
        if not data.get("legal_basis") and "legal_basis" not in self.errors:
            self.add_error("legal_basis", _("Choose the legal basis for this purpose."))
        if data.get("legal_basis") == "legitimate_interests":
            if not ltext_filled(data.get("legitimate_interest")) and "legitimate_interest" not in self.errors:
                self.add_error("legitimate_interest", _("Describe the legitimate interest: naming it is not enough."))
        else:
            data["legitimate_interest"] = {}
        if data.get("direct_marketing") is True:
            if not data.get("marketing_channels") and "marketing_channels" not in self.errors:
                self.add_error("marketing_channels", _("Choose at least one channel."))
        else:
            data["marketing_channels"] = []
            data["marketing_existing_customers"] = False
        return data


class FreeCategoryForm(RegisterRowForm):
    name = LTextField(label=_("Category"), max_length=NAME_MAX)
    details = LTextField(
        label=_("Details (optional)"), max_length=500, multiline=True, help_text=_("Examples of the data, e.g. “licence plate, vehicle model”.")
    )
    content_fields = ("name", "details")

    def clean(self):
        data = super().clean()
        if not self.is_blank() and not ltext_filled(data.get("name")) and "name" not in self.errors:
            self.add_error("name", _("Name the category."))
        return data


class CategoriesForm(WizardForm):
    codes = CatalogueMultipleField(DATA_CATEGORIES, label=_("Common categories"))
    special = YesNoField(
        label=_("Do you process special categories of personal data?"),
        help_text=_("Health, ethnic origin, political opinions, religion, trade-union membership, genetic or biometric data, sex life or sexual orientation."),
    )
    special_description = LTextField(label=_("Which special categories?"), multiline=True)
    special_condition = PlainChoiceField(
        SPECIAL_CONDITIONS,
        plain=SPECIAL_CONDITION_QUESTIONS,
        label=_("Why may you process this sensitive data?"),
        help_text=_("Your answer is the condition under GDPR Art. 9(2)."),
    )
    criminal = YesNoField(label=_("Do you process data on criminal convictions or offences?"))
    criminal_description = LTextField(label=_("What data, and on what grounds?"), multiline=True)
    criminal_basis = CatalogueChoiceField(
        CRIMINAL_BASES, label=_("Basis in Finnish law (Data Protection Act, section 7)"), blank_label=_("Choose …")
    )
    criminal_basis_details = LTextField(label=_("Which act?"), max_length=NAME_MAX)
    identity_code_basis = CatalogueChoiceField(
        IDENTITY_CODE_BASES, label=_("Why do you process personal identity codes? (Data Protection Act, section 29)"), blank_label=_("Choose …")
    )

    DETAILS_PREFIX = "details_"
    REGISTER_PREFIX = "register_"

    def __init__(self, *args, registers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.registers = list(registers)
        self.show_register = len(self.registers) > 1
        # Made once per languages and registers, then copied like base_fields: building
        # forty fields for every categories page was a fifth of it (issue 14).
        key = (tuple(self.languages), tuple(self.registers))
        prototypes = remembered(_category_fields, key, lambda: _PreparedFields(self._category_fields()), limit=256)
        self.fields.update(copy.deepcopy(prototypes))

    def _category_fields(self) -> dict:
        # One optional "which data exactly" field per catalogue category (answers Category.details),
        # shown under its checkbox once ticked. Its placeholder is the catalogue's examples:
        # what the notice says when the field is left empty.
        fields = {}
        for entry in DATA_CATEGORIES:
            fields[self.DETAILS_PREFIX + entry.code] = LTextField(
                label=_("Which data exactly? (optional)"),
                languages=self.languages,
                multiline=True,
                max_length=500,
                placeholders={code: entry.help(code) for code in OUTPUT_LANGUAGES},
            )
            fields[self.REGISTER_PREFIX + entry.code] = forms.ChoiceField(
                label=_("Register"),
                required=False,
                choices=[("", _("All registers")), *self.registers],
                widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
                error_messages={"invalid_choice": _("Choose a register from the list.")},
            )
        return fields

    def category_options(self) -> list[tuple]:
        """(checkbox, its details field) for each catalogue category, for the step template."""
        return [
            (option, self[self.DETAILS_PREFIX + str(option.data["value"])], self[self.REGISTER_PREFIX + str(option.data["value"])])
            for option in self["codes"]
        ]

    def register(self, code: str) -> str | None:
        """The register a ticked category belongs to; None when not posted (kept as stored)."""
        name = self.REGISTER_PREFIX + code
        if not self.show_register or self.add_prefix(name) not in self.data:
            return None
        return self.cleaned_data.get(name) or ""

    def details(self, code: str) -> dict | None:
        """The cleaned details of one category; None when the form did not post them at all
        (a hand-made POST), so that stored details are kept rather than erased."""
        name = self.DETAILS_PREFIX + code
        if name not in self.fields or not any(f"{self.add_prefix(name)}_{language}" in self.data for language in OUTPUT_LANGUAGES):
            return None
        return self.cleaned_data.get(name) or {}

    def clean(self):
        data = super().clean()
        if data.get("special"):
            if not data.get("special_condition") and "special_condition" not in self.errors:
                self.add_error("special_condition", _("Choose the Art. 9(2) condition that allows the processing."))
            if not ltext_filled(data.get("special_description")) and "special_description" not in self.errors:
                self.add_error("special_description", _("Tell which special categories you process."))
        if data.get("criminal") and not ltext_filled(data.get("criminal_description")) and "criminal_description" not in self.errors:
            self.add_error("criminal_description", _("Describe the data and the grounds for processing it."))
        if data.get("criminal") and not data.get("criminal_basis") and "criminal_basis" not in self.errors:
            self.add_error("criminal_basis", _("Choose the basis in Finnish law that allows processing criminal-offence data."))
        if data.get("criminal") and data.get("criminal_basis") == "law" and not ltext_filled(data.get("criminal_basis_details")):
            self.add_error("criminal_basis_details", _("Name the act."))
        if "personal_identity_code" in (data.get("codes") or []) and not data.get("identity_code_basis") and "identity_code_basis" not in self.errors:
            self.add_error("identity_code_basis", _("Choose why you may process personal identity codes."))
        return data


class OtherSourceForm(RowForm):
    name = LTextField(label=_("Source"), max_length=NAME_MAX)
    public = forms.BooleanField(label=_("Publicly available"), required=False)
    content_fields = ("name",)


class SourcesForm(WizardForm):
    items = CatalogueMultipleField(SOURCES, label=_("Where does the data come from?"))
    requirement = CatalogueChoiceField(REQUIREMENTS, label=_("Must the person provide the data?"), widget=forms.RadioSelect)
    consequences = LTextField(
        label=_("What follows if the person does not provide it?"),
        multiline=True,
        help_text=_("For example: “Providing the data is voluntary, but without it we cannot deliver the order.”"),
    )


class RetentionForm(RegisterRowForm):
    applies_to = LTextField(label=_("Data or purpose"), max_length=NAME_MAX, help_text=_("What this rule covers, e.g. “Customer data”."))
    preset = CatalogueChoiceField(RETENTION_PRESETS, label=_("Statutory period"), blank_label=_("None: we set the period ourselves"))
    period = LTextField(label=_("Period"), max_length=NAME_MAX, multiline=True, help_text=_("E.g. “2 years from the end of the customer relationship”."))
    criteria = LTextField(label=_("Or the criteria for the period"), multiline=True)
    categories = forms.MultipleChoiceField(
        label=_("Which data does this rule cover?"),
        required=False,
        choices=(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick the categories this period applies to. Leave all unticked if it applies to all data."),
    )
    content_fields = ("applies_to", "preset", "period", "criteria", "categories")

    def __init__(self, *args, categories=(), **kwargs):
        super().__init__(*args, **kwargs)
        # (Category.id, name) of the notice's categories: retention is checked per category.
        self.fields["categories"].choices = list(categories)
        self.fields["categories"].error_messages["invalid_choice"] = _("Choose only from the options shown.")
        self.show_categories = bool(categories)

    def clean(self):
        data = super().clean()
        if self.is_blank():
            return data
        if not data.get("preset") and not ltext_filled(data.get("period")) and not ltext_filled(data.get("criteria")) and not self.errors:
            self.add_error("period", _("Give a period, the criteria for it, or choose a statutory period."))
        has_subject = ltext_filled(data.get("applies_to")) or data.get("categories")
        if not data.get("preset") and not has_subject and "applies_to" not in self.errors:
            self.add_error("applies_to", _("Tell which data or purpose this rule covers."))
        return data


SERVICE_CODE_RE = re.compile(r"^[a-z0-9_]{1,60}$")
LIBRARY_FACTS = ("country", "role", "transfers")


class ServiceRowMixin:
    """Rows generated from the service library carry the library code (hidden), so that
    removing the service later removes exactly its rows, whatever the user edited."""

    def clean_service(self):
        value = (self.cleaned_data.get("service") or "").strip()
        return value if SERVICE_CODE_RE.match(value) else ""


class RecipientForm(ServiceRowMixin, RegisterRowForm):
    kind = CatalogueChoiceField(RECIPIENT_KINDS, label=_("Recipient"), blank_label=_("Choose …"))
    name = forms.CharField(label=_("Company name (optional)"), max_length=NAME_MAX, required=False)
    role = PlainChoiceField(RECIPIENT_ROLES, plain=RECIPIENT_ROLE_QUESTIONS, label=_("What does this recipient do with the data?"))
    frequency = CatalogueChoiceField(
        RECIPIENT_FREQUENCIES, label=_("How often?"), blank_label=_("Choose …"),
        help_text=_("“Only when needed”: e.g. authorities on request, a business sale, debt collection."),
    )
    country = CatalogueChoiceField(COUNTRIES, label=_("Country"), blank_label=_("Not known / varies"))
    description = LTextField(label=_("What they do or receive (optional)"), max_length=500, multiline=True)
    service = forms.CharField(required=False, max_length=60, widget=forms.HiddenInput)
    # The library facts nobody has confirmed for this service: the checker asks about them.
    unknown = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    content_fields = ("kind", "name", "role", "description")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.initial.get("unknown"), list):
            self.initial["unknown"] = ",".join(str(fact) for fact in self.initial["unknown"])

    def clean_unknown(self):
        value = self.cleaned_data.get("unknown") or ""
        return [fact for fact in value.split(",") if fact in LIBRARY_FACTS]

    def clean(self):
        data = super().clean()
        if self.is_blank():
            return data
        if not data.get("kind") and not data.get("name") and "kind" not in self.errors:
            self.add_error("kind", _("Choose the kind of recipient or give its name."))
        if not data.get("frequency"):
            data["frequency"] = recipient_frequency({"kind": data.get("kind")})
        # A regular recipient's country is known; we never fill in Finland for the user. A
        # library service whose country nobody confirmed stays empty: the checker asks.
        if data["frequency"] == "regular" and not data.get("country") and not data.get("service") and "country" not in self.errors:
            self.add_error("country", _("Choose the country. Only a recipient used only when needed may have an unknown country."))
        return data


class RecipientsForm(WizardForm):
    pass


class TransfersForm(WizardForm):
    any = YesNoField(
        label=_("Is any personal data transferred outside the EU/EEA?"),
        help_text=_("Also count cloud services and processors whose servers or support are outside the EU/EEA."),
    )


class TransferForm(ServiceRowMixin, RowForm):
    country = CatalogueChoiceField(TRANSFER_DESTINATIONS, label=_("Country"), blank_label=_("Choose …"))
    recipient = forms.CharField(label=_("Recipient"), max_length=NAME_MAX, required=False)
    safeguard = PlainChoiceField(
        SAFEGUARDS, plain=SAFEGUARD_QUESTIONS, label=_("What makes this transfer safe?"), exclude=("privacy_shield",),
        help_text=_("Your answer is the transfer safeguard (GDPR Art. 44–49)."),
    )
    details = LTextField(
        label=_("Details (optional)"), max_length=500, multiline=True, help_text=_("E.g. how to get a copy of the standard contractual clauses.")
    )
    service = forms.CharField(required=False, max_length=60, widget=forms.HiddenInput)
    recipient_id = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    # From the library: is this recipient certified under the EU–US Data Privacy Framework?
    dpf_certified = forms.NullBooleanField(required=False, widget=forms.HiddenInput)
    content_fields = ("country", "recipient", "safeguard", "details")

    def clean_recipient_id(self):
        value = self.cleaned_data.get("recipient_id") or ""
        return value if ROW_ID_RE.match(value) else ""

    def clean(self):
        data = super().clean()
        if self.is_blank():
            return data
        country, safeguard = data.get("country"), data.get("safeguard")
        if not country and "country" not in self.errors:
            self.add_error("country", _("Choose the country the data goes to."))
        if not safeguard and "safeguard" not in self.errors:
            self.add_error("safeguard", _("Choose the safeguard for this transfer."))
        if country and safeguard == "adequacy" and country not in adequacy_countries():
            self.add_error("safeguard", _("This country has no adequacy decision. Choose another safeguard."))
        if safeguard == "dpf" and country and country != "US":
            self.add_error("safeguard", _("The Data Privacy Framework covers only certified companies in the United States."))
        elif safeguard == "dpf" and data.get("dpf_certified") is False and "safeguard" not in self.errors:
            self.add_error(
                "safeguard", _("This company is not certified under the Data Privacy Framework. Choose another safeguard, e.g. standard contractual clauses.")
            )
        return data


def adequacy_countries() -> set[str]:
    """The countries the wizard accepts "adequacy decision" for: the same list publishing uses."""
    return set((adequacy_from_db() or ADEQUACY).codes)


class SecurityForm(WizardForm):
    measures = CatalogueMultipleField(SECURITY_MEASURES, label=_("How is the data protected?"))
    other = LTextField(label=_("Other measures (optional)"), multiline=True)


class AutomatedForm(WizardForm):
    decisions = YesNoField(
        label=_("Are decisions made solely by automated means?"),
        help_text=_("Decisions with legal or similarly significant effects made without a person, e.g. automatic credit refusal."),
    )
    profiling = YesNoField(
        label=_("Do you profile people?"), help_text=_("Evaluating personal aspects automatically, e.g. targeting offers based on purchase history.")
    )
    exception = CatalogueChoiceField(
        AUTOMATED_EXCEPTIONS, label=_("What allows these decisions?"), widget=forms.RadioSelect, help_text=_("GDPR Art. 22(2) allows them only in these cases.")
    )
    logic = LTextField(label=_("The logic involved"), multiline=True)
    consequences = LTextField(label=_("Significance and consequences for the person"), multiline=True)

    def clean(self):
        data = super().clean()
        if data.get("decisions") and not data.get("exception") and "exception" not in self.errors:
            self.add_error("exception", _("Choose the exception that allows the automated decisions."))
        if data.get("decisions") or data.get("profiling"):
            if not ltext_filled(data.get("logic")) and "logic" not in self.errors:
                self.add_error("logic", _("Describe the logic: what data is used and how."))
            if not ltext_filled(data.get("consequences")) and "consequences" not in self.errors:
                self.add_error("consequences", _("Describe what the processing means for the person."))
        return data


class CookiesForm(WizardForm):
    used = YesNoField(label=_("Does your website use cookies or similar technologies?"))
    categories = CatalogueMultipleField(COOKIE_CATEGORIES, label=_("Kinds of cookies"))
    how_to_refuse = LTextField(
        label=_("How can a visitor refuse or withdraw consent?"),
        multiline=True,
        help_text=_("E.g. “Through the cookie settings link at the bottom of every page, or in the browser settings.”"),
    )
    consent_asked = YesNoField(
        label=_("Does your site ask for consent before setting other than strictly necessary cookies?"),
        help_text=_(
            "Analytics and marketing cookies need the visitor's active consent: no pre-ticked boxes, and refusing must be as easy as accepting (Traficom)."
        ),
    )
    refusal_method = CatalogueChoiceField(COOKIE_REFUSAL_METHODS, label=_("Where can a visitor refuse cookies?"), widget=forms.RadioSelect)


class CookieToolForm(ServiceRowMixin, RowForm):
    name = forms.CharField(label=_("Tool"), max_length=NAME_MAX, required=False, help_text=_("E.g. “Google Analytics”."))
    provider = forms.CharField(label=_("Provider"), max_length=NAME_MAX, required=False)
    category = CatalogueChoiceField(COOKIE_CATEGORIES, label=_("Kind"), blank_label=_("Choose …"))
    purpose = LTextField(label=_("Purpose"), max_length=500, multiline=True)
    service = forms.CharField(required=False, max_length=60, widget=forms.HiddenInput)
    # The library's cookie names and lifetimes, carried through the form as JSON.
    cookies = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)
    content_fields = ("name", "provider", "category", "purpose")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.initial.get("cookies"), list):
            self.initial["cookies"] = json.dumps(self.initial["cookies"], ensure_ascii=False)

    def clean_cookies(self):
        try:
            value = json.loads(self.cleaned_data.get("cookies") or "[]")
        except ValueError:
            return []
        cookies = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                lifetime = item.get("lifetime") if isinstance(item.get("lifetime"), dict) else {}
                cookies.append({"name": item["name"][:100], "lifetime": {k: str(v)[:60] for k, v in lifetime.items() if k in OUTPUT_LANGUAGES}})
        return cookies[:20]

    def clean(self):
        data = super().clean()
        if not self.is_blank() and not data.get("name") and "name" not in self.errors:
            self.add_error("name", _("Name the tool."))
        return data


class RightsForm(WizardForm):
    request_email = forms.EmailField(
        label=_("E-mail for requests"), required=False, help_text=_("Where people send requests to see, correct or erase their data.")
    )
    request_address = forms.CharField(label=_("Postal address for requests"), max_length=400, required=False)
    request_other = LTextField(label=_("Other ways to make a request (optional)"), max_length=500, multiline=True)
    changes = LTextField(
        label=_("How are changes to the notice announced?"),
        multiline=True,
        help_text=_("E.g. “We publish the updated notice on our website and tell about significant changes by e-mail.”"),
    )
    laws = CatalogueMultipleField(LAWS, label=_("Laws applied (optional)"))
    processor_role = LTextField(
        label=_("Do you also process data on behalf of your customers? (optional)"),
        multiline=True,
        help_text=_("If you act as a processor for your customers' registers, explain it here."),
    )

