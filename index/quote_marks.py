"""A passage's quotation marks as a citation reads them: straight quotes and „…“ paired as «…»,
and a quote that opens or closes in another paragraph closed or opened at the passage's edge.

«"Молодежь поддерживает проект "Біз біргеміз"", - заявил Д. Сапаров.» holds a quote within a
quote in straight marks, which have no direction: paired as «…«…»…» the attribution can be told
from the quote and the inner quote nested as „…“. Kazakh texts often quote in „…“ (where Russian
nests them): «„Тіл білу – көршіңді түсіну“, – деді Б.Тілеуберді.» is one quote, as «…» would be.
A quote running over two paragraphs opens in
the first («Переселенцы нашли здесь второй дом.) and closes in the second (Их дети учатся…»,
— отметил К. Байтасов.): each is cited as a quote of its own.

Works on a passage's highlighted HTML (<mark> tags, a straight quote escaped as &quot; or &#34;).
"""
from __future__ import annotations

import re

# a straight quotation mark, as html.escape writes it or as it stands; or a tag, which a quote
# mark's neighbours are looked for across
_STRAIGHT_OR_TAG = re.compile(r'(&quot;|&#34;|"|</?mark>)')
_TAG = re.compile(r"</?mark>")
# what may stand before an opening mark (a bracket, a dash, another opening mark: («"…, ""Біз…)
# and after a closing one (…", - / …"" / …").)
_BEFORE_OPENING = set("([{«„“—–-/")
_AFTER_CLOSING = set(".,;:!?…)]}»")


def paired_quotes(html: str) -> str:
    """`html` with its straight quotation marks and its „…“ as « and » (see _straight_paired,
    _low_high_paired)."""
    return _low_high_paired(_straight_paired(html))


def _low_high_paired(html: str) -> str:
    """`html` with each „ and the “ closing it as « and »; unchanged unless every „ is closed so
    (a “ with no „ open is an English opening mark and stays)."""
    if "„" not in html:
        return html
    out = list(html)
    open_marks: list[int] = []  # where each quote still open starts (-1: a «, which stays)
    for i, ch in enumerate(html):
        if ch == "«":
            open_marks.append(-1)
        elif ch == "»" and open_marks and open_marks[-1] < 0:
            open_marks.pop()
        elif ch == "„":
            open_marks.append(i)
        elif ch == "“" and open_marks and open_marks[-1] >= 0:
            out[open_marks.pop()], out[i] = "«", "»"
    return html if any(at >= 0 for at in open_marks) else "".join(out)


def _straight_paired(html: str) -> str:
    """`html` with its straight quotation marks as « and », told apart by what stands beside each
    (an opening one after a space or a bracket and before a word, a closing one the other way
    round); unchanged when they do not pair up so (`6" tall`, an odd mark) or there are none."""
    items = [x for x in _STRAIGHT_OR_TAG.split(html)]  # text, mark, text, mark, …, text
    if not any(not _TAG.fullmatch(x) for x in items[1::2]):
        return html
    depth = 0
    for i in range(1, len(items), 2):
        if _TAG.fullmatch(items[i]):
            continue
        before, after = _beside(items, i, -1), _beside(items, i, +1)
        opens = (before is None or before.isspace() or before in _BEFORE_OPENING) and not (
            after is None or after.isspace() or after in _AFTER_CLOSING)
        closes = (after is None or after.isspace() or after in _AFTER_CLOSING or after == '"') and not (
            before is None or before.isspace() or before in _BEFORE_OPENING)
        if opens == closes or (closes and not depth):
            return html  # no telling which way it faces, or a closing one with none open
        depth += 1 if opens else -1
        items[i] = "«" if opens else "»"
    return "".join(items) if depth == 0 else html


def _beside(items: list[str], i: int, step: int) -> str | None:
    """The character beside the mark items[i], before it (`step` -1) or after it (+1), tags
    skipped: a straight mark not yet read is '"', one read its « or »; None at the edge."""
    j = i + step
    while 0 <= j < len(items):
        item = items[j]
        if j % 2 == 0:  # text
            if item:
                return item[-1] if step < 0 else item[0]
        elif not _TAG.fullmatch(item):
            return item if item in "«»" else '"'
        j += step
    return None


def closed_at_the_edges(html: str) -> str:
    """`html` with a « opened at its start for a » that closes nothing (the quote began in the
    paragraph before) and a » closed at its end for each « left open (it goes on in the next)."""
    depth = unopened = 0
    for ch in html:
        if ch == "«":
            depth += 1
        elif ch == "»":
            if depth:
                depth -= 1
            else:
                unopened += 1
    if not unopened and not depth:
        return html
    lead = len(html) - len(html.lstrip())
    return html[:lead] + "«" * unopened + html[lead:].rstrip() + "»" * depth
