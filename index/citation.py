"""How a quote is cited: `«...» — А. Платонов; <title>, <date>, с. <page>`, the same string on the
web page, in the JSON API, the CSV export and the command line, and a quote's fields as the JSON
API and `search --quotes --json` give them.

Plain text only (no Flask), so the command can use it without loading the web app.
"""
from __future__ import annotations

import html
import re
from datetime import date

from index.aliases import fold
from index.analysis import analyze_terms
from index.latin_names import latin_as_cyrillic
from index.morphology import kazakh_as_russian
from index.results import QuoteHit

CITATION_MAX_CHARS = 400  # a longer passage is cited by the sentence where the query's words meet
ATTRIBUTION_MAX_CHARS = 200  # "— заявил председатель … С. Абдрахманов": longer is more than an attribution

# A sentence ends at . ! ? or …, but an initial before a name ("А. Платонов", "К.К. Токаев") ends
# none: a capital letter standing alone before the full stop (as ingest.passages cuts sentences);
# nor does an English title (Mr. Nazarbayev).
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?<!\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bProf\.)"
    r"[»\"”)]?\s+(?=[«\"“(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
_DASH = r"(?:—|–|-(?=\s))"
# «Слова», — заявил С. Абдрахманов.   /   С. Абдрахманов подчеркнул: «Слова».   /   «Слова».
_QUOTE_THEN_WHO = re.compile(r"«(?P<quote>.+)»[,.!?…]?\s*" + _DASH + r"\s*(?P<who>[^«»]+)", re.S)
_WHO_THEN_QUOTE = re.compile(r"(?P<who>[^«»]+):\s*«(?P<quote>.+)»[.!?…]?", re.S)
_WHOLE_QUOTE = re.compile(r"«(?P<quote>.+)»[.!?…]?", re.S)
# English: "Words," said M. Tulegenov.   /   M. Tulegenov said: "Words."   /   "Words."
# (a straight quotation mark comes escaped in the passage's HTML)
_EN_OPEN, _EN_CLOSE = r'(?:["“]|&quot;|&#34;)', r'(?:["”]|&quot;|&#34;)'
_EN_INSIDE = r'(?:(?!&quot;|&#34;)[^"“”])'
_EN_QUOTE_THEN_WHO = re.compile(
    rf"{_EN_OPEN}(?P<quote>{_EN_INSIDE}+?),?{_EN_CLOSE}[,.]?\s+(?P<who>{_EN_INSIDE}+)", re.S)
_EN_WHO_THEN_QUOTE = re.compile(
    rf"(?P<who>{_EN_INSIDE}+?)[:,]\s*{_EN_OPEN}(?P<quote>{_EN_INSIDE}+){_EN_CLOSE}[.!?…]?", re.S)
_EN_WHOLE_QUOTE = re.compile(rf"{_EN_OPEN}(?P<quote>{_EN_INSIDE}+){_EN_CLOSE}[.!?…]?", re.S)
_NAME_WORD = re.compile(r"[^\W\d_]+")
_TRAILING_PUNCTUATION = " ,;:—–-"
_INNER_QUOTES = str.maketrans("«»", "„“")  # quotes within a quote, as Russian typography nests them


def plain(fragment: str) -> str:
    """Text of a marked fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"</?mark>", "", fragment or ""))


def short_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "без даты"


def citation(text_html: str, speakers: list[str] | None, title: str, when: date | None, page: int | None) -> str:
    """`«...» — А. Платонов, С. Абдрахманов; <title>, <date>, с. <page>` (speakers and page when known)."""
    return "".join(text for text, _ in citation_parts(text_html, speakers, title, when, page))


def citation_parts(text_html: str, speakers: list[str] | None, title: str, when: date | None,
                   page: int | None) -> list[tuple[str, str | None]]:
    """The citation in pieces, each with whose words it is: "quote" (the passage's), "title" (the
    document's) or None. A web page marks the quote with the passage's language and the title with
    the document's (a Kazakh statement in a Russian report); the rest («— …; », the date, «с.») is
    the page's Russian."""
    words = cite_text(quoted_words(text_html, speakers or []), speakers=speakers or [])
    attribution = f" — {', '.join(speakers)}" if speakers else ""
    tail = f", {short_date(when)}" + (f", с. {page}" if page else "")
    return [("«", None), (words.translate(_INNER_QUOTES), "quote"), (f"»{attribution}; ", None),
            (title, "title") if title else ("без названия", None), (tail, None)]


def hit_citation(hit: QuoteHit) -> str:
    return citation(hit.text_html, hit.speakers, hit.title, hit.date, hit.page)


def hit_citation_parts(hit: QuoteHit) -> list[tuple[str, str | None]]:
    return citation_parts(hit.text_html, hit.speakers, hit.title, hit.date, hit.page)


def leaves_out_matches(hit: QuoteHit) -> bool:
    """Whether the hit's citation lacks a word the passage was found by: «…», said M. Tulegenov,
    adding that the budget would double, found by `budget`, is cited by its quote alone."""
    found = {word for _, word in _marks(hit.text_html)}
    if not found:
        return False
    cited = cite_text(quoted_words(hit.text_html, hit.speakers), speakers=hit.speakers)
    return not found <= set(analyze_terms(" ".join([cited, *hit.speakers])))  # a speaker is cited too


def passage_anchor(hit: QuoteHit) -> str:
    """The passage's anchor on its document's page (`p-<position>`)."""
    return "p-" + hit.passage_id.rsplit("/", 1)[-1]


def quote_fields(hit: QuoteHit, url: str) -> dict:
    """A quote as the JSON API gives it (`url`: where the web app shows the passage)."""
    return {
        "id": hit.passage_id, "document_id": hit.doc_id, "title": hit.title, "date": hit.date,
        "page": hit.page, "speaker": hit.speaker, "speakers": hit.speakers, "text": hit.text, "text_html": hit.text_html,
        "citation": hit_citation(hit), "score": hit.score, "missing": hit.missing, "url": url,
    }


# -- the quoted words ---------------------------------------------------------------------------
def quoted_words(text_html: str, speakers: list[str]) -> str:
    """The words a passage quotes, for a citation that names the speaker after them: a passage
    that is one «...» quote loses its own quotation marks, and the attribution beside it
    («...», — заявил С. Абдрахманов.) when that names one of its speakers in one clause; any
    other passage is quoted whole."""
    text = text_html.strip()
    m = _attributed_quote(text, speakers)
    if m:
        return m["quote"]
    m = _WHOLE_QUOTE.fullmatch(text) or _EN_WHOLE_QUOTE.fullmatch(text)
    if m and _balanced(m["quote"]):
        return m["quote"]
    return text_html


def _attributed_quote(text: str, speakers: list[str]) -> re.Match | None:
    """`text` as one «...» quote with an attribution naming one of the speakers, or None."""
    for pattern in (_QUOTE_THEN_WHO, _WHO_THEN_QUOTE, _EN_QUOTE_THEN_WHO, _EN_WHO_THEN_QUOTE):
        m = pattern.fullmatch(text)
        if m and _balanced(m["quote"]) and _is_attribution(plain(m["who"]), speakers):
            return m
    return None


def _balanced(quote: str) -> bool:
    """Whether every » in `quote` closes a « in it: `А», — сказал он. «Б` is two quotes, not one."""
    depth = 0
    for ch in quote:
        if ch in "«»":
            depth += 1 if ch == "«" else -1
            if depth < 0:
                return False
    return depth == 0


def _is_attribution(who: str, speakers: list[str]) -> bool:
    """Whether `who` ("заявил С. Абдрахманов.") is one clause naming one of the speakers."""
    who = " ".join(who.split())
    if not who or len(who) > ATTRIBUTION_MAX_CHARS or _SENTENCE_END.search(who):
        return False
    surnames = [words[-1] for name in speakers if (words := _NAME_WORD.findall(name))]
    # «– деді Қ. Тоқаев» names К.К. Токаев: Kazakh letters read as their Russian look-alikes
    who = kazakh_as_russian(fold(who))
    # «"…," Tokayev said» names К.К. Токаев: Latin words read the Russian way
    who += " " + " ".join(latin_as_cyrillic(w) for w in _NAME_WORD.findall(who))
    return any(kazakh_as_russian(fold(surname)) in who for surname in surnames)


# -- cutting a long passage -----------------------------------------------------------------------
def cite_text(text_html: str, limit: int = CITATION_MAX_CHARS, speakers: list[str] | None = None) -> str:
    """The quoted words: the whole passage when short, else the sentence where most of the query's
    words meet (then the most matches, then the first such sentence); a sentence longer than
    `limit` is cut to whole words around its first match. `[…]` marks a cut. When the sentence
    (with its neighbours) is one «...» quote attributed to one of `speakers`, the quote's words
    alone are cited, as `quoted_words` cites a passage that is one quote: whole, they need no `[…]`."""
    text = " ".join(plain(text_html).split())
    if len(text) <= limit:
        return text
    bounds = [0] + _sentence_ends(text) + [len(text)]
    sentences = list(zip(bounds, bounds[1:]))
    marks = _marks(text_html)
    best = max(range(len(sentences)), key=lambda i: _sentence_rank(sentences[i], marks)) if marks else 0
    lo, hi = 0, len(text)  # what a cut is measured against: the passage, or the speaker's quote
    start, end = sentences[best]
    if quote := _speakers_quote_around(text, sentences, best, speakers or [], limit):
        start, end = lo, hi = quote
    at = next((m_start for m_start, _ in marks if start <= m_start < end), start)
    if end - start > limit:
        start, end = _word_window(text, start, end, at, limit)
    prefix = "[…] " if start > lo else ""
    suffix = " […]" if end < hi else ""
    return prefix + text[start:end].strip() + suffix


def _speakers_quote_around(text: str, sentences: list[tuple[int, int]], i: int, speakers: list[str],
                           limit: int) -> tuple[int, int] | None:
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
            lead = len(span) - len(span.lstrip())
            m = _attributed_quote(span.strip(), speakers)
            if m:
                return start + lead + m.start("quote"), start + lead + m.end("quote")
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


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence but the last ends in `text` (the next one starts there)."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]


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
