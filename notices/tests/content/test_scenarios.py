"""Scenario tests from the three seed notices (shared/seeds): each company's answers as
structured data, written in our own words. Both languages are rendered; every fact of the
original must appear in the right section, and what the original leaves out that the law
requires must be flagged by the completeness check."""

import pytest

from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.plaintext import section_text
from notices.content.rights import RIGHTS


def L(fi, en):  # noqa: N802 - reads like the LText it builds
    return {"fi": fi, "en": en}


# --- Inmics Oy: a question-headed privacy statement ---------------------------------

INMICS_CONTROLLER = {
    "name": "Inmics Oy", "country": "FI", "business_id": "0849585-3",
    "street_address": "Itä-Päijänteentie 55", "postal_code": "40320", "city": "Jyväskylä",
    "email": "", "phone": "+358 14 447 2700", "website": "",
    "dpo_name": "", "dpo_email": "tietosuoja@inmics.fi", "dpo_phone": "",
    "representative_name": "", "representative_contact": "",
}  # fmt: skip
INMICS = {
    "contact": {},
    "notice": {
        "languages": ["fi", "en"], "style": "statement",
        "data_subjects": ["customers", "business_contacts", "website_visitors", "event_participants", "newsletter_subscribers"],
    },
    "sources": {
        "items": ["data_subject", "observed", "derived", "population_register", "posti", "robinson", "credit_info", "directories"],
        "requirement": "voluntary",
        "consequences": L("Emme välttämättä pysty tarjoamaan sinulle palveluitamme.", "We may not be able to provide our services to you."),
    },
    "categories": {
        "items": [
            {"code": "basic", "details": L("nimi, tehtävänimike, organisaatio ja kielivalinta", "name, job title, organisation and language")},
            {"code": "contact"},
            {"code": "customer_relationship", "details": L("tilaukset, tilaaja- ja käyttäjätiedot sekä valtakirjat", "orders, subscriber and user details and authorisations")},
            {"code": "billing", "details": L("laskutus, luotonvalvonta ja pankkiyhteystiedot", "invoicing, credit control and bank details")},
            {"code": "communications"}, {"code": "call_recordings"}, {"code": "camera"},
            {"code": "cookies_analytics"}, {"code": "credentials"}, {"code": "marketing_consents"},
            {"code": "", "name": L("Tapahtumiin, kilpailuihin ja arvontoihin ilmoittautumisen tiedot", "Registrations for events, competitions and prize draws")},
        ]
    },
    "purposes": [
        {"description": L("Palveluiden tuottaminen, toimitus, laskutus ja asiakaspalvelu", "Providing, delivering and invoicing services and customer service"), "legal_basis": "contract"},
        # The original names legitimate interests but never describes them.
        {"description": L("Liiketoiminnan ja palveluiden kehittäminen ja analysointi", "Developing and analysing our business and services"), "legal_basis": "legitimate_interests"},
        {"description": L("Myynti ja markkinointi, myös suoramarkkinointi", "Sales and marketing, including direct marketing"), "legal_basis": "legitimate_interests", "direct_marketing": True, "marketing_channels": ["email", "phone"]},
        {"description": L("Palveluiden tietoturva sekä väärinkäytösten ja petosten estäminen", "Security of our services and preventing misuse and fraud"), "legal_basis": "legitimate_interests",
         "legitimate_interest": L("Pidämme palvelumme turvallisina ja estämme petokset.", "Keeping our services secure and preventing fraud.")},
        {"description": L("Lakisääteiset velvoitteet, kuten kirjanpito", "Statutory obligations such as bookkeeping"), "legal_basis": "legal_obligation"},
        {"description": L("Muut tarkoitukset, joihin olet antanut suostumuksesi", "Other purposes you have consented to"), "legal_basis": "consent"},
    ],
    "retention": [
        {"applies_to": L("Sopimussuhteen tiedot", "Contract data"), "period": L("Vähintään kolme ja enintään kuusi vuotta asiakassuhteen päättymisestä.", "At least three and at most six years after the customer relationship ends.")},
        {"applies_to": L("Oikeutetun edun perusteella käsiteltävät tiedot", "Data processed on legitimate interests"), "criteria": L("Niin kauan kuin käsittelyperuste on olemassa.", "As long as the basis for processing exists.")},
        {"applies_to": L("Kirjanpitoaineisto", "Accounting records"), "preset": "accounting_vouchers"},
        {"applies_to": L("Suostumuksella käsiteltävät tiedot", "Data processed with consent"), "criteria": L("Käsittelytarkoituksen mukaan.", "Depends on the purpose.")},
    ],
    "recipients": {
        "items": [
            {"kind": "group_companies", "role": "controller"},
            {"kind": "it_services", "name": "", "role": "processor", "description": L("Alihankkijat, jotka käsittelevät tietoja lukuumme", "Subcontractors processing data on our behalf")},
            {"kind": "partners", "role": "controller"},
            {"kind": "authorities", "role": "authority", "description": L("Esimerkiksi poliisi ja hätäkeskus lain perusteella", "For example the police and emergency services under law")},
            {"kind": "business_transfer", "role": "controller"},
        ]
    },
    # "Partners may be located outside the EU/EEA": no country and no safeguard given.
    "transfers": {"any": True, "items": [{"recipient": "Alihankkijat / Subcontractors", "country": "", "safeguard": ""}]},
    "security": {"measures": ["physical", "access_control"], "other": L("Otamme huomioon käsittelyn riskit ja uhkatekijät.", "We take the risks and threats of processing into account.")},
    "cookies": {
        "used": True, "categories": ["preferences", "analytics", "marketing"],
        "how_to_refuse": L("Voit estää evästeet selaimen asetuksista. Sivuston käyttö voi tällöin hidastua.", "You can block cookies in your browser settings. The site may then be slower to use."),
    },
    "rights": {
        "request_address": "Inmics Oy, Itä-Päijänteentie 55, 40320 Jyväskylä",
        "changes": L("Tarkista selosteen uusin versio verkkosivuiltamme säännöllisesti.", "Check the latest version on our website regularly."),
        "laws": ["gdpr", "electronic_communications"],
    },
}  # fmt: skip
INMICS_FACTS = [
    ("controller", "Inmics Oy"), ("controller", "0849585-3"), ("controller", "Itä-Päijänteentie 55"), ("controller", "40320 Jyväskylä"),
    ("controller", "+358 14 447 2700"), ("dpo", "tietosuoja@inmics.fi"),
    ("sources", ("Väestötietojärjestelmästä", "From the Population Information System")), ("sources", ("Robinson", "Robinson")),
    ("sources", ("Suomen Asiakastieto", "Suomen Asiakastieto")), ("sources", ("Fonecta", "Fonecta")),
    ("sources", ("julkisesti saatavilla olevista lähteistä", "publicly accessible sources")),
    ("requirement", ("vapaaehtoista", "voluntary")), ("requirement", ("Emme välttämättä pysty", "We may not be able")),
    ("categories", ("Kameravalvonnan tallenteet", "Camera surveillance footage")), ("categories", ("Puhelutallenteet", "Call recordings")),
    ("categories", ("arvontoihin", "prize draws")), ("categories", ("pankkiyhteystiedot", "bank details")),
    ("purposes", ("Myynti ja markkinointi", "Sales and marketing")), ("purposes", ("Lakisääteinen velvoite", "Legal obligation")),
    ("retention", ("Vähintään kolme ja enintään kuusi vuotta", "At least three and at most six years")),
    ("recipients", ("Konserniyhtiöt", "Group companies")), ("recipients", ("Yrityskauppojen osapuolet", "Parties to a merger or acquisition")),
    ("recipients", ("poliisi", "police")), ("cookies", ("selaimen asetuksista", "browser settings")),
    ("exercise", "Inmics Oy, Itä-Päijänteentie 55, 40320 Jyväskylä"), ("laws", ("917/2014", "917/2014")),
    ("definitions", ("Henkilötieto", "Personal data")), ("changes", ("uusin versio", "latest version")),
]  # fmt: skip
INMICS_FLAGS = {
    ("legitimate_interest_not_described", "error"),  # development and marketing interests not described
    ("special_unanswered", "error"),  # says nothing about special categories
    ("automated_unanswered", "error"),  # says nothing about automated decisions
    ("transfer_country_missing", "error"),
    ("transfer_without_safeguard", "error"),  # "we take care of it as the law requires"
    ("retention_criteria_only", "warning"),
    ("contact_person_missing", "warning"),
}

# --- Insmat Oy: a short numbered tietosuojaseloste ---------------------------------

INSMAT_CONTROLLER = {
    "name": "Insmat Oy", "country": "FI", "business_id": "",
    "street_address": "Juvan teollisuuskatu 15 B", "postal_code": "02920", "city": "Espoo",
    "email": "info@insmat.fi", "phone": "020 7981 560", "website": "",
}  # fmt: skip
INSMAT = {
    "contact": {"name": "Kari Viitala"},
    "notice": {"languages": ["fi", "en"], "style": "register", "registers": [{"id": "r", "name": L("Asiakas- ja markkinointirekisteri", "Customer and marketing register")}],
               "data_subjects": ["customers", "prospects"]},
    # The original gives purposes but no legal basis for any of them.
    "purposes": [
        {"description": L("Asiakassuhteiden hoitaminen ja palveluiden tuottaminen", "Managing customer relationships and providing services")},
        {"description": L("Markkinointi, myynti ja uusasiakashankinta", "Marketing, sales and acquiring new customers"), "direct_marketing": True, "marketing_channels": ["email", "post"]},
    ],
    "categories": {
        "items": [
            {"code": "basic", "details": L("nimi, sukupuoli ja syntymäaika", "name, gender and date of birth")},
            {"code": "contact"},
            {"code": "credentials", "details": L("asiakasnumero, Y-tunnus, käyttäjätunnus, salasana ja IP-osoite", "customer number, business ID, username, password and IP address")},
            {"code": "customer_relationship"}, {"code": "marketing_consents"}, {"code": "purchase_history"}, {"code": "billing"},
            {"code": "service_usage", "details": L("palvelu- ja maksutapahtumat sekä lokitiedot", "service and payment events and logs")},
        ]
    },
    "sources": {"items": ["data_subject", "observed"]},
    "retention": [{"applies_to": L("Asiakastiedot", "Customer data"), "criteria": L("Niin kauan kuin asiakassuhteen hoitaminen edellyttää; poistetaan kohtuullisessa ajassa asiakassuhteen päätyttyä, ellei laki edellytä säilyttämistä.", "As long as the customer relationship requires; deleted within a reasonable time after it ends unless the law requires keeping it.")}],
    "recipients": {"items": [{"kind": "partners", "role": "processor", "description": L("Valitsemamme kumppanit, jotka käsittelevät tietoja lukuumme tietosuojasopimuksen perusteella", "Partners we choose, processing data on our behalf under a data processing agreement")}]},
    "transfers": {"any": True, "items": [{"recipient": "Kumppanit / Partners", "country": "", "safeguard": "scc"}]},
    "security": {"measures": ["firewall", "access_control", "physical"]},
    "automated": {"decisions": False, "profiling": True},
    "cookies": {"used": True, "categories": ["analytics", "marketing"],
                "tools": [{"name": "Google Analytics", "provider": "Google", "category": "analytics", "purpose": L("Sivuston liikenteen seuranta", "Measuring site traffic")}],
                "how_to_refuse": L("Voit estää evästeet selaimen asetuksista tai seurannanestotyökalulla.", "You can block cookies in your browser settings or with a tracking blocker.")},
    "rights": {"request_other": L("Kirjallisella ja allekirjoitetulla pyynnöllä rekisterinpitäjälle", "By a written, signed request to the controller"),
               "changes": L("Suosittelemme tutustumaan selosteeseen säännöllisesti.", "We recommend reading the notice regularly.")},
}  # fmt: skip
INSMAT_FACTS = [
    ("controller", "Insmat Oy"), ("controller", "Juvan teollisuuskatu 15 B"), ("controller", "02920 Espoo"), ("controller", "info@insmat.fi"), ("controller", "020 7981 560"),
    ("contact", "Kari Viitala"), ("registers", ("Asiakas- ja markkinointirekisteri", "Customer and marketing register")),
    ("purposes", ("uusasiakashankinta", "acquiring new customers")), ("purposes", ("Oikeusperuste puuttuu", "Legal basis not stated")),
    ("categories", ("sukupuoli", "gender")), ("categories", ("IP-osoite", "IP address")), ("categories", ("Suoramarkkinointiluvat ja -kiellot", "Direct-marketing consents and opt-outs")),
    ("sources", ("Suoraan rekisteröidyltä itseltään", "Directly from the data subject")),
    ("retention", ("kohtuullisessa ajassa", "reasonable time")), ("recipients", ("tietosuojasopimuksen", "data processing agreement")),
    ("transfers", ("vakiosopimuslausekkeet", "standard contractual clauses")), ("security", ("Palomuurit", "Firewalls")),
    ("automated", ("Profiloimme henkilötietoja.", "We use profiling.")), ("cookies", ("Google Analytics", "Google Analytics")), ("cookies", ("seurannanestotyökalulla", "tracking blocker")),
    ("exercise", ("allekirjoitetulla", "signed")), ("rights", (RIGHTS.label("erasure", "fi"), RIGHTS.label("erasure", "en"))),
    # The original only says "complain to the supervisory authority": ours names it with contact details.
    ("complaint", ("Tietosuojavaltuutetun toimisto", "Office of the Data Protection Ombudsman")), ("complaint", catalogues.SUPERVISORY_AUTHORITIES["FI"]["email"]),
]  # fmt: skip
INSMAT_FLAGS = {
    ("controller_business_id_missing", "error"),
    ("purpose_without_basis", "error"),
    ("requirement_missing", "error"),
    ("consequences_missing", "error"),
    ("retention_criteria_only", "warning"),
    ("transfer_country_missing", "error"),
    ("automated_without_logic", "error"),
    ("automated_without_consequences", "error"),
    ("special_unanswered", "error"),
}

# --- Tietokeskus Finland Oy: general principles plus a register-specific part ------

TIETOKESKUS_CONTROLLER = {
    "name": "Tietokeskus Finland Oy", "country": "FI", "business_id": "0204687-0",
    "street_address": "Lukkosepänkatu 14", "postal_code": "20320", "city": "Turku", "email": "", "phone": "",
}  # fmt: skip
TIETOKESKUS = {
    "contact": {"name": "Eetu Salpaharju", "email": "tietosuoja@tietokeskus.com", "phone": "0207 191 614", "address": "Lukkosepänkatu 14, 20320 Turku"},
    "notice": {"languages": ["fi", "en"], "style": "register", "registers": [{"id": "a", "name": L("Asiakasrekisteri", "Customer register")}],
               "data_subjects": ["customers", "business_contacts", "end_users"]},
    "purposes": [
        {"description": L("Myynti ja asiakkuuden hoitaminen", "Sales and customer relationship management"), "legal_basis": "contract"},
        {"description": L("Ylläpito- ja asiantuntijapalveluiden tuottaminen", "Providing maintenance and expert services"), "legal_basis": "contract"},
        {"description": L("Markkinointi ja suoramarkkinointi", "Marketing and direct marketing"), "legal_basis": "legitimate_interests", "direct_marketing": True, "marketing_channels": ["email"],
         "legitimate_interest": L("Kohdennamme suoramarkkinointia asiakkaillemme.", "Targeting direct marketing to our customers.")},
        {"description": L("Petosten estäminen ja tietojärjestelmien turvallisuus", "Preventing fraud and keeping our systems secure"), "legal_basis": "legitimate_interests",
         "legitimate_interest": L("Estämme petoksia ja pidämme järjestelmämme turvallisina.", "Preventing fraud and keeping our systems secure.")},
        {"description": L("Lakisääteisten velvoitteiden noudattaminen", "Complying with statutory obligations"), "legal_basis": "legal_obligation"},
        {"description": L("Sinun tai toisen ihmisen elintärkeän edun suojaaminen", "Protecting your or another person's vital interests"), "legal_basis": "vital_interests"},
        {"description": L("Käsittely suostumuksesi perusteella", "Processing based on your consent"), "legal_basis": "consent"},
    ],
    "categories": {
        "items": [
            {"code": "basic"}, {"code": "contact"}, {"code": "employer"},
            {"code": "service_usage", "details": L("tukipyynnöt, laitteen sarjanumero ja kirjautumishistoria", "support tickets, device serial number and sign-in history")},
            {"code": "location", "details": L("laitteen verkkosijainti ja fyysinen sijainti", "network and physical location of the device")},
            {"code": "credentials"}, {"code": "billing", "details": L("maksutapahtumat; luottokortin numeroa ei tallenneta", "payments; card numbers are never stored")},
            {"code": "call_recordings"}, {"code": "communications"}, {"code": "social_media"}, {"code": "purchase_history"}, {"code": "marketing_consents"}, {"code": "cookies_analytics"},
        ],
        "special": False,
    },
    "sources": {"items": ["data_subject", "employer", "technical_systems", "partners", "public_websites", "social_media"]},
    "retention": [{"criteria": L("Niin kauan kuin käyttötarkoitukset edellyttävät, ellei laki vaadi pidempää säilytystä.", "As long as the purposes require, unless the law requires longer.")}],
    "recipients": {
        "items": [
            {"kind": "other", "name": "", "role": "controller", "description": L("Laitevalmistajat ja toimittajat takuun tai lisenssin rekisteröintiä varten", "Device manufacturers and suppliers for warranty or licence registration")},
            {"kind": "partners", "role": "controller", "description": L("Yhteisten tapahtumien järjestäjät tapahtumaviestintää varten", "Co-organisers of joint events, for event communication")},
            {"kind": "authorities", "role": "authority"},
            {"kind": "it_services", "name": "Pilvipalveluiden tarjoajat", "role": "processor", "country": "US"},
        ]
    },
    # The original relies on Privacy Shield, invalid since 2020.
    "transfers": {"any": True, "items": [{"recipient": "Pilvipalveluiden tarjoajat", "country": "US", "safeguard": "privacy_shield"}]},
    "security": {"measures": ["physical", "firewall", "access_control", "confidentiality", "locked_manual", "encryption_transit", "training"]},
    "automated": {"decisions": True, "profiling": True,
                  "logic": L("Päätökset perustuvat meille annettuihin tietoihin, esimerkiksi verkkokaupassa ja palvelupyyntöjen käsittelyssä. Profiloinnilla kohdennamme markkinointiviestejä.", "Decisions are based on the data given to us, for example in the online shop and in handling service requests. Profiling targets marketing messages.")},
    "cookies": {"used": True, "categories": ["preferences"]},
    "rights": {"request_email": "tietosuoja@tietokeskus.fi",
               "processor_role": L("Kun asiakasyrityksemme antavat meille henkilöstönsä tietoja, toimimme usein niiden lukuun henkilötietojen käsittelijänä.", "When our business customers give us data about their staff, we often act as a processor on their behalf."),
               "laws": ["gdpr"]},
}  # fmt: skip
TIETOKESKUS_FACTS = [
    ("controller", "Tietokeskus Finland Oy"), ("controller", "0204687-0"), ("controller", "Lukkosepänkatu 14"), ("controller", "20320 Turku"),
    ("contact", "Eetu Salpaharju"), ("contact", "tietosuoja@tietokeskus.com"), ("contact", "0207 191 614"),
    ("registers", ("Asiakasrekisteri", "Customer register")), ("data_subjects", ("Yritysasiakkaiden yhteyshenkilöt", "Contact persons of business customers")),
    ("purposes", ("Elintärkeä etu", "Vital interests")), ("purposes", ("suoramarkkinointi", "direct marketing")),
    ("legitimate_interests", ("Kohdennamme suoramarkkinointia", "Targeting direct marketing")),
    ("categories", ("sarjanumero", "serial number")), ("categories", ("luottokortin numeroa ei tallenneta", "card numbers are never stored")), ("categories", ("Sijaintitiedot", "Location data")),
    ("special", ("Emme käsittele erityisiin henkilötietoryhmiin", "We do not process special categories")),
    ("sources", ("Rekisteröidyn työnantajalta", "From the data subject's employer")), ("sources", ("teknisistä järjestelmistä", "technical systems")),
    ("recipients", ("takuun tai lisenssin", "warranty or licence")), ("recipients", "Pilvipalveluiden tarjoajat"),
    ("transfers", ("Yhdysvallat", "United States")), ("retention", ("ellei laki vaadi", "unless the law requires")),
    ("security", ("Manuaalinen aineisto lukitussa tilassa", "Manual material kept locked")),
    ("automated", ("verkkokaupassa", "online shop")), ("exercise", "tietosuoja@tietokeskus.fi"),
    ("processor_role", ("henkilötietojen käsittelijänä", "as a processor")),
    ("rights", (RIGHTS.label("automated_decisions", "fi"), RIGHTS.label("automated_decisions", "en"))),
]  # fmt: skip
TIETOKESKUS_FLAGS = {
    ("transfer_privacy_shield", "error"),
    ("automated_without_consequences", "error"),
    ("requirement_missing", "error"),
    ("consequences_missing", "error"),
    ("retention_criteria_only", "warning"),
    ("cookies_without_refusal", "error"),
}

SCENARIOS = {
    "inmics": (INMICS, INMICS_CONTROLLER, INMICS_FACTS, INMICS_FLAGS),
    "insmat": (INSMAT, INSMAT_CONTROLLER, INSMAT_FACTS, INSMAT_FLAGS),
    "tietokeskus": (TIETOKESKUS, TIETOKESKUS_CONTROLLER, TIETOKESKUS_FACTS, TIETOKESKUS_FLAGS),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_fact_appears_in_its_section(name, language):
    answers, controller, facts, _flags = SCENARIOS[name]
    document = build_document(answers=answers, controller=controller, language=language)
    for key, fact in facts:
        text = fact if isinstance(fact, str) else fact[0 if language == "fi" else 1]
        assert text in section_text(document, key), (key, text)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_what_the_original_leaves_out_is_flagged(name):
    answers, controller, _facts, flags = SCENARIOS[name]
    found = {(f.code, f.severity) for f in check_notice(answers=answers, controller=controller)}
    assert flags <= found, flags - found
    # Both languages were written in full: nothing is missing in either.
    assert not [f for f in check_notice(answers=answers, controller=controller) if f.code == "missing_translation"]


@pytest.mark.parametrize("name", sorted(SCENARIOS))
@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_notice_carries_the_derived_parts(name, language):
    answers, controller, _facts, _flags = SCENARIOS[name]
    document = build_document(answers=answers, controller=controller, language=language)
    assert document.find("complaint") and document.find("exercise") and document.find("changes")
    rights = section_text(document, "rights")
    for code in ["access", "rectification", "erasure", "restriction"]:
        assert RIGHTS.label(code, language) in rights


def test_inmics_statement_has_rights_it_lists_itself():
    document = build_document(answers=INMICS, controller=INMICS_CONTROLLER, language="fi")
    rights = section_text(document, "rights")
    for code in ["portability", "objection", "objection_direct_marketing", "withdraw_consent"]:
        assert RIGHTS.label(code, "fi") in rights
    assert document.show_toc


def test_insmat_without_bases_gets_no_basis_specific_rights():
    rights = section_text(build_document(answers=INSMAT, controller=INSMAT_CONTROLLER, language="fi"), "rights")
    assert RIGHTS.label("portability", "fi") not in rights
    assert RIGHTS.label("withdraw_consent", "fi") not in rights
    # Marketing is among its purposes (answered as direct marketing), so the right to refuse it is there.
    assert RIGHTS.label("objection_direct_marketing", "fi") in rights


def test_tietokeskus_privacy_shield_is_never_printed_as_a_safeguard():
    for language in ["fi", "en"]:
        text = section_text(build_document(answers=TIETOKESKUS, controller=TIETOKESKUS_CONTROLLER, language=language), "transfers")
        assert "Privacy Shield" not in text
