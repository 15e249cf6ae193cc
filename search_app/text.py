"""Russian wording, dates and the safe handling of highlighted HTML from the index (citations
come from index.citation, shared with the command line)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

from index.arrival import local_datetime
from index.citation import MONTHS_GENITIVE, NBSP, plain, ru_date
from index.lowercase_operators import operator_of
from index.query_years import year_ranges_typed
from index.morphology import KAZAKH_LETTERS
from index.name_folding import NAME_FACETS
from index.query import FIELD_PLURALS, FIELD_WORDS, lowercase_but_abbreviations, without_field_filters
from index.sentences import ABBREVIATIONS, TITLES

from search_app.right_to_left import ARABIC_SCRIPT_LANG, in_arabic_script

FACET_TITLES = {
    "speakers": "Выступающие", "persons": "Упоминаются", "topics": "Темы", "year": "Годы",
    "language": "Язык", "format": "Формат",
}
# the two tabs count a language differently: a document by most of its text, a quote by its own
# (a Kazakh statement in a Russian report is «казахский» on the quotes tab alone): each says which
LANGUAGE_FACET_TITLES = {"documents": "Язык документа", "quotes": "Язык цитаты"}
LANGUAGE_FACET_NOTES = {
    "documents": ("Язык большей части текста. Цитаты и абзацы на другом языке внутри документа",
                  "на вкладке «Цитаты»"),
    "quotes": ("Язык самой цитаты, не всего документа.", ""),
}
# one value's facet, as chips and notes name it: the query's own word for the field (выступающий:)
FACET_SINGULAR = FIELD_WORDS
FACET_PLURAL = FIELD_PLURALS  # ... and several values' (выступающие: A и B)
PATH_SINGULAR = {"folder": "папка", "file": "файл"}  # the filters of paths (index.path_filters)
# what a facet's fold «ещё N» holds, said to a screen reader: the speakers' and the persons' folds
# were both «ещё 2» in a list of the page's controls
FACET_MORE_NOUNS = {
    "speakers": ("выступающий", "выступающих", "выступающих"), "persons": ("упоминаемый", "упоминаемых", "упоминаемых"),
    "topics": ("тема", "темы", "тем"), "language": ("язык", "языка", "языков"), "format": ("формат", "формата", "форматов"),
}
# how to name one value of a long facet in the query, for the values the panel has no room for
FACET_TYPED = {"speakers": "speaker:Фамилия", "persons": "person:Фамилия", "topics": "topic:тема"}
LANGUAGES = {"ru": "русский", "kk": "казахский", "en": "английский",
             # the community papers' (ingest.extract.community_languages)
             "uk": "украинский", "be": "белорусский", "tt": "татарский", "ug": "уйгурский", "de": "немецкий",
             "pl": "польский", "uz": "узбекский", "az": "азербайджанский"}
FORMATS = {"pdf": "PDF", "html": "HTML", "txt": "текст", "subtitles": "субтитры", "docx": "DOCX", "odt": "ODT",
           "telegram": "Telegram", "rtf": "RTF", "xlsx": "XLSX", "ods": "ODS", "eml": "EML",
           "warc": "WARC", "webarchive": "Safari webarchive"}
SORT_TITLES = {"relevance": "по релевантности", "newest": "сначала новые", "oldest": "сначала старые",
               "added": "новые в архиве"}
NO_ARRIVAL = "когда поступил в архив, не записано (проиндексирован до того, как это стали записывать)"


def arrival_note(added: int | None, changed: int | None) -> str:
    """When a document came into the archive (index.arrival), as a result and its page say it:
    «изменён 28 ноября 2026 г., 03:12 (добавлен …)», «добавлен …», or that it is not known."""
    if changed:
        return f"изменён {ru_moment(changed)}" + (f" (добавлен {ru_moment(added)})" if added else "")
    return f"добавлен {ru_moment(added)}" if added else NO_ARRIVAL


def ru_moment(stamp: int) -> str:
    """A stored time in the server's local time: «28 ноября 2026 г., 03:12»."""
    moment = local_datetime(stamp)
    return f"{ru_date(moment.date())}, {moment:%H:%M}"


DATE_SOURCES = {"metadata": "из метаданных файла", "text": "из текста", "filename": "из имени файла",
                "year": "из текста, известен только год"}


def date_source_label(source: str, format: str = "") -> str:
    """Where a document's date comes from, in words; a Telegram export's metadata date is its latest post's
    (ingest.parsers.telegram), which «из метаданных файла» would pass off as the file's own time."""
    if source == "metadata" and format == "telegram":
        return "по последней записи"
    return DATE_SOURCES.get(source, source)
# the words whose full stop ends no sentence, as the index reads them (index.sentences): given to the
# page's script, which reads out the sentence of a match (the rest of the rule it knows by itself)
SENTENCE_GOES_ON = " ".join(sorted(ABBREVIATIONS | TITLES))
MONTHS_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
MONTHS_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                     "октябрь", "ноябрь", "декабрь")

_MARKED_OK = re.compile(r"<(?!/?mark>)")

# Cyrillic letters as Latin (after GOST 7.79-2000 system B, kept readable: х kh, ц ts, й y), Kazakh
# letters too, for a downloaded file's ASCII name (`filename=`), which clients that cannot read
# `filename*` use: dropping the letters left « .txt».
_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
}
_LATIN.update({k.upper(): v.capitalize() for k, v in _LATIN.items()})


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian plural: 1 документ, 2 документа, 5 документов."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def thousands(n: int) -> str:
    """12 345, a no-break space between the thousands, as Russian typography sets a number of five
    digits and more; one of four stays whole (1001), which also fits a histogram's narrow bar."""
    return f"{n:,}".replace(",", NBSP) if abs(n) >= 10_000 else str(n)


# The forms plural() chooses from, for the nouns the pages count
DOCUMENT_NOUNS = ("документ", "документа", "документов")
QUOTE_NOUNS = ("цитата", "цитаты", "цитат")
PAGE_NOUNS = ("страница", "страницы", "страниц")


def count_words(n: int, one: str, few: str, many: str) -> str:
    return thousands(n) + " " + plural(n, one, few, many)


def found_words(n: int, one: str, few: str, many: str, found_one: str) -> str:
    """«Найдено 5 документов», but with a count ending in 1 (not 11) the participle agrees with
    the noun: «Найден 21 документ», «Найдена 1 цитата» (`found_one`: Найден, Найдена)."""
    verb = found_one if n % 10 == 1 and n % 100 != 11 else "Найдено"
    return verb + " " + count_words(n, one, few, many)


# The note under a date filter, per tab: the noun's forms, what the records lack, and the participle
# and pronoun that agree with one of them (документ: показан, его; цитата: показана, её).
UNDATED_WORDS = {
    "documents": (DOCUMENT_NOUNS, "без даты", "показан", "его"),
    "quotes": (QUOTE_NOUNS, "из документов без даты", "показана", "её"),
}


def undated_words(n: int, kind: str) -> str:
    """«Ещё 21 документ без даты не показан: фильтр по дате его не включает.» (`kind`: documents,
    quotes); the verb and the pronoun agree with the count as plural() reads it, not only with 1."""
    nouns, lacking, shown_one, it_one = UNDATED_WORDS[kind]
    one = plural(n, True, False, False)
    return (f"Ещё {count_words(n, *nouns)} {lacking} не {shown_one if one else 'показаны'}: "
            f"фильтр по дате {it_one if one else 'их'} не включает.")


def every_year_label(month: int, day: int | None) -> str:
    """«1 марта каждого года», «март каждого года»."""
    if day is None:
        return f"{MONTHS_NOMINATIVE[month - 1]} каждого года"
    return f"{day}{NBSP}{MONTHS_GENITIVE[month - 1]} каждого года"


def ru_period(start: date, end: date) -> str:
    """A date range as people say it: «2019 г.», «2019–2021 гг.», «март 2019 г.», «март — май
    2019 г.», «5–20 марта 2019 г.», «5 марта — 20 апреля 2019 г.», else both dates."""
    year = f"{NBSP}г."
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year}{year}" if start.year == end.year else f"{start.year}–{end.year}{NBSP}гг."
    if start.day == 1 and (end + timedelta(days=1)).day == 1:  # whole months
        first, last = MONTHS_NOMINATIVE[start.month - 1], MONTHS_NOMINATIVE[end.month - 1]
        if start.year != end.year:
            return f"{first} {start.year}{year} — {last} {end.year}{year}"
        return f"{first} {start.year}{year}" if start.month == end.month else f"{first} — {last} {end.year}{year}"
    if start == end or start.year != end.year:
        return ru_date(start) if start == end else f"{ru_date(start)} — {ru_date(end)}"
    if start.month == end.month:
        return f"{start.day}–{ru_date(end)}"
    return f"{start.day}{NBSP}{MONTHS_GENITIVE[start.month - 1]} — {ru_date(end)}"


# A facet's value asked for, as a note says «Выберите тему»
FACET_ACCUSATIVE = {"speakers": "выступающего", "persons": "имя", "topics": "тему", "year": "год", "language": "язык",
                    "format": "формат"}


def unknown_words(unknown: dict[str, list[str]]) -> str:
    """The note on filter values no facet value of the archive is (SearchResult.unknown): they
    find nothing. «В архиве нет такого значения: тема «космос». Выберите тему в списке фильтров.»;
    part of a name is advice for a name alone."""
    named = [f"{FACET_SINGULAR[name]} «{facet_label(name, value)}»" for name, values in unknown.items()
             for value in values]
    if not named:
        return ""
    one = len(named) == 1
    lead = "В архиве нет такого значения" if one else "В архиве нет таких значений"
    what = FACET_ACCUSATIVE[next(iter(unknown))] if one else "значения"
    # what a name filter takes (index.search._resolve_filter): a surname whole, in any case, or its start with a
    # star, shown on the name typed (`Турсынбеко`: Турс*)
    names = [value.split()[-1].strip("*") for name in NAME_FACETS for value in unknown.get(name, []) if value.split()]
    start = names[0][:4] + "*" if names and len(names[0]) >= 4 else "Назар*"
    part = (f" или наберите фамилию целиком (в любом падеже, можно с инициалами) либо её начало со звёздочкой: {start}"
            if names else "")
    return f"{lead}: {', '.join(named)}. Выберите {what} в списке фильтров{part}."


def lowercase_operators_words(found: list[list[str]]) -> str:
    """The note on operator words typed in lowercase between two words (SearchResult.lowercase_operators):
    searched as words, all of them needed, where the person likely meant the operator. «волонтер не
    грант» found the documents having грант, the opposite of what was asked, and the page said nothing."""
    notes = []
    for before, word, after in found:
        operator = operator_of(word)
        if word.isupper():  # a query typed wholly in capitals: its operators are words (index.lowercase_operators)
            notes.append(_capitals_note(before, word, after, operator))
        elif operator in ("НЕ", "NOT"):
            notes.append(f"«{word}» строчными буквами — обычное слово, а не исключение: нужны все слова запроса. "
                         f"Чтобы исключить «{after}», напишите {operator} заглавными или минус: "
                         f"{_spaced(before, operator, after)} или {_spaced(before, '-' + after)}.")
        else:
            notes.append(f"«{word}» строчными буквами — обычное слово, а не выбор: нужны все слова запроса. "
                         f"Чтобы найти любое из слов, напишите {operator} заглавными: {_spaced(before, operator, after)}.")
    return " ".join(dict.fromkeys(notes))


def year_range_words(query: str) -> str:
    """The note on a range of years the `query` types without `year:` (`2018-2019`): searched as text, the
    page names the filter (views says it unless every word was found together)."""
    ranges = year_ranges_typed(query)
    if not ranges:
        return ""
    typed, first, last = ranges[0]
    return (f"«{typed}» искали как текст. Чтобы отобрать документы {first}–{last} годов, "
            f"напишите year:{first}-{last} (или год:{first}-{last}).")


def _capitals_note(before: str, word: str, after: str, operator: str) -> str:
    """The note on an operator of a query typed wholly in capitals, searched as a word: typing the
    other words in lowercase makes it the operator; an abbreviation keeps its capitals (АНК in lowercase
    is not expanded)."""
    lead = f"Запрос набран заглавными буквами, и «{word}» в нём — обычное слово"
    low_before, low_after = lowercase_but_abbreviations(before), lowercase_but_abbreviations(after)
    if operator in ("НЕ", "NOT"):
        return (f"{lead}, а не исключение: нужны все слова запроса. Чтобы исключить «{low_after}», наберите "
                f"остальные слова строчными: {_spaced(low_before, operator, low_after)} или "
                f"{_spaced(low_before, '-' + low_after)}.")
    return (f"{lead}, а не выбор: нужны все слова запроса. Чтобы найти любое из слов, наберите остальные слова "
            f"строчными: {_spaced(low_before, operator, low_after)}.")


def _spaced(*parts: str) -> str:
    """The parts of a query with a space between, an empty one (nothing before an operator first) left out."""
    return " ".join(part for part in parts if part)


_NAMED_AS = {"speakers": "выступающий", "persons": "упомянутый"}  # «… «Б. Каримов» может быть любым из них»


def widened_words(widened: dict[str, dict[str, list[str]]], excluded: bool = False) -> str:
    """The note on typed names that are a facet value and took in fuller names too
    (SearchResult.widened, widened_excluded): «Учтены также: Б.А. Каримов, Б.С. Каримов —
    выступающий «Б. Каримов» может быть любым из них. Только «Б. Каримов» — в списке фильтров.»"""
    notes = []
    for name, values in widened.items():
        for value, others in values.items():
            lead = "Исключены также" if excluded else "Учтены также"
            alone = "" if excluded else f" Только «{value}» — в списке фильтров."
            notes.append(f"{lead}: {', '.join(others)} — {_NAMED_AS[name]} «{value}» может быть любым из них."
                         + alone)
    return " ".join(notes)


EMPTY_ARCHIVE = ("Архив пока пуст: в нём нет ни одного документа. Администратору: добавьте документы командой "
                 "assembly-search ingest ПАПКА.")


def not_found_note(query: str, finding) -> str:
    """The document page's note that the search its link names leaves the document out (an
    index.results.DocumentFinding), and what does: an excluded word it has, a filter, a word or
    phrase the query requires that it lacks."""
    reasons = []
    if finding.excluded_words:
        listed = ", ".join(f"«{word}»" for word in finding.excluded_words)
        reasons.append(plural(len(finding.excluded_words), "в нём есть исключённое запросом слово ",
                              "в нём есть исключённые запросом слова ", "в нём есть исключённые запросом слова ")
                       + listed)
    if finding.filtered:
        reasons.append("его не пропускает отбор из запроса или ссылки (год, даты, выступающий, тема…)")
    if finding.missing_words:
        reasons.append(_lacking(finding.missing_words))
    if finding.unmatched:  # each word there, not as the query requires them: a phrase's words apart
        reasons.append("слова запроса стоят в нём не так, как требует запрос")
    return f"Поиск по запросу «{query}» этот документ не находит: {', и '.join(reasons)}."


_PHRASE_MARKS = re.compile(r'"(?:~\d+$)?')  # a phrase's straight quotes and its distance


def _lacking(words: list[str]) -> str:
    """«в нём нет слова «парламент»», of what a query with AND, + or a "phrase" requires: words
    as typed, a phrase without its straight quotes."""
    listed = ", ".join("«" + _PHRASE_MARKS.sub("", word) + "»" for word in words)
    if any(word.startswith('"') for word in words):
        return ("в нём нет фразы " if len(words) == 1 else "в нём нет слов и фраз запроса ") + listed
    return plural(len(words), "в нём нет слова ", "в нём нет слов ", "в нём нет слов ") + listed


def text_lang(language: str) -> str:
    """The lang attribute a document's own words (title, text, snippet, quote) take on a page in
    Russian, so a screen reader, translation and hyphenation read them in their language: its
    language when known and not Russian, else none."""
    return language if language in LANGUAGES and language != "ru" else ""


_CYRILLIC = re.compile(r"[а-яё]", re.I)
_LATIN_LETTER = re.compile(r"[a-z]", re.I)


def words_lang(words: str) -> str:
    """The lang attribute of words the index offers without a document (a spelling suggestion):
    kk with a Kazakh letter in them (қазақстан), en in Latin letters alone, else none (Russian).
    The filters typed with them (`Assembly speaker:Токаев`) are not words of that language."""
    words = without_field_filters(words)
    if KAZAKH_LETTERS & set(words.lower()):
        return "kk"
    return "en" if _LATIN_LETTER.search(words) and not _CYRILLIC.search(words) else ""


def facet_label(name: str, value: str) -> str:
    if name == "language":
        return LANGUAGES.get(value, value)
    if name == "format":
        return FORMATS.get(value, value)
    return value


def marked(fragment: str | None) -> Markup:
    """HTML from the index (escaped text with <mark> around matches) as markup, after checking it
    holds no other tag; anything else is escaped whole, so a slip upstream stays inert."""
    fragment = fragment or ""
    if _MARKED_OK.search(fragment):
        return escape(fragment)
    return Markup(fragment)


def number_marks(paragraphs: list["Paragraph"], best: int | None, meetings: Iterable[int] = ()) -> str | None:
    """Give every <mark> of the paragraphs an id, in reading order: `best-match` for the one
    where the query's words meet best (DocumentView.best_match, the snippet's choice), `m-<n>`
    (1-based) for the others, so an address can open at any of them; the first mark of each place
    where all the query's words meet (DocumentView.meetings) is of class `meet`, what the
    match buttons step through. Returns the first one's id."""
    n = 0
    meet = set(meetings)

    def named(_: re.Match) -> str:
        nonlocal n
        n += 1
        kind = ' class="meet"' if n - 1 in meet else ""
        return f'<mark id="{"best-match" if n - 1 == best else f"m-{n}"}"{kind}>'

    first = None
    for para in paragraphs:
        if "<mark>" in para.html:
            para.html = Markup(re.sub("<mark>", named, str(para.html)))
            first = first or ("best-match" if best == 0 else "m-1")
    return first


def query_words(query: str) -> str:
    """The query's words without its typed filters (`speaker:...`, `year:...`) and the OR or AND
    that joined them: what the document page can mark in the text."""
    return without_field_filters(query)


# what makes a query more than words side by side: quotes, a wildcard, a distance or a boost, a group,
# an exclusion, an operator
_QUERY_SYNTAX = re.compile(r'["*?~^()]|(?<!\S)-|(?<![^\s(])(?:AND|ANDNOT|OR|NOT|И|ИЛИ|НЕ)(?![^\s)])')


# a `+` before a word (it must be there): every word of a phrase must
_REQUIRED_MARK = re.compile(r"(?<!\S)\+(?=\S)")


def as_phrase(words: str) -> str | None:
    """`words` quoted as one phrase, for a page to suggest; None where the query holds more than
    words (quoting «Таразский OR медиации» or «Тараз* центр» would search for no such phrase)."""
    words = " ".join(_REQUIRED_MARK.sub("", words).split())  # `+центр` is `центр`: no `+` inside quotes
    return f'"{words}"' if words and not _QUERY_SYNTAX.search(words) else None


@dataclass
class Paragraph:
    html: Markup
    anchor: str | None  # "p-<position>" when matched to a passage
    page_marker: int | None  # a new page starts here
    lang: str = ""  # its passage's language when another than the document's (a quoted Kazakh statement)


def paragraphs(text_html: str, passages, paged: bool, language: str = "") -> list[Paragraph]:
    """The document's marked text cut into paragraphs, each tied to its passage (for anchors,
    the passage's own language when another than the document's `language`, and, in paged
    formats, page markers). Paragraphs are separated by blank lines in the stored text, like the
    passages were cut; a paragraph that matches no passage keeps the current page."""
    chunks = [c for c in re.split(r"\n[ \t]*\n", text_html) if c.strip()]
    norm = [" ".join(p.text.split()) for p in passages]
    out: list[Paragraph] = []
    j = 0
    page = None
    for chunk in chunks:
        flat = " ".join(plain(chunk).split())
        anchor, lang = None, ""
        for k in range(j, min(j + 4, len(passages))):  # look a little ahead for skipped passages
            if norm[k] == flat:
                anchor = f"p-{passages[k].position}"
                lang = passages[k].language if passages[k].language not in ("", language) else ""
                marker = None
                if paged and passages[k].page and passages[k].page != page:
                    marker = passages[k].page
                    page = passages[k].page
                j = k + 1
                break
        else:
            marker = None
        if in_arabic_script(flat):  # read and hyphenated as Kazakh in its Arabic script
            lang = ARABIC_SCRIPT_LANG
        out.append(Paragraph(marked(chunk), anchor, marker, lang))
    if paged and out and page is None and passages and passages[0].page:
        out[0].page_marker = passages[0].page
    return out


def latin_file_name(name: str) -> str:
    """`name` in printable ASCII: Cyrillic transliterated (a word in capitals stays in capitals),
    accents dropped (é -> e), any other letter left out; empty when nothing of the name but its
    extension is left."""
    latin = re.sub(r"[^\W\d_]+", _latin_word, name)
    latin = "".join(ch if ch.isascii() else _ascii_part(ch) for ch in latin if ch.isprintable())
    latin = " ".join(latin.split())
    stem = latin.rsplit(".", 1)[0]
    return latin if any(c.isalnum() for c in stem) else ""


def _latin_word(m: re.Match) -> str:
    word = m.group()
    latin = "".join(_LATIN.get(ch, ch) for ch in word)
    return latin.upper() if len(word) > 1 and word.isupper() else latin


def _ascii_part(ch: str) -> str:
    """A Latin letter with an accent, a ligature, №: its ASCII part (nothing for other scripts)."""
    return unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
