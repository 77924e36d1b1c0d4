"""Catalogues: every fixed choice a notice can contain, with Finnish and English labels.

The one source of truth for codes used in ``Notice.answers``. The wizard offers these as
choices, the builder prints their labels, the checker reasons over their attributes.
Codes are stable identifiers: never rename one that has been published (old versions keep
their own rendered text, but drafts and exports keep codes).
"""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Entry:
    code: str
    fi: str
    en: str
    # Optional longer explanation shown in the notice or as help in the wizard.
    help_fi: str = ""
    help_en: str = ""
    attrs: dict = field(default_factory=dict)

    def label(self, language: str) -> str:
        return self.fi if language == "fi" else self.en

    def help(self, language: str) -> str:
        return self.help_fi if language == "fi" else self.help_en


class Catalogue:
    """An ordered, read-only collection of entries looked up by code."""

    def __init__(self, *entries: Entry):
        self.entries = entries
        self._by_code = {entry.code: entry for entry in entries}
        assert len(self._by_code) == len(entries), "duplicate code in catalogue"

    def __iter__(self):
        return iter(self.entries)

    def __contains__(self, code) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, code: str) -> Entry | None:
        return self._by_code.get(code)

    def label(self, code: str, language: str) -> str:
        """The label of ``code``; an unknown code is shown as it is rather than failing."""
        entry = self._by_code.get(code)
        return entry.label(language) if entry else code

    def choices(self, language: str) -> list[tuple[str, str]]:
        return [(entry.code, entry.label(language)) for entry in self.entries]

    @property
    def codes(self) -> list[str]:
        return [entry.code for entry in self.entries]


LANGUAGES = Catalogue(
    Entry("fi", "suomi", "Finnish"),
    Entry("en", "englanti", "English"),
)

STYLES = Catalogue(
    Entry(
        "register", "Numeroitu rekisteriseloste", "Numbered privacy notice",
        help_fi="Perinteinen seloste numeroiduin otsikoin: 1. Rekisterinpitäjä, 2. Yhteyshenkilö …",
        help_en="The traditional Finnish format with numbered headings: 1. Controller, 2. Contact person …",
    ),
    Entry(
        "statement", "Kysymysmuotoinen tietosuojalausunto", "Question-headed privacy statement",
        help_fi="Lukijalle osoitetut kysymysotsikot ja sisällysluettelo: Mitä tietoja keräämme? …",
        help_en="Question headings addressed to the reader, with a table of contents: What data do we collect? …",
    ),
)

# Art. 6(1). attrs["article"] is cited in the notice.
LEGAL_BASES = Catalogue(
    Entry("consent", "Suostumus", "Consent", attrs={"article": "6(1)(a)"},
          help_fi="Henkilö on antanut suostumuksensa käsittelyyn, esimerkiksi tilatessaan uutiskirjeen.",
          help_en="The person has given consent, e.g. by subscribing to a newsletter."),
    Entry("contract", "Sopimus", "Contract", attrs={"article": "6(1)(b)"},
          help_fi="Käsittely on tarpeen henkilön kanssa tehdyn sopimuksen täytäntöönpanemiseksi tai sopimusta edeltävien toimien toteuttamiseksi.",
          help_en="Processing is needed to perform a contract with the person or to take steps before one."),
    Entry("legal_obligation", "Lakisääteinen velvoite", "Legal obligation", attrs={"article": "6(1)(c)"},
          help_fi="Käsittely on tarpeen lakisääteisen velvoitteen noudattamiseksi, esimerkiksi kirjanpitolain vuoksi.",
          help_en="A law requires the processing, e.g. the Accounting Act."),
    Entry("vital_interests", "Elintärkeä etu", "Vital interests", attrs={"article": "6(1)(d)"},
          help_fi="Käsittely on tarpeen henkilön tai toisen ihmisen hengen tai terveyden suojaamiseksi.",
          help_en="Processing is needed to protect someone's life or health."),
    Entry("public_task", "Yleinen etu tai julkisen vallan käyttö", "Public task", attrs={"article": "6(1)(e)"},
          help_fi="Käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi.",
          help_en="Processing is needed for a task in the public interest or in the exercise of official authority."),
    Entry("legitimate_interests", "Oikeutettu etu", "Legitimate interests", attrs={"article": "6(1)(f)"},
          help_fi="Käsittely on tarpeen rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttamiseksi. Kuvaa etu.",
          help_en="Processing is needed for the legitimate interests of the controller or a third party. Describe the interest."),
)

# Direct-marketing channels (spec item 25). attrs["electronic"]: e-mail and SMS marketing to
# consumers needs prior consent except to existing customers for the controller's own
# similar products (Act on Electronic Communications Services 917/2014, 200 §).
MARKETING_CHANNELS = Catalogue(
    Entry("email", "Sähköposti", "E-mail", attrs={"electronic": True}),
    Entry("sms", "Tekstiviesti", "Text message (SMS)", attrs={"electronic": True}),
    Entry("phone", "Puhelin", "Phone"),
    Entry("post", "Posti", "Post"),
    Entry("online_ads", "Kohdennettu verkkomainonta", "Targeted online advertising", attrs={"targeting": True}),
)

DATA_SUBJECTS = Catalogue(
    Entry("customers", "Asiakkaat", "Customers"),
    Entry("business_contacts", "Yritysasiakkaiden yhteyshenkilöt", "Contact persons of business customers"),
    Entry("prospects", "Potentiaaliset asiakkaat", "Prospective customers"),
    Entry("website_visitors", "Verkkosivuston kävijät", "Website visitors"),
    Entry("newsletter_subscribers", "Uutiskirjeen tilaajat", "Newsletter subscribers"),
    Entry("online_store_users", "Verkkokaupan asiakkaat", "Online shop customers"),
    Entry("job_applicants", "Työnhakijat", "Job applicants"),
    Entry("employees", "Työntekijät", "Employees"),
    Entry("suppliers", "Toimittajien ja yhteistyökumppaneiden yhteyshenkilöt", "Contact persons of suppliers and partners"),
    Entry("event_participants", "Tapahtumiin osallistujat", "Event participants"),
    Entry("end_users", "Asiakkaidemme palveluiden loppukäyttäjät", "End users of our customers' services"),
    Entry("children_under_13", "Alle 13-vuotiaat lapset", "Children under 13"),
)

# Data subjects that bring national rules: the Act on the Protection of Privacy in Working
# Life (759/2004) for employees and job applicants; Tietosuojalaki 5 § for children under
# 13 offered an online service on the basis of consent.
EMPLOYMENT_SUBJECTS = frozenset({"employees", "job_applicants"})
CHILD_SUBJECTS = frozenset({"children_under_13"})
# Sources that are the person themself (Työelämän tietosuojalaki 4 §: data is collected
# primarily from the person); any other source needs consent or a legal basis.
FROM_THE_PERSON_SOURCES = frozenset({"data_subject", "observed", "technical_systems", "derived"})

# Common categories of personal data (Art. 14(1)(d)). attrs["examples"] as (fi, en).
DATA_CATEGORIES = Catalogue(
    Entry("basic", "Perustiedot", "Basic details",
          help_fi="nimi, syntymäaika, kieli", help_en="name, date of birth, language"),
    Entry("contact", "Yhteystiedot", "Contact details",
          help_fi="osoite, puhelinnumero, sähköpostiosoite", help_en="address, phone number, e-mail address"),
    Entry("employer", "Työnantaja- ja asematiedot", "Employer and position",
          help_fi="yritys, tehtävänimike, työpisteen sijainti", help_en="company, job title, place of work"),
    Entry("customer_relationship", "Asiakkuuteen liittyvät tiedot", "Customer relationship data",
          help_fi="asiakkuuden alkaminen ja päättyminen, asiakasnumero, ostetut palvelut, asiakaspalaute",
          help_en="start and end of the customer relationship, customer number, services bought, feedback"),
    Entry("billing", "Laskutus- ja maksutiedot", "Billing and payment details",
          help_fi="laskutusosoite, maksutapa, maksutapahtumat", help_en="billing address, payment method, payments"),
    Entry("purchase_history", "Ostohistoria", "Purchase history",
          help_fi="tilaukset, toimitukset ja palautukset", help_en="orders, deliveries and returns"),
    Entry("credentials", "Tunnisteet ja käyttäjätunnukset", "Identifiers and credentials",
          help_fi="käyttäjätunnus, salattu salasana, asiakasnumero", help_en="username, encrypted password, customer number"),
    Entry("device", "IP-osoite ja laitetiedot", "IP address and device data",
          help_fi="IP-osoite, selain, käyttöjärjestelmä, lokitiedot", help_en="IP address, browser, operating system, log data"),
    Entry("cookies_analytics", "Eväste- ja analytiikkatiedot", "Cookie and analytics data",
          help_fi="sivustokäynnit, evästetunnisteet, käyttötilastot", help_en="site visits, cookie identifiers, usage statistics"),
    Entry("marketing_consents", "Suoramarkkinointiluvat ja -kiellot", "Direct-marketing consents and opt-outs"),
    Entry("communications", "Yhteydenpitohistoria", "Communication records",
          help_fi="sähköpostit, chat-viestit, tukipyynnöt", help_en="e-mails, chat messages, support requests"),
    Entry("call_recordings", "Puhelutallenteet", "Call recordings"),
    Entry("camera", "Kameravalvonnan tallenteet", "Camera surveillance footage"),
    Entry("location", "Sijaintitiedot", "Location data"),
    # Tietosuojalaki 29 § limits when it may be processed: the checker asks for the basis.
    Entry("personal_identity_code", "Henkilötunnus", "Personal identity code", attrs={"national_rule": "data_protection_act_29"}),
    Entry("service_usage", "Palveluiden käyttötiedot", "Service usage data",
          help_fi="palvelutapahtumat, laitteiden tiedot, tukipyyntöjen käsittely", help_en="service events, device details, support ticket handling"),
    Entry("social_media", "Julkiset sosiaalisen median tiedot", "Public social-media data"),
    Entry("application", "Työhakemuksen tiedot", "Job application details",
          help_fi="CV, koulutus, työkokemus, suositukset", help_en="CV, education, work history, references"),
    # Työelämän tietosuojalaki 13 §: tests only with consent.
    Entry("aptitude_tests", "Soveltuvuustestien ja henkilöarviointien tulokset", "Results of aptitude tests and personal assessments",
          attrs={"national_rule": "working_life_13"}),
    Entry("employment", "Työsuhteen tiedot", "Employment details",
          help_fi="työsopimus, palkka, poissaolot, verokortti", help_en="employment contract, salary, absences, tax card"),
)

# Art. 9(2) conditions for special categories of personal data.
SPECIAL_CONDITIONS = Catalogue(
    Entry("explicit_consent", "Nimenomainen suostumus (9 artiklan 2 kohdan a alakohta)", "Explicit consent (Art. 9(2)(a))"),
    Entry("employment_law", "Työoikeuden ja sosiaaliturvan velvoitteet (9 artiklan 2 kohdan b alakohta)", "Employment and social security law (Art. 9(2)(b))"),
    Entry("vital_interests", "Elintärkeä etu, kun henkilö ei voi antaa suostumusta (9 artiklan 2 kohdan c alakohta)", "Vital interests where consent cannot be given (Art. 9(2)(c))"),
    Entry("nonprofit", "Säätiön, yhdistyksen tai muun voittoa tavoittelemattoman yhteisön toiminta (9 artiklan 2 kohdan d alakohta)", "Activities of a foundation, association or other not-for-profit body (Art. 9(2)(d))"),
    Entry("made_public", "Henkilö on itse saattanut tiedot julkisiksi (9 artiklan 2 kohdan e alakohta)", "Data made public by the person (Art. 9(2)(e))"),
    Entry("legal_claims", "Oikeusvaateen laatiminen, esittäminen tai puolustaminen (9 artiklan 2 kohdan f alakohta)", "Legal claims (Art. 9(2)(f))"),
    Entry("public_interest", "Tärkeä yleinen etu lain nojalla (9 artiklan 2 kohdan g alakohta)", "Substantial public interest under law (Art. 9(2)(g))"),
    Entry("health_care", "Terveydenhuolto ja työterveyshuolto (9 artiklan 2 kohdan h alakohta)", "Health care and occupational medicine (Art. 9(2)(h))"),
    Entry("public_health", "Kansanterveys (9 artiklan 2 kohdan i alakohta)", "Public health (Art. 9(2)(i))"),
    Entry("research", "Tieteellinen tai historiallinen tutkimus tai tilastointi (9 artiklan 2 kohdan j alakohta)", "Scientific or historical research or statistics (Art. 9(2)(j))"),
)

# Art. 22(2): the exception that allows decisions based solely on automated processing.
# attrs["safeguards"]: Art. 22(3) applies (human intervention, own view, contesting);
# under 22(2)(b) the authorising law itself lays down the safeguards.
AUTOMATED_EXCEPTIONS = Catalogue(
    Entry("contract", "Päätös on tarpeen sopimuksen tekemiseksi tai täytäntöönpanemiseksi (22 artiklan 2 kohdan a alakohta)",
          "The decision is necessary for entering into or performing a contract (Art. 22(2)(a))", attrs={"safeguards": True}),
    Entry("law", "Päätös on sallittu laissa, jossa säädetään oikeuksiesi suojaamisesta (22 artiklan 2 kohdan b alakohta)",
          "The decision is authorised by law, which lays down measures to safeguard your rights (Art. 22(2)(b))"),
    Entry("explicit_consent", "Päätös perustuu nimenomaiseen suostumukseesi (22 artiklan 2 kohdan c alakohta)",
          "The decision is based on your explicit consent (Art. 22(2)(c))", attrs={"safeguards": True}),
)

# The national basis for data on criminal convictions and offences (Art. 10 allows it only
# under official authority or where Union or member-state law authorises it; in Finland,
# Tietosuojalaki 1050/2018 7 §). "law": name the act in criminal_basis_details.
CRIMINAL_BASES = Catalogue(
    Entry("legal_claims", "Oikeusvaateen laatiminen, esittäminen, puolustaminen tai ratkaiseminen",
          "Establishing, exercising, defending or deciding legal claims"),
    Entry("law", "Laissa säädetty tehtävä tai velvoite (nimeä laki)", "A task or obligation laid down by law (name the act)"),
)

# When the personal identity code (henkilötunnus) may be processed: Tietosuojalaki 29 §.
IDENTITY_CODE_BASES = Catalogue(
    Entry("consent", "Henkilön suostumus", "The person's consent"),
    Entry("law", "Käsittelystä säädetään laissa", "The processing is laid down by law"),
    Entry("unambiguous_identification",
          "Henkilön yksiselitteinen yksilöinti on tärkeää laissa säädetyn tehtävän tai henkilön tai meidän oikeuksiemme ja velvollisuuksiemme toteuttamiseksi",
          "Identifying the person unambiguously is important to perform a task laid down by law or to exercise the person's or our rights and obligations"),
    Entry("sector",
          "Luotonanto, saatavien perintä, vakuutus-, luottolaitos-, maksupalvelu-, vuokraus- tai luottotietotoiminta, terveydenhuolto, sosiaalihuolto tai palvelussuhdetta koskevat asiat",
          "Lending, debt collection, insurance, credit institution, payment service, rental or credit information activities, health care, social welfare or employment matters"),
)

# attrs["public"]: a publicly accessible source (Art. 14(2)(f) asks us to say so). Registers
# that disclose data only on request or for a permitted purpose are not publicly accessible:
# the Population Information System, Posti's address services, the Robinson opt-out register
# and credit-information registers (spec item 11). attrs["from_data_subject"]: collected from
# the person, so Art. 13 applies; observed data counts (WP260 rev.01 para 26).
# attrs["statement"]: the label in the statement style, which addresses the reader.
SOURCES = Catalogue(
    Entry("data_subject", "Suoraan rekisteröidyltä itseltään", "Directly from the data subject",
          attrs={"public": False, "from_data_subject": True, "statement": {"fi": "Suoraan sinulta", "en": "Directly from you"}}),
    Entry("employer", "Rekisteröidyn työnantajalta", "From the data subject's employer",
          attrs={"public": False, "statement": {"fi": "Työnantajaltasi", "en": "From your employer"}}),
    Entry("observed", "Palveluiden ja verkkosivuston käytöstä", "Observed when our services and website are used", attrs={"public": False, "from_data_subject": True}),
    Entry("derived", "Johdettuina muista tiedoista", "Derived or inferred from other data", attrs={"public": False}),
    Entry("partners", "Yhteistyökumppaneilta", "From our partners", attrs={"public": False}),
    Entry("technical_systems", "Ylläpitämistämme teknisistä järjestelmistä", "From technical systems we maintain", attrs={"public": False}),
    Entry("population_register", "Väestötietojärjestelmästä", "From the Population Information System", attrs={"public": False}),
    Entry("posti", "Postin osoitetietopalveluista", "From Posti's address services", attrs={"public": False}),
    Entry("robinson", "Suoramarkkinoinnin kieltorekisteristä (Robinson)", "From the Robinson direct-marketing opt-out register", attrs={"public": False}),
    Entry("credit_info", "Luottotietorekisteristä (esim. Suomen Asiakastieto)", "From credit information registers (e.g. Suomen Asiakastieto)", attrs={"public": False}),
    Entry("directories", "Yritys- ja yhteystietopalveluista (esim. Fonecta)", "From business and contact directories (e.g. Fonecta)", attrs={"public": True}),
    Entry("trade_register", "Kaupparekisteristä ja YTJ:stä", "From the Trade Register and the Business Information System", attrs={"public": True}),
    Entry("public_websites", "Julkisilta verkkosivuilta", "From public websites", attrs={"public": True}),
    Entry("social_media", "Julkisista sosiaalisen median profiileista", "From public social-media profiles", attrs={"public": True}),
)

def source_label(code: str, language: str, style: str = "register") -> str:
    """A source's label; the statement style addresses the reader ("Suoraan sinulta")."""
    entry = SOURCES.get(code)
    statement = entry.attrs.get("statement") if entry else None
    if style == "statement" and isinstance(statement, dict) and statement.get(language):
        return statement[language]
    return SOURCES.label(code, language)


# Art. 13(2)(e): is providing the data required?
REQUIREMENTS = Catalogue(
    Entry("voluntary", "Vapaaehtoista", "Voluntary"),
    Entry("contractual", "Sopimuksen edellytys", "A requirement of the contract"),
    Entry("statutory", "Lakisääteistä", "Required by law"),
    Entry("mixed", "Osittain pakollista", "Partly required"),
)

# Finnish statutory retention periods. attrs["years"], attrs["law"].
RETENTION_PRESETS = Catalogue(
    Entry("accounting_vouchers", "Kirjanpidon tositteet: 6 vuotta", "Accounting vouchers: 6 years",
          help_fi="Tositteita säilytetään kuusi vuotta sen vuoden lopusta, jona tilikausi on päättynyt (kirjanpitolaki 2 luku 10 §).",
          help_en="Accounting vouchers are kept for six years from the end of the year in which the financial year ended (Accounting Act, chapter 2, section 10).",
          attrs={"years": 6, "law": "accounting_act"}),
    Entry("ledgers", "Tilinpäätös ja kirjanpitokirjat: 10 vuotta", "Financial statements and ledgers: 10 years",
          help_fi="Tilinpäätös, toimintakertomus sekä päivä- ja pääkirja säilytetään vähintään kymmenen vuotta tilikauden päättymisestä (kirjanpitolaki 2 luku 10 §).",
          help_en="Financial statements, the annual report and the journals and general ledger are kept for at least ten years from the end of the financial year (Accounting Act, chapter 2, section 10).",
          attrs={"years": 10, "law": "accounting_act"}),
    Entry("employment_certificate", "Työtodistukseen tarvittavat tiedot: 10 vuotta", "Data for an employment certificate: 10 years",
          help_fi="Työtodistuksen antamiseen tarvittavat tiedot säilytetään kymmenen vuotta työsuhteen päättymisestä (työsopimuslaki 6 luku 7 §).",
          help_en="The data needed for an employment certificate is kept for ten years after the employment ends (Employment Contracts Act, chapter 6, section 7).",
          attrs={"years": 10, "law": "employment_contracts_act"}),
    # The time limits for discrimination claims in recruitment run from the hiring
    # decision (when the applicant learns of it), not from the end of the application
    # period, so the applications that a claim would be judged on are kept until then.
    Entry("job_applications", "Työhakemukset: 2 vuotta valintapäätöksestä", "Job applications: 2 years from the hiring decision",
          help_fi="Hakemukset ja niihin liittyvät tiedot säilytetään kaksi vuotta valintapäätöksestä, koska syrjintää koskevan kanteen voi nostaa tämän ajan kuluessa valintapäätöksestä (tasa-arvolaki 609/1986, yhdenvertaisuuslaki 1325/2014).",
          help_en="Applications and related data are kept for two years from the hiring decision, because a discrimination claim can be brought within that time of the decision (Equality Act 609/1986, Non-discrimination Act 1325/2014).",
          attrs={"years": 2, "counted_from": "hiring_decision", "laws": ["equality_act", "non_discrimination_act"],
                 "law": "non_discrimination_act"}),
)

RECIPIENT_KINDS = Catalogue(
    Entry("group_companies", "Konserniyhtiöt", "Group companies"),
    Entry("it_services", "IT- ja pilvipalveluiden toimittajat", "IT and cloud service providers"),
    Entry("accounting", "Tilitoimisto", "Accounting firm"),
    Entry("payment", "Maksunvälittäjät", "Payment service providers"),
    Entry("logistics", "Kuljetus- ja logistiikkayritykset", "Delivery and logistics companies"),
    Entry("marketing", "Markkinointi- ja viestintäpalveluiden toimittajat", "Marketing and communication service providers"),
    Entry("partners", "Yhteistyökumppanit henkilön suostumuksella", "Partners, with the person's consent"),
    Entry("authorities", "Viranomaiset lain edellyttämissä tapauksissa", "Authorities, where the law requires", attrs={"occasional": True}),
    Entry("business_transfer", "Yrityskauppojen osapuolet", "Parties to a merger or acquisition", attrs={"occasional": True}),
    Entry("debt_collection", "Perintäyhtiöt", "Debt collection agencies", attrs={"occasional": True}),
    Entry("insurance", "Vakuutusyhtiöt", "Insurance companies"),
    Entry("other", "Muut vastaanottajat", "Other recipients"),
)

# How often data goes to a recipient. attrs["occasional"] on a recipient kind sets the
# default: authorities on request, M&A and debt collection happen only when needed.
RECIPIENT_FREQUENCIES = Catalogue(
    Entry("regular", "Säännöllisesti", "Regularly"),
    Entry("occasional", "Vain tarvittaessa", "Only when needed"),
)


def recipient_frequency(recipient: dict) -> str:
    """The row's answer, else the default of its kind ("regular" when nothing says)."""
    value = recipient.get("frequency") if isinstance(recipient, dict) else None
    if value in RECIPIENT_FREQUENCIES:
        return value
    kind = RECIPIENT_KINDS.get(recipient.get("kind") if isinstance(recipient, dict) and isinstance(recipient.get("kind"), str) else "")
    return "occasional" if kind and kind.attrs.get("occasional") else "regular"


RECIPIENT_ROLES = Catalogue(
    Entry("processor", "Henkilötietojen käsittelijä (toimii lukuumme)", "Processor (acts on our behalf)"),
    Entry("controller", "Itsenäinen rekisterinpitäjä", "Independent controller"),
    Entry("joint_controller", "Yhteisrekisterinpitäjä", "Joint controller"),
    Entry("authority", "Viranomainen", "Authority"),
)

# attrs["copy"]: a document the data subject can get a copy of (Art. 13(1)(f)): the
# clauses or the corporate rules. attrs["derogation"]: Art. 49, for occasional transfers only
# (EDPB Guidelines 2/2018), never for routine processing such as hosting by a processor.
SAFEGUARDS = Catalogue(
    Entry("adequacy", "Komission riittävyyspäätös (45 artikla)", "European Commission adequacy decision (Art. 45)"),
    Entry("dpf", "EU–Yhdysvallat-tietosuojakehys, sertifioitu vastaanottaja (45 artikla)", "EU–US Data Privacy Framework, certified recipient (Art. 45)"),
    Entry("scc", "Komission vakiosopimuslausekkeet (46 artiklan 2 kohdan c alakohta)", "Standard contractual clauses of the European Commission (Art. 46(2)(c))", attrs={"copy": True}),
    Entry("bcr", "Sitovat yrityssäännöt (47 artikla)", "Binding corporate rules (Art. 47)", attrs={"copy": True}),
    Entry("derogation_consent", "Rekisteröidyn nimenomainen suostumus (49 artiklan 1 kohdan a alakohta)", "The data subject's explicit consent (Art. 49(1)(a))", attrs={"derogation": True}),
    Entry("derogation_contract", "Sopimuksen täytäntöönpano (49 artiklan 1 kohdan b alakohta)", "Performance of a contract (Art. 49(1)(b))", attrs={"derogation": True}),
    Entry("derogation_legal_claims", "Oikeusvaateet (49 artiklan 1 kohdan e alakohta)", "Legal claims (Art. 49(1)(e))", attrs={"derogation": True}),
    # Invalidated by the CJEU (Schrems II, 16 July 2020); kept only so the checker can say so.
    Entry("privacy_shield", "Privacy Shield (ei enää voimassa)", "Privacy Shield (no longer valid)", attrs={"invalid": True}),
)

SECURITY_MEASURES = Catalogue(
    Entry("access_control", "Käyttöoikeudet henkilökohtaisin tunnuksin", "Access rights with personal credentials"),
    Entry("mfa", "Monivaiheinen tunnistautuminen", "Multi-factor authentication"),
    Entry("encryption_transit", "Salattu tiedonsiirto (TLS)", "Encryption in transit (TLS)"),
    Entry("encryption_rest", "Tallennettujen tietojen salaus", "Encryption at rest"),
    Entry("firewall", "Palomuurit ja tietoturvapäivitykset", "Firewalls and security updates"),
    Entry("physical", "Fyysisesti suojatut tilat", "Physically protected premises"),
    Entry("confidentiality", "Vaitiolovelvollisuus ja salassapitosopimukset", "Confidentiality obligations and agreements"),
    Entry("training", "Henkilöstön tietosuojakoulutus", "Staff data-protection training"),
    Entry("backups", "Varmuuskopiointi", "Backups"),
    Entry("logging", "Käytön lokitus ja valvonta", "Access logging and monitoring"),
    Entry("locked_manual", "Manuaalinen aineisto lukitussa tilassa", "Manual material kept locked"),
    Entry("processor_agreements", "Tietojenkäsittelysopimukset henkilötietojen käsittelijöiden kanssa", "Data processing agreements with processors"),
)

COOKIE_CATEGORIES = Catalogue(
    Entry("necessary", "Välttämättömät evästeet", "Strictly necessary cookies"),
    Entry("preferences", "Toiminnalliset evästeet", "Preference cookies"),
    Entry("analytics", "Analytiikkaevästeet", "Analytics cookies"),
    Entry("marketing", "Markkinointievästeet", "Marketing cookies"),
)

# How a visitor refuses non-necessary cookies. Browser settings are not consent under
# Traficom's guidance on cookies (917/2014, 205 §): consent must be active, without
# pre-ticked boxes, and refusing as easy as accepting.
COOKIE_REFUSAL_METHODS = Catalogue(
    Entry("consent_tool", "Sivuston evästeasetuksista (evästebanneri, jossa kieltäytyminen on yhtä helppoa kuin hyväksyminen)",
          "In the site's cookie settings (a banner where refusing is as easy as accepting)"),
    Entry("browser", "Vain selaimen asetuksista", "Only in the browser settings", attrs={"not_consent": True}),
)

LAWS = Catalogue(
    Entry("gdpr", "EU:n yleinen tietosuoja-asetus (EU) 2016/679", "General Data Protection Regulation (EU) 2016/679"),
    Entry("data_protection_act", "Tietosuojalaki (1050/2018)", "Finnish Data Protection Act (1050/2018)"),
    Entry("electronic_communications", "Laki sähköisen viestinnän palveluista (917/2014)", "Act on Electronic Communications Services (917/2014)"),
    Entry("accounting_act", "Kirjanpitolaki (1336/1997)", "Accounting Act (1336/1997)"),
    Entry("working_life_privacy", "Laki yksityisyyden suojasta työelämässä (759/2004)", "Act on the Protection of Privacy in Working Life (759/2004)"),
    Entry("employment_contracts_act", "Työsopimuslaki (55/2001)", "Employment Contracts Act (55/2001)"),
    Entry("consumer_protection", "Kuluttajansuojalaki (38/1978)", "Consumer Protection Act (38/1978)"),
    Entry("equality_act", "Laki naisten ja miesten välisestä tasa-arvosta (609/1986)", "Act on Equality between Women and Men (609/1986)"),
    Entry("non_discrimination_act", "Yhdenvertaisuuslaki (1325/2014)", "Non-discrimination Act (1325/2014)"),
)

# The EEA: no safeguard is needed for these. ISO 3166-1 alpha-2.
EEA_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split()
)
EU_COUNTRIES = EEA_COUNTRIES - {"IS", "LI", "NO"}


def representative_needed(country: str) -> bool:
    """Art. 27: a controller not established in the Union names a representative there.
    The EEA Agreement extends the GDPR to Iceland, Liechtenstein and Norway, so a
    controller established in any EEA state needs none. The one test for the
    organisation form, the service saving it, the checker and the builder."""
    return (country or "FI").upper() not in EEA_COUNTRIES

COUNTRIES = Catalogue(
    *[
        Entry(code, fi, en)
        for code, fi, en in [
            ("FI", "Suomi", "Finland"), ("SE", "Ruotsi", "Sweden"), ("NO", "Norja", "Norway"),
            ("DK", "Tanska", "Denmark"), ("IS", "Islanti", "Iceland"), ("EE", "Viro", "Estonia"),
            ("LV", "Latvia", "Latvia"), ("LT", "Liettua", "Lithuania"), ("DE", "Saksa", "Germany"),
            ("NL", "Alankomaat", "Netherlands"), ("BE", "Belgia", "Belgium"), ("LU", "Luxemburg", "Luxembourg"),
            ("FR", "Ranska", "France"), ("IE", "Irlanti", "Ireland"), ("AT", "Itävalta", "Austria"),
            ("PL", "Puola", "Poland"), ("CZ", "Tšekki", "Czechia"), ("SK", "Slovakia", "Slovakia"),
            ("HU", "Unkari", "Hungary"), ("SI", "Slovenia", "Slovenia"), ("HR", "Kroatia", "Croatia"),
            ("RO", "Romania", "Romania"), ("BG", "Bulgaria", "Bulgaria"), ("GR", "Kreikka", "Greece"),
            ("CY", "Kypros", "Cyprus"), ("MT", "Malta", "Malta"), ("IT", "Italia", "Italy"),
            ("ES", "Espanja", "Spain"), ("PT", "Portugali", "Portugal"), ("LI", "Liechtenstein", "Liechtenstein"),
            ("GB", "Yhdistynyt kuningaskunta", "United Kingdom"), ("CH", "Sveitsi", "Switzerland"),
            ("US", "Yhdysvallat", "United States"), ("CA", "Kanada", "Canada"), ("JP", "Japani", "Japan"),
            ("KR", "Etelä-Korea", "Republic of Korea"), ("NZ", "Uusi-Seelanti", "New Zealand"),
            ("IL", "Israel", "Israel"), ("AR", "Argentiina", "Argentina"), ("UY", "Uruguay", "Uruguay"),
            ("AD", "Andorra", "Andorra"), ("FO", "Färsaaret", "Faroe Islands"), ("GG", "Guernsey", "Guernsey"),
            ("JE", "Jersey", "Jersey"), ("IM", "Mansaari", "Isle of Man"), ("AU", "Australia", "Australia"),
            ("BR", "Brasilia", "Brazil"), ("CN", "Kiina", "China"), ("IN", "Intia", "India"),
            ("SG", "Singapore", "Singapore"), ("PH", "Filippiinit", "Philippines"), ("UA", "Ukraina", "Ukraine"),
            ("RU", "Venäjä", "Russia"), ("TR", "Turkki", "Türkiye"), ("AE", "Arabiemiirikunnat", "United Arab Emirates"),
            ("ZA", "Etelä-Afrikka", "South Africa"), ("MX", "Meksiko", "Mexico"), ("VN", "Vietnam", "Vietnam"),
            ("MY", "Malesia", "Malaysia"), ("ID", "Indonesia", "Indonesia"), ("TH", "Thaimaa", "Thailand"),
        ]
    ]
)

# Where a transfer goes: a country outside the EEA, or "various" when a provider's
# servers and support are in several or changing countries. "various" still needs its
# own safeguard, and an adequacy decision can never cover it (it names no country).
VARIOUS_COUNTRIES = "various"
TRANSFER_DESTINATIONS = Catalogue(
    Entry(VARIOUS_COUNTRIES, "EU:n ja ETA:n ulkopuolella, maat vaihtelevat palveluntarjoajan mukaan",
          "Outside the EU/EEA, countries vary by provider"),
    *[entry for entry in COUNTRIES if entry.code not in EEA_COUNTRIES],
)


def destination_label(code: str, language: str) -> str:
    code = code if code == VARIOUS_COUNTRIES else (code or "").upper()
    return TRANSFER_DESTINATIONS.label(code, language) if code in TRANSFER_DESTINATIONS else COUNTRIES.label(code, language)


# Adequacy decisions (Art. 45) as listed by the European Commission. Seeds the
# AdequacyDecision table, which staff keep current in the admin; the builder reads the
# table when it has one and falls back to this list. Each entry carries its decision date
# and expiry where we could confirm them (attrs["source"] says where from); a date we could
# not confirm is left out rather than guessed.
ADEQUACY_LIST_DATE = date(2026, 12, 1)
ADEQUACY_SOURCE = "European Commission: Adequacy decisions (commission.europa.eu), list checked 2026-12-01"
_EC_LIST = ADEQUACY_SOURCE + "; decision date not confirmed"
ADEQUACY = Catalogue(
    Entry("AD", "Andorra", "Andorra", attrs={"source": _EC_LIST}),
    Entry("AR", "Argentiina", "Argentina", attrs={"source": _EC_LIST}),
    Entry("BR", "Brasilia", "Brazil",
          attrs={"decided_on": date(2026, 1, 26),
                 "source": "Commission Implementing Decision (EU) 2026/179 of 26 January 2026 (europalov.no/rettsakt/beskyttelse-av-personopplysninger-ved-datautveksling-med-brasil/id-34841), announced 27 January 2026"}),
    Entry("CA", "Kanada (PIPEDA-lain alaiset kaupalliset organisaatiot)", "Canada (commercial organisations subject to PIPEDA)", attrs={"source": _EC_LIST}),
    Entry("FO", "Färsaaret", "Faroe Islands", attrs={"source": _EC_LIST}),
    Entry("GG", "Guernsey", "Guernsey", attrs={"source": _EC_LIST}),
    Entry("IL", "Israel", "Israel", attrs={"source": _EC_LIST}),
    Entry("IM", "Mansaari", "Isle of Man", attrs={"source": _EC_LIST}),
    Entry("JP", "Japani", "Japan", attrs={"source": _EC_LIST}),
    Entry("JE", "Jersey", "Jersey", attrs={"source": _EC_LIST}),
    Entry("NZ", "Uusi-Seelanti", "New Zealand", attrs={"source": _EC_LIST}),
    Entry("KR", "Etelä-Korea", "Republic of Korea", attrs={"source": _EC_LIST}),
    Entry("CH", "Sveitsi", "Switzerland", attrs={"source": _EC_LIST}),
    Entry("GB", "Yhdistynyt kuningaskunta", "United Kingdom",
          attrs={"decided_on": date(2025, 12, 19), "expires_on": date(2031, 12, 27),
                 "source": "https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions (renewal of 19 December 2025, valid until 27 December 2031)"}),
    Entry("US", "Yhdysvallat (vain EU–Yhdysvallat-tietosuojakehykseen sertifioidut organisaatiot, päätös 10.7.2023)",
          "United States (only organisations certified under the EU–US Data Privacy Framework, decision of 10 July 2023)",
          attrs={"certified_only": True, "decided_on": date(2023, 7, 10), "source": ADEQUACY_SOURCE}),
    Entry("UY", "Uruguay", "Uruguay", attrs={"source": _EC_LIST}),
    # The first decision for an international organisation; not a country, so no ISO code.
    Entry("EPO", "Euroopan patenttijärjestö", "European Patent Organisation",
          attrs={"decided_on": date(2025, 7, 15), "international_organisation": True,
                 "source": "https://agenceurope.eu/en/bulletin/article/13681/37/european-commission-validates-transfer-of-data-with-european-patent-organisation (15 July 2025)"}),
)

# The supervisory authority named in every notice (Art. 13(2)(d)), by the controller's
# country: the authority of the member state where the controller is established. Every
# EU/EEA country has an entry; details we could not confirm are None ("unknown"), and the
# builder then prints only what is known and the checker asks the user to name it.
# Address fields may be per language (the Finnish authority's English postal address).
AUTHORITIES_CHECKED_ON = date(2026, 12, 1)
_UNKNOWN_AUTHORITY = {"name": None, "visiting_address": None, "postal_address": None, "email": None, "phone": None,
                      "website": None, "source": None, "checked_on": AUTHORITIES_CHECKED_ON}
SUPERVISORY_AUTHORITIES: dict[str, dict] = {code: dict(_UNKNOWN_AUTHORITY) for code in sorted(EEA_COUNTRIES)}
SUPERVISORY_AUTHORITIES["FI"] = {
    "name": {"fi": "Tietosuojavaltuutetun toimisto", "en": "Office of the Data Protection Ombudsman"},
    "visiting_address": "Lintulahdenkuja 4, 00530 Helsinki",
    "postal_address": {"fi": "PL 800, 00531 Helsinki", "en": "P.O. Box 800, FI-00531 Helsinki"},
    "email": "tietosuoja@om.fi",
    "phone": {"fi": "029 566 6700", "en": "+358 29 566 6700"},
    "website": "https://tietosuoja.fi",
    "source": "Spec reference data (tietosuoja.fi contact details)",
    "checked_on": AUTHORITIES_CHECKED_ON,
}
SUPERVISORY_AUTHORITIES["SE"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Integritetsskyddsmyndigheten (IMY)", "en": "Swedish Authority for Privacy Protection (IMY)"},
    "postal_address": "Integritetsskyddsmyndigheten, Box 8114, 104 20 Stockholm",
    "website": "https://www.imy.se",
    "source": "https://www.imy.se/en/about-this-website/how-swedish-authority-for-privacy-protection-processes-personal-data/",
}
SUPERVISORY_AUTHORITIES["EE"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Andmekaitse Inspektsioon", "en": "Estonian Data Protection Inspectorate (Andmekaitse Inspektsioon)"},
    "visiting_address": "Tatari 39, 10134 Tallinn",
    "phone": "+372 6274135",
    "website": "https://www.aki.ee",
    "source": "https://www.aki.ee/en/privacy-policy",
}
SUPERVISORY_AUTHORITIES["DK"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Datatilsynet", "en": "Danish Data Protection Agency (Datatilsynet)"},
    "visiting_address": "Carl Jacobsens Vej 35, 2500 Valby",
    "email": "dt@datatilsynet.dk",
    "phone": "+45 33 19 32 00",
    "website": "https://www.datatilsynet.dk",
    "source": "https://admin.datatilsynet.dk/english/privacy-policy",
}

SUPERVISORY_AUTHORITIES["NO"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Datatilsynet", "en": "Norwegian Data Protection Authority (Datatilsynet)"},
    "postal_address": "Datatilsynet, PO Box 458 Sentrum, 0105 Oslo",
    "website": "https://www.datatilsynet.no",
    "source": "https://www.datatilsynet.no/en/about-us/contact-us/how-to-complain-to-the-norwegian-dpa/",
}
SUPERVISORY_AUTHORITIES["IE"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Data Protection Commission", "en": "Data Protection Commission"},
    "visiting_address": "21 Fitzwilliam Square South, Dublin 2, D02 RD28",
    "website": "https://www.dataprotection.ie",
    "source": "https://dataprotection.ie/en/about-our-site/data-protection-statement",
}
SUPERVISORY_AUTHORITIES["FR"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Commission nationale de l'informatique et des libertés (CNIL)", "en": "Commission nationale de l'informatique et des libertés (CNIL)"},
    "postal_address": "3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
    "website": "https://www.cnil.fr",
    "source": "https://www.dpo-partage.fr/comment-joindre-la-cnil/",
}


def supervisory_authority(country: str) -> dict | None:
    """The authority for a controller established in ``country``; None when we do not know
    its name. A controller outside the EU/EEA gets the Finnish authority, as our notices
    address people in Finland."""
    code = (country or "FI").upper()
    authority = SUPERVISORY_AUTHORITIES.get(code, SUPERVISORY_AUTHORITIES["FI"] if code not in EEA_COUNTRIES else None)
    return authority if authority and authority.get("name") else None


# Art. 12(3): one month, extendable by two further months.
REQUEST_ANSWER_MONTHS = 1
REQUEST_EXTENSION_MONTHS = 2


# --- W3C Data Privacy Vocabulary (DPV 2.3) ---------------------------------------------
# Each catalogue's codes as DPV concepts, in compact form (prefixes in DPV_PREFIXES), for
# the JSON-LD export (content/dpv.py). One source of truth: a new code gets its concept
# here, and a test checks every code has one and every concept exists in DPV 2.3.
# Where DPV has no concept of its own for a code, the nearest broader one is used
# (docs/dpv.md lists these); None means the code is never exported.
DPV_VERSION = "2.3"
DPV_PREFIXES = {
    "dpv": "https://w3id.org/dpv#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "pd": "https://w3id.org/dpv/pd#",
    "loc": "https://w3id.org/dpv/loc#",
}
DPV_CONCEPTS: dict[str, dict[str, str | None]] = {
    "LEGAL_BASES": {
        "consent": "eu-gdpr:A6-1-a", "contract": "eu-gdpr:A6-1-b", "legal_obligation": "eu-gdpr:A6-1-c",
        "vital_interests": "eu-gdpr:A6-1-d", "public_task": "eu-gdpr:A6-1-e", "legitimate_interests": "eu-gdpr:A6-1-f",
    },
    "SPECIAL_CONDITIONS": {
        "explicit_consent": "eu-gdpr:A9-2-a", "employment_law": "eu-gdpr:A9-2-b", "vital_interests": "eu-gdpr:A9-2-c",
        "nonprofit": "eu-gdpr:A9-2-d", "made_public": "eu-gdpr:A9-2-e", "legal_claims": "eu-gdpr:A9-2-f",
        "public_interest": "eu-gdpr:A9-2-g", "health_care": "eu-gdpr:A9-2-h", "public_health": "eu-gdpr:A9-2-i",
        "research": "eu-gdpr:A9-2-j",
    },
    "DATA_SUBJECTS": {
        "customers": "dpv:Customer", "business_contacts": "dpv:Customer", "prospects": "dpv:DataSubject",
        "website_visitors": "dpv:Visitor", "newsletter_subscribers": "dpv:Subscriber", "online_store_users": "dpv:Customer",
        "job_applicants": "dpv:JobApplicant", "employees": "dpv:Employee", "suppliers": "dpv:DataSubject",
        "event_participants": "dpv:Participant", "end_users": "dpv:User", "children_under_13": "dpv:Child",
    },
    "DATA_CATEGORIES": {
        "basic": "pd:Identifying", "contact": "pd:Contact", "employer": "pd:Job",
        "customer_relationship": "dpv:PersonalData", "billing": "pd:Financial", "purchase_history": "pd:Purchase",
        "credentials": "pd:Authenticating", "device": "pd:DeviceBased", "cookies_analytics": "pd:BrowsingBehaviour",
        "marketing_consents": "pd:PrivacyPreference", "communications": "pd:Communication",
        "call_recordings": "pd:VoiceCommunicationRecording", "camera": "pd:Picture", "location": "pd:Location",
        "personal_identity_code": "pd:OfficialID", "service_usage": "pd:ServiceConsumptionBehaviour",
        "social_media": "pd:PubliclyAvailableSocialMedia", "application": "pd:Professional",
        "aptitude_tests": "pd:ProfessionalEvaluation", "employment": "pd:CurrentEmployment",
    },
    "RECIPIENT_ROLES": {
        "processor": "dpv:DataProcessor", "controller": "dpv:DataController",
        "joint_controller": "dpv:JointDataControllers", "authority": "dpv:Authority",
    },
    "RECIPIENT_FREQUENCIES": {"regular": "dpv:OftenFrequency", "occasional": "dpv:SporadicFrequency"},
    # Privacy Shield is never printed as a safeguard (invalid since 2020), so never exported.
    "SAFEGUARDS": {
        "adequacy": "eu-gdpr:A45-3", "dpf": "eu-gdpr:A45-3", "scc": "eu-gdpr:A46-2-c", "bcr": "eu-gdpr:A46-2-b",
        "derogation_consent": "eu-gdpr:A49-1-a", "derogation_contract": "eu-gdpr:A49-1-b",
        "derogation_legal_claims": "eu-gdpr:A49-1-e", "privacy_shield": None,
    },
    # notices.content.rights.RIGHTS codes (that module imports this one).
    "RIGHTS": {
        "access": "eu-gdpr:A15", "rectification": "eu-gdpr:A16", "erasure": "eu-gdpr:A17", "restriction": "eu-gdpr:A18",
        "portability": "eu-gdpr:A20", "objection": "eu-gdpr:A21", "objection_direct_marketing": "eu-gdpr:A21",
        "withdraw_consent": "eu-gdpr:A7-3", "automated_decisions": "eu-gdpr:A22",
    },
    # ISO 3166-1 alpha-2 codes are DPV's location codes; "various" names no country: the
    # export says "outside the EEA" (dpv:isOutsideOfLocation loc:EEA) instead.
    "COUNTRIES": {entry.code: f"loc:{entry.code}" for entry in COUNTRIES},
    "TRANSFER_DESTINATIONS": {
        entry.code: None if entry.code == VARIOUS_COUNTRIES else f"loc:{entry.code}" for entry in TRANSFER_DESTINATIONS
    },
}
DPV_OUTSIDE_EEA = "loc:EEA"


def dpv_concept(catalogue: str, code: str) -> str | None:
    """The DPV concept (compact IRI) of ``code`` in the catalogue named ``catalogue``;
    None for an unknown code or one that is never exported."""
    return DPV_CONCEPTS.get(catalogue, {}).get(code) if isinstance(code, str) else None
