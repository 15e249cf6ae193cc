"""A file's name as its title, for a file whose text has no heading (subtitles, a recording's transcript)."""
from __future__ import annotations

import os
import unicodedata

_PLAIN = (".txt", ".text")  # what a file saved under another name ends with: «речь.srt.txt»


def file_name_title(name: str, inner: tuple[str, ...] = ()) -> str | None:
    """The file's name without its extension, and without an `inner` one a plain-text name hides
    («речь.srt.txt» -> «речь»), NFC (a name from a Mac is decomposed); None for no name."""
    stem, ext = os.path.splitext(os.path.basename(name))
    if ext.lower() in _PLAIN and os.path.splitext(stem)[1].lower() in inner:
        stem = os.path.splitext(stem)[0]
    return unicodedata.normalize("NFC", stem) or None
