"""Character references an old CMS got wrong: a page escaped twice («&amp;#1084;&amp;#1072;», shown
as «&#1084;&#1072;» where «ма» belongs), and letters written as numeric references (&#1056;&#8212;)
whose characters are themselves mojibake, which the page's bytes do not show."""
from __future__ import annotations

import re
from html.entities import html5

# a reference escaped once more: «&amp;#1084;», «&amp;#x43C;», «&amp;laquo;»
_DOUBLE_ESCAPED = re.compile(r"&amp;(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# a word spelled in them: a page that shows how to write one reference (a tutorial) has no such run
_DOUBLE_ESCAPED_WORD = re.compile(r"(?:&amp;#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});){3}")
# The text between two tags is escaped twice only when its references outnumber the letters written as
# letters: a CMS escapes a whole title or body, while a help page showing how to write «А» as &amp;#1040;
# spells a word or two that way in sentences of plain letters.
_TEXT_RUN = re.compile(r"[^<>]+")
# a numeric reference to a character beyond ASCII, which no markup needs escaped (unlike &#60; for «<»)
_NON_ASCII_REFERENCE = re.compile(r"&#(?:([0-9]{3,7})|[xX]([0-9a-fA-F]{2,6}));")


def double_escapes_undone(text: str) -> tuple[str, str | None]:
    """``text`` with its references escaped twice escaped once, and the warning that says so; ``text``
    and None when it spells no word that way."""
    if "&amp;" not in text or not _DOUBLE_ESCAPED_WORD.search(text):
        return text, None
    count = 0

    def once(m: re.Match) -> str:
        nonlocal count
        if m.group(1)[0] != "#" and m.group(1) not in html5:
            return m.group()  # «&amp;copy2;»: no reference's name
        count += 1
        return "&" + m.group(1)

    def run(m: re.Match) -> str:
        escaped = _DOUBLE_ESCAPED.findall(m.group())
        if not _DOUBLE_ESCAPED_WORD.search(m.group()) or len(escaped) < _plain_letters(m.group()):
            return m.group()
        return _DOUBLE_ESCAPED.sub(once, m.group())

    text = _TEXT_RUN.sub(run, text)
    if not count:
        return text, None
    return text, (f"The page's text was HTML-escaped twice (&amp;#1084; for «м»); its {count} "
                  f"character reference(s) were read once more.")


def _plain_letters(run: str) -> int:
    """Letters of ``run`` written as letters, outside its references escaped twice."""
    return sum(ch.isalpha() for ch in _DOUBLE_ESCAPED.sub("", run))


def non_ascii_references_resolved(text: str) -> str:
    """``text`` with its numeric references to non-ASCII characters written as the characters."""
    def char(m: re.Match) -> str:
        code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
        if code < 0x80 or code > 0x10FFFF or 0xD800 <= code < 0xE000:
            return m.group()  # markup's own (&#60;), or no character: left to the HTML parser
        return chr(code)

    return _NON_ASCII_REFERENCE.sub(char, text) if "&#" in text else text
