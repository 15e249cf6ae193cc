"""Static files under addresses that change with their bytes: `/static/app.js?v=<hash>`.

Such an address is cached for a year, since another version of the file has another address: after
an upgrade the pages link the new script and styles, and neither a browser nor a shared cache
mixes new pages with the old ones. An address without the current `v` (typed by hand, or an old
page's) is sent `no-cache`: the browser checks its ETag each time."""
from __future__ import annotations

import hashlib
import os
import stat
import threading

from flask import Flask, request

VERSIONED_MAX_AGE = 365 * 24 * 3600


class StaticVersions:
    """Each static file's version: a hash of its bytes, computed again only when its size or
    modification time changes (a stat per link; the files are a few KB)."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._known: dict[str, tuple[tuple[int, int], str]] = {}
        self._lock = threading.Lock()

    def version(self, path: str) -> str | None:
        """The file's version; None for a path that is no regular file inside the static folder.
        Flask asks the age with the URL's own name first, before it checks that name: a request
        for `/static/..%2F..%2Fetc%2Fpasswd` or `/dev/zero` must read nothing."""
        real = os.path.realpath(os.path.join(self.folder, path))
        if os.path.commonpath([real, os.path.realpath(self.folder)]) != os.path.realpath(self.folder):
            return None
        try:
            st = os.stat(real)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        path = real
        stamp = (st.st_size, st.st_mtime_ns)
        known = self._known.get(path)
        if known and known[0] == stamp:
            return known[1]
        try:
            with open(path, "rb") as file:
                digest = hashlib.sha256(file.read()).hexdigest()[:12]
        except OSError:
            return None
        with self._lock:
            self._known[path] = (stamp, digest)
        return digest

    def add_version(self, endpoint: str, values: dict) -> None:
        """url_for('static', filename=…) gets the file's `v`."""
        if endpoint == "static" and "filename" in values and "v" not in values:
            version = self.version(os.path.join(self.folder, values["filename"]))
            if version:
                values["v"] = version

    def max_age(self, path: str | None) -> int | None:
        """A year for the address of the file's current version; None (no-cache, with the ETag) else."""
        asked = request.args.get("v")
        return VERSIONED_MAX_AGE if path and asked and asked == self.version(path) else None


def init_app(app: Flask) -> StaticVersions:
    versions = StaticVersions(app.static_folder)
    app.url_defaults(versions.add_version)
    return versions
