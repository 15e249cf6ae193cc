"""What one worker process does with one file: read, parse, build the record. The record is
filed under the hash of the bytes parsed: a file changed since the batch hashed it
(ingest.hash_cache) is not parsed, but reported changed, so no document or remembered failure
gets another content's id.

Runs in a pool; everything it returns is picklable. A per-file time limit (SIGALRM) and a
size limit keep one pathological file from stalling the batch.
"""
from __future__ import annotations

import gc
import hashlib
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path

from index.config import ENV_PREFIX
from index.records import DocumentRecord
from index.store import pre_analyze_record
from ingest.build import build_record
from ingest.parsers import file_format, parse_bytes, read_file
from ingest.parsers.base import NotARegularFile, ParseError
from ingest.progress import MB


@dataclass
class Outcome:
    path: str
    content_hash: str = ""  # of the bytes read (the planned one when the file was not read)
    record: DocumentRecord | None = None
    reason: str | None = None  # failure reason code
    message: str | None = None  # one plain sentence
    format: str | None = None  # of a failed file, as far as its first bytes and name tell (a record has its own)
    warnings: list[str] = field(default_factory=list)  # the parser's notes on an indexed file


class _TimeLimit(BaseException):
    """Not an Exception: the parsers' (and pdfminer's) handlers for a broken file or page catch
    Exception, and took the limit for a damaged file or an unreadable page, then parsed on."""


def _on_alarm(signum, frame):
    raise _TimeLimit()


# A batch collects garbage at a slow pace (index.processes.batch_gc): a large HTML page's tree, a
# cycle of millions of objects, would stay in memory beside the next file's. After a file this
# large the parser collects at once: 12 MB pages in a row peaked at 873 MB instead of 777 MB.
COLLECT_AFTER_BYTES = 1_000_000


def _collect_after_large(path: str) -> None:
    try:
        large = os.path.getsize(path) >= COLLECT_AFTER_BYTES
    except OSError:
        return
    if large:
        gc.collect()


CHANGED = "The file changed while the batch ran (after it was checked); run the same command again to index it."
VANISHED = "The file was removed while the batch ran."
NOT_A_FILE_NOW = "Not a regular file now (a pipe, device or socket put in its place while the batch ran)."


def _needs_more_memory(memory_limit: int) -> str:
    """The limit in force, and where to raise it: the default is a share of the machine's memory,
    which the person running the batch does not know."""
    setting = f"--memory-limit or ${ENV_PREFIX}MEMORY_LIMIT_MB"
    if memory_limit > 0:
        return (f"The file needs more memory than the {memory_limit // MB} MB a parser process may use; "
                f"a higher limit ({setting}, in MB) may let it through.")
    return f"The file needs more memory than this machine could give the parser (no {setting} limit was set)."


def process_file(path: str, root: str, content_hash: str, time_limit: float, size_limit: int,
                 memory_limit: int = 0, keep_list_pages: bool = False, dated_by: str = "") -> Outcome:
    """The outcome of parsing the file at `path`, which held `content_hash` when the batch
    planned ("": not known, the bytes read decide). `memory_limit`: the bytes this parser process
    may use (0: no limit set), for the message of a file that needs more. `keep_list_pages`: index a
    page of teasers of other pages instead of skipping it (list_page). `dated_by`: a copy's path
    whose name dates the document instead of `path`'s ("": `path`'s; ingest.copy_choice)."""
    out = Outcome(path, content_hash)
    try:
        if time_limit > 0:
            signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, time_limit)
        try:
            data = read_file(path, size_limit)
            out.content_hash = hashlib.sha256(data).hexdigest()  # the id of what is parsed, not of what was planned
            if content_hash and out.content_hash != content_hash:
                out.reason, out.message = "changed", CHANGED
            else:
                parsed = parse_bytes(data, path, max_bytes=size_limit, keep_list_pages=keep_list_pages)
                out.warnings = list(parsed.warnings)
                out.record = build_record(parsed, Path(path), root, out.content_hash,
                                          dated_by=Path(dated_by) if dated_by else None)
                pre_analyze_record(out.record)  # here, in parallel, so the writers only replay it
        finally:
            if time_limit > 0:
                signal.setitimer(signal.ITIMER_REAL, 0)
            _collect_after_large(path)
    except _TimeLimit:
        out.reason = "timeout"
        out.message = (f"Parsing took longer than the {time_limit:g} s limit for one file "
                       "(a large file may need a higher --time-limit).")
    except ParseError as exc:
        out.reason, out.message = exc.reason, str(exc)
    except FileNotFoundError:  # deleted, or moved away, since it was found: nothing failed
        out.reason, out.message = "vanished", VANISHED
    except NotARegularFile:  # replaced by a pipe or the like since it was found: no document there
        out.reason, out.message = "not_a_file", NOT_A_FILE_NOW
    except OSError as exc:
        out.reason, out.message = "unreadable", f"The file cannot be read ({exc.strerror or exc})."
    except MemoryError:
        out.reason, out.message = "too_large", _needs_more_memory(memory_limit)
    except Exception as exc:  # a parser bug must not end the batch
        out.reason, out.message = "parser_error", f"The parser failed on this file ({exc.__class__.__name__}: {exc})."
    if out.record is None:
        out.format = file_format(path)
    return out
