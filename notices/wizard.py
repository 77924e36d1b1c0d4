"""The notice wizard: which forms each step shows, how a step's stored answers become form
values and back (the shape is notices/content/answers.py), and adding/removing repeated
rows without JavaScript. Views stay thin; saving goes through services.notice_save_step."""

import re
from dataclasses import dataclass, field
from types import MappingProxyType

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from . import forms as wf
from .content import catalogues, service_library
from .content.builder import as_dict, as_dicts, as_list, ltext
from .content.languages import DEFAULT as DEFAULT_LANGUAGE
from .content.rights import cookie_signs
from .content.service_library import chosen_services, library_from_db
from .content.steps import STEP_KEYS, STEPS
from .content.templates import service_groups as template_service_groups
from .content.templates import sign_texts as template_sign_texts
from .memo import RecentlyUsed
from .models import Notice, Organisation

MAX_ROWS = 30
MAX_REGISTERS = 10


def notice_languages(notice: Notice) -> list[str]:
    """The notice's output languages (the first is the default); Finnish when unset."""
    languages = as_list(as_dict(as_dict(notice.answers).get("notice")).get("languages"))
    return [code for code in languages if code in wf.OUTPUT_LANGUAGES] or [DEFAULT_LANGUAGE]


def ltext_text(value, languages) -> str:
    """One language's text of an LText: the first of ``languages`` that is filled."""
    return next((text for code in [*languages, *wf.OUTPUT_LANGUAGES] if (text := ltext(value, code))), "")


@dataclass
class RowsSpec:
    """One kind of repeated rows in a step: its formset, its texts, and where and how its
    rows are stored in the step's answer."""

    prefix: str
    form_class: type
    template: str  # the row's fields: notices/wizard/rows/<template>.html
    legend: str
    add_label: str
    help_text: str = ""
    # The answer key holding the rows; "" when the step's whole answer is the list of rows.
    stored_at: str = "items"
    keys: tuple[str, ...] = ()  # what a stored row keeps besides its id
    # Kept only when set: the service-library links, absent from rows the user typed.
    optional_keys: tuple[str, ...] = ()
    max_num: int = MAX_ROWS
    # Defaults for a newly added row, e.g. the recipient's country.
    defaults: dict = field(default_factory=dict)
    # Rows most notices never have (joint controllers): no empty row is offered up front,
    # and a post without this formset at all counts as no rows rather than an error.
    optional: bool = False

    @property
    def row_template(self) -> str:
        return f"notices/wizard/rows/{self.template}.html"


@dataclass
class Rows:
    """A bound or unbound formset with what its template needs (the _rows.html fragment)."""

    spec: RowsSpec
    formset: wf.RowFormSet

    @property
    def prefix(self) -> str:
        return self.spec.prefix

    @property
    def full(self) -> bool:
        return self.formset.total_form_count() >= self.spec.max_num


@dataclass
class StepForms:
    forms: dict  # name → form, in display order
    rows: dict  # prefix → Rows
    errors: list = field(default_factory=list)  # step-level messages

    def is_valid(self) -> bool:
        valid = all(form.is_valid() for form in self.forms.values())
        valid = all(rows.formset.is_valid() for rows in self.rows.values()) and valid
        return valid and not self.errors

    def row_data(self, prefix: str) -> list[dict]:
        return self.rows[prefix].formset.rows()


class Step:
    key = ""
    main_form: type | None = None
    rows_specs: tuple[RowsSpec, ...] = ()

    def __init__(self, notice: Notice):
        self.notice = notice
        self.answers = as_dict(notice.answers)
        self.stored = self.answers.get(self.key)
        self.languages = notice_languages(notice)

    @property
    def template(self) -> str:
        return f"notices/wizard/steps/{self.key}.html"

    def initial(self) -> dict:
        initial = dict(as_dict(self.stored))
        for name, form_field in self.main_form.base_fields.items() if self.main_form else ():
            if isinstance(form_field, wf.YesNoField):
                initial[name] = wf.yes_no_initial(initial.get(name))
        return initial

    def rows_initial(self, spec: RowsSpec) -> list[dict]:
        return as_dicts(as_dict(self.stored).get(spec.stored_at) if spec.stored_at else self.stored)

    def main_form_kwargs(self) -> dict:
        return {}

    def registers(self) -> list[tuple[str, str]]:
        registers = as_dicts(as_dict(self.answers.get("notice")).get("registers"))
        return [(row["id"], ltext_text(row.get("name"), self.languages) or "?") for row in registers if row.get("id")]

    def form_kwargs(self, spec: RowsSpec) -> dict:
        """Keyword arguments for every form of the spec's formset."""
        kwargs = {"languages": self.languages}
        if issubclass(spec.form_class, wf.RegisterRowForm):
            kwargs["registers"] = self.registers()
        return kwargs

    def build(self, data: QueryDict | None = None) -> StepForms:
        forms = {}
        if self.main_form is not None:
            forms["main"] = self.main_form(data, prefix=self.key, initial=self.initial(), languages=self.languages, **self.main_form_kwargs())
        rows = {}
        for spec in self.rows_specs:
            initial = self.rows_initial(spec)
            # A first empty row invites the user to fill it in, until something is stored.
            extra = 0 if (data is not None or initial or spec.optional) else 1
            if spec.optional and data is not None and f"{spec.prefix}-TOTAL_FORMS" not in data:
                data = data.copy()
                data[f"{spec.prefix}-TOTAL_FORMS"], data[f"{spec.prefix}-INITIAL_FORMS"] = "0", "0"
            formset_class = wf.forms.formset_factory(
                spec.form_class, formset=wf.RowFormSet, extra=extra, max_num=spec.max_num, absolute_max=spec.max_num, validate_max=True
            )
            formset = formset_class(data, prefix=spec.prefix, initial=initial, form_kwargs=self.form_kwargs(spec))
            rows[spec.prefix] = Rows(spec, formset)
        return StepForms(forms, rows)

    def extra_context(self) -> dict:
        """What the step's template shows besides its forms."""
        return {}

    def validate(self, step_forms: StepForms) -> None:
        """Cross-form checks; add messages to step_forms.errors or to a form field."""

    def storedas_dicts(self, step_forms: StepForms, spec: RowsSpec) -> list[dict]:
        return [
            {
                "id": row["id"],
                **{key: row.get(key) for key in spec.keys},
                **{key: row[key] for key in spec.optional_keys if row.get(key) not in (None, "", [])},
            }
            for row in step_forms.row_data(spec.prefix)
        ]

    def to_data(self, step_forms: StepForms):
        """The step's answer: the main form's answered values plus each kind of rows at
        its key, or just the rows where the answer is a list (purposes, retention)."""
        if len(self.rows_specs) == 1 and not self.rows_specs[0].stored_at:
            return self.storedas_dicts(step_forms, self.rows_specs[0])
        main = step_forms.forms.get("main")
        # An unanswered yes/no question (None) stays absent from the answers.
        data = {key: value for key, value in main.cleaned_data.items() if value is not None} if main is not None else {}
        for spec in self.rows_specs:
            data[spec.stored_at] = self.storedas_dicts(step_forms, spec)
        return data


class ControllerStep(Step):
    key = "controller"

    def build(self, data=None) -> StepForms:
        organisation = self.notice.organisation
        # A copy: a ModelForm writes cleaned values onto its instance while validating, and
        # the service compares against the real one to record what changed.
        instance = Organisation.objects.get(pk=organisation.pk)
        return StepForms(
            {
                "organisation": wf.OrganisationForm(data, instance=instance, prefix="org"),
                "contact": wf.ContactForm(data, prefix="contact", initial=as_dict(self.answers.get("contact")), languages=self.languages),
            },
            {},
        )

    def to_data(self, step_forms):
        return {"organisation": step_forms.forms["organisation"].service_data, "contact": step_forms.forms["contact"].contact()}


class NoticeStep(Step):
    key = "notice"
    main_form = wf.NoticeForm
    rows_specs = (
        RowsSpec(
            "registers", wf.RegisterForm, "register", _("Registers"), _("Add a register"),
            _("One notice can describe several registers, e.g. a customer register and a marketing register."),
            stored_at="registers", keys=("name",), max_num=MAX_REGISTERS,
        ),
        RowsSpec(
            "joint", wf.JointControllerForm, "joint_controller", _("Joint controllers"), _("Add a joint controller"),
            _(
                "Only if you decide together with other companies why and how the data is processed, "
                "e.g. partners running one loyalty programme (GDPR Art. 26)."
            ),
            stored_at="joint_controllers", keys=("name", "business_id", "country"), optional=True,
        ),
    )  # fmt: skip

    def initial(self):
        initial = super().initial()
        initial.setdefault("languages", self.languages)
        initial.setdefault("style", "register")
        initial.setdefault("title", {self.languages[0]: self.notice.title} if self.notice.title else {})
        history = initial.get("history") if isinstance(initial.get("history"), dict) else {}
        for key in ("created_on", "updated_on"):
            if isinstance(history.get(key), str):
                initial[key] = history[key]
        return initial

    def build(self, data=None):
        if data is not None:
            # Show the free-text inputs for the languages just chosen, before saving.
            posted = [code for code in data.getlist("notice-languages") if code in wf.OUTPUT_LANGUAGES]
            if posted:
                self.languages = [code for code in wf.OUTPUT_LANGUAGES if code in posted]
        return super().build(data)

    def to_data(self, step_forms):
        data = super().to_data(step_forms)
        data["languages"] = [code for code in wf.OUTPUT_LANGUAGES if code in data.get("languages", [])]
        return data


class PurposesStep(Step):
    key = "purposes"
    rows_specs = (
        RowsSpec(
            "purposes", wf.PurposeForm, "purpose", _("Purposes"), _("Add a purpose"), _("Every purpose needs one legal basis under Art. 6(1) GDPR."),
            stored_at="",
            keys=("register", "description", "legal_basis", "legitimate_interest", "direct_marketing", "marketing_channels", "marketing_existing_customers"),
        ),
    )  # fmt: skip

    def extra_context(self):
        language = wf.ui_language()
        return {"legal_bases": [(entry.code, entry.label(language), entry.help(language)) for entry in catalogues.LEGAL_BASES]}


class CategoriesStep(Step):
    key = "categories"
    main_form = wf.CategoriesForm
    rows_specs = (
        RowsSpec("free", wf.FreeCategoryForm, "category", _("Other categories"), _("Add a category"), _("Data that is not in the list above.")),
    )

    def main_form_kwargs(self):
        return {"registers": self.registers()}

    def items(self) -> list[dict]:
        return as_dicts(as_dict(self.stored).get("items"))

    def initial(self):
        initial = {key: value for key, value in super().initial().items() if key != "items"}
        initial["codes"] = [item.get("code") for item in self.items() if item.get("code")]
        for item in self.items():
            if item.get("code"):
                initial[wf.CategoriesForm.DETAILS_PREFIX + item["code"]] = as_dict(item.get("details"))
                initial[wf.CategoriesForm.REGISTER_PREFIX + item["code"]] = item.get("register") or ""
        return initial

    def rows_initial(self, spec):
        return [item for item in self.items() if not item.get("code")]

    def to_data(self, step_forms):
        main = step_forms.forms["main"]
        cleaned = main.cleaned_data
        # Keep the ids of catalogue entries that stay chosen.
        existing = {item.get("code"): item for item in self.items() if item.get("code")}
        items = []
        for code in cleaned.get("codes", []):
            item = existing.get(code) or {}
            details = main.details(code)
            details = as_dict(item.get("details")) if details is None else details
            register = main.register(code)
            register = item.get("register", "") if register is None else register
            items.append({"id": item.get("id") or wf.new_row_id(), "code": code, "register": register or "", "details": details})
        items += [
            {"id": row["id"], "code": "", "register": row.get("register") or "", "name": row["name"], "details": row["details"]}
            for row in step_forms.row_data("free")
        ]
        data = {"items": items}
        for key in ("special", "criminal"):
            if cleaned.get(key) is not None:
                data[key] = cleaned[key]
        if cleaned.get("special"):
            data["special_description"] = cleaned.get("special_description") or {}
            data["special_condition"] = cleaned.get("special_condition") or ""
        if cleaned.get("criminal"):
            data["criminal_description"] = cleaned.get("criminal_description") or {}
            data["criminal_basis"] = cleaned.get("criminal_basis") or ""
            data["criminal_basis_details"] = cleaned.get("criminal_basis_details") or {} if cleaned.get("criminal_basis") == "law" else {}
        if "personal_identity_code" in cleaned.get("codes", []):
            data["identity_code_basis"] = cleaned.get("identity_code_basis") or ""
        return data


class SourcesStep(Step):
    key = "sources"
    main_form = wf.SourcesForm
    rows_specs = (RowsSpec("other", wf.OtherSourceForm, "source", _("Other sources"), _("Add a source"), stored_at="other", keys=("name", "public")),)


class RetentionStep(Step):
    key = "retention"
    rows_specs = (
        RowsSpec(
            "retention", wf.RetentionForm, "retention", _("Retention rules"), _("Add a rule"),
            _("How long each kind of data is kept, or how the period is decided."),
            stored_at="", keys=("register", "applies_to", "preset", "period", "criteria", "categories"),
        ),
    )  # fmt: skip

    def categories(self) -> list[tuple[str, str]]:
        language = wf.ui_language()
        choices = []
        for item in as_dicts(as_dict(self.answers.get("categories")).get("items")):
            if not item.get("id"):
                continue
            code = item.get("code")
            name = catalogues.DATA_CATEGORIES.label(code, language) if code else ltext_text(item.get("name"), self.languages)
            choices.append((item["id"], name or "?"))
        return choices

    def form_kwargs(self, spec):
        return {**super().form_kwargs(spec), "categories": self.categories()}

    def extra_context(self):
        language = wf.ui_language()
        return {"retention_presets": [(entry.code, entry.label(language), entry.help(language)) for entry in catalogues.RETENTION_PRESETS]}


class RecipientsStep(Step):
    key = "recipients"
    rows_specs = (
        RowsSpec(
            "recipients", wf.RecipientForm, "recipient", _("Recipients and processors"), _("Add a recipient"),
            _("Who receives the data or processes it for you. Leave empty if the data is not disclosed regularly."),
            keys=("register", "kind", "name", "role", "frequency", "country", "description"), optional_keys=("service", "unknown"),
        ),
    )  # fmt: skip


    def extra_context(self):
        chosen = set(chosen_services(self.answers))
        suggested_groups = set(template_service_groups(self.answers.get("templates")))
        # Made once per library, choice and language: the same groups (the same object) let
        # the service_picker tag write the picker once too.
        key = (service_library.library_version(), frozenset(chosen), frozenset(suggested_groups), wf.ui_language())
        groups = _service_groups.get_or_make(key, lambda: self._service_groups(chosen, suggested_groups))
        return {"service_groups": groups, "chosen_count": len(chosen)}

    @staticmethod
    def _service_groups(chosen: set, suggested_groups: set) -> tuple:
        # Shared by every request with the same key: read-only all the way down.
        language = wf.ui_language()
        by_group: dict[str, list] = {}
        for service in sorted(library_from_db().values(), key=lambda service: service.name.casefold()):
            by_group.setdefault(service.group, []).append(
                MappingProxyType(
                    {"code": service.code, "name": service.name, "description": ltext(service.description, language), "chosen": service.code in chosen}
                )
            )
        return tuple(
            MappingProxyType(
                {
                    "code": entry.code,
                    "label": entry.label(language),
                    "services": tuple(by_group[entry.code]),
                    # Open: a group with a chosen service, or one the notice's templates suggest.
                    "open": any(s["chosen"] for s in by_group[entry.code]) or entry.code in suggested_groups,
                }
            )
            for entry in service_library.GROUPS
            if entry.code in by_group
        )


_service_groups = RecentlyUsed(200)


class TransfersStep(Step):
    key = "transfers"
    main_form = wf.TransfersForm
    rows_specs = (
        RowsSpec(
            "destinations", wf.TransferForm, "transfer", _("Destinations"), _("Add a destination"),
            _("Each country outside the EU/EEA needs its own safeguard."), keys=("country", "recipient", "safeguard", "details"),
            optional_keys=("service", "recipient_id", "dpf_certified"),
        ),
    )  # fmt: skip

    def extra_context(self):
        language = wf.ui_language()
        return {
            "adequacy_countries": sorted(catalogues.COUNTRIES.label(code, language) for code in wf.adequacy_countries()),
            "adequacy_date": formats.date_format(catalogues.ADEQUACY_LIST_DATE, "SHORT_DATE_FORMAT"),
        }

    def validate(self, step_forms):
        main = step_forms.forms["main"]
        formset = step_forms.rows["destinations"].formset
        if main.is_valid() and formset.is_valid() and main.cleaned_data.get("any") and not formset.rows():
            main.add_error("any", _("Add at least one destination below, or answer no."))


class SecurityStep(Step):
    key = "security"
    main_form = wf.SecurityForm


class AutomatedStep(Step):
    # The logic typed before answering "no" is kept so that switching back does not lose
    # it (the builder ignores it).
    key = "automated"
    main_form = wf.AutomatedForm


class CookiesStep(Step):
    key = "cookies"
    main_form = wf.CookiesForm
    rows_specs = (
        RowsSpec(
            "tools", wf.CookieToolForm, "cookie_tool", _("Tools that set cookies"), _("Add a tool"),
            _("Third-party services on your site, e.g. web analytics or a chat."), stored_at="tools", keys=("name", "provider", "category", "purpose"),
            optional_keys=("service", "cookies"),
        ),
    )  # fmt: skip

    def extra_context(self):
        # Analytics data or observed use usually means cookies: say so before the user answers.
        return {"cookies_probable": as_dict(self.stored).get("used") is not True and cookie_signs(self.answers)}


class RightsStep(Step):
    key = "rights"
    main_form = wf.RightsForm

    def initial(self):
        initial = super().initial()
        initial.setdefault("request_email", self.notice.organisation.email)
        initial.setdefault("laws", ["gdpr", "data_protection_act"])
        return initial


class ReviewStep(Step):
    key = "review"

    def build(self, data=None):
        return StepForms({}, {})

    def extra_context(self):
        # The camera-surveillance template's short text for the sign at the premises.
        url = settings.SITE_URL.rstrip("/") + reverse("notices:public_notice", kwargs={"slug": self.notice.public_slug})
        texts = template_sign_texts(self.answers.get("templates"), name=self.notice.organisation.name, url=url)
        return {"sign_texts": [(wf.language_name(code), texts[code]) for code in self.languages if code in texts]}


STEP_CLASSES: dict[str, type[Step]] = {
    cls.key: cls
    for cls in (
        ControllerStep, NoticeStep, PurposesStep, CategoriesStep, SourcesStep, RetentionStep, RecipientsStep,
        TransfersStep, SecurityStep, AutomatedStep, CookiesStep, RightsStep, ReviewStep,
    )
}  # fmt: skip
assert list(STEP_CLASSES) == STEP_KEYS, "every step in content.steps needs a Step class, in order"


def get_step(notice: Notice, key: str) -> Step:
    return STEP_CLASSES[key](notice)


# A step slug no step has: reversed once, it is replaced by each step's key.
_STEP_PLACEHOLDER = "step-key"


def step_nav(notice: Notice, current: str) -> list[dict]:
    completed = set(notice.completed_steps if isinstance(notice.completed_steps, list) else [])
    # One reverse() for the thirteen links instead of one each (a tenth of the step page's own work).
    pattern = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": _STEP_PLACEHOLDER})
    head, _placeholder, tail = pattern.rpartition(f"/{_STEP_PLACEHOLDER}/")
    return [
        {"key": key, "label": label, "number": index, "current": key == current, "completed": key in completed, "url": f"{head}/{key}/{tail}"}
        for index, (key, label) in enumerate(STEPS, start=1)
    ]


def neighbour(key: str, offset: int) -> str | None:
    index = STEP_KEYS.index(key) + offset
    return STEP_KEYS[index] if 0 <= index < len(STEP_KEYS) else None


def resume_step(notice: Notice) -> str:
    return notice.current_step if notice.current_step in STEP_KEYS else STEP_KEYS[0]


# --- Adding and removing rows without JavaScript ------------------------------------------
# The "add row" / "remove row" buttons submit the whole form with row_action=add:<prefix>
# or remove:<prefix>:<index>. The posted data is rewritten and the page shown again with
# every typed value; nothing is saved until the user saves the step.


def _int(value, default=0) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def apply_row_action(step: Step, data: QueryDict, action: str) -> tuple[QueryDict, str | None, str]:
    """Returns (new data, the prefix of the changed rows or None, a message for the user)."""
    parts = action.split(":")
    specs = {spec.prefix: spec for spec in step.rows_specs}
    if len(parts) < 2 or parts[1] not in specs:
        return data, None, ""
    kind, prefix = parts[0], parts[1]
    spec = specs[prefix]
    data = data.copy()
    total = max(0, min(_int(data.get(f"{prefix}-TOTAL_FORMS")), spec.max_num))
    rows = _split_rows(data, prefix, total)
    message = ""
    if kind == "add":
        if total >= spec.max_num:
            message = _("You can add at most %(count)d rows.") % {"count": spec.max_num}
        else:
            new_row = {f"{key}": [str(value)] for key, value in spec.defaults.items()}
            new_row["id"] = [wf.new_row_id()]
            if prefix == "retention" and len(parts) == 3 and parts[2] in catalogues.RETENTION_PRESETS:
                new_row["preset"] = [parts[2]]
            rows.append(new_row)
    elif kind == "remove" and len(parts) == 3:
        index = _int(parts[2], -1)
        if 0 <= index < len(rows):
            rows.pop(index)
    else:
        return data, None, ""
    _join_rows(data, prefix, rows)
    return data, prefix, message


def parse_service_action(action: str) -> tuple[str, str] | None:
    """("add" | "remove", library code) from the picker's button value, or None."""
    kind, _sep, code = action.partition(":")
    if kind in ("add", "remove") and wf.SERVICE_CODE_RE.match(code):
        return kind, code
    return None


def apply_service_to_posted(data: QueryDict, *, added: dict | None = None, removed: str = "") -> QueryDict:
    """The posted recipients step with a service's row added or removed, every other typed
    value kept as it was (the page is shown again, nothing else is saved)."""
    data = data.copy()
    prefix = "recipients"
    total = max(0, min(_int(data.get(f"{prefix}-TOTAL_FORMS")), MAX_ROWS))
    rows = _split_rows(data, prefix, total)
    if removed:
        rows = [row for row in rows if (row.get("service") or [""])[0] != removed]
    if added is not None and len(rows) < MAX_ROWS:
        description = as_dict(added.get("description"))
        rows.append(
            {
                "id": [added["id"]],
                "kind": [added.get("kind") or ""],
                "name": [added.get("name") or ""],
                "role": [added.get("role") or ""],
                "country": [added.get("country") or ""],
                **{f"description_{code}": [description.get(code, "")] for code in wf.OUTPUT_LANGUAGES},
                "service": [added["service"]],
                "unknown": [",".join(added.get("unknown") or [])],
                "register": [added.get("register") or ""],
            }
        )
    _join_rows(data, prefix, rows)
    # Every row counts as an initial form: the service's row equals its stored twin, and
    # Django skips an unchanged extra form, which would drop the service on the next save.
    data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
    return data
ROW_INDEX = re.compile(r"[0-9]{1,6}")


def drop_posted_rows(data: QueryDict, prefix: str, ids: set) -> QueryDict:
    """The posted rows without those whose id is in ``ids``; every other value kept."""
    if not ids:
        return data
    data = data.copy()
    total = max(0, min(_int(data.get(f"{prefix}-TOTAL_FORMS")), MAX_ROWS))
    rows = [row for row in _split_rows(data, prefix, total) if (row.get("id") or [""])[0] not in ids]
    _join_rows(data, prefix, rows)
    return data


def _split_rows(data: QueryDict, prefix: str, total: int) -> list[dict]:
    rows = [{} for _row in range(total)]
    for key in list(data.keys()):
        head, _sep, rest = key.partition(f"{prefix}-")
        if head or not rest:
            continue
        index, _sep, name = rest.partition("-")
        # str.isdigit() accepts '²' and other digits int() refuses, and int() refuses
        # more than 4,300 digits: only a short run of ASCII digits is a row index.
        is_index = ROW_INDEX.fullmatch(index) is not None
        if is_index and name and int(index) < total:
            rows[int(index)][name] = data.getlist(key)
        if is_index or index == "__prefix__" or index.isdigit():
            del data[key]
    return rows


def _join_rows(data: QueryDict, prefix: str, rows: list[dict]) -> None:
    for index, row in enumerate(rows):
        for name, values in row.items():
            data.setlist(f"{prefix}-{index}-{name}", values)
    data[f"{prefix}-TOTAL_FORMS"] = str(len(rows))
    data[f"{prefix}-INITIAL_FORMS"] = str(min(_int(data.get(f"{prefix}-INITIAL_FORMS")), len(rows)))
    data.setdefault(f"{prefix}-MIN_NUM_FORMS", "0")
    data.setdefault(f"{prefix}-MAX_NUM_FORMS", "1000")


# --- The review step's summary -----------------------------------------------------------


def _yes_no(value) -> str:
    return {True: str(_("Yes")), False: str(_("No"))}.get(value, str(_("Not answered")))


def summarise(notice: Notice) -> list[dict]:
    """Every step's answers as (label, lines) items in the UI language, for the review page.
    Free text is shown per output language; missing answers say so."""
    language = wf.ui_language()
    languages = notice_languages(notice)
    answers = notice.answers if isinstance(notice.answers, dict) else {}

    def text(value) -> list[str]:
        value = as_dict(value)
        if len(languages) == 1:
            return [str(value.get(languages[0]) or "")] if value.get(languages[0]) else []
        return [f"{code.upper()}: {value[code]}" for code in languages if value.get(code)]

    def labels(catalogue, codes) -> list[str]:
        return [catalogue.label(code, language) for code in as_list(codes) if isinstance(code, str)]

    organisation = notice.organisation
    contact = as_dict(answers.get("contact"))
    part = as_dict(answers.get("notice"))
    register_names = {row.get("id"): ltext_text(row.get("name"), languages) for row in as_dicts(part.get("registers")) if row.get("id")}

    def register_of(row) -> list[str]:
        """Which register a row belongs to, when the notice has several."""
        if len(register_names) < 2:
            return []
        name = register_names.get(row.get("register") or "")
        return [str(_("Register: %(name)s") % {"name": name}) if name else str(_("All registers"))]
    categories = as_dict(answers.get("categories"))
    sources = as_dict(answers.get("sources"))
    transfers = as_dict(answers.get("transfers"))
    security = as_dict(answers.get("security"))
    automated = as_dict(answers.get("automated"))
    cookies = as_dict(answers.get("cookies"))
    rights = as_dict(answers.get("rights"))
    address = ", ".join(part for part in [organisation.street_address, f"{organisation.postal_code} {organisation.city}".strip()] if part)
    sections = {
        "controller": [
            (
                _("Controller"),
                [line for line in [organisation.name, organisation.business_id, address, organisation.email, organisation.phone, organisation.website] if line],
            ),
            (_("Data protection officer"), [line for line in [organisation.dpo_name, organisation.dpo_email, organisation.dpo_phone] if line]),
            (_("Contact person"), [contact.get(key) for key in ("name", "email", "phone", "address") if contact.get(key)]),
        ],
        "notice": [
            (_("Title"), text(part.get("title"))),
            (_("Languages"), [wf.language_name(code) for code in as_list(part.get("languages")) if isinstance(code, str)]),
            (_("Style"), labels(catalogues.STYLES, [part.get("style")] if part.get("style") else [])),
            (_("Registers"), [ltext_text(row.get("name"), languages) for row in as_dicts(part.get("registers"))]),
            (_("Whose data"), labels(catalogues.DATA_SUBJECTS, part.get("data_subjects")) + text(part.get("data_subjects_other"))),
        ],
        "purposes": [
            (
                ltext_text(row.get("description"), languages) or "?",
                [catalogues.LEGAL_BASES.label(row.get("legal_basis", ""), language) or str(_("No legal basis"))]
                + text(row.get("legitimate_interest"))
                + (
                    [_("Direct marketing: %(channels)s") % {"channels": ", ".join(labels(catalogues.MARKETING_CHANNELS, row.get("marketing_channels")))}]
                    if row.get("direct_marketing") is True
                    else []
                )
                + register_of(row),
            )
            for row in as_dicts(answers.get("purposes"))
        ],
        "categories": [
            (
                _("Categories"),
                [
                    " · ".join(
                        [catalogues.DATA_CATEGORIES.label(item["code"], language) if item.get("code") else ltext_text(item.get("name"), languages)]
                        + register_of(item)
                    )
                    for item in as_dicts(categories.get("items"))
                ],
            ),
            (_("Special categories"), [_yes_no(categories.get("special"))] + text(categories.get("special_description"))),
            (_("Criminal data"), [_yes_no(categories.get("criminal"))]),
        ],
        "sources": [
            (
                _("Sources"),
                labels(catalogues.SOURCES, sources.get("items")) + [ltext_text(row.get("name"), languages) for row in as_dicts(sources.get("other"))],
            ),
            (
                _("Providing the data"),
                labels(catalogues.REQUIREMENTS, [sources.get("requirement")] if sources.get("requirement") else []) + text(sources.get("consequences")),
            ),
        ],
        "retention": [
            (
                ltext_text(row.get("applies_to"), languages) or catalogues.RETENTION_PRESETS.label(row.get("preset", ""), language),
                ([catalogues.RETENTION_PRESETS.label(row["preset"], language)] if row.get("preset") else [])
                + text(row.get("period"))
                + text(row.get("criteria"))
                + register_of(row),
            )
            for row in as_dicts(answers.get("retention"))
        ],
        "recipients": [
            (
                row.get("name") or catalogues.RECIPIENT_KINDS.label(row.get("kind", ""), language),
                [
                    line
                    for line in [
                        catalogues.RECIPIENT_KINDS.label(row.get("kind", ""), language) if row.get("name") else "",
                        catalogues.RECIPIENT_ROLES.label(row.get("role", ""), language),
                        catalogues.COUNTRIES.label(row.get("country", ""), language),
                        catalogues.RECIPIENT_FREQUENCIES.label(catalogues.recipient_frequency(row), language),
                        *register_of(row),
                    ]
                    if line
                ],
            )
            for row in as_dicts(as_dict(answers.get("recipients")).get("items"))
        ],
        "transfers": [(_("Transfers outside the EU/EEA"), [_yes_no(transfers.get("any"))])]
        + [
            (
                catalogues.destination_label(row.get("country", ""), language),
                [row.get("recipient", ""), catalogues.SAFEGUARDS.label(row.get("safeguard", ""), language)],
            )
            for row in as_dicts(transfers.get("items"))
        ],
        "security": [(_("Measures"), labels(catalogues.SECURITY_MEASURES, security.get("measures")) + text(security.get("other")))],
        "automated": [
            (
                _("Automated decisions"),
                [_yes_no(automated.get("decisions"))]
                + (
                    labels(catalogues.AUTOMATED_EXCEPTIONS, [automated.get("exception")])
                    if automated.get("decisions") is True and automated.get("exception")
                    else []
                ),
            ),
            (_("Profiling"), [_yes_no(automated.get("profiling"))]),
        ],
        "cookies": [
            (_("Cookies"), [_yes_no(cookies.get("used"))] + labels(catalogues.COOKIE_CATEGORIES, cookies.get("categories"))),
            (_("Tools"), [str(row.get("name", "")) for row in as_dicts(cookies.get("tools"))]),
            (_("Consent asked"), [_yes_no(cookies.get("consent_asked"))] if cookies.get("used") is True else []),
        ],
        "rights": [
            (_("Requests"), [line for line in [rights.get("request_email"), rights.get("request_address")] if line] + text(rights.get("request_other"))),
            (_("Changes"), text(rights.get("changes"))),
            (_("Laws"), labels(catalogues.LAWS, rights.get("laws"))),
        ],
    }
    return [
        {"key": key, "label": label, "items": [(item_label, [str(line) for line in lines if line]) for item_label, lines in sections.get(key, [])]}
        for key, label in STEPS
        if key != "review"
    ]
