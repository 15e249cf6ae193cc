"""One rule for where a sentence ends (index.sentences), whoever reads sentences. Citations cut
«в г. Астана» after «г.», ingest's passages cut after «ул.», the index after «1.» and «К-Ж.»: the
same table of paragraphs (tests/sentence_table.py) now reads alike in each of them; the document
page's script reads it in test_browser."""
import re
from collections import Counter

import pytest
from sentence_table import PARAGRAPHS, texts

from index.analysis import sentence_words
from index.citation import cite_text
from index.sentences import first_sentence, sentence_around, sentences
from ingest.extract._text import text_sentence_ids, tokenize
from ingest.passages import cut_paragraph

TEXTS = texts()
# each paragraph between two sentences, so that one can be cited or cut from the others (a
# numbered point still opening it)
FRAMED = [[*([] if row[0][0].isdigit() else ["Ассамблея открыла сессию."]), *row, "Ассамблея закрыла сессию."]
          for row in PARAGRAPHS]
_ASSEMBLY = re.compile(r"Ассамбле\w*|Assambleıa")


def _spans(text: str, expected: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for sentence in expected:
        start = text.index(sentence, at)
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return spans


@pytest.mark.parametrize("text,expected", TEXTS)
def test_the_rule_finds_the_sentences(text, expected):
    assert sentences(text) == expected
    assert first_sentence(text).strip() == expected[0]
    # the sentence around a word (ingest's reading of a date's sentence, of a quote's)
    for start, end in _spans(text, expected):
        for at in (start, (start + end) // 2):
            found = sentence_around(text, at)
            assert found[0] == start and start < found[1] <= end, (text[start:end], at)


@pytest.mark.parametrize("text,expected", TEXTS)
def test_the_index_leaves_its_gap_between_the_same_sentences(text, expected):
    # the analyzer finds the ends in its own pass over the tokens
    counts = Counter(sentence for _, sentence, _ in sentence_words(text, exact=True))
    assert [counts[n] for n in sorted(counts)] == [len(sentence_words(s, exact=True)) for s in expected]


@pytest.mark.parametrize("text,expected", TEXTS)
def test_ingest_s_extractors_read_the_same_sentences(text, expected):
    tokens = tokenize(text)
    ids = text_sentence_ids(text)
    found: dict[int, list[str]] = {}
    for token, sid in zip(tokens, ids):
        found.setdefault(sid, []).append(token.text)
    assert list(found.values()) == [[t.text for t in tokenize(s)] for s in expected]


@pytest.mark.parametrize("row", FRAMED, ids=lambda row: row[1][:40])
def test_a_citation_quotes_one_of_the_same_sentences(row):
    text = " ".join(row)
    for i, (start, end) in enumerate(_spans(text, row)):
        word = _ASSEMBLY.search(text, start, end)
        marked = f"{text[:word.start()]}<mark>{word.group()}</mark>{text[word.end():]}"
        cited = ("[…] " if i else "") + row[i] + (" […]" if i < len(row) - 1 else "")
        assert cite_text(marked, limit=len(text) - 1) == cited


@pytest.mark.parametrize("row", FRAMED, ids=lambda row: row[1][:40])
def test_ingest_cuts_a_long_paragraph_between_the_same_sentences(row):
    # the first passage takes the first k sentences when the next one does not fit: one cut too
    # many (inside the next sentence) would let its first part in, one too few (at k) keep both out
    text = " ".join(row)
    for k in range(1, len(row)):
        limit = len(" ".join(row[:k + 1])) - 1
        assert cut_paragraph(text, limit)[0] == " ".join(row[:k]), (k, limit)
