"""Operators and signs typed right against a group's bracket or a quoted phrase, read as if a
space stood there: `турнир OR(волонтер AND грант)`, `волонтер НЕ(грант ИЛИ турнир)`, `(волонтер OR
грант)ИЛИ турнир`, `(волонтер OR грант)-турнир`, `волонтер NOT"культурное наследие"`, `«культурное
наследие»ИЛИ волонтер`, `"культурное наследие"-волонтер`. The parser takes an operator only between
spaces and a minus only at a word's start, so these were words (OR(, )ИЛИ), stop words dropped (НЕ,
ИЛИ) or a minus read as a hyphen: the query's meaning changed without a word, an exclusion even
turned into a requirement. People type `NOT(` and `OR(` as other search engines and SQL take them.

    operators_apart_from_brackets(text) -> text   (quotes straightened and closed by the caller)
"""
from __future__ import annotations

import re

from index.quoted_phrases import split_at_quotes, sub_outside_quotes

_OPERATOR = r"(?:ANDNOT|AND|OR|NOT|ИЛИ|НЕ|И)"
# an operator standing alone before an opening bracket: `OR(`, `(НЕ(`
_BEFORE_BRACKET_RE = re.compile(r"(?<![^\s()])(" + _OPERATOR + r")(?=\()")
# ... or right after a closing one: `)ИЛИ турнир`, `)OR(`
_AFTER_BRACKET_RE = re.compile(r"(?<=\))(" + _OPERATOR + r")(?![^\s(])")
# what may stand before a group's opening bracket: nothing, a space, another group's bracket, a sign
_GROUP_OPENS_AFTER = frozenset(" \t\n(+-")
# an operator standing alone before a phrase's opening quote (`NOT"…"`), at the end of the text before it
_BEFORE_PHRASE_RE = re.compile(r"(?<![^\s()])(" + _OPERATOR + r")$")
# ... or right after a phrase's closing quote (`"…"ИЛИ волонтер`, `"…"OR"…"`), or a sign glued there (`"…"-волонтер`)
_AFTER_PHRASE_RE = re.compile(r"^(" + _OPERATOR + r"(?![^\s()])|[-+](?=\S))")


def operators_apart_from_brackets(text: str) -> str:
    """`text` with a space between a group's bracket or a quoted phrase and an operator or a sign
    glued to it, outside quotes. A bracket inside a word (`отчёт(1)-итог`) opens no group: its `)-` stays."""
    text = sub_outside_quotes(_BEFORE_BRACKET_RE, r"\1 ", text)
    text = sub_outside_quotes(_AFTER_BRACKET_RE, r" \1", text)
    return _signs_apart_from_groups(_operators_apart_from_phrases(text))


def _operators_apart_from_phrases(text: str) -> str:
    """`text` with a space between a quoted phrase (with its `~N`) and an operator or a sign glued to it."""
    parts = split_at_quotes(text)  # the parts outside at the even places, the phrases at the odd
    for i in range(0, len(parts), 2):
        if i + 1 < len(parts):
            parts[i] = _BEFORE_PHRASE_RE.sub(r"\1 ", parts[i])
        if i:
            parts[i] = _AFTER_PHRASE_RE.sub(r" \1", parts[i])
    return "".join(parts)


def _signs_apart_from_groups(text: str) -> str:
    """`text` with a space before a `-` or `+` glued to the closing bracket of a group (`(a OR b)-c`)."""
    out: list[str] = []
    groups: list[bool] = []  # for each bracket still open: whether it opened a group
    quoted = False
    for i, ch in enumerate(text):
        out.append(ch)
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            groups.append(i == 0 or text[i - 1] in _GROUP_OPENS_AFTER)
        elif ch == ")" and groups:
            group = groups.pop()
            if group and text[i + 1:i + 2] in ("-", "+") and text[i + 2:i + 3].strip():
                out.append(" ")
    return "".join(out)
