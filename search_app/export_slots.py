"""How many exports (CSV or JSON) run at once.

An export holds a server thread for as long as it streams (about 2 ms a row: minutes for a large
one), and every search, page and /health needs a thread too. Without a limit, as many export
requests as the server has threads (eight anonymous GETs) left searches and /health without an
answer until an export ended. Past the limit an export is refused at once with a 503 and
Retry-After, so the other threads stay free for everything else.
"""
from __future__ import annotations

import threading

from search_app.text import count_words

RETRY_AFTER_SECONDS = 30  # a small export takes seconds, a large one minutes: asking again soon is fair


class ExportSlots:
    """At most `limit` exports at once: `take()` a Slot (None when all are in use)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._free = threading.BoundedSemaphore(limit)

    def take(self) -> Slot | None:
        return Slot(self._free) if self._free.acquire(blocking=False) else None

    def refusal(self) -> str:
        """The sentence for an export refused because every slot is in use."""
        running = count_words(self.limit, "выгрузку", "выгрузки", "выгрузок")
        return (f"Сервер уже готовит {running} результатов, больше одновременно он не делает: "
                f"повторите запрос через {RETRY_AFTER_SECONDS} секунд.")


class Slot:
    """One export's place; `give_back()` frees it, once however often it is called: when the CSV
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
