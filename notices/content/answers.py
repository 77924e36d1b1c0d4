"""The shape of ``Notice.answers``: the contract between the wizard (which writes it,
one step key at a time), and the builder, checker, publisher and exports (which read it).

Rules every reader follows:
- Any key may be missing (a draft is partial). Readers use ``.get`` with the defaults
  below and never fail on a missing or unexpected value.
- ``LText`` is free text the user writes once per output language:
  ``{"fi": "...", "sv": "...", "en": "..."}``, keyed by ``languages.CODES``. Only the
  notice's chosen languages must be filled; older answers hold only "fi" and "en" keys.
- Codes refer to entries in ``notices.content.catalogues``. An unknown code (e.g. from
  an older catalogue) is shown as the raw code by the builder, never an error.
- Proper names (companies, tools, people) are plain strings: they are not translated.
- Every repeated row has a stable ``id`` (short random string) so htmx can add/remove rows.
"""

from typing import Literal, NotRequired, TypedDict

LText = dict[str, str]  # {language code: text}
Language = str  # a notices.content.languages.CODES code


class Contact(TypedDict, total=False):  # answers["contact"]: contact person for register matters
    name: str
    email: str
    phone: str
    address: str


class Register(TypedDict):
    id: str
    name: LText  # e.g. {"fi": "Asiakasrekisteri", "en": "Customer register"}


class NoticeHistory(TypedDict, total=False):  # answers["notice"]["history"]
    # For a notice that existed before it came to us; ISO dates the user entered.
    created_on: str  # first drawn up ("Laadittu")
    updated_on: str  # last changed before its first version here ("Päivitetty")


class JointController(TypedDict, total=False):  # GDPR Art. 26
    id: str
    name: str
    business_id: str  # Y-tunnus, or a foreign registration number
    country: str  # ISO code; "" → FI


class NoticePart(TypedDict, total=False):  # answers["notice"]
    title: LText
    languages: list[Language]  # output languages, first one is the default; e.g. ["fi", "sv"]
    style: Literal["register", "statement"]  # numbered rekisteriseloste | question-headed statement
    registers: list[Register]  # one or several; several → a), b) in the seloste style
    data_subjects: list[str]  # catalogues.DATA_SUBJECTS codes
    data_subjects_other: LText  # free addition
    intro: LText  # optional opening paragraph
    history: NoticeHistory
    joint_controllers: list[JointController]
    joint_arrangement: LText  # the essence of the arrangement (Art. 26(2))
    joint_contact: LText  # whom data subjects contact about the joint processing
    guardian_consent: bool  # children under 13 on consent: the guardian consents (TSL 5 §)


class Purpose(TypedDict, total=False):  # answers["purposes"] is a list of these
    id: str
    register: str  # Register.id, or "" for all registers
    description: LText
    legal_basis: str  # catalogues.LEGAL_BASES code
    legitimate_interest: LText  # required when legal_basis == "legitimate_interests"
    # Asked per purpose: is this direct marketing? None/missing = not answered. Only this
    # answer brings the right to object to direct marketing (Art. 21(2)); words in the
    # description are never read.
    direct_marketing: bool
    marketing_channels: list[str]  # catalogues.MARKETING_CHANNELS codes, when direct_marketing
    # Electronic marketing only to existing customers about the controller's own similar
    # products (Act 917/2014, 200 § 2): the one case where e-mail/SMS needs no prior consent.
    marketing_existing_customers: bool


class Category(TypedDict, total=False):
    id: str
    register: str  # Register.id, or "" for all registers
    code: str  # catalogues.DATA_CATEGORIES code, or "" for a free entry
    name: LText  # only for free entries
    details: LText  # optional: examples, e.g. "name, e-mail, phone"


class Categories(TypedDict, total=False):  # answers["categories"]
    items: list[Category]
    special: bool  # Art. 9 special categories processed?
    special_description: LText  # which, when special
    special_condition: str  # catalogues.SPECIAL_CONDITIONS code (Art. 9(2)), when special
    criminal: bool  # Art. 10 data processed?
    criminal_description: LText
    criminal_basis: str  # catalogues.CRIMINAL_BASES code (Tietosuojalaki 7 §), when criminal
    criminal_basis_details: LText  # the act, when criminal_basis == "law"
    identity_code_basis: str  # catalogues.IDENTITY_CODE_BASES code (Tietosuojalaki 29 §)


class OtherSource(TypedDict, total=False):
    id: str
    name: LText
    public: bool


class Sources(TypedDict, total=False):  # answers["sources"]
    items: list[str]  # catalogues.SOURCES codes ("data_subject" = directly from the person)
    other: list[OtherSource]
    requirement: str  # catalogues.REQUIREMENTS code: voluntary | contractual | statutory | mixed
    consequences: LText  # what follows if the person does not provide the data


class RetentionRule(TypedDict, total=False):
    id: str
    register: str  # Register.id, or "" for all registers
    applies_to: LText  # the category or purpose this rule covers
    preset: str  # catalogues.RETENTION_PRESETS code, or ""
    period: LText  # e.g. "2 vuotta asiakassuhteen päättymisestä"
    criteria: LText  # how the period is decided, when no fixed period
    # Category.id values this rule covers; empty or missing = all data. The checker requires
    # every category to be covered by some rule (Art. 13(2)(a), spec item 15).
    categories: list[str]


class Recipient(TypedDict, total=False):
    id: str
    register: str  # Register.id, or "" for all registers
    kind: str  # catalogues.RECIPIENT_KINDS code
    name: str  # company name, or "" when only the category is given
    role: str  # catalogues.RECIPIENT_ROLES code: processor | controller | joint_controller | authority
    # ISO 3166-1 alpha-2; "" (unknown) only for occasional recipients, or for a library
    # service whose country nobody confirmed (the checker asks)
    country: str
    frequency: str  # catalogues.RECIPIENT_FREQUENCIES: regular | occasional; absent → the kind's default
    description: LText  # optional: what they do / what is disclosed
    # Rows generated from the service library (content/service_library.py) only:
    service: NotRequired[str]  # the library code; removing the service removes the rows with it
    unknown: NotRequired[list[str]]  # library facts nobody confirmed ("country", "role", "transfers"): the checker asks


class Recipients(TypedDict, total=False):  # answers["recipients"]
    items: list[Recipient]


class Transfer(TypedDict, total=False):
    id: str
    country: str  # ISO code outside the EEA, or "various" (countries vary by provider)
    recipient: str  # who receives the data there (a name, as printed)
    safeguard: str  # catalogues.SAFEGUARDS code
    details: LText  # optional: e.g. how to get a copy of the clauses
    # Library rows: the service code, and the Recipient.id whose own transfer this is (the
    # checker matches transfers to recipients, not to countries).
    service: NotRequired[str]
    recipient_id: NotRequired[str]
    dpf_certified: NotRequired[bool]  # the library's word on the entity's DPF certification


class Transfers(TypedDict, total=False):  # answers["transfers"]
    any: bool  # does any data leave the EU/EEA?
    items: list[Transfer]
    any_from_services: bool  # "any" was set by choosing a library service (taken back when its rows go)


class Security(TypedDict, total=False):  # answers["security"]
    measures: list[str]  # catalogues.SECURITY_MEASURES codes
    other: LText


class Automated(TypedDict, total=False):  # answers["automated"]
    decisions: bool  # decisions based solely on automated processing (Art. 22)?
    profiling: bool
    logic: LText  # required when decisions or profiling
    consequences: LText  # significance and envisaged consequences
    exception: str  # catalogues.AUTOMATED_EXCEPTIONS code (Art. 22(2)), when decisions


class CookieTool(TypedDict, total=False):
    id: str
    name: str  # e.g. "Google Analytics"
    provider: str  # e.g. "Google Ireland Ltd"
    category: str  # catalogues.COOKIE_CATEGORIES code
    purpose: LText
    service: NotRequired[str]  # library code, for rows a library service generated (one per category)
    cookies: NotRequired[list[dict]]  # from the library: [{"name": "_ga", "lifetime": {"fi": "2 vuotta", "en": "2 years"}}]


class Cookies(TypedDict, total=False):  # answers["cookies"]
    used: bool
    categories: list[str]  # catalogues.COOKIE_CATEGORIES codes
    tools: list[CookieTool]
    how_to_refuse: LText
    # Set by choosing a library service, so that removing it takes back only what it added.
    used_from_services: bool
    categories_from_services: list[str]
    # Does the site ask for active consent before setting non-necessary cookies? Only True
    # lets the notice say "we use cookies only with your consent".
    consent_asked: bool
    refusal_method: str  # catalogues.COOKIE_REFUSAL_METHODS code


class Rights(TypedDict, total=False):  # answers["rights"]
    request_email: str  # where data-subject requests go
    request_address: str
    request_other: LText  # e.g. "through the web form at …"
    changes: LText  # how changes to the notice are announced
    laws: list[str]  # catalogues.LAWS codes
    processor_role: LText  # optional: when the controller also processes data for customers


class Answers(TypedDict, total=False):
    contact: Contact
    notice: NoticePart
    purposes: list[Purpose]
    categories: Categories
    sources: Sources
    retention: list[RetentionRule]
    recipients: Recipients
    transfers: Transfers
    security: Security
    automated: Automated
    cookies: Cookies
    rights: Rights
    # Register templates used (content/templates.py codes); their rows have ids "tpl-…".
    templates: list[str]
    # Steps a template prefilled that the user has not saved since: publishing waits.
    suggested: list[str]
    # Dates shown in the version line; set by the publisher, may be absent in drafts.
    drawn_up_on: NotRequired[str]  # ISO date


# The controller (Organisation.snapshot()) is passed separately to the builder/checker:
# {"name", "country", "business_id", "street_address", "postal_code", "city", "email",
#  "phone", "website", "dpo_name", "dpo_email", "dpo_phone", "representative_name",
#  "representative_contact"}
