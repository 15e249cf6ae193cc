"""Two columns of prose side by side in a plain text, read column by column.

An OCR program that did not segment a newspaper page (Tesseract with one block per page) writes
each line across both columns: «пил Президент страны Н.А.На-     дарственного языка. Как от-».
Read as lines, the left column's hyphen joins the right column's next line («Как отзарбаев»), and
read as a table, every line is a row of two cells with a name cut in half. Such lines are told by
a wide gap at the same place on every line (the right column's left edge), and by prose in both
columns: their lines run on into the next one (a word or a hyphen at the end, lowercase below).
A table's cells at a fixed place rarely run on, a letterhead in capitals never does."""
from __future__ import annotations

import re

from .normalize import _SENTENCE_END

# A gap between the columns: three spaces or more, as between a fixed-width table's cells.
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_GAP_SPACES = "   "  # what every _GAP holds
# Fewer lines than this with text in both columns are no columns worth reading apart.
_MIN_LINES = 4
# The right column starts within this many characters of one place on every line (OCR pads its
# lines with spaces to the place it saw the text at).
_DRIFT = 1
# The share of a column's lines that must run on into its next line for the column to be prose.
_RUNS_ON = 0.4


def columns_unfolded(lines: list[str]) -> list[str]:
    """``lines`` with each block of two prose columns side by side rewritten as its left column's
    lines, a blank line, then its right column's lines. Other lines stay as they are."""
    if not any(_GAP_SPACES in line for line in lines):  # no gap, no columns: most texts
        return list(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = _column_run(lines, i)
        if not run:
            out.append(lines[i])
            i += 1
            continue
        if _two_prose_columns(run):
            out.extend(_column_lines([left for left, _ in run]))
            out.append("")
            out.extend(_column_lines([right for _, right in run]))
        else:
            # a table or a list: the lines below its first fit the same gap, a block starting among
            # them would be a piece of it; trying each again costs the run's length per line (minutes
            # for a list of thousands of names)
            out.extend(lines[i:i + len(run)])
        i += len(run)
    return out


def _column_lines(parts: list[str]) -> list[str]:
    """A column's lines, a blank line under its heading: a line in capitals over one that is not
    («ЕДИНСТВО В МНОГООБРАЗИИ» over «Вчера в Астане открылась»), which the column's narrow lines
    would otherwise run into its first paragraph."""
    lines = [p for p in parts if p]
    out: list[str] = []
    for line, below in zip(lines, lines[1:] + [""]):
        out.append(line)
        if below and _in_capitals(line) and not _in_capitals(below):
            out.append("")
    return out


def _in_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _column_run(lines: list[str], start: int) -> list[tuple[str, str]]:
    """The lines from ``lines[start]`` on that fit a gap at the place of its own one gap, each as
    its left and right part's text; empty when that line has no such gap."""
    edge = _right_edge(lines[start])
    if edge is None:
        return []
    run: list[tuple[str, str]] = []
    for line in lines[start:]:
        parts = _parts(line, edge) if line.strip() else None
        if parts is None:
            break
        run.append(parts)
    return run


def _two_prose_columns(run: list[tuple[str, str]]) -> bool:
    """The run is two columns of prose: enough lines with text in both, and both read as prose."""
    if sum(1 for left, right in run if left and right) < _MIN_LINES:
        return False
    return _prose([left for left, _ in run]) and _prose([right for _, right in run])


def _right_edge(line: str) -> int | None:
    """Where the second of a line's two parts starts: a line with one wide gap, after its text."""
    if _GAP_SPACES not in line:
        return None
    gaps = list(_GAP.finditer(line.rstrip()))
    if len(gaps) != 1:
        return None
    return gaps[0].end()


def _parts(line: str, edge: int) -> tuple[str, str] | None:
    """A line's text in the left and the right column (the right column's start at ``edge``): one
    of them empty for the left column's last line or the right column's under an empty left one;
    None when the line does not fit the columns (a line across both, a gap elsewhere)."""
    text = line.rstrip()
    indent = len(text) - len(text.lstrip())
    if indent >= edge - _DRIFT:
        return ("", text.strip()) if indent <= edge + _DRIFT else None
    if len(text) < edge - 2:
        return text.strip(), ""
    gaps = list(_GAP.finditer(text))
    if len(gaps) != 1 or abs(gaps[0].end() - edge) > _DRIFT:
        return None
    gap = gaps[0]
    return text[:gap.start()].strip(), text[gap.end():]


def _prose(parts: list[str]) -> bool:
    """Whether a column's lines are prose: mostly letters, and enough of them run on into the line
    below (no sentence's end, and the next opens lowercase, or a hyphen breaks a word)."""
    pairs = [(a, b) for a, b in zip(parts, parts[1:]) if a and b]
    if not pairs:
        return False
    letters = sum(ch.isalpha() for p in parts for ch in p)
    if 2 * letters < sum(len(p) for p in parts):
        return False
    running = sum(1 for a, b in pairs
                  if a.endswith(("-", "\u00ad")) or (not _SENTENCE_END.search(a) and b[:1].islower()))
    return running >= _RUNS_ON * len(pairs)
