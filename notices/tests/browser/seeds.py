"""The three shared seed notices (/work/shared/seeds: Inmics, Insmat, Tietokeskus) as the
answers a user would give in the wizard, in the shape of notices/content/answers.py, plus
the facts each published page must show. The wording is ours (the seeds are Finnish only,
and their text is not copied); the facts — names, IDs, addresses, people, tools, countries,
bases and periods — are theirs.

``form_fields`` turns a step's answers into the wizard's form field names, so the same
data drives every step of every seed through the browser."""

# Each seed: organisation (the controller step's org-* fields), answers per wizard step,
# and facts: (Finnish, English) strings that must appear on the hosted page.

INMICS = {
    "key": "inmics",
    "title": "Inmicsin tietosuojalausunto",
    "organisation": {
        "name": "Inmics Oy",
        "business_id": "0849585-3",
        "street_address": "Itä-Päijänteentie 55",
        "postal_code": "40320",
        "city": "Jyväskylä",
        "email": "tietosuoja@inmics.fi",
        "phone": "+358 14 447 2700",
    },
    "answers": {
        "contact": {"name": "Inmicsin tietosuojavastaava", "email": "tietosuoja@inmics.fi"},
        "notice": {
            "languages": ["fi", "en"],
            "title": {"fi": "Inmicsin tietosuojalausunto", "en": "Inmics privacy statement"},
            "style": "statement",
            "registers": [{"name": {"fi": "Asiakas- ja sidosryhmärekisteri", "en": "Customer and stakeholder register"}}],
            "data_subjects": ["customers", "business_contacts", "website_visitors"],
        },
        "purposes": [
            {
                "description": {"fi": "Verkkosivuston analytiikka- ja markkinointievästeet", "en": "Website analytics and marketing cookies"},
                "legal_basis": "consent",
            },
            {"description": {"fi": "Tuki- ja ylläpitopalveluiden tuottaminen", "en": "Providing support and maintenance services"}, "legal_basis": "contract"},
            {"description": {"fi": "Laskutus, luotonvalvonta ja perintä", "en": "Invoicing, credit control and collection"}, "legal_basis": "contract"},
            {
                "description": {"fi": "Markkinoinnin kohdistaminen asiakkaille", "en": "Targeting marketing to customers"},
                "legal_basis": "legitimate_interests",
                "legitimate_interest": {
                    "fi": "Kerromme asiakkaillemme heitä kiinnostavista palveluista.",
                    "en": "We tell our customers about services that interest them.",
                },
            },
        ],
        "categories": {
            "codes": ["basic", "contact", "employer", "billing", "communications", "call_recordings", "camera", "cookies_analytics"],
            "free": [{"name": {"fi": "Valtakirjat ja valtuutukset", "en": "Powers of attorney and authorisations"}}],
            "special": False,
            "criminal": False,
        },
        "sources": {
            "items": ["data_subject", "observed", "employer"],
            "requirement": "contractual",
            "consequences": {"fi": "Ilman tietoja emme voi toimittaa tilattua palvelua.", "en": "Without the data we cannot deliver the service ordered."},
        },
        "retention": [
            {
                "applies_to": {"fi": "Sopimussuhteen tiedot", "en": "Contract data"},
                "period": {"fi": "3–6 vuotta asiakassuhteen päättymisestä", "en": "3–6 years after the customer relationship ends"},
            },
            {"preset": "accounting_vouchers"},
        ],
        "recipients": [
            {"kind": "it_services", "name": "Inmicsin alihankkijat", "role": "processor", "country": "FI"},
            {"kind": "authorities", "role": "authority", "country": "FI"},
        ],
        "transfers": {"any": True, "items": [{"country": "US", "recipient": "Microsoft Corporation", "safeguard": "scc"}]},
        "security": {"measures": ["access_control", "firewall", "encryption_transit", "confidentiality"]},
        "automated": {
            "decisions": False,
            "profiling": True,
            "logic": {
                "fi": "Markkinointievästeet kohdentavat mainontaa sivustokäyntien perusteella.",
                "en": "Marketing cookies target advertising based on site visits.",
            },
            "consequences": {"fi": "Näet kiinnostuksen kohteitasi vastaavaa mainontaa.", "en": "You see advertising that matches your interests."},
        },
        "cookies": {
            "used": True,
            "categories": ["necessary", "analytics", "marketing"],
            "how_to_refuse": {"fi": "Evästeet voi estää selaimen asetuksista.", "en": "Cookies can be blocked in the browser settings."},
            "tools": [{"name": "Google Analytics", "provider": "Google Ireland Ltd", "category": "analytics"}],
        },
        "rights": {
            "request_email": "tietosuoja@inmics.fi",
            "request_address": "Itä-Päijänteentie 55, 40320 Jyväskylä",
            "changes": {"fi": "Päivitetty lausunto julkaistaan verkkosivuillamme.", "en": "The updated statement is published on our website."},
            "laws": ["gdpr", "data_protection_act", "electronic_communications"],
        },
    },
    "facts": [
        ("Inmics Oy", "Inmics Oy"),
        ("0849585-3", "0849585-3"),
        ("Itä-Päijänteentie 55", "Itä-Päijänteentie 55"),
        ("40320 Jyväskylä", "40320 Jyväskylä"),
        ("tietosuoja@inmics.fi", "tietosuoja@inmics.fi"),
        ("Inmicsin tietosuojalausunto", "Inmics privacy statement"),
        ("Tuki- ja ylläpitopalveluiden tuottaminen", "Providing support and maintenance services"),
        ("Laskutus, luotonvalvonta ja perintä", "Invoicing, credit control and collection"),
        ("Kerromme asiakkaillemme heitä kiinnostavista palveluista.", "We tell our customers about services that interest them."),
        ("Valtakirjat ja valtuutukset", "Powers of attorney and authorisations"),
        ("Ilman tietoja emme voi toimittaa tilattua palvelua.", "Without the data we cannot deliver the service ordered."),
        ("3–6 vuotta asiakassuhteen päättymisestä", "3–6 years after the customer relationship ends"),
        ("Inmicsin alihankkijat", "Inmicsin alihankkijat"),
        ("Microsoft Corporation", "Microsoft Corporation"),
        ("Google Analytics", "Google Analytics"),
        ("Evästeet voi estää selaimen asetuksista.", "Cookies can be blocked in the browser settings."),
        ("Päivitetty lausunto julkaistaan verkkosivuillamme.", "The updated statement is published on our website."),
    ],
}

INSMAT = {
    "key": "insmat",
    "title": "Insmatin tietosuojaseloste",
    "organisation": {
        "name": "Insmat Oy",
        # The seed gives no Y-tunnus; this one is made up (with a valid check digit).
        "business_id": "2817390-7",
        "street_address": "Juvan teollisuuskatu 15 B",
        "postal_code": "02920",
        "city": "Espoo",
        "email": "info@insmat.fi",
        "phone": "020 798 1560",
    },
    "answers": {
        "contact": {"name": "Kari Viitala", "email": "info@insmat.fi"},
        "notice": {
            "languages": ["fi", "en"],
            "title": {"fi": "Insmatin tietosuojaseloste", "en": "Insmat privacy notice"},
            "style": "register",
            "registers": [{"name": {"fi": "Insmat Oy:n asiakas- ja markkinointirekisteri", "en": "Insmat customer and marketing register"}}],
            "data_subjects": ["customers", "prospects", "website_visitors"],
        },
        "purposes": [
            {
                "description": {"fi": "Verkkosivuston analytiikka- ja markkinointievästeet", "en": "Website analytics and marketing cookies"},
                "legal_basis": "consent",
            },
            {
                "description": {"fi": "Asiakassuhteiden hoitaminen ja palveluiden tuottaminen", "en": "Managing customer relationships and providing services"},
                "legal_basis": "contract",
            },
            {
                "description": {"fi": "Markkinointi ja uusasiakashankinta", "en": "Marketing and acquiring new customers"},
                "legal_basis": "legitimate_interests",
                "legitimate_interest": {"fi": "Liiketoimintamme edistäminen ja myynti.", "en": "Promoting our business and sales."},
            },
        ],
        "categories": {
            "codes": ["basic", "contact", "purchase_history", "billing", "credentials", "device", "marketing_consents", "customer_relationship"],
            "special": False,
            "criminal": False,
        },
        "sources": {
            "items": ["data_subject", "observed"],
            "requirement": "voluntary",
            "consequences": {"fi": "Ilman yhteystietoja emme voi palvella asiakasta.", "en": "Without contact details we cannot serve the customer."},
        },
        "retention": [
            {
                "applies_to": {"fi": "Asiakastiedot", "en": "Customer data"},
                "criteria": {
                    "fi": "Niin kauan kuin asiakassuhteen hoitaminen edellyttää; poistetaan kohtuullisessa ajassa asiakassuhteen päätyttyä.",
                    "en": "As long as the customer relationship requires; deleted within a reasonable time after it ends.",
                },
            },
        ],
        "recipients": [{"kind": "partners", "name": "Insmatin yhteistyökumppanit", "role": "processor", "country": "FI"}],
        "transfers": {"any": True, "items": [{"country": "US", "recipient": "Google LLC", "safeguard": "scc"}]},
        "security": {"measures": ["firewall", "access_control", "physical"]},
        "automated": {
            "decisions": False,
            "profiling": True,
            "logic": {"fi": "Asiakkaat ryhmitellään ostohistorian perusteella.", "en": "Customers are grouped by their purchase history."},
            "consequences": {"fi": "Asiakas saa kiinnostavampia tarjouksia.", "en": "The customer receives more relevant offers."},
        },
        "cookies": {
            "used": True,
            "categories": ["analytics", "marketing"],
            "how_to_refuse": {"fi": "Voit poistaa evästeet käytöstä selaimen asetuksista.", "en": "You can turn cookies off in your browser settings."},
            "tools": [{"name": "Google Analytics", "provider": "Google Ireland Ltd", "category": "analytics"}],
        },
        "rights": {
            "request_email": "info@insmat.fi",
            "changes": {"fi": "Suosittelemme tutustumaan selosteeseen säännöllisesti.", "en": "We recommend reading the notice regularly."},
            "laws": ["gdpr", "data_protection_act"],
        },
    },
    "facts": [
        ("Insmat Oy", "Insmat Oy"),
        ("2817390-7", "2817390-7"),
        ("Juvan teollisuuskatu 15 B", "Juvan teollisuuskatu 15 B"),
        ("02920 Espoo", "02920 Espoo"),
        ("Kari Viitala", "Kari Viitala"),
        ("Insmat Oy:n asiakas- ja markkinointirekisteri", "Insmat customer and marketing register"),
        ("Asiakassuhteiden hoitaminen ja palveluiden tuottaminen", "Managing customer relationships and providing services"),
        ("Liiketoimintamme edistäminen ja myynti.", "Promoting our business and sales."),
        ("Asiakkaat ryhmitellään ostohistorian perusteella.", "Customers are grouped by their purchase history."),
        ("Asiakas saa kiinnostavampia tarjouksia.", "The customer receives more relevant offers."),
        ("poistetaan kohtuullisessa ajassa asiakassuhteen päätyttyä", "deleted within a reasonable time after it ends"),
        ("Google LLC", "Google LLC"),
        ("Voit poistaa evästeet käytöstä selaimen asetuksista.", "You can turn cookies off in your browser settings."),
        ("info@insmat.fi", "info@insmat.fi"),
    ],
}

TIETOKESKUS = {
    "key": "tietokeskus",
    "title": "Tietokeskuksen rekisteriseloste",
    "organisation": {
        "name": "Tietokeskus Finland Oy",
        "business_id": "0204687-0",
        "street_address": "Lukkosepänkatu 14",
        "postal_code": "20320",
        "city": "Turku",
        "email": "tietosuoja@tietokeskus.com",
        "phone": "0207 191 614",
    },
    "answers": {
        "contact": {"name": "Eetu Salpaharju", "email": "tietosuoja@tietokeskus.com", "phone": "0207 191 614"},
        "notice": {
            "languages": ["fi", "en"],
            "title": {"fi": "Tietosuoja- ja rekisteriseloste", "en": "Privacy notice and register description"},
            "style": "register",
            "registers": [{"name": {"fi": "Tietokeskuksen asiakasrekisteri", "en": "Tietokeskus customer register"}}],
            "data_subjects": ["customers", "business_contacts", "end_users"],
        },
        "purposes": [
            {
                "description": {"fi": "Verkkosivuston analytiikka- ja markkinointievästeet", "en": "Website analytics and marketing cookies"},
                "legal_basis": "consent",
            },
            {"description": {"fi": "Myynti ja asiakkuuden hoitaminen", "en": "Sales and customer relationship management"}, "legal_basis": "contract"},
            {
                "description": {"fi": "Ylläpito- ja asiantuntijapalveluiden tuottaminen", "en": "Providing maintenance and expert services"},
                "legal_basis": "contract",
            },
            {
                "description": {"fi": "Liiketoiminnan kehittäminen ja tilastointi", "en": "Business development and statistics"},
                "legal_basis": "legitimate_interests",
                "legitimate_interest": {
                    "fi": "Palveluidemme kehittäminen asiakaspalautteen perusteella.",
                    "en": "Developing our services based on customer feedback.",
                },
            },
        ],
        "categories": {
            "codes": ["basic", "contact", "employer", "credentials", "device", "location", "communications", "call_recordings", "purchase_history"],
            "free": [
                {
                    "name": {"fi": "Tukipyynnöt ja tiketit", "en": "Support requests and tickets"},
                    "details": {"fi": "laitteen sarjanumero", "en": "device serial number"},
                }
            ],
            "special": False,
            "criminal": False,
        },
        "sources": {
            "items": ["data_subject", "employer", "technical_systems", "partners"],
            "requirement": "contractual",
            "consequences": {"fi": "Ilman tietoja emme voi tuottaa palvelua.", "en": "Without the data we cannot provide the service."},
        },
        "retention": [
            {
                "applies_to": {"fi": "Asiakasrekisterin tiedot", "en": "Customer register data"},
                "period": {"fi": "Asiakassuhteen ajan ja 2 vuotta sen jälkeen", "en": "During the customer relationship and 2 years after it"},
            },
            {"preset": "ledgers"},
        ],
        "recipients": [
            {"kind": "partners", "name": "Laitevalmistajat", "role": "controller", "country": "FI"},
            {"kind": "it_services", "role": "processor", "country": "FI"},
        ],
        "transfers": {"any": True, "items": [{"country": "US", "recipient": "Pilvipalvelun toimittaja", "safeguard": "scc"}]},
        "security": {"measures": ["physical", "firewall", "access_control", "confidentiality", "encryption_transit", "training"]},
        "automated": {
            "decisions": True,
            "profiling": True,
            "exception": "contract",
            "logic": {"fi": "Palvelupyynnöt ohjataan automaattisesti oikealle tiimille.", "en": "Service requests are routed automatically to the right team."},
            "consequences": {
                "fi": "Pyyntö käsitellään nopeammin; voit vaatia ihmisen tekemää arviota.",
                "en": "The request is handled faster; you can ask for a human review.",
            },
        },
        "cookies": {
            "used": True,
            "categories": ["necessary", "analytics"],
            "how_to_refuse": {"fi": "Evästeasetukset löytyvät sivuston alalaidasta.", "en": "Cookie settings are at the bottom of the website."},
        },
        "rights": {
            "request_email": "tietosuoja@tietokeskus.fi",
            "request_other": {"fi": "puhelimitse numeroon 0207 191 614", "en": "by phone on +358 207 191 614"},
            "changes": {
                "fi": "Katselmoimme selosteen säännöllisesti ja julkaisemme muutokset tällä sivulla.",
                "en": "We review the notice regularly and publish changes on this page.",
            },
            "laws": ["gdpr", "data_protection_act"],
        },
    },
    "facts": [
        ("Tietokeskus Finland Oy", "Tietokeskus Finland Oy"),
        ("0204687-0", "0204687-0"),
        ("Lukkosepänkatu 14", "Lukkosepänkatu 14"),
        ("20320 Turku", "20320 Turku"),
        ("Eetu Salpaharju", "Eetu Salpaharju"),
        ("Tietokeskuksen asiakasrekisteri", "Tietokeskus customer register"),
        ("Myynti ja asiakkuuden hoitaminen", "Sales and customer relationship management"),
        ("Ylläpito- ja asiantuntijapalveluiden tuottaminen", "Providing maintenance and expert services"),
        ("Palveluidemme kehittäminen asiakaspalautteen perusteella.", "Developing our services based on customer feedback."),
        ("Tukipyynnöt ja tiketit", "Support requests and tickets"),
        ("Asiakassuhteen ajan ja 2 vuotta sen jälkeen", "During the customer relationship and 2 years after it"),
        ("Laitevalmistajat", "Laitevalmistajat"),
        ("Pilvipalvelun toimittaja", "Pilvipalvelun toimittaja"),
        ("Palvelupyynnöt ohjataan automaattisesti oikealle tiimille.", "Service requests are routed automatically to the right team."),
        ("Evästeasetukset löytyvät sivuston alalaidasta.", "Cookie settings are at the bottom of the website."),
        ("tietosuoja@tietokeskus.fi", "tietosuoja@tietokeskus.fi"),
    ],
}

SEEDS = [INMICS, INSMAT, TIETOKESKUS]

# Where each step's repeated rows live: the step's answers key → the formset prefix.
ROW_PREFIXES = {
    "notice": {"registers": "registers"},
    "purposes": {"": "purposes"},
    "categories": {"free": "free"},
    "sources": {"other": "other"},
    "retention": {"": "retention"},
    "recipients": {"": "recipients"},
    "transfers": {"items": "destinations"},
    "cookies": {"tools": "tools"},
}


def _flatten(prefix: str, values: dict) -> dict:
    fields = {}
    for name, value in values.items():
        if isinstance(value, dict):  # free text per language (LText)
            for language, text in value.items():
                fields[f"{prefix}{name}_{language}"] = text
        elif isinstance(value, bool):
            fields[f"{prefix}{name}"] = "yes" if value else "no"
        else:
            fields[f"{prefix}{name}"] = value
    return fields


def form_fields(step: str, answers) -> dict:
    """A step's answers → {form field name: value, "rows": {prefix: [row fields]}} for
    helpers.fill_step. The controller step is filled from the organisation separately."""
    if step == "contact":
        return _flatten("contact-", answers)
    rows = {}
    main = {}
    prefixes = ROW_PREFIXES.get(step, {})
    if isinstance(answers, list):
        rows[prefixes[""]] = [_flatten("", row) for row in answers]
    else:
        for name, value in answers.items():
            if name in prefixes:
                rows[prefixes[name]] = [_flatten("", row) for row in value]
            else:
                main[name] = value
    fields = _flatten(f"{step}-", main)
    fields["rows"] = rows
    return fields


def catalogue_facts(answers: dict, language: str) -> list[str]:
    """The catalogue labels the chosen codes must show as on the page, in its language:
    data categories, sources, legal bases, security measures, transfer countries and
    safeguards (notices/content/catalogues.py is the one source of these labels)."""
    from notices.content import catalogues

    facts = [catalogues.DATA_CATEGORIES.label(code, language) for code in answers["categories"]["codes"]]
    style = answers.get("notice", {}).get("style", "register")
    facts += [catalogues.source_label(code, language, style) for code in answers["sources"]["items"]]
    facts += [catalogues.LEGAL_BASES.label(purpose["legal_basis"], language) for purpose in answers["purposes"]]
    facts += [catalogues.SECURITY_MEASURES.label(code, language) for code in answers["security"]["measures"]]
    for transfer in answers["transfers"]["items"]:
        facts += [catalogues.COUNTRIES.label(transfer["country"], language), catalogues.SAFEGUARDS.label(transfer["safeguard"], language)]
    return facts
