"""Extraction: pure functions from a document's text to its facets.

    from ingest.extract import extract
    x = extract(text, paragraphs, metadata, filename)
    x.language, x.date, x.date_source, x.persons, x.speakers, x.topics, x.passage_speakers

Modules: language (ru/kk/en; community_languages, the community papers'), dates (document date and
its source), persons (mentions with canonical forms), speakers (who spoke; the speaker of each paragraph), aliases (the editable
titles/variants file, $ASSEMBLY_SEARCH_ALIASES), topics (the editable vocabulary,
$ASSEMBLY_SEARCH_TOPICS), credit_lines (the staff a byline names: the author, no persons), appearances (a caption
saying only that someone spoke: no turn of his).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from index.tokenize import cyrillic_twins, nfc_with_map

from .aliases import Aliases, default_aliases, load_aliases
from .credit_lines import credited, credited_author
from .dates import document_date
from .foreign_latin_names import foreign_names
from .honorifics import honorific_first, moved_names
from .language import detect_language, names_language
from .kazakh_latin_text import alphabet_of, kazakh_in_cyrillic
from .latin_initials import cyrillic_initials
from .listed_names import listed_only
from .persons import Mention, canonical_persons, find_persons
from .post_holders import with_post_holders
from .speakers import Turn, _attribute_turns, _speakers_of_turns, attribute_passages, find_speakers, speaker_mentions
from .topics import find_topics, load_topics
from .transcripts import Label, transcript_labels
from .uzbek_apostrophes import uzbek_okina

__all__ = [
    "Extraction", "extract", "detect_language", "document_date", "find_persons", "find_speakers",
    "attribute_passages", "find_topics", "load_aliases", "load_topics", "Mention",
]


@dataclass
class Extraction:
    language: str
    date: date | None
    date_source: str | None  # "metadata" | "text" | "filename" | "year" (the text gives the year only: index.year_dates) | None (undated)
    persons: list[str] = field(default_factory=list)  # canonical, unique, in order of first mention
    speakers: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    # aligned with paragraphs: each one's speakers' turns (where in it each speaker's words start)
    passage_turns: list[list[Turn]] = field(default_factory=list)
    # every person mention, offsets in the joined paragraphs as read (stress marks left out)
    mentions: list[Mention] = field(default_factory=list)
    # the persons named only in a list's entries (the `listed` paragraphs), no speaker (listed_names)
    listed: list[str] = field(default_factory=list)
    # the staff the credit lines name («Текст: …», «Фото: …»): the author where the file names none (credit_lines)
    credited: str = ""

    @property
    def passage_speakers(self) -> list[list[str]]:
        """Each paragraph's speakers, aligned with paragraphs."""
        return [_speakers_of_turns(turns) for turns in self.passage_turns]


def extract(text: str, paragraphs: list[str] | None = None, metadata: dict[str, str] | None = None,
            filename: str = "", aliases: Aliases | None = None, title: str = "",
            written: date | None = None, labelled: Collection[int] = (), new_speaker: Collection[int] = (),
            paused: Collection[int] = (), bold: Collection[int] = (), unquoted: Collection[int] = (),
            listed: Collection[int] = (), notes: Collection[int] = ()) -> Extraction:
    """Language, date, persons, speakers, topics and per-paragraph speakers of one document.
    `paragraphs` are the document's blocks (their texts); `text` is normally "\\n\\n".join(paragraphs).
    `title` weighs in on the topics; `written` is the day the file was last written (see document_date).
    `labelled`, `new_speaker` and `paused` are paragraphs (their indices) the parser knows a turn
    opens: with a label that names its speaker however few the document has (a subtitle's); with
    someone else, unnamed, speaking (a subtitle's dialogue dash, a recognizer's «SPEAKER_01:»); after
    a recording's long pause, which no speaker the paragraph before reported goes on across. `bold`
    are the paragraphs all in bold type: a web interview's questions, when they ask. `unquoted` are paragraphs
    that are no words of this document (an e-mail's headers, the earlier message a reply quotes): who speaks
    only in them is a person of the document, no speaker, as he has no quote in it. `listed` are a
    list's entries (a data table's rows, a workbook's cells): the persons only they name are `listed`. `notes`
    are the footnotes and endnotes the file marks as such: a date they name (a cited decree's, a speech's
    they report) is never the document's."""
    metadata = metadata or {}
    paragraphs = paragraphs if paragraphs is not None else [p for p in text.split("\n\n")]
    language = detect_language(text, metadata.get("language"))  # an HTML page's lang="de" as a hint
    when, source = document_date(metadata, _without(paragraphs, notes) if notes else text, filename, written)
    aliases = aliases if aliases is not None else default_aliases()
    sep = "\n\n"
    # People are read with Latin look-alike letters as Cyrillic, as search reads them: OCR's
    # «Н.А. Haзapбaeв» is Назарбаев, and «Пpезидент» no initial П. and a surname. Same length, so
    # offsets hold in the text as written, which is what is stored (stress marks: below).
    as_written = sep.join(paragraphs)
    # A stress mark (Назарба́ев, pasted from Wikipedia or a textbook) would end a word for the name
    # rules: they read each paragraph without its marks, and a turn's offset is mapped back to it.
    unstressed = [nfc_with_map(p) for p in paragraphs]
    # Kazakh in Latin letters is read in Cyrillic ones, where the Kazakh name and speech rules are
    # written («Erlan Qarın qatysty» is «Ерлан Қарин қатысты»), and its people named as the Cyrillic
    # texts name them: one person, one facet value in either script
    year = alphabet_of(text) if language == "kk" else None
    if year:
        unstressed = [kazakh_in_cyrillic(p, origin, year) for p, origin in unstressed]
    # Uzbek's oʻ gʻ typed with ‘ read as its ʻ (Yo‘ldoshev is Yoʻldoshev): same length again
    twins = [uzbek_okina(_cyrillic_reading(p)) for p, _ in unstressed]
    # «Наурызбай кажы Таганулы» is read «кажы Наурызбай Таганулы»: an honorific inside a name stands
    # where a title does (same length: offsets hold but inside the name, mapped back below)
    paragraphs = [honorific_first(p) for p in twins]
    joined = sep.join(paragraphs)
    reading = names_language(text, language)  # Russian in Latin letters names people as English does
    mentions = find_persons(joined, reading, when, aliases, written_in=language)
    if "?" in joined:
        mentions = [m for m in mentions if not _cut_by_lost_letter(joined, m)]
    # a credit line's photographer or writer made the document and is no person of its news
    credits = credited(joined, mentions)
    staff = credited_author(mentions, credits)
    if credits:
        mentions = [m for k, m in enumerate(mentions) if k not in credits]
    _as_written_names(mentions, sep.join(twins))
    from ._text import tokenize
    tokens = tokenize(joined)
    starts = _paragraph_starts(paragraphs, len(sep))
    labels = transcript_labels(joined, tokens, mentions, frozenset(starts[i] for i in labelled))
    # «…», — сказал Председатель Сената.: the post names the one the document named with it
    speaking = with_post_holders(joined, tokens, mentions, aliases)
    spoken = speaker_mentions(joined, tokens, speaking, reading, labels, written_in=language)  # Ukrainian «сказав» too
    unquoted = frozenset(unquoted)
    speakers: dict[str, None] = {}
    for m, _ in spoken:
        if m.kind != "given" and _paragraph_at(starts, m.start) not in unquoted:  # a first name alone names nobody
            speakers.setdefault(m.canonical, None)
    turns = _attribute_turns(paragraphs, joined, sep, speaking, reading, spoken, tokens,
                             _cyrillic_reading(kazakh_in_cyrillic(nfc_with_map(title)[0], None, year)[0] if year
                                               else nfc_with_map(title)[0]), labels,
                             new_speaker=frozenset(new_speaker), paused=frozenset(paused), bold=frozenset(bold))
    turns = [ts if origin is None else [t._replace(offset=origin[t.offset]) for t in ts]
             for ts, (_, origin) in zip(turns, unstressed)]
    if labels:
        # a transcript's speakers are those with words of their own: the chair's «Слово
        # предоставляется Омарову К.Б. Нет его?» names a member who never spoke
        with_words = {s for ts in turns for t in ts for s in t.speakers}
        speakers = {s: None for s in speakers if s in with_words}
    speakers = _with_turns_speakers(speakers, [ts for i, ts in enumerate(turns) if i not in unquoted])
    if as_written != text and text.strip():
        # the text differs from the paragraphs (a caller's choice): persons from the text too
        read = kazakh_in_cyrillic(text, None, year)[0] if year else text
        mentions_text = find_persons(honorific_first(uzbek_okina(_cyrillic_reading(read))), reading, when, aliases, written_in=language)
        persons = canonical_persons(mentions + mentions_text)
    else:
        persons = canonical_persons(mentions)
    persons += labels_own_persons(labels, mentions, persons)
    listed_persons = listed_only(mentions, starts, frozenset(listed), speakers)
    if any(origin is not None for _, origin in unstressed):
        _as_written_offsets(mentions, unstressed, len(sep), as_written)
    found = Extraction(
        language=language,
        date=when,
        date_source=source,
        persons=persons,
        speakers=list(speakers),
        topics=find_topics(text, language, title=title),
        passage_turns=turns,
        mentions=mentions,
        listed=listed_persons,
        credited=staff,
    )
    # a foreign name a Kazakh Latin text writes in its own spelling (Antonio Guterres) keeps it
    return _renamed(found, foreign_names(mentions, year)) if year else found


def _renamed(found: Extraction, names: dict[str, str]) -> Extraction:
    """`found` with each canonical name of `names` renamed, in every field that holds one."""
    if not names:
        return found

    def rename(values: list[str]) -> list[str]:
        return list(dict.fromkeys(names.get(v, v) for v in values))

    for m in found.mentions:
        m.canonical = names.get(m.canonical, m.canonical)
    found.persons, found.speakers, found.listed = rename(found.persons), rename(found.speakers), rename(found.listed)
    found.passage_turns = [[t._replace(speakers=rename(t.speakers)) for t in ts] for ts in found.passage_turns]
    return found


def _cyrillic_reading(text: str) -> str:
    """`text` as people's names are read: Latin look-alikes inside words (cyrillic_twins) and initials
    in Latin look-alike capitals (cyrillic_initials) as Cyrillic. Same length."""
    return cyrillic_initials(cyrillic_twins(text))


def labels_own_persons(labels: list[Label], mentions: list[Mention], persons: list[str]) -> list[str]:
    """The persons only labels name, in order: a subtitle's label «КАРИН:» names a person the text
    may mention nowhere else. Compared through sets, by value as the dataclass compares: a session's
    transcript has hundreds of labels and thousands of mentions."""
    if not labels:
        return []  # most documents: no mention is looked at
    # a mention's fields in order (what the dataclass's == compares): astuple copied each field deeply
    found = {tuple(vars(m).values()) for m in mentions}
    labelled = [lb.speaker for lb in labels if lb.speaker is not None and tuple(vars(lb.speaker).values()) not in found]
    have = set(persons)
    return [p for p in canonical_persons(labelled) if p not in have]


def _without(paragraphs: list[str], left_out: Collection[int]) -> str:
    """The paragraphs joined as the text is, but those at the indices `left_out`."""
    left_out = frozenset(left_out)
    return "\n\n".join(p for i, p in enumerate(paragraphs) if i not in left_out)


def _as_written_offsets(mentions: list[Mention], read: list[tuple[str, list[int] | None]], sep: int,
                        as_written: str) -> None:
    """Each mention's offsets and text in the paragraphs as written, from those as read (`read`: each
    paragraph's reading and the map of its offsets to the written ones, None where they are the same)."""
    read_starts = _paragraph_starts([p for p, _ in read], sep)
    written_starts, at = [], 0
    for p, origin in read:
        written_starts.append(at)
        at += (origin[-1] if origin is not None else len(p)) + sep
    for m in mentions:
        k = _paragraph_at(read_starts, m.start)
        origin = read[k][1]
        start, end = m.start - read_starts[k], m.end - read_starts[k]
        if origin is not None:
            start, end = origin[start], origin[min(end, len(origin) - 1)]
        m.start, m.end = written_starts[k] + start, written_starts[k] + end
        m.text = as_written[m.start:m.end]


def _paragraph_at(starts: list[int], offset: int) -> int:
    """The index of the paragraph the offset falls in, given the paragraphs' starts."""
    return bisect_right(starts, offset) - 1


def _paragraph_starts(paragraphs: list[str], sep: int) -> list[int]:
    """Where each paragraph starts in the paragraphs joined by a separator `sep` characters long."""
    out, at = [], 0
    for p in paragraphs:
        out.append(at)
        at += len(p) + sep
    return out


def _with_turns_speakers(speakers: dict[str, None], turns: list[list[Turn]]) -> dict[str, None]:
    """The document's speakers and then everyone a turn gives words to: an interview's answers
    («– …» after a question) and a speech's body name no speech verb, yet they are his words."""
    out = dict(speakers)
    for ts in turns:
        for t in ts:
            for s in t.speakers:
                out.setdefault(s, None)
    return out


def _cut_by_lost_letter(text: str, mention: Mention) -> bool:
    """Whether a letter lost as «?» (parsers.lost_letters) cuts the mention's name: «Бек?ожин» read as «Бек»."""
    return (text[mention.end:mention.end + 2][:1] == "?" and text[mention.end + 1:mention.end + 2].isalpha()
            or mention.start >= 2 and text[mention.start - 1] == "?" and text[mention.start - 2].isalpha())


def _as_written_names(mentions: list[Mention], written: str) -> None:
    """A mention of a name whose honorific was moved before it starts at its given name as written,
    so it spans «Наурызбай кажы Таганулы»."""
    moved = moved_names(written)
    for m in mentions:
        if m.start in moved:
            m.start = moved[m.start]
            m.text = written[m.start:m.end]
