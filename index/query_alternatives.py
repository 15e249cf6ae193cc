"""Another reading of a query as typed, offered as «Возможно, вы имели в виду» when it finds more
than the query did: its words typed on the Latin keyboard layout read on the Russian one
(`fccfv,ktz`: «ассамблея»), an abbreviation of the list typed in lowercase in capitals (`анк`:
«АНК», which also finds «Ассамблея народа Казахстана»), a capital НЕ before a verb as a word
(`Фейки НЕ пройдут`, a headline's emphasis), and, when nothing was found, any capital НЕ
among lowercase words as a word (`Как НЕ стать соучастником провокации`), a quotation mark
left open as none (`«Совет матерей молодежь`: the phrase ran to the end) and a place's name the
synonyms table reads only with a capital, capitalised (`алмата`: «Алмата», which finds «Алматы»), or
one of its hyphenated names typed as one word or with a space, hyphenated (`алмаата`, `алма ата`: «Алма-Ата»).
A name and a year joined by a hyphen (`Концепция-2025`, `Стратегия-2050`) are one word that must be
written so, its parts side by side: the two words apart (`Концепция 2025`), which find «Концепция
развития АНК до 2025 года», are offered when they find more. Once the hyphenated name found some, only
where its first part is a common word, the shorthand of a longer title («Стратегия «Казахстан-2050»»); a
name's (`Қазақстан-2050`, `Казахстан-2030`) is the programme's own name, found as written, and its words
apart only add the documents naming the country and the year apart («Қазақстан халқы 2050 жылға дейін»);
so is one found with its spelling corrected (`Казакстан-2050`: «Казахстан-2050»).
"""
from __future__ import annotations

import re

from index.keyboard_layout import russian_layout
from index.morphology import is_common_word
from index.query import (abbreviations_in_capitals, emphatic_negations_as_words, negations_as_words, open_quote_as_words,
                         sub_outside_filters, sub_outside_quotes_and_filters)
from index.synonyms import capitalised_names, hyphens_restored

# A word of letters, a hyphen or a dash, a number in digits: outside quotes (a quoted one keeps its meaning)
_WORD_AND_NUMBER = re.compile(r"(?<![\w-])([^\W\d_]+)[-\u2010-\u2014\u2212](\d+)(?![\w-])")


def words_apart(text: str, names_too: bool = True) -> str | None:
    """`text` with each hyphenated name and number typed outside quotes as two words, or None; not
    `names_too`: only those whose first part the dictionary reads as a common word (`Стратегия-2050`,
    not `Казахстан-2030` nor `Қазақстан-2050`)."""
    def apart(m: re.Match) -> str:
        if names_too or is_common_word(m.group(1).lower()):
            return f"{m.group(1)} {m.group(2)}"
        return m.group(0)

    text_apart = sub_outside_quotes_and_filters(_WORD_AND_NUMBER, apart, text)
    return text_apart if text_apart != text else None


def other_reading(typed: str, nothing_found: bool, in_archive=lambda word: False, names_found: bool = False) -> str | None:
    """`typed` (ParsedQuery.typed) read every other way that applies, or None when none does;
    `in_archive` tells a word the archive has (a Latin one stays as it is); `names_found`: its
    spelling corrected finds some (`Казакстан-2050`: «Қазақстан-2050»), so a name and year stay
    joined, as one found as typed does."""
    # an operator as typed, before the layout makes one of `YT` (НЕ): that one was typed on purpose
    if nothing_found:
        text = negations_as_words(typed) or typed
        text = open_quote_as_words(text) or text
        text = capitalised_names(text) or text
        text = hyphens_restored(text) or text
    else:
        text = emphatic_negations_as_words(typed) or typed
    text = russian_layout(text, in_archive, sub_outside_filters) or text
    text = abbreviations_in_capitals(text) or text
    text = words_apart(text, names_too=nothing_found and not names_found) or text
    return text if text != typed else None
