"""Words a speaker quotes from someone else: «Т. Ибрагимов процитировал Первого Президента:
«…»», «напомнил слова Абая: «…»», ««…», — процитировал Абая Т. Ибрагимов». They are not his
own words, and who first said them is told by the text only in the case it is in: such a quote
is nobody's rather than the wrong person's."""
from __future__ import annotations

import re

from index.sentences import sentence_around

from ._text import holds_any
from .paragraph_turns import Turn

# the verbs of quoting, and the verbs that quote when their object is someone's words
_QUOTING = (r"(?:про)?цитирова\w*|цитиру\w*|зачита\w*|"
            r"(?:напомни|напомина|приве|приво|привё|вспомни|вспомина|повтори|повторя)\w*"
            r"\s+(?:\w+\s+){0,2}?(?:слова|словами|высказывани\w+|изречени\w+|цитат\w+|завет\w*|строк\w*|мудрост\w+)")
# «…» after the verb and whom he quotes (initials allowed): "процитировал Н.А. Назарбаева: «"
_QUOTE_AFTER = re.compile(r"\b(?:" + _QUOTING + r")\b(?:[^.!?«»:]|(?<=\b[A-ZА-ЯЁ])\.){0,120}:\s*(?P<open>«)",
                          re.IGNORECASE)
# «…», — процитировал Абая Т. Ибрагимов.
_QUOTE_BEFORE = re.compile(r"(?P<open>«)[^«»]+»[,.!?…]?\s*[—–-]\s*(?:" + _QUOTING + r")\b", re.IGNORECASE)
# what every verb of _QUOTING starts with: a paragraph with none is not searched (_QUOTE_AFTER is tried
# at every letter)
_QUOTING_STEMS = ("цитир", "зачита", "напом", "прив", "вспом", "повтор")


def without_quoted_others(para: str, turns: list[Turn]) -> list[Turn]:
    """The paragraph's turns with the words its speakers quote from others made a turn of
    nobody's; what follows them is the surrounding turn's again."""
    if "«" not in para or not holds_any(para, _QUOTING_STEMS):
        return turns
    for pattern in (_QUOTE_AFTER, _QUOTE_BEFORE):
        for m in pattern.finditer(para):
            start = m.start("open")
            close = para.find("»", start)
            if close < 0:
                continue
            end = sentence_around(para, close)[1] if pattern is _QUOTE_BEFORE else close + 1
            turns = _nobodys(para, turns, start, end)
    return turns


def _nobodys(para: str, turns: list[Turn], start: int, end: int) -> list[Turn]:
    """`turns` with para[start:end] a turn of nobody's."""
    # the sentence's end punctuation stays with the quote
    while end < len(para) and para[end] in ".!?…":
        end += 1
    resumed = max((t for t in turns if t.offset <= end), key=lambda t: t.offset)
    out = [t for t in turns if t.offset < start]
    if not para[out[-1].offset if out else 0:start].strip() and out:
        out.pop()  # nothing of the turn before the quote is left
    out.append(Turn(start, []))
    if para[end:].strip():
        out.append(resumed._replace(offset=end))
    out.extend(t for t in turns if t.offset > end)
    return out
