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
from hashlib import md5
from array import array
from io import BytesIO
from itertools import accumulate, chain
from operator import sub
from pickle import dumps, load, loads

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.filedb.filetables import md5_hash
from whoosh.system import pack_int, pack_ushort, unpack_int, unpack_ushort
from whoosh.util.numeric import length_to_byte

# Blocks with fewer postings are written uncompressed: zlib gains nothing on a few dozen bytes
# (Whoosh means to skip them too, but its check is overwritten on the next line).
MIN_COMPRESSED_POSTINGS = 8
# The level stays Whoosh's 3 (the codec's): over 300 bench documents zlib costs ~0.5 ms a document
# for posting blocks and ~0.23 for stored fields; level 1 saves under 0.06 ms of that for 3-4%
# more compressed bytes, and no compression saves ~0.45 ms but grows the index by ~45%.

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


# A weight as a block stores it (a 32-bit float), by weight: a field's weights are a few values
# (frequency times boost), and array("f") per one-posting block cost more than the lookup.
_FLOAT32: dict[float, float] = {}
# length_to_byte by length: a bisect in Python per block and term, of a few hundred lengths.
_LENGTH_BYTE: dict[int | None, int] = {}


def _float32(weight: float) -> float:
    if not weight:  # 0.0 and -0.0 are one key but two floats
        return array("f", (weight,))[0]
    value = _FLOAT32.get(weight)
    if value is None:
        if len(_FLOAT32) > 100_000:  # a merge's weights are as few; bounded all the same
            _FLOAT32.clear()
        value = _FLOAT32[weight] = array("f", (weight,))[0]
    return value


def _length_byte(length: int | None) -> int:
    value = _LENGTH_BYTE.get(length)
    if value is None:
        if len(_LENGTH_BYTE) > 100_000:
            _LENGTH_BYTE.clear()
        value = _LENGTH_BYTE[length] = length_to_byte(length)
    return value


class BlockWriter:
    """Writes one field's posting lists as W3PostingsWriter would, block by block, but each from
    the whole list at once: the same block bytes (ids delta-encoded, weights as 32-bit floats,
    values pickled, zlib for blocks of MIN_COMPRESSED_POSTINGS or more) and term statistics.
    Made after the field's start: from then on only it writes the postings file, so it keeps the
    file's position itself (a tell() is a system call, and there are two per term)."""

    def __init__(self, postwriter, postfile, format_) -> None:
        self.limit = postwriter._blocklimit
        self.level = postwriter._level  # index.writers._PostingsWriter's compression level
        self.postfile = postfile
        self.fixedsize = format_.fixed_value_size()
        self.position = postfile.tell()

    def write(self, ids, weights, values, lengths: list[int]) -> bytes:
        """Write one term's posting list (sequences of its ids, weights and values, ids ascending;
        `lengths` the field's length of every document) and give its term info's bytes, as
        W3TermInfo.to_bytes gives them."""
        count = len(ids)
        stats = [0, 0, None, 0, 0]  # total weight, documents, min length, max length, max weight
        if count == 1:  # most terms: one document holds them
            data = WHOOSH3_HEADER_MAGIC + self._one_posting_block(stats, ids[0], weights[0], values[0], lengths)
        else:
            limit = self.limit
            parts = [WHOOSH3_HEADER_MAGIC]
            for first in range(0, count, limit):
                end = first + limit
                parts.append(self._block(stats, ids[first:end], weights[first:end], values[first:end], lengths,
                                         last=end >= count))
            data = b"".join(parts)
        self.postfile.write(data)
        start = self.position
        self.position += len(data)
        weight, df, minlength, maxlength, maxweight = stats
        return (_TERMINFO_STATS.pack(0, weight, df, 0 if minlength is None else _length_byte(minlength),
                                     _length_byte(maxlength), maxweight, ids[0], ids[-1])
                + _EXTENT.pack(start, len(data)))

    def _one_posting_block(self, stats: list, docnum: int, raw_weight: float, value: bytes, lengths: list[int]) -> bytes:
        """_block for a list of one posting, without the lists and arrays."""
        weight = _float32(raw_weight)
        maxweight = raw_weight if raw_weight > 0 else 0  # max(0, weight): the int 0 when not above it
        length = lengths[docnum] or None
        stats[0] += weight
        stats[1] += 1
        stats[2] = length
        stats[3] = length or 0
        stats[4] = max(stats[4], maxweight)
        fixedsize = self.fixedsize
        if fixedsize is None or fixedsize < 0:
            mini_values = (value,) if value else ()
        elif fixedsize == 0:
            mini_values = None
        else:
            mini_values = value or b""
        data = dumps(((docnum,), None if weight == 1.0 else weight, mini_values), 2)
        info_bytes = dumps((1, docnum, maxweight, 0, _length_byte(length), _length_byte(length or 0)), 2)
        return pack_int(-(len(info_bytes) + len(data))) + info_bytes + data

    def _block(self, stats: list, ids, raw_weights, values, lengths: list[int], last: bool) -> bytes:
        weights = array("f", raw_weights)
        values = [v for v in values if v]
        # add_posting keeps the largest weight as given, before it is rounded to 32 bits
        maxweight = max(0, max(raw_weights))
        present = [length for length in map(lengths.__getitem__, ids) if length]
        minlength = min(present) if present else None
        maxlength = max(present) if present else 0

        stats[0] += sum(weights)
        stats[1] += len(ids)
        if stats[2] is None:
            stats[2] = minlength
        elif minlength is not None:
            stats[2] = min(stats[2], minlength)
        stats[3] = max(stats[3], maxlength)
        stats[4] = max(stats[4], maxweight)

        first_weight = weights[0]
        if first_weight == 1.0 and all(w == 1.0 for w in weights):
            mini_weights = None
        elif all(w == first_weight for w in weights):
            mini_weights = first_weight
        else:
            mini_weights = tuple(weights)
        if self.fixedsize is None or self.fixedsize < 0:
            mini_values = tuple(values)
        elif self.fixedsize == 0:
            mini_values = None
        else:
            mini_values = b"".join(values)
        deltas = tuple(map(sub, ids, chain((0,), ids)))  # delta_encode(ids), without a generator step per id
        data = dumps((deltas, mini_weights, mini_values), 2)
        level = self.level if len(ids) >= MIN_COMPRESSED_POSTINGS else 0
        if level:
            data = zlib.compress(data, level)
        info_bytes = dumps((len(ids), ids[-1], maxweight, level,
                            _length_byte(minlength), _length_byte(maxlength)), 2)
        size = len(info_bytes) + len(data)
        return pack_int(-size if last else size) + info_bytes + data


def _md5_hash(key: bytes) -> int:
    """Whoosh's md5_hash (the digest's low 32 bits) without the hex string and its parsing."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


class TermTableWriter:
    """Adds a field's terms to a segment's term table (Whoosh's OrderedHashWriter) as its add
    does: the same entry bytes, hash buckets, index of positions and check of the keys' order,
    but with the file's position kept here (its add asks the file twice per term) and each entry
    written at once. Made when the field starts; only it writes the table until the field ends."""

    def __init__(self, table) -> None:
        self.table = table
        self.position = table.dbfile.tell()
        self.hash = _md5_hash if table.hashfn is md5_hash else table.hashfn

    def add(self, key: bytes, value: bytes) -> None:
        table = self.table
        if key <= table.lastkey:
            raise ValueError(f"Keys must increase: {table.lastkey!r}..{key!r}")
        position = self.position
        table.index.append(position)
        entry = _KEY_VALUE_LENGTHS.pack(len(key), len(value)) + key + value
        table.dbfile.write(entry)
        hashed = self.hash(key)
        table.buckets[hashed & 255].append((hashed, position))
        table.lastkey = key
        self.position = position + len(entry)
