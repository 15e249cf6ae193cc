"""`serve` as an operator runs it for a staff: a real server process, real sockets, real signals.
Connections (idle browsers, stalled clients) do not lock visitors out; SIGTERM lets the requests in
flight finish; the log says what happened, one line each."""
from __future__ import annotations

import http.client
import json
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from urllib.parse import quote

import pytest

from index.store import REBUILD_HINT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served(index, *options: str, preexec_fn=None):
    """A `serve` process on a free port, once it said «Serving»: (process, port). Killed if a test
    leaves it running."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "assembly_search.cli", "serve", "--index", str(index),
                             "--port", str(port), *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=dict(os.environ, PYTHONPATH=os.getcwd()), preexec_fn=preexec_fn)
    try:
        serving = proc.stdout.readline()
        assert "Serving" in serving, serving + proc.stderr.read()
        yield proc, port
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _get(port: int, path: str, timeout: float = 10, headers: dict | None = None) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def _stopped(proc, sig=signal.SIGTERM, timeout: float = 30) -> tuple[float, str]:
    """Send `sig`; (seconds until the process ended, its log)."""
    sent = time.monotonic()
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=timeout)
    return time.monotonic() - sent, err


def test_150_idle_connections_do_not_lock_out_a_new_visitor(built_index):
    # waitress's default limit of 100 connections, each idle one kept 120 s: ~50 staff browsers
    # (two keep-alive connections each) or 100 stalled half-requests locked everyone out, /health too
    with served(built_index) as (proc, port):
        idle = []
        for n in range(150):  # 75 browsers between clicks, each at its own address: two keep-alive connections after a 200
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=(f"127.0.1.{n // 2 + 1}", 0))
            conn.request("GET", "/health")
            resp = conn.getresponse()
            resp.read()
            assert resp.status == 200
            idle.append(conn)
        stalled = [socket.create_connection(("127.0.0.1", port), source_address=(f"127.0.2.{n + 1}", 0))
                   for n in range(50)]
        for sock in stalled:  # half a request each, then nothing
            sock.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        started = time.monotonic()
        assert _get(port, "/health", timeout=5) == 200
        assert time.monotonic() - started < 2
        for conn in idle:
            conn.close()
        for sock in stalled:
            sock.close()
        _, err = _stopped(proc)
    assert proc.returncode == 0 and "connection limit" not in err, err


def test_one_client_with_hundreds_of_slow_connections_does_not_lock_out_other_visitors(built_index):
    # 510 connections from one address, each sending a header line every few seconds, were never idle:
    # nobody else was answered, /health included, for as long as the script ran
    with served(built_index, "--connection-limit", "100", "--channel-timeout", "3") as (proc, port):
        slow = [socket.create_connection(("127.0.0.1", port), timeout=10, source_address=("127.0.0.2", 0))
                for _ in range(110)]
        for sock in slow:
            sock.sendall(b"GET /?q=a HTTP/1.1\r\nHost: localhost\r\n")
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=("127.0.0.3", 0))
        conn.request("GET", "/health")
        assert conn.getresponse().status == 200 and time.monotonic() - started < 3  # another address gets in at once
        conn.close()
        # the address keeps a tenth of the limit, at least 20: the rest were closed at once
        kept, closing = list(slow), time.monotonic() + 2
        while len(kept) > 20 and time.monotonic() < closing:
            kept = [sock for sock in kept if not _closed_by_server(sock, wait=0)]
        assert len(kept) == 20, len(kept)
        deadline = time.monotonic() + 15
        while kept and time.monotonic() < deadline:  # trickling: never idle, but a request must arrive within 3 s
            time.sleep(0.5)
            kept = [sock for sock in kept if _still_sending(sock)]
        assert not kept and time.monotonic() - started < 10
        _, err = _stopped(proc)
    assert "127.0.0.2 holds 20 connections (--client-connection-limit): more from it are closed at once" in err, err
    assert err.count("took more than 3 s (--channel-timeout) to send one request") == 1, err


def _closed_by_server(sock: socket.socket, wait: float) -> bool:
    """Whether the server closed `sock` (read as end of file, or reset), within `wait` seconds."""
    sock.settimeout(wait or 0.01)
    try:
        closed = sock.recv(1) == b""
    except (socket.timeout, BlockingIOError):
        return False
    except OSError:
        closed = True
    if closed:
        sock.close()
    return closed


def _still_sending(sock: socket.socket) -> bool:
    """Send one more header line; False once the server closed the connection."""
    try:
        sock.sendall(b"X-a: b\r\n")
    except OSError:
        sock.close()
        return False
    return not _closed_by_server(sock, wait=0)


def test_idle_and_stalled_connections_are_closed_after_the_channel_timeout(built_index):
    with served(built_index, "--channel-timeout", "2") as (proc, port):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/health")
        conn.getresponse().read()
        stalled = socket.create_connection(("127.0.0.1", port), timeout=10)
        stalled.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        started = time.monotonic()
        assert conn.sock.recv(1) == b"" and stalled.recv(1) == b""  # closed by the server
        assert 1.5 < time.monotonic() - started < 6  # the timeout, within a quarter more (and a busy machine)
        conn.close()
        stalled.close()
        _stopped(proc)
    assert proc.returncode == 0


def test_a_304_keeps_the_connection_open_for_the_next_request(built_index):
    # a page's style and script revalidated after an hour, a harvest's unchanged documents: each
    # 304 closed its connection, a new TCP handshake (and TLS) for the next request on a slow link
    with served(built_index) as (proc, port):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        tags = {}
        for path in ("/static/style.css", "/static/app.js", "/api/documents/a1", "/?q=Ассамблея"):
            conn.request("GET", quote(path, safe="/?="))
            first = conn.getresponse()
            first.read()
            tags[path] = first.getheader("ETag")
        sock = conn.sock
        for path, tag in tags.items():
            conn.request("GET", quote(path, safe="/?="), headers={"If-None-Match": tag})
            again = conn.getresponse()
            assert again.status == 304 and again.read() == b"" and again.getheader("Connection") is None, path
            assert conn.sock is sock  # the same connection, not a new one
        conn.request("GET", "/static/style.css", headers={"If-None-Match": tags["/static/style.css"], "Connection": "close"})
        asked_to_close = conn.getresponse()
        assert asked_to_close.status == 304 and asked_to_close.getheader("Connection") == "close"
        conn.close()
        _stopped(proc)
    assert proc.returncode == 0


def _raw_response(port: int, request: bytes) -> tuple[int, bytes]:
    """(status, body) of `request` sent as these very bytes (http.client would encode them)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def test_an_address_with_raw_cyrillic_is_read_as_its_percent_encoded_form(built_index):
    # curl 'http://host/api/search?q=Ассамблея' sends the letters' UTF-8 bytes as they are:
    # waitress answered «400 Bad URI» and the app never saw the query
    with served(built_index) as (proc, port):
        word = "Ассамблея"
        status, body = _raw_response(port, b"GET /api/search?q=" + word.encode() + b" HTTP/1.1\r\nHost: localhost\r\n"
                                     b"Connection: close\r\n\r\n")
        assert status == 200, body[:300]
        raw = json.loads(body)
        encoded = json.loads(_raw_response(port, f"GET /api/search?q={quote(word)} HTTP/1.1\r\nHost: localhost\r\n"
                                                 f"Connection: close\r\n\r\n".encode())[1])
        assert raw["total"] == encoded["total"] >= 1 and raw["hits"] == encoded["hits"]
        status, body = _raw_response(port, "GET /?q=форум HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        assert status == 200 and "форум" in body.decode("utf-8")
        _stopped(proc)
    assert proc.returncode == 0


def test_a_connection_limit_past_the_account_s_open_files_is_refused_in_one_line(built_index):
    def few_files():
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))

    run = subprocess.run([sys.executable, "-m", "assembly_search.cli", "serve", "--index", str(built_index),
                          "--port", str(_free_port()), "--connection-limit", "2000"], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=os.getcwd()), preexec_fn=few_files, timeout=60)
    assert run.returncode == 2 and "Traceback" not in run.stderr and "Serving" not in run.stdout, run.stderr
    assert "--connection-limit 2000 needs about 2256 open files, and this account may open 1024" in run.stderr


def test_the_open_file_limit_is_raised_to_what_the_connections_need(built_index):
    # past it each connection accepted fails (EMFILE), and waitress retries it without end
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard < 2256:
        pytest.skip(f"this account may open {hard} files only")

    def few_files():
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, hard))

    with served(built_index, "--connection-limit", "2000", preexec_fn=few_files) as (proc, port):
        limits = open(f"/proc/{proc.pid}/limits").read()
        assert re.search(r"Max open files\s+2256\s", limits), limits
        _stopped(proc)


def test_sigterm_answers_the_requests_in_flight_then_exits_0_and_says_so(built_index):
    # systemd's stop (and docker's) killed the server in the middle of every answer: browsers got
    # «connection closed», the log said nothing, the exit status was -15
    with served(built_index, "--threads", "2") as (proc, port):
        answers: list[int | str] = []

        def ask(conn: http.client.HTTPConnection, text: str) -> None:
            try:
                conn.request("GET", "/api/search?q=" + quote(text))
                resp = conn.getresponse()
                resp.read()
                answers.append(resp.status)
            except Exception as exc:  # what the test reports when the server drops it
                answers.append(type(exc).__name__)

        conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for _ in range(8)]
        for conn in conns:
            conn.connect()  # connected before the signal: only requests sent meanwhile are in flight
        # long queries of made-up words, queued behind two threads
        askers = [threading.Thread(target=ask, args=(conn, " ".join(f"слово{n}{i}" for i in range(40))))
                  for n, conn in enumerate(conns)]
        for asker in askers:
            asker.start()
        # and one still being received: its headers end after the signal (a slow client's request)
        slow = socket.create_connection(("127.0.0.1", port), timeout=30)
        slow.sendall(f"GET /api/search?q={quote('Ассамблея')} HTTP/1.1\r\nHost: localhost\r\n".encode())
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        with pytest.raises(ConnectionRefusedError):  # no one new is taken in meanwhile
            socket.create_connection(("127.0.0.1", port), timeout=5)
        slow.sendall(b"Connection: close\r\n\r\n")
        reply = b""
        while chunk := slow.recv(65536):
            reply += chunk
        slow.close()
        for asker in askers:
            asker.join()
        _, err = proc.communicate(timeout=30)
    assert reply.startswith(b"HTTP/1.1 200"), reply[:200]
    assert answers == [200] * 8, answers
    assert proc.returncode == 0 and "Traceback" not in err, err
    said = [line for line in err.splitlines() if "assembly_search.serving" in line]
    assert len(said) == 1 and re.search(r"stopped on SIGTERM: the \d+ request\(s\) in flight were answered in", said[0]), err


def test_a_stop_waits_for_no_idle_connection_and_at_most_the_grace_period_for_a_stalled_one(built_index):
    with served(built_index, "--stop-grace", "1") as (proc, port):
        idle = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        idle.request("GET", "/health")
        idle.getresponse().read()
        took, err = _stopped(proc)
    assert proc.returncode == 0 and took < 2, (took, err)  # the idle browser's connection does not hold it
    assert "stopped on SIGTERM" in err and "not answered" not in err, err
    with served(built_index, "--stop-grace", "1") as (proc, port):
        stalled = socket.create_connection(("127.0.0.1", port))
        stalled.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")  # and never the rest
        time.sleep(0.3)
        took, err = _stopped(proc)
        stalled.close()
    assert proc.returncode == 0 and took < 4, (took, err)
    assert "stopped on SIGTERM: 1 of the 1 request(s) in flight were not answered before the 1 s grace period " \
           "(--stop-grace) ran out" in err, err


def test_the_log_says_who_asked_what_in_words_and_sums_up_requests_that_waited(built_index):
    # «GET /?q=%D1%84%D0%BE%D1%80%D1%83%D0%BC 200 12 ms» named no client, and waitress added a
    # WARNING «Task queue depth is N» for about every request of a busy morning
    with served(built_index, "--threads", "1", "--proxies", "1") as (proc, port):
        askers = [threading.Thread(target=_get, args=(port, f"/?q={quote('Ассамблея народа')}&page={n % 3 + 1}"),
                                   kwargs={"headers": {"X-Forwarded-For": f"10.0.0.{n}"}}) for n in range(12)]
        for asker in askers:
            asker.start()
        for asker in askers:
            asker.join()
        assert _get(port, "/health") == 200
        _, err = _stopped(proc)
    assert proc.returncode == 0 and "Task queue depth" not in err and "WARNING" not in err, err
    requests = [line.split(": ", 1)[1] for line in err.splitlines() if "search_app.requests" in line]
    assert sorted(r.rsplit(" ", 3)[0] for r in requests) == sorted(
        [f"10.0.0.{n} GET /?q=Ассамблея народа&page={n % 3 + 1}" for n in range(12)] + ["127.0.0.1 GET /health"])
    waited = [line for line in err.splitlines() if "waited for a free thread" in line]
    assert len(waited) == 1 and re.search(r"INFO assembly_search.waitress_log: \d+ request\(s\) waited for a free "
                                          r"thread in the last \d+ s \(up to \d+ at once; --threads 1\)", waited[0]), err


def test_the_connection_limit_reached_is_said_with_what_sets_it_and_a_visitor_gets_in_once_idle_ones_close(built_index):
    with served(built_index, "--connection-limit", "10", "--channel-timeout", "2") as (proc, port):
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(12)]  # connected, never asking
        started = time.monotonic()
        assert _get(port, "/health", timeout=15) == 200  # waited for the idle ones to be closed
        assert time.monotonic() - started < 8
        for sock in idle:
            sock.close()
        _, err = _stopped(proc)
    assert "total open connections reached the connection limit (10, --connection-limit): new visitors wait until " \
           "a connection closes; idle ones, and ones still sending a request, close after 2 s (--channel-timeout)" in err, err


@pytest.mark.parametrize("name, value, says", [
    ("CONNECTION_LIMIT", "lots", "$ASSEMBLY_SEARCH_CONNECTION_LIMIT: 'lots' is not a number"),
    ("CLIENT_CONNECTION_LIMIT", "-1", "$ASSEMBLY_SEARCH_CLIENT_CONNECTION_LIMIT: -1 is too small"),
    ("CHANNEL_TIMEOUT", "0", "$ASSEMBLY_SEARCH_CHANNEL_TIMEOUT: 0 is too small"),
    ("STOP_GRACE", "-1", "$ASSEMBLY_SEARCH_STOP_GRACE: -1 is too small"),
    ("EXPORTS", "0", "$ASSEMBLY_SEARCH_EXPORTS: 0 is too small"),
    ("CONNECTION_LIMIT", "1_000", "$ASSEMBLY_SEARCH_CONNECTION_LIMIT: '1_000' is not a number"),  # int() read 1000
])
def test_a_connection_setting_the_option_would_refuse_is_a_usage_error_from_the_environment_too(
        built_index, monkeypatch, capsys, name, value, says):
    from assembly_search.cli import main

    monkeypatch.setenv("ASSEMBLY_SEARCH_" + name, value)
    assert main(["serve", "--index", str(built_index), "--port", str(_free_port())]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1, err


def test_serve_says_once_at_start_how_many_documents_an_older_extraction_derived(tmp_path):
    # an index an older release built was served without a word that its documents need
    # `ingest --force` to get what ingest reads now; /health now carries the count too
    import dataclasses
    import json

    from index.store import IndexWriter
    from tests.conftest import CORPUS

    older = dataclasses.replace(CORPUS[1], extraction=0)  # as written before versions were recorded
    with IndexWriter(tmp_path) as writer:
        writer.add(CORPUS[0])
        writer.add(older)
    with served(tmp_path) as (proc, port):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/health")
        health = json.loads(conn.getresponse().read())
        conn.close()
        _, err = _stopped(proc)
    assert health == {"ok": True, "documents": 2, "generation": health["generation"], "older_extraction": 1}
    warnings = [line for line in err.splitlines() if " WARNING " in line]
    assert len(warnings) == 1 and warnings[0].endswith(
        "WARNING assembly_search: 1 of the 2 documents was extracted from its file by an older version of "
        "assembly-search (quotes, speakers, dates and titles as it read them); ingest --force over the archive "
        f"refreshes it: {REBUILD_HINT.format(dir=tmp_path)}"), err


def test_the_commands_serve_logs_name_the_index_from_the_variable_as_an_absolute_path(tmp_path):
    # the unit sets $ASSEMBLY_SEARCH_INDEX; the log's commands left out --index, and pasted into an
    # admin's shell (no variable there) they built a new index in ./data/index and said success
    import dataclasses
    import json

    from index.store import VERSION_FILE, IndexWriter, record_ingested_roots
    from tests.conftest import CORPUS

    for case in ("older_extraction", "older_schema"):
        index = tmp_path / case / "idx"
        with IndexWriter(index) as writer:
            writer.add(dataclasses.replace(CORPUS[0], extraction=0))
        record_ingested_roots(index, [str(tmp_path / "archive")])
        if case == "older_schema":
            (index / VERSION_FILE).write_text(json.dumps({"schema_version": 7}))
        started = subprocess.run([sys.executable, "-m", "assembly_search.cli", "serve", "--host", "no-such-host.invalid"],
                                 capture_output=True, text=True, cwd=index.parent, timeout=120,
                                 env=dict(os.environ, PYTHONPATH=os.getcwd(), ASSEMBLY_SEARCH_INDEX="idx"))
        assert started.returncode == 2, started.stderr
        assert f"assembly-search ingest {tmp_path / 'archive'} --force --index {index}" in started.stderr, started.stderr


@pytest.fixture(scope="module")
def many_quotes(tmp_path_factory):
    """An index whose quote export of «Ассамблея» takes seconds: 8,000 passages."""
    from datetime import date

    from index.store import IndexWriter
    from tests.conftest import make_record

    path = tmp_path_factory.mktemp("many-quotes")
    with IndexWriter(path, create=True) as writer:
        for d in range(4):
            writer.add(make_record(f"q{d}", f"Заседание {d}", [f"Ассамблея {d}-{i}." for i in range(2000)],
                                   when=date(2020, 1, 1 + d)))
    return path


def _timed_get(port: int, path: str, timeout: float = 120) -> tuple[int, dict, bytes, float]:
    """(status, headers, body, the monotonic time the answer was read whole)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, dict(resp.getheaders()), body, time.monotonic()
    finally:
        conn.close()


def test_eight_exports_at_once_leave_threads_for_searches_and_health(many_quotes):
    # eight anonymous GETs of /api/quotes.csv held all eight threads: a search and /health got no
    # answer until an export ended (minutes on a real archive). Two stream; the others are refused at once
    export = f"/api/quotes.csv?q={quote('Ассамблея')}"
    with served(many_quotes) as (proc, port):
        answers = [None] * 8
        go = threading.Barrier(8)

        def ask(n):
            go.wait()
            answers[n] = _timed_get(port, f"{export}&n={n}")

        askers = [threading.Thread(target=ask, args=(n,)) for n in range(8)]
        for asker in askers:
            asker.start()
        deadline = time.monotonic() + 30
        while sum(a is not None for a in answers) < 6 and time.monotonic() < deadline:
            time.sleep(0.05)  # the refusals come back at once
        asked = time.monotonic()
        search = _timed_get(port, f"/api/search?q={quote('Ассамблея')}", timeout=20)
        health = _timed_get(port, "/health", timeout=20)
        for asker in askers:
            asker.join()
        _stopped(proc)
    statuses = sorted(a[0] for a in answers)
    assert statuses == [200, 200] + [503] * 6, statuses
    refused = [a for a in answers if a[0] == 503]
    assert all(a[1]["Retry-After"] == "30" for a in refused)
    assert json.loads(refused[0][2]) == {"status": 503, "error": "Сервер уже готовит 2 выгрузки результатов, больше "
                                         "одновременно он не делает: повторите запрос через 30 секунд."}
    exported = [a for a in answers if a[0] == 200]
    assert all(a[2].count(b"\n") == 8001 for a in exported)  # the header and every quote
    assert search[0] == 200 and health[0] == 200
    # answered while both exports still streamed, in a moment rather than after them
    assert health[3] - asked < 5 and health[3] < min(a[3] for a in exported), (health[3] - asked, search, health)


def test_exports_that_would_take_every_thread_are_a_usage_error(built_index, capsys):
    from assembly_search.cli import main

    assert main(["serve", "--index", str(built_index), "--port", str(_free_port()), "--threads", "4",
                 "--exports", "4"]) == 2
    err = capsys.readouterr().err
    assert "--exports 4 would leave none of the 4 threads for searches and /health; give --exports below " \
           "--threads (or more --threads)." in err and len(err.strip().splitlines()) == 1, err


def test_health_answers_at_once_while_searches_keep_the_searcher_busy(many_quotes):
    # /health took the searcher's lock as a search does: while searches kept it busy a monitor
    # waited for them in turn (up to 14 s under load while an ingest committed)
    with served(many_quotes) as (proc, port):
        stop = threading.Event()
        searches = []

        def search(n):
            page = 1
            while not stop.is_set():
                started = time.monotonic()
                assert _get(port, f"/api/quotes?q={quote('Ассамблея')}&per_page=100&page={page}&n={n}",
                            timeout=60) == 200
                searches.append(time.monotonic() - started)
                page = page % 50 + 1

        searchers = [threading.Thread(target=search, args=(n,)) for n in range(5)]
        for searcher in searchers:
            searcher.start()
        while len(searches) < 5:
            time.sleep(0.05)
        checks = []
        for _ in range(10):
            started = time.monotonic()
            status = _get(port, "/health", timeout=60)
            checks.append((status, time.monotonic() - started))
            time.sleep(0.1)
        stop.set()
        for searcher in searchers:
            searcher.join()
        _stopped(proc)
    assert all(status == 200 for status, _ in checks), checks
    waited = sorted(took for _, took in checks)[len(checks) // 2]
    searched = sorted(searches)[len(searches) // 2]
    # it waited about a whole search (the lock's queue); now only its turn at the interpreter
    assert waited < searched / 2, (waited, searched, checks)


def test_an_export_the_client_abandoned_is_logged_as_cut_off_after_the_rows_it_was_sent(many_quotes):
    # an export whose client went away was logged «200 3563 ms» like a complete one: an operator
    # asked why a file was incomplete saw only success
    export = f"/api/quotes.csv?q={quote('Ассамблея')}"
    with served(many_quotes) as (proc, port):
        abandoned = socket.create_connection(("127.0.0.1", port))
        abandoned.sendall(f"GET {export}&abandoned=1 HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        assert len(abandoned.recv(4096)) > 0
        abandoned.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        abandoned.close()  # a reset, as a browser's cancelled download
        status, _, body, _ = _timed_get(port, f"{export}&complete=1")
        assert status == 200 and body.count(b"\n") == 8001
        _, err = _stopped(proc)  # lets the abandoned one end too, if the server is still writing it
    lines = {line.split("&", 1)[1].split(" ", 1)[0]: line.split(" ms", 1)[1]
             for line in err.splitlines() if "GET /api/quotes.csv" in line}
    assert lines["complete=1"] == "", err
    cut = re.fullmatch(r", cut off by the client after (\d+) of 8000 rows", lines["abandoned=1"])
    assert cut and int(cut[1]) < 8000, err
