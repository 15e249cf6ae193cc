"""A surname typed a slip away from a facet's: the nearest is found among tens of thousands of
names (grouped by length once a generation: 0.05-0.08 s for 30,000 names where comparing each took
17 s, measured by hand, never asserted here), and it is the one the name-by-name comparison chose."""
from index.aliases import fold
from index.filter_suggestions import Surnames, nearest_surname
from index.spelling import edit_distance

_LETTERS = "абвгдежзиклмнопрстуфхцчшэюя"


def _names(count: int) -> list[str]:
    """`count` names «А. Фамилия» with made-up surnames of 6 to 12 letters, sorted as a facet's."""
    names, n = [], 7
    for i in range(count):
        n = (n * 1103515245 + 12345) % 2**31
        letters = "".join(_LETTERS[(n >> (3 * k)) % len(_LETTERS)] for k in range(6 + i % 7))
        names.append(f"{_LETTERS[i % 20].upper()}. {letters[0].upper()}{letters[1:]}ов")
    return sorted(names)


def _one_by_one(typed: str, names: list[str]) -> str | None:
    low = fold(typed)
    most, best = max(1, len(low) // 4), None
    for name in names:
        distance = edit_distance(low, fold(name.split()[-1]))
        if 0 < distance <= most and (best is None or distance < best[0]):
            best = (distance, name.split()[-1])
    return best[1] if best else None


def test_thirty_thousand_names_with_none_near_offer_none():
    names = _names(30_000)
    assert nearest_surname("Турсынбекова", Surnames(names)) is None  # no near name: every length near it is read


def test_the_same_surname_as_comparing_each_name():
    names = _names(400) + ["Е.К. Турсынбеков", "А.Б. Турсунбеков", "Ж. Ким"]
    surnames = Surnames(sorted(names))
    for typed in ["Турсынбеко", "Турсынбекова", "Турсунбеко", "Кимм", *(n.split()[-1][:-1] + "а" for n in names[:60])]:
        assert nearest_surname(typed, surnames) == _one_by_one(typed, sorted(names)), typed
