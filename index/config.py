"""Where the index lives: a data folder outside the package."""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Generic, TypeVar

from index.errors import SettingError

T = TypeVar("T")
log = logging.getLogger(__name__)

ENV_PREFIX = "ASSEMBLY_SEARCH_"
INDEX_DIR_ENV = ENV_PREFIX + "INDEX"
DEFAULT_INDEX_DIR = Path("data") / "index"


def user_path(text: str) -> str:
    """A path as typed, a leading `~` read as the home folder: the shell leaves it unexpanded
    after `--index=` and in a crontab's or a unit file's variable, and taken as is it made a
    folder named `~` in the working directory."""
    return os.path.expanduser(text)


def missing_home(text: str) -> str | None:
    """The home folder a leading `~` of `text` stands for when it does not exist (a service
    account's /nonexistent): a folder made there is refused at the root, a fix nobody should make."""
    head = text.split("/", 1)[0]
    if not head.startswith("~"):
        return None
    home = os.path.expanduser(head)
    return None if home == head or os.path.isdir(home) else home


def default_index_dir() -> Path:
    """The index folder: $ASSEMBLY_SEARCH_INDEX, else ./data/index under the working directory."""
    value = os.environ.get(INDEX_DIR_ENV, "").strip()
    return Path(user_path(value)) if value else DEFAULT_INDEX_DIR


def setting_path(env_var: str) -> str | None:
    """The archive's own data file named by $env_var; None when unset or empty (the shipped one)."""
    value = os.environ.get(env_var)
    return user_path(value) if value else None


def cached_by_path(load: Callable[[str | None], T]) -> Callable[[str | None], T]:
    """`load` cached per path and per process, loaded again when that file changes, so an edit
    takes effect without a restart (None: the shipped default)."""
    cache: dict[str | None, tuple[float, T]] = {}

    def current(path: str | None) -> T:
        mtime = os.path.getmtime(path) if path and os.path.exists(path) else 0.0
        hit = cache.get(path)
        if hit is None or hit[0] != mtime:
            cache[path] = hit = (mtime, load(path))
        return hit[1]

    return current


def cached_by_file(env_var: str, load: Callable[[str | None], T]) -> Callable[[], T]:
    """A function returning load(path) for the archive's own file named by $env_var (None when
    unset: the shipped default), cached as cached_by_path caches it."""
    cached = cached_by_path(load)
    return lambda: cached(setting_path(env_var))


def read_setting_file(label: str, path: str | os.PathLike) -> str:
    """The text of an archive's data file (UTF-8, a BOM allowed); a SettingError naming `label`
    (the variable, `$ASSEMBLY_SEARCH_TOPICS`) and the path when it cannot be read. A missing
    file must not pass for an empty one, nor fail every document of a batch one by one."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        fix = "" if isinstance(exc, UnicodeDecodeError) else "; correct the path or unset the variable"
        raise SettingError(f"{label}: {unreadable(path, exc)}{fix}.") from None


def unreadable(path: str | os.PathLike, exc: OSError | UnicodeDecodeError) -> str:
    """Why a data file cannot be read, in a clause naming it (never Python's own words, which
    do not name a file that is not UTF-8)."""
    if isinstance(exc, UnicodeDecodeError):
        return f"{path} is not UTF-8 text; save it as UTF-8"
    if isinstance(exc, FileNotFoundError):
        return f"{path} does not exist"
    return f"{path} cannot be read ({exc.strerror or exc})"


def checked_setting_file(label: str, path: str | os.PathLike, parse: Callable[[str, str], T],
                         malformed: type[Exception]) -> tuple[str, T]:
    """An archive's data file read (read_setting_file) and parsed by `parse(text, path)`: its text
    and what `parse` made of it; a line `parse` refuses (raising `malformed`) is a SettingError
    naming `label`, the file and the line."""
    text = read_setting_file(label, path)
    try:
        return text, parse(text, str(path))
    except malformed as exc:
        raise SettingError(f"{label}: {exc}") from None


def data_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of an editable data file (aliases, topics, abbreviations, stop words):
    a `#` starts a comment, and blank lines are left out; numbered for error messages."""
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield lineno, line


def no_entries_warning(label: str, path: str | os.PathLike, entries: str, lost: str,
                       fix: str = "fill it in, or unset the variable to use the shipped ones") -> str:
    """The sentence for an archive's file with no entries, which replaces the shipped one whole:
    created first and filled in later, or cut while editing, it would silently take `lost`."""
    return f"{label}: {path} has no {entries}, so it replaces the shipped ones with none ({lost}); {fix}."


# what is wrong with an archive's file a server reads live (LiveSetting): variable -> the sentence
_live_problems: dict[str, str] = {}


def setting_problems() -> list[str]:
    """What is wrong with the archive's files read while serving, for /health to show."""
    return list(_live_problems.values())


class LiveSetting(Generic[T]):
    """The archive's own file named by $env_var as `load` reads it (None: the shipped default),
    loaded again when the file changes, so an edit takes effect without a restart. A file broken
    while in use (a bad line saved into it) keeps the table last read from it, not the shipped
    one: the archive's own names do not vanish for every user; the log says so once, and /health
    until it is corrected (setting_problems). A file emptied while in use replaces the shipped
    table with none, as at start-up, and `no_entries(table, path)` (its warning, or None) is said
    the same way: an editor saving in two steps must not wipe every name unnoticed."""

    def __init__(self, env_var: str, load: Callable[[str | None], T], what: str,
                 no_entries: Callable[[T, str], str | None] | None = None) -> None:
        self.env_var, self.what = env_var, what
        self._load = load
        self._no_entries = no_entries
        self._current = cached_by_path(load)
        self._last_good: dict[str | None, T] = {}
        self._kept: Path | None = None

    def keep_beside(self, kept: str | os.PathLike | None) -> None:
        """Read `kept` (the copy an index keeps of the archive's file) when $env_var is unset: the
        index this process searches or ingests into, so a server or a cron job started without the
        variable still reads the archive's own file, not the shipped one."""
        self._kept = Path(kept) if kept is not None else None

    @contextmanager
    def beside(self, kept: str | os.PathLike | None) -> Iterator[None]:
        """keep_beside(kept) for a block (an ingest batch), then as before."""
        before = self._kept
        self.keep_beside(kept)
        try:
            yield
        finally:
            self._kept = before

    def path(self) -> str | None:
        """The archive's file in force: $env_var's, else the index's copy, else None (the shipped one)."""
        given = setting_path(self.env_var)
        if given or self._kept is None:
            return given
        try:
            return str(self._kept) if self._kept.is_file() else None
        except OSError:  # an index folder this account may not enter: opening the index says so
            return None

    def label(self, path: str) -> str:
        """How a message names the file in force: the variable, or the index's copy."""
        return f"the {self.what} the index keeps" if path == str(self._kept) and not setting_path(self.env_var) \
            else f"${self.env_var}"

    def warning(self, value: T, path: str) -> str | None:
        """The warning for the archive's file `path` read as `value` (one with no entries), or None."""
        return self._no_entries(value, path) if self._no_entries else None

    def _say(self, problem: str | None, logged: bool) -> None:
        """Log a new problem once, and keep it for /health until it is gone."""
        if problem is None:
            _live_problems.pop(self.env_var, None)
        elif _live_problems.get(self.env_var) != problem:
            if logged:
                log.warning("%s", problem)
            _live_problems[self.env_var] = problem

    def __call__(self) -> T:
        return self._read(logged=True)

    def at_start(self) -> T:
        """The table read by a command's start-up check, which says its own warning: not logged again."""
        return self._read(logged=False)

    def check(self, parse: Callable[[str, str], T], malformed: type[Exception]) -> list[str]:
        """A command's start-up check of the archive's file: a SettingError naming $env_var, the file
        and its line when it is missing or malformed (it replaces the shipped one, so ignoring it would
        leave none); the warning for a file with no entries, in a list; [] when no file is set. The
        table is read once more as a server keeps it, should the file break while it runs."""
        path = self.path()
        if not path:
            return []
        value = checked_setting_file(self.label(path), path, parse, malformed)[1]
        self.at_start()
        warning = self.warning(value, path)
        return [warning] if warning else []

    def _read(self, logged: bool) -> T:
        path = self.path()
        try:
            value = self._current(path)
        except (OSError, ValueError) as exc:  # broken since the command started (it checks): search goes on
            kept = path in self._last_good
            why = unreadable(path, exc) if isinstance(exc, (OSError, UnicodeDecodeError)) else str(exc).rstrip(".")
            self._say(f"{self.label(path)}: {why}; " + (
                f"the {self.what} last read from it are used until it is corrected." if kept
                else f"the shipped {self.what} are used."), logged)
            return self._last_good[path] if kept else self._load(None)
        self._say(self.warning(value, path) if path else None, logged)
        self._last_good = {path: value}
        return value
