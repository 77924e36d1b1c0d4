"""Catalogues: every fixed choice a notice can contain, with a label in every notice language.

The one source of truth for codes used in ``Notice.answers``. The wizard offers these as
choices, the builder prints their labels, the checker reasons over their attributes.
Codes are stable identifiers: never rename one that has been published (old versions keep
their own rendered text, but drafts and exports keep codes).
"""

from dataclasses import dataclass, field
from datetime import date

from .languages import NOTICE_LANGUAGES, pick


@dataclass(frozen=True)
class Entry:
    code: str
    labels: dict  # the label in each notice language (languages.CODES)
    # Optional longer explanation shown in the notice or as help in the wizard, per language.
    help_texts: dict = field(default_factory=dict)
    attrs: dict = field(default_factory=dict)

    def label(self, language: str) -> str:
        return pick(self.labels, language)

    def help(self, language: str) -> str:
        return pick(self.help_texts, language)


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


# The notice languages as a catalogue (label: the language's name in each language).
LANGUAGES = Catalogue(*[Entry(language.code, dict(language.names)) for language in NOTICE_LANGUAGES])

STYLES = Catalogue(
    Entry(
        "register",
        {"fi": "Numeroitu rekisteriseloste", "en": "Numbered privacy notice", "sv": "Numrerad registerbeskrivning"},
        help_texts={"fi": "Perinteinen seloste numeroiduin otsikoin: 1. Rekisterinpitäjä, 2. Yhteyshenkilö …", "en": "The traditional Finnish format with numbered headings: 1. Controller, 2. Contact person …", "sv": "Det traditionella finländska formatet med numrerade rubriker: 1. Personuppgiftsansvarig, 2. Kontaktperson …"},
    ),
    Entry(
        "statement",
        {"fi": "Kysymysmuotoinen tietosuojalausunto", "en": "Question-headed privacy statement", "sv": "Dataskyddsbeskrivning med frågor som rubriker"},
        help_texts={"fi": "Lukijalle osoitetut kysymysotsikot ja sisällysluettelo: Mitä tietoja keräämme? …", "en": "Question headings addressed to the reader, with a table of contents: What data do we collect? …", "sv": "Rubriker i form av frågor riktade till läsaren, med innehållsförteckning: Vilka uppgifter samlar vi in? …"},
    ),
)

# Art. 6(1). attrs["article"] is cited in the notice.
LEGAL_BASES = Catalogue(
    Entry("consent", {"fi": "Suostumus", "en": "Consent", "sv": "Samtycke"},
          help_texts={"fi": "Henkilö on antanut suostumuksensa käsittelyyn, esimerkiksi tilatessaan uutiskirjeen.", "en": "The person has given consent, e.g. by subscribing to a newsletter.", "sv": "Personen har gett sitt samtycke, till exempel genom att beställa ett nyhetsbrev."},
          attrs={"article": "6(1)(a)"}),
    Entry("contract", {"fi": "Sopimus", "en": "Contract", "sv": "Avtal"},
          help_texts={"fi": "Käsittely on tarpeen henkilön kanssa tehdyn sopimuksen täytäntöönpanemiseksi tai sopimusta edeltävien toimien toteuttamiseksi.", "en": "Processing is needed to perform a contract with the person or to take steps before one.", "sv": "Behandlingen är nödvändig för att fullgöra ett avtal med personen eller för att vidta åtgärder innan ett avtal ingås."},
          attrs={"article": "6(1)(b)"}),
    Entry("legal_obligation", {"fi": "Lakisääteinen velvoite", "en": "Legal obligation", "sv": "Rättslig förpliktelse"},
          help_texts={"fi": "Käsittely on tarpeen lakisääteisen velvoitteen noudattamiseksi, esimerkiksi kirjanpitolain vuoksi.", "en": "A law requires the processing, e.g. the Accounting Act.", "sv": "Behandlingen krävs enligt lag, till exempel bokföringslagen."},
          attrs={"article": "6(1)(c)"}),
    Entry("vital_interests", {"fi": "Elintärkeä etu", "en": "Vital interests", "sv": "Grundläggande intressen"},
          help_texts={"fi": "Käsittely on tarpeen henkilön tai toisen ihmisen hengen tai terveyden suojaamiseksi.", "en": "Processing is needed to protect someone's life or health.", "sv": "Behandlingen är nödvändig för att skydda någons liv eller hälsa."},
          attrs={"article": "6(1)(d)"}),
    Entry("public_task", {"fi": "Yleinen etu tai julkisen vallan käyttö", "en": "Public task", "sv": "Uppgift av allmänt intresse eller myndighetsutövning"},
          help_texts={"fi": "Käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi.", "en": "Processing is needed for a task in the public interest or in the exercise of official authority.", "sv": "Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning."},
          attrs={"article": "6(1)(e)"}),
    Entry("legitimate_interests", {"fi": "Oikeutettu etu", "en": "Legitimate interests", "sv": "Berättigat intresse"},
          help_texts={"fi": "Käsittely on tarpeen rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttamiseksi. Kuvaa etu.", "en": "Processing is needed for the legitimate interests of the controller or a third party. Describe the interest.", "sv": "Behandlingen är nödvändig för den personuppgiftsansvariges eller en tredje parts berättigade intressen. Beskriv intresset."},
          attrs={"article": "6(1)(f)"}),
)

# Direct-marketing channels (spec item 25). attrs["electronic"]: e-mail and SMS marketing to
# consumers needs prior consent except to existing customers for the controller's own
# similar products (Act on Electronic Communications Services 917/2014, 200 §).
MARKETING_CHANNELS = Catalogue(
    Entry("email", {"fi": "Sähköposti", "en": "E-mail", "sv": "E-post"}, attrs={"electronic": True}),
    Entry("sms", {"fi": "Tekstiviesti", "en": "Text message (SMS)", "sv": "Textmeddelande (sms)"}, attrs={"electronic": True}),
    Entry("phone", {"fi": "Puhelin", "en": "Phone", "sv": "Telefon"}),
    Entry("post", {"fi": "Posti", "en": "Post", "sv": "Post"}),
    Entry("online_ads", {"fi": "Kohdennettu verkkomainonta", "en": "Targeted online advertising", "sv": "Riktad reklam på nätet"}, attrs={"targeting": True}),
)

DATA_SUBJECTS = Catalogue(
    Entry("customers", {"fi": "Asiakkaat", "en": "Customers", "sv": "Kunder"}),
    Entry("business_contacts", {"fi": "Yritysasiakkaiden yhteyshenkilöt", "en": "Contact persons of business customers", "sv": "Kontaktpersoner hos företagskunder"}),
    Entry("prospects", {"fi": "Potentiaaliset asiakkaat", "en": "Prospective customers", "sv": "Potentiella kunder"}),
    Entry("website_visitors", {"fi": "Verkkosivuston kävijät", "en": "Website visitors", "sv": "Besökare på webbplatsen"}),
    Entry("newsletter_subscribers", {"fi": "Uutiskirjeen tilaajat", "en": "Newsletter subscribers", "sv": "Prenumeranter på nyhetsbrevet"}),
    Entry("online_store_users", {"fi": "Verkkokaupan asiakkaat", "en": "Online shop customers", "sv": "Kunder i nätbutiken"}),
    Entry("job_applicants", {"fi": "Työnhakijat", "en": "Job applicants", "sv": "Arbetssökande"}),
    Entry("employees", {"fi": "Työntekijät", "en": "Employees", "sv": "Anställda"}),
    Entry("suppliers", {"fi": "Toimittajien ja yhteistyökumppaneiden yhteyshenkilöt", "en": "Contact persons of suppliers and partners", "sv": "Kontaktpersoner hos leverantörer och samarbetspartner"}),
    Entry("event_participants", {"fi": "Tapahtumiin osallistujat", "en": "Event participants", "sv": "Deltagare i evenemang"}),
    Entry("end_users", {"fi": "Asiakkaidemme palveluiden loppukäyttäjät", "en": "End users of our customers' services", "sv": "Slutanvändare av våra kunders tjänster"}),
    Entry("children_under_13", {"fi": "Alle 13-vuotiaat lapset", "en": "Children under 13", "sv": "Barn under 13 år"}),
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
    Entry("basic", {"fi": "Perustiedot", "en": "Basic details", "sv": "Grunduppgifter"},
          help_texts={"fi": "nimi, syntymäaika, kieli", "en": "name, date of birth, language", "sv": "namn, födelsedatum, språk"}),
    Entry("contact", {"fi": "Yhteystiedot", "en": "Contact details", "sv": "Kontaktuppgifter"},
          help_texts={"fi": "osoite, puhelinnumero, sähköpostiosoite", "en": "address, phone number, e-mail address", "sv": "adress, telefonnummer, e-postadress"}),
    Entry("employer", {"fi": "Työnantaja- ja asematiedot", "en": "Employer and position", "sv": "Arbetsgivare och befattning"},
          help_texts={"fi": "yritys, tehtävänimike, työpisteen sijainti", "en": "company, job title, place of work", "sv": "företag, befattning, arbetsplats"}),
    Entry("customer_relationship", {"fi": "Asiakkuuteen liittyvät tiedot", "en": "Customer relationship data", "sv": "Uppgifter om kundförhållandet"},
          help_texts={"fi": "asiakkuuden alkaminen ja päättyminen, asiakasnumero, ostetut palvelut, asiakaspalaute", "en": "start and end of the customer relationship, customer number, services bought, feedback", "sv": "kundförhållandets början och slut, kundnummer, köpta tjänster, respons"}),
    Entry("billing", {"fi": "Laskutus- ja maksutiedot", "en": "Billing and payment details", "sv": "Fakturerings- och betalningsuppgifter"},
          help_texts={"fi": "laskutusosoite, maksutapa, maksutapahtumat", "en": "billing address, payment method, payments", "sv": "faktureringsadress, betalningssätt, betalningar"}),
    Entry("purchase_history", {"fi": "Ostohistoria", "en": "Purchase history", "sv": "Köphistorik"},
          help_texts={"fi": "tilaukset, toimitukset ja palautukset", "en": "orders, deliveries and returns", "sv": "beställningar, leveranser och returer"}),
    Entry("credentials", {"fi": "Tunnisteet ja käyttäjätunnukset", "en": "Identifiers and credentials", "sv": "Identifierare och inloggningsuppgifter"},
          help_texts={"fi": "käyttäjätunnus, salattu salasana, asiakasnumero", "en": "username, encrypted password, customer number", "sv": "användarnamn, krypterat lösenord, kundnummer"}),
    Entry("device", {"fi": "IP-osoite ja laitetiedot", "en": "IP address and device data", "sv": "IP-adress och enhetsuppgifter"},
          help_texts={"fi": "IP-osoite, selain, käyttöjärjestelmä, lokitiedot", "en": "IP address, browser, operating system, log data", "sv": "IP-adress, webbläsare, operativsystem, loggdata"}),
    Entry("cookies_analytics", {"fi": "Eväste- ja analytiikkatiedot", "en": "Cookie and analytics data", "sv": "Kak- och analysdata"},
          help_texts={"fi": "sivustokäynnit, evästetunnisteet, käyttötilastot", "en": "site visits, cookie identifiers, usage statistics", "sv": "besök på webbplatsen, kakidentifierare, användningsstatistik"}),
    Entry("marketing_consents", {"fi": "Suoramarkkinointiluvat ja -kiellot", "en": "Direct-marketing consents and opt-outs", "sv": "Samtycken till och förbud mot direktmarknadsföring"}),
    Entry("communications", {"fi": "Yhteydenpitohistoria", "en": "Communication records", "sv": "Kommunikationshistorik"},
          help_texts={"fi": "sähköpostit, chat-viestit, tukipyynnöt", "en": "e-mails, chat messages, support requests", "sv": "e-postmeddelanden, chattmeddelanden, supportärenden"}),
    Entry("call_recordings", {"fi": "Puhelutallenteet", "en": "Call recordings", "sv": "Samtalsinspelningar"}),
    Entry("camera", {"fi": "Kameravalvonnan tallenteet", "en": "Camera surveillance footage", "sv": "Inspelningar från kameraövervakning"}),
    Entry("location", {"fi": "Sijaintitiedot", "en": "Location data", "sv": "Platsuppgifter"}),
    # Tietosuojalaki 29 § limits when it may be processed: the checker asks for the basis.
    Entry("personal_identity_code", {"fi": "Henkilötunnus", "en": "Personal identity code", "sv": "Personbeteckning"}, attrs={"national_rule": "data_protection_act_29"}),
    Entry("service_usage", {"fi": "Palveluiden käyttötiedot", "en": "Service usage data", "sv": "Uppgifter om användningen av tjänster"},
          help_texts={"fi": "palvelutapahtumat, laitteiden tiedot, tukipyyntöjen käsittely", "en": "service events, device details, support ticket handling", "sv": "händelser i tjänsten, uppgifter om enheter, hantering av supportärenden"}),
    Entry("social_media", {"fi": "Julkiset sosiaalisen median tiedot", "en": "Public social-media data", "sv": "Offentliga uppgifter i sociala medier"}),
    Entry("application", {"fi": "Työhakemuksen tiedot", "en": "Job application details", "sv": "Uppgifter i arbetsansökan"},
          help_texts={"fi": "CV, koulutus, työkokemus, suositukset", "en": "CV, education, work history, references", "sv": "cv, utbildning, arbetserfarenhet, referenser"}),
    # Työelämän tietosuojalaki 13 §: tests only with consent.
    Entry("aptitude_tests", {"fi": "Soveltuvuustestien ja henkilöarviointien tulokset", "en": "Results of aptitude tests and personal assessments", "sv": "Resultat av lämplighetstester och personbedömningar"},
          attrs={"national_rule": "working_life_13"}),
    Entry("employment", {"fi": "Työsuhteen tiedot", "en": "Employment details", "sv": "Uppgifter om anställningen"},
          help_texts={"fi": "työsopimus, palkka, poissaolot, verokortti", "en": "employment contract, salary, absences, tax card", "sv": "arbetsavtal, lön, frånvaro, skattekort"}),
)

# Art. 9(2) conditions for special categories of personal data.
SPECIAL_CONDITIONS = Catalogue(
    Entry("explicit_consent", {"fi": "Nimenomainen suostumus (9 artiklan 2 kohdan a alakohta)", "en": "Explicit consent (Art. 9(2)(a))", "sv": "Uttryckligt samtycke (artikel 9.2 a)"}),
    Entry("employment_law", {"fi": "Työoikeuden ja sosiaaliturvan velvoitteet (9 artiklan 2 kohdan b alakohta)", "en": "Employment and social security law (Art. 9(2)(b))", "sv": "Skyldigheter inom arbetsrätt och social trygghet (artikel 9.2 b)"}),
    Entry("vital_interests", {"fi": "Elintärkeä etu, kun henkilö ei voi antaa suostumusta (9 artiklan 2 kohdan c alakohta)", "en": "Vital interests where consent cannot be given (Art. 9(2)(c))", "sv": "Grundläggande intressen när samtycke inte kan ges (artikel 9.2 c)"}),
    Entry("nonprofit", {"fi": "Säätiön, yhdistyksen tai muun voittoa tavoittelemattoman yhteisön toiminta (9 artiklan 2 kohdan d alakohta)", "en": "Activities of a foundation, association or other not-for-profit body (Art. 9(2)(d))", "sv": "Verksamhet som bedrivs av en stiftelse, en förening eller något annat organ utan vinstsyfte (artikel 9.2 d)"}),
    Entry("made_public", {"fi": "Henkilö on itse saattanut tiedot julkisiksi (9 artiklan 2 kohdan e alakohta)", "en": "Data made public by the person (Art. 9(2)(e))", "sv": "Uppgifter som personen själv har offentliggjort (artikel 9.2 e)"}),
    Entry("legal_claims", {"fi": "Oikeusvaateen laatiminen, esittäminen tai puolustaminen (9 artiklan 2 kohdan f alakohta)", "en": "Legal claims (Art. 9(2)(f))", "sv": "Rättsliga anspråk (artikel 9.2 f)"}),
    Entry("public_interest", {"fi": "Tärkeä yleinen etu lain nojalla (9 artiklan 2 kohdan g alakohta)", "en": "Substantial public interest under law (Art. 9(2)(g))", "sv": "Viktigt allmänt intresse enligt lag (artikel 9.2 g)"}),
    Entry("health_care", {"fi": "Terveydenhuolto ja työterveyshuolto (9 artiklan 2 kohdan h alakohta)", "en": "Health care and occupational medicine (Art. 9(2)(h))", "sv": "Hälso- och sjukvård samt företagshälsovård (artikel 9.2 h)"}),
    Entry("public_health", {"fi": "Kansanterveys (9 artiklan 2 kohdan i alakohta)", "en": "Public health (Art. 9(2)(i))", "sv": "Folkhälsa (artikel 9.2 i)"}),
    Entry("research", {"fi": "Tieteellinen tai historiallinen tutkimus tai tilastointi (9 artiklan 2 kohdan j alakohta)", "en": "Scientific or historical research or statistics (Art. 9(2)(j))", "sv": "Vetenskaplig eller historisk forskning eller statistik (artikel 9.2 j)"}),
)

# Art. 22(2): the exception that allows decisions based solely on automated processing.
# attrs["safeguards"]: Art. 22(3) applies (human intervention, own view, contesting);
# under 22(2)(b) the authorising law itself lays down the safeguards.
AUTOMATED_EXCEPTIONS = Catalogue(
    Entry("contract", {"fi": "Päätös on tarpeen sopimuksen tekemiseksi tai täytäntöönpanemiseksi (22 artiklan 2 kohdan a alakohta)", "en": "The decision is necessary for entering into or performing a contract (Art. 22(2)(a))", "sv": "Beslutet är nödvändigt för att ingå eller fullgöra ett avtal (artikel 22.2 a)"},
          attrs={"safeguards": True}),
    Entry("law", {"fi": "Päätös on sallittu laissa, jossa säädetään oikeuksiesi suojaamisesta (22 artiklan 2 kohdan b alakohta)", "en": "The decision is authorised by law, which lays down measures to safeguard your rights (Art. 22(2)(b))", "sv": "Beslutet är tillåtet enligt lag, som fastställer åtgärder för att skydda dina rättigheter (artikel 22.2 b)"}),
    Entry("explicit_consent", {"fi": "Päätös perustuu nimenomaiseen suostumukseesi (22 artiklan 2 kohdan c alakohta)", "en": "The decision is based on your explicit consent (Art. 22(2)(c))", "sv": "Beslutet grundar sig på ditt uttryckliga samtycke (artikel 22.2 c)"},
          attrs={"safeguards": True}),
)

# The national basis for data on criminal convictions and offences (Art. 10 allows it only
# under official authority or where Union or member-state law authorises it; in Finland,
# Tietosuojalaki 1050/2018 7 §). "law": name the act in criminal_basis_details.
CRIMINAL_BASES = Catalogue(
    Entry("legal_claims", {"fi": "Oikeusvaateen laatiminen, esittäminen, puolustaminen tai ratkaiseminen", "en": "Establishing, exercising, defending or deciding legal claims", "sv": "Fastställande, utövande, försvar eller avgörande av rättsliga anspråk"}),
    Entry("law", {"fi": "Laissa säädetty tehtävä tai velvoite (nimeä laki)", "en": "A task or obligation laid down by law (name the act)", "sv": "En uppgift eller förpliktelse som föreskrivs i lag (ange lagen)"}),
)

# When the personal identity code (henkilötunnus) may be processed: Tietosuojalaki 29 §.
IDENTITY_CODE_BASES = Catalogue(
    Entry("consent", {"fi": "Henkilön suostumus", "en": "The person's consent", "sv": "Personens samtycke"}),
    Entry("law", {"fi": "Käsittelystä säädetään laissa", "en": "The processing is laid down by law", "sv": "Det föreskrivs i lag om behandlingen"}),
    Entry("unambiguous_identification", {"fi": "Henkilön yksiselitteinen yksilöinti on tärkeää laissa säädetyn tehtävän tai henkilön tai meidän oikeuksiemme ja velvollisuuksiemme toteuttamiseksi", "en": "Identifying the person unambiguously is important to perform a task laid down by law or to exercise the person's or our rights and obligations", "sv": "Det är viktigt att entydigt identifiera personen för att utföra en uppgift som föreskrivs i lag eller för att tillgodose personens eller våra rättigheter och skyldigheter"}),
    Entry("sector", {"fi": "Luotonanto, saatavien perintä, vakuutus-, luottolaitos-, maksupalvelu-, vuokraus- tai luottotietotoiminta, terveydenhuolto, sosiaalihuolto tai palvelussuhdetta koskevat asiat", "en": "Lending, debt collection, insurance, credit institution, payment service, rental or credit information activities, health care, social welfare or employment matters", "sv": "Kreditgivning, indrivning av fordringar, försäkrings-, kreditinstituts-, betaltjänst-, uthyrnings- eller kreditupplysningsverksamhet, hälso- och sjukvård, socialvård eller frågor som gäller anställningsförhållanden"}),
)

# attrs["public"]: a publicly accessible source (Art. 14(2)(f) asks us to say so). Registers
# that disclose data only on request or for a permitted purpose are not publicly accessible:
# the Population Information System, Posti's address services, the Robinson opt-out register
# and credit-information registers (spec item 11). attrs["from_data_subject"]: collected from
# the person, so Art. 13 applies; observed data counts (WP260 rev.01 para 26).
# attrs["statement"]: the label in the statement style, which addresses the reader.
SOURCES = Catalogue(
    Entry("data_subject", {"fi": "Suoraan rekisteröidyltä itseltään", "en": "Directly from the data subject", "sv": "Direkt från den registrerade"},
          attrs={"public": False, "from_data_subject": True, "statement": {"fi": "Suoraan sinulta", "en": "Directly from you", "sv": "Direkt från dig"}}),
    Entry("employer", {"fi": "Rekisteröidyn työnantajalta", "en": "From the data subject's employer", "sv": "Från den registrerades arbetsgivare"},
          attrs={"public": False, "statement": {"fi": "Työnantajaltasi", "en": "From your employer", "sv": "Från din arbetsgivare"}}),
    Entry("observed", {"fi": "Palveluiden ja verkkosivuston käytöstä", "en": "Observed when our services and website are used", "sv": "Genom observation när våra tjänster och vår webbplats används"}, attrs={"public": False, "from_data_subject": True}),
    Entry("derived", {"fi": "Johdettuina muista tiedoista", "en": "Derived or inferred from other data", "sv": "Härledda eller slutledda ur andra uppgifter"}, attrs={"public": False}),
    Entry("partners", {"fi": "Yhteistyökumppaneilta", "en": "From our partners", "sv": "Från våra samarbetspartner"}, attrs={"public": False}),
    Entry("technical_systems", {"fi": "Ylläpitämistämme teknisistä järjestelmistä", "en": "From technical systems we maintain", "sv": "Från tekniska system som vi upprätthåller"}, attrs={"public": False}),
    Entry("population_register", {"fi": "Väestötietojärjestelmästä", "en": "From the Population Information System", "sv": "Från befolkningsdatasystemet"}, attrs={"public": False}),
    Entry("posti", {"fi": "Postin osoitetietopalveluista", "en": "From Posti's address services", "sv": "Från Postis adresstjänster"}, attrs={"public": False}),
    Entry("robinson", {"fi": "Suoramarkkinoinnin kieltorekisteristä (Robinson)", "en": "From the Robinson direct-marketing opt-out register", "sv": "Från spärregistret för direktmarknadsföring (Robinson)"}, attrs={"public": False}),
    Entry("credit_info", {"fi": "Luottotietorekisteristä (esim. Suomen Asiakastieto)", "en": "From credit information registers (e.g. Suomen Asiakastieto)", "sv": "Från kreditupplysningsregister (t.ex. Suomen Asiakastieto)"}, attrs={"public": False}),
    Entry("directories", {"fi": "Yritys- ja yhteystietopalveluista (esim. Fonecta)", "en": "From business and contact directories (e.g. Fonecta)", "sv": "Från företags- och kontaktkataloger (t.ex. Fonecta)"}, attrs={"public": True}),
    Entry("trade_register", {"fi": "Kaupparekisteristä ja YTJ:stä", "en": "From the Trade Register and the Business Information System", "sv": "Från handelsregistret och företags- och organisationsdatasystemet (FODS)"}, attrs={"public": True}),
    Entry("public_websites", {"fi": "Julkisilta verkkosivuilta", "en": "From public websites", "sv": "Från offentliga webbplatser"}, attrs={"public": True}),
    Entry("social_media", {"fi": "Julkisista sosiaalisen median profiileista", "en": "From public social-media profiles", "sv": "Från offentliga profiler i sociala medier"}, attrs={"public": True}),
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
    Entry("voluntary", {"fi": "Vapaaehtoista", "en": "Voluntary", "sv": "Frivilligt"}),
    Entry("contractual", {"fi": "Sopimuksen edellytys", "en": "A requirement of the contract", "sv": "En förutsättning för avtalet"}),
    Entry("statutory", {"fi": "Lakisääteistä", "en": "Required by law", "sv": "Lagstadgat"}),
    Entry("mixed", {"fi": "Osittain pakollista", "en": "Partly required", "sv": "Delvis obligatoriskt"}),
)

# Finnish statutory retention periods. attrs["years"], attrs["law"].
RETENTION_PRESETS = Catalogue(
    Entry("accounting_vouchers", {"fi": "Kirjanpidon tositteet: 6 vuotta", "en": "Accounting vouchers: 6 years", "sv": "Bokföringsverifikationer: 6 år"},
          help_texts={"fi": "Tositteita säilytetään kuusi vuotta sen vuoden lopusta, jona tilikausi on päättynyt (kirjanpitolaki 2 luku 10 §).", "en": "Accounting vouchers are kept for six years from the end of the year in which the financial year ended (Accounting Act, chapter 2, section 10).", "sv": "Bokföringsverifikationer bevaras i sex år från utgången av det år då räkenskapsperioden har upphört (2 kap. 10 § i bokföringslagen)."},
          attrs={"years": 6, "law": "accounting_act"}),
    Entry("ledgers", {"fi": "Tilinpäätös ja kirjanpitokirjat: 10 vuotta", "en": "Financial statements and ledgers: 10 years", "sv": "Bokslut och bokföringsböcker: 10 år"},
          help_texts={"fi": "Tilinpäätös, toimintakertomus sekä päivä- ja pääkirja säilytetään vähintään kymmenen vuotta tilikauden päättymisestä (kirjanpitolaki 2 luku 10 §).", "en": "Financial statements, the annual report and the journals and general ledger are kept for at least ten years from the end of the financial year (Accounting Act, chapter 2, section 10).", "sv": "Bokslutet, verksamhetsberättelsen samt dagboken och huvudboken bevaras i minst tio år från räkenskapsperiodens utgång (2 kap. 10 § i bokföringslagen)."},
          attrs={"years": 10, "law": "accounting_act"}),
    Entry("employment_certificate", {"fi": "Työtodistukseen tarvittavat tiedot: 10 vuotta", "en": "Data for an employment certificate: 10 years", "sv": "Uppgifter för arbetsintyg: 10 år"},
          help_texts={"fi": "Työtodistuksen antamiseen tarvittavat tiedot säilytetään kymmenen vuotta työsuhteen päättymisestä (työsopimuslaki 6 luku 7 §).", "en": "The data needed for an employment certificate is kept for ten years after the employment ends (Employment Contracts Act, chapter 6, section 7).", "sv": "De uppgifter som behövs för ett arbetsintyg bevaras i tio år efter att anställningen har upphört (6 kap. 7 § i arbetsavtalslagen)."},
          attrs={"years": 10, "law": "employment_contracts_act"}),
    # The time limits for discrimination claims in recruitment run from the hiring
    # decision (when the applicant learns of it), not from the end of the application
    # period, so the applications that a claim would be judged on are kept until then.
    Entry("job_applications", {"fi": "Työhakemukset: 2 vuotta valintapäätöksestä", "en": "Job applications: 2 years from the hiring decision", "sv": "Arbetsansökningar: 2 år från anställningsbeslutet"},
          help_texts={"fi": "Hakemukset ja niihin liittyvät tiedot säilytetään kaksi vuotta valintapäätöksestä, koska syrjintää koskevan kanteen voi nostaa tämän ajan kuluessa valintapäätöksestä (tasa-arvolaki 609/1986, yhdenvertaisuuslaki 1325/2014).", "en": "Applications and related data are kept for two years from the hiring decision, because a discrimination claim can be brought within that time of the decision (Equality Act 609/1986, Non-discrimination Act 1325/2014).", "sv": "Ansökningar och uppgifter som hänför sig till dem bevaras i två år från anställningsbeslutet, eftersom talan om diskriminering kan väckas inom den tiden från beslutet (jämställdhetslagen 609/1986, diskrimineringslagen 1325/2014)."},
          attrs={"years": 2, "counted_from": "hiring_decision", "laws": ["equality_act", "non_discrimination_act"],
                 "law": "non_discrimination_act"}),
)

RECIPIENT_KINDS = Catalogue(
    Entry("group_companies", {"fi": "Konserniyhtiöt", "en": "Group companies", "sv": "Koncernbolag"}),
    Entry("it_services", {"fi": "IT- ja pilvipalveluiden toimittajat", "en": "IT and cloud service providers", "sv": "Leverantörer av it- och molntjänster"}),
    Entry("accounting", {"fi": "Tilitoimisto", "en": "Accounting firm", "sv": "Bokföringsbyrå"}),
    Entry("payment", {"fi": "Maksunvälittäjät", "en": "Payment service providers", "sv": "Betaltjänstleverantörer"}),
    Entry("logistics", {"fi": "Kuljetus- ja logistiikkayritykset", "en": "Delivery and logistics companies", "sv": "Transport- och logistikföretag"}),
    Entry("marketing", {"fi": "Markkinointi- ja viestintäpalveluiden toimittajat", "en": "Marketing and communication service providers", "sv": "Leverantörer av marknadsförings- och kommunikationstjänster"}),
    Entry("partners", {"fi": "Yhteistyökumppanit henkilön suostumuksella", "en": "Partners, with the person's consent", "sv": "Samarbetspartner, med personens samtycke"}),
    Entry("authorities", {"fi": "Viranomaiset lain edellyttämissä tapauksissa", "en": "Authorities, where the law requires", "sv": "Myndigheter, när lagen kräver det"}, attrs={"occasional": True}),
    Entry("business_transfer", {"fi": "Yrityskauppojen osapuolet", "en": "Parties to a merger or acquisition", "sv": "Parter i en fusion eller ett företagsförvärv"}, attrs={"occasional": True}),
    Entry("debt_collection", {"fi": "Perintäyhtiöt", "en": "Debt collection agencies", "sv": "Inkassobyråer"}, attrs={"occasional": True}),
    Entry("insurance", {"fi": "Vakuutusyhtiöt", "en": "Insurance companies", "sv": "Försäkringsbolag"}),
    Entry("other", {"fi": "Muut vastaanottajat", "en": "Other recipients", "sv": "Andra mottagare"}),
)

# How often data goes to a recipient. attrs["occasional"] on a recipient kind sets the
# default: authorities on request, M&A and debt collection happen only when needed.
RECIPIENT_FREQUENCIES = Catalogue(
    Entry("regular", {"fi": "Säännöllisesti", "en": "Regularly", "sv": "Regelbundet"}),
    Entry("occasional", {"fi": "Vain tarvittaessa", "en": "Only when needed", "sv": "Endast vid behov"}),
)


def recipient_frequency(recipient: dict) -> str:
    """The row's answer, else the default of its kind ("regular" when nothing says)."""
    value = recipient.get("frequency") if isinstance(recipient, dict) else None
    if value in RECIPIENT_FREQUENCIES:
        return value
    kind = RECIPIENT_KINDS.get(recipient.get("kind") if isinstance(recipient, dict) and isinstance(recipient.get("kind"), str) else "")
    return "occasional" if kind and kind.attrs.get("occasional") else "regular"


RECIPIENT_ROLES = Catalogue(
    Entry("processor", {"fi": "Henkilötietojen käsittelijä (toimii lukuumme)", "en": "Processor (acts on our behalf)", "sv": "Personuppgiftsbiträde (agerar för vår räkning)"}),
    Entry("controller", {"fi": "Itsenäinen rekisterinpitäjä", "en": "Independent controller", "sv": "Självständig personuppgiftsansvarig"}),
    Entry("joint_controller", {"fi": "Yhteisrekisterinpitäjä", "en": "Joint controller", "sv": "Gemensamt personuppgiftsansvarig"}),
    Entry("authority", {"fi": "Viranomainen", "en": "Authority", "sv": "Myndighet"}),
)

# attrs["copy"]: a document the data subject can get a copy of (Art. 13(1)(f)): the
# clauses or the corporate rules. attrs["derogation"]: Art. 49, for occasional transfers only
# (EDPB Guidelines 2/2018), never for routine processing such as hosting by a processor.
SAFEGUARDS = Catalogue(
    Entry("adequacy", {"fi": "Komission riittävyyspäätös (45 artikla)", "en": "European Commission adequacy decision (Art. 45)", "sv": "Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45)"}),
    Entry("dpf", {"fi": "EU–Yhdysvallat-tietosuojakehys, sertifioitu vastaanottaja (45 artikla)", "en": "EU–US Data Privacy Framework, certified recipient (Art. 45)", "sv": "Ramen för dataskydd mellan EU och USA (EU–U.S. Data Privacy Framework), certifierad mottagare (artikel 45)"}),
    Entry("scc", {"fi": "Komission vakiosopimuslausekkeet (46 artiklan 2 kohdan c alakohta)", "en": "Standard contractual clauses of the European Commission (Art. 46(2)(c))", "sv": "Europeiska kommissionens standardavtalsklausuler (artikel 46.2 c)"}, attrs={"copy": True}),
    Entry("bcr", {"fi": "Sitovat yrityssäännöt (47 artikla)", "en": "Binding corporate rules (Art. 47)", "sv": "Bindande företagsbestämmelser (artikel 47)"}, attrs={"copy": True}),
    Entry("derogation_consent", {"fi": "Rekisteröidyn nimenomainen suostumus (49 artiklan 1 kohdan a alakohta)", "en": "The data subject's explicit consent (Art. 49(1)(a))", "sv": "Den registrerades uttryckliga samtycke (artikel 49.1 a)"}, attrs={"derogation": True}),
    Entry("derogation_contract", {"fi": "Sopimuksen täytäntöönpano (49 artiklan 1 kohdan b alakohta)", "en": "Performance of a contract (Art. 49(1)(b))", "sv": "Fullgörande av ett avtal (artikel 49.1 b)"}, attrs={"derogation": True}),
    Entry("derogation_legal_claims", {"fi": "Oikeusvaateet (49 artiklan 1 kohdan e alakohta)", "en": "Legal claims (Art. 49(1)(e))", "sv": "Rättsliga anspråk (artikel 49.1 e)"}, attrs={"derogation": True}),
    # Invalidated by the CJEU (Schrems II, 16 July 2020); kept only so the checker can say so.
    Entry("privacy_shield", {"fi": "Privacy Shield (ei enää voimassa)", "en": "Privacy Shield (no longer valid)", "sv": "Privacy Shield (inte längre giltig)"}, attrs={"invalid": True}),
)

SECURITY_MEASURES = Catalogue(
    Entry("access_control", {"fi": "Käyttöoikeudet henkilökohtaisin tunnuksin", "en": "Access rights with personal credentials", "sv": "Behörigheter med personliga användarkonton"}),
    Entry("mfa", {"fi": "Monivaiheinen tunnistautuminen", "en": "Multi-factor authentication", "sv": "Flerfaktorsautentisering"}),
    Entry("encryption_transit", {"fi": "Salattu tiedonsiirto (TLS)", "en": "Encryption in transit (TLS)", "sv": "Krypterad dataöverföring (TLS)"}),
    Entry("encryption_rest", {"fi": "Tallennettujen tietojen salaus", "en": "Encryption at rest", "sv": "Kryptering av lagrade uppgifter"}),
    Entry("firewall", {"fi": "Palomuurit ja tietoturvapäivitykset", "en": "Firewalls and security updates", "sv": "Brandväggar och säkerhetsuppdateringar"}),
    Entry("physical", {"fi": "Fyysisesti suojatut tilat", "en": "Physically protected premises", "sv": "Fysiskt skyddade lokaler"}),
    Entry("confidentiality", {"fi": "Vaitiolovelvollisuus ja salassapitosopimukset", "en": "Confidentiality obligations and agreements", "sv": "Tystnadsplikt och sekretessavtal"}),
    Entry("training", {"fi": "Henkilöstön tietosuojakoulutus", "en": "Staff data-protection training", "sv": "Dataskyddsutbildning för personalen"}),
    Entry("backups", {"fi": "Varmuuskopiointi", "en": "Backups", "sv": "Säkerhetskopiering"}),
    Entry("logging", {"fi": "Käytön lokitus ja valvonta", "en": "Access logging and monitoring", "sv": "Loggning och övervakning av användningen"}),
    Entry("locked_manual", {"fi": "Manuaalinen aineisto lukitussa tilassa", "en": "Manual material kept locked", "sv": "Manuellt material förvaras inlåst"}),
    Entry("processor_agreements", {"fi": "Tietojenkäsittelysopimukset henkilötietojen käsittelijöiden kanssa", "en": "Data processing agreements with processors", "sv": "Biträdesavtal med personuppgiftsbiträden"}),
)

COOKIE_CATEGORIES = Catalogue(
    Entry("necessary", {"fi": "Välttämättömät evästeet", "en": "Strictly necessary cookies", "sv": "Nödvändiga kakor"}),
    Entry("preferences", {"fi": "Toiminnalliset evästeet", "en": "Preference cookies", "sv": "Funktionella kakor"}),
    Entry("analytics", {"fi": "Analytiikkaevästeet", "en": "Analytics cookies", "sv": "Analyskakor"}),
    Entry("marketing", {"fi": "Markkinointievästeet", "en": "Marketing cookies", "sv": "Marknadsföringskakor"}),
)

# How a visitor refuses non-necessary cookies. Browser settings are not consent under
# Traficom's guidance on cookies (917/2014, 205 §): consent must be active, without
# pre-ticked boxes, and refusing as easy as accepting.
COOKIE_REFUSAL_METHODS = Catalogue(
    Entry("consent_tool", {"fi": "Sivuston evästeasetuksista (evästebanneri, jossa kieltäytyminen on yhtä helppoa kuin hyväksyminen)", "en": "In the site's cookie settings (a banner where refusing is as easy as accepting)", "sv": "I webbplatsens kakinställningar (en banner där det är lika lätt att vägra som att godkänna)"}),
    Entry("browser", {"fi": "Vain selaimen asetuksista", "en": "Only in the browser settings", "sv": "Endast i webbläsarens inställningar"}, attrs={"not_consent": True}),
)

LAWS = Catalogue(
    Entry("gdpr", {"fi": "EU:n yleinen tietosuoja-asetus (EU) 2016/679", "en": "General Data Protection Regulation (EU) 2016/679", "sv": "EU:s allmänna dataskyddsförordning (EU) 2016/679"}),
    Entry("data_protection_act", {"fi": "Tietosuojalaki (1050/2018)", "en": "Finnish Data Protection Act (1050/2018)", "sv": "Dataskyddslagen (1050/2018)"}),
    Entry("electronic_communications", {"fi": "Laki sähköisen viestinnän palveluista (917/2014)", "en": "Act on Electronic Communications Services (917/2014)", "sv": "Lagen om tjänster inom elektronisk kommunikation (917/2014)"}),
    Entry("accounting_act", {"fi": "Kirjanpitolaki (1336/1997)", "en": "Accounting Act (1336/1997)", "sv": "Bokföringslagen (1336/1997)"}),
    Entry("working_life_privacy", {"fi": "Laki yksityisyyden suojasta työelämässä (759/2004)", "en": "Act on the Protection of Privacy in Working Life (759/2004)", "sv": "Lagen om integritetsskydd i arbetslivet (759/2004)"}),
    Entry("employment_contracts_act", {"fi": "Työsopimuslaki (55/2001)", "en": "Employment Contracts Act (55/2001)", "sv": "Arbetsavtalslagen (55/2001)"}),
    Entry("consumer_protection", {"fi": "Kuluttajansuojalaki (38/1978)", "en": "Consumer Protection Act (38/1978)", "sv": "Konsumentskyddslagen (38/1978)"}),
    Entry("equality_act", {"fi": "Laki naisten ja miesten välisestä tasa-arvosta (609/1986)", "en": "Act on Equality between Women and Men (609/1986)", "sv": "Lagen om jämställdhet mellan kvinnor och män (609/1986)"}),
    Entry("non_discrimination_act", {"fi": "Yhdenvertaisuuslaki (1325/2014)", "en": "Non-discrimination Act (1325/2014)", "sv": "Diskrimineringslagen (1325/2014)"}),
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
        Entry(code, labels)
        for code, labels in [
            ("FI", {"fi": "Suomi", "en": "Finland", "sv": "Finland"}), ("SE", {"fi": "Ruotsi", "en": "Sweden", "sv": "Sverige"}), ("NO", {"fi": "Norja", "en": "Norway", "sv": "Norge"}),
            ("DK", {"fi": "Tanska", "en": "Denmark", "sv": "Danmark"}), ("IS", {"fi": "Islanti", "en": "Iceland", "sv": "Island"}), ("EE", {"fi": "Viro", "en": "Estonia", "sv": "Estland"}),
            ("LV", {"fi": "Latvia", "en": "Latvia", "sv": "Lettland"}), ("LT", {"fi": "Liettua", "en": "Lithuania", "sv": "Litauen"}), ("DE", {"fi": "Saksa", "en": "Germany", "sv": "Tyskland"}),
            ("NL", {"fi": "Alankomaat", "en": "Netherlands", "sv": "Nederländerna"}), ("BE", {"fi": "Belgia", "en": "Belgium", "sv": "Belgien"}), ("LU", {"fi": "Luxemburg", "en": "Luxembourg", "sv": "Luxemburg"}),
            ("FR", {"fi": "Ranska", "en": "France", "sv": "Frankrike"}), ("IE", {"fi": "Irlanti", "en": "Ireland", "sv": "Irland"}), ("AT", {"fi": "Itävalta", "en": "Austria", "sv": "Österrike"}),
            ("PL", {"fi": "Puola", "en": "Poland", "sv": "Polen"}), ("CZ", {"fi": "Tšekki", "en": "Czechia", "sv": "Tjeckien"}), ("SK", {"fi": "Slovakia", "en": "Slovakia", "sv": "Slovakien"}),
            ("HU", {"fi": "Unkari", "en": "Hungary", "sv": "Ungern"}), ("SI", {"fi": "Slovenia", "en": "Slovenia", "sv": "Slovenien"}), ("HR", {"fi": "Kroatia", "en": "Croatia", "sv": "Kroatien"}),
            ("RO", {"fi": "Romania", "en": "Romania", "sv": "Rumänien"}), ("BG", {"fi": "Bulgaria", "en": "Bulgaria", "sv": "Bulgarien"}), ("GR", {"fi": "Kreikka", "en": "Greece", "sv": "Grekland"}),
            ("CY", {"fi": "Kypros", "en": "Cyprus", "sv": "Cypern"}), ("MT", {"fi": "Malta", "en": "Malta", "sv": "Malta"}), ("IT", {"fi": "Italia", "en": "Italy", "sv": "Italien"}),
            ("ES", {"fi": "Espanja", "en": "Spain", "sv": "Spanien"}), ("PT", {"fi": "Portugali", "en": "Portugal", "sv": "Portugal"}), ("LI", {"fi": "Liechtenstein", "en": "Liechtenstein", "sv": "Liechtenstein"}),
            ("GB", {"fi": "Yhdistynyt kuningaskunta", "en": "United Kingdom", "sv": "Förenade kungariket"}), ("CH", {"fi": "Sveitsi", "en": "Switzerland", "sv": "Schweiz"}),
            ("US", {"fi": "Yhdysvallat", "en": "United States", "sv": "Förenta staterna"}), ("CA", {"fi": "Kanada", "en": "Canada", "sv": "Kanada"}), ("JP", {"fi": "Japani", "en": "Japan", "sv": "Japan"}),
            ("KR", {"fi": "Etelä-Korea", "en": "Republic of Korea", "sv": "Republiken Korea"}), ("NZ", {"fi": "Uusi-Seelanti", "en": "New Zealand", "sv": "Nya Zeeland"}),
            ("IL", {"fi": "Israel", "en": "Israel", "sv": "Israel"}), ("AR", {"fi": "Argentiina", "en": "Argentina", "sv": "Argentina"}), ("UY", {"fi": "Uruguay", "en": "Uruguay", "sv": "Uruguay"}),
            ("AD", {"fi": "Andorra", "en": "Andorra", "sv": "Andorra"}), ("FO", {"fi": "Färsaaret", "en": "Faroe Islands", "sv": "Färöarna"}), ("GG", {"fi": "Guernsey", "en": "Guernsey", "sv": "Guernsey"}),
            ("JE", {"fi": "Jersey", "en": "Jersey", "sv": "Jersey"}), ("IM", {"fi": "Mansaari", "en": "Isle of Man", "sv": "Isle of Man"}), ("AU", {"fi": "Australia", "en": "Australia", "sv": "Australien"}),
            ("BR", {"fi": "Brasilia", "en": "Brazil", "sv": "Brasilien"}), ("CN", {"fi": "Kiina", "en": "China", "sv": "Kina"}), ("IN", {"fi": "Intia", "en": "India", "sv": "Indien"}),
            ("SG", {"fi": "Singapore", "en": "Singapore", "sv": "Singapore"}), ("PH", {"fi": "Filippiinit", "en": "Philippines", "sv": "Filippinerna"}), ("UA", {"fi": "Ukraina", "en": "Ukraine", "sv": "Ukraina"}),
            ("RU", {"fi": "Venäjä", "en": "Russia", "sv": "Ryssland"}), ("TR", {"fi": "Turkki", "en": "Türkiye", "sv": "Turkiet"}), ("AE", {"fi": "Arabiemiirikunnat", "en": "United Arab Emirates", "sv": "Förenade Arabemiraten"}),
            ("ZA", {"fi": "Etelä-Afrikka", "en": "South Africa", "sv": "Sydafrika"}), ("MX", {"fi": "Meksiko", "en": "Mexico", "sv": "Mexiko"}), ("VN", {"fi": "Vietnam", "en": "Vietnam", "sv": "Vietnam"}),
            ("MY", {"fi": "Malesia", "en": "Malaysia", "sv": "Malaysia"}), ("ID", {"fi": "Indonesia", "en": "Indonesia", "sv": "Indonesien"}), ("TH", {"fi": "Thaimaa", "en": "Thailand", "sv": "Thailand"}),
        ]
    ]
)

# Where a transfer goes: a country outside the EEA, or "various" when a provider's
# servers and support are in several or changing countries. "various" still needs its
# own safeguard, and an adequacy decision can never cover it (it names no country).
VARIOUS_COUNTRIES = "various"
TRANSFER_DESTINATIONS = Catalogue(
    Entry(VARIOUS_COUNTRIES, {"fi": "EU:n ja ETA:n ulkopuolella, maat vaihtelevat palveluntarjoajan mukaan", "en": "Outside the EU/EEA, countries vary by provider", "sv": "Utanför EU/EES, länderna varierar beroende på leverantör"}),
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
    Entry("AD", {"fi": "Andorra", "en": "Andorra", "sv": "Andorra"}, attrs={"source": _EC_LIST}),
    Entry("AR", {"fi": "Argentiina", "en": "Argentina", "sv": "Argentina"}, attrs={"source": _EC_LIST}),
    Entry("BR", {"fi": "Brasilia", "en": "Brazil", "sv": "Brasilien"},
          attrs={"decided_on": date(2026, 1, 26),
                 "source": "Commission Implementing Decision (EU) 2026/179 of 26 January 2026 (europalov.no/rettsakt/beskyttelse-av-personopplysninger-ved-datautveksling-med-brasil/id-34841), announced 27 January 2026"}),
    Entry("CA", {"fi": "Kanada (PIPEDA-lain alaiset kaupalliset organisaatiot)", "en": "Canada (commercial organisations subject to PIPEDA)", "sv": "Kanada (kommersiella organisationer som omfattas av PIPEDA)"}, attrs={"source": _EC_LIST}),
    Entry("FO", {"fi": "Färsaaret", "en": "Faroe Islands", "sv": "Färöarna"}, attrs={"source": _EC_LIST}),
    Entry("GG", {"fi": "Guernsey", "en": "Guernsey", "sv": "Guernsey"}, attrs={"source": _EC_LIST}),
    Entry("IL", {"fi": "Israel", "en": "Israel", "sv": "Israel"}, attrs={"source": _EC_LIST}),
    Entry("IM", {"fi": "Mansaari", "en": "Isle of Man", "sv": "Isle of Man"}, attrs={"source": _EC_LIST}),
    Entry("JP", {"fi": "Japani", "en": "Japan", "sv": "Japan"}, attrs={"source": _EC_LIST}),
    Entry("JE", {"fi": "Jersey", "en": "Jersey", "sv": "Jersey"}, attrs={"source": _EC_LIST}),
    Entry("NZ", {"fi": "Uusi-Seelanti", "en": "New Zealand", "sv": "Nya Zeeland"}, attrs={"source": _EC_LIST}),
    Entry("KR", {"fi": "Etelä-Korea", "en": "Republic of Korea", "sv": "Republiken Korea"}, attrs={"source": _EC_LIST}),
    Entry("CH", {"fi": "Sveitsi", "en": "Switzerland", "sv": "Schweiz"}, attrs={"source": _EC_LIST}),
    Entry("GB", {"fi": "Yhdistynyt kuningaskunta", "en": "United Kingdom", "sv": "Förenade kungariket"},
          attrs={"decided_on": date(2025, 12, 19), "expires_on": date(2031, 12, 27),
                 "source": "https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions (renewal of 19 December 2025, valid until 27 December 2031)"}),
    Entry("US", {"fi": "Yhdysvallat (vain EU–Yhdysvallat-tietosuojakehykseen sertifioidut organisaatiot, päätös 10.7.2023)", "en": "United States (only organisations certified under the EU–US Data Privacy Framework, decision of 10 July 2023)", "sv": "Förenta staterna (endast organisationer som certifierats enligt ramen för dataskydd mellan EU och USA, beslut av den 10 juli 2023)"},
          attrs={"certified_only": True, "decided_on": date(2023, 7, 10), "source": ADEQUACY_SOURCE}),
    Entry("UY", {"fi": "Uruguay", "en": "Uruguay", "sv": "Uruguay"}, attrs={"source": _EC_LIST}),
    # The first decision for an international organisation; not a country, so no ISO code.
    Entry("EPO", {"fi": "Euroopan patenttijärjestö", "en": "European Patent Organisation", "sv": "Europeiska patentorganisationen"},
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
    "name": {"fi": "Tietosuojavaltuutetun toimisto", "en": "Office of the Data Protection Ombudsman", "sv": "Dataombudsmannens byrå"},
    # The Swedish street and city names are the authority's own (tietosuoja.fi/sv/kontaktuppgifter).
    "visiting_address": {"fi": "Lintulahdenkuja 4, 00530 Helsinki", "en": "Lintulahdenkuja 4, 00530 Helsinki", "sv": "Fågelviksgränden 4, 00530 Helsingfors"},
    "postal_address": {"fi": "PL 800, 00531 Helsinki", "en": "P.O. Box 800, FI-00531 Helsinki", "sv": "PB 800, 00531 Helsingfors"},
    "email": "tietosuoja@om.fi",
    "phone": {"fi": "029 566 6700", "en": "+358 29 566 6700", "sv": "029 566 6700"},
    "website": {"fi": "https://tietosuoja.fi", "en": "https://tietosuoja.fi", "sv": "https://tietosuoja.fi/sv"},
    "source": "Spec reference data (tietosuoja.fi contact details); Swedish: https://tietosuoja.fi/sv/kontaktuppgifter (checked 2026-12-01)",
    "checked_on": AUTHORITIES_CHECKED_ON,
}
SUPERVISORY_AUTHORITIES["SE"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Integritetsskyddsmyndigheten (IMY)", "en": "Swedish Authority for Privacy Protection (IMY)", "sv": "Integritetsskyddsmyndigheten (IMY)"},
    "postal_address": "Integritetsskyddsmyndigheten, Box 8114, 104 20 Stockholm",
    "website": "https://www.imy.se",
    "source": "https://www.imy.se/en/about-this-website/how-swedish-authority-for-privacy-protection-processes-personal-data/",
}
SUPERVISORY_AUTHORITIES["EE"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Andmekaitse Inspektsioon", "en": "Estonian Data Protection Inspectorate (Andmekaitse Inspektsioon)", "sv": "Estlands dataskyddsinspektion (Andmekaitse Inspektsioon)"},
    "visiting_address": "Tatari 39, 10134 Tallinn",
    "phone": "+372 6274135",
    "website": "https://www.aki.ee",
    "source": "https://www.aki.ee/en/privacy-policy",
}
SUPERVISORY_AUTHORITIES["DK"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Datatilsynet", "en": "Danish Data Protection Agency (Datatilsynet)", "sv": "Danmarks dataskyddsmyndighet (Datatilsynet)"},
    "visiting_address": "Carl Jacobsens Vej 35, 2500 Valby",
    "email": "dt@datatilsynet.dk",
    "phone": "+45 33 19 32 00",
    "website": "https://www.datatilsynet.dk",
    "source": "https://admin.datatilsynet.dk/english/privacy-policy",
}

SUPERVISORY_AUTHORITIES["NO"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Datatilsynet", "en": "Norwegian Data Protection Authority (Datatilsynet)", "sv": "Norges dataskyddsmyndighet (Datatilsynet)"},
    "postal_address": "Datatilsynet, PO Box 458 Sentrum, 0105 Oslo",
    "website": "https://www.datatilsynet.no",
    "source": "https://www.datatilsynet.no/en/about-us/contact-us/how-to-complain-to-the-norwegian-dpa/",
}
SUPERVISORY_AUTHORITIES["IE"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Data Protection Commission", "en": "Data Protection Commission", "sv": "Data Protection Commission (Irlands dataskyddsmyndighet)"},
    "visiting_address": "21 Fitzwilliam Square South, Dublin 2, D02 RD28",
    "website": "https://www.dataprotection.ie",
    "source": "https://dataprotection.ie/en/about-our-site/data-protection-statement",
}
SUPERVISORY_AUTHORITIES["FR"] = {
    **_UNKNOWN_AUTHORITY,
    "name": {"fi": "Commission nationale de l'informatique et des libertés (CNIL)", "en": "Commission nationale de l'informatique et des libertés (CNIL)", "sv": "Commission nationale de l'informatique et des libertés (CNIL)"},
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
