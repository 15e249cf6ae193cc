"""A press service's photo reports: credit lines name the staff who made them (their author), not the
persons of the news; a caption opening with an archive photo's date dates no document; a caption or a
headline saying someone spoke quotes none of his words."""
from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.extract.credit_lines import is_credit_line
from quote_api import client_of_texts, document, facet

PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} | Ассамблея народа Казахстана</title>
{meta}</head><body><article><h1>{title}</h1>
{body}
</article></body></html>"""

SESSION = PAGE.format(title="Глава государства выступил на XXVIII сессии Ассамблеи народа Казахстана", meta="", body="""
<p class="date">27.04.2019</p>
<p class="byline">Текст: Динара Сейткали, фото: Айдос Ерболов, Ерлан Садыков</p>
<figure><img src="/u/1.jpg" alt=""><figcaption>Касым-Жомарт Токаев выступает на XXVIII сессии АНК. Фото Айдоса Ерболова</figcaption></figure>
<p>Открывая заседание, Президент Касым-Жомарт Токаев подчеркнул, что Ассамблея стала уникальным институтом народной дипломатии.</p>
<p>Заместитель Председателя Ассамблеи Жансеит Туймебаев отметил, что в регионах работают более 1000 этнокультурных объединений.</p>
""")

VIDEO = PAGE.format(title="Обращение к 25-летию Ассамблеи", meta="", body="""
<p class="date">01.03.2020</p>
<p>Заместитель Председателя АНК Жансеит Туймебаев поздравил казахстанцев с 25-летием Ассамблеи народа Казахстана.</p>
<p>Видео: пресс-служба АНК. Оператор: Нурлан Жаксылыков. Монтаж: Асель Бекова</p>
""")

INFOGRAPHIC = PAGE.format(title="Инфографика: этнический состав населения Казахстана", meta="", body="""
<p class="date">15.02.2021</p>
<p>Казахи составляют 68,5% населения страны, русские – 18,9%, узбеки – 3,3%.</p>
<p>Инфографика: Аналитический центр АНК. Дизайн: Алия Мусина</p>
""")

ENGLISH = PAGE.format(title="Assembly session held in Nur-Sultan", meta="", body="""
<p class="date">28.04.2021</p>
<p>President Kassym-Jomart Tokayev said that unity remains the foundation of the country's success.</p>
<p>Photo by Aidos Yerbolov</p>
""")

ARCHIVE_CAPTION_THEN_DATELINE = PAGE.format(title="Ветераны Ассамблеи встретились с молодёжью", meta="", body="""
<figure><img src="/u/a1.jpg" alt=""><figcaption>24 марта 1995 года. Первая сессия Ассамблеи народов Казахстана. Фото из архива АНК</figcaption></figure>
<p class="date">12.10.2021</p>
<p>В Доме дружбы ветераны Ассамблеи рассказали студентам о первой сессии, прошедшей в 1995 году.</p>
""")

ARCHIVE_CAPTIONS = PAGE.format(
    title="Из фотоархива: 25 лет Ассамблеи в снимках",
    meta='<meta property="article:published_time" content="2020-03-01T10:00:00+06:00">', body="""
<figure><img src="/u/a1.jpg" alt=""><figcaption>1 марта 1995 года. Первая сессия Ассамблеи народов Казахстана. Фото из архива АНК</figcaption></figure>
<figure><img src="/u/a2.jpg" alt=""><figcaption>24 октября 2007 года. XIII сессия, на которой Ассамблея получила конституционный статус</figcaption></figure>
<p class="credits">Подготовила Асель Бекова</p>
""")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {
        "session.html": SESSION, "video.html": VIDEO, "infographic.html": INFOGRAPHIC, "english.html": ENGLISH,
        "caption_then_dateline.html": ARCHIVE_CAPTION_THEN_DATELINE, "archive.html": ARCHIVE_CAPTIONS,
    }) as client:
        yield client


def test_the_staff_a_credit_line_names_are_no_persons_of_the_news(client):
    # before: «А. Ерболов», «Д. Сейткали», «Е. Садыков», «Н. Жаксылыков», «А. Бекова», «А. Мусин», «A. Yerbolov»
    assert facet(client, "persons", q="") == {"К.К. Токаев": 2, "Ж. Туймебаев": 2}


@pytest.mark.parametrize("file_name, author", [
    ("session.html", "Динара Сейткали"),  # the writer, ahead of the photographers
    ("video.html", "Нурлан Жаксылыков, Асель Бекова"),
    ("infographic.html", "Алия Мусина"),
    ("english.html", "Aidos Yerbolov"),
    ("archive.html", "Асель Бекова"),
])
def test_the_credit_lines_name_the_document_s_author(client, file_name, author):
    assert document(client, file_name)["author"] == author  # before: ""


@pytest.mark.parametrize("file_name, day, source", [
    ("caption_then_dateline.html", "2021-10-12", "text"),  # before: 1995-03-24, the archive photo's
    ("archive.html", "2020-03-01", "metadata"),  # before: 1995-03-01
])
def test_an_archive_photo_s_caption_dates_no_document(client, file_name, day, source):
    doc = document(client, file_name)
    assert (doc["date"], doc["date_source"]) == (day, source)


def test_a_caption_or_a_headline_saying_he_spoke_is_no_quote_of_his(client):
    hits = client.get("/api/quotes", query_string={"q": "speaker:Токаев", "per_page": 50}).get_json()["hits"]
    quoted = " ".join(h["text"] for h in hits)
    # before: the headline and «… выступает на XXVIII сессии АНК. Фото Айдоса Ерболова» were his paraphrases
    assert "уникальным институтом" in quoted and "выступ" not in quoted and "Фото" not in quoted
    assert facet(client, "speakers", q="") == {"К.К. Токаев": 2, "Ж. Туймебаев": 1}


@pytest.mark.parametrize("text, persons", [
    ("Ответственная: Алия Мусина", ["А. Мусина"]),  # before: «А. Мусин», Алий Мусин's genitive
    ("Ответственная – Алия Мусина.", ["А. Мусина"]),
    ("Ерлана Карина наградили орденом.", ["Е. Карин"]),  # an object at a sentence's start stays his
])
def test_a_name_after_a_label_s_colon_is_in_the_nominative(text, persons):
    assert extract(text, [text]).persons == persons


def test_a_credit_line_names_a_woman_as_she_is_named():
    assert extract("Дизайн: Алия Мусина").credited == "Алия Мусина"  # before: the person «А. Мусин»


def test_a_credit_line_leaves_a_person_the_news_names_elsewhere():
    text = "Аким области Даниал Ахметов открыл фестиваль.\n\nФото: Даниал Ахметов, Ольга Петренко"
    x = extract(text, text.split("\n\n"))
    assert x.persons == ["Д. Ахметов"] and x.credited == "Даниал Ахметов, Ольга Петренко"


def test_a_byline_is_searched_with_its_document_but_is_no_quote(client):
    # before: «Текст: Динара Сейткали, фото: …» and «Оператор: … Монтаж: …» were quotable passages
    for query in ("Сейткали", "Жаксылыков"):
        assert client.get("/api/quotes", query_string={"q": query}).get_json()["hits"] == []
        hits = client.get("/api/search", query_string={"q": query}).get_json()["hits"]
        assert len(hits) == 1


@pytest.mark.parametrize("line, credit", [
    ("20 ноября 2020 | Текст: Асель Бекова | Фото: Ерлан Садыков", True),
    ("Видео: пресс-служба АНК. Оператор: Нурлан Жаксылыков. Монтаж: Асель Бекова", True),
    ("Текст: Динара Сейткали, фото: Айдос Ерболов, Ерлан Садыков", True),
    ("Суретті түсірген: Ерлан Садыков", True),
    # a caption, headings and a caption's note are the page's text
    ("Касым-Жомарт Токаев выступает на XXVIII сессии АНК. Фото Айдоса Ерболова", False),
    ("Видео: Обращение к 25-летию Ассамблеи", False),
    ("Инфографика: этнический состав населения Казахстана", False),
    ("Фото из архива АНК", False),
])
def test_a_byline_is_told_from_a_caption_or_a_heading(line, credit):
    assert is_credit_line(line) is credit
