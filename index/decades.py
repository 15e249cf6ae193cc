"""A decade written with four digits and with two: «1990-е», «в 1990-х годах» and «90-е», «в 90-х
годах» are one decade, and so are Kazakh «1990 жылдары», «1990-жылдары» and «90-жылдары». The index
holds such a decade under both numbers (index.analysis.expand, decade_in_context), so `1990-е` finds
«90-х годов» and `90-е` finds «1990-е годы», in a phrase too.

Only 1930–1990: a two-digit «20-е», «10-х» may be the 1920s or the 2020s, a meeting's ordinal («20-е
заседание») or days of a month («в 20-х числах»), which a year's search (`2020`) must not find. An
ordinal of the other tens is told by the noun after it (decade_in_context): «30-е заседание», «50-е место».
"""
from __future__ import annotations

import re

from index.morphology import parses

# a plural's ending after the number: «90-е», «90-ые», «90-х», «90-ых» (no «-м»: «на 90-м заседании»)
DECADE_ENDINGS = frozenset({"е", "ые", "х", "ых"})
_TWO_DIGITS = {f"{tens}0": f"19{tens}0" for tens in range(3, 10)}
_FOUR_DIGITS = {four: two for two, four in _TWO_DIGITS.items()}
# the endings an ordinal shares with a decade's nominative and accusative: «30-е заседание», «30-ые»
_ORDINAL_ENDINGS = frozenset({"е", "ые"})
# Kazakh «years» in the plural, a decade after its number: «1990 жылдары», «90-жылдары», «90-жылдардағы»
_KAZAKH_YEARS = re.compile(r"жылдар\w*")
# «осы 30 жылдары» (these thirty years), «соңғы 30 жылдары» (the last thirty): a bare two-digit number after
# them counts years, no decade («90-жылдары» with its hyphen, «1990 жылдары» stay decades)
_KAZAKH_COUNTED_YEARS = frozenset({"осы", "соңғы", "соңгы", "өткен"})
# «в 90-е», «во 2-е»: a decade; an ordinal after «в» takes its noun's locative («в 30-м заседании»)
_DECADE_PREPOSITIONS = frozenset({"в", "во"})


def other_decade_spelling(number: str, ending: str) -> str | None:
    """The decade's number as the other spelling writes it («90» for «1990-х», «1990» for «90-е»), or
    None when `number`-`ending` is no decade of the years that have both spellings. A Kazakh «жылдары»
    after the hyphen is a decade's ending too («90-жылдары»)."""
    if ending not in DECADE_ENDINGS and not _KAZAKH_YEARS.fullmatch(ending):
        return None
    return _TWO_DIGITS.get(number) or _FOUR_DIGITS.get(number)


def decade_in_context(word: str, before: str, after: str) -> tuple[str | None, str | None]:
    """(a term to drop, a term to add) for the lowercase token `word` between the tokens `before` and
    `after`: an ordinal written as a decade («30-е заседание», «на 50-е место»: a singular neuter noun or
    adjective after it, no «в» before it) loses the decade's other spelling; a number before Kazakh
    «жылдары» («1990 жылдары») gains it, unless it counts years («осы 30 жылдары»). (None, None) for the rest."""
    number, _, ending = word.partition("-")
    if ending in _ORDINAL_ENDINGS and before.lower() not in _DECADE_PREPOSITIONS and _neuter_singular(after.lower()):
        return other_decade_spelling(number, ending), None
    if not ending and _KAZAKH_YEARS.fullmatch(after.lower()):
        if number in _TWO_DIGITS and before.lower() in _KAZAKH_COUNTED_YEARS:
            return None, None
        return None, _TWO_DIGITS.get(number) or _FOUR_DIGITS.get(number)
    return None, None


def decade_searched(word: str, before: str, after: str) -> str | None:
    """The four-digit term a query's two-digit decade searches for instead of its number («30-е годы»,
    «30-х»: 1930), or None. The index holds the four digits at every decade written with two, and not at an
    ordinal («30-е заседание», decade_in_context), whose bare number a search for the decade must not find;
    an ordinal typed with its noun is searched by its number (typed_ordinals_as_numbers)."""
    number, _, ending = word.partition("-")
    if number not in _TWO_DIGITS or not ending or decade_in_context(word, before, after)[0]:
        return None
    return other_decade_spelling(number, ending)


# a query's two-digit «30-е» or «30-ые» before the word that may make it an ordinal («30-е заседание»)
_TYPED_ORDINAL = re.compile(r"(?<![\w-])(?P<word>\d\d-(?:е|ые))(?=\s+(?P<after>[^\W\d_]+))", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def typed_ordinals_as_numbers(query: str) -> str:
    """`query` with an ordinal typed as a decade («30-е заседание», not «в 30-е годы») written as its bare
    number, which the index holds at the ordinal: a query reads its words one by one, and a decade's
    «30-е» alone searches the 1930s (decade_searched)."""
    def number(m: re.Match) -> str:
        before = _WORD_BEFORE.search(query, 0, m.start())
        drop, _ = decade_in_context(m["word"].lower(), before[1] if before else "", m["after"])
        return m["word"].partition("-")[0] if drop else m["word"]
    return _TYPED_ORDINAL.sub(number, query)


def _neuter_singular(word: str) -> bool:
    """`word`'s likeliest reading is a singular neuter noun or adjective in the nominative or accusative:
    an ordinal's noun («заседание», «место», «юбилейное»), not a decade's «годы»."""
    readings = parses(word) if word.isalpha() else ()
    tag = readings[0].tag if readings else None
    return tag is not None and tag.POS in {"NOUN", "ADJF"} and {"neut", "sing"} <= tag.grammemes \
        and bool({"nomn", "accs"} & tag.grammemes)
