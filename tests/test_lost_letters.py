"""Letters a conversion lost as «?» inside words (lost_letters): a warning, the language the words are in,
and no person made of a cut-off name."""
from conftest import ingested_service

from index.search import SearchRequest
from ingest.parsers import parse_file

KAZAKH = ("Қазақстан халқы Ассамблеясының кеңесі Қарағанды қаласында өтті\n\n"
          "2008 жылғы 3 қазанда Қарағанды қаласында Қазақстан халқы Ассамблеясы кеңесінің кезекті отырысы өтті. "
          "Отырыста қоғамдық келісім мен жалпыұлттық бірлікті нығайту мәселелері қаралды.\n\n"
          "Кіші ассамблея төрағасы Ғалым Бекқожин этномәдени бірлестіктердің жұмысы туралы баяндады. Ол "
          "мемлекеттік тілді үйрену курстарына жүздеген адам қатысқанын атап өтті.\n")


def test_kazakh_saved_in_windows_1251_with_question_marks_is_warned_kazakh_and_names_no_cut_name(tmp_path_factory):
    lossy = KAZAKH.encode("cp1251", errors="replace")  # «?аза?стан хал?ы Ассамблеясыны?»
    service = ingested_service(tmp_path_factory, {"kk.txt": lossy})
    try:
        hit = service.search(SearchRequest(query="Ассамблеясы", per_page=10)).hits[0]
        assert hit.language == "kk"  # was ru
        assert "Бек" not in hit.persons  # «Бек?ожин» cut at its «?»
    finally:
        service.close()


def test_lost_letters_are_counted_in_the_warning(tmp_path):
    path = tmp_path / "kk.txt"
    path.write_bytes(KAZAKH.encode("cp1251", errors="replace"))
    doc = parse_file(path)
    assert "Бек?ожин" in doc.text
    assert [w for w in doc.warnings if "lost as «?»" in w] == [
        "At least 35 letter(s) were lost as «?» inside words (the text was converted to a code page that lacks "
        "them, as windows-1251 lacks Kazakh's ә ғ қ ң ө ұ ү һ); they cannot be read back: look for the original file."]


def test_question_marks_after_words_are_no_lost_letters(tmp_path):
    path = tmp_path / "q.txt"
    text = ("Кто придёт? Когда? Зачем?Почему? Где?\n\nСсылка: https://assembly.kz/поиск?запрос=совет, "
            "«?» — знак вопроса. Что дальше?!")
    path.write_text(text, encoding="utf-8")
    assert not parse_file(path).warnings


def test_questions_run_together_are_no_lost_letters_but_a_lost_capital_is(tmp_path):
    # «Что?Где?Когда?» was warned as three lost letters
    quiz = tmp_path / "quiz.txt"
    quiz.write_text("Клуб «Что?Где?Когда?» провёл игру. Кто?Я? Ответ?Нет.\n\nЗаседание прошло.", encoding="utf-8")
    assert parse_file(quiz).warnings == []
    caps = tmp_path / "caps.txt"
    caps.write_bytes("ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫНЫҢ ЖИНАЛЫСЫ\n\nЖиналыс өтті.".encode("cp1251", errors="replace"))
    assert [w for w in parse_file(caps).warnings if "lost as «?»" in w]  # «?АЗА?СТАН ХАЛ?Ы»: capitals around it
