"""The title of a letter or a memo. Its head, the letterhead, the registration lines («Исх. № 01-12/345
от 12.03.2019», «На № 5-6/78 от 01.03.2019», the registry's «Вх. № 1587», «Шығ. № …», «Ref. No. …»),
the addressee («Акиму Карагандинской области / Абдрахманову Е.Т.») and a memo's type («СЛУЖЕБНАЯ
ЗАПИСКА», «Письмо-ответ»), reads the same for every letter of its kind; the subject line under it
(«О проведении …», «… туралы», «Re: …») is what a registry calls the letter. A letter with no subject
line is titled by its body's first sentence."""
from __future__ import annotations

import re
from collections.abc import Iterator

from index.sentences import first_sentence

from .list_lines import CAPITALS as _UPPER
from .normalize import (MAX_HEADING_TITLE, body_over_contacts, cut_at_word, is_bare_dateline, is_contact_line,
                        is_document_type, looks_like_title, names_a_body, opens_body_below)

# a registration number: «01-12/345», «ЖТ-2020-00123456», «2016-11/0345-И», «EUR/33», «1587»
_NUMBER = r"[^\s,;]*\d[^\s,;]*"
_SIGN = r"(?:№|(?<!\w)(?i:no)\.?(?=\s*:?\s*\S*\d))\s*:?"  # «No.: 01-19/2048» too
_PREFIX = (r"(?<!\w)(?:(?i:исх|вх|вых|шығ|кір|рег)[\w]*\.?"  # Исх., Вх., Исходящий, Шығ., Кіріс
           r"|На(?:\s+(?i:ваш[\w]*)\s+[\w]+)?"  # На №, На Ваше обращение №
           r"|(?i:(?:our|your)\s+)?(?i:ref)\.?)")  # Ref. No., Your Ref. No.
# ... or a label that stands for the sign, closed by its period or colon, before an index's number:
# «Исх. 01-12/446», «Вх.: 1587-К», «Our Ref.: 01-19/2048», «Your Ref.: UNDP/KAZ/45»
_LABEL = (r"(?<!\w)(?:(?i:исх|вх|вых|шығ|кір|рег)\.\s*:?|(?i:исходящий|входящий|шығыс|кіріс)\s*:?"
          r"|(?i:(?:our|your)\s+)?(?i:ref)(?:\.\s*:?|\s*:))")
_INDEX_NUMBER = r"(?=[^\s,;]*[-/])" + _NUMBER
# ... a Russian or Kazakh label's period says what it is before any number: a registry stamp's «Вх. 1234 от …»
_SHORT_LABEL = r"(?<!\w)(?i:исх|вх|вых|шығ|кір|рег)\.\s*:?(?=\s*\d)"
_REGISTRATION = re.compile(rf"(?:(?P<prefix>{_PREFIX}\s*:?\s*)?{_SIGN}|(?P<label>{_LABEL})(?=\s*{_INDEX_NUMBER})"
                           rf"|(?P<short>{_SHORT_LABEL}))\s*(?P<number>{_NUMBER})")
# the Kazakh reply's reference: «Сіздің 2022 жылғы 1 наурыздағы № 3-4/55 хатыңызға»
_KAZAKH_REPLY = re.compile(rf"Сіздің\s.{{0,60}}?№\s*{_NUMBER}\s+хат\w*(?:\s+жауап)?")
_DATE_WORD = re.compile(r"^(?:от|dated|of|from)(?:\s+|(?=\d))", re.IGNORECASE)  # «от15.04.2019» typed glued too
REGISTRATION_CHARS = 160

# «Акиму …», «Акимам областей …», «Председателю …», «Гражданке …», «To: …»: the addressee's post in the dative
_ADDRESSEE = re.compile(
    r"(?:Аким(?:у|ам)|Министр(?:у|ам)|Вице-министру|Председател(?:ю|ям)|Заместител(?:ю|ям)|Руководител(?:ю|ям)"
    r"|Директор(?:у|ам)|Заведующ(?:ему|им)|Начальник(?:у|ам)|Президенту|Премьер-Министру|Депутат(?:у|ам)"
    r"|Секретар(?:ю|ям)|Гражданину|Гражданке|Господину|Госпоже|Ректор(?:у|ам)|Глав(?:е|ам)|Посл(?:у|ам)"
    r"|Уполномоченному|Генеральному|Первому|Ответственному|Член(?:у|ам)|Исполняющему|Управляющему|Командующему)\b"
    r"|(?i:to|кому|кімге)\s*:")
# a Kazakh addressee puts the post last, in the dative: «Облыстар әкімдеріне», «Кеңес төрағасына», «… хатшысына»
_KAZAKH_ADDRESSEE = re.compile(
    r"(?:.*\s)?(?i:(?:әкім|төраға|басшы|министр|директор|бастығ|меңгеруші|депутат|ректор|хатшы|орынбасар"
    r"|президент|жетекші|мүше)\w*(?:ға|ге|қа|ке|на|не))")
ADDRESSEE_WORDS = 12  # «Облыстардың, Астана, Алматы және Шымкент қалаларының әкімдеріне»
# the body's kind alone, a letterhead's second line under its name: «ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ» / «ХАТШЫЛЫҒЫ»
_BODY_KIND = re.compile(r"(?i:хатшылы[ғқ]ы?|аппараты|басқармасы|әкімдігі|министрлігі|департаменті|комитеті"
                        r"|әкімшілігі|мекемесі|кеңсесі|секретариат|аппарат)\.?")
# a name with initials on its own line, closing the addressee: «Абдрахманову Е.Т.», «Е.Маржықпаевқа»
_NAME_LINE = re.compile(rf"(?:(?!Mrs?\.|Ms\.|Dr\.)[{_UPPER}][a-zа-яё]?\.\s*){{1,2}}[{_UPPER}][\w-]+"
                        rf"|[{_UPPER}][\w-]+\s+(?:[{_UPPER}]\.\s*){{1,2}}")
_NAME_END = re.compile(rf"(?<!\w)(?:{_NAME_LINE.pattern})$")  # «Гражданке Сергеевой О.П.»
# a memo's sender: «от главного эксперта Бекова Т.А.», «From: …»
_SENDER = re.compile(r"(?:от|От:|(?i:from):|Кімнен:)\s+\S")
# what a letter or memo calls itself: it names no subject
_LETTER_TYPE = re.compile(
    rf"(?i:(?:служебная|докладная|объяснительная|пояснительная)\s+записка"
    rf"|(?:(?:сопроводительное|информационное|гарантийное|благодарственное|ответное)\s+)?письмо(?:-ответ)?"
    rf"|ответ\s+на\s+(?:обращение|письмо|запрос)|(?:қызметтік\s+)?хат|memo|letter)"
    rf"(?:\s*№\s*{_NUMBER})?")
_SALUTATION = re.compile(r"(?:Уважаем|Глубокоуважаем|Дорог|Құрметті|Қадірлі|Dear)\w*\b")
SALUTATION_WORDS = 8
# a subject line: Russian opens with «О», «Об», «Обо»; Kazakh closes with «туралы»; a label before it
_SUBJECT = re.compile(r"(?:О|Об|Обо|ОБ|ОБО)\s+\S|.*\s(?i:туралы)")
_SUBJECT_LABEL = re.compile(r"(?:Re|RE|Subject|SUBJECT|Тема|Тақырыбы|Тақырып)\s*:\s*(?=\S)")

# a Kazakh act's kind, which stands last in a title and so is no document type (normalize.is_document_type)
_KAZAKH_ACT_KIND = re.compile(r"(?i:өкім|бұйрық|жарлық|заң)")
_CELLS = re.compile(r"\t|\s{3,}")  # a two-column row: the letterhead in two languages, the date and the number
OPENING_PARAGRAPHS = 16  # a letter's head: letterhead, stamp, registration, addressee, type, subject
OPENING_LINES = 24


def is_registration_line(line: str) -> bool:
    """The line registers a letter: «Исх. № 01-12/345 от 12.03.2019», «На № 5-6/78 от 01.03.2019»,
    «Вх. № 1587», «№ 02-08/567», «26.03.2019 № 01-12/416», «Шығ. № 02-05/612 2022 жылғы 14 наурыз»,
    «Ref. No. 01-19/2047 dated 15.10.2019», two of them on one line; a label may stand for the sign:
    «Исх. 01-12/446 от 15.04.2019», «Our Ref.: 01-19/2048», a Russian or Kazakh label before any number:
    «Вх. 1234 от 16.04.2019»; «от» may be glued to its date. A number with no prefix is an
    index's «01-12/345»: a protocol's or an act's «№ 7 от …», a paper's «№ 15», is none."""
    line = line.strip()
    if len(line) > REGISTRATION_CHARS:
        return False
    if _KAZAKH_REPLY.fullmatch(line):
        return True
    found = list(_REGISTRATION.finditer(line))
    if not found:
        return False
    pieces = [line[a:b] for a, b in zip([0] + [m.end() for m in found], [m.start() for m in found] + [len(line)])]
    for piece in pieces:
        piece = _DATE_WORD.sub("", piece.strip(" ,;"))
        if piece and not is_bare_dateline(piece):
            return False
    return any(m.group("prefix") or m.group("label") or m.group("short") or re.search(r"[-/]", m.group("number"))
               for m in found)


def is_letter_type(line: str) -> bool:
    """The line only says the document is a letter or a memo: «СЛУЖЕБНАЯ ЗАПИСКА», «Письмо-ответ»."""
    return _LETTER_TYPE.fullmatch(line.strip()) is not None


# what a line of a letter's head is
REGISTRATION, ADDRESSEE, NAME, HEAD, SALUTATION, SUBJECT = "registration", "addressee", "name", "head", "salutation", "subject"


def _is_addressee(cell: str) -> bool:
    """The line names whom the letter is to: a post in the dative, no sentence («Акимам областей
    поручено …» opens a news item), closed by a name with its initials or not."""
    if not (looks_like_title(cell) or _NAME_END.search(cell)):
        return False
    return bool(_ADDRESSEE.match(cell) or len(cell.split()) <= ADDRESSEE_WORDS and _KAZAKH_ADDRESSEE.fullmatch(cell))


def _cell_kind(cell: str) -> str | None:
    if is_registration_line(cell):
        return REGISTRATION
    if _is_addressee(cell):
        return ADDRESSEE
    if _NAME_LINE.fullmatch(cell):
        return NAME
    if (is_letter_type(cell) or _SENDER.match(cell) or is_bare_dateline(cell) or is_contact_line(cell)
            or names_a_body(cell) or body_over_contacts(cell) or _BODY_KIND.fullmatch(cell)):
        return HEAD  # the letterhead (its body's kind on a line of its own too), a date, the memo's type and sender
    return None


def _line_kind(line: str) -> str | None:
    """REGISTRATION, ADDRESSEE, NAME or HEAD for a line of a letter's head (every cell of a two-column
    row one of them), SALUTATION or SUBJECT; None for any other line."""
    cells = [c.strip() for c in _CELLS.split(line) if c.strip()]
    kinds = [_cell_kind(c) for c in cells]
    if len(cells) > 1 and all(kinds):
        return next((k for k in (REGISTRATION, ADDRESSEE, NAME) if k in kinds), HEAD)
    if kinds[0]:
        return kinds[0]
    if _SALUTATION.match(line) and len(line.split()) <= SALUTATION_WORDS:
        return SALUTATION
    if subject(line):
        return SUBJECT
    return None


def is_letter_head_row(row: str) -> bool:
    """A table's row (its cells parted by a tab) is a letter's head: each cell a line of it, one a
    registration line or the addressee, as Word's letter template sets «Исх. № … от …» left of
    «Акиму …»."""
    return len([c for c in _CELLS.split(row) if c.strip()]) > 1 and _line_kind(row) in (REGISTRATION, ADDRESSEE)


def subject(line: str) -> str | None:
    """The subject a line states: «О проведении …», «… туралы», «Re: Roundtable …» (without its label)."""
    line = _SUBJECT_LABEL.sub("", line.strip(), count=1)
    if looks_like_title(line) and not line.endswith(("!", "?")) and _SUBJECT.match(line):
        return line
    return None


def _opening_lines(paragraphs: list[str]) -> list[tuple[str, int]]:
    """The lines of a letter's head may be among: (line, its paragraph's index)."""
    return [(ln.strip(), i) for i, p in enumerate(paragraphs[:OPENING_PARAGRAPHS])
            for ln in str(p).split("\n") if ln.strip()][:OPENING_LINES]


def _kinds(lines: list[tuple[str, int]]) -> Iterator[tuple[str, str | None]]:
    """Each opening line with its kind (_line_kind); a letterhead's name wrapped onto lines of its own
    («СЕКРЕТАРИАТ» / «АССАМБЛЕИ НАРОДА КАЗАХСТАНА» / «ПРИ ПРЕЗИДЕНТЕ …») is the head on each of them, as
    it is when a hard-wrapped file joins them into one. So is a line naming the place a regional body
    serves, in the genitive, over its name («АҚМОЛА ОБЛЫСЫНЫҢ» / «ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ»). One at a time:
    most documents' first lines tell they are no letter, and a long paragraph's kind costs a scan for dates."""
    body = ""  # the body's name so far, while its lines name a body
    for at, (line, _) in enumerate(lines):
        kind = _line_kind(line)
        if kind is None and body and names_a_body(body + " " + line):
            kind = HEAD
        if kind is None and not body and at + 1 < len(lines) and opens_body_below(line, lines[at + 1][0]):
            kind = HEAD
        body = (body + " " + line).strip() if kind == HEAD and names_a_body((body + " " + line).strip()) else ""
        yield line, kind


def opens_as_letter(paragraphs: list[str]) -> bool:
    """The document opens as a letter or a memo: a registration line or an addressee in its head (as
    letter_title reads it). An act's own date and number over its kind («19.01.2024 № 5-р» /
    «РАСПОРЯЖЕНИЕ») open none."""
    letter = False
    for line, kind in _kinds(_opening_lines(paragraphs)):
        if kind in (REGISTRATION, ADDRESSEE):
            letter = True
        elif kind not in (NAME, HEAD):
            return letter and not (is_document_type(line) or _KAZAKH_ACT_KIND.fullmatch(line))  # the head ends here
    return letter


def letter_title(paragraphs: list[str]) -> str | None:
    """The title of a document opening as a letter (a registration line or an addressee in its head):
    the subject line under the head (wrapped onto a second line too), else a heading right under the
    addressee's name, else the first sentence of the body (under the salutation). None for a document
    that does not open as a letter: the letterhead and datelines alone do not make one."""
    lines = _opening_lines(paragraphs)
    letter = after_name = False
    for at, ((line, paragraph), (_, kind)) in enumerate(zip(lines, _kinds(lines))):
        if kind == SUBJECT or (after_name and kind is None and looks_like_title(line) and len(line.split()) > 1):
            return _wrapped(subject(line) or line, lines[at + 1:]) if letter else None
        if kind in (REGISTRATION, ADDRESSEE):
            letter = True
        # a name closes the addressee (a name alone opens no letter: a byline)
        after_name = letter and (kind == NAME or kind == ADDRESSEE and _NAME_END.search(line) is not None)
        if kind in (REGISTRATION, ADDRESSEE, NAME, HEAD):
            continue
        if not letter:
            return None  # a heading, a protocol's or an act's type, a speech's «Уважаемые коллеги!»
        if kind is None and looks_like_title(line):
            continue  # the addressee's post and body over lines of their own
        if kind is None:
            return _sentence_title(str(paragraphs[paragraph]))  # the body: the letter states no subject
    return None


def _wrapped(title: str, rest: list[tuple[str, int]]) -> str:
    """A subject wrapped onto the next line, which goes on in lowercase: «О проведении
    республиканского» / «фестиваля «Шанырак»»."""
    for line, _ in rest:
        if not line[:1].islower() or not looks_like_title(line) or len(title) + 1 + len(line) > MAX_HEADING_TITLE:
            break
        title += " " + line
    return title


def _sentence_title(paragraph: str) -> str:
    return cut_at_word(first_sentence(" ".join(paragraph.split())), MAX_HEADING_TITLE)


def letter_title_for(title: str | None, paragraphs: list[str]) -> str | None:
    """The letter's title (letter_title) of a document whose file's own ``title`` names no letter: none,
    a bare type («Письмо-ответ», a page's <title> «Письмо»), a line of the letter's head (the body's
    name and address, a registration line). None when the file's title stands, or the document is no
    letter."""
    if title and not (is_document_type(title) or _line_kind(title) in (REGISTRATION, ADDRESSEE, NAME, HEAD)):
        return None
    return letter_title(paragraphs)
