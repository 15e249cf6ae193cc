"""Errors a user can cause or meet; each message is one plain sentence naming the fix.

The message itself is for whoever runs the tool (the command line, the server's log); a
person searching the archive in the web interface is told `reader_message`, in Russian."""
from __future__ import annotations

_REBUILD = "Администратору: перестройте индекс из файлов архива командой assembly-search ingest ПАПКА --force."
_RESTORE = ("Администратору: восстановите папку индекса из резервной копии или перестройте индекс из файлов архива "
            "командой assembly-search ingest ПАПКА --force.")


class IndexUnavailable(Exception):
    """The index cannot be opened or written as asked."""
    reason = "unavailable"  # what /health answers (search_app.monitoring)

    reader_message = "Индекс архива сейчас недоступен."


class IndexMissingError(IndexUnavailable):
    reason = "missing"
    reader_message = ("Индекс архива ещё не построен. Администратору: постройте его командой "
                      "assembly-search ingest ПАПКА.")


class IndexGoneError(IndexMissingError):
    """The index folder served until now is no longer there (a share unmounted, a read-only copy
    being swapped): not "build one", which on a copy that must stay read-only is the wrong fix."""
    reason = "gone"
    reader_message = ("Индекс архива сейчас недоступен: его папка пропала. Администратору: проверьте, подключён ли "
                      "диск с индексом; поиск заработает, как только папка вернётся.")

    def __init__(self, index_dir) -> None:
        super().__init__(f"The index at {index_dir}, served until now, is no longer there: is its disk mounted, or "
                         f"is its copy being replaced? It is served again as soon as it is back.")


class IndexVersionError(IndexUnavailable):
    reason = "version"
    reader_message = "Индекс архива построен другой версией программы. " + _REBUILD


class IndexVersionLostError(IndexVersionError):
    """The index's version file (assembly-search.json) is gone and its table of contents, written
    before it was marked with the version too, does not say it: put back, the file opens it at once."""
    reason = "version_file"
    reader_message = ("Индекс архива недоступен: из его папки пропал файл assembly-search.json с номером версии "
                      "индекса. Администратору: верните этот файл из резервной копии (или запишите его заново, если "
                      "индекс построен этой версией программы) либо перестройте индекс командой assembly-search ingest "
                      "ПАПКА --force.")


class IndexRebuildingError(IndexVersionError):
    """The older-schema index is being rebuilt beside itself (index.side_rebuild): it is refused
    as before, with the progress, until the rebuild is complete and served."""
    reason = "rebuilding"

    def __init__(self, index_dir, found, done: int, total: int) -> None:
        super().__init__(
            f"The index at {index_dir} was built with schema version {found if found is not None else 'unknown'} and is "
            f"being rebuilt for this program by an ingest --force; it is served once the rebuild is complete (if that "
            f"ingest stopped, run it again: it resumes).")
        self.done, self.total = done, total
        self.reader_message = (f"Индекс перестраивается для новой версии программы: готово {done} из {total} "
                               "документов. Поиск заработает, когда перестройка закончится.")


class IndexRebuildStoppedError(IndexRebuildingError):
    """The rebuild beside the older-schema index stopped (killed, Ctrl-C, a reboot): no ingest holds
    the index's lock, so nothing will finish it until someone runs the same command again."""
    reason = "rebuild_stopped"

    def __init__(self, index_dir, found, done: int, total: int, command: str) -> None:
        IndexVersionError.__init__(
            self, f"The index at {index_dir} was built with schema version {found if found is not None else 'unknown'}; "
            f"its rebuild for this program stopped after {done} of {total} documents and is not running; run it "
            f"again, it resumes where it stopped: {command}")
        self.done, self.total = done, total
        self.reader_message = (f"Перестройка индекса для новой версии программы остановлена: готово {done} из {total} "
                               "документов. Администратору: запустите её снова той же командой assembly-search ingest "
                               "ПАПКА --force, она продолжит с того же места.")


class IndexNewerError(IndexUnavailable):
    """The index was built by a newer version of the program: neither read nor rebuilt over
    (a rebuild would downgrade it, and after the upgrade it would take a second one)."""
    reason = "newer"

    reader_message = ("Индекс архива построен более новой версией программы. Администратору: обновите "
                      "assembly-search.")


class IndexDamagedError(IndexUnavailable):
    """A file of the index cannot be read (truncated, overwritten); it has to be rebuilt."""
    reason = "damaged"

    reader_message = "Индекс архива повреждён: один из его файлов не читается. " + _RESTORE


class IndexUnreadableError(IndexUnavailable):
    """This account may not read the index folder or its files (a backup restored by root with a
    strict umask, an index built by another account): permissions fix it, not a rebuild."""
    reason = "unreadable"

    reader_message = ("Индекс архива недоступен для чтения: у программы нет прав на его файлы. Администратору: "
                      "дайте учётной записи сервера право читать папку индекса и её файлы.")


class IndexLockedError(IndexUnavailable):
    pass


class IndexLocationError(IndexUnavailable):
    """The index folder given cannot hold an index (it is a file, or cannot be created)."""
    reason = "location"


class IndexWriteError(IndexUnavailable):
    """A commit could not be completed (a writer process died); nothing of it was written."""


class PurgeWriteError(IndexWriteError):
    """The purge of deleted records (index.purging) could not be written: the commits before it are
    whole, and the deleted records' text stays in the index's files until a later purge."""


class SettingError(ValueError):
    """A setting that cannot be used: an environment variable naming a data file that is missing,
    unreadable or malformed. The command says it in one line (exit 2) before any file is read."""
