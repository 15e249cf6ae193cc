"""A limit on how many answers of one costly kind run at once (search_app.export_slots,
search_app.document_slots): past it the answer is refused at once, so the server's other threads
stay free for searches, pages and /health."""
from __future__ import annotations

import threading


class Slots:
    """At most `limit` answers at once: `take()` a Slot (None when all are in use)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._free = threading.BoundedSemaphore(limit)

    def take(self) -> Slot | None:
        return Slot(self._free) if self._free.acquire(blocking=False) else None


class Slot:
    """One answer's place; `give_back()` frees it, once however often it is called: when the CSV
    has been read to its end, and again when the server closes the answer (a download broken off,
    or never read)."""

    def __init__(self, free: threading.BoundedSemaphore) -> None:
        self._free = free
        self._held = True
        self._lock = threading.Lock()

    def give_back(self) -> None:
        with self._lock:
            held, self._held = self._held, False
        if held:
            self._free.release()

    def held_through(self, chunks):
        """`chunks` (an answer's body), the slot given back as soon as the last is read or the
        reading stops."""
        try:
            yield from chunks
        finally:
            self.give_back()

    def __enter__(self) -> Slot:
        return self

    def __exit__(self, *exc) -> None:
        self.give_back()
