import random
import sys

from ingest.extract._text import TOKEN_RE, Token, tokenize


def _reference_tokens(text: str) -> list[Token]:
    """The tokens as one match of TOKEN_RE each (what _tokens computes column by column)."""
    return [Token(m.group(), *m.span(), m.group()[0].isalpha(), m.group()[0].isupper())
            for m in TOKEN_RE.finditer(text)]


def test_tokens_are_the_token_pattern_matches():
    rng = random.Random(3)
    # letters of several scripts, digits of several systems, joiners, marks, spaces, "_", "²",
    # a lone surrogate (surrogateescape) and a character beyond the BMP
    alphabet = list("аБвЁёәҚzZ09٣²_-‐'’.,«»—\u0301\u00a0 \t\n") + ["\udcff", "\U0001d400", "ﬁ"]
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert tokenize(text) == _reference_tokens(text), repr(text)
    every = "".join(chr(c) for c in range(0, sys.maxunicode + 1, 7))
    assert tokenize(every) == _reference_tokens(every)


def test_a_word_is_one_string_object_however_often_it_recurs():
    tokens = tokenize("мир и мир, и мир")
    assert tokens[0].text is tokens[2].text is tokens[5].text
