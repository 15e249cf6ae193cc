"""Text normalisation shared by all parsers: NFC, control characters, whitespace, paragraphs,
hyphenation at line ends, title and dateline guesses."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Control characters that stand for text and glued words together when dropped: Word's manual
# line break (VT) and non-breaking hyphen (0x1E), NEL and the Unicode line separator are line
# breaks; a form feed (a page break in text exports) and the paragraph separator end a paragraph.
_TEXT_CONTROLS = {"\x0b": "\n", "\x85": "\n", "\u2028": "\n", "\x0c": "\n\n", "\u2029": "\n\n", "\x1e": "-"}
_TEXT_CONTROL = re.compile("[" + "".join(_TEXT_CONTROLS) + "]")
# Characters dropped outright: the other control characters (Word's optional hyphen 0x1F among
# them), zero-width and bidi marks, BOM (one regex pass: much cheaper than str.translate with a
# dict on a non-ASCII text). Soft hyphens go too, except at a line end, where they mark a word
# split for the line (join_lines joins it).
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1d\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u2060\ufeff\u202a-\u202e]")
_SOFT_HYPHEN = re.compile(r"\u00ad(?![ \t]*\n)")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_OTHER_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # _SPACES but " "


def clean_text(text: str) -> str:
    """NFC (never NFKD: it would split й and ё), newlines unified, line and page breaks and
    hyphens written as control characters made plain, other control and invisible characters
    dropped. Tabs, newlines and leading indentation are kept for paragraphing."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TEXT_CONTROL.search(text):
        text = _TEXT_CONTROL.sub(lambda m: _TEXT_CONTROLS[m.group()], text)
    text = _DROPPED.sub("", text)
    text = _SOFT_HYPHEN.sub("", text)
    return unicodedata.normalize("NFC", text)


def normalize_inline(text: str) -> str:
    """One line or paragraph: runs of spaces (NBSP and other Unicode spaces included) become one
    space, ends trimmed."""
    if _OTHER_SPACES.search(text):
        return _SPACES.sub(" ", text).strip()
    # Plain spaces only (the usual case): the regex, which replaces every single space, costs
    # several times what str methods do.
    if "  " in text:
        text = " ".join(filter(None, text.split(" ")))
    return text.strip()


# --- hyphenation -----------------------------------------------------------------------------
_HYPHENS = "-\u2010\u00ad"
_TRAILING_HYPHEN = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_LEADING_WORD = re.compile(r"^([^\W\d_]+)")


@lru_cache(maxsize=1)
def _morph():
    try:
        import pymorphy3  # optional: only decides compounds split at their own hyphen

        return pymorphy3.MorphAnalyzer()
    except Exception:  # pragma: no cover - pymorphy3 missing or its dictionaries broken
        return None


@lru_cache(maxsize=20000)
def _keep_hyphen(left: str, right: str) -> bool:
    """Whether ``left-`` + ``right`` at a line break is a real hyphenated compound
    (``информационно-`` + ``аналитической``) rather than a word split for the line
    (``информа-`` + ``ционной``)."""
    if not right[:1].islower():
        return True  # Казахстан-2050, Алма-Ата, НДП-Нур
    joined = (left + right).lower()
    if left.lower() in ("кое", "из", "по", "во", "ка", "то", "нибудь", "либо", "экс", "вице", "пол"):
        return True
    if right.lower() in ("то", "либо", "нибудь", "ка", "таки", "де"):
        return True
    morph = _morph()
    if morph is None or not re.fullmatch(r"[а-яё]+", joined):
        return False
    if morph.word_is_known(joined):
        return False
    return morph.word_is_known(left.lower()) and morph.word_is_known(right.lower())


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph with spaces, undoing hyphenation at line ends."""
    out = ""
    for raw in lines:
        line = normalize_inline(raw)
        if not line:
            continue
        if not out:
            out = line
            continue
        m = _TRAILING_HYPHEN.search(out)
        n = _LEADING_WORD.match(line)
        if m and n:
            if out.endswith("\u00ad") or not _keep_hyphen(m.group(1), n.group(1)):
                out = out[:-1] + line
            else:
                out = out[:-1] + "-" + line
        else:
            out = out + " " + line
    return out.replace("\u00ad", "")


# --- paragraphs --------------------------------------------------------------------------------
_INDENTED = re.compile(r"^(\t| {2,}| (?=\S))")
_SENTENCE_END = re.compile(r"[.!?:;»\"”)…]$")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: a blank line or an indented line (tab or spaces, as in the
    archive's reports) starts a paragraph; hard-wrapped lines are joined (with hyphenation
    undone); texts with one long line per paragraph keep each line."""
    lines = text.split("\n")
    nonblank = [ln for ln in lines if ln.strip()]
    if not nonblank:
        return []
    lengths = sorted(len(ln.rstrip()) for ln in nonblank)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near_width = sum(1 for n in lengths if n >= 0.6 * width)
    wrapped = 20 <= width <= 160 and len(nonblank) >= 3 and near_width >= 0.6 * len(nonblank)
    paragraphs: list[list[str]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(list(current))
            current.clear()

    prev = ""
    for line in lines:
        if not line.strip():
            flush()
            prev = ""
            continue
        if current:
            starts_new = bool(_INDENTED.match(line)) and not _INDENTED.match(prev)
            if not wrapped:
                starts_new = True
            elif len(prev.rstrip()) < 0.6 * width and _SENTENCE_END.search(prev.rstrip()):
                starts_new = True
            if starts_new:
                flush()
        current.append(line)
        prev = line
    flush()
    result = []
    for para in paragraphs:
        joined = join_lines(para)
        if joined:
            result.append(joined)
    return result


# --- title and dateline --------------------------------------------------------------------------
_MONTHS = (
    "январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    "|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    "|january|february|march|april|may|june|july|august|september|october|november|december"
)
DATE_RE = re.compile(
    r"\b(\d{1,2}[./]\d{1,2}[./](\d{4}|\d{2})\b"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\s+(" + _MONTHS + r")[а-яәіңғүұқөһa-z]*\.?,?\s+\d{4}"
    r"|\d{4}\s*(ж\.|жыл[а-яәіңғүұқөһ]*)\s+\d{1,2}\s+(" + _MONTHS + r"))",
    re.IGNORECASE,
)


def find_dateline(lines: list[str], max_lines: int = 15, max_len: int = 160) -> str | None:
    """The first short line near the top that carries a date (a dateline), verbatim."""
    for line in lines[:max_lines]:
        for part in line.split("\n"):
            part = normalize_inline(part)
            if part and len(part) <= max_len and DATE_RE.search(part):
                return part
    return None


def looks_like_title(line: str) -> bool:
    """A first line that reads as a heading: short, has letters, does not end a sentence."""
    line = line.strip()
    if not line or len(line) > 200 or len(line.split()) > 30:
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    if DATE_RE.fullmatch(line):
        return False
    return True
