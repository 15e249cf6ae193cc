"""Errors a user can cause or meet; each message is one plain sentence naming the fix."""
from __future__ import annotations


class IndexUnavailable(Exception):
    """The index cannot be opened or written as asked."""


class IndexMissingError(IndexUnavailable):
    pass


class IndexVersionError(IndexUnavailable):
    pass


class IndexLockedError(IndexUnavailable):
    pass


class IndexLocationError(IndexUnavailable):
    """The index folder given cannot hold an index (it is a file, or cannot be created)."""


class IndexWriteError(IndexUnavailable):
    """A commit could not be completed (a writer process died); nothing of it was written."""
