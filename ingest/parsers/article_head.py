"""A journal article's head: the apparatus a journal prints around the article's title, none of which
names what the article is about. Its classification codes («УДК 323.15(574)», «МРНТИ 11.25.40», DOI),
its authors («Кадырова Г.Т., Сейткали А.М.», «А.Б. Сарсенова, кандидат исторических наук, …») and their
affiliations on the lines under them, the journal's issue («Вестник КазНУ. Серия историческая. 2020. № 3
(98). С. 45–58.»), and above the abstract («Аннотация», «Ключевые слова»), the title: the one heading
among them. The journal's issue line also dates the article (ingest.extract.imprint)."""
from __future__ import annotations

import re

from .capitals import running_case
from .normalize import MAX_HEADING_TITLE, is_bare_dateline, looks_like_title

_CAP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "a-zа-яёәғқңөұүһі"
_INITIALS = rf"[{_CAP}]\.\s?(?:[{_CAP}]\.)?"
_SURNAME = rf"[{_CAP}](?:[{_LOW}]+|[{_CAP}]+)(?:-[{_CAP}](?:[{_LOW}]+|[{_CAP}]+))?"
_MARK = r"[¹²³⁴⁵⁶⁷⁸⁹*\d]{0,2}"  # the affiliation's mark after a name: «Кадырова Г.Т.¹»
_NAME = rf"(?:{_SURNAME}\s+{_INITIALS}|{_INITIALS}\s?{_SURNAME}){_MARK}"
# the authors: names alone, or a name with its degree and affiliation after a comma or a dash
_NAMES = re.compile(rf"{_NAME}(?:\s*(?:,|;|\s(?:и|and|және))\s*{_NAME})*")
_AFFILIATION = re.compile(
    r"(?i:университет|институт|академи|колледж|кафедр|факультет|лаборатори|научн\w*\s+центр|university|institute"
    r"|academy|college|department|кандидат|доктор|профессор|доцент|магистр|докторант|аспирант|преподавател"
    r"|сотрудник|phd|e-?mail|эл\.\s*почта|orcid)")
# a classification code or identifier opening its line
_CLASSIFICATION = re.compile(r"(?:УДК|ББК|МРНТИ|ГРНТИ|ХҒТАР|IRSTI|UDC|JEL|(?i:doi))\b")
# the journal's issue: the year and its full stop, comma or dash, then the volume, the number or the issue
# («2020. № 3 (98)», «2018. – Т. 5, № 2», «2021, Vol. 12, No. 3»); an act's «от 12.04.2021 № 548» has none
JOURNAL_ISSUE = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?:\s*[.,]\s*(?:[–—-]\s*)?|\s+[–—-]\s+)"
                           r"(?:Т\.|Том|Вып\.|Vol\.|№|No\.?\s*\d|N\s?\d)")
# what opens the abstract or the keywords: the article's text begins, its head ends
_ABSTRACT = re.compile(r"(?i:аннотация|abstract|түйін(?:деме)?|ключевые\s+слова|keywords|түйін\s+сөздер|резюме)\b")
APPARATUS_CHARS = 250  # an issue's or an affiliation's line, not a paragraph of the text
HEAD_PARAGRAPHS = 8  # codes, authors, affiliations, the title, the issue: where a head ends


def is_issue_line(line: str) -> bool:
    """The line is a journal's issue line (JOURNAL_ISSUE on a short line)."""
    return len(line) <= APPARATUS_CHARS and JOURNAL_ISSUE.search(line) is not None


def _is_authors(line: str) -> bool:
    m = _NAMES.match(line)
    if m is None:
        return False
    rest = line[m.end():].strip()
    return not rest or rest[0] in ",—–(" and _AFFILIATION.search(rest) is not None


def _apparatus(lines: list[str], after_authors: bool) -> tuple[bool, bool]:
    """(whether every line of a paragraph is apparatus, whether one names the authors). An affiliation's
    line counts only under the authors' names: in their paragraph, or in a paragraph of its own when
    it also names a place or an address after a comma («…, Астана, Казахстан»), which a title about an
    institute («Институт медиации в деятельности Ассамблеи») does not."""
    authors = False
    for line in lines:
        if len(line) > APPARATUS_CHARS:
            return False, authors
        if _is_authors(line):
            authors = True
        elif not (_CLASSIFICATION.match(line) or is_issue_line(line)
                  or (authors or after_authors and "," in line) and _AFFILIATION.search(line)):
            return False, authors
    return True, authors


def article_title(paragraphs: list[str]) -> str | None:
    """The title of a journal article among its head's apparatus (see the module's doc), written as
    running text when printed in capitals; None when the text does not open with such a head."""
    title, apparatus, after_authors = None, False, False
    for paragraph in paragraphs[:HEAD_PARAGRAPHS]:
        lines = [ln.strip() for ln in paragraph.split("\n") if ln.strip()]
        if not lines or _ABSTRACT.match(lines[0]):
            break
        whole, authors = _apparatus(lines, after_authors)
        if whole:
            apparatus, after_authors = True, after_authors or authors
            continue
        joined = " ".join(lines)
        if title is not None or not looks_like_title(joined) or len(joined) > MAX_HEADING_TITLE:
            break  # the text, or a second heading: the head is over
        if is_bare_dateline(joined):
            continue
        title = joined
    if title is None or not apparatus:
        return None
    return running_case(title, "\n".join(paragraphs))


_MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹*\d]+$")


def article_authors(paragraphs: list[str]) -> list[str]:
    """The names on a journal article's authors line in its head (see the module's doc), as written, their
    affiliation marks off («Кадырова Г.Т.¹» is «Кадырова Г.Т.»); none when the text opens with no article head.
    The head must show it is an article's (a classification code, the journal's issue line, an abstract or key
    words): a letter's addressee in the dative («Абдрахманову Е.Т.») over its subject is no author."""
    lines = [ln.strip() for paragraph in paragraphs[:HEAD_PARAGRAPHS + 1] for ln in paragraph.split("\n") if ln.strip()]
    if article_title(paragraphs) is None or not any(
            _CLASSIFICATION.match(ln) or is_issue_line(ln) or _ABSTRACT.match(ln) for ln in lines):
        return []
    for paragraph in paragraphs[:HEAD_PARAGRAPHS]:
        for line in (ln.strip() for ln in paragraph.split("\n") if ln.strip()):
            if _ABSTRACT.match(line):
                return []
            if _is_authors(line):
                names = _NAMES.match(line).group(0)
                return [_MARKS.sub("", m.group(0)) for m in re.finditer(_NAME, names)]
    return []
