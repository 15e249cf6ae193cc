"""Speaker labels of session transcripts (стенограммы): who speaks from a line on.

    transcript_labels(text, tokens, mentions) -> list[Label]

A label opens a line: «Абдрахманов С.: Уважаемые коллеги…», «ТОКАЕВ К.К.: …», «С. Абдрахманов: …»,
«Назарбаев Нурсултан Абишевич: …», «Н.А. Назарбаев (Председатель Ассамблеи): …»,
«Председательствующий (Н.А. Назарбаев): …», «Председательствующий: …», «Председатель. – …», in Kazakh
«Төраға: …», «Төрағалық етуші: …» (the chairperson the document names: «под председательством
Н.А. Назарбаева», «Председательствующий – … Н.А. Назарбаев», «Е.Л. Қариннің төрағалығымен»; nobody
when it names none), and, when what follows is clearly speech (first person, an address),
«Н.А. Назарбаев. Уважаемые участники сессии!»; once one such label has its
name in capitals («К. ТОКАЕВ. Уважаемые…»), every «Ю. ЛИ. …» line is a label too. The document's
first line (its title) is never a label, and a document is a transcript only with at least two
labels. A label line holding nothing but a name after its colon («Председатель: Ли Ю.А.») is a
list of members, and a given name and surname going on with no sentence end, in lowercase or as a
short phrase above narration («Абай Кунанбаев: Наследие и современность»), is a heading. A label whose line is a quotation (an epigraph «Н.А. Назарбаев: «…»»)
or a name and a full stop in plain letters is brief: its turn goes on past its paragraph only in
the speaker's own voice, though a quotation opening a turn in a document where someone else has
turns of his own runs to the next label; «Name. …» lines next to a «Н. Назарбаев. Эпоха
независимости.» (a name, a full stop, a title with no verb) are a book list, no labels; and once two
«Name. …» lines are turns, «Ю.А. Ли. Корейская диаспора поддерживает решение.» is one too. Once a document has labels, a line opening
with another short «Что-то: …» (Повестка дня:, Корреспондент:) or an interruption (Голос из зала:,
Реплика с места:) is a label of nobody: the speaker before it stops there; so are a protocol's section heads
(СЛУШАЛИ:, ПОСТАНОВИЛИ:, ҚАУЛЫ ЕТТІ:) and a label whose line is a topic («Карин Е.Т., …: о плане работы…»).
Among labels, «Карин Е.Т., выступая на заседании, отметил:» alone on its line is a brief label of Карин.
A label may follow a dialogue dash or a timestamp («- Карин Е.Т.: …», «[00:12:31] Токаев: …»), and a
surname alone («КАРИН: …», «Тоқаев: …») is one when the document has at least two labels. A label the
file's markup wrote (a subtitle's «- Карин:» or <v Ерлан Карин>: the parser marks its paragraph) is one
alone, on the first line too: a subtitle file's title is its name, not its first cue.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
import re
from typing import NamedTuple

from index.quote_speech import LONG_POST_WORDS, POST_WORDS
from index.sentences import first_sentence
from ingest.parsers.timed_lines import SPEAKER_CHANGE, TIME

from ._text import Token, fold, holds_any, parses, text_sentence_ids, word_info
from .aliases import KAZAKH_AS_RUSSIAN
from .forms_of_address import addresses_someone
from .interview_labels import ANSWER_ROLES, QUESTION_ROLES, is_role
from .kazakh_spelling import cyrillic_pattern, cyrillic_spellings
from .label_roles import after_role, finite_verb_or_gerund
from .names import bai_surname, looks_like_surname
from .persons import SHORT_SURNAMES, Mention
from .protocol_records import PROTOCOL_HEAD

# the speaker's own voice: first person (an address is one too: forms_of_address.addresses_someone)
OWN_VOICE = frozenset(
    """я мы нас нам нами мне меня мной наш наша наше наши нашего нашей нашим нашими наших нашу нашему
    мой моя мое моё мои моего моей моих позвольте предлагаю считаю хочу хотела хотел уверен уверена
    призываю благодарю спасибо поздравляю""".split()
)
# ... in Kazakh, after a label: «Біз…», «Рахмет»
_OWN_VOICE_KK = frozenset().union(*(cyrillic_spellings(w) for w in "мен біз менің біздің рахмет".split()))
# the chair's role opening a label: one word (Председатель, Төраға) or Kazakh «Төрағалық етуші» (presiding)
_CHAIRS = frozenset({"председательствующий", "председатель"} | cyrillic_spellings("төраға"))
_PRESIDING = (frozenset(cyrillic_spellings("төрағалық")), frozenset(cyrillic_spellings("етуші")))
# where a document names its chairperson: the name follows within the sentence
_CHAIR_NAMED = re.compile(r"под\s+председательством|председательству(?:ет|ют)|председательствовал|"
                          r"^\s*(?:председательствующий|" + cyrillic_pattern("төрағалық") + r"\s+"
                          + cyrillic_pattern("етуші") + r")\s*[–—-]", re.IGNORECASE | re.MULTILINE)
# ... or comes right before, in the genitive: «Е.Л. Қариннің төрағалығымен» (under the chairmanship
# of), «Е.Л. Қарин төрағалық етті» (chaired)
_CHAIR_NAMED_BEFORE = re.compile("|".join(
    [cyrillic_pattern("төрағалығымен")]
    + [cyrillic_pattern("төрағалық") + r"\s+" + cyrillic_pattern(verb) for verb in ("етті", "етеді", "етуімен")]),
    re.IGNORECASE)
# Every phrase of the two naming the chair holds one of these words, in any case («Под
# председательством», «ТӨРАҒАЛЫҒЫМЕН»): only a text with one is searched for them, as their patterns
# are tried at every line and letter and most texts have none.
_CHAIR_WORDS = ("председательств", "ғалы", "галы")
_GENITIVE_WINDOW = 2  # tokens between the chair's name and «төрағалығымен»: «Е.Л. Қарин мырзаның төрағалығымен»
_MIN_LABELS = 2  # speaker labels that make a document a transcript (or an interview with labelled answers)
_NAME_WINDOW = 14  # tokens between a chair's mention and his name («Президента Республики Казахстан»)
_DASHES = ("–", "—", "-")
# interruptions from the floor: nobody's words, whoever spoke before
_FROM_THE_FLOOR = re.compile(r"(?:(?:голос|голоса|реплика|реплики|вопрос|выкрик|возглас)\s+)?(?:из\s+зала|с\s+места?)\s*:",
                             re.IGNORECASE)

_SUBTITLE_WORDS = 8  # words of a subheading after its name: «Абай Кунанбаев: Наследие и современность»
_LABEL_LIKE = re.compile(r"[^:\n]{1,60}:")  # a line opening as a label does: «Ли Ю.А.:», «Повестка дня:»

_QUOTATION = re.compile(r'(?:«.*»|".*"|“.*”|„.*“)[.!?…]?')


class Label(NamedTuple):
    at: int  # offset in the text of the label's first word
    cue: int  # token index of the label's colon or full stop (its role word for «Председательствующий»)
    speaker: Mention | None  # who speaks from here on; None: nobody the document names
    # an epigraph «Н.А. Назарбаев: «…»» or a name and a full stop («Н. Назарбаев. Моя жизнь.», a
    # book list too): its turn is its own paragraph unless the next goes on in the speaker's own voice
    brief: bool = False
    # «Карин Е.Т., выступая на заседании, отметил:»: the reporter's line, nobody's; his words follow it
    lead_in: bool = False


def transcript_labels(text: str, tokens: list[Token], mentions: list[Mention],
                      certain: frozenset[int] = frozenset()) -> list[Label]:
    """The speaker labels opening the text's lines, in order. `certain` are the offsets of lines the
    file's markup opens with a label (a subtitle's «- Карин:» or <v Карин>): the first line too,
    its words no heading, and one such label is enough."""
    if not tokens:
        return []
    starts = {m.first_token: m for m in mentions}
    chairs = _chairs_named(text, tokens, starts)
    labels: list[Label] = []
    unnamed: list[int] = []  # lines opening with another short heading and a colon
    in_capitals: list[Label] = []  # «Ю. ЛИ. Корейская диаспора…»: a label if the document writes its labels so
    listed: set[int] = set()  # rows of «Н. Назарбаев. Эпоха независимости.»: a name, a full stop, no speech
    stated: list[Label] = []  # «Ю.А. Ли. Корейская диаспора поддерживает решение.»: a label among others so
    stop_rows: dict[int, int] = {}  # label offset -> row, for plain «Name. …» labels
    quoted: set[int] = set()  # offsets of labels whose line is a quotation: «Н.А. Назарбаев: «…».»
    answers: list[Label] = []  # «Ответ: …» lines
    reported: list[Label] = []  # «Карин Е.Т., выступая на заседании, отметил:»: the reporter's lead-in to his words
    asked = False  # a line opens with «Вопрос:», «Корреспондент:»: an interview's question
    interviewee: Mention | None | bool = False  # False: not looked for yet
    seen = row = -1
    bare: list[Label] = []  # «КАРИН: …», «Тоқаев: …»: a surname alone, a label when the document has more
    sure = False  # a label the markup made certain was read
    for line in _line_starts(text):
        marked = line in certain
        if line == 0 and not marked:
            continue  # the document's title: «Платонов: фейки угрожают согласию» is a headline, no label
        line = label_start(text, line)  # after a dialogue dash or a timestamp: «- Карин: …», «[00:12:31] Токаев: …»
        k = bisect_left(tokens, line, key=_token_start)
        if k >= len(tokens) or k == seen or tokens[k].start - line > 3 or "\n" in text[line:tokens[k].start]:
            continue
        seen, at, row = k, tokens[k].start, row + 1
        role_end = _chair_role_end(tokens, k)
        chair = role_end > k
        label = _chair_label(text, tokens, k, role_end, starts, chairs) if chair else _name_label(text, tokens, k, starts)
        if label is None and (post := _post_label(text, tokens, k, starts)) is not None:
            label, chair = post, False  # «Председатель Сената М. Ашимбаев:» is his label, not the chair's
        if label is None and _role_label(tokens, k, ANSWER_ROLES):
            # «Ответ: …», «A: …»: the answer of the one interviewed, when the title names him alone
            if interviewee is False:
                interviewee = interviewee_of(text, mentions)
            answers.append(Label(at, _role_cue(tokens, k), interviewee))
            continue
        if label is None and _role_label(tokens, k, QUESTION_ROLES):
            # «Вопрос:», «Корр.:», «Тілші:», «Q:»: the interviewer asks, and the answer before it has ended
            asked = True
            unnamed.append(at)
            continue
        if label is not None and (_rest_is_a_name(text, tokens, label.cue, starts)
                                  or (not chair and not marked
                                      and _rest_is_a_subtitle(text, tokens[label.cue].end, label.speaker))):
            unnamed.append(at)  # «Председатель: Ли Ю.А.», «Абай Кунанбаев: наследие и современность»: no turn
        elif label is not None and not chair and _rest_is_a_topic(text, tokens[label.cue].end):
            labels.append(Label(at, label.cue, None))  # «Карин Е.Т., …: о плане работы…»: an agenda item, no words
        elif label is not None:
            sure = sure or marked
            quotation = _rest_is_a_quotation(text, tokens[label.cue].end)
            brief = quotation or (not chair and tokens[label.cue].text == "." and not _in_capitals(tokens, label))
            if quotation:
                quoted.add(at)
            labels.append(label._replace(at=at, brief=brief))
            if brief and tokens[label.cue].text == ".":
                stop_rows[at] = row
            if chair and label.speaker is not None and label.cue > role_end:
                chairs.append((tokens[k].start, label.speaker))  # «Председательствующий (Н.А. Назарбаев)»
                chairs.sort(key=_chair_position)
        elif (capitals := _label_in_capitals(text, tokens, k, starts)) is not None:
            in_capitals.append(capitals._replace(at=at))
        elif (surname := _surname_label(text, tokens, k, mentions)) is not None:
            bare.append(surname._replace(at=at))
            sure = sure or marked
        elif _heading_label(tokens, k) or _FROM_THE_FLOOR.match(text, at) or PROTOCOL_HEAD.match(text, at):
            unnamed.append(at)
        elif (narrated := _narrated_label(text, tokens, k, starts)) is not None:
            reported.append(narrated._replace(at=at))
        elif (plain := _plain_name_and_stop(text, tokens, k, starts)) is not None:
            if _has_a_verb(text, tokens[plain.cue].end):
                stated.append(plain._replace(at=at, brief=True))
            else:
                listed.add(row)
    # «Н. Назарбаев. Моя жизнь.» next to «Н. Назарбаев. Эпоха независимости.»: a book list, no turns
    labels = [lb for lb in labels if not _next_to(stop_rows.get(lb.at), listed)]
    if sum(lb.at in stop_rows for lb in labels) >= _MIN_LABELS:
        # turns «Н.А. Назарбаев. Благодарю…» made the style a label: «Ю.А. Ли. Корейская диаспора…» is one too
        labels += stated
    if len(labels) >= _MIN_LABELS:
        # «Карин Е.Т., выступая на заседании, отметил:» among labels: his words follow, not the last speaker's
        labels += reported
    if bare and (sure or len(bare) + len(labels) >= _MIN_LABELS):
        labels += bare  # one «Итог: …» line is no turn; subtitles label their turns «КАРИН:», «Тоқаев:»
    labels = _quotations_in_a_transcript(labels, quoted)
    if any(_in_capitals(tokens, lb) for lb in labels):
        # «К. ТОКАЕВ. Уважаемые…» made the style a label: «Ю. ЛИ. Около трехсот детей…» is one too
        labels += in_capitals
    interview = asked and (answers or any(not lb.brief for lb in labels))
    if len(labels) < _MIN_LABELS and not interview and not sure:
        return []  # one «Ким: …» line is a quote's lead-in or a heading; a transcript has turns
    # (but after «Корреспондент: …?», «Р. Нургалиев: …» is his answer)
    return sorted(labels + answers + [Label(at, -1, None) for at in unnamed])


# the title of an interview or of one person's answers: «Интервью с Д. Серикбаевым», «Ответы … Р. Нургалиева»
_DIALOGUE_DASHES = "—–-"  # a dash opening a line: the dialogue has begun
_LEAD_LINES = 8  # the title, a dateline and the lead an interview opens with
_INTERVIEW_TITLE = re.compile(r"интервью|ответ(?:ы|ил|ила|ает)\b|бесед|" + cyrillic_pattern("сұхбат")
                              + r"|\binterview", re.IGNORECASE)
# a byline names the journalist, who only asks: «Беседовала Айгуль Сапарова», «Интервью вела …»,
# «Беседу вела …», «Интервью подготовил …», «Сұхбаттасқан …», «Сұхбатты жүргізген …», «Interviewed by …»
_BYLINE = re.compile(
    r"\b(?:беседовал[аи]?|(?:интервью|беседу)\s+(?:вел[аи]?|взял[аи]?)|(?:интервью\s+)?(?:подготовил[аи]?|записал[аи]?)"
    r"|вопросы\s+задавал[аи]?|" + cyrillic_pattern("сұхбаттасқан") + "|" + cyrillic_pattern("сұхбатты")
    + r"\s+(?:" + cyrillic_pattern("жүргізген") + "|" + cyrillic_pattern("әзірлеген") + "|" + cyrillic_pattern("алған")
    + r")|" + cyrillic_pattern("әзірлеген") + r"|interviewed\s+by|interview\s+by)(?!\w)", re.IGNORECASE)


# what may stand before a byline's verb: «Материал подготовила …», «Текст записал …»
_BYLINE_SUBJECTS = frozenset(("материал", "текст"))
_BYLINE_WORDS = 10  # a byline is the verb, the journalist's name and at most his post or paper


def is_byline(para: str) -> bool:
    """The paragraph is a byline naming the journalist: «Беседовала Айгуль Сапарова.», «Материал
    подготовила Динара Ермекова.», «Сұхбаттасқан …», «Interviewed by John Smith.»: one short line,
    a name after the verb; «Подготовили новую программу…» opens an answer's sentence."""
    text = para.strip()
    found = _BYLINE.search(text)
    if found is None or "\n" in text or len(text.split()) > _BYLINE_WORDS:
        return False
    before = text[:found.start()].strip().lower()
    return (not before or before in _BYLINE_SUBJECTS) and text[found.end():].lstrip(" :–—-")[:1].isupper()


def reads_as_interview(paragraphs: list[str], title: str = "", lead_end: int = _LEAD_LINES) -> bool:
    """The document says it is an interview: its title or lead (the paragraphs before `lead_end`, at
    most _LEAD_LINES) does («Интервью с …», «ответил на вопросы», «сұхбат»), or a byline names the one
    who asked («Беседовала …», «Сұхбаттасқан …», «Interviewed by …»). A news item's question
    subheadings («Что изменилось?») do not make one."""
    lead = [title, *paragraphs[:min(lead_end, _LEAD_LINES)]]
    return (any(_INTERVIEW_TITLE.search(p) for p in lead)
            or any(is_byline(p) and _INTERVIEW_TITLE.search(p) for p in paragraphs))


def _role_label(tokens: list[Token], k: int, roles: frozenset[str]) -> bool:
    """The line opens with one of the `roles` and a colon: «Ответ:», «Вопрос:», «Корр.:»."""
    j = k + 1
    stopped = j < len(tokens) and tokens[j].text == "." and tokens[j].start == tokens[k].end
    j += stopped
    return j < len(tokens) and tokens[j].text == ":" and is_role(tokens[k].text, stopped, roles)


def _role_cue(tokens: list[Token], k: int) -> int:
    """The colon closing a role's label opening at k: «Ответ:», «Корр.:»."""
    return k + 2 if tokens[k + 1].text == "." else k + 1


def interviewee_of(text: str, mentions: list[Mention]) -> Mention | None:
    """The one person an interview's title names, who answers its questions («Ответы председателя
    молодежного крыла Р. Нургалиева на вопросы читателей»), or its lead before the first dashed
    line does («Интервью с заместителем Председателя … Ерланом Кариным.»); None when neither is an
    interview's or names nobody or several: no answerer is better than a wrong one. A byline
    («Беседовала Айгуль Сапарова.») names the one who asks, never the answerer; when it is all the
    lead says of an interview, a headline opening with a name and a colon («Ералы Тугжанов:
    «Единство – наш выбор»») names the answerer."""
    start, interviewers, bylined = 0, set(), False
    for _ in range(_LEAD_LINES):
        if start >= len(text) or text[start] in _DIALOGUE_DASHES:
            break
        end = _line_end(text, start)
        line_end = end
        if (byline := _BYLINE.search(text, start, end)) is not None:
            bylined, end = True, byline.start()  # what follows the byline's verb is the journalist
            interviewers |= {m.canonical for m in mentions if end <= m.start and m.end <= line_end}
        if _INTERVIEW_TITLE.search(text[start:end]):
            named = [m for m in mentions if start <= m.start and m.end <= end and m.kind != "given"
                     and m.canonical not in interviewers]
            if named and len({m.canonical for m in named}) == 1:
                return named[0]
        start = line_end + 1
        while start < len(text) and text[start] in " \t\n":
            start += 1
    return _headline_name(text, mentions, interviewers) if bylined else None


def _headline_name(text: str, mentions: list[Mention], interviewers: set[str]) -> Mention | None:
    """The name a headline opens with before a colon: «Ералы Тугжанов: «Единство – наш выбор»»."""
    first = next((m for m in mentions if m.kind != "given"), None)
    if first is None or text[:first.start].strip() or first.canonical in interviewers:
        return None
    return first if text[first.end:_line_end(text, first.end)].lstrip().startswith(":") else None


# what may stand before a label on its line: a dialogue dash («- Карин: …», YouTube's «>>») or a
# timestamp («[00:12:31] Токаев К.К.: …», «00:00:01 Тоқаев: …»)
_BEFORE_LABEL = re.compile(rf"[ \t]*(?:{SPEAKER_CHANGE.pattern}|[\[(]?{TIME}[\])]?[ \t]+)*")


def label_start(text: str, at: int) -> int:
    """Where a label would begin on the line starting at ``at``: past a dialogue dash and a timestamp."""
    return _BEFORE_LABEL.match(text, at).end()


def opens_paragraph(paragraph: str, offset: int) -> bool:
    """Whether a label at ``offset`` opens ``paragraph``: nothing before it but spaces, a dialogue dash
    or a timestamp."""
    return not paragraph[:offset].strip() or label_start(paragraph, 0) >= offset


def _surname_label(text: str, tokens: list[Token], k: int, mentions: list[Mention]) -> Label | None:
    """«КАРИН: …», «Тоқаев: …», «ЛИ:»: a surname alone and a colon opening a line, the subtitles'
    label; the person the document names by it, else the surname as written (not «Итак:», «Повестка:»,
    «Спикер:», no surname). A label only where the document has others (transcript_labels)."""
    t = tokens[k]
    if not (t.is_word and t.is_cap and k + 1 < len(tokens) and tokens[k + 1].text == ":"
            and tokens[k + 1].start == t.end and not _glued_to_the_next(text, tokens, k + 1)):
        return None
    word = t.text[:1] + t.text[1:].lower()  # КАРИН -> Карин
    if not _bare_surname(word):
        return None
    named = {m.canonical for m in mentions if m.kind != "given" and _as_russian(_surname_of(m.canonical)) == _as_russian(word)}
    canonical = named.pop() if len(named) == 1 else word
    return Label(0, k + 1, Mention(t.start, t.end, t.text, canonical, None, True, "surname", k, k + 1))


def _glued_to_the_next(text: str, tokens: list[Token], colon: int) -> bool:
    """«Итог:2020» or «10:30»: no label's colon, which a space or the line's end follows."""
    return colon + 1 < len(tokens) and tokens[colon + 1].start == tokens[colon].end


@lru_cache(maxsize=10_000)
def _bare_surname(word: str) -> bool:
    """A word a surname alone may be: a short Korean one (Ли, Ким), the dictionary's surname, or one
    it lacks with a surname's ending (Жумабеков, Тоқаев), a Kazakh one in -бай too (Туякбай: in a
    label, where no given name stands alone); no common word (Итак, Повестка, Спикер) nor place (Дубай)."""
    if fold(word) in SHORT_SURNAMES:
        return True
    info = word_info(word)
    if info["surn"]:
        return True
    return not info["common"] and not info["function"] and (looks_like_surname(word)
                                                            or bai_surname(word) and not info["geo"])


def _as_russian(surname: str) -> str:
    """«Тоқаев» as «токаев»: a Kazakh spelling of the surname the document gives in Russian letters."""
    return fold(surname.translate(KAZAKH_AS_RUSSIAN))


def _surname_of(canonical: str) -> str:
    return canonical.rsplit(" ", 1)[-1]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _rest_is_a_name(text, tokens, cue, starts) -> bool:
    """All the label's line holds after its colon is a name: «Председатель: Ли Ю.А.»."""
    m = starts.get(cue + 1)
    if m is None or "\n" in text[tokens[cue].end:tokens[cue + 1].start]:
        return False
    end = tokens[m.last_token - 1].end
    return not text[end:_line_end(text, end)].strip(" \t.,;")


def _rest_is_a_subtitle(text: str, at: int, m: Mention) -> bool:
    """«Абай Кунанбаев: наследие и современность», «Мухтар Ауэзов: Роман-эпопея»: a given name and a
    surname (transcripts label «Фамилия И.О.:», whose short replies «Ким Н.В.: нет возражений» are
    turns), the line going on with no sentence end, in lowercase or as a short phrase in nobody's
    voice above narration."""
    end = _line_end(text, at)
    rest = text[at:end].strip()
    if m.kind != "full" or not rest or rest[-1] in ".!?…":
        return False
    if rest[:1].islower():
        return True
    return (len(rest.split()) <= _SUBTITLE_WORDS and not _speech_follows(rest, 0)
            and _narration_follows(text, end))


def _narration_follows(text: str, at: int) -> bool:
    """The next line is no label («Ли Ю.А.: …») and its first sentence has no «я», «мы» or verb in
    the first person: «Поэт и мыслитель оставил нам «Слова назидания».», not «Мы открываем…»."""
    rest = text[at:].lstrip()
    line = rest[:_line_end(rest, 0)]
    if not line or _LABEL_LIKE.match(line):
        return False
    sentence = first_sentence(line)
    return not any(w in ("я", "мы") or _first_person_verb(w) for w in re.findall(r"\w+", sentence.lower()))


def _rest_is_a_quotation(text: str, at: int) -> bool:
    """The label's line goes on with a quotation and nothing else: «Н.А. Назарбаев: «Ассамблея – это
    уникальный институт общественного согласия».», an epigraph."""
    return _QUOTATION.fullmatch(text[at:_line_end(text, at)].strip()) is not None


def _line_starts(text: str):
    at = 0
    while at != -1:
        yield at
        at = text.find("\n", at)
        if at != -1:
            at += 1


def _token_start(t: Token) -> int:
    return t.start


def _chair_position(chair: tuple[int, Mention]) -> int:
    return chair[0]


def _chairs_named(text: str, tokens: list[Token], starts: dict[int, Mention]) -> list[tuple[int, Mention]]:
    """(offset, mention) of each place naming the chairperson, in order."""
    if not holds_any(text, _CHAIR_WORDS):
        return []
    out = []
    sids = text_sentence_ids(text)
    for found in _CHAIR_NAMED.finditer(text):
        k = bisect_left(tokens, found.end(), key=_token_start)
        for i in range(k, min(len(tokens), k + _NAME_WINDOW)):
            if sids[i] != sids[k]:
                break
            if i in starts:
                out.append((found.start(), starts[i]))
                break
    ends = {m.last_token: m for m in starts.values()}  # the token after a mention -> the mention
    for found in _CHAIR_NAMED_BEFORE.finditer(text):
        k = bisect_left(tokens, found.start(), key=_token_start)
        named = next((ends[i] for i in range(k, max(0, k - _GENITIVE_WINDOW), -1)
                      if i in ends and sids[i - 1] == sids[k]), None)
        if named is not None:
            out.append((found.start(), named))
    return sorted(out, key=_chair_position)


def _chair_role_end(tokens: list[Token], k: int) -> int:
    """The token after the chair's role opening at k («Председатель», «Төраға», «Төрағалық
    етуші»), k itself when none does."""
    word = tokens[k].text.lower()
    if word in _CHAIRS:
        return k + 1
    if word in _PRESIDING[0] and k + 1 < len(tokens) and tokens[k + 1].text.lower() in _PRESIDING[1]:
        return k + 2
    return k


def _chair_label(text, tokens, k, nxt, starts, chairs) -> Label | None:
    """«Председательствующий:» or «Председатель:» (the chairperson named before it),
    «Председательствующий (Н.А. Назарбаев):», «Председательствующий Н.А. Назарбаев:», or a full
    stop for the colon («Председатель. – …»); `nxt` is the token after the role. A dash before the
    name («Председатель – Е.Қ. Қайратұлы. Уважаемые коллеги…») makes a label only with speech after
    it on its line: alone on a line under the heading it names who presides."""
    n = len(tokens)
    if nxt < n and tokens[nxt].text in ":.":
        before = [m for at, m in chairs if at < tokens[k].start]
        return Label(0, nxt, before[-1] if before else None)
    opened = nxt < n and tokens[nxt].text in ("(",) + _DASHES
    inner = nxt + 1 if opened else nxt
    m = starts.get(inner)
    if m is None:
        return None
    bracket = opened and tokens[nxt].text == "("
    close = m.last_token + (1 if bracket else 0)
    if bracket and not (close - 1 < n and tokens[close - 1].text == ")"):
        return None
    if close >= n or tokens[close].text not in ":.":
        return None
    if opened and not bracket and not (close + 1 < n and "\n" not in text[tokens[close].end:tokens[close + 1].start]
                                       and _speech_follows(text, tokens[close].end)):
        return None
    return Label(0, close, m)


def _name_label(text, tokens, k, starts) -> Label | None:
    """«Абдрахманов С.: …», «С. Абдрахманов: …», «Н.А. Назарбаев (Председатель Ассамблеи): …»;
    «Н.А. Назарбаев. Уважаемые …» when clearly speech."""
    m = starts.get(k)
    if m is None or m.kind == "given":
        return None
    j = _after_role(text, tokens, m.last_token)
    if j < len(tokens) and tokens[j].text == ":":
        return Label(0, j, m)
    label = _stop_label(tokens, m, j)
    return label if label is not None and _speech_follows(text, tokens[label.cue].end) else None




def _post_label(text, tokens, k, starts) -> Label | None:
    """«Заместитель председателя М. Азильханов:», «Спикер Мажилиса Е. Кошанов:», «Министр культуры и
    информации А. Балаева:»: a post (words, no verb, no punctuation, opening with a capital) before a
    name in the nominative and its colon; the name, not the speaker before, speaks («Слово
    предоставляется Е. Карину:» has a verb and a dative). A post of more than four words (one with
    «и» or a preposition) takes a name with initials."""
    if not tokens[k].is_cap:
        return None
    for i in range(k + 1, min(len(tokens), k + 1 + LONG_POST_WORDS)):
        before = tokens[i - 1]
        if not before.is_word or finite_verb_or_gerund(before.text) or "\n" in text[before.end:tokens[i].start]:
            return None
        m = starts.get(i)
        if m is not None:
            if m.kind == "given" or not m.nominative or (i - k > POST_WORDS and m.kind != "initials"):
                return None
            j = _after_role(text, tokens, m.last_token)
            return Label(0, j, m) if j < len(tokens) and tokens[j].text == ":" else None
    return None


def _label_in_capitals(text, tokens, k, starts) -> Label | None:
    """«Ю. ЛИ. Корейская диаспора…», «ЛИ Ю. Около…»: a name in capitals and a full stop opening a
    line, whatever follows it on the line (no label unless the document's other labels are so)."""
    m = starts.get(k)
    if m is None or not _capitals(m):
        return None
    label = _stop_label(tokens, m, _after_role(text, tokens, m.last_token))
    if label is None or label.cue + 1 >= len(tokens) or "\n" in text[tokens[label.cue].end:tokens[label.cue + 1].start]:
        return None  # a name alone on its line: a signature
    return label


def _stop_label(tokens, m, j) -> Label | None:
    """The full stop closing a name (or its role) before a capital: after the surname, or the
    initials' own («Назарбаев Н.А. Уважаемые …»)."""
    if m.kind != "initials" or not m.nominative:
        return None
    if j < len(tokens) and tokens[j].text == ".":
        stop, nxt = j, j + 1
    elif tokens[j - 1].text == ".":
        stop, nxt = j - 1, j
    elif j > m.last_token and tokens[m.last_token - 1].text == ".":
        stop, nxt = m.last_token - 1, j  # a note after the initials: «ДЕМЕНТЬЕВА Н.И. (на казахском языке) Құрметті…»
    else:
        return None
    if nxt < len(tokens) and not tokens[nxt].is_cap:
        return None
    return Label(0, stop, m)


def _next_to(row: int | None, rows: set[int]) -> bool:
    return row is not None and (row - 1 in rows or row + 1 in rows)


def _plain_name_and_stop(text, tokens, k, starts) -> Label | None:
    """The line opens with a name in plain letters and a full stop: «Н. Назарбаев. Эпоха…»."""
    m = starts.get(k)
    if m is None or _capitals(m):
        return None
    return _stop_label(tokens, m, _after_role(text, tokens, m.last_token))


def _has_a_verb(text: str, at: int) -> bool:
    """The line goes on with a sentence, not a book's title: «Корейская диаспора поддерживает решение.»,
    not «Эпоха независимости. – Алматы, 2017.»."""
    return any(_finite_verb(w) for w in re.findall(r"\w+", text[at:_line_end(text, at)]))


def _quotations_in_a_transcript(labels: list[Label], quoted: set[int]) -> list[Label]:
    """A quotation opening a turn in a document where someone else has a turn of his own
    («Тугжанов Е.Л.: «Единство…».», then «Ли Ю.А.: Уважаемые коллеги!») runs to the next label like
    any turn; only among epigraphs is it brief."""
    turns = {lb.speaker.canonical for lb in labels if lb.speaker is not None and not lb.brief}
    return [lb._replace(brief=False) if lb.at in quoted and turns - {lb.speaker.canonical} else lb
            for lb in labels]


def _in_capitals(tokens, label: Label) -> bool:
    """A label closed by a full stop whose name is in capitals: «К. ТОКАЕВ.»."""
    return label.speaker is not None and tokens[label.cue].text == "." and _capitals(label.speaker)


def _capitals(m: Mention) -> bool:
    return any(len(w) > 1 and w.isupper() for w in re.findall(r"\w+", m.text))


def _after_role(text, tokens, j) -> int:
    """after_role on the text's lines."""
    return after_role(tokens, j, lambda i: "\n" in text[tokens[i - 1].end:tokens[i].start])


# a report's topic after a protocol's label: «о плане работы…», «об итогах…», «по вопросу…», Kazakh «… туралы»
_TOPIC = re.compile(r"(?:о|об|обо|по\s+вопросам?)\s+\w", re.IGNORECASE)
_TOPIC_KK = re.compile(cyrillic_pattern("туралы") + r"\s*[.;]?$", re.IGNORECASE)


def _rest_is_a_topic(text: str, at: int) -> bool:
    """The label's line goes on with a topic and no verb: «Карин Е.Т., заместитель Председателя АНК: о
    плане работы с молодежью на 2021 год.» under a protocol's «СЛУШАЛИ:» is the agenda, not his words
    («О молодежи скажу отдельно.» is)."""
    rest = text[at:_line_end(text, at)].strip()
    return bool(rest) and bool(_TOPIC.match(rest) or _TOPIC_KK.search(rest)) and not _has_a_verb(text, at)


def _narrated_label(text, tokens, k, starts) -> Label | None:
    """«Карин Е.Т., выступая на заседании, отметил:»: a line opening with a name in the nominative and
    ending with a colon after a verb, the reporter's lead-in to that person's words below it; brief,
    as his turn goes on only in his own voice or what the colon announced."""
    m = starts.get(k)
    end = _line_end(text, tokens[k].start)
    if m is None or m.kind == "given" or not m.nominative or not text[:end].rstrip().endswith(":"):
        return None
    colon = bisect_left(tokens, end, key=_token_start) - 1
    if tokens[colon].text != ":" or not _has_a_verb(text, tokens[m.last_token - 1].end):
        return None
    return Label(0, colon, m, brief=True, lead_in=True)


def _heading_label(tokens: list[Token], k: int) -> bool:
    """A line opening with one or two nouns (or their adjective) and a colon: «Повестка дня:»,
    «Корреспондент:», «Примечание:»; not a speaker's «Отмечу следующее:»."""
    words = []
    for t in tokens[k:k + 3]:
        if t.text == ":":
            return bool(words) and tokens[k].is_cap and all(_noun_like(w) for w in words)
        if not t.is_word:
            return False
        words.append(t.text.lower())
    return False


@lru_cache(maxsize=10_000)
def _noun_like(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF")


def _speech_follows(text: str, at: int) -> bool:
    """The sentence after `at` (on the next line when the label stands alone) speaks in the first
    person or addresses the audience."""
    rest = text[at:at + 400].lstrip()
    sentence = first_sentence(rest)
    words = re.findall(r"\w+", sentence.lower())
    return any(w in OWN_VOICE or w in _OWN_VOICE_KK or addresses_someone(w) or _first_person_verb(w) for w in words)


@lru_cache(maxsize=10_000)
def _finite_verb(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "VERB"


@lru_cache(maxsize=10_000)
def _first_person_verb(word: str) -> bool:
    """«Переходим», «предоставляю», «согласен»: the speaker's own verb."""
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "VERB" and ps[0].tag.person == "1per"
