"""Why a line of a PDF column ends where it does. In justified text every line but a paragraph's
last reaches the column's right edge, so a short line ends its paragraph. In ragged-right text
(set flush left, as most Word documents and reports are) a line stops short wherever the next
word would not fit: it is short and still goes on, «…от сельских домов дружбы до» /
«Научно-экспертного совета», with room left for a short word but not for that one."""
from __future__ import annotations

# A justified column's lines end within this share of its width of the right edge.
_FLUSH = 0.02
# Fewer rows than this show nothing of how a column is set: taken as justified.
_FEW_ROWS = 4


def is_ragged(rows: list, right: float, width: float) -> bool:
    """Whether a column's rows (with x1) are set ragged-right: fewer than half of them end at
    its right edge."""
    if len(rows) < _FEW_ROWS:
        return False
    flush = sum(1 for r in rows if right - r.x1 <= max(2.0, _FLUSH * width))
    return 2 * flush < len(rows)


def next_word_fits(line, next_text: str, char_width: float, right: float) -> bool:
    """Whether the first word of ``next_text`` (its letters about ``char_width`` wide), after a
    space, would have fit between the end of ``line`` (with x1) and the column's right edge: then
    a ragged line ended there because its paragraph did. A hyphenated word counts whole: the
    typesetters of these documents do not break «Научно-экспертного» at its hyphen."""
    words = next_text.split(None, 1)
    if not words:
        return True
    return (len(words[0]) + 1) * char_width <= right - line.x1
