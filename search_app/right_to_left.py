"""Text in the Arabic script on pages in Russian: Kazakh in төте жазу (a Chinese or Iranian Kazakh's
leaflet quoted in a report) runs right to left. A paragraph of it is marked as such, and a query
typed in it is isolated from the Russian around it, which the browser's bidi algorithm otherwise
reorders («Совпадений с запросом «1 :«قازاقستان» for «…«قازاقستان»: 1»)."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

# The language tag of a paragraph in the Arabic script: the archive's is Kazakh (index.arabic_kazakh)
ARABIC_SCRIPT_LANG = "kk-Arab"
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_LETTER = re.compile(r"[^\W\d_]")
# the first strong and last strong isolate marks (FSI, PDI): plain text's <bdi>, for the window title
_FSI, _PDI = "\u2068", "\u2069"


def in_arabic_script(text: str) -> bool:
    """Whether most of the letters of ``text`` run right to left."""
    if not _RIGHT_TO_LEFT.search(text):
        return False
    letters = _LETTER.findall(text)
    return 2 * sum(1 for c in letters if _RIGHT_TO_LEFT.match(c)) > len(letters)


def text_dir(text: str) -> str:
    """The dir attribute of a paragraph, snippet or quote: «auto» (the browser reads the way from
    its first letter) where it holds right-to-left letters, else none (the page's own)."""
    return "auto" if _RIGHT_TO_LEFT.search(text) else ""


def bidi_isolated(text: str) -> Markup:
    """``text`` for a page: in <bdi> where it holds right-to-left letters, else as it is."""
    return Markup("<bdi>{}</bdi>").format(text) if _RIGHT_TO_LEFT.search(text) else escape(text)


def isolated(text: str) -> str:
    """``text`` set apart by isolate marks where it holds right-to-left letters (as it is in a
    window title, where no markup goes); other text as it is."""
    return f"{_FSI}{text}{_PDI}" if _RIGHT_TO_LEFT.search(text) else text
