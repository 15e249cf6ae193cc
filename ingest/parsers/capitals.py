"""A heading printed in capitals written as running text writes it, each word's case learnt from the
document's own text: «ПОЛИЭТНИЧНОСТЬ КАК РЕСУРС ОБЩЕСТВЕННОГО СОГЛАСИЯ: ОПЫТ АССАМБЛЕИ НАРОДА КАЗАХСТАНА»
-> «Полиэтничность как ресурс общественного согласия: опыт Ассамблеи народа Казахстана». A word the
text writes with a capital inside a sentence is a name and keeps it («Ассамблеи», «Павлодарской»), one
it writes in capitals is an abbreviation and keeps them («АНК»); the rest are written small. No list of
names can know a region's or a journal's: the article's own sentences do."""
from __future__ import annotations

import re
from collections import Counter

from index.morphology import KAZAKH_LETTERS, is_russian_word

from .normalize import leading_document_type

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ROMAN = re.compile(r"[IVXLCDMІХ]+")
# what may stand before a word that opens a sentence, whose capital says nothing of the word
_SENTENCE_MARKS = ".!?…:;«\"“„(—–-"
LEARNT_CHARS = 50_000  # the text's opening teaches enough words; a book's whole text would cost time
# a word the text never writes inside a sentence may differ from one it does by its ending only
# («КАЗАХСТАНА» / «Казахстан»): their first letters agree, all but this many of the shorter word
ENDING_LETTERS = 2
MIN_STEM = 4
# a word this short that the text never writes and the dictionary does not know is an abbreviation
# («СКО», «НКЦ», «ЮКО»): no Russian word is written in capitals in running text
MAX_ABBREVIATION = 4


def is_capitals(line: str) -> bool:
    """The line's letters are capitals, at least two words of them («ЯЗЫКОВАЯ ПОЛИТИКА»)."""
    words = _WORD.findall(line)
    return len([w for w in words if len(w) > 1]) >= 2 and all(w.isupper() for w in words if len(w) > 1)


def _written_forms(text: str) -> dict[str, Counter]:
    """Each word's forms as the text writes them, keyed by the word in small letters: inside a sentence
    (a capital there is a name's), or anywhere in capitals on a line that is not all capitals (an
    abbreviation's). Lines in capitals (headings, a type alone) teach nothing."""
    forms: dict[str, Counter] = {}
    for line in text[:LEARNT_CHARS].split("\n"):
        words = [w for w in _WORD.findall(line) if len(w) > 1]
        if words and all(w.isupper() for w in words):  # «СТЕНОГРАММА» alone on its line too
            continue
        for m in _WORD.finditer(line):
            word = m.group()
            upper = len(word) > 1 and word.isupper()
            if upper or not _opens_sentence(line, m.start()):
                forms.setdefault(word.casefold(), Counter())[word] += 1
    return forms


def _opens_sentence(line: str, at: int) -> bool:
    """The word at ``at`` opens the line or a sentence (or a quote, a bracket, a dash's clause)."""
    j = at - 1
    while j >= 0 and line[j] in " \t\u00a0":
        j -= 1
    return j < 0 or line[j] in _SENTENCE_MARKS


def _stem_forms(key: str, forms: dict[str, Counter]) -> Counter | None:
    """The forms of the words the text writes with another ending only, pooled: a word as long give or
    take ENDING_LETTERS, the same in all but its last ENDING_LETTERS (MIN_STEM at least). Only a word
    of the same length is the same word: «прав» is no form of «Правительства» nor «министерства» of
    «Министр». None when there is none, or when they are written differently (a name and a common
    word sharing a stem), which says nothing of the word."""
    pooled: Counter = Counter()
    for other, counts in forms.items():
        if abs(len(key) - len(other)) > ENDING_LETTERS:
            continue
        needed = max(MIN_STEM, min(len(key), len(other)) - ENDING_LETTERS)
        if min(len(key), len(other)) >= needed and key[:needed] == other[:needed]:
            pooled.update(counts)
    if len({_written_as(form) for form in pooled}) != 1:
        return None
    return pooled


def _written_as(form: str) -> str:
    if len(form) > 1 and form.isupper():
        return "capitals"
    return "small" if form.islower() else "capital"


def _cased(word: str, counts: Counter | None, first: bool) -> str:
    lower = word.lower()
    if counts:
        form = counts.most_common(1)[0][0]
        if form.isupper() and len(form) > 1:
            return word  # an abbreviation: «АНК», «ЕНУ»
        small = sum(n for f, n in counts.items() if f.islower())
        if small < sum(counts.values()) - small:  # a name: each part of «Нур-Султан» with its capital
            return "-".join(p[:1].upper() + p[1:] for p in lower.split("-"))
    return lower[:1].upper() + lower[1:] if first else lower


def running_case(heading: str, text: str) -> str:
    """``heading`` as running text writes it when it is printed in capitals (is_capitals), else as it
    is; ``text`` is the document's text the words' cases are learnt from. Roman numerals stay."""
    if not is_capitals(heading):
        return heading
    forms = _written_forms(text)
    kazakh = any(ch in KAZAKH_LETTERS for ch in heading.lower())  # the Russian dictionary knows no Kazakh word
    out, at = [], 0
    for i, m in enumerate(_WORD.finditer(heading)):
        word = m.group()
        out.append(heading[at:m.start()])
        if _ROMAN.fullmatch(word):
            out.append(word)
        else:
            key = word.casefold()
            counts = forms.get(key) or _stem_forms(key, forms)
            if counts is None and not kazakh and _unknown_abbreviation(key):
                out.append(word)
            else:
                out.append(_cased(word, counts, first=i == 0))
        at = m.end()
    out.append(heading[at:])
    return "".join(out)


def _unknown_abbreviation(key: str) -> bool:
    """A short word (2 to MAX_ABBREVIATION letters) the Russian dictionary does not know: «ско», «нкц»."""
    return 1 < len(key) <= MAX_ABBREVIATION and "-" not in key and not is_russian_word(key)


def type_cased(title: str, text: str) -> str:
    """A title opening with a document type printed in capitals as running text writes it, as an act's
    header is: the type alone when the heading after it is in small letters («СТЕНОГРАММА заседания …»
    -> «Стенограмма заседания …», «ПРОТОКОЛ № 8 заседания …» -> «Протокол № 8 заседания …»), every word
    (running_case, learnt from ``text``) when the whole title is in capitals. A bare type stays as printed."""
    m = leading_document_type(title)
    if m is None:
        return title
    title = m.group() + title[m.end():]  # «CTEHOГPAMMA» in Latin look-alikes written in Cyrillic
    kind, _, number = m.group().partition("№")
    letters = [ch for ch in kind if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return title
    if is_capitals(title):
        return running_case(title, text)
    if not any(ch.islower() for ch in title[m.end():]):
        return title
    kind = kind.lower()
    return kind[:1].upper() + kind[1:] + ("№" + number if number else "") + title[m.end():]
