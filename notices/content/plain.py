# ruff: noqa: E501 - catalogue-like data: one sentence per line reads better than wrapped strings
"""Plain words first: each legal choice asked as a question about the business, with the
legal term (the catalogue's label) shown after it in small print.

Data keyed by the catalogue codes of notices/content/catalogues.py, plus the "help me
choose" for the legal basis: at most three yes/no questions, and a pure function that
proposes a basis from the answers.
"""

from . import catalogues

# Art. 6(1): the question a small-business owner can answer.
LEGAL_BASIS_QUESTIONS = {
    "contract": ("Tarvitaanko tätä, jotta voit toimittaa sen, minkä asiakas tilasi tai mistä sovit hänen kanssaan?",
                 "Is this needed to deliver what the customer ordered or what you agreed with them?"),
    "legal_obligation": ("Vaatiiko jokin laki tätä, esimerkiksi kirjanpitolaki?",
                         "Does a law require this, for example the Accounting Act?"),
    "legitimate_interests": ("Tarvitseeko yrityksesi tätä kohtuudella, ja odottaisiko henkilö sitä itsekin?",
                             "Does your business reasonably need this, and would the person expect it?"),
    "consent": ("Pyydätkö henkilöltä erikseen luvan, ja voiko hän kieltäytyä menettämättä palvelua?",
                "Do you ask the person for permission separately, and can they say no without losing the service?"),
    "vital_interests": ("Tarvitaanko tätä jonkun hengen tai terveyden suojaamiseksi hätätilanteessa?",
                        "Is this needed to protect someone's life or health in an emergency?"),
    "public_task": ("Onko tämä laissa sinulle annettu julkinen tehtävä?",
                    "Is this a public task given to you by law?"),
}  # fmt: skip

RECIPIENT_ROLE_QUESTIONS = {
    "processor": ("Käsittelee tietoja vain sinun lukuusi ja ohjeidesi mukaan (esim. ajanvarausjärjestelmä, tilitoimisto)",
                  "Handles the data only for you and on your instructions (e.g. a booking system, your accountant)"),
    "controller": ("Päättää itse, mitä tiedoilla tekee (esim. maksunvälittäjä, vakuutusyhtiö)",
                   "Decides for itself what it does with the data (e.g. a payment provider, an insurer)"),
    "joint_controller": ("Päätät yhdessä heidän kanssaan, miksi ja miten tietoja käytetään",
                         "You and they decide together why and how the data is used"),
    "authority": ("Viranomainen, joka saa tiedot lain perusteella",
                  "A public authority that receives the data because the law says so"),
}  # fmt: skip

SAFEGUARD_QUESTIONS = {
    "adequacy": ("EU on todennut maan tietosuojan riittäväksi (esim. Iso-Britannia, Sveitsi, Japani)",
                 "The EU has found the country's protection adequate (e.g. the UK, Switzerland, Japan)"),
    "dpf": ("Yhdysvaltalainen yritys on EU–Yhdysvallat-tietosuojakehyksen listalla (dataprivacyframework.gov)",
            "The US company is on the EU–US Data Privacy Framework list (dataprivacyframework.gov)"),
    "scc": ("Sopimuksessasi heidän kanssaan on EU:n vakiosopimuslausekkeet (monen pilvipalvelun ehdoissa ne ovat valmiina)",
            "Your contract with them includes the EU's standard clauses (many cloud services include them in their terms)"),
    "bcr": ("Yritysryhmällä on EU:n viranomaisen hyväksymät omat sitovat säännöt",
            "The company group has its own binding rules approved by an EU authority"),
    "derogation_consent": ("Henkilö on nimenomaisesti suostunut juuri tähän siirtoon tiedettyään riskit",
                           "The person has explicitly agreed to this very transfer after being told the risks"),
    "derogation_contract": ("Siirto on välttämätön henkilön oman sopimuksen hoitamiseksi (esim. hänen hotellivarauksensa ulkomailla)",
                            "The transfer is necessary for the person's own contract (e.g. booking their hotel abroad)"),
    "derogation_legal_claims": ("Siirto tarvitaan oikeusvaatimuksen hoitamiseksi",
                                "The transfer is needed for a legal claim"),
}  # fmt: skip

SPECIAL_CONDITION_QUESTIONS = {
    "explicit_consent": ("Henkilö on antanut tähän nimenomaisen luvan", "The person has explicitly agreed to it"),
    "employment_law": ("Työ- tai sosiaaliturvalainsäädäntö edellyttää sitä (esim. sairauslomatodistukset)",
                       "Employment or social-security law requires it (e.g. sick-leave certificates)"),
    "vital_interests": ("Jonkun hengen suojaamiseksi, kun hän ei pysty antamaan lupaa",
                        "To protect someone's life when they cannot give permission"),
    "nonprofit": ("Olet yhdistys tai säätiö, ja tiedot koskevat jäseniäsi", "You are an association or foundation and the data is about your members"),
    "made_public": ("Henkilö on itse julkistanut tiedot", "The person has made the data public themselves"),
    "legal_claims": ("Tarvitaan oikeusvaatimuksen hoitamiseksi", "Needed for a legal claim"),
    "public_interest": ("Laki edellyttää sitä tärkeän yleisen edun vuoksi", "A law requires it for an important public interest"),
    "health_care": ("Annat terveydenhuollon tai työterveyshuollon palveluja", "You provide health care or occupational health care"),
    "public_health": ("Kansanterveyden suojaaminen, esim. tartuntataudit", "Protecting public health, e.g. infectious diseases"),
    "research": ("Tutkimus tai tilastointi", "Research or statistics"),
}  # fmt: skip

PLAIN_QUESTIONS = {
    "legal_bases": LEGAL_BASIS_QUESTIONS,
    "recipient_roles": RECIPIENT_ROLE_QUESTIONS,
    "safeguards": SAFEGUARD_QUESTIONS,
    "special_conditions": SPECIAL_CONDITION_QUESTIONS,
}


def question(table: dict, code: str, language: str) -> str:
    texts = table.get(code)
    return (texts[0] if language == "fi" else texts[1]) if texts else ""


def article_text(article: str, language: str) -> str:
    """ "13(2)(e)" as cited in each language: "GDPR Art. 13(2)(e)" and
    "tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohta"."""
    if language != "fi":
        return f"GDPR Art. {article}"
    number, _sep, rest = article.partition("(")
    parts = [part.strip(")") for part in rest.split("(")] if rest else []
    if not parts:
        return f"tietosuoja-asetuksen {number} {'artiklat' if '–' in number else 'artikla'}"
    if len(parts) == 1:
        return f"tietosuoja-asetuksen {number} artiklan {parts[0]} kohta"
    return f"tietosuoja-asetuksen {number} artiklan {parts[0]} kohdan {parts[1]} alakohta"


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
     "Vaatiiko jokin laki sinua tekemään tämän? Esimerkiksi kirjanpito, palkanmaksu tai verotus.",
     "Does a law require you to do this? For example bookkeeping, payroll or taxes."),
    ("order", "contract",
     "Tarvitaanko tätä, jotta voit toimittaa sen, minkä henkilö tilasi, tai hoitaa hänen kanssaan tekemäsi sopimuksen?",
     "Is this needed to deliver what the person ordered, or to carry out your agreement with them?"),
    ("expected", "legitimate_interests",
     "Odottaisiko henkilö tätä itsekin, eikä se ole hänen etunsa vastaista? Esimerkiksi omien asiakkaiden tiedottaminen tai tietoturva.",
     "Would the person expect this, and is it not against their interests? For example informing your own customers, or security."),
)  # fmt: skip

BASIS_HELPER_REASONS = {
    "legal_obligation": ("Laki vaatii käsittelyä, joten henkilön lupaa ei tarvita eikä hän voi kieltää sitä.",
                         "A law requires the processing, so no permission is needed and the person cannot refuse it."),
    "contract": ("Käsittely on tarpeen sen toimittamiseksi, mistä henkilön kanssa on sovittu.",
                 "The processing is needed to deliver what was agreed with the person."),
    "legitimate_interests": ("Yrityksesi tarvitsee tätä ja henkilö odottaa sitä. Kirjoita selosteeseen, mikä etu on kyseessä: henkilö voi vastustaa käsittelyä.",
                             "Your business needs this and the person expects it. Describe the interest in the notice: the person may object to the processing."),
    "consent": ("Mikään muu peruste ei sovi, joten tarvitset henkilön luvan. Hän voi perua sen milloin tahansa.",
                "No other basis fits, so you need the person's permission. They can withdraw it at any time."),
}  # fmt: skip


def suggest_basis(answers: dict) -> str | None:
    """The proposed legal basis from the helper's yes/no answers ({"law": "yes", ...}), or
    None while a question that could still decide is unanswered."""
    for key, basis, _fi, _en in BASIS_HELPER_QUESTIONS:
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
