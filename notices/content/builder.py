"""Answers → the ordered sections of a notice in one language and style.

STUB: the real builder replaces the body of ``build_document``; its signature and the
Document/Section/Block types in ``document.py`` are the contract the renderer, the
publisher and the JSON endpoint rely on.
"""

from datetime import date

from . import catalogues
from .document import Block, Document, Section


def build_document(
    *,
    answers: dict,
    controller: dict,
    language: str,
    style: str | None = None,
    drawn_up_on: date | None = None,
    last_changed_on: date | None = None,
    adequacy: catalogues.Catalogue | None = None,
) -> Document:
    """Build the notice. Never raises on partial or odd answers: a draft is partial."""
    notice = answers.get("notice") or {}
    style = style or notice.get("style") or "register"
    title = (notice.get("title") or {}).get(language) or ("Tietosuojaseloste" if language == "fi" else "Privacy notice")
    sections = [
        Section(
            key="controller",
            heading="Rekisterinpitäjä" if language == "fi" else "Controller",
            number="1." if style == "register" else "",
            blocks=[Block(kind="address", items=[line for line in [controller.get("name", ""), controller.get("business_id", "")] if line])],
        ),
        Section(
            key="purposes",
            heading="Käsittelyn tarkoitus ja oikeusperuste" if language == "fi" else "Purposes and legal bases",
            number="2." if style == "register" else "",
            blocks=[
                Block(
                    kind="list",
                    items=[
                        f"{(p.get('description') or {}).get(language, '')} ({catalogues.LEGAL_BASES.label(p.get('legal_basis', ''), language)})"
                        for p in answers.get("purposes") or []
                    ],
                )
            ],
        ),
    ]
    return Document(
        language=language,
        style=style,
        title=title,
        controller_name=controller.get("name", ""),
        sections=[s for s in sections if not s.is_empty],
    )
