"""A query as pasted from Word, a PDF or a web page, or typed in a hurry, read as the words it
means before it is parsed:

- it is read in NFC, stress marks on Cyrillic letters dropped (index.tokenize.composed), as the
  index reads documents: ё pasted from a Mac or a PDF as е + U+0308 split the word at its mark;
- invisible characters (zero-width space, joiners, direction marks, word joiner, byte order mark,
  soft hyphen) are removed, as ingest removes them from documents: inside a word they split it,
  so `Ассам\\u200bблея` found nothing, and after a filter's value they became part of it
  (`year:2019\\u200b`);
- full-width letters, digits and signs (an East Asian input method, some PDFs) are their ASCII
  twins: `ＡＳＳＥＭＢＬＹ` is ASSEMBLY (the rest of NFKC is never applied: it turns № into No);
- a word cut by a hyphen and a line end or a space («Ассам-\\nблея», «межэтни- ческое») is
  joined where the dictionary knows the joined word, as ingest joins it in documents; a hyphen
  after a letter written as U+2010 or U+2011 (typeset PDFs) is that hyphen, as the analyzer reads
  it; a soft hyphen before a line end or a space (Word's optional hyphenation) marks a word's own
  break, so the word is joined whatever the dictionary says;
- a hyphen or a row of them standing alone between spaces (« - », « -- », « --- ») is a dash,
  punctuation, as «–» and «—» are: only a minus glued to a word (`-Токаев`) excludes it;
- a typographic dash or minus sign (‐ ‒ – — ―, −, the small ones ﹘ ﹣) glued to the start of a word, a
  quote or a bracket after a space (`волонтеры –грант`: Word's autocorrect, a query pasted from a note)
  is that minus, as typed with the hyphen key: read as punctuation it turned the exclusion into a
  required word, unsaid. Between two words or numbers (Алма–Ата, 2018–2019) or standing alone
  («Ассамблея — 30 лет») it stays a dash;
- an apostrophe inside a word (`сім'я`, `To'xtayev`, `O‘zbek`; not an English `'s`) is the ʼ the
  index writes every one as (index.tokenize.APOSTROPHES), so the query's own reading of its words
  (names, corrections) takes the word whole, as the index does.
"""
from __future__ import annotations

import re

from index.morphology import is_russian_word
from index.quoted_phrases import parts_outside_quotes
from index.tokenize import APOSTROPHE, INNER_APOSTROPHE_RE, INVISIBLE, SOFT_HYPHEN, composed, fold

# with the soft hyphen the analyzer drops
_INVISIBLE_TABLE = str.maketrans(dict.fromkeys(INVISIBLE + SOFT_HYPHEN))
# a soft hyphen where the line broke: only ever inside a word, so its halves are one
_SOFT_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_])\u00ad+\s+(?=[^\W\d_])")
# a Unicode hyphen after a letter (line end or inside a word): the ASCII one the join and the analyzer read
_UNICODE_HYPHEN_RE = re.compile(r"(?<=[^\W\d_])[\u2010\u2011]")
# U+FF01-U+FF5E are ASCII 0x21-0x7E shifted; U+3000 is the ideographic space
_FULL_WIDTH_TABLE = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " "})
# a word, a hyphen, then spaces or a line end, then a lowercase word: a split for the line
_SPLIT_WORD_RE = re.compile(r"([^\W\d_]+)-\s+([^\W\d_]+)")
# a hanging hyphen: «северо- и юго-западный» keeps its hyphen and its space
_HANGING_HYPHEN_BEFORE = frozenset({"и", "или", "либо", "а", "да", "ни"})
_SPACED_HYPHEN_RE = re.compile(r"(?<!\S)-+(?!\S)")
# a dash or minus sign other than the hyphen-minus, glued to what follows after a space, a bracket or the start;
# with hyphen-minuses mixed in (`–-грант`, `-–грант`) the run is one minus too
_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63"
_GLUED_DASH_RE = re.compile(rf"(?<![^\s(])-*[{_DASHES}][{_DASHES}-]*(?=[^\W_]|[\"«“„(])")
DASH = "–"


def as_typed_words(text: str) -> str:
    """`text` in NFC without stress marks, invisible characters removed, full-width characters as ASCII, words split by
    a hyphen (or a soft hyphen) at a line end or before a space joined, a free-standing hyphen
    read as a dash, a typographic dash glued to a word's start as the minus, and an apostrophe inside a word written as ʼ."""
    text = _SOFT_HYPHEN_BREAK_RE.sub("", composed(text)).translate(_INVISIBLE_TABLE).translate(_FULL_WIDTH_TABLE)
    text = INNER_APOSTROPHE_RE.sub(APOSTROPHE, _UNICODE_HYPHEN_RE.sub("-", _GLUED_DASH_RE.sub("-", text)))
    if "-" not in text:
        return text
    return _SPACED_HYPHEN_RE.sub(DASH, _SPLIT_WORD_RE.sub(_joined, text))


def dash_as_minus(text: str) -> bool:
    """Whether `text` has a typographic dash glued to a word outside quotes, which is read as the minus (a
    sentence pasted without quotes, «Мы –единый народ», then leaves «единый» out: the page says so)."""
    return any(_GLUED_DASH_RE.search(part) for part in parts_outside_quotes(composed(text)))


def as_typed_value(value: str) -> str:
    """A filter's value (`speakers=`, `topics=`, `--filter`) as the facets write theirs: in NFC,
    without stress marks and invisible characters (ingest drops those from every name and topic)."""
    return composed(value).translate(_INVISIBLE_TABLE)


def _joined(m: re.Match) -> str:
    left, right = m.group(1), m.group(2)
    if not right[:1].islower() or right in _HANGING_HYPHEN_BEFORE:
        return m.group()  # «Алматы- Столица» is a dash; «северо- и юго-западный» a hanging hyphen
    joined = fold(left + right)
    return left + right if is_russian_word(joined) else m.group()
