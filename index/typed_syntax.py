"""Query syntax typed the way other search engines take it, read here or refused with a sentence,
never searched as words: a phrase's distance that is no whole number, a boost, an operator typed
twice. index.query raises the sentences as a QueryError.

    phrase_distances(text) -> (text, sentence or None)   `"…"~0` is the exact phrase; `~-1`, `~1.5` refused
    boost_refusal(text) -> sentence or None               `word^5`, `^2`, `word^abc`
    single_operators(text) -> (text, sentence or None)    `OR OR` is OR; `OR AND`, `NOT NOT` refused

Each looks at the text outside "quoted phrases" (quotes straightened and closed by the caller).
"""
from __future__ import annotations

import re

from index.quoted_phrases import parts_outside_quotes

# a phrase, and what is glued to its closing quote after a tilde; or a tilde, spaces, a number
_PHRASE_DISTANCE_RE = re.compile(r'"[^"]*"(?:~(?P<glued>[^\s()"]*)(?P<spaced>(?<=~)\s+\d[^\s()"]*)?)?')
_DISTANCE_EXAMPLE = 'например "форум Астана"~2, или без «~», чтобы искать фразу точно'


def phrase_distances(text: str, max_slop: int) -> tuple[str, str | None]:
    """`text` with each `"…"~0` as the exact phrase it means (as Lucene reads it: no word between),
    and a sentence for a distance after a phrase that is no whole number from 1 to `max_slop`
    (`~-1`, `~+1`, `~1.5`, `~2abc`, `~ 2`): the parser took none of them and searched the number
    as one more word, so `"кварцит гранит"~0` found the one document whose title had a «0»."""
    out, start = [], 0
    for m in _PHRASE_DISTANCE_RE.finditer(text):
        glued, spaced = m.group("glued"), m.group("spaced")
        distance = (glued or "") + (spaced or "")
        if spaced or (glued and not glued.isascii()) or (glued and not glued.isdigit()):
            return text, (f"Расстояние «~{distance.strip()[:20]}» после фразы не подходит: укажите целое число "
                          f"от 1 до {max_slop} сразу после «~», {_DISTANCE_EXAMPLE}.")
        if glued and int(glued) == 0:
            out.append(text[start:m.start("glued") - 1])  # the phrase without its `~0`
            start = m.end()
    out.append(text[start:])
    return "".join(out), None


# Whoosh's BoostPlugin: `^` and a number (or none) before a space, a bracket or the end
_BOOST_RE = re.compile(r"(?P<word>[^\s()^]*)\^(?P<boost>\d*(?:[.,]\d+)?)(?=[\s)]|$)")
_CARET_RE = re.compile(r"[^\s()]*\^[^\s()]*")


def boost_refusal(text: str) -> str | None:
    """A sentence for a `^` outside quotes: Lucene's boost `кварцит^5` multiplied the score of
    the whole group it stood in, other words' documents too, so the order never followed it;
    `кварцит^abc` was searched as the phrase «кварцит abc» and found nothing; `^2` searched «2»."""
    for part in parts_outside_quotes(text):
        m = _BOOST_RE.search(part)
        if m:
            typed = m.group(0)
            return (f"Усиление «{typed[:40]}» не поддерживается: уберите «^{m.group('boost')}» — "
                    f"порядок результатов от него не зависит.")
        m = _CARET_RE.search(part)
        if m:
            return f"Знак «^» в «{m.group(0)[:40]}» не поддерживается: уберите его или поставьте вместо него пробел."
    return None


# Operators as index.query._parser reads them, two or more in a row
_OPERATOR = r"(?:ANDNOT|AND|И|OR|ИЛИ|NOT|НЕ)"
_OPERATOR_RUN_RE = re.compile(r"(?<![^\s(])" + _OPERATOR + r"(?:\s+" + _OPERATOR + r")+(?=\s|$)")
_MEANING = {"AND": "AND", "И": "AND", "OR": "OR", "ИЛИ": "OR", "NOT": "NOT", "НЕ": "NOT", "ANDNOT": "ANDNOT"}


def single_operators(text: str) -> tuple[str, str | None]:
    """`text` with an operator typed twice in a row outside quotes (`OR OR`, `ИЛИ OR`, `AND И`)
    as one, and a sentence for operators in a row that say different things (`OR AND`, `AND OR`,
    `NOT OR`) or a NOT typed twice (`NOT NOT`: "not not" is no exclusion). `AND NOT`, `OR NOT`
    stay: a NOT belongs to the word after it. `кварцит OR OR гранит` was read as `кварцит AND
    гранит`, a quarter of the documents, without a word."""
    out: list[str] = []
    for i, part in enumerate(re.split(r'("[^"]*")', text)):
        if i % 2:
            out.append(part)
            continue
        for m in _OPERATOR_RUN_RE.finditer(part):
            sentence = _run_refusal(m.group(0).split())
            if sentence:
                return text, sentence
        out.append(_OPERATOR_RUN_RE.sub(lambda m: _one_operator(m.group(0).split()), part))
    return "".join(out), None


def _run_meanings(run: list[str]) -> tuple[list[str], bool]:
    """The operators of a run without the NOT ending it, and whether one does."""
    meanings = [_MEANING[word] for word in run]
    negated = meanings[-1] == "NOT" and len(meanings) > 1 and meanings[-2] != "NOT"
    return (meanings[:-1] if negated else meanings), negated


def _run_refusal(run: list[str]) -> str | None:
    meanings, _ = _run_meanings(run)
    typed = " ".join(run)
    every = [_MEANING[word] for word in run]
    if set(meanings) == {"NOT"} or any(a == b == "NOT" for a, b in zip(every, every[1:])):
        negation = next(word for word in run if _MEANING[word] == "NOT")
        return (f"Оператор «{negation}» повторён подряд («{typed}»): слово исключается одним, "
                f"например кварцит {negation} гранит.")
    if len(set(meanings)) > 1:
        return (f"Операторы «{typed}» стоят подряд: оставьте один, например кварцит OR гранит "
                f"или кварцит AND гранит.")
    return None


def _one_operator(run: list[str]) -> str:
    negated = _run_meanings(run)[1]
    return run[0] + (" " + run[-1] if negated else "")
