"""The words of a person's post, shared by ingest (which names a post's holder: «…», — сказал
Председатель Сената.) and the citation (which reads that attribution as naming him).

    TITLES                 Russian titles a name may follow (lemmas): президент, аким, председатель…
    KAZAKH_POST_HEADS      a Kazakh post's possessed head and the Russian title it is: төрағасы -> председатель
    KAZAKH_ADJECTIVE_POSTS a Kazakh adjective and bare head as the Russian post: Мемлекеттік хатшы
    russian_title(word, nominative=False) -> str | None   the title a word is (its lemma)
    modifier(word, nominative=False) -> str | None        an adjective a post may start with (Государственный секретарь)
    post_alone(who) -> bool  an attribution that is a speech verb and a post, with no name
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.morphology import is_dictionary, parses

# the titles written capitalised before a name (Президент К.К. Токаев, Аким Е. Досаев): lemmas
TITLES = frozenset(
    """президент вице-президент премьер-министр премьер министр вице-министр аким председатель
    депутат сенатор спикер посол губернатор мэр глава директор ректор секретарь госсекретарь генсек
    заместитель советник руководитель начальник уполномоченный омбудсмен прокурор судья генерал
    муфтий имам митрополит архиепископ епископ патриарх король королева принц канцлер
    владыка протоиерей иерей священник архимандрит игумен диакон настоятель кардинал раввин пастор ксендз шейх""".split()
)
# a Kazakh post's head, possessed by its body («Сенат Төрағасы», «облыс әкімі»), as the Russian title it is
KAZAKH_POST_HEADS = {"төрағасы": "председатель", "әкімі": "аким", "министрі": "министр", "басшысы": "руководитель",
                     "директоры": "директор", "ректоры": "ректор", "хатшысы": "секретарь", "бастығы": "начальник",
                     "орынбасары": "заместитель", "төрайымы": "председатель"}
# a Kazakh post of an adjective and a bare head («Мемлекеттік хатшы»), as the Russian post's adjective and title
KAZAKH_ADJECTIVE_POSTS = {("мемлекеттік", "хатшы"): ("государственный", "секретарь")}
MAX_BODY = 6  # a post's body: «министр культуры и информации Республики Казахстан»
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_INITIAL = re.compile(r"(?<!\w)\w\.")  # «М. Ашимбаев»: a name, not a post alone


@lru_cache(maxsize=20_000)
def russian_title(word: str, nominative: bool = False) -> str | None:
    """The title `word` is (its lemma: Председателя -> председатель), in the nominative singular when
    `nominative`; None for any other word."""
    for p in parses(word.lower()):
        if is_dictionary(p) and p.tag.POS == "NOUN" and p.normal_form in TITLES and (
                not nominative or (p.tag.case == "nomn" and p.tag.number == "sing")):
            return p.normal_form
    return None


@lru_cache(maxsize=20_000)
def modifier(word: str, nominative: bool = False) -> str | None:
    """The lemma of an adjective that may open a post before its title («Государственный секретарь»,
    «Первый заместитель»), in the nominative singular when `nominative`; None for any other word."""
    for p in parses(word.lower()):
        if is_dictionary(p) and p.tag.POS == "ADJF" and (
                not nominative or (p.tag.case == "nomn" and p.tag.number == "sing")):
            return p.normal_form
    return None


def post_alone(who: str) -> bool:
    """Whether the attribution `who` («сказал Председатель Сената.», «деді Сенат Төрағасы.», «атап
    өтті облыс әкімі») is a verb and one post in the nominative, no name: ingest names the post's
    holder as its speaker only so."""
    if _INITIAL.search(who):
        return False
    words = [w.lower().replace("ё", "е") for w in _WORD.findall(who)]
    if words[:1] == ["атап"]:
        words = words[1:]  # «атап өтті»: one verb
    post = words[1:]
    if not 1 <= len(post) <= MAX_BODY + 1:
        return False
    return post[-1] in KAZAKH_POST_HEADS or tuple(post) in KAZAKH_ADJECTIVE_POSTS or russian_title(post[0], nominative=True) is not None or (
        len(post) > 1 and modifier(post[0], nominative=True) is not None
        and russian_title(post[1], nominative=True) is not None)  # «— отметил Государственный секретарь»

