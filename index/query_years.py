"""A year typed as a word of a query (`молодежь 2017`, `Токаев в 2019 году`) also matches the
documents dated that year.

People type the year of what they look for beside its words; the year is then a word of the text
only, so a document dated 2017 that never writes «2017» (most give their date once, in the file
name or the metadata) was left out, or shown as lacking «2017» among partial matches. Here a year
word matches its text as before or the record's date (DatedInYear), and a date match is scored as
the year in the title would be at most: the documents of that year rank first. A year in quotes,
after a minus or NOT, in a range (2017-2018) or a wildcard (201*) is text only, as typed; `year:`
stays a filter. A number before a counted noun (`2000 волонтёров`, `2000 человек`, `2000 тенге`) is a count,
not a year: text only. «год», «году», «г.» (Kazakh «ж.», «жылы», «жылғы») right after a typed year, or glued
to it («2005г.», «2005ж.»), only say it is one, and every dateline has them: they are left out with it, after a
whole date in numbers too («07.09.2016г.»).
"""
from __future__ import annotations

import re

from whoosh import query as wq

from index.morphology import parses
from index.quoted_phrases import parts_outside_quotes, sub_outside_quotes

FIRST_YEAR, LAST_YEAR = 1990, 2100
# the words that only say the number before them is a year: `в 2019 году`, `2019 г.`, `2019 гг.`, and
# Kazakh's `2019 ж.`, `2019 жылы`, `2019 жылғы`, `2019 жылдың` (typed on a Russian keyboard `жылгы`; in
# Latin letters `2019 jylğy`, `jylǵy`, `jylg'y`)
_KAZAKH_YEAR_WORDS = (r"жыл(?:ы|ғы|гы|дың|дын|да|ға|га|дан)?|ж"
                      r"|jyl(?:y|ğy|ǵy|g'y|gy|dyń|dyn|dy'n|da|ğa|ǵa|g'a|ga|dan)?|j")
_YEAR_WORDS = r"(?:год|года|году|годом|годе|г|гг|" + _KAZAKH_YEAR_WORDS + r")\b\.?"
# a year typed as a word of its own: not glued to a sign, a hyphen, a star, a letter or a digit
_YEAR_RE = re.compile(r"(?<![\w\-+*.,/:~])(\d{4})(?![\w\-*?~/:]|[.,]\d)")
# ... glued to its year or not: «2005ж.», «2005жылы», «2005г.» are typed as often as «2005 ж.»
# and after a whole date in numbers, whose year it ends (`от 07.09.2016г.`, `20.10.1995 г.`, as letters cite
# acts): the day is searched in each of its spellings (index.calendar_days), which the word would narrow
_YEAR_AND_WORD_RE = re.compile(r"(?<![\w\-+*.,/:~])((?:\d{1,2}\.\d{1,2}\.)?(\d{4}))\s*" + _YEAR_WORDS + r"(?!\w)",
                               re.IGNORECASE)

# a range of years typed without `year:` (`2018-2019`, `2018–2019`, `2018 - 2019`, `2018/2019`, `2019-2020гг`):
# searched as text, which a document may write («в 2018–2019 годах»), and the years of a partial answer are any;
# the page names the filter (year_ranges_typed). Not after a minus or a field's colon (`year:2018-2019`)
_TYPED_RANGE_RE = re.compile(r"(?<![\w\-+*.,/:~–—])((?:18|19|20)\d\d)\s*[-–—/]\s*((?:18|19|20)\d\d)"
                             r"(?:\s*(?:годы|годах|годов|годам|гг|г)\b\.?)?(?![\w\-–—/*])")
# NOT or НЕ before a range excludes it: nothing to say
_EXCLUDED_BEFORE_RE = re.compile(r"(?:^|\s)(?:NOT|НЕ|ANDNOT)\s+$")


def year_ranges_typed(text: str) -> list[tuple[str, str, str]]:
    """Each range of years `text` types outside quotes and asks for (not excluded), earlier year first,
    as (range as typed, first year, last year)."""
    found = []
    for part in parts_outside_quotes(text):
        for m in _TYPED_RANGE_RE.finditer(part):
            if m.group(1) < m.group(2) and not _EXCLUDED_BEFORE_RE.search(part, 0, m.start()):
                found.append((m.group(0), m.group(1), m.group(2)))
    return found


# the word right after a typed year, for telling a count (`2000 волонтёров`) from a year
_NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]+|%)")
# counted words the dictionary does not read as a plural genitive: currencies and units as written
_COUNTED_WORDS = frozenset(("тенге", "теңге", "тг", "тыс", "млн", "млрд", "трлн", "%", "евро"))


def _counts(word: str) -> bool:
    """Whether `word` after a number says the number counts it: a noun in the plural genitive
    (волонтёров, человек, лет, участников; not an indeclinable one, «2019 интервью»), or a unit."""
    typed, word = word, word.lower().replace("ё", "е")
    if word in _COUNTED_WORDS:
        return True
    if typed[:1].isupper():
        return False  # a name the dictionary guesses as a plural genitive (`2019 Токаев`: of токай)
    return any(p.tag.POS == "NOUN" and "gent" in p.tag and "plur" in p.tag and "Fixd" not in p.tag
               for p in parses(word))


def _is_year(digits: str) -> bool:
    return digits.isascii() and FIRST_YEAR <= int(digits) <= LAST_YEAR


def typed_years(text: str) -> frozenset[str]:
    """The years typed as words of `text` outside quotes, not excluded (`-2017`)."""
    return frozenset(m.group(1) for part in parts_outside_quotes(text) for m in _YEAR_RE.finditer(part)
                     if _is_year(m.group(1)) and not _counting(part, m.end()))


def _counting(part: str, end: int) -> bool:
    """Whether the number ending at `end` of `part` is a count: a counted word follows it."""
    after = _NEXT_WORD_RE.match(part, end)
    return bool(after) and _counts(after.group(1))


def without_year_words(text: str) -> str:
    """`text` without the «году», «г.» after each typed year or date outside quotes (`в 2019 году`: `в 2019`,
    `от 07.09.2016г.`: `от 07.09.2016`)."""
    return sub_outside_quotes(_YEAR_AND_WORD_RE, lambda m: m.group(1) if _is_year(m.group(2)) else m.group(0), text)


def _year_date_range(year: int) -> tuple[int, int]:
    return year * 10000 + 101, year * 10000 + 1231  # dates as the index keeps them: yyyymmdd


class DatedInYear(wq.NumericRange):
    """The records dated `year`, among those holding one of `fields` (the text fields the year
    word is searched in: a document's, or a passage's). A range of the `date` field to Whoosh; the
    executor scores it (index.executor)."""

    def __init__(self, year: int, fields: tuple[str, ...], boost: float = 1.0) -> None:
        super().__init__("date", *_year_date_range(year), boost=boost)
        self.year = year
        self.fields = fields

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and (self.year, self.fields, self.boost) == (other.year, other.fields, other.boost)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.year, self.fields, self.boost))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.year}, {self.fields!r})"

    def __str__(self) -> str:
        return f"dated:{self.year}"


def with_document_years(query, years: frozenset[str]):
    """`query` with each of its typed `years` (typed_years) matching the records dated that year
    too: its word (title:2017 OR content:2017) becomes (title:2017 OR content:2017 OR dated 2017).
    A year in a phrase, a wildcard or an exclusion stays as it was."""
    if not years or query is None:
        return query

    def dated(terms: list) -> list[DatedInYear]:
        """One DatedInYear per typed year among `terms` (a word's Terms, one per field searched)."""
        fields: dict[str, list[str]] = {}
        for t in terms:
            if type(t) is wq.Term and t.text in years:
                fields.setdefault(t.text, []).append(t.fieldname)
        return [DatedInYear(int(year), tuple(dict.fromkeys(names))) for year, names in fields.items()]

    def widen(node):
        if isinstance(node, (wq.Not, wq.Phrase, wq.MultiTerm)):
            return node
        if type(node) is wq.Term:
            extra = dated([node])
            return wq.Or([node, *extra]) if extra else node
        if type(node) is wq.Or:  # a word's forms or alternatives: the Terms side by side
            subs = [s if type(s) is wq.Term else widen(s) for s in node.subqueries]
            return wq.Or(subs + dated(node.subqueries), boost=node.boost)
        if isinstance(node, wq.AndNot):  # what is left out stays text only
            return wq.AndNot(widen(node.a), node.b)
        return node.apply(widen)

    return widen(query)
