"""Text normalisation shared by all parsers: NFC, control characters, whitespace, paragraphs,
hyphenation at line ends, title and dateline guesses."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection
from functools import lru_cache
from itertools import filterfalse, islice
from operator import itemgetter

from index.arabic_letters import ARABIC_FORM_RE, fold_arabic_forms
from index.morphology import morph
from index.tokenize import INVISIBLE, LIGATURES, cyrillic_twins

from .archive_shelfmarks import is_shelfmark
from .community_months import COMMUNITY_MONTHS, GERMAN_MONTHS, TURKIC_YEAR_WORD
from .kazakh_bodies import continues_body, ends_in_genitive, names_part_of_body
from .legal_forms import name_with_legal_form
from .letter_spacing import join_letter_spacing
from .note_marks import without_note_marks
from .list_lines import CAPITALS as _CAPITALS
from .list_lines import goes_on_item, starts_list_item
from .ocr_dates import date_figures_read
from .ocr_letters import fix_ocr_letters
from .part_labels import PART_WORD, part_label, part_label_closing
from .post_lines import has_words, is_copied_message_header, is_tag_line, without_audience_dot
from .registration_labels import opens_registration_line
from .turn_lines import is_transcript, starts_turn
from .verse_lines import OPENS_SENTENCE, cuts_sentence, is_stanza, prose_column, stanza_text, verse_end
from .wrapped_names import wrapped_units

# Control characters that stand for text and glued words together when dropped: Word's manual
# line break (VT) and non-breaking hyphen (0x1E), NEL and the Unicode line separator are line
# breaks; a form feed (a page break in text exports) and the paragraph separator end a paragraph.
_TEXT_CONTROLS = {"\x0b": "\n", "\x85": "\n", "\u2028": "\n", "\x0c": "\n\n", "\u2029": "\n\n", "\x1e": "-"}
_TEXT_CONTROL = re.compile("[" + "".join(_TEXT_CONTROLS) + "]")
# Characters dropped outright: the other control characters (Word's optional hyphen 0x1F among
# them), zero-width and bidi marks, BOM (one regex pass: much cheaper than str.translate with a
# dict on a non-ASCII text). Soft hyphens go too, except at a line end, where they mark a word
# split for the line (join_lines joins it).
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1d\x1f\x7f-\x84\x86-\x9f" + INVISIBLE + "]")
_SOFT_HYPHEN = re.compile(r"\u00ad(?![ \t]*\n)")
# ﬁ ﬂ ﬀ ﬃ as typesetting programs write them: «ofﬁcial» is the word «official» (index.tokenize)
_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")
# digits written as superscripts: a footnote mark (<sup>1</sup>, a raised small «1» in a PDF)
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
_SPACE_CHARS = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_OTHER_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # _SPACE_CHARS but " "
# A column gap between two figures (a tab, or two spaces or more: a txt table's cells, a PDF row's
# cells, see pdf._rows) stays one tab: made one space, «120 500⇥135 250» read as one figure
# 120500135250 (index.numbers joins groups across one space only). Elsewhere a gap is one space.
COLUMN_GAP = "\t"
_SPACES = re.compile(rf"(?<=\d)(?P<gap>{_SPACE_CHARS}{{2,}}|\t)(?=\d)|{_SPACE_CHARS}+")
_GAP_BETWEEN_DIGITS = re.compile(r"\d {2,}\d")


def _one_space(m: re.Match) -> str:
    return COLUMN_GAP if m.group("gap") else " "


def clean_text(text: str) -> str:
    """NFC (never NFKD: it would split й and ё), newlines unified, line and page breaks and
    hyphens written as control characters made plain, other control and invisible characters
    dropped, ligatures (ﬁ) spelled out, Arabic presentation forms made letters, footnote marks taken off words,
    letter-spaced words («П Р О Т О К О Л») joined. Tabs, newlines and
    leading indentation are kept for paragraphing."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TEXT_CONTROL.sub(lambda m: _TEXT_CONTROLS[m.group()], text)  # as cheap as a search when none
    text = _DROPPED.sub("", text)
    text = _SOFT_HYPHEN.sub("", text)
    text = _LIGATURE.sub(lambda m: LIGATURES[m.group()], text)
    if ARABIC_FORM_RE.search(text):  # a PDF's Arabic letters in the shapes they are drawn in
        text = fold_arabic_forms(text)
    text = without_note_marks(text)
    text = unicodedata.normalize("NFC", text)
    text = fix_ocr_letters(text)
    text = join_letter_spacing(text)
    if "- " in text:
        text = join_inline_hyphens(text)
    return text


# A typewriter's rule: a line of dashes, underscores, equals signs, asterisks or tildes (* * * too)
# and a drawn table's border (box drawing, «+----+----+», markdown's «|---|:---|»)
_RULE_CHARS = "-_=*~+|:\u2500-\u257f"
_RULE_START = re.compile(rf"[{_RULE_CHARS}]")
_RULE_LINE = re.compile(rf"[{_RULE_CHARS}](?:[ \t]*[{_RULE_CHARS}]){{2,}}")


def is_rule_line(line: str) -> bool:
    """A rule line separates paragraphs and is no text: a heading between two rules was titled
    with the dashes, a rule stood as a passage. Most lines are told by their first character."""
    line = line.strip()
    return bool(line) and _RULE_START.match(line) is not None and _RULE_LINE.fullmatch(line) is not None


def normalize_inline(text: str) -> str:
    """One line or paragraph: runs of spaces (NBSP and other Unicode spaces included) become one
    space, ends trimmed; a column gap between two figures becomes one tab (COLUMN_GAP)."""
    if _OTHER_SPACES.search(text):
        return _SPACES.sub(_one_space, text).strip()
    # Plain spaces only (the usual case): the regex, which replaces every single space, costs
    # several times what str methods do.
    if "  " in text:
        if _GAP_BETWEEN_DIGITS.search(text):
            return _SPACES.sub(_one_space, text).strip()
        text = " ".join(filter(None, text.split(" ")))
    return text.strip()


# --- hyphenation -----------------------------------------------------------------------------
_HYPHENS = "-\u2010\u00ad"
_TRAILING_HYPHEN = re.compile(r"([^\W_]+)[-\u2010\u00ad]$")
_LEADING_WORD = re.compile(r"^([^\W_]+)")
_RUSSIAN_WORD = re.compile(r"[а-яё]+")
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Parts that make a compound with any real word on their other side (скажи-ка, вице-министр);
# joined forms the dictionary knows (наука, эксперт, полностью) are decided before these.
_PARTICLES_AFTER = frozenset({"то", "либо", "нибудь", "ка", "таки", "де"})
_PREFIXES_BEFORE = frozenset({"кое", "экс", "вице", "пол", "обер", "лейб", "штаб", "унтер"})
_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn")
# Kazakh has no dictionary here: two adjectives paired (ақпараттық-насихаттық, қоғамдық-саяси)
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]")
_KAZAKH_ADJECTIVE = re.compile(r"(?:[лдт][ыі]қ|[лдт]ік|[лдт][ыі]к|и)$")
# Neither Kazakh nor Russian hyphenation moves a vowel to the next line away from the consonant
# before it (а-қыл, not ақ-ыл), nor splits two native vowels: a Kazakh right part that starts with
# one is a word of its own (ата-ана, ақыл-ой, сондай-ақ). у, и, ю, я also stand for consonants.
_KAZAKH_VOWEL_START = re.compile(r"[аәеоөұүыіэ]")
# A document is Kazakh when this share of its Cyrillic words has a Kazakh-only letter (about half
# do in Kazakh prose, a name or two in Russian): its words without one (ата-ана) are Kazakh too.
KAZAKH_WORD_SHARE = 0.2
MIN_KAZAKH_RIGHT_WORD = 4
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_INLINE_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # a word inside a line, hyphenated ones whole
# a word split at a line end: the very pieces being decided, no evidence of how the document writes
_SPLIT_AT_LINE_END = re.compile(r"[^\W_]+[-\u2010\u00ad][ \t]*\n[ \t]*[^\W_]+")


@lru_cache(maxsize=1)
def _morph():
    # the index's analyzer, not one of its own: a second copy of the dictionaries cost every parser
    # process about 40 ms of CPU and 15 MB, where this one is loaded once before the parsers fork
    try:
        return morph()  # only decides compounds split at their own hyphen
    except Exception:  # pragma: no cover - pymorphy3 missing or its dictionaries broken
        return None


class DocumentSpelling:
    """How one document writes its words inside lines: evidence for a word split at a line end
    that neither the dictionary nor the rules decide (Kazakh has no dictionary here). The
    document writing іс-шараны mid-line keeps іс- + шаралар whole with its hyphen; one writing
    Ержан joins Ер- + жан. Words are indexed on first use only."""

    def __init__(self, text: str):
        self._text = text
        self._hyphenated: list[str] | None = None
        self._plain: list[str] = []
        self._kazakh: bool | None = None

    def _index(self) -> None:
        words = set(_INLINE_WORD.findall(_SPLIT_AT_LINE_END.sub(" ", self._text.lower())))
        self._hyphenated = sorted(w for w in words if "-" in w)
        self._plain = sorted(w for w in words if "-" not in w)

    def has_word(self, word: str) -> bool:
        """The document writes `word` on its own somewhere inside a line."""
        if self._hyphenated is None:
            self._index()
        i = bisect_left(self._plain, word)
        return i < len(self._plain) and self._plain[i] == word

    @property
    def is_kazakh(self) -> bool:
        """Most of the document is Kazakh (see KAZAKH_WORD_SHARE)."""
        if self._kazakh is None:
            if self._hyphenated is None:
                self._index()
            cyrillic = [w for w in self._plain if _CYRILLIC_WORD.fullmatch(w)]
            kazakh = sum(1 for w in cyrillic if _KAZAKH_LETTERS.search(w))
            self._kazakh = bool(cyrillic) and kazakh >= KAZAKH_WORD_SHARE * len(cyrillic)
        return self._kazakh

    def writes_word_starting(self, prefix: str) -> bool:
        """The document writes a word starting with the lowercase `prefix` somewhere inside a line."""
        if self._hyphenated is None:
            self._index()
        return _has_prefix(self._plain, prefix)

    def verdict(self, left: str, right: str) -> bool | None:
        """True if the document writes the word with its hyphen, False if joined, None if
        neither or both. Inflected forms count: the first letters of the right part must agree."""
        if self._hyphenated is None:
            self._index()
        left, right = left.lower(), right.lower()
        stem = right[:4]
        hyphenated = _has_prefix(self._hyphenated, f"{left}-{stem}")
        joined = _has_prefix(self._plain, left + stem)
        if hyphenated == joined:
            return None
        return hyphenated



def _has_prefix(words: list[str], prefix: str) -> bool:
    i = bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


def _keep_hyphen(left: str, right: str, spelling: DocumentSpelling | None = None) -> bool:
    """Whether ``left-`` + ``right`` at a line break is a real hyphenated compound
    (``информационно-`` + ``аналитической``) rather than a word split for the line
    (``информа-`` + ``ционной``): the dictionary first, then the document's own spelling,
    then what the parts look like."""
    verdict = _dictionary_verdict(left, right)
    if verdict is None and spelling is not None:
        verdict = spelling.verdict(left, right)
    if verdict is None and _is_kazakh(left, right, spelling):
        verdict = _kazakh_compound(left, right, spelling)
    if verdict is None:
        verdict = _looks_like_compound(left, right)
    return verdict


def _is_kazakh(left: str, right: str, spelling: DocumentSpelling | None) -> bool:
    """A Kazakh word: a Kazakh-only letter in it, or Cyrillic in a Kazakh document (ата-ана)."""
    word = (left + right).lower()
    if _KAZAKH_LETTERS.search(word):
        return True
    return spelling is not None and bool(_CYRILLIC_WORD.fullmatch(word)) and spelling.is_kazakh


def _kazakh_compound(left: str, right: str, spelling: DocumentSpelling | None) -> bool:
    """Whether a Kazakh word split at a line end is a compound, with no dictionary and no other
    spelling of it in the document: two words of their own make one (ата-ана, іс-шара where the
    document writes іс and шара alone), a syllable split for the line does not (мәде-ниет, Қазақ-стан)."""
    lo_left, lo_right = left.lower(), right.lower()
    if _kazakh_pieces_are_words(lo_left, lo_right):
        return True
    # a right piece shorter than MIN_KAZAKH_RIGHT_WORD is as often a suffix that is a word too
    # (келісім-мен, Қарағанды-да)
    return (spelling is not None and len(lo_right) >= MIN_KAZAKH_RIGHT_WORD
            and spelling.has_word(lo_left) and spelling.has_word(lo_right))


@lru_cache(maxsize=20000)
def _kazakh_pieces_are_words(lo_left: str, lo_right: str) -> bool:
    """What the pieces alone say: two adjectives paired (ақпараттық-насихаттық), or a right piece
    starting with a vowel, where no line split puts one (ақыл-ой, ата-ана, әлеуметтік-экономикалық)."""
    if bool(_KAZAKH_VOWEL_START.match(lo_right)):
        return True
    return (len(lo_left) >= 4 and len(lo_right) >= 4
            and bool(_KAZAKH_ADJECTIVE.search(lo_left)) and bool(_KAZAKH_ADJECTIVE.search(lo_right)))


@lru_cache(maxsize=20000)
def _dictionary_verdict(left: str, right: str) -> bool | None:
    """Keep (True), join (False), or None when the dictionary and the sure rules cannot tell."""
    if not right[:1].islower():
        return True  # Казахстан-2050, Алма-Ата, НДП-Нур, 2019-2020
    if any(ch.isdigit() for ch in left) or (_ROMAN_NUMERAL.fullmatch(left) and _CYRILLIC.match(right)):
        return True  # 1990-х, XXI-го: numbers are not split for a line
    lo_left, lo_right = left.lower(), right.lower()
    morph = _morph()
    if morph is None or not _RUSSIAN_WORD.fullmatch(lo_left + lo_right):
        return None
    if _correct_compound(f"{lo_left}-{lo_right}"):
        return True  # кое-что, из-за, по-моему, во-первых, северо-западный
    if morph.word_is_known(lo_left + lo_right):
        return False  # по-литике, во-просы, нау-ка, экс-перт: a word split after a syllable
    if lo_right in _PARTICLES_AFTER:
        return morph.word_is_known(lo_left)  # скажи-ка
    if lo_left in _PREFIXES_BEFORE:
        return morph.word_is_known(lo_right)  # вице-министр, экс-аким
    if lo_left == "по" and lo_right.endswith(("ски", "цки", "ому", "ему")):
        return True  # по-казахски, по-деловому
    return None


@lru_cache(maxsize=20000)
def _looks_like_compound(left: str, right: str) -> bool:
    """Without the dictionary's word or the document's: two real words, neither a name, make a
    compound (онлайн-конференция); a capitalized left part is a name split for the line
    (Ер-жан, Тока-ева, Бол-ат) unless it ends in a compound's linking vowel (Медиа-центр)."""
    lo_left, lo_right = left.lower(), right.lower()
    if _KAZAKH_LETTERS.search(lo_left + lo_right):
        return _kazakh_pieces_are_words(lo_left, lo_right)  # no document to ask
    morph = _morph()
    if morph is None or not _RUSSIAN_WORD.fullmatch(lo_left + lo_right):
        return False
    if len(lo_left) < 3 or len(lo_right) < 3:
        return False
    if left[:1].isupper() and lo_left[-1] not in "аеио":
        return False
    return _common_word(lo_left) and _common_word(lo_right)


def dictionary_knows(word: str) -> bool:
    """The Russian dictionary knows the lowercase `word` (False without the dictionary)."""
    morph = _morph()
    return morph is not None and morph.word_is_known(word)


# A word split by a hyphen and a space inside a line: an OCR engine that joined the lines of
# «Ассам-» / «блея» kept what stood between them. Only a lowercase right part: «Алматы- столица»
# is a dash.
_INLINE_SPLIT = re.compile(r"([^\W\d_]+)-[ \t]+([^\W\d_]+)")
# a hanging hyphen: «северо- и юго-западный», «двух- или трёхэтажный» keep theirs
_HANGING_HYPHEN_BEFORE = frozenset({"и", "или", "либо", "а", "да", "ни"})


def join_inline_hyphens(line: str) -> str:
    """`line` with each word split by «- » inside it joined where the dictionary says the halves
    are one word split after a syllable, as at a line end (_dictionary_verdict): «Ассам- блея» ->
    «Ассамблея»; «северо- и юго-западный», «Казахстан- 2050», «кое- что» stay."""
    return _INLINE_SPLIT.sub(_join_split, line)


def _join_split(m: re.Match) -> str:
    left, right = m.group(1), m.group(2)
    if not right[:1].islower() or right in _HANGING_HYPHEN_BEFORE:
        return m.group()
    # Latin look-alikes read as Cyrillic for the dictionary; the text keeps its letters
    if _dictionary_verdict(cyrillic_twins(left), cyrillic_twins(right)) is False:
        return left + right
    return m.group()


def _correct_compound(word: str) -> bool:
    """A hyphenated word the dictionary knows as correct: it also lists misspellings such as
    этно-культурных and видео-роликов, tagged Erro, whose correct form is joined."""
    morph = _morph()
    return morph.word_is_known(word) and any("Erro" not in p.tag for p in morph.parse(word) if p.is_known)


def _common_word(word: str) -> bool:
    """A dictionary word whose likeliest reading is not a proper name (ева, жан are names)."""
    morph = _morph()
    if not morph.word_is_known(word):
        return False
    return not any(tag in morph.parse(word)[0].tag for tag in _PROPER)


def join_lines(lines: list[str], spelling: DocumentSpelling | None = None) -> str:
    """Join the lines of one paragraph with spaces, undoing hyphenation at line ends. ``spelling``:
    the whole document's words, which decide splits the dictionary does not know."""
    pieces: list[str] = []  # joined once at the end: a hard-wrapped file is one long paragraph
    for raw in lines:
        line = normalize_inline(raw)
        if not line:
            continue
        if not pieces:
            pieces.append(line)
            continue
        tail = _joined_tail(pieces)
        m = _TRAILING_HYPHEN.search(tail)
        n = _LEADING_WORD.match(line)
        if m and n:
            soft = tail.endswith("\u00ad")
            pieces[-1] = pieces[-1][:-1]
            if soft or not _keep_hyphen(m.group(1), n.group(1), spelling):
                pieces.append(line)
            else:
                pieces.append("-" + line)
        else:
            pieces.append(" " + line)
    text = "".join(pieces).replace("\u00ad", "")
    return _space_splits_joined(text, spelling) if spelling is not None else text


# Two pieces of one Russian word set apart by a space, as OCR reads a wide gap between letters
# («Ассамб леи», «Ассамб лее»): a first piece of three letters or more, a small-letter second piece.
# The lookahead leaves the second piece to open the next pair.
_SPACE_SPLIT = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]{2,}) (?=([а-яё]{2,})(?![\w-]))")


def _space_splits_joined(text: str, spelling: DocumentSpelling) -> str:
    """`text` with each word OCR split by a space joined, where the first piece is no word, the two
    together are a dictionary word, and the second piece is no word either or the document writes
    the word whole elsewhere (its first piece and the next letter open a word of it): «Ассамб леи»,
    when the document writes «Ассамблеи», is «Ассамблеи»; «Шымкент на» or «Абай та» stay."""
    if " " not in text:
        return text
    # Nearly every pair of small words matches, and the dictionary knows nearly every first piece: the
    # pairs are read in C and the dictionary asked once a piece; the loop below, a pair at a time in
    # Python, runs only where a piece it does not know makes a word with the next one
    pairs = _SPACE_SPLIT.findall(text)
    unknown = set(filterfalse(_known_piece, set(map(itemgetter(0), pairs))))
    if not unknown or not any(_known(left.lower() + right) for left, right in pairs if left in unknown):
        return text
    out: list[str] = []
    end = 0
    for m in _SPACE_SPLIT.finditer(text):
        if m.start() < end:
            continue  # its first piece was the second of a pair just joined
        left, right = m.group(1), m.group(2)
        lo_left, lo_right = left.lower(), right
        if _known(lo_left) or not _known(lo_left + lo_right):
            continue
        if _known(lo_right) and not spelling.writes_word_starting(lo_left + lo_right[0]):
            continue
        if spelling.is_kazakh:  # asked last: it reads the whole document's words
            return text
        out.append(text[end:m.start()])
        out.append(left + right)
        end = m.end() + len(right)
    if not out:
        return text
    out.append(text[end:])
    return "".join(out)


@lru_cache(maxsize=50000)
def _known_piece(piece: str) -> bool:
    """_known of a first piece as written (its first letter may be a capital)."""
    return _known(piece.lower())


@lru_cache(maxsize=50000)
def _known(word: str) -> bool:
    """The Russian dictionary knows the lowercase `word` (ё read as е too); cached: a document's
    every word is asked."""
    return dictionary_knows(word) or ("ё" in word and dictionary_knows(word.replace("ё", "е")))


def _joined_tail(pieces: list[str]) -> str:
    """The end of "".join(pieces) that holds its whole last word: searching all of it once per
    line made a paragraph of N lines cost N² (the whole wrapped file is one paragraph)."""
    size = 64
    while True:
        taken, length = [], 0
        for piece in reversed(pieces):
            taken.append(piece)
            length += len(piece)
            if length >= size:
                break
        tail = "".join(reversed(taken))[-size:]
        m = _TRAILING_HYPHEN.search(tail)
        if not m or m.start() > 0 or len(tail) < size:
            return tail
        size *= 4


# --- paragraphs --------------------------------------------------------------------------------
_INDENTED = re.compile(r"^(\t| {2,}| (?=\S))")
_SENTENCE_END = re.compile(r"[.!?:;»\"”)…]$")


def split_paragraphs(text: str, rows: dict[int, str] | None = None) -> list[str]:
    """split_lines_kept's paragraphs."""
    return split_lines_kept(text, rows)[0]


def split_lines_kept(text: str, rows: dict[int, str] | None = None) -> tuple[list[str], list[bool]]:
    """Paragraphs of a plain text, and for each whether it is a line kept apart from the line right
    above it that ends no sentence (an addressee's «Председателю Совета матерей» / «Ассамблеи народа
    Казахстана», a signer's post over two lines): a line of its own for what is read from it (names,
    titles, dates), but a wrap for phrase search, which its passage joins it to (ingest.passages).
    Paragraphs of a plain text: a blank line or an indented line (tab or spaces, as in the
    archive's reports) starts a paragraph; hard-wrapped lines are joined (with hyphenation
    undone), but for a list item, a transcript's turn and a dateline; texts with one long line per
    paragraph keep each line. A stanza (verse_lines.is_stanza) is one paragraph with its line breaks.
    ``rows``: the lines that are a table's rows (their number among the text's lines, and the row's
    text), each a paragraph of its own, its cells' tabs kept; a row's text left empty drops its line
    (a row's second line, read into the row above)."""
    rows = rows or {}
    lines = ["" if is_rule_line(ln) else ln for ln in text.split("\n")]
    if not any(ln.strip() for ln in lines):
        return [], []
    stanzas = _stanza_starts(lines)
    # the prose is judged without the verse: a poem quoted in a hard-wrapped report is no sign
    # that the report's lines are paragraphs
    prose = _without_stanzas(lines, stanzas) if stanzas else lines
    nonblank = [ln for ln in prose if ln.strip()]
    # lines as wide as one another that wrap no sentence are lines of their own: a short letter's
    # «To: Mr. John Smith» / «Head of …» and «Sincerely,» / «Kassymova Sh., Deputy Chairman» (and the
    # headings left around a poem) are as wide as wrapped prose
    wrapped = bool(nonblank) and (_hard_wrapped(prose, nonblank) or _splits_words(prose)) and _breaks_sentences(prose)
    width = _width(nonblank) if nonblank else 0
    turns = wrapped and is_transcript(nonblank)
    paragraphs: list[list[str] | str] = []  # a stanza's or a table row's text is made already
    kept_lines: set[int] = set()  # the paragraphs that are a line kept apart from a wrap above (split_lines_kept)
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(list(current))
            current.clear()

    prev = ""
    prev_dateline = False
    stanza_end = 0
    for i, line in enumerate(lines):
        if i < stanza_end:
            continue
        if i in stanzas:
            flush()
            stanza_end = stanzas[i]
            paragraphs.append(stanza_text(lines[i:stanza_end]))
            prev, prev_dateline = "", False
            continue
        if not line.strip() or i in rows:
            flush()
            if i in rows:
                paragraphs.append(rows[i])  # its cells' tabs, which joining it as lines would make spaces
            prev = ""
            continue
        # a letter's «Исх. № … от …», «На № … от …» stand alone too
        dateline = wrapped and (_is_dateline_line(line) or opens_registration_line(line))
        if dateline and current and len(prev.rstrip()) >= 0.6 * width and not _SENTENCE_END.search(prev.rstrip()):
            dateline = False  # a date a sentence filling the line above runs on to: «состоялось» / «15 февраля 2006 г.»
        if current and _ends_split_word(prev, line):
            pass  # «меж-» / « этнического»: FineReader indents the line a word goes on to; it is no paragraph
        elif current:
            starts_new = bool(_INDENTED.match(line)) and not _INDENTED.match(prev)
            short = len(prev.rstrip()) < 0.6 * width
            if not wrapped:  # each line its paragraph, but for a record or a decision wrapped onto the next
                starts_new = not goes_on_item(current[0], prev, line)
            elif short and _SENTENCE_END.search(prev.rstrip()) and not date_goes_on(prev, line):
                starts_new = True
            elif starts_list_item(line, prev):  # after an item that filled its line
                starts_new = True
            elif turns and starts_turn(line, prev, short):  # one turn a line, each as wide as prose
                starts_new = True
            elif dateline or prev_dateline:  # «Павлодар, 15 мая 2022 года» under a heading, above the text
                starts_new = True
            elif is_tag_line(prev) != is_tag_line(line):  # a caption's line of tags or emoji over (or under) its text
                starts_new = True
            if starts_new:
                flush()
                if not wrapped and _wraps_on(prev, line):
                    kept_lines.add(len(paragraphs))
        current.append(line)
        prev = line
        prev_dateline = dateline
    flush()
    result: list[str] = []
    kept: list[bool] = []
    spelling = DocumentSpelling(text)
    for n, para in enumerate(paragraphs):
        joined = para if isinstance(para, str) else join_lines(para, spelling)
        if joined:
            kept.append(bool(result) and n in kept_lines)
            result.append(joined)
    return result, kept


# A line ending in a word's first part and a hyphen (or a soft one), and the next line opening with a small letter
_LINE_END_SPLIT = re.compile(r"[^\W\d_][-\u2010\u00ad]$")
# this many words split at line ends make a text hard-wrapped however ragged its lines: a short transcript
MIN_SPLIT_WORDS = 2


def _ends_split_word(prev: str, line: str) -> bool:
    """`prev` ends in a word that `line` goes on with: no paragraph or turn starts between them."""
    after = line.lstrip()[:1]
    return after.islower() and _LINE_END_SPLIT.search(prev.rstrip()) is not None


def _splits_words(lines: list[str]) -> bool:
    """At least MIN_SPLIT_WORDS words are split at line ends: only hard-wrapped text hyphenates."""
    splits = 0
    for before, line in zip(lines, islice(lines, 1, None)):
        splits += _ends_split_word(before, line)
        if splits >= MIN_SPLIT_WORDS:
            return True
    return False


# a line longer than this is a paragraph of its own, not a head's or a signature's line wrapped
_WRAPPED_LINE_CHARS = 100


def _wraps_on(prev: str, line: str) -> bool:
    """Whether `line`, kept apart from `prev` right above it, goes on with it as wrapped text would:
    `prev` ends no sentence, neither is a dateline, a registration line or a list's new item, and
    `line` is short and not indented (a heading over a paragraph of one long line is no wrap)."""
    return not (_SENTENCE_END.search(prev.rstrip()) or starts_list_item(line, prev)
                or _INDENTED.match(line) or len(line.strip()) > _WRAPPED_LINE_CHARS
                or any(_is_dateline_line(ln) or opens_registration_line(ln) for ln in (prev, line)))


def _width(nonblank: list[str]) -> int:
    """The width the text's lines are wrapped at, if they are: the 90th percentile of their lengths."""
    lengths = sorted(len(ln.rstrip()) for ln in nonblank)
    return lengths[int(0.9 * (len(lengths) - 1))]


def _hard_wrapped(lines: list[str], nonblank: list[str]) -> bool:
    """Whether the lines are hard-wrapped prose: most are near the width, or most inside blocks are."""
    width = _width(nonblank)
    near_width = sum(1 for ln in nonblank if len(ln.rstrip()) >= 0.6 * width)
    return 20 <= width <= 160 and len(nonblank) >= 3 and (near_width >= 0.6 * len(nonblank)
                                                          or _wrapped_in_blocks(lines, width))


def _breaks_sentences(lines: list[str]) -> bool:
    """Whether a sentence goes on across a line end somewhere (a lowercase word opens the next
    line, or a sentence opens inside the line and does not end on it): with the verse taken out,
    the headings left around a poem («Абай Кунанбаев» / «Перевод с казахского») are as wide as one
    another but wrap nothing. Short news wrapped where each next line opens with a name («…сессиясы
    өтті. Елбасы» / «Н.Ә. Назарбаев …») breaks no sentence before a lowercase word."""
    return any(before.strip() and after and not _SENTENCE_END.search(before.rstrip())
               and (after[:1].islower() or OPENS_SENTENCE.search(before) is not None)
               for before, after in zip(lines, (ln.lstrip() for ln in islice(lines, 1, None))))


def _stanza_starts(lines: list[str]) -> dict[int, int]:
    """The blocks (runs of lines without a blank one) that are stanzas (verse_lines.is_stanza), as
    {first line: the line after the last}; a poet's name closing the block is left out, its own
    paragraph (verse_lines.verse_end). The first block is the text's heading, never a stanza."""
    stanzas: dict[int, int] = {}
    start = None
    first = True
    column = prose_column(lines)  # hard-wrapped prose fills its lines, whatever they open with
    for i, line in enumerate([*lines, ""]):
        if line.strip():
            if start is None:
                start = i
            continue
        if start is not None:
            if not first and i - start >= 2 and is_stanza(lines[start:i], column):
                stanzas[start] = start + verse_end(lines[start:i])
            first = False
            start = None
    return stanzas


def _without_stanzas(lines: list[str], stanzas: dict[int, int]) -> list[str]:
    """`lines` with the stanzas' lines blank."""
    out = list(lines)
    for start, end in stanzas.items():
        out[start:end] = [""] * (end - start)
    return out


def _wrapped_in_blocks(lines: list[str], width: int) -> bool:
    """Whether the lines inside blocks (those a non-blank line follows) read as wrapped: most are
    near ``width`` and at least half of them break a sentence (no sentence end before, a lowercase
    word after). A short wrapped news item (title, dateline, a wrapped paragraph or two) has too
    many lines ending a block to pass the width test over all lines; a text of one sentence, list
    item, turn, verse or table row a line breaks no sentence or is ragged. A sentence that opens inside
    a line and goes on past it breaks one too, whatever opens the next line («…Казахстана. В работе» /
    «XXVII сессии …», «…Президент К.-Ж.К. Токаев» / «Ассамблею …»)."""
    inner = near = inside = 0
    for before, line in zip(lines, islice(lines, 1, None)):
        after = line.lstrip()
        before = before.rstrip()
        if not before or not after:
            continue
        inner += 1
        near += len(before) >= 0.6 * width
        inside += (not _SENTENCE_END.search(before) and after[0].islower() and not _ABBREVIATION.match(after)
                   or cuts_sentence(before))
    return inner > 0 and near >= 0.6 * inner and inside >= 0.5 * inner


# A line opening with an abbreviation is an address's or a record's line («г. Астана», «ул. …», «тел. …»)
_ABBREVIATION = re.compile(r"[^\W\d_]{1,4}\.")


def date_goes_on(prev: str, line: str) -> bool:
    """Whether `line` goes on with the sentence `prev` ends on a date («состоялось» / «15 февраля
    2006 г.» / «в конференц-зале …»): the year's «г.» is no full stop when the next line opens in
    lowercase, as a narrow column leaves a date alone on its line."""
    return _YEAR_WORD_END.search(prev.rstrip()) is not None and line.lstrip()[:1].islower()


_YEAR_WORD_END = re.compile(r"\d\s*(?:гг?|ж)\.$")  # «2006 г.», «1999–2000 гг.», Kazakh «2006 ж.»


def _is_dateline_line(line: str) -> bool:
    """A line that is only a dateline (is_bare_dateline); most lines have no digit to look at."""
    return _DIGIT.search(line) is not None and is_bare_dateline(line)


_DIGIT = re.compile(r"\d")


# --- title and dateline --------------------------------------------------------------------------
# month stems: an English month is its abbreviation and what follows it («Mar.», «March»)
_MONTHS = (
    "январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    "|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    # the community papers' months, whole («12 березня 2019 р.», «11 listopada 2018 r.»)
    "|" + "|".join(sorted(map(re.escape, {*COMMUNITY_MONTHS, *GERMAN_MONTHS}), key=len, reverse=True))
)
_MONTH_WORD = "(" + _MONTHS + r")[а-яәіңғүұқөһa-z]*\.?"
# a Kazakh month typed on a Russian keyboard, each Kazakh letter as its look-alike («2015 жылгы 23 сауир»,
# «сэуiр»): read after a Kazakh year only, where a Russian word cannot stand
_KAZAKH_TYPED_LETTERS = {"ә": "[әаэ]", "і": "[іиi]", "ү": "[үу]", "ұ": "[ұу]", "қ": "[қк]", "ғ": "[ғг]", "ң": "[ңн]",
                         "ө": "[өо]"}
_KAZAKH_TYPED_MONTHS = "|".join("".join(_KAZAKH_TYPED_LETTERS.get(c, c) for c in month) for month in
                                "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split())
_DAY = r"\d{1,2}(st|nd|rd|th)?"
# An official document may quote its day: «12» марта 2019 г., "12", “12”, „12“, Kazakh «12» наурыз 2019 ж.
OPENING_QUOTES, CLOSING_QUOTES = "«\"„“”", "»\"“”"
# an ordinal day joins its month with a hyphen in Kazakh («14-қыркүйек») and takes «-го» in Russian
# («14-го сентября»)
# German writes its day with a period: «2. Februar 2017»
_GERMAN_DAY_PERIOD = r"\.(?=\s+(?:" + "|".join(map(re.escape, GERMAN_MONTHS)) + "))"
_DAY_BEFORE_MONTH = _DAY + r"(?:-го|" + _GERMAN_DAY_PERIOD + r")?[" + CLOSING_QUOTES + r"]?(?:\s+(of\s+)?|-)"
# a numeric date's year ends at the word's end or at a «г.» typed onto it: «15.04.19г.», «15.04.2019г.»
_YEAR_END = r"(?:\b|(?=г\.|г\b))"
DATE_RE = re.compile(
    r"[" + OPENING_QUOTES + r"]?\b(\d{1,2}[./](?:\d{1,2}|[IVX]{1,4})[./](\d{4}|\d{2})" + _YEAR_END
    + r"|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}" + _YEAR_END
    + r"|\d{4}\.\d{2}\.\d{2}\b(?!\.\d)"  # 2009.10.26, as Kazakh government sites write it
    # a two-digit year only with its «г.»: «26 октября 09 г.»
    r"|" + _DAY_BEFORE_MONTH + _MONTH_WORD + r",?\s+(?:\d{4}|\d\d\s?г\.)"
    # the year first: «2009 г., 26 октября»
    r"|\d{4}\s*(?:г\.|года?),\s+\d{1,2}\s+(?:" + _MONTHS + r")"
    # Kazakh in Latin letters: «2019 jylğy 26 säuırde», «2019 j. 26 sáýir» (the month is extract.dates' to read)
    r"|\d{4}\s*(?:j\.|jyl\S*),?\s+\d{1,2}(?:[-–—]\d{1,2})?(?:\s+|-)[^\W\d_]"
    # month first: «March 12, 2019», «Март 12, 2019», a span by its days: «March 1-2, 2019»
    r"|" + _MONTH_WORD + r"\s+" + _DAY + r"(?:\s*[-–—]\s*" + _DAY + r")?,?\s+\d{4}"
    r"|\d{4}\s*(ж\.|жыл[а-яәіңғүұқөһ]*),?\s+[" + OPENING_QUOTES + r"]?\d{1,2}(?:[-–—]\d{1,2})?"  # 2019 жылғы 1-2 наурыз
    r"[" + CLOSING_QUOTES + r"]?(?:\s+|-)(" + _MONTHS + "|" + _KAZAKH_TYPED_MONTHS + r")"
    # the Turkic community papers' year first: «2020-yil 1-sentabr», «2020 елның 25 апреле», «2021-жил 14-июнь»
    r"|\d{4}" + TURKIC_YEAR_WORD + r",?\s+\d{1,2}(?:\s+|-)(?:" + _MONTHS + r"))",
    re.IGNORECASE,
)
_QUOTES = re.compile("[" + OPENING_QUOTES + CLOSING_QUOTES + "]")
# The first day of a span that ends at a full date: «1-2 марта 2019», «28 февраля – 1 марта 2019», «с 28
# февраля по 1 марта 2019», «28 ақпан – 1 наурыз 2019 ж.», «from 28 February to 1 March 2019», its month
# in two digits too: «01.03–02.03.2019» (a clause's number «2.1 – 12.03.2019» is none). Searched for right
# before the last day (it ends there). An event is dated by the day it began (extract.dates), and a line
# that is only a span is a dateline (is_bare_dateline). Groups: 1 «с», 2 the day, 3 a month word, 4 a
# month number, 5 «по».
SPAN_START = re.compile(r"(?:(?<![^\W\d_])(с|со|from|between)\s+)?(?<![\d.,/-])(\d{1,2})(?:-го|st|nd|rd|th)?"
                        r"(?:\s+([^\W\d_]+)\.?|\.(\d\d)\.?)?(?:\s*[-–—]\s*|\s+(по|до|to|and)\s+)\Z",
                        re.IGNORECASE)
SPAN_REACH = 40  # characters before a span's last day where its first may stand
# How a typewriter or OCR writes a dateline's date: the day spaced inside its quotes («« 1 » марта),
# in a form's blank ("__1__" марта), dotted with spaces (01. 03. 1995)
_TYPED_DAY = re.compile(r"([" + OPENING_QUOTES + r"])[ _]+(\d{1,2})[ _]+([" + CLOSING_QUOTES + r"])")
_SPACED_DOTS = re.compile(r"(?<![\d.])(\d{1,2}\.) (\d{1,2}\.) (\d{4})\b")
# ... a typewriter's Latin l for the digit 1 in the day before a month word or in a year (l марта 1995 г.,
# 1 марта l995 г.), and a year spaced like a count after its month (1 марта 1 995 г.)
_MONTH_AHEAD = r"(?=[" + CLOSING_QUOTES + r"]?\s+(?i:" + _MONTHS + r"))"
_LATIN_ONE = re.compile(r"(?<![^\W_])(?:l\d?|\dl)" + _MONTH_AHEAD + r"|(?<![^\W_])l(?=9\d\d(?!\d))")
_SPACED_YEAR = re.compile(r"(?<=\s)((?i:" + _MONTHS + r")[^\W\d_]*\.?,?\s+)([12]) (\d{3})(?!\d)")


def _closed_up(m: re.Match) -> str:
    """The match's groups without what stood between them, spaces before them: the same length,
    and the date ends where it did."""
    return "".join(m.groups()).rjust(len(m.group()))


def dateline_reading(line: str) -> str:
    """``line`` as the date patterns read it, the same length (offsets stay): Latin look-alikes in
    Cyrillic words as Cyrillic (1 мapтa: OCR), a typed date closed up («1» марта, 01.03.1995, 1 995 г.),
    a typewriter's l for 1 (l марта), OCR's letters for a date's digits and its month in Latin
    capitals (ocr_dates). The month is read first: the day and year are found beside it."""
    if not _DIGIT.search(line):
        return line
    line = date_figures_read(cyrillic_twins(line))
    line = _LATIN_ONE.sub(lambda m: m.group().replace("l", "1"), line)
    return _SPACED_YEAR.sub(_closed_up, _SPACED_DOTS.sub(_closed_up, _TYPED_DAY.sub(_closed_up, line)))


# Words a dateline may put before its date: a place (Павлодар, Нур-Султан, ASTANA), «Протокол
# от», «On the». More, and the line is a sentence that mentions a date («Следующее заседание
# запланировано на 20 марта 2019 года»), not the document's own date.
DATELINE_WORDS_BEFORE_DATE = 3


# A label that says a date is the day of the last edit: «Обновлено: 20.05.2021», «Дата изменения:»,
# «Последнее обновление —», «Редакция от», Kazakh «Жаңартылды:», «Өзгертілген күні:», English «Last
# modified:». A re-saved page writes it above the article: it never dates the document (as
# article:modified_time does not). A time of day may stand between the label and the date: «Обновлено:
# 10:15, 20.05.2021». Only the nominative «Редакция»: a law «в редакции от 20.05.2021» is its version's
# date, a mention in the text like any other.
_EDIT_WORDS = r"обновл[её]н\w*|изм[её]н[её]н\w*|отредактирован\w*|исправлен\w*|жаңартыл\w*"
EDIT_LABEL = re.compile(rf"(?<![^\W\d_])(?:(?:дата\s+)?(?:{_EDIT_WORDS})|өзгертіл\w*(?:\s+(?:күні|уақыты))?"
                        r"|(?:последняя\s+)?редакция(?:\s+от)?|дата\s+редакции"
                        r"|(?:last\s+)?(?:updated|modified|edited|changed|revised|upd)(?:\s+on)?)"
                        r"\s*[:.\-–—]?\s*(?:в\s+)?(?:\d{1,2}:\d\d\s*,?\s*)?$", re.IGNORECASE)
# ... or a label in brackets after the date (and its time): «20.05.2021 (обновлено)», «20.05.2021 10:15
# [изменено]». Brackets only: «20.05.2021 обновлен состав Совета» is a dateline and its news.
_EDIT_LABEL_AFTER = re.compile(rf"\s*,?\s*(?:\d{{1,2}}:\d\d\s*)?[(\[]\s*(?:{_EDIT_WORDS}|өзгертіл\w*"
                               r"|updated|modified|edited|revised|upd)[^()\[\]\d]*[)\]]", re.IGNORECASE)
# An edit note that gives only the edit's time, the day being the publication's: «Обновлено в 15:40»
# on its own line, «(обновлено в 15:40)», «(upd 15:40)», «(жаңартылды 15:40)», «(ред. 15:40)», «, обновлено
# 15:40» or «/ обновлено 15.40» after the date and time it was published. It says when, never what: no title.
_EDIT_NOTE_WORDS = rf"(?:{_EDIT_WORDS}|өзгертіл\w*|updated|modified|edited|revised|upd|ред\.|редакция)"
_EDIT_TIME_NOTE = re.compile(r"\s*[,/]?\s*(?P<open>[(\[])?\s*(?<![^\W\d_])" + _EDIT_NOTE_WORDS
                             + r"\s*[:.\-–—]?\s*(?:в\s+|at\s+)?\d{1,2}[:.]\d\d(?![.:]?\d)\s*(?(open)[)\]])\s*\.?",
                             re.IGNORECASE)
# ... or the edit's own date and time after a comma, a bar or in brackets: «21.03.2023 11:05, обновлено
# 21.03.2023 15:40», «21 марта 2023, 11:05 (обновлено 22 марта 2023, 09:00)»
_EDIT_DATE_NOTE = re.compile(r"\s*(?:[,/]|(?P<open>[(\[]))\s*(?<![^\W\d_])" + _EDIT_NOTE_WORDS
                             + r"\s*[:.\-–—]?\s*(?P<date>\d(?(open)[^()\[\]]*?|.*?))\s*(?(open)[)\]])\s*\.?$",
                             re.IGNORECASE)


def without_edit_note(line: str) -> str:
    """`line` without an edit note at its end (_EDIT_TIME_NOTE, _EDIT_DATE_NOTE): what is left is
    the publication's dateline, read as if the note were not there."""
    note = _EDIT_TIME_NOTE.search(line)
    if note and note.end() == len(line) and note.start():
        return line[:note.start()]
    note = _EDIT_DATE_NOTE.search(line)
    if note and DATE_RE.match(note.group("date")) and not goes_on_as_sentence(note.group("date")):
        return line[:note.start()]
    return line


def is_edit_date(text: str, start: int, end: int, reach: int | None = None) -> bool:
    """Whether the date at text[start:end] is labelled as the day of an edit, by a label before it
    (looked for `reach` characters back, the whole text when None) or a bracketed one after it."""
    return bool(EDIT_LABEL.search(text, 0 if reach is None else max(0, start - reach), start)
                or _EDIT_LABEL_AFTER.match(text, end))


# A background note's label: what follows dates the past it recalls, never the document. A label
# only (a colon, a dash or nothing after it): «Справка от 12.03.2019» names a document of that day.
BACKGROUND_NOTE = re.compile(r"(?:справка|анықтама)\s*(?:[:.\-–—]|$)", re.IGNORECASE)


def find_dateline(lines: list[str], max_lines: int = 15, max_len: int = 160,
                  running: Collection[str] = ()) -> str | None:
    """The first short line near the top that opens with a date, or with a place and a date (a
    dateline), verbatim; a date labelled as the day of an edit (is_edit_date) is none, but the line
    may go on to a dateline: «Обновлено: 20.05.2021 | Опубликовано: 14.02.2018». Once the text's
    body has begun (_is_prose), only a closing dateline counts (is_closing_dateline): 15 paragraphs
    are the whole of a news item, whose «Справка: 1 марта 1995 г. — образована Ассамблея» or
    «Распечатано 02.06.2023» below its lede is no date of its own. `running`: datelines a PDF's running
    header or footer kept (a clipping's «Казахстанская правда — 12 марта 2019 г.»), which date the
    document wherever they stand."""
    for i, line in enumerate(lines[:max_lines]):
        for part in line.split("\n"):
            part = normalize_inline(part)
            if len(part) > max_len:
                continue  # no dateline (the loop below only shortens a part): not read by dateline_reading
            if BACKGROUND_NOTE.match(part):
                continue  # «Справка: 1 марта 1995 г. — образована Ассамблея», above the lede too
            read = dateline_reading(part)  # what the patterns see; the line itself is returned
            while part and len(part) <= max_len and is_dateline(read) and not goes_on_as_sentence(read):
                date = DATE_RE.search(read)
                # the body is looked for only now: most lines hold no dateline
                placed = part in running or is_closing_dateline(read) or not any(map(_is_prose, lines[:i]))
                if placed and not is_edit_date(read, date.start(), date.end()):
                    return part
                part, read = (rest[date.end():].lstrip(" |,;–—-") for rest in (part, read))
    return None


# A sentence of the text's body: it ends like one and has this many lowercase words, where a
# heading, a letterhead's address («010000, г. Астана, ул. Бейбитшилик, 11.») or a label has fewer
PROSE_WORDS = 4
_SENTENCE_CLOSE = re.compile(r"[.!?…][»\"”)]*$")
_LOWERCASE_WORD = re.compile(r"(?<![^\W\d_])[a-zа-яёәғқңөұүһі]{3,}(?![^\W\d_])")


def _is_prose(paragraph: str) -> bool:
    """The paragraph is a sentence of the text's body (a news item's lede), not a heading or a label."""
    if not _SENTENCE_CLOSE.search(paragraph.rstrip()[-8:]):  # the end only: a paragraph may be a whole file
        return False
    return sum(1 for _ in islice(_LOWERCASE_WORD.finditer(paragraph), PROSE_WORDS)) == PROSE_WORDS


# What a dateline may write right after its date: «года», «г.», a Kazakh «жылы»
# ... and the community papers': Ukrainian «р.», «року», Polish «r.», «roku», Uzbek «yil», Azerbaijani «-ci il»
_YEAR_WORD = re.compile(r"\s*(?:года|год|г\.|г\b|жылы|жыл\w*|ж\.|року|рік|р\.|roku|r\.|-?yil\w*|-?йил\w*|-?жил\w*"
                        r"|-(?:ci|cı|cu|cü)\s+il\w*)?", re.IGNORECASE)
# A dateline may run on into its news lede after a dash or a full stop: «Астана, 5 мая 2019 г. – Сегодня ...»
_LEDE_AFTER_DATELINE = re.compile(r"\s*[-–—.]")
# ... or after the full stop of its «г.»/«ж.», when a place and a comma open the line: «Астана, 24 октября
# 2007 г. Сегодня ...» (with no place, «1 марта 1995 г. Указом Президента ...» is a sentence)
_LEDE_AFTER_ABBREVIATION = re.compile(rf"\s+[{_CAPITALS}]")  # the capital that opens the lede
# ... or after a news agency's name: «АСТАНА, 26 октября 2009 года, Казинформ. Сегодня ...»
_AGENCY_THEN_LEDE = re.compile(rf",\s*[{_CAPITALS}][\w-]*(?:\s+[{_CAPITALS}][\w-]*)?\s*[.–—]\s+[«{_CAPITALS}]")
_PLACE_AND_COMMA = re.compile(r"[^\W\d_][\w.-]*,\s*$")
# a date, a dash and another date is a span (a life, a term of office), not the day a document was written
_DASH_BEFORE_DATE = re.compile(r"\s*[-–—]\s*")
# a line that says when someone was born: «Родился 12 мая 1935 г.», «(род. 12.05.1935)», «1938 жылғы 5
# наурызда Семейде туған», «12.05.1935 г.р.»; an obituary or a biography opens with it
_BIRTH = re.compile(r"(?<![^\W\d_])(?:родил(?:ся|ась)|род\.|рождени|урожен|туған|туылған|дүниеге\s+келген|born\b)"
                    r"|\bг\.\s?р\.", re.IGNORECASE)
# a question's mark at the line's end, maybe inside its closing quote or bracket
_QUESTION_END = re.compile(r"\?[»\"”)]*\s*$")
# Words a dateline may put after its date: a place («24 марта 1995 г., Алматы»), a number («№ 5»)
DATELINE_WORDS_AFTER_DATE = 3


# A clipping's dateline ends with its page: «Казахстанская правда, 12 марта 2019 г., стр. 1», «…, с. 3»,
# Kazakh «…, 3-бет»; a page reference is no sentence going on, and says nothing a title would
_PAGE_REFERENCE = re.compile(r"\s*[,;–—-]?\s*(?:(?:стр\.?|с\.|c\.|p\.|pp\.|бет)\s*\d{1,4}|\d{1,4}\s*-?\s*бет)\s*\.?\s*$",
                             re.IGNORECASE)


def without_page_reference(line: str) -> str:
    """`line` without a page reference at its end (_PAGE_REFERENCE)."""
    return _PAGE_REFERENCE.sub("", line)


# the sentence goes on with a lowercase word (a verb, «подвела»), where a dateline names a place
_GOES_ON_LOWERCASE = re.compile(r"[\s,;:]*[a-zа-яёәғқңөұүһі]{3,}")


def goes_on_as_sentence(line: str) -> bool:
    """The line is a sentence that goes on past its date: «1 марта 1995 года Указом Президента
    была образована Ассамблея...», «Ассамблея, созданная 1 марта 1995 года, подвела итоги» mention
    the date an article is about, not its own; so do a birth date and a life's span at the top of a
    biography or an obituary; and a question, which asks about a day, no dateline states one: an
    interview's «— Вы помните 24 марта 1995 года?». An edit note after the date is none
    (without_edit_note)."""
    line = without_edit_note(without_page_reference(line))
    m = DATE_RE.search(line)
    if _BIRTH.search(line) or _QUESTION_END.search(line):
        return True
    # a Kazakh month's ending is part of the date: «26 сәуірінде»
    year_word = _YEAR_WORD.match(line, _WORD_ENDING.match(line, m.end()).end())
    rest = line[year_word.end():]
    dash = _DASH_BEFORE_DATE.match(rest)
    last = dash and DATE_RE.match(rest, dash.end())
    if last and not _event_span(m.group(), last.group()):
        return True
    if dash and _is_chronology_entry(line[:m.start()], rest[dash.end():]):
        return True
    if _LEDE_AFTER_DATELINE.match(rest):
        # with no place before it, a date, a full stop and a sentence are a photo's caption or a
        # chronology's entry («24 марта 1995 года. Первая сессия Ассамблеи. Фото из архива АНК»),
        # as they are after «г.» below; a dateline's lede runs on after a place: «Астана, 5 мая 2019 года. …»
        return (rest.lstrip().startswith(".") and not line[:m.start()].split()
                and len(rest.split()) > DATELINE_WORDS_AFTER_DATE)
    lede_on_the_line = (year_word.group().endswith(".") and _LEDE_AFTER_ABBREVIATION.match(rest)
                        or _AGENCY_THEN_LEDE.match(rest))
    if lede_on_the_line and _PLACE_AND_COMMA.search(line, 0, m.start()):
        return False
    words_before = line[:m.start()].split()
    return (len(rest.split()) > DATELINE_WORDS_AFTER_DATE
            or bool(words_before) and _GOES_ON_LOWERCASE.match(rest) is not None)


_YEAR = re.compile(r"\d{4}")


def _event_span(first: str, last: str) -> bool:
    """Two dates a dash joins are an event's days when their years are the same or the next:
    «Астана, 30 декабря 2010 – 2 января 2011 г.»; a life or a term of office spans more."""
    years = [_YEAR.search(d) for d in (first, last)]
    return all(years) and 0 <= int(years[1].group()) - int(years[0].group()) <= 1


def _is_chronology_entry(before_date: str, after_dash: str) -> bool:
    """A line that opens with its date and goes on after a dash with an event is a chronology's
    entry, which dates the event, not the document: «1 марта 1995 г. — образована Ассамблея»,
    «01.03.1995 — I сессия Ассамблеи народа Казахстана». A place before the date makes a dateline
    running on into its lede («Астана, 5 мая 2019 г. – Сегодня …»), as does a place alone after the
    dash («24 марта 1995 г. – Алматы»). A short sentence after the dash is an event too: «1995 жылғы 1
    наурыз — Ассамблея құрылды.»"""
    words = after_dash.split()
    return not before_date.split() and bool(
        _GOES_ON_LOWERCASE.match(after_dash) or len(words) > DATELINE_WORDS_AFTER_DATE
        or len(words) >= 2 and after_dash.rstrip().endswith("."))


def opens_chronology_entry(line: str) -> bool:
    """The line may be a chronology's entry: it opens with its date, then a dash and two words or
    more, «1 марта 1995 г. — образована Ассамблея», «1995 жылғы 1 наурыз — Ассамблея құрылды»; not a
    span of days joined by the dash, nor a place alone after it («24 марта 1995 г. – Алматы»). Looser
    than _is_chronology_entry, which weighs one line: callers count such lines."""
    line = dateline_reading(line)
    m = DATE_RE.search(line)
    if not m or line[:m.start()].split():
        return False
    rest = line[_YEAR_WORD.match(line, _WORD_ENDING.match(line, m.end()).end()).end():]
    dash = _DASH_BEFORE_DATE.match(rest)
    return bool(dash) and not DATE_RE.match(rest, dash.end()) and len(rest[dash.end():].split()) >= 2


def is_dateline(line: str) -> bool:
    """The line opens with a date, or with a place and a date: «Нур-Султан, 15 октября 2020 года»;
    a span opens with its first day: «Астана, с 28 февраля по 1 марта 2019 года»; or a copied Telegram
    message's «Ассамблея народа Казахстана, [27.11.2026 09:12]»."""
    m = DATE_RE.search(line)
    if not m:
        return False
    if is_copied_message_header(line):
        return True
    span = SPAN_START.search(line, max(0, m.start() - SPAN_REACH), m.start())
    start = span.start() if span else m.start()
    # a protocol's header row may hold four words before its date: «г. Астана № 3 15.03.2019»
    return len(line[:start].split()) <= DATELINE_WORDS_BEFORE_DATE or bool(_HEADER_ROW_PLACE.fullmatch(line, 0, start))


# A protocol's header row before its date: the city where «г.» or «қ.» says it is one, at the left, the
# date at the right, the protocol's number between them or not («г. Астана   № 3   15.03.2019»)
_HEADER_ROW_PLACE = re.compile(rf"(?:г\.\s*[{_CAPITALS}][\w-]*(?:\s+[{_CAPITALS}][\w-]*)?|[{_CAPITALS}][\w-]*\s+қ\.)\s+"
                               r"(?:№\s*\d+[\w/-]*\s+)?")
# A place before a dateline's date: «Астана,», «г. Алматы,», «АСТАНА,», «Астана қ.,»; its comma
# sets it apart from «Протокол от» or «Указ №», which name a document
_PLACE_BEFORE_DATE = re.compile(rf"(?:(?:г\.\s*)?[{_CAPITALS}][\w.-]*(?:\s+[{_CAPITALS}][\w.-]*)?(?:\s+қ\.)?\s*[,|]\s*"
                                # ... or without the comma: a protocol's header row
                                rf"|{_HEADER_ROW_PLACE.pattern})"
                                # the venue after the city, as akorda.kz dates a speech: «Астана, Акорда,»,
                                # «Нур-Султан, Дворец мира и согласия,»
                                rf"(?:[{_CAPITALS}][\w-]*(?:\s+[^\W\d_][\w-]*){{0,4}}\s*,\s*)?")
# ... or, before a page reference, the paper a clipping is from: «Казахстанская правда,»
_PAPER_BEFORE_DATE = re.compile(rf"[{_CAPITALS}][\w.-]*(?:\s+[\w.-]+){{0,2}}\s*,\s*")
# ... and after it: «, Алматы», «года, Казинформ», a full stop (an old site's date row parts them by a
# bar, a slash or a dash: «15.03.2005 | Тараз», «15.03.2005 / Тараз», «15.03.2005 — Тараз», or names the
# city, «15.03.2005 г. Тараз», or the region, «15.03.2005 | Жамбылская область»); two capitalised words
# at most and no other word, so a headline opening with its date stays one
_PLACE_AFTER_DATE = re.compile(rf"(?:\s*[,|/–—]\s*(?:г\.\s*)?|(?<=г\.)\s*)[{_CAPITALS}][\w.-]*(?:\s+[{_CAPITALS}][\w.-]*)?"
                               r"(?:\s+(?i:область|обл\.|район|облысы|ауданы))?\s*\.?|\s*\.?")
# the document's number after its date, as a protocol's or a decree's header row gives it: «… 2019 года № 3»,
# «№ 3-П», «№ 45/389»; after the place too: «15.03.2019 г. Астана № 3»
_NUMBER_AFTER_DATE = re.compile(r"\s*,?\s*№\s*\d+[\w/-]*")
_NUMBER_AFTER_PLACE = re.compile(rf"(?:{_PLACE_AFTER_DATE.pattern}){_NUMBER_AFTER_DATE.pattern}\s*\.?")
# the rest of the date's last word: a case ending, «29 ақпанда», «26 sa'y'irde» (2017's apostrophes)
_WORD_ENDING = re.compile(r"[\w'’]*")


_OWN_DATE_LABEL = (r"(?:опубликовано|дата\s+(?:публикации|подписания)|дата|подписано|жарияланды|жарияланған\s+күні"
                   r"|қол\s+қойылды|published(?:\s+on)?|posted(?:\s+on)?|signed(?:\s+on)?|date)\s*[:.\-–—]?\s*")
_WEEKDAYS = ("понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|дүйсенбі"
             "|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
# a time's zone: «ALMT», «+05:00», «UTC+5», in brackets too, «(UTC+5)», or in words, «(время Астаны)»,
# «(Астана уақыты)»
_TIME_ZONE = (r"(?:\s*(?:\(?(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d\d)?\)?|[A-Z]{3,4}|[+-]\d\d:?\d\d))?"
              r"(?:\s*\([^()\d]{2,40}\))?")
# what else a line that only says when may hold before its date: a label naming the date («Published:»,
# «Дата публикации:»), a weekday after the place («Астана, пятница,»), a paper's issue («Газета
# «Дружба», № 14,», «№ 45 (1234),»), a time («23:50, 27 ноября», «10:15 | 27.11.2026»); and after it, a
# time («23:50», «, 23:50 ALMT», «в 14:35», «| 23:50», «, 23:50 (время Астаны)»), a time's zone
# (_TIME_ZONE) after either time; an issue before «от» («№45 (1234) от 27.11.2026»). An edit's label
# («Обновлено: 27.11.2026 18:00») is no title either, though its date dates nothing (is_edit_date).
_LABEL_OR_WEEKDAY_BEFORE_DATE = re.compile(
    rf"(?:(?i:{_OWN_DATE_LABEL})|(?:{_PLACE_BEFORE_DATE.pattern})?(?i:{_WEEKDAYS})\s*,\s*"
    rf"|(?:{_PAPER_BEFORE_DATE.pattern})?№\s*\d+[\w/-]*(?:\s*\(\d+\))?\s*(?:,|(?i:от)\s)\s*"
    rf"|\d{{1,2}}:\d\d(?::\d\d)?{_TIME_ZONE}\s*[,|]?\s*)")
# ... the hour's word after it or not, as a protocol's header gives it: «15 марта 2019 года, 10.00 ч.», «сағ.»
_TIME_AFTER_DATE = re.compile(r"(?:\s*[,|])?\s*(?:в\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*(?:ч\.|час\w*|сағ\.?))?"
                              + _TIME_ZONE)
# a paper's name in quotes before the date, the word «газета» before it or not: «Казахстанская
# правда», 27.11.2026 (the quotes say it is a name: «Форум молодежи, 27.11.2026» may be a heading)
_QUOTED_PAPER = re.compile(rf"(?:(?i:газета|газеты|журнал|gazeta)\s+)?[{OPENING_QUOTES}][^\d{OPENING_QUOTES}{CLOSING_QUOTES}]{{2,60}}"
                           rf"[{CLOSING_QUOTES}]\s*,\s*(?=\S)")
# a line naming only a year, or a month and its year: «2025 г.», «Октябрь 2026 г.», «Астана, ноябрь 2026 г.»
_MONTH_OR_YEAR_LINE = re.compile(rf"(?:{_PLACE_BEFORE_DATE.pattern})?(?:(?i:{_MONTH_WORD})\s+)?(?:19|20)\d\d"
                                 r"\s*(?i:года|год|г\.|г|жылы|ж\.)\.?|(?:(?i:" + _MONTH_WORD + r")\s+)(?:19|20)\d\d\.?"
                                 # ... or a span of years: «2025–2026 гг.», «2025-2026 годы», «2025–2026 жж.»
                                 r"|(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\s*(?i:гг\.?|годы|годах|годов|жж\.?|жылдар\w*)?\.?")


_BRACKETED = re.compile(r"^\[\s*(.*?)\s*\]$|^\(\s*(.*?)\s*\)$")


# the bar between a print view's dates: «Дата публикации: 27.11.2026 10:00 | Обновлено: 28.11.2026 09:00»
_DATELINE_PARTS = re.compile(r"\s+[|·•]\s+")


@lru_cache(maxsize=4096)  # a document's heading is asked three times or more (parsing, titles, dates)
def is_bare_dateline(line: str) -> bool:
    """The line is only a dateline, a date or a place and a date with nothing else: «Астана, 24
    октября 2007 г.», «24.10.2007», «27 апреля 2023 года, Астана», a span of days «1-2 марта 2019 г.»,
    with a time, a weekday or a label («Published: 27 Nov 2026, 23:50», «Астана, пятница, 27
    ноября»), or a month or year alone («Октябрь 2026 г.»); or two of them set apart by a bar. It
    says where and when, never what, so it is no title: a news item that opens with it is titled by
    the line after it."""
    if _is_one_bare_dateline(line) or is_copied_message_header(line):
        return True
    parts = _DATELINE_PARTS.split(line) if "|" in line or "·" in line or "•" in line else []
    return len(parts) > 1 and all(_is_one_bare_dateline(part) for part in parts)


def _is_one_bare_dateline(line: str) -> bool:
    """is_bare_dateline for a single dateline."""
    line = without_audience_dot(normalize_inline(dateline_reading(line)))  # Facebook's «… в 14:05 ·»
    if _EDIT_TIME_NOTE.fullmatch(line):
        return True  # «Обновлено в 15:40» under the dateline
    line = without_edit_note(line)
    paper = _QUOTED_PAPER.match(line)
    if paper:
        return _is_one_bare_dateline(line[paper.end():])
    line = _QUOTES.sub("", line)  # «15» июня 1995 г., "15" июня 1995 г.
    line = _BRACKETED.sub(lambda m: m.group(1) or m.group(2) or "", line)  # an old site's «[15.03.2005]», «(15.03.2005)»
    page = without_page_reference(line)
    before = _PAPER_BEFORE_DATE if page != line else _PLACE_BEFORE_DATE
    line = page
    m = DATE_RE.search(line)
    if not m:
        return _MONTH_OR_YEAR_LINE.fullmatch(line) is not None
    # a span's first day before the date: «1-2 марта 2019 г.», «01.03–02.03.2019»
    span = SPAN_START.search(line, max(0, m.start() - SPAN_REACH), m.start())
    start = span.start() if span else m.start()
    if start and not (before.fullmatch(line, 0, start) or _LABEL_OR_WEEKDAY_BEFORE_DATE.fullmatch(line, 0, start)
                      or EDIT_LABEL.fullmatch(line, 0, start)):
        return False
    end = _WORD_ENDING.match(line, m.end()).end()
    end = _YEAR_WORD.match(line, end).end()
    time = _TIME_AFTER_DATE.match(line, end)
    end = time.end() if time else end
    number = _NUMBER_AFTER_DATE.match(line, end)  # a protocol's header row: «г. Астана  15 марта 2019 года  № 3»
    return (_PLACE_AFTER_DATE.fullmatch(line, number.end() if number else end) is not None
            or _NUMBER_AFTER_PLACE.fullmatch(line, end) is not None)


# Below the body's first sentence a line dates the document only as a letter, a decree or an article
# closes: a date alone, a place and a date («Астана, Акорда, 20 апреля 2015 г.», «№ 5» after it), or
# a label that names the document's own date (its publication or its signing). A chronology's «1
# марта 1995 г. — образована Ассамблея», a copy's «Распечатано 02.06.2023», «Копия верна. 02.06.2023»,
# «Источник: сайт АНК, 02.06.2023» date something else.
_PLACE = rf"(?:(?:г\.|қ\.)\s*)?[{_CAPITALS}][\w.-]*(?:\s+(?:[{_CAPITALS}][\w.-]*|қ\.|қаласы))*\s*,\s*"
_CLOSING_BEFORE_DATE = re.compile(rf"(?:(?i:{_OWN_DATE_LABEL})|(?:{_PLACE})+)?")
# what no closing dateline writes after its date: a dash or a lowercase word, the news it runs on into
_RUNS_ON = re.compile(r"\s*[-–—]\s*\w|[\s,.;:]*[a-zа-яёәғқңөұүһі]")


def is_closing_dateline(line: str) -> bool:
    """A dateline (is_dateline) that may stand below the body's first sentence (_CLOSING_BEFORE_DATE)."""
    line = without_page_reference(line)
    m = DATE_RE.search(line)
    if not _CLOSING_BEFORE_DATE.fullmatch(line, 0, m.start()):
        return False
    end = _YEAR_WORD.match(line, _WORD_ENDING.match(line, m.end()).end()).end()
    return not _RUNS_ON.match(line, end)


def without_datelines(lines: list[str]) -> list[str]:
    """`lines` (or paragraphs) from the first one that is not a bare dateline or an archive's
    shelfmark, blank ones before it dropped: a news item's title is the line under its dateline, a
    scanned paper's the heading under the stamp of the archive that keeps it."""
    start = 0
    while start < len(lines) and (not lines[start].strip() or is_bare_dateline(lines[start])
                                  or is_shelfmark(lines[start])):
        start += 1
    skipped = any(ln.strip() for ln in lines[:start])  # the loop passed only blanks and bare datelines
    return lines[start:] if skipped and start < len(lines) else lines


def looks_like_title(line: str) -> bool:
    """A first line that reads as a heading: short, has words, does not end a sentence."""
    line = line.strip()
    if not line or len(line) > 200 or len(line.split()) > 30:
        return False
    if not has_words(line):  # emoji, hashtags and mentions alone name nothing
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    if DATE_RE.fullmatch(line):
        return False
    return True


# A heading that only says what kind of document this is: what it records is named on the line(s)
# under it («СТЕНОГРАММА» / «XXVII сессии Ассамблеи народа Казахстана»), and a title of the word
# alone reads the same for every transcript. (Kazakh puts the type last, «...сессиясының
# стенограммасы», so only its types that stand first in a heading are here.)
_DOCUMENT_TYPES = (
    "стенограмма|протокол|постановление|решение|распоряжение|приказ|резолюция|информация"
    "|справка|сообщение|пресс-релиз|отч[её]т|доклад"
    "|повестка( дня)?|выступление|послание|обращение|приветствие|заявление|меморандум|декларация"
    "|план|программа|положение|рекомендации|тезисы|сценарий|концепция|устав|правила|указ|закон|кодекс"
    "|смета|перечень|регламент|состав|график|список|порядок|форма"  # an annex's: «СМЕТА» / «расходов на проведение …»
    "|хаттама|қаулы|шешім|ақпарат|анықтама|баяндама|есеп|күн тәртібі|баспасөз релизі|мәлімдеме|жоспар"
    "|transcript|minutes|resolution|decision|information|report|press release|agenda|statement|address"
    "|memorandum|declaration"
    "|записка|письмо(?:-ответ)?"  # «СЛУЖЕБНАЯ ЗАПИСКА», «Письмо-ответ»: a letter's subject is under it
)
# ... also with the adjectives that say which one: «ГОДОВОЙ ОТЧЁТ», «Информационная справка», «Итоговая
# резолюция», «Annual report» (the line under it still names whose and when)
_TYPE_QUALIFIERS = r"(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее)\s+){0,2}|(?:annual|final|interim|joint|national|special)\s+"
_DOCUMENT_TYPE = re.compile(r"(?:" + _TYPE_QUALIFIERS + r")(?:" + _DOCUMENT_TYPES + r")(?:\s*№\s*[\w./-]+)?",
                            re.IGNORECASE)
MAX_HEADING_TITLE = 200  # characters, as looks_like_title allows one line


def is_document_type(line: str) -> bool:
    """The line is a bare document type: «СТЕНОГРАММА», «Протокол № 5», «ГОДОВОЙ ОТЧЁТ», «ХАТТАМА»,
    «PRESS RELEASE»; also typed or read with Latin look-alikes («CTEHOГPAMMA», «PEШEHИE»), OCR's
    commonest slip in capitals."""
    return _DOCUMENT_TYPE.fullmatch(cyrillic_twins(normalize_inline(line))) is not None


def leading_document_type(line: str) -> re.Match | None:
    """The document type opening a heading (is_document_type), a whole word or words: «СТЕНОГРАММА» of
    «СТЕНОГРАММА заседания …», «ПРОТОКОЛ № 8» of «ПРОТОКОЛ № 8 заседания …». Matched on the line with
    its Latin look-alikes read as Cyrillic (same length), so the match's text is the type in Cyrillic."""
    m = _DOCUMENT_TYPE.match(cyrillic_twins(line))
    return m if m and (m.end() == len(line) or line[m.end()].isspace()) else None


def heading_title(lines: list[str]) -> str | None:
    """The title of a document whose first line is a bare document type: the type with the
    heading lines under it (the rest of its paragraph, or, when it stands alone, the next
    paragraph), up to a dateline, a sentence or MAX_HEADING_TITLE characters: «СТЕНОГРАММА XXVII
    сессии Ассамблеи народа Казахстана». `lines` are the document's first lines, a blank one
    between paragraphs. None when the first line is no document type."""
    lines = [normalize_inline(ln) for ln in lines]
    filled = [ln for ln in lines if ln]
    part = part_label(filled[0]) if len(filled) > 1 and is_document_type(filled[1]) else None
    if part:  # «Часть 4» above «СТЕНОГРАММА»: the part of the document the type names
        lines = lines[lines.index(filled[0]) + 1:]
    start = _after_letterhead(lines)
    if start is None or not is_document_type(lines[start]):
        return None
    title = lines[start]
    rest = lines[start + 1:]
    if rest and not rest[0]:
        rest = rest[next((i for i, ln in enumerate(rest) if ln), len(rest)):]  # the next paragraph
    stop = len(rest)
    for i, line in enumerate(rest):
        if not _continues_heading(line) or len(title) + 1 + len(line) > MAX_HEADING_TITLE:
            stop = i
            break
        title += " " + line
    return with_part_label(title, rest[stop:], part)


def with_part_label(title: str, after: list[str], part: str | None = None) -> str:
    """`title` with the label of the part the document is (`part`, else part_under_heading(`after`),
    the lines under the heading): «Стенограмма … сессии …. Часть 2»."""
    part = part or part_under_heading(after)
    if not part or part.casefold() in title.casefold():
        return title
    return f"{title}{'' if title.endswith('.') else '.'} {part}"


def part_under_heading(lines: list[str]) -> str | None:
    """The part's label on the next line under the heading, or under its dateline: «г. Нур-Султан,
    27-29 апреля 2021 года» / «Часть 2» (the parts of a stenogram share their heading and dateline;
    the callers may have dropped the dateline already)."""
    filled = [ln for ln in lines if ln][:2]
    if filled and (is_dateline(filled[0]) or is_bare_dateline(filled[0])):  # «…, Дворец Мира и Согласия, 27 апреля»
        closing = part_label_closing(filled[0])  # «…, 27-29 апреля 2021 года. Часть 2 (28 апреля 2021 года)»
        if closing:
            return closing
        filled = filled[1:]
    return part_label(filled[0]) if filled else None


def part_below_dateline(lines: list[str]) -> str | None:
    """The part's label under (or closing) the first dateline among the opening's first lines, however
    the heading above it was read («Қазақстан халқы Ассамблеясының … СТЕНОГРАММАСЫ» / «…, 2021 жылғы 27-29
    сәуір» / «2-бөлім»); None when no such line has one."""
    filled = list(islice((ln for ln in map(normalize_inline, lines) if ln), _PART_SEARCH_LINES))
    if not any(PART_WORD.search(ln) for ln in filled):  # no label to find: no datelines to read
        return None
    for i, line in enumerate(filled):
        if is_dateline(line) or is_bare_dateline(line):
            return part_under_heading(filled[i:])
    return None


_PART_SEARCH_LINES = 6  # a heading's lines and its dateline


LETTERHEAD_LINES = 2  # «Ассамблея народа Казахстана» / «Секретариат»: an organisation above the document type
LETTERHEAD_WORDS = 8


def _after_letterhead(lines: list[str]) -> int | None:
    """The index of the first non-blank line, or of the document type under a letterhead (the
    organisation's name on a line or two: «Ассамблея народа Казахстана» / «Пресс-релиз»), which
    names the document no more than the type does."""
    filled = [i for i, ln in enumerate(lines) if ln]
    if not filled:
        return None
    for i in filled[:LETTERHEAD_LINES + 1]:
        if is_document_type(lines[i]):
            return i
        if not _letterhead_line(lines[i]):
            break
    return filled[0]


# the name of the body a document comes from, at the top of its paper: a letterhead («Ассамблея народа
# Казахстана», «Секретариат», «Информационное агентство АНК», «Администрация Президента», an agency,
# the Assembly's own institutions: a House of Friendship, «Қоғамдық келісім», a public body's «КГУ»,
# «Совет матерей»), never what the document is about
_ORGANISATION = re.compile(
    # a Kazakh body may open with the place it serves, in the genitive or the nominative: «Қарағанды облысының
    # Достық үйі», «АТЫРАУ ОБЛЫСЫ ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ ХАТШЫЛЫҒЫ»
    r"(?i:(?:[\w-]+\s+(?:облысының|қаласының|ауданының|облысы|қаласы|ауданы)\s+)?)"
    r"(?i:ассамблея\s+народ|малая\s+ассамблея|кабинет\s+согласия|[қк]аза[қк]стан\s+хал[қк]ы\s+ассамблеясы|assembly\s+of\s+(?:the\s+)?people|секретариат"
    r"|министерство|аппарат|акимат|комитет|управление|департамент|республика\s+казахстан|қазақстан\s+республикасы"
    r"|информационное\s+агентство|агентство|администрация|пресс-служба|ministry|secretariat|republic\s+of\s+kazakhstan"
    r"|дом\s+дружбы|достық\s+үйі|қоғамдық\s+келісім|совет\s+матерей|научно-экспертный\s+совет"
    r"|(?:республиканское|коммунальное|государственное)\s+(?:государственное\s+)?(?:казенное\s+)?(?:учреждение|предприятие)"
    r"|(?:кгу|ргу|гу|гккп|ргп|ркп|рмм|кмм|мм)\b"
    r"|[\w-]+\s+(?:әкімдігі|министрлігі|хатшылығы|әкімшілігі|мекемесі))")
# what a letterhead may put under the body's name: its address, web site, e-mail or telephone. An address
# may open with its postcode («140000, …») or its city («г. Павлодар, ул. …», «Астана қ., Мәңгілік Ел
# даңғылы, 6»), a Kazakh street with its name before the kind («… даңғылы», «… көшесі»); «е-mail» is
# often typed with a Cyrillic «е»
_CITY_BEFORE_STREET = rf"(?:г\.\s*[{_CAPITALS}][\w-]*(?:\s+[{_CAPITALS}][\w-]*)?|[{_CAPITALS}][\w-]*\s+(?:қ\.|қаласы))\s*,\s*"
_CONTACT_LINE = re.compile(rf"(?:(?i:республика\s+казахстан|қазақстан\s+республикасы)\s*,\s*)?\d{{6}}\s*,"
                           rf"|г\.\s*[{_CAPITALS}][\w-]*(?:\s+[{_CAPITALS}][\w-]*)?\s*$"  # the city alone
                           rf"|(?:{_CITY_BEFORE_STREET})?"
                           r"(?i:ул\.|улица|пр\.|пр-т|просп\.|проспект|мкр\.?|көш\.|тел\.|телефон"
                           r"|факс|[eе]-?mail|эл\.\s*почта|www\.|https?://|[\w.-]+@[\w-]+\."
                           r"|instagram|facebook|telegram|twitter|youtube|vk\.com"
                           rf"|(?:[{_CAPITALS}][\w-]*\s+){{1,3}}(?:даңғылы|көшесі|даң\.|к-сі))")
CONTACT_LINE_CHARS = 120
CONTACT_LINES = 2  # under the name: «www.assembly.kz» / «тел.: +7 (7172) 74-50-50»


def without_letterhead(lines: list[str]) -> list[str]:
    """`lines` (or paragraphs) from the heading under a letterhead: one or two lines naming the
    organisation (_ORGANISATION) and up to two of its contact lines (_CONTACT_LINE) over a heading
    line, past any blank or bare dateline between; `lines` as they are when no heading follows (the
    organisation's name is then the title)."""
    # a name wrapped over a paragraph's lines is weighed whole: «СЕКРЕТАРИАТ АССАМБЛЕИ» / «НАРОДА КАЗАХСТАНА»
    units = wrapped_units(lines, [i for i, ln in enumerate(lines) if ln.strip()])
    heads = names = contacts = 0
    while heads < len(units):
        line = units[heads][0]
        if names and _same_words(line, units[0][0]):
            break  # a book titled with the body's name under its letterhead: «АССАМБЛЕЯ НАРОДА КАЗАХСТАНА» / «Ассамблея народа Казахстана»
        if not heads and heads + 1 < len(units) and opens_body_below(line, units[1][0]):
            heads += 1  # the place a regional body serves, over its name: no line of LETTERHEAD_LINES
            continue
        if names < LETTERHEAD_LINES and (names_a_body(line) or body_over_contacts(line)):
            following = units[heads + 1][0] if heads + 1 < len(units) else ""
            if ends_in_genitive(line) and following and not names_part_of_body(f"{line} {following}"):
                break  # a heading wrapped after its genitive: «Қазақстан халқы Ассамблеясының» / «XXVI сессиясы өтеді»
            names += 1
        elif names == 1 and _letterhead_line(line) and continues_body(line):
            names += 1  # «ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ» / «ХАТШЫЛЫҒЫ»: the body's part on a line of its own
        elif names and contacts < CONTACT_LINES and is_contact_line(line):
            contacts += 1
        else:
            break
        heads += 1
    if not heads:
        return lines
    rest = without_datelines(lines[units[heads - 1][1] + 1:])
    first = next((ln.strip() for ln in rest if ln.strip()), "")
    # a heading opens with a capital: «Ассамблея народа Казахстана» / «подвела итоги года» is one title
    # split over two lines
    if (looks_like_title(first) and not first[:1].islower() and not is_bare_dateline(first)
            and not is_contact_line(first) and len([ln for ln in rest if ln.strip()]) > 1):
        return rest
    return lines


def cut_at_word(text: str, limit: int) -> str:
    """`text`, or when longer than `limit`, its start cut at a word, with «…»."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:—–-") + "…"


def _same_words(line: str, other: str) -> bool:
    return bool(line.split()) and [w.casefold() for w in line.split()] == [w.casefold() for w in other.split()]


# a newspaper's masthead without a date: «Газета «Дружба»», «Газета «Дружба», № 15», «"Казахстанская
# правда" № 108 (28921)»; a quoted name alone may be a heading («Читаем Абая»), so without the word
# «газета» it needs the issue's number
_ISSUE = r"\s*,?\s*№\s*\d+[\w/-]*(?:\s*\(\d+\))?"
_QUOTED_NAME = rf"[{OPENING_QUOTES}][^\d{OPENING_QUOTES}{CLOSING_QUOTES}]{{2,60}}[{CLOSING_QUOTES}]"
_MASTHEAD = re.compile(rf"(?i:газета|газеты|журнал|gazeta|newspaper)\s+{_QUOTED_NAME}(?:{_ISSUE})?\.?"
                       rf"|{_QUOTED_NAME}{_ISSUE}\.?")


def is_masthead(line: str) -> bool:
    """The line is a newspaper's masthead with no date (_MASTHEAD)."""
    return _MASTHEAD.fullmatch(normalize_inline(line)) is not None


def opens_body_below(line: str, below: str) -> bool:
    """``line`` opens the name of the body ``below`` names: the place it serves in the genitive («АҚМОЛА
    ОБЛЫСЫНЫҢ» / «ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ»). Only a name's opening words pass: a joined line must
    still open as a body's name does (names_a_body)."""
    return (names_a_body(below) and not names_a_body(line) and looks_like_title(line)
            and names_a_body(line + " " + below))


def names_a_body(line: str) -> bool:
    """A letterhead's line naming the body (_ORGANISATION), no sentence: «Дом дружбы открыл двери»
    has a verb, and is a heading, as is a Kazakh genitive with no body's part after it (kazakh_bodies);
    or a paper's masthead (is_masthead)."""
    if is_masthead(line):
        return True
    if not (_letterhead_line(line) and (_ORGANISATION.match(line) or name_with_legal_form(line))) \
            or _SUBTITLED.search(line) or _ABOUT.search(line):
        return False
    if not names_part_of_body(line):  # «Қазақстан халқы Ассамблеясының XXIV сессиясы өтті»: a heading
        return False
    morph = _morph()
    return morph is None or not any(morph.parse(w)[0].tag.POS == "VERB" for w in _WHOLE_RUSSIAN_WORD.findall(line.lower()))


_WHOLE_RUSSIAN_WORD = re.compile(r"(?<![^\W\d_])[а-яё]+(?![^\W\d_])")
# a Kazakh line closing with «туралы» (about) states a subject, however it opens with the body's name:
# «Достық үйінің жөндеу жұмыстары туралы», as Russian «О ремонте Дома дружбы»
_ABOUT = re.compile(r"\s(?i:туралы)\W*$")
# a colon or a dash with words after it: a heading about the body («Ассамблея народа Казахстана: история
# и современность», a book's title), not the body's name at the top of its paper
_SUBTITLED = re.compile(r"\w\s*:\s*\w|\s[—–]\s*\w")


def is_contact_line(line: str) -> bool:
    """A letterhead's line under the body's name: an address, a web site, an e-mail, a telephone."""
    return len(line) <= CONTACT_LINE_CHARS and _CONTACT_LINE.match(line) is not None


def body_over_contacts(line: str) -> bool:
    """A body's name and its contact line joined into one: a page's «<div>name<br>address</div>»
    reads «КГУ «Дом дружбы» 140000, г. Павлодар, ул. Кутузова, 204»."""
    if len(line) > CONTACT_LINE_CHARS * CONTACT_LINES:
        return False
    for space in _WORD_START.finditer(line):
        if _CONTACT_LINE.match(line, space.end()) and names_a_body(line[:space.start()]):
            return True
    return False


_WORD_START = re.compile(r"\s+(?=\S)")


def _letterhead_line(line: str) -> bool:
    """A short heading line with no date or number: an organisation's name."""
    return (looks_like_title(line) and len(line.split()) <= LETTERHEAD_WORDS and not any(map(str.isdigit, line))
            and not line.endswith(("!", "?")))


def _continues_heading(line: str) -> bool:
    """A heading line under a document type: no sentence, exclamation or question (an address to
    the audience), no dateline."""
    return looks_like_title(line) and not line.endswith(("!", "?")) and not is_dateline(line)


def opening_lines(paragraphs: list[str], count: int = 2 + LETTERHEAD_LINES) -> list[str]:
    """The lines of the first `count` paragraphs, a blank line between paragraphs (heading_title's
    input: a letterhead, the document type, the heading under it)."""
    lines: list[str] = []
    for p in paragraphs[:count]:
        lines.extend(p.split("\n") + [""])
    return lines
