"""A translator types a Kazakh deputy's surname the usual Russian way, or the Kazakh way, and gets every
document about him in both languages, as the person facet counts them; his Kazakh and Russian
spellings are one speaker even where Russian writes the name otherwise than letter for letter."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.name_folding import fuller_names
from index.search import SearchRequest

DOCUMENTS = {
    "shymkent_kk.txt": "Ассамблея Төрағасының орынбасары Шымкентте дөңгелек үстел өткізді\n\n"
                       "Шымкент, 2021 жылғы 22 қыркүйек\n\n"
                       "Дөңгелек үстелге хатшылық меңгерушісі Б. Әбдірахманов қатысты.\n\n"
                       "«Мемлекеттік тілді үйрену – әр азаматтың парызы», – деп атап өтті Ж. Тұяқбай.\n",
    "shymkent_ru.txt": "Заместитель Председателя Ассамблеи провел круглый стол в Шымкенте\n\n"
                       "Шымкент, 22 сентября 2021 года\n\n"
                       "В круглом столе принял участие заведующий секретариатом Б. Абдрахманов.\n\n"
                       "«Изучение государственного языка – долг каждого гражданина», – отметил Ж. Туякбай.\n",
    "akorda_kk.txt": "Мемлекет басшысы Ассамблея мүшелерімен кездесті\n\nАқорда, 2022 жылғы 28 сәуір\n\n"
                     "Кездесуге Ассамблея Төрағасының орынбасары Ж. Тұяқбай мен М. Әзілханов қатысты. "
                     "Кездесу барысында Тұяқбайдың баяндамасы тыңдалды.\n",
    "council.txt": "Кеңес отырысы\n\nАстана, 2022 жылғы 12 ақпан\n\n"
                   "«Біз қоғамдағы сенімді қалпына келтіруіміз керек», – деді М. Әзілханов.\n\n"
                   "«Мы должны восстановить доверие в обществе», – сказал М. Азильханов.\n",
    "veterans_kk.txt": "Ардагерлер кеңесі\n\nАстана, 2022 жылғы 3 наурыз\n\n"
                       "Ассамблея хатшылығының өкілі Б. Тілеуберді кеңестің жоспарымен таныстырды.\n",
    "veterans_ru.txt": "Совет ветеранов\n\nАстана, 3 марта 2022 года\n\n"
                       "Представитель секретариата Ассамблеи Б. Тлеуберди ознакомил с планом работы совета.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("typed", ["Туякбай", "Тұяқбай", "Туякбаю", "Ж. Туякбай", "туякбай"])
def test_a_surname_in_either_spelling_finds_the_documents_in_both(archive, typed):
    # before: `Туякбай` found the Russian file only, `Тұяқбай` the two Kazakh ones, while
    # person:Туякбай found all three
    result = archive.search(SearchRequest(query=typed, per_page=20))
    assert set(hit_files(result)) == {"shymkent_kk.txt", "shymkent_ru.txt", "akorda_kk.txt"}, typed
    kazakh = next(h for h in result.hits if h.paths[0].endswith("akorda_kk.txt"))
    assert "<mark>Тұяқбай</mark>" in kazakh.snippet_html or "<mark>Тұяқбайдың</mark>" in kazakh.snippet_html


def test_the_page_says_which_other_spelling_was_searched(archive):
    assert archive.search(SearchRequest(query="Туякбай")).expanded == {"Туякбай": "Тұяқбай"}
    # a spelling whose search already finds the other (Kazakh -ов surnames carry the Russian terms) adds none
    assert archive.search(SearchRequest(query="Абдрахманов")).expanded == {"Абдрахманов": "Әбдірахманов"}


def test_a_quoted_or_excluded_surname_stays_as_typed(archive):
    assert set(hit_files(archive.search(SearchRequest(query='"Туякбай"')))) == {"shymkent_ru.txt"}
    # excluded as typed, as an excluded place name is (`Алматы NOT Алма-Ата`)
    result = archive.search(SearchRequest(query="Шымкент -Туякбай", per_page=20))
    assert set(hit_files(result)) == {"shymkent_kk.txt"}


def test_a_russian_spelling_that_is_no_letter_for_letter_copy_is_one_person():
    # «ь» after л and the Kazakh і left out of an Arabic name: two speakers, two persons before
    assert fuller_names(["М. Әзілханов", "М. Азильханов", "Б. Әбдірахманов", "Б. Абдрахманов", "Е. Әділбеков",
                         "Е. Адильбеков"]) == {"М. Әзілханов": "М. Азильханов", "Б. Әбдірахманов": "Б. Абдрахманов",
                                               "Е. Әділбеков": "Е. Адильбеков"}
    assert fuller_names(["М. Әзілханов", "А. Азильханов"]) == {}  # other initials: another man
    # the і of the first syllable, right after the first consonant, is left out too
    assert fuller_names(["Б. Тілеуберді", "Б. Тлеуберди"]) == {"Б. Тілеуберді": "Б. Тлеуберди"}


@pytest.mark.parametrize("typed", ["Тлеуберди", "Тілеуберді"])
def test_a_first_syllable_i_left_out_finds_both_spellings(archive, typed):
    # before: each spelling found its own file only, and the person facet held two people
    result = archive.search(SearchRequest(query=typed, per_page=20))
    assert set(hit_files(result)) == {"veterans_kk.txt", "veterans_ru.txt"}, typed


def test_one_speaker_s_quote_in_both_languages_is_found_by_either_spelling(archive):
    for speaker in ("Азильханов", "Әзілханов"):
        result = archive.quotes(SearchRequest(query=f"speaker:{speaker}", per_page=20))
        assert result.total == 2 and {h.speaker for h in result.hits} == {"М. Азильханов"}, speaker
    # the word search finds the Kazakh file naming him too
    assert set(hit_files(archive.search(SearchRequest(query="Азильханов", per_page=20)))) == {
        "council.txt", "akorda_kk.txt"}
    assert set(hit_files(archive.search(SearchRequest(query="Абдрахманов", per_page=20)))) == {
        "shymkent_kk.txt", "shymkent_ru.txt"}


def test_a_surname_typed_in_its_nominative_is_offered_the_name_s_nominative(archive):
    # `Туякбаев` was offered «Туякбае», the prepositional alone
    assert archive.search(SearchRequest(query="Туякбаев")).suggestion == "Туякбай"


@pytest.mark.parametrize("typed", ["Тоқтарбайдың", "Тоқтарбайға", "Токтарбайдың", "Тоқтарбай"])
def test_kazakh_letters_with_a_case_ending_find_a_surname_only_written_the_russian_way(tmp_path_factory, typed):
    # a Kazakh phone keyboard's `Тоқтарбайдың`, `Тоқтарбайға` found nothing where the archive writes him
    # Токтарбай only: the Russian spelling was read from the whole word (Токтарбайдын), not its stem
    service = ingested_service(tmp_path_factory, {
        "awards_ru.txt": "Награждение активистов Ассамблеи\n\nШымкент, 20 июня 2024 года\n\n"
                         "Грамоты вручил аким области Н. Токтарбай. С Н. Токтарбаем встретились ветераны.\n"})
    try:
        assert hit_files(service.search(SearchRequest(query=typed))) == ["awards_ru.txt"], typed
    finally:
        service.close()
