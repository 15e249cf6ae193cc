"""A PDF's XMP metadata packet (the catalog's /Metadata stream): title, author, subject, keywords,
creating tool, producer and dates. PDF 2.0 writers and metadata-cleaning tools keep these only there,
with no /Info dictionary; the parser takes from here what /Info lacks."""
from __future__ import annotations

import logging
import xml.etree.ElementTree as ET

log = logging.getLogger(__name__)

_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XMP = "{http://ns.adobe.com/xap/1.0/}"
_PDF = "{http://ns.adobe.com/pdf/1.3/}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# XMP property -> the /Info key it stands for
INFO_KEYS = {_DC + "title": "Title", _DC + "creator": "Author", _DC + "description": "Subject",
             _PDF + "Keywords": "Keywords", _XMP + "CreatorTool": "Creator", _PDF + "Producer": "Producer",
             _XMP + "CreateDate": "CreationDate", _XMP + "ModifyDate": "ModDate"}
# a packet larger than this is no metadata a reader needs (a thumbnail-laden one is still far under)
_MOST_BYTES = 2_000_000


def xmp_metadata(catalog) -> dict[str, str]:
    """The metadata of a PDF's XMP packet (``catalog``: the document's catalog) by the /Info keys they
    stand for, as /Info would hold them (a date as ``D:YYYYMMDD…``); empty when there is no packet or it cannot be read (a broken packet is
    no reason to refuse the file)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    try:
        stream = resolve1(catalog.get("Metadata")) if isinstance(catalog, dict) else None
        if not isinstance(stream, PDFStream):
            return {}
        data = stream.get_data()
        if not data or len(data) > _MOST_BYTES:
            return {}
        root = ET.fromstring(data[data.find(b"<"):] if b"<" in data else data)
    except Exception as e:  # pdfminer's filter errors, bad XML
        log.debug("XMP packet unreadable: %r", e)
        return {}
    found: dict[str, str] = {}
    for desc in root.iter(_RDF + "Description"):
        props = list(desc.attrib.items())  # the short form: properties as attributes
        props += [(child.tag, _value(child)) for child in desc]
        for name, value in props:
            key = INFO_KEYS.get(name)
            if key is None or key in found or not value or not value.strip():
                continue
            if key.endswith("Date"):  # ISO 8601, «2018-02-21T16:05:00+06:00»
                value = "D:" + value.strip()[:10].replace("-", "")
            found[key] = value.strip()
    return found


def _value(prop) -> str | None:
    """A property's text: a language alternative's default (x-default, else its first), a list's
    items joined («; » between a document's several authors), or the element's own text."""
    for kind in ("Alt", "Seq", "Bag"):
        holder = prop.find(_RDF + kind)
        if holder is None:
            continue
        items = [li for li in holder.findall(_RDF + "li") if (li.text or "").strip()]
        if kind == "Alt":
            default = [li for li in items if li.get(_XML_LANG) == "x-default"]
            return (default or items)[0].text if items else None
        return "; ".join(li.text.strip() for li in items) or None
    return prop.text

