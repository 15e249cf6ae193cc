"""Deterministic synthetic corpus of Assembly-like Russian documents, for benchmarks.

Vocabulary: real Russian lemmas sampled from pymorphy3's dictionary (plus a fixed list of the
archive's own domain words at the top ranks), inflected through ``Parse.lexeme``; every word form
gets a Zipf weight (rank ** -ZIPF_S over lemmas, a geometric share over each lemma's forms), so
that at 100k documents the most common content words occur in 10-50% of documents and the tail
in a handful. Function words take about a third of the tokens, as in real Russian prose.

Documents: 300-500 words in 3-6 paragraphs (one ``PassageRecord`` each), a title, 1-3 speakers
(from a pool of 300 canonical names ``С. Абдрахманов``) quoted in the text with a speech verb,
2-6 persons mentioned, 1-3 topics (12 names) also named in the text, language mostly ru, format
pdf/html/txt, a date in 2000-01-01..2026-12-31 (1% undated), a unique doc_id.

Deterministic: the same seed gives the same documents, and ``--count N`` yields a prefix of
``--count M`` for N < M. Generation runs at well over 5,000 documents per second (tokens are
drawn in numpy batches; the vocabulary is built once, in about two seconds).

    python -m bench.synth_corpus --count 20000          # prints generation rate and statistics
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator

import numpy as np

from index.records import DocumentRecord, PassageRecord

DEFAULT_SEED = 20240501
BATCH = 1000  # documents generated per numpy batch (fixed: keeps --count N a prefix of --count M)
ZIPF_S = 1.3  # exponent over content lemmas
ZIPF_Q = 2.0  # Zipf-Mandelbrot offset: flattens the very top a little
N_LEMMAS = 15000  # content lemmas (about 40k word forms)
MAX_FORMS = 8  # word forms kept per lemma among the top RICH_LEMMAS lemmas
RICH_LEMMAS = 2000
TAIL_FORMS = 2  # word forms kept per lemma below that rank (rare words show up in few forms)
FUNCTION_SHARE = 0.33  # share of tokens that are function words

_ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
_BAD_GRAMMEMES = frozenset(
    "Name Surn Patr Geox Orgn Trad Abbr Arch Infr Slng Erro Dist Litr Init Fixd Coll Vulg Apro".split()
)
_POS = frozenset({"NOUN", "ADJF", "INFN", "ADVB"})
_SKIP_FORM_POS = frozenset({"PRTF", "PRTS", "GRND", "COMP"})

# The archive's own vocabulary (lemmas), ranked first: these become the common words.
DOMAIN_LEMMAS = """
ассамблея народ казахстан республика президент государство общество согласие единство
работа вопрос развитие участие роль задача заседание сессия депутат мажилис секретариат
совет председатель заместитель член центр область город район этнокультурный объединение
межэтнический отношение язык культура молодежь молодежный политика общественный
национальный государственный казахстанский международный региональный стратегия
модернизация обновление духовный патриотизм стабильность мир толерантность диалог
сотрудничество взаимодействие поддержка проект программа мероприятие форум конференция
круглый стол встреча праздник день год неделя месяц традиция история память наследие
гражданин гражданский право закон конституция реформа экономика образование школа
университет студент учитель семья ребенок женщина ветеран волонтер волонтерский
медиация медиатор конфликт профилактика экстремизм религия религиозный вера ценность
доверие дружба уважение понимание представитель руководитель глава аким акимат министр
министерство правительство парламент сенат комиссия комитет решение предложение
инициатива план направление деятельность опыт результат итог цель принцип основа
важный новый главный активный современный дальнейший необходимый особый значительный
обеспечение укрепление сохранение повышение реализация проведение организация создание
отметить подчеркнуть заявить сказать сообщить рассказать предложить выступить обсудить
принять провести поддержать укрепить сохранить развивать обеспечить
""".split()

# Function words and their rough relative frequencies in Russian prose.
FUNCTION_WORDS = (
    ("и", 30), ("в", 28), ("на", 14), ("с", 10), ("что", 9), ("по", 8), ("не", 8), ("как", 5),
    ("для", 5), ("а", 5), ("к", 4), ("о", 4), ("его", 3), ("это", 4), ("из", 4), ("за", 3),
    ("также", 3), ("от", 3), ("их", 2), ("все", 2), ("при", 3), ("так", 2), ("но", 3),
    ("же", 2), ("у", 2), ("который", 3), ("которые", 3), ("была", 2), ("был", 2), ("были", 2),
    ("будет", 2), ("этом", 2), ("этой", 2), ("ее", 2), ("до", 2), ("после", 1), ("под", 1),
    ("между", 1), ("более", 1), ("уже", 1), ("только", 1), ("может", 1), ("очень", 1),
    ("где", 1), ("когда", 1), ("чтобы", 1), ("или", 1), ("всех", 1), ("через", 1),
)

TOPICS = (
    "межэтнические отношения", "языковая политика", "молодежная политика", "волонтерство",
    "медиация", "общественное согласие", "патриотическое воспитание",
    "этнокультурные объединения", "духовное обновление", "благотворительность",
    "научно-экспертная деятельность", "информационная политика",
)

_SURNAMES_M = """
Абдрахманов Буларов Набиев Осин Хамедов Платонов Назарбаев Токаев Тасмагамбетов Мухамедиулы
Бекмухамбетов Ахметов Сагинтаев Шукеев Кульмаханов Жумагулов Ермеков Байменов Сарсенбаев
Исмаилов Рахимов Юсупов Алиев Мамедов Гусейнов Керимов Кадыров Асанов Турсунов Назаров
Иванов Петров Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Федоров
Михайлов Беляев Тарасов Белов Комаров Орлов Киселев Макаров Андреев Ковалев Ильин Гусев
Шевченко Бондаренко Коваленко Ткаченко Кравченко Мельник Гончаренко Савченко Руденко Лысенко
Ли Ким Пак Цой Хван Тен Шин Хегай Огай Югай
Шмидт Вебер Фишер Майер Вагнер Беккер Шульц Гофман Келлер Рихтер
Каримов Рашидов Мирзаев Хасанов Умаров Сабиров Тохтиев Абдуллаев Масимов Розиев
Гасанов Велиев Джафаров Оруджев Нуриев Байрамов Сулейманов Аскаров Мусин Сафин
""".split()

_INITIALS = "АБВГДЕЖЗИКЛМНОПРСТУФХШЭЮЯ"

SPEECH_VERBS_M = ("отметил", "подчеркнул", "заявил", "сказал", "сообщил", "рассказал", "предложил")
SPEECH_VERBS_F = ("отметила", "подчеркнула", "заявила", "сказала", "сообщила", "рассказала", "предложила")
ROLES = (
    "депутат Мажилиса", "заместитель председателя Ассамблеи", "член Совета Ассамблеи",
    "аким области", "председатель этнокультурного объединения", "заведующий сектором",
    "министр информации", "руководитель секретариата", "представитель молодежного крыла",
    "эксперт", "ректор университета", "ветеран", "волонтер",
)
MENTION_INSTR = (  # {0}: names in the instrumental, {1}: a topic
    "Встреча прошла с участием {0} по теме «{1}».",
    "Вместе с {0} участники обсудили тему «{1}».",
    "Мероприятие, организованное {0}, было посвящено теме «{1}».",
    "Под председательством {0} рассмотрены вопросы по направлению «{1}».",
    "На площадке с {0} состоялся разговор о том, что такое «{1}».",
)
MENTION_NOM = (  # {0}: names in the nominative
    "В обсуждении приняли участие {0}.",
    "Также выступили {0}.",
    "Свои предложения внесли {0}.",
    "В работе секции участвовали {0}.",
)
TITLE_TEMPLATES = (
    "О {w} роли Ассамблеи народа Казахстана",
    "Круглый стол «{T}» в {w}",
    "Заседание Совета Ассамблеи народа Казахстана: {w} и {w}",
    "XXV сессия Ассамблеи: {T}",
    "{W} {w}: форум «{T}»",
    "Стенограмма выступления по вопросам {w} {w}",
    "В {w} обсудили {w} {w}",
    "Отчет о {w} {w} за {Y} год",
    "{W} и {w} — {T}",
    "Итоги конференции «{W} {w}»",
)

_KAZAKH_WORDS = """
және бойынша үшін қазақстан халқы ассамблеясы бірлік келісім тіл мемлекеттік жастар
ұлттық мәдениет дәстүр достық татулық елбасы тәуелсіздік қоғам азамат жұмыс отбасы
бейбітшілік ынтымақ мереке жиналыс төраға орынбасары депутат облыс қала аудан мектеп
""".split()
_ENGLISH_WORDS = """
the of and to in assembly people kazakhstan unity accord interethnic relations language
policy youth council session forum president society culture dialogue cooperation support
development peace tolerance regional national public state program project meeting report
conference round table volunteers mediation tradition heritage community citizens agreement
""".split()


@dataclass
class Vocabulary:
    forms: list[str]  # every word form, in rank order of its lemma
    cum: np.ndarray  # cumulative probabilities over forms (content words + function words)
    lemma_of: list[int]  # form index -> lemma index (-1 for function words)
    lemmas: list[str]
    content_forms: int  # forms [0, content_forms) are content words


def _sample_dictionary_lemmas(morph, rng: random.Random, want: int) -> list[str]:
    """Clean, common-kind lemmas sampled over the whole dictionary, deterministically."""
    found: list[str] = []
    seen: set[str] = set()
    prefixes = [a + b + c for a in _ALPHABET for b in _ALPHABET for c in _ALPHABET]
    for prefix in prefixes:
        scanned = kept = 0
        for word, tag, normal_form, _para, idx in morph.dictionary.iter_known_words(prefix):
            scanned += 1
            if scanned > 200 or kept >= 6:
                break
            if idx != 0 or word != normal_form or len(word) < 4 or word in seen:
                continue
            if tag.POS not in _POS or tag.grammemes & _BAD_GRAMMEMES:
                continue
            seen.add(word)
            found.append(word)
            kept += 1
    rng.shuffle(found)
    return found[:want]


def _forms_of(morph, lemma: str, max_forms: int) -> list[str]:
    parses = [p for p in morph.parse(lemma) if p.normal_form == lemma and p.tag.POS in _POS | {"VERB"}]
    if not parses:
        return [lemma]
    out: list[str] = []
    for form in parses[0].lexeme:
        if form.tag.POS in _SKIP_FORM_POS or "Supr" in form.tag or "V-ej" in form.tag:
            continue
        word = form.word
        if word not in out:
            out.append(word)
        if len(out) >= max_forms:
            break
    return out or [lemma]


def build_vocabulary(seed: int = DEFAULT_SEED, n_lemmas: int = N_LEMMAS) -> Vocabulary:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    rng = random.Random(seed)
    sampled = _sample_dictionary_lemmas(morph, rng, n_lemmas)
    domain = list(dict.fromkeys(DOMAIN_LEMMAS))
    domain_set = set(domain)
    rest = [w for w in sampled if w not in domain_set][: max(0, n_lemmas - len(domain))]
    # Domain lemmas take the top ranks (after the first few, dictionary lemmas join them).
    lemmas: list[str] = domain[:40]
    di, ri = iter(domain[40:]), iter(rest)
    for i in range(len(domain) + len(rest)):
        src = di if i % 3 != 2 else ri
        w = next(src, None) or next(ri if src is di else di, None)
        if w is not None:
            lemmas.append(w)

    forms: list[str] = []
    weights: list[float] = []
    lemma_of: list[int] = []
    form_share = np.array([0.40, 0.22, 0.13, 0.09, 0.06, 0.04, 0.03, 0.03])
    lemma_weights = 1.0 / (np.arange(1, len(lemmas) + 1) + ZIPF_Q) ** ZIPF_S
    lemma_weights /= lemma_weights.sum()
    seen: set[str] = set()
    for li, lemma in enumerate(lemmas):
        max_forms = MAX_FORMS if li < RICH_LEMMAS else TAIL_FORMS
        fs = [f for f in _forms_of(morph, lemma, max_forms) if f not in seen]
        if not fs:
            continue
        share = form_share[: len(fs)] / form_share[: len(fs)].sum()
        for f, s in zip(fs, share):
            seen.add(f)
            forms.append(f)
            weights.append(lemma_weights[li] * s * (1.0 - FUNCTION_SHARE))
            lemma_of.append(li)
    content_forms = len(forms)
    fw_total = sum(w for _, w in FUNCTION_WORDS)
    for word, w in FUNCTION_WORDS:
        forms.append(word)
        weights.append(FUNCTION_SHARE * w / fw_total)
        lemma_of.append(-1)
    p = np.asarray(weights, dtype=np.float64)
    cum = np.cumsum(p / p.sum())
    cum[-1] = 1.0
    return Vocabulary(forms=forms, cum=cum, lemma_of=lemma_of, lemmas=lemmas, content_forms=content_forms)


def make_people(seed: int = DEFAULT_SEED, n: int = 300) -> list[tuple[str, str, bool]]:
    """(canonical name, instrumental surname form, feminine) for n distinct people."""
    rng = random.Random(seed + 1)
    people: list[tuple[str, str, bool]] = []
    seen: set[str] = set()
    while len(people) < n:
        surname = rng.choice(_SURNAMES_M)
        feminine = rng.random() < 0.3 and surname.endswith(("ов", "ев", "ин"))
        if feminine:
            surname += "а"
        if rng.random() < 0.2:
            initials = f"{rng.choice(_INITIALS)}.{rng.choice(_INITIALS)}."
        else:
            initials = f"{rng.choice(_INITIALS)}."
        name = f"{initials} {surname}"
        if name in seen:
            continue
        seen.add(name)
        people.append((name, f"{initials} {_instrumental(surname)}", feminine))
    return people


def _instrumental(surname: str) -> str:
    if surname.endswith(("ова", "ева", "ина")):
        return surname[:-1] + "ой"
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "ым"
    return surname  # Ли, Ким, Шевченко, Шмидт... do not decline in this simple model


class SyntheticCorpus:
    def __init__(self, seed: int = DEFAULT_SEED):
        self.seed = seed
        self.vocab = build_vocabulary(seed)
        self.people = make_people(seed)
        self._forms = self.vocab.forms
        self._content_cum = self.vocab.cum

    def documents(self, count: int) -> Iterator[DocumentRecord]:
        produced = 0
        batch_no = 0
        while produced < count:
            for rec in self._batch(batch_no):
                yield rec
                produced += 1
                if produced >= count:
                    return
            batch_no += 1

    # -- one batch of BATCH documents, from its own seeded generators --------------------------
    def _batch(self, batch_no: int) -> Iterator[DocumentRecord]:
        nrng = np.random.default_rng([self.seed, batch_no])
        prng = random.Random(self.seed * 1_000_003 + batch_no)
        n_words = nrng.integers(300, 501, size=BATCH)
        idx = np.searchsorted(self._content_cum, nrng.random(int(n_words.sum())), side="right")
        forms = self._forms
        words = [forms[i] for i in idx.tolist()]
        sentence_lengths = nrng.integers(6, 19, size=int(n_words.sum()) // 6 + 64).tolist()
        comma_at = nrng.integers(2, 6, size=len(sentence_lengths)).tolist()
        # Content-only draws for titles (skip function words).
        content_cum = self._content_cum[: self.vocab.content_forms]
        title_idx = np.searchsorted(
            content_cum / content_cum[-1], nrng.random(BATCH * 4), side="right"
        ).tolist()
        title_words = [forms[min(i, self.vocab.content_forms - 1)] for i in title_idx]
        year_weights = list(range(1, 28))
        si = 0
        pos = 0
        for d in range(BATCH):
            nw = int(n_words[d])
            doc_words = words[pos : pos + nw]
            pos += nw
            lang_roll = prng.random()
            language = "ru" if lang_roll < 0.92 else ("kk" if lang_roll < 0.97 else "en")
            if language == "en":
                doc_words = [prng.choice(_ENGLISH_WORDS) for _ in range(nw)]
            elif language == "kk":
                doc_words = [prng.choice(_KAZAKH_WORDS) if prng.random() < 0.5 else w for w in doc_words]
            speakers = prng.sample(self.people, prng.choice((1, 1, 2, 2, 3)))
            persons = prng.sample(self.people, prng.randint(2, 6))
            topics = prng.sample(TOPICS, prng.choice((1, 1, 2, 3)))
            n_par = prng.randint(3, 6)
            # Paragraph boundaries: roughly equal with jitter.
            cuts = sorted(prng.sample(range(20, nw - 20), n_par - 1)) if nw > 60 else []
            bounds = [0, *cuts, nw]
            paragraphs: list[str] = []
            passage_speakers: list[str | None] = []
            for p in range(n_par):
                pw = doc_words[bounds[p] : bounds[p + 1]]
                sentences: list[str] = []
                speaker = None
                if p < len(speakers) or prng.random() < 0.3:
                    who = speakers[p % len(speakers)]
                    speaker = who[0]
                    verbs = SPEECH_VERBS_F if who[2] else SPEECH_VERBS_M
                    role = prng.choice(ROLES)
                    sentences.append(f"{role[:1].upper()}{role[1:]} {who[0]} {prng.choice(verbs)}, что")
                if p == 0:
                    mentioned = ", ".join(x[1] for x in persons[:3])
                    sentences.append(prng.choice(MENTION_INSTR).format(mentioned, topics[0]))
                elif p == 1 and len(persons) > 3:
                    sentences.append(prng.choice(MENTION_NOM).format(", ".join(x[0] for x in persons[3:])))
                if p < len(topics) and p > 0:
                    sentences.append(f"Особое внимание уделено теме «{topics[p]}».")
                k = 0
                while k < len(pw):
                    ln = sentence_lengths[si]
                    ca = comma_at[si]
                    si += 1
                    chunk = pw[k : k + ln]
                    k += ln
                    if len(chunk) > ca + 2:
                        s = " ".join(chunk[:ca]) + ", " + " ".join(chunk[ca:])
                    else:
                        s = " ".join(chunk)
                    sentences.append(s[:1].upper() + s[1:] + ".")
                if speaker is not None and len(sentences) > 1:
                    # "... отметил, что" + the next sentence in lower case.
                    nxt = sentences.pop(1)
                    sentences[0] = sentences[0] + " " + nxt[:1].lower() + nxt[1:]
                paragraphs.append(" ".join(sentences))
                passage_speakers.append(speaker)
            tw = title_words[4 * d : 4 * d + 4]
            year = prng.choices(range(2000, 2027), weights=year_weights)[0]
            title = (
                prng.choice(TITLE_TEMPLATES)
                .replace("{T}", topics[0], 1)
                .replace("{Y}", str(year), 1)
                .replace("{W}", tw[0].capitalize(), 1)
                .replace("{w}", tw[1], 1)
                .replace("{w}", tw[2], 1)
                .replace("{w}", tw[3], 1)
            )
            if prng.random() < 0.01:
                doc_date = None
                date_source = None
            else:
                doc_date = date(year, 1, 1) + timedelta(days=prng.randrange(365))
                date_source = prng.choice(("metadata", "text", "text", "filename"))
            fmt = prng.choices(("pdf", "html", "txt"), weights=(5, 3, 2))[0]
            text = "\n\n".join(paragraphs)
            digest = hashlib.blake2b(
                f"{self.seed}:{batch_no}:{d}\n{text}".encode(), digest_size=16
            ).hexdigest()
            doc_id = digest[:16]
            pages = None
            passages = []
            if fmt == "pdf":
                pages = (n_par + 1) // 2
            for p, (ptext, spk) in enumerate(zip(paragraphs, passage_speakers)):
                passages.append(
                    PassageRecord(ptext, p, page=(p // 2 + 1) if fmt == "pdf" else None, speakers=[spk] if spk else [])
                )
            yield DocumentRecord(
                doc_id=doc_id,
                title=title,
                text=text,
                format=fmt,
                language=language,
                paths=[f"synth/{year}/{doc_id}.{fmt}"],
                source="synth",
                date=doc_date,
                date_source=date_source,
                speakers=[s[0] for s in speakers],
                persons=[s[0] for s in persons],
                topics=list(topics),
                pages=pages,
                encoding="utf-8" if fmt != "pdf" else None,
                content_hash=digest,
                passages=passages,
            )


def generate(count: int, seed: int = DEFAULT_SEED) -> Iterator[DocumentRecord]:
    """The first ``count`` synthetic documents for ``seed``."""
    return SyntheticCorpus(seed).documents(count)


def _stats(count: int, seed: int) -> None:
    t0 = time.perf_counter()
    corpus = SyntheticCorpus(seed)
    t1 = time.perf_counter()
    vocab = corpus.vocab
    print(
        f"vocabulary: {len(vocab.lemmas)} lemmas, {vocab.content_forms} content forms, "
        f"{len(vocab.forms) - vocab.content_forms} function words; built in {t1 - t0:.2f} s"
    )
    lemma_df: Counter[int] = Counter()
    words = 0
    ids: set[str] = set()
    langs: Counter[str] = Counter()
    fmts: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    n_pass = 0
    undated = 0
    form_index = {f: i for i, f in enumerate(vocab.forms)}
    lemma_of = vocab.lemma_of
    gen_time = 0.0
    t = time.perf_counter()
    docs = corpus.documents(count)
    for rec in docs:
        gen_time += time.perf_counter() - t
        ids.add(rec.doc_id)
        langs[rec.language] += 1
        fmts[rec.format] += 1
        speakers.update(rec.speakers)
        topics.update(rec.topics)
        n_pass += len(rec.passages)
        undated += rec.date is None
        toks = rec.text.replace(",", " ").replace(".", " ").lower().split()
        words += len(toks)
        lemma_df.update({lemma_of[i] for i in map(form_index.get, toks) if i is not None and lemma_of[i] >= 0})
        t = time.perf_counter()
    n = count
    print(f"generated {n} documents in {gen_time:.2f} s: {n / gen_time:,.0f} docs/s (excluding statistics)")
    print(f"unique doc_ids: {len(ids)} / {n}; passages: {n_pass} ({n_pass / n:.1f}/doc); "
          f"words/doc: {words / n:.0f}; undated: {undated}")
    print(f"languages: {dict(langs)}; formats: {dict(fmts)}")
    print(f"distinct speakers: {len(speakers)}; topics: {len(topics)}")
    dfs = sorted(lemma_df.values(), reverse=True)
    bands = [(0.5, 1.01), (0.1, 0.5), (0.01, 0.1), (0.001, 0.01), (0.0, 0.001)]
    print("content lemmas by document frequency (share of documents):")
    for lo, hi in bands:
        k = sum(1 for v in dfs if lo * n <= v < hi * n) if lo > 0 else sum(1 for v in dfs if v < hi * n)
        print(f"  {lo:>6.1%} .. {min(hi, 1):>6.1%}: {k:6d} lemmas")
    print(f"  never drawn: {len(vocab.lemmas) - len(dfs)} lemmas")
    top = lemma_df.most_common(8)
    print("top lemmas:", ", ".join(f"{vocab.lemmas[li]} {c / n:.0%}" for li, c in top))
    sample = next(iter(corpus.documents(1)))
    print("\nfirst document:", sample.doc_id, sample.date, sample.language, sample.format,
          sample.speakers, sample.persons, sample.topics)
    print("title:", sample.title)
    print(sample.text[:700], "...")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    _stats(args.count, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
