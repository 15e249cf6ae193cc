"""A book's bibliography, footnotes and name index: searched with the book, never quoted, and
the body preferred to them for the snippet and the document page's best match."""
import re

import pytest
from conftest import ingested_service

from index.reference_lines import is_reference_apparatus
from index.search import SearchRequest


@pytest.mark.parametrize("text", [
    "5. Ахметова Л.С. Медиация в Казахстане: опыт и перспективы. — Алматы, 2016. — 154 с.",
    "¹ Назарбаев Н.А. В потоке истории. — Алматы: Атамұра, 1999. — С. 112.",
    "1 Назарбаев Н.А. В потоке истории. — Алматы: Атамура, 1999. — С. 112.",  # a PDF's raised mark, lowered
    "Сейтказиева Ж.Б. Обряды побратимства // Вестник КарГУ. — 2009. — № 3. — С. 14–22.",
    "Иванов И.И. История Казахстана. — М.: Наука, 2001. — 300 с.",
    "5. Ахметова Л.С. Медиация в Казахстане: опыт и\nперспективы. — Алматы, 2016. — 154 с.",  # wrapped
    "1. Назарбаев Н.А. В потоке истории. — Алматы, 1999. — 296 с. 2. Назарбаев Н.А. Казахстанский путь. — Астана, 2006.",
    "Абдрахманов С.А. 36, 56, 92, 112 Ахметова Л.С. 18, 74 Абай Кунанбаев 14, 88, 131",  # an index's rows joined
    "Улытау 17, 40\nКаркаралинск 3, 61\nЖылы жүрек 132",
])
def test_bibliography_footnote_and_index_rows_are_apparatus(text):
    assert is_reference_apparatus(text)


@pytest.mark.parametrize("text", [
    "Как отмечал в своих работах Н.А. Назарбаев, этот опыт заслуживает изучения.",
    "Как пишет Н.А. Назарбаев (В потоке истории. — Алматы, 1999. — С. 112), единство — главное. "
    "Это стало основой политики государства на многие годы вперед, и ее поддержали все регионы.",
    "Глава 1", "Статья 5. Цели Ассамблеи", "В 2015 году прошло 12, 15 мероприятий", "Итоги 2019",
    "Волонтеры доставили продукты в 45 сел.", "Поддержка воскресных школ\t1 200\t1 260",
])
def test_prose_headings_and_figures_are_no_apparatus(text):
    assert not is_reference_apparatus(text)


BODY = ("Региональные советы регулярно представляли информацию о проделанной работе, а архивные "
        "материалы позволяют проследить, как менялись формы взаимодействия государства и общества.")
BOOK = "\n\n".join([
    "Ассамблея народа Казахстана: история и современность", "Монография",
    BODY, "¹ Назарбаев Н.А. В потоке истории. — Алматы: Атамұра, 1999. — С. 112.", BODY,
    "Как отмечал в своих работах Н.А. Назарбаев, единство народа является главным достоянием страны.", BODY,
    "Список литературы",
    "1. Назарбаев Н.А. В потоке истории. — Алматы: Атамұра, 1999. — 296 с.",
    "2. Ахметова Л.С. Медиация в Казахстане. — Алматы, 2016. — 154 с.",
    "Именной указатель", "Абай Кунанбаев 14, 88\nНазарбаев Н.А. 3, 7\nКаркаралинск 3, 61",
]) + "\n"


def _best_mark_context(document) -> str:
    """The text around the mark the document page opens at (its best match)."""
    pieces = document.text_html.split("<mark")
    return pieces[document.best_match][-120:] + pieces[document.best_match + 1][:60]


@pytest.mark.parametrize("repeat", [1, 120])  # a short book's whole text, a long one's passages
def test_a_book_s_apparatus_is_searched_never_quoted_and_loses_to_the_body(tmp_path_factory, repeat):
    text = BOOK if repeat == 1 else BOOK.replace(f"\n\n{BODY}\n\n", "\n\n" + f"{BODY}\n\n" * repeat, 1)
    service = ingested_service(tmp_path_factory, {"kniga.txt": text})
    try:
        quotes = service.quotes(SearchRequest("Назарбаев"))
        assert [hit.text for hit in quotes.hits] == [
            "Как отмечал в своих работах Н.А. Назарбаев, единство народа является главным достоянием страны."]
        assert service.quotes(SearchRequest("Каркаралинск")).total == 0
        # still found with its book: a word only the footnote and the bibliography have, only the index
        for word in ("Атамұра", "Каркаралинск"):
            assert [hit.title for hit in service.search(SearchRequest(word)).hits] == [
                "Ассамблея народа Казахстана: история и современность"], word
        hit = service.search(SearchRequest("Назарбаев")).hits[0]
        assert "Как отмечал в своих работах Н.А. <mark>Назарбаев</mark>" in hit.snippet_html
        document = service.document(hit.doc_id, "Назарбаев")
        assert "в своих работах Н.А. " in _best_mark_context(document)
        # with no body match, the apparatus is what there is
        abai = service.document(hit.doc_id, "Абай")
        assert re.search(r"Кунанбаев 14", _best_mark_context(abai))
    finally:
        service.close()
