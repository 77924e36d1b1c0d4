"""What changed between two published versions, section by section, in words a
non-lawyer can follow: which sections were added or removed, and within a changed
section which lines were added or removed. Works on the stored document dicts
(Document.to_dict()), so old versions compare the way they were published.

The same comparison tells the owner what publishing the draft now would change
(draft_changes), so the dashboard, the publish page and the "nothing changed" refusal
all agree. The version line's dates are never compared: they change on every publish."""

import difflib
from dataclasses import dataclass, field


@dataclass
class SectionChange:
    key: str
    heading: str
    status: str  # "added" | "removed" | "changed"
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class Changes:
    sections: list[SectionChange]
    title_before: str = ""
    title_after: str = ""
    intro_before: str = ""
    intro_after: str = ""

    @property
    def title_changed(self) -> bool:
        return self.title_before != self.title_after

    @property
    def intro_changed(self) -> bool:
        return self.intro_before != self.intro_after

    @property
    def is_empty(self) -> bool:
        return not self.sections and not self.title_changed and not self.intro_changed


def _block_lines(block: dict) -> list[str]:
    lines = []
    if block.get("text"):
        lines.append(block["text"])
    lines.extend(item for item in block.get("items") or [] if item)
    header = block.get("header") or []
    for row in block.get("rows") or []:
        cells = [f"{head}: {cell}" if head else cell for head, cell in zip(header + [""] * len(row), row, strict=False) if cell]
        if cells:
            lines.append(" · ".join(cells))
    for term in block.get("terms") or []:
        if len(term) == 2:
            lines.append(f"{term[0]}: {term[1]}")
    return lines


def section_lines(section: dict) -> list[str]:
    """A section as the reader sees it, one line per paragraph, list item or table row."""
    lines = []
    for block in section.get("blocks") or []:
        lines.extend(_block_lines(block))
    for sub in section.get("subsections") or []:
        lines.append(_heading(sub))
        lines.extend(section_lines(sub))
    return lines


def _heading(section: dict) -> str:
    number = section.get("number") or ""
    return f"{number} {section.get('heading', '')}".strip()


def compare_documents(old: dict, new: dict) -> Changes:
    old_sections = {s["key"]: s for s in old.get("sections") or []}
    new_sections = {s["key"]: s for s in new.get("sections") or []}
    changes = []
    # The new version's order first, then what disappeared, where it used to be.
    for key, section in new_sections.items():
        if key not in old_sections:
            changes.append(SectionChange(key, _heading(section), "added", added=section_lines(section)))
            continue
        before, after = section_lines(old_sections[key]), section_lines(section)
        if before == after:
            continue
        added, removed = [], []
        for line in difflib.ndiff(before, after):
            if line.startswith("+ "):
                added.append(line[2:])
            elif line.startswith("- "):
                removed.append(line[2:])
        changes.append(SectionChange(key, _heading(section), "changed", added=added, removed=removed))
    for key, section in old_sections.items():
        if key not in new_sections:
            changes.append(SectionChange(key, _heading(section), "removed", removed=section_lines(section)))
    return Changes(
        sections=changes,
        title_before=old.get("title", ""),
        title_after=new.get("title", ""),
        intro_before=old.get("intro", ""),
        intro_after=new.get("intro", ""),
    )


@dataclass
class DraftChanges:
    """What publishing the draft would change compared with published version ``number``."""

    number: int
    languages_before: list[str]
    languages_after: list[str]
    by_language: dict[str, Changes]  # the languages both have, in the draft's order

    @property
    def languages_added(self) -> list[str]:
        return [lang for lang in self.languages_after if lang not in self.languages_before]

    @property
    def languages_removed(self) -> list[str]:
        return [lang for lang in self.languages_before if lang not in self.languages_after]

    @property
    def default_language_changed(self) -> bool:
        # The first language is what the public address shows by default.
        return bool(self.languages_before and self.languages_after) and self.languages_before[0] != self.languages_after[0]

    @property
    def is_empty(self) -> bool:
        return self.languages_before == self.languages_after and all(c.is_empty for c in self.by_language.values())

    def shown(self, language: str) -> tuple[str, Changes | None]:
        """The changes to show a reader of ``language``: that language's own when the
        notice has it and its text changes, otherwise the first language whose text does."""
        if language in self.by_language and not self.by_language[language].is_empty:
            return language, self.by_language[language]
        for lang, changes in self.by_language.items():
            if not changes.is_empty:
                return lang, changes
        fallback = language if language in self.by_language else next(iter(self.by_language), language)
        return fallback, self.by_language.get(fallback)


def draft_changes(*, number: int, published: dict[str, dict], draft: dict[str, dict]) -> DraftChanges:
    """Compare the latest version's stored documents with the draft's built ones, both
    ``{language: Document.to_dict()}`` in their languages' order. A language whose stored
    document is missing (a damaged or very old version) counts as changed."""
    by_language = {}
    for lang, document in draft.items():
        if lang not in published:
            continue
        old = published[lang]
        by_language[lang] = compare_documents(old, document) if isinstance(old, dict) else compare_documents({}, document)
    return DraftChanges(number=number, languages_before=list(published), languages_after=list(draft), by_language=by_language)
