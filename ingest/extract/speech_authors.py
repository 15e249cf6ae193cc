"""One person's speech: its author (named by the title or the opening lines), where its body
starts and ends, and what in the body is his own voice rather than his report of someone else's words."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from typing import NamedTuple

from index.post_words import russian_title
from ingest.parsers.normalize import is_bare_dateline

from ._text import Token, parses
from .forms_of_address import addresses_someone
from .persons import Mention, find_persons
from .speech_cues import words_around_cue
from .transcripts import OWN_VOICE


# a speech document's title opens with one of these, an adjective allowed before it: «Выступление
# ...», «Приветственное слово ...», «Ежегодное Послание ...»; in Kazakh the genre follows its
# author («Қ.Тоқаевтың ... Жолдауы»); in English it opens the title with «by» or «of». (Not an
# interview, «Интервью ...», «сұхбаты»: the interviewer's questions are in it too.)
_SPEECH_TITLE = re.compile(
    r"^\W*(?:\w+(?:ое|ее|ый|ий|ой|ая|яя)\s+)?(выступление|доклад|речь|слово|обращение|послание|поздравление|приветствие)\b"
    r"|^\W*(address|speech|statement|remarks|message)\s+(by|of)\b",
    re.IGNORECASE)
# «сөзі» alone is his speech only after the event it was given at, in the locative «-дағы»
# («…сессиясындағы сөзі», Akorda's usual form); «Абайдың сөзі» is a saying, no speech
_KK_SPEECH_TITLE = re.compile(r"\b(жолдауы|үндеуі|сөйлеген сөзі|құттықтау сөзі|\w+(?:дағы|дегі|тағы|тегі)\s+сөзі"
                              r"|баяндамасы|құттықтауы)(\s*«.*)?$",
                              re.IGNORECASE)  # the address's theme in quotes may follow
# how a speaker refers to someone's words rather than reports them: "не раз подчеркивал", "как
# отметил Глава государства"
_REFERENCE_BEFORE = frozenset("раз неоднократно всегда часто однажды как".split())
_OPENING_PARAGRAPHS = 3


class Speech(NamedTuple):
    author: str  # canonical name
    body: int  # index of the body's first paragraph
    end: int  # index of the first paragraph after it (len(paragraphs): the text's end)

    def holds(self, i: int) -> bool:
        """Paragraph i is in the body: the author's words."""
        return self.body <= i < self.end


def speech_author(paragraphs: list[str], bounds, starts: list[int], title: str, spoken, tokens,
                  mentions: list[Mention], mention_starts: list[int], language: str) -> Speech | None:
    """The author and the body when the document is one person's speech: its title (or first
    paragraph) is «Выступление ...», «Доклад ...»..., and the title or the opening lines name
    the speaker."""
    head = title or (paragraphs[0] if paragraphs else "")
    if not _speech_title(head) and not (paragraphs and _speech_title(paragraphs[0])):
        return None
    opening_end = bounds[min(len(bounds), _OPENING_PARAGRAPHS) - 1][1]
    named = [m for m, k in spoken if m.kind != "given" and tokens[k].start < opening_end]
    if not named and title and title.strip() != paragraphs[0].strip():
        # a title kept apart from the text (an HTML <title>) may be the only place naming him
        named = find_persons(title, language)
    author = next((m.canonical for m in named if m.kind != "given"), None)
    if author is None:
        return None
    # the body starts after the last opening paragraph naming the author ("Выступление председателя
    # ... Г.Сейтказиной на форуме" after the title and a date line; "выступил ... Б.Жумабеков.
    # Публикуем текст выступления."): those are the publisher's words
    body = 0
    for m in mentions[:bisect_left(mention_starts, opening_end)]:
        if m.canonical == author:
            body = max(body, bisect_right(starts, m.start))
    # a date line, a place or a heading after them is the publisher's too
    while body < len(paragraphs) and _heading_like(paragraphs[body]):
        body += 1
    return Speech(author, body, _body_end(paragraphs, starts, body, author, spoken, tokens, _post_of(head, author)))


# a publisher's line after a text, its label before a colon or a dash: «Источник: пресс-служба …», «Фото: …»,
# «Дереккөз: …», «Source: …» (a speech's «Источник нашей силы – …» has words between), or a press service's
# credit, «Пресс-служба Акорды», «По материалам …»
_PUBLISHERS_LINE = re.compile(r"\W*(?:(?:источник|фото|фотографии|материал подготовил\w*|дереккөз|сурет|ақпарат көзі"
                              r"|source|photo)\s*[:–—-]|пресс-служба\b|по материалам\b)", re.IGNORECASE)
_PUBLISHERS_LINE_CHARS = 200


def _body_end(paragraphs: list[str], starts: list[int], body: int, author: str, spoken, tokens,
              post: str | None) -> int:
    """The first paragraph after the body where the text stops being the author's own: a
    publisher's line («Источник: пресс-служба …»), or a report on him in the third person that a
    press service's copy of a speech goes on with: a quote of his its narration attributes («…», —
    подчеркнул Глава государства К.К. Токаев.), or a paragraph opening with his post as the
    subject of a past verb («Президент поручил …»)."""
    cued = {bisect_right(starts, tokens[k].start) - 1 for m, k in spoken if m.canonical == author}
    for i in range(body, len(paragraphs)):
        para = paragraphs[i]
        if len(para) < _PUBLISHERS_LINE_CHARS and _PUBLISHERS_LINE.match(para):
            return i
        if not own_voice(para) and (i in cued or (post is not None and _post_did(para, post))):
            return i
    return len(paragraphs)


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_VERB_WORDS = 5  # «Президент Республики Казахстан также поручил»


def _post_of(head: str, author: str) -> str | None:
    """The author's post as the title gives it before his name («Выступление Президента Республики
    Казахстан К.К. Токаева» -> президент); None when it names none, or his name is not found in it."""
    surname = author.split()[-1]
    name = re.search(r"\b[A-ZА-ЯЁ]\.|" + re.escape(surname[:max(3, len(surname) - 2)]), head)
    if name is None:
        return None
    return next((post for w in _WORD.findall(head[:name.start()]) if (post := russian_title(w)) is not None), None)


def _post_did(para: str, post: str) -> bool:
    """The paragraph opens with the post as a subject of a verb in the past: «Президент поручил …»,
    «Президент Республики Казахстан также отметил …», the reporter's narration."""
    words = _WORD.findall(para[:200])
    if not words or russian_title(words[0], nominative=True) != post:
        return False
    return any(_past_verb(w) for w in words[1:1 + _VERB_WORDS])


def _past_verb(word: str) -> bool:
    ps = parses(word.lower())
    return bool(ps) and ps[0].tag.POS == "VERB" and ps[0].tag.tense == "past"


def _speech_title(head: str) -> bool:
    """The title names one person's speech: «Выступление ...», «... Қазақстан халқына Жолдауы»."""
    head = head.strip()
    return bool(_SPEECH_TITLE.match(head) or _KK_SPEECH_TITLE.search(head.rstrip(".")))


def _heading_like(paragraph: str) -> bool:
    """A short line that ends no sentence: "28 апреля 2022 года", "г. Астана", a heading; or a date
    line, whose full stop is its abbreviation's: «Нур-Султан, 29 апреля 2022 г.»."""
    text = paragraph.strip()
    return len(text) < 120 and (not text.endswith((".", "!", "?", "…", "»", '"', ":")) or is_bare_dateline(text))


def is_reference(tokens: list[Token], sids, m: Mention, k: int) -> bool:
    """The speech verb refers to someone's words said elsewhere, not here: "Токаев не раз
    говорил", "Как подчеркнул Глава государства"."""
    return bool(_REFERENCE_BEFORE & words_around_cue(tokens, sids, m, k))


def own_voice(paragraph: str) -> bool:
    """The paragraph speaks in the first person or addresses the audience, outside its quotes."""
    outside = re.sub(r"«[^«»]*»", " ", paragraph).lower()
    return any(w in OWN_VOICE or addresses_someone(w) for w in re.findall(r"\w+", outside))
