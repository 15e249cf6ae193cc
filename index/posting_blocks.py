"""Whoosh 3 posting lists read and written a whole list at a time (index.segment_builder's
merges and commits): the same block layout as Whoosh's W3PostingsWriter and W3LeafMatcher.

A posting list is the magic b"W3Bl", then blocks of up to the codec's block limit (128): each
an int size (negative for the last), a pickled info tuple (count, last id, max weight,
compression level, min and max length bytes) and the pickled (delta-encoded ids, weights,
values), zlib-compressed when the block is large enough. This leans on whoosh 2.7's codec
internals, as index.postings does, which is why the version is pinned. The term table is read
here too: a merge's terms in order (segment_terms), a field's terms with the first record
holding each (first_records, index.id_order's document ids), and a field's terms with their
records (field_postings, index.facets' tables).
"""
from __future__ import annotations

import struct
import zlib
from array import array
from io import BytesIO
from itertools import accumulate
from pickle import dumps, load, loads

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_ushort, unpack_int, unpack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.util.numlists import delta_encode

# Blocks with fewer postings are written uncompressed: zlib gains nothing on a few dozen bytes
# (Whoosh means to skip them too, but its check is overwritten on the next line).
MIN_COMPRESSED_POSTINGS = 8

# A term table entry's value: W3TermInfo's statistics, then (unless its postings are inlined)
# where its posting list starts in the postings file and how long it is.
_TERMINFO_STATS = struct.Struct("!BfIBBfII")
_EXTENT = struct.Struct("!qi")
_KEY_VALUE_LENGTHS = struct.Struct("!ii")
_NO_RECORD = 0xFFFFFFFF  # a term info's first and last record when it has none
_FIRST_RECORD_AT = struct.calcsize("!BfIBBf")  # where the first record is in the term info


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


def segment_terms(reader, basedoc: int, docmap: dict | None, schema):
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


def first_records(reader, fieldname: str) -> tuple[np.ndarray, np.ndarray]:
    """The terms of one field of a segment, in order (a bytes array), and the first record
    (segment-local) holding each, from the field's part of the term table alone. Read in one piece
    and, when every entry has the same size (a field of ids), split by numpy; else entry by entry."""
    data = _field_entries(reader._terms, fieldname)
    if not data:
        return np.zeros(0, dtype="S1"), np.zeros(0, dtype=np.int64)
    found = _same_size_entries(data)
    if found is None:
        found = _entries(data)
    keys, firsts = found
    held = firsts != _NO_RECORD
    return keys[held], firsts[held].astype(np.int64)


def field_postings(reader, fieldname: str):
    """(term, segment-local records holding it) of every term of one field of a segment, in
    order: the field's part of the term table read in one piece and each posting list read
    forward from the postings file. A lookup per term per segment (the facet tables' way before)
    cost seconds at 12,000 names over 16 segments, most of it on terms a segment does not hold."""
    terms = reader._terms
    data = _field_entries(terms, fieldname)
    postings = _ForwardReader(terms._postfile)
    position = 0
    while position < len(data):
        key_length, value_length = _KEY_VALUE_LENGTHS.unpack_from(data, position)
        position += _KEY_VALUE_LENGTHS.size
        term = data[position + 2:position + key_length]
        value = data[position + key_length:position + key_length + value_length]
        position += key_length + value_length
        if value[0]:  # inlined postings (not written by this index)
            ids = list(W3TermInfo.from_bytes(value).inlined_postings()[0])
        elif _TERMINFO_STATS.unpack_from(value)[6] == _NO_RECORD:
            continue  # a term no record holds
        else:
            ids = [i for block in _blocks(postings, _EXTENT.unpack_from(value, _TERMINFO_STATS.size))
                   for i in accumulate(block[1])]
        yield term, np.asarray(ids, dtype=np.int64)


def _field_entries(terms, fieldname: str) -> bytes:
    """The entries of one field in a segment's term table (a W3TermsReader), as stored."""
    fieldnum = terms._fieldmap.get(fieldname)
    table = terms._tindex
    start = table.closest_key_pos(pack_ushort(fieldnum)) if fieldnum is not None else None
    if start is None:
        return b""
    end = table.closest_key_pos(pack_ushort(fieldnum + 1)) if fieldnum < 0xFFFF else None
    return table.dbfile.get(start, (table.endofdata if end is None else end) - start)


def _same_size_entries(data: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """(terms, first records) of term table entries that all have the same key and value sizes;
    None when they do not."""
    key_length, value_length = _KEY_VALUE_LENGTHS.unpack_from(data)
    size = _KEY_VALUE_LENGTHS.size + key_length + value_length
    if len(data) % size or value_length < _TERMINFO_STATS.size:
        return None
    entries = np.frombuffer(data, dtype=np.dtype({
        "names": ["key_length", "value_length", "term", "first"],
        "formats": [">i4", ">i4", f"S{key_length - 2}", ">u4"],
        "offsets": [0, 4, 10, 8 + key_length + _FIRST_RECORD_AT],
        "itemsize": size}))
    if (entries["key_length"] != key_length).any() or (entries["value_length"] != value_length).any():
        return None
    return entries["term"], entries["first"].astype(np.int64)


def _entries(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(terms, first records) of term table entries of any sizes, one at a time."""
    terms, firsts = [], []
    position = 0
    while position < len(data):
        key_length, value_length = _KEY_VALUE_LENGTHS.unpack_from(data, position)
        position += _KEY_VALUE_LENGTHS.size
        terms.append(data[position + 2:position + key_length])
        firsts.append(_TERMINFO_STATS.unpack_from(data, position + key_length)[6])
        position += key_length + value_length
    return np.asarray(terms, dtype="S") if terms else np.zeros(0, dtype="S1"), np.asarray(firsts, dtype=np.int64)


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
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    for count, block_ids, block_weights, block_values in _blocks(postfile, where):
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
    return ids, weights, values


def _blocks(postfile, where: tuple[int, int]):
    """(count, delta-encoded ids, weights, values) of each block of the posting list at
    `where`, (offset, length) in a W3 postings file."""
    offset, length = where
    raw = BytesIO(postfile.get(offset, length))
    if raw.read(4) != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a Whoosh 3 posting list")
    while True:
        size = unpack_int(raw.read(4))[0]
        start = raw.tell()
        count, _, _, compression, _, _ = load(raw)  # the block's info
        data = raw.read(abs(size) - (raw.tell() - start))
        if compression:
            data = zlib.decompress(data)
        yield (count, *loads(data))
        if size < 0:  # the last block
            return


class BlockWriter:
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
