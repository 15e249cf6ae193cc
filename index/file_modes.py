"""The modes of the files an ingest writes into an index folder.

A root cron job runs with umask 077: a commit it writes into the service account's index folder
(mode 755) came out as root's alone (0600), and every read by the service failed from then on,
while the job itself said nothing and exited 0. Whoever may read and enter the folder may read
what is written into it.
"""
from __future__ import annotations

import os

# read and enter (execute), for the folder's group and for others
_SHARED_BITS = 0o055


def share_with_folder_readers(folder: str | os.PathLike) -> None:
    """Let the files and folders this process makes from now on be read by the group and others
    as far as `folder` lets them read it (the umask's other bits, write among them, are kept)."""
    try:
        granted = os.stat(folder).st_mode & _SHARED_BITS
    except OSError:
        return
    current = os.umask(0)
    os.umask(current & ~granted)
