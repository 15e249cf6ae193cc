"""Word 2007+ documents (DOCX, DOCM, DOTX): the body's paragraphs and tables in order, as Word shows
them. Kept: the text of runs, tabs, line breaks, non-breaking hyphens, symbols that are characters,
inserted text of tracked changes, a field's shown result, text boxes (once: of a drawing's two
renderings, mc:AlternateContent, one is read), footnotes (after the text of the page they are marked
on) and endnotes (after the text). Dropped: deleted text, hidden text, field codes, soft hyphens,
comments, headers and footers (running heads). A paragraph all in bold (<w:b/>, a bold character or
paragraph style) is marked so (an interview's questions). Pages from the breaks Word recorded (office_text);
the title from the file's properties unless a placeholder, else its Title or heading style's
paragraph, else the text's opening; the day it was created from its properties."""
from __future__ import annotations

import re

from .base import MAX_BYTES, ParsedDocument, Parser
from .office_package import (Package, attribute, local_name, ooxml_package, part_folder, relationships,
                             whole_number)
from .note_numbers import ENDNOTE_STYLE, FOOTNOTE_STYLE, note_label
from .office_text import (HEADING, TITLE, Paragraph, Walker, ancestors, iso_day, numbered_note, office_document,
                          with_footnotes)

# [Content_Types].xml's type of the main part: Word's document or template, macro-enabled or not
_MAIN_TYPE = re.compile(r"wordprocessingml\.(?:document|template)\.main|ms-word\.(?:document|template)\.macroenabled",
                        re.IGNORECASE)
_OFF = ("0", "false", "off", "none")
_HEADING_STYLE = re.compile(r"^(?:heading|заголовок|тақырып)\s*\d", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|название|заголовок|заглавие|атауы)$", re.IGNORECASE)
# a section that starts on a new page (the default); continuous and column sections do not
_PAGE_SECTIONS = ("nextPage", "oddPage", "evenPage", None)
# Symbol font characters Word writes as <w:sym w:font="Symbol" w:char="F0B7"/>: the common ones, as
# the characters they show; a symbol font's other pictures (Wingdings) are no text
_SYMBOL_FONT = {0xB7: "•", 0xD7: "×", 0xB0: "°", 0x2D: "−", 0xB1: "±", 0xA3: "≤", 0xB3: "≥", 0xB9: "≠", 0xBB: "≈",
                0xAE: "→", 0xAC: "←", 0xA5: "∞", 0xD6: "√", 0xBC: "…", 0x3D: "=", 0x2B: "+"}
_TEXT_TAGS = frozenset({"t", "txbxContent", "instrText"})


def _child(el, name: str):
    return next((c for c in el if local_name(c) == name), None) if el is not None else None


def _on(el) -> bool:
    """A toggle property (<w:vanish/>, <w:vanish w:val="true"/>) is set."""
    return el is not None and (attribute(el, "val") or "true").lower() not in _OFF


class _Style:
    def __init__(self, name: str = "", based_on: str | None = None, outline: int | None = None,
                 break_before: bool | None = None, hidden: bool | None = None, bold: bool | None = None):
        self.name, self.based_on, self.outline, self.break_before, self.hidden = name, based_on, outline, break_before, hidden
        self.bold = bold


def _styles(root) -> dict[str, _Style]:
    """The styles by id, each with what it inherits from its base filled in."""
    styles: dict[str, _Style] = {}
    for el in root if root is not None else ():
        if local_name(el) != "style" or not attribute(el, "styleId"):
            continue
        ppr, rpr = _child(el, "pPr"), _child(el, "rPr")
        level = _child(ppr, "outlineLvl")
        based = _child(el, "basedOn")
        styles[attribute(el, "styleId")] = _Style(
            attribute(_child(el, "name"), "val") or "" if _child(el, "name") is not None else "",
            attribute(based, "val") if based is not None else None,
            whole_number(attribute(level, "val")) if level is not None else None,
            _on(_child(ppr, "pageBreakBefore")) if _child(ppr, "pageBreakBefore") is not None else None,
            _on(_child(rpr, "vanish")) if _child(rpr, "vanish") is not None else None,
            _on(_child(rpr, "b")) if _child(rpr, "b") is not None else None)
    for style in styles.values():
        for parent in ancestors(styles, style, lambda s: s.based_on):
            style.outline = parent.outline if style.outline is None else style.outline
            style.break_before = parent.break_before if style.break_before is None else style.break_before
            style.hidden = parent.hidden if style.hidden is None else style.hidden
            style.bold = parent.bold if style.bold is None else style.bold
    return styles


class _Walker(Walker):
    """The body's markup walked in order into paragraphs (office_text.Flow keeps the pages)."""

    def __init__(self, styles: dict[str, _Style]):
        super().__init__(styles)
        self.fields: list[bool] = []  # complex fields open here: True while in a field's code
        self.footnotes: list[tuple[str, int]] = []  # (id, page) of each footnote mark, in order
        self.endnotes: list[str] = []
        self.para_hidden = False
        self.para_bold = False  # the paragraph's style sets its text in bold

    # --- block level ---
    def blocks(self, parent) -> None:
        for el in parent:
            name = local_name(el)
            if name == "p":
                self.paragraph(el)
            elif name == "tbl":
                self.table(el)
            elif name in ("sdt", "customXml", "ins", "moveTo", "smartTag"):
                self.blocks(_child(el, "sdtContent") if name == "sdt" else el)
            elif name == "AlternateContent":
                self.blocks(_branch(el))

    def paragraph(self, p) -> None:
        ppr = _child(p, "pPr")
        style = self.styles.get(attribute(_child(ppr, "pStyle"), "val") or "" if _child(ppr, "pStyle") is not None else "")
        breaks = _child(ppr, "pageBreakBefore")
        if (_on(breaks) if breaks is not None else bool(style and style.break_before)):
            self.flow.page_break()
        self.flow.start()
        self.para_hidden = bool(style and style.hidden)
        self.para_bold = bool(style and style.bold)
        self.floating = []
        self.inline(p)
        self.out.append(self.flow.end(_kind(style, ppr)))
        for box in self.floating:  # a text box's paragraphs after its anchor's
            self.blocks(box)
        sect = _child(ppr, "sectPr")  # a section ends with this paragraph
        if sect is not None:
            kind = _child(sect, "type")
            if (attribute(kind, "val") if kind is not None else None) in _PAGE_SECTIONS:
                self.flow.page_break()

    def table(self, tbl) -> None:
        for row in _rows(tbl):
            self.read_row(_cells(row), "tbl")

    # --- inside a paragraph ---
    def inline(self, parent) -> None:
        for el in parent:
            name = local_name(el)
            if name == "r":
                self.run(el)
            elif name in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo"):
                self.inline(el)
            elif name == "sdt":
                content = _child(el, "sdtContent")
                if content is not None:
                    self.inline(content)
            elif name == "AlternateContent":
                self.inline(_branch(el))
            elif name in ("oMath", "oMathPara"):
                self.add("".join(t.text or "" for t in el.iter() if local_name(t) == "t"))
            # del, moveFrom (deleted text), pPr, bookmarks, comment ranges, proofing marks: no text

    def run(self, r) -> None:
        rpr = _child(r, "rPr")
        vanish = _child(rpr, "vanish")
        rstyle = self.styles.get(attribute(_child(rpr, "rStyle"), "val") or "" if _child(rpr, "rStyle") is not None else "")
        hidden = _on(vanish) if vanish is not None else bool(rstyle and rstyle.hidden) or self.para_hidden
        bold = _bold(_child(rpr, "b"), rstyle, self.para_bold)
        for el in r:
            name = local_name(el)
            if name == "fldChar":
                kind = attribute(el, "fldCharType")
                if kind == "begin":
                    self.fields.append(True)
                elif kind == "separate" and self.fields:
                    self.fields[-1] = False
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif name == "lastRenderedPageBreak":
                self.flow.page_break()
            elif name == "br" and attribute(el, "type") == "page":
                self.flow.page_break()
                self.add("\n")  # the text after it starts a line of the next page
            elif name in ("drawing", "pict", "object"):
                self.floating.extend(_boxes(el))
            elif name == "AlternateContent":
                self.floating.extend(_boxes(_branch(el)))
            elif name == "footnoteReference":
                self.footnotes.append((attribute(el, "id") or "", self.flow.page))
            elif name == "endnoteReference":
                self.endnotes.append(attribute(el, "id") or "")
            elif not hidden and not any(self.fields):
                self.add(_run_text(el, name), bold)


def _bold(direct, rstyle: _Style | None, para_bold: bool) -> bool:
    """A run is bold: its own <w:b/> says so whatever its styles say; else bold is a toggle, a bold
    character style («Strong») in a bold paragraph style showing plain type, as Word shows it."""
    if direct is not None:
        return _on(direct)
    return para_bold != bool(rstyle and rstyle.bold)


def _run_text(el, name: str) -> str:
    if name == "t":
        return el.text or ""
    if name == "tab" or name == "ptab":
        return "\t"
    if name in ("br", "cr"):
        return " " if attribute(el, "type") == "column" else "\n"
    if name == "noBreakHyphen":
        return "-"
    if name == "sym":
        return _symbol(attribute(el, "font") or "", attribute(el, "char") or "")
    return ""  # softHyphen, delText, instrText, annotations' marks


def _symbol(font: str, code: str) -> str:
    try:
        n = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= n <= 0xF0FF:  # a symbol font's own code
        return _SYMBOL_FONT.get(n - 0xF000, "") if font.lower() == "symbol" else ""
    return chr(n) if 0x20 <= n < 0xD800 else ""


def _branch(alternate):
    """Of mc:AlternateContent's renderings, the first (mc:Choice) when it holds text, else the fallback."""
    choice, fallback = _child(alternate, "Choice"), _child(alternate, "Fallback")
    if choice is not None and (fallback is None or any(local_name(el) in _TEXT_TAGS for el in choice.iter())):
        return choice
    return fallback if fallback is not None else []


def _boxes(el) -> list:
    """The outermost text boxes' contents (w:txbxContent) in a drawing, one rendering of each."""
    found = []
    stack = list(el)[::-1] if el is not None else []
    while stack:
        node = stack.pop()
        name = local_name(node)
        if name == "txbxContent":
            found.append(node)
        elif name == "AlternateContent":
            stack.extend(list(_branch(node))[::-1])
        else:
            stack.extend(list(node)[::-1])
    return found


def _rows(tbl):
    for el in tbl:
        name = local_name(el)
        if name == "tr":
            yield el
        elif name in ("sdt", "customXml", "ins"):
            yield from _rows(_child(el, "sdtContent") if name == "sdt" else el)


def _cells(row):
    for el in row:
        name = local_name(el)
        if name == "tc":
            yield el
        elif name in ("sdt", "customXml"):
            yield from _cells(_child(el, "sdtContent") if name == "sdt" else el)


def _kind(style: _Style | None, ppr) -> str:
    level = _child(ppr, "outlineLvl")
    outline = whole_number(attribute(level, "val")) if level is not None else None
    if style and _TITLE_STYLE.match(style.name.strip()):
        return TITLE
    if outline is None and style:
        outline = style.outline
    if (outline is not None and outline < 9) or (style and _HEADING_STYLE.match(style.name.strip())):
        return HEADING
    return ""


def _related(package: Package, main: str) -> dict[str, str]:
    """The main part's related parts by kind (footnotes, endnotes, styles, settings)."""
    found: dict[str, str] = {}
    for _, kind, part in relationships(package, main):
        if kind:
            found.setdefault(kind, part)
    for kind in ("footnotes", "endnotes", "styles", "settings"):
        found.setdefault(kind, f"{part_folder(main)}{kind}.xml")
    return found


def _note_styles(body, settings) -> tuple[str, str]:
    """How the document numbers its footnotes and its endnotes (w:numFmt of w:footnotePr and
    w:endnotePr, a section's over the settings'; Word's defaults 1, 2, … and i, ii, …)."""
    styles = [FOOTNOTE_STYLE, ENDNOTE_STYLE]
    for where in (settings, *(el for el in body if local_name(el) == "sectPr")):
        for i, kind in enumerate(("footnotePr", "endnotePr")):
            number_format = _child(_child(where, kind), "numFmt")
            if number_format is not None and attribute(number_format, "val"):
                styles[i] = attribute(number_format, "val")
    return styles[0], styles[1]


def _notes(package: Package, part: str, kind: str, styles: dict[str, _Style]) -> dict[str, list[Paragraph]]:
    """Each note's paragraphs by its id; separators (Word's rules above the notes) left out."""
    root = package.xml(part)
    notes: dict[str, list[Paragraph]] = {}
    for note in root if root is not None else ():
        if local_name(note) != kind or attribute(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        walker = _Walker(styles)
        walker.blocks(note)
        notes[attribute(note, "id") or ""] = walker.out
    return notes


def core_properties(package: Package) -> dict[str, str]:
    """Title, author, created, modified (ISO days) from docProps/core.xml, the program from app.xml."""
    metadata: dict[str, str] = {}
    for part, fields in (("docProps/core.xml", (("title", "title"), ("creator", "author"), ("created", "created"),
                                                ("modified", "modified"))),
                         ("docProps/app.xml", (("Application", "producer"),))):
        root = package.xml(part)
        if root is None:
            continue
        for el in root:
            key = dict(fields).get(local_name(el))
            value = " ".join((el.text or "").split())
            if key in ("created", "modified"):
                value = iso_day(value) or ""
            if key and value and key not in metadata:
                metadata[key] = value
    return metadata


class DocxParser(Parser):
    format = "docx"
    extensions = (".docx", ".docm", ".dotx", ".dotm")
    mime_types = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "application/vnd.ms-word.document.macroEnabled.12")

    def parse(self, data: bytes, name: str = "", max_bytes: int = MAX_BYTES) -> ParsedDocument:
        package, main = ooxml_package(data, name, max_bytes, "DOCX", "Word", _MAIN_TYPE, "word/document.xml")
        root = package.xml(main)
        if root is None:
            raise package.damaged(f"has no document part ({main}): it holds no text")
        related = _related(package, main)
        styles = _styles(package.xml(related["styles"]))
        body = _child(root, "body")
        if body is None:
            raise package.damaged(f"is damaged: its document part ({main}) has no body")
        walker = _Walker(styles)
        walker.blocks(body)
        footnotes = _notes(package, related["footnotes"], "footnote", styles) if walker.footnotes else {}
        endnotes = _notes(package, related["endnotes"], "endnote", styles) if walker.endnotes else {}
        foot_style, end_style = _note_styles(body, package.xml(related["settings"])) if footnotes or endnotes else ("", "")
        paragraphs = with_footnotes(walker.out, [numbered_note(note_label(i, foot_style), footnotes.get(note, []), page)
                                                 for i, (note, page) in enumerate(walker.footnotes, 1)])
        last = max([p.page for p in paragraphs] + [walker.flow.page])
        at_end = [p for i, note in enumerate(walker.endnotes, 1)
                  for p in numbered_note(note_label(i, end_style), endnotes.get(note, []), last)]
        return office_document("docx", paragraphs, at_end, core_properties(package), name, "The Word document")
