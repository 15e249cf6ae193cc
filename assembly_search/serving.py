"""`serve`'s waitress server: connection settings for a staff's browsers, and a stop (SIGTERM from
systemd or docker, Ctrl+C) that lets the requests in flight finish.

Waitress's own defaults hold 100 connections, and keep an idle one for 120 s: a browser keeps two
to six open to a server between clicks, so some 50 staff locked everyone else out (/health too).
Its `run()` ends on Ctrl+C only, cancelling the requests queued, and SIGTERM killed the process in
the middle of every answer, with nothing in the log. And it closed the connection after every 304
(KeepAliveChannel): a page's revalidations cost a new TCP handshake each over a slow link. And it
refused an address typed with raw Cyrillic (curl 'http://…/?q=форум') with «400 Bad URI» (RawUriParser).
"""
from __future__ import annotations

import logging
import re
import resource
import signal
import time
from contextlib import contextmanager

from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import BaseWSGIServer
from waitress.task import WSGITask

log = logging.getLogger(__name__)

DEFAULT_THREADS = 8
# CSV exports streamed at once (search_app.export_slots): each holds a thread for minutes, so a
# few GETs of them took every thread, and searches and /health waited until one ended.
DEFAULT_EXPORTS = 2  # a harvester and a person at once
# Browsers keep 2 (Chromium, Firefox) to 6 connections per server open between clicks: 500 is
# 80 staff at six each, 250 at two, and fits the 1,024 files a process may open by default.
DEFAULT_CONNECTION_LIMIT = 500
# An idle connection (a browser between clicks, a client that stalls half-way through its
# request) is closed after this; a browser opens another at its next click, unnoticed on a LAN.
DEFAULT_CHANNEL_TIMEOUT = 30
# Connections one client address may hold, at least: two or three browsers behind one address
# (a shared workstation, a small office's router) keep 2 to 6 each.
MIN_CLIENT_CONNECTIONS = 20
REPORT_GUARD = 60.0  # seconds between the log lines of a kind of client the guard closed
DEFAULT_STOP_GRACE = 10  # seconds the requests in flight get to finish at a stop
# Files the process holds besides its connections: the index's segments (a few per commit, two
# generations during a switch), the log, waitress's wake-up pipes.
OTHER_FILES = 256
# How long the main loop waits for the network when nothing happens: a stop signal is seen within it.
LOOP_SECONDS = 0.2


class LimitError(Exception):
    """The connections asked for cannot be had (the account's open-file limit)."""


def server_settings(threads: int, connection_limit: int, channel_timeout: int, proxies: int) -> dict:
    """Waitress's adjustments for `serve`."""
    return {
        "threads": threads,
        "connection_limit": connection_limit,
        "channel_timeout": channel_timeout,
        # idle connections are looked for this often: each closes within a quarter of the timeout after it
        "cleanup_interval": max(1, channel_timeout // 4),
        # poll(), not select(): select() cannot watch a connection numbered past 1,023
        "asyncore_use_poll": True,
        # behind proxies the app reads their X-Forwarded-* headers (search_app.create_app), which
        # waitress would otherwise remove before the app sees them
        "clear_untrusted_proxy_headers": not proxies,
        "ident": "assembly-search",
    }


def default_exports(threads: int) -> int:
    """CSV exports at once on a server answering `threads` requests at once: DEFAULT_EXPORTS, fewer
    with few threads, so that two stay for searches and /health where there are three."""
    return max(1, min(DEFAULT_EXPORTS, threads - 2))


def default_heavy_documents(threads: int, exports: int) -> int:
    """Pages of large documents made at once (search_app.document_slots) on a server answering
    `threads` requests at once, `exports` of them exports: 2, fewer with few threads, so that two
    stay for searches and /health while exports and such pages run; at least 1."""
    return max(1, min(2, threads - exports - 2))


def allow_connections(connection_limit: int) -> None:
    """Raise this process's open-file limit to what `connection_limit` connections need, as far as
    the account may (its hard limit); LimitError with the sentence when that is not enough: past
    it, each connection accepted fails, and waitress retries it without end."""
    needed = connection_limit + OTHER_FILES
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= needed:
        return
    if hard != resource.RLIM_INFINITY and hard < needed:
        raise LimitError(f"--connection-limit {connection_limit} needs about {needed} open files, and this account may "
                         f"open {hard} (ulimit -n; LimitNOFILE= in a systemd unit); give a lower --connection-limit, "
                         f"at most {max(hard - OTHER_FILES, 1)}, or raise that limit.")
    resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


class _KeepAliveTask(WSGITask):
    """Waitress 3.0's task, but a 304 (or 204, 1xx) keeps an HTTP/1.1 connection open: waitress
    closes every answer without a Content-Length, and one without a body never has one, though
    its end is known (RFC 9112 6.3). The conditional GETs of a page's style, script and of a
    harvest's unchanged documents were a new connection each."""

    _building_header = False

    def build_response_header(self):
        self._building_header = True
        try:
            return super().build_response_header()
        finally:
            self._building_header = False

    def set_close_on_finish(self) -> None:
        bodiless_kept = (self._building_header and not self.has_body and self.version == "1.1"
                         and self.request.headers.get("CONNECTION", "").lower() != "close")
        if not bodiless_kept:
            super().set_close_on_finish()


# a byte no URL may hold as it is: what curl or a script sends for a Cyrillic letter typed into one
_RAW_URL_BYTE = re.compile(rb"[\x80-\xff]")


class RawUriParser(HTTPRequestParser):
    """Waitress's request parser, with the non-ASCII bytes of the request line percent-encoded
    first, as a browser would have sent them: waitress's own refused the whole request («Bad
    URI»), the app never seeing it. The headers are left as they are."""

    def parse_header(self, header_plus: bytes) -> None:
        end = header_plus.find(b"\r\n")
        if end > 0 and _RAW_URL_BYTE.search(header_plus, 0, end):
            first = _RAW_URL_BYTE.sub(lambda m: b"%%%02X" % m.group()[0], header_plus[:end])
            header_plus = first + header_plus[end:]
        super().parse_header(header_plus)


def default_client_connections(connection_limit: int) -> int:
    """Connections one client address may hold at once: a tenth of the limit, at least
    MIN_CLIENT_CONNECTIONS (a few browsers behind one address)."""
    return max(MIN_CLIENT_CONNECTIONS, connection_limit // 10)


class GuardedChannel(HTTPChannel):
    """Waitress's connection, keeping a 304's connection open (_KeepAliveTask), reading raw
    Cyrillic in the address (RawUriParser), and guarded against one client taking every connection
    (slowloris): waitress closes a connection only once it is idle for --channel-timeout, and one
    that sends a header line every few seconds never is, so 500 of them locked every visitor out
    for as long as their client liked. Here a request must arrive whole within --channel-timeout
    of its first byte, and one client address may hold `server.client_connections` at most (0:
    no cap, behind a proxy whose address every connection has); a connection past it is closed at once."""

    task_class = _KeepAliveTask
    parser_class = RawUriParser
    _receiving_since: float | None = None

    def __init__(self, server, sock, addr, adj, map=None):
        super().__init__(server, sock, addr, adj, map)
        cap = getattr(server, "client_connections", 0)
        if cap and _held_by(server, self.addr) > cap:
            _say_now_and_then(server, "cap", "%s holds %d connections (--client-connection-limit): more from it are "
                              "closed at once, so one client cannot lock other visitors out (said once a minute at "
                              "most)", _client(self.addr), cap)
            self.will_close = True  # closed by the loop's next step, before it reads anything

    def received(self, data) -> bool:
        now = time.monotonic()
        went_on = super().received(data)
        if self.request is None:  # nothing half-received: the next request's clock starts with its first byte
            self._receiving_since = None
        elif self._receiving_since is None:
            self._receiving_since = now
        elif now - self._receiving_since > self.adj.channel_timeout:
            _say_now_and_then(self.server, "slow", "closed a connection from %s that took more than %d s "
                              "(--channel-timeout) to send one request (said once a minute at most)",
                              _client(self.addr), self.adj.channel_timeout)
            self.will_close = True
        return went_on


def _client(addr) -> str:
    return addr[0] if isinstance(addr, tuple) and addr else str(addr)


def _held_by(server, addr) -> int:
    client = _client(addr)
    return sum(1 for channel in list(server.active_channels.values()) if _client(channel.addr) == client)


def _say_now_and_then(server, kind: str, message: str, *args) -> None:
    """A WARNING of `kind` once a minute at most per server: a client that does it does it all the time."""
    said = server.__dict__.setdefault("guard_said", {})
    now = time.monotonic()
    if now - said.get(kind, -REPORT_GUARD) >= REPORT_GUARD:
        said[kind] = now
        log.warning(message, *args)


def guard_connections(server, client_connections: int) -> None:
    """Have `server` (waitress's create_server) use GuardedChannel, with at most `client_connections`
    connections per client address (0: no cap)."""
    for listener in _socket_map(server).values():
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = GuardedChannel
            listener.client_connections = client_connections


class _Stop:
    """The first SIGTERM or SIGINT asks for a stop once the requests in flight are answered; a
    second one for a stop now."""

    def __init__(self) -> None:
        self.signal: str | None = None
        self.now = False

    def __call__(self, signum, frame) -> None:  # only flags: the main loop acts between its steps
        if self.signal:
            self.now = True
        self.signal = signal.Signals(signum).name

    @contextmanager
    def installed(self):
        previous = {sig: signal.signal(sig, self) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield self
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _socket_map(server) -> dict:
    return server._map if isinstance(server, BaseWSGIServer) else server.map


def _channels(socket_map: dict) -> list[HTTPChannel]:
    return [obj for obj in list(socket_map.values()) if isinstance(obj, HTTPChannel)]


def _in_flight(channel: HTTPChannel) -> int:
    """Requests of a connection not yet answered: received (queued or running), being received,
    or with an answer still to send."""
    return len(channel.requests) + (channel.request is not None) + (not channel.requests and channel.total_outbufs_len > 0)


def run(server, grace: float) -> None:
    """Serve until SIGTERM or SIGINT; then accept no one more, answer the requests in flight for
    up to `grace` seconds (a second signal: not longer), close, and log one line of it."""
    socket_map = _socket_map(server)
    with _Stop().installed() as stop:
        while not stop.signal:
            wasyncore.loop(timeout=LOOP_SECONDS, map=socket_map, use_poll=True, count=1)
        started = time.monotonic()
        for listener in [obj for obj in list(socket_map.values()) if isinstance(obj, BaseWSGIServer)]:
            wasyncore.dispatcher.close(listener)  # the listening socket only: its wake-up pipe stays for the answers
        asked = sum(_in_flight(channel) for channel in _channels(socket_map))
        left = _drain(socket_map, started + grace, stop)
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=1)
    wasyncore.close_all(socket_map)
    took = time.monotonic() - started
    if not asked:
        log.info("stopped on %s", stop.signal)
    elif not left:
        log.info("stopped on %s: the %d request(s) in flight were answered in %.1f s", stop.signal, asked, took)
    else:
        why = "a second signal" if stop.now else f"the {grace:g} s grace period (--stop-grace)"
        log.warning("stopped on %s: %d of the %d request(s) in flight were not answered before %s ran out",
                    stop.signal, left, asked, why)


def _drain(socket_map: dict, deadline: float, stop: _Stop) -> int:
    """Run the loop until no connection has a request in flight (idle ones are closed as they
    become so), the deadline passes, or a second signal comes; the requests left unanswered."""
    while True:
        channels = _channels(socket_map)
        for channel in channels:
            if not _in_flight(channel):
                channel.will_close = True  # closed by the loop's next step
        left = sum(_in_flight(channel) for channel in channels)
        if not left or stop.now or time.monotonic() >= deadline:
            return left
        wasyncore.loop(timeout=0.05, map=socket_map, use_poll=True, count=1)
