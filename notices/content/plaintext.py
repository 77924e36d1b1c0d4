"""A plain-text rendering of a built Document: for golden tests, diffs between
versions and plain-text exports. Deterministic; no markup."""

from .document import Block, Document, Section


def _block_lines(block: Block) -> list[str]:
    lines = [block.text] if block.text and block.kind != "paragraph" else []
    if block.kind == "paragraph":
        lines.append(block.text)
    elif block.kind == "list":
        prefix = "" if block.marker == "none" else "- "
        lines += [f"{prefix}{item}" for item in block.items]
    elif block.kind == "address":
        lines += [f"  {item}" for item in block.items]
    elif block.kind == "definitions":
        for term, description in block.terms:
            lines += [f"* {term}", f"  {description}"]
    elif block.kind == "table":
        if block.header:
            lines.append(" | ".join(block.header))
        lines += [" | ".join(row) for row in block.rows]
    return lines


def _section_lines(section: Section, depth: int) -> list[str]:
    marker = "#" * (depth + 1)
    title = f"{section.number} {section.heading}".strip()
    lines = ["", f"{marker} {title}  [{section.key}]"]
    for block in section.blocks:
        lines += [""] + _block_lines(block)
    for sub in section.subsections:
        lines += _section_lines(sub, depth + 1)
    return lines


def render_text(document: Document) -> str:
    lines = [f"# {document.title}", f"({document.controller_name} · {document.language} · {document.style})"]
    if document.intro:
        lines += ["", document.intro]
    if document.summary:
        lines += ["", f"## {document.summary_heading}", ""] + _block_lines(document.summary)
    if document.show_toc:
        lines += ["", f"## {document.toc_heading}", ""]
        lines += [f"- {s.number} {s.heading}".replace("-  ", "- ") for s in document.sections]
    for section in document.sections:
        lines += _section_lines(section, 1)
    if document.version_line:
        lines += ["", document.version_line]
    return "\n".join(lines) + "\n"


def section_text(document: Document, key: str) -> str:
    """All text of one section (with its subsections), for assertions."""
    section = document.find(key)
    return "\n".join(_section_lines(section, 1)) if section else ""
