"""A Whoosh segment writer that keeps a segment's posting lists in memory, term by term, and
writes each list as whole blocks: the same terms, statistics, blocks and postings as
SegmentWriter's (tests/test_store.py compares them), in about two thirds of the time.

Whoosh's writer sends every posting through a pool of 5-tuples, sorts them all at commit
and then feeds them one at a time to the postings writer, which checks and appends each to
its block: about 7 µs per posting, and a document with its passages makes ~900 postings.
Here a posting is three items (id, weight, value) added to the end of its term's one flat list
(documents arrive in order, so they are sorted already; no tuple per posting for the garbage
collector to walk); at commit only the terms are sorted, and each list is sliced into its ids,
weights and values and written whole
(index.posting_blocks). Pre-analyzed text (index.analysis.PreAnalyzed) becomes postings without a Token per term.

Merges (a commit folding small segments into the new one) stream too: each merged segment's
term list is read in order, its posting blocks decoded whole and renumbered, and every term is
written once from all its sources, instead of every posting going through Whoosh's pool.
Only when the buffered postings outgrow the writer's `limitmb` does a segment go through
Whoosh's pool, which spills to disk (this buffer does not).
"""
from __future__ import annotations

import heapq
from itertools import groupby
from operator import itemgetter, sub
from pickle import dumps

import numpy as np
from whoosh.codec.whoosh3 import W3TermsReader
from whoosh.columns import TranslatingColumnReader
from whoosh.formats import Positions
from whoosh.index import TOC, EmptyIndexError, clean_files
from whoosh.reading import SegmentReader
from whoosh.system import pack_uint, pack_ushort
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from index.analysis import PreAnalyzed
from index.exact_lengths import lengths_of
from index.posting_blocks import BlockWriter, TermTableWriter, segment_terms
from index.postings import length_bytes

# Measured with tracemalloc over 1,000 documents: 131 bytes of memory per buffered posting as a
# tuple in a list; kept as the bound now that a posting is three list items (less).
BYTES_PER_POSTING = 130

# Positions' encoding of a single position (most postings), cached by position. A block's pickle
# then stores a repeated value once, so blocks come out a little smaller; they read the same.
_ONE_POSITION: dict[int, bytes] = {}
# pickle protocol 2's opcode for each int of 0..65535 (BININT1, BININT2), the form dumps gives it
_PICKLED_INTS = tuple(b"K" + bytes((n,)) if n < 256 else b"M" + n.to_bytes(2, "little") for n in range(65536))
_PICKLED_LIST_START = b"\x80\x02]q\x00("  # protocol, an empty list, memoized, a mark
_PICKLED_LIST_END = b"e."  # append the marked items, stop


def _encode_positions(positions: list[int]) -> bytes:
    """Whoosh's Positions.encode: the count, then the pickled position deltas. A list of two or
    more deltas below 65536 (positions ascend: nearly all) is pickled here, byte for byte as
    dumps(deltas, 2) does, without a pickler per posting."""
    if len(positions) == 1:
        pos = positions[0]
        value = _ONE_POSITION.get(pos)
        if value is None:
            value = _ONE_POSITION[pos] = pack_uint(1) + dumps([pos], 2)
        return value
    deltas = list(map(sub, positions, (0, *positions[:-1])))
    if len(deltas) <= _PICKLE_BATCH and 0 <= min(deltas) and max(deltas) < 65536:
        return b"".join((pack_uint(len(deltas)), _PICKLED_LIST_START, *map(_PICKLED_INTS.__getitem__, deltas),
                         _PICKLED_LIST_END))
    return pack_uint(len(deltas)) + dumps(deltas, 2)


# pickle writes a list's items in batches of this many, each batch marked
_PICKLE_BATCH = 1000


# Field values whose indexed items a writer remembers: a document's passages repeat its kind,
# doc_id, date, language and format, and a date (NUMERIC) makes eight terms each time.
ITEMS_MEMO_SIZE = 4096

# Term bytes by term: the same few thousand terms recur in every document (bounded all the same).
_TERM_BYTES: dict[str, bytes] = {}


def _add_positions(terms: dict, value: PreAnalyzed, docnum: int, format_boost: float, field_boost: float) -> tuple[int, int]:
    """Append one document's postings for pre-analyzed text to `terms` (term bytes -> its flat
    postings list, see BulkSegmentWriter._init_buffers):
    grouped by term as Positions.word_values groups them through the analyzer's replay, and
    added in the same pass (a document and its passages make about 900 postings). Returns
    (length, postings added). A term seen once (most) keeps its position as an int, not a list."""
    found: dict[str, int | list[int]] = {}
    get = found.get
    for term, pos in zip(value.terms, value.positions):
        positions = get(term)
        if positions is None:
            found[term] = pos
        elif positions.__class__ is int:
            found[term] = [positions, pos]
        else:
            positions.append(pos)
    append_to = terms.get
    one_position = _ONE_POSITION.get
    term_bytes = _TERM_BYTES.get
    if len(_TERM_BYTES) > 500_000:
        _TERM_BYTES.clear()
    # Whoosh sums one 1.0 boost per token, applies the format's boost, then the field's
    once = 1.0 * format_boost * field_boost  # most terms: one position (its encoding is cached)
    for term, positions in found.items():
        if positions.__class__ is int:
            weight, vbytes = once, one_position(positions) or _encode_positions([positions])
        else:
            weight, vbytes = float(len(positions)) * format_boost * field_boost, _encode_positions(positions)
        tbytes = term_bytes(term)
        if tbytes is None:
            tbytes = _TERM_BYTES[term] = term.encode("utf-8")
        postings = append_to(tbytes)
        if postings is None:
            terms[tbytes] = [docnum, weight, vbytes]
        else:
            postings += (docnum, weight, vbytes)
    return len(value.terms), len(found)


def _add_items(terms: dict, items, docnum: int, field_boost: float, scorable: bool) -> tuple[int, int]:
    """Append a field's (term bytes, frequency, weight, value bytes) items, as Whoosh's
    field.index yields them, to `terms`. Returns (length, postings added)."""
    length = count = 0
    for tbytes, freq, weight, vbytes in items:
        if scorable:
            length += freq
        postings = terms.get(tbytes)
        if postings is None:
            terms[tbytes] = [docnum, weight * field_boost, vbytes]
        else:
            postings += (docnum, weight * field_boost, vbytes)
        count += 1
    return length, count


def _unzipped(postings: list) -> tuple[list[int], list[float], list[bytes]]:
    """A term's flat postings list as its (ids, weights, values) lists."""
    return postings[0::3], postings[1::3], postings[2::3]


def cancel_segment(writer: SegmentWriter) -> None:
    """SegmentWriter.cancel, except that temporary files are removed and the lock released even
    when closing the unfinished segment fails (a full disk), or meets a file whose own closing
    failed that way (Whoosh writes to it again: "I/O operation on closed file", which printed a
    traceback and hid the full disk). The writer holding the index's lock also deletes the files
    of every segment no table of contents lists (its own and those of its sub-writers): the
    next commit would, but on a full disk they hold the space it needs.
    A sub-writer leaves the temporary folder to it: the main writer and the other sub-writers
    share it, and one removed under them failed their next job file "No such file or directory",
    the error then said instead of the full disk that stopped the first."""
    writer._check_state()
    try:
        writer._close_segment()
    except (OSError, ValueError):
        pass
    sub_writer = writer.writelock is None
    try:
        if not sub_writer:  # no other writer is at work
            toc = TOC.read(writer.storage, writer.indexname, schema=writer.schema)
            clean_files(writer.storage, writer.indexname, toc.generation, toc.segments)
    except (OSError, EmptyIndexError):
        pass  # left for the next commit
    finally:
        if sub_writer:
            writer.is_closed = True
        else:
            writer._finish()


def _decoded_lengths(perdoc, fieldname: str) -> list[int] | None:
    """A segment's field lengths as its readers see them (one byte, decoded), read as one column."""
    data = length_bytes(perdoc, fieldname)
    return None if data is None else [byte_to_length(b) for b in data]


class _FieldLengthCache:
    """A segment's per-document reader whose field lengths are read once per field. Whoosh's
    flush asks for a document's field length once per posting (about a third of a commit's
    time went to those reads); a list per field answers them from memory."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self._lengths: dict[str, list[int]] = {}

    def lengths(self, fieldname: str) -> list[int]:
        """Every document's length in `fieldname`, as the segment stores it (one byte, decoded)."""
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            lengths = _decoded_lengths(self._reader, fieldname) or []
            lengths += [0] * (self._reader.doc_count_all() - len(lengths))
            self._lengths[fieldname] = lengths
        return lengths

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        return self.lengths(fieldname)[docnum]

    def __getattr__(self, name: str):
        return getattr(self._reader, name)


class BulkSegmentWriter(SegmentWriter):
    """SegmentWriter with in-memory posting lists and streamed merges (see the module docstring)."""

    def __init__(self, ix, *args, limitmb: int = 128, **kwargs) -> None:
        super().__init__(ix, *args, limitmb=limitmb, **kwargs)
        self._init_buffers(limitmb)

    def _init_buffers(self, limitmb: int) -> None:
        self._max_buffered = limitmb * 1024 * 1024 // BYTES_PER_POSTING
        # field -> term bytes -> [docnum, weight, value bytes, docnum, ...], in docnum order: one
        # flat list per term (one extend per posting, one object per term for the collector)
        self._postings: dict[str, dict[bytes, list]] = {}
        self._buffered = 0
        # segments merged into this one: (segment, its first document number here, docmap or None)
        self._merged: list[tuple[object, int, dict | None]] = []
        self._items_memo: dict[tuple[str, str | int], tuple] = {}

    def per_document_reader(self):
        return _FieldLengthCache(super().per_document_reader())

    def cancel(self) -> None:
        cancel_segment(self)

    def add_document(self, **fields) -> None:
        # Whoosh's SegmentWriter.add_document, with postings kept per term instead of pooled.
        # Vectors and separate spelling fields are not handled: the schema has neither.
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)

        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                if field.vector or field.separate_spelling():
                    raise NotImplementedError(f"field {fieldname!r}: vectors and spelling fields are not supported")
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    terms = self._postings.get(fieldname)
                    if terms is None:
                        terms = self._postings[fieldname] = {}
                    if isinstance(value, PreAnalyzed) and type(field.format) is Positions:
                        length, count = _add_positions(terms, value, docnum, field.format.field_boost, fieldboost)
                        if not field.scorable:
                            length = 0
                    else:
                        length, count = _add_items(terms, self._field_items(fieldname, field, value), docnum, fieldboost, field.scorable)
                    self._buffered += count
                stored = fields.get("_stored_%s" % fieldname, value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1
        if self._buffered > self._max_buffered:
            self._move_to_pool()

    def _field_items(self, fieldname: str, field, value):
        """field.index(value): the same for the same value, so a str or int value's items are
        computed once and remembered (a bounded memo)."""
        if value.__class__ is not str and value.__class__ is not int:  # not bool: True == 1
            return field.index(value)
        key = (fieldname, value)
        items = self._items_memo.get(key)
        if items is None:
            if len(self._items_memo) >= ITEMS_MEMO_SIZE:
                self._items_memo.clear()
            items = self._items_memo[key] = tuple(field.index(value))
        return items

    def add_reader(self, reader) -> None:
        """Merge a segment in: its stored fields, lengths and columns now, as Whoosh does; its
        postings at flush, streamed (the segment's files stay until the commit's new table of
        contents drops them)."""
        if not (isinstance(reader, SegmentReader) and isinstance(reader._terms, W3TermsReader)):
            super().add_reader(reader)
            return
        self._check_state()
        basedoc = self.docnum
        indexed = {name for name in reader.indexed_field_names() if name in self.schema}
        docmap = self.write_per_doc(set(self.schema.names()) | indexed, reader)
        self._merged.append((reader.segment(), basedoc, docmap))
        self._added = True

    def write_per_doc(self, fieldnames: set[str], reader):
        """Whoosh's SegmentWriter.write_per_doc (a merged segment's stored fields, field lengths
        and columns), with each length column read once instead of once per document and field,
        and the field-length totals kept exact (see _exact_totals)."""
        if not isinstance(reader, SegmentReader):
            return super().write_per_doc(fieldnames, reader)
        schema = self.schema
        docmap: dict[int, int] | None = {} if reader.has_deletions() else None
        pdw = self.perdocwriter
        lengths, rounded = {}, {}
        for name in fieldnames:
            decoded = _decoded_lengths(reader._perdoc, name) if schema[name].scorable else None
            if decoded is not None:
                decoded += [0] * (reader.doc_count_all() - len(decoded))
                found, one_byte = lengths_of(reader._perdoc, name, np.array(decoded, dtype=np.float64))
                lengths[name], rounded[name] = found.astype(np.int64).tolist(), one_byte.tolist()
        columns = {}
        for name in fieldnames:
            coltype = schema[name].column_type
            if coltype and reader.has_column(name):
                creader = reader.column_reader(name, coltype)
                if isinstance(creader, TranslatingColumnReader):
                    creader = creader.raw_column()
                columns[name] = creader
        for docnum, stored in reader.iter_docs():
            if docmap is not None:
                docmap[docnum] = self.docnum
            pdw.start_doc(self.docnum)
            for fieldname in fieldnames | set(s for s in stored if s in schema):
                fieldobj = schema[fieldname]
                if fieldobj.vector:
                    raise NotImplementedError(f"field {fieldname!r}: vectors are not supported")
                doc_lengths = lengths.get(fieldname)
                length = doc_lengths[docnum] if doc_lengths is not None else None
                pdw.lengths_exact = not (length and rounded[fieldname][docnum])
                pdw.add_field(fieldname, fieldobj, stored.get(fieldname), length)
                if fieldname in columns:
                    pdw.add_column_value(fieldname, fieldobj.column_type, columns[fieldname][docnum])
            pdw.finish_doc()
            self.docnum += 1
        pdw.lengths_exact = True
        self._exact_totals(reader, lengths)
        return docmap

    def _exact_totals(self, reader, lengths: dict[str, list[int]]) -> None:
        """A segment keeps each field's total length exactly; its records' lengths are exact too
        (index.exact_lengths), except in segments written before those, which keep them to one
        byte only: Whoosh's merge sums those, so the average field length (BM25) drifted by a few
        percent and scores changed when segments merged. Add the difference back: exact without
        deletions; with them, off by the rounding of the deleted records only. A segment of
        deleted records only adds nothing (its total less their rounded lengths is rounding)."""
        if not reader.doc_count():
            return
        totals = self.perdocwriter._fieldlengths
        for name, doc_lengths in lengths.items():
            exact = reader.segment()._fieldlengths.get(name)
            if exact is not None:
                totals[name] += exact - sum(doc_lengths)

    def _move_to_pool(self) -> None:
        """Hand the buffered postings to Whoosh's pool, which spills to disk and sorts."""
        add = self.pool.add
        for fieldname, terms in self._postings.items():
            for tbytes, postings in terms.items():
                for docnum, weight, vbytes in zip(*_unzipped(postings)):
                    add((fieldname, tbytes, docnum, weight, vbytes))
        self._postings.clear()
        self._buffered = 0

    def _flush_segment(self) -> None:
        if self.pool.current or self.pool.runs:  # an overflow: everything through Whoosh's pool
            for segment, basedoc, docmap in self._merged:
                reader = SegmentReader(self.storage, self.schema, segment)
                try:
                    self.add_postings_to_pool(reader, basedoc, docmap)
                finally:
                    reader.close()
            self._merged.clear()
            self._move_to_pool()
            super()._flush_segment()
            return
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        readers = [SegmentReader(self.storage, self.schema, segment) for segment, _, _ in self._merged]
        try:
            self._write_postings(lengths, readers)
        finally:
            for reader in readers:
                reader.close()
            lengths.close()
        self.fieldwriter.close()

    def _write_postings(self, lengths: _FieldLengthCache, readers: list) -> None:
        """Every term of the new segment, from the buffer and the merged segments, in order."""
        fieldwriter = self.fieldwriter
        for fieldname, field_terms in self._merged_fields(readers) if readers else self._buffered_fields():
            field = self.schema[fieldname]
            fieldwriter.start_field(fieldname, field)
            blocks = BlockWriter(fieldwriter._postwriter, fieldwriter._postfile, field.format)
            table = TermTableWriter(fieldwriter._tindex)
            prefix = pack_ushort(fieldwriter._fieldid)
            # only scorable fields have lengths; the others read as 0 (block statistics skip 0)
            field_lengths = lengths.lengths(fieldname) if field.scorable else [0] * self.docnum
            for tbytes, ids, weights, values in field_terms:
                table.add(prefix + tbytes, blocks.write(ids, weights, values, field_lengths))
            fieldwriter.finish_field()
        self._postings.clear()
        self._buffered = 0
        self._merged.clear()

    def _buffered_fields(self):
        """(field, its (term, ids, weights, values) in order) of the buffered postings: a commit
        that merges no segment needs no merge of sources."""
        for fieldname in sorted(self._postings):
            terms = self._postings[fieldname]
            yield fieldname, ((tbytes, *_unzipped(terms[tbytes])) for tbytes in sorted(terms))

    def _merged_fields(self, readers: list):
        """_buffered_fields with the merged segments' terms: a term's postings from every source,
        the buffer's first (its documents come first)."""
        sources = [self._buffered_terms()]
        for reader, (_, basedoc, docmap) in zip(readers, self._merged):
            sources.append(segment_terms(reader, basedoc, docmap, self.schema))
        merged = heapq.merge(*sources, key=itemgetter(0, 1))  # ties keep source order: docnum order
        for fieldname, field_items in groupby(merged, key=itemgetter(0)):
            yield fieldname, _merged_postings(field_items)

    def _buffered_terms(self):
        """(field, term, postings loader) of the buffered postings, in order."""
        for fieldname in sorted(self._postings):
            terms = self._postings[fieldname]
            for tbytes in sorted(terms):
                yield fieldname, tbytes, _loader(terms[tbytes])


def _merged_postings(field_items):
    """(term, ids, weights, values) of one field's (field, term, postings loader) items, those of
    a term from all its sources joined; a merged term whose every document was deleted is dropped."""
    for tbytes, items in groupby(field_items, key=itemgetter(1)):
        ids, weights, values = [], [], []
        for _, _, load_postings in items:
            part_ids, part_weights, part_values = load_postings()
            ids += part_ids
            weights += part_weights
            values += part_values
        if ids:
            yield tbytes, ids, weights, values


def _loader(postings: list):
    return lambda: _unzipped(postings)
