"""The service library: tools Finnish small businesses use (booking, payments, bookkeeping,
newsletters, analytics …) with what is known about each, so that choosing one fills its
recipient, transfer and cookie rows at once.

The data lives in ``service_library.json`` (seeded into the ServiceLibraryEntry table, which
staff keep current in the admin, like the adequacy list). Every fact about the outside world
has a source URL and the date it was checked; a fact nobody could confirm is ``None`` and the
wizard asks the user instead of guessing.

Pure functions here turn an entry into answer rows (``add_service``/``remove_service``); the
only database-touching function is ``library_from_db``."""

import json
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from . import catalogues
from .builder import as_dict, as_dicts, as_str

DATA_FILE = Path(__file__).with_name("service_library.json")

# Each fact an entry may state; each stated fact needs sources[fact] = {"url", "checked_on"}.
FACT_KEYS = ("entity", "country", "role", "categories", "transfers", "cookies", "privacy_url")
# Facts the generated recipient row needs; while unknown, the checker asks the user. (An
# unknown entity is not asked: the row then names the product, which tells readers enough.)
ASKED_FACTS = ("country", "role", "transfers")
STALE_AFTER = timedelta(days=365)

# How the wizard groups the library. Not a notice text: only the picker shows it.
GROUPS = catalogues.Catalogue(
    catalogues.Entry("booking", {"fi": "Ajanvaraus ja kassa", "en": "Booking and till systems", "sv": "Tidsbokning och kassasystem"}),
    catalogues.Entry("payment", {"fi": "Maksupalvelut", "en": "Payment services", "sv": "Betaltjänster"}),
    catalogues.Entry("bookkeeping", {"fi": "Taloushallinto ja palkat", "en": "Bookkeeping and payroll", "sv": "Bokföring och löneräkning"}),
    catalogues.Entry("webshop", {"fi": "Verkkokauppa ja kotisivut", "en": "Web shop and website", "sv": "Nätbutik och webbplats"}),
    catalogues.Entry(
        "newsletter", {"fi": "Uutiskirjeet ja sähköpostimarkkinointi", "en": "Newsletters and e-mail marketing", "sv": "Nyhetsbrev och e-postmarknadsföring"},
    ),
    catalogues.Entry("analytics", {"fi": "Kävijäseuranta ja mainonta", "en": "Analytics and advertising", "sv": "Analys och reklam"}),
    catalogues.Entry("office", {"fi": "Toimisto-ohjelmat", "en": "Office suites", "sv": "Kontorsprogram"}),
    catalogues.Entry("hosting", {"fi": "Palvelintila ja pilvipalvelut", "en": "Hosting and cloud", "sv": "Webbhotell och molntjänster"}),
    catalogues.Entry("crm", {"fi": "Asiakkuudenhallinta", "en": "CRM", "sv": "Kundrelationshantering (CRM)"}),
    catalogues.Entry("chat", {"fi": "Chat ja asiakaspalvelu", "en": "Chat and customer service", "sv": "Chatt och kundtjänst"}),
    catalogues.Entry("shipping", {"fi": "Kuljetukset", "en": "Shipping", "sv": "Transporter"}),
    catalogues.Entry("recruitment", {"fi": "Rekrytointi", "en": "Recruitment", "sv": "Rekrytering"}),
    catalogues.Entry(
        "forms", {"fi": "Lomakkeet, kyselyt ja tapaamisvaraukset", "en": "Forms, surveys and scheduling", "sv": "Formulär, enkäter och mötesbokning"},
    ),
)


@dataclass(frozen=True)
class LibraryService:
    code: str
    name: str  # the product's name, e.g. "Mailchimp"
    group: str  # GROUPS code
    kind: str  # catalogues.RECIPIENT_KINDS code
    description: dict = field(default_factory=dict)  # per language code: what it does, our own words
    entity: str | None = None  # the legal entity a Finnish customer contracts with
    country: str | None = None  # that entity's country (ISO code)
    role: str | None = None  # catalogues.RECIPIENT_ROLES code
    categories: list | None = None  # catalogues.DATA_CATEGORIES codes it typically receives
    # [{"country", "safeguard" (SAFEGUARDS code or None), "dpf_certified" (True/False/None)}]
    transfers: list | None = None
    cookies: list | None = None  # [{"category", "name", "lifetime": {language code: text} or None}]
    privacy_url: str | None = None
    sources: dict = field(default_factory=dict)  # fact → {"url", "checked_on"}

    def unknown_facts(self) -> list[str]:
        return [key for key in ASKED_FACTS if getattr(self, key) is None]

    def checked_dates(self) -> list[date]:
        return [_date(source.get("checked_on")) for source in self.sources.values() if _date(source.get("checked_on"))]

    @property
    def checked_on(self) -> date | None:
        """The oldest check of any stated fact: the entry is as fresh as its stalest fact."""
        dates = self.checked_dates()
        return min(dates) if dates else None

    def is_stale(self, today: date) -> bool:
        checked = self.checked_on
        return checked is None or today - checked > STALE_AFTER

    def recipient_name(self) -> str:
        """The entity when known, with the product name where it differs: readers know the product."""
        if not self.entity:
            return self.name
        if self.name.split(" (")[0].lower() in self.entity.lower():
            return self.entity
        return f"{self.entity} ({self.name})"


def facts_without_source(sources, stated: list[str]) -> list[str]:
    """The stated facts whose source (an https URL and a checked-on date) is missing."""
    sources = sources if isinstance(sources, dict) else {}
    missing = []
    for fact in stated:
        source = sources.get(fact) if isinstance(sources.get(fact), dict) else {}
        if not str(source.get("url", "")).startswith("https://") or _date(source.get("checked_on")) is None:
            missing.append(fact)
    return missing


def _date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def service_from_dict(data: dict) -> LibraryService:
    values = {key: data.get(key) for key in FACT_KEYS}
    return LibraryService(
        code=as_str(data.get("code")),
        name=as_str(data.get("name")),
        group=as_str(data.get("group")),
        kind=as_str(data.get("kind")) or "other",
        description=as_dict(data.get("description")),
        sources=as_dict(data.get("sources")),
        **values,
    )


def load_file() -> list[dict]:
    """The entries as stored in the repository (seeds the table)."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))["services"]


def library_from_file() -> dict[str, LibraryService]:
    return {entry["code"]: service_from_dict(entry) for entry in load_file()}


def library_from_rows(rows) -> dict[str, LibraryService]:
    """ServiceLibraryEntry rows (or anything with the same attributes) → code → service."""
    library = {}
    for row in rows:
        data = {key: getattr(row, key, None) for key in ("code", "name", "group", "kind", "description", "sources", *FACT_KEYS)}
        # Blank text in the admin means unknown, not "known to be empty".
        for key in ("entity", "country", "role", "privacy_url"):
            data[key] = data[key] or None
        library[row.code] = service_from_dict(data)
    return library


def library_from_db() -> dict[str, LibraryService]:
    """The active entries of the admin-maintained table. This process keeps the last one
    it built and reuses it while every row's (id, updated_at) is the same: loading some
    sixty rows of JSON was a tenth of the recipients step (issue 14), the check is a
    two-column read."""
    return dict(_held_library()[1])  # the services are frozen; the mapping is the caller's


def library_version() -> tuple:
    """What library_from_db() is built from, (id, updated_at) of every row: a key for
    anything made from the library (the recipients step's service picker)."""
    return _held_library()[0]


def _held_library() -> tuple:
    from notices.models import ServiceLibraryEntry

    fingerprint = tuple(ServiceLibraryEntry.objects.order_by("id").values_list("id", "updated_at"))
    held = _built.get("library")
    if held is None or held[0] != fingerprint:
        held = _built["library"] = (fingerprint, library_from_rows(ServiceLibraryEntry.objects.filter(active=True).order_by("name")))
    return held


_built: dict = {}


# --- Choosing and removing a service: answers in, answers out ---------------------------


def chosen_services(answers) -> list[str]:
    """The library codes with a generated recipient row, in row order."""
    items = as_dicts(as_dict(as_dict(answers).get("recipients")).get("items"))
    return [as_str(row.get("service")) for row in items if as_str(row.get("service"))]


def service_rows(service: LibraryService, *, new_id) -> tuple[dict, list[dict], list[dict]]:
    """(recipient row, transfer rows, cookie-tool rows) for one service, entered once:
    at most one transfer per destination, linked to the recipient row by its id."""
    recipient_id = new_id()
    recipient = {
        "id": recipient_id,
        "service": service.code,
        "kind": service.kind if service.kind in catalogues.RECIPIENT_KINDS else "other",
        "name": service.recipient_name(),
        "role": service.role if service.role in catalogues.RECIPIENT_ROLES else "",
        # Unknown stays empty so the checker asks; never a guessed "FI".
        "country": (service.country or "").upper(),
        "description": dict(service.description),
        "unknown": service.unknown_facts(),
    }
    transfers, seen = [], set()
    for transfer in service.transfers or []:
        transfer = as_dict(transfer)
        country = as_str(transfer.get("country")).upper()
        if not country or country in catalogues.EEA_COUNTRIES or country in seen:
            continue
        seen.add(country)
        safeguard = as_str(transfer.get("safeguard"))
        certified = transfer.get("dpf_certified")
        # The Data Privacy Framework covers only certified companies: unconfirmed → the user chooses.
        if safeguard == "dpf" and certified is not True:
            safeguard = ""
        transfers.append(
            {
                "id": new_id(),
                "service": service.code,
                "recipient_id": recipient_id,
                "country": country,
                "recipient": recipient["name"],
                "safeguard": safeguard if safeguard in catalogues.SAFEGUARDS else "",
                "dpf_certified": certified if isinstance(certified, bool) else None,
                "details": {},
            }
        )
    tools, by_category = [], {}
    for cookie in service.cookies or []:
        cookie = as_dict(cookie)
        category = as_str(cookie.get("category"))
        if category not in catalogues.COOKIE_CATEGORIES:
            continue
        by_category.setdefault(category, []).append({"name": as_str(cookie.get("name")), "lifetime": as_dict(cookie.get("lifetime"))})
    for category, cookies in by_category.items():
        tools.append(
            {
                "id": new_id(),
                "service": service.code,
                "name": service.name,
                "provider": service.entity or "",
                "category": category,
                "purpose": dict(service.description),
                "cookies": cookies,
            }
        )
    return recipient, transfers, tools


def add_service(answers: dict, service: LibraryService, *, new_id) -> dict:
    """The answers with the service's rows added; unchanged when it is already chosen."""
    answers = deepcopy(as_dict(answers))
    if service.code in chosen_services(answers):
        return answers
    recipient, transfers, tools = service_rows(service, new_id=new_id)
    recipients = as_dict(answers.get("recipients"))
    recipients["items"] = [*as_dicts(recipients.get("items")), recipient]
    answers["recipients"] = recipients
    if transfers:
        part = as_dict(answers.get("transfers"))
        part["items"] = [*as_dicts(part.get("items")), *transfers]
        if part.get("any") is not True:
            # Remember that we said yes, so removing the last service can take it back.
            part["any"] = True
            part["any_from_services"] = True
        answers["transfers"] = part
    if tools:
        part = as_dict(answers.get("cookies"))
        part["tools"] = [*as_dicts(part.get("tools")), *tools]
        if part.get("used") is not True:
            part["used"] = True
            part["used_from_services"] = True
        categories = [code for code in part.get("categories") or [] if isinstance(code, str)]
        added = [tool["category"] for tool in tools if tool["category"] not in categories]
        part["categories"] = [*categories, *dict.fromkeys(added)]
        part["categories_from_services"] = list(dict.fromkeys([*(part.get("categories_from_services") or []), *added]))
        answers["cookies"] = part
    return answers


def remove_service(answers: dict, code: str) -> dict:
    """The answers without the rows the service generated. Rows the user typed stay, and
    so do answers the user gave before choosing it."""
    answers = deepcopy(as_dict(answers))
    if "recipients" in answers:
        part = as_dict(answers["recipients"])
        part["items"] = [row for row in as_dicts(part.get("items")) if row.get("service") != code]
        answers["recipients"] = part
    if "transfers" in answers:
        part = as_dict(answers["transfers"])
        part["items"] = [row for row in as_dicts(part.get("items")) if row.get("service") != code]
        if part.pop("any_from_services", False):
            if part["items"]:
                part["any_from_services"] = True
            else:
                part.pop("any", None)
        answers["transfers"] = part
    if "cookies" in answers:
        part = as_dict(answers["cookies"])
        part["tools"] = [row for row in as_dicts(part.get("tools")) if row.get("service") != code]
        still_used = {row.get("category") for row in part["tools"]}
        ours = [category for category in part.get("categories_from_services") or [] if category not in still_used]
        part["categories"] = [category for category in part.get("categories") or [] if category not in ours]
        part["categories_from_services"] = [category for category in part.get("categories_from_services") or [] if category in still_used]
        if part.get("used_from_services") and not any(row.get("service") for row in part["tools"]):
            part.pop("used_from_services")
            if not part["tools"]:
                part.pop("used", None)
        answers["cookies"] = part
    return answers
