"""A full, realistic sample notice: a small Finnish online garden shop.

Used by the demo account (seed_demo) and by tests; it passes the completeness check
with no errors. The company and its partners other than the well-known service
providers are fictitious.
"""

import copy

SAMPLE_CONTROLLER: dict = {
    "name": "Vihreä Oksa Oy",
    "country": "FI",
    "business_id": "3184529-2",
    "street_address": "Hämeenkatu 12 A",
    "postal_code": "33100",
    "city": "Tampere",
    "email": "info@vihreaoksa.fi",
    "phone": "03 123 4567",
    "website": "https://www.vihreaoksa.fi",
    "dpo_name": "",
    "dpo_email": "",
    "dpo_phone": "",
    "representative_name": "",
    "representative_contact": "",
}

SAMPLE_ANSWERS: dict = {
    "contact": {
        "name": "Laura Virtanen",
        "email": "tietosuoja@vihreaoksa.fi",
        "phone": "040 123 4567",
        "address": "Hämeenkatu 12 A, 33100 Tampere",
    },
    "notice": {
        "title": {"fi": "Tietosuojaseloste – asiakkaat ja markkinointi", "en": "Privacy notice – customers and marketing", "sv": "Registerbeskrivning – kunder och marknadsföring"},
        "languages": ["fi", "en"],
        "style": "register",
        "registers": [
            {"id": "reg-customers", "name": {"fi": "Verkkokaupan asiakasrekisteri", "en": "Online shop customer register", "sv": "Nätbutikens kundregister"}},
            {"id": "reg-marketing", "name": {"fi": "Markkinointirekisteri", "en": "Marketing register", "sv": "Marknadsföringsregister"}},
        ],
        "data_subjects": ["online_store_users", "newsletter_subscribers", "website_visitors"],
        "data_subjects_other": {"fi": "Asiakaspalveluun yhteyttä ottaneet henkilöt", "en": "People who contact our customer service", "sv": "Personer som kontaktar vår kundtjänst"},
    },
    "purposes": [
        {
            "id": "p-orders",
            "register": "reg-customers",
            "description": {"fi": "Verkkokaupan tilausten käsittely, toimitus ja laskutus", "en": "Processing, delivering and invoicing online orders", "sv": "Behandling, leverans och fakturering av beställningar i nätbutiken"},
            "legal_basis": "contract",
            "direct_marketing": False,
        },
        {
            "id": "p-service",
            "register": "reg-customers",
            "description": {"fi": "Asiakaspalvelu sekä palautusten ja reklamaatioiden käsittely", "en": "Customer service and handling returns and complaints", "sv": "Kundtjänst samt hantering av returer och reklamationer"},
            "legal_basis": "contract",
            "direct_marketing": False,
        },
        {
            "id": "p-accounting",
            "register": "reg-customers",
            "description": {"fi": "Kirjanpito ja muut lakisääteiset velvoitteet", "en": "Bookkeeping and other statutory obligations", "sv": "Bokföring och andra lagstadgade förpliktelser"},
            "legal_basis": "legal_obligation",
            "direct_marketing": False,
        },
        {
            "id": "p-security",
            "register": "",
            "description": {"fi": "Verkkokaupan tietoturva ja väärinkäytösten estäminen", "en": "Security of the online shop and prevention of fraud", "sv": "Nätbutikens informationssäkerhet och förhindrande av bedrägerier"},
            "legal_basis": "legitimate_interests",
            "legitimate_interest": {
                "fi": "Suojaamme verkkokauppaa ja asiakkaitamme maksupetoksilta, tietomurroilta ja muilta väärinkäytöksiltä.",
                "en": "Protecting the shop and our customers against payment fraud, data breaches and other misuse.",
                "sv": "Vi skyddar butiken och våra kunder mot betalningsbedrägerier, dataintrång och annat missbruk.",
            },
            "direct_marketing": False,
        },
        {
            "id": "p-newsletter",
            "register": "reg-marketing",
            "description": {"fi": "Uutiskirjeen lähettäminen tilaajille", "en": "Sending our newsletter to subscribers", "sv": "Utskick av vårt nyhetsbrev till prenumeranterna"},
            "legal_basis": "consent",
            "direct_marketing": True,
            "marketing_channels": ["email"],
        },
        {
            "id": "p-customer-marketing",
            "register": "reg-marketing",
            "description": {
                "fi": "Sähköpostimarkkinointi nykyisille asiakkaille",
                "en": "E-mail marketing to existing customers",
                "sv": "E-postmarknadsföring till befintliga kunder",
            },
            "legal_basis": "legitimate_interests",
            "legitimate_interest": {
                "fi": "Kerromme asiakkaillemme samankaltaisista tuotteista ja kausitarjouksista. Voit kieltää markkinoinnin jokaisen viestin lopussa olevasta linkistä.",
                "en": "Telling our customers about similar products and seasonal offers. You can opt out through the link at the end of every message.",
                "sv": "Vi berättar för våra kunder om liknande produkter och säsongserbjudanden. Du kan avbeställa marknadsföringen via länken i slutet av varje meddelande.",
            },
            "direct_marketing": True,
            "marketing_channels": ["email"],
            "marketing_existing_customers": True,
        },
        {
            "id": "p-analytics",
            "register": "reg-marketing",
            "description": {"fi": "Verkkosivuston kävijäseuranta ja mainonnan kohdentaminen", "en": "Website analytics and targeting of advertising", "sv": "Analys av webbplatsen och inriktning av reklam"},
            "legal_basis": "consent",
            "direct_marketing": True,
            "marketing_channels": ["online_ads"],
        },
    ],
    "categories": {
        "items": [
            {"id": "c1", "code": "basic", "details": {"fi": "nimi ja asiointikieli", "en": "name and preferred language", "sv": "namn och kontaktspråk"}},
            {
                "id": "c2",
                "code": "contact",
                "details": {"fi": "toimitusosoite, puhelinnumero ja sähköpostiosoite", "en": "delivery address, phone number and e-mail address", "sv": "leveransadress, telefonnummer och e-postadress"},
            },
            {"id": "c3", "code": "customer_relationship"},
            {
                "id": "c4",
                "code": "billing",
                "details": {
                    "fi": "laskutusosoite, maksutapa ja maksutapahtumat (emme tallenna korttinumeroita)",
                    "en": "billing address, payment method and payments (we do not store card numbers)",
                    "sv": "faktureringsadress, betalningssätt och betalningar (vi sparar inte kortnummer)",
                },
            },
            {"id": "c5", "code": "purchase_history"},
            {"id": "c6", "code": "credentials", "details": {"fi": "käyttäjätunnus ja salattu salasana", "en": "username and encrypted password", "sv": "användarnamn och krypterat lösenord"}},
            {"id": "c7", "code": "device"},
            {"id": "c8", "code": "cookies_analytics"},
            {"id": "c9", "code": "marketing_consents"},
            {
                "id": "c10",
                "code": "communications",
                "details": {"fi": "sähköpostit ja chat-keskustelut asiakaspalvelun kanssa", "en": "e-mails and chat conversations with customer service", "sv": "e-postmeddelanden och chattsamtal med kundtjänsten"},
            },
        ],
        "special": False,
        "criminal": False,
    },
    "sources": {
        "items": ["data_subject", "observed", "posti"],
        "requirement": "mixed",
        "consequences": {
            "fi": "Ilman nimeä, toimitusosoitetta ja yhteystietoja emme voi toimittaa tilaustasi. Uutiskirjeen tilaaminen ja evästeisiin suostuminen ovat vapaaehtoisia, eikä niistä kieltäytyminen vaikuta asiointiisi.",
            "en": "Without your name, delivery address and contact details we cannot deliver your order. Subscribing to the newsletter and accepting cookies are voluntary, and declining them does not affect your purchases.",
            "sv": "Utan ditt namn, din leveransadress och dina kontaktuppgifter kan vi inte leverera din beställning. Det är frivilligt att beställa nyhetsbrevet och godkänna kakor, och om du avstår påverkar det inte dina köp.",
        },
    },
    "retention": [
        {
            "id": "r1",
            "applies_to": {"fi": "Asiakastiedot", "en": "Customer data", "sv": "Kunduppgifter"},
            "period": {
                "fi": "Asiakassuhteen ajan ja kolme vuotta viimeisestä ostoksesta.",
                "en": "For the duration of the customer relationship and three years after your last purchase.",
                "sv": "Under kundförhållandet och i tre år efter ditt senaste köp.",
            },
        },
        {"id": "r2", "applies_to": {"fi": "Tilaus- ja laskutustiedot", "en": "Order and invoicing data", "sv": "Beställnings- och faktureringsuppgifter"}, "preset": "accounting_vouchers"},
        {"id": "r3", "preset": "ledgers"},
        {
            "id": "r4",
            "applies_to": {"fi": "Uutiskirjeen tilaajatiedot", "en": "Newsletter subscriber data", "sv": "Uppgifter om prenumeranter på nyhetsbrevet"},
            "period": {"fi": "Kunnes peruutat tilauksen.", "en": "Until you unsubscribe.", "sv": "Tills du avslutar prenumerationen."},
        },
        {
            "id": "r5",
            "applies_to": {"fi": "Analytiikkatiedot", "en": "Analytics data", "sv": "Analysdata"},
            "period": {"fi": "14 kuukautta.", "en": "14 months.", "sv": "14 månader."},
        },
    ],
    "recipients": {
        "items": [
            {
                "id": "rc1",
                "kind": "payment",
                "name": "Paytrail Oyj",
                "role": "controller",
                "country": "FI",
                "description": {"fi": "Verkkomaksujen välitys", "en": "Online payment processing", "sv": "Förmedling av nätbetalningar"},
            },
            {
                "id": "rc2",
                "kind": "logistics",
                "name": "Posti Oy",
                "role": "controller",
                "country": "FI",
                "description": {"fi": "Tilausten toimitus: nimi, osoite ja puhelinnumero", "en": "Delivery of orders: name, address and phone number", "sv": "Leverans av beställningar: namn, adress och telefonnummer"},
            },
            {
                "id": "rc3",
                "kind": "authorities",
                "name": "",
                "role": "authority",
                "country": "FI",
                "description": {
                    "fi": "Esimerkiksi Verohallinto ja poliisi, kun laki sitä edellyttää",
                    "en": "For example the Tax Administration and the police, where the law requires",
                    "sv": "Till exempel Skatteförvaltningen och polisen, när lagen kräver det",
                },
            },
            {
                "id": "rc4",
                "kind": "accounting",
                "name": "Tilitoimisto Numerola Oy",
                "role": "processor",
                "country": "FI",
                "description": {"fi": "Kirjanpito ja palkanlaskenta", "en": "Bookkeeping and payroll", "sv": "Bokföring och löneräkning"},
            },
            {
                "id": "rc5",
                "kind": "it_services",
                "name": "Zoner Oy",
                "role": "processor",
                "country": "FI",
                "description": {"fi": "Verkkokaupan palvelintila", "en": "Hosting of the online shop", "sv": "Webbhotell för nätbutiken"},
            },
            {
                "id": "rc6",
                "kind": "marketing",
                "name": "The Rocket Science Group LLC (Mailchimp)",
                "role": "processor",
                "country": "US",
                "description": {"fi": "Uutiskirjeiden lähettäminen", "en": "Sending newsletters", "sv": "Utskick av nyhetsbrev"},
            },
            {
                "id": "rc7",
                "kind": "it_services",
                "name": "Google Ireland Limited",
                "role": "processor",
                "country": "IE",
                "description": {"fi": "Verkkosivuston kävijäseuranta (Google Analytics)", "en": "Website analytics (Google Analytics)", "sv": "Analys av webbplatsen (Google Analytics)"},
            },
            {
                "id": "rc8",
                "kind": "it_services",
                "name": "Lumo Support Pty Ltd",
                "role": "processor",
                "country": "AU",
                "description": {"fi": "Asiakaspalvelun chat-palvelu", "en": "Customer service chat", "sv": "Chatt för kundtjänsten"},
            },
        ]
    },
    "transfers": {
        "any": True,
        "items": [
            {"id": "t1", "country": "US", "recipient": "The Rocket Science Group LLC (Mailchimp)", "safeguard": "dpf"},
            {
                "id": "t2",
                "country": "US",
                "recipient": "Google LLC",
                "safeguard": "dpf",
                "details": {
                    "fi": "Google Analytics -palvelun tiedot voivat siirtyä palvelun tarjoajan yhdysvaltalaiselle emoyhtiölle.",
                    "en": "Google Analytics data may be transferred to the provider's US parent company.",
                    "sv": "Uppgifter i Google Analytics kan överföras till leverantörens amerikanska moderbolag.",
                },
            },
            {"id": "t3", "country": "AU", "recipient": "Lumo Support Pty Ltd", "safeguard": "scc"},
        ],
    },
    "security": {
        "measures": ["access_control", "mfa", "encryption_transit", "firewall", "backups", "confidentiality", "training", "processor_agreements"],
    },
    "automated": {
        "decisions": False,
        "profiling": True,
        "logic": {
            "fi": "Kohdennamme mainoksia suostumuksellasi markkinointievästeiden keräämien sivustokäyntien ja ostohistorian perusteella.",
            "en": "With your consent, we target advertisements based on site visits collected by marketing cookies and on your purchase history.",
            "sv": "Med ditt samtycke riktar vi reklam utifrån besök på webbplatsen som marknadsföringskakor har samlat in och utifrån din köphistorik.",
        },
        "consequences": {
            "fi": "Näet mainoksia, jotka vastaavat arvioituja kiinnostuksen kohteitasi. Profilointi ei vaikuta siihen, mitä tuotteita voit ostaa tai millä hinnalla.",
            "en": "You see advertisements that match your estimated interests. Profiling does not affect which products you can buy or at what price.",
            "sv": "Du ser reklam som motsvarar dina uppskattade intressen. Profileringen påverkar inte vilka produkter du kan köpa eller till vilket pris.",
        },
    },
    "cookies": {
        "used": True,
        "categories": ["necessary", "analytics", "marketing"],
        "tools": [
            {
                "id": "k1",
                "name": "WooCommerce",
                "provider": "Vihreä Oksa Oy",
                "category": "necessary",
                "purpose": {"fi": "Ostoskorin ja kirjautumisen toiminta", "en": "Keeps the shopping basket and sign-in working", "sv": "Gör att kundvagnen och inloggningen fungerar"},
            },
            {
                "id": "k2",
                "name": "Google Analytics",
                "provider": "Google Ireland Limited",
                "category": "analytics",
                "purpose": {"fi": "Kävijämäärien ja sivujen käytön seuranta", "en": "Measuring visits and how pages are used", "sv": "Mätning av besök och av hur sidorna används"},
            },
            {
                "id": "k3",
                "name": "Google Ads",
                "provider": "Google Ireland Limited",
                "category": "marketing",
                "purpose": {"fi": "Mainosten kohdentaminen ja niiden tehon mittaaminen", "en": "Targeting advertisements and measuring their effect", "sv": "Inriktning av reklam och mätning av dess effekt"},
            },
        ],
        "how_to_refuse": {
            "fi": "Voit muuttaa evästevalintojasi milloin tahansa sivuston alalaidan Evästeasetukset-linkistä. Voit myös estää tai poistaa evästeet selaimesi asetuksista.",
            "en": "You can change your cookie choices at any time through the Cookie settings link at the bottom of the site. You can also block or delete cookies in your browser settings.",
            "sv": "Du kan när som helst ändra dina val av kakor via länken Kakinställningar längst ned på varje sida. Du kan också blockera eller radera kakor i webbläsarens inställningar.",
        },
        "consent_asked": True,
        "refusal_method": "consent_tool",
    },
    "rights": {
        "request_email": "tietosuoja@vihreaoksa.fi",
        "changes": {
            "fi": "Kerromme olennaisista muutoksista verkkosivuillamme ja tarvittaessa sähköpostitse.",
            "en": "We announce significant changes on our website and, where appropriate, by e-mail.",
            "sv": "Vi informerar om väsentliga ändringar på vår webbplats och vid behov per e-post.",
        },
        "laws": ["gdpr", "data_protection_act", "electronic_communications", "accounting_act", "consumer_protection"],
    },
    "drawn_up_on": "2026-02-01",
}


def sample_controller() -> dict:
    """A fresh copy, safe to modify."""
    return copy.deepcopy(SAMPLE_CONTROLLER)


def sample_answers() -> dict:
    """A fresh copy, safe to modify."""
    return copy.deepcopy(SAMPLE_ANSWERS)
