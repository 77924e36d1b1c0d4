"""Fixed notice texts in every notice language (notices/content/languages.py).

This is notice content, not UI: a notice renders in its own language whatever the
reader's UI language is, so these are plain data keyed by language code rather than
gettext strings.

Finnish sentences never put the controller's name in an inflected position (a company
name such as "Firma Oy" cannot be inflected safely by a program): the name appears only
after a colon, as a table cell or on its own address line. Inside sentences we say "me".
"""

from .languages import pick

# Section headings per style. "register": the numbered rekisteriseloste;
# "statement": the question-headed privacy statement addressed to the reader.
HEADINGS: dict[str, dict[str, dict[str, str]]] = {
    "register": {
        "definitions": {"fi": "Määritelmät", "en": "Definitions", "sv": "Definitioner"},
        "controller": {"fi": "Rekisterinpitäjä", "en": "Controller", "sv": "Personuppgiftsansvarig"},
        "joint_controllers": {"fi": "Yhteisrekisterinpitäjät", "en": "Joint controllers", "sv": "Gemensamt personuppgiftsansvariga"},
        "contact": {"fi": "Rekisteristä vastaava yhteyshenkilö", "en": "Contact person for register matters", "sv": "Kontaktperson i ärenden som gäller registret"},
        "dpo": {"fi": "Tietosuojavastaava", "en": "Data protection officer", "sv": "Dataskyddsombud"},
        "representative": {"fi": "Rekisterinpitäjän edustaja EU:ssa", "en": "Controller's representative in the EU", "sv": "Den personuppgiftsansvariges företrädare i EU"},
        "registers": {"fi": "Rekisterin nimi", "en": "Name of the register", "sv": "Registrets namn"},
        "registers_many": {"fi": "Rekisterien nimet", "en": "Names of the registers", "sv": "Registrens namn"},
        "data_subjects": {"fi": "Rekisteröidyt", "en": "Data subjects", "sv": "Registrerade"},
        "purposes": {"fi": "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste", "en": "Purposes and legal bases of processing", "sv": "Ändamål med och rättsliga grunder för behandlingen"},
        "legitimate_interests": {"fi": "Oikeutettu etu", "en": "Legitimate interests", "sv": "Berättigat intresse"},
        "direct_marketing": {"fi": "Suoramarkkinointi", "en": "Direct marketing", "sv": "Direktmarknadsföring"},
        "categories": {"fi": "Rekisterin tietosisältö", "en": "Personal data processed", "sv": "Personuppgifter som behandlas"},
        "special": {"fi": "Arkaluonteiset tiedot", "en": "Special categories of personal data", "sv": "Särskilda kategorier av personuppgifter"},
        "national_rules": {"fi": "Kansalliset erityissäännökset", "en": "National rules that apply", "sv": "Tillämpliga nationella bestämmelser"},
        "sources": {"fi": "Säännönmukaiset tietolähteet", "en": "Sources of personal data", "sv": "Källor till personuppgifterna"},
        "requirement": {"fi": "Tietojen antamisen pakollisuus", "en": "Whether providing data is required", "sv": "Skyldighet att lämna uppgifter"},
        "recipients": {"fi": "Tietojen säännönmukaiset luovutukset ja vastaanottajat", "en": "Recipients and disclosures of personal data", "sv": "Mottagare och utlämnande av personuppgifter"},
        "transfers": {"fi": "Tietojen siirto EU:n tai ETA:n ulkopuolelle", "en": "Transfers outside the EU/EEA", "sv": "Överföring till länder utanför EU/EES"},
        "retention": {"fi": "Henkilötietojen säilytysaika", "en": "Retention period", "sv": "Lagringstid"},
        "security": {"fi": "Rekisterin suojauksen periaatteet", "en": "How the register is protected", "sv": "Hur registret skyddas"},
        "automated": {"fi": "Automaattinen päätöksenteko ja profilointi", "en": "Automated decision-making and profiling", "sv": "Automatiserat beslutsfattande och profilering"},
        "rights": {"fi": "Rekisteröidyn oikeudet", "en": "Rights of the data subject", "sv": "Den registrerades rättigheter"},
        "exercise": {"fi": "Oikeuksien käyttäminen", "en": "How to exercise your rights", "sv": "Hur du utövar dina rättigheter"},
        "complaint": {"fi": "Oikeus tehdä valitus valvontaviranomaiselle", "en": "Right to lodge a complaint with a supervisory authority", "sv": "Rätt att lämna in klagomål till tillsynsmyndigheten"},
        "cookies": {"fi": "Evästeet", "en": "Cookies", "sv": "Kakor"},
        "processor_role": {"fi": "Käsittely asiakkaidemme lukuun", "en": "Processing on behalf of our customers", "sv": "Behandling för våra kunders räkning"},
        "laws": {"fi": "Sovellettava lainsäädäntö", "en": "Applicable law", "sv": "Tillämplig lagstiftning"},
        "changes": {"fi": "Selosteen muuttaminen", "en": "Changes to this notice", "sv": "Ändringar i registerbeskrivningen"},
    },
    "statement": {
        "definitions": {"fi": "Määritelmät", "en": "Definitions", "sv": "Definitioner"},
        "controller": {"fi": "Kuka vastaa henkilötietojesi käsittelystä?", "en": "Who is responsible for your personal data?", "sv": "Vem ansvarar för dina personuppgifter?"},
        "joint_controllers": {"fi": "Kenen kanssa vastaamme tiedoistasi yhdessä?", "en": "Who is responsible for your data together with us?", "sv": "Vem ansvarar för dina uppgifter tillsammans med oss?"},
        "contact": {"fi": "Keneen voit ottaa yhteyttä?", "en": "Who can you contact?", "sv": "Vem kan du kontakta?"},
        "dpo": {"fi": "Kuka on tietosuojavastaavamme?", "en": "Who is our data protection officer?", "sv": "Vem är vårt dataskyddsombud?"},
        "representative": {"fi": "Kuka on edustajamme EU:ssa?", "en": "Who is our representative in the EU?", "sv": "Vem är vår företrädare i EU?"},
        "registers": {"fi": "Mitä rekisteriä tämä seloste koskee?", "en": "Which register does this notice cover?", "sv": "Vilket register gäller den här beskrivningen?"},
        "registers_many": {"fi": "Mitä rekistereitä tämä seloste koskee?", "en": "Which registers does this notice cover?", "sv": "Vilka register gäller den här beskrivningen?"},
        "data_subjects": {"fi": "Keiden tietoja käsittelemme?", "en": "Whose data do we process?", "sv": "Vems uppgifter behandlar vi?"},
        "purposes": {"fi": "Mihin käytämme henkilötietojasi ja millä perusteella?", "en": "Why do we use your personal data, and on what legal basis?", "sv": "Varför använder vi dina personuppgifter och på vilken rättslig grund?"},
        "legitimate_interests": {"fi": "Mitkä ovat oikeutetut etumme?", "en": "What are our legitimate interests?", "sv": "Vilka är våra berättigade intressen?"},
        "direct_marketing": {"fi": "Lähetämmekö sinulle suoramarkkinointia?", "en": "Do we send you direct marketing?", "sv": "Skickar vi direktmarknadsföring till dig?"},
        "categories": {"fi": "Mitä henkilötietoja keräämme?", "en": "What personal data do we collect?", "sv": "Vilka personuppgifter samlar vi in?"},
        "special": {"fi": "Käsittelemmekö arkaluonteisia tietoja?", "en": "Do we process sensitive data?", "sv": "Behandlar vi känsliga uppgifter?"},
        "national_rules": {"fi": "Mitä kansallisia erityissääntöjä noudatamme?", "en": "Which national rules apply?", "sv": "Vilka nationella bestämmelser gäller?"},
        "sources": {"fi": "Mistä saamme henkilötietosi?", "en": "Where do we get your personal data?", "sv": "Varifrån får vi dina personuppgifter?"},
        "requirement": {"fi": "Onko tietojen antaminen pakollista?", "en": "Do you have to give us your data?", "sv": "Måste du lämna dina uppgifter till oss?"},
        "recipients": {"fi": "Kenelle luovutamme henkilötietojasi?", "en": "Who do we share your personal data with?", "sv": "Till vem lämnar vi ut dina personuppgifter?"},
        "transfers": {"fi": "Siirrämmekö tietoja EU:n tai ETA:n ulkopuolelle?", "en": "Do we transfer data outside the EU/EEA?", "sv": "Överför vi uppgifter till länder utanför EU/EES?"},
        "retention": {"fi": "Kuinka kauan säilytämme henkilötietojasi?", "en": "How long do we keep your personal data?", "sv": "Hur länge sparar vi dina personuppgifter?"},
        "security": {"fi": "Miten suojaamme henkilötietosi?", "en": "How do we protect your personal data?", "sv": "Hur skyddar vi dina personuppgifter?"},
        "automated": {"fi": "Teemmekö automaattisia päätöksiä tai profiloimmeko?", "en": "Do we make automated decisions or use profiling?", "sv": "Fattar vi automatiserade beslut eller använder vi profilering?"},
        "rights": {"fi": "Mitä oikeuksia sinulla on?", "en": "What are your rights?", "sv": "Vilka rättigheter har du?"},
        "exercise": {"fi": "Miten voit käyttää oikeuksiasi?", "en": "How can you exercise your rights?", "sv": "Hur kan du utöva dina rättigheter?"},
        "complaint": {"fi": "Mihin voit tehdä valituksen?", "en": "Where can you make a complaint?", "sv": "Var kan du lämna in ett klagomål?"},
        "cookies": {"fi": "Miten käytämme evästeitä?", "en": "How do we use cookies?", "sv": "Hur använder vi kakor?"},
        "processor_role": {"fi": "Milloin käsittelemme tietoja asiakkaidemme puolesta?", "en": "When do we process data on behalf of our customers?", "sv": "När behandlar vi uppgifter för våra kunders räkning?"},
        "laws": {"fi": "Mitä lakeja noudatamme?", "en": "Which laws do we follow?", "sv": "Vilka lagar följer vi?"},
        "changes": {"fi": "Miten kerromme muutoksista?", "en": "How do we tell you about changes?", "sv": "Hur informerar vi dig om ändringar?"},
    },
}

# Every other fixed text. Placeholders use str.format names.
T: dict[str, dict[str, str]] = {
    "title_register": {"fi": "Tietosuojaseloste", "en": "Privacy notice", "sv": "Registerbeskrivning"},
    "title_statement": {"fi": "Tietosuojalausunto", "en": "Privacy statement", "sv": "Dataskyddsbeskrivning"},
    "intro_register": {
        "fi": "Tässä tietosuojaselosteessa kerromme, miten käsittelemme henkilötietoja. Seloste on laadittu EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 13 ja 14 artiklan mukaisesti.",
        "en": "This privacy notice explains how we process personal data. It is provided under Articles 13 and 14 of the EU General Data Protection Regulation (EU) 2016/679.",
        "sv": "I denna registerbeskrivning berättar vi hur vi behandlar personuppgifter. Beskrivningen har upprättats i enlighet med artiklarna 13 och 14 i EU:s allmänna dataskyddsförordning (EU) 2016/679.",
    },
    "intro_statement": {
        "fi": "Tässä selosteessa kerromme, mitä henkilötietojasi käsittelemme, mihin niitä käytämme ja mitä oikeuksia sinulla on.",
        "en": "This statement explains what personal data we process about you, why we use it and what rights you have.",
        "sv": "I denna beskrivning berättar vi vilka personuppgifter om dig vi behandlar, varför vi använder dem och vilka rättigheter du har.",
    },
    "toc": {"fi": "Sisällys", "en": "Contents", "sv": "Innehåll"},
    "summary_heading": {"fi": "Lyhyesti", "en": "In brief", "sv": "I korthet"},
    "summary_topic": {"fi": "Aihe", "en": "Topic", "sv": "Ämne"},
    "summary_answer": {"fi": "Lyhyesti", "en": "In brief", "sv": "I korthet"},
    "summary_data": {"fi": "Mitä tietoja", "en": "What data", "sv": "Vilka uppgifter"},
    "summary_why": {"fi": "Miksi", "en": "Why", "sv": "Varför"},
    "summary_basis": {"fi": "Oikeusperuste", "en": "Legal basis", "sv": "Rättslig grund"},
    "summary_how_long": {"fi": "Kuinka kauan", "en": "How long", "sv": "Hur länge"},
    "summary_recipients": {"fi": "Kuka saa tiedot", "en": "Who receives them", "sv": "Vem får uppgifterna"},
    "summary_no_recipients": {
        "fi": "Ei säännönmukaisia luovutuksia",
        "en": "No regular disclosures",
        "sv": "Inga regelbundna utlämnanden",
    },
    "summary_controller": {"fi": "Kuka vastaa", "en": "Who is responsible", "sv": "Vem ansvarar"},
    "summary_rights": {"fi": "Oikeutesi", "en": "Your rights", "sv": "Dina rättigheter"},
    "summary_complaint": {"fi": "Valitusoikeus", "en": "Complaints", "sv": "Klagomål"},
    "summary_complaint_text": {
        "fi": "Voit tehdä valituksen valvontaviranomaiselle: {authority}",
        "en": "You can lodge a complaint with the supervisory authority: {authority}",
        "sv": "Du kan lämna in ett klagomål till tillsynsmyndigheten: {authority}",
    },
    "summary_see_retention": {"fi": "Katso kohta säilytysaika", "en": "See the retention section", "sv": "Se avsnittet om lagringstid"},
    # Version line: dates in Finnish format 1.2.2026, English "1 February 2026".
    "drawn_up": {"fi": "Laadittu {date}", "en": "Created on {date}", "sv": "Upprättad {date}"},
    "last_changed": {"fi": "Päivitetty {date}", "en": "Updated {date}", "sv": "Uppdaterad {date}"},
    # Definitions (statement style).
    "def_personal_data": {"fi": "Henkilötieto", "en": "Personal data", "sv": "Personuppgift"},
    "def_personal_data_text": {
        "fi": "Kaikki tiedot, jotka liittyvät tunnistettuun tai tunnistettavissa olevaan ihmiseen.",
        "en": "Any information relating to an identified or identifiable person.",
        "sv": "Varje upplysning som avser en identifierad eller identifierbar fysisk person.",
    },
    "def_controller": {"fi": "Rekisterinpitäjä", "en": "Controller", "sv": "Personuppgiftsansvarig"},
    "def_controller_text": {
        "fi": "Taho, joka päättää, mihin ja miten henkilötietoja käsitellään.",
        "en": "The party that decides why and how personal data is processed.",
        "sv": "Den som bestämmer varför och hur personuppgifter behandlas.",
    },
    "def_processor": {"fi": "Henkilötietojen käsittelijä", "en": "Processor", "sv": "Personuppgiftsbiträde"},
    "def_processor_text": {
        "fi": "Palveluntarjoaja, joka käsittelee henkilötietoja rekisterinpitäjän lukuun ja sen ohjeiden mukaan.",
        "en": "A service provider that processes personal data on the controller's behalf and on its instructions.",
        "sv": "En tjänsteleverantör som behandlar personuppgifter för den personuppgiftsansvariges räkning och enligt dennes instruktioner.",
    },
    "def_data_subject": {"fi": "Rekisteröity", "en": "Data subject", "sv": "Registrerad"},
    "def_data_subject_text": {
        "fi": "Ihminen, jonka henkilötietoja käsitellään.",
        "en": "The person whose personal data is processed.",
        "sv": "Den person vars personuppgifter behandlas.",
    },
    # Controller and contacts.
    "controller_lead": {
        "fi": "Henkilötietojen käsittelystä vastaa rekisterinpitäjänä:",
        "en": "The controller responsible for processing your personal data is:",
        "sv": "Personuppgiftsansvarig för behandlingen av dina personuppgifter är:",
    },
    "business_id": {"fi": "Y-tunnus: {value}", "en": "Business ID: {value}", "sv": "FO-nummer: {value}"},
    "registration_number": {"fi": "Rekisteröintinumero: {value}", "en": "Registration number: {value}", "sv": "Registreringsnummer: {value}"},
    "email": {"fi": "Sähköposti: {value}", "en": "E-mail: {value}", "sv": "E-post: {value}"},
    "phone": {"fi": "Puhelin: {value}", "en": "Phone: {value}", "sv": "Telefon: {value}"},
    "website": {"fi": "Verkkosivut: {value}", "en": "Website: {value}", "sv": "Webbplats: {value}"},
    "joint_lead": {
        "fi": "Vastaamme henkilötietojen käsittelystä yhdessä seuraavien rekisterinpitäjien kanssa (yhteisrekisterinpitäjät, tietosuoja-asetuksen 26 artikla):",
        "en": "We are responsible for processing personal data together with the following controllers (joint controllers, GDPR Art. 26):",
        "sv": "Vi ansvarar för behandlingen av personuppgifter tillsammans med följande personuppgiftsansvariga (gemensamt personuppgiftsansvariga, artikel 26 i dataskyddsförordningen):",
    },
    "joint_business_id": {"fi": "{name} (Y-tunnus {value})", "en": "{name} (business ID {value})", "sv": "{name} (FO-nummer {value})"},
    "joint_registration_number": {"fi": "{name} (rekisteröintinumero {value})", "en": "{name} (registration number {value})", "sv": "{name} (registreringsnummer {value})"},
    "joint_arrangement": {"fi": "Järjestelyn keskeinen sisältö: {value}", "en": "The essence of the arrangement: {value}", "sv": "Det väsentliga innehållet i arrangemanget: {value}"},
    "joint_contact": {"fi": "Yhteyspiste rekisteröidyille: {value}", "en": "Contact point for data subjects: {value}", "sv": "Kontaktpunkt för registrerade: {value}"},
    "joint_rights": {
        "fi": "Voit käyttää oikeuksiasi kenen tahansa rekisterinpitäjän kohdalla järjestelystä riippumatta (26 artiklan 3 kohta).",
        "en": "You can exercise your rights in respect of and against any of the controllers, whatever their arrangement (Art. 26(3)).",
        "sv": "Du kan utöva dina rättigheter med avseende på och gentemot var och en av de personuppgiftsansvariga, oavsett hur de har fördelat ansvaret sinsemellan (artikel 26.3).",
    },
    "contact_lead": {"fi": "Rekisteriä koskevissa asioissa voit ottaa yhteyttä:", "en": "For matters concerning the register, please contact:", "sv": "I ärenden som gäller registret kan du kontakta:"},
    "dpo_lead": {
        "fi": "Olemme nimittäneet tietosuojavastaavan, jonka yhteystiedot ovat:",
        "en": "We have appointed a data protection officer, who can be reached at:",
        "sv": "Vi har utsett ett dataskyddsombud, som nås på:",
    },
    "representative_lead": {
        "fi": "Koska olemme sijoittautuneet EU:n ja ETA:n ulkopuolelle, edustajanamme EU:ssa toimii:",
        "en": "As we are established outside the EU/EEA, our representative in the EU is:",
        "sv": "Eftersom vi är etablerade utanför EU/EES är vår företrädare i EU:",
    },
    # Registers and data subjects.
    "registers_lead_many": {"fi": "Tämä seloste koskee seuraavia rekistereitä:", "en": "This notice covers the following registers:", "sv": "Denna beskrivning gäller följande register:"},
    "for_all_registers": {"fi": "Kaikkien rekisterien osalta:", "en": "For all registers:", "sv": "För alla register:"},
    "data_subjects_lead": {"fi": "Käsittelemme seuraavien ryhmien henkilötietoja:", "en": "We process the personal data of the following groups:", "sv": "Vi behandlar personuppgifter om följande grupper:"},
    # Purposes.
    "purposes_lead": {
        "fi": "Käsittelemme henkilötietoja seuraaviin tarkoituksiin ja seuraavilla oikeusperusteilla:",
        "en": "We process personal data for the following purposes and on the following legal bases:",
        "sv": "Vi behandlar personuppgifter för följande ändamål och på följande rättsliga grunder:",
    },
    "purposes_col_purpose": {"fi": "Käsittelyn tarkoitus", "en": "Purpose", "sv": "Ändamål"},
    "purposes_col_basis": {"fi": "Oikeusperuste", "en": "Legal basis", "sv": "Rättslig grund"},
    "basis_missing": {"fi": "Oikeusperuste puuttuu", "en": "Legal basis not stated", "sv": "Rättslig grund har inte angetts"},
    "purpose_missing": {"fi": "Tarkoitusta ei ole kuvattu", "en": "Purpose not described", "sv": "Ändamålet har inte beskrivits"},
    "article_6": {"fi": "tietosuoja-asetuksen 6 artiklan 1 kohdan {letter} alakohta", "en": "GDPR Art. 6(1)({letter})", "sv": "artikel 6.1 {letter} i dataskyddsförordningen"},
    "all_registers": {"fi": "Kaikki rekisterit", "en": "All registers", "sv": "Alla register"},
    "legitimate_interests_lead": {
        "fi": "Seuraavat käsittelyn tarkoitukset perustuvat oikeutettuun etuumme, joka on kuvattu kunkin kohdalla:",
        "en": "The following purposes are based on our legitimate interests, described under each purpose:",
        "sv": "Följande ändamål grundar sig på våra berättigade intressen, som beskrivs under respektive ändamål:",
    },
    "legitimate_interest_missing": {"fi": "Etua ei ole kuvattu", "en": "Interest not described", "sv": "Intresset har inte beskrivits"},
    # Direct marketing (Art. 21(2)-(4); Act 917/2014, 200 §).
    "direct_marketing_lead": {
        "fi": "Käytämme henkilötietoja suoramarkkinointiin seuraavasti:",
        "en": "We use personal data for direct marketing as follows:",
        "sv": "Vi använder personuppgifter för direktmarknadsföring enligt följande:",
    },
    "marketing_channels": {"fi": "Kanavat: {value}.", "en": "Channels: {value}.", "sv": "Kanaler: {value}."},
    "marketing_existing_customers": {
        "fi": "Sähköistä suoramarkkinointia lähetämme ilman erillistä suostumusta vain nykyisille asiakkaillemme ja vain omista samankaltaisista tuotteistamme ja palveluistamme.",
        "en": "Without separate consent we send electronic direct marketing only to our existing customers, and only about our own similar products and services.",
        "sv": "Utan separat samtycke skickar vi elektronisk direktmarknadsföring endast till våra befintliga kunder och endast om våra egna liknande produkter och tjänster.",
    },
    "direct_marketing_objection": {
        "fi": "Voit milloin tahansa kieltää tietojesi käytön suoramarkkinointiin (tietosuoja-asetuksen 21 artiklan 2 kohta). Kiellon jälkeen emme käytä tietojasi suoramarkkinointiin.",
        "en": "You can object at any time to the use of your data for direct marketing (GDPR Art. 21(2)). After that we will no longer use your data for direct marketing.",
        "sv": "Du kan när som helst invända mot att dina uppgifter används för direktmarknadsföring (artikel 21.2 i dataskyddsförordningen). Därefter använder vi inte längre dina uppgifter för direktmarknadsföring.",
    },
    # Categories and special categories.
    "categories_lead": {"fi": "Käsittelemme seuraavia henkilötietoja:", "en": "We process the following personal data:", "sv": "Vi behandlar följande personuppgifter:"},
    "special_none": {
        "fi": "Emme käsittele erityisiin henkilötietoryhmiin kuuluvia tietoja (arkaluonteisia tietoja, kuten terveystietoja) emmekä rikostuomioihin tai rikoksiin liittyviä tietoja.",
        "en": "We do not process special categories of personal data (sensitive data such as health data), nor data relating to criminal convictions or offences.",
        "sv": "Vi behandlar inte särskilda kategorier av personuppgifter (känsliga uppgifter, till exempel hälsouppgifter) och inte heller uppgifter om fällande domar i brottmål eller lagöverträdelser.",
    },
    "special_yes": {
        "fi": "Käsittelemme seuraavia tietosuoja-asetuksen 9 artiklassa tarkoitettuja erityisiin henkilötietoryhmiin kuuluvia tietoja:",
        "en": "We process the following special categories of personal data referred to in Article 9 of the GDPR:",
        "sv": "Vi behandlar följande särskilda kategorier av personuppgifter som avses i artikel 9 i dataskyddsförordningen:",
    },
    "special_condition": {"fi": "Käsittelyn peruste: {value}", "en": "Condition for processing: {value}", "sv": "Villkor för behandlingen: {value}"},
    "special_condition_missing": {"fi": "Käsittelyn perustetta ei ole ilmoitettu.", "en": "No condition for processing has been stated.", "sv": "Inget villkor för behandlingen har angetts."},
    "special_no_only": {
        "fi": "Emme käsittele erityisiin henkilötietoryhmiin kuuluvia tietoja (arkaluonteisia tietoja, kuten terveystietoja).",
        "en": "We do not process special categories of personal data (sensitive data such as health data).",
        "sv": "Vi behandlar inte särskilda kategorier av personuppgifter (känsliga uppgifter, till exempel hälsouppgifter).",
    },
    "criminal_yes": {
        "fi": "Käsittelemme rikostuomioihin ja rikoksiin liittyviä tietoja (tietosuoja-asetuksen 10 artikla):",
        "en": "We process personal data relating to criminal convictions and offences (Article 10 of the GDPR):",
        "sv": "Vi behandlar personuppgifter som rör fällande domar i brottmål och lagöverträdelser (artikel 10 i dataskyddsförordningen):",
    },
    "criminal_basis": {
        "fi": "Käsittelyn peruste (tietosuojalaki 7 §): {value}",
        "en": "Basis for processing (Finnish Data Protection Act, section 7): {value}",
        "sv": "Grund för behandlingen (7 § i dataskyddslagen): {value}",
    },
    "identity_code_basis": {
        "fi": "Henkilötunnusta käsittelemme tietosuojalain 29 §:n nojalla: {value}.",
        "en": "We process personal identity codes under section 29 of the Finnish Data Protection Act: {value}.",
        "sv": "Vi behandlar personbeteckningar med stöd av 29 § i dataskyddslagen: {value}.",
    },
    # National rules (Työelämän tietosuojalaki 759/2004; Tietosuojalaki 1050/2018 5 §).
    "working_life_3": {
        "fi": "Käsittelemme vain työsuhteen kannalta välittömästi tarpeellisia henkilötietoja (työelämän tietosuojalaki 3 §).",
        "en": "We process only personal data that is directly necessary for the employment relationship (Act on the Protection of Privacy in Working Life, section 3).",
        "sv": "Vi behandlar endast personuppgifter som är direkt nödvändiga med tanke på anställningsförhållandet (3 § i lagen om integritetsskydd i arbetslivet).",
    },
    "working_life_4": {
        "fi": "Keräämme tiedot ensisijaisesti sinulta itseltäsi. Muualta hankimme tietoja vain suostumuksellasi, ellei laki sitä erikseen salli (työelämän tietosuojalaki 4 §).",
        "en": "We collect the data primarily from you. We obtain data from elsewhere only with your consent, unless the law specifically allows it (Act on the Protection of Privacy in Working Life, section 4).",
        "sv": "Vi samlar in uppgifterna i första hand hos dig. Från andra håll inhämtar vi uppgifter endast med ditt samtycke, om inte lagen särskilt tillåter det (4 § i lagen om integritetsskydd i arbetslivet).",
    },
    "working_life_5": {
        "fi": "Terveydentilaa koskevia tietoja käsittelemme vain, jos olet antanut ne itse tai ne on saatu kirjallisella suostumuksellasi ja niiden käsittely on tarpeen esimerkiksi sairausajan palkan maksamiseksi tai poissaolon perusteltavuuden selvittämiseksi. Tietoja käsittelevät vain niitä tehtävissään tarvitsevat nimetyt henkilöt, ja ne säilytetään erillään muista henkilötiedoista (työelämän tietosuojalaki 5 §).",
        "en": "We process data about your health only if you have provided it yourself or it has been obtained with your written consent, and only where it is needed, for example to pay sick pay or to establish whether an absence is justified. Only named persons who need the data in their work handle it, and it is kept separately from other personal data (Act on the Protection of Privacy in Working Life, section 5).",
        "sv": "Vi behandlar uppgifter om din hälsa endast om du själv har lämnat dem eller om de har inhämtats med ditt skriftliga samtycke, och endast när det behövs, till exempel för att betala sjuklön eller utreda om en frånvaro är motiverad. Uppgifterna hanteras endast av namngivna personer som behöver dem i sitt arbete, och de förvaras åtskilda från andra personuppgifter (5 § i lagen om integritetsskydd i arbetslivet).",
    },
    "working_life_13": {
        "fi": "Soveltuvuustestejä ja henkilöarviointeja teemme vain suostumuksellasi, ja saat testistä annetun lausunnon pyynnöstäsi maksutta (työelämän tietosuojalaki 13 §).",
        "en": "We carry out aptitude tests and personal assessments only with your consent, and on request you get the statement on the test free of charge (Act on the Protection of Privacy in Working Life, section 13).",
        "sv": "Vi genomför lämplighetstester och personbedömningar endast med ditt samtycke, och på begäran får du avgiftsfritt det utlåtande som gäller testet (13 § i lagen om integritetsskydd i arbetslivet).",
    },
    "children_guardian": {
        "fi": "Kun tarjoamme palveluamme suoraan alle 13-vuotiaalle lapselle ja käsittely perustuu suostumukseen, pyydämme suostumuksen lapsen huoltajalta (tietosuojalaki 5 §).",
        "en": "When we offer our service directly to a child under 13 and the processing is based on consent, we ask the child's parent or guardian for consent (Finnish Data Protection Act, section 5).",
        "sv": "När vi erbjuder vår tjänst direkt till ett barn under 13 år och behandlingen grundar sig på samtycke, ber vi barnets förälder eller vårdnadshavare om samtycke (5 § i dataskyddslagen).",
    },
    "criminal_no": {
        "fi": "Emme käsittele rikostuomioihin tai rikoksiin liittyviä tietoja.",
        "en": "We do not process data relating to criminal convictions or offences.",
        "sv": "Vi behandlar inte uppgifter om fällande domar i brottmål eller lagöverträdelser.",
    },
    # Sources and requirement.
    "sources_lead": {"fi": "Saamme henkilötietoja seuraavista lähteistä:", "en": "We obtain personal data from the following sources:", "sv": "Vi får personuppgifter från följande källor:"},
    "sources_public": {
        "fi": "Osa tiedoista on peräisin julkisesti saatavilla olevista lähteistä: {value}.",
        "en": "Some of the data comes from publicly accessible sources, namely {value}.",
        "sv": "En del av uppgifterna kommer från allmänt tillgängliga källor, nämligen {value}.",
    },
    "sources_not_public": {
        "fi": "Emme kerää tietoja julkisesti saatavilla olevista lähteistä.",
        "en": "We do not collect data from publicly accessible sources.",
        "sv": "Vi samlar inte in uppgifter från allmänt tillgängliga källor.",
    },
    "requirement_voluntary": {"fi": "Tietojen antaminen on vapaaehtoista.", "en": "Providing your data is voluntary.", "sv": "Det är frivilligt att lämna dina uppgifter."},
    "requirement_contractual": {
        "fi": "Tietojen antaminen on edellytys sopimuksen tekemiselle ja täyttämiselle.",
        "en": "Providing your data is a requirement for entering into and performing a contract.",
        "sv": "Att lämna dina uppgifter är en förutsättning för att ingå och fullgöra ett avtal.",
    },
    "requirement_statutory": {"fi": "Laki velvoittaa sinut antamaan nämä tiedot.", "en": "The law requires you to provide this data.", "sv": "Enligt lag är du skyldig att lämna dessa uppgifter."},
    "requirement_mixed": {
        "fi": "Osa tiedoista on pakollisia, ja ne on merkitty pakollisiksi, kun tietoja kerätään. Muiden tietojen antaminen on vapaaehtoista.",
        "en": "Some of the data is required, and we mark it as required when we collect it. Providing the rest is voluntary.",
        "sv": "En del av uppgifterna är obligatoriska, och vi markerar dem som obligatoriska när vi samlar in dem. Det är frivilligt att lämna övriga uppgifter.",
    },
    # Recipients.
    "recipients_none": {
        "fi": "Emme luovuta henkilötietoja säännönmukaisesti muille rekisterinpitäjille.",
        "en": "We do not regularly disclose personal data to other controllers.",
        "sv": "Vi lämnar inte regelbundet ut personuppgifter till andra personuppgiftsansvariga.",
    },
    "recipients_authorities_note": {
        "fi": "Tietoja voidaan luovuttaa viranomaisille, kun laki sitä edellyttää.",
        "en": "Data may be disclosed to authorities where the law requires it.",
        "sv": "Uppgifter kan lämnas ut till myndigheter när lagen kräver det.",
    },
    "recipients_lead": {
        "fi": "Luovutamme henkilötietoja säännönmukaisesti seuraaville vastaanottajille:",
        "en": "We regularly disclose personal data to the following recipients:",
        "sv": "Vi lämnar regelbundet ut personuppgifter till följande mottagare:",
    },
    "recipients_occasional_lead": {
        "fi": "Lisäksi luovutamme henkilötietoja vain tarvittaessa, yksittäisissä tilanteissa, seuraaville vastaanottajille:",
        "en": "In addition, we disclose personal data only when needed, in individual cases, to the following recipients:",
        "sv": "Dessutom lämnar vi vid behov och i enskilda fall ut personuppgifter till följande mottagare:",
    },
    "processors_lead": {
        "fi": "Käytämme seuraavia palveluntarjoajia, jotka käsittelevät henkilötietoja lukuumme ja ohjeidemme mukaisesti (henkilötietojen käsittelijät):",
        "en": "We use the following service providers, which process personal data as processors on our behalf and on our instructions:",
        "sv": "Vi anlitar följande tjänsteleverantörer, som behandlar personuppgifter som personuppgiftsbiträden för vår räkning och enligt våra instruktioner:",
    },
    "col_recipient": {"fi": "Vastaanottaja", "en": "Recipient", "sv": "Mottagare"},
    "col_role": {"fi": "Rooli", "en": "Role", "sv": "Roll"},
    "col_country": {"fi": "Sijaintimaa", "en": "Country", "sv": "Land"},
    "col_description": {"fi": "Tehtävä tai luovutettavat tiedot", "en": "Task or data disclosed", "sv": "Uppdrag eller uppgifter som lämnas ut"},
    # Transfers.
    "transfers_none": {
        "fi": "Emme siirrä henkilötietoja Euroopan unionin (EU) tai Euroopan talousalueen (ETA) ulkopuolelle.",
        "en": "We do not transfer personal data outside the European Union (EU) or the European Economic Area (EEA).",
        "sv": "Vi överför inte personuppgifter till länder utanför Europeiska unionen (EU) eller Europeiska ekonomiska samarbetsområdet (EES).",
    },
    "transfers_lead": {
        "fi": "Siirrämme henkilötietoja Euroopan unionin (EU) tai Euroopan talousalueen (ETA) ulkopuolelle seuraavasti:",
        "en": "We transfer personal data outside the European Union (EU) or the European Economic Area (EEA) as follows:",
        "sv": "Vi överför personuppgifter till länder utanför Europeiska unionen (EU) eller Europeiska ekonomiska samarbetsområdet (EES) enligt följande:",
    },
    "transfers_any_no_items": {
        "fi": "Siirrämme henkilötietoja Euroopan unionin (EU) tai Euroopan talousalueen (ETA) ulkopuolelle.",
        "en": "We transfer personal data outside the European Union (EU) or the European Economic Area (EEA).",
        "sv": "Vi överför personuppgifter till länder utanför Europeiska unionen (EU) eller Europeiska ekonomiska samarbetsområdet (EES).",
    },
    "col_details": {"fi": "Lisätiedot", "en": "Details", "sv": "Närmare uppgifter"},
    "col_safeguard": {"fi": "Siirtoperuste", "en": "Safeguard", "sv": "Skyddsåtgärd"},
    "safeguard_missing": {"fi": "Siirtoperustetta ei ole ilmoitettu", "en": "No safeguard stated", "sv": "Ingen skyddsåtgärd har angetts"},
    "safeguard_not_needed": {"fi": "ETA-maa, erillistä siirtoperustetta ei tarvita", "en": "EEA country, no safeguard needed", "sv": "EES-land, ingen skyddsåtgärd behövs"},
    "country_missing": {"fi": "Maata ei ole ilmoitettu", "en": "Country not stated", "sv": "Landet har inte angetts"},
    "explain_adequacy": {
        "fi": "Riittävyyspäätös: Euroopan komissio on todennut, että vastaanottajamaan tietosuojan taso on riittävä (tietosuoja-asetuksen 45 artikla).",
        "en": "Adequacy decision: the European Commission has found that the recipient country ensures an adequate level of data protection (GDPR Art. 45).",
        "sv": "Beslut om adekvat skyddsnivå: Europeiska kommissionen har fastställt att mottagarlandet säkerställer en adekvat dataskyddsnivå (artikel 45 i dataskyddsförordningen).",
    },
    "adequacy_decided": {"fi": "{country}: komission päätös {date}.", "en": "{country}: Commission decision of {date}.", "sv": "{country}: kommissionens beslut av den {date}."},
    "adequacy_decided_until": {
        "fi": "{country}: komission päätös {date}, voimassa {until} asti.",
        "en": "{country}: Commission decision of {date}, valid until {until}.",
        "sv": "{country}: kommissionens beslut av den {date}, giltigt till {until}.",
    },
    "adequacy_listed": {
        "fi": "{country}: komission riittävyyspäätösten luettelossa {date}.",
        "en": "{country}: on the Commission's list of adequacy decisions as of {date}.",
        "sv": "{country}: finns på kommissionens förteckning över beslut om adekvat skyddsnivå per {date}.",
    },
    "explain_dpf": {
        "fi": "EU–Yhdysvallat-tietosuojakehys: vastaanottaja on sertifioitunut EU–Yhdysvallat-tietosuojakehykseen (EU–U.S. Data Privacy Framework). Euroopan komission 10.7.2023 tekemä riittävyyspäätös koskee vain kehykseen sertifioituneita yhdysvaltalaisia yrityksiä. Sertifioinnin voi tarkistaa osoitteesta dataprivacyframework.gov.",
        "en": "EU–US Data Privacy Framework: the recipient is certified under the EU–U.S. Data Privacy Framework. The Commission's adequacy decision of 10 July 2023 covers only US companies certified under the framework. The certification can be checked at dataprivacyframework.gov.",
        "sv": "Ramen för dataskydd mellan EU och USA: mottagaren är certifierad enligt ramen för dataskydd mellan EU och USA (EU–U.S. Data Privacy Framework). Kommissionens beslut om adekvat skyddsnivå av den 10 juli 2023 omfattar endast amerikanska företag som är certifierade enligt ramen. Certifieringen kan kontrolleras på dataprivacyframework.gov.",
    },
    "explain_scc": {
        "fi": "Vakiosopimuslausekkeet: olemme sopineet vastaanottajan kanssa Euroopan komission hyväksymistä vakiosopimuslausekkeista (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta) ja arvioineet, tarvitaanko lisäsuojatoimia.",
        "en": "Standard contractual clauses: we have agreed with the recipient on the standard contractual clauses adopted by the European Commission (GDPR Art. 46(2)(c)) and assessed whether supplementary measures are needed.",
        "sv": "Standardavtalsklausuler: vi har kommit överens med mottagaren om de standardavtalsklausuler som Europeiska kommissionen har antagit (artikel 46.2 c i dataskyddsförordningen) och bedömt om kompletterande åtgärder behövs.",
    },
    "explain_bcr": {
        "fi": "Sitovat yrityssäännöt: vastaanottajaa sitovat valvontaviranomaisen hyväksymät yrityssäännöt (tietosuoja-asetuksen 47 artikla).",
        "en": "Binding corporate rules: the recipient is bound by corporate rules approved by a supervisory authority (GDPR Art. 47).",
        "sv": "Bindande företagsbestämmelser: mottagaren är bunden av företagsbestämmelser som har godkänts av en tillsynsmyndighet (artikel 47 i dataskyddsförordningen).",
    },
    "explain_derogation_consent": {
        "fi": "Nimenomainen suostumus: siirto perustuu nimenomaiseen suostumukseesi, jonka pyydämme kerrottuamme siirron mahdollisista riskeistä (tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohta).",
        "en": "Explicit consent: the transfer is based on your explicit consent, which we ask for after informing you of the possible risks (GDPR Art. 49(1)(a)).",
        "sv": "Uttryckligt samtycke: överföringen grundar sig på ditt uttryckliga samtycke, som vi ber om efter att ha informerat dig om de möjliga riskerna (artikel 49.1 a i dataskyddsförordningen).",
    },
    "explain_derogation_contract": {
        "fi": "Sopimuksen täytäntöönpano: siirto on tarpeen kanssasi tehdyn sopimuksen täytäntöönpanemiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohta).",
        "en": "Performance of a contract: the transfer is necessary to perform a contract with you (GDPR Art. 49(1)(b)).",
        "sv": "Fullgörande av ett avtal: överföringen är nödvändig för att fullgöra ett avtal med dig (artikel 49.1 b i dataskyddsförordningen).",
    },
    "explain_derogation_legal_claims": {
        "fi": "Oikeusvaateet: siirto on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (tietosuoja-asetuksen 49 artiklan 1 kohdan e alakohta).",
        "en": "Legal claims: the transfer is necessary for the establishment, exercise or defence of legal claims (GDPR Art. 49(1)(e)).",
        "sv": "Rättsliga anspråk: överföringen är nödvändig för att rättsliga anspråk ska kunna fastställas, göras gällande eller försvaras (artikel 49.1 e i dataskyddsförordningen).",
    },
    "transfers_copy": {
        "fi": "Saat lisätietoja siirtojen suojatoimista ja jäljennöksen niistä ottamalla meihin yhteyttä.",
        "en": "You can get more information about the safeguards, and a copy of them, by contacting us.",
        "sv": "Du kan få mer information om skyddsåtgärderna och en kopia av dem genom att kontakta oss.",
    },
    "transfers_info": {
        "fi": "Saat lisätietoja siirroista ottamalla meihin yhteyttä.",
        "en": "You can get more information about the transfers by contacting us.",
        "sv": "Du kan få mer information om överföringarna genom att kontakta oss.",
    },
    # Retention.
    "retention_lead": {
        "fi": "Säilytämme henkilötietoja vain niin kauan kuin se on tarpeen käsittelyn tarkoitusten kannalta tai laki sitä edellyttää:",
        "en": "We keep personal data only as long as it is needed for the purposes of processing, or as long as the law requires:",
        "sv": "Vi sparar personuppgifter endast så länge som de behövs för ändamålen med behandlingen eller så länge som lagen kräver:",
    },
    "retention_end": {
        "fi": "Kun säilytysaika päättyy, poistamme tiedot tai muutamme ne sellaiseen muotoon, ettei niitä voi enää yhdistää sinuun.",
        "en": "When the retention period ends, we delete the data or anonymise it so that it can no longer be linked to you.",
        "sv": "När lagringstiden har gått ut raderar vi uppgifterna eller anonymiserar dem så att de inte längre kan kopplas till dig.",
    },
    "retention_criteria": {"fi": "Säilytysajan määrittäminen: {value}", "en": "How the period is set: {value}", "sv": "Hur tiden bestäms: {value}"},
    "retention_undefined": {"fi": "Säilytysaikaa ei ole määritelty.", "en": "No retention period has been set.", "sv": "Ingen lagringstid har fastställts."},
    "retention_general": {"fi": "Yleinen säilytysaika", "en": "General retention period", "sv": "Allmän lagringstid"},
    # Security.
    "security_lead": {
        "fi": "Suojaamme henkilötiedot asianmukaisin teknisin ja organisatorisin toimenpitein. Käytössämme on muun muassa:",
        "en": "We protect personal data with appropriate technical and organisational measures, including:",
        "sv": "Vi skyddar personuppgifterna med lämpliga tekniska och organisatoriska åtgärder, bland annat:",
    },
    # Automated decisions.
    "automated_none": {
        "fi": "Emme tee pelkästään automaattiseen käsittelyyn perustuvia päätöksiä emmekä profiloi henkilötietoja.",
        "en": "We do not make decisions based solely on automated processing, and we do not use profiling.",
        "sv": "Vi fattar inte beslut som enbart grundar sig på automatiserad behandling, och vi använder inte profilering.",
    },
    "automated_decisions_yes": {
        "fi": "Teemme pelkästään automaattiseen käsittelyyn perustuvia päätöksiä (tietosuoja-asetuksen 22 artikla).",
        "en": "We make decisions based solely on automated processing (GDPR Art. 22).",
        "sv": "Vi fattar beslut som enbart grundar sig på automatiserad behandling (artikel 22 i dataskyddsförordningen).",
    },
    "automated_decisions_no": {
        "fi": "Emme tee pelkästään automaattiseen käsittelyyn perustuvia päätöksiä.",
        "en": "We do not make decisions based solely on automated processing.",
        "sv": "Vi fattar inte beslut som enbart grundar sig på automatiserad behandling.",
    },
    "profiling_yes": {"fi": "Profiloimme henkilötietoja.", "en": "We use profiling.", "sv": "Vi använder profilering."},
    "profiling_no": {"fi": "Emme profiloi henkilötietoja.", "en": "We do not use profiling.", "sv": "Vi använder inte profilering."},
    "automated_exception": {"fi": "Peruste: {value}.", "en": "Basis: {value}.", "sv": "Grund: {value}."},
    # The Art. 22 right without the 22(3) promise: for decisions authorised by law (22(2)(b)),
    # whose safeguards that law lays down, or while the exception is not yet stated.
    "automated_right_by_law": {
        "fi": "Sinulla on oikeus olla joutumatta pelkästään automaattiseen käsittelyyn perustuvan päätöksen kohteeksi, jos päätöksellä on sinuun oikeusvaikutuksia tai muita merkittäviä vaikutuksia, paitsi kun laki sen sallii. Tällöin oikeutesi turvataan laissa säädetyin toimenpitein (22 artikla).",
        "en": "You have the right not to be subject to a decision based solely on automated processing that produces legal effects concerning you or similarly significantly affects you, except where the law authorises it. Your rights are then safeguarded by the measures laid down in that law (Art. 22).",
        "sv": "Du har rätt att inte bli föremål för ett beslut som enbart grundar sig på automatiserad behandling och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig, utom när lagen tillåter det. Dina rättigheter skyddas då genom de åtgärder som fastställs i den lagen (artikel 22).",
    },
    "automated_logic": {"fi": "Käsittelyn logiikka: {value}", "en": "The logic involved: {value}", "sv": "Logiken bakom behandlingen: {value}"},
    "automated_consequences": {"fi": "Merkitys ja seuraukset sinulle: {value}", "en": "Significance and consequences for you: {value}", "sv": "Betydelse och förutsedda följder för dig: {value}"},
    # Rights.
    "rights_lead": {
        "fi": "Sinulla on tietosuoja-asetuksen mukaan seuraavat oikeudet:",
        "en": "Under the GDPR you have the following rights:",
        "sv": "Enligt dataskyddsförordningen har du följande rättigheter:",
    },
    "exercise_send": {
        "fi": "Voit lähettää oikeuksiasi koskevan pyynnön:",
        "en": "You can send us a request concerning your rights:",
        "sv": "Du kan skicka oss en begäran som gäller dina rättigheter:",
    },
    "exercise_send_email": {"fi": "sähköpostitse osoitteeseen {value}", "en": "by e-mail to {value}", "sv": "per e-post till {value}"},
    "exercise_send_post": {"fi": "postitse osoitteeseen {value}", "en": "by post to {value}", "sv": "per post till {value}"},
    "exercise_identity": {
        "fi": "Voimme pyytää sinua todentamaan henkilöllisyytesi, ennen kuin käsittelemme pyyntösi, jotta tiedot eivät päädy väärälle henkilölle.",
        "en": "We may ask you to verify your identity before we handle your request, so that the data does not end up with the wrong person.",
        "sv": "Vi kan be dig styrka din identitet innan vi behandlar din begäran, så att uppgifterna inte hamnar hos fel person.",
    },
    "exercise_deadline": {
        "fi": "Vastaamme pyyntöön viimeistään kuukauden kuluessa sen saamisesta. Jos pyyntöjä on paljon tai ne ovat monimutkaisia, voimme pidentää määräaikaa enintään kahdella kuukaudella. Kerromme pidennyksestä ja sen syystä kuukauden kuluessa pyynnön saamisesta.",
        "en": "We will respond within one month of receiving the request. If requests are complex or numerous, we may extend this by up to two further months. We will tell you about any extension, and the reasons for it, within one month of receiving the request.",
        "sv": "Vi svarar inom en månad från det att vi har tagit emot begäran. Om en begäran är komplicerad eller om vi får många begäranden kan vi förlänga tiden med högst två månader. Vi meddelar dig om en eventuell förlängning och skälen till den inom en månad från det att vi har tagit emot begäran.",
    },
    "exercise_free": {
        "fi": "Oikeuksien käyttäminen on maksutonta. Jos pyyntö on ilmeisen perusteeton tai kohtuuton, voimme periä kohtuullisen maksun tai jättää pyynnön käsittelemättä.",
        "en": "Exercising your rights is free of charge. If a request is manifestly unfounded or excessive, we may charge a reasonable fee or refuse to act on it.",
        "sv": "Det är avgiftsfritt att utöva dina rättigheter. Om en begäran är uppenbart ogrundad eller orimlig kan vi ta ut en rimlig avgift eller vägra att tillmötesgå den.",
    },
    # Complaint.
    "complaint_text": {
        "fi": "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, sinulla on oikeus tehdä valitus valvontaviranomaiselle. Voit tehdä valituksen erityisesti siinä EU:n jäsenvaltiossa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut. Suomessa valvontaviranomainen on:",
        "en": "If you believe that the processing of your personal data infringes data protection law, you have the right to lodge a complaint with a supervisory authority, in particular in the EU member state where you live or work or where the alleged infringement took place. In Finland, the supervisory authority is:",
        "sv": "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen har du rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat i EU där du bor eller arbetar eller där den påstådda överträdelsen har skett. I Finland är tillsynsmyndigheten:",
    },
    "complaint_text_other": {
        "fi": "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, sinulla on oikeus tehdä valitus valvontaviranomaiselle, erityisesti siinä EU:n jäsenvaltiossa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut. Meitä valvova viranomainen on:",
        "en": "If you believe that the processing of your personal data infringes data protection law, you have the right to lodge a complaint with a supervisory authority, in particular in the EU member state where you live or work or where the alleged infringement took place. The authority that supervises us is:",
        "sv": "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen har du rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat i EU där du bor eller arbetar eller där den påstådda överträdelsen har skett. Den myndighet som utövar tillsyn över oss är:",
    },
    "complaint_text_unknown": {
        "fi": "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, sinulla on oikeus tehdä valitus valvontaviranomaiselle, erityisesti siinä EU:n jäsenvaltiossa, jossa asut tai työskentelet tai jossa väitetty rikkominen on tapahtunut. Meitä valvoo sijoittautumismaamme ({country}) tietosuojaviranomainen. Kaikkien EU- ja ETA-maiden tietosuojaviranomaisten yhteystiedot löytyvät Euroopan tietosuojaneuvoston sivuilta (edpb.europa.eu).",
        "en": "If you believe that the processing of your personal data infringes data protection law, you have the right to lodge a complaint with a supervisory authority, in particular in the EU member state where you live or work or where the alleged infringement took place. We are supervised by the data protection authority of the country where we are established ({country}). The contact details of every EU and EEA data protection authority are on the European Data Protection Board's website (edpb.europa.eu).",
        "sv": "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen har du rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat i EU där du bor eller arbetar eller där den påstådda överträdelsen har skett. Tillsynen över oss utövas av dataskyddsmyndigheten i det land där vi är etablerade ({country}). Kontaktuppgifterna till alla dataskyddsmyndigheter i EU och EES finns på Europeiska dataskyddsstyrelsens webbplats (edpb.europa.eu).",
    },
    "visiting_address": {"fi": "Käyntiosoite: {value}", "en": "Visiting address: {value}", "sv": "Besöksadress: {value}"},
    "postal_address": {"fi": "Postiosoite: {value}", "en": "Postal address: {value}", "sv": "Postadress: {value}"},
    "switchboard": {"fi": "Puhelinvaihde: {value}", "en": "Switchboard: {value}", "sv": "Växel: {value}"},
    # Cookies.
    "cookies_intro": {
        "fi": "Verkkosivustollamme käytetään evästeitä. Eväste on pieni tekstitiedosto, jonka selain tallentaa laitteellesi.",
        "en": "Our website uses cookies. A cookie is a small text file that your browser stores on your device.",
        "sv": "Vår webbplats använder kakor. En kaka är en liten textfil som din webbläsare sparar på din enhet.",
    },
    # Only when the user says their site asks for consent (answers cookies.consent_asked).
    "cookies_consent": {
        "fi": "Välttämättömiä evästeitä lukuun ottamatta käytämme evästeitä vain suostumuksellasi (laki sähköisen viestinnän palveluista 205 §).",
        "en": "Apart from strictly necessary cookies, we use cookies only with your consent (Finnish Act on Electronic Communications Services, section 205).",
        "sv": "Utöver nödvändiga kakor använder vi kakor endast med ditt samtycke (205 § i lagen om tjänster inom elektronisk kommunikation).",
    },
    "cookies_categories_lead": {"fi": "Käytämme seuraavia evästeitä:", "en": "We use the following cookies:", "sv": "Vi använder följande kakor:"},
    "cookies_tools_lead": {
        "fi": "Sivustollamme on käytössä seuraavat evästeitä asettavat palvelut:",
        "en": "Our website uses the following services that set cookies:",
        "sv": "Vår webbplats använder följande tjänster som placerar kakor:",
    },
    # A library service's cookie names and lifetimes, after the tool's purpose.
    "cookie_names": {"fi": "Evästeet: {cookies}.", "en": "Cookies: {cookies}.", "sv": "Kakor: {cookies}."},
    "col_tool": {"fi": "Palvelu", "en": "Service", "sv": "Tjänst"},
    "col_provider": {"fi": "Tarjoaja", "en": "Provider", "sv": "Leverantör"},
    "col_cookie_category": {"fi": "Evästetyyppi", "en": "Type", "sv": "Typ"},
    "col_cookie_purpose": {"fi": "Käyttötarkoitus", "en": "Purpose", "sv": "Ändamål"},
    "cookies_refuse": {"fi": "Evästeiden estäminen ja suostumuksen peruuttaminen: {value}", "en": "Refusing cookies and withdrawing consent: {value}", "sv": "Att vägra kakor och återkalla samtycke: {value}"},
    # Laws, changes.
    "laws_lead": {
        "fi": "Henkilötietojen käsittelyssä noudatamme seuraavia säädöksiä:",
        "en": "In processing personal data we comply with the following legislation:",
        "sv": "Vid behandlingen av personuppgifter iakttar vi följande lagstiftning:",
    },
    "changes_text": {
        "fi": "Päivitämme tätä selostetta, kun henkilötietojen käsittelymme muuttuu. Selosteessa näkyvät aina voimassa olevan version laatimis- ja muutospäivä.",
        "en": "We update this notice when our processing of personal data changes. The notice always shows when it was created and when the current version was last updated.",
        "sv": "Vi uppdaterar denna beskrivning när vår behandling av personuppgifter förändras. Av beskrivningen framgår alltid när den har upprättats och när den gällande versionen senast har uppdaterats.",
    },
}

# Explanation of each cookie category for the reader.
COOKIE_CATEGORY_TEXTS: dict[str, dict[str, str]] = {
    "necessary": {
        "fi": "Välttämättömät evästeet: mahdollistavat sivuston perustoiminnot, kuten kirjautumisen ja tietoturvan. Niitä ei voi kytkeä pois.",
        "en": "Strictly necessary cookies: needed for the basic functions of the site, such as signing in and security. They cannot be switched off.",
        "sv": "Nödvändiga kakor: behövs för webbplatsens grundläggande funktioner, till exempel inloggning och säkerhet. De kan inte stängas av.",
    },
    "preferences": {
        "fi": "Toiminnalliset evästeet: muistavat valintasi, kuten kielen.",
        "en": "Preference cookies: remember your choices, such as your language.",
        "sv": "Funktionella kakor: kommer ihåg dina val, till exempel ditt språk.",
    },
    "analytics": {
        "fi": "Analytiikkaevästeet: kertovat meille, miten sivustoa käytetään, jotta voimme kehittää sitä.",
        "en": "Analytics cookies: tell us how the site is used so that we can improve it.",
        "sv": "Analyskakor: berättar för oss hur webbplatsen används så att vi kan förbättra den.",
    },
    "marketing": {
        "fi": "Markkinointievästeet: mahdollistavat kiinnostuksen kohteidesi mukaisen mainonnan.",
        "en": "Marketing cookies: allow advertising that matches your interests.",
        "sv": "Marknadsföringskakor: möjliggör reklam som motsvarar dina intressen.",
    },
}


def t(key: str, language: str, **values) -> str:
    text = pick(T[key], language)
    return text.format(**values) if values else text


def heading(key: str, style: str, language: str) -> str:
    by_style = HEADINGS.get(style) or HEADINGS["register"]
    return pick(by_style[key], language)
