"""Document language: ru, kk or en, or a community paper's (community_languages); which sentences
of a text are Kazakh; a passage's own language.

A document is Kazakh when Kazakh letters and words are frequent in its narration (the text outside
«…» quotes) and its Kazakh sentences outweigh its Russian ones: a Russian report quoting a Kazakh
sentence stays Russian, Kazakh news quoting the President in Russian stays Kazakh. Speaker cues are
read per sentence (`kazakh_sentences`), so both halves of a bilingual text find their speakers. A
passage (a paragraph) clearly written in another language than its document's has that one
(`passage_language`): the Kazakh statement a Russian report quotes is a Kazakh quote.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter

from index.sentences import sentences

from ._text import Token, is_dictionary, parses, text_sentence_ids, tokenize
from .community_languages import (CYRILLIC_COMMUNITY_LANGUAGES, ENGLISH_WORDS, LATIN_COMMUNITY_LANGUAGES, LATIN_WORD,
                                  community_words,
                                  cyrillic_community_language, declared_language, latin_community_language,
                                  own_letter_words, reading_language, turkish_words, unmarked_turkic_language,
                                  uzbek_words)
from ..parsers.lost_letters import LOST_LETTER
from .kazakh_only_latin import STRAIGHT_APOSTROPHES, kazakh_only_words
from .kazakh_spelling import cyrillic_spellings, latin_spellings
from .speech_words import EN_OWN_SPEECH

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KK_LOWER = "әғқңөұүһі"
KAZAKH_WORDS = {"және", "мен", "бұл", "үшін", "деп", "бар", "жоқ", "болып", "туралы", "бойынша", "қазақстан", "халқы", "жылы", "жылғы"}
_WORD = re.compile(r"[^\W\d_]+")
_KK_SHARE = 0.15  # Kazakh-letter words (stop words count twice) per Cyrillic word that make text Kazakh
_KK_SENTENCE_SHARE = 0.3  # Kazakh words per lowercase word that make a sentence Kazakh
_SENTENCE_WORDS = KAZAKH_WORDS | {"деді", "айтты"}  # «…», – деді Қ.Тоқаев: its only lowercase word
_QUOTED = re.compile(r"«[^«»]*»")
_QUOTE_MARK = re.compile(r"[«»]")
_PARAGRAPH = re.compile(r"\n\s*\n")
_LATIN_I = re.compile(r"(?<=[а-яёА-ЯЁ])i|i(?=[а-яё])")
# Kazakh in Latin letters: the 2021 alphabet (ä ğ ñ ö ü ū ı ş), the 2018 one (á ǵ ń ó ú ý ı) and the
# 2017 one (apostrophes: a' g' n'); see kazakh_spelling
_KK_LATIN_LETTERS = set("äğñöüūışáǵńóúý")
# its common words in each alphabet; no names (Qazaqstan Halqy Assambleiasy is English text's name
# for the Assembly too)
_KK_LATIN_WORDS = {v for w in ("және", "үшін", "деді", "деп", "туралы", "бойынша", "жылы", "жылғы", "халқы", "бұл",
                               "осы", "арқылы", "арасындағы") for v in latin_spellings(w)} | {"u'shin", "boi'ynsha"}
# Kazakh's common words typed on a Russian keyboard (жане, ушин, деди: a cp1251 file, a regional
# report typed without a Kazakh layout), none of them a Russian word (бар, осы are)
_KK_TYPED_WORDS = frozenset(v for w in ("және", "үшін", "деп", "деді", "айтты", "туралы", "бойынша", "жылы", "жылғы",
                                        "халқы", "бұл", "арқылы", "арасындағы", "болып", "жоқ", "бірақ", "немесе",
                                        "мен") for v in cyrillic_spellings(w))
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_KK_ONLY_MIN = 2  # words only Kazakh writes (kazakh_only_latin) that tell a text with none of its common words
_KK_LATIN_MARKS = re.compile(r"[äñıáǵńóúý]|q(?!u)|[acginosuy]'[a-z]")
# Latin tokens that are no words of any language: a link, an e-mail address, a domain or file name
# (assembly.kz, Doklad_2024.pdf), an identifier joined by underscores. Their letters would outvote
# the Cyrillic words of a short Russian news item that gives a contact address.
_NOT_WORDS = re.compile(r"(?:https?|ftp)://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                        r"|\b[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+(?:/\S*)?|\b\w*_\w*")
# A name's initial («Б.С. Сәрсенбайұлы», «– деді В. Ахметов»): no word, least of all the Russian
# «с», «к», «и», «в» that would keep a Kazakh statement in a Russian stenogram Russian.
# (the capital first, then the check that no letter stands before it: the regex engine starts only at
# capitals, where a lookbehind first was tried at every character)
_INITIAL = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ](?<![^\W\d_][А-ЯЁӘҒҚҢӨҰҮҺІ])\.")


def _latin_kazakh(sample: str) -> bool:
    """Latin-letter Kazakh: among its lowercase words, Kazakh's own letters (ä ñ ı, á ǵ ń ó ú ý, a q
    with no u after it, the 2017 apostrophes) frequent, and its common words, more than English ones.
    Capitalised words are left out: English writes Kazakh names the official Latin way
    (Qasym-Jomart Toqaev, Aqmola); Turkish lacks the letters or the words. Uzbek has the q and the
    2017 apostrophes (qoʻshiq, oʻqidi) and shares «dedi»: its own words (va, bilan) outvote Kazakh's."""
    # a 2017 word typed with ’ is one word (to’rag’alarynyn’), not English's «to» and two more
    words = [w for w in _LATIN_WORD.findall(sample.translate(STRAIGHT_APOSTROPHES)) if not w[:1].isupper()]
    stop = sum(1 for w in words if w in _KK_LATIN_WORDS)
    english, uzbek, turkish = sum(1 for w in words if w in ENGLISH_WORDS), uzbek_words(words), turkish_words(words)
    if not stop and not english and not uzbek and not turkish and _kazakh_only(sample, words):
        # a short text with none of the common words (an announcement of two sentences): words only
        # Kazakh writes tell it, where one ü, ń or o' made it German, Polish or Uzbek
        return True
    if not stop or stop <= english or stop <= uzbek or stop <= turkish:
        return False
    marked = sum(1 for w in words if _KK_LATIN_MARKS.search(w))
    return (marked + 2 * stop) / len(words) > _KK_SHARE


_KK_ONLY_SHARE = 5  # ... or one among this many lowercase words or fewer (a note of one sentence and a title)


def _kazakh_only(sample: str, words: list[str]) -> bool:
    """Whether words only Kazakh writes tell a text with no common word of any language (`words`, its
    lowercase ones): two of them, or one in a text so short that one is a fair share of it («Erteń jastar
    keńesi bolady.»)."""
    only = kazakh_only_words(sample)
    return only >= _KK_ONLY_MIN or (only > 0 and only * _KK_ONLY_SHARE >= len(words)
                                    and not latin_community_language(words))


# Russian's function words as Russian typed in Latin letters spells them (an old telex or e-mail:
# «provela v Kokshetau kruglyi stol po voprosam»); none an English word. English prose has its own
# (the, of, and) in every sentence, so the two never come close: more of these and at least three.
_RU_LATIN_WORDS = frozenset("""v vo na po i s k ko iz za ot pri dlya dlja chto kak eto takzhe kotoryi kotoraya
    kotorye kotoryh bylo byla byli budet ego ikh ih ili goda godu""".split())
_RU_LATIN_MIN = 3


def _latin_russian(sample: str) -> bool:
    """Russian in Latin letters: its function words, in their usual transliterations, among the
    lowercase words more often than English ones, and at least _RU_LATIN_MIN of them."""
    words = [w for w in _LATIN_WORD.findall(sample) if not w[:1].isupper()]
    russian = sum(1 for w in words if w in _RU_LATIN_WORDS)
    return russian >= _RU_LATIN_MIN and russian > sum(1 for w in words if w in ENGLISH_WORDS)


def names_language(text: str, language: str) -> str:
    """The language whose rules read a document's names and speech cues: English's for Russian
    typed in Latin letters (its names are spelled so: Viktor Shmidt), Russian's or English's for a
    community language (reading_language), else the document's own."""
    language = reading_language(language)
    if language != "ru":
        return language
    words = _WORD.findall(text[:2000].lower())
    if not words:
        return language
    cyr, latin = _scripts(words)
    return "en" if latin > cyr else language


# Russian words no community language writes (Ukrainian and Belarusian say і, що/што, як, яка): a text
# with fewer of them than of a community language's own words is in that language, not in Russian
_RUSSIAN_ONLY_WORDS = frozenset("и что это как также который которая которые которых его она они был была были".split())
# letters a Russian text does not have and a Cyrillic community language's does: only then is it looked at
_COMMUNITY_CYRILLIC_LETTERS = re.compile("[іїєґўҗІЇЄҐЎҖ]")  # either case: no lowercased copy of the text
# ... or a lowercase word with the Turkic letters Tatar and Uyghur share with Kazakh: Uyghur writes no і
# or ұ, so its text («мәдәнийәт мәркизидә … вә уссул») may fall short of Kazakh and be read as Russian
_TURKIC_WORD = re.compile("(?<![^\\W\\d_])[а-яё]*[әөүңһ][а-яёәөүңһғқ]*")
# looked for first: _TURKIC_WORD tries every letter of every Russian word as a start
_TURKIC_LETTER = re.compile("[әөүңһ]")


def detect_language(text: str, declared: str | None = None) -> str:
    """The document's language: Russian, Kazakh or English (analysed_language), or a community
    paper's (community_languages) where its letters and words tell it, or where a page declares one
    (`declared`, html lang) and the text is no Russian."""
    language = analysed_language(text)
    head = text[:20000]
    if language == "ru" and not _COMMUNITY_CYRILLIC_LETTERS.search(head) \
            and not (_TURKIC_LETTER.search(head) and _TURKIC_WORD.search(head)):
        return language  # most texts: nothing more to look at
    hint = declared_language(declared)
    if language == "en":
        own = latin_community_language([w.lower() for w in LATIN_WORD.findall(head) if not w[:1].isupper()])
        return own or (hint if hint in LATIN_COMMUNITY_LANGUAGES else language)
    words = _WORD.findall(head)  # once: the capitalised ones below are a Kazakh text's only
    lower = [w.lower() for w in words if not w[:1].isupper()]
    # a note of two sentences («Кожна сім'я отримала подарунок від громади») has one such word: enough
    # when no Kazakh word stands beside it (Kazakh typed on a Russian keyboard has і and no other letter)
    kazakh = any(w in KAZAKH_WORDS or w in _KK_TYPED_WORDS for w in lower)
    if language == "kk":
        # Kazakh has no ї є ґ ў җ, not even in a name: a short Ukrainian note whose ї stands in
        # capitalised words only («День Незалежності України») was read as Kazakh by its і
        lower += own_letter_words([w.lower() for w in words if w[:1].isupper()])
    own = cyrillic_community_language(lower, 2 if kazakh else 1)
    if language == "ru":
        # a Russian report quoting a Ukrainian line stays Russian: the community's words must outnumber
        # Russian's; a Ukrainian і-word (пісня) is weaker evidence, which counts only where no Russian word stands
        russian = sum(1 for w in lower if w in _RUSSIAN_ONLY_WORDS)
        if own and community_words(own, lower, i_words=not russian) > russian:
            return own
        # «Мәркәздә байрам өтти. Балилар нахша ейтти.»: Uyghur with none of its own words, too short to be Kazakh
        return (not russian and unmarked_turkic_language(lower, [w.lower() for w in words], head)) or language
    return own or (hint if hint in CYRILLIC_COMMUNITY_LANGUAGES else language)


def analysed_language(text: str) -> str:
    """'kk' when Kazakh letters and words are frequent (in Cyrillic or Latin letters), 'ru' for
    Russian typed in Latin letters, 'en' for other mostly Latin text, else 'ru'."""
    # a cp1251 file may type the Kazakh і as a Latin i inside Cyrillic words (бiрлiгi); the pattern's
    # lookbehind is tried at every character, so only a text with an i at all is searched
    cased = text[:20000]
    if "i" in cased:
        cased = _LATIN_I.sub("і", cased)
    if "?" in cased:
        # a letter a conversion to windows-1251 lost as «?» inside a word («?аза?стан хал?ы») is one the code
        # page lacks: Kazakh's (see parsers.lost_letters); read as one, the words are whole again
        cased = LOST_LETTER.sub(lambda m: "ә" * len(m.group()), cased)
    sample = cased.lower()
    words = _WORD.findall(sample)
    if not words:
        return "ru"
    cyr, latin = _scripts(words)
    if latin > cyr:
        # only now are links and addresses left out: looking for them in every text costs as much again
        cased = _NOT_WORDS.sub(" ", cased)
        sample = cased.lower()
        words = _WORD.findall(sample)
        cyr, latin = _scripts(words)
        if latin > cyr:
            return "kk" if _latin_kazakh(cased) else "ru" if _latin_russian(cased) else "en"
    # most texts have no Kazakh letter at all: then no word needs looking at
    if not has_kazakh_letters(sample):
        return "kk" if _kazakh_without_kazakh_letters(words) else "ru"
    # what is quoted is someone else's language: the narration's decides (all of it when all is quoted)
    narration = _narration(cased)
    if _WORD.search(narration):
        cased, words = narration, _WORD.findall(narration.lower())
        cyr = _cyrillic(words)
    if _kazakh_score(words) / max(cyr, 1) <= _KK_SHARE:
        return "ru"
    # by majority: the words of Kazakh sentences against those of the others; sentences as the
    # index cuts them (index.sentences), which needs the capitals
    kk = other = 0
    for sentence in sentences(cased):
        # in their capitals, as _kazakh_sentence leaves the capitalised words out: a Russian
        # sentence naming «Айгүл Серікқызы Нұрланова» is no Kazakh one
        ws, outside = _WORD.findall(sentence), _WORD.findall(_QUOTED.sub(" ", sentence))
        if not any(w.islower() for w in ws):
            # no lowercase word: names and «Құрметпен,» tell no language (a Kazakh letter's addressee,
            # salutation and signature outvoted its body), words in capitals do as written small
            # («ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ», «СТЕНОГРАММА»)
            ws = outside = [w.lower() for w in ws if len(w) > 1 and w.isupper()]
            if not ws:
                continue
        if _latin_sentence(ws):
            continue  # an English summary closing a Kazakh text is no Russian half (and no Kazakh one)
        if _kazakh_sentence(outside, ws):
            kk += len(ws)
        else:
            other += len(ws)
    return "kk" if kk and kk >= other else "ru"  # names alone, a list of them, tell nothing: ru as before


def _latin_sentence(words: list[str]) -> bool:
    """More of the sentence's words in Latin letters than in Cyrillic ones."""
    cyr, latin = _scripts([w.lower() for w in words])
    return latin > cyr


# A passage clearly in another language than its document's: enough words, nearly all in one script,
# and for Cyrillic, Kazakh words frequent and no Russian function word (kk), or Russian function
# words frequent and Kazakh words rare (ru). Over the samples' paragraphs: Kazakh ones have 0.33-0.8
# Kazakh words per lowercase Cyrillic word and no Russian function word; Russian ones with a Kazakh
# name or title («Отбасы – ұлт тірегі») have 0.3 at most, and 0.07-0.2 function words per word.
_PASSAGE_MIN_WORDS = 5
_PASSAGE_SCRIPT_RATIO = 3  # words of its script per word of the other
_PASSAGE_KK_SHARE = 0.5
_PASSAGE_RU_SHARE = 0.08
_PASSAGE_RU_KK_SHARE = 0.1  # Kazakh words at most in a Russian passage of a Kazakh document
# Russian function words no Kazakh text uses (not «он», ten; «от», fire; «не», what; «же», eat)
_RUSSIAN_WORDS = frozenset("""и в во на что с со по для к из за это как но до при также который которая
    которые которых был была были было будет его их этого этом она они мы вы я""".split())
_LATIN_LETTER = re.compile(r"[^\W\d_а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")


# A title is short: three lowercase words of one language tell it («Наурыз – бірлік пен жаңару
# мерекесі»); a Russian title naming a Kazakh event («Форум «Отбасы – ұлт тірегі» прошел») has a
# Russian function word, and one with a Kazakh name alone («Фестиваль «Алтын күз»») too few words.
_TITLE_MIN_WORDS = 3


def title_language(title: str, document_language: str) -> str | None:
    """The title's own language when it is clearly another than its document's (a Russian report
    under a Kazakh heading), else None: passage_language's rule, with fewer words needed."""
    return passage_language(title, document_language, _TITLE_MIN_WORDS)


def passage_language(text: str, document_language: str, min_words: int = _PASSAGE_MIN_WORDS) -> str | None:
    """The passage's own language when it is clearly another than its document's (a Kazakh
    statement quoted whole in a Russian report, a Russian paragraph of Kazakh news, an English one
    of a Russian release), else None. Unlike a document's, a passage's quoted words count: they are
    what a quote shows. A Russian paragraph holding a few Kazakh or English words stays Russian.
    `min_words`: the fewest words of its own script (lowercase Cyrillic ones) that tell."""
    if document_language == "ru" and not has_kazakh_letters(text.lower()) and not _LATIN_LETTER.search(text) \
            and not _COMMUNITY_CYRILLIC_LETTERS.search(text) and not _KK_DATELINE_WORD.search(text):
        return None  # most paragraphs of a Russian document: nothing to look at
    words = _WORD.findall(_INITIAL.sub(" ", _NOT_WORDS.sub(" ", text)))
    lower = [w.lower() for w in words]
    if _in_capitals(words):
        # a heading in capitals («ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ ХАТШЫЛЫҒЫНЫҢ КОММЮНИКЕСІ») has no names
        # told apart by their capital: its words are read as lowercase ones
        words = lower
    cyr, latin = _scripts(lower)
    if latin >= min_words and latin > _PASSAGE_SCRIPT_RATIO * cyr:
        own = "kk" if _latin_kazakh(text) else latin_community_language(
            [w.lower() for w in LATIN_WORD.findall(text) if not w[:1].isupper()]) or (
            "en" if any(w in ENGLISH_WORDS or w in EN_OWN_SPEECH for w in lower) else None)
    elif cyr > _PASSAGE_SCRIPT_RATIO * latin:
        common = [w for w, w_cased in zip(lower, words) if not w_cased[:1].isupper()]
        community = cyrillic_community_language(common)
        russian = sum(1 for w in common if w in _RUSSIAN_ONLY_WORDS)
        own = community if community and community_words(community, common) > russian else \
            _cyrillic_language(words, lower, min_words)
    else:
        own = None
    return own if own != document_language else None


def _cyrillic_language(words: list[str], lower: list[str], min_words: int) -> str | None:
    """'kk' or 'ru' for a Cyrillic passage clearly in one of them, else None (mixed, or too short)."""
    common = [w for w, low in zip(words, lower) if not w[:1].isupper() and _is_cyrillic(low)]
    if len(common) < min_words:
        return "kk" if _short_kazakh(words, common) else "ru" if _plain_russian(words, common, 1) else None
    kazakh = sum(1 for w in common if w.lower() in _SENTENCE_WORDS or not KAZAKH_LETTERS.isdisjoint(w)) / len(common)
    russian = sum(1 for w in lower if w in _RUSSIAN_WORDS) / len(lower)
    if kazakh >= _PASSAGE_KK_SHARE and not russian:
        return "kk"
    if russian >= _PASSAGE_RU_SHARE and kazakh <= _PASSAGE_RU_KK_SHARE:
        return "ru"
    return "ru" if _plain_russian(words, common, _RU_DICTIONARY_SHARE) else None


_RU_DICTIONARY_SHARE = 0.8  # of a passage's lowercase words, when it has no Russian function word


def _plain_russian(words: list[str], common: list[str], share: float) -> bool:
    """A Russian passage with no function word to tell it, as a short quote or a dateline is
    («Благодарность – самое высокое человеческое качество», – сказал …; «Астана, 1 марта 2020 года»),
    beside its Kazakh twin in a parallel text: two lowercase words or more, no word with a Kazakh
    letter, no Kazakh word (typed on a Russian keyboard too), and `share` of its lowercase words the
    Russian dictionary knows."""
    if len(common) < _SHORT_KK_MIN_WORDS or any(not KAZAKH_LETTERS.isdisjoint(w) for w in words):
        return False
    low = [w.lower() for w in common]
    if any(w in _SENTENCE_WORDS or w in _KK_TYPED_WORDS for w in low):
        return False
    return sum(1 for w in low if any(is_dictionary(p) for p in parses(w))) >= share * len(low)


_SHORT_KK_MIN_WORDS = 2
# a Kazakh dateline's words with no Kazakh letter («15 наурыз 2019 ж.», «Маңғыстау облысы, 12.07.2019 ж.»):
# the Kazakh months spelled without a Kazakh letter, which Russian does not write small, and «ж.» (жыл,
# year); a short passage holds nothing else (dates.KK_MONTHS has them all; dates imports this module)
_KK_DATELINE_WORDS = frozenset({"наурыз", "мамыр", "маусым", "тамыз", "ж", "жыл"})
_KK_DATELINE_WORD = re.compile(r"\b(?:наурыз|мамыр|маусым|тамыз|ж)\b")


def _in_capitals(words: list[str]) -> bool:
    """Two words or more, every one of two letters or more written in capitals."""
    long = [w for w in words if len(w) > 1]
    return len(long) >= 2 and all(w.isupper() for w in long)


def _short_kazakh(words: list[str], common: list[str]) -> bool:
    """A passage too short for the shares to tell, as a chair's turn is («Құрметті әріптестер,
    отырысты бастаймыз.», «Сөз кезегі Айгүл Сейітқалиға беріледі.»), is Kazakh when it has two
    lowercase words or more, one with a Kazakh letter, and no word of it, capitalised or not, is
    Russian: each has a Kazakh letter, is a Kazakh word or is one the Russian dictionary lacks
    («Спасибо, құрметті әріптестер.» stays as its document is)."""
    if len(common) < _SHORT_KK_MIN_WORDS or all(KAZAKH_LETTERS.isdisjoint(w) and w not in _KK_DATELINE_WORDS
                                                 for w in common):
        return False
    return all(not KAZAKH_LETTERS.isdisjoint(w) or w.lower() in _SENTENCE_WORDS or w in _KK_DATELINE_WORDS
               or _place_name(w)
               or not any(is_dictionary(p) for p in parses(w.lower())) for w in words)


def _place_name(word: str) -> bool:
    """A capitalised word the dictionary reads as a place: a dateline's city (Астана, Алматы) is
    written alike in Kazakh and in Russian, so it tells neither («Астана, 2019 жылғы 15 наурыз»)."""
    return word[:1].isupper() and any("Geox" in p.tag for p in parses(word.lower()) if is_dictionary(p))


def _cyrillic(lower_words: list[str]) -> int:
    return _scripts(lower_words)[0]


def _is_cyrillic(lower_word: str) -> bool:
    return "а" <= lower_word[0] <= "я" or lower_word[0] in "ёәғқңөұүһі"


def _scripts(lower_words: list[str]) -> tuple[int, int]:
    """How many of the words are Cyrillic and how many Latin, by their first letters: counted per
    distinct letter (a few dozen) rather than per word (thousands in a long text)."""
    cyrillic = latin = 0
    for first, n in Counter(map(itemgetter(0), lower_words)).items():
        if _is_cyrillic(first):
            cyrillic += n
        if first.isascii() or first in _KK_LATIN_LETTERS:
            latin += n
    return cyrillic, latin


def _narration(text: str) -> str:
    """The text outside «…» quotes (nested ones too), paragraph by paragraph; a paragraph whose
    quotation marks do not pair up (a quote running on into the next paragraph) is kept whole."""
    kept = []
    for paragraph in _PARAGRAPH.split(text):
        parts, depth, start = [], 0, 0
        for mark in _QUOTE_MARK.finditer(paragraph):
            if mark.group() == "«":
                if not depth:
                    parts.append(paragraph[start:mark.start()])
                depth += 1
            elif not depth:
                break
            else:
                depth -= 1
                start = mark.end()
        else:
            if not depth:
                parts.append(paragraph[start:])
                kept.append(" ".join(parts))
                continue
        kept.append(paragraph)
    return "\n\n".join(kept)


def has_kazakh_letters(text: str) -> bool:
    """Whether `text` has a lowercase Kazakh letter: most texts have none, and need no sentence looked at."""
    return any(letter in text for letter in _KK_LOWER)


@lru_cache(maxsize=4)
def text_kazakh_sentences(text: str) -> frozenset[int]:
    """kazakh_sentences of `text`'s own tokens and sentences, worked out once for the person and the
    speech-cue rules, which both ask."""
    return frozenset(kazakh_sentences(tokenize(text), text_sentence_ids(text)))


def cyrillic_sentences(tokens: list[Token], sids: list[int]) -> frozenset[int]:
    """The ids of the sentences written mostly in Cyrillic letters (sids: each token's sentence id):
    the Russian or Kazakh paragraphs of a document classified English, which their own language's
    rules read."""
    return _sentences_in_script(tokens, sids, cyrillic=True)


def in_cyrillic(t: Token) -> bool:
    """Token `t` is a word in Cyrillic letters (the block holds Russian and Kazakh ones)."""
    return t.is_word and "\u0400" <= t.text[0] <= "\u04ff"


def sentences_with_cyrillic(tokens: list[Token], sids: list[int]) -> frozenset[int]:
    """The ids of the sentences with a Cyrillic word: one written mostly in Latin letters may still be
    Russian narration around an English quote («Кайрат Абдрахманов отметил: “Kazakhstan’s experience
    …”»), whose Cyrillic names and speech verbs the Russian rules read."""
    return frozenset(sid for t, sid in zip(tokens, sids) if in_cyrillic(t))


def english_sentences(tokens: list[Token], sids: list[int]) -> frozenset[int]:
    """The ids of the sentences written mostly in Latin letters with an English word among them (the,
    of, said): the English summary closing a Russian report, which the English rules read (its
    “…,” Y. Koshanov said.); not Kazakh or Russian typed in Latin letters."""
    latin = _sentences_in_script(tokens, sids, cyrillic=False)
    if not latin:
        return latin
    return frozenset(sid for t, sid in zip(tokens, sids)
                     if sid in latin and t.is_word and (t.text.lower() in ENGLISH_WORDS or t.text.lower() in EN_OWN_SPEECH))


def _sentences_in_script(tokens: list[Token], sids: list[int], cyrillic: bool) -> frozenset[int]:
    words: dict[int, int] = {}
    own: dict[int, int] = {}
    for t, sid in zip(tokens, sids):
        first = t.text[0]
        if t.is_word and first.isalpha():
            words[sid] = words.get(sid, 0) + 1
            # the Cyrillic block holds Russian and Kazakh letters
            if ("\u0400" <= first <= "\u04ff") == cyrillic:
                own[sid] = own.get(sid, 0) + 1
    return frozenset(sid for sid, n in own.items() if 2 * n > words[sid])


def kazakh_sentences(tokens: list[Token], sids: list[int]) -> set[int]:
    """The ids of the sentences written in Kazakh (sids: each token's sentence id)."""
    words: dict[int, list[str]] = {}
    outside: dict[int, list[str]] = {}  # the words outside «…»
    depth = 0
    for t, sid in zip(tokens, sids):
        if t.text == "«":
            depth += 1
        elif t.text == "»":
            depth = max(0, depth - 1)
        elif t.is_word:
            words.setdefault(sid, []).append(t.text)
            if not depth:
                outside.setdefault(sid, []).append(t.text)
    return {sid for sid, ws in words.items() if _kazakh_sentence(outside.get(sid, []), ws)}


def _kazakh_without_kazakh_letters(lower_words: list[str]) -> bool:
    """Kazakh typed with Russian letters only («Казакстан халкы … – деди»): its common words
    frequent, Russian function words fewer."""
    typed = sum(1 for w in lower_words if w in _KK_TYPED_WORDS)
    if not typed:
        return False
    return 2 * typed / max(_cyrillic(lower_words), 1) > _KK_SHARE and typed > sum(
        1 for w in lower_words if w in _RUSSIAN_WORDS)


def _kazakh_score(lower_words: list[str]) -> int:
    return sum(1 for w in lower_words if not KAZAKH_LETTERS.isdisjoint(w)) + \
        2 * sum(1 for w in lower_words if w in KAZAKH_WORDS)


def _kazakh_sentence(outside: list[str], words: list[str]) -> bool:
    """Kazakh words are frequent among the sentence's lowercase words outside quotation marks (all
    of them when it is one quote): a Kazakh name or an event's Kazakh title in a Russian sentence
    («– подчеркнула Г.Сәрсенова», «на форуме «Отбасы – ұлт тірегі»») do not make it Kazakh."""
    common = [w.lower() for w in outside if not w[:1].isupper()] or [w.lower() for w in words if not w[:1].isupper()]
    if not common:
        return False
    kazakh = sum(1 for w in common if w in _SENTENCE_WORDS or not KAZAKH_LETTERS.isdisjoint(w))
    return kazakh / len(common) >= _KK_SENTENCE_SHARE
