"""A web address typed as a query is one address: `assembly.kz` finds the site's links, not every
«assembly» and «kz» apart."""
from __future__ import annotations

import pytest

from conftest import hit_files, ingested_service
from index.search import SearchRequest
from index.web_addresses import addresses_as_phrases

DOCUMENTS = {
    "site.txt": "Сессия 29.11.2026\n\nПолный текст резолюции: https://www.assembly.kz/ru/news/rezolyuciya-xxxv/ #АНК\n",
    "bare.txt": "Защита детей 01.06.2026\n\nПодробности по ссылке 👉 https://assembly.kz/ru/news/den-zashchity #АНК\n",
    "facebook.txt": "Фоторепортаж 15.10.2026\n\nФото: https://www.facebook.com/assembly.kz/posts/pfbid02xYz #АНК\n",
    "handles.txt": "assembly_kz • Instagram\n\nЖастар қанаты жаңа оқу жылын бастады 📚 @jas_ank @qha_kz #Бірлік\n",
    "words.txt": "Отчёт 05.05.2026\n\nThe General Assembly met in Almaty; kz is the country code, news in ru and kk.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


@pytest.mark.parametrize("query, files", [
    ("assembly.kz", ["bare.txt", "facebook.txt", "site.txt"]),
    ("www.assembly.kz", ["bare.txt", "facebook.txt", "site.txt"]),  # with or without www
    ("assembly.kz/ru/news", ["bare.txt", "site.txt"]),
    ("https://www.assembly.kz/ru/news", ["bare.txt", "site.txt"]),  # the scheme is no word the link must have
    ('"assembly.kz/ru/news"', ["bare.txt", "site.txt"]),
    ("facebook.com/assembly.kz", ["facebook.txt"]),
    ("www.facebook.com", ["facebook.txt"]),
])
def test_a_web_address_finds_its_links_only(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


def test_the_address_is_marked_whole(archive):
    result = archive.search(SearchRequest("assembly.kz/ru/news"))
    # the host's token whole (www. is part of it), to the path's end
    assert sorted(h.snippet_html.split("https://")[1].split("/rez")[0].split("/den")[0] for h in result.hits) == [
        "<mark>assembly.kz/ru/news</mark>", "<mark>www.assembly.kz/ru/news</mark>"]
    assert "<mark>assembly.kz</mark>" in archive.search(SearchRequest("assembly.kz")).hits[0].snippet_html


@pytest.mark.parametrize("query, files", [
    ("assembly", ["bare.txt", "facebook.txt", "handles.txt", "site.txt", "words.txt"]),
    ("qha_kz", ["handles.txt"]),
    ("kz", ["bare.txt", "facebook.txt", "handles.txt", "site.txt", "words.txt"]),
])
def test_a_hosts_words_are_still_found_one_by_one(archive, query, files):
    assert sorted(hit_files(archive.search(SearchRequest(query)))) == files


@pytest.mark.parametrize("typed, read", [
    ("https://www.assembly.kz/ru/news", '"www.assembly.kz/ru/news"'),
    ("см. assembly.kz/ru/news/, и youtu.be/dQw4w9WgXcQ.", 'см. "assembly.kz/ru/news/", и "youtu.be/dQw4w9WgXcQ".'),
    ("assembly.kz", "assembly.kz"),  # a host alone is one word already
    ('"форум assembly.kz/ru"', '"форум assembly.kz/ru"'),  # a phrase stays as typed
    ("т.е. Н.А.Назарбаев", "т.е. Н.А.Назарбаев"),
])
def test_an_address_with_a_path_is_read_as_a_phrase(typed, read):
    assert addresses_as_phrases(typed) == read


@pytest.mark.parametrize("label", ["a1.", "a-a.", "x."])
def test_a_long_dotted_run_is_read_in_linear_time(label):
    # each label of a dotted run that ends in no domain was a start running to the run's end and
    # backing off one label at a time: a 48 KB file of «a1.a1.…» took 47 s to ingest
    import time

    from growth import LINEAR_GROWTH, best_seconds
    from index.analysis import pre_analyze

    # CPU time: a few tens of milliseconds, which a loaded machine's pauses would swamp on the wall clock
    cost = [best_seconds(lambda: pre_analyze("Коды: " + label * n), clock=time.process_time) for n in (16000, 64000)]
    assert cost[1] / cost[0] < LINEAR_GROWTH
