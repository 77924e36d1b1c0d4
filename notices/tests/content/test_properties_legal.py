"""Property test over generated, well-formed answers (issue 11): the invariants of
docs/legal-rules.md, section 3 hold for every combination, in every notice language and both styles.

The expectations are stated from the answers and the GDPR, independently of the
builder's helpers: e.g. "consent relied on" is spelled out here again rather than calling
notices.content.rights.consent_relied_on.
"""

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notices.content import catalogues
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.languages import CODES
from notices.content.plaintext import render_text
from notices.content.rights import RIGHTS
from notices.content.samples import sample_controller
from notices.content.texts import t

TEXT = {code: f"Text {code}" for code in CODES}
NAMES = ["Alfa Oy", "Beta Ltd", "Gamma AB", ""]


def opt_bool():
    return st.sampled_from([True, False, None])


def maybe(key, strategy):
    """(key, value) or nothing: None means "not answered", so the key is left out."""
    return st.one_of(st.just(None), strategy.map(lambda value: (key, value)))


def part(**fields):
    return st.tuples(*[maybe(key, strategy) for key, strategy in fields.items()]).map(
        lambda pairs: {pair[0]: pair[1] for pair in pairs if pair is not None and pair[1] is not None}
    )


def codes(catalogue, max_size=3):
    return st.lists(st.sampled_from(catalogue.codes), max_size=max_size, unique=True)


purposes = st.lists(
    part(
        description=st.just(TEXT),
        legal_basis=st.sampled_from(catalogues.LEGAL_BASES.codes),
        legitimate_interest=st.just(TEXT),
        direct_marketing=opt_bool(),
        marketing_channels=codes(catalogues.MARKETING_CHANNELS),
        marketing_existing_customers=st.booleans(),
    ),
    max_size=4,
)
categories = st.lists(st.sampled_from(catalogues.DATA_CATEGORIES.codes), max_size=5, unique=True).flatmap(
    lambda chosen: part(
        items=st.just([{"id": f"c{i}", "code": code} for i, code in enumerate(chosen)]),
        special=opt_bool(),
        special_description=st.just(TEXT),
        special_condition=st.sampled_from(catalogues.SPECIAL_CONDITIONS.codes),
        criminal=opt_bool(),
        criminal_description=st.just(TEXT),
    )
)
retention = st.lists(
    part(
        applies_to=st.just(TEXT),
        preset=st.sampled_from(["", *catalogues.RETENTION_PRESETS.codes]),
        period=st.just(TEXT),
        categories=st.lists(st.sampled_from(["c0", "c1", "c2", "c3", "c4", "gone"]), max_size=3, unique=True),
    ),
    max_size=3,
)
countries = st.sampled_from(["FI", "SE", "DE", "US", "GB", "JP", "AU", "IN", "CN", "BR", ""])
recipients = st.lists(
    part(
        kind=st.sampled_from(catalogues.RECIPIENT_KINDS.codes),
        name=st.sampled_from(NAMES),
        role=st.sampled_from(catalogues.RECIPIENT_ROLES.codes),
        country=countries,
    ),
    max_size=3,
).map(lambda items: {"items": items})
transfers = part(
    any=opt_bool(),
    items=st.lists(part(country=countries, recipient=st.sampled_from(NAMES), safeguard=st.sampled_from(["", *catalogues.SAFEGUARDS.codes])), max_size=3),
)
automated = part(
    decisions=opt_bool(),
    profiling=opt_bool(),
    exception=st.sampled_from(catalogues.AUTOMATED_EXCEPTIONS.codes),
    logic=st.just(TEXT),
    consequences=st.just(TEXT),
)
cookies = part(
    used=opt_bool(),
    categories=codes(catalogues.COOKIE_CATEGORIES, 4),
    tools=st.lists(part(name=st.sampled_from(["Työkalu", "Tool"]), category=st.sampled_from(catalogues.COOKIE_CATEGORIES.codes)), max_size=2),
    consent_asked=opt_bool(),
    refusal_method=st.sampled_from(catalogues.COOKIE_REFUSAL_METHODS.codes),
    how_to_refuse=st.just(TEXT),
)
answers_strategy = part(
    notice=part(
        languages=st.just(list(CODES)),
        style=st.sampled_from(["register", "statement"]),
        data_subjects=codes(catalogues.DATA_SUBJECTS),
        registers=st.just([{"id": "r1", "name": {code: f"Register {code}" for code in CODES}}]),
    ),
    purposes=purposes,
    categories=categories,
    sources=part(items=codes(catalogues.SOURCES, 4)),
    retention=retention,
    recipients=recipients,
    transfers=transfers,
    automated=automated,
    cookies=cookies,
    rights=part(laws=codes(catalogues.LAWS, 4)),
)


def rights_terms(document) -> list[str]:
    section = document.find("rights")
    return [term for block in section.blocks for term, _desc in block.terms] if section else []


def texts(key) -> list[str]:
    return [t(key, code) for code in CODES]


def consent_relied_on(a) -> bool:
    """GDPR Arts. 6(1)(a), 9(2)(a), 22(2)(c), 49(1)(a) and 917/2014 205 § cookie consent."""
    cats, auto, cookies = a.get("categories", {}), a.get("automated", {}), a.get("cookies", {})
    kinds = cookies.get("categories", []) + [tool.get("category") for tool in cookies.get("tools", [])]
    return (
        any(p.get("legal_basis") == "consent" for p in a.get("purposes", []))
        or (cats.get("special") is True and cats.get("special_condition") == "explicit_consent")
        or any(item.get("safeguard") == "derogation_consent" for item in a.get("transfers", {}).get("items", []))
        or (auto.get("decisions") is True and auto.get("exception") == "explicit_consent")
        or (cookies.get("used") is True and cookies.get("consent_asked") is True and any(k and k != "necessary" for k in kinds))
    )


# Unanswered question → the sentences that would claim "none"/"no" for it.
NONE_SENTENCES = {
    ("categories", "special"): ["special_none", "special_no_only"],
    ("categories", "criminal"): ["special_none", "criminal_no"],
    ("automated", "decisions"): ["automated_none", "automated_decisions_no"],
    ("automated", "profiling"): ["automated_none", "profiling_no"],
}

COUNTRY_WORDS = {code: {lang: catalogues.COUNTRIES.label(code, lang) for lang in CODES} for code in catalogues.COUNTRIES.codes}
VENDORS = ["Google", "Mailchimp", "Fonecta", "Suomen Asiakastieto", "Posti", "Paytrail", "Meta", "Microsoft", "Amazon"]
# A law named in a statement → what in the answers brings it.
LAW_MARKERS = {
    "1050/2018": lambda a: "data_protection_act" in a.get("rights", {}).get("laws", []),
    "917/2014": lambda a: "electronic_communications" in a.get("rights", {}).get("laws", [])
    or any(p.get("direct_marketing") is True for p in a.get("purposes", [])),
    "205": lambda a: a.get("cookies", {}).get("consent_asked") is True and a.get("cookies", {}).get("used") is True,
    "1336/1997": lambda a: "accounting_act" in a.get("rights", {}).get("laws", []),
    "759/2004": lambda a: "working_life_privacy" in a.get("rights", {}).get("laws", []),
    "55/2001": lambda a: "employment_contracts_act" in a.get("rights", {}).get("laws", []),
    "38/1978": lambda a: "consumer_protection" in a.get("rights", {}).get("laws", []),
    "irjanpitolaki": lambda a: "accounting_act" in a.get("rights", {}).get("laws", [])
    or any(r.get("preset") in ("accounting_vouchers", "ledgers") for r in a.get("retention", [])),
    "okföringslagen": lambda a: "accounting_act" in a.get("rights", {}).get("laws", [])
    or any(r.get("preset") in ("accounting_vouchers", "ledgers") for r in a.get("retention", [])),
    "Accounting Act": lambda a: "accounting_act" in a.get("rights", {}).get("laws", [])
    or any(r.get("preset") in ("accounting_vouchers", "ledgers") for r in a.get("retention", [])),
}


def allowed_countries(a) -> set[str]:
    given_codes = {r.get("country") for r in a.get("recipients", {}).get("items", [])}
    given_codes |= {item.get("country") for item in a.get("transfers", {}).get("items", [])}
    safeguards = {item.get("safeguard") for item in a.get("transfers", {}).get("items", [])}
    if "adequacy" in safeguards:
        given_codes |= set(catalogues.ADEQUACY.codes)  # the notice lists the adequacy countries
    if "dpf" in safeguards:
        given_codes.add("US")
    return given_codes | {"FI"}  # the Finnish controller and its authority


def words_in(document_text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", document_text) is not None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answers_strategy)
def test_legal_invariants_hold_for_any_answers(answers):
    controller = sample_controller()
    findings = check_notice(answers=answers, controller=controller)
    found = [f.code for f in findings]
    given_text = json.dumps(answers, ensure_ascii=False) + " ".join(
        catalogues.SOURCES.label(code, lang) for code in answers.get("sources", {}).get("items", []) for lang in CODES
    )
    for language in CODES:
        for style in ("register", "statement"):
            document = build_document(answers=answers, controller=controller, language=language, style=style)
            rendered = render_text(document)
            rights = rights_terms(document)

            # Consent anywhere ⇒ withdrawal stated (Art. 7(3)).
            if consent_relied_on(answers):
                assert RIGHTS.label("withdraw_consent", language) in rights

            # A direct-marketing purpose ⇒ the Art. 21(2) objection.
            if any(p.get("direct_marketing") is True for p in answers.get("purposes", [])):
                assert RIGHTS.label("objection_direct_marketing", language) in rights

            # Profiling stated ⇔ answered yes; "no profiling" ⇔ answered no.
            profiling = answers.get("automated", {}).get("profiling")
            assert (t("profiling_yes", language) in rendered) is (profiling is True)
            no_profiling = t("profiling_no", language) in rendered or t("automated_none", language) in rendered
            assert no_profiling is (profiling is False)

            # No "none" sentence for an unanswered question.
            for (step, key), sentence_keys in NONE_SENTENCES.items():
                if not isinstance(answers.get(step, {}).get(key), bool):
                    for sentence in sentence_keys:
                        assert t(sentence, language) not in rendered, (step, key, sentence)
            if "recipients" not in answers:
                assert t("recipients_none", language) not in rendered
                assert t("summary_no_recipients", language) not in rendered
            transfers = answers.get("transfers", {})
            if not isinstance(transfers.get("any"), bool):
                assert t("transfers_none", language) not in rendered

            # Every third-country transfer shows its own safeguard, or there is a finding.
            section = document.find("transfers")
            table = next((b for b in section.blocks if b.kind == "table"), None) if section else None
            for index, item in enumerate(transfers.get("items", [])):
                country = item.get("country", "")
                if not country or country in catalogues.EEA_COUNTRIES:
                    continue
                entry = catalogues.SAFEGUARDS.get(item.get("safeguard", ""))
                shown = table is not None and entry is not None and table.rows[index][2] == entry.label(language)
                flagged = {"transfer_without_safeguard", "transfer_privacy_shield", "transfer_adequacy_not_adequate", "transfer_dpf_not_us"} & set(found)
                assert shown or flagged, item

            # No country, vendor or law the answers did not give.
            allowed = allowed_countries(answers)
            for code, labels in COUNTRY_WORDS.items():
                if code not in allowed:
                    assert not words_in(rendered, labels[language]), code
            for vendor in VENDORS:
                if words_in(rendered, vendor):
                    assert vendor in given_text, vendor
            for marker, brought in LAW_MARKERS.items():
                if marker in rendered:
                    assert brought(answers), marker

    # Every third-country recipient has its own transfer, or a finding.
    declared = {item.get("country") for item in answers.get("transfers", {}).get("items", [])}
    for recipient in answers.get("recipients", {}).get("items", []):
        country = recipient.get("country", "")
        if country and country not in catalogues.EEA_COUNTRIES and country not in declared:
            assert "recipient_transfer_undeclared" in found

    # Every category is covered by a retention rule, or there is a finding for it.
    rules = answers.get("retention", [])
    items = answers.get("categories", {}).get("items", [])
    if not rules:
        assert "retention_missing" in found
    elif all(rule.get("categories") for rule in rules):
        covered = {code for rule in rules for code in rule["categories"]}
        uncovered = [item for item in items if item["id"] not in covered]
        assert found.count("retention_category_uncovered") == len(uncovered)

    # Unanswered yes/no questions are findings until answered.
    for (step, key), code in {
        ("categories", "special"): "special_unanswered",
        ("categories", "criminal"): "criminal_unanswered",
        ("cookies", "used"): "cookies_unanswered",
    }.items():
        if not isinstance(answers.get(step, {}).get(key), bool):
            assert code in found
    if "recipients" not in answers:
        assert "recipients_unanswered" in found
