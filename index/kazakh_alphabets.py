"""The three Latin alphabets decreed for Kazakh since 2017, letter for letter against the Cyrillic
one: the single table that ingest reads from Cyrillic to Latin (ingest.extract.kazakh_spelling:
months and language in every spelling) and search from Latin to Cyrillic (index.kazakh_latin: the
Cyrillic ending rules applied to Latin words). Two tables written apart disagreed once (2021's ı
and i swapped on one side only).

- 2017 (apostrophes): a' g' n' o' u' for ә ғ ң ө ү, s' c' for ш ч, i' for и/й, y' for у.
- 2018 (acutes): á ǵ ń ó ú ý for ә ғ ң ө ү у, ı for и/й, sh ch for ш ч.
- 2021 (Turkic letters): ä ğ ñ ö ü ū ş ç for ә ғ ң ө ү ұ ш ч, ı for і, i for и/й.
The letters only loanwords use (ц щ э ю я ё) follow each alphabet's rules for them; ъ ь are not
written.
"""
from __future__ import annotations

CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# each alphabet's spelling of the letters of CYRILLIC, in its order ("-": not written)
_ALPHABETS = {
    2017: ("a a' b v g g' d e io j z i' i' k q l m n n' o o' p r s t y' u u' f h h ts c' s' s's' - y i - e "
           "i'y' i'a"),
    2018: "a á b v g ǵ d e ıo j z ı ı k q l m n ń o ó p r s t ý u ú f h h ts ch sh shch - y i - e ıý ıa",
    2021: "a ä b v g ğ d e io j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ç ş şş - y ı - e iu ia",
}
assert all(len(table.split()) == len(CYRILLIC) for table in _ALPHABETS.values())
# year -> lowercase Cyrillic letter -> its spelling in that year's alphabet ('' for ъ ь)
LATIN: dict[int, dict[str, str]] = {year: dict(zip(CYRILLIC, (s.replace("-", "") for s in table.split())))
                                    for year, table in _ALPHABETS.items()}


def _reading(spelled: dict[str, str]) -> dict[str, str]:
    reading: dict[str, str] = {}
    for cyrillic, latin in spelled.items():
        if latin:
            reading.setdefault(latin, cyrillic)
    return reading


# year -> a spelling -> the Cyrillic letter it stands for; where two letters share a spelling
# (и й as ı, х һ as h, е э as e) the first of them in the alphabet
CYRILLIC_OF: dict[int, dict[str, str]] = {year: _reading(spelled) for year, spelled in LATIN.items()}
