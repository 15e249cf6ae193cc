"""A session speech set off with dashes is its speaker's from its opening dash (not only the sentence
holding «– деді X»), and a quote that follows a narration sentence in its paragraph is cited as the
quote, not the paragraph as «Пересказ»: in Kazakh Cyrillic and Latin and in Russian alike
(ingest.extract.speech_extent, index.citation). Real files ingested, their quotes listed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assembly_search.cli import main
from index.citation import citation
from ingest.extract.speakers import attribute_turns

CYRILLIC = """Ассамблея сессиясы өтті

Астана, 2019 жылғы 29 сәуір

Сессияда сондай-ақ Ассамблея Төрағасының орынбасары Дархан Мыңбай баяндама жасады. «Тіл – бірліктің негізі. Мемлекеттік тілді үйренуге барлық азаматтар атсалысуы тиіс», – деді Д. Мыңбай.

– Құрметті сессия қатысушылары! Біздің басты байлығымыз – елдегі бейбітшілік пен келісім. Қазақстанның барлық этностары бір шаңырақ астында тұрады, – деді Қ. Тоқаев.
"""
LATIN = """Assambleıa sessıasy ótti

Astana, 2019 jylǵy 29 sáýir

Sessıada sondaı-aq Assambleıa Tóraǵasynyń orynbasary Darhan Myńbaı baıandama jasady. «Til – birliktiń negizi. Memlekettik tildi úırenýge barlyq azamattar atsalysýy tıis», – dedi D. Myńbaı.

– Qurmetti sessıa qatysýshylary! Bizdiń basty baılyǵymyz – eldegi beıbitshilik pen kelisim. Qazaqstannyń barlyq etnostary bir shańyraq astynda turady, – dedi Q. Toqaev.
"""
RUSSIAN = """Состоялась сессия Ассамблеи

Астана, 29 апреля 2019 года

На сессии также выступил заместитель Председателя Ассамблеи Дархан Мынбай. «Язык – основа единства. Все граждане должны изучать государственный язык», – сказал Д. Мынбай.

– Уважаемые участники сессии! Наше главное богатство – мир и согласие в стране. Все этносы Казахстана живут под одним шаныраком, – сказал К. Токаев.
"""


# a dashed speech of two sentences whose attribution is a pronoun, its antecedent named a paragraph before
# by a sentence that is no speech cue («сөз алды», «поднялась на сцену»)
PRONOUN_CYRILLIC = """Ассамблея кеңесінде жастар мәселесі талқыланды

Астана, 2023 жылғы 12 маусым

Сонымен қатар Аналар кеңесінің төрағасы А. Нұрланова сөз алды.

– Аналар кеңесі бәріне дайын. Біз отбасы құндылықтарын насихаттаймыз, – деді ол.
"""
PRONOUN_LATIN_2021 = """Assambleia keñesınde jastar mäselesı talqylandy

Astana, 2023 jylğy 12 mausym

Sonymen qatar Analar keñesınıñ törağasy A. Nurlanova söz aldy.

– Analar keñesı bärıne daiyn. Bız otbasy qūndylyqtaryn nasihattaimyz, – dedı ol.
"""
PRONOUN_LATIN_2018 = """Assambleıa keńesinde jastar máselesi talqylandy

Astana, 2023 jylǵy 12 maýsym

Sonymen qatar Analar keńesiniń tóraǵasy A. Nurlanova sóz aldy.

– Analar keńesi bárine daıyn. Biz otbasy qundylyqtaryn nasıhattaımyz, – dedi ol.
"""
PRONOUN_RUSSIAN = """В Совете матерей обсудили семейные ценности

Астана, 12 июня 2023 года

Председатель Совета матерей Айгуль Нурланова поднялась на сцену.

– Совет матерей готов ко всему. Мы пропагандируем семейные ценности, – сказала она.
"""


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize("text", [CYRILLIC, LATIN, RUSSIAN], ids=["cyrillic", "latin", "russian"])
def test_a_dashed_speech_is_its_speakers_from_the_opening_dash(text):
    # before: «– Құрметті … келісім.» was a turn of Д. Мыңбай, carried from the paragraph before, and
    # only the sentence holding «– деді Қ. Тоқаев» was Токаев's
    turns = attribute_turns(_paragraphs(text))
    assert [(t.offset, t.speakers) for t in turns[-1]] == [(0, ["К.К. Токаев"])]


@pytest.mark.parametrize("text, speaker", [(PRONOUN_CYRILLIC, "А. Нұрланова"), (PRONOUN_RUSSIAN, "А. Нурланова")],
                         ids=["kazakh", "russian"])
def test_a_dashed_speech_attributed_to_a_pronoun_is_its_speakers_from_the_opening_dash(text, speaker):
    # before: «– Аналар кеңесі бәріне дайын.» was nobody's and only the sentence holding «– деді ол» hers:
    # the pronoun's antecedent, named a paragraph before, was taken for where the cue's words start
    turns = attribute_turns(_paragraphs(text))
    assert [(t.offset, t.speakers) for t in turns[-1]] == [(0, [speaker])]


def test_a_dashed_speech_after_the_narrators_sentence_starts_at_its_dash():
    para = ("Сессияда Елбасы Нұрсұлтан Назарбаев сөз сөйледі. – Біздің басты байлығымыз – бірлік пен келісім. "
            "Бұл – біздің ортақ жетістігіміз, – деді Н. Назарбаев.")
    turns = attribute_turns([para])[0]
    speech = para.index("– Біздің")
    assert [t.offset for t in turns if t.speakers == ["Н.А. Назарбаев"]][-1] in (0, speech)
    # the speech after the dash is one part, with its own attribution: never cut at «Бұл – …»
    assert not any(speech < t.offset < len(para) for t in turns)


def test_another_speakers_dashed_speech_before_keeps_his_words():
    para = "– Бірлік – басты құндылық, – деді Д. Мыңбай. Келісім де маңызды, – деді Қ. Тоқаев."
    turns = attribute_turns([para])[0]
    assert [(t.offset, t.speakers) for t in turns] == [
        (0, ["Д. Мыңбай"]), (para.index("Келісім"), ["К.К. Токаев"])]


@pytest.mark.parametrize("para, first, second", [
    ("– Мы вместе! – воскликнул Иван Петров. Единство важно для всех, – сказал Сергей Иванов.",
     ["И. Петров"], ["С. Иванов"]),
    ("– Мы вместе? – спросил Иван Петров. Единство важно для всех, – ответил Сергей Иванов.",
     ["И. Петров"], ["С. Иванов"]),
    ("– Біз біргеміз… – деді Д. Мыңбай. Келісім де маңызды, – деді Қ. Тоқаев.", ["Д. Мыңбай"], ["К.К. Токаев"]),
], ids=["exclamation", "question", "ellipsis"])
def test_the_dash_closing_a_speech_after_a_sentence_end_leaves_the_attribution_to_its_speaker(para, first, second):
    # before: the dash of «! – воскликнул Иван Петров» was taken for the dash opening the next speech,
    # so Петров's attribution became Иванов's turn
    turns = attribute_turns([para])[0]
    second_start = para.index("Единство" if "Единство" in para else "Келісім")
    assert [(t.offset, t.speakers) for t in turns] == [(0, first), (second_start, second)]


def test_a_dash_after_an_exclamation_still_opens_the_speech_that_follows():
    para = "Председатель поднялся с места! – Единство важно для всех. Мы вместе, – сказал Сергей Иванов."
    turns = attribute_turns([para])[0]
    assert (para.index("– Единство"), ["С. Иванов"]) in [(t.offset, t.speakers) for t in turns]


def test_a_narrated_passage_is_cited_by_its_speakers_quote_when_no_query_word_is_in_it():
    para = ("На сессии также выступил заместитель Председателя Ассамблеи Дархан Мынбай. «Язык – основа единства», "
            "– сказал Д. Мынбай.")
    assert citation(para, ["Д. Мынбай"], "Т", None, None, narrated=True).startswith("«Язык – основа единства» — Д. Мынбай; Т")
    # found by his name alone: his name says who speaks, the quote is still what he said
    marked = para.replace("Дархан Мынбай", "Дархан <mark>Мынбай</mark>")
    assert citation(marked, ["Д. Мынбай"], "Т", None, None, narrated=True).startswith("«Язык – основа единства» — Д. Мынбай")
    # found by a word of the narration only: that sentence is the reporter's account
    marked = para.replace("сессии", "<mark>сессии</mark>")
    assert citation(marked, ["Д. Мынбай"], "Т", None, None, narrated=True).startswith("Пересказ: На сессии")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("dash-speech")
    docs, index = root / "docs", root / "index"
    docs.mkdir()
    for name, text in {"cyr.txt": CYRILLIC, "lat.txt": LATIN, "ru.txt": RUSSIAN, "pronoun-kk.txt": PRONOUN_CYRILLIC,
                       "pronoun-2021.txt": PRONOUN_LATIN_2021, "pronoun-2018.txt": PRONOUN_LATIN_2018,
                       "pronoun-russian.txt": PRONOUN_RUSSIAN}.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(index), "--workers", "1"]) == 0
    return index


def _citations(index, capsys, file: str) -> list[str]:
    capsys.readouterr()
    main(["search", "--index", str(index), "--quotes", "--json", "--filter", "format=txt", "--per-page", "50"])
    hits = json.loads(capsys.readouterr().out)["hits"]
    return [h["citation"] for h in hits if any(Path(p).name == file for p in h["paths"])]


@pytest.mark.parametrize("file, speech, quote, mynbai", [
    ("cyr.txt", "«Құрметті сессия қатысушылары! Біздің басты байлығымыз – елдегі бейбітшілік пен келісім. "
                "Қазақстанның барлық этностары бір шаңырақ астында тұрады» — К.К. Токаев;",
     "«Тіл – бірліктің негізі. Мемлекеттік тілді үйренуге барлық азаматтар атсалысуы тиіс» — Д. Мы", "Д. Мы"),
    ("lat.txt", "«Qurmetti sessıa qatysýshylary! Bizdiń basty baılyǵymyz – eldegi beıbitshilik pen kelisim. "
                "Qazaqstannyń barlyq etnostary bir shańyraq astynda turady» — К.К. Токаев;",
     # a Latin-lettered Kazakh speaker is filed under his Cyrillic name (ingest.extract.kazakh_latin_text)
     "«Til – birliktiń negizi. Memlekettik tildi úırenýge barlyq azamattar atsalysýy tıis» — Д. Мы", "Д. Мы"),
    ("ru.txt", "«Уважаемые участники сессии! Наше главное богатство – мир и согласие в стране. Все этносы Казахстана "
               "живут под одним шаныраком» — К.К. Токаев;",
     "«Язык – основа единства. Все граждане должны изучать государственный язык» — Д. Мынбай;", "Д. Мынбай"),
], ids=["cyrillic", "latin", "russian"])
def test_the_session_quotes_are_cited_as_their_speakers_words(index, capsys, file, speech, quote, mynbai):
    # before: the President's opening words «— Д. Мыңбай», his last sentence «Пересказ: … – деді Қ. Тоқаев.»,
    # and Mynbai's quote the whole paragraph under «Пересказ» (his name as one index gathers it: Мыңбай or Мынбай)
    cited = _citations(index, capsys, file)
    assert any(c.startswith(speech) for c in cited), cited
    assert any(c.startswith(quote) for c in cited), cited
    assert not any(c.startswith("Пересказ") for c in cited), cited
    assert not any(mynbai in c and "Токаев" in c for c in cited), cited


@pytest.mark.parametrize("file, quote", [
    ("pronoun-kk.txt", "«Аналар кеңесі бәріне дайын. Біз отбасы құндылықтарын насихаттаймыз»"),
    ("pronoun-2021.txt", "«Analar keñesı bärıne daiyn. Bız otbasy qūndylyqtaryn nasihattaimyz»"),
    ("pronoun-2018.txt", "«Analar keńesi bárine daıyn. Biz otbasy qundylyqtaryn nasıhattaımyz»"),
    ("pronoun-russian.txt", "«Совет матерей готов ко всему. Мы пропагандируем семейные ценности»"),
], ids=["cyrillic", "latin-2021", "latin-2018", "russian"])
def test_a_dashed_speech_attributed_to_a_pronoun_is_cited_whole_as_her_quote(index, capsys, file, quote):
    # before: «Аналар кеңесі бәріне дайын.» with no speaker and «Пересказ: Біз отбасы …, – деді ол.»;
    # in Latin letters «– dedı ol» was no pronoun's attribution either
    cited = _citations(index, capsys, file)
    # her name as the index gathers the Russian and Kazakh spellings into one: Нурланова or Нұрланова
    assert any(c.startswith(quote + " — А. Н") and "рланова;" in c for c in cited), cited
    assert not any(c.startswith("Пересказ") for c in cited), cited
