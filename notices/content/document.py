"""The built notice: plain data that the one printable template renders (HTML page,
preview and PDF alike) and that the JSON endpoint serialises. All text here is plain
text; templates escape it."""

from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "list", "table", "definitions", "address"]


@dataclass
class Block:
    kind: BlockKind
    text: str = ""  # paragraph text, or a lead-in sentence for a list/table
    items: list[str] = field(default_factory=list)  # list items / address lines
    header: list[str] = field(default_factory=list)  # table header
    rows: list[list[str]] = field(default_factory=list)  # table rows
    terms: list[tuple[str, str]] = field(default_factory=list)  # definitions: (term, description)
    row_headers: bool = False  # table: the first cell of each row heads that row (<th scope="row">)
    marker: str = ""  # list: "" bullets; "none" when the items carry their own marker, e.g. "a) …"
    # table: per row, the key of the section that tells the row in full ("" for none);
    # the first layer links each row to it (#notice-<key>).
    links: list[str] = field(default_factory=list)


@dataclass
class Section:
    key: str  # stable identifier, e.g. "controller", "purposes"; also the HTML anchor
    heading: str
    number: str = ""  # "1." in the numbered style, "" otherwise
    blocks: list[Block] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.blocks and all(sub.is_empty for sub in self.subsections)


@dataclass
class Document:
    language: str
    style: str  # "register" | "statement"
    title: str
    controller_name: str
    sections: list[Section]
    summary: Block | None = None  # the first layer: a compact table at the top
    summary_heading: str = ""
    show_toc: bool = False
    toc_heading: str = ""
    version_line: str = ""  # "Laadittu 1.2.2026. Viimeisin muutos 3.4.2026."
    intro: str = ""  # opening paragraph under the title, before the summary

    def find(self, key: str) -> "Section | None":
        """The section or subsection with ``key``, searched depth-first."""
        stack = list(self.sections)
        while stack:
            section = stack.pop(0)
            if section.key == key:
                return section
            stack[:0] = section.subsections
        return None

    def to_dict(self) -> dict:
        return asdict(self)
