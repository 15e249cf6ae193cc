"""The title of a parallel text whose first half opens with no heading: the other half's heading. A
Kazakh paragraph, `* * *`, then «Брифинг секретариата …» / its dateline / the Russian text was
titled by its first Kazakh sentence, 130 characters long, while the Russian half names the subject."""
from __future__ import annotations

from ingest.extract.language import analysed_language
from ingest.parsers.normalize import is_bare_dateline, looks_like_title
from ingest.parsers.post_lines import has_words

# the other half is a half: its heading opens at least this share of the text (an English «Summary»
# closing a Russian report is no half, and no title of it)
_HALF_SHARE = 0.3


def other_half_heading(first: str, paragraphs: list[str]) -> str | None:
    """The heading opening the text's half in another language than its first line's, when that
    line is a sentence (no heading), else None. `paragraphs`: the text's paragraphs in order."""
    if not first or looks_like_title(first):
        return None
    texts = [p.strip() for p in paragraphs if has_words(p)]
    total = sum(map(len, texts))
    language = analysed_language(first)
    seen = 0
    for i, text in enumerate(texts):
        if 0 < i < len(texts) - 1 and "\n" not in text and looks_like_title(text) \
                and total - seen >= _HALF_SHARE * total and analysed_language(text) != language:
            # a heading opening its half: the text under it (past a dateline) is in its language too
            after = next((t for t in texts[i + 1:] if not is_bare_dateline(t)), "")
            return text if after and analysed_language(after) == analysed_language(text) else None
        seen += len(text)
    return None
