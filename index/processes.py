"""Child processes that end with their parent.

A killed ingest (kill -9, the OOM killer) must not leave its parser or writer processes
behind: they would hold the index's locks (inherited across fork) and the next ingest would
wait for them forever.
"""
from __future__ import annotations

import ctypes
import os
import signal

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux), and exit at once if
    the parent, the process `parent` that started this one, is already gone. Strictly, the
    kernel acts when the thread that started this process ends: ingest starts its processes
    from its main thread."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the parent ends its children itself
        return
    if os.getppid() != parent:
        os._exit(1)
