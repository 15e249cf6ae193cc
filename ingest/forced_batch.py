"""An `ingest --force` stopped part-way (Ctrl-C, a closed terminal, a full disk) resumes when the
same command runs again, instead of parsing every file once more: on a large archive a --force
takes hours, and each attempt could be cut off the same way.

While a forced batch is unfinished the index folder keeps FILE: a first line saying which batch
(its folders, the index schema, the aliases and topics it parses with), then a line per commit
naming the documents that commit wrote from a fresh parse. A --force of the same folders with the
same schema and vocabulary takes those documents as done: a file that still holds one is planned
as a plain ingest plans it (unchanged, or written again under its new paths), and its hash is
trusted as a plain ingest trusts it. A batch that ends without stopping removes the file; a --force
of other folders, or after the aliases or topics changed, starts it anew. A line is written only
after its commit, so a document named there is in the index as that batch parsed it; a line lost
(a crash between the commit and the line, a full disk) only costs parsing those files again.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from index.paths import path_to_text, replace_whole
from index.schema import SCHEMA_VERSION

FILE = "ingest-forced.jsonl"
PARSED = ("indexed", "updated")  # statuses of the files whose document a parse wrote


class ForcedBatch:
    def __init__(self, path: Path | None, done: set[str], started: str | None) -> None:
        self.path = path  # None: the record could not be written, so a re-run starts over
        self.done = done  # documents the stopped batch, resumed now, parsed again already
        self.started = started  # when that batch started, for the summary

    @classmethod
    def begin(cls, index_dir, roots: list[str], vocabulary_fingerprint: str) -> "ForcedBatch":
        """Resume the unfinished forced batch of these folders and vocabulary, or record a new one.
        Called with the index's writing session held: no other ingest writes the file meanwhile."""
        path = Path(index_dir) / FILE
        identity = {"roots": sorted(path_to_text(r) for r in roots), "schema": SCHEMA_VERSION,
                    "vocabulary": vocabulary_fingerprint}
        header, done = _read(path)
        if header.get("identity") == identity:
            return cls(path, done, header.get("started"))
        started = time.strftime("%Y-%m-%d %H:%M")
        try:
            replace_whole(path, json.dumps({"identity": identity, "started": started}, ensure_ascii=False) + "\n")
        except OSError:
            return cls(None, set(), None)
        return cls(path, set(), None)

    @property
    def resumable(self) -> bool:
        return self.path is not None

    def committed(self, reports) -> None:
        """The file lines a commit saved: their documents parsed by this batch are done."""
        parsed = sorted({r.document_id for r in reports if r.status in PARSED and r.document_id})
        if not parsed or self.path is None:
            return
        try:
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(parsed) + "\n")
        except OSError:
            pass  # those files are parsed again by a re-run: nothing is lost

    def finished(self) -> None:
        """The batch went through every file: the next --force parses everything again."""
        if self.path is not None:
            try:
                self.path.unlink()
            except OSError:
                pass


def _read(path: Path) -> tuple[dict, set[str]]:
    """The record's first line and the documents named by the lines after it ({} and none when
    it is absent or unreadable; a line cut short by a crash is passed over)."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}, set()
    header, done = {}, set()
    for number, line in enumerate(lines):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if number == 0 and isinstance(value, dict):
            header = value
        elif number > 0 and isinstance(value, list):
            done.update(v for v in value if isinstance(v, str))
    return header, done
