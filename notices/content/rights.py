"""Which data-subject rights a notice lists: derived from the answers, never asked.

Rules (GDPR Arts. 7(3), 15–22):
- access, rectification, erasure and restriction always apply;
- portability (Art. 20) only where processing rests on consent or a contract;
- objection (Art. 21(1)) where processing rests on legitimate interests or a public task;
- objection to direct marketing (Art. 21(2)) whenever the controller does direct
  marketing, whatever the basis;
- withdrawal of consent (Art. 7(3)) wherever consent is relied on: a 6(1)(a) purpose,
  explicit consent for special categories (9(2)(a)), a transfer on explicit consent
  (49(1)(a)), automated decisions on explicit consent (22(2)(c)) or non-necessary
  cookies set with consent (``consent_relied_on``);
- profiling answered yes also brings the Art. 21(2) objection, which covers profiling
  related to direct marketing (Art. 21(2), last clause);
- the Art. 22 right where decisions based solely on automated processing are made.

Direct marketing comes from one structured answer: a purpose answered "yes, this is
direct marketing" (``direct_marketing is True``, ``uses_direct_marketing``). Words in the
user's text are never read. Other answers that suggest marketing (newsletter subscribers,
the "direct-marketing consents and bans" category, marketing cookies, a marketing
service provider) only make the checker ask which purpose it is (``marketing_signs``).
"""

from collections.abc import Iterable

from .catalogues import Catalogue, Entry

RIGHTS = Catalogue(
    Entry(
        "access",
        {"fi": "Oikeus saada pääsy tietoihin", "en": "Right of access", "sv": "Rätt till tillgång"},
        help_texts={"fi": "Voit saada vahvistuksen siitä, käsittelemmekö henkilötietojasi, ja jäljennöksen käsittelemistämme tiedoista (15 artikla).", "en": "You can get confirmation of whether we process your personal data, and a copy of the data we process (Art. 15).", "sv": "Du kan få bekräftelse på om vi behandlar dina personuppgifter och en kopia av de uppgifter som vi behandlar (artikel 15)."},
    ),
    Entry(
        "rectification",
        {"fi": "Oikeus tietojen oikaisemiseen", "en": "Right to rectification", "sv": "Rätt till rättelse"},
        help_texts={"fi": "Voit pyytää, että korjaamme virheelliset tietosi ja täydennämme puutteelliset tiedot (16 artikla).", "en": "You can ask us to correct inaccurate data and complete incomplete data (Art. 16).", "sv": "Du kan be oss rätta felaktiga uppgifter och komplettera ofullständiga uppgifter (artikel 16)."},
    ),
    Entry(
        "erasure",
        {"fi": "Oikeus tietojen poistamiseen", "en": "Right to erasure", "sv": "Rätt till radering"},
        help_texts={"fi": "Voit pyytää, että poistamme tietosi esimerkiksi silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin. Emme voi poistaa tietoja, joita laki velvoittaa meidät säilyttämään (17 artikla).", "en": "You can ask us to erase your data, for example when it is no longer needed for the purpose for which it was collected. We cannot erase data that the law requires us to keep (Art. 17).", "sv": "Du kan be oss radera dina uppgifter, till exempel när de inte längre behövs för det ändamål för vilket de samlades in. Vi kan inte radera uppgifter som vi enligt lag är skyldiga att bevara (artikel 17)."},
    ),
    Entry(
        "restriction",
        {"fi": "Oikeus käsittelyn rajoittamiseen", "en": "Right to restriction of processing", "sv": "Rätt till begränsning av behandling"},
        help_texts={"fi": "Voit pyytää, että rajoitamme tietojesi käsittelyä esimerkiksi siksi aikaa, kun selvitämme tietojen paikkansapitävyyttä (18 artikla).", "en": "You can ask us to restrict the processing of your data, for example while we check whether the data is accurate (Art. 18).", "sv": "Du kan be oss begränsa behandlingen av dina uppgifter, till exempel medan vi kontrollerar om uppgifterna är korrekta (artikel 18)."},
    ),
    Entry(
        "portability",
        {"fi": "Oikeus siirtää tiedot järjestelmästä toiseen", "en": "Right to data portability", "sv": "Rätt till dataportabilitet"},
        help_texts={"fi": "Kun käsittely perustuu suostumukseesi tai sopimukseen ja se tehdään automaattisesti, voit saada meille toimittamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle (20 artikla).", "en": "Where processing is based on your consent or a contract and is carried out by automated means, you can receive the data you have given us in a structured, commonly used and machine-readable format and transmit it to another controller (Art. 20).", "sv": "När behandlingen grundar sig på ditt samtycke eller på ett avtal och utförs automatiserat kan du få ut de uppgifter som du har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och överföra dem till en annan personuppgiftsansvarig (artikel 20)."},
    ),
    Entry(
        "objection",
        {"fi": "Oikeus vastustaa käsittelyä", "en": "Right to object", "sv": "Rätt att göra invändningar"},
        help_texts={"fi": "Voit erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä, joka perustuu oikeutettuun etuun tai yleistä etua koskevaan tehtävään. Lopetamme käsittelyn, ellemme voi osoittaa, että siihen on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (21 artiklan 1 kohta).", "en": "On grounds relating to your particular situation, you can object to processing based on legitimate interests or a task carried out in the public interest. We will stop unless we can demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing is needed to establish, exercise or defend legal claims (Art. 21(1)).", "sv": "Av skäl som hänför sig till din specifika situation kan du invända mot behandling som grundar sig på berättigat intresse eller på en uppgift av allmänt intresse. Vi upphör med behandlingen, utom när vi kan påvisa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter, eller när behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 21.1)."},
    ),
    Entry(
        "objection_direct_marketing",
        {"fi": "Oikeus kieltää suoramarkkinointi", "en": "Right to object to direct marketing", "sv": "Rätt att invända mot direktmarknadsföring"},
        help_texts={"fi": "Voit milloin tahansa kieltää tietojesi käytön suoramarkkinointiin, myös siihen liittyvän profiloinnin. Kiellon jälkeen emme käytä tietojasi tähän tarkoitukseen (21 artiklan 2 ja 3 kohta).", "en": "You can object at any time to the use of your data for direct marketing, including related profiling. After that we will no longer use your data for that purpose (Art. 21(2) and (3)).", "sv": "Du kan när som helst invända mot att dina uppgifter används för direktmarknadsföring, inklusive profilering som har samband med sådan marknadsföring. Därefter använder vi inte längre dina uppgifter för det ändamålet (artikel 21.2 och 21.3)."},
    ),
    Entry(
        "withdraw_consent",
        {"fi": "Oikeus peruuttaa suostumus", "en": "Right to withdraw consent", "sv": "Rätt att återkalla samtycke"},
        help_texts={"fi": "Kun käsittely perustuu suostumukseesi, voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).", "en": "Where processing is based on your consent, you can withdraw it at any time. Withdrawal does not affect the lawfulness of processing carried out before it (Art. 7(3)).", "sv": "När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla samtycket. Återkallelsen påverkar inte lagligheten av behandling som har skett innan samtycket återkallades (artikel 7.3)."},
    ),
    Entry(
        "automated_decisions",
        {"fi": "Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi", "en": "Right not to be subject to automated decision-making", "sv": "Rätt att inte bli föremål för automatiserat beslutsfattande"},
        help_texts={"fi": "Sinulla on oikeus olla joutumatta pelkästään automaattiseen käsittelyyn perustuvan päätöksen kohteeksi, jos päätöksellä on sinuun oikeusvaikutuksia tai muita merkittäviä vaikutuksia. Voit vaatia, että päätöksen käsittelee ihminen, esittää oman kantasi ja riitauttaa päätöksen (22 artikla).", "en": "You have the right not to be subject to a decision based solely on automated processing that produces legal effects concerning you or similarly significantly affects you. You can ask for human intervention, express your point of view and contest the decision (Art. 22).", "sv": "Du har rätt att inte bli föremål för ett beslut som enbart grundar sig på automatiserad behandling och som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig. Du kan begära mänskligt ingripande, framföra din synpunkt och bestrida beslutet (artikel 22)."},
    ),
)

ALWAYS = ("access", "rectification", "erasure", "restriction")
PORTABILITY_BASES = frozenset({"consent", "contract"})
OBJECTION_BASES = frozenset({"legitimate_interests", "public_task"})


def derive_rights(bases: Iterable[str], automated: bool = False, *, direct_marketing: bool = False, consent: bool = False, profiling: bool = False) -> list[str]:
    """The right codes that apply, in the RIGHTS catalogue's order."""
    bases = {b for b in bases if isinstance(b, str)}
    applies = set(ALWAYS)
    if bases & PORTABILITY_BASES:
        applies.add("portability")
    if bases & OBJECTION_BASES:
        applies.add("objection")
    if direct_marketing or profiling:
        applies.add("objection_direct_marketing")
    if consent or "consent" in bases:
        applies.add("withdraw_consent")
    if automated:
        applies.add("automated_decisions")
    return [code for code in RIGHTS.codes if code in applies]


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value) -> list:
    return value if isinstance(value, list) else []


def marketing_purposes(answers: dict) -> list[dict]:
    """The purposes the user marked as direct marketing."""
    return [p for p in map(_dict, _list(_dict(answers).get("purposes"))) if p.get("direct_marketing") is True]


def uses_direct_marketing(answers: dict) -> bool:
    return bool(marketing_purposes(answers))


def marketing_signs(answers: dict) -> bool:
    """Structured answers that usually come with direct marketing (not proof of it)."""
    answers = _dict(answers)
    categories = _dict(answers.get("categories"))
    if any(_dict(item).get("code") == "marketing_consents" for item in _list(categories.get("items"))):
        return True
    if "newsletter_subscribers" in _list(_dict(answers.get("notice")).get("data_subjects")):
        return True
    cookies = _dict(answers.get("cookies"))
    if cookies.get("used") is True and "marketing" in _list(cookies.get("categories")):
        return True
    return any(_dict(item).get("kind") == "marketing" for item in _list(_dict(answers.get("recipients")).get("items")))


def consent_relied_on(answers: dict) -> bool:
    """Whether any processing rests on consent, whichever article asks for it."""
    answers = _dict(answers)
    if any(_dict(p).get("legal_basis") == "consent" for p in _list(answers.get("purposes"))):
        return True
    categories = _dict(answers.get("categories"))
    if categories.get("special") is True and categories.get("special_condition") == "explicit_consent":
        return True
    automated = _dict(answers.get("automated"))
    if automated.get("decisions") is True and automated.get("exception") == "explicit_consent":
        return True
    if _dict(answers.get("cookies")).get("consent_asked") is True and non_necessary_cookies(answers):
        return True
    transfers = _list(_dict(answers.get("transfers")).get("items"))
    return any(_dict(item).get("safeguard") == "derogation_consent" for item in transfers)


def non_necessary_cookies(answers: dict) -> bool:
    """Cookies other than strictly necessary ones: they need consent (917/2014, 205 §)."""
    cookies = _dict(_dict(answers).get("cookies"))
    if cookies.get("used") is not True:
        return False
    kinds = [c for c in _list(cookies.get("categories")) if isinstance(c, str)]
    kinds += [_dict(tool).get("category") for tool in _list(cookies.get("tools"))]
    return any(isinstance(kind, str) and kind and kind != "necessary" for kind in kinds)


def cookie_signs(answers: dict) -> bool:
    """Answers that usually mean the website sets cookies: analytics data, data observed
    while the site is used, or targeted online advertising."""
    answers = _dict(answers)
    items = _list(_dict(answers.get("categories")).get("items"))
    if any(_dict(item).get("code") == "cookies_analytics" for item in items):
        return True
    if any("online_ads" in _list(p.get("marketing_channels")) for p in marketing_purposes(answers)):
        return True
    return "observed" in _list(_dict(answers.get("sources")).get("items"))


def profiling_signs(answers: dict) -> bool:
    """Interest-based advertising in the answers: marketing cookies, or a purpose whose
    direct-marketing channel is targeted online ads. Both evaluate personal aspects, i.e.
    they are profiling (Art. 4(4))."""
    answers = _dict(answers)
    cookies = _dict(answers.get("cookies"))
    if cookies.get("used") is True:
        if "marketing" in _list(cookies.get("categories")):
            return True
        if any(_dict(tool).get("category") == "marketing" for tool in _list(cookies.get("tools"))):
            return True
    return any("online_ads" in _list(p.get("marketing_channels")) for p in marketing_purposes(answers))
