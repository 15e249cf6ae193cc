"""OpenDocument text (ODT, OTT: LibreOffice, OpenOffice): content.xml's headings, paragraphs, lists,
tables and text boxes in order. Kept: spans and links, spaces (<text:s text:c="3"/>), tabs, line
breaks, footnotes (after the text of the page they are marked on) and endnotes (after the text).
Dropped: tracked changes' deleted text, comments (office:annotation), hidden text, the styles' headers
and footers (running heads). A paragraph all in bold (fo:font-weight of its style or its spans') is
marked so (an interview's questions). A drawing shape's text follows its paragraph, as a text box's
does. Pages from the soft page breaks LibreOffice recorded and the breaks its paragraph styles ask
for (office_text); title, author and dates from meta.xml."""
from __future__ import annotations

from .base import MAX_BYTES, ParsedDocument, Parser
from .office_package import Package, attribute, local_name, opendocument, whole_number
from .office_text import (HEADING, TITLE, Paragraph, Walker, ancestors, iso_day, numbered_note, office_document,
                          with_footnotes)

# no text of the document as it shows: deleted text kept for undoing, comments, the declarations of
# fields, a hidden paragraph or span
_NO_TEXT = frozenset({"tracked-changes", "annotation", "annotation-end", "sequence-decls", "variable-decls",
                      "user-field-decls", "forms", "hidden-paragraph", "hidden-text", "note-citation",
                      "table-columns", "table-column", "table-header-columns", "index-source", "shapes"})
_BLOCK_CONTAINERS = frozenset({"text", "section", "list", "list-item", "list-header", "index-body", "index-title",
                               "table-of-content", "alphabetical-index", "illustration-index", "object-index",
                               "table-index", "user-index", "bibliography", "note-body", "text-box", "frame",
                               "deletion-free", "change-region"})
_TABLE_ROWS = frozenset({"table-header-rows", "table-rows", "table-row-group"})
# a drawing's element (a shape, a group of them, a frame): its text is its own, no words of the paragraph anchoring it
_DRAWING = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"


class _Style:
    def __init__(self, parent: str | None, before: bool, after: bool, title: bool, bold: bool | None):
        self.parent, self.before, self.after, self.title, self.bold = parent, before, after, title, bold


def _styles(*roots, family: str = "paragraph") -> dict[str, _Style]:
    """The paragraph (or text: spans') styles by name (automatic ones too) with what they ask for: a
    page break before or after, being the Title, bold type; a parent's settings inherited."""
    styles: dict[str, _Style] = {}
    for root in roots:
        for el in root.iter() if root is not None else ():
            if local_name(el) != "style" or attribute(el, "family") != family or not attribute(el, "name"):
                continue
            props = next((c for c in el if local_name(c) == "paragraph-properties"), None)
            text = next((c for c in el if local_name(c) == "text-properties"), None)
            name = attribute(el, "name") or ""
            shown = attribute(el, "display-name") or name
            styles[name] = _Style(attribute(el, "parent-style-name"),
                                   props is not None and attribute(props, "break-before") == "page",
                                   props is not None and attribute(props, "break-after") == "page",
                                   shown.lower() in ("title", "название", "заголовок"),
                                   _bold(attribute(text, "font-weight")) if text is not None else None)
    for style in styles.values():
        for up in ancestors(styles, style, lambda s: s.parent):
            style.before, style.after, style.title = style.before or up.before, style.after or up.after, style.title or up.title
            style.bold = up.bold if style.bold is None else style.bold
    return styles


def _bold(weight: str | None) -> bool | None:
    """fo:font-weight read: bold, or a weight of 600 and more; None where the style sets none."""
    if weight is None:
        return None
    return weight == "bold" or (whole_number(weight) or 0) >= 600


class _Walker(Walker):
    def __init__(self, styles: dict[str, _Style], spans: dict[str, _Style]):
        super().__init__(styles)
        self.spans = spans  # the text styles a span names: its bold type
        self.notes: list[tuple[object, str, int]] = []  # (a note, its citation, its page), in order

    def blocks(self, parent) -> None:
        for el in parent:
            name = local_name(el)
            if name in ("p", "h"):
                self.paragraph(el, name)
            elif name == "table":
                self.table(el)
            elif name == "soft-page-break":
                self.flow.page_break()
            elif name in _BLOCK_CONTAINERS or _drawn(el):
                self.blocks(el)

    def paragraph(self, p, name: str) -> None:
        style = self.styles.get(attribute(p, "style-name") or "")
        if style and style.before:
            self.flow.page_break()
        self.flow.start()
        self.floating = []
        self.inline(p, bool(style and style.bold))
        kind = TITLE if style and style.title else HEADING if name == "h" else ""
        self.out.append(self.flow.end(kind))
        for box in self.floating:
            self.blocks(box)
        if style and style.after:
            self.flow.page_break()

    def table(self, tbl) -> None:
        for row in table_rows(tbl):
            self.read_row([c for c in row if local_name(c) in ("table-cell", "covered-table-cell")], "table")

    def inline(self, el, bold: bool) -> None:
        """A paragraph's or span's text; ``bold``: its type is bold (a span's text style may say otherwise)."""
        self.add(el.text, bold)
        for child in el:
            name = local_name(child)
            if name == "s":
                count = whole_number(attribute(child, "c"))
                self.add(" " * min(1 if count is None else count, 100), bold)
            elif name == "tab":
                self.add("\t", bold)
            elif name == "line-break":
                self.add("\n", bold)
            elif name == "soft-page-break":
                self.flow.page_break()
            elif name == "note":
                citation = next((c for c in child if local_name(c) == "note-citation"), None)
                mark = "".join(citation.itertext()).strip() if citation is not None else ""
                self.notes.append((child, mark, self.flow.page))
            elif name == "frame":
                self.floating.extend(c for c in child if local_name(c) == "text-box")
            elif _drawn(child):  # a shape's text (custom-shape, rect, g …) follows the paragraph, as a text box's
                self.floating.append(child)
            elif name not in _NO_TEXT:  # span, a, ruby, fields' shown text (date, page count, …)
                span = self.spans.get(attribute(child, "style-name") or "")
                self.inline(child, span.bold if span and span.bold is not None else bold)
            self.add(child.tail, bold)


def _drawn(el) -> bool:
    tag = el.tag
    return isinstance(tag, str) and tag.startswith(_DRAWING)


def table_rows(tbl):
    for el in tbl:
        name = local_name(el)
        if name == "table-row":
            yield el
        elif name in _TABLE_ROWS:
            yield from table_rows(el)


def _note(note, mark: str, page: int, styles: dict[str, _Style], spans: dict[str, _Style]) -> list[Paragraph]:
    walker = _Walker(styles, spans)
    walker.blocks(next((c for c in note if local_name(c) == "note-body"), []))
    return numbered_note(mark, walker.out, page)


def meta_properties(package: Package) -> dict[str, str]:
    metadata: dict[str, str] = {}
    root = package.xml("meta.xml")
    fields = {"title": "title", "initial-creator": "author", "creator": "author", "creation-date": "created",
              "date": "modified", "generator": "producer"}
    for el in root.iter() if root is not None else ():
        key = fields.get(local_name(el))
        value = " ".join((el.text or "").split())
        if key in ("created", "modified"):
            value = iso_day(value) or ""
        if key and value and key not in metadata:  # the initial creator before the last one to save it
            metadata[key] = value
    return metadata


class OdtParser(Parser):
    format = "odt"
    extensions = (".odt", ".ott")
    mime_types = ("application/vnd.oasis.opendocument.text",)

    def parse(self, data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> ParsedDocument:
        package, root, body = opendocument(data, name, max_bytes, "ODT", "The OpenDocument text", "text")
        styles_root = package.xml("styles.xml")
        styles, spans = _styles(styles_root, root), _styles(styles_root, root, family="text")
        walker = _Walker(styles, spans)
        walker.blocks(body)
        footnotes = [(n, m, page) for n, m, page in walker.notes if attribute(n, "note-class") != "endnote"]
        endnotes = [(n, m) for n, m, _ in walker.notes if attribute(n, "note-class") == "endnote"]
        paragraphs = with_footnotes(walker.out, [_note(n, m, page, styles, spans) for n, m, page in footnotes])
        last = max([p.page for p in paragraphs] + [walker.flow.page])
        at_end = [p for n, m in endnotes for p in _note(n, m, last, styles, spans)]
        return office_document("odt", paragraphs, at_end, meta_properties(package), name, "The OpenDocument text")
