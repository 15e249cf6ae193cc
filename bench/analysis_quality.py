"""Measurements of the Russian analyzer's quality bars, shared by tests/test_analysis.py and
bench/bench_analysis.py.

Samples are deterministic: dictionary lexemes come from pymorphy3's own dictionary (every
dictionary form of a common noun / adjective / verb under a fixed list of three-letter
prefixes), ordered by a SHA-1 of the lemma, so the sample does not depend on dict ordering,
Python's hash seed or the machine. pymorphy3 ships no frequencies; the prefixes were picked as
the beginnings of frequent words of the Assembly's documents, which keeps the sample close to
the archive's vocabulary without a corpus.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.analysis import analyze_terms, query_terms
from index.morphology import morph, snowball_term
from index.tokenize import fast_tokens

PREFIXES = (
    "ант беж вза вла воп вос вре выс гос гра два дей деп дет дея док дол дух дру еди жиз зад "
    "зак зна иде инф ист кон кул лид меж мин мир мол нар нац нов обе общ обр опы орг осн отн "
    "пар пер под пол пом пра пре при про раб раз рег рел рес рол ряд сво сем сил сла сов "
    "сог соз сос соц спо ста стр суд тра тру укр уча фун хоз цен чел чле эко язы"
).split()
TEST_PREFIXES = PREFIXES[::8]  # a smaller sample for the unit tests

_POS = {"NOUN", "ADJF", "INFN"}
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}
_CYR = re.compile(r"[а-яё]{3,}")


def _key(word: str) -> str:
    return hashlib.sha1(word.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Lexeme:
    lemma: str
    pos: str
    forms: tuple[str, ...]  # distinct inflected forms, the lemma excluded


def dictionary_lemmas(prefixes: Iterable[str] = PREFIXES) -> list[tuple[str, str, int]]:
    """(lemma, POS, paradigm id) of every common-word dictionary form under the prefixes."""
    d = morph().dictionary
    seen: set[tuple[str, int]] = set()
    out: list[tuple[str, str, int]] = []
    for prefix in prefixes:
        for word, tag, normal_form, para_id, idx in d.iter_known_words(prefix):
            if idx != 0 or word != normal_form or tag.POS not in _POS:
                continue
            if _PROPER & tag.grammemes or not _CYR.fullmatch(word) or (word, para_id) in seen:
                continue
            seen.add((word, para_id))
            out.append((word, tag.POS, para_id))
    return out


def lexeme_sample(n: int, prefixes: Iterable[str] = PREFIXES) -> list[Lexeme]:
    """The first n lexemes by SHA-1 of the lemma, with their inflected forms."""
    lemmas = sorted(dictionary_lemmas(prefixes), key=lambda x: (_key(x[0]), x[2]))[:n]
    m = morph()
    out = []
    for lemma, pos, para_id in lemmas:
        parse = next(
            (p for p in m.parse(lemma) if p.methods_stack[0][2:] == (para_id, 0)), None
        )
        if parse is None:
            continue
        forms = {f.word for f in parse.lexeme} - {lemma}
        out.append(Lexeme(lemma, pos, tuple(sorted(forms))))
    return out


# ---------------------------------------------------------------- analyzers under test

@dataclass(frozen=True)
class Scheme:
    """How a word becomes index terms and a query term."""

    name: str
    index: Callable[[str], set[str]]
    query: Callable[[str], str | None]


def _ours_query(word: str) -> str | None:
    terms = query_terms(word)
    return terms[0] if terms else None


OURS = Scheme("assembly analyzer", lambda w: set(analyze_terms(w)), _ours_query)
SNOWBALL = Scheme("plain Snowball", lambda w: {snowball_term(w)}, snowball_term)


@dataclass
class Rate:
    hits: int = 0
    total: int = 0
    misses: list[tuple[str, str]] | None = None

    def add(self, ok: bool, example: tuple[str, str]) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            if self.misses is None:
                self.misses = []
            if len(self.misses) < 20:
                self.misses.append(example)

    @property
    def pct(self) -> float:
        return 100.0 * self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.pct:6.2f}% ({self.hits}/{self.total})"


def conflation(pairs: Iterable[tuple[str, str]], scheme: Scheme) -> tuple[Rate, Rate]:
    """For (base, form) pairs: (share: the form's index terms meet the base's index terms,
    found: the base's query term is among the form's index terms, i.e. a query for the base
    word finds a document that only has the form)."""
    share, found = Rate(), Rate()
    for base, form in pairs:
        base_terms = scheme.index(base)
        if not base_terms:  # a stop word: nothing to search for
            continue
        form_terms = scheme.index(form)
        share.add(bool(base_terms & form_terms), (base, form))
        found.add(scheme.query(base) in form_terms, (base, form))
    return share, found


def paradigm_pairs(lexemes: Iterable[Lexeme]) -> list[tuple[str, str]]:
    return [(lx.lemma, f) for lx in lexemes for f in lx.forms]


# ---------------------------------------------------------------- surnames

KAZAKH_SURNAMES = (
    "Назарбаев Токаев Абдрахманов Хамедов Азильханов Набиев Буларов Масимов Ашимбаев Кошанов "
    "Тасмагамбетов Иманалиев Жумагулов Сагинтаев Мамин Смаилов Бектенов Тугжанов Ермекбаев "
    "Султанов Кулибаев Ибраимов Ахметов Умбетов Абаев Кожамжаров Джаксыбеков Досаев "
    "Калмурзаев Ауэзов Байтурсынов Сейфуллин Сатпаев Кунаев Валиханов Букейханов Шаханов "
    "Сулейменов Мусин Искаков Нурпеисов Мухамеджанов Бейсенов Жакупов Аубакиров Байменов "
    "Балтабаев Кенжебаев Есимов Мырзахметов Оспанов Тажин Кассымов Нигматулин Айтматов"
).split()
RUSSIAN_SURNAMES = (
    "Осин Платонов Дементьев Иванов Петров Путин Ильин Пушкин Сидоров Смирнов Кузнецов Попов "
    "Соколов Лебедев Козлов Новиков Морозов Волков Соловьёв Васильев Зайцев Павлов Семёнов "
    "Голубев Воробьёв Фёдоров Михайлов Беляев Орлов Киселёв Королёв Медведев Никитин Калинин "
    "Сорокин Галкин Гришин Фомин Быков Котов Носов Горбачёв Синицын Лисицын"
).split()
SURNAMES = KAZAKH_SURNAMES + RUSSIAN_SURNAMES
# Standard declension of -ов/-ев/-ин/-ын surnames: masculine nom gen dat acc ins prep,
# feminine nom gen(=dat=ins=prep) acc, plural nom gen(=acc=prep) dat ins.
SURNAME_ENDINGS = ("", "а", "у", "а", "ым", "е", "а", "ой", "у", "ы", "ых", "ым", "ыми")


def surname_forms(surname: str) -> list[str]:
    return sorted({surname + e for e in SURNAME_ENDINGS})


def surname_pairs(surnames: Iterable[str] = SURNAMES) -> list[tuple[str, str]]:
    return [(s, f) for s in surnames for f in surname_forms(s) if f != s]


# ---------------------------------------------------------------- different words apart

def prefix_pairs(n: int, prefixes: Iterable[str] = PREFIXES) -> list[tuple[str, str]]:
    """Pairs of distinct dictionary lemmas sharing their first five letters: neighbours in
    alphabetical order within each five-letter group; the first n by SHA-1 of the pair."""
    lemmas = sorted({w for w, _, _ in dictionary_lemmas(prefixes) if len(w) >= 5})
    pairs = [
        (a, b) for a, b in zip(lemmas, lemmas[1:]) if a[:5] == b[:5]
    ]
    pairs.sort(key=lambda p: _key(p[0] + " " + p[1]))
    return pairs[:n]


def separation(pairs: Iterable[tuple[str, str]], scheme: Scheme) -> Rate:
    """Share of pairs whose dictionary forms have disjoint index term sets."""
    rate = Rate()
    for a, b in pairs:
        rate.add(not (scheme.index(a) & scheme.index(b)), (a, b))
    return rate


# ---------------------------------------------------------------- speed

def running_text(seed: str | None = None, repeat: int = 40) -> str:
    """Realistic running text: the seed document repeated (or a built-in paragraph)."""
    return (seed or SAMPLE_TEXT) * repeat


def speed(text: str, analyze: Callable[[str], object] = analyze_terms, runs: int = 7) -> float:
    """Median tokens per second of `analyze` over `text`, cache warmed by one run."""
    n_tokens = len(fast_tokens(text))
    analyze(text)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        analyze(text)
        times.append(time.perf_counter() - t0)
    return n_tokens / statistics.median(times)


SAMPLE_TEXT = """\
О важной роли Ассамблеи народа Казахстана. Состоялся «круглый стол» с участием депутатов
Мажилиса, избранных Ассамблеей народа Казахстана, и Секретариата Ассамблеи народа Казахстана.
Приняли участие депутаты С.Абдрахманов, И.Буларов, Н.Дементьева, Ю.Ли, В. Набиев, Ш.Осин,
А.Хамедов. На заседании обсуждались вопросы взаимодействия и задач в дальнейшей работе,
отмечалась важная роль Ассамблеи народа Казахстана, созданной Первым Президентом Казахстана
Н.А.Назарбаевым как института государства. Новые вызовы XXI века – кризис мировой экономики,
нарастание геополитического противостояния, рост роли этнорелигиозного фактора – требуют
дальнейшего укрепления единства, сплочённости, патриотизма народа Казахстана. Выступая перед
собравшимися, депутат Мажилиса А. Платонов поделился опытом в информационно-аналитической
сфере. Глава государства К.-Ж. Токаев подчеркнул значение программы «Рухани жаңғыру».
"""
