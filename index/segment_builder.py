"""A Whoosh segment writer that keeps a segment's posting lists in memory, term by term, and
writes each list as whole blocks: the same terms, statistics, blocks and postings as
SegmentWriter's (tests/test_store.py compares them), in about two thirds of the time.

Whoosh's writer sends every posting through a pool of 5-tuples, sorts them all at commit
and then feeds them one at a time to the postings writer, which checks and appends each to
its block: about 7 µs per posting, and a document with its passages makes ~900 postings.
Here a posting is one append to its term's list (documents arrive in order, so the lists are
sorted already); at commit only the terms are sorted, and each block is filled in one step.
Pre-analyzed text (index.analysis.PreAnalyzed) becomes postings without a Token per term.

Merges (a commit folding small segments into the new one) stream too: each merged segment's
term list is read in order, its posting blocks decoded whole and renumbered, and every term is
written once from all its sources, instead of every posting going through Whoosh's pool.
Only when the buffered postings outgrow the writer's `limitmb` does a segment go through
Whoosh's pool, which spills to disk (this buffer does not).
"""
from __future__ import annotations

import heapq
import struct
import zlib
from array import array
from io import BytesIO
from itertools import accumulate
from pickle import dumps, load, loads

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo, W3TermsReader
from whoosh.formats import Positions
from whoosh.reading import SegmentReader
from whoosh.system import pack_int, pack_uint, pack_ushort, unpack_int, unpack_ushort
from whoosh.columns import TranslatingColumnReader
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.util.numlists import delta_encode
from whoosh.writing import SegmentWriter

from index.analysis import PreAnalyzed
from index.postings import length_bytes

# Measured with tracemalloc over 1,000 documents: 131 bytes of memory per buffered posting.
BYTES_PER_POSTING = 130

# Blocks with fewer postings are written uncompressed: zlib gains nothing on a few dozen bytes
# (Whoosh means to skip them too, but its check is overwritten on the next line).
MIN_COMPRESSED_POSTINGS = 8
# Positions' encoding of a single position (most postings), cached by position. A block's pickle
# then stores a repeated value once, so blocks come out a little smaller; they read the same.
_ONE_POSITION: dict[int, bytes] = {}


def _encode_positions(positions: list[int]) -> bytes:
    """Whoosh's Positions.encode: the count, then the pickled position deltas."""
    if len(positions) == 1:
        pos = positions[0]
        value = _ONE_POSITION.get(pos)
        if value is None:
            value = _ONE_POSITION[pos] = pack_uint(1) + dumps([pos], 2)
        return value
    deltas, base = [], 0
    for pos in positions:
        deltas.append(pos - base)
        base = pos
    return pack_uint(len(deltas)) + dumps(deltas, 2)


def _positions_items(value: PreAnalyzed, field_boost: float):
    """(term bytes, frequency, weight, encoded positions) per distinct term, as
    Positions.word_values yields them through the analyzer's replay."""
    found: dict[str, list[int]] = {}
    for term, pos in zip(value.terms, value.positions):
        positions = found.get(term)
        if positions is None:
            found[term] = [pos]
        else:
            positions.append(pos)
    for term, positions in found.items():
        freq = len(positions)
        # Whoosh sums one 1.0 boost per token, then applies the field boost
        yield term.encode("utf-8"), freq, float(freq) * field_boost, _encode_positions(positions)


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
            read = self._reader.doc_field_length
            lengths = self._lengths[fieldname] = [read(d, fieldname, 0) for d in range(self._reader.doc_count_all())]
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
        # field -> term bytes -> [(docnum, weight, value bytes)], in docnum order
        self._postings: dict[str, dict[bytes, list[tuple[int, float, bytes]]]] = {}
        self._buffered = 0
        # segments merged into this one: (segment, its first document number here, docmap or None)
        self._merged: list[tuple[object, int, dict | None]] = []

    def per_document_reader(self):
        return _FieldLengthCache(super().per_document_reader())

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
                    if isinstance(value, PreAnalyzed) and type(field.format) is Positions:
                        items = _positions_items(value, field.format.field_boost)
                    else:
                        items = field.index(value)
                    terms = self._postings.get(fieldname)
                    if terms is None:
                        terms = self._postings[fieldname] = {}
                    scorable = field.scorable
                    count = 0
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        posting = (docnum, weight * fieldboost, vbytes)
                        postings = terms.get(tbytes)
                        if postings is None:
                            terms[tbytes] = [posting]
                        else:
                            postings.append(posting)
                        count += 1
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
        lengths = {}
        for name in fieldnames:
            data = length_bytes(reader, name) if schema[name].scorable else None
            if data is not None:
                lengths[name] = [byte_to_length(b) for b in data]
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
                length = doc_lengths[docnum] if doc_lengths is not None and docnum < len(doc_lengths) else None
                pdw.add_field(fieldname, fieldobj, stored.get(fieldname), length)
                if fieldname in columns:
                    pdw.add_column_value(fieldname, fieldobj.column_type, columns[fieldname][docnum])
            pdw.finish_doc()
            self.docnum += 1
        self._exact_totals(reader, lengths)
        return docmap

    def _exact_totals(self, reader, lengths: dict[str, list[int]]) -> None:
        """A segment keeps each field's total length exactly, but its documents' lengths only to
        one byte; Whoosh's merge sums the one-byte lengths, so the average field length (BM25)
        drifts by a few percent and scores change when segments merge. Add the difference back:
        exact without deletions; with them, off by the rounding of the deleted documents only."""
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
                for docnum, weight, vbytes in postings:
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
        sources = [self._buffered_terms()]
        for reader, (_, basedoc, docmap) in zip(readers, self._merged):
            sources.append(_segment_terms(reader, basedoc, docmap, self.schema))
        fieldwriter = self.fieldwriter
        field = tbytes = None
        parts: list = []
        for item in heapq.merge(*sources, key=lambda item: (item[0], item[1])):
            if (item[0], item[1]) != (field, tbytes):
                if parts:
                    self._write_term(tbytes, parts, blocks, add_term, prefix, field_lengths)
                    parts = []
                if item[0] != field:
                    if field is not None:
                        fieldwriter.finish_field()
                    field = item[0]
                    fieldwriter.start_field(field, self.schema[field])
                    blocks = _BlockWriter(fieldwriter._postwriter, fieldwriter._postfile, self.schema[field].format)
                    add_term = fieldwriter._tindex.add
                    prefix = pack_ushort(fieldwriter._fieldid)
                    # only scorable fields have lengths; the others read as 0 (block statistics skip 0)
                    field_lengths = lengths.lengths(field) if self.schema[field].scorable else [0] * self.docnum
                tbytes = item[1]
            parts.append(item[2])
        if parts:
            self._write_term(tbytes, parts, blocks, add_term, prefix, field_lengths)
        if field is not None:
            fieldwriter.finish_field()
        self._postings.clear()
        self._buffered = 0
        self._merged.clear()

    @staticmethod
    def _write_term(tbytes, parts, blocks, add_term, prefix, lengths) -> None:
        if len(parts) == 1:
            ids, weights, values = parts[0]()
        else:
            ids, weights, values = [], [], []
            for part in parts:
                i, w, v = part()
                ids += i
                weights += w
                values += v
        if ids:  # a merged term whose every document was deleted is dropped
            add_term(prefix + tbytes, blocks.write(ids, weights, values, lengths).to_bytes())

    def _buffered_terms(self):
        """(field, term, postings loader) of the buffered postings, in order."""
        for fieldname in sorted(self._postings):
            terms = self._postings[fieldname]
            for tbytes in sorted(terms):
                yield fieldname, tbytes, _unzip_loader(terms[tbytes])


def _unzip_loader(postings: list[tuple[int, float, bytes]]):
    return lambda: ([p[0] for p in postings], [p[1] for p in postings], [p[2] for p in postings])


# A term table entry's value: W3TermInfo's statistics, then (unless its postings are inlined)
# where its posting list starts in the postings file and how long it is.
_TERMINFO_STATS = struct.Struct("!BfIBBfII")
_EXTENT = struct.Struct("!qi")
_KEY_VALUE_LENGTHS = struct.Struct("!ii")


class _ForwardReader:
    """Reads a file (a compound segment's part) at increasing positions through a large
    window, instead of a seek and a read through Whoosh's file layers per term."""

    WINDOW = 1 << 20

    def __init__(self, dbfile) -> None:
        self._file = dbfile
        self._start = 0
        self._data = b""

    def get(self, position: int, length: int) -> bytes:
        offset = position - self._start
        if offset < 0 or offset + length > len(self._data):
            self._file.seek(position)
            self._data = self._file.read(max(length, self.WINDOW))
            self._start, offset = position, 0
        return self._data[offset:offset + length]


def _segment_terms(reader, basedoc: int, docmap: dict | None, schema):
    """(field, term, postings loader) of a merged segment, read in order from its term table;
    the loader gives the postings renumbered into the new segment (without deleted documents)."""
    terms = reader._terms
    table = terms._tindex
    fieldnames = terms._fieldunmap
    entries = _ForwardReader(table.dbfile)
    postings = _ForwardReader(terms._postfile)
    position, end = table.startofdata, table.endofdata
    while position < end:
        key_length, value_length = _KEY_VALUE_LENGTHS.unpack(entries.get(position, _KEY_VALUE_LENGTHS.size))
        position += _KEY_VALUE_LENGTHS.size
        entry = entries.get(position, key_length + value_length)
        position += key_length + value_length
        fieldname = fieldnames[unpack_ushort(entry[:2])[0]]
        if fieldname not in schema:
            continue
        value = entry[key_length:]
        if value[0]:  # inlined postings (Whoosh's inlinelimit > 1; not written by this index)
            where = W3TermInfo.from_bytes(value)
        else:
            where = _EXTENT.unpack_from(value, _TERMINFO_STATS.size)
        fixedsize = schema[fieldname].format.fixed_value_size()
        yield fieldname, entry[2:key_length], _segment_loader(postings, where, fixedsize, basedoc, docmap)


def _segment_loader(postfile, where, fixedsize, basedoc, docmap):
    def load_postings():
        ids, weights, values = _read_postings(postfile, where, fixedsize)
        if docmap is None:
            return [basedoc + d for d in ids], weights, values
        kept = [i for i, d in enumerate(ids) if d in docmap]
        return [docmap[ids[i]] for i in kept], [weights[i] for i in kept], [values[i] for i in kept]
    return load_postings


def _read_postings(postfile, where, fixedsize) -> tuple[list[int], list[float], list[bytes]]:
    """A term's whole posting list from a W3 postings file, block by block: ids, weights, values.
    `where` is the (offset, length) of the list, or a term info with inlined postings."""
    if isinstance(where, W3TermInfo):
        ids, weights, values = where.inlined_postings()
        return list(ids), list(weights), list(values) if values else [b""] * len(ids)
    offset, length = where
    raw = BytesIO(postfile.get(offset, length))
    if raw.read(4) != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a Whoosh 3 posting list")
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    while True:
        size = unpack_int(raw.read(4))[0]
        start = raw.tell()
        count, _, _, compression, _, _ = load(raw)  # the block's info
        data = raw.read(abs(size) - (raw.tell() - start))
        if compression:
            data = zlib.decompress(data)
        block_ids, block_weights, block_values = loads(data)
        ids += accumulate(block_ids)  # delta-encoded: the first is absolute
        if block_weights is None:
            weights += [1.0] * count
        elif isinstance(block_weights, float):
            weights += [block_weights] * count
        else:
            weights += block_weights
        if fixedsize is None or fixedsize < 0:
            values += block_values
        elif fixedsize == 0:
            values += [b""] * count
        else:
            values += [block_values[i:i + fixedsize] for i in range(0, count * fixedsize, fixedsize)]
        if size < 0:  # the last block
            return ids, weights, values


class _BlockWriter:
    """Writes one term's posting list as W3PostingsWriter would, block by block, but from the
    whole list at once: the same block bytes (ids delta-encoded, weights as 32-bit floats,
    values pickled, zlib for blocks of MIN_COMPRESSED_POSTINGS or more) and term statistics."""

    def __init__(self, postwriter, postfile, format_) -> None:
        self.limit = postwriter._blocklimit
        self.level = postwriter._level  # index.writers._PostingsWriter's compression level
        self.postfile = postfile
        self.fixedsize = format_.fixed_value_size()

    def write(self, ids: list[int], weights: list[float], values: list[bytes], lengths: list[int]) -> W3TermInfo:
        postfile, limit = self.postfile, self.limit
        info = W3TermInfo()
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        info._minid = ids[0]
        count = len(ids)
        for first in range(0, count, limit):
            end = first + limit
            self._write_block(info, ids[first:end], weights[first:end], values[first:end], lengths, last=end >= count)
        info._maxid = ids[-1]
        info.set_extent(start, postfile.tell() - start)
        return info

    def _write_block(self, info: W3TermInfo, ids, raw_weights, values, lengths: list[int], last: bool) -> None:
        weights = array("f", raw_weights)
        values = [v for v in values if v]
        # add_posting keeps the largest weight as given, before it is rounded to 32 bits
        maxweight = max(0, max(raw_weights))
        present = [length for length in map(lengths.__getitem__, ids) if length]
        minlength = min(present) if present else None
        maxlength = max(present) if present else 0

        info._weight += sum(weights)
        info._df += len(ids)
        if info._minlength is None:
            info._minlength = minlength
        elif minlength is not None:
            info._minlength = min(info._minlength, minlength)
        info._maxlength = max(info._maxlength, maxlength)
        info._maxweight = max(info._maxweight, maxweight)

        if all(w == 1.0 for w in weights):
            mini_weights = None
        elif all(w == weights[0] for w in weights):
            mini_weights = weights[0]
        else:
            mini_weights = tuple(weights)
        if self.fixedsize is None or self.fixedsize < 0:
            mini_values = tuple(values)
        elif self.fixedsize == 0:
            mini_values = None
        else:
            mini_values = b"".join(values)
        data = dumps((tuple(delta_encode(ids)), mini_weights, mini_values), 2)
        level = self.level if len(ids) >= MIN_COMPRESSED_POSTINGS else 0
        if level:
            data = zlib.compress(data, level)
        info_bytes = dumps((len(ids), ids[-1], maxweight, level,
                            length_to_byte(minlength), length_to_byte(maxlength)), 2)
        size = len(info_bytes) + len(data)
        self.postfile.write(pack_int(-size if last else size) + info_bytes + data)
