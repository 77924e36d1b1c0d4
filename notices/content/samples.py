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
        "title": {"fi": "Tietosuojaseloste – asiakkaat ja markkinointi", "en": "Privacy notice – customers and marketing", "sv": ""},
        "languages": ["fi", "en"],
        "style": "register",
        "registers": [
            {"id": "reg-customers", "name": {"fi": "Verkkokaupan asiakasrekisteri", "en": "Online shop customer register", "sv": ""}},
            {"id": "reg-marketing", "name": {"fi": "Markkinointirekisteri", "en": "Marketing register", "sv": ""}},
        ],
        "data_subjects": ["online_store_users", "newsletter_subscribers", "website_visitors"],
        "data_subjects_other": {"fi": "Asiakaspalveluun yhteyttä ottaneet henkilöt", "en": "People who contact our customer service", "sv": ""},
    },
    "purposes": [
        {
            "id": "p-orders",
            "register": "reg-customers",
            "description": {"fi": "Verkkokaupan tilausten käsittely, toimitus ja laskutus", "en": "Processing, delivering and invoicing online orders", "sv": ""},
            "legal_basis": "contract",
            "direct_marketing": False,
        },
        {
            "id": "p-service",
            "register": "reg-customers",
            "description": {"fi": "Asiakaspalvelu sekä palautusten ja reklamaatioiden käsittely", "en": "Customer service and handling returns and complaints", "sv": ""},
            "legal_basis": "contract",
            "direct_marketing": False,
        },
        {
            "id": "p-accounting",
            "register": "reg-customers",
            "description": {"fi": "Kirjanpito ja muut lakisääteiset velvoitteet", "en": "Bookkeeping and other statutory obligations", "sv": ""},
            "legal_basis": "legal_obligation",
            "direct_marketing": False,
        },
        {
            "id": "p-security",
            "register": "",
            "description": {"fi": "Verkkokaupan tietoturva ja väärinkäytösten estäminen", "en": "Security of the online shop and prevention of fraud", "sv": ""},
            "legal_basis": "legitimate_interests",
            "legitimate_interest": {
                "fi": "Suojaamme verkkokauppaa ja asiakkaitamme maksupetoksilta, tietomurroilta ja muilta väärinkäytöksiltä.",
                "en": "Protecting the shop and our customers against payment fraud, data breaches and other misuse.",
                "sv": "",
            },
            "direct_marketing": False,
        },
        {
            "id": "p-newsletter",
            "register": "reg-marketing",
            "description": {"fi": "Uutiskirjeen lähettäminen tilaajille", "en": "Sending our newsletter to subscribers", "sv": ""},
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
                "sv": "",
            },
            "legal_basis": "legitimate_interests",
            "legitimate_interest": {
                "fi": "Kerromme asiakkaillemme samankaltaisista tuotteista ja kausitarjouksista. Voit kieltää markkinoinnin jokaisen viestin lopussa olevasta linkistä.",
                "en": "Telling our customers about similar products and seasonal offers. You can opt out through the link at the end of every message.",
                "sv": "",
            },
            "direct_marketing": True,
            "marketing_channels": ["email"],
            "marketing_existing_customers": True,
        },
        {
            "id": "p-analytics",
            "register": "reg-marketing",
            "description": {"fi": "Verkkosivuston kävijäseuranta ja mainonnan kohdentaminen", "en": "Website analytics and targeting of advertising", "sv": ""},
            "legal_basis": "consent",
            "direct_marketing": True,
            "marketing_channels": ["online_ads"],
        },
    ],
    "categories": {
        "items": [
            {"id": "c1", "code": "basic", "details": {"fi": "nimi ja asiointikieli", "en": "name and preferred language", "sv": ""}},
            {
                "id": "c2",
                "code": "contact",
                "details": {"fi": "toimitusosoite, puhelinnumero ja sähköpostiosoite", "en": "delivery address, phone number and e-mail address", "sv": ""},
            },
            {"id": "c3", "code": "customer_relationship"},
            {
                "id": "c4",
                "code": "billing",
                "details": {
                    "fi": "laskutusosoite, maksutapa ja maksutapahtumat (emme tallenna korttinumeroita)",
                    "en": "billing address, payment method and payments (we do not store card numbers)",
                    "sv": "",
                },
            },
            {"id": "c5", "code": "purchase_history"},
            {"id": "c6", "code": "credentials", "details": {"fi": "käyttäjätunnus ja salattu salasana", "en": "username and encrypted password", "sv": ""}},
            {"id": "c7", "code": "device"},
            {"id": "c8", "code": "cookies_analytics"},
            {"id": "c9", "code": "marketing_consents"},
            {
                "id": "c10",
                "code": "communications",
                "details": {"fi": "sähköpostit ja chat-keskustelut asiakaspalvelun kanssa", "en": "e-mails and chat conversations with customer service", "sv": ""},
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
            "sv": "",
        },
    },
    "retention": [
        {
            "id": "r1",
            "applies_to": {"fi": "Asiakastiedot", "en": "Customer data", "sv": ""},
            "period": {
                "fi": "Asiakassuhteen ajan ja kolme vuotta viimeisestä ostoksesta.",
                "en": "For the duration of the customer relationship and three years after your last purchase.",
                "sv": "",
            },
        },
        {"id": "r2", "applies_to": {"fi": "Tilaus- ja laskutustiedot", "en": "Order and invoicing data", "sv": ""}, "preset": "accounting_vouchers"},
        {"id": "r3", "preset": "ledgers"},
        {
            "id": "r4",
            "applies_to": {"fi": "Uutiskirjeen tilaajatiedot", "en": "Newsletter subscriber data", "sv": ""},
            "period": {"fi": "Kunnes peruutat tilauksen.", "en": "Until you unsubscribe.", "sv": ""},
        },
        {
            "id": "r5",
            "applies_to": {"fi": "Analytiikkatiedot", "en": "Analytics data", "sv": ""},
            "period": {"fi": "14 kuukautta.", "en": "14 months.", "sv": ""},
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
                "description": {"fi": "Verkkomaksujen välitys", "en": "Online payment processing", "sv": ""},
            },
            {
                "id": "rc2",
                "kind": "logistics",
                "name": "Posti Oy",
                "role": "controller",
                "country": "FI",
                "description": {"fi": "Tilausten toimitus: nimi, osoite ja puhelinnumero", "en": "Delivery of orders: name, address and phone number", "sv": ""},
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
                    "sv": "",
                },
            },
            {
                "id": "rc4",
                "kind": "accounting",
                "name": "Tilitoimisto Numerola Oy",
                "role": "processor",
                "country": "FI",
                "description": {"fi": "Kirjanpito ja palkanlaskenta", "en": "Bookkeeping and payroll", "sv": ""},
            },
            {
                "id": "rc5",
                "kind": "it_services",
                "name": "Zoner Oy",
                "role": "processor",
                "country": "FI",
                "description": {"fi": "Verkkokaupan palvelintila", "en": "Hosting of the online shop", "sv": ""},
            },
            {
                "id": "rc6",
                "kind": "marketing",
                "name": "The Rocket Science Group LLC (Mailchimp)",
                "role": "processor",
                "country": "US",
                "description": {"fi": "Uutiskirjeiden lähettäminen", "en": "Sending newsletters", "sv": ""},
            },
            {
                "id": "rc7",
                "kind": "it_services",
                "name": "Google Ireland Limited",
                "role": "processor",
                "country": "IE",
                "description": {"fi": "Verkkosivuston kävijäseuranta (Google Analytics)", "en": "Website analytics (Google Analytics)", "sv": ""},
            },
            {
                "id": "rc8",
                "kind": "it_services",
                "name": "Lumo Support Pty Ltd",
                "role": "processor",
                "country": "AU",
                "description": {"fi": "Asiakaspalvelun chat-palvelu", "en": "Customer service chat", "sv": ""},
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
                    "sv": "",
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
            "sv": "",
        },
        "consequences": {
            "fi": "Näet mainoksia, jotka vastaavat arvioituja kiinnostuksen kohteitasi. Profilointi ei vaikuta siihen, mitä tuotteita voit ostaa tai millä hinnalla.",
            "en": "You see advertisements that match your estimated interests. Profiling does not affect which products you can buy or at what price.",
            "sv": "",
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
                "purpose": {"fi": "Ostoskorin ja kirjautumisen toiminta", "en": "Keeps the shopping basket and sign-in working", "sv": ""},
            },
            {
                "id": "k2",
                "name": "Google Analytics",
                "provider": "Google Ireland Limited",
                "category": "analytics",
                "purpose": {"fi": "Kävijämäärien ja sivujen käytön seuranta", "en": "Measuring visits and how pages are used", "sv": ""},
            },
            {
                "id": "k3",
                "name": "Google Ads",
                "provider": "Google Ireland Limited",
                "category": "marketing",
                "purpose": {"fi": "Mainosten kohdentaminen ja niiden tehon mittaaminen", "en": "Targeting advertisements and measuring their effect", "sv": ""},
            },
        ],
        "how_to_refuse": {
            "fi": "Voit muuttaa evästevalintojasi milloin tahansa sivuston alalaidan Evästeasetukset-linkistä. Voit myös estää tai poistaa evästeet selaimesi asetuksista.",
            "en": "You can change your cookie choices at any time through the Cookie settings link at the bottom of the site. You can also block or delete cookies in your browser settings.",
            "sv": "",
        },
        "consent_asked": True,
        "refusal_method": "consent_tool",
    },
    "rights": {
        "request_email": "tietosuoja@vihreaoksa.fi",
        "changes": {
            "fi": "Kerromme olennaisista muutoksista verkkosivuillamme ja tarvittaessa sähköpostitse.",
            "en": "We announce significant changes on our website and, where appropriate, by e-mail.",
            "sv": "",
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
