"""The archive's own vocabularies for one ingest batch: its aliases, topics and abbreviations files, read and
checked once before any document is read (a missing or malformed file is one SettingError, not a
failure of every document), and in force in the batch's parser processes, forked after.

The aliases file is also kept in the index folder (index.aliases.RECORDED_FILE): search reads that
copy, so it credits the same variants ingest did. A batch given no $ASSEMBLY_SEARCH_ALIASES uses
the copy the index keeps, so a later plain ingest reads new documents as the earlier ones were.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from index.aliases import ENV_VAR as ALIASES_ENV, checked_alias_text, record_aliases, recorded_aliases_path
from index.config import setting_path
from index.query import check_abbreviations

from .extract.aliases import Aliases, aliases_in_force, aliases_of_text
from .extract.topics import Topic, checked_topics, topics_in_force


@dataclass(frozen=True)
class BatchVocabulary:
    aliases: Aliases
    topics: list[Topic]
    aliases_given: str | None = None  # the text of $ASSEMBLY_SEARCH_ALIASES's file, for the index to keep
    fingerprint: str = ""  # which aliases and topics: a --force batch resumes only with the same ones


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
    check_abbreviations()  # the topics read an abbreviation as its full name: a broken file is said once, first
    topics = checked_topics()
    fingerprint = hashlib.sha256(repr((in_force, topics)).encode("utf-8")).hexdigest()[:16]
    return BatchVocabulary(aliases, topics, text, fingerprint)


def _kept(path: Path) -> bool:
    """Whether the index keeps an aliases file; not when its folder may not be entered (the
    writing session, taken next, says so with the fix)."""
    try:
        return path.is_file()
    except PermissionError:
        return False


def keep_aliases(index_dir: str | os.PathLike, vocabulary: BatchVocabulary, force: bool,
                 holds_documents: Callable[[], bool]) -> list[str]:
    """Keep the aliases file the batch was given in the index folder (its lock held); the notes
    for the summary: a changed file, or a first one given to an index that `holds_documents`
    already, applies to the documents parsed now, the others on --force."""
    if vocabulary.aliases_given is None:
        return []
    had_copy = recorded_aliases_path(index_dir).is_file()
    try:
        changed = record_aliases(index_dir, vocabulary.aliases_given)
    except OSError as exc:
        return [f"The aliases file could not be kept in the index folder ({exc.strerror or exc}); "
                f"search and the web app need ${ALIASES_ENV} too."]
    if not changed or force:
        return []
    # a first file is as new to the documents already indexed as an edited one (ingest first,
    # curate the names later is the usual order)
    if had_copy:
        what = "changed since the last ingest"
    elif holds_documents():
        what = "is new to this index"
    else:
        return []
    return [f"The aliases file {Path(setting_path(ALIASES_ENV) or '')} {what}: the files parsed now use it, "
            "the others keep the persons they were given before; ingest --force applies it to all."]


@contextmanager
def vocabulary_in_force(vocabulary: BatchVocabulary) -> Iterator[None]:
    with aliases_in_force(vocabulary.aliases), topics_in_force(vocabulary.topics):
        yield
