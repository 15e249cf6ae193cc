"""A session held over days kept as a file a day: each part is dated by the day it records, as its
label says under the session's dateline, so a day filter finds it and the parts sort in their order.
Real files ingested by the command, searched through the web API."""
from __future__ import annotations

import pytest

from quote_api import client_of_texts

HEAD = ("СТЕНОГРАММА\n\nXXX сессии Ассамблеи народа Казахстана\n\n"
        "г. Нур-Султан, Дворец Мира и Согласия, 27-29 апреля 2021 года\n\n")
BODY = "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Уважаемые члены Ассамблеи! Продолжаем работу сессии, вопрос {}.\n"
PARTS = {
    # the label and its day on lines of their own, the day in a bracket with what the sitting was
    "part_1.txt": HEAD + "Часть 1\n\n(27 апреля 2021 года, пленарное заседание)\n\n" + BODY.format(1),
    "part_2.txt": HEAD + "Часть 2\n\n(28 апреля 2021 года, продолжение пленарного заседания)\n\n" + BODY.format(2),
    # the label with its day on one line
    "part_3.txt": HEAD + "Часть 3 (29 апреля 2021 года)\n\n" + BODY.format(3),
    # a one-day session's part: its dateline dates it, the day a later line mentions does not
    "one_day.txt": ("СТЕНОГРАММА\n\nзаседания Совета Ассамблеи\n\nг. Астана, 15 марта 2016 года\n\nЧасть 2\n\n"
                    "(16 марта 2016 года)\n\n" + BODY.format(4)),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with client_of_texts(tmp_path_factory, PARTS) as c:
        yield c


def _files(client, query: str) -> list[tuple[str, str]]:
    hits = client.get("/api/search?per_page=50&q=" + query).get_json()["hits"]
    return [(h["paths"][0].rsplit("/", 1)[-1], h["date"]) for h in hits]


def test_each_part_is_dated_by_the_day_it_records(client):
    found = dict(_files(client, "сессии"))
    assert found["part_1.txt"] == "2021-04-27"
    assert found["part_2.txt"] == "2021-04-28"
    assert found["part_3.txt"] == "2021-04-29"
    assert found["one_day.txt"] == "2016-03-15"


def test_a_day_filter_finds_the_part_of_that_day(client):
    assert _files(client, "сессии&from=2021-04-28&to=2021-04-28") == [("part_2.txt", "2021-04-28")]


def test_the_parts_sort_in_their_order(client):
    oldest = [name for name, _ in _files(client, "вопрос&sort=oldest") if name.startswith("part_")]
    assert oldest == ["part_1.txt", "part_2.txt", "part_3.txt"]


def _head(dateline: str) -> str:
    return "СТЕНОГРАММА\n\nXXX сессии Ассамблеи народа Казахстана\n\n" + dateline + "\n\n"


# other ways a span and a part's day are written; a day outside the span is no part's day
FORMS = {
    "across_months.txt": _head("г. Нур-Султан, 30 апреля – 1 мая 2021 года") + "Часть 2 (1 мая 2021 года)\n\n" + BODY.format(5),
    "span_po.txt": _head("г. Нур-Султан, с 27 по 29 апреля 2021 года") + "Часть II – 28 апреля 2021 года\n\n" + BODY.format(6),
    "same_line.txt": _head("г. Нур-Султан, 27-29 апреля 2021 года. Часть 2 (28 апреля 2021 года)") + BODY.format(7),
    "kazakh.txt": ("Қазақстан халқы Ассамблеясының XXX сессиясының\nСТЕНОГРАММАСЫ\n\n"
                   "Нұр-Сұлтан қаласы, 2021 жылғы 27-29 сәуір\n2-бөлім\n(2021 жылғы 28 сәуір)\n\n"
                   "ТӨРАҒАЛЫҚ ЕТУШІ: Құрметті Ассамблея мүшелері! Сессия жұмысын жалғастырамыз.\n"),
    "as_of.txt": ("ОТЧЕТ\n\nо деятельности Ассамблеи народа Казахстана Костанайской области\n\n"
                  "г. Костанай, 15-16 января 2020 года\n\nЧасть 2\n\n(1 января 2020 года – итоги года по районам)\n\n"
                  "В отчетный период проведена работа в районах и городах области.\n"),
}


@pytest.fixture(scope="module")
def forms_client(tmp_path_factory):
    with client_of_texts(tmp_path_factory, FORMS) as c:
        yield c


def test_spans_across_months_with_po_on_the_datelines_line_and_in_kazakh_date_their_parts(forms_client):
    found = dict(_files(forms_client, ""))
    assert found["across_months.txt"] == "2021-05-01"
    assert found["span_po.txt"] == "2021-04-28"
    assert found["same_line.txt"] == "2021-04-28"
    assert found["kazakh.txt"] == "2021-04-28"


def test_a_bracketed_day_outside_the_span_does_not_date_the_part(forms_client):
    assert dict(_files(forms_client, ""))["as_of.txt"] == "2020-01-15"
