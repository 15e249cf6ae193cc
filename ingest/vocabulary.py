"""The archive's own vocabularies for one ingest batch: its aliases, topics and abbreviations files, read and
checked once before any document is read (a missing or malformed file is one SettingError, not a
failure of every document), and in force in the batch's parser processes, forked after.

The three files are also kept in the index folder (index.aliases.RECORDED_FILE, KEPT_TOPICS,
index.query.KEPT_ABBREVIATIONS): search reads the aliases copy, so it credits the same variants
ingest did, and the abbreviations copy when its variable is unset. A batch given none of the
variables uses the copy the index keeps, so a later plain ingest (a cron job's, a colleague's)
reads the documents as the earlier ones were read, and an ingest --force does not silently take
the archive's topics from every document.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from index.aliases import ENV_VAR as ALIASES_ENV, checked_alias_text, recorded_aliases_path
from index.config import no_entries_warning, read_setting_file, setting_path
from index.paths import keep_copy
from index.query import ABBREVIATIONS_ENV, KEPT_ABBREVIATIONS, abbreviations, check_abbreviations, kept_abbreviations

from .extract.aliases import Aliases, aliases_in_force, aliases_of_text
from .extract.topics import ENV_VAR as TOPICS_ENV, Topic, checked_topics, checked_topics_file, topics_in_force

# the archive's topics file as the last ingest given it read it
KEPT_TOPICS = "archive-topics.txt"
# every settings file an index keeps (their notes waiting for a --force)
KEPT_FILES = (recorded_aliases_path(".").name, KEPT_TOPICS, KEPT_ABBREVIATIONS)


@dataclass(frozen=True)
class BatchVocabulary:
    aliases: Aliases
    topics: list[Topic]
    aliases_given: str | None = None  # the text of $ASSEMBLY_SEARCH_ALIASES's file, for the index to keep
    fingerprint: str = ""  # which aliases and topics: a --force batch resumes only with the same ones
    topics_given: str | None = None  # the text of $ASSEMBLY_SEARCH_TOPICS's file, for the index to keep
    abbreviations_given: str | None = None  # the text of $ASSEMBLY_SEARCH_ABBREVIATIONS's file, likewise
    index_dir: str = ""  # whose kept abbreviations the batch reads when the variable is unset
    warnings: list[str] = field(default_factory=list)  # for the summary: a file with no entries


def read_batch_vocabulary(index_dir: str | os.PathLike) -> BatchVocabulary:
    """The aliases and topics a batch into `index_dir` uses; a SettingError naming the variable,
    the file and its line when one cannot be used."""
    given = setting_path(ALIASES_ENV)
    kept = recorded_aliases_path(index_dir)
    if given:
        text = in_force = checked_alias_text(f"${ALIASES_ENV}", given)
        aliases = aliases_of_text(text, given)
    elif _kept(kept):
        text, in_force = None, checked_alias_text("the aliases the index keeps", kept)
        aliases = aliases_of_text(in_force, str(kept))
    else:
        text = in_force = None
        aliases = aliases_of_text(None, "")
    # the topics read an abbreviation as its full name: a broken file is said once, first
    with abbreviations.beside(kept_abbreviations(index_dir)):
        warnings = check_abbreviations()
        table = sorted(abbreviations.at_start().items())
    given_abbreviations = setting_path(ABBREVIATIONS_ENV)
    abbreviations_text = read_setting_file(f"${ABBREVIATIONS_ENV}", given_abbreviations) if given_abbreviations \
        else None
    topics, topics_text, topics_warnings = _batch_topics(index_dir)
    fingerprint = hashlib.sha256(repr((in_force, topics, table)).encode("utf-8")).hexdigest()[:16]
    return BatchVocabulary(aliases, topics, text, fingerprint, topics_text, warnings=warnings + topics_warnings,
                           abbreviations_given=abbreviations_text, index_dir=str(index_dir))


def _batch_topics(index_dir: str | os.PathLike) -> tuple[list[Topic], str | None, list[str]]:
    """The topics of the batch: $ASSEMBLY_SEARCH_TOPICS's file (and its text, for the index to
    keep), else the copy the index keeps, else the shipped ones; the warning for a file with none."""
    given = setting_path(TOPICS_ENV)
    kept = Path(index_dir) / KEPT_TOPICS
    if given:
        label, path = f"${TOPICS_ENV}", given
    elif _kept(kept):
        label, path = "the topics the index keeps", str(kept)
    else:
        return checked_topics(), None, []
    text, topics = checked_topics_file(label, path)
    if topics:
        return topics, text if given else None, []
    fix = {} if given else {"fix": f"give ${TOPICS_ENV} the file to use, or delete {kept} for the shipped ones"}
    return topics, text if given else None, [
        no_entries_warning(label, path, "topics", "the documents parsed now get no topic", **fix)]


def _kept(path: Path) -> bool:
    """Whether the index keeps a settings file; not when its folder may not be entered (the
    writing session, taken next, says so with the fix)."""
    try:
        return path.is_file()
    except PermissionError:
        return False


def keep_vocabulary(index_dir: str | os.PathLike, vocabulary: BatchVocabulary, force: bool,
                    holds_documents: Callable[[], bool]) -> list[str]:
    """Keep the aliases, topics and abbreviations files the batch was given in the index folder (its lock held);
    the notes for the summary: a changed file, or a first one given to an index that
    `holds_documents` already, applies to the documents parsed now, the others on --force."""
    notes = list(vocabulary.warnings)
    # (the copy, the text given, what it is, its variable, what the documents got from it); the
    # abbreviations: topics read an abbreviation as its full name
    for kept, given, what, env_var, derived in (
            (recorded_aliases_path(index_dir), vocabulary.aliases_given, "aliases", ALIASES_ENV, "persons"),
            (Path(index_dir) / KEPT_TOPICS, vocabulary.topics_given, "topics", TOPICS_ENV, "topics"),
            (kept_abbreviations(index_dir), vocabulary.abbreviations_given, "abbreviations", ABBREVIATIONS_ENV,
             "topics")):
        if given is not None:
            notes += _keep(kept, given, what, env_var, derived, force, holds_documents)
    return notes + ([] if force else [note for note in waiting_notes(index_dir) if note not in notes])


def _keep(kept: Path, text: str, what: str, env_var: str, given: str, force: bool,
          holds_documents: Callable[[], bool]) -> list[str]:
    """Keep `text`, the file of $env_var, at `kept`; the note on what it changes (see keep_vocabulary)."""
    had_copy = kept.is_file()
    try:
        changed = keep_copy(kept, text)
    except OSError as exc:
        return [f"The {what} file could not be kept in the index folder ({exc.strerror or exc}); "
                f"later ingests and searches need ${env_var} too."]
    if not changed or force:
        return []
    # a first file is as new to the documents already indexed as an edited one (ingest first,
    # curate the names later is the usual order)
    if had_copy:
        how = "changed since the last ingest"
    elif holds_documents():
        how = "is new to this index"
    else:
        return []
    note = (f"The {what} file {Path(setting_path(env_var) or '')} {how}: the files parsed now use it, "
            f"the others keep the {given} they were given before; ingest --force applies it to all.")
    try:  # said again by every later ingest and by stats until a --force has applied it
        keep_copy(_waiting_path(kept), note)
    except OSError:
        pass  # the note is said now; the index folder's problem, if lasting, is said by the next write
    return [note]


# the note on a kept file some documents were not read with yet, kept beside it until a --force
WAITING_SUFFIX = ".waiting-force"


def _waiting_path(kept: Path) -> Path:
    return kept.with_name(kept.name + WAITING_SUFFIX)


def waiting_notes(index_dir: str | os.PathLike) -> list[str]:
    """The notes on the settings files kept in `index_dir` that documents indexed before them were
    not read with: a cron job's output, where a note scrolls by once, must not be the only place
    it is said."""
    found = []
    for name in KEPT_FILES:
        if not _kept(Path(index_dir) / name):
            continue  # its copy deleted (for the shipped topics): nothing waits for it
        try:
            found.append(_waiting_path(Path(index_dir) / name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue  # none: every document was read with the file
    return found


def applied_to_all(index_dir: str | os.PathLike) -> None:
    """A --force batch has read every document with the kept files: no note waits any more."""
    for name in KEPT_FILES:
        _waiting_path(Path(index_dir) / name).unlink(missing_ok=True)


@contextmanager
def vocabulary_in_force(vocabulary: BatchVocabulary) -> Iterator[None]:
    with aliases_in_force(vocabulary.aliases), topics_in_force(vocabulary.topics), \
            abbreviations.beside(kept_abbreviations(vocabulary.index_dir)):
        yield
