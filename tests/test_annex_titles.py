"""An annex under its stamp and a decree under its kind and issuer are titled by their own names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.citation import citation
from index.references import reference
from ingest.build import build_record
from ingest.parsers import parse_file

_STAMP = "Приложение 1\nк постановлению акимата Павлодарской области\nот 20 мая 2020 года № 45"
_BODY = "\n\n1. Фестиваль проводится ассамблеей Павлодарской области совместно с управлением культуры.\n"


def _title(path: Path) -> str:
    return build_record(parse_file(path), path, str(path.parent), "x").title


@pytest.mark.parametrize("stamp", [_STAMP, _STAMP.replace("Приложение 1\n", "Приложение 1\n\n")])
@pytest.mark.parametrize("heading, title", [
    ("ПОЛОЖЕНИЕ\nоб областном фестивале «Павлодар – город дружбы»",
     "Положение об областном фестивале «Павлодар – город дружбы»"),
    ("СМЕТА\nрасходов на проведение областного фестиваля", "Смета расходов на проведение областного фестиваля"),
    # were titled the bare «Приложение N» (or the whole stamp): no document types
    ("ГРАФИК\nпроведения выездных заседаний ассамблеи области", "График проведения выездных заседаний ассамблеи области"),
    ("СПИСОК\nэтнокультурных объединений – участников фестиваля",
     "Список этнокультурных объединений – участников фестиваля"),
    ("ПОРЯДОК\nпредоставления грантов этнокультурным объединениям",
     "Порядок предоставления грантов этнокультурным объединениям"),
    ("ФОРМА\nзаявки на участие в фестивале", "Форма заявки на участие в фестивале"),
])
def test_an_annex_under_a_three_line_stamp_is_titled_by_its_heading(tmp_path, stamp, heading, title):
    """«Приложение 1» / «к постановлению …» / «от … № 45» was no stamp (only one line «Приложение 1 к
    …» was), so the annex was titled «Приложение 1»; «СМЕТА» was no document type."""
    path = tmp_path / "annex.txt"
    path.write_text(f"{stamp}\n\n{heading}{_BODY}", encoding="utf-8")
    assert _title(path) == title


def test_an_html_annex_titled_by_its_stamp_is_titled_by_the_heading_under_it(tmp_path):
    path = tmp_path / "prilozhenie_1.html"
    path.write_text('<html lang="ru"><head><meta charset="utf-8"><title>Приложение 1 к постановлению № 12</title>'
                    '</head><body><p style="text-align:right">Приложение 1<br>к постановлению Совета<br>Ассамблеи '
                    'народа Казахстана<br>от 15 марта 2019 года № 12</p><p><b>План мероприятий по реализации '
                    'Концепции развития Ассамблеи народа Казахстана</b></p><p>Мероприятия проводятся ассамблеями '
                    'областей в течение года по утвержденному графику.</p></body></html>', encoding="utf-8")
    assert _title(path) == "План мероприятий по реализации Концепции развития Ассамблеи народа Казахстана"


@pytest.mark.parametrize("window", ["<title>Постановление Совета Ассамблеи народа Казахстана № 12</title>", ""])
def test_an_html_decree_is_titled_by_its_kind_issuer_and_name(tmp_path, window):
    """The page's <title> (or bold heading) «Постановление Совета Ассамблеи народа Казахстана» was the
    title of every Council decree: the name under the header says which one."""
    path = tmp_path / "postanovlenie.html"
    path.write_text(f'<html lang="ru"><head><meta charset="utf-8">{window}</head><body>'
                    '<p><b>ПОСТАНОВЛЕНИЕ<br>Совета Ассамблеи народа Казахстана</b></p>'
                    '<p>г. Нур-Султан, 15 марта 2019 года № 12</p>'
                    '<p><b>Об утверждении Плана мероприятий на 2019-2021 годы</b></p>'
                    '<p>В целях реализации Концепции развития Ассамблеи народа Казахстана Совет ПОСТАНОВЛЯЕТ:</p>'
                    '</body></html>', encoding="utf-8")
    assert _title(path) == ("Постановление Совета Ассамблеи народа Казахстана «Об утверждении Плана мероприятий "
                            "на 2019-2021 годы»")


def test_a_title_that_writes_the_acts_number_is_cited_without_it_twice():
    when = date(2019, 3, 15)
    title = "Приложение 2 к постановлению № 12"
    assert " ".join(reference("", title, when, ["12"]).split()) == f"{title}. – 15 марта 2019 г."
    assert "№\u00a012" in reference("", "Положение о фестивале", when, ["12"])
    assert citation("Смета расходов на фестиваль.", [], title, when, 1, act_numbers=["12"]).count("12") == 1
