"""The notice languages are one list (notices/content/languages.py): every fixed text,
catalogue entry, template, service-library description, right and checker message has
each listed language, and the helpers fall back in one way."""

import json
from datetime import date
from pathlib import Path

import pytest

from notices.content import catalogues, checker, languages, plain, rights, samples, service_library, templates, texts
from notices.content.catalogues import Catalogue, Entry
from notices.content.checker import RULES, check_notice
from notices.content.languages import CODES

CONTENT = Path(catalogues.__file__).parent
MODULES = [catalogues, checker, plain, rights, samples, service_library, templates, texts, languages]


def _language_dicts(value, path):
    """Every dict keyed by language code inside ``value`` (a dict with a "fi" or "en"
    key whose values are all strings), with where it was found."""
    seen = set()
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, Catalogue):
            stack += [(entry, f"{where}[{entry.code}]") for entry in item]
        elif isinstance(item, Entry):
            stack += [(item.labels, f"{where}.labels"), (item.attrs, f"{where}.attrs")]
            if item.help_texts:
                stack.append((item.help_texts, f"{where}.help_texts"))
        elif isinstance(item, checker.Rule):
            stack.append((item.messages, f"{where}.messages"))
        elif hasattr(item, "__dataclass_fields__") and not isinstance(item, languages.NoticeLanguage):
            stack += [(getattr(item, name), f"{where}.{name}") for name in item.__dataclass_fields__]
        elif isinstance(item, dict):
            if ({"fi", "en"} & set(item)) and all(isinstance(v, str) for v in item.values()):
                yield where, item
            else:
                stack += [(v, f"{where}.{k}") for k, v in item.items()]
        elif isinstance(item, list | tuple | set | frozenset):
            stack += [(v, f"{where}[{i}]") for i, v in enumerate(item)]


def _all_language_dicts():
    found = []
    for module in MODULES:
        for name, value in vars(module).items():
            if name.startswith("__") or callable(value) and not isinstance(value, Catalogue):
                continue
            found += list(_language_dicts(value, f"{module.__name__}.{name}"))
    library = json.loads((CONTENT / "service_library.json").read_text(encoding="utf-8"))
    found += list(_language_dicts(library, "service_library.json"))
    for language in languages.NOTICE_LANGUAGES:
        found += [(f"languages.{language.code}.names", language.names), (f"languages.{language.code}.adjectives", language.adjectives)]
    return found


def test_the_walk_finds_every_kind_of_content():
    where = " ".join(path for path, _texts in _all_language_dicts())
    for expected in [
        "texts.HEADINGS", "texts.T", "texts.COOKIE_CATEGORY_TEXTS", "catalogues.LEGAL_BASES", "catalogues.SUPERVISORY_AUTHORITIES",
        "rights.RIGHTS", "checker.RULES", "checker.STEP_NAMES", "checker.MISSING_TRANSLATION", "plain.LEGAL_BASIS_QUESTIONS",
        "plain.BASIS_HELPER_QUESTIONS", "templates.TEMPLATES", "service_library.GROUPS", "service_library.json", "samples.SAMPLE_ANSWERS",
    ]:  # fmt: skip
        assert expected in where, expected
    assert len(_all_language_dicts()) > 1000


@pytest.mark.parametrize("language", CODES)
def test_every_text_has_every_language(language):
    missing = [path for path, texts_ in _all_language_dicts() if not (texts_.get(language) or "").strip()]
    assert not missing, missing[:20]


def test_every_rule_message_has_every_language_with_the_same_placeholders():
    for rule in RULES:
        assert set(rule.messages) == set(CODES), rule.code
        placeholders = {code: sorted(part.split("}")[0] for part in text.split("{")[1:]) for code, text in rule.messages.items()}
        assert len({tuple(p) for p in placeholders.values()}) == 1, (rule.code, placeholders)


def test_every_text_has_the_same_placeholders_in_every_language():
    for key, entry in texts.T.items():
        shapes = {tuple(sorted(part.split("}")[0] for part in text.split("{")[1:])) for text in entry.values()}
        assert len(shapes) == 1, key


def test_swedish_uses_finland_swedish_legal_terms():
    assert catalogues.LEGAL_BASES.label("legitimate_interests", "sv") == "Berättigat intresse"
    assert catalogues.LEGAL_BASES.label("consent", "sv") == "Samtycke"
    assert texts.heading("controller", "register", "sv") == "Personuppgiftsansvarig"
    assert texts.heading("rights", "register", "sv") == "Den registrerades rättigheter"
    assert texts.t("title_register", "sv") == "Registerbeskrivning"
    assert texts.t("title_statement", "sv") == "Dataskyddsbeskrivning"
    assert texts.t("business_id", "sv", value="1234567-8") == "FO-nummer: 1234567-8"
    assert catalogues.LAWS.label("data_protection_act", "sv") == "Dataskyddslagen (1050/2018)"
    assert catalogues.LAWS.label("working_life_privacy", "sv") == "Lagen om integritetsskydd i arbetslivet (759/2004)"
    assert catalogues.LAWS.label("electronic_communications", "sv") == "Lagen om tjänster inom elektronisk kommunikation (917/2014)"
    assert catalogues.SUPERVISORY_AUTHORITIES["FI"]["name"]["sv"] == "Dataombudsmannens byrå"


def test_fallback_goes_through_one_function():
    assert languages.pick({"fi": "a", "en": "b", "sv": "c"}, "sv") == "c"
    assert languages.pick({"fi": "a", "en": "b"}, "sv") == "b"
    assert languages.pick({"fi": "a"}, "sv") == "a"
    assert languages.pick({"fi": "a", "en": "b"}, "de") == "b"
    assert languages.pick("plain", "sv") == "plain" and languages.pick(None, "sv") == ""
    assert Entry("x", {"fi": "suomeksi"}).label("sv") == "suomeksi"


def test_dates_and_articles_per_language():
    day = date(2026, 2, 1)
    assert [languages.format_date(day, code) for code in ("fi", "sv", "en")] == ["1.2.2026", "1.2.2026", "1 February 2026"]
    assert plain.article_text("13(2)(e)", "sv") == "artikel 13.2 e i dataskyddsförordningen"
    assert plain.article_text("6(1)", "sv") == "artikel 6.1 i dataskyddsförordningen"
    assert plain.article_text("44–49", "sv") == "artiklarna 44–49 i dataskyddsförordningen"
    assert plain.article_text("13(2)(e)", "fi") == "tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohta"
    assert plain.article_text("13(2)(e)", "en") == "GDPR Art. 13(2)(e)"


def test_the_language_catalogue_follows_the_list():
    assert catalogues.LANGUAGES.codes == list(CODES)
    assert catalogues.LANGUAGES.label("sv", "fi") == "ruotsi" and catalogues.LANGUAGES.label("sv", "en") == "Swedish"


def test_a_notice_in_swedish_asks_for_the_swedish_texts():
    answers = samples.sample_answers()
    answers["notice"]["languages"] = ["fi", "sv"]
    answers["purposes"][0]["description"].pop("sv")
    findings = [f for f in check_notice(answers=answers, controller=samples.sample_controller()) if f.code == "missing_translation"]
    assert [(f.language, f.step) for f in findings] == [("sv", "purposes")]
    assert findings[0].message("sv").startswith("Den svenskspråkiga versionen saknas för 1 text(er)")
    assert findings[0].message("fi").startswith("Ruotsinkielinen versio puuttuu")
    assert "no Swedish version" in findings[0].message("en")


def test_old_answers_with_only_finnish_and_english_stay_valid():
    answers = samples.sample_answers()
    answers["notice"]["languages"] = ["fi", "en"]

    def drop_swedish(value):
        if isinstance(value, dict):
            return {k: drop_swedish(v) for k, v in value.items() if k != "sv"}
        return [drop_swedish(v) for v in value] if isinstance(value, list) else value

    findings = check_notice(answers=drop_swedish(answers), controller=samples.sample_controller())
    assert not [f for f in findings if f.severity == "error"], [f.message("en") for f in findings if f.severity == "error"]


def test_checker_messages_name_the_language_in_each_language():
    finding = checker._finding(checker.RULES_BY_CODE["consent_withdrawal_missing"], {"language": "sv"})
    assert "(svenska)" in finding.message("sv") and "(ruotsi)" in finding.message("fi") and "(Swedish)" in finding.message("en")
    assert finding.article("sv") == "Artikel 13.2 c i dataskyddsförordningen"


def test_a_parameter_is_quoted_in_each_language():
    finding = checker._finding(checker.RULES_BY_CODE["recipient_transfer_undeclared"], {"name": "Acme", "country": {c: catalogues.COUNTRIES.label("US", c) for c in CODES}})
    assert "Förenta staterna" in finding.message("sv") and "Yhdysvallat" in finding.message("fi") and "United States" in finding.message("en")
