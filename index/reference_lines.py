"""A book's reference apparatus: a bibliography's entry, a footnote, a name index's rows.

«5. Ахметова Л.С. Медиация в Казахстане. — Алматы, 2016. — 154 с.», «¹ Назарбаев Н.А. В потоке
истории. — Алматы, 1999. — С. 112.», «Назарбаев Н.А. 44, 100, 120», «ЦГА РК. Ф. 5. Оп. 1. Д. 311. Л. 3.» are no one's words: ingest keeps
them in the document's text (found with it) but makes no quote of them (ingest.build), and a
snippet or the document page's best match prefers the body to them (index.highlight). One rule
for both, on a paragraph's text alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_CAP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_YEAR = r"(?:1[5-9]|20)\d\d"
# what may open an entry: its number in a list («5.», «12)»), a footnote's mark (raised or not, «*»), an
# endnote's «[12]»
_OPENING = r"(?:\d{1,3}[.)]?\s+|\[\d{1,3}\]\s*|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*|\*+\s*)?"
# the imprint: «— Алматы: Атамұра, 1999», «— М.: Наука, 2001», «— Астана, 2006»; or a journal's
# «// Вестник КарГУ. — 2009»
_IMPRINT = (rf"[—–]\s*[{_CAP}][\w.-]*(?:\s+[{_CAP}][\w.-]*){{0,2}}\s*(?::\s*[^,—–\n]{{1,80}})?,\s*{_YEAR}"
            rf"|//[^\n]{{2,200}}?[—–.,]\s*{_YEAR}"
            # with no dashes, then only with its page count: «. Караганда, 2004. 180 с.»
            rf"|\.\s+[{_CAP}][\w.-]*(?:\s+[{_CAP}][\w.-]*){{0,2}}\s*(?::\s*[^,—–\n]{{1,80}})?,\s*{_YEAR}\.\s*"
            rf"(?=\d{{1,4}}\s*(?:с|б|бет|p)\.?\s*$)")
# all an entry has after its imprint: its pages («— 154 с.», «— С. 112», «— № 3. — С. 14–22», «P. 5-7»,
# Kazakh «— 220 б.», «— 45 бет»)
_FIELDS = r"(?:[\s.,;:—–-]|\d|[СсPpТтVvБб]\.|pp\.|бб\.|бет\b|№|Вып\.|Ч\.|Кн\.|Vol\.|No\.)*"
_REFERENCE = re.compile(rf"{_OPENING}[{_CAP}][^\n]*?(?:{_IMPRINT}){_FIELDS}")
# a note naming a source cited above: «² Там же. — С. 45.», «³ Назарбаев Н.А. Указ. соч. — С. 118.», «Сонда. — 45 б.»
_AUTHOR = rf"[{_CAP}][^\W\d_]+(?:-[{_CAP}][^\W\d_]+)?,?\s+[{_CAP}]\.\s?(?:[{_CAP}]\.)?\s+"
_CITED_ABOVE = re.compile(
    rf"{_OPENING}(?:{_AUTHOR})?(?:Там\s+же|Указ\.\s*соч|Цит\.\s*соч|Сонда|Бұл\s+да\s+сонда|Ibid|Op\.\s*cit)\.?{_FIELDS}")
# an electronic resource: «… [Электронный ресурс]. — URL: https://… (дата обращения: 12.03.2020).»
_E_RESOURCE = re.compile(rf"{_OPENING}[{_CAP}][^\n]*?(?:\[Электронный ресурс\]|"
                         rf"URL:\s*\S[^\n]*\((?:дата обращения|accessed|қаралған күні)[^\n]*)[^\n]*")
# an archival reference: fond, inventory, file and sheet, «ЦГА РК. Ф. 5. Оп. 1. Д. 311. Л. 3–4 об.», Kazakh
# «ҚР ОМА. 5-қор, 1-тізбе, 311-іс, 3-парақ»
_SHEETS = r"\d{1,5}(?:\s*об\.?)?(?:\s*[–-]\s*\d{1,5}(?:\s*об\.?)?)?(?:,\s*\d{1,5}(?:\s*об\.?)?)*"
_ARCHIVE = re.compile(
    rf"{_OPENING}[{_CAP}][^\n]*?(?:\bФ\.\s*[РP]?-?\d[\w-]*[.,;]\s*[Оо]п\.\s*\d[\w-]*[.,;]\s*(?:[Дд]|[Ее]д\.\s*хр)\.\s*\d[\w/-]*"
    rf"(?:[.,;]\s*[Лл]л?\.\s*{_SHEETS})?"
    rf"|\b\d{{1,5}}-қор[.,;]\s*\d{{1,3}}-тізбе[.,;]\s*\d{{1,5}}-іс(?:[.,;]\s*\d[\d\s,–-]*-?(?:парақ|п\.))?)[.;\s]*")
# an entry's imprint or pages wrapped alone onto the next line, read as a paragraph of their own: «— 318 с.»,
# «— Астана, 2019. — 318 с.», «2016. — 154 с.»
_TAIL = re.compile(rf"(?:{_IMPRINT}){_FIELDS}|(?:{_YEAR}\.\s*)?[—–]\s*(?:\d{{1,4}}\s*(?:с|б|бет|p|pp)\.?"
                   rf"|(?:[СсPpБб]|pp)\.\s*\d{{1,4}}(?:[–-]\d{{1,4}})?\.?)\s*")
REFERENCE_CHARS = 400  # an entry's length at most: a longer paragraph is prose citing a book inline
APPARATUS_CHARS = 20_000  # a paragraph's at most: a page of an index's rows joined, not a one-line report

# a name index's row: a name (or a place, a subject) and its pages, «Каркаралинск 3, 61», «Абай
# Кунанбаев 14, 88–90», «Назарбаев Н.А. — 12, 45», «Назарбаев Н.А. ........ 12, 45», «Абай 14, 88 и сл.»;
# a row's name is no sentence (no word ends one), its pages parted by «, » and ascending
_PAGES = r"\d{1,4}(?:[–-]\d{1,4})?(?:,\s+\d{1,4}(?:[–-]\d{1,4})?)*"
_NAME = rf"[{_CAP}](?:[^\W\d_]|[-’'])*\.?(?:\s(?:[^\W\d_]|[-’'])+\.?|\s?[{_CAP}]\.){{0,5}}"
_INDEX_ROW = re.compile(rf"(?P<name>{_NAME})(?P<gap>\s*(?:[—–]|[.…]{{2,}})\s*|\s+)(?P<pages>{_PAGES})"
                        rf"(?P<passim>\s+(?:и\s+сл\.|passim))?\s*")
_INITIAL = re.compile(rf"(?:^|\s)[{_CAP}]\.")
_NUMBER = re.compile(r"\d{1,4}")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}\.(?:\s|$)")  # a word, not an initial, before a full stop


def is_reference_apparatus(text: str, neighbours: Iterable[str] = (), table_row: bool = False) -> bool:
    """The paragraph is a bibliography's entry or entries, a footnote citing a source, or a name
    index's rows: no one's words. `neighbours`, the paragraphs just before and after it, tell a name
    index whose rows stand one to a paragraph from a lone row of a report's figures. A data table's
    row (`table_row`: the file's markup says so) is a report's figures however it reads: «Глубокое⇥450»
    is a district and its participants, not a name and its page."""
    text = text.strip()
    if not text or len(text) > APPARATUS_CHARS:
        return False
    rows = [] if table_row else _index_rows(text)
    if rows:
        return _is_index(rows + [row for other in neighbours for row in _index_rows(other.strip())])
    return all(_is_reference(entry) for entry in _entries(text))


def reference_apparatus(paragraphs: list[str], table_rows: Sequence[bool] = ()) -> list[bool]:
    """is_reference_apparatus of each paragraph, read beside the paragraphs around it; `table_rows`
    marks a data table's rows (none when empty), which are no index's rows nor tell one's neighbours."""
    rows = list(table_rows) or [False] * len(paragraphs)
    return [is_reference_apparatus(text, [paragraphs[j] for j in (i - 1, i + 1)
                                          if 0 <= j < len(paragraphs) and not rows[j]], rows[i])
            for i, text in enumerate(paragraphs)]


def _entries(text: str) -> list[str]:
    """A paragraph's entries: its lines, or, where a list's lines were joined into one, the parts
    starting with an entry's number."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and not all(_is_reference(ln) for ln in lines):
        lines = [" ".join(lines)]  # one entry wrapped onto several lines
    # an entry's own «Ф. 5. Оп. 1.» looks like the next entry's number: a line that is an entry is one
    return [part for ln in lines for part in ([ln] if _is_reference(ln) else _NUMBERED.split(ln)) if part.strip()]


_NUMBERED = re.compile(rf"(?<=[.\d])\s+(?=\d{{1,3}}\.\s+[{_CAP}])")


# the forms an entry without a figure may have («Там же.», «… [Электронный ресурс]»): the others
# hold a year, a page or a file's number
_FORMS = (_REFERENCE, _CITED_ABOVE, _E_RESOURCE, _ARCHIVE, _TAIL)
_FORMS_WITHOUT_FIGURES = (_CITED_ABOVE, _E_RESOURCE)


def _is_reference(entry: str) -> bool:
    entry = entry.strip()
    return len(entry) <= REFERENCE_CHARS and any(
        form.fullmatch(entry) is not None for form in (_FORMS if _DIGIT.search(entry) else _FORMS_WITHOUT_FIGURES))


def _index_rows(text: str) -> list[re.Match]:
    """The paragraph's rows when it is all a name index's rows (or a report's figures laid out alike)."""
    if not text or len(text) > APPARATUS_CHARS or not _DIGIT.search(text):
        return []  # a row has its pages: prose without a figure is no row, read no further
    flat = " ".join(text.split())
    rows, pos = [], 0
    while pos < len(flat):
        row = _INDEX_ROW.match(flat, pos)
        if row is None or row.end() == pos or _SENTENCE_END.search(row["name"] + " ") \
                or not _ascending(row["pages"]):
            return []
        rows.append(row)
        pos = row.end()
    return rows


def _is_index(rows: list[re.Match]) -> bool:
    """Rows that are a name index's, not a report's figures: «Алматы 120, 135, 140» alone is a row of
    figures unless something marks it as an index's (initials, a dash or leaders before the pages, a
    page range, «и сл.»), or other rows stand with it."""
    if sum(len(_NUMBER.findall(row["pages"])) for row in rows) < 2:
        return False
    return len(rows) > 1 or any(_index_mark(row) for row in rows)


def _index_mark(row: re.Match) -> bool:
    return bool(_INITIAL.search(row["name"]) or row["gap"].strip() or row["passim"]
                or re.search(r"\d[–-]\d", row["pages"]))


def _ascending(pages: str) -> bool:
    """An index's pages go up: «3, 61», «88–90, 131»; a row of figures need not."""
    numbers = [int(n) for n in _NUMBER.findall(pages)]
    return all(a < b for a, b in zip(numbers, numbers[1:]))
