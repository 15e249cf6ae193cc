"""A month, or a day of a month, asked across every year: what happened on 1 March each year is one
search (the service, the API, the page and the command), and the months of every year are a
histogram when no one year is chosen."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape

import pytest

from conftest import hit_files, ingested_service
from index.day_of_year import read_day_of_year
from index.search import SearchRequest
from search_app import create_app

DOCUMENTS = {
    "2016.txt": "День благодарности впервые\n\nАстана, 1 марта 2016 г. Впервые отметили День благодарности.\n",
    "2018_kk.txt": "Алғыс айту күні\n\nАстана, 2018 жылғы 1 наурыз. Алғыс айту күні тойланды.\n",
    "2022.txt": "В Доме дружбы отметили День благодарности\n\n01.03.2022\n\nВ Доме дружбы прошел концерт.\n",
    "2019_march.txt": "Отчет за март\n\nАстана, 4 марта 2019 г. Главное мероприятие прошло в начале месяца.\n",
    "2019_may.txt": "День единства\n\nАлматы, 1 мая 2019 г. Отметили День единства народа Казахстана.\n",
    "2020_feb.txt": "Анонс\n\nАстана, 29 февраля 2020 г. Готовится День благодарности.\n",
    "undated.txt": "Заметка без даты\n\nДень благодарности отмечают каждый год.\n",
}
FIRST_OF_MARCH = ["2016.txt", "2018_kk.txt", "2022.txt"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.fixture()
def client(archive):
    app = create_app(archive.index_dir, testing=True)
    yield app.test_client()
    app.extensions["assembly_search"].close()


def test_a_day_of_every_year_finds_that_day_in_each_year_and_no_other(archive):
    result = archive.search(SearchRequest("", month=3, day=1))
    assert sorted(hit_files(result)) == FIRST_OF_MARCH
    with_words = archive.search(SearchRequest("День благодарности", month=3, day=1))
    assert sorted(hit_files(with_words)) == ["2016.txt", "2022.txt"]


def test_a_month_of_every_year_and_its_histogram(archive):
    result = archive.search(SearchRequest("", month=3))
    assert sorted(hit_files(result)) == sorted(FIRST_OF_MARCH + ["2019_march.txt"])
    months = {m.value: (m.count, m.selected) for m in result.facets["month_of_year"]}
    # the other months stay counted to switch to; undated documents are in none
    assert months["03"] == (4, True) and months["05"] == (1, False) and months["02"] == (1, False)
    assert sum(count for count, _ in months.values()) == 6
    assert result.undated_left_out == 1


def test_a_chosen_year_keeps_its_own_months_and_no_every_year_histogram(archive):
    result = archive.search(SearchRequest("", filters={"year": ["2019"]}))
    assert "month" in result.facets and "month_of_year" not in result.facets


def test_the_chosen_month_of_every_year_counts_its_day_alone(archive):
    """1 March of every year: the chosen March bar says what the total says, not every March day."""
    for find in (archive.search, archive.quotes):
        result = find(SearchRequest("", month=3, day=1))
        months = {m.value: (m.count, m.selected) for m in result.facets["month_of_year"]}
        by_month = {m.value: m.count for m in find(SearchRequest("", month=3)).facets["month_of_year"]}
        assert months["03"] == (result.total, True) and by_month["03"] > result.total > 0
        assert all(months[m][0] == by_month[m] for m in by_month if m != "03")
    assert archive.search(SearchRequest("", month=3, day=1)).total == 3


def test_a_chosen_years_months_under_a_month_of_every_year_still_count(archive):
    """year 2019 and «декабрь каждого года»: nothing found, but the months of 2019 holding documents
    (March, May) are counted to switch to, not «нет документов»; the December bar counts December."""
    result = archive.search(SearchRequest("", filters={"year": ["2019"]}, month=12))
    assert result.total == 0
    months = {m.value: m.count for m in result.facets["month"]}
    assert months["2019-03"] == 1 and months["2019-05"] == 1 and months["2019-12"] == 0
    # under a day of every year the month asked counts that day alone: 4 March is no 1 March
    on_a_day = archive.search(SearchRequest("", filters={"year": ["2019"]}, month=3, day=1))
    months = {m.value: m.count for m in on_a_day.facets["month"]}
    assert months["2019-03"] == 0 and months["2019-05"] == 1


def test_the_pages_month_bars_say_what_they_count_and_switch_off_the_every_year_filter(client):
    html = client.get("/?year=2019&month=12").get_data(as_text=True)
    section = html[html.index('id="facet-month"'):]
    section = section[:section.index("</section>")]
    march = re.search(r'<a href="([^"]+)"[^>]*data-value="2019-03"\s+title="([^"]+)" aria-label="([^"]+)"', section)
    assert march, section
    href, title, said = (unescape(g) for g in march.groups())
    assert "month=" not in href and "from=2019-03" in href.replace("date_from", "from")
    assert "без фильтра «декабрь каждого года»" in title and "без фильтра" in said and "1 документ" in said
    assert "ничего не найдено" not in _text(client.get(href)).lower()
    every_year = client.get("/?month=03&day=1").get_data(as_text=True)
    section = every_year[every_year.index('id="facet-month-of-year"'):]
    chosen = re.search(r'data-value="03"\s+title="([^"]+)" aria-label="([^"]+)"', section)
    assert unescape(chosen.group(1)) == "1\u00a0марта каждого года" and "3 документа" in chosen.group(2)
    other = re.search(r'data-value="02"\s+title="([^"]+)"', section)
    assert "все дни месяца" in unescape(other.group(1))


def test_the_quotes_take_the_day_of_every_year_too(archive):
    result = archive.quotes(SearchRequest("", month=5, day=1))
    assert {hit.doc_id for hit in result.hits} == {h.doc_id for h in archive.search(SearchRequest("", month=5)).hits}


@pytest.mark.parametrize("month, day, message", [
    ("13", "", "Месяц «13» не распознан"), ("март", "", "Месяц «март» не распознан"),
    ("", "1", "День без месяца не ищется"), ("02", "30", "Дня 30 нет в месяце 02"), ("03", "32", "День «32»"),
])
def test_a_month_or_day_that_cannot_be_is_refused_in_one_sentence(month, day, message):
    with pytest.raises(ValueError, match=message):
        read_day_of_year(month, day)


def test_29_february_is_a_day_of_the_year():
    assert read_day_of_year("2", "29") == (2, 29)


def test_the_api_takes_month_and_day_and_says_them(client):
    data = client.get("/api/search?month=03&day=1").get_json()
    assert data["total"] == 3 and (data["params"]["month"], data["params"]["day"]) == (3, 1)
    months = {m["value"]: m for m in data["facets"]["month_of_year"]}
    # the chosen bar counts the day, as the total does; the other months stay whole to switch to
    assert months["03"]["selected"] and months["03"]["count"] == 3
    assert months["02"]["count"] == 1 and months["05"]["count"] == 1
    refused = client.get("/api/search?day=1")
    assert refused.status_code == 400 and "День без месяца" in refused.get_json()["error"]


def _text(resp) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", resp.get_data(as_text=True))).split())


def test_the_page_shows_the_months_of_every_year_and_a_chip_for_the_day(client):
    html = client.get("/").get_data(as_text=True)
    section = html[html.index('id="facet-month-of-year"'):]
    section = section[:section.index("</section>")]
    assert "Месяцы всех лет" in section
    march = unescape(re.search(r'<a href="([^"]+)"[^>]*data-value="03"', section).group(1))
    assert "month=03" in march
    narrowed = client.get(march)
    assert "март каждого года" in _text(narrowed)
    day = client.get("/?month=03&day=1")
    assert "1\u00a0марта каждого года" in _text(day) or "1 марта каждого года" in _text(day)
    assert re.search(r'<option value="03" selected>', day.get_data(as_text=True))
    wrong = client.get("/?month=02&day=30")
    assert "Дня 30 нет в феврале: проверьте день и месяц." in _text(wrong)  # the form's words, not its parameters
    assert client.get("/api/search?month=02&day=30").get_json()["error"].startswith("Дня 30 нет в месяце 02")


def test_the_command_takes_month_and_day(archive):
    out = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(archive.index_dir),
                          "--json", "--month", "3", "--day", "1", ""], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["total"] == 3
    refused = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index",
                              str(archive.index_dir), "--day", "1", ""], capture_output=True, text=True)
    assert refused.returncode == 2 and "--day needs --month" in refused.stderr


def test_the_api_says_which_month_bars_are_counted_without_the_every_year_filter(client):
    # `facets.month` gave 2019-03: 1 beside total 0, with nothing saying March was counted without
    # «декабрь каждого года», as the page's bars say: a script adding them up got a total the search never found
    data = client.get("/api/search?year=2019&month=12").get_json()
    months = {m["value"]: m for m in data["facets"]["month"]}
    assert data["total"] == 0 and months["2019-03"]["count"] == 1
    assert months["2019-03"]["counted_without"] == ["month"] and months["2019-12"]["counted_without"] == []
    assert sum(m["count"] for m in months.values() if not m["counted_without"]) == data["total"]
    on_a_day = client.get("/api/search?month=03&day=1").get_json()["facets"]["month_of_year"]
    assert {m["value"]: m["counted_without"] for m in on_a_day if m["value"] in ("02", "03")} == {"02": ["day"], "03": []}
    year_and_day = client.get("/api/search?year=2019&month=03&day=1").get_json()["facets"]["month"]
    assert next(m for m in year_and_day if m["value"] == "2019-05")["counted_without"] == ["month", "day"]
    assert all(m["counted_without"] == [] for m in client.get("/api/search?month=03").get_json()["facets"]["month_of_year"])


def test_the_command_notes_the_month_bars_counted_without_month_or_day(archive):
    def month_lines(*args: str) -> list[str]:
        out = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(archive.index_dir),
                              *args, ""], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith("Month"))
        return (lines[at:at + 2] + [""])[:2]

    line, note = month_lines("--filter", "year=2019", "--month", "12")
    assert "2019-03 (1)" in line and note == "  (months other than 2019-12 are counted whole, without --month 12)"
    line, note = month_lines("--month", "3", "--day", "1")
    assert "03 (3)" in line and note == "  (months other than 03 are counted with all their days, without --day 1)"
    line, after = month_lines("--month", "3")
    assert "03 (4)" in line and "counted" not in after
    as_json = subprocess.run([sys.executable, "-m", "assembly_search.cli", "search", "--index", str(archive.index_dir),
                              "--json", "--filter", "year=2019", "--month", "12", ""], capture_output=True, text=True)
    months = {m["value"]: m["counted_without"] for m in json.loads(as_json.stdout)["facets"]["month"]}
    assert months["2019-03"] == ["month"] and months["2019-12"] == []
