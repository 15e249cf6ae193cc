"""A decade written with four digits and with two: «1990-е», «в 1990-х годах» and «90-е», «в 90-х
годах» are one decade. The index holds such a decade under both numbers (index.analysis.expand), so
`1990-е` finds «90-х годов» and `90-е` finds «1990-е годы», in a phrase too.

Only 1930–1990: a two-digit «20-е», «10-х» may be the 1920s or the 2020s, a meeting's ordinal («20-е
заседание») or days of a month («в 20-х числах»), which a year's search (`2020`) must not find.
"""
from __future__ import annotations

# a plural's ending after the number: «90-е», «90-ые», «90-х», «90-ых» (no «-м»: «на 90-м заседании»)
DECADE_ENDINGS = frozenset({"е", "ые", "х", "ых"})
_TWO_DIGITS = {f"{tens}0": f"19{tens}0" for tens in range(3, 10)}
_FOUR_DIGITS = {four: two for two, four in _TWO_DIGITS.items()}


def other_decade_spelling(number: str, ending: str) -> str | None:
    """The decade's number as the other spelling writes it («90» for «1990-х», «1990» for «90-е»), or
    None when `number`-`ending` is no decade of the years that have both spellings."""
    if ending not in DECADE_ENDINGS:
        return None
    return _TWO_DIGITS.get(number) or _FOUR_DIGITS.get(number)
