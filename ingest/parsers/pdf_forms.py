"""What a PDF holds beside its page text: the values typed into its form fields (drawn by the viewer
from the form, not in the page's content, so the layout never sees them) and the files attached to
it. Read from pdfminer's objects; a broken form or file list gives nothing, never a failed parse."""
from __future__ import annotations

import logging
from collections.abc import Callable

from .base import Block

log = logging.getLogger(__name__)

# How far up a widget's /Parent chain its field's type and value are looked for, and how deep the
# name tree of attached files is walked: a hostile file may loop
_MAX_DEPTH = 16
# Field types whose value is text: a text box, a list or combo box (not a check box's /Yes)
_TEXT_FIELDS = ("Tx", "Ch")


def field_values(annots, text_of: Callable[[object], str | None]) -> list[str]:
    """The values filled into the text and choice fields whose widgets are among a page's
    annotations (``annots``: its /Annots), each once, in their order; ``text_of`` decodes a PDF
    string."""
    from pdfminer.pdftypes import resolve1

    values: list[str] = []
    try:
        for annot in resolve1(annots) or []:
            annot = resolve1(annot)
            if not isinstance(annot, dict) or _name(annot.get("Subtype")) != "Widget":
                continue
            kind, value = _inherited(annot, "FT"), _inherited(annot, "V")
            if _name(kind) not in _TEXT_FIELDS:
                continue
            for item in value if isinstance(value, list) else [value]:  # a list box: all chosen
                text = text_of(item)
                if text and text not in values:
                    values.append(text)
    except Exception as e:  # a broken form: the page's text is still there
        log.debug("pdf form unreadable: %r", e)
    return values


def attached_files(catalog: dict, pages_annots: list, text_of: Callable[[object], str | None]) -> list[str]:
    """The names of the files attached to a PDF: in its catalog's /EmbeddedFiles, and as file
    attachment annotations on its pages (``pages_annots``: each page's /Annots)."""
    from pdfminer.pdftypes import resolve1

    names: list[str] = []
    try:
        tree = resolve1(resolve1(catalog.get("Names") or {}).get("EmbeddedFiles"))
        specs = _name_tree_values(tree, 0, set())
        for annots in pages_annots:
            for annot in map(resolve1, resolve1(annots) or []):
                if isinstance(annot, dict) and _name(annot.get("Subtype")) == "FileAttachment":
                    specs.append(annot.get("FS"))
        for spec in specs:
            spec = resolve1(spec)
            name = (text_of(spec.get("UF") or spec.get("F")) if isinstance(spec, dict) else text_of(spec)) or "?"
            names.append(name)
    except Exception as e:  # a broken file list: say nothing rather than fail the parse
        log.debug("pdf attachments unreadable: %r", e)
    return names


def with_field_values(blocks: list[Block], values: dict[int, list[str]]) -> list[Block]:
    """The text's blocks with each page's field values (by page number) after its last block, one
    block a field, never quoted: a name or a date typed into a form is nobody's words."""
    out: list[Block] = []
    pending = sorted(values.items())
    for block in blocks:
        while pending and block.page is not None and pending[0][0] < block.page:
            page, texts = pending.pop(0)
            out += [Block(v, page, quotable=False) for v in texts]
        out.append(block)
    for page, texts in pending:
        out += [Block(v, page, quotable=False) for v in texts]
    return out


def notes(values: dict[int, list[str]], attached: list[str]) -> list[str]:
    """The report's notes on what was read beside the text, and what was not."""
    out = []
    count = sum(map(len, values.values()))
    if count:
        out.append(f"The values of {count} filled-in form field{'s' if count > 1 else ''} were indexed "
                   "as text of their pages.")
    if attached:
        shown = ", ".join(attached[:5]) + (f" and {len(attached) - 5} more" if len(attached) > 5 else "")
        out.append(f"It holds {len(attached)} attached file{'s' if len(attached) > 1 else ''}, not indexed: {shown}.")
    return out


def _name_tree_values(node, depth: int, seen: set[int]) -> list:
    """The values of a PDF name tree (its /Names pairs, and its /Kids' in turn), each node once."""
    from pdfminer.pdftypes import resolve1

    node = resolve1(node)
    if not isinstance(node, dict) or id(node) in seen or depth > _MAX_DEPTH:
        return []
    seen.add(id(node))
    pairs = resolve1(node.get("Names")) or []
    values = list(pairs[1::2]) if isinstance(pairs, list) else []
    for kid in resolve1(node.get("Kids")) or []:
        values += _name_tree_values(kid, depth + 1, seen)
    return values


def _inherited(field: dict, key: str):
    """A field's entry, or its parent's: a widget of a field with several widgets holds neither
    its type nor its value."""
    from pdfminer.pdftypes import resolve1

    for _ in range(_MAX_DEPTH):
        if key in field:
            return resolve1(field[key])
        field = resolve1(field.get("Parent"))
        if not isinstance(field, dict):
            return None
    return None


def _name(value) -> str | None:
    return getattr(value, "name", None)
