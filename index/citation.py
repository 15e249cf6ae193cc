"""How a quote is cited: `«...» — А. Платонов; <title>, <date>, с. <page>`, the same string on the
web page, in the JSON API, the CSV export and the command line, and a quote's fields as the JSON
API and `search --quotes --json` give them.

Plain text only (no Flask), so the command can use it without loading the web app.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from index.aliases import citing_with, fold, names_variant, variant_keys
from index.answers import arrival_fields, files_fields
from index.citing_words import MONTHS_GENITIVE, NBSP, citing_words, ru_date  # noqa: F401 (the pages' date words)
from index.analysis import analyze_terms
from index.latin_names import latin_readings
from index.morphology import kazakh_as_russian, parses
from index.passage_links import permalink
from index.post_words import post_alone
from index.paths import gone_paths
from index.quote_marks import closed_at_the_edges, paired_quotes
from index.references import numbers_not_named, reference
from index.results import QuoteHit
from index.sentences import sentence_starts
from index.tokenize import cyrillic_twins

CITATION_MAX_CHARS = 400  # a longer passage is cited by the sentence where the query's words meet
ATTRIBUTION_MAX_CHARS = 200  # "— заявил председатель … С. Абдрахманов": longer is more than an attribution

_DASH = r"(?:—|–|-(?=\s))"
# An organisation's name in «» may stand in an attribution, after a word: before another word
# (— отметил председатель ОО «Русская община» В. Петров; председатель центра «Полония» Я. Ковальчик
# сказал: «…») or ending a clause or the attribution (Я. Ковальчик, председатель центра «Полония»,
# сказал: «…»; «…», – сказал Р. Ким, председатель центра «Корё Сарам».). A «…» ending the attribution
# that a verb opens is no name but a second quote: «…», — сказал он и напомнил «…». (_opened_by_verb)
# The name may nest another one, as official names do: председатель ОО «Немецкий национальный центр
# «Возрождение»» А.Ф. Шмидт; ««Возрождение» неміс ұлттық орталығы» қоғамдық бірлестігінің төрағасы
# Straight and „…“ marks are read as «» first (index.quote_marks); a name in English “…” is plain
# characters, but the «…» it may nest is a name too: директор ТОО “Издательство „Жибек Жолы“” С.С. Сериков
_NAME_WORDS = r"[^«».!?]"
_NAME_IN_QUOTES = (r"(?:(?<=\w\s)|(?<=\w\s“))«(?:" + _NAME_WORDS + "{1,60}|" + _NAME_WORDS + "{0,60}«" + _NAME_WORDS
                   + "{1,60}»" + _NAME_WORDS + r"{0,60})»(?=\s+\w|\s*[,.;:)”]|\s*$)")
_WHO_CHAR = r"(?:[^«»]|" + _NAME_IN_QUOTES + ")"  # a character of an attribution, or such a name
_WHO_CHAR_NO_DASH = r"(?:[^«»—–]|" + _NAME_IN_QUOTES + ")"  # ... in speech set off with dashes
_SPOKEN_CHAR = r"(?:[^«»]|«[^«»]*»)"  # of speech set off with dashes: a name in «» in it («Слова назидания») too
# «Слова», — заявил С. Абдрахманов.   /   «Words,» said M. Tulegenov (straight quotes read as «»).
_QUOTE_THEN_WHO = re.compile(r"«(?P<quote>.+?)(?:»[,.!?…]?\s*" + _DASH + r"|,»|(?<=[!?…])»)\s*"
                             r"(?P<who>" + _WHO_CHAR + "+)", re.S)
# «Слова». Об этом сообщил аким области Е. Булекпаев.
_QUOTE_THEN_ABOUT = re.compile(r"«(?P<quote>[^«»]+)»[.!?…]?\s+(?P<who>(?:Об|О)\s+(?:этом|том)\s[^«»]+)", re.S)
# — Слова, — сказал аким области Е. Булекпаев. (direct speech set off with dashes)
_DASH_THEN_WHO = re.compile(r"[—–]\s*(?P<quote>" + _SPOKEN_CHAR + r"+?)(?:,|(?<=[!?…]))\s+[—–]\s+(?P<who>" + _WHO_CHAR_NO_DASH + "+)",
                            re.S)
# С. Абдрахманов подчеркнул: «Слова».   /   «Слова».
_WHO_THEN_QUOTE = re.compile(r"(?P<who>" + _WHO_CHAR + r"+):\s*«(?P<quote>.+)»[.!?…]?", re.S)
# Как отметил С. Абдрахманов, «Слова».   /   По словам председателя ОО «Русская община» В. Петрова,
# «Слова».: the attribution opening the quote's sentence, a comma where a colon would be
_AS_WHO_SAID_QUOTE = re.compile(r"(?P<who>(?:Как|По\s+словам)\s" + _WHO_CHAR + r"+),\s*«(?P<quote>.+)»[.!?…]?",
                                re.S)
_WHOLE_QUOTE = re.compile(r"«(?P<quote>.+)»[.!?…]?", re.S)
# English curly quotes: “Words,” said M. Tulegenov.   /   M. Tulegenov said: “Words.”   /   “Words.”
# An organisation's name in “…” in the attribution, after a word and before another word or a
# clause's end, is part of it: “Слова”, — сообщила директор ТОО “Айгерим Сервис” П.П. Ермекова.
_EN_NAME_IN_QUOTES = r"(?<=\w\s)“[^“”.!?]{1,60}”(?=\s+\w|\s*[,.;:)]|\s*$)"
_EN_WHO_CHAR = r"(?:[^“”]|" + _EN_NAME_IN_QUOTES + ")"
_EN_QUOTE_THEN_WHO = re.compile(r"“(?P<quote>[^“”]+?),?”[,.]?\s+(?P<who>" + _EN_WHO_CHAR + "+)", re.S)
_EN_WHO_THEN_QUOTE = re.compile(r"(?P<who>" + _EN_WHO_CHAR + r"+?)[:,]\s*“(?P<quote>[^“”]+)”[.!?…]?", re.S)
_EN_WHOLE_QUOTE = re.compile(r"“(?P<quote>[^“”]+)”[.!?…]?", re.S)
# Two quotes around one attribution: «Слова», — сказал Т. Ибрагимов. «Ещё слова». / “Words,” said
# Tokayev. “More words.”: cited as one quote, the attribution between its parts cut out as `[…]`
_QUOTE_WHO_QUOTE = re.compile(r"«(?P<quote>.+?)(?:»[,.!?…]?\s*" + _DASH + r"|,»|(?<=[!?…])»)\s*(?P<who>" + _WHO_CHAR
                              + r"+)«(?P<second>.+)»[.!?…]?", re.S)
_EN_QUOTE_WHO_QUOTE = re.compile(r"“(?P<quote>[^“”]+?),?”[,.]?\s+(?P<who>[^“”]+)“(?P<second>[^“”]+)”[.!?…]?", re.S)
# ... and direct speech set off with dashes, split by its attribution: — Слова, — сказал аким Е. Булекпаев. —
# Ещё слова. / — Слова, — сказал он, — и ещё слова. (the first part keeps its comma, as inside «…»)
_DASH_WHO_DASH = re.compile(r"[—–]\s*(?P<quote>" + _SPOKEN_CHAR + r"+?(?:,|(?<=[!?…])))\s+[—–]\s+(?P<who>"
                            + _WHO_CHAR_NO_DASH + r"+?)[,.]\s+[—–]\s+(?P<second>" + _SPOKEN_CHAR + "+)", re.S)
_WHO_BETWEEN_ENDS = " .,:;" + "—–-"  # the attribution's full stop, and a dash opening the second quote
# A quote split by its attribution: «Слова, — сказала Л. Ким, — и ещё слова» / «… друга, — подчеркнул
# А. Скаков. — И это …»: where the attribution starts (after the first part's comma, ! or ?) and ends
_ATTRIBUTION_OPENS = re.compile(r"(?<=[,!?…])\s+" + _DASH + r"\s+")
_ATTRIBUTION_CLOSES = re.compile(r"[,.]\s+" + _DASH + r"\s+")
_NAME_WORD = re.compile(r"[^\W\d_]+")
# «— добавил он», «— сказала она затем», «he said», «said she», Kazakh «– деді ол» (in Latin letters
# «– dedı ol»): a pronoun standing for the speaker
_PRONOUNS = frozenset(("он", "она", "he", "she", "ол", "ol"))
_PRONOUN_SUBJECT_WORDS = 2  # the pronoun before the verb or after it: «he said», «— добавил он»
_TRAILING_PUNCTUATION = " ,;:—–-"
_INNER_QUOTES = str.maketrans("«»", "„“")  # quotes within a quote, as Russian typography nests them
# the dash opening a turn of a dialogue (an interview's answer «— Я считаю, …» or question): no word of it
# (typed as a hyphen-minus too: «- С семьи.»)
_TURN_DASH = re.compile(r"^(?:[—–]|-(?=\s))\s+(?=\S)")


# the «…» ending an attribution and the two words before it: «… и напомнил «…».», «… процитировал Абая «…».»
# (a quote nesting another: «… «…» …»)
_LAST_QUOTE_AFTER_WORDS = re.compile(
    r"(?:(?P<before>[^\W\d_]+)\s+)?(?P<word>[^\W\d_]+)\s+«(?:[^«»]|«[^«»]*»)+»[.!?…]?\s*$")
_VERB_FORMS = frozenset(("VERB", "INFN", "GRND"))  # pymorphy3's: напомнил, процитировать, цитируя
_NOT_OBJECTS = frozenset(("PREP", "CONJ", "PRCL"))  # «выступил в «Доме дружбы»»: a place, no quote
_ENGLISH_SPEECH_VERBS = frozenset(("said", "says", "told", "wrote"))  # and any in -ed: added, recalled


def _is_verb_form(word: str) -> bool:
    word = word.lower()
    if word.isascii():
        return word in _ENGLISH_SPEECH_VERBS or word.endswith("ed")
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in _VERB_FORMS


def _opened_by_verb(who: str) -> bool:
    """Whether `who` ends with a «…» a verb form opens, itself or with one word between (its
    object): «сказал Р. Ким и напомнил «…».», «… и процитировал Абая «…».». That is the speaker's
    second quote, not an organisation's name ending his post («…, председатель центра «Корё Сарам».»),
    whatever the verb (any of them, not a list of speech verbs)."""
    m = _LAST_QUOTE_AFTER_WORDS.search(who)
    if m is None:
        return False
    if _is_verb_form(m["word"]):
        return True
    word_readings = parses(m["word"].lower())
    return bool(m["before"]) and _is_verb_form(m["before"]) and not (
        word_readings and word_readings[0].tag.POS in _NOT_OBJECTS)


def plain(fragment: str) -> str:
    """Text of a marked fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"</?mark>", "", fragment or ""))


REPORTED_LABEL = "Пересказ"  # the reporter's account of what a speaker said, not his words


class Cited(NamedTuple):
    """What a citation gives of a passage: its words (plain text), and whether they are the
    reporter's account of the speaker's words (`reported`) rather than the speaker's own."""

    words: str
    reported: bool


def cited(text_html: str, speakers: list[str], narrated: bool = False) -> Cited:
    """The words a citation gives of a passage. `narrated`: a speech cue of the passage's own
    narration names its speaker (ingest's PassageRecord.narrated: «…», — сказал X; X отметил,
    что…): it is the reporter's text, the speaker's words only where it quotes him. So unless
    the words cited are one quote of his with its attribution («…», — сказал X; or, in a long
    passage, the sentence of one), it is cited as the reporter's account (`reported`): «Токаев
    подчеркнул, что…» is not Токаев's wording. A passage that is the speaker's own (a transcript's
    turn, a speech's body, a quote going on from the paragraph before) is his words whole."""
    readable = _readable_quotes(text_html)
    words = _one_quote(readable, speakers, narrated)
    if words is None and not narrated:
        # «— Я считаю, …», an interview's answer, no attribution after it: the words after the dash;
        # an interviewer's question, nobody's, likewise: no citation opens with the dialogue's dash
        readable = _TURN_DASH.sub("", readable, count=1)
        words = _one_quote(readable, speakers, narrated)
    if words is not None:
        return Cited(cite_text(words, speakers=speakers), False)
    text, quoted = _cut(readable, CITATION_MAX_CHARS, speakers, narrated)
    if quoted or not (narrated and speakers):
        return Cited(text, False)
    # the reporter's words keep their own quotation marks (a Russian one's «», an English one's "…")
    return Cited(_cut(closed_at_the_edges(text_html.strip()), CITATION_MAX_CHARS, [])[0], True)


def citation(text_html: str, speakers: list[str] | None, title: str, when: date | None, page: int | None,
             narrated: bool = False, act_numbers: list[str] | tuple = (), language: str = "") -> str:
    """`«...» — А. Платонов, С. Абдрахманов; <title>, <date>, с. <page>` (speakers and page when
    known); the reporter's account of their words (see `cited`) as
    `Пересказ: ... (А. Платонов; <title>, <date>, с. <page>)`, without the quotation marks and the
    signature that would make it their words. An act is cited with its number, «<title> от <date> № 548»;
    a Kazakh document (`language`: the document's) with Kazakh words, «2021 жылғы 15 маусым, б. 2»."""
    return citation_of(cited(text_html, speakers or [], narrated), speakers or [], title, when, page, act_numbers,
                       language)


def citation_of(words: Cited, speakers: list[str], title: str, when: date | None, page: int | None,
                act_numbers: list[str] | tuple = (), language: str = "") -> str:
    return "".join(text for text, _ in citation_parts(words, speakers, title, when, page, act_numbers, language))


def citation_parts(words: Cited, speakers: list[str], title: str, when: date | None, page: int | None,
                   act_numbers: list[str] | tuple = (), language: str = "") -> list[tuple[str, str | None]]:
    """The citation in pieces, each with whose words it is: "quote" (the passage's), "title" (the
    document's), "words" (the date's and page's, in the document's language: index.citing_words) or
    None (the page's Russian). A web page marks the quote with the passage's language, the title with
    the document's (a Kazakh statement in a Russian report), and a Kazakh document's date and «б.» so."""
    cite = citing_words(language)
    title_part = (title, "title") if title else (cite.untitled, "words")
    tail = source_tail(when, page, numbers_not_named(title, act_numbers), language)
    if words.reported:
        return [(f"{REPORTED_LABEL}: ", None), (words.words, "quote"), (f" ({', '.join(speakers)}; ", None),
                title_part, (tail, "words"), (")", None)]
    signature = f" — {', '.join(speakers)}" if speakers else ""
    return [("«", None), (words.words.translate(_INNER_QUOTES), "quote"), (f"»{signature}; ", None), title_part,
            (tail, "words")]


def source_tail(when: date | None, page: int | None, act_numbers: list[str] | tuple = (), language: str = "") -> str:
    """What follows a cited document's title: «, 15 июня 2022 г., с. 2»; an act's number after its
    date, as an act is named in Russian, « от 12 апреля 2021 г. № 548» (undated: «, № 548»), and in a
    Kazakh document's words, «, 2021 жылғы 15 маусым, № 12, б. 2»."""
    cite = citing_words(language)
    numbers = ", ".join(f"№{NBSP}{n}" for n in act_numbers)
    if numbers and when and cite.language == "":
        said = f" от {cite.date(when)} {numbers}"
    else:
        said = f", {cite.date(when)}" + (f", {numbers}" if numbers else "")
    return said + (f", {cite.page}{NBSP}{page}" if page else "")


def hit_cited(hit: QuoteHit) -> Cited:
    with citing_with(hit.aliases):  # a title from the aliases its index keeps names its speaker
        return cited(hit.text_html, hit.speakers, hit.narrated)


def hit_citation_of(words: Cited, hit: QuoteHit) -> str:
    """The citation of a quote hit's `words` (hit_cited), its document's number and language counted."""
    return citation_of(words, hit.speakers, hit.title, hit.date, hit.page, hit.act_numbers, hit.document_language)


def hit_citation_parts(words: Cited, hit: QuoteHit) -> list[tuple[str, str | None]]:
    return citation_parts(words, hit.speakers, hit.title, hit.date, hit.page, hit.act_numbers, hit.document_language)


def hit_citation(hit: QuoteHit) -> str:
    return hit_citation_of(hit_cited(hit), hit)


def hit_reference(hit: QuoteHit) -> str:
    """The bibliographic reference of the quote's source, its page cited (index.references)."""
    return reference(hit.author, hit.title, hit.date, hit.act_numbers, hit.document_language, hit.page)


def leaves_out_matches(hit: QuoteHit) -> bool:
    """Whether the hit's citation lacks a word the passage was found by: «…», said M. Tulegenov,
    adding that the budget would double, found by `budget`, is cited by its quote alone."""
    found = {word for _, word in _marks(hit.text_html)}
    if not found:
        return False
    words = hit_cited(hit).words
    return not found <= set(analyze_terms(" ".join([words, *hit.speakers])))  # a speaker is cited too


def passage_anchor(hit: QuoteHit) -> str:
    """The passage's anchor on its document's page (`p-<position>`)."""
    return "p-" + hit.passage_id.rsplit("/", 1)[-1]


def speech(words: Cited, speakers: list[str]) -> str | None:
    """`direct` (the speaker's own words), `reported` (the reporter's account of them), or None
    for a passage nobody is reported to speak."""
    return None if not speakers else "reported" if words.reported else "direct"


def quote_link(hit: QuoteHit, root: str = "") -> str:
    """The quote's stable link (index.passage_links.permalink) under the web app's `root`: what a
    copied citation ends with."""
    return root + permalink(hit.doc_id, hit.fingerprint, passage_anchor(hit))


def before_link(citation: str) -> str:
    """What stands between a citation and its link, as «Копировать цитату» copies them:
    «…, с. 2. https://…», «…, 2022 г. https://…»."""
    return " " if citation.endswith(".") else ". "


def quote_fields(hit: QuoteHit, url: str, api_url: str, root: str = "") -> dict:
    """A quote as the JSON API gives it (`url`: where the web app shows the passage, the query
    marked; `permalink`: its stable link, see `quote_link`; `api_url`: its document's
    /api/documents answer; `speech`: see `speech`; `language` and `format`: the passage's own,
    which the quote facets count and filter by)."""
    words = hit_cited(hit)
    return {
        "id": hit.passage_id, "document_id": hit.doc_id, "title": hit.title, "date": hit.date,
        "page": hit.page, "speaker": hit.speaker, "speakers": hit.speakers, "speech": speech(words, hit.speakers),
        "language": hit.language, "format": hit.format, "text": hit.text, "text_html": hit.text_html,
        "citation": hit_citation_of(words, hit), "score": hit.score,
        "author": hit.author, "act_numbers": hit.act_numbers, "document_language": hit.document_language,
        "reference": hit_reference(hit),
        "missing": hit.missing, "url": url, "permalink": quote_link(hit, root), "api_url": api_url,
        **files_fields(hit.paths, hit.copies), **arrival_fields(hit.added, hit.changed), "gone_paths": gone_paths(hit.paths),
    }


# -- the quoted words ---------------------------------------------------------------------------
class _Words(NamedTuple):
    """Where a speaker's quoted words are in a text: [start, end), and the attribution inside
    them (`cut`: its span) when it splits the quote in two."""

    start: int
    end: int
    cut: tuple[int, int] | None = None


def quoted_words(text_html: str, speakers: list[str]) -> str:
    """The words a passage quotes, for a citation that names the speaker after them: a passage
    that is one quote loses its own quotation marks, and the attribution beside it («...», —
    заявил С. Абдрахманов.) or inside it («…, — сказала Л. Ким, — …», as `[…]`) when that names
    one of its speakers in one clause; any other passage is quoted whole. Straight quotation
    marks are read as «…», and a quote running on from or into another paragraph counts as
    closed at the passage's edge (its words are one paragraph's part of it)."""
    text = _readable_quotes(text_html)
    return _one_quote(text, speakers) or text


def _one_quote(text: str, speakers: list[str], narrated: bool = False) -> str | None:
    """The words of `text` (its marks read: `_readable_quotes`) when it is one quote, else None
    (`narrated`: see _is_attribution)."""
    found = _attributed_quote(text, speakers, narrated)
    if found is None:
        m = _WHOLE_QUOTE.fullmatch(text) or _EN_WHOLE_QUOTE.fullmatch(text)
        if m is None or not _balanced(m["quote"]):
            return None
        found = _Words(m.start("quote"), m.end("quote"))
    return _spliced(text, *found)


def _readable_quotes(text_html: str) -> str:
    """The passage with its quotation marks as the patterns read them (see index.quote_marks)."""
    return closed_at_the_edges(paired_quotes(text_html.strip()))


def _attributed_quote(text: str, speakers: list[str], narrated: bool = False) -> _Words | None:
    """Where the words of `text` are when it is one «...» quote with an attribution naming one of
    the speakers, before it, after it or splitting it; None when it is not."""
    for pattern in (_QUOTE_THEN_WHO, _QUOTE_THEN_ABOUT, _DASH_THEN_WHO, _WHO_THEN_QUOTE, _AS_WHO_SAID_QUOTE,
                    _EN_QUOTE_THEN_WHO, _EN_WHO_THEN_QUOTE):
        m = pattern.fullmatch(text)
        if m and _balanced(m["quote"]) and _is_attribution(plain(m["who"]), speakers, narrated) and not (
                m.end("who") == len(text) and _opened_by_verb(plain(m["who"]))):
            return _Words(m.start("quote"), m.end("quote"))
    for pattern in (_QUOTE_WHO_QUOTE, _EN_QUOTE_WHO_QUOTE, _DASH_WHO_DASH):
        m = pattern.fullmatch(text)
        if m and _balanced(m["quote"]) and _balanced(m["second"]) and _is_attribution(
                plain(m["who"]).strip(_WHO_BETWEEN_ENDS), speakers, narrated) and (
                pattern is not _DASH_WHO_DASH or _dashed_speech_goes_on(m["second"], speakers)):
            return _Words(m.start("quote"), m.end("second"), (m.end("quote"), m.start("second")))
    m = _WHOLE_QUOTE.fullmatch(text)
    if m and _balanced(m["quote"]) and (
            cut := _attribution_inside(text, m.start("quote"), m.end("quote"), speakers, narrated)):
        return _Words(m.start("quote"), m.end("quote"), cut)
    return None


def _dashed_speech_goes_on(second: str, speakers: list[str]) -> bool:
    """Whether the words after a dashed speech's attribution («— …, — сказал X. — <second>») are all
    the speaker's: no attribution of a reply in them («— …, — ответил Y.») and no sentence of the
    reporter's naming him again or standing for him by a pronoun («Он также отметил, что…»)."""
    if _ATTRIBUTION_OPENS.search(second):
        return False
    bounds = [0, *sentence_starts(second), len(second)]
    return not any(_is_attribution(plain(second[a:b]), speakers, narrated=True) for a, b in zip(bounds, bounds[1:]))


def _attribution_inside(text: str, start: int, end: int, speakers: list[str],
                        narrated: bool) -> tuple[int, int] | None:
    """The span of an attribution naming one of the speakers that splits the quote text[start:end]
    in two («Молодежь — наше будущее, — сказала студентка Л. Ким, — а ветераны — наша память»),
    from the space before its dash to the space after the dash closing it; the first part keeps
    its comma. None when no such attribution splits it."""
    for opening in _ATTRIBUTION_OPENS.finditer(text, start, end):
        closing = _ATTRIBUTION_CLOSES.search(text, opening.end(), end)
        if closing is None:
            break
        first, second = text[start:opening.start()], text[closing.end():end]
        if (_balanced(first) and _balanced(second) and _NAME_WORD.search(second)
                and _is_attribution(plain(text[opening.end():closing.start()]), speakers, narrated)):
            return opening.start(), closing.end()
    return None


def _spliced(text: str, start: int, end: int, cut: tuple[int, int] | None = None) -> str:
    """text[start:end], the attribution `cut` out of it (where it overlaps) as `[…]`."""
    if cut is None or cut[1] <= start or end <= cut[0]:
        return text[start:end].strip()
    return " […] ".join(part for part in (text[start:cut[0]].strip(), text[cut[1]:end].strip()) if part)


def _balanced(quote: str) -> bool:
    """Whether every » in `quote` closes a « in it: `А», — сказал он. «Б` is two quotes, not one."""
    depth = 0
    for ch in quote:
        if ch in "«»":
            depth += 1 if ch == "«" else -1
            if depth < 0:
                return False
    return depth == 0


def _is_attribution(who: str, speakers: list[str], narrated: bool = False) -> bool:
    """Whether `who` ("заявил С. Абдрахманов.") is one clause naming one of the speakers: by
    surname, or by a title the aliases give him («— подчеркнул Глава государства»); or, in a
    passage whose narration names its speaker (`narrated`: ingest read the pronoun or the post as
    him), by a pronoun («— добавил он», «he said») or by a post alone («— сказал Председатель Сената»)."""
    # as ingest read the speaker: OCR's «— подчеркнул Н.А. Haзapбaeв» (Latin look-alikes) names Назарбаев
    who = cyrillic_twins(" ".join(who.split()))
    if not speakers or not who or len(who) > ATTRIBUTION_MAX_CHARS or sentence_starts(who):
        return False
    said = _NAME_WORD.findall(fold(who))
    if narrated and _PRONOUNS & set(said[:_PRONOUN_SUBJECT_WORDS]):
        return True  # the verb's subject, whatever follows in its clause (— ответил он Г. Ахметовой)
    if narrated and post_alone(who):
        return True  # «— сказал Председатель Сената»: ingest named the post's holder, the one the document named with it
    if names_variant(who, variant_keys(speakers)):
        return True
    surnames = [words[-1] for name in speakers if (words := _NAME_WORD.findall(name))]
    # «– деді Қ. Тоқаев» names К.К. Токаев: Kazakh letters read as their Russian look-alikes
    who = kazakh_as_russian(fold(who))
    # «"…," Tokayev said» names К.К. Токаев: Latin words read the Russian way
    who += " " + " ".join(r for w in _NAME_WORD.findall(who) for r in latin_readings(w))
    if any(kazakh_as_russian(fold(surname)) in who for surname in surnames):
        return True
    # her surname's cases are no words made of it: «По словам Д.К. Ёлкиной» names Д.К. Ёлкина
    return any(_case_of(word, kazakh_as_russian(fold(surname))) for surname in surnames
               for word in _NAME_WORD.findall(who))


def _case_of(word: str, surname: str) -> bool:
    """Whether `word` is a case form of `surname` (both folded) that changes its end: Ёлкиной of
    Ёлкина, Ковальской of Ковальская; a word only sharing a term (Омар of Омаров) is not one."""
    return len(surname) > 4 and len(word) >= len(surname) and word.startswith(surname[:-2]) and bool(
        set(analyze_terms(word)) & set(analyze_terms(surname)))


# -- cutting a long passage -----------------------------------------------------------------------
def cite_text(text_html: str, limit: int = CITATION_MAX_CHARS, speakers: list[str] | None = None) -> str:
    """The quoted words: the whole passage when short, else the sentence where most of the query's
    words meet (then the most matches, then the first such sentence); a sentence longer than
    `limit` is cut to whole words around its first match. `[…]` marks a cut. When the sentence
    (with its neighbours) is one «...» quote attributed to one of `speakers`, the quote's words
    alone are cited, as `quoted_words` cites a passage that is one quote: whole, they need no `[…]`."""
    return _cut(text_html, limit, speakers or [])[0]


def _cut(text_html: str, limit: int, speakers: list[str], narrated: bool = False) -> tuple[str, bool]:
    """`cite_text`, and whether the words it cites are a quote of one of `speakers` (its marks
    and attribution left out). A passage whose narration names its speaker (`narrated`) is the
    reporter's text: even when short it is cited by the speaker's quote where the query's words
    are, if they are in one («…», — подчеркнул Б. Оразбаев. Он отметил, что…); see _is_attribution."""
    text = " ".join(plain(text_html).split())
    short = len(text) <= limit
    if short and not narrated:
        return text, False
    bounds = [0, *sentence_starts(text), len(text)]  # as the index cuts sentences (index.sentences)
    sentences = list(zip(bounds, bounds[1:]))
    marks = _marks(text_html)
    best, quote = _best_sentence(text, sentences, marks, speakers, limit, narrated)
    if short and quote is None:
        return text, False
    lo, hi = 0, len(text)  # what a cut is measured against: the passage, or the speaker's quote
    start, end = sentences[best]
    cut = None
    if quote:
        start, end = lo, hi = quote.start, quote.end
        cut = quote.cut
    at = next((m_start for m_start, _ in marks if start <= m_start < end), start)
    if end - start > limit:
        start, end = _word_window(text, start, end, at, limit)
        if cut and cut[0] <= start < cut[1]:  # not from inside the attribution splitting the quote
            start = cut[1]
        if cut and cut[0] < end <= cut[1]:
            end = cut[0]
    prefix = "[…] " if start > lo else ""
    suffix = " […]" if end < hi else ""
    return prefix + _spliced(text, start, end, cut) + suffix, quote is not None


def _best_sentence(text: str, sentences: list[tuple[int, int]], marks: list[tuple[int, str]], speakers: list[str],
                   limit: int, narrated: bool) -> tuple[int, _Words | None]:
    """The sentence a citation is cut around (where the query's words meet most: _sentence_rank) and the
    speaker's quote there, if it is in one. In a narrated passage a sentence of the speaker's quote wins a
    tie: with no query, or one found only in his name, «Дархан Мыңбай баяндама жасады. «…», – деді Д. Мыңбай.»
    is cited by his quote, not as the reporter's account of the paragraph. There his name found by the
    query says who speaks, not what: it ranks no sentence (`Мынбай` finds the quote Д. Мынбай is named by)."""
    if narrated:
        names = set(analyze_terms(" ".join(speakers)))
        # a mark's word is its first index term: the name's own, or one whose terms meet it (тоқаев: токай)
        marks = [(at, word) for at, word in marks if word not in names and not names & set(analyze_terms(word))]
    ranks = [_sentence_rank(sentence, marks) for sentence in sentences]
    top = max(ranks)
    tied = [i for i, rank in enumerate(ranks) if rank[:2] == top[:2]] if narrated else [ranks.index(top)]
    for i in tied:
        quote = _speakers_quote_around(text, sentences, i, speakers, limit, narrated)
        if quote is not None:
            return i, quote
    return tied[0], None


def _speakers_quote_around(text: str, sentences: list[tuple[int, int]], i: int, speakers: list[str],
                           limit: int, narrated: bool) -> _Words | None:
    """Where the words of the «...» quote are (without its marks and attribution) when sentence `i`,
    alone or with its neighbours (at most `limit` characters in all, a long one alone), is one
    quote attributed to one of `speakers`: «Слова. Ещё слова», – отметил Б. Нурланов."""
    if not speakers:
        return None
    for first in range(i, -1, -1):
        for last in range(i, len(sentences)):
            start, end = sentences[first][0], sentences[last][1]
            if end - start > limit and (first, last) != (i, i):
                break
            span = text[start:end]
            at = start + len(span) - len(span.lstrip())
            found = _attributed_quote(span.strip(), speakers, narrated)
            if found:
                cut = (at + found.cut[0], at + found.cut[1]) if found.cut else None
                return _Words(at + found.start, at + found.end, cut)
        if sentences[i][1] - sentences[first][0] > limit:
            break
    return None


def _marks(text_html: str) -> list[tuple[int, str]]:
    """Each match: where it starts in the passage's plain text (whitespace collapsed, as cite_text
    reads it) and the word it is a form of (its first index term, so `языка` and `языком` are one
    word of the query)."""
    marks = []
    parts = re.split(r"<mark>(.*?)</mark>", text_html, flags=re.S)
    before = ""
    for i in range(1, len(parts), 2):
        before += parts[i - 1]
        word = html.unescape(parts[i])
        start = len(" ".join(html.unescape(before).split()))
        if before[-1:].isspace() and start:  # the collapsed space before the match
            start += 1
        terms = analyze_terms(word)
        marks.append((start, terms[0] if terms else fold(word)))
        before += parts[i]
    return marks


def _sentence_rank(sentence: tuple[int, int], marks: list[tuple[int, str]]) -> tuple[int, int, int]:
    """Distinct query words in the sentence, then matches, then the earlier sentence."""
    start, end = sentence
    inside = [word for at, word in marks if start <= at < end]
    return len(set(inside)), len(inside), -start


def _word_window(text: str, start: int, end: int, at: int, limit: int) -> tuple[int, int]:
    """At most `limit` characters of text[start:end] around `at`, cut between words (a third of
    the window before the match, the sentence's end pulling it back when the match is late)."""
    lo = max(start, min(at - limit // 3, end - limit))
    hi = min(end, lo + limit)
    if lo > start and not text[lo - 1].isspace():  # inside a word: from the next one
        space = text.find(" ", lo, hi)
        lo = space + 1 if space >= 0 else lo
    if hi < end and not text[hi].isspace():  # inside a word: up to the one before
        space = text.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    if hi < end:  # "кружков, […]" reads "кружков […]"
        hi = lo + len(text[lo:hi].rstrip(_TRAILING_PUNCTUATION))
    return lo, hi
