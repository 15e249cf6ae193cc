"""Places of Kazakhstan (index/data/places.txt) and the Russian case forms of their names.

The dictionary lacks most of these names or reads them as other words (Костанай, Кокчетав,
Жанаозен are guessed as an adjective, a gerund, an adjective's short form; Өскемен is cut as
өске + «мен»), so the cases of one city parted: `Костанай` missed «жители Костаная». A name in
this list and every Russian case form of it are that name (index.morphology.place_of decides
where the dictionary's own reading wins); its Kazakh case forms follow, as their stem is the name.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from index.config import data_lines

_HUSHING = "кгхжшчщ"  # after these a name in -а has its genitive in -и, not -ы


def declined(name: str) -> tuple[str, ...]:
    """The Russian singular case forms of a lowercase place name by its last letter (the last
    part of a hyphenated one: Алма-Ату, Усть-Каменогорска); a name ending in another vowel
    (Алматы, Актобе, Кокшетау) is not declined in Russian."""
    last = name[-1]
    if last == "а":
        stem = name[:-1]
        genitive = "и" if stem[-1:] in _HUSHING else "ы"
        return tuple(stem + e for e in (genitive, "е", "у", "ой", "ою"))
    if last == "я":
        return tuple(name[:-1] + e for e in ("и", "е", "ю", "ей", "ею"))
    if last in "йь":
        return tuple(name[:-1] + e for e in ("я", "ю", "ем", "е"))
    if last in "еёиоуыэюәіөұү":  # а, я: above
        return ()
    return tuple(name + e for e in ("а", "у", "ом", "е"))


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def place_forms() -> dict[str, str]:
    """Every listed name and its Russian case forms (lowercase, ё folded) -> the name."""
    text = resources.files("index").joinpath("data", "places.txt").read_text(encoding="utf-8")
    forms: dict[str, str] = {}
    for _, line in data_lines(text):
        name = _fold(line)
        forms[name] = name
        for form in declined(name):
            forms.setdefault(form, name)  # a listed name stays itself
    return forms


def place_name(word: str) -> str | None:
    """The listed place name a normalized word is (a form of), or None."""
    return place_forms().get(word)
