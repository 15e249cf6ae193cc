"""Records that say the same thing shown once: a result, and the other records as its copies.

An archive holds one text many times: the same news item as a .txt, its Windows copy (CRLF), its
re-encoded copy, the saved HTML page, a PDF print, a repost. Each is a document of its own (a
document is one file's content, ingest/ keeps them apart by their bytes), and each of its
paragraphs a quote of its own, so one sentence filled a page of quotes once per copy and pushed
the rest off it. Records whose text is the same once written alike (NFC, case, white space, dash
and quote marks; for a quote, with the same speakers) are one result: the best ranked is shown,
the others are listed as its copies. The ranking is read in growing windows until the page is
full, each record's key read once per index generation.

Which copy stands for the group is fixed by the copies alone, never by the ranking or the sort
(`representative`), so a group looks the same on every sort and a quote cites the original: the
earliest dated, then the one with most files, then the one titled as most of them are, then the
smallest document id. The group keeps the place of its best ranked member.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# typography a copy changes (a .txt saved from a page, a print, a re-encoding) and a reader does not see
_ALIKE = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2212": "-", "\u2010": "-",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2018": "'", "\u2019": "'", "\u00a0": " ", "\u202f": " ", "\u00ad": None, "\u200b": None, "\u0451": "\u0435",
})
_SPACE = re.compile(r"\s+")
# the most records a page's distinct results are looked for among: a page deep in a list of
# copies stops there (its count is then an estimate)
MAX_SCAN = 20000
# up to this many records matched, every one is read (its key once per index generation): the count
# of distinct results is exact on every page and sort, and a group stands as its representative
# among all its copies; past it a page reads a page more than it shows and the count is the
# records matched less the copies met
READ_ALL_UP_TO = 2000
# the copies of a group its representative is chosen among (a quote in 1,500 reposts read 1,500
# documents' stored fields on every search)
REPRESENTATIVE_CANDIDATES = 50


def written_alike(text: str) -> str:
    """`text` as two copies of it are written alike (NFC, case, white space, dash and quote marks)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).casefold().translate(_ALIKE)).strip()


def text_key(text: str, speakers: Sequence[str] = ()) -> int:
    """What two records share when they say the same thing (the same speakers saying it): a
    64-bit digest, never 0 (a per-generation array keeps it, 0 there meaning not read yet; two
    texts share one by chance about once in 10^8 among a million records)."""
    digest = hashlib.blake2b(written_alike(text).encode("utf-8"), digest_size=8)
    digest.update("\x00".join(sorted(speakers)).encode("utf-8"))
    return int.from_bytes(digest.digest(), "little") or 1


@dataclass(frozen=True)
class Facts:
    """What choosing a group's representative reads of a record (of its document, for a quote)."""
    date: int  # yyyymmdd, 0 undated
    files: int
    title: str
    id_rank: int  # the rank of its document's id (index.id_order)
    record: int


def representative(facts: Sequence[Facts]) -> Facts:
    """The copy that stands for a group of the same text, whatever the ranking: the earliest
    dated (the original a citation names; undated last), then the one with most files (the copy
    the archive keeps most), then the one titled as most of them are (not a repost's own headline
    over a quote), then the smallest document id."""
    titles = Counter(written_alike(f.title) for f in facts)
    return min(facts, key=lambda f: (f.date == 0, f.date, -f.files, -titles[written_alike(f.title)], f.id_rank,
                                     f.record))


@dataclass
class Result:
    record: int
    score: float | None
    copies: list[int]  # the other records with the same text, best ranked first


def distinct_page(rank: Callable[[int], tuple[list[int], list[float | None]]], key_of: Callable[[int], int],
                  start: int, per_page: int, total: int,
                  facts_of: Callable[[int], Facts] | None = None,
                  by_date: tuple[Callable[[int], int], bool] | None = None,
                  by_arrival: tuple[Callable[[int], int], Callable[[int], int]] | None = None
                  ) -> tuple[list[Result], int]:
    """One page of distinct results, and how many distinct results there are (exact when every
    matched record was read, else `total` less the copies met). `rank(n)`: the first n records
    matched, ranked, with their scores; `total`: how many records matched. `facts_of`: a result
    is shown as its `representative` copy, at the place and score of its best ranked one
    (without it, as its best ranked). `by_date` (a date sort: a record's date, yyyymmdd or 0, and
    whether newest first): a group is placed by the date it shows, its representative's, not by its
    newest copy's (a 2015 quote copied into this week's news stood first, dated 2015). `by_arrival`
    (the arrival sort: a record's date and when its document came into the archive): a group is
    placed by the arrival of the copy it shows, newest first, not by its copy that came in last (a
    2015 stenogram's quote stood first for an undated copy added last night)."""
    want = start + per_page
    # a page more than asked for (at least 20): copies rank beside their original, and a later page
    # reads only its own records' keys, not twice as many as all the pages before it
    n = total if total <= READ_ALL_UP_TO else want + max(per_page, 20)
    while True:
        records, scores = rank(n)
        groups: dict[int, list[int]] = {}
        for i, record in enumerate(records):
            groups.setdefault(key_of(record), []).append(i)
        read_all = len(records) >= total
        # one more than the page holds: the copies of the page's last result ranked before it are in
        if len(groups) > want or read_all or n >= MAX_SCAN:
            break
        n = min(n * 4, MAX_SCAN)
    ordered = list(groups.values())
    if by_date is not None and read_all:
        # only over every record: a window's groups gain copies as it grows, and a group placed by the
        # copies read so far moved between pages (shown twice, another never)
        ordered = _by_shown_date(ordered, [by_date[0](r) for r in records], by_date[1])
    elif by_arrival is not None and read_all:  # as by date: past every record read, groups would move pages
        ordered = _by_shown_arrival(ordered, [by_arrival[0](r) for r in records], [by_arrival[1](r) for r in records])
    ordered = ordered[start:want]
    page = []
    for group in ordered:
        members = [records[i] for i in group]
        if facts_of is not None and len(members) > 1:
            # the best ranked REPRESENTATIVE_CANDIDATES: each costs its document's stored fields
            first = representative([facts_of(r) for r in members[:REPRESENTATIVE_CANDIDATES]]).record
            members.remove(first)
            members.insert(0, first)
        page.append(Result(members[0], scores[group[0]], members[1:]))
    count = len(groups) if read_all else total - (len(records) - len(groups))
    return page, count


def _shown_date(group: list[int], dates: list[int]) -> int:
    """The date a group shows: its representative's, the earliest of its candidates (0 when all are
    undated, as `representative` chooses)."""
    return min((dates[i] for i in group[:REPRESENTATIVE_CANDIDATES] if dates[i]), default=0)


def _by_shown_date(groups: list[list[int]], dates: list[int], newest: bool) -> list[list[int]]:
    """`groups` (indexes of ranked records) ordered by the date each shows (_shown_date, undated
    last); ties keep their rank."""
    def key(group: list[int]) -> tuple[bool, int]:
        day = _shown_date(group, dates)  # once a group, not once for each part of its key
        return day == 0, -day if newest else day

    return sorted(groups, key=key)


def _by_shown_arrival(groups: list[list[int]], dates: list[int], arrivals: list[int]) -> list[list[int]]:
    """`groups` ordered by when the copy each shows came into the archive, newest first: the latest
    arrival among its candidates dated as it shows (_shown_date; of copies of one date, the files,
    title and id that `representative` weighs next are not read here); ties keep their rank."""
    def shown(group: list[int]) -> int:
        day = _shown_date(group, dates)
        return max(arrivals[i] for i in group[:REPRESENTATIVE_CANDIDATES] if dates[i] == day)

    return sorted(groups, key=lambda g: -shown(g))
