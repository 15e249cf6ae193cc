"""A biographer's searches for one person across a career: every document he speaks or is named in,
under one name, whatever spelling or order the document uses."""
from __future__ import annotations

import pytest
from conftest import hit_files, ingested_service

from index.search import SearchRequest

DOCUMENTS = {
    "karin_speech.txt": "Форум молодежи\n\nАстана, 12 марта 2018 г.\n\n«Молодежь – опора единства», – сказал "
                        "заместитель Председателя Ассамблеи Е.Т. Карин.\n",
    "karin_interview.txt": "Ерлан Карин: молодежь должна быть услышана\n\nАлматы, 5 октября 2017 г.\n\n"
                           "Интервью с политологом Ерланом Кариным.\n\n"
                           "– Ерлан Тынымбаевич, как вы оцениваете работу молодежного крыла Ассамблеи?\n\n"
                           "– Молодежное крыло Ассамблеи объединяет тысячи волонтеров. Это серьезный ресурс.\n",
    "tugzhanov_ru.txt": "Заседание Совета\n\nАстана, 2 апреля 2011 г.\n\nИтоги работы подвел заместитель "
                        "Председателя Ассамблеи Е.Л. Тугжанов.\n",
    "togzhanov_kk.txt": "Қоғамдық келісім кеңесі\n\nАстана, 2010 жылғы 21 қазан\n\nКеңесте Ералы Лұқпанұлы "
                        "Тоғжанов сөз сөйледі. «Қоғамдық келісім – біздің басты байлығымыз», – деді Е.Л. Тоғжанов.\n",
}


@pytest.fixture(scope="module")
def career(tmp_path_factory):
    service = ingested_service(tmp_path_factory, DOCUMENTS)
    yield service
    service.close()


def test_the_documents_where_a_person_speaks_include_his_interviews(career):
    result = career.search(SearchRequest(query='speaker:"Е.Т. Карин"', per_page=20))
    assert set(hit_files(result)) == {"karin_speech.txt", "karin_interview.txt"}
    interview = next(h for h in result.hits if h.paths[0].endswith("karin_interview.txt"))
    assert interview.speakers == ["Е.Т. Карин"]


def test_a_kazakh_spelling_whose_vowel_russian_writes_otherwise_is_the_same_person(career):
    # «Е.Л. Тоғжанов» was a value of its own: the Kazakh years were a hole in his timeline
    result = career.search(SearchRequest(query='person:"Е.Л. Тугжанов"', per_page=20))
    assert set(hit_files(result)) == {"tugzhanov_ru.txt", "togzhanov_kk.txt"}
    # the Kazakh spelling, folded into the Russian one, still names him
    for query in ("person:Тоғжанов", 'speaker:"Е.Л. Тоғжанов"'):
        result = career.search(SearchRequest(query=query, per_page=20))
        assert hit_files(result) and set(hit_files(result)) <= {"tugzhanov_ru.txt", "togzhanov_kk.txt"}, query
        assert "Е.Л. Тугжанов" in sum(result.filters.values(), []), query


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory):
    service = ingested_service(tmp_path_factory, {
        "b_k.txt": "Аким района\n\nАкимом района назначен Б.К. Тугжанов.\n",
        "woman.txt": "Женский форум\n\nФорум открыла Г.М. Тугжанова. Тугжанова рассказала о Совете матерей.\n",
        "stenogram.txt": "Стенограмма заседания комитета\n\nТУГЖАНОВ Е.Л. – депутат Мажилиса:\n\n"
                         "Уважаемые коллеги! Закон о языках нужен.\n",
        "e_l.txt": "Сессия Ассамблеи\n\nИтоги подвел Е.Л. Тугжанов. Тугжанов поблагодарил участников.\n",
    })
    yield service
    service.close()


@pytest.mark.parametrize("query, own", [("Тугжанов Б.К.", "b_k.txt"), ("Б.К. Тугжанов", "b_k.txt"),
                                        ("Е.Л. Тугжанов", "stenogram.txt"), ("Тугжанов Е.Л.", "stenogram.txt")])
def test_a_name_with_initials_ranks_the_person_first_whichever_order_the_document_writes(namesakes, query, own):
    # only the typed order ranked first: «ТУГЖАНОВ Е.Л.» and «Б.К. Тугжанов» fell below a woman's document
    files = hit_files(namesakes.search(SearchRequest(query=query, per_page=20)))
    assert files.index(own) < files.index("woman.txt"), files
