"""Titles that name no document: what Office, a template or a tool leaves in a file's Title (a
PDF's Title, an HTML page's <title>), to be read from the text instead."""
from __future__ import annotations

import re

# the program before a file name, or a file name: «Microsoft Word - forum.docx», «forum.pptx»
_PROGRAM_OR_FILE = re.compile(r"^microsoft (?:word|powerpoint|excel|office)\b|^(?:untitled|без названия)\b"
                              r"|^(?:document|документ)\d+\b|\.(?:docx?|dotx?|dotm|rtf|odt|pptx?|xlsx?|pdf|txt|html?)$",
                              re.IGNORECASE)
# a file path: «C:\Users\Admin\Desktop\forum», «\\server\share», «/home/user/forum», «file:///…»; or the
# address a browser titles a printed page with when it has no <title>: «about:blank», «http://…/report.html»
_PATH = re.compile(r"^(?:[a-z]:[\\/]|\\\\|~?/|file:|about:(?:blank|srcdoc)\b|data:[\w.+-]+/[\w.+-]+[;,]|blob:|https?://)|\\",
                   re.IGNORECASE)
# a program's default for a new, unnamed document, slide, sheet or book, or a style's name
# (Russian, Kazakh and English Office): «Слайд 1», «Презентация PowerPoint», «Лист1», «Normal»,
# «Заголовок», «Новый документ», «Безымянный», «Атаусыз»
_DEFAULT = re.compile(
    r"(?:слайд|slide|лист|sheet|парақ|книга|book|презентация|presentation|документ|document|doc|құжат)\s*№?\s*\d*"
    r"|презентация (?:microsoft )?powerpoint|(?:microsoft )?powerpoint presentation"
    r"|(?:новый|new)(?: текстовый| text)? (?:документ|document)(?: microsoft word)?(?: \(\d+\))?"
    r"|документ microsoft word|new microsoft word document|жаңа құжат"
    r"|безымянный\s*\d*|без имени|без заголовка|no title|атаусыз(?: құжат)?"
    r"|normal|обычный|қалыпты|default|заголовок\s*\d*|title|heading\s*\d*|тақырып|шаблон|template",
    re.IGNORECASE)
# a scanner's or a camera's name for its file, which OCR programs (FineReader) put in an export's <title>
# or Title: «scan0047», «Scan_2001_02_19», «IMG_0012», «DSC00123», «Скан 12», «Изображение 003»
_SCAN_FILE = re.compile(r"(?:scan|скан|image|img|dsc[nf]?|изображение|сканирование|page)[\s_-]*\d[\d_-]*",
                        re.IGNORECASE)
_BRACKETED = re.compile(r"^[(\[<](.*)[)\]>]$")


def is_placeholder_title(title: str) -> bool:
    """The title is a placeholder, no name of the document: a program's default, a file name or
    path, a scanner's file name, or no letter at all («1», «2019»)."""
    title = " ".join(title.split())
    bare = _BRACKETED.sub(r"\1", title)  # «(untitled)», as ReportLab writes it
    return (not any(ch.isalpha() for ch in title) or bool(_PROGRAM_OR_FILE.search(bare))
            or bool(_PATH.search(title)) or _DEFAULT.fullmatch(bare) is not None
            or _SCAN_FILE.fullmatch(bare) is not None)
