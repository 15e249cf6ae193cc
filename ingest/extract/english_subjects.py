"""Whether an English mention is its sentence's subject, so an English «he said» may refer to it:
«Tokayev noted the role of Nursultan Nazarbayev. “…,” he said.» is Tokayev's, as the Russian rules
read «Токаев отметил роль Нурсултана Назарбаева» by the genitive. English has no cases: a subject
is a name with nothing before it in its sentence but its title («President Kassym-Jomart Tokayev»,
«Chairman of the Senate Maulen Ashimbayev», «Mr. Karin») and a mark (a dateline's dash, a closing
quote, a comma after an opening phrase), a name after a speech verb («said Karin») or a passive's
agent («The forum was closed by Dana Bekova»). A name after any other word («the role of …», «met
…») or a possessive («Tokayev’s») is none."""
from __future__ import annotations

from ._text import Token
from .honorifics import HONORIFICS
from .persons import Mention
from .speech_words import EN_SPEECH

# titles written with a dot (Mr. Nazarbayev), and the small words inside a title between its
# capitalized ones (Deputy Chairman of the Assembly)
EN_DOTTED_TITLES = frozenset("mr mrs ms dr prof".split())
EN_TITLE_JOINS = frozenset(("of", "the", "for", "and"))
_POSSESSIVE = ("'s", "’s")
_NO_SUBJECT_AFTER = frozenset("([")


def english_subject(tokens: list[Token], sids, m: Mention) -> bool:
    """The mention `m` of an English sentence may be its subject (see the module)."""
    if tokens[m.last_token - 1].text.endswith(_POSSESSIVE):
        return False
    sid = sids[m.first_token]
    i = m.first_token - 1
    while i >= 0 and sids[i] == sid and _title_word_before_name(tokens, sids, i):
        i -= 1
    if i < 0 or sids[i] != sid:
        return True  # the title opens the sentence
    t = tokens[i]
    if not t.is_word:
        return t.text not in _NO_SUBJECT_AFTER
    return t.text.lower() in EN_SPEECH or t.text.lower() == "by"  # the passive's agent: «was opened by X»


def _title_word_before_name(tokens: list[Token], sids, i: int) -> bool:
    """Token i, read back from a name, is still in the title before it: a capitalized word, an
    honorific, «Mr.»'s dot, or «of», «the» with a capitalized word before it (Chairman of the Senate)."""
    t = tokens[i]
    if t.is_cap or t.text in HONORIFICS:
        return True
    if t.text == ".":
        return i > 0 and tokens[i - 1].text.lower() in EN_DOTTED_TITLES
    if t.text.lower() not in EN_TITLE_JOINS or i == 0 or sids[i - 1] != sids[i]:
        return False
    before = tokens[i - 1]
    return before.is_word and (before.is_cap or before.text.lower() in EN_TITLE_JOINS)
