"""Where a sentence ends: one rule and one abbreviation list for everything that reads sentences.
The index's gap in positions (index.analysis), a typed phrase (index.query), highlights, the
sentence a citation quotes (index.citation), ingest's long paragraphs cut into passages
(ingest.passages), the extractors' sentences (ingest.extract) and the sentence the document page
reads out (search_app/static/app.js, which the page gives ABBREVIATIONS and TITLES) all cut alike.

A sentence ends in the space after . ! ? or … (a closing quote or bracket may follow) before a
capital, a digit, or a quote, bracket or dash opening the next sentence; and at a blank line
between paragraphs. A full stop ends none after
- one letter: an initial or a one-letter abbreviation (`Н.А. Назарбаев`, `г. Астана`, `т.е.`, `ч.`);
- a hyphenated initial (`К-Ж. Токаев`);
- an abbreviation of ABBREVIATIONS (`ул. Абая`, `тыс. Тенге`, `рис. 2`, `стр. 3`, `Абай көш. 12`), also
  capitalised as a sentence opens it (`Проф. Ибрагимов`, `Ул. Абая`);
- an English title before a name (TITLES: `Mr. Nazarbayev`);
- a number opening a line, a numbered point (`1. Одобрить`).
The price: a sentence that really ends with one of them («…и др. Затем…») runs on into the next.
"""
from __future__ import annotations

import re

from index.tokenize import CAPITAL_LETTERS, HYPHENS, TOKEN_DOT_RE, TOKEN_PATTERN, nfc_with_map

# lowercase abbreviations after which a full stop does not end a sentence
ABBREVIATIONS = frozenset(
    "г гг ул им т д е п пп подп др пр см ст св проф акад рис табл тыс млн млрд руб тг тенге обл р-н пос с "
    "просп стр мкр вып кв тел кн пер корп ауд "
    "көш даңғ "  # Kazakh: көшесі (street), даңғылы (avenue)
    "mr mrs ms dr prof st".split()
)
# English titles written with a capital before a name: "said Mr. Nazarbayev" is one sentence
TITLES = frozenset("Mr Mrs Ms Dr Prof St".split())
# characters before a full stop where the word before it is looked for: one more than the longest
# of the words above or an initial (К-Ж); a word that fills them is longer and ends its sentence
_WORD_LOOKBACK = max(3, *map(len, ABBREVIATIONS | TITLES)) + 1

# the next sentence: a capital or a digit, maybe after an opening quote or bracket, or after a dash
# and a space (the next speaker's line: «…», – сказал он. – Мы…)
_NEXT_SENTENCE = rf"(?=(?:[«\"“(]|[—–-][ \u00a0]?)?[0-9{CAPITAL_LETTERS}])"
_OPENING = 3  # characters _NEXT_SENTENCE looks at, at most
_PARAGRAPH_BREAK = r"\n[ \t\r]*\n"
# the full stop of a numbered point (1 to 3 digits opening a line) ends no sentence
_NOT_A_POINT = r"(?m:(?<!^[0-9]\.)(?<!^[0-9]{2}\.)(?<!^[0-9]{3}\.))"
_SENTENCE_BREAK = rf"[.!?…]{_NOT_A_POINT}[\"»”)]?\s+{_NEXT_SENTENCE}|{_PARAGRAPH_BREAK}"
# The analyzer finds the breaks in its pass over the tokens: tokens with the full stop right after
# them (looked at, left for a break to start with), and breaks; see tokens_and_breaks.
TOKEN_OR_BREAK_RE = re.compile(rf"({TOKEN_PATTERN})(?=(\.?))|({_SENTENCE_BREAK})")
# The same breaks, each from its . ! ? … or line break (a set of first characters the regex engine
# skips to), where the offsets are wanted: sentence_starts.
_BREAK_RE = re.compile(rf"[.!?…\n](?:(?<=[.!?…]){_NOT_A_POINT}[\"»”)]?\s+{_NEXT_SENTENCE}|(?<=\n)[ \t\r]*\n)")
# A query is typed in any case: there a sentence may start with a small letter.
_TYPED_BREAK_RE = re.compile(rf"[.!?…\n](?:(?<=[.!?…]){_NOT_A_POINT}[\"»”)]?\s+(?=\S)|(?<=\n)[ \t\r]*\n)")


def ends_sentence(surface: str, dot: str, gap: str) -> bool:
    """Whether `gap`, the space found after . ! ? or … (or a blank line), ends a sentence, the
    token before it being `surface` (`dot`: the full stop right after it, or '')."""
    if not dot or gap.count("\n") > 1:  # ! ? …, or a new paragraph, after any word
        return True
    if len(surface) == 1:
        return surface.isdigit()
    if surface.islower():
        return surface not in ABBREVIATIONS
    if surface[1:].islower() and surface.lower() in ABBREVIATIONS:
        return False  # an abbreviation opening a sentence: «Проф. Ибрагимов предложил…»
    return surface not in TITLES and not is_hyphenated_initial(surface)


def is_hyphenated_initial(surface: str) -> bool:
    """К-Ж: the initial of a hyphenated given name (Касым-Жомарт) when written with one full stop."""
    return len(surface) == 3 and surface[1] in HYPHENS and surface[0].isupper() and surface[2].isupper()


def tokens_and_breaks(text: str) -> list[tuple[str, str, str]]:
    """In one C-level pass, the tokens of index.tokenize.fast_tokens as (surface, '.' or '', '')
    and between them the sentence breaks they may be as ('', '', the break's text: see
    ends_sentence)."""
    nfc, _ = nfc_with_map(text)
    return TOKEN_OR_BREAK_RE.findall(nfc)


def sentence_breaks(text: str, typed: bool = False, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where in `text` (from `start` up to `end`) each sentence but the last ends, in order: (where
    the break starts, at its . ! ? … or line break; where the next sentence starts). A new
    paragraph starts a sentence too; the analyzer finds the same (see TOKEN_OR_BREAK_RE).
    `typed`: a query's text, whose next sentence may start with a small letter."""
    pattern = _TYPED_BREAK_RE if typed else _BREAK_RE
    if end is None:
        found = pattern.finditer(text, start)
    else:  # scanned no further, but for what opens the sentence that starts at `end` («А, – А)
        found = (m for m in pattern.finditer(text, start, end + _OPENING) if m.end() <= end)
    return [m.span() for m in found if _ends_here(text, m)]


def sentence_starts(text: str, typed: bool = False, start: int = 0, end: int | None = None) -> list[int]:
    """Where each sentence after the first starts: see sentence_breaks."""
    return [at for _, at in sentence_breaks(text, typed, start, end)]


def sentences(text: str) -> list[str]:
    """The sentences of `text`, each stripped (a closing quote stays with its sentence)."""
    bounds = [0, *sentence_starts(text), len(text)]
    return [s for s in (text[a:b].strip() for a, b in zip(bounds, bounds[1:])) if s]


def first_sentence(text: str) -> str:
    """The first sentence of `text`, with its full stop (and closing quote)."""
    m = next(_breaks_from(text, 0), None)
    return text[:m.end()].rstrip() if m else text


def sentence_start(text: str, at: int, reach: int | None = None) -> int:
    """Where the sentence holding offset `at` starts (`at` itself when a sentence starts there),
    looked for at most `reach` characters back (else 0)."""
    starts = sentence_starts(text, start=0 if reach is None else max(0, at - reach), end=at)
    return starts[-1] if starts else 0


def sentence_around(text: str, at: int, reach: int = 2000) -> tuple[int, int]:
    """(start, end) of the sentence holding offset `at`: see sentence_start; it ends at the . ! ? …
    or line break that ends it (else where the text does)."""
    m = next(_breaks_from(text, at), None)
    return sentence_start(text, at, reach), (m.start() if m else len(text))


def _breaks_from(text: str, at: int):
    """The sentence breaks from offset `at` on, lazily (the first is what most callers want)."""
    return (m for m in _BREAK_RE.finditer(text, at) if _ends_here(text, m))


def _ends_here(text: str, m: re.Match) -> bool:
    """ends_sentence for a break _BREAK_RE found: the token before it looked for in the text."""
    gap = m.group()
    at = m.start()
    if text[at] != "." or gap.count("\n") > 1:
        return True
    lo = max(0, at - _WORD_LOOKBACK)
    last = None
    for last in TOKEN_DOT_RE.finditer(text, lo, at + 1):
        pass
    if last is None or (last.start() == lo and lo and (text[lo - 1].isalnum() or text[lo - 1] in HYPHENS)):
        return True  # no token, or a long one: no initial, no abbreviation
    return ends_sentence(last.group(1), last.group(2), gap)
