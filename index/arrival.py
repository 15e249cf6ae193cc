"""When a document came into the archive: the time ingest first added its content (`added`) and,
for a file edited since, the time its new content replaced the old (`changed`).

A document's id is its content's hash, so an edited file's new content is a new document that
answers for the old ids (index.store.IndexWriter: former ids). Its `added` is the earliest of the
documents it replaces (None when they were indexed before the times were kept), its `changed`
the time it was written: one time a writing session (the ingest that brought it), shared by every
document that session writes. A document written again with the same content (parsed again, moved,
copied, carried into a rebuilt index) keeps both. Times are whole seconds since the Unix epoch
(UTC); a page shows them in the server's local time, a date typed to filter them
(`added_from=2026-11-28`) starts at that day's local midnight.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from index.schema import ADDED, CHANGED

Times = tuple[int | None, int | None]  # (added, changed)


def now() -> int:
    return int(time.time())


def arrived(added: int | None, changed: int | None) -> int:
    """When the content a document holds now came in: its change, or its addition (0: unknown)."""
    return max(added or 0, changed or 0)


def day_start(day: date) -> int:
    """The local midnight that starts `day`, as a time `added`/`changed` compare with."""
    return int(datetime(day.year, day.month, day.day).timestamp())


def local_iso(stamp: int | None) -> str | None:
    """A stored time as the API gives it: local time with its offset, to the second."""
    if not stamp:
        return None
    return datetime.fromtimestamp(stamp).astimezone().isoformat(timespec="seconds")


def local_datetime(stamp: int | None) -> datetime | None:
    return datetime.fromtimestamp(stamp) if stamp else None


def stored_times(stored: dict) -> Times:
    """The (added, changed) a document's stored fields hold; None for each it lacks."""
    return _time(stored.get(ADDED)), _time(stored.get(CHANGED))


def _time(value) -> int | None:
    try:
        return int(value) or None
    except (TypeError, ValueError):
        return None


class ArrivalBook:
    """The times of the documents one writing session writes: looked up (`held`: the committed
    index's stored times of a doc_id) for a document the index may hold, kept for those written."""

    def __init__(self, held: Callable[[str], Times | None] | None) -> None:
        self._held = held
        # one time for the session: documents that came in together share it, whichever second
        # each was written in (two files of one nightly ingest are not one second apart)
        self._now = now()
        self._times: dict[str, Times] = {}  # doc_id -> times, written this session or taken from an older index

    def keep(self, times: dict[str, Times]) -> None:
        """Take the times of another index's documents (the older-schema index rebuilt beside this
        one), (None, None) for each it holds without them: rebuilt, they are no new documents."""
        for doc_id, pair in times.items():
            self._times.setdefault(doc_id, pair)

    def times_for(self, doc_id: str, carried: Times, fresh: list[str], maybe_held: bool) -> Times:
        """The times to write a document with. `carried`: what its record holds (read back from an
        index); `fresh`: the ids it replaces that it did not answer for before (its file edited);
        `maybe_held`: the index may hold `doc_id` already (else no lookup: a new file's document)."""
        if fresh:  # a new version: added when its first version was, changed now
            firsts = [pair[0] for pair in map(self._of, fresh) if pair and pair[0]]
            times = (min(firsts) if firsts else None), self._now
        elif any(carried):
            times = carried
        else:  # one the index holds keeps its times, none too (ingested before they were kept)
            held = self._of(doc_id) if maybe_held or doc_id in self._times else None
            times = held if held is not None else (self._now, None)
        self._times[doc_id] = times
        return times

    def _of(self, doc_id: str) -> Times | None:
        """A held document's times ((None, None) when it has none); None when it is not held."""
        if doc_id not in self._times:
            pair = self._held(doc_id) if self._held is not None else None
            if pair is None:
                return None
            self._times[doc_id] = pair
        return self._times[doc_id]
