"""The days a dated title's mention carries itself: «Указом Президента Республики Казахстан от 7
сентября 2016 года № 333», «Қазақстан Республикасы Президентінің 2016 жылғы 7 қыркүйектегі
Жарлығы», «Послание Главы государства народу Казахстана 2014 года». The office holder is the one of
that day (the act's signer), not of the day of the document citing it. So is a speech its sentence dates
before the title («Выступая … 24 марта 1995 года, Глава государства сказал»), unless another event owns
that date («Ассамблеи, созданной 1 марта 1995 года, …») or «сегодня» follows it, and a speech a quote's
attribution dates after it («…», — сказал Глава государства на сессии 24 марта 1995 года.). A mention with no date
of its own is read by the document's date (ingest.extract.aliases.match_aliases).

    carried_days(text, end) -> (first day, last day) | None
    clause_days(text, start, on) -> (first day, last day) | None
    attribution_days(text, start, end, on) -> (first day, last day) | None
"""
from __future__ import annotations

import re
from datetime import date

from ._text import is_dictionary, parses
from .dates import dates_in_text

# what may stand between the title and its act's date: the act's number («Указом Президента РК № 333
# от …»), an address's addressee («Послание … народу Казахстана от …»), the act's name in quotes,
# then «от» (Russian) or nothing (Kazakh writes the date right after the genitive title)
_BEFORE_DATE = re.compile(
    r"[ \t\u00a0]+(?:[№N]\s*\d[\w/-]*[ \t\u00a0]+)?"
    r"(?:(?:народу[ \t\u00a0]+Казахстана|Қазақстан[ \t\u00a0]+халқына)[ \t\u00a0]+)?"
    r"(?:[«\"][^«»\"\n]{1,300}[»\"][ \t\u00a0]+)?"
    r"(?:от[ \t\u00a0]+)?",
    re.IGNORECASE)
# a year alone after it: «Послание Президента 2014 года», «Мемлекет басшысының 2014 жылғы Жолдауы»
_YEAR = re.compile(r"((?:19|20)\d\d)[ \t\u00a0]*(?:года|году|г\.|г\b|жылғы|жылы|ж\.)", re.IGNORECASE)
_DATE_REACH = 60  # characters: the longest written date with its quotes and spaces


def carried_days(text: str, end: int) -> tuple[date, date] | None:
    """The first and last day of the date written right after a title ending at offset `end` (its
    act's date, or the day of the event it opens): one day for a full date, a whole year for a year
    alone; None when the title carries no date."""
    gap = _BEFORE_DATE.match(text, end)
    if gap is None:
        return None
    at = gap.end()
    window = text[at:at + _DATE_REACH]
    found = next((d for offset, d in dates_in_text(window) if offset < 3), None)
    if found is not None:
        return found, found
    year = _YEAR.match(window)
    if year is not None:
        return date(int(year.group(1)), 1, 1), date(int(year.group(1)), 12, 31)
    return None


# where the clause a title stands in begins: a sentence's end, a paragraph's (a single line break may
# be a hard-wrapped line), or the dash that attributes a quote before it («…», — сказал Глава
# государства: the quote's own dates are not the speech's)
_CLAUSE_START = re.compile(r"[.!?…]\s+|\n[ \t\u00a0]*\n|[»\"”]\s*[,.]?\s*[—–-]\s+")
# what a period that ends no sentence follows: a year's «г.» / «гг.» / «ж.», an initial («М.К. Козыбаев»)
_ABBREVIATION = re.compile(r"(?<!\w)(?:гг?|ж|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])$")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")
_CLAUSE_REACH = 400  # characters before a title: a long sentence's opening
# a year alone that dates an event: «В 2015 году», «2015 жылы», «In 2015»; «с 1995 года» and
# «по итогам 2019 года» give a span's edge, not the day it happened, and are not read
_EVENT_YEAR = re.compile(
    r"(?<!\w)(?:(?:в|во)[ \t\u00a0]+((?:19|20)\d\d)[ \t\u00a0]*(?:году|г\.)"
    r"|((?:19|20)\d\d)[ \t\u00a0]*жылы\b|in[ \t\u00a0]+((?:19|20)\d\d)\b(?![ \t\u00a0]*[-–/]))", re.IGNORECASE)
# a full date after these is a span's edge too: since, until, by, after
_EDGE_BEFORE = re.compile(r"(?:(?<!\w)(?:с|со|до|к|ко|после|по|начиная|since|until|by|after|before|from)"
                          r"[ \t\u00a0]+|[-–][ \t\u00a0]*)$", re.IGNORECASE)
_EDGE_AFTER = re.compile(r"^\S*(?:[ \t\u00a0]+\S+)?[ \t\u00a0]+(?:бері|бастап|дейін|кейін)\b", re.IGNORECASE)
# between a date and the title, these say the speech is today's, whatever the date was («Ассамблея
# создана в 1995 году, а сегодня Глава государства отметил»)
_NOW = re.compile(r"(?<!\w)(?:сегодня|сейчас|ныне|теперь|нынче|today|now|бүгін|қазір)(?!\w)", re.IGNORECASE)
_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
_PHRASE_START = re.compile(r"[,;:—–(]")
_FINITE = frozenset(("VERB", "PRTS"))  # «была», «посетил», «создана»: a predicate of its own
_PREDICATES = _FINITE | {"PRTF"}  # «созданной», «построенном»: a participle's phrase is its own event


def _ends_no_sentence(text: str, m: re.Match) -> bool:
    """The period `m` found is an abbreviation's («24 марта 1995 г. на сессии», «академика М.К.
    Козыбаева») or a lower-case word follows it: the sentence goes on."""
    if not m.group().startswith("."):
        return False
    return text[m.end():m.end() + 1].islower() or _ABBREVIATION.search(text, 0, m.start()) is not None


def _has_pos(words: str, pos: frozenset[str]) -> bool:
    """Some Russian word of `words` is, by its likeliest dictionary reading, of a part of speech in `pos`."""
    for w in _WORDS.findall(words):
        read = next((p for p in parses(w) if is_dictionary(p)), None)
        if read is not None and read.tag.POS in pos:
            return True
    return False


def _dates_the_speech(clause: str, offset: int) -> bool:
    """The date at `offset` in the clause before a title is the speech's, as far as can be told: not
    one a participle or another predicate before it in its phrase owns («Ассамблеи, созданной 1 марта
    1995 года», «В построенном в 2015 году Доме дружбы», «Ассамблея была создана … в 1995 году»), and
    no «сегодня» or other predicate stands between it and the title («…, а сегодня Глава государства»,
    «…, построенный в 2015 году, сегодня посетил Глава государства»). When unsure, the document's date
    decides: its holder is the likelier speaker."""
    phrase = clause[:offset]
    opens = [m.end() for m in _PHRASE_START.finditer(phrase)]
    if _has_pos(phrase[opens[-1] if opens else 0:], _PREDICATES):
        return False
    after = clause[offset:]
    return _NOW.search(after) is None and not _has_pos(after, _FINITE)


def _event_dates(clause: str) -> list[tuple[int, date, date]]:
    """(offset, first day, last day) of each date in `clause` that may be an event's day: a full date
    or a year as «в 2015 году», not a span's edge."""
    found: list[tuple[int, date, date]] = []
    for offset, day in dates_in_text(clause):
        if not _EDGE_BEFORE.search(clause[:offset]) and not _EDGE_AFTER.match(clause[offset:offset + 60]):
            found.append((offset, day, day))
    for m in _EVENT_YEAR.finditer(clause):
        if not any(o <= m.start(0) < o + 25 or m.start(0) <= o < m.end(0) for o, _, _ in found):
            year = int(next(g for g in m.groups() if g))
            found.append((m.start(0), date(year, 1, 1), date(year, 12, 31)))
    return found


def _not_ahead(days: tuple[int, date, date] | None, on: date | None) -> tuple[date, date] | None:
    """The days, unless they are after the document's date `on` (a plan, which the holder of the day makes)."""
    if days is None or on is not None and days[1] > on:
        return None
    return days[1], days[2]


def clause_days(text: str, start: int, on: date | None) -> tuple[date, date] | None:
    """The days of the event a title's clause dates before it: «Выступая на первой сессии 24 марта
    1995 года, Глава государства сказал», «В 2015 году … Президент Республики Казахстан заявил». A
    retrospective written in 2021 quotes the holder of 1995. The last such date between the clause's
    start and the title at offset `start` (quotes left out); None when there is none, or when it is
    after the document's date `on` (a plan, which the holder of the day makes)."""
    lo = max(0, start - _CLAUSE_REACH)
    before = text[lo:start]
    cut = 0
    for m in _CLAUSE_START.finditer(before):
        if not _ends_no_sentence(before, m):
            cut = m.end()
    clause = _QUOTED.sub(lambda m: " " * len(m.group()), before[cut:])
    found = [f for f in _event_dates(clause) if _dates_the_speech(clause, f[0])]
    return _not_ahead(max(found, key=lambda f: f[0]) if found else None, on)


# a quote's attribution up to the title: «…», — сказал (тогда) Глава государства
_ATTRIBUTION_BEFORE = re.compile(
    r"[»\"”][ \t\u00a0]*,?[ \t\u00a0]*[—–-][ \t\u00a0]*[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]+$")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


def attribution_days(text: str, start: int, end: int, on: date | None) -> tuple[date, date] | None:
    """The days of the speech a quote's attribution dates after its title, at offsets start..end: «…»,
    — сказал Глава государства на первой сессии Ассамблеи 24 марта 1995 года. The first date in the
    rest of the sentence, when no other predicate, participle or «сегодня» stands before it («…, — сказал
    Глава государства, посетивший в 2015 году …» is not read); None as clause_days."""
    said = _ATTRIBUTION_BEFORE.search(text, max(0, start - 40), start)
    if said is None or _NOW.search(said.group()):
        return None  # «— сказал сегодня Глава государства …»: today's words
    rest = text[end:end + _CLAUSE_REACH]
    stop = next((m.start() for m in _SENTENCE_END.finditer(rest) if not _ends_no_sentence(rest, m)), len(rest))
    rest = _QUOTED.sub(lambda m: " " * len(m.group()), rest[:stop])
    found = min(_event_dates(rest), default=None, key=lambda f: f[0])
    if found is None or _NOW.search(rest, 0, found[0]) or _has_pos(rest[:found[0]], _PREDICATES):
        return None
    return _not_ahead(found, on)
