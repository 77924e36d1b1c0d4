"""A published version as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.3 with its
EU-GDPR, personal-data and location extensions): the notice as open data.

Pure: the version's own JSON (publishing.version_payload) and the answers frozen with it
go in, a JSON-LD dict comes out. Catalogue codes become DPV concepts through the one
mapping in catalogues.DPV_CONCEPTS; free text goes in as language-tagged literals.
Each text is made by the same builder code that wrote the notice, so the export says
exactly what the published page says. docs/dpv.md describes the shape and the mapping.
"""

import re
from datetime import date

from . import catalogues
from .builder import Builder, as_codes, as_dict, as_dicts, as_str, ltext, parse_date, version_dates
from .rights import RIGHTS

# Part of the JSON-LD's ETag: bump when the shape or the mapping changes.
FORMAT_VERSION = 1

CONTEXT = {
    **catalogues.DPV_PREFIXES,
    "dct": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


# Only a full web address may become an IRI; anything else a user typed stays out.
WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


def _ref(concept: str | None) -> dict | None:
    return {"@id": concept} if concept else None


def _texts(pairs: list[tuple[str, str]]) -> list[dict]:
    """(language, text) pairs as language-tagged literals, blanks left out."""
    return [{"@value": text, "@language": language} for language, text in pairs if text]


def _ltexts(value, languages: list[str]) -> list[dict]:
    return _texts([(language, ltext(value, language)) for language in languages])


def _node(**properties) -> dict:
    """A JSON-LD node without its empty properties."""
    return {key.replace("__", ":"): value for key, value in properties.items() if value not in (None, "", [], {})}


def _date(value: date | None) -> dict | None:
    return {"@value": value.isoformat(), "@type": "xsd:date"} if value else None


def _controller(controller: dict, base: str) -> dict:
    country = as_str(controller.get("country")).upper() or "FI"
    postal = " ".join(part for part in (as_str(controller.get("postal_code")), as_str(controller.get("city"))) if part)
    address = ", ".join(part for part in (as_str(controller.get("street_address")), postal) if part)
    contact = [value for value in (as_str(controller.get("email")), as_str(controller.get("phone"))) if value]
    website = as_str(controller.get("website"))
    node = _node(
        dpv__hasName=as_str(controller.get("name")),
        dpv__hasIdentifier=as_str(controller.get("business_id")),
        dpv__hasAddress=address,
        dpv__hasContact=contact,
        dpv__hasCountry=_ref(catalogues.dpv_concept("COUNTRIES", country)),
        rdfs__seeAlso=_ref(website) if WEB_ADDRESS.match(website) else None,
    )
    return {"@id": f"{base}#controller", "@type": "dpv:DataController", **node}


def _person(role: str, name: str, contact: list[str]) -> dict | None:
    node = _node(dpv__hasName=name, dpv__hasContact=[value for value in contact if value])
    return {"@type": role, **node} if node else None


def _data_subjects(notice: dict, languages: list[str]) -> list[dict]:
    nodes = []
    for code in as_codes(notice.get("data_subjects")):
        entry = catalogues.DATA_SUBJECTS.get(code)
        concept = catalogues.dpv_concept("DATA_SUBJECTS", code)
        if entry and concept:
            nodes.append({"@type": concept, "rdfs:label": _texts([(lang, entry.label(lang)) for lang in languages])})
    other = _ltexts(notice.get("data_subjects_other"), languages)
    if other:
        nodes.append({"@type": "dpv:DataSubject", "rdfs:label": other})
    return nodes


def _handlings(builders: dict[str, Builder], answers: dict, languages: list[str]) -> list[dict]:
    """One dpv:PersonalDataHandling per purpose the notice lists, with its Art. 6 basis."""
    nodes = []
    for purpose in as_dicts(answers.get("purposes")):
        rows = {lang: builder.purpose_rows([purpose]) for lang, builder in builders.items()}
        if not any(rows.values()):
            continue  # the notice leaves it out (neither description nor basis)
        types = ["dpv:Purpose", "dpv:DirectMarketing"] if purpose.get("direct_marketing") is True else "dpv:Purpose"
        nodes.append(
            _node(
                **{"@type": "dpv:PersonalDataHandling"},
                dpv__hasPurpose={"@type": types, **_node(dct__description=_ltexts(purpose.get("description"), languages))},
                dpv__hasLegalBasis=_ref(catalogues.dpv_concept("LEGAL_BASES", as_str(purpose.get("legal_basis")))),
            )
        )
    return nodes


def _personal_data(answers: dict, languages: list[str]) -> list[dict]:
    categories = as_dict(answers.get("categories"))
    nodes = []
    for item in as_dicts(categories.get("items")):
        code = as_str(item.get("code"))
        entry = catalogues.DATA_CATEGORIES.get(code) if code else None
        concept = catalogues.dpv_concept("DATA_CATEGORIES", code) if entry else None
        if entry and concept:
            label = _texts([(lang, entry.label(lang)) for lang in languages])
            details = _texts([(lang, ltext(item.get("details"), lang) or entry.help(lang)) for lang in languages])
            nodes.append(_node(**{"@type": concept}, rdfs__label=label, dct__description=details))
            continue
        label = _ltexts(item.get("name"), languages) or ([{"@value": code}] if code else [])
        details = _ltexts(item.get("details"), languages)
        if label or details:
            nodes.append(_node(**{"@type": "dpv:PersonalData"}, rdfs__label=label, dct__description=details))
    if categories.get("special") is True:
        condition = catalogues.dpv_concept("SPECIAL_CONDITIONS", as_str(categories.get("special_condition")))
        nodes.append(
            _node(
                **{"@type": "dpv:SpecialCategoryPersonalData"},
                dct__description=_ltexts(categories.get("special_description"), languages),
                dpv__hasLegalBasis=_ref(condition),
            )
        )
    if categories.get("criminal") is True:
        nodes.append(_node(**{"@type": "pd:Criminal"}, dct__description=_ltexts(categories.get("criminal_description"), languages)))
    return nodes


def _recipients(builders: dict[str, Builder], answers: dict, languages: list[str]) -> list[dict]:
    """Every recipient row the notice shows, typed by its role (processor, controller …)."""
    recipients = answers.get("recipients")
    if not isinstance(recipients, dict):
        return []
    nodes = []
    for item in as_dicts(recipients.get("items")):
        rows = {lang: builder.recipient_rows([item], with_role=False) for lang, builder in builders.items()}
        if not any(rows.values()):
            continue
        role = as_str(item.get("role"))
        concept = catalogues.dpv_concept("RECIPIENT_ROLES", role)
        country = as_str(item.get("country")).upper()
        frequency = catalogues.dpv_concept("RECIPIENT_FREQUENCIES", catalogues.recipient_frequency(item)) if role != "processor" else None
        nodes.append(
            _node(
                **{"@type": ["dpv:Recipient", concept] if concept else "dpv:Recipient"},
                dpv__hasName=as_str(item.get("name")),
                rdfs__label=_texts([(lang, row[0][0]) for lang, row in rows.items() if row]),
                dct__description=_texts([(lang, row[0][-1]) for lang, row in rows.items() if row]),
                dpv__hasCountry=_ref(catalogues.dpv_concept("COUNTRIES", country)),
                dpv__hasFrequency=_ref(frequency),
            )
        )
    return nodes


def _transfers(answers: dict, languages: list[str]) -> list[dict]:
    """Each transfer row as a dpv:CrossBorderTransfer: where to, and its safeguard
    (adequacy, SCCs, BCRs or an Art. 49 derogation) as its legal basis. Like the notice,
    no safeguard is given for an EEA country, nor an invalid one (Privacy Shield)."""
    nodes = []
    for item in as_dicts(as_dict(answers.get("transfers")).get("items")):
        country = as_str(item.get("country"))
        country = country if country == catalogues.VARIOUS_COUNTRIES else country.upper()
        inside = country in catalogues.EEA_COUNTRIES
        location = {}
        if country == catalogues.VARIOUS_COUNTRIES:
            location = {"dpv:isOutsideOfLocation": {"@id": catalogues.DPV_OUTSIDE_EEA}}
        elif catalogues.dpv_concept("COUNTRIES", country):
            location = {"dpv:hasCountry" if inside else "dpv:hasThirdCountry": {"@id": catalogues.dpv_concept("COUNTRIES", country)}}
        safeguard = None if inside else catalogues.dpv_concept("SAFEGUARDS", as_str(item.get("safeguard")))
        recipient = as_str(item.get("recipient"))
        node = {"@type": "dpv:PersonalDataHandling", "dpv:hasProcessing": {"@id": "dpv:CrossBorderTransfer"}}
        if recipient:
            node["dpv:hasRecipient"] = {"@type": "dpv:Recipient", "dpv:hasName": recipient}
        node.update(location)
        node.update(_node(dpv__hasLegalBasis=_ref(safeguard), dct__description=_ltexts(item.get("details"), languages)))
        nodes.append(node)
    return nodes


def _iso_years(preset) -> str:
    years = preset.attrs.get("years") if preset else None
    return f"P{years}Y" if isinstance(years, int) else ""


def _retention(builders: dict[str, Builder], answers: dict) -> list[dict]:
    """Each retention rule as a dpv:StorageDuration: what it covers and for how long, in
    the notice's words; a statutory preset also as an xsd:duration (P6Y)."""
    nodes = []
    for rule in as_dicts(answers.get("retention")):
        terms = {lang: builder.retention_terms([rule]) for lang, builder in builders.items()}
        if not any(terms.values()):
            continue
        years = _iso_years(catalogues.RETENTION_PRESETS.get(as_str(rule.get("preset"))))
        nodes.append(
            _node(
                **{"@type": "dpv:StorageDuration"},
                rdfs__label=_texts([(lang, term[0][0]) for lang, term in terms.items() if term]),
                dct__description=_texts([(lang, term[0][1]) for lang, term in terms.items() if term]),
                rdf__value={"@value": years, "@type": "xsd:duration"} if years else None,
            )
        )
    return nodes


def _rights(builder: Builder, documents: dict, languages: list[str]) -> list[dict]:
    nodes = []
    for code in builder.right_codes():
        concept = catalogues.dpv_concept("RIGHTS", code)
        entry = RIGHTS.get(code)
        if concept and entry:
            label = _texts([(lang, entry.label(lang)) for lang in languages])
            nodes.append({"@type": ["dpv:DataSubjectRight", concept], "rdfs:label": label})
    # Every notice names the supervisory authority to complain to (Art. 77).
    if any(section.get("key") == "complaint" for document in documents.values() for section in document.get("sections") or []):
        nodes.append({"@type": ["dpv:DataSubjectRight", "eu-gdpr:A77"]})
    return nodes


def notice_jsonld(payload: dict, *, answers: dict, published_on: date, effective_on: date | None = None) -> dict:
    """The JSON-LD of one published version. ``payload`` is its JSON
    (publishing.version_payload), ``answers`` the answers published with it,
    ``published_on`` its local publishing day and ``effective_on`` the day a version
    published ahead of time takes effect."""
    answers = as_dict(answers)
    version = as_dict(payload.get("version"))
    documents = as_dict(payload.get("documents"))
    controller = as_dict(payload.get("controller"))
    languages = [lang for lang in version.get("languages") or [] if lang in documents] or list(documents)
    base = as_str(version.get("url"))
    notice = as_dict(answers.get("notice"))
    style = as_str(notice.get("style")) or "register"
    builders = {lang: Builder(answers, controller, lang, style, None) for lang in languages}
    number = version.get("number")
    created, updated = version_dates(
        history=as_dict(notice.get("history")),
        ours_first=parse_date(answers.get("drawn_up_on")),
        this_publish=published_on,
        version_number=number if isinstance(number, int) else None,
    )
    joint = [
        {"@type": "dpv:DataController", **_node(dpv__hasName=as_str(row.get("name")), dpv__hasIdentifier=as_str(row.get("business_id")))}
        for row in as_dicts(notice.get("joint_controllers"))
        if as_str(row.get("name"))
    ]
    return {
        "@context": CONTEXT,
        "@id": base,
        "@type": "dpv:PrivacyNotice",
        **_node(
            dct__title=_texts([(lang, as_str(documents[lang].get("title"))) for lang in languages]),
            dct__language=languages,
            dct__isVersionOf=_ref(as_str(as_dict(payload.get("notice")).get("url"))),
            owl__versionInfo=str(number) if number is not None else "",
            dct__issued={"@value": version["published_at"], "@type": "xsd:dateTime"} if version.get("published_at") else None,
            dct__created=_date(created),
            dct__modified=_date(updated or created),
            dct__valid=_date(effective_on or published_on),
            dct__description=as_str(version.get("note")),
            dct__conformsTo={"@id": "https://w3id.org/dpv/2.3"},
            dpv__hasDataController=_controller(controller, base),
            dpv__hasJointDataControllers={"@type": "dpv:JointDataControllers", "dpv:hasDataController": joint} if joint else None,
            dpv__hasDataProtectionOfficer=_person(
                "dpv:DataProtectionOfficer", as_str(controller.get("dpo_name")), [as_str(controller.get("dpo_email")), as_str(controller.get("dpo_phone"))]
            ),
            dpv__hasRepresentative=_person(
                "dpv:Representative", as_str(controller.get("representative_name")), [as_str(controller.get("representative_contact"))]
            ),
            dpv__hasDataSubject=_data_subjects(notice, languages),
            dpv__hasPersonalDataHandling=_handlings(builders, answers, languages) + _transfers(answers, languages),
            dpv__hasPersonalData=_personal_data(answers, languages),
            dpv__hasRecipient=_recipients(builders, answers, languages),
            dpv__hasStorageCondition=_retention(builders, answers),
            dpv__hasRight=_rights(builders[languages[0]], documents, languages) if languages else [],
            rdfs__seeAlso=_ref(base.rstrip("/") + ".json") if base else None,
        ),
    }
