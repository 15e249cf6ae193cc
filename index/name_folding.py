"""One person, one name in the speakers and persons facets.

A news report gives one initial («Б. Жумабеков»), a transcript's label gives all of them
(«Жумабеков Б.Т.:» -> «Б.Т. Жумабеков»): ingest reads each document alone and files the two
apart. Over the whole index, a name whose initials begin exactly one fuller name of the same
surname is that name: a facet click, an export or a typed filter then finds the person's every
quote. Different initials stay apart (Б. Назарбаев is not Н.А. Назарбаев), and so does a short
name that two fuller ones could be (Б. Ким beside Б.А. Ким and Б.С. Ким). Spellings of one name
that differ in ё or in Kazakh letters («Р. Королев», «Р. Королёв») are one value too, and so is
a name in Latin letters that reads as exactly one name the index holds in Cyrillic («Y. Karin» of
an English report and «Е. Карин»: Yerlan is Ерлан), and a surname in Kazakh letters whose Russian
spelling is exactly one name of the same initials the index holds («М.С. Төлегенов» of a Kazakh
stenogram and «М.С. Тулегенов» of a Russian one; Нұрпейісов and Нурпеисов; Тоғжанов and Тугжанов).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from index.aliases import fold
from index.latin_names import latin_as_cyrillic, latin_readings
from index.morphology import kazakh_as_russian

NAME_FACETS = ("speakers", "persons")  # the facets holding people's canonical names

# a canonical name: initials, then the surname («К.К. Токаев», «Б. Тілеуберді», «A. Weber»); a Latin
# initial may be the two letters English spells one Kazakh or Russian letter with («Zh. Tuimebayev»)
_CANONICAL_NAME = re.compile(r"(?P<initials>(?:(?:Zh|Sh|Kh|Ch|Ts|Yu|Ya|Ye|[^\W\d_])\.\s*)+)"
                             r"(?P<surname>[^\W\d_][\w'’ -]*)")


def _read(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(surname, initials) as compared: case and ё folded, Kazakh letters as their Russian
    look-alikes (`Қ. Тоқаев` is К.К. Токаев's); None for a name without initials."""
    m = _CANONICAL_NAME.fullmatch(name.strip())
    if not m:
        return None
    key = kazakh_as_russian(fold(m["surname"].strip()))
    return key, tuple(kazakh_as_russian(fold(c.strip())) for c in m["initials"].split(".") if c.strip())


def fuller_names(names: Iterable[str]) -> dict[str, str]:
    """Each name that stands for another of `names`: the one name of the same surname whose
    initials begin with its own and go furthest (`Б.` -> `Б.Т.`, and `Б.` -> `Б.Т.О.` beside both);
    and a spelling of the same initials and surname (`Р. Королев`, `Р. Королёв`) -> the one kept."""
    by_surname: dict[str, dict[tuple[str, ...], list[str]]] = defaultdict(dict)
    for name in set(names):
        read = _read(name)
        if read is not None:
            by_surname[read[0]].setdefault(read[1], []).append(name)
    _join_russian_spellings(by_surname)
    out: dict[str, str] = {}
    for group in by_surname.values():
        kept = {initials: min(spellings, key=_spelling_rank) for initials, spellings in group.items()}
        for initials, spellings in group.items():
            longer = [more for more in group if _extends(more, initials)]
            furthest = [more for more in longer if not any(_extends(m, more) for m in longer)]
            target = kept[furthest[0] if len(furthest) == 1 else initials]
            out.update((name, target) for name in spellings if name != target)
    latin = _latin_as_held(by_surname, out)
    return {name: latin.get(target, target) for name, target in out.items()} | latin


# How Russian spells a Kazakh surname's letters where it is not the look-alike kazakh_as_russian
# types: Төлегенов is Тулегенов, Нұрпейісов Нурпеисов, Үмбетов Юмбетов; and a plain ғ of a surname with
# Kazakh letters, which Russian records often wrote х (Ғабитов, Хабитов)
_RUSSIAN_SPELLINGS = (("йі", ("йи", "и")), ("ө", ("о", "у")), ("ү", ("у", "ю")), ("і", ("и", "ы")),
                      ("ә", ("а", "я", "э")), ("ғ", ("г", "х")))
# A plain о is a real о (Тоқтаров is Токтаров, never the namesake Туктаров), except where Soviet
# records wrote у for it beside the letter that tells the name apart: before ғ (Тоғжанов, Тугжанов)
# and after қ or ғ (Қонаев, Кунаев)
_O_AS_U_BEFORE, _O_AS_U_AFTER = "ғ", "қғ"
# Official Russian forms also write a soft л before a consonant after a front vowel (Әзілханов is
# Азильханов, Әділбеков Адильбеков), and leave out the і or ы Kazakh puts between two consonants of
# an Arabic name (Әбдірахманов is Абдрахманов), the first syllable's too (Тілеуберді is Тлеуберди)
_FRONT_VOWELS, _CONSONANTS = "әеіөү", "бвгғджзйкқлмнңпрстфхһцчшщ"
_MAX_SPELLINGS = 64  # a surname with more Kazakh letters than that allows is left as it is


def _join_russian_spellings(by_surname: dict[str, dict[tuple[str, ...], list[str]]]) -> None:
    """Each name whose surname has Kazakh letters joins the names held under the one Russian
    spelling of that surname that has initials like its own, the same or fuller or fewer: «М.С.
    Төлегенов» the group of «М.С. Тулегенов», «Б.Т. Тілеуберді» that of «Б. Тлеуберди». In one group,
    the fuller-name and spelling rules then read them as they read one spelling's names (a name of
    initials two fuller ones could be stays apart)."""
    moves: list[tuple[str, list[tuple[str, ...]], str]] = []
    for key, group in by_surname.items():
        # no Kazakh letters (folded: the table knows lowercase letters only, «Ғабитов»), or a Russian
        # spelling of its own held beside them: those initials stay
        kazakh = [initials for initials, spellings in group.items()
                  if not any(kazakh_as_russian(fold(name)) == fold(name) for name in spellings)]
        if not kazakh:
            continue
        read = _CANONICAL_NAME.fullmatch(group[kazakh[0]][0].strip())
        held = {russian for russian in _russian_spellings(fold(read["surname"].strip()))
                if russian != key and any(_alike(ours, theirs) for ours in kazakh for theirs in by_surname.get(russian, {}))}
        if len(held) == 1:
            moves.append((key, kazakh, held.pop()))  # all together: Б. stays apart beside Б.Т. and Б.А.
    for key, kazakh, russian in moves:
        for initials in kazakh:
            by_surname[russian].setdefault(initials, []).extend(by_surname[key].pop(initials))


def _alike(initials: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """The same initials, or one begins the other (Б. and Б.Т.)."""
    return initials == others or _extends(initials, others) or _extends(others, initials)


def _russian_spellings(surname: str) -> set[str]:
    """A folded Kazakh surname's Russian spellings: «төлегенов» -> толегенов, тулегенов."""
    out, i = [""], 0
    while i < len(surname):
        written, russian = next(((w, r) for w, r in _RUSSIAN_SPELLINGS if surname.startswith(w, i)),
                                (surname[i], (surname[i],)))
        if written == "о" and (surname[i + 1:i + 2] == _O_AS_U_BEFORE or i and surname[i - 1] in _O_AS_U_AFTER):
            russian = ("о", "у")
        russian = _written_otherwise(surname, i, written, russian)
        out = [o + r for o in out for r in russian]
        i += len(written)
        if len(out) > _MAX_SPELLINGS:
            return set()
    return {kazakh_as_russian(o) for o in out}


def _written_otherwise(surname: str, i: int, written: str, russian: tuple[str, ...]) -> tuple[str, ...]:
    """The Russian spellings of `written` at `i` with a soft л (Әзіл-ханов: Азиль-) or a
    dropped і, ы between consonants (Әбді-рахманов: Абд-) added; `russian`, its own spellings."""
    before, after = surname[i - 1:i] if i else "", surname[i + len(written):i + len(written) + 1]
    if written == "л" and before and before in _FRONT_VOWELS and after and after in _CONSONANTS:
        return (*russian, "ль")
    if written in ("і", "ы") and before and before in _CONSONANTS and after and after in _CONSONANTS:
        return (*russian, "")
    return russian


# The Cyrillic initials a Latin one may stand for, where it is not one letter's reading: Y. is
# Yerlan's Е., Yuri's Ю., Yana's Я.; E. is Е. or Э.; C. is К., С. or Ц.
_LATIN_INITIALS = {"y": "еюя", "e": "еэ", "c": "ксц"}


def _latin_as_held(by_surname: dict[str, dict[tuple[str, ...], list[str]]], out: dict[str, str]) -> dict[str, str]:
    """Each name in Latin letters that reads as exactly one name held in Cyrillic (after that
    one's own folding) -> that name: «Y. Karin» -> «Е. Карин» when no Ю. or Я. Карин is held."""
    found: dict[str, str] = {}
    for surname, group in by_surname.items():
        # every reading of the surname (Tuimebayev: Туимебаев, Туймебаев), the names held under each
        held = [(cyr, names) for reading in latin_readings(surname)
                for cyr, names in by_surname.get(kazakh_as_russian(fold(reading)), {}).items()]
        if not held:
            continue
        for initials, spellings in group.items():
            # Zh. is Ж.: an initial's letters read together
            readings = [_LATIN_INITIALS.get(c) or latin_as_cyrillic(c)[:1] for c in initials]
            if not all(readings):
                continue
            fits = [(cyr, names) for cyr, names in held if len(cyr) >= len(initials)
                    and all(c in r for c, r in zip(cyr, readings))]
            same = [names for cyr, names in fits if len(cyr) == len(initials)]  # else K. Tokayev: К.К. Токаев
            targets = {out.get(name, name) for names in (same or [names for _, names in fits]) for name in names}
            if len(targets) == 1:
                found.update((name, next(iter(targets))) for name in spellings)
    return found


def _spelling_rank(name: str) -> tuple[int, bool, str]:
    """Which of one person's spellings a facet shows: one with ё (what е may stand for, never
    the other way round), then one in Russian letters, as the aliases file spells people."""
    return (-(name.count("ё") + name.count("Ё")), kazakh_as_russian(name) != name, name)


def _extends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    return len(longer) > len(shorter) and longer[:len(shorter)] == shorter
