"""The holder of a post a quote is attributed to by the post alone: «…», — сказал Председатель Сената.
names the person the document named with that post before it («Председатель Сената Маулен Ашимбаев
открыл заседание», «Председателя Сената М. Ашимбаева», «Кумар Аксакалов, аким Костанайской области,»),
and «…», – деді Сенат Төрағасы. the one «Сенат Төрағасы Мәулен Әшімбаев …» named (Kazakh puts the
post's body before its possessed head: «облыс әкімі», «Мәдениет және ақпарат министрі»).

The attribution may shorten the post («аким области» for «аким Костанайской области», «министр
культуры» for «министр культуры и информации», «министр» alone): each of its body's words must be
one of the holder's. Precision first, so it names nobody when two people held a matching post in
the document, when the holder is named only after the quote's paragraph, when the post is plural
(«— отметили депутаты»), held for another («И.о. акима») or no longer («бывший аким»), or inside
someone's quote.

The name may be a variant from the aliases file («Председатель Ассамблеи Касым-Жомарт Токаев»), follow
the person's honorific («… Казахстана Елбасы Нурсултан Назарбаев»), and hold several posts joined by
commas («Председатель Ассамблеи, Президент Республики Казахстан Н.А. Назарбаев»): each is his. A post
may open with an adjective («Государственный секретарь», «Первый заместитель»), which the attribution
keeps or drops («— отметил госсекретарь»); «Глава государства» and «Мемлекет басшысы» are the President.

    post_mentions(text, tokens, mentions, aliases=None) -> list[Mention]
    with_post_holders(text, tokens, mentions, aliases=None) -> list[Mention]   (the mentions and those, in order)
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from index.post_words import KAZAKH_ADJECTIVE_POSTS, KAZAKH_POST_HEADS, MAX_BODY, modifier, russian_title

from ._text import DASHES, Token, attributes_a_quote, fold, is_dictionary, parses, text_sentence_ids
from .acting_posts import former_marker, not_held
from .aliases import KAZAKH_AS_RUSSIAN, Aliases, default_aliases, word_keys
from .persons import Mention
from .speech_words import speech_verb

# the case endings a possessed head takes before a name in another case («Сенат Төрағасының …»)
_KK_HEAD_CASES = ("ның", "нің", "на", "не", "н")
# the endings a Kazakh body word may take (облыс / облысының / облысы): compared by stem and ending
_KK_ENDINGS = frozenset("""ы і сы сі ның нің тың тің дың дің ының інің сының сінің на не ына іне сына сіне
    да де та те нда нде ында інде дан ден тан тен нан нен ынан інен ға ге қа ке""".split())
_KK_SAID = frozenset(("деді", "деди", "айтты"))  # «…», – деді …; «атап өтті» below
_JOINING = frozenset(("и", "және", "мен"))  # «министр культуры и информации», «Мәдениет және ақпарат министрі»
_GENERIC_NEVER = frozenset(("спикер",))  # «— отметил спикер»: whoever has just spoken, no post
_ENDS_ATTRIBUTION = frozenset(".,!?;…)") | DASHES


@dataclass(frozen=True)
class _Post:
    head: str  # the Russian post's lemma: председатель
    body: tuple[str, ...]  # its body's words, folded: («сената»,), («облыс»,)
    first: int  # its first token
    last: int  # its last token + 1
    mods: tuple[str, ...] = ()  # the adjectives before its head, as lemmas: («государственный»,)


def post_mentions(text: str, tokens: list[Token], mentions: list[Mention],
                  aliases: Aliases | None = None) -> list[Mention]:
    """A mention of the holder for each quote's attribution that is a post alone (see the module);
    `aliases` (default: default_aliases()) give the titles a holder's name may follow."""
    verbs = [k for k in range(2, len(tokens) - 1) if tokens[k - 1].text in DASHES
             and (said := _said(tokens, k)) is not None and _post_word_after(tokens, said)]
    if not verbs:
        return []  # most texts: no «…», — сказал <post>, and no name of a holder looked for
    sids = text_sentence_ids(text)
    starts = {m.first_token: m for m in mentions if m.kind != "given"}
    holders = _holders(tokens, sids, mentions, starts, aliases if aliases is not None else default_aliases())
    if not holders:
        return []
    paragraph_ends = _paragraph_ends(text)
    out: list[Mention] = []
    for k in verbs:
        if not attributes_a_quote(tokens, sids, k) or _inside_quote(text, tokens[k].start):
            continue
        post = _attributed_post(tokens, sids, _said(tokens, k), starts)
        if post is None:
            continue
        upto = paragraph_ends[_paragraph_of(paragraph_ends, tokens[k].start)]
        held = {m.canonical: m for p, m in holders if m.start < upto and _same_post(post, p)}
        if len(held) != 1 or not post.body and post.head in _GENERIC_NEVER:
            continue
        holder = next(iter(held.values()))
        a, b = tokens[post.first].start, tokens[post.last - 1].end
        out.append(Mention(a, b, text[a:b], holder.canonical, holder.gender, True, "post", post.first, post.last))
    return out


def with_post_holders(text: str, tokens: list[Token], mentions: list[Mention],
                      aliases: Aliases | None = None) -> list[Mention]:
    """The mentions and the post attributions naming their holders, in the text's order: whom the
    speech cues may make speakers."""
    posts = post_mentions(text, tokens, mentions, aliases)
    return sorted(mentions + posts, key=_start) if posts else mentions


def _start(m: Mention) -> int:
    return m.start


def _said(tokens: list[Token], k: int) -> int | None:
    """The last token of the speech verb at token k («сказал», «деді», «атап өтті»), else None."""
    word = fold(tokens[k].text)
    if word in _KK_SAID:
        return k
    if word == "атап" and k + 1 < len(tokens) and fold(tokens[k + 1].text) == "өтті":
        return k + 1
    said = speech_verb(tokens[k].text)
    return k if said is not None and said[1] != "plur" else None


def _post_word_after(tokens: list[Token], verb: int) -> bool:
    """A post's head may follow the verb at token `verb`: a Russian title right after it, a Kazakh
    possessed head a few words on."""
    after = tokens[verb + 1:verb + 2 + MAX_BODY]
    return bool(after) and (russian_title(after[0].text, nominative=True) is not None
                            or len(after) > 1 and modifier(after[0].text, nominative=True) is not None
                            and russian_title(after[1].text, nominative=True) is not None
                            or any(fold(t.text) in KAZAKH_POST_HEADS for t in after)
                            or _kazakh_adjective_post(tokens, verb + 2, cased=False) is not None)


def _attributed_post(tokens: list[Token], sids, verb: int, starts: dict[int, Mention]) -> _Post | None:
    """The post right after the verb that ends the attribution, a nominative singular one, with no
    name of its own after it («— сказал аким области Е. Булекпаев» names him already)."""
    k = verb + 1
    if k >= len(tokens) or k in starts or sids[k] != sids[verb]:
        return None
    post = _russian_post(tokens, k, starts, nominative=True) or _kazakh_post_after(tokens, sids, k, starts) \
        or _kazakh_adjective_post(tokens, k + 1, cased=False)
    if post is None and (mod := modifier(tokens[k].text, nominative=True)) is not None and k + 1 < len(tokens) \
            and sids[k + 1] == sids[k] and (headed := _russian_post(tokens, k + 1, starts, nominative=True)):
        post = _Post(headed.head, headed.body, k, headed.last, (mod,))  # «— отметил Государственный секретарь»
    if post is None:
        return None
    end = post.last
    if end < len(tokens) and sids[end] == sids[verb] and tokens[end].text not in _ENDS_ATTRIBUTION:
        return None  # more words: «— сказал аким области журналистам», someone else's name
    return post


def _holders(tokens: list[Token], sids, mentions: list[Mention], starts: dict[int, Mention],
             aliases: Aliases) -> list[tuple[_Post, Mention]]:
    """Each post the text names a person with: right before the name («Председатель Сената Маулен
    Ашимбаев», «Сенат Төрағасы М. Әшімбаевтың»), or after it between commas («Кумар Аксакалов, аким
    Костанайской области,»)."""
    out: list[tuple[_Post, Mention]] = []
    named = frozenset(i for m in mentions for i in range(m.first_token, m.last_token))
    for m in mentions:
        if m.kind in ("given", "post") or m.kind == "alias" and not _is_a_name(m):
            continue
        titles = aliases.variant_words.get(m.canonical, frozenset())
        posts = next((found for at in _behind_titles(tokens, sids, m, titles)
                      if (found := _posts_before(tokens, sids, at, starts, named))), [])
        if not posts and m.last_token + 1 < len(tokens) and tokens[m.last_token].text == ",":
            after = _russian_post(tokens, m.last_token + 1, starts) or _kazakh_post_after(
                tokens, sids, m.last_token + 1, starts)
            if after is not None and after.last < len(tokens) and tokens[after.last].text in ",.;)" + "".join(DASHES):
                posts = [after]
        out += [(post, m) for post in posts if not not_held(tokens, post.first)]
    return out


def _is_a_name(m: Mention) -> bool:
    """An alias mention that is the person's name («Касым-Жомарт Токаев», «Нурсултана Назарбаева»),
    not a title of his («Елбасы», «Глава государства»): its last word is his surname."""
    surname = fold(m.canonical.rsplit(" ", 1)[-1]).translate(KAZAKH_AS_RUSSIAN)
    words = m.text.split()
    return len(words) > 1 and len(surname) >= 3 and fold(words[-1]).translate(KAZAKH_AS_RUSSIAN).startswith(surname)


def _behind_titles(tokens: list[Token], sids, m: Mention, titles: frozenset[str]) -> list[int]:
    """Where the posts before the name `m` may end, nearest first: right before it, and before each
    word of his titles from the aliases file before it («… Казахстана Елбасы Нурсултан Назарбаев»,
    «…, Первый Президент Республики Казахстан – Елбасы Нурсултан Назарбаев»), or before the comma
    that joins them to a post."""
    out = [m.first_token]
    at = m.first_token - 1
    while at > 0 and sids[at] == sids[m.first_token] and m.first_token - at <= 2 * MAX_BODY and (
            tokens[at].text in DASHES or tokens[at].is_word and not titles.isdisjoint(word_keys(tokens[at].text))):
        out.append(at)
        at -= 1
    if len(out) > 1 and at > 0 and tokens[at].text == ",":
        out.append(at)
    return out


def _posts_before(tokens: list[Token], sids, at: int, starts: dict[int, Mention],
                  named: frozenset[int]) -> list[_Post]:
    """The posts ending right before token `at`: the one there, and those before it joined by commas
    («Председатель Ассамблеи, Президент Республики Казахстан Н.А. Назарбаев»)."""
    posts: list[_Post] = []
    while (post := _post_before(tokens, sids, at, starts, named)) is not None and len(posts) < 3:
        posts.append(post)
        at = post.first - 1
        if at < 1 or tokens[at].text != ",":
            break
    return posts


def _post_before(tokens: list[Token], sids, at: int, starts: dict[int, Mention],
                 named: frozenset[int]) -> _Post | None:
    """The post ending right before token `at` (a name, or the comma after a post): a Russian one's
    head and its genitive body, or a Kazakh one's body and head. `named`: the tokens of the text's
    names, which no body takes."""
    k = at - 1
    if k < 0 or not tokens[k].is_word or sids[k] != sids[at]:
        return None
    if (adjectival := _kazakh_adjective_post(tokens, k, cased=True)) is not None and sids[k - 1] == sids[k]:
        return adjectival  # «Мемлекеттік хатшы Ерлан Қарин»
    if (head := _kazakh_head(tokens[k].text, cased=True)) is not None:
        first = k
        while first - 1 >= 0 and k - first < MAX_BODY and tokens[first - 1].is_word and \
                sids[first - 1] == sids[k] and first - 1 not in named:
            first -= 1
        return _Post(head, tuple(fold(t.text) for t in tokens[first:k]), first, k + 1)
    # a Russian post: its head up to MAX_BODY words before the name, its body the words between; the
    # first head of several is his post («заместитель министра культуры Аида Балаева» is no minister)
    found = None
    for head in range(k, max(-1, k - MAX_BODY - 1), -1):
        if not tokens[head].is_word or sids[head] != sids[k]:
            break
        post = _russian_post(tokens, head, starts)
        if post is not None and post.last == at:
            found = post
    return _with_modifier(tokens, sids, found, named) if found is not None else None


def _with_modifier(tokens: list[Token], sids, post: _Post, named: frozenset[int]) -> _Post:
    """The post with the adjective right before its head («Государственный секретарь»), if any; never
    one that says it is no longer held («бывший»), which not_held reads."""
    k = post.first - 1
    if k < 0 or not tokens[k].is_word or sids[k] != sids[post.first] or k in named or former_marker(tokens[k].text):
        return post
    mod = modifier(tokens[k].text)
    return post if mod is None else _Post(post.head, post.body, k, post.last, (mod,))


def _russian_post(tokens: list[Token], k: int, starts: dict[int, Mention], nominative: bool = False) -> _Post | None:
    """The Russian post whose head is token k (a title: председатель, аким, министр), its body the
    genitive words after it, up to a name; `nominative`: the head only in the nominative singular."""
    head = russian_title(tokens[k].text, nominative)
    if head is None:
        return None
    j = k + 1
    while j < len(tokens) and j - k <= MAX_BODY and j not in starts and tokens[j].is_word and (
            _genitive(tokens[j].text) or fold(tokens[j].text) in _JOINING and j + 1 < len(tokens)
            and j + 1 not in starts and tokens[j + 1].is_word and _genitive(tokens[j + 1].text)):
        j += 1
    return _Post(head, tuple(fold(t.text) for t in tokens[k + 1:j] if fold(t.text) not in _JOINING), k, j)


def _kazakh_post_after(tokens: list[Token], sids, k: int, starts: dict[int, Mention]) -> _Post | None:
    """The Kazakh post starting at token k: body words, then a bare possessed head («Сенат Төрағасы»)."""
    for head in range(k, min(len(tokens), k + MAX_BODY + 1)):
        if not tokens[head].is_word or sids[head] != sids[k] or (head > k and head in starts):
            return None
        if (lemma := _kazakh_head(tokens[head].text, cased=False)) is not None:
            return _Post(lemma, tuple(fold(t.text) for t in tokens[k:head] if fold(t.text) not in _JOINING), k, head + 1)
    return None


def _kazakh_adjective_post(tokens: list[Token], k: int, cased: bool) -> _Post | None:
    """The Kazakh post of an adjective and its bare head at token k («Мемлекеттік хатшы», before a name in
    another case «Мемлекеттік хатшының» when `cased`), read as the Russian one (Государственный секретарь)."""
    if not 1 <= k < len(tokens) or not tokens[k].is_word or not tokens[k - 1].is_word:
        return None
    head, adjective = fold(tokens[k].text), fold(tokens[k - 1].text)
    for ending in ("",) + (_KK_HEAD_CASES if cased else ()):
        if head.endswith(ending) and (adjective, head[:len(head) - len(ending)]) in KAZAKH_ADJECTIVE_POSTS:
            mod, title = KAZAKH_ADJECTIVE_POSTS[adjective, head[:len(head) - len(ending)]]
            return _Post(title, (), k - 1, k + 1, (mod,))
    return None


@lru_cache(maxsize=20_000)
def _kazakh_head(word: str, cased: bool) -> str | None:
    """The Russian post a Kazakh possessed head is («Төрағасы» председатель); `cased`: a case ending
    may follow (before a name in another case)."""
    low = fold(word)
    if low in KAZAKH_POST_HEADS:
        return KAZAKH_POST_HEADS[low]
    if cased:
        for ending in _KK_HEAD_CASES:
            if low.endswith(ending) and low[:-len(ending)] in KAZAKH_POST_HEADS:
                return KAZAKH_POST_HEADS[low[:-len(ending)]]
    return None


@lru_cache(maxsize=20_000)
def _genitive(word: str) -> bool:
    """A word of a post's body: a noun or adjective that may be in the genitive (Сената, Костанайской,
    РК), or the country's name after «Республики»."""
    if fold(word) == "казахстан":
        return True  # «Республики Казахстан»: the name stays in the nominative
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parses(word))


def _same_post(said: _Post, held: _Post) -> bool:
    """The attribution's post is the holder's: the same head, and each of its body's words and
    adjectives one of his."""
    (head, body, mods), (held_head, held_body, held_mods) = _plain(said), _plain(held)
    return head == held_head and all(any(_same_word(w, h) for h in held_body) for w in body) and \
        set(mods) <= set(held_mods)


# one post under two names: the head of state is the President (the Constitution, article 40)
_HEAD_OF_STATE = {("глава", "государство"), ("руководитель", "мемлекет")}
_SHORT_TITLES = {"госсекретарь": ("секретарь", "государственный")}  # «госсекретарь»: Государственный секретарь


def _plain(post: _Post) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A post's head, body and adjectives with its other names read as one («Глава государства» is
    президент, «госсекретарь» Государственный секретарь)."""
    if len(post.body) == 1 and any(post.head == head and _same_word(post.body[0], body)
                                   for head, body in _HEAD_OF_STATE):
        return "президент", (), post.mods
    if post.head == "президент" and "первый" in post.mods:
        return "первый президент", post.body, ()  # the First President's honorific, no post held now
    if post.head in _SHORT_TITLES:
        head, mod = _SHORT_TITLES[post.head]
        return head, post.body, post.mods + (mod,)
    return post.head, post.body, post.mods


@lru_cache(maxsize=50_000)
def _same_word(a: str, b: str) -> bool:
    """Two body words are one word in two forms: a Russian word's lemma (Сената, Сенат), a Kazakh
    stem and its ending (облыс, облысының)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short) and long[len(short):] in _KK_ENDINGS:
        return True
    return bool(_lemmas(a) & _lemmas(b))


@lru_cache(maxsize=50_000)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(p.normal_form for p in parses(word) if is_dictionary(p))


def _inside_quote(text: str, at: int) -> bool:
    """Offset `at` is inside a «…» quote opened in its paragraph: someone else's words quote the post."""
    start = text.rfind("\n\n", 0, at) + 1
    piece = text[start:at]
    return piece.count("«") > piece.count("»")


def _paragraph_ends(text: str) -> list[int]:
    out, at = [], text.find("\n\n")
    while at != -1:
        out.append(at)
        at = text.find("\n\n", at + 2)
    return out + [len(text)]


def _paragraph_of(ends: list[int], offset: int) -> int:
    return bisect_left(ends, offset)
