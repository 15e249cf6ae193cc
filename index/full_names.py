"""A given name typed in full beside a surname (`Нурсултан Назарбаев`, `Касым-Жомарт Токаев`,
`Нурсултан Абишевич Назарбаев`, `Сейтказина Гульнара`) is read as typed initials are
(index.query.optional_initials) when the persons or speakers facets know that person.

The archive nearly always writes «Н.А.Назарбаев», «К.К.Токаеву», «Г.Сейтказина»: with the given
name a required word, `Нурсултан Назарбаев` found one document of the ten `Н.А. Назарбаев` finds.
Read as initials, the surname is required, in any form, and the documents naming the person by
name or by initials next to the surname (in either order: «Назарбаев Н.А.») rank first and are
marked. When the facets know another person with that surname and other initials (Н. Ким and
Р. Ким), the surname alone is not enough: the given name, or its initial next to the surname, must
be there too. A surname that is also a function word the index keeps (Ни: the particle ни; Нам:
the pronoun мы) is found only next to the given name or its initials: alone it is in nearly every
document. Only words that can be given names are read so: one the Russian dictionary reads
as a name or a patronymic, or one it does not know (Касым, Жомарт), whose initials are the
person's first ones in order; `Алматы Ли` and `Назарбаевым Асамблея` stay two required words.
"""
from __future__ import annotations

import re
from typing import Protocol

from index.analysis import pre_analyze, query_terms
from index.latin_names import latin_as_cyrillic
from index.morphology import is_russian_word, kazakh_as_russian, parses
from index.quoted_phrases import change_outside_quotes
from index.tokenize import OPERATOR_WORDS

class NamesNamed(Protocol):
    """The facet values (persons and speakers) a typed name names (index.name_match.NameIndex.matching),
    and every name held of them, the spellings folded into each (NameIndex.spellings)."""

    def __call__(self, typed: str) -> list[str]: ...

    def spellings(self, typed: str) -> list[str]: ...

_NAME_WORD_RE = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})*")
_EDGE_PUNCTUATION = ".,;:!…«»'’"
# a facet's name: initials and a surname (Н.А. Назарбаев, Г. Сейтказина, А. Ли)
_WRITTEN_NAME_RE = re.compile(r"((?:[^\W\d_]\.\s?){1,3})\s*([^\W\d_]{2,}(?:-[^\W\d_]+)*)")
MAX_GIVEN_WORDS = 2  # a given name and a patronymic
# Parts of speech of a function word (pronoun, particle, conjunction, preposition, interjection)
_FUNCTION_WORD_POS = frozenset(("NPRO", "PRCL", "CONJ", "PREP", "INTJ"))
# The name as typed counts twice an initials' match: the one document writing «Нурсултан Абишевич
# Назарбаев» ranked sixth of ten below «Н.А.Назарбаев», each an equal match of the surname.
TYPED_NAME_BOOST = 2


def _may_be_given_name(word: str) -> bool:
    """Whether `word` can be a given name or a patronymic: the dictionary reads it so (Нурсултан,
    Абишевич), or does not know it (Касым, Жомарт: Kazakh names it lacks). Of a hyphenated name
    (Касым-Жомарт), its first part."""
    first = word.split("-")[0].lower().replace("ё", "е")
    if not is_russian_word(first):
        return True
    return any({"Name", "Patr"} & p.tag.grammemes for p in parses(first))


def _word(chunk: str) -> str | None:
    """The name word a chunk of the query is (punctuation around it dropped), or None."""
    word = chunk.strip(_EDGE_PUNCTUATION)
    if word in OPERATOR_WORDS or not _NAME_WORD_RE.fullmatch(word):
        return None
    return word


def _reading(given: list[str], surname: str, names_named: NamesNamed) -> str | None:
    """The query text standing for `given` + `surname` when the facets know that person, else None."""
    folded = [w.casefold() for w in given + [surname]]
    if len(set(folded)) < len(folded) or not all(map(_may_be_given_name, given)):
        return None
    by_surname = names_named(surname)
    # the surname alone names the person (a lone given name names no one), and the given names are
    # the person's first initials in their order: `Асамблея Назарбаевым` is no А. of Н.А. Назарбаев
    named = [v for v in names_named(" ".join(given + [surname]))
             if v in by_surname and _initials_begin_with(v, [_initial(w) for w in given])]
    if not named:
        return None
    typed = f'("{" ".join(given + [surname])}"~2)^{TYPED_NAME_BOOST}'  # its words near each other
    # the person as the facets write him, initials before or after the surname: one alternative
    # matches each place (their scores add up: «Н. Назарбаев»~2 beside «Н.А. Назарбаев» ranked
    # the initials above the name as typed)
    written = [_initials_and_surname(value) for value in named]
    written = [w for w in written if w]
    ranked = " OR ".join([typed] + [f'"{i} {s}" OR "{s} {i}"' for i, s in dict.fromkeys(written)])
    initials = " ".join(f"{i.upper()}." for i in dict.fromkeys(map(_initial, given)))
    if is_function_word(surname):  # the surname alone is «ни»/«нам» anywhere: only the name by it
        near = f'"{surname} {given[0]}"~2 OR "{initials} {surname}"~2 OR "{surname} {initials}"~2'
        return f"({ranked} OR {near})"
    others = [v for v in by_surname if v not in named and _initials_and_surname(v)]
    if others:  # the surname names someone else too: the given name or its initial must be by it
        return f"(({surname} ANDMAYBE ({ranked})) AND ({given[0]} OR \"{initials} {surname}\"~2))"
    return f"({surname} ANDMAYBE ({ranked}))"


def is_function_word(surname: str) -> bool:
    """Whether the index holds the surname's term for a lowercase function word too (Ни: the
    particle ни; Нам: the pronoun мы), not only for the surname (Ли: the particle ли is dropped)."""
    lower = surname.lower()
    if not any(p.tag.POS in _FUNCTION_WORD_POS for p in parses(lower.replace("ё", "е"))):
        return False
    return bool(set(pre_analyze(lower).terms) & set(query_terms(surname)))


def _initial(word: str) -> str:
    """The initial a given name stands for, as a Russian letter (Қасым: к, Yerlan: е)."""
    return kazakh_as_russian((latin_as_cyrillic(word) or word)[0].lower())


def _initials_begin_with(value: str, initials: list[str]) -> bool:
    """Whether a facet value's initials begin with `initials` (one written without initials, a
    name in full, has matched the typed words as its own parts)."""
    written = _initials_and_surname(value)
    if written is None:
        return True
    letters = [kazakh_as_russian(i.lower()) for i in written[0].split(".") if i]
    return letters[:len(initials)] == initials


def _initials_and_surname(value: str) -> tuple[str, str] | None:
    """(`Н.А.`, `Назарбаев`) of a facet value written with initials before one surname, else None."""
    m = _WRITTEN_NAME_RE.fullmatch(value)
    return (m.group(1).replace(" ", ""), m.group(2)) if m else None


def given_names_as_initials(text: str, names_named: NamesNamed) -> str:
    """`text` with each given name (and patronymic) typed before a surname outside quotes, that the
    facets know as one person, read as initials are (see the module's doc): `Нурсултан Назарбаев`
    becomes `(Назарбаев ANDMAYBE (("Нурсултан Назарбаев"~2)^2 OR "Н.А. Назарбаев" OR "Назарбаев
    Н.А."))`. Words joined to an operator (OR, NOT) or a sign (-, +) stay as typed."""
    return change_outside_quotes(text, lambda part: _rewrite_part(part, names_named))


def _rewrite_part(text: str, names_named: NamesNamed) -> str:
    chunks = list(re.finditer(r"\S+", text))
    out: list[str] = []
    start = 0
    for first, end, reading in _full_names([c.group(0) for c in chunks], names_named):
        out += [text[start:chunks[first].start()], reading]
        start = chunks[end - 1].end()
    out.append(text[start:])
    return "".join(out)


def _full_names(chunks: list[str], names_named: NamesNamed):
    """(first, end, reading) of each run chunks[first:end] that is a given name (and patronymic)
    and a surname, in either order, the facets know as one person, left to right, the longest first."""
    words = [_word(c) for c in chunks]
    i = 0
    while i < len(chunks):
        for size in range(MAX_GIVEN_WORDS + 1, 1, -1):
            end = i + size
            span = words[i:end]
            beside = [chunks[j] for j in (i - 1, end) if 0 <= j < len(chunks)]
            if len(span) < size or None in span or any(b in OPERATOR_WORDS for b in beside):
                continue
            # the given name first, or the surname (lists write «Сейтказина Гульнара Ахметовна»)
            reading = _reading(span[:-1], span[-1], names_named) or _reading(span[1:], span[0], names_named)
            if reading:
                yield i, end, reading
                i = end
                break
        else:
            i += 1


def joined_full_names(words: list[str], names_named: NamesNamed) -> list[str]:
    """A query's plain words (index.query.plain_words) with each full name the facets know as one
    word: a partial match looks for `Нурсултан Назарбаев` as the name it is, not for «Нурсултан»
    alone, which every document writing «Н.А.Назарбаев» was said to lack."""
    out: list[str] = []
    done = 0
    for first, end, _ in _full_names(words, names_named):
        out += words[done:first] + [" ".join(words[first:end])]
        done = end
    return out + words[done:]
