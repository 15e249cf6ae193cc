"""A book's reference apparatus: a bibliography's entry, a footnote, a name index's rows.

«5. Ахметова Л.С. Медиация в Казахстане. — Алматы, 2016. — 154 с.», «¹ Назарбаев Н.А. В потоке
истории. — Алматы, 1999. — С. 112.», «Назарбаев Н.А. 44, 100, 120» are no one's words: ingest keeps
them in the document's text (found with it) but makes no quote of them (ingest.build), and a
snippet or the document page's best match prefers the body to them (index.highlight). One rule
for both, on a paragraph's text alone.
"""
from __future__ import annotations

import re

_CAP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_YEAR = r"(?:1[5-9]|20)\d\d"
# what may open an entry: its number in a list («5.», «12)»), a footnote's mark (raised or not, «*»)
_OPENING = r"(?:\d{1,3}[.)]?\s+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*|\*+\s*)?"
# the imprint: «— Алматы: Атамұра, 1999», «— М.: Наука, 2001», «— Астана, 2006»; or a journal's
# «// Вестник КарГУ. — 2009»
_IMPRINT = (rf"[—–]\s*[{_CAP}][\w.-]*(?:\s+[{_CAP}][\w.-]*){{0,2}}\s*(?::\s*[^,—–\n]{{1,80}})?,\s*{_YEAR}"
            rf"|//[^\n]{{2,200}}?[—–.,]\s*{_YEAR}")
# all an entry has after its imprint: its pages («— 154 с.», «— С. 112», «— № 3. — С. 14–22», «P. 5-7»)
_FIELDS = r"(?:[\s.,;:—–-]|\d|[СсPpТтVv]\.|pp\.|№|Вып\.|Ч\.|Кн\.|Vol\.|No\.)*"
_REFERENCE = re.compile(rf"{_OPENING}[{_CAP}][^\n]*?(?:{_IMPRINT}){_FIELDS}")
REFERENCE_CHARS = 400  # an entry's length at most: a longer paragraph is prose citing a book inline
APPARATUS_CHARS = 20_000  # a paragraph's at most: a page of an index's rows joined, not a one-line report

# a name index's row: a name (or a place, a subject) and its pages, «Каркаралинск 3, 61», «Абай
# Кунанбаев 14, 88–90»; a row's name is no sentence (no word ends one), its pages parted by «, »
_PAGES = r"\d{1,4}(?:[–-]\d{1,4})?(?:,\s+\d{1,4}(?:[–-]\d{1,4})?)*"
_NAME = rf"[{_CAP}](?:[^\W\d_]|[-’'])*\.?(?:\s(?:[^\W\d_]|[-’'])+\.?|\s?[{_CAP}]\.){{0,5}}"
_INDEX_ROWS = re.compile(rf"(?:{_NAME}\s+{_PAGES}\s*)+")
_PAGE_NUMBER = re.compile(r"\d{1,4}")
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}\.(?:\s|$)")  # a word, not an initial, before a full stop


def is_reference_apparatus(text: str) -> bool:
    """The paragraph is a bibliography's entry or entries, a footnote citing a source, or a name
    index's rows: no one's words."""
    text = text.strip()
    if not text or len(text) > APPARATUS_CHARS:
        return False
    return _index_rows(text) or all(_is_reference(entry) for entry in _entries(text))


def _entries(text: str) -> list[str]:
    """A paragraph's entries: its lines, or, where a list's lines were joined into one, the parts
    starting with an entry's number."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and not all(_is_reference(ln) for ln in lines):
        lines = [" ".join(lines)]  # one entry wrapped onto several lines
    return [part for ln in lines for part in _NUMBERED.split(ln) if part.strip()]


_NUMBERED = re.compile(rf"(?<=[.\d])\s+(?=\d{{1,3}}\.\s+[{_CAP}])")


def _is_reference(entry: str) -> bool:
    entry = entry.strip()
    return len(entry) <= REFERENCE_CHARS and _REFERENCE.fullmatch(entry) is not None


def _index_rows(text: str) -> bool:
    flat = " ".join(text.split())
    if _INDEX_ROWS.fullmatch(flat) is None or _SENTENCE_END.search(flat):
        return False
    return len(_PAGE_NUMBER.findall(flat)) >= 2
