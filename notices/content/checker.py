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
from dataclasses import dataclass
from typing import Literal

from notices.validators import is_valid_business_id

from . import builder, catalogues
from .builder import as_codes, as_dict, as_dicts, as_str, ltext
from .plain import article_note
from .rights import RIGHTS
from .steps import STEP_KEYS

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    code: str  # stable rule id, e.g. "purpose_without_basis"
    severity: Severity  # an error blocks publishing, a warning does not
    step: str  # the wizard step that fixes it (notices.content.steps.STEP_KEYS)
    message_fi: str
    message_en: str
    language: str = ""  # set when the finding concerns one output language only
    # The article behind the rule, shown in small print under the plain message.
    article_fi: str = ""
    article_en: str = ""

    def message(self, language: str) -> str:
        return self.message_fi if language == "fi" else self.message_en

    def article(self, language: str) -> str:
        return self.article_fi if language == "fi" else self.article_en


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    step: str
    message_fi: str
    message_en: str
    check: Callable[["Context"], list[dict]]


class Context:
    """The answers and controller, read defensively once for all rules."""

    def __init__(self, answers, controller, adequacy=None):
        self.a = as_dict(answers)
        self.c = as_dict(controller)
        self.adequacy = adequacy if isinstance(adequacy, catalogues.Catalogue) else catalogues.ADEQUACY
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
        self.languages = languages or ["fi"]
        self.country = as_str(self.c.get("country")).upper() or "FI"

    @property
    def source_codes(self) -> list[str]:
        return as_codes(self.sources.get("items"))

    @property
    def has_sources(self) -> bool:
        return bool(self.source_codes or as_dicts(self.sources.get("other")))

    @property
    def from_data_subject(self) -> bool:
        return "data_subject" in self.source_codes

    @property
    def from_elsewhere(self) -> bool:
        """Art. 14 applies: some data does not come from the data subject."""
        return any(code != "data_subject" for code in self.source_codes) or bool(as_dicts(self.sources.get("other")))


def name_of(value, language: str, fallback: str) -> str:
    """A short quotable name for an item: its text in this language, else the other."""
    text = ltext(value, language) or ltext(value, "en" if language == "fi" else "fi")
    if len(text) > 60:
        text = text[:57].rstrip() + "…"
    return text or fallback


def _items(rows: list[dict], value_key: str, predicate) -> list[dict]:
    """One violation per row matching ``predicate``; the row's names fill {name}."""
    hits = []
    for index, row in enumerate(rows, start=1):
        if predicate(row):
            hits.append(
                {
                    "name_fi": name_of(row.get(value_key), "fi", f"nro {index}"),
                    "name_en": name_of(row.get(value_key), "en", f"no. {index}"),
                }
            )
    return hits


def _once(condition: bool) -> list[dict]:
    return [{}] if condition else []


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


def check_dpo_contact(ctx):
    named = as_str(ctx.c.get("dpo_name"))
    reachable = as_str(ctx.c.get("dpo_email")) or as_str(ctx.c.get("dpo_phone"))
    return _once(bool(named) and not reachable)


def check_representative(ctx):
    return _once(ctx.country not in catalogues.EEA_COUNTRIES and not as_str(ctx.c.get("representative_name")))


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
    """Consent as a basis → every rendered language must tell how to withdraw it.

    Withdrawal is derived by the builder; this verifies the built document really says it.
    """
    if "consent" not in [as_str(p.get("legal_basis")) for p in ctx.purposes]:
        return []
    hits = []
    for language in ctx.languages:
        document = builder.build_document(answers=ctx.a, controller=ctx.c, language=language)
        rights = document.find("rights")
        label = RIGHTS.label("withdraw_consent", language)
        said = rights is not None and any(term == label for block in rights.blocks for term, _desc in block.terms)
        if not said:
            hits.append({"language": language})
    return hits


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
    return _once(any(not (_preset(rule) or _has_text(rule.get("applies_to"))) for rule in ctx.retention))


# --- recipients and transfers --------------------------------------------------------


def check_recipients_unanswered(ctx):
    return _once("recipients" not in ctx.a)


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


def check_recipient_transfer(ctx):
    hits = []
    for recipient in ctx.recipients:
        country = as_str(recipient.get("country")).upper()
        if country and country not in catalogues.EEA_COUNTRIES and not any(covers(t, recipient) for t in ctx.transfer_items):
            name = as_str(recipient.get("name")) or as_str(recipient.get("kind"))
            hits.append(
                {
                    "name_fi": name,
                    "name_en": name,
                    "country_fi": catalogues.COUNTRIES.label(country, "fi"),
                    "country_en": catalogues.COUNTRIES.label(country, "en"),
                }
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
            hits.append({"name_fi": name, "name_en": name})
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
            label_fi = _join_name(recipient, catalogues.COUNTRIES.label(country, "fi") if country else "", f"nro {index}")
            label_en = _join_name(recipient, catalogues.COUNTRIES.label(country, "en") if country else "", f"no. {index}")
            hits.append({"name_fi": label_fi, "name_en": label_en})
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


def check_cookies_unanswered(ctx):
    return _once(not isinstance(ctx.cookies.get("used"), bool))


def check_cookies_refusal(ctx):
    return _once(ctx.cookies.get("used") is True and not _has_text(ctx.cookies.get("how_to_refuse")))


def check_cookies_categories(ctx):
    return _once(ctx.cookies.get("used") is True and not as_codes(ctx.cookies.get("categories")))


# --- translations --------------------------------------------------------------------


def _ltexts(ctx) -> list[tuple[str, object]]:
    """(step, LText) for every free text that the notice renders."""
    a = ctx.a
    out: list[tuple[str, object]] = []
    notice = ctx.notice
    out += [("notice", notice.get(key)) for key in ("title", "intro", "data_subjects_other")]
    out += [("notice", r.get("name")) for r in as_dicts(notice.get("registers"))]
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


LANGUAGE_NAMES = {"fi": ("Suomenkielinen", "Finnish"), "en": ("Englanninkielinen", "English")}


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
        in_fi, in_en = LANGUAGE_NAMES[language]
        for step, examples in missing.items():
            example = examples[0] if len(examples[0]) <= 60 else examples[0][:57].rstrip() + "…"
            findings.append(
                Finding(
                    code="missing_translation",
                    severity="error",
                    step=step,
                    message_fi=f"{in_fi} versio puuttuu tämän vaiheen {len(examples)} tekstistä, esimerkiksi ”{example}”.",
                    message_en=f"{len(examples)} text(s) in this step have no {in_en} version, e.g. “{example}”.",
                    language=language,
                )
            )
    return findings


# Step names for the "suggested" finding; the UI's own labels are gettext, this module is not.
STEP_NAMES = {
    "notice": ("Seloste", "The notice"), "purposes": ("Käsittelyn tarkoitukset ja oikeusperusteet", "Purposes and legal bases"),
    "categories": ("Henkilötiedot", "Personal data"), "sources": ("Tietolähteet", "Sources"),
    "retention": ("Säilytysajat", "Retention"), "recipients": ("Vastaanottajat", "Recipients"),
    "transfers": ("Siirrot EU:n tai ETA:n ulkopuolelle", "Transfers outside the EU/EEA"), "security": ("Tietoturva", "Security"),
    "automated": ("Automaattiset päätökset", "Automated decisions"), "cookies": ("Evästeet", "Cookies"),
    "rights": ("Oikeudet ja muutokset", "Rights and changes"),
}  # fmt: skip


def suggested_findings(ctx) -> list[Finding]:
    """A step a template prefilled stays "suggested" until the user has read and saved it
    (answers["suggested"]); publishing waits for that, so nobody publishes unread text."""
    findings = []
    for step in as_codes(ctx.a.get("suggested")):
        if step not in STEP_KEYS:
            continue
        name_fi, name_en = STEP_NAMES.get(step, (step, step))
        findings.append(
            Finding(
                code="suggested_step_unconfirmed",
                severity="error",
                step=step,
                message_fi=f"Tarkista mallin ehdottamat vastaukset vaiheessa ”{name_fi}” ja tallenna vaihe, kun ne pitävät paikkansa.",
                message_en=f"Check the answers the template suggested in “{name_en}” and save the step when they are right.",
            )
        )
    return findings


# --- the rules -----------------------------------------------------------------------

RULES: list[Rule] = [
    Rule("controller_name_missing", "error", "controller",
         "Anna rekisterinpitäjän virallinen nimi.", "Enter the controller's legal name.", check_controller_name),
    Rule("controller_business_id_missing", "error", "controller",
         "Anna rekisterinpitäjän Y-tunnus (ulkomaisella yrityksellä rekisteröintinumero).",
         "Enter the controller's business ID (registration number for a foreign company).", check_business_id_missing),
    Rule("controller_business_id_invalid", "error", "controller",
         "Y-tunnus ei ole kelvollinen: tarkista numerot ja tarkistusmerkki (muoto 1234567-8).",
         "The business ID is not valid: check the digits and the check digit (format 1234567-8).", check_business_id_invalid),
    Rule("controller_address_missing", "error", "controller",
         "Anna rekisterinpitäjän postiosoite.", "Enter the controller's postal address.", check_controller_address),
    Rule("controller_contact_missing", "error", "controller",
         "Anna rekisterinpitäjän sähköpostiosoite tai puhelinnumero.", "Enter the controller's e-mail address or phone number.",
         check_controller_contact),
    Rule("contact_person_missing", "warning", "controller",
         "Nimeä rekisteriasioiden yhteyshenkilö: lukijat odottavat, että selosteessa on nimetty yhteyshenkilö.",
         "Name a contact person for register matters: readers expect a named contact.", check_contact_person),
    Rule("dpo_contact_missing", "error", "controller",
         "Anna tietosuojavastaavan sähköpostiosoite tai puhelinnumero.", "Enter the data protection officer's e-mail address or phone number.",
         check_dpo_contact),
    Rule("representative_missing", "warning", "controller",
         "Rekisterinpitäjä on EU:n ulkopuolella: nimeä edustaja EU:ssa, ellei jokin poikkeus sovellu.",
         "The controller is outside the EU: name a representative in the EU unless an exemption applies.", check_representative),
    Rule("request_channel_missing", "error", "rights",
         "Kerro, minne rekisteröidyt voivat lähettää oikeuksiaan koskevat pyynnöt.",
         "Say where data subjects can send requests concerning their rights.", check_request_channel),
    Rule("languages_missing", "warning", "notice",
         "Valitse selosteen kielet. Ilman valintaa seloste julkaistaan suomeksi.",
         "Choose the notice's languages. Without a choice it is published in Finnish.", check_languages),
    Rule("registers_missing", "warning", "notice",
         "Anna rekisterin nimi: numeroidussa rekisteriselosteessa on kohta ”Rekisterin nimi”.",
         "Enter the name of the register: the numbered notice has a section for it.", check_registers),
    Rule("data_subjects_missing", "warning", "notice",
         "Kerro, keiden henkilötietoja käsittelet (esim. asiakkaat, uutiskirjeen tilaajat).",
         "Say whose personal data you process (e.g. customers, newsletter subscribers).", check_data_subjects),
    Rule("no_purposes", "error", "purposes",
         "Lisää vähintään yksi käsittelyn tarkoitus.", "Add at least one purpose of processing.", check_no_purposes),
    Rule("purpose_without_description", "error", "purposes",
         "Kuvaa käsittelyn tarkoitus ({name_fi}).", "Describe the purpose of processing ({name_en}).", check_purpose_description),
    Rule("purpose_without_basis", "error", "purposes",
         "Valitse oikeusperuste tarkoitukselle ”{name_fi}”.", "Choose a legal basis for the purpose “{name_en}”.", check_purpose_basis),
    Rule("legitimate_interest_not_described", "error", "purposes",
         "Kerro tarkoituksen ”{name_fi}” kohdalla, mitä yrityksesi sillä saavuttaa ja miksi henkilö voi sitä odottaa: pelkkä oikeusperusteen nimi ei riitä.",
         "For the purpose “{name_en}”, say what your business gains from it and why the person can expect it: naming the basis is not enough.",
         check_legitimate_interest),
    Rule("consent_withdrawal_missing", "error", "purposes",
         "Suostumukseen perustuvassa käsittelyssä selosteen on kerrottava oikeudesta peruuttaa suostumus ({language}).",
         "Where consent is a basis, the notice must state the right to withdraw consent ({language}).", check_consent_withdrawal),
    Rule("categories_missing", "error", "categories",
         "Luettele, mitä tietoja ihmisistä pidät. Luettelo on pakollinen, kun tietoja saadaan muualta kuin henkilöltä itseltään.",
         "List the data you keep about people. It is required when some data comes from anyone other than the person.",
         check_categories_missing),
    Rule("category_without_name", "error", "categories",
         "Anna nimi jokaiselle itse lisäämällesi tietoryhmälle.", "Give a name to every category you added yourself.", check_category_name),
    Rule("special_unanswered", "error", "categories",
         "Kerro, käsitteletkö arkaluonteisia tietoja (erityisiä henkilötietoryhmiä). Selosteessa on aina sanottava kyllä tai ei.",
         "Say whether you process special categories of personal data. The notice must always say yes or no.", check_special_unanswered),
    Rule("special_without_condition", "error", "categories",
         "Kerro, miksi saat käsitellä arkaluonteisia tietoja: valitse sopiva vaihtoehto.",
         "Say why you may process the sensitive data: choose the option that fits.", check_special_condition),
    Rule("special_without_description", "error", "categories",
         "Kerro, mitä arkaluonteisia tietoja käsittelet.", "Say which special categories of data you process.", check_special_description),
    Rule("criminal_without_description", "error", "categories",
         "Kerro, mitä rikostuomioihin tai rikoksiin liittyviä tietoja käsittelet.",
         "Say which data relating to criminal convictions or offences you process.", check_criminal_description),
    Rule("sources_missing", "error", "sources",
         "Kerro, mistä henkilötiedot saadaan.",
         "Say where the personal data comes from.", check_sources_missing),
    Rule("source_without_name", "error", "sources",
         "Anna nimi jokaiselle lisäämällesi tietolähteelle.", "Give a name to every source you added.", check_source_name),
    Rule("requirement_missing", "error", "sources",
         "Kerro, onko ihmisten pakko antaa tietonsa.",
         "Say whether people must give their data.", check_requirement),
    Rule("consequences_missing", "error", "sources",
         "Kerro, mitä tapahtuu, jos henkilö ei anna tietojaan.",
         "Say what happens if a person does not give their data.", check_consequences),
    Rule("retention_missing", "error", "retention",
         "Kerro, kuinka kauan tietoja säilytetään tai miten säilytysaika määräytyy.",
         "Say how long the data is kept or how the period is decided.", check_retention_missing),
    Rule("retention_rule_empty", "error", "retention",
         "Anna säilytysaika tai sen määräytymisperuste kohdalle ”{name_fi}”.",
         "Enter a retention period or the criteria for it for “{name_en}”.", check_retention_rule_empty),
    Rule("retention_criteria_only", "warning", "retention",
         "Kohdalle ”{name_fi}” on annettu vain määräytymisperuste. Anna myös kesto, jos se on mahdollista (esim. ”3 vuotta asiakassuhteen päättymisestä”).",
         "Only criteria are given for “{name_en}”. Give a concrete period if you can (e.g. “3 years after the customer relationship ends”).",
         check_retention_criteria_only),
    Rule("retention_rule_without_subject", "warning", "retention",
         "Kerro jokaisen säilytysajan kohdalla, mitä tietoja se koskee.", "For each retention period, say which data it applies to.",
         check_retention_subject),
    Rule("recipients_unanswered", "warning", "recipients",
         "Käy läpi vastaanottajat: ilman vastausta selosteessa lukee, ettei tietoja luovuteta säännönmukaisesti.",
         "Review the recipients: without an answer the notice says there are no regular disclosures.", check_recipients_unanswered),
    Rule("recipient_without_name", "error", "recipients",
         "Anna jokaiselle vastaanottajalle nimi tai valitse vastaanottajaryhmä.", "Give every recipient a name or choose a category.",
         check_recipient_name),
    Rule("recipient_transfer_undeclared", "error", "transfers",
         "Vastaanottaja {name_fi} sijaitsee EU:n tai ETA:n ulkopuolella ({country_fi}): lisää siirto ja sen siirtoperuste.",
         "The recipient {name_en} is outside the EU/EEA ({country_en}): add the transfer and its safeguard.", check_recipient_transfer),
    Rule("service_country_unknown", "error", "recipients",
         "Emme tiedä, missä maassa palvelun {name_fi} tarjoaja on. Tarkista maa palvelun sopimuksesta tai tietosuojaselosteesta ja valitse se.",
         "We do not know which country the provider of {name_en} is in. Check the country in its contract or privacy policy and choose it.",
         check_service_country_unknown),
    Rule("service_role_unknown", "warning", "recipients",
         "Tarkista palvelun {name_fi} rooli: käsitteleekö se tietoja vain sinun lukuusi (henkilötietojen käsittelijä) vai omiin tarkoituksiinsa (itsenäinen rekisterinpitäjä)? Vastaus löytyy yleensä palvelun tietojenkäsittelysopimuksesta.",
         "Check the role of {name_en}: does it process the data only on your behalf (processor) or for its own purposes (independent controller)? Its data processing agreement usually says.",
         check_service_role_unknown),
    Rule("service_transfers_unknown", "warning", "transfers",
         "Emme tiedä, siirtääkö {name_fi} tietoja EU:n tai ETA:n ulkopuolelle. Tarkista asia palvelun tietosuojaselosteesta; jos siirtää, lisää siirto ja sen siirtoperuste.",
         "We do not know whether {name_en} transfers data outside the EU/EEA. Check its privacy policy; if it does, add the transfer and its safeguard.",
         check_service_transfers_unknown),
    Rule("transfers_unanswered", "error", "transfers",
         "Kerro, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle. Selosteessa on aina sanottava kyllä tai ei.",
         "Say whether data is transferred outside the EU/EEA. The notice must always say yes or no.", check_transfers_unanswered),
    Rule("transfers_without_items", "error", "transfers",
         "Lisää jokainen EU:n tai ETA:n ulkopuolelle tehtävä siirto: vastaanottaja, maa ja siirtoperuste.",
         "Add each transfer outside the EU/EEA: recipient, country and safeguard.", check_transfers_without_items),
    Rule("transfers_contradiction", "error", "transfers",
         "Olet vastannut, ettei tietoja siirretä EU:n tai ETA:n ulkopuolelle, mutta siirtoja on lueteltu. Korjaa jompikumpi.",
         "You answered that no data leaves the EU/EEA but listed transfers. Correct one of them.", check_transfers_contradiction),
    Rule("transfer_country_missing", "error", "transfers",
         "Valitse maa siirrolle {name_fi}.", "Choose the country for the transfer {name_en}.", check_transfer_country),
    Rule("transfer_without_safeguard", "error", "transfers",
         "Valitse siirtoperuste siirrolle {name_fi} (esim. vakiosopimuslausekkeet).",
         "Choose a safeguard for the transfer {name_en} (e.g. standard contractual clauses).", check_transfer_safeguard),
    Rule("transfer_privacy_shield", "error", "transfers",
         "Privacy Shield ei ole ollut pätevä siirtoperuste 16.7.2020 lähtien (siirto {name_fi}). Valitse tilalle esim. EU–Yhdysvallat-tietosuojakehys tai vakiosopimuslausekkeet.",
         "Privacy Shield has not been a valid safeguard since 16 July 2020 (transfer {name_en}). Choose e.g. the EU–US Data Privacy Framework or standard contractual clauses instead.",
         check_transfer_privacy_shield),
    Rule("transfer_adequacy_not_adequate", "error", "transfers",
         "Maalla ei ole komission riittävyyspäätöstä (siirto {name_fi}). Yhdysvaltoihin tehtävissä siirroissa valitse EU–Yhdysvallat-tietosuojakehys, jos vastaanottaja on sertifioitu, muuten vakiosopimuslausekkeet.",
         "The country has no Commission adequacy decision (transfer {name_en}). For the US, choose the Data Privacy Framework if the recipient is certified, otherwise standard contractual clauses.",
         check_transfer_adequacy),
    Rule("transfer_dpf_uncertified", "error", "transfers",
         "Vastaanottaja ei ole sertifioitunut EU–Yhdysvallat-tietosuojakehykseen (siirto {name_fi}). Valitse toinen siirtoperuste, esimerkiksi vakiosopimuslausekkeet.",
         "The recipient is not certified under the EU–US Data Privacy Framework (transfer {name_en}). Choose another safeguard, e.g. standard contractual clauses.",
         check_transfer_dpf_uncertified),
    Rule("transfer_dpf_not_us", "error", "transfers",
         "EU–Yhdysvallat-tietosuojakehys koskee vain Yhdysvaltoihin tehtäviä siirtoja (siirto {name_fi}).",
         "The EU–US Data Privacy Framework covers only transfers to the United States (transfer {name_en}).", check_transfer_dpf),
    Rule("transfer_within_eea", "warning", "transfers",
         "Siirto {name_fi} kohdistuu ETA-maahan, eikä se ole siirto EU:n tai ETA:n ulkopuolelle. Poista se siirroista ja lisää vastaanottajiin.",
         "The transfer {name_en} is to an EEA country and is not a transfer outside the EU/EEA. Remove it and list it under recipients.",
         check_transfer_within_eea),
    Rule("security_missing", "warning", "security",
         "Kerro, miten tiedot suojataan: selosteissa on yleensä kohta rekisterin suojauksen periaatteista.",
         "Describe how the data is protected: notices normally include the security principles.", check_security),
    Rule("automated_unanswered", "error", "automated",
         "Kerro, teetkö automaattisia päätöksiä ja profiloitko. Selosteessa on aina sanottava kyllä tai ei.",
         "Say whether you make automated decisions and use profiling. The notice must always say yes or no.", check_automated_unanswered),
    Rule("automated_without_logic", "error", "automated",
         "Kuvaa, miten automaattinen päätöksenteko tai profilointi toimii: mitä tietoja käytetään ja miten.",
         "Describe how the automated decision-making or profiling works: what data is used and how.", check_automated_logic),
    Rule("automated_without_consequences", "error", "automated",
         "Kerro, mitä automaattinen päätöksenteko tai profilointi merkitsee henkilölle.",
         "Describe what the automated decision-making or profiling means for the person.",
         check_automated_consequences),
    Rule("cookies_unanswered", "warning", "cookies",
         "Kerro, käyttääkö verkkosivustosi evästeitä.", "Say whether your website uses cookies.", check_cookies_unanswered),
    Rule("cookies_without_refusal", "error", "cookies",
         "Kerro, miten evästeet voi estää tai suostumuksen peruuttaa.", "Say how cookies can be refused or consent withdrawn.",
         check_cookies_refusal),
    Rule("cookies_without_categories", "warning", "cookies",
         "Valitse, millaisia evästeitä sivustolla käytetään.", "Choose which kinds of cookies the website uses.", check_cookies_categories),
]  # fmt: skip

RULES_BY_CODE = {rule.code: rule for rule in RULES}
LANGUAGE_LABELS = {"fi": {"fi": "suomi", "en": "englanti"}, "en": {"fi": "Finnish", "en": "English"}}


def _finding(rule: Rule, params: dict) -> Finding:
    language = params.get("language", "")
    values_fi = {key.removesuffix("_fi"): value for key, value in params.items() if not key.endswith("_en")}
    values_en = {key.removesuffix("_en"): value for key, value in params.items() if not key.endswith("_fi")}
    if language:
        values_fi["language"] = LANGUAGE_LABELS["fi"][language]
        values_en["language"] = LANGUAGE_LABELS["en"][language]
    message_fi = rule.message_fi.replace("{name_fi}", "{name}").replace("{country_fi}", "{country}")
    message_en = rule.message_en.replace("{name_en}", "{name}").replace("{country_en}", "{country}")
    return Finding(
        code=rule.code,
        severity=params.get("severity", rule.severity),
        step=rule.step,
        message_fi=message_fi.format_map(_Defaults(values_fi)),
        message_en=message_en.format_map(_Defaults(values_en)),
        language=language,
        article_fi=article_note(rule.code, "fi"),
        article_en=article_note(rule.code, "en"),
    )


class _Defaults(dict):
    def __missing__(self, key):
        return ""


def check_notice(*, answers: dict, controller: dict, adequacy: catalogues.Catalogue | None = None) -> list[Finding]:
    """Every finding for this draft; errors first, then in wizard step order."""
    ctx = Context(answers, controller, adequacy)
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
