"""The words a quote's speaker says: its passage without the transcript label naming him and
without the stage directions between its sentences.

«Токаев К.К.: Дорогие соотечественники! … (Аплодисменты) Каждый гражданин …» is quoted as
«Дорогие соотечественники! … Каждый гражданин …» — К.К. Токаев: the label says who speaks, which
the citation says after the quote, and the applause is the hall's. The document page shows the
text whole; this is for quotes only.
"""
from __future__ import annotations

import re

from index.aliases import fold
from index.interview_labels import ANSWER_WORDS, QUESTION_WORDS
from index.morphology import kazakh_as_russian, parses
from index.tokenize import LETTER_WORD

LABEL_MAX_CHARS = 120  # «Назарбаев Нурсултан Абишевич (Председатель Ассамблеи):» fits; a sentence rarely does
# the chair's label, folded as _names compares words (Төраға, Төрағалық етуші): ingest named him, or
# nobody when the document names no chair
# and an interview's answer label («Ответ:», Kazakh «Жауап:»): the interviewee's, or nobody's when
# the interview does not name him
# and a host's role, as a subtitle's voice names it (<v Модератор>, Kazakh «Жүргізуші»): a label, whoever hosts
_CHAIR_WORDS = frozenset(("председательствующий", "председатель", "торага", "торагалык", "ответ", "жауап",
                          "модератор", "ведущий", "ведущая", "жургизуши"))
# an interview's labels («Вопрос:», «Корр.:», «Тілші:», «Q:», «A:»): cited without them, as «Ответ:» is; before a
# colon only, as «Вопрос. …» or «A. Smith …» opens a sentence
_INTERVIEW_LABELS = frozenset(kazakh_as_russian(fold(w)) for w in QUESTION_WORDS + ANSWER_WORDS)
_CHAIR_ROLE_TAILS = frozenset(("етуши",))  # «Төрағалық етуші»: presiding
_NOBODY = ("", frozenset())  # no speaker's name: a label of the chair's role alone
# where a label may end: «Токаев К.К.: », «К. ТОКАЕВ. », «Председатель. – », «Ли Ю. – »
_LABEL_END = re.compile(r"[:.]+(?:\s*[–—-])?\s+|\s+[–—-]\s+")
_BRACKETS = re.compile(r"\([^()]*\)")
_POST_AFTER_NAME = re.compile(r"\s*,\s+|\s+[–—-]\s+")  # «ИВАНОВА Л.П., председатель …», «КАРИН Е.Т. – заместитель …»
_WORD = re.compile(LETTER_WORD)
_MORE_INITIALS = re.compile(r"(?:[^\W\d_]\.\s*)*")
# «(Аплодисменты)», «(Говорит на казахском языке.)» between sentences, or opening or closing the passage.
# A closing quote mark ends a sentence only after its own full stop («…Казахстан!» (Аплодисменты)): one
# after a name is the name's, and the bracket after it its abbreviation or short name (ОО «Татарский
# центр» (ОО «ТЦ»), ОЮЛ «…» (далее – Ассоциация)), which the quote keeps; after a name closing a remark
# with no full stop («Мы все поддерживаем «Лад» (Аплодисменты)») only the hall's own words are cut out.
# So are they after a word closing the passage or its sentence with no full stop, as a Kazakh remark
# ends with the name's case-bearing noun («Біз «Достық» қоғамдық бірлестігіне алғыс айтамыз (Қол
# шапалақтау)», «Рахмет «Достық» бірлестігіне (Шу)»); a bracket of such words in a sentence that goes
# on in small letters is the sentence's own (загрязнение (шум, пыль) растет)
_SENTENCE_OPENS = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"„“(]"  # a capital or a quote mark: the next sentence
_HALL_WORDS = (r"(?:аплодисмент\w*|бурные|продолжительные|овации|овация|смех|оживление|шум|голоса?\s+из\s+зала|"
               r"все\s+встают|қол\s+шапалақта\w*|ду\s+қол|күлкі|шу|applause|laughter)(?![\w-])")
_STAGE_DIRECTION = re.compile(
    r"(?:^|(?<=[.!?…])|(?<=[.!?…][»”\"]))\s*\((?=[^\W\d_])[^()]{1,100}\)\.?(?=\s|$)"
    r"|(?<=[»”\"])\s*\((?i:" + _HALL_WORDS + r")[^()]{0,100}\)\.?(?=\s|$)"
    r"|(?<=\w)\s*\((?i:" + _HALL_WORDS + r")[^()]{0,100}\)(?=[.!?…]?\s*$|[.!?…]?\s+" + _SENTENCE_OPENS + ")")


def quote_speech(text: str, speakers: list[str]) -> str:
    """`text` as its speakers' words: a label naming one of them (or the chair, whoever he is) taken
    off its start, stage directions taken out; `text` itself when nothing else would be left."""
    speech = text[_label_length(text, speakers):]
    speech = _STAGE_DIRECTION.sub("", speech)
    speech = re.sub(r"[ \t]{2,}", " ", speech).strip()
    return speech if _WORD.search(speech) else text


def _label_length(text: str, speakers: list[str]) -> int:
    """How many characters of `text` its opening label takes (0 without one): the longest start
    ending as a label does whose words name one of `speakers` (surname, initials, the given names
    they stand for) or the chair; the chair's role alone («Председатель:», «Төраға.») ends with a
    colon or a full stop, as transcripts write it, and is his label whoever he is."""
    names = [_name_key(s) for s in speakers]
    length = 0
    for m in _LABEL_END.finditer(text, 0, LABEL_MAX_CHARS + 8):
        who = text[:m.start()]
        if len(who) > LABEL_MAX_CHARS or ":" in who:
            break
        if _name_goes_on(text, m, names):
            continue
        if any(_names(who, *name) for name in names) or (text[m.start()] in ":." and _names(who, *_NOBODY)):
            length = m.end()
        elif ":" in m.group() and kazakh_as_russian(fold(who.strip())) in _INTERVIEW_LABELS:
            length = m.end()
        elif text[m.start()] == ":" and (_names_with_post(who, names) or _post_before_name(who, names)):
            length = m.end()
    return length


def _names_with_post(who: str, names: list[tuple[str, frozenset[str]]]) -> bool:
    """«КАРИН Е.Т. – заместитель Председателя АНК», «САРСЕНБАЕВ А.М., депутат Мажилиса» before a
    colon: the speaker's name, then his post after a dash or a comma; a post has no verb («К.К.
    Токаев, выступая на сессии, отметил:» is the reporter's sentence)."""
    sep = _POST_AFTER_NAME.search(who)
    if sep is None or not any(_names(who[:sep.start()], *name) for name in names):
        return False
    return not any(_verb(w.lower()) for w in _WORD.findall(who[sep.end():]))


# words of a post before a speaker's name in a label, as ingest reads one too: «Заместитель
# председателя», «Спикер Мажилиса»; before initials and a surname a longer one, with «и» or a
# preposition: «Министр информации и общественного развития», «Председатель комитета по делам молодёжи»
POST_WORDS = 4
LONG_POST_WORDS = 10


def _post_before_name(who: str, names: list[tuple[str, frozenset[str]]]) -> bool:
    """«Заместитель председателя М. Азильханов», «Спикер Мажилиса Е. Кошанов» before a colon: a post
    with no verb, then the speaker's initials and surname closing the label."""
    words = _WORD.findall(_BRACKETS.sub(" ", who))
    for surname, initials in names:
        if not words or kazakh_as_russian(fold(words[-1])) != surname:
            continue
        k = len(words) - 1
        while k > 0 and len(words[k - 1]) == 1 and kazakh_as_russian(fold(words[k - 1])) in initials:
            k -= 1
        post = words[:k]
        limit = LONG_POST_WORDS if k < len(words) - 1 else POST_WORDS  # initials before the surname
        if 0 < len(post) <= limit and post[0][:1].isupper() and not any(_verb(w.lower()) for w in post):
            return True
    return False


def _verb(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS in ("VERB", "GRND", "INFN")


def _name_goes_on(text: str, end: re.Match, names: list[tuple[str, frozenset[str]]]) -> bool:
    """Whether the full stop `end` found is an initial's and the speaker's surname follows it: «Председатель
    Н.А. Назарбаев в своем обращении…» is a sentence, no label «Председатель Н.А.» before its words."""
    if end.group().strip(" .") or not text[end.start() - 1:end.start()].isalpha():
        return False  # a colon or a dash ends a label; so does a full stop after a word
    if end.start() > 1 and text[end.start() - 2].isalpha():
        return False
    word = _WORD.match(text, _MORE_INITIALS.match(text, end.end()).end())  # «Н. А. Назарбаев»
    return bool(word) and any(kazakh_as_russian(fold(word.group())) == surname for surname, _ in names)


def _name_key(speaker: str) -> tuple[str, frozenset[str]]:
    """(surname, initials) of a canonical name («К.К. Токаев»), as _names compares them."""
    words = [kazakh_as_russian(fold(w)) for w in _WORD.findall(speaker)]
    return (words[-1] if words else ""), frozenset(w[0] for w in words[:-1])


def _names(who: str, surname: str, initials: frozenset[str]) -> bool:
    """Whether `who` is a label of this person: the surname or the chair's role word, or the role
    word before his name («Председательствующий Е.Қ. Қайратұлы»), with only initials or given names
    starting with them beside it (a role in brackets aside)."""
    words = _joined_patronymics([kazakh_as_russian(fold(w)) for w in _WORD.findall(_BRACKETS.sub(" ", who))])
    named = [w for w in words if w == surname or w in _CHAIR_WORDS]
    role_and_name = len(named) == 2 and named[0] in _CHAIR_WORDS and named[1] == surname
    return (len(named) == 1 or role_and_name) and all(
        w in named or w[0] in initials or w in _CHAIR_ROLE_TAILS for w in words)


# «қызы» (daughter of), «ұлы» (son of) folded: after a father's name, the second word of a surname ingest
# writes joined («ЕСЕНБАЙ ҚЫЗЫ А.:» is А. Есенбайқызы's label)
_PATRONYMIC_WORDS = frozenset(("кызы", "улы"))


def _joined_patronymics(words: list[str]) -> list[str]:
    """`words` with each patronymic word joined to the father's name before it."""
    out: list[str] = []
    for w in words:
        if w in _PATRONYMIC_WORDS and out and len(out[-1]) > 2:
            out[-1] += w
        else:
            out.append(w)
    return out
