# ruff: noqa: E501 - catalogue-like data: one sentence per line reads better than wrapped strings
"""Register templates: the registers Finnish small businesses actually keep, as data.

A template prefills a notice's answers (the shape is notices/content/answers.py) with
what is typical for that register: purposes and their legal bases (the legitimate
interest described where the basis is 6(1)(f)), data categories, sources, whether
providing the data is required, retention with the statutory presets, typical recipient
groups (never named vendors: those come from the service library), laws and security
measures. Everything is in every notice language, so a template is multilingual for free.

Several templates can be combined in one notice: each becomes its own register
(a), b), c) in the numbered notice) and its rows are tied to that register.

``apply_templates`` is pure: answers in, answers out. It keeps every row the user added
or edited; only rows a template added, and that are still exactly as the template wrote
them, are replaced or removed when the chosen templates change. Template rows are
recognised by their id (``tpl-<template>-<row>``), never by their text.

Statutory periods come from the catalogue's presets where one exists; the others are
written out with their source in ``SOURCES`` below.
"""

from dataclasses import dataclass, field

from . import catalogues
from .builder import as_codes, as_dict, as_dicts, as_list, as_str
from .languages import CODES, pick

# Facts about the law used below that are not in the catalogue's presets.
SOURCES = {
    "working_time_records": {
        "fact": "Working-time records are kept until the limitation period for wage claims ends: "
        "the current year and the two following calendar years, or two years after the employment ends.",
        "source": "Työaikalaki 872/2019 32 §; kauppakamaritieto.fi, Henkilötietoja sisältävien asiakirjojen säilytysaikoja",
        "checked_on": "2026-12-01",
    },
    "camera_recordings_workplace": {
        "fact": "Camera recordings at a workplace are destroyed as soon as they are no longer needed, "
        "and at the latest one year after the recording ended.",
        "source": "Laki yksityisyyden suojasta työelämässä 759/2004 17 §",
        "checked_on": "2026-12-01",
    },
}


@dataclass(frozen=True)
class RegisterTemplate:
    code: str
    name: dict  # the register's name, LText
    title: dict  # the notice's title when this template is used alone
    description: dict  # shown when choosing templates
    data_subjects: tuple[str, ...]
    purposes: tuple[dict, ...]  # answers.Purpose without id/register
    categories: tuple[dict, ...]  # {"code", "details"?}
    sources: tuple[str, ...]
    requirement: str
    consequences: dict
    retention: tuple[dict, ...]  # answers.RetentionRule without id/register
    recipients: tuple[dict, ...]  # answers.Recipient without id/register
    security: tuple[str, ...]
    laws: tuple[str, ...]
    special: dict | None = None  # {"description": LText, "condition": code}
    cookies: dict | None = None  # {"categories": [...], "how_to_refuse": LText}
    sign_text: dict | None = None  # the short text for a camera-surveillance sign
    extra: dict = field(default_factory=dict)
    # Service-library groups (content/service_library.GROUPS) such a business typically
    # uses: the recipients step opens these first.
    service_groups: tuple[str, ...] = ()


BASE_SECURITY = ("access_control", "mfa", "encryption_transit", "backups", "processor_agreements", "confidentiality")
BASE_LAWS = ("gdpr", "data_protection_act")

ACCOUNTING_RULE = {
    "applies_to": {"fi": "Laskut ja maksut (kirjanpitoaineisto)", "en": "Invoices and payments (accounting records)", "sv": "Fakturor och betalningar (bokföringsmaterial)"},
    "preset": "accounting_vouchers",
}
AUTHORITIES = {
    "kind": "authorities",
    "role": "authority",
    "country": "FI",
    "description": {"fi": "Esimerkiksi verohallinto tai poliisi, kun laki sitä edellyttää", "en": "For example the Tax Administration or the police, when the law requires", "sv": "Till exempel Skatteförvaltningen eller polisen, när lagen kräver det"},
}
IT_SERVICES = {
    "kind": "it_services",
    "role": "processor",
    "country": "FI",
    "description": {"fi": "Järjestelmät, joissa tietoja säilytetään ja käsitellään", "en": "The systems in which the data is stored and processed", "sv": "De system där uppgifterna lagras och behandlas"},
}
ACCOUNTING = {
    "kind": "accounting",
    "role": "processor",
    "country": "FI",
    "description": {"fi": "Kirjanpito ja palkanlaskenta", "en": "Bookkeeping and payroll", "sv": "Bokföring och löneräkning"},
    "service_group": "bookkeeping",
}
PAYMENT = {
    "kind": "payment",
    "role": "controller",
    "country": "FI",
    "description": {"fi": "Korttimaksujen ja verkkomaksujen välitys", "en": "Handling card and online payments", "sv": "Förmedling av kortbetalningar och nätbetalningar"},
    "service_group": "payment",
}
MARKETING_TOOLS = {
    "kind": "marketing",
    "role": "processor",
    "country": "FI",
    "description": {"fi": "Uutiskirjeiden ja markkinointiviestien lähettäminen", "en": "Sending newsletters and marketing messages", "sv": "Utskick av nyhetsbrev och marknadsföringsmeddelanden"},
    "service_group": "newsletter",
}

TEMPLATES: tuple[RegisterTemplate, ...] = (
    RegisterTemplate(
        code="customers",
        name={"fi": "Asiakasrekisteri", "en": "Customer register", "sv": "Kundregister"},
        title={"fi": "Asiakasrekisterin tietosuojaseloste", "en": "Privacy notice for the customer register", "sv": "Registerbeskrivning för kundregistret"},
        description={"fi": "Asiakkaiden tiedot tilauksia, laskutusta ja asiakaspalvelua varten.", "en": "Customers' details for orders, invoicing and customer service.", "sv": "Kunduppgifter för beställningar, fakturering och kundtjänst."},
        data_subjects=("customers",),
        purposes=(
            {"description": {"fi": "Asiakassuhteen hoitaminen: tilausten toimittaminen, laskutus ja asiakaspalvelu", "en": "Managing the customer relationship: delivering orders, invoicing and customer service", "sv": "Skötsel av kundförhållandet: leverans av beställningar, fakturering och kundtjänst"},
             "legal_basis": "contract"},
            {"description": {"fi": "Kirjanpito ja muut lakisääteiset velvoitteet", "en": "Bookkeeping and other statutory obligations", "sv": "Bokföring och andra lagstadgade förpliktelser"},
             "legal_basis": "legal_obligation"},
            {"description": {"fi": "Palveluiden kehittäminen asiakaspalautteen ja ostotietojen perusteella", "en": "Improving our services based on customer feedback and purchases", "sv": "Utveckling av våra tjänster utifrån kundrespons och köp"},
             "legal_basis": "legitimate_interests",
             "legitimate_interest": {"fi": "Haluamme tietää, mitä asiakkaamme tarvitsevat, jotta voimme parantaa palveluamme. Käytämme vain omia asiakastietojamme emmekä tee niistä päätöksiä yksittäisistä asiakkaista.", "en": "We want to know what our customers need so that we can improve our service. We use only our own customer data and make no decisions about individual customers from it.", "sv": "Vi vill veta vad våra kunder behöver så att vi kan förbättra vår service. Vi använder endast våra egna kunduppgifter och fattar inga beslut om enskilda kunder utifrån dem."}},
        ),  # fmt: skip
        categories=({"code": "basic"}, {"code": "contact"}, {"code": "customer_relationship"}, {"code": "billing"}, {"code": "purchase_history"}),
        sources=("data_subject",),
        requirement="contractual",
        consequences={"fi": "Ilman yhteys- ja laskutustietoja emme voi toimittaa tilausta emmekä laskuttaa siitä.", "en": "Without contact and billing details we cannot deliver or invoice the order.", "sv": "Utan kontakt- och faktureringsuppgifter kan vi inte leverera eller fakturera beställningen."},
        retention=(
            {"applies_to": {"fi": "Asiakastiedot", "en": "Customer data", "sv": "Kunduppgifter"},
             "period": {"fi": "Asiakassuhteen ajan ja kolme vuotta sen päättymisestä, mahdollisten reklamaatioiden ja vaatimusten vuoksi.", "en": "During the customer relationship and for three years after it ends, in case of complaints and claims.", "sv": "Under kundförhållandet och i tre år efter att det har upphört, med tanke på reklamationer och krav."}},
            ACCOUNTING_RULE,
        ),  # fmt: skip
        recipients=(IT_SERVICES, ACCOUNTING, AUTHORITIES),
        security=BASE_SECURITY,
        laws=(*BASE_LAWS, "accounting_act", "consumer_protection"),
        service_groups=("bookkeeping", "payment", "crm", "office"),
    ),
    RegisterTemplate(
        code="booking",
        name={"fi": "Ajanvarausrekisteri", "en": "Appointment booking register", "sv": "Tidsbokningsregister"},
        title={"fi": "Ajanvarauksen tietosuojaseloste", "en": "Privacy notice for appointment booking", "sv": "Registerbeskrivning för tidsbokningen"},
        description={"fi": "Ajanvaraukset esimerkiksi kampaamossa, klinikalla tai käsityöyrityksessä.", "en": "Appointments at e.g. a hair salon, a clinic or a tradesperson.", "sv": "Tidsbokningar till exempel hos en frisersalong, en mottagning eller en hantverkare."},
        data_subjects=("customers",),
        purposes=(
            {"description": {"fi": "Ajanvarausten vastaanottaminen, vahvistaminen ja muistutukset sekä varatun palvelun tuottaminen", "en": "Taking, confirming and reminding of appointments, and providing the booked service", "sv": "Bokning, bekräftelse och påminnelse om tider samt utförande av den bokade tjänsten"},
             "legal_basis": "contract"},
            {"description": {"fi": "Palveluhistorian tallentaminen, jotta voimme palvella asiakasta seuraavalla kerralla samalla tavalla", "en": "Keeping a record of services given so that we can serve the customer the same way next time", "sv": "Anteckningar om utförda tjänster så att vi kan betjäna kunden på samma sätt nästa gång"},
             "legal_basis": "legitimate_interests",
             "legitimate_interest": {"fi": "Asiakkaamme odottavat, että muistamme aiemmat käyntikerrat, esimerkiksi käytetyt tuotteet ja toiveet. Tallennamme vain palvelun kannalta tarpeelliset tiedot.", "en": "Our customers expect us to remember their earlier visits, such as the products used and their wishes. We record only what the service needs.", "sv": "Våra kunder förväntar sig att vi minns deras tidigare besök, till exempel vilka produkter som använts och vad de önskat. Vi antecknar endast det som tjänsten kräver."}},
            {"description": {"fi": "Maksut, kirjanpito ja muut lakisääteiset velvoitteet", "en": "Payments, bookkeeping and other statutory obligations", "sv": "Betalningar, bokföring och andra lagstadgade förpliktelser"},
             "legal_basis": "legal_obligation"},
        ),  # fmt: skip
        categories=(
            {"code": "basic"}, {"code": "contact"},
            {"code": "customer_relationship", "details": {"fi": "varatut ajat, palvelut, palveluhistoria ja asiakkaan toiveet", "en": "booked times, services, service history and the customer's wishes", "sv": "bokade tider, tjänster, servicehistorik och kundens önskemål"}},
            {"code": "billing"},
        ),  # fmt: skip
        sources=("data_subject",),
        requirement="contractual",
        consequences={"fi": "Ilman nimeä ja puhelinnumeroa tai sähköpostiosoitetta emme voi ottaa ajanvarausta vastaan emmekä ilmoittaa sen muutoksista.", "en": "Without a name and a phone number or e-mail address we cannot take the booking or tell you about changes to it.", "sv": "Utan namn och telefonnummer eller e-postadress kan vi inte ta emot bokningen eller meddela dig om ändringar i den."},
        retention=(
            {"applies_to": {"fi": "Ajanvaraukset ja palveluhistoria", "en": "Bookings and service history", "sv": "Bokningar och servicehistorik"},
             "period": {"fi": "Kaksi vuotta viimeisestä käynnistä.", "en": "Two years from the last visit.", "sv": "Två år från det senaste besöket."}},
            ACCOUNTING_RULE,
        ),  # fmt: skip
        recipients=(
            {"kind": "it_services", "role": "processor", "country": "FI",
             "description": {"fi": "Ajanvarausjärjestelmän toimittaja", "en": "The provider of the booking system", "sv": "Leverantören av bokningssystemet"}, "service_group": "booking"},
            PAYMENT, ACCOUNTING, AUTHORITIES,
        ),  # fmt: skip
        security=BASE_SECURITY,
        laws=(*BASE_LAWS, "accounting_act", "consumer_protection"),
        service_groups=("booking", "payment", "bookkeeping"),
    ),
    RegisterTemplate(
        code="webshop",
        name={"fi": "Verkkokaupan asiakasrekisteri", "en": "Web shop customer register", "sv": "Nätbutikens kundregister"},
        title={"fi": "Verkkokaupan tietosuojaseloste", "en": "Privacy notice for the web shop", "sv": "Registerbeskrivning för nätbutiken"},
        description={"fi": "Verkkokaupan tilaukset, toimitukset, palautukset ja asiakastilit.", "en": "Web shop orders, deliveries, returns and customer accounts.", "sv": "Nätbutikens beställningar, leveranser, returer och kundkonton."},
        data_subjects=("online_store_users",),
        purposes=(
            {"description": {"fi": "Tilausten käsittely, toimitus, maksut, palautukset ja asiakaspalvelu", "en": "Processing, delivering and collecting payment for orders, returns and customer service", "sv": "Behandling, leverans och betalning av beställningar samt returer och kundtjänst"},
             "legal_basis": "contract"},
            {"description": {"fi": "Asiakastilin ylläpito", "en": "Maintaining the customer account", "sv": "Upprätthållande av kundkontot"}, "legal_basis": "contract"},
            {"description": {"fi": "Kirjanpito ja kuluttajansuojalain velvoitteet", "en": "Bookkeeping and obligations under consumer protection law", "sv": "Bokföring och förpliktelser enligt konsumentskyddslagstiftningen"},
             "legal_basis": "legal_obligation"},
            {"description": {"fi": "Väärinkäytösten ja maksupetosten estäminen", "en": "Preventing misuse and payment fraud", "sv": "Förhindrande av missbruk och betalningsbedrägerier"},
             "legal_basis": "legitimate_interests",
             "legitimate_interest": {"fi": "Suojaamme kauppaa ja asiakkaitamme petollisilta tilauksilta. Tarkistamme vain tilauksen ja maksun tietoja.", "en": "We protect the shop and our customers from fraudulent orders. We check only the order and payment details.", "sv": "Vi skyddar butiken och våra kunder mot bedrägliga beställningar. Vi kontrollerar endast beställnings- och betalningsuppgifterna."}},
        ),  # fmt: skip
        categories=({"code": "basic"}, {"code": "contact"}, {"code": "credentials"}, {"code": "billing"}, {"code": "purchase_history"}, {"code": "device"}),
        sources=("data_subject", "observed"),
        requirement="contractual",
        consequences={"fi": "Ilman toimitus- ja yhteystietoja emme voi toimittaa tilausta.", "en": "Without delivery and contact details we cannot deliver the order.", "sv": "Utan leverans- och kontaktuppgifter kan vi inte leverera beställningen."},
        retention=(
            {"applies_to": {"fi": "Asiakastili", "en": "Customer account", "sv": "Kundkonto"},
             "period": {"fi": "Kunnes asiakas poistaa tilinsä, tai kolme vuotta viimeisestä kirjautumisesta.", "en": "Until the customer deletes the account, or three years after the last sign-in.", "sv": "Tills kunden raderar kontot, eller i tre år efter den senaste inloggningen."}},
            {"applies_to": {"fi": "Tilaustiedot", "en": "Order data", "sv": "Beställningsuppgifter"},
             "period": {"fi": "Kolme vuotta tilauksesta reklamaatioiden ja vaatimusten vuoksi.", "en": "Three years from the order, in case of complaints and claims.", "sv": "Tre år från beställningen, med tanke på reklamationer och krav."}},
            ACCOUNTING_RULE,
        ),  # fmt: skip
        recipients=(
            IT_SERVICES, PAYMENT,
            {"kind": "logistics", "role": "controller", "country": "FI",
             "description": {"fi": "Toimitusta varten nimi, osoite ja puhelinnumero", "en": "Name, address and phone number for the delivery", "sv": "Namn, adress och telefonnummer för leveransen"}, "service_group": "shipping"},
            ACCOUNTING, AUTHORITIES,
        ),  # fmt: skip
        security=(*BASE_SECURITY, "firewall", "logging"),
        laws=(*BASE_LAWS, "accounting_act", "consumer_protection"),
        service_groups=("webshop", "payment", "shipping", "bookkeeping"),
    ),
    RegisterTemplate(
        code="marketing",
        name={"fi": "Markkinointi- ja uutiskirjerekisteri", "en": "Marketing and newsletter register", "sv": "Marknadsförings- och nyhetsbrevsregister"},
        title={"fi": "Markkinoinnin ja uutiskirjeen tietosuojaseloste", "en": "Privacy notice for marketing and the newsletter", "sv": "Registerbeskrivning för marknadsföringen och nyhetsbrevet"},
        description={"fi": "Uutiskirjeen tilaajat ja suoramarkkinointi asiakkaille.", "en": "Newsletter subscribers and direct marketing to customers.", "sv": "Prenumeranter på nyhetsbrevet och direktmarknadsföring till kunder."},
        data_subjects=("newsletter_subscribers", "customers"),
        purposes=(
            {"description": {"fi": "Uutiskirjeen lähettäminen sen tilanneille", "en": "Sending the newsletter to those who subscribed", "sv": "Utskick av nyhetsbrevet till dem som har beställt det"},
             "legal_basis": "consent", "direct_marketing": True, "marketing_channels": ["email"]},
            {"description": {"fi": "Suoramarkkinointi omille asiakkaille samankaltaisista palveluista", "en": "Direct marketing of similar services to our own customers", "sv": "Direktmarknadsföring av liknande tjänster till våra egna kunder"},
             "legal_basis": "legitimate_interests", "direct_marketing": True, "marketing_channels": ["email", "sms"],
             "marketing_existing_customers": True,
             "legitimate_interest": {"fi": "Kerromme nykyisille asiakkaillemme tarjouksista, jotka liittyvät heidän jo ostamiinsa palveluihin. Jokaisessa viestissä on linkki, josta markkinoinnin voi kieltää.", "en": "We tell our existing customers about offers related to services they have already bought. Every message has a link for opting out.", "sv": "Vi berättar för våra befintliga kunder om erbjudanden som har samband med tjänster som de redan har köpt. Varje meddelande innehåller en länk där du kan avbeställa marknadsföringen."}},
        ),  # fmt: skip
        categories=({"code": "basic"}, {"code": "contact"}, {"code": "marketing_consents"}),
        sources=("data_subject",),
        requirement="voluntary",
        consequences={"fi": "Uutiskirjeen tilaaminen on vapaaehtoista. Jos et anna sähköpostiosoitettasi, emme voi lähettää sinulle uutiskirjettä.", "en": "Subscribing to the newsletter is voluntary. If you do not give your e-mail address, we cannot send you the newsletter.", "sv": "Det är frivilligt att beställa nyhetsbrevet. Om du inte uppger din e-postadress kan vi inte skicka nyhetsbrevet till dig."},
        retention=(
            {"applies_to": {"fi": "Uutiskirjeen tilaajat", "en": "Newsletter subscribers", "sv": "Prenumeranter på nyhetsbrevet"},
             "period": {"fi": "Kunnes tilaaja peruu tilauksen.", "en": "Until the subscriber unsubscribes.", "sv": "Tills prenumeranten avslutar prenumerationen."}},
            {"applies_to": {"fi": "Markkinointikiellot", "en": "Marketing opt-outs", "sv": "Förbud mot marknadsföring"},
             "criteria": {"fi": "Kiellot säilytetään niin kauan kuin markkinoimme, jotta kieltoa noudatetaan.", "en": "Opt-outs are kept as long as we market, so that they are respected.", "sv": "Förbuden sparas så länge vi bedriver marknadsföring, så att de respekteras."}},
        ),  # fmt: skip
        recipients=(MARKETING_TOOLS,),
        security=BASE_SECURITY,
        laws=(*BASE_LAWS, "electronic_communications"),
        service_groups=("newsletter",),
    ),
    RegisterTemplate(
        code="website",
        name={"fi": "Verkkosivuston kävijät ja evästeet", "en": "Website visitors and cookies", "sv": "Besökare på webbplatsen och kakor"},
        title={"fi": "Verkkosivuston tietosuojaseloste", "en": "Privacy notice for the website", "sv": "Registerbeskrivning för webbplatsen"},
        description={"fi": "Sivuston kävijät, yhteydenottolomake, analytiikka ja evästeet.", "en": "Site visitors, the contact form, analytics and cookies.", "sv": "Besökare på webbplatsen, kontaktformuläret, analys och kakor."},
        data_subjects=("website_visitors",),
        purposes=(
            {"description": {"fi": "Verkkosivuston toiminta ja tietoturva", "en": "Running the website and keeping it secure", "sv": "Drift av webbplatsen och dess säkerhet"},
             "legal_basis": "legitimate_interests",
             "legitimate_interest": {"fi": "Sivuston on toimittava ja oltava suojattu hyökkäyksiltä. Tähän tarvitaan kävijän IP-osoite ja tekniset lokitiedot.", "en": "The site has to work and be protected from attacks. This needs the visitor's IP address and technical log data.", "sv": "Webbplatsen måste fungera och skyddas mot attacker. Det kräver besökarens IP-adress och tekniska loggdata."}},
            {"description": {"fi": "Yhteydenottolomakkeella lähetettyihin viesteihin vastaaminen", "en": "Answering messages sent through the contact form", "sv": "Svar på meddelanden som skickas via kontaktformuläret"},
             "legal_basis": "legitimate_interests",
             "legitimate_interest": {"fi": "Vastaamme meille lähetettyihin kysymyksiin. Käytämme tietoja vain vastaamiseen.", "en": "We answer the questions sent to us. We use the data only to answer.", "sv": "Vi svarar på de frågor som skickas till oss. Vi använder uppgifterna endast för att svara."}},
            {"description": {"fi": "Kävijätilastot ja sivuston kehittäminen analytiikkaevästeillä", "en": "Visitor statistics and improving the site with analytics cookies", "sv": "Besöksstatistik och förbättring av webbplatsen med hjälp av analyskakor"},
             "legal_basis": "consent"},
        ),  # fmt: skip
        categories=({"code": "device"}, {"code": "cookies_analytics"}, {"code": "communications", "details": {"fi": "yhteydenottolomakkeella lähetetyt viestit", "en": "messages sent through the contact form", "sv": "meddelanden som skickas via kontaktformuläret"}}),
        sources=("data_subject", "observed"),
        requirement="voluntary",
        consequences={"fi": "Sivuston käyttö ei edellytä tietojen antamista. Ilman yhteystietoja emme voi vastata yhteydenottoon.", "en": "Using the site does not require giving any data. Without contact details we cannot answer your message.", "sv": "Det krävs inga uppgifter för att använda webbplatsen. Utan kontaktuppgifter kan vi inte svara på ditt meddelande."},
        retention=(
            {"applies_to": {"fi": "Palvelimen lokitiedot", "en": "Server logs", "sv": "Serverloggar"}, "period": {"fi": "Enintään 12 kuukautta.", "en": "At most 12 months.", "sv": "Högst 12 månader."}},
            {"applies_to": {"fi": "Yhteydenotot", "en": "Contact messages", "sv": "Kontaktmeddelanden"}, "period": {"fi": "Kaksi vuotta viimeisestä viestistä.", "en": "Two years from the last message.", "sv": "Två år från det senaste meddelandet."}},
            {"applies_to": {"fi": "Evästeet", "en": "Cookies", "sv": "Kakor"},
             "criteria": {"fi": "Kunkin evästeen oma voimassaoloaika, joka näkyy evästeasetuksissa.", "en": "Each cookie's own lifetime, shown in the cookie settings.", "sv": "Varje kakas egen giltighetstid, som visas i kakinställningarna."}},
        ),  # fmt: skip
        recipients=(
            {"kind": "it_services", "role": "processor", "country": "FI",
             "description": {"fi": "Verkkosivuston ylläpito ja palvelin", "en": "Website hosting and maintenance", "sv": "Webbhotell och underhåll av webbplatsen"}, "service_group": "hosting"},
            {"kind": "marketing", "role": "processor", "country": "FI",
             "description": {"fi": "Kävijäanalytiikan palvelu", "en": "The web analytics service", "sv": "Webbanalystjänsten"}, "service_group": "analytics"},
        ),  # fmt: skip
        security=("encryption_transit", "firewall", "access_control", "backups", "processor_agreements"),
        laws=(*BASE_LAWS, "electronic_communications"),
        cookies={
            "categories": ["necessary", "analytics"],
            "how_to_refuse": {"fi": "Voit hyväksyä tai hylätä muut kuin välttämättömät evästeet sivuston evästeasetuksista, joihin pääset jokaisen sivun alareunasta. Voit myös poistaa evästeet selaimesi asetuksista.", "en": "You can accept or refuse all but strictly necessary cookies in the site's cookie settings, linked at the bottom of every page. You can also delete cookies in your browser settings.", "sv": "Du kan godkänna eller vägra alla utom nödvändiga kakor i webbplatsens kakinställningar, som du hittar via länken längst ned på varje sida. Du kan också radera kakor i webbläsarens inställningar."},
        },
        service_groups=("analytics", "hosting", "chat"),
    ),
    RegisterTemplate(
        code="b2b_contacts",
        name={"fi": "Yritysasiakkaiden ja kumppaneiden yhteyshenkilöt", "en": "Contact persons of business customers and partners", "sv": "Kontaktpersoner hos företagskunder och samarbetspartner"},
        title={"fi": "Sidosryhmärekisterin tietosuojaseloste", "en": "Privacy notice for business contacts", "sv": "Registerbeskrivning för kontaktpersoner hos företag"},
        description={"fi": "Yritysasiakkaiden, toimittajien ja kumppaneiden yhteyshenkilöt.", "en": "Contact persons at business customers, suppliers and partners.", "sv": "Kontaktpersoner hos företagskunder, leverantörer och samarbetspartner."},
        data_subjects=("business_contacts", "suppliers"),
        purposes=(
            {"description": {"fi": "Yhteydenpito yritysasiakkaisiin ja kumppaneihin sekä sopimusten hoitaminen", "en": "Keeping in touch with business customers and partners and managing contracts", "sv": "Kontakter med företagskunder och samarbetspartner samt hantering av avtal"},
             "legal_basis": "legitimate_interests",
             "legitimate_interest": {"fi": "Tarvitsemme asiakas- ja kumppaniyritysten yhteyshenkilöiden tiedot, jotta voimme hoitaa yritysten välisiä sopimuksia ja yhteydenpitoa.", "en": "We need the contact persons' details to manage the contracts and communication between our company and theirs.", "sv": "Vi behöver kontaktpersonernas uppgifter för att sköta avtalen och kommunikationen mellan vårt och deras företag."}},
            {"description": {"fi": "Yritysten välinen markkinointi", "en": "Business-to-business marketing", "sv": "Marknadsföring mellan företag"},
             "legal_basis": "legitimate_interests", "direct_marketing": True, "marketing_channels": ["email", "phone"],
             "legitimate_interest": {"fi": "Kerromme palveluistamme henkilöille, joiden työtehtäviin ne liittyvät. Markkinoinnin voi kieltää milloin tahansa.", "en": "We tell people about our services where they relate to their work. Anyone can opt out at any time.", "sv": "Vi berättar om våra tjänster när de har samband med personens arbete. Var och en kan när som helst avbeställa marknadsföringen."}},
        ),  # fmt: skip
        categories=({"code": "basic"}, {"code": "contact"}, {"code": "employer"}, {"code": "communications"}, {"code": "marketing_consents"}),
        sources=("data_subject", "employer", "public_websites", "trade_register"),
        requirement="voluntary",
        consequences={"fi": "Tietojen antaminen on vapaaehtoista, mutta ilman yhteystietoja emme voi hoitaa yhteistyötä.", "en": "Giving the data is voluntary, but without contact details we cannot work together.", "sv": "Det är frivilligt att lämna uppgifterna, men utan kontaktuppgifter kan vi inte samarbeta."},
        retention=(
            {"applies_to": {"fi": "Yhteyshenkilöiden tiedot", "en": "Contact persons' details", "sv": "Kontaktpersonernas uppgifter"},
             "period": {"fi": "Yhteistyön ajan ja kaksi vuotta viimeisestä yhteydenpidosta, tai kunnes saamme tiedon, että henkilön tehtävä on vaihtunut.", "en": "During the cooperation and for two years after the last contact, or until we learn that the person's role has changed.", "sv": "Under samarbetet och i två år efter den senaste kontakten, eller tills vi får veta att personens roll har ändrats."}},
        ),  # fmt: skip
        recipients=(IT_SERVICES, AUTHORITIES),
        security=BASE_SECURITY,
        laws=(*BASE_LAWS, "electronic_communications"),
        service_groups=("crm", "office"),
    ),
    RegisterTemplate(
        code="applicants",
        name={"fi": "Työnhakijarekisteri", "en": "Job applicant register", "sv": "Register över arbetssökande"},
        title={"fi": "Työnhakijoiden tietosuojaseloste", "en": "Privacy notice for job applicants", "sv": "Registerbeskrivning för arbetssökande"},
        description={"fi": "Rekrytointi: hakemukset, haastattelut ja valinta.", "en": "Recruitment: applications, interviews and selection.", "sv": "Rekrytering: ansökningar, intervjuer och urval."},
        data_subjects=("job_applicants",),
        purposes=(
            {"description": {"fi": "Rekrytointi: hakemusten käsittely, haastattelut ja valinta", "en": "Recruitment: handling applications, interviews and selection", "sv": "Rekrytering: behandling av ansökningar, intervjuer och urval"},
             "legal_basis": "contract"},
            {"description": {"fi": "Syrjintäkanteisiin varautuminen ja rekrytoinnin asianmukaisuuden osoittaminen", "en": "Preparing for discrimination claims and showing that recruitment was fair", "sv": "Förberedelse för eventuella diskrimineringsanspråk och för att kunna visa att rekryteringen har gått rätt till"},
             "legal_basis": "legal_obligation"},
        ),  # fmt: skip
        categories=({"code": "basic"}, {"code": "contact"}, {"code": "application"}),
        sources=("data_subject",),
        requirement="voluntary",
        consequences={"fi": "Hakeminen on vapaaehtoista. Ilman hakemuksen tietoja emme voi arvioida hakemusta. Suosittelijoilta ja muilta kysymme tietoja vain hakijan suostumuksella.", "en": "Applying is voluntary. Without the application details we cannot assess the application. We ask referees and others only with the applicant's consent.", "sv": "Det är frivilligt att söka. Utan uppgifterna i ansökan kan vi inte bedöma ansökan. Referenser och andra tillfrågas endast med den sökandes samtycke."},
        retention=({"applies_to": {"fi": "Hakemukset", "en": "Applications", "sv": "Ansökningar"}, "preset": "job_applications"},),
        recipients=(
            {"kind": "it_services", "role": "processor", "country": "FI",
             "description": {"fi": "Rekrytointijärjestelmän toimittaja", "en": "The provider of the recruitment system", "sv": "Leverantören av rekryteringssystemet"}, "service_group": "recruitment"},
            AUTHORITIES,
        ),  # fmt: skip
        security=(*BASE_SECURITY, "training"),
        laws=(*BASE_LAWS, "working_life_privacy"),
        service_groups=("recruitment", "forms"),
    ),
    RegisterTemplate(
        code="employees",
        name={"fi": "Henkilöstörekisteri", "en": "Employee register", "sv": "Personalregister"},
        title={"fi": "Henkilöstön tietosuojaseloste", "en": "Privacy notice for employees", "sv": "Registerbeskrivning för anställda"},
        description={"fi": "Työntekijät: työsopimukset, palkanmaksu ja työaikakirjanpito.", "en": "Employees: employment contracts, payroll and working-time records.", "sv": "Anställda: arbetsavtal, löneräkning och arbetstidsbokföring."},
        data_subjects=("employees",),
        purposes=(
            {"description": {"fi": "Työsuhteen hoitaminen: työsopimus, työvuorot ja perehdytys", "en": "Managing the employment: contract, shifts and induction", "sv": "Skötsel av anställningsförhållandet: avtal, arbetsskift och introduktion"},
             "legal_basis": "contract"},
            {"description": {"fi": "Palkanmaksu, verot ja työnantajamaksut sekä työaika- ja vuosilomakirjanpito", "en": "Payroll, taxes and employer contributions, and working-time and annual-holiday records", "sv": "Löneräkning, skatter och arbetsgivaravgifter samt bokföring av arbetstid och semester"},
             "legal_basis": "legal_obligation"},
            {"description": {"fi": "Työterveyshuolto ja sairauspoissaolojen käsittely", "en": "Occupational health care and handling sick leave", "sv": "Företagshälsovård och hantering av sjukfrånvaro"},
             "legal_basis": "legal_obligation"},
        ),  # fmt: skip
        categories=(
            {"code": "basic", "details": {"fi": "nimi, henkilötunnus, syntymäaika", "en": "name, personal identity code, date of birth", "sv": "namn, personbeteckning, födelsedatum"}},
            {"code": "contact"}, {"code": "employment"},
            {"code": "billing", "details": {"fi": "pankkitili palkanmaksua varten", "en": "bank account for paying wages", "sv": "bankkonto för löneutbetalning"}},
        ),  # fmt: skip
        special={"description": {"fi": "Terveydentilaa koskevat tiedot, kuten lääkärintodistukset sairauspoissaoloista.", "en": "Data concerning health, such as doctor's certificates for sick leave.", "sv": "Uppgifter om hälsa, till exempel läkarintyg vid sjukfrånvaro."},
                 "condition": "employment_law"},
        sources=("data_subject", "technical_systems"),
        requirement="statutory",
        consequences={"fi": "Palkanmaksuun ja verotukseen tarvittavat tiedot ovat lakisääteisiä: ilman niitä emme voi maksaa palkkaa oikein.", "en": "The data needed for payroll and taxes is required by law: without it we cannot pay wages correctly.", "sv": "De uppgifter som behövs för löneräkning och beskattning krävs enligt lag: utan dem kan vi inte betala rätt lön."},
        retention=(
            {"applies_to": {"fi": "Työtodistukseen tarvittavat tiedot", "en": "Data for an employment certificate", "sv": "Uppgifter för arbetsintyg"}, "preset": "employment_certificate"},
            {"applies_to": {"fi": "Palkkakirjanpito", "en": "Payroll records", "sv": "Lönebokföring"}, "preset": "accounting_vouchers"},
            {"applies_to": {"fi": "Työaikakirjanpito", "en": "Working-time records", "sv": "Arbetstidsbokföring"},
             "period": {"fi": "Kuluva vuosi ja kaksi seuraavaa kalenterivuotta, työsuhteen päätyttyä kaksi vuotta sen päättymisestä (työaikalaki 32 §).", "en": "The current year and the two following calendar years; after the employment ends, two years from its end (Working Hours Act, section 32).", "sv": "Innevarande år och de två följande kalenderåren; efter att anställningen har upphört i två år räknat från att den upphörde (32 § i arbetstidslagen)."}},
            {"applies_to": {"fi": "Terveystiedot", "en": "Health data", "sv": "Hälsouppgifter"},
             "criteria": {"fi": "Säilytetään erillään muista tiedoista ja hävitetään, kun niitä ei enää tarvita työsuhteen hoitamiseen.", "en": "Kept apart from other data and destroyed when no longer needed for managing the employment.", "sv": "Förvaras åtskilda från andra uppgifter och förstörs när de inte längre behövs för att sköta anställningsförhållandet."}},
        ),  # fmt: skip
        recipients=(
            ACCOUNTING,
            {"kind": "insurance", "role": "controller", "country": "FI",
             "description": {"fi": "Työeläke- ja tapaturmavakuutusyhtiö", "en": "Earnings-related pension and accident insurance companies", "sv": "Arbetspensions- och olycksfallsförsäkringsbolag"}},
            {"kind": "authorities", "role": "authority", "country": "FI",
             "description": {"fi": "Verohallinto, tulorekisteri ja muut viranomaiset lain perusteella", "en": "The Tax Administration, the Incomes Register and other authorities as the law requires", "sv": "Skatteförvaltningen, inkomstregistret och andra myndigheter enligt lag"}},
            {"kind": "other", "role": "controller", "country": "FI",
             "description": {"fi": "Työterveyshuolto", "en": "Occupational health care", "sv": "Företagshälsovård"}},
        ),  # fmt: skip
        security=(*BASE_SECURITY, "locked_manual", "training"),
        laws=(*BASE_LAWS, "working_life_privacy", "employment_contracts_act", "accounting_act"),
        service_groups=("bookkeeping", "office"),
    ),
    RegisterTemplate(
        code="camera",
        name={"fi": "Kameravalvontarekisteri", "en": "Camera surveillance register", "sv": "Register över kameraövervakning"},
        title={"fi": "Kameravalvonnan tietosuojaseloste", "en": "Privacy notice for camera surveillance", "sv": "Registerbeskrivning för kameraövervakningen"},
        description={"fi": "Tallentava kameravalvonta liiketiloissa, ja lyhyt teksti valvonnasta kertovaan kylttiin.", "en": "Recording cameras on the premises, with the short text for the sign.", "sv": "Inspelande kameror i lokalerna, med en kort text för skylten."},
        data_subjects=("customers", "employees"),
        purposes=(
            {"description": {"fi": "Henkilöiden turvallisuuden varmistaminen, omaisuuden suojaaminen sekä rikosten ja vaaratilanteiden ehkäiseminen ja selvittäminen", "en": "Keeping people safe, protecting property and preventing and investigating crimes and dangerous situations", "sv": "Att trygga människors säkerhet, skydda egendom samt förebygga och utreda brott och farliga situationer"},
             "legal_basis": "legitimate_interests",
             "legitimate_interest": {"fi": "Suojaamme asiakkaita, henkilökuntaa ja omaisuutta. Kamerat kuvaavat vain liiketiloja, eivät henkilöstön taukotiloja, pukuhuoneita tai wc-tiloja, eikä niillä tarkkailla yksittäisiä työntekijöitä.", "en": "We protect customers, staff and property. The cameras cover only the business premises, never staff rooms, changing rooms or toilets, and are not used to watch individual employees.", "sv": "Vi skyddar kunder, personal och egendom. Kamerorna täcker endast affärslokalerna, aldrig personalrum, omklädningsrum eller toaletter, och de används inte för att övervaka enskilda anställda."}},
        ),  # fmt: skip
        categories=({"code": "camera", "details": {"fi": "tallentuva kuva, aika ja kameran sijainti", "en": "recorded images, time and camera location", "sv": "inspelade bilder, tidpunkt och kamerans placering"}},),
        sources=("observed",),
        requirement="voluntary",
        consequences={"fi": "Valvotuissa tiloissa liikkuminen tallentuu kuvaan. Valvonnasta kerrotaan kylteillä.", "en": "Moving in the monitored premises is recorded. Signs tell where cameras are in use.", "sv": "Rörelser i de övervakade lokalerna spelas in. Skyltar visar var kameror används."},
        retention=(
            {"applies_to": {"fi": "Kameratallenteet", "en": "Camera recordings", "sv": "Inspelningar från kameraövervakning"},
             "period": {"fi": "Tallenteet poistuvat automaattisesti 30 päivän kuluttua. Rikoksen tai vahingon selvittämiseen tarvittavaa tallennetta säilytetään, kunnes asia on käsitelty, työpaikalla enintään vuoden tallentamisesta (laki yksityisyyden suojasta työelämässä 17 §), ellei säilyttämiseen ole erityistä syytä.", "en": "Recordings are deleted automatically after 30 days. A recording needed to investigate a crime or damage is kept until the matter is settled; at a workplace at most one year from recording (Act on the Protection of Privacy in Working Life, section 17) unless there is a special reason to keep it.", "sv": "Inspelningarna raderas automatiskt efter 30 dagar. En inspelning som behövs för att utreda ett brott eller en skada bevaras tills ärendet är avgjort; på en arbetsplats högst ett år från inspelningen (17 § i lagen om integritetsskydd i arbetslivet), om det inte finns särskilda skäl att bevara den längre."}},
        ),  # fmt: skip
        recipients=(
            {"kind": "it_services", "role": "processor", "country": "FI",
             "description": {"fi": "Kameravalvontajärjestelmän toimittaja ja huolto", "en": "The camera system's provider and maintenance", "sv": "Leverantören och underhållet av kamerasystemet"}},
            {"kind": "authorities", "role": "authority", "country": "FI",
             "description": {"fi": "Poliisi rikoksen selvittämiseksi", "en": "The police, to investigate a crime", "sv": "Polisen, för utredning av brott"}},
        ),  # fmt: skip
        security=("access_control", "physical", "logging", "processor_agreements", "confidentiality"),
        laws=(*BASE_LAWS, "working_life_privacy"),
        sign_text={"fi": "Tallentava kameravalvonta. Rekisterinpitäjä: {name}. Lisätietoja tietosuojaselosteessa: {url}", "en": "Recording CCTV in use. Controller: {name}. More in our privacy notice: {url}", "sv": "Inspelande kameraövervakning. Personuppgiftsansvarig: {name}. Mer information i vår registerbeskrivning: {url}"},
    ),
    RegisterTemplate(
        code="association",
        name={"fi": "Jäsenrekisteri", "en": "Membership register", "sv": "Medlemsregister"},
        title={"fi": "Jäsenrekisterin tietosuojaseloste", "en": "Privacy notice for the membership register", "sv": "Registerbeskrivning för medlemsregistret"},
        description={"fi": "Yhdistyksen jäsenet: yhdistyslain mukainen jäsenluettelo, jäsenmaksut ja tiedotus.", "en": "An association's members: the member list, membership fees and communication.", "sv": "En förenings medlemmar: medlemsförteckningen, medlemsavgifter och kommunikation."},
        data_subjects=(),
        purposes=(
            {"description": {"fi": "Jäsenluettelon pitäminen yhdistyslain mukaisesti", "en": "Keeping the list of members required by the Associations Act", "sv": "Förande av den medlemsförteckning som föreningslagen kräver"},
             "legal_basis": "legal_obligation"},
            {"description": {"fi": "Jäsenyyden hoitaminen: jäsenmaksut, kokouskutsut ja jäsentiedotteet", "en": "Managing membership: fees, meeting invitations and member newsletters", "sv": "Skötsel av medlemskapet: avgifter, möteskallelser och medlemsbrev"},
             "legal_basis": "contract"},
        ),  # fmt: skip
        categories=({"code": "basic"}, {"code": "contact"}, {"code": "customer_relationship", "details": {"fi": "jäsenyyden alkaminen, jäsenlaji ja jäsenmaksut", "en": "start of membership, type of membership and fees", "sv": "medlemskapets början, typ av medlemskap och avgifter"}}),
        sources=("data_subject",),
        requirement="statutory",
        consequences={"fi": "Nimi ja kotikunta merkitään jäsenluetteloon lain mukaan. Ilman yhteystietoja emme voi lähettää kokouskutsuja.", "en": "The name and municipality of residence are entered in the list of members by law. Without contact details we cannot send meeting invitations.", "sv": "Namn och hemkommun förs in i medlemsförteckningen enligt lag. Utan kontaktuppgifter kan vi inte skicka möteskallelser."},
        retention=(
            {"applies_to": {"fi": "Jäsentiedot", "en": "Member data", "sv": "Medlemsuppgifter"},
             "period": {"fi": "Jäsenyyden ajan ja kaksi vuotta jäsenyyden päättymisestä.", "en": "During the membership and for two years after it ends.", "sv": "Under medlemskapet och i två år efter att det har upphört."}},
            ACCOUNTING_RULE,
        ),  # fmt: skip
        recipients=(IT_SERVICES, ACCOUNTING),
        security=BASE_SECURITY,
        laws=(*BASE_LAWS, "accounting_act"),
        extra={"data_subjects_other": {"fi": "Yhdistyksen jäsenet", "en": "Members of the association", "sv": "Föreningens medlemmar"}},
        service_groups=("bookkeeping", "newsletter"),
    ),
)

TEMPLATES_BY_CODE = {template.code: template for template in TEMPLATES}
assert len(TEMPLATES_BY_CODE) == len(TEMPLATES), "duplicate template code"

# The steps a template prefills. Each stays "suggested — check and confirm" until saved.
PREFILLED_STEPS = ("notice", "purposes", "categories", "sources", "retention", "recipients", "transfers", "security", "automated", "cookies", "rights")


def service_groups(codes) -> list[str]:
    """The service-library groups the chosen templates suggest, in template order."""
    groups: list[str] = []
    for code in as_list(codes):
        template = TEMPLATES_BY_CODE.get(code) if isinstance(code, str) else None
        _extend(groups, template.service_groups if template else ())
    return groups


def assign_service_register(answers: dict, *, code: str, group: str) -> dict:
    """Tie a library service's recipient row to the register of the first chosen template
    that suggests the service's group (a booking system to the booking register); a row
    no template claims stays for all registers. The user can change it on the row."""
    registers = {as_str(row.get("id")) for row in as_dicts(as_dict(answers.get("notice")).get("registers"))}
    template = next(
        (TEMPLATES_BY_CODE[c] for c in as_codes(answers.get("templates")) if c in TEMPLATES_BY_CODE and group in TEMPLATES_BY_CODE[c].service_groups),
        None,
    )
    if template is None or register_id(template.code) not in registers or len(registers) < 2:
        return answers
    register = register_id(template.code)
    answers = dict(answers)
    recipients = dict(as_dict(answers.get("recipients")))
    items = [{**row, "register": register} if row.get("service") == code and not row.get("register") else row for row in as_dicts(recipients.get("items"))]
    # The named service replaces the template's unnamed row for the same kind of service
    # in that register ("the booking system's provider" → Timma Oy), unless the user edited it.
    recipients["items"] = [row for row in items if not _replaced_by_service(row, register=register, group=group)]
    answers["recipients"] = recipients
    return answers


def _replaced_by_service(row: dict, *, register: str, group: str) -> bool:
    row_id = as_str(row.get("id"))
    if row.get("service") or as_str(row.get("register")) != register or not row_id.startswith("tpl-"):
        return False
    code, _sep, key = row_id[len("tpl-") :].rpartition("-")
    template = TEMPLATES_BY_CODE.get(code)
    if template is None or not key.startswith("x") or not key[1:].isdigit():
        return False
    index = int(key[1:]) - 1
    if not 0 <= index < len(template.recipients) or template.recipients[index].get("service_group") != group:
        return False
    generated = _copy(template.recipients[index], drop=("service_group",))
    generated["frequency"] = generated.get("frequency") or catalogues.recipient_frequency(generated)
    return _untouched(row, generated, _ROW_KEYS["recipients"])


def template_choices(language: str) -> list[tuple[str, str, str]]:
    """(code, name, description) in ``language``, in catalogue order."""
    return [(t.code, pick(t.name, language), pick(t.description, language)) for t in TEMPLATES]


def _rid(template: str, key: str) -> str:
    return f"tpl-{template}-{key}"


def register_id(template: str) -> str:
    return f"tpl-{template}"


def template_rows(codes: list[str]) -> dict:
    """Every row and value the chosen templates add, in answers' shape; the rows carry
    their template ids and register. Pure: no merging with existing answers."""
    chosen = [TEMPLATES_BY_CODE[code] for code in codes if code in TEMPLATES_BY_CODE]
    registers, purposes, retention, recipients, categories = [], [], [], [], {}
    subjects, sources, measures, laws, cookie_categories = [], [], [], [], []
    special = None
    cookies_refuse = {}
    consequences: dict[str, list[str]] = {code: [] for code in CODES}
    subjects_other: dict[str, list[str]] = {code: [] for code in CODES}
    requirements = []
    for template in chosen:
        register = register_id(template.code)
        registers.append({"id": register, "name": dict(template.name)})
        for index, row in enumerate(template.purposes, start=1):
            purposes.append({"id": _rid(template.code, f"p{index}"), "register": register, **_copy(row)})
        for index, row in enumerate(template.retention, start=1):
            retention.append({"id": _rid(template.code, f"r{index}"), "register": register, **_copy(row)})
        for index, row in enumerate(template.recipients, start=1):
            # "service_group" is the template's own note (a library service replaces the row), not an answer.
            recipients.append({"id": _rid(template.code, f"x{index}"), "register": register, **_copy(row, drop=("service_group",))})
        for row in template.categories:
            code = row["code"]
            if code in categories:
                # Shared by several registers: it applies to all of them.
                categories[code]["register"] = ""
                continue
            categories[code] = {"id": _rid(template.code, f"c-{code}")[:24], "code": code, "register": register, "details": dict(row.get("details") or {})}
        _extend(subjects, template.data_subjects)
        _extend(sources, template.sources)
        _extend(measures, template.security)
        _extend(laws, template.laws)
        requirements.append(template.requirement)
        for language in CODES:
            consequences[language].append(pick(template.consequences, language))
            other = as_dict(template.extra.get("data_subjects_other")).get(language)
            if other:
                subjects_other[language].append(other)
        if template.special and special is None:
            special = template.special
        if template.cookies:
            _extend(cookie_categories, template.cookies["categories"])
            cookies_refuse = cookies_refuse or dict(template.cookies["how_to_refuse"])
    if len(chosen) > 1:
        # One notice, several registers: the consequences are told per register.
        consequences = {
            language: [f"{pick(t.name, language)}: {pick(t.consequences, language)}" for t in chosen] for language in CODES
        }
    requirement = requirements[0] if len(set(requirements)) == 1 else ("mixed" if requirements else "")
    # Stored as the wizard stores them: authorities on request are "only when needed".
    recipients = [{**row, "frequency": row.get("frequency") or catalogues.recipient_frequency(row)} for row in recipients]
    title = dict(chosen[0].title) if len(chosen) == 1 else ({"fi": "Tietosuojaseloste", "en": "Privacy notice", "sv": "Registerbeskrivning"} if chosen else {})
    return {
        "title": title,
        "registers": registers,
        "data_subjects": subjects,
        "data_subjects_other": {lang: " ".join(texts) for lang, texts in subjects_other.items() if texts},
        "purposes": purposes,
        "categories": list(categories.values()),
        "special": special,
        "sources": sources,
        "requirement": requirement,
        "consequences": {lang: " ".join(texts) for lang, texts in consequences.items() if texts},
        "retention": retention,
        "recipients": recipients,
        "security": measures,
        "laws": laws,
        "cookie_categories": cookie_categories,
        "how_to_refuse": cookies_refuse,
        "cookies": bool(cookie_categories),
    }


def _copy(row: dict, drop: tuple[str, ...] = ()) -> dict:
    return {key: (dict(value) if isinstance(value, dict) else value) for key, value in row.items() if key not in drop}


def _extend(target: list, codes) -> None:
    for code in codes:
        if code not in target:
            target.append(code)


# --- merging into a notice's answers -----------------------------------------------------

_ROW_KEYS = {
    "purposes": ("description", "legal_basis", "legitimate_interest", "direct_marketing", "marketing_channels", "marketing_existing_customers"),
    "retention": ("applies_to", "preset", "period", "criteria"),
    "recipients": ("kind", "name", "role", "frequency", "country", "description"),
}


def _clean(value):
    """Compare rows the way the wizard stores them: empty texts and flags are absent."""
    if isinstance(value, dict):
        return {key: item for key, item in value.items() if item}
    return value or None


def _untouched(row: dict, generated: dict | None, keys) -> bool:
    return generated is not None and all(_clean(row.get(key)) == _clean(generated.get(key)) for key in keys)


def _merge_rows(current: list[dict], old: list[dict], new: list[dict], keys) -> list[dict]:
    """The user's rows stay (in place); template rows the user has not changed are
    replaced by the new templates' rows; edited template rows stay as the user's own."""
    old_by_id = {row["id"]: row for row in old}
    kept = [row for row in current if not _untouched(row, old_by_id.get(as_str(row.get("id"))), keys)]
    kept_ids = {as_str(row.get("id")) for row in kept}
    return kept + [row for row in new if row["id"] not in kept_ids]


def _merge_codes(current, old: list[str], new: list[str]) -> list[str]:
    """Codes the old templates added and the new ones do not are removed; new ones added."""
    gone = set(old) - set(new)
    codes = [code for code in as_codes(current) if code not in gone]
    _extend(codes, new)
    return codes


def _merge_text(current, old: dict, new: dict) -> dict:
    """A text the user wrote stays; one the templates wrote follows the templates."""
    current = as_dict(current)
    if not any(current.values()) or _clean(current) == _clean(old):
        return dict(new)
    return current


def apply_templates(answers: dict, codes: list[str]) -> tuple[dict, list[str]]:
    """The answers with the chosen templates applied (replacing earlier templates), and the
    steps whose content the templates changed (to be confirmed by the user)."""
    answers = {key: value for key, value in as_dict(answers).items()}
    codes = [code for code in as_codes(codes) if code in TEMPLATES_BY_CODE]
    previous = [code for code in as_codes(answers.get("templates")) if code in TEMPLATES_BY_CODE]
    old, new = template_rows(previous), template_rows(codes)
    before = {key: answers.get(key) for key in PREFILLED_STEPS}

    notice = dict(as_dict(answers.get("notice")))
    notice["registers"] = _merge_rows(as_dicts(notice.get("registers")), old["registers"], new["registers"], ("name",))
    notice["data_subjects"] = _merge_codes(notice.get("data_subjects"), old["data_subjects"], new["data_subjects"])
    other = _merge_text(notice.get("data_subjects_other"), old["data_subjects_other"], new["data_subjects_other"])
    if other:
        notice["data_subjects_other"] = other
    else:
        notice.pop("data_subjects_other", None)
    title = as_dict(notice.get("title"))
    if new["title"] and (not any(title.values()) or _clean(title) == _clean(old["title"])):
        notice["title"] = new["title"]
    answers["notice"] = notice

    for key in ("purposes", "retention"):
        answers[key] = _merge_rows(as_dicts(answers.get(key)), old[key], new[key], _ROW_KEYS[key])
    recipients = dict(as_dict(answers.get("recipients")))
    recipients["items"] = _merge_rows(as_dicts(recipients.get("items")), old["recipients"], new["recipients"], _ROW_KEYS["recipients"])
    answers["recipients"] = recipients

    categories = dict(as_dict(answers.get("categories")))
    items = [dict(item) for item in as_dicts(categories.get("items"))]  # pure: the input stays as it was
    old_codes = {row["code"] for row in old["categories"]}
    new_by_code = {row["code"]: row for row in new["categories"]}
    kept = []
    for item in items:
        code = as_str(item.get("code"))
        # A category only the old templates chose, with their details or none, goes with them.
        if code in old_codes and code not in new_by_code and (_same_details(item, old["categories"]) or not any(as_dict(item.get("details")).values())):
            continue
        kept.append(item)
    present = {as_str(item.get("code")) for item in kept}
    for item in kept:
        # A category chosen before keeps its details but follows the templates' register.
        if as_str(item.get("code")) in new_by_code and as_str(item.get("id")).startswith("tpl-"):
            item["register"] = new_by_code[item["code"]]["register"]
    kept += [row for code, row in new_by_code.items() if code not in present]
    categories["items"] = kept
    old_special, new_special = old["special"], new["special"]
    if new_special and categories.get("special") is not True:
        categories["special"] = True
        categories["special_description"] = dict(new_special["description"])
        categories["special_condition"] = new_special["condition"]
    elif old_special and not new_special and _clean(as_dict(categories.get("special_description"))) == _clean(old_special["description"]):
        categories["special"] = False
        categories.pop("special_description", None)
        categories.pop("special_condition", None)
    if codes and not isinstance(categories.get("special"), bool):
        categories["special"] = False
    if codes and not isinstance(categories.get("criminal"), bool):
        categories["criminal"] = False
    answers["categories"] = categories

    sources = dict(as_dict(answers.get("sources")))
    sources["items"] = _merge_codes(sources.get("items"), old["sources"], new["sources"])
    if new["requirement"] and (not sources.get("requirement") or sources.get("requirement") == old["requirement"]):
        sources["requirement"] = new["requirement"]
    sources["consequences"] = _merge_text(sources.get("consequences"), old["consequences"], new["consequences"])
    answers["sources"] = sources

    security = dict(as_dict(answers.get("security")))
    security["measures"] = _merge_codes(security.get("measures"), old["security"], new["security"])
    answers["security"] = security

    rights = dict(as_dict(answers.get("rights")))
    rights["laws"] = _merge_codes(rights.get("laws"), old["laws"], new["laws"])
    answers["rights"] = rights

    if codes:
        # A small business with only these registers: nothing leaves the EU/EEA and nothing
        # is decided by a machine. Suggested answers; the user confirms or changes them.
        transfers = dict(as_dict(answers.get("transfers")))
        if not isinstance(transfers.get("any"), bool):
            transfers["any"] = bool(as_dicts(transfers.get("items")))
            transfers.setdefault("items", [])
        answers["transfers"] = transfers
        automated = dict(as_dict(answers.get("automated")))
        automated.setdefault("decisions", False)
        automated.setdefault("profiling", False)
        answers["automated"] = automated

    cookies = dict(as_dict(answers.get("cookies")))
    if new["cookies"]:
        cookies["used"] = True
        cookies["categories"] = _merge_codes(cookies.get("categories"), old["cookie_categories"], new["cookie_categories"])
        cookies["how_to_refuse"] = _merge_text(cookies.get("how_to_refuse"), old["how_to_refuse"], new["how_to_refuse"])
        answers["cookies"] = cookies
    elif old["cookies"] and cookies:
        cookies["categories"] = _merge_codes(cookies.get("categories"), old["cookie_categories"], [])
        if _clean(as_dict(cookies.get("how_to_refuse"))) == _clean(old["how_to_refuse"]) and not as_dicts(cookies.get("tools")):
            cookies = {}
        answers["cookies"] = cookies
        if not cookies:
            answers.pop("cookies")

    answers["templates"] = codes
    changed = [key for key in PREFILLED_STEPS if answers.get(key) != before[key]]
    return answers, changed


def _same_details(item: dict, old_rows: list[dict]) -> bool:
    for row in old_rows:
        if row["code"] == item.get("code"):
            return _clean(as_dict(item.get("details"))) == _clean(row.get("details") or {})
    return False


def sign_texts(codes: list[str], *, name: str, url: str) -> dict:
    """The short sign texts of the chosen templates (camera surveillance), per language."""
    texts = {}
    for code in as_list(codes):
        template = TEMPLATES_BY_CODE.get(code)
        if template and template.sign_text:
            for language, text in template.sign_text.items():
                texts[language] = text.format(name=name, url=url)
    return texts


def check_catalogue_codes() -> list[str]:
    """Codes a template uses that the catalogues do not know (a test keeps this empty)."""
    problems = []
    for template in TEMPLATES:
        for code in template.data_subjects:
            problems += [] if code in catalogues.DATA_SUBJECTS else [f"{template.code}: data subject {code}"]
        for row in template.purposes:
            problems += [] if row["legal_basis"] in catalogues.LEGAL_BASES else [f"{template.code}: basis {row['legal_basis']}"]
        for row in template.categories:
            problems += [] if row["code"] in catalogues.DATA_CATEGORIES else [f"{template.code}: category {row['code']}"]
        for code in template.sources:
            problems += [] if code in catalogues.SOURCES else [f"{template.code}: source {code}"]
        problems += [] if template.requirement in catalogues.REQUIREMENTS else [f"{template.code}: requirement"]
        for row in template.retention:
            if row.get("preset") and row["preset"] not in catalogues.RETENTION_PRESETS:
                problems.append(f"{template.code}: preset {row['preset']}")
        for row in template.recipients:
            problems += [] if row["kind"] in catalogues.RECIPIENT_KINDS else [f"{template.code}: recipient kind {row['kind']}"]
            problems += [] if row["role"] in catalogues.RECIPIENT_ROLES else [f"{template.code}: role {row['role']}"]
        for code in template.security:
            problems += [] if code in catalogues.SECURITY_MEASURES else [f"{template.code}: security {code}"]
        for code in template.laws:
            problems += [] if code in catalogues.LAWS else [f"{template.code}: law {code}"]
        if template.special and template.special["condition"] not in catalogues.SPECIAL_CONDITIONS:
            problems.append(f"{template.code}: special condition")
        for code in (template.cookies or {}).get("categories", []):
            problems += [] if code in catalogues.COOKIE_CATEGORIES else [f"{template.code}: cookie category {code}"]
    return problems
