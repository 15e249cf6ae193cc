"""A Telegram post's time, «01.03.2026 10:00», on the first line of its paragraph.

A Telegram export is one document dated by its latest post (README, Known limits), so the label is
where a reader sees when each post was published: on the document page, in a snippet and in a quote
(cited with the post's own day). It is no text: it holds no index term and the highlighter marks none
of it, so `2026`, `10:00` or `1 марта` finds no post by the day it was posted, only by its words. The
text's datelines do not date the export either (its metadata, the latest post, does)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

FORMAT = "telegram"  # the only format whose paragraphs open with a post's time
# the label opening the text or a paragraph (after a blank line), a line of its own
_LABEL = re.compile(r"(?:^|(?<=\n\n))(\d\d)\.(\d\d)\.(\d{4}) \d\d:\d\d(?=\n)")


def post_time_label(iso_day: str, hh_mm: str) -> str:
    """«01.03.2026 10:00» of «2026-03-01» and «10:00»."""
    return f"{iso_day[8:10]}.{iso_day[5:7]}.{iso_day[:4]} {hh_mm}"


def without_post_times(text: str) -> str:
    """`text` with its post labels as spaces: no term, and every other character at its offset."""
    return _LABEL.sub(lambda m: " " * len(m.group()), text)


def split_post_time(text: str) -> tuple[date | None, str]:
    """(the post's day, its text) of a paragraph opening with its label; (None, text) without one."""
    m = _LABEL.match(text)
    if not m:
        return None, text
    try:
        day = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None, text
    return day, text[m.end():].lstrip("\n")


def label_before(text: str, start: int) -> tuple[int, str]:
    """For a fragment of `text` from `start`: where it starts and the label of its post to show
    before it. A cut inside the label starts at the label, so no bare «14:05» reads as the text's;
    a cut after it has the label shown apart («29.11.2026 14:05 …прошла XXXV сессия»)."""
    label = None
    for found in _LABEL.finditer(text):  # not cut at `start`: it may fall inside the label
        if found.start() >= start:
            break
        label = found
    if label is None:
        return start, ""
    if start <= label.end() + 1:  # within the label or at its body's start: the post's start
        return label.start(), ""
    return start, label.group()


Tokens = Callable[[str], Iterable[tuple[str, int, int]]]


def tokens_without_post_times(tokens: Tokens) -> Tokens:
    """`tokens` (text -> (term, start, end)) reading no term in a post's label."""
    return lambda text: tokens(without_post_times(text))
