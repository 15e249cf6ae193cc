"""The file names a website mirror gives the addresses it saves.

wget and HTTrack keep an address's query string in the file name, its «?» as it is or as «@»
(wget's --restrict-file-names=windows, the default on Windows): «jquery.min.js@ver=3.6.0»,
«index.html?C=M;O=A», «embed@url=https%3A%2F%2F…». What the address was is told by its path, before
the query; wget -E puts an extension of its own after it («news.php@id=15.html»).
"""
from __future__ import annotations

import re

# the query's mark, followed by a parameter's name and «=»: «info@anq.kz» is no query
_QUERY_MARK = re.compile(r"[?@](?=[\w.%+\-\[\]]+=)")


def address_path(name: str) -> str | None:
    """The part of a mirrored address's file name before its query string; None for a name with none."""
    m = _QUERY_MARK.search(name)
    return name[:m.start()] if m and m.start() > 0 else None
