"""File paths as text the index can hold.

POSIX file names are bytes. Archives copied from Windows often keep names that are not UTF-8
(windows-1251 bytes); Python hands them over with lone surrogates, which cannot be written as
UTF-8, so neither Whoosh nor a JSON report can take them. Such a path is stored
percent-escaped behind a prefix no absolute path has, and turned back into the very same
bytes when the file is opened. So is a name with a line break (POSIX allows one): the index
lists a document's files one per line. And so is a name that is not NFC (an archive copied from a
Mac keeps й as и + U+0306): every text of the index is NFC, yet the file must be opened, and
recognised on a re-run, by the very name it has on disk. People see such names in NFC.
"""
from __future__ import annotations

import os
import re
import shlex
import unicodedata
from urllib.parse import quote_from_bytes, unquote_to_bytes

ESCAPED = "bytes:"
# What a path may hold that must not reach a line of output or a header: a line break above all,
# the C1 controls (U+009B is a terminal's CSI), and the invisible format characters (Unicode's
# Cf: U+202E turns `bidi\u202eFDP.exe.txt` into `biditxt.exe.PDF` on screen; zero-width ones), and the
# line and paragraph separators (Zl, Zp: U+2028, U+2029), which str.splitlines() and log viewers break at
CONTROL_CHARS = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]+"
)


def path_to_text(path: str) -> str:
    """`path` itself when it is valid NFC Unicode on one line, else its bytes percent-escaped."""
    try:
        path.encode("utf-8")
        if "\n" not in path and unicodedata.is_normalized("NFC", path):
            return path
    except UnicodeEncodeError:
        pass
    return ESCAPED + quote_from_bytes(os.fsencode(path), safe="/")


def text_to_path(text: str) -> str:
    """The path (for open()) that `path_to_text` turned into `text`."""
    if text.startswith(ESCAPED):
        return os.fsdecode(unquote_to_bytes(text[len(ESCAPED):]))
    return text


def gone_paths(paths: list[str], seen: dict[str, bool] | None = None) -> list[str]:
    """The recorded paths (as display_path shows them) whose file is not there now, as the document
    page marks them «файл не найден»: a rename without --prune (a convmv of a windows-1251 name) lists
    the old path beside the new, and the two read the same, so such a one is written as the index
    keeps it (its bytes escaped: «bytes:/…/05_%D0%E5%F8%E5%ED%E8%E5.txt», as the ingest report writes
    it) and shown_paths leaves it out. A path the server may not enter is there (no retry of an
    ingest helps it). `seen`: answers kept over one export."""
    seen = {} if seen is None else seen
    shown = [display_path(text) for text in paths]
    gone = []
    for text, readable in zip(paths, shown):
        if _is_missing(text, seen):
            twin = any(other == readable and not _is_missing(o, seen) for o, other in zip(paths, shown) if o != text)
            gone.append(text if twin else readable)
    return gone


def shown_paths(paths: list[str], seen: dict[str, bool] | None = None) -> list[str]:
    """The recorded paths as display_path shows them, less one whose file is gone and that reads as
    a live one does (gone_paths): the file is listed once, by the name it has now. Only paths that
    read alike are looked up on disk."""
    shown = [display_path(text) for text in paths]
    if len(set(shown)) == len(shown):
        return shown
    seen = {} if seen is None else seen
    live = {readable for text, readable in zip(paths, shown) if not _is_missing(text, seen)}
    return [readable for text, readable in zip(paths, shown)
            if not (readable in live and _is_missing(text, seen))]


def first_found(paths: list[str]) -> tuple[str, bool]:
    """The first recorded path whose file is there now, and True; else the first, and False. A result
    names a file one can open, not the old path a move leaves listed until --prune (which sorts
    first as often as not: `po_godam` before `po_regionam`, `.html` before `.txt`)."""
    seen: dict[str, bool] = {}
    return next(((text, True) for text in paths if not _is_missing(text, seen)), (paths[0], False))


def found_first(paths: list[str]) -> list[tuple[str, bool]]:
    """Each recorded path and whether its file is there now, those that are first (each kept in its order)."""
    seen: dict[str, bool] = {}
    return sorted(((text, not _is_missing(text, seen)) for text in paths), key=lambda pair: not pair[1])


def _is_missing(text: str, seen: dict[str, bool]) -> bool:
    if text not in seen:
        seen[text] = _missing(text)
    return seen[text]


def _missing(text: str) -> bool:
    if not text:
        return True
    try:
        os.path.realpath(text_to_path(text), strict=True)
    except PermissionError:  # a folder on the way may not be entered: there, but unreadable
        return False
    except OSError:
        return True
    return False


def display_path(text: str) -> str:
    """A readable form for people: escaped names shown as UTF-8 when they are (a line break in a
    name, a Mac's decomposed letters: in NFC), else as windows-1251, their usual origin, KOI8-R or
    cp866 (readable_name). Each folder and file name is read on its own: one archive copied into
    another keeps its names' code page (a KOI8-R file in a windows-1251 folder)."""
    if text.startswith(ESCAPED):
        raw = unquote_to_bytes(text[len(ESCAPED):])
        return "/".join(_readable_component(part) for part in raw.split(b"/"))
    return text


def _readable_component(raw: bytes) -> str:
    """One folder or file name's bytes as display_path shows them."""
    try:
        return unicodedata.normalize("NFC", raw.decode("utf-8"))
    except UnicodeDecodeError:
        return readable_name(raw)

# What shell_word writes as bytes: a name's bytes that are not UTF-8 (lone surrogates), and CONTROL_CHARS
_NEEDS_BYTES = re.compile(f"[\udc80-\udcff]|(?:{CONTROL_CHARS.pattern})")


def readable_path(path: str) -> str:
    """A path on one line of output, readable: a name that is not UTF-8 (windows-1251 from a Windows
    archive) decoded as display_path does, not as \\udccf escapes; a Mac's decomposed name in NFC;
    a line break in a name (POSIX allows one) shown as \\n."""
    return escaped_controls(display_path(path_to_text(path)))


def shell_word(path: str) -> str:
    """`path` as one word bash reads back as the very same name, for a command a message
    suggests: quoted as usual, or, for a name that is not UTF-8 (windows-1251 bytes) or holds a
    line break or an invisible character, in bash's $'...' with those bytes as \\xNN. Printed
    decoded (readable_path), such a name named a folder that does not exist."""
    if not _NEEDS_BYTES.search(path):
        return shlex.quote(path)
    out = []
    for ch in path:
        if _NEEDS_BYTES.match(ch):
            out.extend(f"\\x{b:02x}" for b in os.fsencode(ch))
        else:
            out.append("\\" + ch if ch in "\\'" else ch)
    return "$'" + "".join(out) + "'"


def spaced_controls(text: str) -> str:
    """`text` with each run of control and invisible format characters (CONTROL_CHARS) a space, as the
    pages show a file name to people: a line break cannot split it, U+202E cannot reverse it on screen."""
    return CONTROL_CHARS.sub(" ", text)


def escaped_controls(text: str) -> str:
    """`text` with its control and invisible format characters (CONTROL_CHARS) as `\\x1b`-style
    escapes: it cannot break a line of output, move the cursor or reorder what it shows."""
    return CONTROL_CHARS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


# A lowercase Cyrillic letter right before a capital. windows-1251 and KOI8-R put the two cases
# in each other's byte ranges, so a KOI8-R name read as windows-1251 has them swapped ("Отчет"
# reads "пФЮЕФ"); a name as people write it (Capitalized, lowercase, CAPITALS) has none.
_CASE_TELL = re.compile("[а-яё][А-ЯЁ]")
# What a misread code page puts where letters were: any character but ASCII, the Russian letters
# and the few signs names hold. KOI8-R reads windows-1251 letters as box drawing and math signs;
# windows-1251 reads cp866 (DOS: names in a ZIP made on Russian Windows) capitals as Serbian and
# Macedonian letters and typographic signs ("Отчёт" reads "Ћвзсв").
_NOT_IN_NAMES = re.compile("[^\x00-\x7fА-яЁё«»№–—]")
# Code pages a name that is not UTF-8 may be in, the usual first: Windows, old Unix, DOS.
NAME_CODE_PAGES = ("cp1251", "koi8_r", "cp866")
# The Russian letters from the commonest down (National Corpus): a word's letters are common ones.
_BY_FREQUENCY = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"
_LETTER_RANK = {ch: rank for rank, ch in enumerate(_BY_FREQUENCY)}


CODE_PAGE_NAMES = {"cp1251": "windows-1251", "koi8_r": "KOI8-R", "cp866": "cp866"}


def name_encoding(path: str) -> str:
    """How the path's names are written on disk, as people call it: "windows-1251" (or KOI8-R,
    cp866) when a name is not UTF-8, "UTF-8 (decomposed)" for a Mac's decomposed letters, else
    "UTF-8". Tells a rename that only converted a name (convmv) from one that changed it."""
    for part in os.fsencode(path).split(b"/"):
        try:
            text = part.decode("utf-8")
        except UnicodeDecodeError:
            return CODE_PAGE_NAMES[_name_code_page(part)]
        if not unicodedata.is_normalized("NFC", text):
            return "UTF-8 (decomposed)"
    return "UTF-8"


def readable_name(raw: bytes) -> str:
    """A path's bytes that are not UTF-8, decoded as windows-1251 when that reading looks like a
    name: only ASCII, Russian letters and a name's signs, cased as names are. Else as the other
    code page whose reading looks like one, the commoner letters winning when two do. The code-page
    scorer of ingest's text decoder needs more letters than a name has; the windows-1251 reading
    goes first because a short name in one case (all lowercase, all capitals) reads as letters in
    several code pages, and windows-1251 is the usual one."""
    codec = _name_code_page(raw)
    return raw.decode(codec, errors="replace")


def _name_code_page(raw: bytes) -> str:
    """The code page readable_name reads the bytes in."""
    if _looks_like_a_name(raw.decode("cp1251", errors="replace")):
        return "cp1251"
    readings = [(raw.decode(codec), codec) for codec in NAME_CODE_PAGES[1:]]  # every byte is a character of these
    named = [(text, codec) for text, codec in readings if _looks_like_a_name(text)]
    return min(named, key=lambda reading: _mean_letter_rank(reading[0]), default=("", "cp1251"))[1]


def _looks_like_a_name(text: str) -> bool:
    return not _NOT_IN_NAMES.search(text) and not _CASE_TELL.search(text)


def _mean_letter_rank(text: str) -> float:
    """How rare the text's Russian letters are on average (0: all of them the commonest)."""
    ranks = [_LETTER_RANK[ch] for ch in text.lower() if ch in _LETTER_RANK]
    return sum(ranks) / len(ranks) if ranks else len(_BY_FREQUENCY)


def replace_whole(path: str | os.PathLike, text: str) -> None:
    """Write `text` (UTF-8) to a temporary file beside `path`, then rename it over `path`: a
    reader sees the old file or the new one, never half of one. On an OSError (a full disk) the
    temporary file is removed and the error raised; `path` is left as it was."""
    path = os.fspath(path)
    tmp = path + ".tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def keep_copy(path: str | os.PathLike, text: str) -> bool:
    """Keep `text` at `path` (replace_whole) unless it holds that text already; True when it
    differed (or there was none): an archive's settings file kept in its index folder."""
    try:
        with open(path, encoding="utf-8") as fh:
            if fh.read() == text:
                return False
    except (OSError, UnicodeDecodeError):
        pass
    replace_whole(path, text)
    return True
