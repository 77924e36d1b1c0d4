"""Answers → the ordered sections of a notice in one language and style.

Pure Python: no database, no gettext. The same answers give the numbered
rekisteriseloste ("register") and the question-headed privacy statement ("statement").
Readers are defensive: a draft is partial and may hold stale or odd values, so every
value is read through the small coercing helpers below and an unknown code is shown as
it is. Sections without content are dropped, so no heading is ever empty.
"""

from datetime import date

from . import catalogues, languages
from .document import Block, Document, Section
from .rights import RIGHTS, consent_relied_on, derive_rights, marketing_purposes, uses_direct_marketing
from .texts import COOKIE_CATEGORY_TEXTS, heading, t

LANGUAGES = languages.CODES
STYLES = ("register", "statement")

REGISTER_ORDER = [
    "controller", "joint_controllers", "contact", "dpo", "representative", "registers", "data_subjects", "purposes",
    "legitimate_interests", "direct_marketing", "categories", "special", "national_rules", "sources", "requirement", "recipients",
    "transfers", "retention", "security", "automated", "rights", "complaint", "cookies",
    "processor_role", "laws", "changes",
]  # fmt: skip
STATEMENT_ORDER = [
    "definitions", "controller", "joint_controllers", "contact", "dpo", "representative", "registers", "data_subjects",
    "categories", "special", "national_rules", "sources", "requirement", "purposes", "legitimate_interests", "direct_marketing", "automated",
    "recipients", "transfers", "retention", "security", "cookies", "rights", "complaint",
    "processor_role", "laws", "changes",
]  # fmt: skip

# --- defensive readers ---------------------------------------------------------------


def as_dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def as_list(value) -> list:
    return value if isinstance(value, list) else []


def as_dicts(value) -> list[dict]:
    return [item for item in as_list(value) if isinstance(item, dict)]


def as_str(value) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def as_codes(value) -> list[str]:
    """A list of codes without blanks or duplicates, order kept."""
    seen: list[str] = []
    for item in as_list(value):
        code = as_str(item)
        if code and code not in seen:
            seen.append(code)
    return seen


def ltext(value, language: str) -> str:
    """Free text in one language. A plain string (older drafts) counts for every language."""
    if isinstance(value, dict):
        return as_str(value.get(language))
    return as_str(value)


def format_date(value: date | None, language: str) -> str:
    if not isinstance(value, date):
        return ""
    return languages.format_date(value, language)


def parse_date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(as_str(value)[:10])
    except ValueError:
        return None


def article_6(basis: str, language: str) -> str:
    entry = catalogues.LEGAL_BASES.get(basis)
    if entry is None:
        return basis
    letter = entry.attrs["article"][-2]  # "6(1)(a)" → "a"
    return f"{entry.label(language)} ({t('article_6', language, letter=letter)})"


def country_label(code: str, language: str) -> str:
    return catalogues.COUNTRIES.label(code.upper(), language) if code else ""


def _series(items: list[str]) -> str:
    """Catalogue labels as one comma-separated phrase: "Perustiedot, yhteystiedot, IP-osoite"."""
    out = []
    for index, item in enumerate(items):
        if index and len(item) > 1 and item[0].isupper() and item[1].islower():
            item = item[0].lower() + item[1:]
        out.append(item)
    return ", ".join(out)


def _lower_first(label: str) -> str:
    """A catalogue label continued mid-sentence. Proper names (Posti) keep their capital."""
    if label.startswith(("Postin", "Posti's")) or len(label) < 2 or not label[1].islower():
        return label
    return label[0].lower() + label[1:]


def _mid_sentence(label: str) -> str:
    """A catalogue label after a colon: "E-mail" → "e-mail", "SMS" stays."""
    return label[0].lower() + label[1:] if len(label) > 1 and not label[1].isupper() else label


def _join(parts: list[str], sep: str = " ") -> str:
    return sep.join(part for part in parts if part)


def _table(header: list[str], rows: list[list[str]], *, text: str = "", row_headers: bool = False) -> Block | None:
    """A table without columns that are empty in every row (the first column always stays)."""
    if not rows:
        return None
    keep = [i for i in range(len(header)) if i == 0 or any(row[i] for row in rows)]
    return Block(
        kind="table",
        text=text,
        header=[header[i] for i in keep],
        rows=[[row[i] for i in keep] for row in rows],
        row_headers=row_headers,
    )


def _list(items: list[str], *, text: str = "", marker: str = "") -> Block | None:
    items = [item for item in items if item]
    return Block(kind="list", text=text, items=items, marker=marker) if items else None


def _para(text: str) -> Block | None:
    return Block(kind="paragraph", text=text) if text else None


def _address(lines: list[str]) -> Block | None:
    lines = [line for line in lines if line]
    return Block(kind="address", items=lines) if lines else None


def _definitions(terms: list[tuple[str, str]], *, text: str = "") -> Block | None:
    terms = [(term, desc) for term, desc in terms if term or desc]
    return Block(kind="definitions", text=text, terms=terms) if terms else None


def _blocks(*blocks: Block | None) -> list[Block]:
    return [block for block in blocks if block is not None]


def letter(index: int) -> str:
    """a, b, … z, aa, ab … for any number of registers."""
    result = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        result = chr(ord("a") + rem) + result
    return result


# --- the builder ---------------------------------------------------------------------


class Builder:
    """The notice's texts in one language and style, section by section. build_document
    assembles the whole document; the DPV export (content/dpv.py) reuses the same texts
    for its descriptions, so both say the same thing in the same words."""

    def __init__(self, answers, controller, language, style, adequacy):
        self.a = as_dict(answers)
        self.c = as_dict(controller)
        self.lang = language
        self.style = style
        self.adequacy = adequacy if isinstance(adequacy, catalogues.Catalogue) else catalogues.ADEQUACY
        self.adequacy_date = getattr(adequacy, "listed_on", None) or catalogues.ADEQUACY_LIST_DATE
        self.notice = as_dict(self.a.get("notice"))
        self.registers = [(as_str(r.get("id")), ltext(r.get("name"), language)) for r in as_dicts(self.notice.get("registers"))]
        self.registers = [(rid, name) for rid, name in self.registers if name]

    def lt(self, value) -> str:
        return ltext(value, self.lang)

    def t(self, key, **values) -> str:
        return t(key, self.lang, **values)

    def label(self, catalogue: catalogues.Catalogue, code) -> str:
        code = as_str(code)
        return catalogue.label(code, self.lang) if code else ""

    # Sections. Each returns the blocks (and optionally subsections) of one key.

    def definitions(self):
        return _blocks(
            _definitions(
                [
                    (self.t("def_personal_data"), self.t("def_personal_data_text")),
                    (self.t("def_controller"), self.t("def_controller_text")),
                    (self.t("def_processor"), self.t("def_processor_text")),
                    (self.t("def_data_subject"), self.t("def_data_subject_text")),
                ]
            )
        )

    def controller_lines(self) -> list[str]:
        c = self.c
        business_id = as_str(c.get("business_id"))
        country = as_str(c.get("country")).upper() or "FI"
        id_line = ""
        if business_id:
            id_line = self.t("business_id" if country == "FI" else "registration_number", value=business_id)
        postal = _join([as_str(c.get("postal_code")), as_str(c.get("city"))])
        if postal and country != "FI":
            postal = _join([postal, country_label(country, self.lang)], ", ")
        return [
            as_str(c.get("name")),
            id_line,
            as_str(c.get("street_address")),
            postal,
            self.t("email", value=as_str(c.get("email"))) if as_str(c.get("email")) else "",
            self.t("phone", value=as_str(c.get("phone"))) if as_str(c.get("phone")) else "",
            self.t("website", value=as_str(c.get("website"))) if as_str(c.get("website")) else "",
        ]

    def controller(self):
        address = _address(self.controller_lines())
        if address is None:
            return []
        return _blocks(_para(self.t("controller_lead")) if self.style == "statement" else None, address)

    def joint_controllers(self):
        """Art. 26(2): the other controllers, the essence of the arrangement and whom to contact."""
        items = []
        for row in as_dicts(self.notice.get("joint_controllers")):
            name, business_id = as_str(row.get("name")), as_str(row.get("business_id"))
            country = as_str(row.get("country")).upper() or "FI"
            if not name:
                continue
            key = "joint_business_id" if country == "FI" else "joint_registration_number"
            items.append(self.t(key, name=name, value=business_id) if business_id else name)
        if not items:
            return []
        arrangement, contact = self.lt(self.notice.get("joint_arrangement")), self.lt(self.notice.get("joint_contact"))
        return _blocks(
            _list(items, text=self.t("joint_lead")),
            _para(self.t("joint_arrangement", value=arrangement) if arrangement else ""),
            _para(self.t("joint_contact", value=contact) if contact else ""),
            _para(self.t("joint_rights")),
        )

    def contact(self):
        contact = as_dict(self.a.get("contact"))
        lines = [
            as_str(contact.get("name")),
            as_str(contact.get("address")),
            self.t("email", value=as_str(contact.get("email"))) if as_str(contact.get("email")) else "",
            self.t("phone", value=as_str(contact.get("phone"))) if as_str(contact.get("phone")) else "",
        ]
        address = _address(lines)
        return _blocks(_para(self.t("contact_lead")), address) if address else []

    def dpo(self):
        c = self.c
        lines = [
            as_str(c.get("dpo_name")),
            self.t("email", value=as_str(c.get("dpo_email"))) if as_str(c.get("dpo_email")) else "",
            self.t("phone", value=as_str(c.get("dpo_phone"))) if as_str(c.get("dpo_phone")) else "",
        ]
        address = _address(lines)
        return _blocks(_para(self.t("dpo_lead")), address) if address else []

    def representative(self):
        name = as_str(self.c.get("representative_name"))
        if not name:
            return []
        contact_lines = [line.strip() for line in as_str(self.c.get("representative_contact")).splitlines()]
        return _blocks(_para(self.t("representative_lead")), _address([name, *contact_lines]))

    def registers_section(self):
        if len(self.registers) == 1:
            return _blocks(_para(self.registers[0][1]))
        items = [f"{letter(i)}) {name}" for i, (_rid, name) in enumerate(self.registers)]
        return _blocks(_list(items, text=self.t("registers_lead_many"), marker="none"))

    def data_subjects(self):
        items = [self.label(catalogues.DATA_SUBJECTS, code) for code in as_codes(self.notice.get("data_subjects"))]
        items.append(self.lt(self.notice.get("data_subjects_other")))
        return _blocks(_list(items, text=self.t("data_subjects_lead")))

    def purposes_list(self) -> list[dict]:
        return as_dicts(self.a.get("purposes"))

    def purpose_rows(self, purposes: list[dict]) -> list[list[str]]:
        rows = []
        for purpose in purposes:
            description = self.lt(purpose.get("description"))
            basis = as_str(purpose.get("legal_basis"))
            if not description and not basis:
                continue
            rows.append([description or self.t("purpose_missing"), article_6(basis, self.lang) if basis else self.t("basis_missing")])
        return rows

    def purposes(self):
        header = [self.t("purposes_col_purpose"), self.t("purposes_col_basis")]
        purposes = self.purposes_list()
        if len(self.registers) < 2:
            return _blocks(_table(header, self.purpose_rows(purposes), text=self.t("purposes_lead"), row_headers=True)), []
        known = {rid for rid, _name in self.registers}
        shared = [p for p in purposes if as_str(p.get("register")) not in known]
        subsections = []
        for i, (rid, name) in enumerate(self.registers):
            own = [p for p in purposes if as_str(p.get("register")) == rid]
            table = _table(header, self.purpose_rows(own + shared), row_headers=True)
            if table:
                subsections.append(Section(key=f"purposes-{letter(i)}", heading=name, number=f"{letter(i)})", blocks=[table]))
        lead = _para(self.t("purposes_lead")) if subsections else None
        return _blocks(lead), subsections

    def legitimate_interests(self):
        terms = []
        for purpose in self.purposes_list():
            if as_str(purpose.get("legal_basis")) != "legitimate_interests":
                continue
            terms.append(
                (
                    self.lt(purpose.get("description")) or self.t("purpose_missing"),
                    self.lt(purpose.get("legitimate_interest")) or self.t("legitimate_interest_missing"),
                )
            )
        return _blocks(_definitions(terms, text=self.t("legitimate_interests_lead")))

    def direct_marketing(self):
        terms, existing_customers = [], False
        for purpose in marketing_purposes(self.a):
            channels = [self.label(catalogues.MARKETING_CHANNELS, code) for code in as_codes(purpose.get("marketing_channels"))]
            terms.append(
                (
                    self.lt(purpose.get("description")) or self.t("purpose_missing"),
                    self.t("marketing_channels", value=_mid_sentence(_series(channels))) if channels else "",
                )
            )
            existing_customers = existing_customers or purpose.get("marketing_existing_customers") is True
        if not terms:
            return []
        return _blocks(
            _definitions(terms, text=self.t("direct_marketing_lead")),
            _para(self.t("marketing_existing_customers")) if existing_customers else None,
            _para(self.t("direct_marketing_objection")),
        )

    def shared_rows(self, rows: list[dict]) -> list[dict]:
        """Rows for all registers: no register, or one no longer in the notice."""
        known = {rid for rid, _name in self.registers}
        return [row for row in rows if as_str(row.get("register")) not in known]

    def by_register(self, rows: list[dict], make_blocks, key: str, *, with_shared: bool = True) -> list[Section]:
        """One subsection per register (a), b) …) with its own rows and, ``with_shared``,
        the rows that apply to all registers."""
        shared = self.shared_rows(rows) if with_shared else []
        subsections = []
        for i, (rid, name) in enumerate(self.registers):
            own = [row for row in rows if as_str(row.get("register")) == rid]
            blocks = _blocks(*make_blocks(own + shared))
            if blocks:
                subsections.append(Section(key=f"{key}-{letter(i)}", heading=name, number=f"{letter(i)})", blocks=blocks))
        return subsections

    def category_items(self, rows: list[dict] | None = None) -> list[str]:
        items = []
        for item in as_dicts(as_dict(self.a.get("categories")).get("items")) if rows is None else rows:
            code = as_str(item.get("code"))
            entry = catalogues.DATA_CATEGORIES.get(code) if code else None
            name = entry.label(self.lang) if entry else (self.lt(item.get("name")) or code)
            details = self.lt(item.get("details")) or (entry.help(self.lang) if entry else "")
            if name:
                items.append(f"{name}: {details}" if details else name)
            elif details:
                items.append(details)
        return items

    def category_names(self) -> list[str]:
        names = []
        for item in as_dicts(as_dict(self.a.get("categories")).get("items")):
            code = as_str(item.get("code"))
            entry = catalogues.DATA_CATEGORIES.get(code) if code else None
            name = entry.label(self.lang) if entry else (self.lt(item.get("name")) or code)
            if name:
                names.append(name)
        return names

    def categories(self):
        cats = as_dict(self.a.get("categories"))
        identity_code = "personal_identity_code" in [as_str(item.get("code")) for item in as_dicts(cats.get("items"))]
        basis = self.label(catalogues.IDENTITY_CODE_BASES, cats.get("identity_code_basis")) if identity_code else ""
        basis_para = _para(self.t("identity_code_basis", value=_lower_first(basis)) if basis else "")
        rows = as_dicts(cats.get("items"))
        # Split by register only when some category belongs to one register.
        if len(self.registers) < 2 or not any(as_str(row.get("register")) for row in rows):
            return _blocks(_list(self.category_items(), text=self.t("categories_lead")), basis_para)
        subsections = self.by_register(rows, lambda own: [_list(self.category_items(own))], "categories")
        return _blocks(_para(self.t("categories_lead")) if subsections else None, basis_para), subsections

    def special(self):
        cats = as_dict(self.a.get("categories"))
        special, criminal = cats.get("special"), cats.get("criminal")
        # An unanswered question (None) makes no claim either way.
        if special is False and criminal is False:
            return _blocks(_para(self.t("special_none")))
        blocks = []
        if special is True:
            condition = self.label(catalogues.SPECIAL_CONDITIONS, cats.get("special_condition"))
            description = self.lt(cats.get("special_description"))
            blocks += [
                _para(_join([self.t("special_yes"), description])),
                _para(self.t("special_condition", value=condition) if condition else self.t("special_condition_missing")),
            ]
        elif special is False:
            blocks.append(_para(self.t("special_no_only")))
        if criminal is True:
            blocks.append(_para(_join([self.t("criminal_yes"), self.lt(cats.get("criminal_description"))])))
            basis = self.label(catalogues.CRIMINAL_BASES, cats.get("criminal_basis"))
            if basis:
                blocks.append(_para(self.t("criminal_basis", value=_join([basis, self.lt(cats.get("criminal_basis_details"))], ": "))))
        elif criminal is False:
            blocks.append(_para(self.t("criminal_no")))
        return _blocks(*blocks)

    def national_rules(self):
        """Finnish rules triggered by whose data it is and which data: derived from the
        structured answers (data subjects, categories, bases), never from text."""
        subjects = set(as_codes(self.notice.get("data_subjects")))
        cats = as_dict(self.a.get("categories"))
        codes = {as_str(item.get("code")) for item in as_dicts(cats.get("items"))}
        keys = []
        if subjects & catalogues.EMPLOYMENT_SUBJECTS:
            keys += ["working_life_3", "working_life_4"]
            if cats.get("special") is True:
                keys.append("working_life_5")
            if "aptitude_tests" in codes:
                keys.append("working_life_13")
        if subjects & catalogues.CHILD_SUBJECTS and "consent" in self.bases() and self.notice.get("guardian_consent") is True:
            keys.append("children_guardian")
        return _blocks(*[_para(self.t(key)) for key in keys])

    def source_names(self) -> tuple[list[str], list[str]]:
        """(all source names, the publicly accessible ones as they read mid-sentence).

        Catalogue labels continue the sentence in lower case; a name the user typed
        (often a company: "Fonecta Oy") is kept exactly as written."""
        sources = as_dict(self.a.get("sources"))
        names, public = [], []
        for code in as_codes(sources.get("items")):
            entry = catalogues.SOURCES.get(code)
            name = catalogues.source_label(code, self.lang, self.style)
            names.append(name)
            if entry and entry.attrs.get("public"):
                public.append(_lower_first(name))
        for other in as_dicts(sources.get("other")):
            name = self.lt(other.get("name"))
            if name:
                names.append(name)
                if other.get("public") is True:
                    public.append(name)
        return names, public

    def sources(self):
        names, public = self.source_names()
        if not names:
            return []
        return _blocks(
            _list(names, text=self.t("sources_lead")),
            _para(self.t("sources_public", value=", ".join(public)) if public else self.t("sources_not_public")),
        )

    def requirement(self):
        sources = as_dict(self.a.get("sources"))
        requirement = as_str(sources.get("requirement"))
        text = ""
        if requirement in ("voluntary", "contractual", "statutory", "mixed"):
            text = self.t(f"requirement_{requirement}")
        elif requirement:
            text = requirement
        consequences = self.lt(sources.get("consequences"))
        # The user's own sentence already says what follows ("Ilman nimeä emme voi …"): a
        # lead such as "Jos et anna tietoja:" before it would state the condition twice.
        return _blocks(_para(text), _para(consequences))

    def recipient_rows(self, items, *, with_role: bool) -> list[list[str]]:
        rows = []
        for item in items:
            name = as_str(item.get("name"))
            kind = self.label(catalogues.RECIPIENT_KINDS, item.get("kind"))
            description = self.lt(item.get("description"))
            if name and kind and not description:
                description = kind
            row = [name or kind or description, country_label(as_str(item.get("country")), self.lang)]
            if not row[0]:
                continue
            if row[0] == description:
                description = ""
            if with_role:
                row.insert(1, self.label(catalogues.RECIPIENT_ROLES, item.get("role")))
            rows.append([*row, description])
        return rows

    def recipients(self):
        if not isinstance(self.a.get("recipients"), dict):
            return []  # not answered yet: never say "no disclosures"
        items = as_dicts(as_dict(self.a.get("recipients")).get("items"))
        if len(self.registers) >= 2 and any(as_str(item.get("register")) for item in items):
            header = [self.t("col_recipient"), self.t("col_role"), self.t("col_country"), self.t("col_description")]
            # Recipients of every register (e.g. a service chosen for the whole business) are
            # listed once, before each register's own.
            shared = _table(header, self.recipient_rows(self.shared_rows(items), with_role=True), text=self.t("for_all_registers"), row_headers=True)
            subsections = self.by_register(
                items, lambda own: [_table(header, self.recipient_rows(own, with_role=True), row_headers=True)], "recipients", with_shared=False
            )
            has_authority = any(as_str(i.get("role")) == "authority" or as_str(i.get("kind")) == "authorities" for i in items)
            lead = _para(self.t("recipients_lead")) if subsections or shared else _para(self.t("recipients_none"))
            return _blocks(lead, shared, None if has_authority else _para(self.t("recipients_authorities_note"))), subsections
        processors = [i for i in items if as_str(i.get("role")) == "processor"]
        others = [i for i in items if as_str(i.get("role")) != "processor"]
        regular = [i for i in others if catalogues.recipient_frequency(i) == "regular"]
        occasional = [i for i in others if catalogues.recipient_frequency(i) == "occasional"]
        disclosure_rows = self.recipient_rows(regular, with_role=True)
        occasional_rows = self.recipient_rows(occasional, with_role=True)
        processor_rows = self.recipient_rows(processors, with_role=False)
        blocks = []
        header = [self.t("col_recipient"), self.t("col_role"), self.t("col_country"), self.t("col_description")]
        if disclosure_rows:
            blocks.append(_table(header, disclosure_rows, text=self.t("recipients_lead"), row_headers=True))
        else:
            blocks.append(_para(self.t("recipients_none")))
        if occasional_rows:
            blocks.append(_table(header, occasional_rows, text=self.t("recipients_occasional_lead"), row_headers=True))
        if processor_rows:
            header = [self.t("col_recipient"), self.t("col_country"), self.t("col_description")]
            blocks.append(_table(header, processor_rows, text=self.t("processors_lead"), row_headers=True))
        has_authority = any(as_str(i.get("role")) == "authority" or as_str(i.get("kind")) == "authorities" for i in others)
        if not has_authority:
            blocks.append(_para(self.t("recipients_authorities_note")))
        return _blocks(*blocks)

    def transfers(self):
        transfers = as_dict(self.a.get("transfers"))
        items = as_dicts(transfers.get("items"))
        if transfers.get("any") is False and not items:
            return _blocks(_para(self.t("transfers_none")))
        if transfers.get("any") is not True and not items:
            return []
        rows, used = [], []
        for item in items:
            country = as_str(item.get("country"))
            country = country if country == catalogues.VARIOUS_COUNTRIES else country.upper()
            safeguard = as_str(item.get("safeguard"))
            entry = catalogues.SAFEGUARDS.get(safeguard)
            if country in catalogues.EEA_COUNTRIES:
                safeguard_text = self.t("safeguard_not_needed")
            elif not safeguard or (entry and entry.attrs.get("invalid")):
                # Privacy Shield was invalidated in 2020: never print it as a safeguard.
                safeguard_text = self.t("safeguard_missing")
            else:
                safeguard_text = self.label(catalogues.SAFEGUARDS, safeguard)
                if entry and safeguard not in used:
                    used.append(safeguard)
            rows.append(
                [
                    as_str(item.get("recipient")) or "–",
                    (catalogues.destination_label(country, self.lang) if country else "") or self.t("country_missing"),
                    safeguard_text,
                    self.lt(item.get("details")),
                ]
            )
        header = [self.t("col_recipient"), self.t("col_country"), self.t("col_safeguard"), self.t("col_details")]
        table = _table(header, rows, text=self.t("transfers_lead"), row_headers=True)
        explanations = []
        for code in used:
            if code == "adequacy":
                explanations.append(_join([self.t("explain_adequacy"), *self.adequacy_decisions(items)]))
            else:
                explanations.append(self.t(f"explain_{code}"))
        return _blocks(
            table or _para(self.t("transfers_any_no_items")),
            *[_para(text) for text in explanations],
            # A copy exists only of clauses or corporate rules (Art. 13(1)(f)).
            _para(self.t("transfers_copy" if any(catalogues.SAFEGUARDS.get(code).attrs.get("copy") for code in used) else "transfers_info")),
        )

    def rule_categories(self, rule) -> str:
        """The names of the categories a retention rule lists, as its subject."""
        by_id = {as_str(item.get("id")): item for item in as_dicts(as_dict(self.a.get("categories")).get("items"))}
        names = []
        for row_id in as_codes(rule.get("categories")):
            item = by_id.get(row_id)
            if item is None:
                continue
            entry = catalogues.DATA_CATEGORIES.get(as_str(item.get("code")))
            name = entry.label(self.lang) if entry else self.lt(item.get("name"))
            if name:
                names.append(name)
        return _series(names)

    def adequacy_decisions(self, items: list[dict]) -> list[str]:
        """One sentence per destination relying on adequacy: its decision's date and any
        expiry. The list's check date is given only when the decision's own date is unknown."""
        sentences = []
        for item in items:
            country = as_str(item.get("country")).upper()
            entry = self.adequacy.get(country) if as_str(item.get("safeguard")) == "adequacy" else None
            if entry is None:
                continue
            decided_on = parse_date(entry.attrs.get("decided_on"))
            expires_on = parse_date(entry.attrs.get("expires_on"))
            name = country_label(country, self.lang) if country in catalogues.COUNTRIES else entry.label(self.lang)
            if decided_on:
                text = self.t("adequacy_decided", country=name, date=format_date(decided_on, self.lang))
                if expires_on:
                    text = self.t("adequacy_decided_until", country=name, date=format_date(decided_on, self.lang), until=format_date(expires_on, self.lang))
            else:
                listed_on = parse_date(entry.attrs.get("listed_on")) or self.adequacy_date
                text = self.t("adequacy_listed", country=name, date=format_date(listed_on, self.lang))
            if text not in sentences:
                sentences.append(text)
        return sentences

    def retention_terms(self, rules: list[dict] | None = None) -> list[tuple[str, str]]:
        terms = []
        for rule in as_dicts(self.a.get("retention")) if rules is None else rules:
            preset = catalogues.RETENTION_PRESETS.get(as_str(rule.get("preset")))
            subject = self.lt(rule.get("applies_to")) or self.rule_categories(rule)
            if not subject and preset:
                subject = preset.label(self.lang).split(":")[0]
            period = self.lt(rule.get("period"))
            criteria = self.lt(rule.get("criteria"))
            parts = [
                period,
                preset.help(self.lang) if preset else "",
                self.t("retention_criteria", value=criteria) if criteria else "",
            ]
            description = _join(parts)
            if not subject and not description:
                continue
            terms.append((subject or self.t("retention_general"), description or self.t("retention_undefined")))
        return terms

    def retention(self):
        rules = as_dicts(self.a.get("retention"))
        if len(self.registers) >= 2 and any(as_str(rule.get("register")) for rule in rules):
            subsections = self.by_register(rules, lambda own: [_definitions(self.retention_terms(own))], "retention", with_shared=False)
            shared = _definitions(self.retention_terms(self.shared_rows(rules)), text=self.t("for_all_registers"))
            if not subsections and shared is None:
                return []
            return _blocks(_para(self.t("retention_lead")), shared, _para(self.t("retention_end"))), subsections
        terms = self.retention_terms()
        if not terms:
            return []
        return _blocks(_definitions(terms, text=self.t("retention_lead")), _para(self.t("retention_end")))

    def security(self):
        security = as_dict(self.a.get("security"))
        items = [self.label(catalogues.SECURITY_MEASURES, code) for code in as_codes(security.get("measures"))]
        other = self.lt(security.get("other"))
        if not items:
            return _blocks(_para(other))
        return _blocks(_list(items, text=self.t("security_lead")), _para(other))

    def automated(self):
        auto = as_dict(self.a.get("automated"))
        decisions, profiling = auto.get("decisions"), auto.get("profiling")
        if decisions is not True and profiling is not True:
            if decisions is False and profiling is False:
                return _blocks(_para(self.t("automated_none")))
            if decisions is False:
                return _blocks(_para(self.t("automated_decisions_no")))
            if profiling is False:
                return _blocks(_para(self.t("profiling_no")))
            return []
        statement = _join(
            [
                self.t("automated_decisions_yes") if decisions is True else (self.t("automated_decisions_no") if decisions is False else ""),
                self.t("profiling_yes") if profiling is True else (self.t("profiling_no") if profiling is False else ""),
            ]
        )
        logic, consequences = self.lt(auto.get("logic")), self.lt(auto.get("consequences"))
        exception = catalogues.AUTOMATED_EXCEPTIONS.get(as_str(auto.get("exception"))) if decisions is True else None
        return _blocks(
            _para(statement),
            _para(self.t("automated_exception", value=_mid_sentence(exception.label(self.lang))) if exception else ""),
            _para(self.t("automated_logic", value=logic) if logic else ""),
            _para(self.t("automated_consequences", value=consequences) if consequences else ""),
        )

    def bases(self) -> list[str]:
        return as_codes([p.get("legal_basis") for p in self.purposes_list()])

    def right_codes(self) -> list[str]:
        auto = as_dict(self.a.get("automated"))
        return derive_rights(
            self.bases(),
            auto.get("decisions") is True,
            direct_marketing=uses_direct_marketing(self.a),
            consent=consent_relied_on(self.a),
            profiling=auto.get("profiling") is True,
        )

    def right_text(self, code: str) -> str:
        """A right's explanation. Human intervention, one's own view and contesting the
        decision (Art. 22(3)) are promised only under the contract or consent exception."""
        if code == "automated_decisions":
            exception = catalogues.AUTOMATED_EXCEPTIONS.get(as_str(as_dict(self.a.get("automated")).get("exception")))
            if exception is None or not exception.attrs.get("safeguards"):
                return self.t("automated_right_by_law")
        return RIGHTS.get(code).help(self.lang)

    def request_channels(self) -> list[str]:
        rights = as_dict(self.a.get("rights"))
        contact = as_dict(self.a.get("contact"))
        email = as_str(rights.get("request_email")) or as_str(contact.get("email")) or as_str(self.c.get("email"))
        post = as_str(rights.get("request_address"))
        if not post:
            postal = _join([as_str(self.c.get("postal_code")), as_str(self.c.get("city"))])
            post = _join([as_str(self.c.get("name")), as_str(self.c.get("street_address")), postal], ", ") if as_str(self.c.get("street_address")) else ""
        return [
            self.t("exercise_send_email", value=email) if email else "",
            self.t("exercise_send_post", value=post) if post else "",
            self.lt(rights.get("request_other")),
        ]

    def rights(self):
        terms = [(RIGHTS.label(code, self.lang), self.right_text(code)) for code in self.right_codes()]
        exercise = Section(
            key="exercise",
            heading=heading("exercise", self.style, self.lang),
            blocks=_blocks(
                _list(self.request_channels(), text=self.t("exercise_send")),
                _para(self.t("exercise_identity")),
                _para(self.t("exercise_deadline")),
                _para(self.t("exercise_free")),
            ),
        )
        return _blocks(_definitions(terms, text=self.t("rights_lead"))), [exercise]

    def complaint(self):
        country = as_str(self.c.get("country")).upper() or "FI"
        authority = catalogues.supervisory_authority(country)
        if authority is None:
            # We do not know this member state's authority: say where the list of them is
            # rather than print a name we could not confirm (the checker asks for it).
            return _blocks(_para(self.t("complaint_text_unknown", country=country_label(country, self.lang))))
        is_finnish = authority is catalogues.SUPERVISORY_AUTHORITIES["FI"]
        lines = [
            ltext(authority.get("name"), self.lang),
            self.t("visiting_address", value=ltext(authority["visiting_address"], self.lang)) if authority.get("visiting_address") else "",
            self.t("postal_address", value=ltext(authority["postal_address"], self.lang)) if authority.get("postal_address") else "",
            self.t("email", value=ltext(authority["email"], self.lang)) if authority.get("email") else "",
            self.t("switchboard", value=ltext(authority["phone"], self.lang)) if authority.get("phone") else "",
            ltext(authority.get("website"), self.lang),
        ]
        return _blocks(_para(self.t("complaint_text" if is_finnish else "complaint_text_other")), _address(lines))

    def cookies(self):
        cookies = as_dict(self.a.get("cookies"))
        if cookies.get("used") is not True:
            return []
        categories = []
        for code in as_codes(cookies.get("categories")):
            text = COOKIE_CATEGORY_TEXTS.get(code, {}).get(self.lang) or self.label(catalogues.COOKIE_CATEGORIES, code)
            categories.append(text)
        rows = []
        for tool in as_dicts(cookies.get("tools")):
            name = as_str(tool.get("name"))
            if not name:
                continue
            rows.append(
                [
                    name,
                    as_str(tool.get("provider")),
                    self.label(catalogues.COOKIE_CATEGORIES, tool.get("category")),
                    " ".join(part for part in [self.lt(tool.get("purpose")), self.cookie_names(tool)] if part),
                ]
            )
        header = [self.t("col_tool"), self.t("col_provider"), self.t("col_cookie_category"), self.t("col_cookie_purpose")]
        refuse = self.lt(cookies.get("how_to_refuse"))
        intro = self.t("cookies_intro")
        if cookies.get("consent_asked") is True:
            intro = _join([intro, self.t("cookies_consent")])
        return _blocks(
            _para(intro),
            _list(categories, text=self.t("cookies_categories_lead")),
            _table(header, rows, text=self.t("cookies_tools_lead"), row_headers=True),
            _para(self.t("cookies_refuse", value=refuse) if refuse else ""),
        )

    def cookie_names(self, tool) -> str:
        """The names and lifetimes a library service's row carries, e.g. "_ga (2 vuotta)"."""
        names = []
        for cookie in as_dicts(tool.get("cookies")):
            name = as_str(cookie.get("name"))
            lifetime = ltext(cookie.get("lifetime"), self.lang)
            if name:
                names.append(f"{name} ({lifetime})" if lifetime else name)
        return self.t("cookie_names", cookies=", ".join(names)) if names else ""

    def processor_role(self):
        return _blocks(_para(self.lt(as_dict(self.a.get("rights")).get("processor_role"))))

    def laws(self):
        codes = as_codes(as_dict(self.a.get("rights")).get("laws"))
        return _blocks(_list([self.label(catalogues.LAWS, code) for code in codes], text=self.t("laws_lead")))

    def changes(self):
        return _blocks(_para(self.t("changes_text")), _para(self.lt(as_dict(self.a.get("rights")).get("changes"))))

    # Summary: the first layer.

    def summary(self, section_keys: frozenset[str] = frozenset()) -> Block | None:
        """The first layer (WP260 rev.01 §35-38): who, what, why, on what basis, how long,
        who receives, the rights and the complaint right, each row linking to its full
        section (``Block.links``) when the notice has that section."""
        purposes = [self.lt(p.get("description")) for p in self.purposes_list()]
        purposes = [p for p in purposes if p]
        bases = [self.label(catalogues.LEGAL_BASES, code) for code in self.bases()]
        data = self.category_names()
        if not (purposes or data):
            return None
        retention = [f"{term}: {desc}" if term != self.t("retention_general") else desc for term, desc in self.retention_terms_short()]
        recipients_items = as_dicts(as_dict(self.a.get("recipients")).get("items"))
        recipients = []
        for item in recipients_items:
            name = as_str(item.get("name")) or self.label(catalogues.RECIPIENT_KINDS, item.get("kind"))
            if name and name not in recipients:
                recipients.append(name)
        contact = as_dict(self.a.get("contact"))
        reach = as_str(contact.get("email")) or as_str(self.c.get("email")) or as_str(self.c.get("phone"))
        controller = _join([as_str(self.c.get("name")), reach], ", ")
        rights = _series([RIGHTS.label(code, self.lang) for code in self.right_codes()])
        authority = catalogues.supervisory_authority(as_str(self.c.get("country")).upper() or "FI")
        # An authority we could not confirm is not named here either; the full section says where to look.
        complaint = self.t("summary_complaint_text", authority=ltext(authority.get("name"), self.lang)) if authority else ""
        answered_recipients = isinstance(self.a.get("recipients"), dict)
        rows = [
            ("controller", [self.t("summary_controller"), controller]),
            ("categories", [self.t("summary_data"), _series(data)]),
            ("purposes", [self.t("summary_why"), "; ".join(purposes)]),
            ("purposes", [self.t("summary_basis"), _series(bases)]),
            ("retention", [self.t("summary_how_long"), "; ".join(retention)]),
            # "None" only once the recipients question is answered: unanswered is not none.
            ("recipients", [self.t("summary_recipients"), "; ".join(recipients) or (self.t("summary_no_recipients") if answered_recipients else "")]),
            ("rights", [self.t("summary_rights"), rights]),
            ("complaint", [self.t("summary_complaint"), complaint]),
        ]
        rows = [(key, row) for key, row in rows if row[1]]
        return Block(
            kind="table",
            header=[self.t("summary_topic"), self.t("summary_answer")],
            rows=[row for _key, row in rows],
            row_headers=True,
            links=[key if key in section_keys else "" for key, _row in rows],
        )

    def retention_terms_short(self) -> list[tuple[str, str]]:
        """Retention for the summary: the user's own period, else the preset's short label."""
        terms = []
        for rule in as_dicts(self.a.get("retention")):
            preset = catalogues.RETENTION_PRESETS.get(as_str(rule.get("preset")))
            subject = self.lt(rule.get("applies_to")) or self.rule_categories(rule)
            short = self.lt(rule.get("period"))
            if preset:
                preset_subject, _sep, preset_period = preset.label(self.lang).partition(":")
                subject = subject or preset_subject
                short = short or preset_period.strip()
            short = (short or self.lt(rule.get("criteria"))).rstrip(".")
            if short:
                terms.append((subject or self.t("retention_general"), short))
        return terms

    # Assembly.

    def build(self, drawn_up_on, last_changed_on, version_number=None) -> Document:
        order = REGISTER_ORDER if self.style == "register" else STATEMENT_ORDER
        producers = {
            "definitions": self.definitions, "controller": self.controller, "joint_controllers": self.joint_controllers, "contact": self.contact,
            "dpo": self.dpo, "representative": self.representative, "registers": self.registers_section,
            "data_subjects": self.data_subjects, "purposes": self.purposes,
            "legitimate_interests": self.legitimate_interests, "direct_marketing": self.direct_marketing,
            "categories": self.categories,
            "special": self.special, "national_rules": self.national_rules, "sources": self.sources, "requirement": self.requirement,
            "recipients": self.recipients, "transfers": self.transfers, "retention": self.retention,
            "security": self.security, "automated": self.automated, "rights": self.rights,
            "complaint": self.complaint, "cookies": self.cookies, "processor_role": self.processor_role,
            "laws": self.laws, "changes": self.changes,
        }  # fmt: skip
        sections = []
        for key in order:
            produced = producers[key]()
            blocks, subsections = produced if isinstance(produced, tuple) else (produced, [])
            subsections = [sub for sub in subsections if not sub.is_empty]
            if not blocks and not subsections:
                continue
            heading_key = "registers_many" if key == "registers" and len(self.registers) > 1 else key
            sections.append(Section(key=key, heading=heading(heading_key, self.style, self.lang), blocks=blocks, subsections=subsections))
        if self.style == "register":
            for number, section in enumerate(sections, start=1):
                section.number = f"{number}."

        created, updated = version_dates(
            history=as_dict(self.notice.get("history")),
            ours_first=drawn_up_on or parse_date(self.a.get("drawn_up_on")),
            this_publish=last_changed_on,
            version_number=version_number,
        )
        version_parts = [
            self.t("drawn_up", date=format_date(created, self.lang)) if created else "",
            self.t("last_changed", date=format_date(updated, self.lang)) if updated else "",
        ]

        title = self.lt(self.notice.get("title")) or self.t(f"title_{self.style}")
        intro = self.lt(self.notice.get("intro")) or self.t(f"intro_{self.style}")
        keys = frozenset(section.key for section in sections)
        summary = self.summary(keys)
        return Document(
            language=self.lang,
            style=self.style,
            title=title,
            controller_name=as_str(self.c.get("name")),
            sections=sections,
            summary=summary,
            summary_heading=self.t("summary_heading") if summary else "",
            show_toc=self.style == "statement",
            toc_heading=self.t("toc") if self.style == "statement" else "",
            version_line=_join(version_parts, " · "),
            intro=intro,
        )


def version_dates(*, history: dict, ours_first: date | None, this_publish: date | None, version_number: int | None) -> tuple:
    """(created, updated) for the version line.

    The creation date is the one the user entered for a notice that existed before it
    came to us, else our first publish date: never both, so the notice never shows two
    contradictory "drawn up" dates. The first version shows the user's last-change date
    (or, without one, the day we publish it); later versions show their publish date.
    ``version_number`` None (a draft or preview) counts as the first version when our
    dates do not say otherwise."""
    history = as_dict(history)
    created = parse_date(history.get("created_on")) or ours_first
    first = version_number == 1 if version_number is not None else (ours_first is None or this_publish in (None, ours_first))
    updated = (parse_date(history.get("updated_on")) if first else None) or this_publish
    return created, (updated if updated and updated != created else None)


def build_document(
    *,
    answers: dict,
    controller: dict,
    language: str,
    style: str | None = None,
    drawn_up_on: date | None = None,
    last_changed_on: date | None = None,
    adequacy: catalogues.Catalogue | None = None,
    version_number: int | None = None,
) -> Document:
    """Build the notice. Never raises on partial or odd answers: a draft is partial.

    ``adequacy`` overrides the catalogue's adequacy list (e.g. the admin-maintained
    AdequacyDecision table via ``notices.content.adequacy.adequacy_from_db()``); a
    ``listed_on`` attribute on it dates the list in the notice.
    """
    language = language if language in LANGUAGES else languages.DEFAULT
    notice = as_dict(as_dict(answers).get("notice"))
    style = style if style in STYLES else (notice.get("style") if notice.get("style") in STYLES else "register")
    drawn_up_on = drawn_up_on if isinstance(drawn_up_on, date) else None
    last_changed_on = last_changed_on if isinstance(last_changed_on, date) else None
    version_number = version_number if isinstance(version_number, int) and not isinstance(version_number, bool) else None
    return Builder(answers, controller, language, style, adequacy).build(drawn_up_on, last_changed_on, version_number)
