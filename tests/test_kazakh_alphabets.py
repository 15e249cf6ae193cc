"""Kazakh's Latin alphabets both ways: ingest spells Cyrillic words in them (dates, language) and
search reads Latin words back into Cyrillic (endings); the two once disagreed on 2021's ı and i."""
import pytest

from index.kazakh_latin import as_cyrillic
from ingest.extract.kazakh_spelling import latin_spelling

# each alphabet's letters as decreed (the 2018 one's sh and ch are two letters each)
LETTERS = {
    2018: "a á b d e f g ǵ h i ı j k l m n ń o ó p q r s t u ú v y ý z",
    2021: "a ä b ç d e f g ğ h i ı j k l m n ñ o ö p q r s ş t u ū ü v y z",
}
# Cyrillic letters one Latin letter stands for in both: и й as ı (2018) or i (2021), х һ as h
SHARED = {"й": "и", "һ": "х"}
KAZAKH_CYRILLIC = "аәбвгғдежзийкқлмнңоөпрстуұүфхһчшыі"


@pytest.mark.parametrize("year", sorted(LETTERS))
def test_every_latin_letter_is_read_as_the_cyrillic_letter_spelled_with_it(year):
    # search reads a Latin word letter by letter (index.kazakh_latin), ingest spells a Cyrillic one
    # (ingest.extract.kazakh_spelling): each Latin letter must come back as itself
    latin = LETTERS[year].replace(" ", "")
    cyrillic = as_cyrillic(latin)
    assert len(cyrillic) == len(latin)
    assert latin_spelling(cyrillic, year) == latin, cyrillic


@pytest.mark.parametrize("year", sorted(LETTERS))
def test_every_cyrillic_letter_spelled_with_one_latin_letter_is_read_back(year):
    one_letter = [c for c in KAZAKH_CYRILLIC if len(latin_spelling(c, year)) == 1]
    # ш ч are sh ch in 2018 (two letters, read as с х and ц х); ş ç in 2021
    assert set(KAZAKH_CYRILLIC) - set(one_letter) == ({"ш", "ч"} if year == 2018 else set())
    word = "".join(one_letter)
    assert as_cyrillic(latin_spelling(word, year)) == "".join(SHARED.get(c, c) for c in word)


def test_the_2021_alphabet_has_i_for_и_and_dotless_i_for_і():
    assert latin_spelling("бір кісі үйіне", 2021) == "bır kısı üiıne"
    # read as 2021 when a letter only that alphabet has says so (bır alone is 2018's бир)
    assert as_cyrillic("ülgısı") == "үлгісі" and as_cyrillic("şeşım") == "шешім"
    assert latin_spelling("бір", 2018) == "bir" and as_cyrillic("bir") == "бір"


@pytest.mark.parametrize("year", [2017, 2018, 2021])
def test_no_two_letters_share_a_spelling_but_those_the_alphabet_merges(year):
    from index.kazakh_alphabets import CYRILLIC

    spelled = {}
    for c in CYRILLIC:
        spelled.setdefault(latin_spelling(c, year), []).append(c)
    merged = sorted("".join(letters) for latin, letters in spelled.items() if len(letters) > 1)
    assert merged == ["еэ", "ий", "хһ", "ъь"]
