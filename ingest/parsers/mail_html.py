"""Where an HTML message's own text ends, told from its markup before the page reader joins its lines: the
signature's «-- » delimiter on a line of its own («--<br>Пак Марина», which the reader would join into one
paragraph «-- Пак Марина»), Gmail's quote (`<div class="gmail_quote">`) and a quote a mail program marks as one
(`<blockquote type="cite">`). What follows is the signature and the earlier message: no quotes of this one.
Read apart, the own text is also no longer weighed against the longer quote as a page's main content is."""
from __future__ import annotations

import re

# the markers are ASCII: they read the same in any charset a mail's HTML part has but UTF-16 (no mail program's)
_OWN_END = re.compile(
    rb"(?:^|(?<=>))[ \t\r\n]*--[ \t]*(?:&nbsp;|&#160;|\xc2?\xa0)?[ \t\r\n]*<br\b"  # «-- » alone on its line
    rb"|<div\b[^>]*\bclass=[\"']?gmail_quote\b"
    rb"|<blockquote\b[^>]*\btype=[\"']?cite\b",
    re.IGNORECASE)


# the pieces after the own text read apart at most, the last running to the end: each is a page read on its own
# (about a millisecond each), and 20,000 quotes cut a 760 KB message into as many, 22 s
MAX_PIECES = 20


def split_own_html(data: bytes) -> tuple[bytes, list[bytes]]:
    """The HTML part's bytes up to where its own text ends, and the pieces after it, each read apart (a
    signature over Gmail's quote would be lost to the longer quote as a page's boilerplate)."""
    if b"\x00" in data[:4096]:
        return data, []  # UTF-16: none of the markers can be read as bytes
    cuts: list[int] = []
    for m in _OWN_END.finditer(data):
        if cuts or data[:m.start()].strip():  # once text is before one, it is before every later one
            cuts.append(m.start())
            if len(cuts) == MAX_PIECES:
                break
    if not cuts:
        return data, []
    ends = cuts[1:] + [len(data)]
    return data[:cuts[0]], [data[a:b] for a, b in zip(cuts, ends)]
