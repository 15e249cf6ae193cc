"""The Whoosh segment writers ingest uses: the one-process writer (index.segment_builder's, with
in-memory posting lists and streamed merges), and a multisegment writer whose sub-processes
build segments on every core.

The parallel writer is Whoosh's MpWriter with `multisegment=True` (each sub-writer's segment
is added as it is, so field lengths and scores stay right), made safe for a long ingest:
- a sub-writer that died (killed, out of memory) fails the commit; MpWriter skips a missing
  result and would drop its documents without a word;
- a sub-writer whose write failed (a full disk) hands the error to the main process, which
  raises it, instead of printing a traceback and dying;
- handing work to sub-writers that all died fails too, instead of blocking on a full queue;
- cancel ends the sub-writers; MpWriter's cancel only flags its own copies of them;
- sub-writers leave Ctrl-C and SIGTERM to the main process (which commits, then stops them)
  and die with it, so a killed ingest leaves no process holding the index's locks;
- the merges a commit makes run in the sub-writers, on every core (MpWriter runs them in the
  main process, on one core, while the batch waits).
Both writers leave small posting blocks uncompressed (see _PostingsWriter).
"""
from __future__ import annotations

import os
import pickle
import queue
import signal
import time

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.reading import SegmentReader
from whoosh.util import random_name
from whoosh.writing import MERGE_SMALL, NO_MERGE, OPTIMIZE, SegmentWriter

from index import posting_blocks
from index.errors import IndexWriteError
from index.exact_lengths import ExactLengthsWriter
from index.processes import die_with_parent, pace_gc_for_batch
from index.segment_builder import BulkSegmentWriter, cancel_segment

RESULT_GRACE_SECONDS = 10.0  # after every sub-writer exited cleanly, how long its result may take
_LOST = ("A writer process {}, so the files since the last commit were not saved; "
         "run the same command again to finish the batch.")


class _PostingsWriter(W3PostingsWriter):
    """Compresses a block of postings only when it holds enough of them. Whoosh means to skip
    tiny blocks, but its check is overwritten on the next line, so the one- and two-posting
    blocks of most terms each went through zlib (about a tenth of a segment's writing time).
    Each block's header records its level, so every reader reads both kinds."""

    @property
    def _compression(self) -> int:
        return self._level if len(self._ids) >= posting_blocks.MIN_COMPRESSED_POSTINGS else 0

    @_compression.setter
    def _compression(self, level: int) -> None:
        self._level = level


class _Codec(W3Codec):
    def per_document_writer(self, storage, segment):
        return ExactLengthsWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                               compression=self._compression, inlinelimit=self._inlinelimit)

    def __reduce__(self):
        # A segment keeps its codec in the table of contents: keep Whoosh's own there, which
        # reads these segments alike, so an index never depends on this class to open.
        return (W3Codec, (self._blocklimit, self._compression, self._inlinelimit))


def segment_writer(ix, **kwargs) -> SegmentWriter:
    """The one-process writer (takes Whoosh's lock; raises LockError when it is held)."""
    return BulkSegmentWriter(ix, codec=_Codec(), **kwargs)


_MERGE = "merge"  # a job that merges an existing segment into the sub-writer's new one
_FAILED = "failed"  # a sub-writer's result when a write failed: (_FAILED, errno, strerror)
_FAILED_EXIT = 3  # its exit code then (no traceback on the user's terminal)


def _raise_if_failed(result: tuple) -> None:
    """A sub-writer's result, or the OSError it reported (the index turns it into one sentence)."""
    if result[0] == _FAILED:
        raise OSError(result[1], result[2])


class _SubWriter(SubWriterTask):
    """One sub-writer process: indexes the job files it is handed, and merges the segments it is
    handed, into its own segment."""

    def __init__(self, *args, parent: int) -> None:
        super().__init__(*args)
        self.parent = parent
        self.daemon = True  # ended when the main process exits, whatever happened

    def run(self) -> None:
        die_with_parent(self.parent)
        pace_gc_for_batch()  # its buffered postings are millions of objects
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = BulkSegmentWriter(ix, _lk=False, **self.kwargs)
        try:
            self._write_segment(writer)
        except OSError as exc:  # a full disk: the main process says so in one sentence
            cancel_segment(writer)
            self.resultqueue.put((_FAILED, exc.errno, exc.strerror or str(exc)), timeout=5)
            raise SystemExit(_FAILED_EXIT) from None

    def _write_segment(self, writer) -> None:
        while True:
            job = self.jobqueue.get()
            if job is None:
                break
            if job[0] == _MERGE:
                reader = SegmentReader(writer.storage, writer.schema, job[1])
                try:
                    writer.add_reader(reader)
                finally:
                    reader.close()
            else:
                self._process_job(*job)
        segment = writer._finalize_segment()
        self.resultqueue.put((None, writer.pool.fieldnames, segment), timeout=5)


    def _process_job(self, filename: str, doc_count: int) -> None:
        """Index the documents of a job file ParallelWriter._enqueue wrote: one pickle of the list."""
        tempstorage = self.writer.temp_storage()
        with tempstorage.open_file(filename).raw_file() as f:
            items = pickle.load(f)
        for code, args in items:
            self.writer.add_document(**args)
        tempstorage.delete_file(filename)


class _MergePlan:
    """Stands in for the writer when a merge policy (Whoosh's MERGE_SMALL, OPTIMIZE) runs: it
    notes the segments the policy would merge instead of merging them."""

    def __init__(self, writer) -> None:
        self.storage, self.schema = writer.storage, writer.schema
        self.segments: list = []

    def add_reader(self, reader) -> None:
        self.segments.append(reader.segment())


class ParallelWriter(MpWriter):
    """Whoosh's multisegment writer with the safety described in the module docstring. The
    merges a commit makes run in the sub-writers, on every core, instead of in this process
    on one while the others wait: each merged segment goes to whichever sub-writer is free."""

    def __init__(self, ix, procs: int, **kwargs) -> None:
        super().__init__(ix, procs=procs, multisegment=True, codec=_Codec(), **kwargs)  # sub-writers too

    def end_group(self) -> None:
        # MpWriter holds a group's documents back from a full batch so they share a segment, but
        # never hands the batch on after the group: a batch of nothing but groups (every document
        # with its passages) would all go to one sub-writer at commit. It goes on here instead.
        super().end_group()
        if not self._grouping and len(self.docbuffer) >= self.batchsize:
            self._enqueue()

    def _new_task(self):
        task = _SubWriter(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, True,
                          parent=os.getpid())
        self.tasks.append(task)
        task.start()
        return task

    def _enqueue(self) -> None:
        # MpWriter's, but a full job queue with its writers dead must not block forever; the
        # newest pickle protocol (Whoosh's 2 took the sub-writer 2.5 times as long to load); and the
        # job's documents in one pickle, not one each: a term, a language or a date repeated across
        # them is written and loaded once (a third of the bytes; a fifth of the sub-writer's loading)
        filename = "%s.doclist" % random_name()
        with self.temp_storage().create_file(filename).raw_file() as f:
            pickle.dump(self.docbuffer, f, pickle.HIGHEST_PROTOCOL)
        if len(self.tasks) < self.procs:
            self._new_task()
        self._put((filename, len(self.docbuffer)))
        self.docbuffer = []

    def _put(self, job) -> None:
        while True:
            try:
                self.jobqueue.put(job, timeout=0.5)
                return
            except queue.Full:
                self._check_alive()

    def _check_alive(self) -> None:
        if any(t.exitcode == _FAILED_EXIT for t in self.tasks):
            self._raise_failed_write()
        if any(t.exitcode not in (None, 0) for t in self.tasks):
            raise IndexWriteError(_LOST.format("died before finishing its part of the commit"))

    def _raise_failed_write(self) -> None:
        """Raise the OSError a sub-writer reported (the index turns it into one sentence)."""
        deadline = time.monotonic() + RESULT_GRACE_SECONDS
        while time.monotonic() < deadline:
            try:
                _raise_if_failed(self.resultqueue.get(timeout=0.2))
            except queue.Empty:
                pass

    def _collect_segments(self) -> list:
        results: list = []
        grace_until = None
        while len(results) < len(self.tasks):
            try:
                result = self.resultqueue.get(timeout=0.2)
            except queue.Empty:
                pass
            else:
                _raise_if_failed(result)
                results.append(result)
                continue
            self._check_alive()
            if all(t.exitcode == 0 for t in self.tasks):
                grace_until = grace_until or time.monotonic() + RESULT_GRACE_SECONDS
                if time.monotonic() > grace_until:
                    raise IndexWriteError(_LOST.format("ended without handing over its part of the commit"))
        return [segment for _, _, segment in results]

    def _plan_merges(self, mergetype, optimize, merge) -> tuple[list, list]:
        """(segments kept as they are, segments to merge) by the merge policy SegmentWriter uses."""
        # SegmentWriter._merge_segments' choice of policy
        mergetype = mergetype if mergetype is not None else self.mergetype
        optimize = optimize if optimize is not None else self.optimize
        merge = merge if merge is not None else self.merge
        if not mergetype:
            mergetype = OPTIMIZE if optimize else MERGE_SMALL if merge else NO_MERGE
        plan = _MergePlan(self)
        kept = list(mergetype(plan, self.segments))  # NO_MERGE hands back the same list
        return kept, plan.segments

    def _commit(self, mergetype, optimize, merge) -> None:
        if self.docbuffer:
            self._enqueue()
        final_segments, to_merge = self._plan_merges(mergetype, optimize, merge)
        while len(self.tasks) < min(self.procs, len(to_merge)):
            self._new_task()
        for segment in sorted(to_merge, key=lambda seg: -seg.doc_count_all()):  # largest first, for balance
            self._put((_MERGE, segment))
        for _ in self.tasks:
            self._put(None)
        final_segments += self._collect_segments()
        for task in self.tasks:
            task.join()
        if self._added:
            final_segments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(final_segments)
        self._finish()

    def cancel(self) -> None:
        try:
            for task in self.tasks:
                if task.is_alive():
                    task.kill()  # they ignore SIGTERM
            for task in self.tasks:
                task.join()
        finally:
            cancel_segment(self)
