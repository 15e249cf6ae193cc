"""Operators of other search engines, which this query language lacks, said with what does their
job here rather than searched as words or dropped unsaid:

- `единство NEAR богатство`, `NEAR/3`, `NEAR(3)` (Bing, Lucene-like catalogues), `AROUND(3)` (Google) and
  `W/3`, `/3` (LexisNexis, Westlaw): words
  near each other are a quoted phrase with a distance, `"единство богатство"~5`; NEAR was searched
  as a word no document has (in an English one «near» would even match), AROUND lost its number;
- `согласие ~~ мир` (Yandex: «without»): the minus or NOT; the analyzer dropped the `~~`, so the
  word became required, the opposite set;
- `~согласие` (Google's old synonyms): every form and the archive's other names of a word are found
  anyway; the tilde was dropped;
- `!медиация` (Yandex: this form only): the exact-form search; the mark was dropped. In an exact
  search it asks for what is asked already, and is read away.

A bare NEAR counts only beside a word with a lowercase letter: in a headline typed in capitals it
is a word. `word~2`, `~2` and a tilde inside a word are refused by index.query._check_fuzzy.

    other_operator_refusal(text, exact) -> (sentence, sentence as the web page says it) or None
    without_exact_marks(text) -> text   (an exact search's `!word` as `word`)
"""
from __future__ import annotations

import re

from index.quoted_phrases import parts_outside_quotes, sub_outside_quotes

# the distance a bare NEAR is offered with (`"a b"~5`), and the largest one offered (index.query.MAX_SLOP)
NEAR_DISTANCE = 5
MAX_OFFERED_DISTANCE = 10
_WORD = r"[^\s()\"]+"
# `a NEAR b`, `a NEAR/3 b`, `a NEAR(3) b`, `a AROUND(3) b`, `a AROUND b`, and the legal databases' `a W/3 b`,
# `a PRE/3 b`, `a /3 b` (the words around optional: a missing one is shown as «слово»)
_NEAR_RE = re.compile(r"(?:(?P<before>" + _WORD + r")\s+)?(?<![^\s(])"
                      r"(?P<op>(?P<name>NEAR|AROUND)(?:/(?P<n>\d+)|\s*\((?P<m>\d+)\))?"
                      r"|(?:[Ww]|PRE|pre)?/(?P<k>\d+))"
                      r"(?![^\s)])(?:\s+(?P<after>" + _WORD + r"))?")
_TWO_TILDES_RE = re.compile(r"~~+\s*(?P<after>" + _WORD + r")?")
_TILDE_WORD_RE = re.compile(r"(?<![^\s(])~(?P<word>[^\W\d_][^\s()\"]*)")
_PHRASE_DISTANCE_RE = re.compile(r'"(?=~)~[^\s()"]*')
_EXACT_MARK_RE = re.compile(r"(?<![^\s(])!+(?=[^\W_])")


def other_operator_refusal(text: str, exact: bool = False) -> tuple[str, str] | None:
    """The sentence for the first other engine's operator outside quotes in `text`, for the API and
    the command, and as the web page says it; None when there is none."""
    # a phrase's own distance, however mistyped (`"…"~x`), is index.typed_syntax's to refuse
    for part in parts_outside_quotes(_PHRASE_DISTANCE_RE.sub('"', text)):
        refusal = _near(part) or _two_tildes(part) or _tilde(part) or (None if exact else _exact_mark(part))
        if refusal:
            return refusal if isinstance(refusal, tuple) else (refusal, refusal)
    return None


def without_exact_marks(text: str) -> str:
    return sub_outside_quotes(_EXACT_MARK_RE, "", text)


def _near(part: str) -> str | None:
    for m in _NEAR_RE.finditer(part):
        before, after = m.group("before"), m.group("after")
        if m.group("op") in ("NEAR", "AROUND") and not any(w and w != w.upper() for w in (before, after)):
            continue  # a headline in capitals: NEAR is its word
        typed = m.group("n") or m.group("m") or m.group("k")
        distance = min(max(int(typed), 1), MAX_OFFERED_DISTANCE) if typed else NEAR_DISTANCE
        op = m.group("name") or m.group("op")
        words = f"{before or 'слово'} {after or 'слово'}"
        return (f"Оператора {op} здесь нет: слова рядом ищет фраза в кавычках с расстоянием, "
                f"например \"{words}\"~{distance} (слова не дальше {distance} друг от друга, в любом порядке).")
    return None


def _two_tildes(part: str) -> str | None:
    m = _TWO_TILDES_RE.search(part)
    if not m:
        return None
    word = m.group("after") or "слово"
    return (f"Знак «~~» здесь не исключает: чтобы найти документы без слова «{word}», поставьте минус "
            f"или НЕ: -{word} или НЕ {word}.")


def _tilde(part: str) -> str | None:
    m = _TILDE_WORD_RE.search(part)
    if not m:
        return None
    return (f"Знак «~» перед словом «{m.group('word')}» не нужен: все формы слова и его другие названия из "
            f"словаря архива находятся и так; уберите «~», а другие слова добавьте через OR.")


def _exact_mark(part: str) -> tuple[str, str] | None:
    m = re.search(r"(?<![^\s(])!+(?P<word>[^\W_][^\s()\"]*)", part)
    if not m:
        return None
    lead = f"Знак «!» перед словом «{m.group('word')}» не работает: чтобы найти слово только в этой форме, "
    return lead + "ищите точную форму (--exact, exact=1).", lead + "отметьте флажок «точная форма слов»."
