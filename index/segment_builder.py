"""A Whoosh segment writer that keeps a segment's posting lists in memory, term by term, and
writes each list as whole blocks: the same terms, statistics, blocks and postings as
SegmentWriter's (tests/test_store.py compares them), in about two thirds of the time.

Whoosh's writer sends every posting through a pool of 5-tuples, sorts them all at commit
and then feeds them one at a time to the postings writer, which checks and appends each to
its block: about 7 µs per posting, and a document with its passages makes ~900 postings.
Here a posting is one append to its term's list (documents arrive in order, so the lists are
sorted already); at commit only the terms are sorted, and each block is filled in one step.
Pre-analyzed text (index.analysis.PreAnalyzed) becomes postings without a Token per term.

Segments that a commit merges in still go through Whoosh's pool (read from disk, possibly
large); a segment that has any goes wholly through Whoosh's path, as does one whose postings
outgrow the writer's `limitmb` (the pool spills to disk, this buffer does not).
"""
from __future__ import annotations

import zlib
from array import array
from pickle import dumps

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.formats import Positions
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.util.numlists import delta_encode
from whoosh.writing import SegmentWriter

from index.analysis import PreAnalyzed

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


class BulkSegmentWriter(SegmentWriter):
    """SegmentWriter with in-memory posting lists (see the module docstring)."""

    def __init__(self, ix, *args, limitmb: int = 128, **kwargs) -> None:
        super().__init__(ix, *args, limitmb=limitmb, **kwargs)
        self._max_buffered = limitmb * 1024 * 1024 // BYTES_PER_POSTING
        # field -> term bytes -> [(docnum, weight, value bytes)], in docnum order
        self._postings: dict[str, dict[bytes, list[tuple[int, float, bytes]]]] = {}
        # field -> docnum -> field length as the segment stores it (one byte, decoded)
        self._lengths: dict[str, dict[int, int]] = {}
        self._buffered = 0

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
                    if scorable and length:
                        lengths = self._lengths.get(fieldname)
                        if lengths is None:
                            lengths = self._lengths[fieldname] = {}
                        lengths[docnum] = byte_to_length(length_to_byte(length))
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
        if self.pool.current or self.pool.runs:
            self._move_to_pool()  # merged segments (or an overflow) are in the pool: one sorted path
            super()._flush_segment()
            return
        self.perdocwriter.close()
        self._write_postings()
        self.fieldwriter.close()

    def _write_postings(self) -> None:
        fieldwriter = self.fieldwriter
        for fieldname in sorted(self._postings):
            terms = self._postings[fieldname]
            if not terms:
                continue
            fieldwriter.start_field(fieldname, self.schema[fieldname])
            blocks = _BlockWriter(fieldwriter._postwriter, fieldwriter._postfile, self.schema[fieldname].format)
            lengths = self._lengths.get(fieldname, {})
            add_term = fieldwriter._tindex.add
            prefix = pack_ushort(fieldwriter._fieldid)
            for tbytes in sorted(terms):
                add_term(prefix + tbytes, blocks.write(terms[tbytes], lengths).to_bytes())
            fieldwriter.finish_field()
        self._postings.clear()
        self._buffered = 0


class _BlockWriter:
    """Writes one term's posting list as W3PostingsWriter would, block by block, but from the
    whole list at once: the same block bytes (ids delta-encoded, weights as 32-bit floats,
    values pickled, zlib for blocks of MIN_COMPRESSED_POSTINGS or more) and term statistics."""

    def __init__(self, postwriter, postfile, format_) -> None:
        self.limit = postwriter._blocklimit
        self.level = postwriter._level  # index.writers._PostingsWriter's compression level
        self.postfile = postfile
        self.fixedsize = format_.fixed_value_size()

    def write(self, postings: list[tuple[int, float, bytes]], lengths: dict[int, int]) -> W3TermInfo:
        postfile, limit = self.postfile, self.limit
        info = W3TermInfo()
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        info._minid = postings[0][0]
        count = len(postings)
        for first in range(0, count, limit):
            self._write_block(info, postings[first:first + limit], lengths, last=first + limit >= count)
        info._maxid = postings[-1][0]
        info.set_extent(start, postfile.tell() - start)
        return info

    def _write_block(self, info: W3TermInfo, postings, lengths: dict[int, int], last: bool) -> None:
        ids = [p[0] for p in postings]
        weights = array("f", [p[1] for p in postings])
        values = [p[2] for p in postings if p[2]]
        # add_posting keeps the largest weight as given, before it is rounded to 32 bits
        maxweight = max(0, max(p[1] for p in postings))
        present = [lengths[d] for d in ids if d in lengths]
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
