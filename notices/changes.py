"""What changed between two published versions, section by section, in words a
non-lawyer can follow: which sections were added or removed, and within a changed
section which lines were added or removed. Works on the stored document dicts
(Document.to_dict()), so old versions compare the way they were published."""

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

    @property
    def title_changed(self) -> bool:
        return self.title_before != self.title_after

    @property
    def is_empty(self) -> bool:
        return not self.sections and not self.title_changed


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
    return Changes(sections=changes, title_before=old.get("title", ""), title_after=new.get("title", ""))
