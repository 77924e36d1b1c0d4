"""The completeness check: answers → findings.

Rules are data (``RULES``): each names its code, severity, the wizard step that fixes
it, its Finnish and English message, and a small pure function that returns one dict of
message parameters per violation (an empty list means the rule passes). A violation may
override the severity, e.g. missing categories are an error under Art. 14 (data not from
the person) but only a warning when everything comes from the person (Art. 13).

Art. 13 vs Art. 14: when any data comes from somewhere other than the data subject,
the categories of data and the sources become mandatory (Art. 14(1)(d), 14(2)(f));
when data comes from the data subject, the notice must say whether providing it is
required and what follows if it is not (Art. 13(2)(e)).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from notices.validators import is_valid_business_id

from . import builder, catalogues, languages
from . import rights as rights_rules
from .builder import as_codes, as_dict, as_dicts, as_str, ltext
from .languages import CODES, DEFAULT, fallback_order, pick
from .plain import article_note
from .rights import RIGHTS
from .steps import STEP_KEYS

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    code: str  # stable rule id, e.g. "purpose_without_basis"
    severity: Severity  # an error blocks publishing, a warning does not
    step: str  # the wizard step that fixes it (notices.content.steps.STEP_KEYS)
    messages: dict  # the message in each notice language (languages.CODES)
    language: str = ""  # set when the finding concerns one output language only
    # The article behind the rule per language, shown in small print under the plain message.
    articles: dict = field(default_factory=dict)

    def message(self, language: str) -> str:
        return pick(self.messages, language)

    def article(self, language: str) -> str:
        return pick(self.articles, language)


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    step: str
    # Per language; {name} and {country} are filled per language from the check's params.
    messages: dict
    check: Callable[["Context"], list[dict]]


class Context:
    """The answers and controller, read defensively once for all rules."""

    def __init__(self, answers, controller, adequacy=None, document=None):
        self.a = as_dict(answers)
        self.c = as_dict(controller)
        self.adequacy = adequacy if isinstance(adequacy, catalogues.Catalogue) else catalogues.ADEQUACY
        self._document = document
        self.notice = as_dict(self.a.get("notice"))
        self.purposes = as_dicts(self.a.get("purposes"))
        self.categories = as_dict(self.a.get("categories"))
        self.sources = as_dict(self.a.get("sources"))
        self.retention = as_dicts(self.a.get("retention"))
        self.recipients = as_dicts(as_dict(self.a.get("recipients")).get("items"))
        self.transfers = as_dict(self.a.get("transfers"))
        self.transfer_items = as_dicts(self.transfers.get("items"))
        self.automated = as_dict(self.a.get("automated"))
        self.cookies = as_dict(self.a.get("cookies"))
        self.rights = as_dict(self.a.get("rights"))
        self.contact = as_dict(self.a.get("contact"))
        languages = [code for code in as_codes(self.notice.get("languages")) if code in builder.LANGUAGES]
        self.languages = languages or [DEFAULT]
        self.country = as_str(self.c.get("country")).upper() or "FI"

    def document(self, language: str):
        """The built document in ``language``: the caller's when it builds them anyway
        (the stored status builds each language once for this check and the comparison)."""
        if self._document is not None:
            return self._document(language)
        return builder.build_document(answers=self.a, controller=self.c, language=language)

    @property
    def source_codes(self) -> list[str]:
        return as_codes(self.sources.get("items"))

    @property
    def has_sources(self) -> bool:
        return bool(self.source_codes or as_dicts(self.sources.get("other")))

    @property
    def from_data_subject(self) -> bool:
        """Art. 13 applies: some data is collected from the person, including data observed
        while they use the service (WP260 rev.01 para 26)."""
        return any(_collected_from_person(code) for code in self.source_codes)

    @property
    def from_elsewhere(self) -> bool:
        """Art. 14 applies: some data does not come from the data subject."""
        return any(not _collected_from_person(code) for code in self.source_codes) or bool(as_dicts(self.sources.get("other")))


def _collected_from_person(code: str) -> bool:
    entry = catalogues.SOURCES.get(code)
    return entry is not None and bool(entry.attrs.get("from_data_subject"))


def name_of(value, language: str, fallback: str) -> str:
    """A short quotable name for an item: its text in this language, else in a fallback."""
    text = next((text for code in fallback_order(language) if (text := ltext(value, code))), "")
    if len(text) > 60:
        text = text[:57].rstrip() + "…"
    return text or fallback


def _items(rows: list[dict], value_key: str, predicate) -> list[dict]:
    """One violation per row matching ``predicate``; the row's names fill {name}."""
    hits = []
    for index, row in enumerate(rows, start=1):
        if predicate(row):
            hits.append(
                {"name": {lang: name_of(row.get(value_key), lang, number_label(index, lang)) for lang in CODES}}
            )
    return hits


def _once(condition: bool) -> list[dict]:
    return [{}] if condition else []


# "no. 3": how a row without a name is quoted in a message.
NUMBER_LABELS = {"fi": "nro {index}", "en": "no. {index}", "sv": "nr {index}"}


def number_label(index: int, language: str) -> str:
    return pick(NUMBER_LABELS, language).format(index=index)


# --- controller ----------------------------------------------------------------------


def check_controller_name(ctx):
    return _once(not as_str(ctx.c.get("name")))


def check_business_id_missing(ctx):
    return _once(not as_str(ctx.c.get("business_id")))


def check_business_id_invalid(ctx):
    value = as_str(ctx.c.get("business_id"))
    return _once(bool(value) and ctx.country == "FI" and not is_valid_business_id(value))


def check_controller_address(ctx):
    return _once(not (as_str(ctx.c.get("street_address")) and as_str(ctx.c.get("city"))))


def check_controller_contact(ctx):
    return _once(not (as_str(ctx.c.get("email")) or as_str(ctx.c.get("phone"))))


def check_contact_person(ctx):
    return _once(not as_str(ctx.contact.get("name")))


def check_contact_person_reachable(ctx):
    name = as_str(ctx.contact.get("name"))
    reachable = any(as_str(ctx.contact.get(key)) for key in ("email", "phone", "address"))
    return [{"name": name}] if name and not reachable else []


def check_dpo_contact(ctx):
    named = as_str(ctx.c.get("dpo_name"))
    reachable = as_str(ctx.c.get("dpo_email")) or as_str(ctx.c.get("dpo_phone"))
    return _once(bool(named) and not reachable)


def check_representative(ctx):
    return _once(catalogues.representative_needed(ctx.country) and not as_str(ctx.c.get("representative_name")))


def check_request_channel(ctx):
    channels = [
        as_str(ctx.rights.get("request_email")),
        as_str(ctx.rights.get("request_address")),
        ltext(ctx.rights.get("request_other"), ctx.languages[0]),
        as_str(ctx.contact.get("email")),
        as_str(ctx.c.get("email")),
        as_str(ctx.c.get("street_address")),
    ]
    return _once(not any(channels))


# --- notice --------------------------------------------------------------------------


def check_languages(ctx):
    return _once(not [code for code in as_codes(ctx.notice.get("languages")) if code in builder.LANGUAGES])


def check_registers(ctx):
    style = ctx.notice.get("style") if ctx.notice.get("style") in builder.STYLES else "register"
    named = [r for r in as_dicts(ctx.notice.get("registers")) if any(ltext(r.get("name"), lang) for lang in builder.LANGUAGES)]
    return _once(style == "register" and not named)


def check_data_subjects(ctx):
    other = any(ltext(ctx.notice.get("data_subjects_other"), lang) for lang in builder.LANGUAGES)
    return _once(not as_codes(ctx.notice.get("data_subjects")) and not other)


# --- purposes ------------------------------------------------------------------------


def _has_text(value) -> bool:
    return any(ltext(value, lang) for lang in builder.LANGUAGES)


def check_no_purposes(ctx):
    return _once(not ctx.purposes)


def check_purpose_description(ctx):
    return _items(ctx.purposes, "description", lambda p: not _has_text(p.get("description")))


def check_purpose_basis(ctx):
    return _items(ctx.purposes, "description", lambda p: as_str(p.get("legal_basis")) not in catalogues.LEGAL_BASES)


def check_legitimate_interest(ctx):
    return _items(
        ctx.purposes,
        "description",
        lambda p: as_str(p.get("legal_basis")) == "legitimate_interests" and not _has_text(p.get("legitimate_interest")),
    )


def check_consent_withdrawal(ctx):
    """Consent relied on anywhere (Art. 6(1)(a), 9(2)(a), 49(1)(a) …) → every rendered
    language must tell how to withdraw it (Art. 7(3)).

    Withdrawal is derived by the builder; this verifies the built document really says it.
    """
    if not rights_rules.consent_relied_on(ctx.a):
        return []
    hits = []
    for language in ctx.languages:
        rights = ctx.document(language).find("rights")
        label = RIGHTS.label("withdraw_consent", language)
        said = rights is not None and any(term == label for block in rights.blocks for term, _desc in block.terms)
        if not said:
            hits.append({"language": language})
    return hits


# --- direct marketing (spec item 25; Art. 21(2); Act 917/2014, 200 §) -----------------

# Data subjects who are not consumers: electronic marketing to them is not limited by 200 §.
NON_CONSUMER_SUBJECTS = frozenset({"business_contacts", "suppliers"})


def _channels(purpose) -> list[str]:
    return [code for code in as_codes(purpose.get("marketing_channels")) if code in catalogues.MARKETING_CHANNELS]


def _addresses_consumers(ctx) -> bool:
    subjects = as_codes(ctx.notice.get("data_subjects"))
    return not subjects or any(code not in NON_CONSUMER_SUBJECTS for code in subjects)


def check_marketing_channel(ctx):
    return _items(ctx.purposes, "description", lambda p: p.get("direct_marketing") is True and not _channels(p))


def check_marketing_electronic_consent(ctx):
    def unlawful(purpose):
        electronic = any(catalogues.MARKETING_CHANNELS.get(code).attrs.get("electronic") for code in _channels(purpose))
        return (
            purpose.get("direct_marketing") is True
            and electronic
            and as_str(purpose.get("legal_basis")) == "legitimate_interests"
            and purpose.get("marketing_existing_customers") is not True
        )

    return _items(ctx.purposes, "description", unlawful) if _addresses_consumers(ctx) else []


def check_marketing_unmarked(ctx):
    return _once(rights_rules.marketing_signs(ctx.a) and not rights_rules.uses_direct_marketing(ctx.a))


# --- categories ----------------------------------------------------------------------


def check_categories_missing(ctx):
    if as_dicts(ctx.categories.get("items")):
        return []
    # Art. 14(1)(d): mandatory when data comes from elsewhere (or we cannot tell yet).
    only_from_person = ctx.from_data_subject and not ctx.from_elsewhere
    return [{"severity": "warning"}] if only_from_person else [{}]


def check_category_name(ctx):
    def unnamed(item):
        return as_str(item.get("code")) == "" and not _has_text(item.get("name"))

    return _once(any(unnamed(item) for item in as_dicts(ctx.categories.get("items"))))


def check_special_unanswered(ctx):
    return _once(not isinstance(ctx.categories.get("special"), bool))


def check_criminal_unanswered(ctx):
    return _once(not isinstance(ctx.categories.get("criminal"), bool))


def check_special_condition(ctx):
    condition = as_str(ctx.categories.get("special_condition"))
    return _once(ctx.categories.get("special") is True and condition not in catalogues.SPECIAL_CONDITIONS)


def check_special_description(ctx):
    return _once(ctx.categories.get("special") is True and not _has_text(ctx.categories.get("special_description")))


def check_criminal_description(ctx):
    return _once(ctx.categories.get("criminal") is True and not _has_text(ctx.categories.get("criminal_description")))


# --- sources -------------------------------------------------------------------------


def check_sources_missing(ctx):
    return _once(not ctx.has_sources)


def check_source_name(ctx):
    return _once(any(not _has_text(other.get("name")) for other in as_dicts(ctx.sources.get("other"))))


def check_requirement(ctx):
    requirement = as_str(ctx.sources.get("requirement"))
    return _once(ctx.from_data_subject and requirement not in catalogues.REQUIREMENTS)


def check_consequences(ctx):
    return _once(ctx.from_data_subject and not _has_text(ctx.sources.get("consequences")))


# --- retention -----------------------------------------------------------------------


def _preset(rule) -> bool:
    return as_str(rule.get("preset")) in catalogues.RETENTION_PRESETS


def check_retention_missing(ctx):
    return _once(not ctx.retention)


def check_retention_rule_empty(ctx):
    def empty(rule):
        return not (_preset(rule) or _has_text(rule.get("period")) or _has_text(rule.get("criteria")))

    return _items(ctx.retention, "applies_to", empty)


def check_retention_criteria_only(ctx):
    def criteria_only(rule):
        return _has_text(rule.get("criteria")) and not (_preset(rule) or _has_text(rule.get("period")))

    return _items(ctx.retention, "applies_to", criteria_only)


def check_retention_subject(ctx):
    if len(ctx.retention) < 2:
        return []
    return _once(any(not (_preset(rule) or _has_text(rule.get("applies_to")) or as_codes(rule.get("categories"))) for rule in ctx.retention))


def _category_name(item, language: str, index: int) -> str:
    entry = catalogues.DATA_CATEGORIES.get(as_str(item.get("code")))
    if entry is not None:
        return entry.label(language)
    return name_of(item.get("name"), language, number_label(index, language))


def check_retention_categories(ctx):
    """Every category is covered by a rule that lists it, or by a rule that lists none
    (which covers all data). Ids of categories since removed are ignored."""
    if not ctx.retention or any(not as_codes(rule.get("categories")) for rule in ctx.retention):
        return []
    covered = {code for rule in ctx.retention for code in as_codes(rule.get("categories"))}
    hits = []
    for index, item in enumerate(as_dicts(ctx.categories.get("items")), start=1):
        if as_str(item.get("id")) not in covered:
            hits.append({"name": {lang: _category_name(item, lang, index) for lang in CODES}})
    return hits


def check_retention_registers(ctx):
    """A rule with a ``register`` covers that register only; one without covers all."""
    if not ctx.retention:
        return []
    shared = any(not as_str(rule.get("register")) for rule in ctx.retention)
    own = {as_str(rule.get("register")) for rule in ctx.retention}
    hits = []
    for register in as_dicts(ctx.notice.get("registers")):
        rid = as_str(register.get("id"))
        if rid and not shared and rid not in own:
            hits.append({"name": {lang: name_of(register.get("name"), lang, rid) for lang in CODES}})
    return hits


# --- recipients and transfers --------------------------------------------------------


def check_recipients_unanswered(ctx):
    return _once(not isinstance(ctx.a.get("recipients"), dict))


def check_recipient_name(ctx):
    return _once(any(not (as_str(r.get("name")) or as_str(r.get("kind"))) for r in ctx.recipients))


def covers(transfer: dict, recipient: dict) -> bool:
    """Whether a transfer row is this recipient's own: a row linked to a recipient (a
    library service's rows) covers only that recipient, a row naming a recipient only the
    one of that name. A row naming no one covers the recipients of its country."""
    country = as_str(recipient.get("country")).upper()
    if as_str(transfer.get("country")).upper() != country:
        return False
    linked = as_str(transfer.get("recipient_id"))
    if linked:
        return linked == as_str(recipient.get("id"))
    name = as_str(transfer.get("recipient")).casefold()
    return not name or not as_str(recipient.get("name")) or name == as_str(recipient.get("name")).casefold()


def check_recipient_country(ctx):
    def unknown(recipient):
        return catalogues.recipient_frequency(recipient) == "regular" and not as_str(recipient.get("country"))

    hits = []
    for index, recipient in enumerate(ctx.recipients, start=1):
        if unknown(recipient):
            hits.append(
                {
                    "name": {
                        lang: as_str(recipient.get("name")) or catalogues.RECIPIENT_KINDS.label(as_str(recipient.get("kind")), lang) or number_label(index, lang)
                        for lang in CODES
                    }
                }
            )
    return hits


def check_recipient_transfer(ctx):
    hits = []
    for recipient in ctx.recipients:
        country = as_str(recipient.get("country")).upper()
        if country and country not in catalogues.EEA_COUNTRIES and not any(covers(t, recipient) for t in ctx.transfer_items):
            name = as_str(recipient.get("name")) or as_str(recipient.get("kind"))
            hits.append(
                {"name": name, "country": {lang: catalogues.COUNTRIES.label(country, lang) for lang in CODES}}
            )
    return hits


def _service_rows_missing(ctx, fact: str, missing) -> list[dict]:
    """A library service's recipient row whose ``fact`` the library could not confirm and
    the user has not filled in yet."""
    hits = []
    for recipient in ctx.recipients:
        unknown = recipient.get("unknown") if isinstance(recipient.get("unknown"), list) else []
        if as_str(recipient.get("service")) and fact in unknown and missing(recipient):
            name = as_str(recipient.get("name")) or as_str(recipient.get("service"))
            hits.append({"name": name})
    return hits


def check_service_country_unknown(ctx):
    return _service_rows_missing(ctx, "country", lambda r: not as_str(r.get("country")))


def check_service_role_unknown(ctx):
    return _service_rows_missing(ctx, "role", lambda r: not as_str(r.get("role")))


def check_service_transfers_unknown(ctx):
    def no_transfer(recipient):
        return not any(as_str(t.get("recipient_id")) == as_str(recipient.get("id")) for t in ctx.transfer_items)

    return _service_rows_missing(ctx, "transfers", no_transfer)


def check_transfer_dpf_uncertified(ctx):
    # The library's entry says this company is not certified: its own transfer cannot rest
    # on the framework, whatever another recipient in the same country has.
    return _transfer_hits(ctx, lambda t: as_str(t.get("safeguard")) == "dpf" and t.get("dpf_certified") is False)


def check_transfers_unanswered(ctx):
    return _once(not isinstance(ctx.transfers.get("any"), bool) and not ctx.transfer_items)


def check_transfers_without_items(ctx):
    return _once(ctx.transfers.get("any") is True and not ctx.transfer_items)


def check_transfers_contradiction(ctx):
    return _once(ctx.transfers.get("any") is False and bool(ctx.transfer_items))


def _transfer_hits(ctx, predicate):
    hits = []
    for index, item in enumerate(ctx.transfer_items, start=1):
        if predicate(item):
            recipient = as_str(item.get("recipient"))
            country = as_str(item.get("country")).upper()
            code = as_str(item.get("country"))
            hits.append(
                {"name": {lang: _join_name(recipient, catalogues.destination_label(code, lang) if country else "", number_label(index, lang)) for lang in CODES}}
            )
    return hits


def _join_name(recipient: str, country: str, fallback: str) -> str:
    if recipient and country:
        return f"{recipient} ({country})"
    return recipient or country or fallback


def _outside_eea(item) -> bool:
    return as_str(item.get("country")).upper() not in catalogues.EEA_COUNTRIES


def check_transfer_country(ctx):
    return _transfer_hits(ctx, lambda t: not as_str(t.get("country")))


def check_transfer_safeguard(ctx):
    return _transfer_hits(ctx, lambda t: _outside_eea(t) and as_str(t.get("safeguard")) not in catalogues.SAFEGUARDS)


def check_transfer_privacy_shield(ctx):
    def invalid(item):
        entry = catalogues.SAFEGUARDS.get(as_str(item.get("safeguard")))
        return entry is not None and bool(entry.attrs.get("invalid"))

    return _transfer_hits(ctx, invalid)


def check_transfer_adequacy(ctx):
    def not_adequate(item):
        country = as_str(item.get("country")).upper()
        if as_str(item.get("safeguard")) != "adequacy" or not country or country in catalogues.EEA_COUNTRIES:
            return False
        entry = ctx.adequacy.get(country)
        # The US decision covers only DPF-certified companies: that is the "dpf" safeguard.
        return entry is None or bool(entry.attrs.get("certified_only"))

    return _transfer_hits(ctx, not_adequate)


def check_transfer_dpf(ctx):
    return _transfer_hits(ctx, lambda t: as_str(t.get("safeguard")) == "dpf" and as_str(t.get("country")).upper() not in ("US", ""))


def check_transfer_derogation_routine(ctx):
    """A derogation (Art. 49) covering a transfer to one of our own processors: that is
    routine, repeated processing, for which Art. 49 is not meant (EDPB Guidelines 2/2018)."""
    processors = {as_str(r.get("name")).casefold() for r in ctx.recipients if as_str(r.get("role")) == "processor" and as_str(r.get("name"))}

    def routine(item):
        entry = catalogues.SAFEGUARDS.get(as_str(item.get("safeguard")))
        return entry is not None and bool(entry.attrs.get("derogation")) and as_str(item.get("recipient")).casefold() in processors

    hits = _transfer_hits(ctx, routine)
    # Quote the recipient as listed under recipients, not as typed in the transfer.
    names = {as_str(r.get("name")).casefold(): as_str(r.get("name")) for r in ctx.recipients}
    for hit, item in zip(hits, [t for t in ctx.transfer_items if routine(t)], strict=True):
        name = names[as_str(item.get("recipient")).casefold()]
        hit["name"] = {lang: text.replace(as_str(item.get("recipient")), name) for lang, text in hit["name"].items()}
    return hits


def check_transfer_within_eea(ctx):
    return _transfer_hits(ctx, lambda t: as_str(t.get("country")).upper() in catalogues.EEA_COUNTRIES)


# --- security, automated decisions, cookies ------------------------------------------


def check_security(ctx):
    security = as_dict(ctx.a.get("security"))
    return _once(not as_codes(security.get("measures")) and not _has_text(security.get("other")))


def check_automated_unanswered(ctx):
    return _once(not (isinstance(ctx.automated.get("decisions"), bool) and isinstance(ctx.automated.get("profiling"), bool)))


def _automated_used(ctx) -> bool:
    return ctx.automated.get("decisions") is True or ctx.automated.get("profiling") is True


def check_automated_logic(ctx):
    return _once(_automated_used(ctx) and not _has_text(ctx.automated.get("logic")))


def check_automated_consequences(ctx):
    return _once(_automated_used(ctx) and not _has_text(ctx.automated.get("consequences")))


def check_automated_exception(ctx):
    exception = as_str(ctx.automated.get("exception"))
    return _once(ctx.automated.get("decisions") is True and exception not in catalogues.AUTOMATED_EXCEPTIONS)


# Art. 22(4): automated decisions on special categories only with 9(2)(a) or (g).
AUTOMATED_SPECIAL_CONDITIONS = frozenset({"explicit_consent", "public_interest"})


def check_automated_special(ctx):
    condition = as_str(ctx.categories.get("special_condition"))
    return _once(
        ctx.automated.get("decisions") is True and ctx.categories.get("special") is True and condition not in AUTOMATED_SPECIAL_CONDITIONS
    )


def check_profiling_contradiction(ctx):
    return _once(ctx.automated.get("profiling") is False and rights_rules.profiling_signs(ctx.a))


def check_cookies_unanswered(ctx):
    return _once(not isinstance(ctx.cookies.get("used"), bool))


def check_cookies_probably_used(ctx):
    return _once(ctx.cookies.get("used") is not True and rights_rules.cookie_signs(ctx.a))


def check_cookies_consent_asked(ctx):
    return _once(rights_rules.non_necessary_cookies(ctx.a) and ctx.cookies.get("consent_asked") is not True)


def check_cookies_refusal_browser(ctx):
    entry = catalogues.COOKIE_REFUSAL_METHODS.get(as_str(ctx.cookies.get("refusal_method")))
    return _once(ctx.cookies.get("used") is True and entry is not None and bool(entry.attrs.get("not_consent")))


def check_cookies_consent_purpose(ctx):
    consent_purpose = any(as_str(p.get("legal_basis")) == "consent" for p in ctx.purposes)
    return _once(rights_rules.non_necessary_cookies(ctx.a) and not consent_purpose)


def check_cookies_refusal(ctx):
    return _once(ctx.cookies.get("used") is True and not _has_text(ctx.cookies.get("how_to_refuse")))


def check_cookies_categories(ctx):
    return _once(ctx.cookies.get("used") is True and not as_codes(ctx.cookies.get("categories")))


# --- issue 11, items 11-15 and the "real notices" rules ------------------------------


def check_authority_unknown(ctx):
    return _once(ctx.country in catalogues.EEA_COUNTRIES and catalogues.supervisory_authority(ctx.country) is None)


def check_criminal_basis(ctx):
    return _once(ctx.categories.get("criminal") is True and as_str(ctx.categories.get("criminal_basis")) not in catalogues.CRIMINAL_BASES)


def check_criminal_basis_law(ctx):
    cats = ctx.categories
    return _once(cats.get("criminal") is True and as_str(cats.get("criminal_basis")) == "law" and not _has_text(cats.get("criminal_basis_details")))


def _has_category(ctx, code: str) -> bool:
    return code in [as_str(item.get("code")) for item in as_dicts(ctx.categories.get("items"))]


def check_identity_code_basis(ctx):
    basis = as_str(ctx.categories.get("identity_code_basis"))
    return _once(_has_category(ctx, "personal_identity_code") and basis not in catalogues.IDENTITY_CODE_BASES)


def _joint_rows(ctx) -> list[dict]:
    return [row for row in as_dicts(ctx.notice.get("joint_controllers")) if any(as_str(row.get(k)) for k in ("name", "business_id"))]


def check_joint_controller(ctx):
    hits = []
    for index, row in enumerate(_joint_rows(ctx), start=1):
        name, business_id = as_str(row.get("name")), as_str(row.get("business_id"))
        finnish = (as_str(row.get("country")).upper() or "FI") == "FI"
        if not name or not business_id or (finnish and not is_valid_business_id(business_id)):
            hits.append({"name": {lang: name or number_label(index, lang) for lang in CODES}})
    return hits


def check_joint_arrangement(ctx):
    return _once(bool(_joint_rows(ctx)) and not _has_text(ctx.notice.get("joint_arrangement")))


def check_joint_contact(ctx):
    return _once(bool(_joint_rows(ctx)) and not _has_text(ctx.notice.get("joint_contact")))


def _subjects(ctx) -> set[str]:
    return set(as_codes(ctx.notice.get("data_subjects")))


def check_employment_consent(ctx):
    if not _subjects(ctx) & catalogues.EMPLOYMENT_SUBJECTS:
        return []
    return _items(ctx.purposes, "description", lambda p: as_str(p.get("legal_basis")) == "consent")


def check_employment_sources(ctx):
    other = [code for code in ctx.source_codes if code not in catalogues.FROM_THE_PERSON_SOURCES]
    return _once(bool(_subjects(ctx) & catalogues.EMPLOYMENT_SUBJECTS) and bool(other or as_dicts(ctx.sources.get("other"))))


def _children_on_consent(ctx) -> bool:
    return bool(_subjects(ctx) & catalogues.CHILD_SUBJECTS) and "consent" in [as_str(p.get("legal_basis")) for p in ctx.purposes]


def check_children_guardian(ctx):
    return _once(_children_on_consent(ctx) and ctx.notice.get("guardian_consent") is not True)


def check_children_wording(ctx):
    return _once(bool(_subjects(ctx) & catalogues.CHILD_SUBJECTS))


# --- translations --------------------------------------------------------------------


def _ltexts(ctx) -> list[tuple[str, object]]:
    """(step, LText) for every free text that the notice renders."""
    a = ctx.a
    out: list[tuple[str, object]] = []
    notice = ctx.notice
    out += [("notice", notice.get(key)) for key in ("title", "intro", "data_subjects_other")]
    out += [("notice", r.get("name")) for r in as_dicts(notice.get("registers"))]
    if _joint_rows(ctx):
        out += [("notice", notice.get(key)) for key in ("joint_arrangement", "joint_contact")]
    for purpose in ctx.purposes:
        out.append(("purposes", purpose.get("description")))
        if as_str(purpose.get("legal_basis")) == "legitimate_interests":
            out.append(("purposes", purpose.get("legitimate_interest")))
    cats = ctx.categories
    out += [("categories", item.get(key)) for item in as_dicts(cats.get("items")) for key in ("name", "details")]
    if cats.get("special") is True:
        out.append(("categories", cats.get("special_description")))
    if cats.get("criminal") is True:
        out.append(("categories", cats.get("criminal_description")))
        out.append(("categories", cats.get("criminal_basis_details")))
    out += [("sources", other.get("name")) for other in as_dicts(ctx.sources.get("other"))]
    out.append(("sources", ctx.sources.get("consequences")))
    out += [("retention", rule.get(key)) for rule in ctx.retention for key in ("applies_to", "period", "criteria")]
    out += [("recipients", r.get("description")) for r in ctx.recipients]
    out += [("transfers", t.get("details")) for t in ctx.transfer_items]
    out.append(("security", as_dict(a.get("security")).get("other")))
    if _automated_used(ctx):
        out += [("automated", ctx.automated.get(key)) for key in ("logic", "consequences")]
    if ctx.cookies.get("used") is True:
        out += [("cookies", tool.get("purpose")) for tool in as_dicts(ctx.cookies.get("tools"))]
        out.append(("cookies", ctx.cookies.get("how_to_refuse")))
    out += [("rights", ctx.rights.get(key)) for key in ("request_other", "changes", "processor_role")]
    return out


# The message about a free text missing in one output language, per message language;
# {language} is that language's adjective (languages.NoticeLanguage.adjectives).
MISSING_TRANSLATION = {
    "fi": "{language} versio puuttuu tämän vaiheen {count} tekstistä, esimerkiksi ”{example}”.",
    "en": "{count} text(s) in this step have no {language} version, e.g. “{example}”.",
    "sv": "Den {language} versionen saknas för {count} text(er) i detta steg, till exempel ”{example}”.",
}


def translation_findings(ctx) -> list[Finding]:
    """A chosen output language with a free text missing in it: an error for that language,
    one finding per step, quoting an example in the language it does have."""
    findings = []
    for language in ctx.languages:
        missing: dict[str, list[str]] = {}
        for step, value in _ltexts(ctx):
            if _has_text(value) and not ltext(value, language):
                other = next((ltext(value, lang) for lang in builder.LANGUAGES if ltext(value, lang)), "")
                missing.setdefault(step, []).append(other)
        adjectives = languages.BY_CODE[language].adjectives
        for step, examples in missing.items():
            example = examples[0] if len(examples[0]) <= 60 else examples[0][:57].rstrip() + "…"
            findings.append(
                Finding(
                    code="missing_translation",
                    severity="error",
                    step=step,
                    messages={
                        code: text.format(language=pick(adjectives, code), count=len(examples), example=example)
                        for code, text in MISSING_TRANSLATION.items()
                    },
                    language=language,
                )
            )
    return findings


# Step names for the "suggested" finding; the UI's own labels are gettext, this module is not.
STEP_NAMES = {
    "notice": {"fi": "Seloste", "en": "The notice", "sv": "Beskrivningen"},
    "purposes": {"fi": "Käsittelyn tarkoitukset ja oikeusperusteet", "en": "Purposes and legal bases", "sv": "Ändamål och rättsliga grunder"},
    "categories": {"fi": "Henkilötiedot", "en": "Personal data", "sv": "Personuppgifter"},
    "sources": {"fi": "Tietolähteet", "en": "Sources", "sv": "Källor"},
    "retention": {"fi": "Säilytysajat", "en": "Retention", "sv": "Lagringstider"},
    "recipients": {"fi": "Vastaanottajat", "en": "Recipients", "sv": "Mottagare"},
    "transfers": {"fi": "Siirrot EU:n tai ETA:n ulkopuolelle", "en": "Transfers outside the EU/EEA", "sv": "Överföring till länder utanför EU/EES"},
    "security": {"fi": "Tietoturva", "en": "Security", "sv": "Informationssäkerhet"},
    "automated": {"fi": "Automaattiset päätökset", "en": "Automated decisions", "sv": "Automatiserade beslut"},
    "cookies": {"fi": "Evästeet", "en": "Cookies", "sv": "Kakor"},
    "rights": {"fi": "Oikeudet ja muutokset", "en": "Rights and changes", "sv": "Rättigheter och ändringar"},
}  # fmt: skip


SUGGESTED_UNCONFIRMED = {
    "fi": "Tarkista mallin ehdottamat vastaukset vaiheessa ”{step}” ja tallenna vaihe, kun ne pitävät paikkansa.",
    "en": "Check the answers the template suggested in “{step}” and save the step when they are right.",
    "sv": "Kontrollera svaren som mallen föreslog i steget ”{step}” och spara steget när de stämmer.",
}


def suggested_findings(ctx) -> list[Finding]:
    """A step a template prefilled stays "suggested" until the user has read and saved it
    (answers["suggested"]); publishing waits for that, so nobody publishes unread text."""
    findings = []
    for step in as_codes(ctx.a.get("suggested")):
        if step not in STEP_KEYS:
            continue
        names = STEP_NAMES.get(step, {})
        findings.append(
            Finding(
                code="suggested_step_unconfirmed",
                severity="error",
                step=step,
                messages={code: text.format(step=pick(names, code) or step) for code, text in SUGGESTED_UNCONFIRMED.items()},
            )
        )
    return findings


# --- the rules -----------------------------------------------------------------------

RULES: list[Rule] = [
    Rule("controller_name_missing", "error", "controller",
         {"fi": "Anna rekisterinpitäjän virallinen nimi.", "en": "Enter the controller's legal name.", "sv": "Ange den personuppgiftsansvariges juridiska namn."}, check_controller_name),
    Rule("controller_business_id_missing", "error", "controller",
         {"fi": "Anna rekisterinpitäjän Y-tunnus (ulkomaisella yrityksellä rekisteröintinumero).", "en": "Enter the controller's business ID (registration number for a foreign company).", "sv": "Ange den personuppgiftsansvariges FO-nummer (registreringsnummer för ett utländskt företag)."}, check_business_id_missing),
    Rule("controller_business_id_invalid", "error", "controller",
         {"fi": "Y-tunnus ei ole kelvollinen: tarkista numerot ja tarkistusmerkki (muoto 1234567-8).", "en": "The business ID is not valid: check the digits and the check digit (format 1234567-8).", "sv": "FO-numret är inte giltigt: kontrollera siffrorna och kontrollsiffran (formatet 1234567-8)."}, check_business_id_invalid),
    Rule("controller_address_missing", "error", "controller",
         {"fi": "Anna rekisterinpitäjän postiosoite.", "en": "Enter the controller's postal address.", "sv": "Ange den personuppgiftsansvariges postadress."}, check_controller_address),
    Rule("controller_contact_missing", "error", "controller",
         {"fi": "Anna rekisterinpitäjän sähköpostiosoite tai puhelinnumero.", "en": "Enter the controller's e-mail address or phone number.", "sv": "Ange den personuppgiftsansvariges e-postadress eller telefonnummer."},
         check_controller_contact),
    Rule("contact_person_missing", "warning", "controller",
         {"fi": "Nimeä rekisteriasioiden yhteyshenkilö: lukijat odottavat, että selosteessa on nimetty yhteyshenkilö.", "en": "Name a contact person for register matters: readers expect a named contact.", "sv": "Ange en kontaktperson i ärenden som gäller registret: läsarna förväntar sig en namngiven kontaktperson."}, check_contact_person),
    Rule("dpo_contact_missing", "error", "controller",
         {"fi": "Anna tietosuojavastaavan sähköpostiosoite tai puhelinnumero.", "en": "Enter the data protection officer's e-mail address or phone number.", "sv": "Ange dataskyddsombudets e-postadress eller telefonnummer."},
         check_dpo_contact),
    Rule("representative_missing", "warning", "controller",
         {"fi": "Rekisterinpitäjä on EU:n ja ETA:n ulkopuolella: nimeä edustaja EU:ssa, ellei jokin poikkeus sovellu.", "en": "The controller is outside the EU/EEA: name a representative in the EU unless an exemption applies.", "sv": "Den personuppgiftsansvarige finns utanför EU/EES: ange en företrädare i EU, om inte ett undantag är tillämpligt."}, check_representative),
    Rule("request_channel_missing", "error", "rights",
         {"fi": "Kerro, minne rekisteröidyt voivat lähettää oikeuksiaan koskevat pyynnöt.", "en": "Say where data subjects can send requests concerning their rights.", "sv": "Ange vart de registrerade kan skicka begäranden som gäller deras rättigheter."}, check_request_channel),
    Rule("languages_missing", "warning", "notice",
         {"fi": "Valitse selosteen kielet. Ilman valintaa seloste julkaistaan suomeksi.", "en": "Choose the notice's languages. Without a choice it is published in Finnish.", "sv": "Välj beskrivningens språk. Om inget språk väljs publiceras beskrivningen på finska."}, check_languages),
    Rule("registers_missing", "warning", "notice",
         {"fi": "Anna rekisterin nimi: numeroidussa rekisteriselosteessa on kohta ”Rekisterin nimi”.", "en": "Enter the name of the register: the numbered notice has a section for it.", "sv": "Ange registrets namn: den numrerade registerbeskrivningen har ett eget avsnitt för det."}, check_registers),
    Rule("data_subjects_missing", "warning", "notice",
         {"fi": "Kerro, keiden henkilötietoja käsittelet (esim. asiakkaat, uutiskirjeen tilaajat).", "en": "Say whose personal data you process (e.g. customers, newsletter subscribers).", "sv": "Ange vems personuppgifter du behandlar (t.ex. kunder, prenumeranter på nyhetsbrevet)."}, check_data_subjects),
    Rule("no_purposes", "error", "purposes",
         {"fi": "Lisää vähintään yksi käsittelyn tarkoitus.", "en": "Add at least one purpose of processing.", "sv": "Lägg till minst ett ändamål med behandlingen."}, check_no_purposes),
    Rule("purpose_without_description", "error", "purposes",
         {"fi": "Kuvaa käsittelyn tarkoitus ({name}).", "en": "Describe the purpose of processing ({name}).", "sv": "Beskriv ändamålet med behandlingen ({name})."}, check_purpose_description),
    Rule("purpose_without_basis", "error", "purposes",
         {"fi": "Valitse oikeusperuste tarkoitukselle ”{name}”.", "en": "Choose a legal basis for the purpose “{name}”.", "sv": "Välj en rättslig grund för ändamålet ”{name}”."}, check_purpose_basis),
    Rule("legitimate_interest_not_described", "error", "purposes",
         {"fi": "Kerro tarkoituksen ”{name}” kohdalla, mitä yrityksesi sillä saavuttaa ja miksi henkilö voi sitä odottaa: pelkkä oikeusperusteen nimi ei riitä.", "en": "For the purpose “{name}”, say what your business gains from it and why the person can expect it: naming the basis is not enough.", "sv": "Ange för ändamålet ”{name}” vad ditt företag vinner på det och varför personen kan förvänta sig det: det räcker inte att nämna den rättsliga grunden."},
         check_legitimate_interest),
    Rule("consent_withdrawal_missing", "error", "purposes",
         {"fi": "Kun käsittely perustuu suostumukseen (myös nimenomaiseen suostumukseen arkaluonteisiin tietoihin tai siirtoon), selosteen on kerrottava oikeudesta peruuttaa suostumus ({language}).", "en": "Where consent is relied on (including explicit consent for special categories or a transfer), the notice must state the right to withdraw consent ({language}).", "sv": "När behandlingen grundar sig på samtycke (också uttryckligt samtycke för särskilda kategorier av personuppgifter eller för en överföring) ska beskrivningen nämna rätten att återkalla samtycket ({language})."},
         check_consent_withdrawal),
    Rule("marketing_without_channel", "error", "purposes",
         {"fi": "Valitse suoramarkkinoinnin kanavat tarkoitukselle ”{name}” (sähköposti, tekstiviesti, puhelin, posti tai kohdennettu verkkomainonta).", "en": "Choose the direct-marketing channels for the purpose “{name}” (e-mail, SMS, phone, post or targeted online ads).", "sv": "Välj kanalerna för direktmarknadsföring för ändamålet ”{name}” (e-post, sms, telefon, post eller riktad reklam på nätet)."},
         check_marketing_channel),
    Rule("marketing_electronic_without_consent", "warning", "purposes",
         {"fi": "Sähköposti- ja tekstiviestimarkkinointi kuluttajille vaatii ennakkosuostumuksen (laki sähköisen viestinnän palveluista 200 §), paitsi kun markkinoit nykyisille asiakkaillesi omia samankaltaisia tuotteitasi (tarkoitus ”{name}”). Valitse oikeusperusteeksi suostumus tai merkitse, että markkinointi kohdistuu vain nykyisiin asiakkaisiin.", "en": "E-mail and SMS marketing to consumers needs prior consent (Act on Electronic Communications Services 917/2014, section 200), except to your existing customers about your own similar products (purpose “{name}”). Choose consent as the basis, or mark that the marketing goes only to existing customers.", "sv": "Marknadsföring till konsumenter via e-post och sms kräver förhandssamtycke (200 § i lagen om tjänster inom elektronisk kommunikation, 917/2014), utom till dina befintliga kunder om dina egna liknande produkter (ändamålet ”{name}”). Välj samtycke som rättslig grund eller markera att marknadsföringen endast riktas till befintliga kunder."},
         check_marketing_electronic_consent),
    Rule("marketing_purpose_unmarked", "warning", "purposes",
         {"fi": "Vastauksesi viittaavat suoramarkkinointiin (esim. uutiskirjeen tilaajat, markkinointievästeet tai markkinointiluvat), mutta mitään tarkoitusta ei ole merkitty suoramarkkinoinniksi. Merkitse se, jotta seloste kertoo oikeudesta kieltää suoramarkkinointi (21 artiklan 2 kohta).", "en": "Your answers suggest direct marketing (e.g. newsletter subscribers, marketing cookies or marketing consents), but no purpose is marked as direct marketing. Mark it so that the notice states the right to object to direct marketing (Art. 21(2)).", "sv": "Dina svar tyder på direktmarknadsföring (t.ex. prenumeranter på nyhetsbrevet, marknadsföringskakor eller samtycken till marknadsföring), men inget ändamål är markerat som direktmarknadsföring. Markera det, så att beskrivningen nämner rätten att invända mot direktmarknadsföring (artikel 21.2)."},
         check_marketing_unmarked),
    Rule("categories_missing", "error", "categories",
         {"fi": "Luettele, mitä tietoja ihmisistä pidät. Luettelo on pakollinen, kun tietoja saadaan muualta kuin henkilöltä itseltään.", "en": "List the data you keep about people. It is required when some data comes from anyone other than the person.", "sv": "Räkna upp de uppgifter som du har om personerna. Det är obligatoriskt när en del av uppgifterna kommer från någon annan än personen själv."},
         check_categories_missing),
    Rule("category_without_name", "error", "categories",
         {"fi": "Anna nimi jokaiselle itse lisäämällesi tietoryhmälle.", "en": "Give a name to every category you added yourself.", "sv": "Ge ett namn åt varje kategori som du själv har lagt till."}, check_category_name),
    Rule("special_unanswered", "error", "categories",
         {"fi": "Kerro, käsitteletkö arkaluonteisia tietoja (erityisiä henkilötietoryhmiä). Selosteessa on aina sanottava kyllä tai ei.", "en": "Say whether you process special categories of personal data. The notice must always say yes or no.", "sv": "Ange om du behandlar särskilda kategorier av personuppgifter. Beskrivningen ska alltid ange ja eller nej."}, check_special_unanswered),
    Rule("criminal_unanswered", "error", "categories",
         {"fi": "Kerro, käsitteletkö rikostuomioihin tai rikoksiin liittyviä tietoja. Selosteessa on aina sanottava kyllä tai ei.", "en": "Say whether you process data relating to criminal convictions or offences. The notice must always say yes or no.", "sv": "Ange om du behandlar uppgifter om fällande domar i brottmål eller lagöverträdelser. Beskrivningen ska alltid ange ja eller nej."},
         check_criminal_unanswered),
    Rule("special_without_condition", "error", "categories",
         {"fi": "Kerro, miksi saat käsitellä arkaluonteisia tietoja: valitse sopiva vaihtoehto.", "en": "Say why you may process the sensitive data: choose the option that fits.", "sv": "Ange varför du får behandla de känsliga uppgifterna: välj det alternativ som passar."}, check_special_condition),
    Rule("special_without_description", "error", "categories",
         {"fi": "Kerro, mitä arkaluonteisia tietoja käsittelet.", "en": "Say which special categories of data you process.", "sv": "Ange vilka särskilda kategorier av personuppgifter du behandlar."}, check_special_description),
    Rule("criminal_without_description", "error", "categories",
         {"fi": "Kerro, mitä rikostuomioihin tai rikoksiin liittyviä tietoja käsittelet.", "en": "Say which data relating to criminal convictions or offences you process.", "sv": "Ange vilka uppgifter om fällande domar i brottmål eller lagöverträdelser du behandlar."}, check_criminal_description),
    Rule("sources_missing", "error", "sources",
         {"fi": "Kerro, mistä henkilötiedot saadaan.", "en": "Say where the personal data comes from.", "sv": "Ange varifrån personuppgifterna kommer."}, check_sources_missing),
    Rule("source_without_name", "error", "sources",
         {"fi": "Anna nimi jokaiselle lisäämällesi tietolähteelle.", "en": "Give a name to every source you added.", "sv": "Ge ett namn åt varje källa som du har lagt till."}, check_source_name),
    Rule("requirement_missing", "error", "sources",
         {"fi": "Kerro, onko ihmisten pakko antaa tietonsa.", "en": "Say whether people must give their data.", "sv": "Ange om personerna är skyldiga att lämna sina uppgifter."}, check_requirement),
    Rule("consequences_missing", "error", "sources",
         {"fi": "Kerro, mitä tapahtuu, jos henkilö ei anna tietojaan.", "en": "Say what happens if a person does not give their data.", "sv": "Ange vad som händer om en person inte lämnar sina uppgifter."}, check_consequences),
    Rule("retention_missing", "error", "retention",
         {"fi": "Kerro, kuinka kauan tietoja säilytetään tai miten säilytysaika määräytyy.", "en": "Say how long the data is kept or how the period is decided.", "sv": "Ange hur länge uppgifterna sparas eller hur tiden bestäms."}, check_retention_missing),
    Rule("retention_rule_empty", "error", "retention",
         {"fi": "Anna säilytysaika tai sen määräytymisperuste kohdalle ”{name}”.", "en": "Enter a retention period or the criteria for it for “{name}”.", "sv": "Ange en lagringstid eller kriterierna för den för ”{name}”."}, check_retention_rule_empty),
    Rule("retention_criteria_only", "warning", "retention",
         {"fi": "Kohdalle ”{name}” on annettu vain määräytymisperuste. Anna myös kesto, jos se on mahdollista (esim. ”3 vuotta asiakassuhteen päättymisestä”).", "en": "Only criteria are given for “{name}”. Give a concrete period if you can (e.g. “3 years after the customer relationship ends”).", "sv": "För ”{name}” har endast kriterier angetts. Ange en konkret tid om du kan (t.ex. ”3 år efter att kundförhållandet har upphört”)."},
         check_retention_criteria_only),
    Rule("retention_rule_without_subject", "warning", "retention",
         {"fi": "Kerro jokaisen säilytysajan kohdalla, mitä tietoja se koskee.", "en": "For each retention period, say which data it applies to.", "sv": "Ange för varje lagringstid vilka uppgifter den gäller."},
         check_retention_subject),
    Rule("retention_category_uncovered", "error", "retention",
         {"fi": "Mikään säilytysaika ei koske tietoryhmää ”{name}”: lisää sille sääntö tai valitse se jonkin säännön kohdalla.", "en": "No retention period covers “{name}”: add a rule for it or tick it under an existing rule.", "sv": "Ingen lagringstid omfattar ”{name}”: lägg till en regel för den eller kryssa för den under en befintlig regel."}, check_retention_categories),
    Rule("retention_register_uncovered", "error", "retention",
         {"fi": "Mikään säilytysaika ei koske rekisteriä ”{name}”.", "en": "No retention period covers the register “{name}”.", "sv": "Ingen lagringstid omfattar registret ”{name}”."},
         check_retention_registers),
    Rule("recipients_unanswered", "error", "recipients",
         {"fi": "Kerro, kenelle tietoja luovutetaan tai kuka niitä käsittelee puolestasi, tai tallenna vaihe tyhjänä, jos tietoja ei luovuteta säännönmukaisesti (13 artiklan 1 kohdan e alakohta).", "en": "Say who receives the data or processes it for you, or save the step empty if the data is not disclosed regularly (Art. 13(1)(e)).", "sv": "Ange vem som får uppgifterna eller behandlar dem för din räkning, eller spara steget tomt om uppgifterna inte lämnas ut regelbundet (artikel 13.1 e)."},
         check_recipients_unanswered),
    Rule("recipient_without_name", "error", "recipients",
         {"fi": "Anna jokaiselle vastaanottajalle nimi tai valitse vastaanottajaryhmä.", "en": "Give every recipient a name or choose a category.", "sv": "Ge varje mottagare ett namn eller välj en kategori."},
         check_recipient_name),
    Rule("recipient_transfer_undeclared", "error", "transfers",
         {"fi": "Vastaanottaja {name} sijaitsee EU:n tai ETA:n ulkopuolella ({country}): lisää siirto ja sen siirtoperuste.", "en": "The recipient {name} is outside the EU/EEA ({country}): add the transfer and its safeguard.", "sv": "Mottagaren {name} finns utanför EU/EES ({country}): lägg till överföringen och dess skyddsåtgärd."}, check_recipient_transfer),
    Rule("service_country_unknown", "error", "recipients",
         {"fi": "Emme tiedä, missä maassa palvelun {name} tarjoaja on. Tarkista maa palvelun sopimuksesta tai tietosuojaselosteesta ja valitse se.", "en": "We do not know which country the provider of {name} is in. Check the country in its contract or privacy policy and choose it.", "sv": "Vi vet inte i vilket land leverantören av {name} finns. Kontrollera landet i leverantörens avtal eller dataskyddsbeskrivning och välj det."},
         check_service_country_unknown),
    Rule("service_role_unknown", "warning", "recipients",
         {"fi": "Tarkista palvelun {name} rooli: käsitteleekö se tietoja vain sinun lukuusi (henkilötietojen käsittelijä) vai omiin tarkoituksiinsa (itsenäinen rekisterinpitäjä)? Vastaus löytyy yleensä palvelun tietojenkäsittelysopimuksesta.", "en": "Check the role of {name}: does it process the data only on your behalf (processor) or for its own purposes (independent controller)? Its data processing agreement usually says.", "sv": "Kontrollera rollen för {name}: behandlar leverantören uppgifterna endast för din räkning (personuppgiftsbiträde) eller för egna ändamål (självständig personuppgiftsansvarig)? Det framgår vanligen av personuppgiftsbiträdesavtalet."},
         check_service_role_unknown),
    Rule("service_transfers_unknown", "warning", "transfers",
         {"fi": "Emme tiedä, siirtääkö {name} tietoja EU:n tai ETA:n ulkopuolelle. Tarkista asia palvelun tietosuojaselosteesta; jos siirtää, lisää siirto ja sen siirtoperuste.", "en": "We do not know whether {name} transfers data outside the EU/EEA. Check its privacy policy; if it does, add the transfer and its safeguard.", "sv": "Vi vet inte om {name} överför uppgifter till länder utanför EU/EES. Kontrollera leverantörens dataskyddsbeskrivning; om den gör det, lägg till överföringen och dess skyddsåtgärd."},
         check_service_transfers_unknown),
    Rule("transfers_unanswered", "error", "transfers",
         {"fi": "Kerro, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle. Selosteessa on aina sanottava kyllä tai ei.", "en": "Say whether data is transferred outside the EU/EEA. The notice must always say yes or no.", "sv": "Ange om uppgifter överförs till länder utanför EU/EES. Beskrivningen ska alltid ange ja eller nej."}, check_transfers_unanswered),
    Rule("transfers_without_items", "error", "transfers",
         {"fi": "Lisää jokainen EU:n tai ETA:n ulkopuolelle tehtävä siirto: vastaanottaja, maa ja siirtoperuste.", "en": "Add each transfer outside the EU/EEA: recipient, country and safeguard.", "sv": "Lägg till varje överföring till länder utanför EU/EES: mottagare, land och skyddsåtgärd."}, check_transfers_without_items),
    Rule("transfers_contradiction", "error", "transfers",
         {"fi": "Olet vastannut, ettei tietoja siirretä EU:n tai ETA:n ulkopuolelle, mutta siirtoja on lueteltu. Korjaa jompikumpi.", "en": "You answered that no data leaves the EU/EEA but listed transfers. Correct one of them.", "sv": "Du har svarat att inga uppgifter lämnar EU/EES men ändå angett överföringar. Rätta det ena av dem."}, check_transfers_contradiction),
    Rule("transfer_country_missing", "error", "transfers",
         {"fi": "Valitse maa siirrolle {name}.", "en": "Choose the country for the transfer {name}.", "sv": "Välj land för överföringen {name}."}, check_transfer_country),
    Rule("transfer_without_safeguard", "error", "transfers",
         {"fi": "Valitse siirtoperuste siirrolle {name} (esim. vakiosopimuslausekkeet).", "en": "Choose a safeguard for the transfer {name} (e.g. standard contractual clauses).", "sv": "Välj en skyddsåtgärd för överföringen {name} (t.ex. standardavtalsklausuler)."}, check_transfer_safeguard),
    Rule("transfer_privacy_shield", "error", "transfers",
         {"fi": "Privacy Shield ei ole ollut pätevä siirtoperuste 16.7.2020 lähtien (siirto {name}). Valitse tilalle esim. EU–Yhdysvallat-tietosuojakehys tai vakiosopimuslausekkeet.", "en": "Privacy Shield has not been a valid safeguard since 16 July 2020 (transfer {name}). Choose e.g. the EU–US Data Privacy Framework or standard contractual clauses instead.", "sv": "Privacy Shield har inte varit en giltig skyddsåtgärd sedan den 16 juli 2020 (överföringen {name}). Välj i stället t.ex. ramen för dataskydd mellan EU och USA eller standardavtalsklausuler."},
         check_transfer_privacy_shield),
    Rule("transfer_adequacy_not_adequate", "error", "transfers",
         {"fi": "Maalla ei ole komission riittävyyspäätöstä (siirto {name}). Yhdysvaltoihin tehtävissä siirroissa valitse EU–Yhdysvallat-tietosuojakehys, jos vastaanottaja on sertifioitu, muuten vakiosopimuslausekkeet.", "en": "The country has no Commission adequacy decision (transfer {name}). For the US, choose the Data Privacy Framework if the recipient is certified, otherwise standard contractual clauses.", "sv": "Landet omfattas inte av något beslut om adekvat skyddsnivå från kommissionen (överföringen {name}). För USA väljer du ramen för dataskydd mellan EU och USA om mottagaren är certifierad, annars standardavtalsklausuler."},
         check_transfer_adequacy),
    Rule("transfer_dpf_uncertified", "error", "transfers",
         {"fi": "Vastaanottaja ei ole sertifioitunut EU–Yhdysvallat-tietosuojakehykseen (siirto {name}). Valitse toinen siirtoperuste, esimerkiksi vakiosopimuslausekkeet.", "en": "The recipient is not certified under the EU–US Data Privacy Framework (transfer {name}). Choose another safeguard, e.g. standard contractual clauses.", "sv": "Mottagaren är inte certifierad enligt ramen för dataskydd mellan EU och USA (överföringen {name}). Välj en annan skyddsåtgärd, t.ex. standardavtalsklausuler."},
         check_transfer_dpf_uncertified),
    Rule("transfer_dpf_not_us", "error", "transfers",
         {"fi": "EU–Yhdysvallat-tietosuojakehys koskee vain Yhdysvaltoihin tehtäviä siirtoja (siirto {name}).", "en": "The EU–US Data Privacy Framework covers only transfers to the United States (transfer {name}).", "sv": "Ramen för dataskydd mellan EU och USA omfattar endast överföringar till Förenta staterna (överföringen {name})."}, check_transfer_dpf),
    Rule("transfer_derogation_routine", "warning", "transfers",
         {"fi": "Siirto {name} perustuu 49 artiklan poikkeukseen, mutta vastaanottaja on henkilötietojen käsittelijäsi. Poikkeukset on tarkoitettu satunnaisiin siirtoihin, ei säännölliseen käsittelyyn kuten palvelintilaan tai ylläpitoon (EDPB:n ohjeet 2/2018). Valitse esimerkiksi vakiosopimuslausekkeet.", "en": "The transfer {name} rests on an Art. 49 derogation, but the recipient is your processor. Derogations are for occasional transfers, not routine processing such as hosting or support (EDPB Guidelines 2/2018). Choose e.g. standard contractual clauses.", "sv": "Överföringen {name} grundar sig på ett undantag enligt artikel 49, men mottagaren är ditt personuppgiftsbiträde. Undantagen gäller tillfälliga överföringar, inte rutinmässig behandling som drift eller support (EDPB:s riktlinjer 2/2018). Välj t.ex. standardavtalsklausuler."},
         check_transfer_derogation_routine),
    Rule("transfer_within_eea", "warning", "transfers",
         {"fi": "Siirto {name} kohdistuu ETA-maahan, eikä se ole siirto EU:n tai ETA:n ulkopuolelle. Poista se siirroista ja lisää vastaanottajiin.", "en": "The transfer {name} is to an EEA country and is not a transfer outside the EU/EEA. Remove it and list it under recipients.", "sv": "Överföringen {name} går till ett EES-land och är inte en överföring till ett land utanför EU/EES. Ta bort den och ange mottagaren under mottagare."},
         check_transfer_within_eea),
    Rule("security_missing", "warning", "security",
         {"fi": "Kerro, miten tiedot suojataan: selosteissa on yleensä kohta rekisterin suojauksen periaatteista.", "en": "Describe how the data is protected: notices normally include the security principles.", "sv": "Beskriv hur uppgifterna skyddas: beskrivningar brukar innehålla principerna för skyddet."}, check_security),
    Rule("automated_unanswered", "error", "automated",
         {"fi": "Kerro, teetkö automaattisia päätöksiä ja profiloitko. Selosteessa on aina sanottava kyllä tai ei.", "en": "Say whether you make automated decisions and use profiling. The notice must always say yes or no.", "sv": "Ange om du fattar automatiserade beslut och använder profilering. Beskrivningen ska alltid ange ja eller nej."}, check_automated_unanswered),
    Rule("automated_without_logic", "error", "automated",
         {"fi": "Kuvaa, miten automaattinen päätöksenteko tai profilointi toimii: mitä tietoja käytetään ja miten.", "en": "Describe how the automated decision-making or profiling works: what data is used and how.", "sv": "Beskriv hur det automatiserade beslutsfattandet eller profileringen fungerar: vilka uppgifter som används och hur."}, check_automated_logic),
    Rule("automated_without_consequences", "error", "automated",
         {"fi": "Kerro, mitä automaattinen päätöksenteko tai profilointi merkitsee henkilölle.", "en": "Describe what the automated decision-making or profiling means for the person.", "sv": "Beskriv vad det automatiserade beslutsfattandet eller profileringen innebär för personen."},
         check_automated_consequences),
    Rule("automated_without_exception", "error", "automated",
         {"fi": "Kerro, mikä 22 artiklan 2 kohdan poikkeus sallii automaattiset päätökset: sopimus, laki vai nimenomainen suostumus.", "en": "Say which Art. 22(2) exception allows the automated decisions: a contract, the law or explicit consent.", "sv": "Ange vilket undantag i artikel 22.2 som tillåter de automatiserade besluten: ett avtal, lagen eller uttryckligt samtycke."},
         check_automated_exception),
    Rule("automated_special_categories", "warning", "automated",
         {"fi": "Jos automaattiset päätökset perustuvat arkaluonteisiin tietoihin, ne ovat sallittuja vain nimenomaisella suostumuksella tai tärkeän yleisen edun vuoksi lain nojalla ja asianmukaisin suojatoimin (22 artiklan 4 kohta). Tarkista arkaluonteisten tietojen käsittelyperuste.", "en": "If the automated decisions use special categories of data, they are allowed only with explicit consent or for substantial public interest under law, with suitable safeguards (Art. 22(4)). Check the condition for the special categories.", "sv": "Om de automatiserade besluten använder särskilda kategorier av personuppgifter är de tillåtna endast med uttryckligt samtycke eller av hänsyn till ett viktigt allmänt intresse enligt lag, med lämpliga skyddsåtgärder (artikel 22.4). Kontrollera villkoret för de särskilda kategorierna."},
         check_automated_special),
    Rule("profiling_contradiction", "error", "automated",
         {"fi": "Olet vastannut, ettet profiloi, mutta käytät markkinointievästeitä tai kohdennettua verkkomainontaa. Kiinnostuksen kohteiden mukainen mainonta on profilointia (4 artiklan 4 kohta): vastaa profilointikysymykseen kyllä ja kuvaa se.", "en": "You answered that you do not profile, but you use marketing cookies or targeted online ads. Interest-based advertising is profiling (Art. 4(4)): answer yes to the profiling question and describe it.", "sv": "Du har svarat att du inte använder profilering, men du använder marknadsföringskakor eller riktad reklam på nätet. Intressebaserad reklam är profilering (artikel 4.4): svara ja på frågan om profilering och beskriv den."},
         check_profiling_contradiction),
    Rule("cookies_unanswered", "error", "cookies",
         {"fi": "Kerro, käyttääkö verkkosivustosi evästeitä.", "en": "Say whether your website uses cookies.", "sv": "Ange om din webbplats använder kakor."}, check_cookies_unanswered),
    Rule("cookies_probably_used", "warning", "cookies",
         {"fi": "Käsittelet analytiikkatietoja tai palvelun käytöstä havainnoituja tietoja, joten sivustosi käyttää luultavasti evästeitä tai vastaavia tekniikoita. Tarkista evästevaihe.", "en": "You process analytics data or data observed while your service is used, so your site probably uses cookies or similar technologies. Check the cookie step.", "sv": "Du behandlar analysdata eller uppgifter som observeras när din tjänst används, så din webbplats använder troligen kakor eller liknande tekniker. Kontrollera steget om kakor."},
         check_cookies_probably_used),
    Rule("cookies_consent_not_asked", "warning", "cookies",
         {"fi": "Muut kuin välttämättömät evästeet (esim. analytiikka ja markkinointi) edellyttävät kävijän aktiivista suostumusta: ei valmiiksi rastitettuja valintoja, ja kieltäytymisen on oltava yhtä helppoa kuin hyväksymisen (Traficomin evästeohje, laki sähköisen viestinnän palveluista 205 §).", "en": "Cookies other than strictly necessary ones (e.g. analytics and marketing) need the visitor's active consent: no pre-ticked boxes, and refusing must be as easy as accepting (Traficom's cookie guidance, Act 917/2014, section 205).", "sv": "Andra kakor än nödvändiga kakor (t.ex. analys- och marknadsföringskakor) kräver besökarens aktiva samtycke: inga förkryssade rutor, och det ska vara lika lätt att vägra som att godkänna (Traficoms anvisning om kakor, 205 § i lagen 917/2014)."},
         check_cookies_consent_asked),
    Rule("cookies_refusal_browser", "warning", "cookies",
         {"fi": "Selaimen asetukset eivät ole suostumus evästeisiin (Traficomin evästeohje). Kysy suostumus sivustolla ennen kuin asetat muita kuin välttämättömiä evästeitä.", "en": "Browser settings are not consent to cookies (Traficom's cookie guidance). Ask for consent on the site before setting cookies that are not strictly necessary.", "sv": "Webbläsarens inställningar är inte ett samtycke till kakor (Traficoms anvisning om kakor). Be om samtycke på webbplatsen innan kakor som inte är nödvändiga placeras."},
         check_cookies_refusal_browser),
    Rule("cookies_without_consent_purpose", "error", "purposes",
         {"fi": "Sivustollasi on muita kuin välttämättömiä evästeitä: lisää niille käyttötarkoitus, jonka oikeusperuste on suostumus, jotta seloste kertoo myös oikeudesta peruuttaa suostumus.", "en": "Your site sets cookies that are not strictly necessary: add a purpose for them with consent as its basis, so that the notice also states the right to withdraw consent.", "sv": "Din webbplats placerar kakor som inte är nödvändiga: lägg till ett ändamål för dem med samtycke som rättslig grund, så att beskrivningen också nämner rätten att återkalla samtycket."},
         check_cookies_consent_purpose),
    Rule("cookies_without_refusal", "error", "cookies",
         {"fi": "Kerro, miten evästeet voi estää tai suostumuksen peruuttaa.", "en": "Say how cookies can be refused or consent withdrawn.", "sv": "Ange hur man kan vägra kakor eller återkalla sitt samtycke."},
         check_cookies_refusal),
    Rule("cookies_without_categories", "warning", "cookies",
         {"fi": "Valitse, millaisia evästeitä sivustolla käytetään.", "en": "Choose which kinds of cookies the website uses.", "sv": "Välj vilka slags kakor webbplatsen använder."}, check_cookies_categories),
    Rule("supervisory_authority_unknown", "warning", "controller",
         {"fi": "Emme ole voineet varmistaa sijoittautumismaasi tietosuojaviranomaisen yhteystietoja. Seloste ohjaa lukijan Euroopan tietosuojaneuvoston luetteloon; tarkista oma valvontaviranomaisesi.", "en": "We could not confirm the contact details of the data protection authority of your country. The notice points readers to the European Data Protection Board's list; check your own supervisory authority.", "sv": "Vi har inte kunnat bekräfta kontaktuppgifterna till dataskyddsmyndigheten i ditt land. Beskrivningen hänvisar läsaren till Europeiska dataskyddsstyrelsens förteckning; kontrollera vilken som är din egen tillsynsmyndighet."},
         check_authority_unknown),
    Rule("criminal_without_national_basis", "error", "categories",
         {"fi": "Rikostuomioihin ja rikoksiin liittyviä tietoja saa käsitellä vain laissa säädetyllä perusteella (tietosuoja-asetuksen 10 artikla, tietosuojalaki 7 §). Valitse peruste.", "en": "Data on criminal convictions and offences may be processed only on a basis laid down by law (GDPR Art. 10, Finnish Data Protection Act section 7). Choose the basis.", "sv": "Uppgifter om fällande domar i brottmål och lagöverträdelser får behandlas endast på en grund som föreskrivs i lag (artikel 10 i dataskyddsförordningen, 7 § i dataskyddslagen). Välj grunden."},
         check_criminal_basis),
    Rule("criminal_basis_law_unnamed", "error", "categories",
         {"fi": "Nimeä laki, joka velvoittaa tai oikeuttaa käsittelemään rikostietoja.", "en": "Name the act that requires or allows you to process the criminal-offence data.", "sv": "Ange den lag som förpliktar eller berättigar dig att behandla uppgifterna om brott."}, check_criminal_basis_law),
    Rule("identity_code_without_basis", "error", "categories",
         {"fi": "Henkilötunnusta saa käsitellä vain tietosuojalain 29 §:ssä säädetyissä tilanteissa. Valitse, millä perusteella käsittelet sitä.", "en": "The personal identity code may be processed only in the cases listed in section 29 of the Finnish Data Protection Act. Choose your basis.", "sv": "Personbeteckningen får behandlas endast i de fall som anges i 29 § i dataskyddslagen. Välj din grund."},
         check_identity_code_basis),
    Rule("contact_person_unreachable", "warning", "controller",
         {"fi": "Yhteyshenkilölle {name} ei ole annettu sähköpostia, puhelinnumeroa eikä osoitetta: lukija ei voi ottaa häneen yhteyttä.", "en": "No e-mail, phone or address is given for the contact person {name}: readers cannot reach them.", "sv": "Ingen e-postadress, inget telefonnummer och ingen adress har angetts för kontaktpersonen {name}: läsarna kan inte nå kontaktpersonen."},
         check_contact_person_reachable),
    Rule("joint_controller_incomplete", "error", "notice",
         {"fi": "Anna yhteisrekisterinpitäjälle {name} nimi ja kelvollinen Y-tunnus (ulkomaisella yrityksellä rekisteröintinumero).", "en": "Give the joint controller {name} a name and a valid business ID (a registration number for a foreign company).", "sv": "Ange ett namn och ett giltigt FO-nummer (för ett utländskt företag ett registreringsnummer) för den gemensamt personuppgiftsansvarige {name}."},
         check_joint_controller),
    Rule("joint_arrangement_missing", "error", "notice",
         {"fi": "Kerro yhteisrekisterinpitäjien järjestelyn keskeinen sisältö: kuka vastaa mistäkin (26 artiklan 2 kohta).", "en": "State the essence of the joint controllers' arrangement: who is responsible for what (Art. 26(2)).", "sv": "Ange det väsentliga innehållet i arrangemanget mellan de gemensamt personuppgiftsansvariga: vem som ansvarar för vad (artikel 26.2)."},
         check_joint_arrangement),
    Rule("joint_contact_missing", "error", "notice",
         {"fi": "Kerro, kehen rekisteröidyt voivat ottaa yhteyttä yhteisrekisterinpitäjien käsittelyä koskevissa asioissa (26 artiklan 1 kohta).", "en": "Say whom data subjects can contact about the joint controllers' processing (Art. 26(1)).", "sv": "Ange vem de registrerade kan kontakta i frågor som gäller de gemensamt personuppgiftsansvarigas behandling (artikel 26.1)."},
         check_joint_contact),
    Rule("employment_consent", "warning", "purposes",
         {"fi": "Tarkoitus ”{name}” perustuu suostumukseen, vaikka kyse on työnhakijoista tai työntekijöistä. Työelämässä suostumus on harvoin vapaaehtoinen (EDPB:n ohjeet 05/2020); rekrytoinnin peruste on yleensä sopimusta edeltävät toimet (6 artiklan 1 kohdan b alakohta).", "en": "The purpose “{name}” rests on consent although it concerns job applicants or employees. In employment consent is rarely freely given (EDPB Guidelines 05/2020); recruitment normally rests on steps before a contract (Art. 6(1)(b)).", "sv": "Ändamålet ”{name}” grundar sig på samtycke, trots att det gäller arbetssökande eller anställda. I arbetslivet är samtycket sällan frivilligt (EDPB:s riktlinjer 05/2020); vid rekrytering är grunden vanligen åtgärder före ett avtal (artikel 6.1 b)."},
         check_employment_consent),
    Rule("employment_other_sources", "warning", "sources",
         {"fi": "Työnhakijoiden ja työntekijöiden tiedot on kerättävä ensisijaisesti heiltä itseltään; muualta vain suostumuksella tai lain sallimissa tapauksissa (työelämän tietosuojalaki 4 §). Varmista, että sinulla on peruste muille lähteille.", "en": "Data on job applicants and employees must be collected primarily from them; from elsewhere only with consent or where the law allows (Act on the Protection of Privacy in Working Life, section 4). Make sure you have a basis for the other sources.", "sv": "Uppgifter om arbetssökande och anställda ska i första hand samlas in hos dem själva; från andra håll endast med samtycke eller när lagen tillåter det (4 § i lagen om integritetsskydd i arbetslivet). Försäkra dig om att du har en grund för de övriga källorna."},
         check_employment_sources),
    Rule("children_guardian_consent_missing", "error", "notice",
         {"fi": "Palvelu on tarkoitettu myös alle 13-vuotiaille ja käsittely perustuu suostumukseen: suostumus on pyydettävä lapsen huoltajalta (tietosuojalaki 5 §). Vahvista, että pyydät sen.", "en": "The service is also for children under 13 and relies on consent: consent must be given by the child's guardian (Finnish Data Protection Act, section 5). Confirm that you ask for it.", "sv": "Tjänsten är också avsedd för barn under 13 år och behandlingen grundar sig på samtycke: samtycket ska ges av barnets vårdnadshavare (5 § i dataskyddslagen). Bekräfta att du ber om det."},
         check_children_guardian),
    Rule("children_plain_language", "warning", "notice",
         {"fi": "Seloste koskee myös lapsia: kirjoita omat tekstisi niin, että lapsi ymmärtää ne (tietosuoja-asetuksen 12 artiklan 1 kohta).", "en": "The notice also concerns children: write your own texts so that a child can understand them (GDPR Art. 12(1)).", "sv": "Beskrivningen gäller också barn: skriv dina egna texter så att ett barn kan förstå dem (artikel 12.1 i dataskyddsförordningen)."},
         check_children_wording),
    Rule("recipient_country_missing", "error", "recipients",
         {"fi": "Valitse maa vastaanottajalle ”{name}”. Maan voi jättää avoimeksi vain, jos tietoja luovutetaan vain tarvittaessa.", "en": "Choose the country of the recipient “{name}”. It may be left open only for a recipient used only when needed.", "sv": "Välj land för mottagaren ”{name}”. Landet får lämnas öppet endast för en mottagare som anlitas enbart vid behov."},
         check_recipient_country),
]  # fmt: skip

RULES_BY_CODE = {rule.code: rule for rule in RULES}


def _finding(rule: Rule, params: dict) -> Finding:
    """The rule's message in every language, its parameters filled per language (a
    parameter is a plain string, or a dict of per-language texts)."""
    language = params.get("language", "")
    messages = {}
    for code, text in rule.messages.items():
        values = {key: pick(value, code) if isinstance(value, dict) else value for key, value in params.items()}
        if language:
            values["language"] = languages.name(language, code)
        messages[code] = text.format_map(_Defaults(values))
    return Finding(
        code=rule.code,
        severity=params.get("severity", rule.severity),
        step=rule.step,
        messages=messages,
        language=language,
        articles={code: article_note(rule.code, code) for code in CODES},
    )


class _Defaults(dict):
    def __missing__(self, key):
        return ""


def check_notice(*, answers: dict, controller: dict, adequacy: catalogues.Catalogue | None = None, document=None) -> list[Finding]:
    """Every finding for this draft; errors first, then in wizard step order. ``document``
    (language → the built Document of these answers) lends documents the caller has built;
    only the rights section is read, which the adequacy list does not change."""
    ctx = Context(answers, controller, adequacy, document)
    findings = [_finding(rule, params) for rule in RULES for params in rule.check(ctx)]
    findings += translation_findings(ctx)
    findings += suggested_findings(ctx)
    order = {key: index for index, key in enumerate(STEP_KEYS)}
    return sorted(findings, key=lambda f: (f.severity != "error", order.get(f.step, len(order))))


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def errors_for_language(findings: list[Finding], language: str) -> list[Finding]:
    """Errors that block publishing in ``language``: general ones plus that language's own."""
    return [f for f in findings if f.severity == "error" and f.language in ("", language)]
