"""A plain text's footnotes typed as a typewriter or an export sets them: under a rule of underscores,
each opening with its number as a plain digit («1 Как сообщил …», «2. Приказ …»), their marks plain
digits glued to the text above («человек.1», «рекомендациях2»). Read as paragraphs they were the
document's words: a note's date dated it, a speech it reports made a speaker. These are marked as
notes (Block.note; ingest.notes) as a «¹ …» note or a Word file's is."""
from __future__ import annotations

import re

# the rule a footnote area opens with: underscores alone (a dashed line parts sections as often)
_NOTE_RULE = re.compile(r"[ \t]*_{5,}[ \t]*")
# a note's first line: its number, a full stop or bracket maybe, then its text
_NUMBERED = re.compile(r"[ \t]*(\d{1,3})[.)]?[ \t]+\S")
_SENTENCE_END = re.compile(r"[.!?…]$")
_KEY_WORDS = 6  # the words of a note a paragraph is matched by


# a note's mark: a number right after a letter or a closing mark («человек1», «года»2»), or after a
# full stop («человек.1»), which _glued_marks reads only after a word that is no abbreviation
_GLUED = re.compile(r"(?:(?<=[^\W\d_])|(?<=[»\"”’)\],;:!?%.]))\d{1,3}(?!\d)")
_CLOSING = "»\"”’)]"
_WORD_BEFORE = re.compile(r"([^\W\d_]*)\.$")
# «п.1 Положения», «ст.1», «стр.1»: a clause's or a page's number, no note's mark
_ABBREVIATIONS = frozenset({"стр", "подп", "абз", "прил", "разд", "табл", "рис", "илл", "прим"})
_MIN_WORD = 3  # shorter than this a word before a full stop is an abbreviation: «п.», «ст.», «ч.», «гл.»


def _glued_marks(line: str) -> set[int]:
    """The numbers glued to the line's text as note marks."""
    found = set()
    for m in _GLUED.finditer(line):
        if line[m.start() - 1] == "." and not _mark_after_stop(line, m.start() - 1):
            continue
        found.add(int(m.group()))
    return found


def _mark_after_stop(line: str, stop: int) -> bool:
    """A number after the full stop at ``stop`` is a mark: the stop ends a word of three letters or more
    that is no abbreviation («докладе.1»), or a quote or a bracket («…».1); not «п.1», «ст.1», «1.1»."""
    word = _WORD_BEFORE.search(line, max(0, stop - 40), stop + 1).group(1).casefold()
    if word:
        return len(word) >= _MIN_WORD and word not in _ABBREVIATIONS
    return stop > 0 and line[stop - 1] in _CLOSING


def joined_notes(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """``lines`` with each note under a footnote rule one line (its wrapped lines joined to it), and
    those notes by their line's number. Notes: a run of lines numbered one up from the other, whose
    first number is glued as a mark to the text above the rule, since the rule before it (the page the
    notes are at the foot of); a numbered list under a rule, with no such mark, is none."""
    out: list[str] = []
    notes: dict[int, str] = {}
    marks: set[int] = set()  # the marks on this page: read once per line, not once per rule
    at = 0
    while at < len(lines):
        line = lines[at]
        out.append(line)
        at += 1
        if not _NOTE_RULE.fullmatch(line):
            marks |= _glued_marks(line)
            continue
        run, end = _note_run(lines, at)
        if run and int(_NUMBERED.match(run[0]).group(1)) in marks:
            notes.update((len(out) + k, note) for k, note in enumerate(run))
            out += run
            at = end
        marks = set()
    return out, notes


def _note_run(lines: list[str], at: int) -> tuple[list[str], int]:
    """The notes from line ``at`` on (each one line) and the line they end before."""
    run: list[str] = []
    expected = None
    end = at
    for i in range(at, len(lines)):
        below = lines[i]
        if not below.strip():
            continue
        numbered = _NUMBERED.match(below)
        if numbered and (expected is None or int(numbered.group(1)) == expected):
            run.append(" ".join(below.split()))
            expected = int(numbered.group(1)) + 1
        elif run and i == end and _wraps_on(run[-1], below.strip()):  # a wrapped line right under a note's
            run[-1] = _joined(run[-1], " ".join(below.split()))
        else:
            break  # the text goes on: the notes ended
        end = i + 1
    return run, end


def _wraps_on(line: str, below: str) -> bool:
    """The line under a note's goes on with it: the note breaks off mid-sentence, or it opens lowercase."""
    return not _SENTENCE_END.search(line) or below[:1].islower()


def _joined(line: str, wrapped: str) -> str:
    if line.endswith("-") and line[-2:-1].isalpha() and wrapped[:1].islower():
        return line[:-1] + wrapped  # a word hyphenated at the line's end
    return f"{line} {wrapped}"


def _key(line: str) -> str:
    return " ".join(line.split()[:_KEY_WORDS])


def note_paragraphs(paragraphs: list[str], notes: list[str]) -> set[int]:
    """The paragraphs (their numbers) that ``notes`` (joined_notes' texts, in order) are."""
    keys = [_key(line) for line in notes]
    found: set[int] = set()
    at = 0
    for i, paragraph in enumerate(paragraphs):
        if at < len(keys) and " ".join(paragraph.split()).startswith(keys[at]):
            found.add(i)
            at += 1
    return found
