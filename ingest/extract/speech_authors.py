"""One person's speech: its author (named by the title or the opening lines), where its body
starts, and what in the body is his own voice rather than his report of someone else's words."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import re

from ingest.parsers.normalize import is_bare_dateline

from ._text import Token
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


def speech_author(paragraphs: list[str], bounds, starts: list[int], title: str, spoken, tokens,
                  mentions: list[Mention], mention_starts: list[int], language: str) -> tuple[str, int] | None:
    """(canonical name, index of the first paragraph of the body) when the document is one
    person's speech: its title (or first paragraph) is «Выступление ...», «Доклад ...»..., and
    the title or the opening lines name the speaker."""
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
    return author, body


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
