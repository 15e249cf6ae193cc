"""Forms of address: «Уважаемый Нурсултан Абишевич!», «Глубокоуважаемый …», «Дорогая …»,
«Құрметті Қасым-Жомарт Кемелұлы!», «Қадірменді …», «Мәртебелі Президент!», and the chair's role
«Құрметті Төраға!». One list serves both the person rules (such a word before a name is never its
surname) and the transcript rules (a turn opening with one is speech: «Б.Т. Жумабеков.
Глубокоуважаемый Касым-Жомарт Кемелевич!»)."""
from __future__ import annotations

from ._text import Token, fold, parses
from .kazakh_spelling import cyrillic_spellings

# Kazakh ones the dictionary lacks, so nothing else tells them from a surname; also typed without
# Kazakh letters (Курметти, Мартебели)
KAZAKH_HONORIFICS = frozenset().union(*(cyrillic_spellings(w) for w in (
    "құрметті", "қадірлі", "қадірменді", "ардақты", "қымбатты", "мәртебелі")))
# ... and the chair's role, addressed with no name: «Құрметті Төраға!» (a name's word, no speech sign)
KAZAKH_ADDRESS = KAZAKH_HONORIFICS | cyrillic_spellings("төраға")
# Russian ones, by lemma
_RUSSIAN_ADDRESS = frozenset("""уважаемый глубокоуважаемый многоуважаемый высокоуважаемый высокочтимый
    досточтимый дорогой""".split())


# ... as speech says them to the listener: the nominative, masculine, feminine and plural (not the
# neuter: «дорогое жильё» addresses nobody)
_RUSSIAN_TO_THE_LISTENER = frozenset(
    lemma[:-2] + ending for lemma in _RUSSIAN_ADDRESS
    for ending in (("ой", "ая", "ие") if lemma.endswith("ой") else ("ый", "ая", "ые")))


def is_address(word: str) -> bool:
    """The word is a form of address in any case (Уважаемый, Уважаемому, Дорогая, Құрметті, Төраға);
    an adjective's or a participle's form, not «дороже» or the short «уважаем»."""
    w = fold(word)
    return w in KAZAKH_ADDRESS or any(fold(p.normal_form) in _RUSSIAN_ADDRESS and p.tag.POS in ("ADJF", "PRTF")
                                      for p in parses(w)[:2])


def addresses_someone(word: str) -> bool:
    """The word is a form of address as speech says it, to the listener: a Kazakh one (Құрметті,
    Мәртебелі) or a Russian one in the nominative (Уважаемые, Глубокоуважаемый, Дорогой; not
    «уважаемых», which speaks about people, nor «дорогое»)."""
    w = fold(word)
    return w in KAZAKH_HONORIFICS or w in _RUSSIAN_TO_THE_LISTENER


def address_before(tokens: list[Token], k: int) -> bool:
    """A form of address is the word right before token k."""
    return k > 0 and tokens[k - 1].is_word and is_address(tokens[k - 1].text)


# what may stand before a sentence's first word of speech: a dash, a label's colon, an opening mark
_BEFORE_SPEECH = frozenset(("–", "—", "-", ":", "«", "„", "“", '"', "("))


def opens_question(tokens: list[Token], sids: list[int], k: int) -> bool:
    """The two words from token k open a question, a comma after them: an interviewer's address by
    name and father's name («Корреспондент: Юрий Александрович, как …?», «– Гүлнар Серікқызы, … қашан
    құрылды?»), not an apposition in narration («Бауыржан Момышұлы, легендарный полководец, …»)."""
    if k + 2 >= len(tokens) or tokens[k + 2].text != "," or sids[k + 2] != sids[k]:
        return False
    if k > 0 and sids[k - 1] == sids[k] and tokens[k - 1].text not in _BEFORE_SPEECH:
        return False
    end = k + 2
    while end + 1 < len(tokens) and sids[end + 1] == sids[k]:
        end += 1
    return tokens[end].text == "?"
