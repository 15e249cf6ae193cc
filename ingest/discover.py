"""Find the files to ingest under the given roots.

Every entry met is accounted for: a file to ingest (FileRef), or a Skipped with its reason,
hidden and system files included. Real folders are read before any link to a folder is
followed, so a folder reachable both ways is filed under its real path, and a folder that
cannot be read is reported rather than passed over (--prune must not take its files for gone).
"""
from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from ingest.parsers import (FEED, SCRIPT_PAGE_EXTENSIONS, TEXT_UNDER_WORD_NAMES, file_extension, misnamed_sentence,
                            sniff_format, supported_extensions, unsupported_sentence)
from ingest.parsers.compressed import GZIP_MAGIC, gzip_head
from ingest.parsers.mirror_names import address_path
from ingest.parsers.text import decoded_head
from index.paths import readable_path

# Report formats taken by name; anything else only when its bytes say PDF or HTML, or, without
# any extension, text (the parsers read more, such as .csv, .log or .md, but in an archive
# folder those are not reports).
KNOWN_EXTENSIONS = frozenset({".pdf", ".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml", ".txt", ".text",
                              ".srt", ".vtt",  # a recorded speech's subtitles are its text
                              ".rtf", ".docx", ".docm", ".dotx", ".dotm", ".odt", ".ott",  # Word's and LibreOffice's
                              ".eml",  # an e-mail message
                              ".warc", ".webarchive"})  # a web crawl's page, Safari's saved page
# A file named on the command line is the user's choice: every extension a parser reads.
NAMED_EXTENSIONS = KNOWN_EXTENSIONS | frozenset(supported_extensions())
SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "icon\r"}
# Folders an operating system keeps for itself on a disk or share, copied along with its documents
# (matched in any case; .Trash-1000 and .Trashes start with a dot, hidden already): recycle bins
# (Vista on: $RECYCLE.BIN, its deleted files renamed $R…, their metadata $I…; XP: RECYCLER, Dc1.txt
# and INFO2; Windows 9x: RECYCLED), restore points and search indexes (System Volume Information),
# the fragments fsck and chkdsk recover (lost+found, FOUND.000), a Windows upgrade's files
# ($WINDOWS.~BT, $WINDOWS.~WS), and the resource forks a Mac's zip adds (__MACOSX). A deleted
# document is no live one, and their own files fail as binary on every run.
SYSTEM_FOLDERS = frozenset({"$recycle.bin", "recycler", "recycled", "system volume information", "lost+found",
                            "$windows.~bt", "$windows.~ws", "__macosx"})
CHKDSK_FOLDER = re.compile(r"found\.\d{3}")
# An editor's backup beside the document (gedit, emacs, mc: отчет.txt~; many tools: отчет.bak), and
# the page as wget -K saved it before converting its links (news.php@id=15.html.orig; patch's
# отчет.txt.orig too): an older copy of a document read under its own name, which search would list twice.
BACKUP_SUFFIXES = ("~", ".bak", ".orig")
# HTTrack's own files in the project folder beside the site it mirrored: its cache (the addresses it
# fetched, their headers, a zip of the pages) and its logs, which may hold a site's login and password.
# They are no pages of the site; its index.html of the projects is told by its bytes (html parser).
MIRROR_TOOL_FOLDERS = frozenset({"hts-cache"})
# wget's log (-o wget-log, or a wget sent to the background: wget-log, wget-log.1) likewise.
MIRROR_TOOL_FILES = re.compile(r"hts-[a-z_]+\.(?:txt|log|out|lock)|wget-log(?:\.\d+)?", re.IGNORECASE)
# A cookie file HTTrack, wget --save-cookies or curl writes (cookies.txt): a site's session and login
# cookies, told by its first line, whatever folder it is in.
_COOKIE_FILE = re.compile(rb"\A(?:\xef\xbb\xbf)?# (?:Netscape )?HTTP Cookie File", re.IGNORECASE)
# A file still being written: a temporary file, a download not finished
TEMPORARY_SUFFIXES = (".tmp", ".part", ".crdownload")
# An NTFS alternate data stream copied out as a file of its own (WSL, a drvfs mount, some
# copy tools): `Справка.pdf:Zone.Identifier` says where a download came from, Edge's `:SmartScreen`
# that it was checked, no document. A tool may write the stream's type (`:Zone.Identifier:$DATA`),
# and a share that maps the colon Windows forbids in names (Samba's catia, a Mac client) writes it
# as U+F03A, another copy tool as «_». Any name ending in `:$DATA` is a stream; otherwise only these names, so a document
# named «Отчет: итоги» on such a share stays one.
_COLON = r"(?::|\uf03a|\uf022|\uff1a|\ua789|%3a)"  # and its stand-ins: a Mac's SMB, rclone's fullwidth, an URL's
STREAM_COPY = re.compile(rf"{_COLON}(?:(?:ms_)?zone\.identifier|smartscreen|encryptable)(?:{_COLON}\$data)?\Z"
                         r"|_(?:ms_)?zone\.identifier(?:_\$data)?\Z"  # «_» for the colon: only the download mark,
                         # no document's name («Инструкция_SmartScreen»)
                         rf"|{_COLON}[^:\uf03a]*{_COLON}\$data\Z", re.IGNORECASE)
SNIFF_BYTES = 2048
# A file without an extension is text when at least this share of its visible characters are
# letters: a report is words, a data dump or a program is mostly digits and symbols.
MIN_LETTER_SHARE = 0.5


@dataclass(frozen=True)
class FileRef:
    path: str  # absolute
    root: str  # the root folder it was found under (absolute)
    size: int


@dataclass(frozen=True)
class Skipped:
    path: str
    message: str  # one plain sentence, for the report
    # the report's reason: unsupported | link_loop | link_outside | broken_link | not_a_file | unreadable | hidden
    # | system | backup | assets | mirror_tool
    reason: str = "unsupported"
    # a file a website keeps beside its pages (a news feed, a robots.txt), no document of the archive:
    # what an earlier version indexed of it is removed by --prune
    no_document: bool = False


# hidden or system, file or folder: what the report says of such an entry
_HIDDEN_MESSAGES = {
    ("hidden", False): "A hidden file (its name starts with a dot).",
    ("hidden", True): "A hidden folder (its name starts with a dot); nothing in it was read.",
    ("system", False): "A system or temporary file (Thumbs.db, an Office lock file, a download not finished, "
                        "a copied-out NTFS stream such as Zone.Identifier).",
    ("system", True): "A system folder (a recycle bin, System Volume Information, lost+found…) or a temporary "
                      "one; nothing in it was read.",
    ("backup", False): "An editor's backup copy (its name ends with ~, .bak or .orig, as wget -K keeps a page "
                       "before converting its links); the document is read under its own name.",
    ("lone_backup", False): "A backup copy by its name (it ends with ~, .bak or .orig), with no file of its own "
                            "name beside it; not read: rename it without that ending to read it.",
    ("assets", True): "The folder of images, scripts and styles a saved web page keeps beside it; nothing in it "
                      "was read (the page is read on its own).",
    ("assets", False): "An image, script or style a framed web page saved whole keeps beside its frames' pages "
                       "(which are read); not read.",
    ("mirror_tool", True): "HTTrack's cache of the site it mirrored (hts-cache): the addresses it fetched, no "
                           "pages of the site; nothing in it was read.",
    ("mirror_tool", False): "A website copier's own file (HTTrack's hts-log.txt and the like, wget's wget-log, a "
                            "cookie file), no page of the site; it may hold a login and password, and was not read.",
}

# A page saved whole («Сохранить как… веб-страница полностью», Word's «Веб-страница») keeps what it
# shows in a folder beside it: «Страница.html» and «Страница_files», Word's «doklad.htm» and
# «doklad.files». Nothing in it is a document: scripts and styles without an extension
# («analytics», «jquery.min.js.Без названия»), widget frames (saved_resource.html), Word's header.htm.
# Office joins the page's name and the word with «_», «.» or «-», and some language versions
# translate the word: a German one saves «news-Dateien», a French one «news_fichiers». No Russian
# word is known («_файлы» was never seen): a folder of another name stays a folder of documents.
_COMPANION = re.compile(r"^(?P<page>.+)[_.-](files|dateien|fichiers|archivos|arquivos|bestanden|pliki|soubory|"
                        r"tiedostot|filer)$", re.IGNORECASE)
SAVED_PAGE_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})


def _saved_pages(names: list[str]) -> dict[str, str]:
    """The web pages among `names`: their names lowercased and without their extension -> their names."""
    return {name[:name.rfind(".")].lower(): name for name in names if file_extension(name) in SAVED_PAGE_EXTENSIONS}


def _companion_page(name: str, saved_pages: dict[str, str]) -> str | None:
    """The name of the saved web page beside it whose images, scripts and styles the folder `name` keeps, if any."""
    m = _COMPANION.match(name)
    return saved_pages.get(m.group("page").lower()) if m else None


FRAMESET_HEAD_BYTES = 65536  # a frameset comes after the page's head: its scripts and styles may be long
_FRAMESET = re.compile(r"<frameset[\s>]", re.IGNORECASE)
_FRAME_SRC = re.compile(r"""<frame\s[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def frames_kept(page: str, folder: str) -> set[str] | None:
    """The paths of the pages a frameset page shows in its frames that lie in `folder`, the folder
    a browser's «Web page, complete» saves them in beside it (none there: an empty set); None when
    the page is no frameset. Its frames' pages hold its text: they are read, not skipped as images.
    A frame that is itself a frameset (a banner above a menu and the article) shows its own frames'
    pages, which the browser saves flat in the same folder: they are kept too."""
    kept = _frames_in(page, folder)
    if kept is None:
        return None
    todo = list(kept)
    while todo:
        inner = (_frames_in(todo.pop(), folder) or set()) - kept
        kept |= inner
        todo += inner
    return kept


def _frames_in(page: str, folder: str) -> set[str] | None:
    """The paths in `folder` of the pages one frameset page shows; None when it is no frameset."""
    try:
        with open(page, "rb") as fh:
            text = decoded_head(fh.read(FRAMESET_HEAD_BYTES))
    except OSError:
        return None
    if text is None or not _FRAMESET.search(text):
        return None
    kept = set()
    for m in _FRAME_SRC.finditer(text):
        src = unquote(next(g for g in m.groups() if g is not None).strip()).split("#")[0].split("?")[0]
        if src and "://" not in src and not src.startswith("/"):
            path = os.path.normpath(os.path.join(os.path.dirname(page), src.replace("\\", "/")))
            if os.path.dirname(path) == folder:
                kept.add(path)
    return kept


def real_path(path: str | Path) -> str:
    """The absolute path with every link resolved. A loop of links is left unresolved, where
    Path.resolve raises: the walk reports such a start path as a broken_link, as it does one met
    in a folder, and a batch never stops on it."""
    return os.path.realpath(path)


def is_under(path: str, roots: list[str]) -> bool:
    """`path` is one of `roots` or lies below one of them (absolute paths, as discover gives)."""
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _hidden_or_system(name: str, is_folder: bool) -> str | None:
    """"hidden", "system", "backup", "mirror_tool" or None: what a name says of the file or folder."""
    if name.startswith("."):
        return "hidden"
    low = name.lower()
    if name.startswith("~$") or low in SYSTEM_FILES or low.endswith(TEMPORARY_SUFFIXES) or STREAM_COPY.search(name):
        return "system"
    if is_folder:
        if low in MIRROR_TOOL_FOLDERS:
            return "mirror_tool"
        return "system" if low in SYSTEM_FOLDERS or CHKDSK_FOLDER.fullmatch(low) else None
    if MIRROR_TOOL_FILES.fullmatch(name):
        return "mirror_tool"
    return "backup" if low.endswith(BACKUP_SUFFIXES) else None


def _backed_up(backup: str, names: set[str]) -> bool:
    """The file a backup name is the older copy of is among `names`: отчет.txt for отчет.txt~ or отчет.txt.bak,
    any отчет.* for a DOS editor's отчет.bak, and for wget -E -K's news.php@id=15.orig the page it converted,
    news.php@id=15.html."""
    low = backup.lower()
    stem = backup[:-len(next(s for s in BACKUP_SUFFIXES if low.endswith(s)))]
    return bool(stem) and any(n == stem or n.startswith(stem + ".") and n != backup for n in names)


def _cookie_file(path: str) -> bool:
    with open(path, "rb") as fh:
        return _COOKIE_FILE.match(fh.read(64)) is not None


def _unreadable(path: str, what: str, exc: OSError) -> Skipped:
    return Skipped(path, f"The {what} could not be read ({exc.strerror or exc}); --prune keeps what the index "
                   "holds there.", "unreadable")


def _not_a_file(path: str) -> Skipped:
    return Skipped(path, "Not a regular file (a device, pipe or socket).", "not_a_file")


def _unreadable_entry(path: str, exc: OSError, what: str = "file") -> Skipped:
    """A folder entry (or start path) whose type cannot be had. A link in a loop of links
    (a -> b -> a) leads nowhere, as a broken link does: no read error, nothing for --prune to keep."""
    if exc.errno == errno.ELOOP:
        return Skipped(path, "A link that leads nowhere (a loop of links).", "broken_link")
    return _unreadable(path, what, exc)


def looks_like_text(head: bytes) -> bool:
    """The first bytes of a file decode as text the text parser reads, and are mostly letters."""
    text = decoded_head(head)
    if text is None:
        return False
    visible = [ch for ch in text if not ch.isspace()]
    return bool(visible) and sum(ch.isalpha() for ch in visible) >= MIN_LETTER_SHARE * len(visible)


# a robots.txt line: «User-agent: *», «Disallow: /admin/», «Sitemap: http://…»
_CRAWLER_RULE = re.compile(rb"^\s*(user-agent|disallow|allow|sitemap|crawl-delay|host)\s*:", re.IGNORECASE | re.MULTILINE)


def _crawler_rules(path: str) -> bool:
    """The file a website keeps for web crawlers (saved by a mirror along with its pages)."""
    with open(path, "rb") as fh:
        return _CRAWLER_RULE.search(fh.read(SNIFF_BYTES)) is not None


def _not_supported(head: bytes, name: str) -> str:
    """The report's sentence for a file no parser takes: what its bytes say it is, when they do
    (an RSS feed named .xml), else its extension."""
    found = sniff_format(name, head) or ""
    if found.startswith("unsupported:"):  # a workbook named .doc: that name is wrong too
        return unsupported_sentence(found) + misnamed_sentence(name, found)
    ext = file_extension(os.path.basename(name))
    if not ext and _mirrored_query(name):
        return ("A web mirror's copy of an address with a query (a script, a style sheet or data, by its bytes), "
                "no page or document.")
    return f"Not a supported format ({ext or 'no extension'})."


def _mirrored_query(path: str) -> bool:
    """The file's name is a web mirror's for an address with a query string (mirror_names)."""
    return address_path(os.path.basename(path)) is not None


def sniffed(head: bytes, name: str) -> bool:
    """A file whose name does not say it is a report is one by its bytes: PDF, HTML, RTF, an e-mail message
    (a .msg saved as text) or a Telegram export (result.json) whatever its name, text only without an extension or under a word processor's
    (a 1990s .doc; a .json or .py file is text but not a report). A gzip file is a page only under a
    page's name, never a .gz."""
    ext = file_extension(os.path.basename(name))
    # a mirror's copy of an address with a query and no extension is a page by its bytes, never text: a
    # site serves its scripts, styles and API's JSON so (css@family=Roboto, embed@url=…); a server script's
    # name (stenogramma.php@id=5) is text when sniff_format found no tag or code in it
    may_be_text = (not ext and not _mirrored_query(name)) or ext in TEXT_UNDER_WORD_NAMES + SCRIPT_PAGE_EXTENSIONS
    found = sniff_format(name, head)
    if found in ("pdf", "html", "telegram", "rtf", "docx", "odt", "xlsx", "ods", "eml", "warc", "webarchive"):  # an RTF saved as .doc, a message as .msg
        return True
    text = (gzip_head(head, len(head)) or b"") if head.startswith(GZIP_MAGIC) else head
    return may_be_text and found in ("txt", "subtitles") and looks_like_text(text)


def _folder_ids(folders) -> set[tuple[int, int]]:
    ids = set()
    for folder in folders:
        try:
            info = os.stat(folder)
            ids.add((info.st_dev, info.st_ino))
        except OSError:
            pass  # not created yet: nothing in it to leave out
    return ids


class _Discovery:
    """What one discovery found and skipped, and the folders (device, inode) entered so far."""

    def __init__(self, exclude, named: list[str], outside_links: bool) -> None:
        self.named = set(named)  # the start paths: the user's choice, hidden or not
        self.outside_links = outside_links  # follow links out of the start paths too
        self.found: dict[str, FileRef] = {}
        self.skipped: list[Skipped] = []
        self.excluded_files = {real_path(p) for p in exclude}
        self.excluded_folders = _folder_ids(exclude)
        self.entered: set[tuple[int, int]] = set(self.excluded_folders)
        self.linked: set[str] = set()  # the real folders and files links led the walk to

    def start(self, root: str) -> bool:
        """Take a start path: a file is added at once; True for a folder to read."""
        try:
            info = os.stat(root)
        except OSError as exc:
            self.skipped.append(_unreadable_entry(root, exc, "start path"))
            return False
        if stat.S_ISDIR(info.st_mode):
            return True
        if stat.S_ISREG(info.st_mode):
            self._add_file(os.path.dirname(root), root, os.path.basename(root), lambda: info.st_size, named=True)
        else:
            self.skipped.append(_not_a_file(root))
        return False

    def read_start_folder(self, folder: str, links: list[tuple[str, str]]) -> None:
        """Read a folder named on the command line, unless the walk of another start folder read it
        already (nested start paths are read once; one inside a hidden folder is still read)."""
        try:
            info = os.stat(folder)
        except OSError:
            info = None  # read_tree says why it cannot be read
        if info is None or (info.st_dev, info.st_ino) not in self.entered:
            self.read_tree(folder, folder, False, links)

    def read_tree(self, root: str, top: str, through_link: bool, links: list[tuple[str, str]]) -> None:
        """Every file under the folder `top` through its real subfolders. The links to folders
        met are put in `links`, to be followed once every real folder is known."""
        if not self._enter(top, through_link):
            return
        if through_link:
            self.linked.add(real_path(top))
        stack = [top]
        while stack:
            subfolders = self._read_folder(root, stack.pop(), links)
            stack.extend(folder for folder in reversed(subfolders) if self._enter(folder, False))

    def _enter(self, folder: str, through_link: bool) -> bool:
        """Whether to read `folder`: not yet read, and not the ingest's own output."""
        try:
            info = os.stat(folder)
        except OSError as exc:  # removed or unmounted while the walk went on
            self.skipped.append(_unreadable(folder, "folder", exc))
            return False
        folder_id = (info.st_dev, info.st_ino)
        if folder_id in self.entered:
            if folder_id not in self.excluded_folders:
                self.skipped.append(Skipped(folder, "A link to a folder already read in this batch." if through_link
                                            else "A folder already read in this batch under another path.", "link_loop"))
            return False
        self.entered.add(folder_id)
        return True

    def _read_folder(self, root: str, folder: str, links: list[tuple[str, str]]) -> list[str]:
        """Add the files of one folder; returns its real subfolders, sorted."""
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            self.skipped.append(_unreadable(folder, "folder", exc))
            return []
        subfolders = []
        prefix = os.path.join(folder, "")  # a join per file costs more than the stat avoided
        names = {entry.name for entry in entries}
        saved_pages = _saved_pages(list(names))
        for entry in entries:
            path = prefix + entry.name
            try:
                is_folder = entry.is_dir()  # the file type from the listing: no stat, except for links
            except OSError as exc:  # a link in a folder we may list but not enter, or a loop of links
                self.skipped.append(_unreadable_entry(path, exc))
                continue
            kind = None if path in self.named else _hidden_or_system(entry.name, is_folder)
            page = _companion_page(entry.name, saved_pages) if kind is None and is_folder and path not in self.named \
                else None
            if page is not None:
                frames = frames_kept(prefix + page, path)
                if frames is not None and not entry.is_symlink():
                    self._read_frames(root, path, frames)
                    continue
                kind = "assets"
            if kind:
                if not self._own_output(path, entry, is_folder):
                    lone = kind == "backup" and not _backed_up(entry.name, names)
                    self.skipped.append(Skipped(path, _HIDDEN_MESSAGES["lone_backup" if lone else kind, is_folder],
                                                kind))
            elif is_folder and entry.is_symlink():
                if not self._outside(path):
                    links.append((root, path))
            elif is_folder:
                subfolders.append(path)
            else:
                self._add_entry(root, entry, path)
        return subfolders

    def _read_frames(self, root: str, folder: str, frames: set[str]) -> None:
        """The folder a framed page saved whole keeps beside it: its frames' pages are read, each image,
        script, style or folder else in it is skipped as assets."""
        if not self._enter(folder, False):
            return
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            self.skipped.append(_unreadable(folder, "folder", exc))
            return
        for entry in entries:
            path = os.path.join(folder, entry.name)
            if path in frames:
                self._add_entry(root, entry, path)
                continue
            try:
                is_folder = entry.is_dir()
            except OSError as exc:
                self.skipped.append(_unreadable_entry(path, exc))
                continue
            self.skipped.append(Skipped(path, _HIDDEN_MESSAGES["assets", is_folder], "assets"))

    def _outside(self, link: str) -> bool:
        """Whether `link` leads out of every start path, and is skipped for it (a link_outside):
        anyone who can put a link in the archive (an unpacked zip, a shared folder) would
        otherwise make whatever the ingest may read searchable and downloadable: /etc/passwd,
        a home folder's keys. `--follow-outside-links` follows them, as the archivist's choice."""
        target = real_path(link)
        if self.outside_links or is_under(target, self.named):
            return False
        self.skipped.append(Skipped(link, f"A link to {readable_path(target)}, outside the folders given to ingest; "
                                    "not read (--follow-outside-links reads it).", "link_outside"))
        return True

    def _own_output(self, path: str, entry: os.DirEntry, is_folder: bool) -> bool:
        """The index folder or the report, which may well have a hidden name."""
        if not is_folder:
            return path in self.excluded_files
        try:
            info = entry.stat()
        except OSError:
            return False
        return (info.st_dev, info.st_ino) in self.excluded_folders

    def _add_entry(self, root: str, entry: os.DirEntry, path: str) -> None:
        try:
            is_file = entry.is_file()
        except OSError as exc:
            self.skipped.append(_unreadable_entry(path, exc))
            return
        if not is_file:
            if entry.is_symlink() and not os.path.exists(path):
                self.skipped.append(Skipped(path, "A link to a file that does not exist.", "broken_link"))
            else:
                self.skipped.append(_not_a_file(path))
            return
        if entry.is_symlink() and self._outside(path):
            return
        self._add_file(root, path, entry.name, lambda: entry.stat().st_size, named=False)
        if path in self.found and entry.is_symlink():
            self.linked.add(real_path(path))

    def _add_file(self, root: str, path: str, name: str, size_of, named: bool) -> None:
        """Add a regular file if it is a report by its extension or, failing that, by its bytes.
        `size_of` gives its size: one stat, only for the files taken."""
        if path in self.found or path in self.excluded_files:
            return
        ext = file_extension(name)
        try:
            if name.lower() == "robots.txt" and _crawler_rules(path):
                self.skipped.append(Skipped(path, "A robots.txt file: a website's rules for web crawlers, no "
                                            "document.", no_document=True))
                return
            if "cookie" in name.lower() and _cookie_file(path):
                self.skipped.append(Skipped(path, _HIDDEN_MESSAGES["mirror_tool", False], "mirror_tool"))
                return
            if ext not in (NAMED_EXTENSIONS if named else KNOWN_EXTENSIONS):
                with open(path, "rb") as fh:
                    head = fh.read(SNIFF_BYTES)
                if not sniffed(head, path):  # the path: a package's parts are listed at its end
                    # what an earlier version indexed of a feed, or of a mirror's script or style, goes with --prune
                    self.skipped.append(Skipped(path, _not_supported(head, path),
                                                no_document=sniff_format(name, head) == FEED or _mirrored_query(name)))
                    return
            size = size_of()
        except OSError as exc:
            self.skipped.append(_unreadable(path, "file", exc))
            return
        self.found[path] = FileRef(path, root, size)


def discover(roots: list[str | Path], exclude: list[Path] = (), outside_links: bool = False
             ) -> tuple[list[FileRef], list[Skipped]]:
    """Every ingestible file under `roots` (files may be given directly), sorted, plus what was
    skipped (discover_with_links)."""
    files, skipped, _ = discover_with_links(roots, exclude, outside_links)
    return files, skipped


def discover_with_links(roots: list[str | Path], exclude: list[Path] = (), outside_links: bool = False
                        ) -> tuple[list[FileRef], list[Skipped], list[str]]:
    """Every ingestible file under `roots` (files may be given directly), sorted, what was
    skipped, and the real paths of the folders and files that links led the walk to (the web
    app serves a document's file from these too: they were ingested on purpose). What `exclude` names is left out: the ingest's own output when it lies inside a root
    (the index folder is not entered; the report file is no document of the archive).

    Links to folders and files are followed when they lead to a place under a start path, and
    only with `outside_links` (--follow-outside-links) when they lead out of every one (an
    archive that links a year's folder in from another disk); else they are a link_outside.
    Each real folder is read once: first every folder reached through real paths under the roots,
    then, in rounds, those only links lead to; a link to a folder read already is a link_loop.
    A start path is the user's choice: read even when its name is hidden or system, and even
    inside another start path, or a hidden folder of one."""
    starts = [real_path(r) for r in roots]
    walk = _Discovery(exclude, starts, outside_links)
    folders = sorted({root for root in starts if walk.start(root)})  # a folder before those inside it
    links: list[tuple[str, str]] = []
    for root in folders:
        walk.read_start_folder(root, links)
    while links:  # each round follows the links met in the one before
        followed, links = sorted(links), []
        for root, link in followed:
            walk.read_tree(root, link, True, links)
    once: dict[str, Skipped] = {}
    for entry in walk.skipped:  # a file named directly may lie in a folder read too
        if entry.path not in walk.found:
            once.setdefault(entry.path, entry)
    return sorted(walk.found.values(), key=lambda f: f.path), list(once.values()), sorted(walk.linked)
