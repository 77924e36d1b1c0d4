"""The notice's output languages: the one list every other module reads.

A notice renders in each language its owner chose, whatever the reader's UI language.
Every fixed text, catalogue entry, template, library description, right and checker
message is keyed by these codes (tests assert that each has every language), so adding a
language is a change to this list plus the texts in it; no code names a language.

Order is the order offered to users and the order a notice's languages are kept in:
Finland's two national languages first, then English.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NoticeLanguage:
    code: str  # ISO 639-1; also the HTML lang attribute (hyphenation in the PDF follows it)
    autonym: str  # the language's own name, for language switchers: "Svenska"
    # The language's name inside a sentence written in each notice language
    # ({"fi": "ruotsi", "sv": "svenska", "en": "Swedish"}).
    names: dict[str, str]
    # "<X>-language" as an attribute in each notice language: "ruotsinkielinen", "svenskspråkiga".
    adjectives: dict[str, str]
    ui_name: str  # gettext_lazy: the language's name in the UI ("Swedish")
    ui_input_label: str  # gettext_lazy: the label over a free-text input in this language
    # Dates: "numeric" 1.2.2026 (Finnish and Finland-Swedish use), or day + month name.
    months: tuple[str, ...] = ()
    # A GDPR article cited in this language; keys: "article" (no paragraph), "articles"
    # (a range), "paragraph", "point"; placeholders {number}, {paragraph}, {point}, {article}.
    article_patterns: dict[str, str] = field(default_factory=dict)


NOTICE_LANGUAGES: tuple[NoticeLanguage, ...] = (
    NoticeLanguage(
        code="fi",
        autonym="Suomi",
        names={"fi": "suomi", "sv": "finska", "en": "Finnish"},
        adjectives={"fi": "Suomenkielinen", "sv": "finskspråkiga", "en": "Finnish"},
        ui_name=_("Finnish"),
        ui_input_label=_("In Finnish"),
        article_patterns={
            "article": "tietosuoja-asetuksen {number} artikla",
            "articles": "tietosuoja-asetuksen {number} artiklat",
            "paragraph": "tietosuoja-asetuksen {number} artiklan {paragraph} kohta",
            "point": "tietosuoja-asetuksen {number} artiklan {paragraph} kohdan {point} alakohta",
        },
    ),
    NoticeLanguage(
        code="sv",
        autonym="Svenska",
        names={"fi": "ruotsi", "sv": "svenska", "en": "Swedish"},
        adjectives={"fi": "Ruotsinkielinen", "sv": "svenskspråkiga", "en": "Swedish"},
        ui_name=_("Swedish"),
        ui_input_label=_("In Swedish"),
        article_patterns={
            "article": "artikel {number} i dataskyddsförordningen",
            "articles": "artiklarna {number} i dataskyddsförordningen",
            "paragraph": "artikel {number}.{paragraph} i dataskyddsförordningen",
            "point": "artikel {number}.{paragraph} {point} i dataskyddsförordningen",
        },
    ),
    NoticeLanguage(
        code="en",
        autonym="English",
        names={"fi": "englanti", "sv": "engelska", "en": "English"},
        adjectives={"fi": "Englanninkielinen", "sv": "engelskspråkiga", "en": "English"},
        ui_name=_("English"),
        ui_input_label=_("In English"),
        months=(
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ),  # fmt: skip
        article_patterns=dict.fromkeys(("article", "articles", "paragraph", "point"), "GDPR Art. {article}"),
    ),
)

CODES: tuple[str, ...] = tuple(language.code for language in NOTICE_LANGUAGES)
BY_CODE: dict[str, NoticeLanguage] = {language.code: language for language in NOTICE_LANGUAGES}
DEFAULT = "fi"  # a notice without a language choice is Finnish
INITIAL = ("fi", "en")  # the languages ticked when a new notice is started
# When a text is missing in a language (or the language is none of ours, e.g. a UI
# language), the languages tried next, in order: English is the widest read, Finnish is
# every text's original.
FALLBACK: tuple[str, ...] = ("en", DEFAULT)


def fallback_order(language: str) -> tuple[str, ...]:
    """``language`` first, then the fallbacks, then any other language."""
    return tuple(dict.fromkeys((language, *FALLBACK, *CODES)))


def pick(texts, language: str) -> str:
    """The text of ``texts`` (a dict keyed by language code) in ``language``, else in the
    first fallback that has one. The one fallback rule for fixed texts and catalogue data."""
    if not isinstance(texts, dict):
        return texts if isinstance(texts, str) else ""
    for code in fallback_order(language):
        value = texts.get(code)
        if value:
            return value
    return ""


def known(languages) -> list[str]:
    """The notice languages among ``languages``, in the order given, without duplicates."""
    if not isinstance(languages, list | tuple):
        return []
    return [code for code in dict.fromkeys(languages) if isinstance(code, str) and code in BY_CODE]


def ordered(languages) -> list[str]:
    """The notice languages among ``languages`` in the list's own order."""
    chosen = set(known(languages))
    return [code for code in CODES if code in chosen]


def name(code: str, in_language: str) -> str:
    language = BY_CODE.get(code)
    return pick(language.names, in_language) if language else code


def autonym(code: str) -> str:
    language = BY_CODE.get(code)
    return language.autonym if language else code


def format_date(value, language: str) -> str:
    """A date as written in ``language``: 1.2.2026, or 1 February 2026 where the language has month names."""
    months = BY_CODE[language].months if language in BY_CODE else ()
    if months:
        return f"{value.day} {months[value.month - 1]} {value.year}"
    return f"{value.day}.{value.month}.{value.year}"


def article_text(article: str, language: str) -> str:
    """ "13(2)(e)" as cited in ``language``: "GDPR Art. 13(2)(e)",
    "tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohta", "artikel 13.2 e i dataskyddsförordningen"."""
    patterns = (BY_CODE.get(language) or BY_CODE["en"]).article_patterns
    number, _sep, rest = article.partition("(")
    parts = [part.strip(")") for part in rest.split("(")] if rest else []
    values = {"article": article, "number": number, "paragraph": parts[0] if parts else "", "point": parts[1] if len(parts) > 1 else ""}
    keys = {0: "articles" if "–" in number else "article", 1: "paragraph"}
    key = keys.get(len(parts), "point")
    return patterns[key].format(**values)
