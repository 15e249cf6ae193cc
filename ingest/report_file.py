"""Writing the --report file where its path leads: a regular file is replaced whole; a link is
followed, never replaced; a device, a pipe or this command's own output is written straight into.

Renaming a file over the path given would turn `--report /dev/stdout` or `/dev/null`, run as
root, into a regular file that breaks them for every process, and a link into a shared reports
folder into a private copy."""
from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import Iterable


# the most of a report's first line read to tell a report (one JSON line per file) from a document
REPORT_LINE_BYTES = 1 << 16
# a report line as the pipeline writes it (json.dumps of a FileReport: the path first, the status next);
# matched, not parsed: a document of JSON nested thousands deep would take json.loads past its recursion limit
_REPORT_LINE = re.compile(rb'\{"path": "(?:[^"\\\n]|\\.)*", "status": "[a-z_]+"')


def is_report(head: bytes) -> bool:
    """Whether `head`, a file's first bytes, starts an ingest report: a first line that is a JSON
    object with a path and a status (a report kept under a dated .txt name in the archive itself)."""
    return _REPORT_LINE.match(head[:REPORT_LINE_BYTES]) is not None


def write_report(path: str | os.PathLike, lines: Iterable[str]) -> None:
    """Write `lines` to what `path` names. Raises OSError when it cannot be written."""
    try:
        found = os.stat(path)  # through links: what the path leads to
    except FileNotFoundError:  # a new file, or a link to one not made yet
        found = None
    own = _own_stream(found) if found is not None else None
    if own is not None:  # `--report /dev/stdout >> log`: appended where the output is, in order
        own.flush()
        with os.fdopen(os.dup(own.fileno()), "w", encoding="utf-8") as fh:
            fh.writelines(lines)
    elif found is not None and not stat.S_ISREG(found.st_mode):  # a device, a pipe: streamed into
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
    else:
        _replace_whole(Path(os.path.realpath(path)), lines)


def goes_to_stdout(path: str | os.PathLike) -> bool:
    """`--report /dev/stdout` (or the file stdout is redirected to): the summary then goes to
    stderr, so that what reads the output (`| jq`) gets JSON lines only."""
    try:
        return _own_stream(os.stat(path)) is sys.stdout
    except OSError:
        return False


def _own_stream(found: os.stat_result):
    """This process's stdout or stderr when `found` is the file it writes to (/dev/stdout, or the
    file its output is redirected to): opened anew it would be truncated under it, or replaced."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if os.path.samestat(found, os.fstat(stream.fileno())):
                return stream
        except (OSError, ValueError, AttributeError):  # closed, or no descriptor (a test's capture)
            continue
    return None


def _replace_whole(path: Path, lines: Iterable[str]) -> None:
    """Written to a temporary file beside `path`, then renamed over it. One that cannot be written
    (a full disk) leaves no report at `path`: neither a cut one nor an earlier run's, which a
    script would take for this run's."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
        os.replace(tmp, path)
    except OSError:
        for leftover in (tmp, path):
            try:
                if stat.S_ISREG(os.lstat(leftover).st_mode):  # never a link or a device put there since
                    leftover.unlink()
            except OSError:
                pass
        raise
