"""Each record's exact field lengths, kept in a column of its segment beside Whoosh's one-byte ones.

BM25F's average field length must count live records only (index.executor). A segment keeps
its total length exactly but each record's length in one byte (rounded by up to ~6%), so the
total less the deleted records' rounded lengths was off by their rounding: after an
`ingest --force` over unchanged files, the replaced records left the average a percent or two
off and the same files ranked in another order than a fresh build's. With the exact length of
every record at hand, the live total is exact, before a merge and after it. Segments written
before this column read their deleted records' one-byte lengths, as before.
"""
from __future__ import annotations

import numpy as np
from whoosh.codec.whoosh3 import W3PerDocWriter
from whoosh.columns import NumericColumn

EXACT_LENGTHS = NumericColumn("I")  # unsigned 32-bit, 0 for a record without the field


def exact_length_column(fieldname: str) -> str:
    return f"_{fieldname}_X"  # beside Whoosh's "_{fieldname}_L" one-byte lengths


class ExactLengthsWriter(W3PerDocWriter):
    """Whoosh's per-document writer, also writing every record's exact length of each field.
    `lengths_exact` is False while a merge copies records of a segment written before the column:
    their lengths are the one-byte ones, and 0 in the column says so (lengths_of reads those)."""

    lengths_exact = True

    def add_field(self, fieldname, fieldobj, value, length) -> None:
        super().add_field(fieldname, fieldobj, value, length)
        if length and self.lengths_exact:
            self.add_column_value(exact_length_column(fieldname), EXACT_LENGTHS, int(length))


def lengths_of(perdoc, fieldname: str, rounded: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(a segment's lengths of a field, one per record: exact where its column has them, else
    `rounded`, the one-byte ones; per record, whether its length is one-byte). `perdoc`: a
    segment reader's."""
    col = perdoc._cached_reader(exact_length_column(fieldname), EXACT_LENGTHS)
    exact = np.zeros(len(rounded), dtype=np.float64)
    stored = min(col._count, len(rounded)) if col is not None else 0  # it stops at the last record with one
    if stored:
        exact[:stored] = np.frombuffer(col._dbfile.get(col._basepos, stored * 4), dtype=">u4")
    missing = (exact == 0) & (rounded > 0)
    return np.where(missing, rounded, exact), missing
