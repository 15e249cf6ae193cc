"""The title of a legal act laid out in its official form: the act's kind and issuer on top
(«УКАЗ / ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН», «ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ / ЖАРЛЫҒЫ»), its name
under it («О Дне благодарности», «... туралы»), often below an approval stamp («Утверждена / Указом
Президента ... / от ... № ...»). Neither the kind nor the stamp tells one act from another in a result
list; the title is the act cited as lawyers cite it: «Указ Президента Республики Казахстан «О Дне
благодарности»», «Қазақстан Республикасы Президентінің «... туралы» Жарлығы»."""
from __future__ import annotations

import re

from .normalize import MAX_HEADING_TITLE, heading_title, is_dateline, looks_like_title, normalize_inline

# The kinds of act whose name stands under them, Russian (first on the header) and Kazakh (last, in
# its possessive form when an issuer precedes it)
_RUSSIAN_ACTS = r"указ|закон|конституционный\s+закон|кодекс|постановление|распоряжение|приказ|решение"
_KAZAKH_ACTS = r"жарлы(?:қ|ғы)|заң(?:ы)?|кодекс(?:і)?|қаулы(?:сы)?|өкім(?:і)?|бұйры(?:қ|ғы)|шешім(?:і)?"
# ... in the Latin alphabets: 2018's acutes (Jarlyǵy, qaýlysy), 2021's letters (Jarlyğy, ökımı), 2017's
# apostrophes (Jarlyg'y, s'es'imi), and as a plain keyboard types them (Jarlygy)
_APOSTROPHE = "['’ʼ]"
_LATIN_ACTS = (rf"jarly(?:q|ǵy|ğy|g{_APOSTROPHE}y|gy)|za(?:ń|ñ|n{_APOSTROPHE}|n)y?|kodeks[iı]?"
               rf"|qa(?:ý|u|y{_APOSTROPHE})ly(?:sy)?|(?:ó|ö|o{_APOSTROPHE}|o)k[iı]m[iı]?"
               rf"|b(?:u|ū)(?:ı|i|i{_APOSTROPHE})ry(?:q|ǵy|ğy|g{_APOSTROPHE}y|gy)"
               rf"|(?:sh|ş|s{_APOSTROPHE})e(?:sh|ş|s{_APOSTROPHE})[iı]m[iı]?")
HEADER_WORDS = 8  # «ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН», «РЕШЕНИЕ XXXII сессии Ассамблеи ...»
_RUSSIAN_HEADER = re.compile(rf"(?i:{_RUSSIAN_ACTS})(?:\s+[^\s\d.,;:!?]+){{0,{HEADER_WORDS}}}")
_KAZAKH_HEADER = re.compile(rf"(?:[^\s\d.,;:!?]+\s+){{0,{HEADER_WORDS}}}(?i:{_KAZAKH_ACTS}|{_LATIN_ACTS})")
# An act's name: Russian opens with «О», «Об», «Обо»; Kazakh closes with «туралы»
_RUSSIAN_NAME = re.compile(r"(?:О|Об|Обо|ОБ|ОБО)\s+\S")
_KAZAKH_NAME = re.compile(rf".*\s(?:туралы|t(?:u|ý|y{_APOSTROPHE})raly)", re.IGNORECASE)
# A stamp above an appended act: «Утверждена / Указом Президента ... / от ... № ...», «Приложение 1 к
# постановлению ...», «Бекітілген», «... Жарлығымен бекітілген», «... № 287 қаулысына 1-қосымша»
_STAMP = re.compile(r"(?:утвержден[аоы]?|приложение(?:\s+№?\s*\d+)?\s+к|бекітілген|қосымша)\b"
                    r"|.*\b(?:бекітілген|қосымша)$",
                    re.IGNORECASE)
STAMP_LINES = 6
# The words of an issuer written with a capital when the header is printed in capitals (Төрағасының,
# Кеңесінің as Председателя, Совета), and the Kazakh kinds official Kazakh writes with one after their
# issuer (Президентінің Жарлығы, Республикасының Заңы); its қаулысы, өкімі, бұйрығы, шешімі stay small
_PROPER_STEMS = ("президент", "правительств", "премьер-министр", "министр", "председател", "республик", "казахстан",
                 "ассамбле", "парламент", "сенат", "мажилис", "совет", "конституционн", "верховн",
                 "қазақстан", "республикасы", "үкімет", "ассамблея", "мәжіліс", "төраға", "кеңес",
                 "жарлы", "заң", "кодекс",
                 # the Latin alphabets' (Respy'blikasy, Respýblikasy, Prezidentınıñ, Jarlyǵy, Zańy), ı as i: a
                 # capital I is either, so a header in capitals is compared with its ı read as i
                 "respublika", "respýblika", "respy'blika", "prezident", "qazaqstan", "assamble", "parlament",
                 "úkimet", "ükimet", "u'kimet", "tóraǵa", "törağa", "to'rag'a", "keńes", "keñes", "ken'es", "jarly",
                 "zań", "zañ", "zan'", "kodeks")
_ROMAN = re.compile(r"[IVXLCDMІХ]+")


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Lines grouped into paragraphs at blank lines."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _is_stamp(paragraph: list[str]) -> bool:
    # «Приложение 1» / «к постановлению …» / «от … № 45»: the stamp's first words on two lines
    return len(paragraph) <= STAMP_LINES and any(_STAMP.match(ln) for ln in paragraph[:1] + paragraph[-1:]
                                                  + [" ".join(paragraph[:2])])


# «Приложение 1» alone, its «к постановлению …» a paragraph under it
_ANNEX_LABEL = re.compile(r"(?:приложение|қосымша)\s*№?\s*\d+\.?", re.IGNORECASE)


def without_approval_stamp(lines: list[str]) -> list[str]:
    """`lines` (normalized, a blank one between paragraphs) from the paragraph under an approval
    stamp, when the text opens with one; otherwise `lines` unchanged."""
    paragraphs = _paragraphs(lines)
    if len(paragraphs) > 2 and len(paragraphs[0]) == 1 and _ANNEX_LABEL.fullmatch(paragraphs[0][0]):
        paragraphs = [paragraphs[0] + paragraphs[1], *paragraphs[2:]]
    if len(paragraphs) < 2 or not _is_stamp(paragraphs[0]):
        return lines
    last_stamp_line = paragraphs[0][-1]
    start = lines.index(last_stamp_line) + 1
    return lines[start:]


def _cased(header: str) -> str:
    """A header printed in capitals as it is written in running text: «УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ
    КАЗАХСТАН» -> «Указ Президента Республики Казахстан»; Roman numerals and abbreviations («РК») kept."""
    words = []
    for i, word in enumerate(header.split()):
        if word.isupper() and len(word) > 3 and not _ROMAN.fullmatch(word):
            lower = word.lower()
            proper = i == 0 or lower.replace("ı", "i").startswith(_PROPER_STEMS)
            word = "-".join(p.capitalize() for p in lower.split("-")) if proper else lower
        words.append(word)
    return " ".join(words)


# typewriter and English or German quotes, as a Word copy or a web page types them: each opens at the
# name's start or after a space, a bracket or another quote, and closes elsewhere
_OTHER_QUOTES = re.compile(r'["\u201c\u201d\u201e]')


def _guillemets(name: str) -> str:
    """`name` with its other quotes as «»: "О Концепции …" -> «О Концепции …», as official text quotes."""
    return _OTHER_QUOTES.sub(lambda m: "«" if m.start() == 0 or name[m.start() - 1] in " («" else "»", name)


# Words of a name in capitals written with a capital in running text: the state, its bodies, and the act or
# document the name is about («ОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ …» -> «Об утверждении Положения …»)
_NAME_PROPER_STEMS = ("казахстан", "республик", "президент", "ассамбле", "парламент", "сенат", "мажилис",
                      "конституц", "указ", "закон", "кодекс", "положени", "концепци", "правил", "регламент",
                      "устав", "қазақстан", "мәжіліс", "үкімет")
# short words of a name that are no abbreviation: prepositions and conjunctions
_SMALL_WORDS = frozenset({"о", "об", "обо", "и", "в", "во", "на", "при", "по", "с", "со", "к", "ко", "за", "от",
                          "для", "из", "до", "у", "не", "мен", "бен", "пен"})


def _name_cased(name: str) -> str:
    """A name printed in capitals as running text writes it: its first word and the words of
    _NAME_PROPER_STEMS with a capital, the rest small; abbreviations («АНК», «РК») kept. A name with
    small letters is left as written."""
    if not name.isupper():
        return name
    words = []
    for i, word in enumerate(name.split()):
        lower = word.lower()
        bare = lower.strip("«»()")
        if i == 0 or bare.startswith(_NAME_PROPER_STEMS):
            at = len(lower) - len(lower.lstrip("«»("))
            word = lower[:at] + lower[at:at + 1].upper() + lower[at + 1:]
        elif len(bare) > 3 or bare in _SMALL_WORDS:
            word = lower
        words.append(word)
    return " ".join(words)



def _unquoted(name: str) -> str:
    """A name wholly in quotes without them: «Об утверждении Положения …» -> Об утверждении Положения …,
    its inner quotes kept (the title puts it in quotes of its own)."""
    if not (name.startswith("«") and name.endswith("»")):
        return name
    depth = 0
    for at, ch in enumerate(name):
        depth += (ch == "«") - (ch == "»")
        if depth == 0 and at < len(name) - 1:
            return name  # «Об Ассамблее» Об Ассамблее: the first quotes close before the end
    return name[1:-1].strip()


def _name_lines(lines: list[str]) -> str:
    """The act's name on `lines`: a line wholly in quotes is the whole name (adilet repeats it unquoted
    under it: «Об Ассамблее народа Казахстана» / Об Ассамблее народа Казахстана), else all of them."""
    lines = [_guillemets(line) for line in lines]
    first = _unquoted(lines[0])
    return _name_cased(first if first != lines[0] else _unquoted(" ".join(lines)))


def _is_name(name: str, russian: bool) -> bool:
    named = _RUSSIAN_NAME.match(name) if russian else _KAZAKH_NAME.fullmatch(name)
    return bool(named) and len(name) <= MAX_HEADING_TITLE and looks_like_title(name)


def _header_over_name(paragraph: list[str]) -> tuple[str, str] | None:
    """(header, name) when the act's name stands right under its kind and issuer in one paragraph, with
    no blank line between («Указ Президента Республики Казахстан» / «Об утверждении Положения …»)."""
    for k in range(1, len(paragraph)):
        header = " ".join(paragraph[:k])
        russian = _RUSSIAN_HEADER.fullmatch(header) is not None
        if russian or _KAZAKH_HEADER.fullmatch(header) is not None:
            name = _name_lines(paragraph[k:])
            if _is_name(name, russian):
                return header, name
    return None


def is_act_header(line: str) -> bool:
    """The line is an act's kind and issuer alone, with no name («Указ Президента Республики Казахстан»,
    «Қазақстан Республикасы Президентінің Жарлығы», «Qazaqstan Respublikasy Prezidentınıñ Jarlyğy»): as a
    file's Title it tells one act from no other, the name under it in the text does."""
    line = normalize_inline(line)
    return (_RUSSIAN_HEADER.fullmatch(line) is not None or _KAZAKH_HEADER.fullmatch(line) is not None) \
        and len(line.split()) > 1


def cites_header(title: str, header: str) -> bool:
    """Whether an act's `title` (_titled) cites the act of `header`: its words outside the name's quotes
    are the header's, case aside (a 2021 capital I is ı or i alike)."""
    def folded(text: str) -> str:
        return " ".join(text.casefold().replace("ı", "i").split())

    return folded(re.sub(r"«.*»", " ", title)) == folded(header)


def as_header_spells(title: str, header: str) -> str:
    """An act's `title` (cites_header) with its header's words as `header` spells them: a file's Title
    «Qazaqstan Respublikasy Prezidentınıñ Jarlyğy» over the text's capitals, whose I is ı or i alike."""
    quoted = re.search(r"«.*»", title)
    if quoted is None:
        return header
    if _RUSSIAN_HEADER.fullmatch(normalize_inline(header)):
        return f"{header} {quoted.group()}"
    issuer, _, kind = header.rpartition(" ")
    return f"{issuer} {quoted.group()} {kind}".lstrip()


def _titled(header: str, name: str, russian: bool) -> str:
    header = _cased(header)
    if russian:
        return f"{header} «{name}»"
    issuer, _, kind = header.rpartition(" ")
    return f"{issuer} «{name}» {kind}".lstrip()


def act_title(lines: list[str]) -> str | None:
    """The title of an act in official form (see the module's doc), or None when the text does not
    open with an act's kind and a name under it. `lines` are normalized, a blank one between paragraphs."""
    paragraphs = _paragraphs(lines)
    if not paragraphs:
        return None
    split = _header_over_name(paragraphs[0])
    if split is not None:
        header, name = split
        return _titled(header, name, _RUSSIAN_HEADER.fullmatch(header) is not None)
    if len(paragraphs) < 2:
        return None
    header = " ".join(paragraphs[0])
    russian = _RUSSIAN_HEADER.fullmatch(header) is not None
    if not russian and _KAZAKH_HEADER.fullmatch(header) is None:
        return None
    rest = [p for p in paragraphs[1:3] if not (len(p) == 1 and is_dateline(p[0]))]  # «г. Астана, 7 сентября 2022 года № 1010»
    name = _name_lines(rest[0]) if rest else ""
    named = _RUSSIAN_NAME.match(name) if russian else _KAZAKH_NAME.fullmatch(name)
    if not named:
        # an order with no name, its text right under the dateline («… Төрағасының өкімі» / «Астана, 2023
        # жылғы 20 сәуір № 7» / «… марапатталсын:»): the act's kind and issuer are its title, not the
        # dateline under it; a bare kind («Решение») says too little, the heading's rules take it
        return _cased(header) if len(header.split()) > 1 else None
    if len(name) > MAX_HEADING_TITLE or not looks_like_title(name):
        return None
    return _titled(header, name, russian)


# A Kazakh annex's name under its stamp: what it is about, then what it is, «Қазақстан халқы Ассамблеясы
# туралы / ЕРЕЖЕ», «Грант беру қағидалары» (Russian puts the type first, «ПОЛОЖЕНИЕ / об Ассамблее»:
# heading_title's)
_KAZAKH_TYPES = r"(?:ереже|қағида|нұсқаулы|тізбе|тізім|жоспар|бағдарлама|тұжырымдама|жарғы|регламент|құрам|тәртіб)\w*"
_KAZAKH_ANNEX_NAME = re.compile(rf".*\s(?:туралы|{_KAZAKH_TYPES})", re.IGNORECASE)


def _kazakh_annex_name(lines: list[str]) -> str | None:
    """The first paragraph of `lines` (what an approval stamp stood over) when it is a Kazakh annex's
    name (_KAZAKH_ANNEX_NAME)."""
    paragraphs = _paragraphs(lines)
    name = " ".join(paragraphs[0]) if paragraphs else ""
    if not _KAZAKH_ANNEX_NAME.fullmatch(name) or len(name) > MAX_HEADING_TITLE or not looks_like_title(name):
        return None
    return name


def is_stamp_title(title: str) -> bool:
    """The title is an approval stamp or an annex's («Приложение 1 к постановлению № 12», a page's
    <title>): it names the act the document belongs to, not the document."""
    return _STAMP.match(normalize_inline(title)) is not None


def title_under_stamp(lines: list[str]) -> str | None:
    """The heading under the approval stamp the document's first `lines` open with (title_from_heading,
    else the heading paragraph itself: «План мероприятий по реализации …»); None when no stamp."""
    lines = [normalize_inline(ln) for ln in lines]
    unstamped = without_approval_stamp(lines)
    if len(unstamped) == len(lines):
        return None
    heading = " ".join((_paragraphs(unstamped) or [[]])[0])
    return title_from_heading(unstamped) or (heading if heading and looks_like_title(heading)
                                             and len(heading) <= MAX_HEADING_TITLE else None)


# an act's number after its kind and issuer: a page's <title> «Постановление Совета … № 12»
_ACT_NUMBER_AT_END = re.compile(r"\s*№\s*[\w./-]+\s*$")


def act_header_of(title: str) -> str | None:
    """The act's kind and issuer `title` is (is_act_header), its number after them dropped (the
    result line shows it); None when it is none."""
    header = _ACT_NUMBER_AT_END.sub("", normalize_inline(title))
    return header if is_act_header(header) else None


def title_from_heading(lines: list[str]) -> str | None:
    """The title a document's opening heading gives: an act's (act_title), a bare document type's
    with the heading under it (heading_title), either under an approval stamp, or a Kazakh annex's
    name under its stamp (_kazakh_annex_name). None when none."""
    lines = [normalize_inline(ln) for ln in lines]
    unstamped = without_approval_stamp(lines)
    title = act_title(unstamped) or heading_title(unstamped)
    if title is None and len(unstamped) < len(lines):
        title = _kazakh_annex_name(unstamped)
    return title
