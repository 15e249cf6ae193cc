"""The Russian analyzer: the public face of tokenization and morphology.

Public API:
    normalize(text)            NFC + lowercase + ё -> е (+ typographic hyphens -> '-')
    analyze_terms(text)        index terms of a text, in order (fast path, no Whoosh tokens)
    query_terms(text)          the terms a query for `text` uses (one per position)
    tokens_with_offsets(text)  [(term, start, end)] in index mode, offsets in the original text
    russian_analyzer()         Whoosh analyzer for the morphological fields
    exact_analyzer()           Whoosh analyzer for literal quotes (no morphology, no stop words)

The Whoosh classes below are pickled into the index with the schema: they hold only two
booleans, and their import paths (index.analysis.*) must stay stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import Analyzer, Filter, Token, Tokenizer

from index.arabic_kazakh import arabic_terms, exact_arabic_term
from index.arabic_letters import is_arabic_word
from index.camel_case import camel_words
from index.decades import decade_in_context, decade_searched, other_decade_spelling
from index.given_names import given_name_query, given_name_terms
from index.kazakh_latin import fold_kazakh_latin
from index.kazakh_russian_cases import russian_case_terms
from index.morphology import STOP_WORDS, place_of, plural_noun_stem, query_choice, word_terms
from index.numbered_nouns import numbered_noun_terms
from index.numbers import KAZAKH_UNITS, PERCENT, glued_number, number_expansion, run_expansion
from index.part_abbreviations import WRITTEN_PARTS, part_word
from index.prefixed_words import glued_prefixed
from index.sentences import ends_sentence, sentence_starts, tokens_and_breaks
from index.tokenize import INITIAL, NAME, capitalized_parts, fast_tokens, fold, is_roman_numeral, raw_tokens, token_kind
from index.tokenize import normalize as normalize
from index.web_addresses import host_expansion, is_host
from index.written_abbreviations import BESIDE, ENDING, abbreviation_parts

__all__ = [
    "normalize",
    "analyze_terms",
    "query_terms",
    "tokens_with_offsets",
    "iter_tokens_with_offsets",
    "WRITTEN",
    "sentence_words",
    "PreAnalyzed",
    "pre_analyze",
    "pre_analyze_both",
    "russian_analyzer",
    "exact_analyzer",
    "RussianTokenizer",
    "TermFilter",
]

Expansion = tuple[tuple[int, str], ...]  # (position offset within the token, term)

# Stop words that reverse or take away what follows (не поддержал, без языка, ни одного,
# Kazakh емес). The index keeps them and so do quoted phrases, so a phrase never matches the
# opposite statement ("не поддержал" is not «поддержал», "без языка" not «с языком»); a bare
# query word still drops them, as they occur in nearly every document.
POLARITY_WORDS = frozenset(w for w in ("не", "ни", "без", "емес") if w in STOP_WORDS)
# Stop words that are also Korean surnames, kept when written with a capital: the particle ли never
# begins a sentence, so Ли is the surname (Юрий Ли), never «Знаете ли вы». Ни may open a sentence
# («Ни один…»), but the index keeps ни everywhere (POLARITY_WORDS), so a query's capitalised Ни (Татьяна
# Ни) finds the surname and, at worst, such a sentence, instead of being dropped.
CAPITALISED_NAMES = frozenset(("Ли", "Ни"))


def kept_before_number(word: str, after: str) -> bool:
    """Whether a stop word is kept as a term of its own because a number in digits follows it
    (до 2030, на 2020-2025 годы): the index and quoted phrases keep it, as they keep
    POLARITY_WORDS, so a programme's name «Казахстан-2030» (its parts side by side) is not found
    in «Республики Казахстан до 2030 года», while "Казахстан до 2030 года" still is; a bare query
    word still drops it. Dropped elsewhere, a stop word leaves no gap ("поддержал закон" finds
    «поддержал этот закон»)."""
    return after[:1].isdigit() and "-" not in word


# Positions the index skips where a sentence or paragraph ends (index.sentences):
# a phrase, an abbreviation's full name, or a phrase with ~N (at most index.query.MAX_SLOP) never
# joins the end of one sentence to the start of the next («…нашу республику. Казахстан встретил…»
# is not "Республика Казахстан"). Queries have no gaps (a phrase typed across a sentence end is
# searched sentence by sentence: index.query). An index built before has none either and answers
# as it did, the schema unchanged: a document gets them when it is ingested again (`--force`: all).
SENTENCE_GAP = 10  # no fewer than index.query.MAX_SLOP
# A date in numbers (05.11.2022), one word (index.tokenize._DOTTED): the year is group 1.
_DATE_RE = re.compile(r"[0-3]?\d\.[01]?\d\.((?:1[89]|20)\d\d)")
# Where a dotted word (2.3, 1.1-1.3) splits into its parts; the separators are kept.
_PIECE_RE = re.compile(r"([-.])")
# Case endings written after a number in digits (15-й, 15-го, 15-м, 1990-е, 1990-х, 5-ти): they
# carry no term, as a word's ending carries none, so every case form of «15-я сессия» finds the
# others; so do the Kazakh ordinal's (27-ші, 6-шы, 1-інші, 9-ыншы: «27-ші сессиясы» is «27 сессия»).
# Only these: a word after the hyphen (15-летие, 5-процентный) is a word of its own.
NUMBER_ENDINGS = frozenset(
    "я й е го м х ю и ти ми ью ух ех ой ая ое ые ий ый ое ую ого его ому ему ом ем ым им ых их ыми ими"
    " ші шы інші ыншы нші ншы".split())


@lru_cache(maxsize=200_000)
def _fold_surface(surface: str) -> str:
    return fold(surface)  # surface is already NFC: the tokenizer works on NFC text


def _plural_noun_terms(word: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """маслихатов written lowercase: the term of its noun (маслихат) beside its own."""
    stem = plural_noun_stem(word)
    noun = word_terms(stem)[:1] if stem else ()
    return tuple(t for t in noun if t not in terms)


def _decade_terms(terms: tuple[str, ...], surface: str, before: str, after: str) -> tuple[str, ...]:
    """A number token's `terms` as the words beside it make them (index.decades.decade_in_context): an
    ordinal «30-е заседание» without the 1930s, Kazakh «1990 жылдары» with «90» too."""
    if not surface[:1].isdigit():
        return terms
    drop, add = decade_in_context(_fold_surface(surface), before, after)
    return (*(t for t in terms if t != drop), *((add,) if add and add not in terms else ()))


def _decade_expansion(expansion: Expansion, surface: str, before: str, after: str) -> Expansion:
    """_decade_terms of an expansion: a term added stands at the number's position."""
    terms = _decade_terms(tuple(t for _, t in expansion), surface, before, after)
    if len(terms) == len(expansion):
        return expansion
    return (*(x for x in expansion if x[1] in terms), *((0, t) for t in terms if t not in (x[1] for x in expansion)))


def _searched_decade(expansion: Expansion, surface: str, before: str, after: str) -> Expansion:
    """A query's two-digit decade («30-х») searched by its four digits, which the index holds at the
    decades and not at the ordinals written alike («30-е заседание»; index.decades.decade_searched)."""
    decade = decade_searched(_fold_surface(surface), before, after)
    number = surface.partition("-")[0]
    return tuple((rel, decade if decade and term == number else term) for rel, term in expansion)


def _is_number(part: str) -> bool:
    return part.isdigit() or is_roman_numeral(part)


def _word_terms(word: str, polarity: bool) -> tuple[str, ...]:
    if polarity and word in POLARITY_WORDS:
        return (word,)
    if is_arabic_word(word):  # Kazakh in the Arabic script (index.arabic_kazakh)
        return arabic_terms(word)
    return word_terms(word)


def _exact_term(word: str) -> str:
    return exact_arabic_term(word) if is_arabic_word(word) else fold_kazakh_latin(word)


def _with_abbreviation(abbreviation: str | None, terms: tuple[str, ...], query: bool) -> tuple[str, ...]:
    """An abbreviation written in capitals (index.written_abbreviations) is its own term: a query's
    one, the index's first, the morphology's guesses after it (`terms`)."""
    if abbreviation.startswith(BESIDE):  # written with one capital: the index's term beside
        beside = abbreviation[len(BESIDE):]
        return terms if query or beside in terms else (*terms, beside)
    return (abbreviation,) if query else (abbreviation, *(t for t in terms if t != abbreviation))


@lru_cache(maxsize=400_000)
def expand(word: str, morphology: bool, query: bool, polarity: bool = True, *,
           capitalized: tuple[bool, ...] = (), lowercase: bool = False,
           abbreviated: tuple[str | None, ...] = ()) -> Expansion:
    """Terms of one normalized token with their relative positions.

    A hyphenated compound yields its parts at consecutive positions (so both
    `информационно-аналитической` and the phrase "информационно-аналитической работы" match
    by parts) and, in the index only, the whole compound at the first part's position. Queries
    get exactly one term per position, because Whoosh's phrase and multi-token queries ignore
    token positions and take the terms in order; which term depends on how each part was typed
    (`capitalized`, see capitalized_parts and morphology.query_choice). `polarity`: keep
    POLARITY_WORDS (the index and quoted phrases do; a bare query word does not), and so in a query
    tells a quoted phrase's word from a bare one. `lowercase`:
    the index's word is written in lowercase letters (a noun's plural, not a surname: see
    morphology.plural_noun_stem). `abbreviated`: what index.written_abbreviations.abbreviation_parts
    says of each part as written (an abbreviation in capitals, its case ending).
    """
    if word == PERCENT[0]:
        return ((0, PERCENT[1] if morphology else word),)
    if word[:1].isdigit() or word[:1] == "(":
        date = _DATE_RE.fullmatch(word) if "." in word else None
        if date:  # one word, found by itself or its year: its day and month are no act's number
            return ((0, word),) if query else ((0, word), (0, date.group(1)))
        number = number_expansion(word, query)
        if number is not None:  # 15 000, 45.000.000, 4,9, 2.3: one number (index.numbers)
            return number
        run = run_expansion(word, query)
        if run is not None:  # a phone number or an ИИН in groups (index.numbers)
            return run
    if "." in word and is_host(word):  # a web address's host: by its labels and whole (index.web_addresses)
        return host_expansion(word, query, polarity, lambda piece: tuple(t for _, t in expand(piece, morphology, query)))
    if "." in word:  # digits joined by full stops (index.tokenize._DOTTED)
        pieces = _PIECE_RE.split(word)
        parts, joints = pieces[::2], pieces[1::2]
    else:
        if morphology and "-" in word:  # Алма-Ату, Усть-Каменогорска: the place's name, part by part
            word = place_of(word) or word
        parts, joints = word.split("-"), None
    if len(parts) == 1:
        terms = _word_terms(word, polarity) if morphology else (_exact_term(word),)
        if morphology and not KAZAKH_UNITS.keys().isdisjoint(terms):
            terms = tuple(dict.fromkeys(KAZAKH_UNITS.get(t, t) for t in terms))
        if lowercase and morphology and not query and terms:
            terms = (*terms, *_plural_noun_terms(word, terms))
        elif morphology and not query and terms:  # Шыңжаңа: also Шыңжаң's term
            terms = (*terms, *russian_case_terms(word, terms))
        if morphology and not query and terms:  # Алие, Дариге: also Алия's, Дарига's (index.given_names)
            terms = (*terms, *given_name_terms(word, terms, capitalized=not lowercase))
        elif morphology and query and terms and (name := given_name_query(word, terms, any(capitalized[:1]))):
            terms = (name,)  # `Алия`, `Дана`, `Анны`: the name, which its case forms carry
        if not query and (glued := glued_number(word)):  # «ИИН860303300333» is found by its number
            terms = (*terms, glued)
        own = abbreviated[0] if morphology and abbreviated else None
        if own and not own.startswith(BESIDE):
            return tuple((0, t) for t in _with_abbreviation(own, terms, query))
        if own and not query:
            terms = _with_abbreviation(own, terms, query)
        return tuple((0, t) for t in (query_choice(word, terms, any(capitalized[:1])) if query else terms))
    if morphology and word in STOP_WORDS:  # из-за, из-под
        return ()
    glued = glued_prefixed(parts) if morphology and joints is None else None
    if glued and query:  # `inter-ethnic`: the glued word's term, which «inter-ethnic» and «interethnic» both hold
        return ((0, query_choice(glued, _word_terms(glued, polarity), False)[0]),)
    out: list[tuple[int, str]] = []
    whole: list[str] = []
    first_len = 0
    pos = 0
    function_part = False  # a part that is a stop word: кое-что, во-первых, по-моему
    for i, part in enumerate(parts):
        if morphology and i and part in NUMBER_ENDINGS and _is_number(parts[i - 1]):
            decade = None if query or not out else other_decade_spelling(parts[i - 1], part)
            if decade:  # «90-х» is also «1990-х», «1990-е» also «90-е» (index.decades)
                out.append((pos - 1, decade))
            continue  # 15-й is 15, as 15-я always was (я is a stop word)
        own = abbreviated[i] if morphology and i < len(abbreviated) else None
        if own == ENDING:
            continue  # ҚХА-ның, АНК-ом: the abbreviation's case
        terms = _word_terms(part, polarity) if morphology else (_exact_term(part),)
        if morphology and i and _is_number(parts[i - 1]):  # 5-бабына: бап, not the Russian «баба»
            terms = numbered_noun_terms(part, terms)
            decade = None if query or not out else other_decade_spelling(parts[i - 1], part)
            if decade:  # Kazakh «90-жылдары» is also «1990 жылдары» (index.decades)
                out.append((pos - 1, decade))
        function_part = function_part or (not terms and part.isalpha() and not (i and _is_number(parts[i - 1])))
        if morphology and not query and not lowercase and terms:  # Баян-Өлгия: also Өлгий's
            terms = (*terms, *russian_case_terms(part, terms))
        whole.append(own if own and not own.startswith(BESIDE) else terms[0] if terms else part)
        if own and not (query and own.startswith(BESIDE)):
            terms = _with_abbreviation(own, terms, query)
        elif terms and query:
            terms = query_choice(part, terms, any(capitalized[i : i + 1]))
        if terms:
            out.extend((pos, t) for t in terms)
            if pos == 0:
                first_len = len(terms)
            pos += 1
    whole_term = "-".join(whole) if joints is None else "".join(
        w + j for w, j in zip(whole, [*joints, ""]))
    if not out or query and function_part and joints is None:
        # a query searches a word with a function part by the whole, which the index holds at it: its other part
        # alone is another word (`кое-что`: «Кое-кто», `во-первых`: «Первый вопрос»)
        return ((0, whole_term),)
    if not query and whole_term not in (t for _, t in out):
        out.insert(first_len, (0, whole_term))
    if glued and out:  # at the last part's position, so «inter-ethnic dialogue» is the phrase `interethnic dialogue`
        out.extend((pos - 1, t) for t in _word_terms(glued, polarity) if (pos - 1, t) not in out)
    return tuple(out)


class PreAnalyzed(str):
    """The index-mode analysis of a text (terms and positions), computed ahead in an ingest
    worker process, so the index writers replay it instead of analyzing again. A str subclass,
    because Whoosh hands only strings to a field's analyzer (a tuple would be taken as ready-made
    tokens with consecutive positions, losing ours); an empty one: the record keeps the text and
    the stored fields take it from there, so a record crossing processes copies each text once
    instead of three times."""

    def __new__(cls, terms: tuple[str, ...], positions: tuple[int, ...]) -> "PreAnalyzed":
        obj = super().__new__(cls, "")
        obj.terms = terms
        obj.positions = positions
        return obj

    def __reduce__(self):
        return (PreAnalyzed, (self.terms, self.positions))


def _is_name(surface: str, kind: int) -> bool:
    """A stop word kept as a name: after an initial (Ю.Ли), or a capitalised enclitic (Юрий Ли)."""
    return kind == NAME or surface in CAPITALISED_NAMES


@lru_cache(maxsize=400_000)
def _index_expansion(surface: str, morphology: bool) -> Expansion:
    """expand() of a token as written, in index mode. A CamelCase hashtag (index.camel_case) is its
    words, as the hyphenated word it would be, and, at its first word's position, the glued word's
    own terms too: a query typed in lowercase (деньблагодарности) reads no capitals to split at."""
    split = camel_words(surface)
    glued = expand(_fold_surface(surface), morphology, False, lowercase=surface.islower(),
                   abbreviated=abbreviation_parts(surface))
    if split is None:
        return glued
    words = expand(_fold_surface(split), morphology, False, lowercase=split.islower(),
                   abbreviated=abbreviation_parts(split))
    first = sum(1 for rel, _ in words if rel == 0)
    known = {term for _, term in words}
    return (*words[:first], *((0, t) for _, t in glued if t not in known), *words[first:])


def written_as(surface: str) -> str:
    """The token a query reads for `surface`: a CamelCase hashtag's words hyphenated."""
    return camel_words(surface) or surface


@lru_cache(maxsize=400_000)
def _token_expansion(surface: str, kind: int, morphology: bool) -> Expansion:
    """TermFilter's expansion of one token in index mode (empty: a stop word)."""
    text = _fold_surface(surface)
    if kind == INITIAL:
        return ((0, text),)
    expansion = _index_expansion(surface, morphology)
    if not expansion and _is_name(surface, kind):
        return ((0, text),)
    return expansion


def pre_analyze(text: str, exact: bool = False) -> PreAnalyzed:
    """What the analyzer yields for `text` in index mode (terms and positions), ready to be
    replayed. The same steps as RussianTokenizer | TermFilter, without a Token per term."""
    return _analyzed(tokens_and_breaks(text), not exact)


def pre_analyze_both(text: str) -> tuple[PreAnalyzed, PreAnalyzed]:
    """pre_analyze(text) and pre_analyze(text, exact=True) from one pass over the text's tokens."""
    items = tokens_and_breaks(text)
    return _analyzed(items, True), _analyzed(items, False)


# Per morphology flag, the term of a plain word (no full stop after it, no initial before it, no
# abbreviated part: what its neighbours cannot change) whose one term stands at its own position,
# or its expansion: most of a text's tokens, read with one dict lookup instead of the steps below.
_PLAIN: dict[bool, dict[str, str | Expansion]] = {True: {}, False: {}}
_PLAIN_WORDS = 400_000  # per flag, as the caches of expand: the vocabulary of a large archive


def _analyzed(items: list[tuple[str, str, str]], morphology: bool) -> PreAnalyzed:
    """pre_analyze of the tokens and breaks index.sentences.tokens_and_breaks found."""
    terms: list[str] = []
    positions: list[int] = []
    shift = 0  # stop words dropped leave no gap; a compound takes one position per part
    after_initial = False
    i = -1  # the token's number in the text
    breaks = 0  # items[i + breaks] is the last token
    before = ""
    plain = _PLAIN[morphology]
    known = plain.get
    for n, (surface, dot, gap) in enumerate(items):
        if gap:
            last = items[i + breaks] if i >= 0 else ("", "", "")
            if ends_sentence(last[0], last[1], gap):
                shift += SENTENCE_GAP
            breaks += 1
            continue
        i += 1
        prev = before
        if not (dot or after_initial or surface[:1].isdigit()) and (expansion := known(surface)) is not None:
            before = surface
            if type(expansion) is str:  # most words
                terms.append(expansion)
                positions.append(i + shift)
                continue
        else:
            kind = token_kind(surface, bool(dot), after_initial) if (dot or after_initial) else 0
            after_initial = kind == INITIAL and surface.isupper()
            expansion = _token_expansion(surface, kind, morphology)
            if not kind and expansion and surface not in WRITTEN_PARTS and len(plain) < _PLAIN_WORDS:
                plain[surface] = expansion[0][1] if len(expansion) == 1 and not expansion[0][0] else expansion
            if not expansion and kept_before_number(surface, _next_token(items, n)):
                expansion = ((0, _fold_surface(surface)),)
            part = part_word(surface, before, _next_token(items, n)) if surface in WRITTEN_PARTS else None
            before = surface
            if part:
                expansion += _part_expansion(part, morphology)
            if morphology and surface[:1].isdigit() and expansion:  # «30-е заседание», «1990 жылдары»
                expansion = _decade_expansion(expansion, surface, prev, _next_token(items, n))
            if not expansion:
                shift -= 1
                continue
        for rel, term in expansion:
            terms.append(term)
            positions.append(i + shift + rel)
        if len(expansion) > 1:
            shift += max(r for r, _ in expansion)
    return PreAnalyzed(tuple(terms), tuple(positions))


def _next_token(items: list[tuple[str, str, str]], n: int) -> str:
    """The token after items[n] among index.sentences.tokens_and_breaks' tokens and breaks."""
    for surface, _, gap in items[n + 1:n + 3]:  # a break, then the token
        if not gap:
            return surface
    return ""


def _part_expansion(word: str, morphology: bool) -> Expansion:
    """The terms an abbreviated part («ст.» before its number) carries beside its own: its word's
    (index.part_abbreviations)."""
    return expand(word, morphology, False)


def concatenate(parts: list[PreAnalyzed]) -> PreAnalyzed:
    """The analysis of a text made of `parts` (paragraphs, joined by blank lines) analyzed one by
    one: positions run on from one part to the next, a paragraph's gap between them, as if the
    text had been analyzed whole."""
    terms: list[str] = []
    positions: list[int] = []
    offset = 0
    for n, part in enumerate(parts):
        if n:
            offset += SENTENCE_GAP  # the blank line between paragraphs
        terms.extend(part.terms)
        positions.extend(offset + pos for pos in part.positions)
        if part.positions:
            offset += max(part.positions) + 1
    return PreAnalyzed(tuple(terms), tuple(positions))


class RussianTokenizer(Tokenizer):
    """Words (Cyrillic incl. Kazakh letters, Latin, digits; hyphen compounds kept together),
    normalized. Initials (a letter followed by a dot) and untokenized values are flagged with
    `token.verbatim`: the filter passes them through unchanged."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if isinstance(value, PreAnalyzed):
            t.final = True  # the filter passes replayed terms through
            t.boost = 1.0
            for term, pos in zip(value.terms, value.positions):
                t.text = term
                if positions:
                    t.pos = start_pos + pos
                yield t
            return
        t.final = False
        if not tokenize:
            t.original = t.text = fold_kazakh_latin(normalize(value))
            t.verbatim = True  # wildcard and range texts: no morphology, no stop words
            t.name = False
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        # the index leaves a gap where a sentence ends; a query's phrase is its words in order
        starts = sentence_starts(value) if mode == "index" else []
        gap = k = 0
        tokens = list(raw_tokens(value))
        for i, (surface, kind, start, end) in enumerate(tokens):
            while k < len(starts) and starts[k] <= start:
                gap, k = gap + SENTENCE_GAP, k + 1
            t.surface = surface
            words = written_as(surface)
            t.text = _fold_surface(words)
            t.verbatim = kind == INITIAL  # an initial is kept as it is, never a stop word
            t.name = _is_name(surface, kind)
            t.capitalized = capitalized_parts(words)
            t.lowercase = surface.islower()
            t.abbreviated = abbreviation_parts(words)
            after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            t.before = tokens[i - 1][0] if i else ""
            t.after = after
            t.part = part_word(surface, t.before, after)
            t.before_number = kept_before_number(surface, after)
            t.stopped = False
            t.boost = 1.0
            if keeporiginal:
                t.original = surface
            if positions:
                t.pos = start_pos + i + gap
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t


class TermFilter(Filter):
    """Stop words, morphology and compound expansion; renumbers positions so that dropped
    stop words leave no gaps (as Whoosh's StopFilter does) and compounds take their room."""

    def __init__(self, morphology: bool = True) -> None:
        self.morphology = morphology
        self.is_morph = morphology

    def __call__(self, tokens):
        morphology = self.morphology
        shift = 0
        for t in tokens:
            if t.final:
                yield t
                continue
            # "phrase": a quoted phrase, analyzed as a query but keeping POLARITY_WORDS
            query = t.mode in ("query", "phrase")
            part = getattr(t, "part", None)
            if part and query:  # a quoted «ст. 4» is «статья 4», which the index holds beside «ст.»
                expansion: Expansion = expand(part, morphology, True, capitalized=(False,))
            elif getattr(t, "verbatim", False):
                expansion = ((0, t.text),)
            elif not query and getattr(t, "surface", None):  # as pre_analyze reads it (a CamelCase word too)
                expansion = _index_expansion(t.surface, morphology)
                if not expansion and (t.name or getattr(t, "before_number", False)):
                    expansion = ((0, t.text),)
                if morphology and t.surface[:1].isdigit() and expansion:  # «30-е заседание», «1990 жылдары»
                    expansion = _decade_expansion(expansion, t.surface, t.before, t.after)
            else:
                expansion = expand(t.text, morphology, query, t.mode != "query",
                                   capitalized=t.capitalized if query else (),
                                   lowercase=not query and t.lowercase, abbreviated=getattr(t, "abbreviated", ()))
                if not expansion and (t.name or (t.mode != "query" and getattr(t, "before_number", False))):
                    expansion = ((0, t.text),)  # Юрий Ли (a surname, not the particle ли); до 2030
                if query and morphology and expansion and t.surface[:1].isdigit():  # «30-е годы»: the 1930s only
                    expansion = _searched_decade(expansion, t.surface, t.before, t.after)
            if part and not query:
                expansion += _part_expansion(part, morphology)
            if not expansion:  # a stop word
                if t.removestops:
                    shift -= 1
                else:
                    t.stopped = True
                    yield t
                continue
            base = t.pos if t.positions else 0
            for rel, term in expansion:
                t.text = term
                if t.positions:
                    t.pos = base + shift + rel
                yield t
            shift += max(r for r, _ in expansion)  # a compound takes one position per part


def russian_analyzer() -> Analyzer:
    """The analyzer of the morphological text fields (index and query side)."""
    return RussianTokenizer() | TermFilter(morphology=True)


def exact_analyzer() -> Analyzer:
    """Exact forms for literal quotes: same tokens, NFC, lowercase, ё -> е, Kazakh Latin letters
    as a plain keyboard types them (ó -> o, as ё -> е); no morphology and no stop word removal."""
    return RussianTokenizer() | TermFilter(morphology=False)


@lru_cache(maxsize=400_000)
def _surface_index_terms(surface: str) -> tuple[str, ...]:
    return tuple(t for _, t in _index_expansion(surface, True))


def analyze_terms(text: str) -> list[str]:
    """Index terms of `text` in order; exactly what russian_analyzer() yields in index mode."""
    out: list[str] = []
    extend = out.extend
    after_initial = False
    tokens = fast_tokens(text)
    for n, (surface, dot) in enumerate(tokens):
        kind = token_kind(surface, bool(dot), after_initial) if (dot or after_initial) else 0
        after_initial = kind == INITIAL and surface.isupper()
        if kind == INITIAL:
            out.append(_fold_surface(surface))  # never a stop word
        else:
            terms = _surface_index_terms(surface)
            if not terms and (_is_name(surface, kind) or
                              kept_before_number(surface, tokens[n + 1][0] if n + 1 < len(tokens) else "")):
                terms = (_fold_surface(surface),)
            if surface[:1].isdigit():
                terms = _decade_terms(terms, surface, tokens[n - 1][0] if n else "",
                                      tokens[n + 1][0] if n + 1 < len(tokens) else "")
            extend(terms)
        if surface in WRITTEN_PARTS:
            part = part_word(surface, tokens[n - 1][0] if n else "", tokens[n + 1][0] if n + 1 < len(tokens) else "")
            if part:
                extend(t for _, t in _part_expansion(part, True))
    return out


def query_terms(text: str) -> list[str]:
    """The terms a query for `text` uses, one per position (what the QueryParser sees)."""
    return [t.text for t in russian_analyzer()(text, mode="query")]


@lru_cache(maxsize=400_000)
def _surface_exact_terms(surface: str) -> tuple[str, ...]:
    return tuple(t for _, t in _index_expansion(surface, False))


# Tags a word's exact-form term among its dictionary-form terms (iter_tokens_with_offsets with
# `written`): no term holds it, as the tokenizer splits words at it.
WRITTEN = "="


def iter_tokens_with_offsets(text: str, exact: bool = False, written: bool = False) -> Iterator[tuple[str, int, int]]:
    """Lazily, (term, start, end) for every index term of `text`, as the analyzer yields them
    in index mode; start/end are offsets into `text` itself (also for NFD input). A compound's
    parts and whole carry the span of the whole compound. The highlighter stops early. With
    `written` (and not `exact`), each word's exact-form terms follow its own, tagged WRITTEN: what
    a prefix* read in the exact-form field marks in a search of every form."""
    surface_terms = _surface_exact_terms if exact else _surface_index_terms
    written = written and not exact
    before = ""
    last = None  # each token is read once the next is known (an abbreviated part's number)
    for token in raw_tokens(text):
        if last is not None:
            yield from _with_offsets(last, before, token[0], exact, surface_terms, written)
            before = last[0]
        last = token
    if last is not None:
        yield from _with_offsets(last, before, "", exact, surface_terms, written)


def _with_offsets(token: tuple[str, int, int, int], before: str, after: str, exact: bool, surface_terms,
                  written: bool) -> Iterator[tuple[str, int, int]]:
    surface, kind, start, end = token
    part = part_word(surface, before, after) if surface in WRITTEN_PARTS else None
    for term in _token_terms(surface, kind, surface_terms, written, part, exact, lambda: after, before):
        yield term, start, end


def _token_terms(surface: str, kind: int, surface_terms, written: bool, part: str | None = None,
                 exact: bool = False, after=lambda: "", before: str = "") -> tuple[str, ...]:
    """A word's terms: an initial is itself, a word its terms (`surface_terms`: every form or
    the exact ones), a name no dictionary knows itself, a stop word before a number (`after`:
    what gives the next word) itself; an abbreviated part before its number also its word's (`part`); with
    `written`, its exact-form terms follow, tagged WRITTEN."""
    if kind == INITIAL:
        terms = (_fold_surface(surface),)
    else:
        terms = surface_terms(surface)
        if not terms and (_is_name(surface, kind) or kept_before_number(surface, after())):
            terms = (_fold_surface(surface),)
        if not exact and surface[:1].isdigit():
            terms = _decade_terms(terms, surface, before, after())
    if part:
        terms += tuple(t for _, t in _part_expansion(part, not exact))
    if written:
        terms += tuple(WRITTEN + term for term in (terms if kind == INITIAL else _surface_exact_terms(surface)))
    return terms


def sentence_words(text: str, exact: bool = False, written: bool = False,
                   among: set[str] | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
    """Each word of `text` as iter_tokens_with_offsets gives its terms (`exact`, `written` the
    same), in order, with its number and its sentence's instead of its offsets (in half the
    time), for telling how closely a query's words meet: (word, sentence, terms); with `among`,
    only the words with one of those terms."""
    surface_terms = _surface_exact_terms if exact else _surface_index_terms
    written = written and not exact
    elsewhere = among.isdisjoint if among is not None else None
    out: list[tuple[int, int, tuple[str, ...]]] = []
    after_initial = False
    word = -1
    sentence = 0
    before = before_dot = ""
    items = tokens_and_breaks(text)
    for n, (surface, dot, gap) in enumerate(items):
        if gap:
            sentence += ends_sentence(before, before_dot, gap)
            continue
        part = part_word(surface, before, _next_token(items, n)) if surface in WRITTEN_PARTS else None
        prev, before, before_dot = before, surface, dot
        kind = token_kind(surface, bool(dot), after_initial) if (dot or after_initial) else 0
        after_initial = kind == INITIAL and surface.isupper()
        terms = _token_terms(surface, kind, surface_terms, written, part, exact, lambda: _next_token(items, n), prev)
        if terms:
            word += 1
            if elsewhere is None or not elsewhere(terms):
                out.append((word, sentence, terms))
    return out


def tokens_with_offsets(text: str, exact: bool = False) -> list[tuple[str, int, int]]:
    """Every (term, start, end) of `text`: see iter_tokens_with_offsets."""
    return list(iter_tokens_with_offsets(text, exact))
