# ruff: noqa: E501 - catalogue-like data: one sentence per line reads better than wrapped strings
"""Plain words first: each legal choice asked as a question about the business, with the
legal term (the catalogue's label) shown after it in small print.

Data keyed by the catalogue codes of notices/content/catalogues.py, plus the "help me
choose" for the legal basis: at most three yes/no questions, and a pure function that
proposes a basis from the answers.
"""

from . import catalogues, languages
from .languages import pick

# Art. 6(1): the question a small-business owner can answer.
LEGAL_BASIS_QUESTIONS = {
    "contract": {"fi": "Tarvitaanko tätä, jotta voit toimittaa sen, minkä asiakas tilasi tai mistä sovit hänen kanssaan?", "en": "Is this needed to deliver what the customer ordered or what you agreed with them?", "sv": "Behövs detta för att du ska kunna leverera det som kunden har beställt eller det som ni har kommit överens om?"},
    "legal_obligation": {"fi": "Vaatiiko jokin laki tätä, esimerkiksi kirjanpitolaki?", "en": "Does a law require this, for example the Accounting Act?", "sv": "Kräver någon lag detta, till exempel bokföringslagen?"},
    "legitimate_interests": {"fi": "Tarvitseeko yrityksesi tätä kohtuudella, ja odottaisiko henkilö sitä itsekin?", "en": "Does your business reasonably need this, and would the person expect it?", "sv": "Behöver ditt företag detta av rimliga skäl, och skulle personen själv förvänta sig det?"},
    "consent": {"fi": "Pyydätkö henkilöltä erikseen luvan, ja voiko hän kieltäytyä menettämättä palvelua?", "en": "Do you ask the person for permission separately, and can they say no without losing the service?", "sv": "Ber du personen om lov separat, och kan personen säga nej utan att gå miste om tjänsten?"},
    "vital_interests": {"fi": "Tarvitaanko tätä jonkun hengen tai terveyden suojaamiseksi hätätilanteessa?", "en": "Is this needed to protect someone's life or health in an emergency?", "sv": "Behövs detta för att skydda någons liv eller hälsa i en nödsituation?"},
    "public_task": {"fi": "Onko tämä laissa sinulle annettu julkinen tehtävä?", "en": "Is this a public task given to you by law?", "sv": "Är detta en offentlig uppgift som du har fått genom lag?"},
}  # fmt: skip

RECIPIENT_ROLE_QUESTIONS = {
    "processor": {"fi": "Käsittelee tietoja vain sinun lukuusi ja ohjeidesi mukaan (esim. ajanvarausjärjestelmä, tilitoimisto)", "en": "Handles the data only for you and on your instructions (e.g. a booking system, your accountant)", "sv": "Behandlar uppgifterna endast för din räkning och enligt dina instruktioner (t.ex. ett bokningssystem, din bokföringsbyrå)"},
    "controller": {"fi": "Päättää itse, mitä tiedoilla tekee (esim. maksunvälittäjä, vakuutusyhtiö)", "en": "Decides for itself what it does with the data (e.g. a payment provider, an insurer)", "sv": "Bestämmer själv vad den gör med uppgifterna (t.ex. en betaltjänstleverantör, ett försäkringsbolag)"},
    "joint_controller": {"fi": "Päätät yhdessä heidän kanssaan, miksi ja miten tietoja käytetään", "en": "You and they decide together why and how the data is used", "sv": "Du och de bestämmer tillsammans varför och hur uppgifterna används"},
    "authority": {"fi": "Viranomainen, joka saa tiedot lain perusteella", "en": "A public authority that receives the data because the law says so", "sv": "En myndighet som får uppgifterna eftersom lagen föreskriver det"},
}  # fmt: skip

SAFEGUARD_QUESTIONS = {
    "adequacy": {"fi": "EU on todennut maan tietosuojan riittäväksi (esim. Iso-Britannia, Sveitsi, Japani)", "en": "The EU has found the country's protection adequate (e.g. the UK, Switzerland, Japan)", "sv": "EU har konstaterat att landets dataskydd är adekvat (t.ex. Storbritannien, Schweiz, Japan)"},
    "dpf": {"fi": "Yhdysvaltalainen yritys on EU–Yhdysvallat-tietosuojakehyksen listalla (dataprivacyframework.gov)", "en": "The US company is on the EU–US Data Privacy Framework list (dataprivacyframework.gov)", "sv": "Det amerikanska företaget finns på förteckningen för ramen för dataskydd mellan EU och USA (EU–US Data Privacy Framework, dataprivacyframework.gov)"},
    "scc": {"fi": "Sopimuksessasi heidän kanssaan on EU:n vakiosopimuslausekkeet (monen pilvipalvelun ehdoissa ne ovat valmiina)", "en": "Your contract with them includes the EU's standard clauses (many cloud services include them in their terms)", "sv": "Ditt avtal med dem innehåller EU:s standardavtalsklausuler (många molntjänster har dem färdigt i sina villkor)"},
    "bcr": {"fi": "Yritysryhmällä on EU:n viranomaisen hyväksymät omat sitovat säännöt", "en": "The company group has its own binding rules approved by an EU authority", "sv": "Företagsgruppen har egna bindande regler som en myndighet i EU har godkänt"},
    "derogation_consent": {"fi": "Henkilö on nimenomaisesti suostunut juuri tähän siirtoon tiedettyään riskit", "en": "The person has explicitly agreed to this very transfer after being told the risks", "sv": "Personen har uttryckligen samtyckt till just den här överföringen efter att ha informerats om riskerna"},
    "derogation_contract": {"fi": "Siirto on välttämätön henkilön oman sopimuksen hoitamiseksi (esim. hänen hotellivarauksensa ulkomailla)", "en": "The transfer is necessary for the person's own contract (e.g. booking their hotel abroad)", "sv": "Överföringen är nödvändig för personens eget avtal (t.ex. en hotellbokning utomlands åt personen)"},
    "derogation_legal_claims": {"fi": "Siirto tarvitaan oikeusvaatimuksen hoitamiseksi", "en": "The transfer is needed for a legal claim", "sv": "Överföringen behövs för ett rättsligt anspråk"},
}  # fmt: skip

SPECIAL_CONDITION_QUESTIONS = {
    "explicit_consent": {"fi": "Henkilö on antanut tähän nimenomaisen luvan", "en": "The person has explicitly agreed to it", "sv": "Personen har uttryckligen samtyckt till det"},
    "employment_law": {"fi": "Työ- tai sosiaaliturvalainsäädäntö edellyttää sitä (esim. sairauslomatodistukset)", "en": "Employment or social-security law requires it (e.g. sick-leave certificates)", "sv": "Lagstiftningen om arbete eller social trygghet kräver det (t.ex. sjukintyg)"},
    "vital_interests": {"fi": "Jonkun hengen suojaamiseksi, kun hän ei pysty antamaan lupaa", "en": "To protect someone's life when they cannot give permission", "sv": "För att skydda någons liv när personen inte kan ge sitt lov"},
    "nonprofit": {"fi": "Olet yhdistys tai säätiö, ja tiedot koskevat jäseniäsi", "en": "You are an association or foundation and the data is about your members", "sv": "Du är en förening eller stiftelse och uppgifterna gäller dina medlemmar"},
    "made_public": {"fi": "Henkilö on itse julkistanut tiedot", "en": "The person has made the data public themselves", "sv": "Personen har själv offentliggjort uppgifterna"},
    "legal_claims": {"fi": "Tarvitaan oikeusvaatimuksen hoitamiseksi", "en": "Needed for a legal claim", "sv": "Behövs för ett rättsligt anspråk"},
    "public_interest": {"fi": "Laki edellyttää sitä tärkeän yleisen edun vuoksi", "en": "A law requires it for an important public interest", "sv": "En lag kräver det på grund av ett viktigt allmänt intresse"},
    "health_care": {"fi": "Annat terveydenhuollon tai työterveyshuollon palveluja", "en": "You provide health care or occupational health care", "sv": "Du tillhandahåller hälso- och sjukvård eller företagshälsovård"},
    "public_health": {"fi": "Kansanterveyden suojaaminen, esim. tartuntataudit", "en": "Protecting public health, e.g. infectious diseases", "sv": "Skydd av folkhälsan, t.ex. smittsamma sjukdomar"},
    "research": {"fi": "Tutkimus tai tilastointi", "en": "Research or statistics", "sv": "Forskning eller statistik"},
}  # fmt: skip

PLAIN_QUESTIONS = {
    "legal_bases": LEGAL_BASIS_QUESTIONS,
    "recipient_roles": RECIPIENT_ROLE_QUESTIONS,
    "safeguards": SAFEGUARD_QUESTIONS,
    "special_conditions": SPECIAL_CONDITION_QUESTIONS,
}


def question(table: dict, code: str, language: str) -> str:
    return pick(table.get(code), language)


def article_text(article: str, language: str) -> str:
    """ "13(2)(e)" as cited in ``language`` (see languages.article_text)."""
    return languages.article_text(article, language)


def legal_term(catalogue: catalogues.Catalogue, code: str, language: str) -> str:
    """The legal term for the small print: the catalogue label, with the article for Art. 6."""
    entry = catalogue.get(code)
    if entry is None:
        return code
    article = entry.attrs.get("article")
    return f"{entry.label(language)} ({article_text(article, language)})" if article else entry.label(language)


# --- Help me choose the legal basis ------------------------------------------------------
# Asked in this order; the first "yes" decides. A "no" to all three means consent.

BASIS_HELPER_QUESTIONS = (
    ("law", "legal_obligation",
     {"fi": "Vaatiiko jokin laki sinua tekemään tämän? Esimerkiksi kirjanpito, palkanmaksu tai verotus.", "en": "Does a law require you to do this? For example bookkeeping, payroll or taxes.", "sv": "Kräver någon lag att du gör detta? Till exempel bokföring, löneutbetalning eller beskattning."}),
    ("order", "contract",
     {"fi": "Tarvitaanko tätä, jotta voit toimittaa sen, minkä henkilö tilasi, tai hoitaa hänen kanssaan tekemäsi sopimuksen?", "en": "Is this needed to deliver what the person ordered, or to carry out your agreement with them?", "sv": "Behövs detta för att du ska kunna leverera det som personen har beställt eller fullgöra ert avtal?"}),
    ("expected", "legitimate_interests",
     {"fi": "Odottaisiko henkilö tätä itsekin, eikä se ole hänen etunsa vastaista? Esimerkiksi omien asiakkaiden tiedottaminen tai tietoturva.", "en": "Would the person expect this, and is it not against their interests? For example informing your own customers, or security.", "sv": "Skulle personen själv förvänta sig detta, och strider det inte mot personens intressen? Till exempel information till dina egna kunder, eller informationssäkerhet."}),
)  # fmt: skip

BASIS_HELPER_REASONS = {
    "legal_obligation": {"fi": "Laki vaatii käsittelyä, joten henkilön lupaa ei tarvita eikä hän voi kieltää sitä.", "en": "A law requires the processing, so no permission is needed and the person cannot refuse it.", "sv": "En lag kräver behandlingen, så inget lov behövs och personen kan inte vägra."},
    "contract": {"fi": "Käsittely on tarpeen sen toimittamiseksi, mistä henkilön kanssa on sovittu.", "en": "The processing is needed to deliver what was agreed with the person.", "sv": "Behandlingen behövs för att leverera det som har avtalats med personen."},
    "legitimate_interests": {"fi": "Yrityksesi tarvitsee tätä ja henkilö odottaa sitä. Kirjoita selosteeseen, mikä etu on kyseessä: henkilö voi vastustaa käsittelyä.", "en": "Your business needs this and the person expects it. Describe the interest in the notice: the person may object to the processing.", "sv": "Ditt företag behöver detta och personen förväntar sig det. Skriv i beskrivningen vilket intresse det gäller: personen kan invända mot behandlingen."},
    "consent": {"fi": "Mikään muu peruste ei sovi, joten tarvitset henkilön luvan. Hän voi perua sen milloin tahansa.", "en": "No other basis fits, so you need the person's permission. They can withdraw it at any time.", "sv": "Ingen annan grund passar, så du behöver personens lov. Personen kan när som helst återkalla det."},
}  # fmt: skip


def suggest_basis(answers: dict) -> str | None:
    """The proposed legal basis from the helper's yes/no answers ({"law": "yes", ...}), or
    None while a question that could still decide is unanswered."""
    for key, basis, _texts in BASIS_HELPER_QUESTIONS:
        value = answers.get(key)
        if value == "yes":
            return basis
        if value != "no":
            return None
    return "consent"


# --- Checker messages: the article goes in small print ------------------------------------
# The checker's messages say what to do; the article behind each rule is shown under it.
RULE_ARTICLES = {
    "legitimate_interest_not_described": "13(1)(d)",
    "categories_missing": "14(1)(d)",
    "special_without_condition": "9(2)",
    "sources_missing": "14(2)(f)",
    "requirement_missing": "13(2)(e)",
    "consequences_missing": "13(2)(e)",
    "automated_without_logic": "13(2)(f)",
    "automated_without_consequences": "13(2)(f)",
    "representative_missing": "27",
    "purpose_without_basis": "6(1)",
    "consent_withdrawal_missing": "13(2)(c)",
    "retention_missing": "13(2)(a)",
    "transfer_without_safeguard": "44–49",
    "transfers_unanswered": "13(1)(f)",
    "recipient_transfer_undeclared": "13(1)(f)",
    "special_unanswered": "9",
}


def article_note(code: str, language: str) -> str:
    article = RULE_ARTICLES.get(code)
    if not article:
        return ""
    text = article_text(article, language)
    return text[0].upper() + text[1:]
