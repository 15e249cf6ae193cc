"""Texts in two languages, as a translator of the archive finds them: a parallel table (Kazakh | Russian),
a Russian report closing with an English summary, a Kazakh half under a heading in capitals, and a Kazakh
half with no heading over a Russian half with one. Each passage has its own language, each quote its
speaker, and the title is a heading. One real index over real files, asked through the JSON API and the
document page."""
from __future__ import annotations

import re

import pytest

from tests.quote_api import client_of, document, write_documents

TABLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Үндеу / Обращение</title></head><body>
<h1>Қазақстан халқы Ассамблеясының Наурыз мерекесіне орай үндеуі</h1>
<table border="1">
<tr><td>Астана, 2021 жылғы 20 наурыз</td><td>Астана, 20 марта 2021 года</td></tr>
<tr><td>Құрметті отандастар! Наурыз – көктем мен жаңару мерекесі, барлық этностардың ортақ мейрамы.</td>
<td>Уважаемые соотечественники! Наурыз – праздник весны и обновления, общий для всех этносов страны.</td></tr>
<tr><td>«Бірлік – біздің ең басты байлығымыз», – деді Ассамблея Төрағасы Қ. Тоқаев.</td>
<td>«Единство – самое главное богатство», – сказал Председатель Ассамблеи К. Токаев.</td></tr>
</table>
<p>Қазақстан халқы Ассамблеясы барлық отандастарды Наурыз мерекесімен құттықтайды! Мереке күндері барлық
өңірлерде концерттер, ұлттық ойындар мен жәрмеңкелер өтеді. Достық үйлері есіктерін барша қонақтарға ашады.</p>
</body></html>"""

REGIONS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Достық үйлері</title></head><body>
<h1>Количество мероприятий Домов дружбы по областям</h1>
<table><tr><th>Облыс</th><th>Область</th><th>Мероприятий</th></tr>
<tr><td>Ақмола облысы</td><td>Акмолинская область</td><td>120</td></tr>
<tr><td>Жамбыл облысы</td><td>Жамбылская область</td><td>95</td></tr></table>
</body></html>"""

REPORT = [
    "Отчет Ассамблеи народа Казахстана Костанайской области за 2020 год",
    "Костанай, 25 декабря 2020 года",
    "В 2020 году Ассамблеей народа Казахстана Костанайской области проведено 180 мероприятий.",
    "Председатель Совета общественного согласия Е. Байжанов отметил, что главное внимание уделялось медиации.",
    "Summary",
    "In 2020 the Assembly of People of Kazakhstan of Kostanay region held 180 events.",
    "“Our harmony grows from mutual respect,” Y. Baizhanov said.",
]

CAPITALS = [
    "ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ ХАТШЫЛЫҒЫНЫҢ ХАБАРЛАМАСЫ",
    "Алматы, 2018 жылғы 12 қазан",
    "Алматыда Қазақстан халқы Ассамблеясының жастар форумы өтті. Форумға 200-ден астам жас қатысты.",
    "* * *",
    "Сообщение секретариата Ассамблеи народа Казахстана",
    "Алматы, 12 октября 2018 года",
    "В Алматы прошел молодежный форум Ассамблеи народа Казахстана. В форуме приняли участие более 200 молодых людей.",
]

NO_KAZAKH_HEADING = [
    "Қазақстан халқы Ассамблеясы хатшылығы 2020 жылғы 3 ақпанда өткен кеңесте өңірлердегі Достық үйлерінің жұмысын "
    "талқылады. Кеңеске барлық облыстардың өкілдері қатысты.",
    "* * *",
    "Совещание секретариата Ассамблеи народа Казахстана",
    "Нур-Султан, 3 февраля 2020 года",
    "Секретариат Ассамблеи народа Казахстана на совещании обсудил работу Домов дружбы в регионах. В совещании "
    "приняли участие представители всех областей.",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    docs, index = tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("index")
    write_documents(docs, {"nauryz_table.html": TABLE, "report_ru_en.txt": REPORT, "forum_caps.txt": CAPITALS,
                           "meeting_kk_ru.txt": NO_KAZAKH_HEADING, "regions.html": REGIONS})
    with client_of(docs, index) as test_client:
        yield test_client


def _quotes(client, q: str) -> list[dict]:
    return client.get("/api/quotes", query_string={"q": q, "per_page": 50}).get_json()["hits"]


def _passages(client, file_name: str) -> list[dict]:
    doc_id = document(client, file_name)["id"]
    return client.get(f"/api/documents/{doc_id}", query_string={"include": "passages"}).get_json()["passages"]


def _language_of(passages: list[dict], start: str) -> str:
    return next(p["language"] for p in passages if p["text"].startswith(start))


def test_a_parallel_table_s_russian_column_is_russian(client):
    # the row ««Бірлік …», – деді … | «Единство …», – сказал …» was one passage labelled Kazakh
    russian = _quotes(client, "единство lang:ru")
    assert [h["language"] for h in russian] == ["ru"]
    assert "Бірлік" not in russian[0]["text"] and "Единство" in russian[0]["text"]
    kazakh = _quotes(client, "бірлік lang:kk")
    assert len(kazakh) == 1 and "Единство" not in kazakh[0]["text"]
    passages = _passages(client, "nauryz_table.html")
    assert _language_of(passages, "Уважаемые соотечественники") == "ru"
    assert _language_of(passages, "Астана, 20 марта") == "ru"
    assert _language_of(passages, "Құрметті отандастар") == "kk"
    assert not any("\t" in p["text"] for p in passages)


def test_a_data_table_s_row_of_names_in_two_languages_stays_one_row(client):
    texts = [p["text"] for p in _passages(client, "regions.html")]
    assert "Ақмола облысы\tАкмолинская область\t120" in texts


def test_the_document_page_marks_a_parallel_table_s_russian_cell_russian(client):
    doc_id = document(client, "nauryz_table.html")["id"]
    page = client.get(f"/doc/{doc_id}").get_data(as_text=True)
    assert document(client, "nauryz_table.html")["language"] == "kk"  # the Russian cells are another language
    russian = re.search(r'<p[^>]*>[^<]*Уважаемые соотечественники', page)
    assert russian is not None and 'lang="ru"' in russian.group()


def test_an_english_summary_s_quote_has_its_speaker_and_is_english(client):
    hits = _quotes(client, "harmony")
    assert len(hits) == 1
    assert hits[0]["language"] == "en"
    assert hits[0]["speaker"] == "Е. Байжанов"
    assert len(_quotes(client, "speaker:Байжанов harmony")) == 1
    assert len(_quotes(client, "harmony lang:en")) == 1


def test_a_kazakh_heading_in_capitals_and_kazakh_datelines_are_kazakh(client):
    found = client.get("/api/search", query_string={"q": "ХАБАРЛАМАСЫ"}).get_json()["hits"]
    assert [h["title_language"] for h in found] == ["kk"]
    passages = _passages(client, "forum_caps.txt")
    assert _language_of(passages, "ҚАЗАҚСТАН ХАЛҚЫ") == "kk"
    assert _language_of(passages, "Алматы, 2018 жылғы") == "kk"
    assert _language_of(passages, "Алматы, 12 октября") == "ru"


def test_a_kazakh_half_with_no_heading_is_titled_by_the_russian_half_s_heading(client):
    assert document(client, "meeting_kk_ru.txt")["title"] == "Совещание секретариата Ассамблеи народа Казахстана"
