"""A document of which only the year is known (a journal article by its issue line, a book by its
imprint) is stored as 1 January of that year, sorted and filtered so, but written as its year alone:
«2020 г.» on the pages, in citations and references, «2021 ж.» for a Kazakh one; never «1 января», a day
the document does not give (index.year_dates)."""
from __future__ import annotations

from datetime import date

import pytest
from quote_api import client_of_texts

from assembly_search.cli import main
from index.citing_words import kk_date, ru_date
from index.year_dates import YEAR_ONLY, YearOnly, dated

NBSP = "\u00a0"
JOURNAL = (
    "Вестник КазНУ. Серия историческая. 2020. № 3 (98)\n\n"
    "Межэтническое согласие как основа стабильности\n\n"
    "Кабинеты медиации при Ассамблее народа Казахстана рассмотрели более трехсот обращений граждан, большая "
    "часть которых была урегулирована на досудебной стадии. Опыт Ассамблеи изучают другие страны.\n")
KAZAKH_BOOK = (
    "Қазақстан халқы Ассамблеясы: тарих және бүгін\n\nМонографиясы\n\nАстана – 2021 ж.\n\n"
    + "\n\n".join(["Ассамблеяның бірінші сессиясы 1995 жылғы 24 наурызда Алматыда өтті. Өңірлік кеңестер "
                   "атқарылған жұмыс туралы ақпаратты тұрақты түрде ұсынып отырды."] * 3) + "\n")


def test_a_year_only_date_is_written_as_its_year():
    assert ru_date(YearOnly(2020, 1, 1)) == f"2020{NBSP}г." and kk_date(YearOnly(2021, 1, 1)) == f"2021{NBSP}ж."
    assert ru_date(date(2020, 1, 1)) == f"1{NBSP}января 2020{NBSP}г."  # a dateline's real 1 January stays
    assert dated(date(2020, 1, 1), YEAR_ONLY) == YearOnly(2020, 1, 1) and type(dated(date(2020, 1, 1), "text")) is date
    assert dated(None, YEAR_ONLY) is None


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with client_of_texts(tmp_path_factory, {"statya.txt": JOURNAL, "kitap.txt": KAZAKH_BOOK}) as c:
        yield c


def test_a_journal_article_dated_by_its_issue_year_is_cited_by_the_year(client):
    quote = client.get("/api/quotes", query_string={"q": "досудебной стадии"}).get_json()["hits"][0]
    assert quote["date"] == "2020-01-01"  # the API keeps an ISO date; its source says the year only
    assert "января" not in quote["citation"] and quote["citation"].endswith(f", 2020{NBSP}г.")
    assert "января" not in quote["reference"] and f"2020{NBSP}г." in quote["reference"]
    document = client.get(quote["api_url"]).get_json()
    assert document["date_source"] == YEAR_ONLY
    page = client.get(document["url"]).get_data(as_text=True)
    assert f"2020{NBSP}г." in page and "1 января" not in page and f"1{NBSP}января" not in page
    assert "известен только год" in page
    found = client.get("/", query_string={"q": "медиации"}).get_data(as_text=True)
    assert f"2020{NBSP}г." in found and f"1{NBSP}января" not in found
    # sorted and filtered as any date of its year
    years = client.get("/api/search", query_string={"q": "медиации year:2020"}).get_json()
    assert years["total"] == 1


def test_a_kazakh_book_dated_by_its_imprint_is_cited_by_the_kazakh_year(client):
    quote = client.get("/api/quotes", query_string={"q": "атқарылған жұмыс"}).get_json()["hits"][0]
    assert quote["citation"].endswith(f", 2021{NBSP}ж.") and "қаңтар" not in quote["reference"]


def test_the_command_prints_the_year_alone(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "statya.txt").write_text(JOURNAL, encoding="utf-8")
    assert main(["ingest", str(docs), "--index", str(tmp_path / "index"), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["search", "медиации", "--index", str(tmp_path / "index")]) == 0
    assert "[2020 from the text (the year only)," in capsys.readouterr().out
